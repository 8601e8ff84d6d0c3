//! Signing up through the real server, on SQLite and PostgreSQL: a guest with only a nickname,
//! members with one tap, the waitlist and its promotion, bad input, and no overbooking under 200
//! concurrent sign-ups for 12 places.

use crate::common;

use common::{
    activity_id, burst, count_status, get_as, member_of, new_client, register_ok, set_capacity, set_cookie, Backend,
    BurstRequest, TestApp,
};
use sqlx::Row;
use std::time::{Duration, Instant};

/// The demo's "Samen koken en eten": 12 places, sign-up needed.
const COOKING: &str = "Samen koken en eten";

/// The coming dates of an activity (not started, not cancelled), first first.
async fn coming_dates(app: &TestApp, activity: i64) -> Vec<i64> {
    sqlx::query(
        "SELECT id FROM occurrences WHERE activity_id = $1 AND starts_at > $2 AND cancelled = 0 ORDER BY starts_at",
    )
    .bind(activity)
    .bind(common::pinned_now().timestamp() + 3600)
    .fetch_all(&app.state.db.pool)
    .await
    .expect("dates")
    .iter()
    .map(|row| row.try_get("id").expect("id"))
    .collect()
}

async fn count(app: &TestApp, occurrence: i64, status: &str) -> i64 {
    sqlx::query("SELECT COUNT(*) AS n FROM signups WHERE occurrence_id = $1 AND status = $2")
        .bind(occurrence)
        .bind(status)
        .fetch_one(&app.state.db.pool)
        .await
        .expect("count")
        .try_get("n")
        .expect("n")
}

async fn total(app: &TestApp) -> i64 {
    sqlx::query("SELECT COUNT(*) AS n FROM signups")
        .fetch_one(&app.state.db.pool)
        .await
        .expect("count")
        .try_get("n")
        .expect("n")
}

fn guest_fields<'a>(activity: &'a str, date: &'a str, nickname: &'a str, email: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("actie", "sign_up"),
        ("activiteit", activity),
        ("datum", date),
        ("bijnaam", nickname),
        ("email", email),
        ("telefoon", ""),
    ]
}

/// Follows a sign-up's redirect to its personal page.
async fn personal_page(app: &TestApp, client: &reqwest::Client, response: reqwest::Response) -> (String, String) {
    assert_eq!(response.status(), 303);
    let location = response.headers()["location"].to_str().expect("location").to_owned();
    assert!(location.starts_with("/aanmelding?token="), "{location}");
    let page = client
        .get(app.url(&location))
        .header("Accept-Language", "nl")
        .send()
        .await
        .expect("request");
    assert_eq!(page.headers()["cache-control"], "no-store");
    (location, page.text().await.expect("body"))
}

async fn a_guest_signs_up_with_only_a_nickname_and_cancels_with_the_link(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let activity = activity_id(&app, COOKING).await;
    let date = coming_dates(&app, activity).await[0];
    let path = format!("/activiteiten/{activity}");
    let (status, page) = app.page(&path).await;
    assert_eq!(status, 200);
    assert!(page.contains("nog 12 plekken") && page.contains("name=\"bijnaam\""));

    let guest = new_client();
    let (activity_s, date_s) = (activity.to_string(), date.to_string());
    let response = app
        .post_form_with(&guest, &path, &guest_fields(&activity_s, &date_s, "Sam", ""))
        .await;
    let (location, page) = personal_page(&app, &guest, response).await;
    assert!(page.contains("Je bent aangemeld. Er is een plek voor je."));
    assert!(page.contains("Je code is:"));
    assert_eq!(count(&app, date, "bevestigd").await, 1);
    let (_, activity_page) = app.page(&path).await;
    assert!(activity_page.contains("nog 11 plekken"));

    // Signing up again from the same browser keeps one sign-up.
    let again = app
        .post_form_with(&guest, &path, &guest_fields(&activity_s, &date_s, "Sam", ""))
        .await;
    let (new_location, page) = personal_page(&app, &guest, again).await;
    assert!(page.contains("Je was al aangemeld."));
    assert_eq!(total(&app).await, 1);

    // The old link no longer works; the new one cancels with one tap.
    let old = location
        .split("token=")
        .nth(1)
        .and_then(|t| t.split('&').next())
        .expect("token");
    let (status, _) = app.page(&format!("/aanmelding?token={old}")).await;
    assert_eq!(status, 404);
    let token = new_location
        .split("token=")
        .nth(1)
        .and_then(|t| t.split('&').next())
        .expect("token");
    let cancelled = app
        .post_form_with(
            &guest,
            &format!("/aanmelding?token={token}"),
            &[("actie", "cancel_signup"), ("token", token)],
        )
        .await;
    assert_eq!(cancelled.status(), 303);
    assert_eq!(count(&app, date, "bevestigd").await, 0);
    assert_eq!(count(&app, date, "afgemeld").await, 1);
    let (_, activity_page) = app.page(&path).await;
    assert!(activity_page.contains("nog 12 plekken"), "the place is free at once");

    // The short code finds the sign-up too.
    let code = new_location
        .split("code=")
        .nth(1)
        .and_then(|t| t.split('&').next())
        .expect("code");
    let (status, page) = app.page(&format!("/aanmelding?code={}", code.to_lowercase())).await;
    assert_eq!(status, 200);
    assert!(page.contains("Je hebt je afgemeld."));
}

async fn bad_input_gets_a_message_and_changes_nothing(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let activity = activity_id(&app, COOKING).await;
    let path = format!("/activiteiten/{activity}");
    let date = coming_dates(&app, activity).await[0].to_string();
    let activity_s = activity.to_string();
    let long = "x".repeat(200);
    let past: i64 = sqlx::query("SELECT MIN(id) AS id FROM occurrences WHERE activity_id = $1")
        .bind(activity)
        .fetch_one(&app.state.db.pool)
        .await
        .expect("past")
        .try_get("id")
        .expect("id");
    let past = past.to_string();
    let cases: Vec<(Vec<(&str, &str)>, &str)> = vec![
        (guest_fields(&activity_s, &date, "", ""), "Vul dit in."),
        (
            guest_fields(&activity_s, &date, &long, ""),
            "Kies een bijnaam van 2 tot 32 tekens.",
        ),
        (
            guest_fields(&activity_s, &date, "Sam", "geen-adres"),
            "Dit is geen e-mailadres.",
        ),
        (
            guest_fields(&activity_s, &past, "Sam", ""),
            "Deze datum kun je niet meer",
        ),
    ];
    for (fields, message) in cases {
        let response = app.post_form(&path, &fields).await;
        assert_eq!(response.status(), 422, "{message}");
        assert!(response.text().await.expect("body").contains(message), "{message}");
    }
    let (status, page) = app.page("/aanmelding?token=vervalst").await;
    assert_eq!(status, 404);
    assert!(page.contains("We vinden deze aanmelding niet."));
    let forged = app
        .post_form(
            "/aanmelding?token=vervalst",
            &[("actie", "cancel_signup"), ("token", "vervalst")],
        )
        .await;
    assert_eq!(forged.status(), 422);
    assert_eq!(total(&app).await, 0);
}

async fn a_member_signs_up_with_one_tap_once(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let activity = activity_id(&app, COOKING).await;
    let date = coming_dates(&app, activity).await[0].to_string();
    let member = new_client();
    register_ok(&app, &member, "Mila").await;
    let path = format!("/activiteiten/{activity}");
    let page = get_as(&app, &member, &path).await.1;
    assert!(page.contains("Je meldt je aan als Mila.") && !page.contains("name=\"bijnaam\""));
    let fields = [
        ("actie", "sign_up"),
        ("activiteit", activity.to_string().as_str()),
        ("datum", &date),
    ]
    .map(|(k, v)| (k, v.to_owned()));
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    for _ in 0..2 {
        let response = app.post_form_with(&member, &path, &pairs).await;
        assert_eq!(response.status(), 303);
    }
    assert_eq!(total(&app).await, 1, "the same person twice has one sign-up");
    let page = get_as(&app, &member, &path).await.1;
    assert!(page.contains("je bent aangemeld"));
}

async fn a_full_date_offers_the_waitlist_and_promotes(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let activity = activity_id(&app, COOKING).await;
    set_capacity(&app, activity, Some(1)).await;
    let date = coming_dates(&app, activity).await[0];
    let path = format!("/activiteiten/{activity}");
    let (activity_s, date_s) = (activity.to_string(), date.to_string());
    let first = new_client();
    let response = app
        .post_form_with(&first, &path, &guest_fields(&activity_s, &date_s, "Eerste", ""))
        .await;
    let (first_location, _) = personal_page(&app, &first, response).await;
    let (_, page) = app.page(&path).await;
    assert!(page.contains("vol, je komt op de wachtlijst"));
    let second = new_client();
    let response = app
        .post_form_with(
            &second,
            &path,
            &guest_fields(&activity_s, &date_s, "Tweede", "tweede@example.org"),
        )
        .await;
    let (second_location, page) = personal_page(&app, &second, response).await;
    assert!(page.contains("Je staat op de wachtlijst, op plek 1."));

    let token = first_location
        .split("token=")
        .nth(1)
        .and_then(|t| t.split('&').next())
        .expect("token");
    let cancelled = app
        .post_form_with(&first, &first_location, &[("actie", "cancel_signup"), ("token", token)])
        .await;
    assert_eq!(cancelled.status(), 303);
    assert_eq!(count(&app, date, "bevestigd").await, 1);
    assert_eq!(count(&app, date, "wachtlijst").await, 0);
    let page = get_as(&app, &second, &second_location).await.1;
    assert!(page.contains("Je bent aangemeld. Er is een plek voor je."), "promoted");
    let mail = app.wait_for_mail("tweede@example.org", "Er is een plek voor je").await;
    assert!(mail.contains("Tweede"));
}

/// 200 guests at once for 12 places, through real HTTP connections, each from their own address
/// (behind a proxy that says so), as 200 phones would be.
async fn two_hundred_at_once_never_overbook(backend: Backend) {
    let app = TestApp::with_demo_and(backend, |settings| settings.trust_proxy = 1).await;
    let activity = activity_id(&app, COOKING).await;
    let dates = coming_dates(&app, activity).await;
    let path = format!("/activiteiten/{activity}");
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(60))
        .pool_max_idle_per_host(256)
        .build()
        .expect("client");
    for (round, &date) in dates.iter().take(3).enumerate() {
        let mut tasks = Vec::new();
        for n in 0..200 {
            let client = client.clone();
            let url = app.url(&path);
            let origin = app.address.clone();
            let (activity, date) = (activity.to_string(), date.to_string());
            tasks.push(tokio::spawn(async move {
                let started = Instant::now();
                let nickname = format!("Gast {n}");
                let response = client
                    .post(url)
                    .header("Origin", origin)
                    .header("Sec-Fetch-Site", "same-origin")
                    .header("X-Forwarded-For", format!("10.0.{round}.{n}"))
                    .form(&[
                        ("actie", "sign_up"),
                        ("activiteit", activity.as_str()),
                        ("datum", date.as_str()),
                        ("bijnaam", nickname.as_str()),
                    ])
                    .send()
                    .await;
                let ok = matches!(&response, Ok(r) if r.status() == 303);
                (ok, started.elapsed())
            }));
        }
        let mut latencies = Vec::new();
        let mut errors = 0;
        for task in tasks {
            let (ok, elapsed) = task.await.expect("task");
            if !ok {
                errors += 1;
            }
            latencies.push(elapsed);
        }
        latencies.sort();
        let p99 = latencies[latencies.len() * 99 / 100 - 1];
        let confirmed = count(&app, date, "bevestigd").await;
        let waitlisted = count(&app, date, "wachtlijst").await;
        eprintln!(
            "concurrency {backend:?} round {round}: 200 requests, {confirmed} confirmed, {waitlisted} waitlisted, {errors} errors, p99 {} ms",
            p99.as_millis()
        );
        assert_eq!(errors, 0);
        assert_eq!(confirmed, 12, "exactly the places");
        assert_eq!(waitlisted, 188, "the rest on the waitlist");
    }
}

async fn a_member_sees_mijn_week_and_cancels_with_one_tap(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let activity = activity_id(&app, COOKING).await;
    let date = coming_dates(&app, activity).await[0];
    let member = new_client();
    register_ok(&app, &member, "Mila").await;
    let path = format!("/activiteiten/{activity}");
    let (activity_s, date_s) = (activity.to_string(), date.to_string());
    let response = app
        .post_form_with(
            &member,
            &path,
            &[("actie", "sign_up"), ("activiteit", &activity_s), ("datum", &date_s)],
        )
        .await;
    assert_eq!(response.status(), 303);
    let week = get_as(&app, &member, "/mijn-week").await.1;
    assert!(week.contains(COOKING) && week.contains("Afmelden"));
    let id: i64 = sqlx::query("SELECT id FROM signups")
        .fetch_one(&app.state.db.pool)
        .await
        .expect("signup")
        .try_get("id")
        .expect("id");

    // Nobody else can cancel it.
    let other = new_client();
    register_ok(&app, &other, "Otto").await;
    let refused = app
        .post_form_with(
            &other,
            "/mijn-week",
            &[("actie", "cancel_my_signup"), ("id", &id.to_string())],
        )
        .await;
    assert_eq!(refused.status(), 404);
    assert_eq!(count(&app, date, "bevestigd").await, 1);

    let cancelled = app
        .post_form_with(
            &member,
            "/mijn-week",
            &[("actie", "cancel_my_signup"), ("id", &id.to_string())],
        )
        .await;
    assert_eq!(cancelled.status(), 303);
    assert_eq!(cancelled.headers()["location"], "/mijn-week?afgemeld=1");
    assert_eq!(count(&app, date, "bevestigd").await, 0);
    let week = get_as(&app, &member, "/mijn-week").await.1;
    assert!(!week.contains(COOKING));
}

async fn only_those_who_run_it_see_the_list_and_each_look_is_logged(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let activity = activity_id(&app, COOKING).await;
    let date = coming_dates(&app, activity).await[0];
    let (activity_s, date_s) = (activity.to_string(), date.to_string());
    let path = format!("/activiteiten/{activity}");
    let guest = new_client();
    let response = app
        .post_form_with(
            &guest,
            &path,
            &guest_fields(&activity_s, &date_s, "Sam", "sam@example.org"),
        )
        .await;
    assert_eq!(response.status(), 303);

    let list = format!("/beheer/aanmeldingen?activiteit={activity}&datum={date}");
    let coordinator = new_client();
    register_ok(&app, &coordinator, "Coco").await;
    let stranger = new_client();
    register_ok(&app, &stranger, "Otto").await;
    sqlx::query(
        "INSERT INTO centre_roles (account_id, centre_id, role, created_at)
         SELECT a.id, x.centre_id, 'coordinator', 0 FROM accounts a, activities x
         WHERE a.nickname = 'Coco' AND x.id = $1",
    )
    .bind(activity)
    .execute(&app.state.db.pool)
    .await
    .expect("role");
    let refused = stranger.get(app.url(&list)).send().await.expect("request");
    assert_eq!(refused.status(), 403);
    let (_, public_page) = app.page(&path).await;
    assert!(
        !public_page.contains("sam@example.org"),
        "visitors see only how many places are left"
    );

    let page = coordinator.get(app.url(&list)).send().await.expect("request");
    assert_eq!(page.status(), 200);
    let html = page.text().await.expect("body");
    assert!(html.contains("Sam") && html.contains("sam@example.org") && html.contains("1 van de 12 plekken bezet"));
    let logged: i64 = sqlx::query("SELECT COUNT(*) AS n FROM audit_log")
        .fetch_one(&app.state.db.pool)
        .await
        .expect("audit")
        .try_get("n")
        .expect("n");
    assert_eq!(logged, 1, "opening a list with contact details is logged");
}

/// The demo's course "WRAP": enrolment for all sessions; it takes drop-ins.
const COURSE: &str = "WRAP: werken aan je herstel";

fn token_in(location: &str) -> String {
    location
        .split("token=")
        .nth(1)
        .and_then(|t| t.split('&').next())
        .expect("token")
        .to_owned()
}

async fn status_of(app: &TestApp, nickname: &str) -> String {
    sqlx::query("SELECT status FROM signups WHERE nickname = $1")
        .bind(nickname)
        .fetch_one(&app.state.db.pool)
        .await
        .expect("signup")
        .try_get("status")
        .expect("status")
}

/// A guest signs up (for `date`: "0" is the whole course); returns their personal link's token.
async fn guest_signs_up(app: &TestApp, activity: i64, date: &str, nickname: &str) -> (reqwest::Client, String) {
    let client = new_client();
    let activity_s = activity.to_string();
    let response = app
        .post_form_with(
            &client,
            &format!("/activiteiten/{activity}"),
            &guest_fields(&activity_s, date, nickname, ""),
        )
        .await;
    assert_eq!(response.status(), 303, "{nickname}");
    let location = response.headers()["location"].to_str().expect("location").to_owned();
    (client, token_in(&location))
}

async fn a_course_gives_a_skipped_session_to_a_drop_in(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let course = activity_id(&app, COURSE).await;
    set_capacity(&app, course, Some(2)).await;
    let sessions = coming_dates(&app, course).await;
    let (first, second) = (sessions[0].to_string(), sessions[1].to_string());
    let (_, anna) = guest_signs_up(&app, course, "0", "Anna").await;
    let (_, bram) = guest_signs_up(&app, course, "0", "Bram").await;
    let (_, _carla) = guest_signs_up(&app, course, "0", "Carla").await;
    assert_eq!(status_of(&app, "Carla").await, "wachtlijst", "the course is full");
    // A drop-in for the first session waits: every place is taken that time.
    let (_, _dirk) = guest_signs_up(&app, course, &first, "Dirk").await;
    assert_eq!(status_of(&app, "Dirk").await, "wachtlijst");
    let (_, page) = app.page(&format!("/activiteiten/{course}")).await;
    assert!(page.contains("De hele cursus") && page.contains("Je kunt ook één keer meedoen"));

    // Anna can't come the first time: Dirk gets her place, that time only.
    let page_path = format!("/aanmelding?token={anna}");
    let page = get_as(&app, &new_client(), &page_path).await.1;
    assert!(page.contains("Ik kan deze keer niet"));
    let skip = app
        .post_form(
            &page_path,
            &[("actie", "skip_session"), ("token", &anna), ("datum", &first)],
        )
        .await;
    assert_eq!(skip.status(), 303);
    assert_eq!(status_of(&app, "Dirk").await, "bevestigd");
    let page = get_as(&app, &new_client(), &page_path).await.1;
    assert!(page.contains("je komt deze keer niet") && page.contains("Ik kom toch"));

    // Anna changes her mind, but the place is gone: a clear message, nothing changes.
    let back = app
        .post_form(
            &page_path,
            &[
                ("actie", "skip_session"),
                ("token", &anna),
                ("datum", &first),
                ("kom", "ja"),
            ],
        )
        .await;
    assert_eq!(back.status(), 422);
    assert!(back
        .text()
        .await
        .expect("body")
        .contains("Je plek is deze keer al aan iemand anders gegeven"));
    let absent: i64 = sqlx::query("SELECT COUNT(*) AS n FROM signup_absences")
        .fetch_one(&app.state.db.pool)
        .await
        .expect("count")
        .try_get("n")
        .expect("n");
    assert_eq!(absent, 1);
    // For the second session she can say no and yes again: nobody took it meanwhile.
    for come in ["", "ja"] {
        let response = app
            .post_form(
                &page_path,
                &[
                    ("actie", "skip_session"),
                    ("token", &anna),
                    ("datum", &second),
                    ("kom", come),
                ],
            )
            .await;
        assert_eq!(response.status(), 303);
    }

    // Bram leaves the course: Carla, first on the course's waitlist, moves up.
    let cancel = app
        .post_form(
            &format!("/aanmelding?token={bram}"),
            &[("actie", "cancel_signup"), ("token", &bram)],
        )
        .await;
    assert_eq!(cancel.status(), 303);
    assert_eq!(status_of(&app, "Carla").await, "bevestigd");
    // In the first session: Carla, Dirk (Anna's place) — never more than 2.
    let load: i64 = sqlx::query(
        "SELECT (SELECT COUNT(*) FROM signups WHERE activity_id = $1 AND occurrence_id IS NULL AND status = 'bevestigd')
              - (SELECT COUNT(*) FROM signup_absences) + (SELECT COUNT(*) FROM signups WHERE occurrence_id = $2
              AND status = 'bevestigd') AS n",
    )
    .bind(course)
    .bind(sessions[0])
    .fetch_one(&app.state.db.pool)
    .await
    .expect("load")
    .try_get("n")
    .expect("n");
    assert_eq!(load, 2);
}

async fn guest_details_go_after_the_retention_period(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let activity = activity_id(&app, COOKING).await;
    let dates = coming_dates(&app, activity).await;
    let (activity_s, first, second) = (activity.to_string(), dates[0].to_string(), dates[1].to_string());
    for (date, nickname) in [(&first, "Oud"), (&second, "Nieuw")] {
        let response = app
            .post_form_with(
                &new_client(),
                &format!("/activiteiten/{activity}"),
                &[
                    ("actie", "sign_up"),
                    ("activiteit", activity_s.as_str()),
                    ("datum", date.as_str()),
                    ("bijnaam", nickname),
                    ("email", "gast@example.org"),
                    ("telefoon", "06 1234 5678"),
                ],
            )
            .await;
        assert_eq!(response.status(), 303);
    }
    // The first date ended 31 days ago; the centre keeps details for 30 days (the default).
    let now = common::pinned_now().timestamp();
    sqlx::query("UPDATE occurrences SET starts_at = $2, ends_at = $3 WHERE id = $1")
        .bind(dates[0])
        .bind(now - 31 * 86400 - 3600)
        .bind(now - 31 * 86400)
        .execute(&app.state.db.pool)
        .await
        .expect("move");
    // The server's hourly job runs this at its start too, and may get there first: either way the
    // first date's details are gone once it has run, and nothing more is cleared.
    let cleared = app::ssr::db::signups::remove_old_guest_details(&app.state.db, now)
        .await
        .expect("retention");
    assert!(cleared <= 1, "{cleared}");
    let rows = sqlx::query("SELECT nickname, email, phone, status FROM signups ORDER BY id")
        .fetch_all(&app.state.db.pool)
        .await
        .expect("rows");
    let row = |i: usize, column: &str| -> String { rows[i].try_get(column).expect("column") };
    assert_eq!(
        (row(0, "nickname"), row(0, "email"), row(0, "phone")),
        (String::new(), String::new(), String::new())
    );
    assert_eq!(row(0, "status"), "bevestigd", "the count stays");
    assert_eq!(row(1, "email"), "gast@example.org", "the coming date keeps its details");
    assert_eq!(
        app::ssr::db::signups::remove_old_guest_details(&app.state.db, now)
            .await
            .expect("again"),
        0
    );

    // A longer period keeps them longer; a period out of range is refused with a message.
    sqlx::query("UPDATE centres SET guest_retention_days = 60")
        .execute(&app.state.db.pool)
        .await
        .expect("setting");
    sqlx::query("UPDATE occurrences SET starts_at = $2, ends_at = $3 WHERE id = $1")
        .bind(dates[1])
        .bind(now - 40 * 86400 - 3600)
        .bind(now - 40 * 86400)
        .execute(&app.state.db.pool)
        .await
        .expect("move");
    assert_eq!(
        app::ssr::db::signups::remove_old_guest_details(&app.state.db, now)
            .await
            .expect("kept"),
        0
    );
    let coordinator = member_of(&app, "Coco", "de-haven-zwolle", "coordinator").await;
    let refused = app
        .post_form_with(
            &coordinator,
            "/beheer/centra/de-haven-zwolle/gegevens",
            &[
                ("actie", "save_centre"),
                ("centrum", "de-haven-zwolle"),
                ("naam", "De Haven"),
                ("adres", "Straat 1"),
                ("plaats", "Zwolle"),
                ("bewaartermijn", "0"),
            ],
        )
        .await;
    assert_eq!(refused.status(), 422);
    assert!(refused
        .text()
        .await
        .expect("body")
        .contains("Kies een aantal dagen van 1 tot en met 365."));
    let days: i64 = sqlx::query("SELECT guest_retention_days FROM centres WHERE slug = 'de-haven-zwolle'")
        .fetch_one(&app.state.db.pool)
        .await
        .expect("days")
        .try_get("guest_retention_days")
        .expect("days");
    assert_eq!(days, 60, "nothing changed");
}

async fn a_deleted_account_gives_its_place_to_the_waitlist(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let activity = activity_id(&app, COOKING).await;
    set_capacity(&app, activity, Some(1)).await;
    let date = coming_dates(&app, activity).await[0];
    let (activity_s, date_s) = (activity.to_string(), date.to_string());
    let member = new_client();
    register_ok(&app, &member, "Mila").await;
    let response = app
        .post_form_with(
            &member,
            &format!("/activiteiten/{activity}"),
            &[("actie", "sign_up"), ("activiteit", &activity_s), ("datum", &date_s)],
        )
        .await;
    assert_eq!(response.status(), 303);
    let _ = guest_signs_up(&app, activity, &date_s, "Wachter").await;
    assert_eq!(status_of(&app, "Wachter").await, "wachtlijst");
    let deleted = app
        .post_form_with(
            &member,
            "/mijn-account/verwijderen",
            &[("actie", "delete_account"), ("huidig_wachtwoord", common::PASSWORD)],
        )
        .await;
    assert_eq!(deleted.status(), 303);
    assert_eq!(status_of(&app, "Wachter").await, "bevestigd");
    assert_eq!(count(&app, date, "bevestigd").await, 1);
}

/// 150 guests from one address (one browser each) released at the same instant: exactly the
/// free number are signed up, the rest are asked to wait.
async fn guests_from_one_address_are_limited(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let activity = activity_id(&app, COOKING).await;
    set_capacity(&app, activity, None).await;
    let date = coming_dates(&app, activity).await[0].to_string();
    let activity_s = activity.to_string();
    let free = app::ssr::auth::throttle::GUEST_SIGNUP_PER_IP.free;
    let path = format!("/activiteiten/{activity}");
    let requests = (0..150)
        .map(|n| BurstRequest::form(&path, &guest_fields(&activity_s, &date, &format!("Gast {n}"), "")))
        .collect();
    let answers = burst(&app, requests).await;
    let mut statuses: Vec<u16> = answers.iter().map(|a| a.status).collect();
    statuses.sort_unstable();
    statuses.dedup();
    for status in statuses {
        eprintln!("guest burst {backend:?}: {} x {status}", count_status(&answers, status));
    }
    assert_eq!(count_status(&answers, 303), usize::try_from(free).expect("free"));
    assert_eq!(count_status(&answers, 429), 150 - usize::try_from(free).expect("free"));
    assert_eq!(total(&app).await, free);
    let refused = answers.iter().find(|a| a.status == 429).expect("a refusal");
    assert!(refused.body.contains("Je hebt het te vaak geprobeerd"));
}

/// Two people sign up one after the other on the same phone or the centre's PC: each gets a
/// sign-up of their own, and the first one's link keeps working. The same nickname again is the
/// same person.
async fn two_guests_on_one_browser_each_have_their_own_sign_up(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let activity = activity_id(&app, COOKING).await;
    let date = coming_dates(&app, activity).await[0].to_string();
    let activity_s = activity.to_string();
    let path = format!("/activiteiten/{activity}");
    let pc = new_client();
    let first = app
        .post_form_with(&pc, &path, &guest_fields(&activity_s, &date, "Ans", ""))
        .await;
    let browser_key = set_cookie(&first, "kring_gast")
        .and_then(|c| {
            c.split(';')
                .next()
                .map(|kv| kv.trim_start_matches("kring_gast=").to_owned())
        })
        .expect("the browser's key");
    let (ans_link, _) = personal_page(&app, &pc, first).await;
    let second = app
        .post_form_with(&pc, &path, &guest_fields(&activity_s, &date, "Bep", ""))
        .await;
    let (bep_link, page) = personal_page(&app, &pc, second).await;
    assert!(page.contains("Je bent aangemeld."), "a new sign-up, not a take-over");
    assert!(!page.contains("Je was al aangemeld."));
    assert_ne!(ans_link, bep_link);
    assert_eq!(total(&app).await, 2);
    let (status, ans_page) = app.page(&ans_link).await;
    assert_eq!(status, 200, "Ans's link still works");
    assert!(ans_page.contains("Ans"));
    // The browser's key is not stored as it is.
    let stored: Vec<String> = sqlx::query("SELECT guest_key FROM signups")
        .fetch_all(&app.state.db.pool)
        .await
        .expect("keys")
        .iter()
        .map(|row| row.try_get("guest_key").expect("key"))
        .collect();
    assert_eq!(stored.len(), 2);
    assert!(
        stored.iter().all(|key| !key.contains(&browser_key)),
        "only hashes are kept"
    );
    let again = app
        .post_form_with(&pc, &path, &guest_fields(&activity_s, &date, "ans", ""))
        .await;
    let (_, page) = personal_page(&app, &pc, again).await;
    assert!(page.contains("Je was al aangemeld."));
    assert_eq!(total(&app).await, 2);
}

both_backends!(
    a_member_sees_mijn_week_and_cancels_with_one_tap,
    only_those_who_run_it_see_the_list_and_each_look_is_logged,
    a_guest_signs_up_with_only_a_nickname_and_cancels_with_the_link,
    bad_input_gets_a_message_and_changes_nothing,
    a_member_signs_up_with_one_tap_once,
    a_full_date_offers_the_waitlist_and_promotes,
    two_hundred_at_once_never_overbook,
    a_course_gives_a_skipped_session_to_a_drop_in,
    guest_details_go_after_the_retention_period,
    a_deleted_account_gives_its_place_to_the_waitlist,
    guests_from_one_address_are_limited,
    two_guests_on_one_browser_each_have_their_own_sign_up,
);
