//! A peer group's inside through the real server, on SQLite and PostgreSQL: the board (posts,
//! replies, hostile and over-long input, reports, hiding with a reason the author sees,
//! announcements by mail to members who want them), the mails about joining, and meetings that
//! only the group sees, in mijn week and the group's calendar, with who came.

use crate::common;

use chrono::Datelike;
use common::{account_id, get_as, member_of, new_client, register_ok, scalar, Backend, Person, TestApp};

const PAGE: &str = "/beheer/centra/de-haven-zwolle/groepen";

async fn set_email(app: &TestApp, nickname: &str, email: &str) {
    sqlx::query("UPDATE accounts SET email = $1 WHERE nickname = $2")
        .bind(email)
        .bind(nickname)
        .execute(&app.state.db.pool)
        .await
        .expect("email");
}

async fn post(app: &TestApp, client: &reqwest::Client, group: i64, fields: &[(&str, &str)]) -> reqwest::Response {
    app.post_form_with(client, &format!("/groepen/{group}"), fields).await
}

/// A closed group at De Haven run by Fenna, with Ann and Bo as members (Ann and Fenna have an
/// address). Returns the group and Coco (coordinator), Fenna, Ann and Bo.
async fn group_with_members(app: &TestApp) -> (i64, [Person; 4]) {
    let coordinator = member_of(app, "Coco", "de-haven-zwolle", "coordinator").await;
    let fenna = member_of(app, "Fenna", "de-haven-zwolle", "vrijwilliger").await;
    set_email(app, "Fenna", "fenna@example.org").await;
    let fenna_id = fenna.account_id().await.to_string();
    let saved = coordinator
        .post_form(
            PAGE,
            &[
                ("actie", "save_group"),
                ("centrum", "de-haven-zwolle"),
                ("naam", "Herstelgroep Stemmen horen"),
                ("publieke_naam", "Donderdaggroep"),
                ("afspraken", "Wat hier gezegd wordt, blijft hier."),
                ("soort", "gesloten"),
                ("zichtbaar", "ja"),
                ("begeleiders[]", &fenna_id),
            ],
        )
        .await;
    assert_eq!(saved.status(), 303);
    let group = scalar(app, "SELECT id FROM peer_groups WHERE public_name = 'Donderdaggroep'").await;
    let (g, path) = (group.to_string(), format!("/groepen/{group}"));
    let [ann, bo] = [app.person("Ann").await, app.person("Bo").await];
    for member in [&ann, &bo] {
        let asked = member
            .post_form(
                &path,
                &[("actie", "join_group"), ("id", &g), ("akkoord", "ja"), ("bericht", "")],
            )
            .await;
        assert_eq!(asked.status(), 303);
        let id = member.account_id().await.to_string();
        let answer = [
            ("actie", "answer_member"),
            ("groep", &g),
            ("lid", &id),
            ("antwoord", "ja"),
        ];
        assert_eq!(fenna.post_form(&path, &answer).await.status(), 303);
    }
    (group, [coordinator, fenna, ann, bo])
}

async fn status_of(app: &TestApp, client: &reqwest::Client, group: i64, form: Vec<(String, String)>) -> u16 {
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    post(app, client, group, &pairs).await.status().as_u16()
}

async fn posts(app: &TestApp) -> i64 {
    scalar(app, "SELECT COUNT(*) FROM group_posts").await
}

async fn the_board_is_for_the_group_and_facilitators_moderate_it(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let (group, [coordinator, fenna, ann, bo]) = group_with_members(&app).await;
    let g = group.to_string();
    let path = format!("/groepen/{group}");

    // Ann posts; markup is shown as text.
    let sent = post(
        &app,
        &ann,
        group,
        &[
            ("actie", "post_to_board"),
            ("groep", &g),
            ("tekst", "Fijn dat jullie er zijn <script>alert(1)</script>"),
        ],
    )
    .await;
    assert_eq!(sent.status(), 303);
    let ann_post = scalar(&app, "SELECT MAX(id) FROM group_posts").await;
    let (_, html) = get_as(&app, &bo, &path).await;
    assert!(html.contains("Fijn dat jullie er zijn &lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html.contains("<script>alert(1)"));

    // The facilitators choose whether the neutral name is listed; members do not.
    let unlist = [("actie", "group_listing"), ("groep", g.as_str()), ("zichtbaar", "nee")];
    assert_eq!(post(&app, &ann, group, &unlist).await.status(), 403);
    assert_eq!(post(&app, &fenna, group, &unlist).await.status(), 303);
    let (_, list) = get_as(&app, &new_client(), "/groepen").await;
    assert!(!list.contains("Donderdaggroep"));
    let relist = [("actie", "group_listing"), ("groep", g.as_str()), ("zichtbaar", "ja")];
    assert_eq!(post(&app, &fenna, group, &relist).await.status(), 303);
    let (_, list) = get_as(&app, &new_client(), "/groepen").await;
    assert!(list.contains("Donderdaggroep"));

    // Bad input: empty, too long; nothing stored.
    let long = "a".repeat(1001);
    for text in ["  ", long.as_str()] {
        let refused = post(
            &app,
            &ann,
            group,
            &[("actie", "post_to_board"), ("groep", &g), ("tekst", text)],
        )
        .await;
        assert_eq!(refused.status(), 422);
        let html = refused.text().await.expect("body");
        assert!(html.contains("Vul dit in") || html.contains("Dit is te lang"));
    }
    assert_eq!(posts(&app).await, 1);

    // Outsiders: no posting, no reading. Not a visitor, not another member of Kring, not the
    // coordinator.
    let cas = new_client();
    register_ok(&app, &cas, "Cas").await;
    for (client, status) in [(&new_client(), 401), (&cas, 403), (&coordinator, 403)] {
        let refused = post(
            &app,
            client,
            group,
            &[("actie", "post_to_board"), ("groep", &g), ("tekst", "Hallo")],
        )
        .await;
        assert_eq!(refused.status(), status);
        let (_, html) = get_as(&app, client, &path).await;
        assert!(
            !html.contains("Fijn dat jullie er zijn"),
            "the board stays inside the group"
        );
    }
    assert_eq!(posts(&app).await, 1);

    // Bo replies and reports Ann's post; Ann cannot report her own.
    let ann_post_s = ann_post.to_string();
    let replied = post(
        &app,
        &bo,
        group,
        &[
            ("actie", "post_to_board"),
            ("groep", &g),
            ("reactie_op", &ann_post_s),
            ("reactie", "Dank je, Ann!"),
        ],
    )
    .await;
    assert_eq!(replied.status(), 303);
    assert_eq!(
        scalar(
            &app,
            &format!("SELECT COUNT(*) FROM group_posts WHERE parent_id = {ann_post}")
        )
        .await,
        1
    );
    for client in [&bo, &ann] {
        let reported = post(
            &app,
            client,
            group,
            &[("actie", "report_post"), ("bericht", &ann_post_s)],
        )
        .await;
        assert_eq!(reported.status(), 303);
    }
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM group_post_reports").await, 1);
    let (_, html) = get_as(&app, &fenna, &path).await;
    assert!(html.contains("1 keer gemeld") && html.contains("Bericht van Ann, 1 keer gemeld"));
    let (_, week) = get_as(&app, &fenna, "/mijn-week").await;
    assert!(
        week.contains("Vragen om mee te doen: 0. Gemelde berichten: 1."),
        "the facilitator hears of it"
    );
    let (_, html) = get_as(&app, &ann, &path).await;
    assert!(!html.contains("keer gemeld"), "only facilitators see reports");

    // Only a facilitator hides, and only with a reason; the author sees it, the others do not.
    let hide = |reason: &'static str| -> Vec<(String, String)> {
        [
            ("actie", "moderate_post"),
            ("bericht", ann_post_s.as_str()),
            ("wat", "verbergen"),
            ("reden", reason),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect()
    };
    assert_eq!(status_of(&app, &bo, group, hide("Weg ermee")).await, 403);
    assert_eq!(status_of(&app, &fenna, group, hide("")).await, 422);
    assert_eq!(
        scalar(&app, "SELECT COUNT(*) FROM group_posts WHERE hidden_reason IS NOT NULL").await,
        0
    );
    assert_eq!(status_of(&app, &fenna, group, hide("Geen scripts, graag.")).await, 303);
    let (_, html) = get_as(&app, &ann, &path).await;
    assert!(html.contains("Geen scripts, graag.") && html.contains("Fijn dat jullie er zijn"));
    let (_, html) = get_as(&app, &bo, &path).await;
    assert!(html.contains("Een begeleider heeft dit bericht verborgen."));
    let (_, week) = get_as(&app, &fenna, "/mijn-week").await;
    assert!(!week.contains("wacht iets op je"), "nothing waits once it is hidden");
    assert!(!html.contains("Fijn dat jullie er zijn") && !html.contains("Geen scripts"));

    // An announcement goes by mail to members who want that, and only to them.
    set_email(&app, "Ann", "ann@example.org").await;
    set_email(&app, "Bo", "bo@example.org").await;
    let on = post(
        &app,
        &ann,
        group,
        &[("actie", "group_mail"), ("groep", &g), ("mail", "ja")],
    )
    .await;
    assert_eq!(on.status(), 303);
    let refused = post(
        &app,
        &cas,
        group,
        &[("actie", "group_mail"), ("groep", &g), ("mail", "ja")],
    )
    .await;
    assert_eq!(refused.status(), 404, "not a member");
    let announced = post(
        &app,
        &fenna,
        group,
        &[
            ("actie", "post_to_board"),
            ("groep", &g),
            ("tekst", "Volgende week later: 20:00."),
            ("mededeling", "ja"),
        ],
    )
    .await;
    assert_eq!(announced.status(), 303);
    let mail = app
        .wait_for_mail("ann@example.org", "Mededeling voor Donderdaggroep")
        .await;
    assert!(mail.contains("Volgende week later: 20:00.") && !mail.contains("Stemmen horen"));
    // A member's "announcement" is a plain post.
    let plain = post(
        &app,
        &bo,
        group,
        &[
            ("actie", "post_to_board"),
            ("groep", &g),
            ("tekst", "Ik neem koek mee."),
            ("mededeling", "ja"),
        ],
    )
    .await;
    assert_eq!(plain.status(), 303);
    assert_eq!(
        scalar(&app, "SELECT COUNT(*) FROM group_posts WHERE announcement = 1").await,
        1
    );
    // Mails are queued in the transaction that saves the post: none is queued for Bo.
    assert_eq!(
        scalar(&app, "SELECT COUNT(*) FROM outbox WHERE recipient = 'bo@example.org'").await,
        0,
        "Bo did not ask for mail"
    );

    // A paused member reads but does not post; a removed member does neither.
    let paused = post(
        &app,
        &bo,
        group,
        &[("actie", "pause_group"), ("id", &g), ("pauze", "ja")],
    )
    .await;
    assert_eq!(paused.status(), 303);
    let (_, html) = get_as(&app, &bo, &path).await;
    assert!(html.contains("Ik neem koek mee.") && html.contains("Je hebt een pauze."));
    let refused = post(
        &app,
        &bo,
        group,
        &[("actie", "post_to_board"), ("groep", &g), ("tekst", "Hoi")],
    )
    .await;
    assert_eq!(refused.status(), 403);
    let ann_id = account_id(&app, "Ann").await.to_string();
    let removed = post(
        &app,
        &fenna,
        group,
        &[
            ("actie", "answer_member"),
            ("groep", &g),
            ("lid", &ann_id),
            ("antwoord", "verwijderen"),
            ("bericht", "Je hield je niet aan de afspraken."),
        ],
    )
    .await;
    assert_eq!(removed.status(), 303);
    let refused = post(
        &app,
        &ann,
        group,
        &[("actie", "post_to_board"), ("groep", &g), ("tekst", "Hoi")],
    )
    .await;
    assert_eq!(refused.status(), 403);
    let (_, html) = get_as(&app, &ann, &path).await;
    assert!(!html.contains("Ik neem koek mee."));

    // The author removes her own post; nobody else can.
    let bo_post = scalar(&app, "SELECT id FROM group_posts WHERE body = 'Ik neem koek mee.'")
        .await
        .to_string();
    let refused = post(&app, &fenna, group, &[("actie", "delete_post"), ("bericht", &bo_post)]).await;
    assert_eq!(refused.status(), 404);
    let deleted = post(&app, &bo, group, &[("actie", "delete_post"), ("bericht", &bo_post)]).await;
    assert_eq!(deleted.status(), 303);
    assert_eq!(
        scalar(
            &app,
            "SELECT COUNT(*) FROM group_posts WHERE body = 'Ik neem koek mee.'"
        )
        .await,
        0
    );
}

async fn joining_and_proposals_are_answered_by_mail(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let (group, [coordinator, fenna, _, _]) = group_with_members(&app).await;
    // Fenna heard of both requests, by name.
    let request = app
        .wait_for_mail("fenna@example.org", "Iemand wil meedoen met Donderdaggroep")
        .await;
    assert!(request.contains("Ann") || request.contains("Bo"));
    app.wait_for_mail("fenna@example.org", "Iemand wil meedoen met Donderdaggroep")
        .await;

    // Dee asks and is declined with a kind message she gets by mail; Eva is accepted.
    let g = group.to_string();
    for name in ["Dee", "Eva"] {
        let client = new_client();
        register_ok(&app, &client, name).await;
        set_email(&app, name, &format!("{}@example.org", name.to_lowercase())).await;
        let asked = post(
            &app,
            &client,
            group,
            &[("actie", "join_group"), ("id", &g), ("akkoord", "ja")],
        )
        .await;
        assert_eq!(asked.status(), 303);
    }
    let (_, week) = get_as(&app, &fenna, "/mijn-week").await;
    assert!(week.contains("Vragen om mee te doen: 2. Gemelde berichten: 0."));
    let dee = account_id(&app, "Dee").await.to_string();
    let eva = account_id(&app, "Eva").await.to_string();
    let declined = post(
        &app,
        &fenna,
        group,
        &[
            ("actie", "answer_member"),
            ("groep", &g),
            ("lid", &dee),
            ("antwoord", "nee"),
            ("bericht", "Deze groep is vol. Vraag naar de maandaggroep."),
        ],
    )
    .await;
    assert_eq!(declined.status(), 303);
    let mail = app
        .wait_for_mail("dee@example.org", "Antwoord op je vraag over Donderdaggroep")
        .await;
    assert!(mail.contains("Vraag naar de maandaggroep."));
    let accepted = post(
        &app,
        &fenna,
        group,
        &[
            ("actie", "answer_member"),
            ("groep", &g),
            ("lid", &eva),
            ("antwoord", "ja"),
        ],
    )
    .await;
    assert_eq!(accepted.status(), 303);
    app.wait_for_mail("eva@example.org", "Welkom bij Donderdaggroep").await;

    // A proposal's outcome reaches its proposer: approved, and not started.
    let fenna_id = account_id(&app, "Fenna").await.to_string();
    for name in ["Moeders", "Vaders"] {
        let proposed = app
            .post_form_with(
                &fenna,
                "/groepen/voorstellen",
                &[
                    ("actie", "propose_group"),
                    ("centrum", "de-haven-zwolle"),
                    ("naam", name),
                    ("publieke_naam", name),
                    ("afspraken", "Mild zijn."),
                    ("soort", "open"),
                ],
            )
            .await;
        assert_eq!(proposed.status(), 303);
    }
    let moeders = scalar(&app, "SELECT id FROM peer_groups WHERE name = 'Moeders'")
        .await
        .to_string();
    let vaders = scalar(&app, "SELECT id FROM peer_groups WHERE name = 'Vaders'")
        .await
        .to_string();
    let approved = app
        .post_form_with(
            &coordinator,
            PAGE,
            &[
                ("actie", "save_group"),
                ("id", &moeders),
                ("centrum", "de-haven-zwolle"),
                ("naam", "Moeders"),
                ("publieke_naam", "Moeders"),
                ("afspraken", "Mild zijn."),
                ("soort", "open"),
                ("begeleiders[]", &fenna_id),
            ],
        )
        .await;
    assert_eq!(approved.status(), 303);
    let mail = app
        .wait_for_mail("fenna@example.org", "Je voorstel voor een groep gaat door")
        .await;
    assert!(mail.contains("Moeders"));
    let not_started = app
        .post_form_with(&coordinator, PAGE, &[("actie", "decline_proposal"), ("id", &vaders)])
        .await;
    assert_eq!(not_started.status(), 303);
    let mail = app
        .wait_for_mail("fenna@example.org", "Antwoord op je voorstel voor een groep")
        .await;
    assert!(mail.contains("Vaders") && mail.contains("De Haven"));
}

/// A weekly meeting of `group` on the weekday a week from now, ten times.
fn meeting_form(group: &str, kind: &str) -> Vec<(String, String)> {
    let day = common::pinned_today() + chrono::Duration::days(7);
    let weekday = day.weekday().number_from_monday().to_string();
    [
        ("actie", "create_activity"),
        ("centrum", "de-haven-zwolle"),
        ("soort", kind),
        ("groep", group),
        ("titel", "Bijeenkomst Stemmen horen"),
        ("plek", "centrum"),
        ("ruimte", "De achterkamer"),
        ("begin", "19:00"),
        ("eind", "20:30"),
        ("herhaling", "wekelijks"),
        ("elke", "1"),
        ("dagen[]", &weekday),
        ("einde", "aantal"),
        ("aantal", "10"),
        ("datum", &day.to_string()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect()
}

/// Only the centre's coordinators link a meeting to a group or open its sign-up (which shows the
/// members' names); a volunteer who may publish never sees other groups' internal names, and what
/// she sends about the link is kept as it was. A coordinator who makes herself a facilitator is
/// written to the audit log.
async fn only_coordinators_link_meetings_to_groups(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let (group, [coordinator, fenna, _, _]) = group_with_members(&app).await;
    let g = group.to_string();
    sqlx::query("UPDATE centres SET volunteers_publish = 1 WHERE slug = 'de-haven-zwolle'")
        .execute(&app.state.db.pool)
        .await
        .expect("volunteers publish");
    let new = "/beheer/centra/de-haven-zwolle/nieuw";
    let vera = member_of(&app, "Vera", "de-haven-zwolle", "vrijwilliger").await;
    let (status, editor) = get_as(&app, &vera, new).await;
    assert_eq!(status, 200);
    assert!(
        !editor.contains("Herstelgroep Stemmen horen"),
        "no internal names of groups"
    );
    let mut form = meeting_form(&g, "groepsbijeenkomst");
    form.push(("aanmelden".into(), "ja".into()));
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let refused = app.post_form_with(&vera, new, &pairs).await;
    assert_eq!(refused.status(), 422, "a group she cannot choose");
    assert_eq!(
        scalar(&app, "SELECT COUNT(*) FROM activities WHERE group_id IS NOT NULL").await,
        0
    );

    // The coordinator links a meeting (no sign-up) with Fenna, a volunteer, as its facilitator.
    let fenna_id = account_id(&app, "Fenna").await.to_string();
    let mut form = meeting_form(&g, "groepsbijeenkomst");
    form.push(("begeleiders[]".into(), fenna_id.clone()));
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(app.post_form_with(&coordinator, new, &pairs).await.status(), 303);
    let meeting = scalar(&app, &format!("SELECT id FROM activities WHERE group_id = {group}")).await;
    // Fenna edits it and tries to unlink it and open its sign-up: the rest is saved, those stay.
    let mut form = meeting_form("", "groepsbijeenkomst");
    form[0].1 = "update_activity".into();
    form.push(("id".into(), meeting.to_string()));
    form.push(("aanmelden".into(), "ja".into()));
    form.push(("titel".into(), "Bijeenkomst, nieuwe titel".into()));
    form.retain(|(k, v)| k != "titel" || v != "Bijeenkomst Stemmen horen");
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let edit = format!("/beheer/activiteiten/{meeting}/bewerken");
    let (status, editor) = get_as(&app, &fenna, &edit).await;
    assert_eq!(status, 200);
    assert!(!editor.contains("Herstelgroep Stemmen horen"));
    assert_eq!(app.post_form_with(&fenna, &edit, &pairs).await.status(), 303);
    let kept = format!("SELECT COUNT(*) FROM activities WHERE id = {meeting} AND group_id = {group}");
    assert_eq!(scalar(&app, &kept).await, 1, "still the group's meeting");
    let closed = format!("SELECT COUNT(*) FROM activities WHERE id = {meeting} AND signup_required = 0");
    assert_eq!(scalar(&app, &closed).await, 1, "still without a sign-up");
    let renamed =
        format!("SELECT COUNT(*) FROM activities WHERE id = {meeting} AND title = 'Bijeenkomst, nieuwe titel'");
    assert_eq!(scalar(&app, &renamed).await, 1, "the rest is saved");

    // The coordinator makes herself a facilitator: written down.
    let coco_id = account_id(&app, "Coco").await.to_string();
    let saved = app
        .post_form_with(
            &coordinator,
            PAGE,
            &[
                ("actie", "save_group"),
                ("id", &g),
                ("centrum", "de-haven-zwolle"),
                ("naam", "Herstelgroep Stemmen horen"),
                ("publieke_naam", "Donderdaggroep"),
                ("afspraken", "Wat hier gezegd wordt, blijft hier."),
                ("soort", "gesloten"),
                ("zichtbaar", "ja"),
                ("begeleiders[]", &fenna_id),
                ("begeleiders[]", &coco_id),
            ],
        )
        .await;
    assert_eq!(saved.status(), 303);
    let logged = format!(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'became-facilitator' AND subject = 'group:{group}' AND account_id = {coco_id}"
    );
    assert_eq!(scalar(&app, &logged).await, 1);
}

async fn meetings_are_for_the_group_and_facilitators_register_who_came(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let (group, [coordinator, fenna, ann, bo]) = group_with_members(&app).await;
    let g = group.to_string();
    let new = "/beheer/centra/de-haven-zwolle/nieuw";

    // Only a groepsbijeenkomst belongs to a group.
    let wrong = meeting_form(&g, "activiteit");
    let wrong: Vec<(&str, &str)> = wrong.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let refused = app.post_form_with(&coordinator, new, &wrong).await;
    assert_eq!(refused.status(), 422);
    assert!(refused
        .text()
        .await
        .expect("body")
        .contains("Alleen een groepsbijeenkomst hoort bij een groep."));
    let form = meeting_form(&g, "groepsbijeenkomst");
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let created = app.post_form_with(&coordinator, new, &form).await;
    assert_eq!(created.status(), 303);
    let activity = scalar(&app, &format!("SELECT id FROM activities WHERE group_id = {group}")).await;
    assert_eq!(
        scalar(
            &app,
            &format!("SELECT COUNT(*) FROM occurrences WHERE activity_id = {activity}")
        )
        .await,
        10
    );

    // Not in the public agenda, the centre's feed or the activity's page for outsiders.
    let day = common::pinned_today() + chrono::Duration::days(7);
    let (_, agenda) = get_as(&app, &new_client(), &format!("/activiteiten?weergave=week&datum={day}")).await;
    assert!(!agenda.contains("Bijeenkomst Stemmen horen"));
    let (_, feed) = get_as(&app, &new_client(), "/centra/de-haven-zwolle/agenda.ics").await;
    assert!(!feed.contains("Stemmen horen"));
    let cas = new_client();
    register_ok(&app, &cas, "Cas").await;
    let activity_page = format!("/activiteiten/{activity}");
    for client in [&new_client(), &cas] {
        assert_eq!(get_as(&app, client, &activity_page).await.0, 404);
        assert_eq!(
            get_as(&app, client, &format!("{activity_page}/agenda.ics")).await.0,
            404
        );
        assert_eq!(
            get_as(&app, client, &format!("/groepen/{group}/agenda.ics")).await.0,
            404
        );
    }

    // Members see it on its page, the group's page, mijn week and the group's calendar.
    assert_eq!(get_as(&app, &ann, &activity_page).await.0, 200);
    let (_, page) = get_as(&app, &ann, &format!("/groepen/{group}")).await;
    assert!(page.contains("Volgende bijeenkomsten") && page.contains("Bijeenkomst Stemmen horen"));
    let (_, week) = get_as(&app, &ann, "/mijn-week").await;
    assert!(week.contains("Bijeenkomsten van mijn groepen") && week.contains("Bijeenkomst Stemmen horen"));
    let (status, feed) = get_as(&app, &bo, &format!("/groepen/{group}/agenda.ics")).await;
    assert_eq!(status, 200);
    assert_eq!(feed.matches("BEGIN:VEVENT").count(), 10);

    // The first meeting took place: Fenna registers who came (Ann by name, four in all).
    let first = scalar(
        &app,
        &format!("SELECT MIN(id) FROM occurrences WHERE activity_id = {activity}"),
    )
    .await;
    let now = common::pinned_now().timestamp();
    sqlx::query("UPDATE occurrences SET starts_at = $1, ends_at = $2 WHERE id = $3")
        .bind(now - 7200)
        .bind(now - 1800)
        .bind(first)
        .execute(&app.state.db.pool)
        .await
        .expect("past");
    let ann_id = account_id(&app, "Ann").await.to_string();
    let cas_id = account_id(&app, "Cas").await.to_string();
    let first_s = first.to_string();
    let register = |who: &str, count: &str| -> Vec<(String, String)> {
        vec![
            ("actie".into(), "record_attendance".into()),
            ("groep".into(), g.clone()),
            ("datum".into(), first_s.clone()),
            ("aanwezig[]".into(), who.to_owned()),
            ("aantal".into(), count.to_owned()),
        ]
    };
    assert_eq!(
        status_of(&app, &ann, group, register(&ann_id, "4")).await,
        403,
        "members do not register"
    );
    assert_eq!(
        status_of(&app, &fenna, group, register(&cas_id, "4")).await,
        422,
        "Cas is no member"
    );
    assert_eq!(
        status_of(&app, &fenna, group, register(&ann_id, "0")).await,
        422,
        "fewer than named"
    );
    assert_eq!(status_of(&app, &fenna, group, register(&ann_id, "501")).await, 422);
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM meeting_attendance").await, 0);
    assert_eq!(status_of(&app, &fenna, group, register(&ann_id, "4")).await, 303);
    assert_eq!(scalar(&app, "SELECT head_count FROM meeting_attendance").await, 4);
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM meeting_attendees").await, 1);
    // A coming meeting has no attendance yet.
    let second = scalar(
        &app,
        &format!("SELECT MAX(id) FROM occurrences WHERE activity_id = {activity}"),
    )
    .await;
    let mut later = register(&ann_id, "2");
    later[2].1 = second.to_string();
    assert_eq!(status_of(&app, &fenna, group, later).await, 404);
    let (_, page) = get_as(&app, &fenna, &format!("/groepen/{group}")).await;
    assert!(page.contains("4 aanwezig"));
    let (_, page) = get_as(&app, &fenna, &format!("/groepen/{group}?aanwezig={first}")).await;
    assert!(page.contains("Wie waren er op"));

    // Ann's data holds her membership, her post and the meeting she came to; deleting her
    // account removes all of it.
    let sent = post(
        &app,
        &ann,
        group,
        &[("actie", "post_to_board"), ("groep", &g), ("tekst", "Tot dinsdag!")],
    )
    .await;
    assert_eq!(sent.status(), 303);
    let data = common::my_data(&app, &ann).await;
    assert_eq!(data["groups"][0]["group"], "Herstelgroep Stemmen horen");
    assert_eq!(data["posts"][0]["text"], "Tot dinsdag!");
    assert_eq!(data["attended"].as_array().map(Vec::len), Some(1));
    let deleted = app
        .post_form_with(
            &ann,
            "/mijn-account/verwijderen",
            &[("actie", "delete_account"), ("huidig_wachtwoord", common::PASSWORD)],
        )
        .await;
    assert_eq!(deleted.status(), 303);
    for table in ["group_members", "group_posts", "meeting_attendees"] {
        assert_eq!(
            scalar(
                &app,
                &format!(
                    "SELECT COUNT(*) FROM {table} WHERE {} = {ann_id}",
                    if table == "group_posts" {
                        "author_id"
                    } else {
                        "account_id"
                    }
                )
            )
            .await,
            0,
            "{table}"
        );
    }
    assert_eq!(
        scalar(&app, "SELECT head_count FROM meeting_attendance").await,
        4,
        "the count stays"
    );
}

/// The screens of those who run a group: no "ask to join" on their own group, a saved meeting
/// does not claim to be in the agenda, and "Wat ik begeleid" leads to "Wie waren er?" once a
/// meeting has begun.
async fn those_who_run_a_group_see_their_own_screens(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let (group, [coordinator, fenna, ann, _]) = group_with_members(&app).await;
    let (_, page) = get_as(&app, &fenna, &format!("/groepen/{group}")).await;
    assert!(page.contains("Jij begeleidt deze groep."), "{page}");
    assert!(
        !page.contains("value=\"join_group\"") && !page.contains("Vraag of ik mee mag doen"),
        "{page}"
    );
    let (_, page) = get_as(&app, &ann, &format!("/groepen/{group}")).await;
    assert!(!page.contains("Jij begeleidt deze groep."));

    let form = meeting_form(&group.to_string(), "groepsbijeenkomst");
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let created = app
        .post_form_with(&coordinator, "/beheer/centra/de-haven-zwolle/nieuw", &form)
        .await;
    assert_eq!(created.status(), 303);
    let location = created.headers()["location"].to_str().expect("location").to_owned();
    let (_, made) = get_as(&app, &coordinator, &location).await;
    assert!(made.contains("Hij staat niet in de openbare agenda"), "{made}");
    assert!(!made.contains("De activiteit staat in de agenda."), "{made}");

    // The first meeting began half an hour ago.
    let activity = scalar(&app, &format!("SELECT id FROM activities WHERE group_id = {group}")).await;
    let first = scalar(
        &app,
        &format!("SELECT MIN(id) FROM occurrences WHERE activity_id = {activity}"),
    )
    .await;
    let now = common::pinned_now().timestamp();
    sqlx::query("UPDATE occurrences SET starts_at = $2, ends_at = $3 WHERE id = $1")
        .bind(first)
        .bind(now - 1800)
        .bind(now + 3600)
        .execute(&app.state.db.pool)
        .await
        .expect("move");
    let link = format!("/groepen/{group}?aanwezig={first}#aanwezigheid");
    let (_, week) = get_as(&app, &fenna, "/mijn-week").await;
    assert!(
        week.contains(&link.replace('&', "&amp;")) || week.contains(&link),
        "{week}"
    );
    assert!(week.contains("Wie waren er?"), "{week}");
    let (_, week) = get_as(&app, &ann, "/mijn-week").await;
    assert!(
        !week.contains("aanwezig="),
        "a member does not write down who came: {week}"
    );
    assert!(
        week.contains("Bijeenkomst Stemmen horen"),
        "the member still sees the meeting: {week}"
    );
    let (status, attendance) = get_as(&app, &fenna, &link).await;
    assert_eq!(status, 200);
    assert!(attendance.contains("Wie waren er op"), "{attendance}");
}

both_backends!(
    those_who_run_a_group_see_their_own_screens,
    only_coordinators_link_meetings_to_groups,
    the_board_is_for_the_group_and_facilitators_moderate_it,
    joining_and_proposals_are_answered_by_mail,
    meetings_are_for_the_group_and_facilitators_register_who_came,
);
