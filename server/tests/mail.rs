//! Mail through a real SMTP server (Python's aiosmtpd, see `smtp_sink.py`), on SQLite and
//! PostgreSQL: messages queued while the mail server is down all arrive, each exactly once, after
//! Kring restarts; a message that keeps failing ends as failed and an admin sends it again; an
//! address the server refuses is marked bounced. A sign-up's confirmation carries a valid .ics.

use crate::common;

use common::{activity_id, fresh_database, new_client, register_ok, Backend, TestApp};
use mail_parser::MimeHeaders;
use server::config::Settings;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

const COOKING: &str = "Samen koken en eten";

fn python() -> String {
    std::env::var("KRING_PYTHON").unwrap_or_else(|_| "python3".to_owned())
}

/// A free TCP port on 127.0.0.1 for an SMTP sink that may start only later. Never the same twice
/// in this test run (tests run side by side), and below the range the system hands out for
/// outgoing connections, so nothing else takes it meanwhile.
fn free_port() -> u16 {
    use std::sync::atomic::{AtomicU16, Ordering};
    static NEXT: AtomicU16 = AtomicU16::new(0);
    let base = 20_000 + u16::try_from(std::process::id() % 10_000).unwrap_or(0);
    loop {
        let port = base + NEXT.fetch_add(1, Ordering::Relaxed);
        if std::net::TcpListener::bind(("127.0.0.1", port)).is_ok() {
            return port;
        }
    }
}

/// The SMTP server; stopped when dropped.
struct Sink {
    child: Child,
    folder: PathBuf,
}

impl Sink {
    fn start(port: u16, folder: &Path) -> Sink {
        use std::io::BufRead;
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/smtp_sink.py");
        let mut child = Command::new(python())
            .arg(script)
            .arg(port.to_string())
            .arg(folder)
            .stdout(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("the SMTP sink did not start ({e}); run ./test.sh, which installs aiosmtpd"));
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("ready line");
        assert_eq!(line.trim(), "ready", "the SMTP sink did not start");
        Sink {
            child,
            folder: folder.to_owned(),
        }
    }

    /// Every message received so far.
    fn messages(&self) -> Vec<Vec<u8>> {
        let mut files: Vec<_> = std::fs::read_dir(&self.folder)
            .expect("folder")
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| path.extension().is_some_and(|ext| ext == "eml"))
            .collect();
        files.sort();
        files.iter().map(|path| std::fs::read(path).expect("message")).collect()
    }
}

impl Drop for Sink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn over_smtp(port: u16, max_attempts: i64) -> impl FnOnce(&mut Settings) {
    move |settings| {
        settings.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
        // Retries wait for the clock: it starts at the pinned moment and runs on.
        settings.clock = app::ssr::clock::Clock::starting_at(common::pinned_now());
        settings.mail_retry = app::ssr::mail::RetryPolicy {
            first_delay: Duration::from_secs(1),
            max_delay: Duration::from_secs(1),
            max_attempts,
            poll: Duration::from_millis(100),
        };
    }
}

async fn outbox_count(app: &TestApp, condition: &str) -> i64 {
    common::scalar(app, &format!("SELECT COUNT(*) FROM outbox WHERE {condition}")).await
}

/// Waits (up to 30 s) until `condition` holds for `n` rows of the outbox.
async fn wait_for_outbox(app: &TestApp, condition: &str, n: i64) {
    for _ in 0..300 {
        if outbox_count(app, condition).await == n {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the outbox never had {n} rows where {condition}");
}

/// A guest signs up for the first coming cooking date with an address.
async fn guest_with_address(app: &TestApp, email: &str) {
    let activity = activity_id(app, COOKING).await;
    let date: i64 = common::first_coming_date(app, activity).await;
    let (activity_s, date_s) = (activity.to_string(), date.to_string());
    let response = app
        .post_form_with(
            &new_client(),
            &format!("/activiteiten/{activity}"),
            &[
                ("actie", "sign_up"),
                ("activiteit", &activity_s),
                ("datum", &date_s),
                ("bijnaam", "Gast"),
                ("email", email),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
}

/// Checks an .ics attachment with the independent parser of the calendar tests.
fn assert_valid_calendar(ics: &[u8]) {
    let file = std::env::temp_dir().join(format!("kring-mail-{}-{}.ics", std::process::id(), ics.len()));
    std::fs::write(&file, ics).expect("write");
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/check_ics.py");
    let output = Command::new(python()).arg(script).arg(&file).output().expect("python");
    let _ = std::fs::remove_file(&file);
    assert!(
        output.status.success(),
        "the attachment is not a valid calendar: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let events = String::from_utf8_lossy(&output.stdout);
    assert_eq!(events.lines().count(), 1, "one date");
    assert!(events.contains(COOKING));
}

async fn queued_mail_survives_a_restart_and_arrives_once(backend: Backend) {
    let (url, dir) = fresh_database(backend).await;
    let port = free_port();
    let recipients: Vec<String> = (1..=5).map(|n| format!("gast{n}@example.org")).collect();
    {
        // The mail server is down: every message waits, after a failed attempt.
        let mut app = TestApp::spawn_on(&url, None, over_smtp(port, 50)).await;
        app::ssr::demo::load(&app.state.db, common::pinned_now())
            .await
            .expect("demo");
        for address in &recipients {
            guest_with_address(&app, address).await;
        }
        wait_for_outbox(&app, "status = 'wacht' AND attempts >= 1", 5).await;
        app.stop().await;
    }
    let folder = std::env::temp_dir().join(format!("kring-smtp-{}-{port}", std::process::id()));
    let sink = Sink::start(port, &folder);
    // Kring starts again on the same database and delivers what waited.
    let mut app = TestApp::spawn_on(&url, dir, over_smtp(port, 50)).await;
    // Only the confirmations count (reminders may go out too, depending on the pinned hour).
    // A message is marked sent only after the SMTP server took it, and the sink writes it
    // before it says so; once the server has stopped, nothing more can arrive.
    wait_for_outbox(&app, "status = 'verstuurd' AND kind = 'aanmelding'", 5).await;
    app.stop().await;
    let confirmation = format!("Je bent aangemeld: {COOKING}");
    let messages: Vec<Vec<u8>> = sink
        .messages()
        .into_iter()
        .filter(|raw| {
            mail_parser::MessageParser::default()
                .parse(raw)
                .is_some_and(|message| message.subject() == Some(confirmation.as_str()))
        })
        .collect();
    assert_eq!(messages.len(), 5, "each message exactly once");
    let mut to: Vec<String> = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    for raw in &messages {
        let message = mail_parser::MessageParser::default().parse(raw).expect("a message");
        let address = message
            .to()
            .and_then(|to| to.first())
            .and_then(|a| a.address())
            .expect("to")
            .to_owned();
        to.push(address);
        ids.push(message.message_id().expect("Message-ID").to_owned());
        assert_eq!(
            message.subject(),
            Some(format!("Je bent aangemeld: {COOKING}").as_str())
        );
        let text = message.body_text(0).expect("text");
        assert!(text.contains("/aanmelding?token="), "the personal link");
        let html = message.body_html(0).expect("html");
        assert!(html.contains("<a href=") && !html.contains("<img"));
        let calendar = message
            .attachments()
            .find(|part| part.attachment_name() == Some("kring.ics"))
            .expect("an .ics attachment");
        assert_valid_calendar(calendar.contents());
    }
    to.sort();
    assert_eq!(to, recipients);
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 5);
    assert_eq!(
        outbox_count(
            &app,
            "status = 'verstuurd' AND kind = 'aanmelding' AND body = '' AND calendar = ''"
        )
        .await,
        5,
        "sent messages keep no text"
    );
    let _ = std::fs::remove_dir_all(&folder);
}

async fn a_failing_message_ends_failed_and_can_be_sent_again(backend: Backend) {
    let port = free_port();
    let app = TestApp::with_demo_and(backend, over_smtp(port, 2)).await;
    guest_with_address(&app, "later@example.org").await;
    wait_for_outbox(&app, "status = 'mislukt' AND attempts = 2", 1).await;

    let admin = common::new_admin(&app, "Beheer").await;
    let page = admin.get(app.url("/beheer/mail")).send().await.expect("page");
    assert_eq!(page.status(), 200);
    let html = page.text().await.expect("body");
    assert!(html.contains("later@example.org") && html.contains("Mislukt"));
    let visitor = app.client.get(app.url("/beheer/mail")).send().await.expect("page");
    assert_ne!(visitor.status(), 200, "only admins");

    // The mail server works again: send it again.
    let folder = std::env::temp_dir().join(format!("kring-smtp-{}-{port}", std::process::id()));
    let sink = Sink::start(port, &folder);
    let id = common::scalar(&app, "SELECT id FROM outbox").await.to_string();
    let resent = app
        .post_form_with(&admin, "/beheer/mail", &[("actie", "resend_mail"), ("id", &id)])
        .await;
    assert_eq!(resent.status(), 303);
    wait_for_outbox(&app, "status = 'verstuurd'", 1).await;
    assert_eq!(sink.messages().len(), 1);

    // An address the server refuses for good: bounced at once, shown as such.
    guest_with_address(&app, "weiger@example.org").await;
    wait_for_outbox(&app, "status = 'gebounced' AND attempts = 1", 1).await;
    let html = admin
        .get(app.url("/beheer/mail"))
        .send()
        .await
        .expect("page")
        .text()
        .await
        .expect("body");
    assert!(html.contains("weiger@example.org") && html.contains("Adres geweigerd"));
    let _ = std::fs::remove_dir_all(&folder);
}

/// Puts `email` on the account as if it had been confirmed.
async fn give_address(app: &TestApp, nickname: &str, email: &str) {
    sqlx::query("UPDATE accounts SET email = $1, email_key = $1 WHERE nickname = $2")
        .bind(email)
        .bind(nickname)
        .execute(&app.state.db.pool)
        .await
        .expect("address");
}

async fn email_of(app: &TestApp, nickname: &str) -> Option<String> {
    sqlx::query_scalar::<_, Option<String>>("SELECT email FROM accounts WHERE nickname = $1")
        .bind(nickname)
        .fetch_one(&app.state.db.pool)
        .await
        .expect("account")
}

async fn an_admin_corrects_or_takes_away_a_members_broken_address(backend: Backend) {
    let port = free_port();
    let folder = std::env::temp_dir().join(format!("kring-smtp-{}-{port}", std::process::id()));
    let sink = Sink::start(port, &folder);
    let app = TestApp::with_demo_and(backend, over_smtp(port, 2)).await;
    let admin = common::new_admin(&app, "Beheer").await;
    let member = new_client();
    register_ok(&app, &member, "Lid").await;
    give_address(&app, "Lid", "weiger-lid@example.org").await;
    register_ok(&app, &new_client(), "Ander").await;
    give_address(&app, "Ander", "ander@example.org").await;

    // The member signs up; the confirmation to the mistyped address is refused for good.
    let activity = activity_id(&app, COOKING).await;
    assert_eq!(common::sign_up_first_date(&app, &member, activity).await.status(), 303);
    wait_for_outbox(&app, "status = 'gebounced' AND recipient = 'weiger-lid@example.org'", 1).await;
    let centre: String =
        sqlx::query_scalar("SELECT c.name FROM centres c JOIN activities a ON a.centre_id = c.id WHERE a.id = $1")
            .bind(activity)
            .fetch_one(&app.state.db.pool)
            .await
            .expect("centre");
    let (status, html) = common::get_as(&app, &admin, "/beheer/mail").await;
    assert_eq!(status, 200);
    assert!(
        html.contains("Dit adres bestaat niet (meer). Misschien is er een typefout gemaakt."),
        "in words"
    );
    assert!(html.contains("1 poging") && !html.contains("1 pogingen"), "singular");
    assert!(html.contains(&format!("Over {centre}")), "the centre it was about");
    assert!(html.contains("Dit is het adres van Lid."));
    assert!(
        html.contains("Wat de mailserver precies zei"),
        "the server's own words folded away"
    );
    assert!(html.contains("Mail gaat via de mailserver smtp://127.0.0.1:"));
    let id = common::scalar(&app, "SELECT id FROM outbox WHERE recipient = 'weiger-lid@example.org'").await;
    let fix_page = format!("/beheer/mail?adres={id}");
    let (_, html) = common::get_as(&app, &admin, &fix_page).await;
    assert!(html.contains("Het adres van Lid verbeteren") && html.contains(r#"name="email""#));

    // Only admins; a wrong or taken address is refused with a message and changes nothing.
    let id_s = id.to_string();
    let fix = |email: &'static str| vec![("actie", "fix_mail_address"), ("id", id_s.as_str()), ("email", email)];
    let refused = app
        .post_form_with(&member, &fix_page, &fix("goed-lid@example.org"))
        .await;
    assert_ne!(refused.status(), 303, "a member cannot");
    for (email, message) in [
        ("geen adres", "Dit is geen e-mailadres."),
        ("ander@example.org", "Dit adres hoort al bij een ander account."),
    ] {
        let response = app.post_form_with(&admin, &fix_page, &fix(email)).await;
        assert_eq!(response.status(), 422, "{email}");
        assert!(response.text().await.expect("body").contains(message), "{email}");
        assert_eq!(email_of(&app, "Lid").await.as_deref(), Some("weiger-lid@example.org"));
    }

    // The right address: saved, and the mail goes again, to it.
    let fixed = app
        .post_form_with(&admin, &fix_page, &fix("goed-lid@example.org"))
        .await;
    assert_eq!(fixed.status(), 303);
    assert_eq!(email_of(&app, "Lid").await.as_deref(), Some("goed-lid@example.org"));
    wait_for_outbox(&app, "status = 'verstuurd' AND recipient = 'goed-lid@example.org'", 1).await;
    assert_eq!(sink.messages().len(), 1, "the corrected mail arrived");
    assert_eq!(
        common::scalar(
            &app,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'mail.adres-verbeterd'"
        )
        .await,
        1
    );

    // An address that does not work and no better one: taken away; the member is told.
    give_address(&app, "Lid", "weiger-twee@example.org").await;
    common::ask_for_mail(
        &app,
        &new_client(),
        "/inloggen/email",
        "request_login_email",
        "weiger-twee@example.org",
    )
    .await;
    wait_for_outbox(
        &app,
        "status = 'gebounced' AND recipient = 'weiger-twee@example.org'",
        1,
    )
    .await;
    let id = common::scalar(
        &app,
        "SELECT id FROM outbox WHERE recipient = 'weiger-twee@example.org'",
    )
    .await;
    let dropped = app
        .post_form_with(
            &admin,
            "/beheer/mail",
            &[("actie", "drop_mail_address"), ("id", &id.to_string())],
        )
        .await;
    assert_eq!(dropped.status(), 303);
    assert_eq!(email_of(&app, "Lid").await, None);
    assert_eq!(outbox_count(&app, "recipient = 'weiger-twee@example.org'").await, 0);
    assert_eq!(
        common::scalar(
            &app,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'mail.adres-weggehaald'"
        )
        .await,
        1
    );
    let (_, html) = common::get_as(&app, &member, "/mijn-account").await;
    assert!(html.contains("Je e-mailadres werkte niet"), "told at the next visit");
    let seen = app
        .post_form_with(&member, "/mijn-account", &[("actie", "dismiss_email_notice")])
        .await;
    assert_eq!(seen.status(), 303);
    let (_, html) = common::get_as(&app, &member, "/mijn-account").await;
    assert!(!html.contains("Je e-mailadres werkte niet"));
    let _ = std::fs::remove_dir_all(&folder);
}

async fn without_smtp_the_admin_reads_where_mail_goes(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = common::new_admin(&app, "Beheer").await;
    let (_, html) = common::get_as(&app, &admin, "/beheer/mail").await;
    assert!(html.contains("Er gaat geen mail de deur uit: elke mail komt als bestand in de map"));
    assert!(!html.contains("the folder"));
}

/// A guest signs up for `date` with an address; returns the personal link's token.
async fn guest_for_date(app: &TestApp, activity: i64, date: i64, nickname: &str, email: &str) -> String {
    let (activity_s, date_s) = (activity.to_string(), date.to_string());
    let response = app
        .post_form_with(
            &new_client(),
            &format!("/activiteiten/{activity}"),
            &[
                ("actie", "sign_up"),
                ("activiteit", &activity_s),
                ("datum", &date_s),
                ("bijnaam", nickname),
                ("email", email),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let location = response.headers()["location"].to_str().expect("location");
    location
        .split("token=")
        .nth(1)
        .and_then(|t| t.split('&').next())
        .expect("token")
        .to_owned()
}

async fn reminders_go_once_and_cancelled_dates_are_told(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let activity = activity_id(&app, COOKING).await;
    let now = common::pinned_now().timestamp();
    let date: i64 = common::first_coming_date(&app, activity).await;
    let _ = guest_for_date(&app, activity, date, "Anna", "anna@example.org").await;
    let bram = guest_for_date(&app, activity, date, "Bram", "bram@example.org").await;
    let confirmation = app
        .wait_for_mail("anna@example.org", &format!("Je bent aangemeld: {COOKING}"))
        .await;
    assert!(confirmation.contains("Hallo Anna") && confirmation.contains("/aanmelding?token="));

    // Bram does not want reminders.
    let page = format!("/aanmelding?token={bram}");
    let (_, html) = app.page(&page).await;
    assert!(html.contains("Zet herinneringen uit"));
    let off = app
        .post_form(&page, &[("actie", "set_signup_reminders"), ("token", &bram)])
        .await;
    assert_eq!(off.status(), 303);

    // The date starts in 20 hours: Anna's reminder is due, once however often it is asked.
    sqlx::query("UPDATE occurrences SET starts_at = $2, ends_at = $3 WHERE id = $1")
        .bind(date)
        .bind(now + 20 * 3600)
        .bind(now + 22 * 3600)
        .execute(&app.state.db.pool)
        .await
        .expect("move");
    let first = app::ssr::mails::dates::queue_reminders(&app.state, now)
        .await
        .expect("reminders");
    let again = app::ssr::mails::dates::queue_reminders(&app.state, now + 60)
        .await
        .expect("again");
    // The server's own hourly job may have queued it first (its first run races this test).
    assert!(first + again <= 1 && again == 0, "{first} {again}");
    assert_eq!(outbox_count(&app, "kind = 'herinnering'").await, 1, "queued once");
    let reminder = app
        .wait_for_mail("anna@example.org", &format!("Herinnering: {COOKING}"))
        .await;
    assert!(reminder.contains("Waar: ") && reminder.contains("De Haven"));

    // The date moves an hour: both hear it, with what is different.
    let coordinator = common::member_of(&app, "Coco", "de-haven-zwolle", "coordinator").await;
    let moved_day =
        app::domain::time::local_date(chrono::DateTime::from_timestamp(now + 20 * 3600, 0).expect("time")).to_string();
    let changed = app
        .post_form_with(
            &coordinator,
            &format!("/beheer/data/{date}"),
            &[
                ("actie", "change_date"),
                ("id", &date.to_string()),
                ("datum", &moved_day),
                ("begin", "18:00"),
                ("eind", "20:00"),
                ("locatie", ""),
                ("toelichting", "We beginnen later"),
            ],
        )
        .await;
    assert_eq!(changed.status(), 303, "{}", changed.text().await.unwrap_or_default());
    for address in ["anna@example.org", "bram@example.org"] {
        let mail = app.wait_for_mail(address, &format!("Gewijzigd: {COOKING}")).await;
        assert!(mail.contains("We beginnen later") && mail.contains("18:00"), "{mail}");
    }

    // The date is cancelled: both hear it, with the reason.
    let cancelled = app
        .post_form_with(
            &coordinator,
            &format!("/beheer/data/{date}"),
            &[
                ("actie", "cancel_date"),
                ("id", &date.to_string()),
                ("reden", "De kok is ziek"),
            ],
        )
        .await;
    assert_eq!(cancelled.status(), 303);
    for address in ["anna@example.org", "bram@example.org"] {
        let mail = app.wait_for_mail(address, &format!("Gaat niet door: {COOKING}")).await;
        assert!(mail.contains("Reden: De kok is ziek"), "{mail}");
    }
    assert_eq!(
        outbox_count(&app, "kind = 'herinnering'").await,
        1,
        "one reminder in all"
    );
}

async fn an_invitation_can_go_by_mail(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let coordinator = common::member_of(&app, "Coco", "de-haven-zwolle", "coordinator").await;
    let path = "/beheer/centra/de-haven-zwolle/team";
    let refused = app
        .post_form_with(
            &coordinator,
            path,
            &[
                ("actie", "create_invite"),
                ("centrum", "de-haven-zwolle"),
                ("rol", "vrijwilliger"),
                ("email", "geen-adres"),
            ],
        )
        .await;
    assert_eq!(refused.status(), 422);
    assert_eq!(common::scalar(&app, "SELECT COUNT(*) FROM invites").await, 0);
    let made = app
        .post_form_with(
            &coordinator,
            path,
            &[
                ("actie", "create_invite"),
                ("centrum", "de-haven-zwolle"),
                ("rol", "vrijwilliger"),
                ("email", "vera@example.org"),
            ],
        )
        .await;
    assert_eq!(made.status(), 303);
    let mail = app.wait_for_mail("vera@example.org", "Uitnodiging voor").await;
    assert!(
        mail.contains("/uitnodiging?token=") && mail.contains("uitgenodigd als vrijwilliger bij"),
        "{mail}"
    );
}

async fn two_servers_share_the_outbox_and_send_each_message_once(backend: Backend) {
    let (url, dir) = fresh_database(backend).await;
    let port = free_port();
    let folder = std::env::temp_dir().join(format!("kring-smtp-{}-{port}", std::process::id()));
    let sink = Sink::start(port, &folder);
    let mut first = TestApp::spawn_on(&url, None, over_smtp(port, 50)).await;
    let mut second = TestApp::spawn_on(&url, dir, over_smtp(port, 50)).await;
    let now = common::pinned_now().timestamp();
    let mut tx = first.state.db.begin_write().await.expect("tx");
    for n in 0..40 {
        let mail = app::ssr::mail::Mail {
            kind: app::ssr::mail::MailKind::LoginLink,
            to: format!("persoon{n}@example.org"),
            lang: app::i18n::Lang::Nl,
            subject: format!("Bericht {n}"),
            body: format!("Hallo {n}"),
            calendar: None,
            dedupe_key: None,
            centre_id: None,
        };
        app::ssr::mail::queue(&mut tx, &mail, now).await.expect("queue");
    }
    tx.commit().await.expect("commit");
    first.state.mailer.wake();
    second.state.mailer.wake();
    wait_for_outbox(&first, "status = 'verstuurd'", 40).await;
    first.stop().await;
    second.stop().await;
    let mut subjects: Vec<String> = sink
        .messages()
        .iter()
        .map(|raw| {
            let message = mail_parser::MessageParser::default().parse(raw).expect("message");
            message.subject().expect("subject").to_owned()
        })
        .collect();
    assert_eq!(subjects.len(), 40, "each message once, whichever server sent it");
    subjects.sort();
    subjects.dedup();
    assert_eq!(subjects.len(), 40);
    drop(second);
    let _ = std::fs::remove_dir_all(&folder);
}

both_backends!(
    queued_mail_survives_a_restart_and_arrives_once,
    a_failing_message_ends_failed_and_can_be_sent_again,
    reminders_go_once_and_cancelled_dates_are_told,
    an_invitation_can_go_by_mail,
    two_servers_share_the_outbox_and_send_each_message_once,
    an_admin_corrects_or_takes_away_a_members_broken_address,
    without_smtp_the_admin_reads_where_mail_goes,
);
