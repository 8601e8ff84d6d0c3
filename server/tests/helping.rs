//! Giving as well as receiving, through the real server on SQLite and PostgreSQL: volunteer
//! tasks reach the members whose talents fit (and only of their own centres), offers to help
//! reach the coordinators, and contact requests reach only members who chose to be findable,
//! reveal no contact details, and can be accepted or quietly set aside.

use crate::common;

use common::{
    account_id, burst, count_status, get_as, member_of, new_client, register_ok, save_profile, scalar, Backend,
    BurstRequest, TestApp, PASSWORD,
};

/// The part of a page inside the section with this heading id.
fn section(html: &str, id: &str) -> String {
    html.split(&format!("id=\"{id}\""))
        .nth(1)
        .and_then(|rest| rest.split("</section>").next())
        .unwrap_or_default()
        .to_owned()
}

async fn tasks_reach_helpers_whose_talents_fit(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let coordinator = member_of(&app, "Coco", "de-haven-zwolle", "coordinator").await;
    let page = "/beheer/centra/de-haven-zwolle/taken";
    let (status, html) = get_as(&app, &coordinator, page).await;
    assert_eq!(status, 200);
    assert!(html.contains("Bardienst bij de inloop") && !html.contains("Moestuin bijhouden"));
    let before = scalar(&app, "SELECT COUNT(*) FROM volunteer_tasks").await;

    // Bad input: a message per field, nothing stored.
    let bad = app
        .post_form_with(
            &coordinator,
            page,
            &[
                ("actie", "save_task"),
                ("centrum", "de-haven-zwolle"),
                ("titel", " "),
                ("omschrijving", "<script>alert(1)</script>"),
                ("wanneer", &"x".repeat(81)),
                ("talenten[]", "diagnose"),
            ],
        )
        .await;
    assert_eq!(bad.status(), 422);
    let html = bad.text().await.expect("body");
    for message in [
        "Vul dit in",
        "Gebruik geen &lt; of &gt;",
        "Dit is te lang",
        "Kies een van de mogelijkheden",
    ] {
        assert!(html.contains(message), "{message}");
    }
    assert!(!html.contains("<script>alert"));
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM volunteer_tasks").await, before);

    let added = app
        .post_form_with(
            &coordinator,
            page,
            &[
                ("actie", "save_task"),
                ("centrum", "de-haven-zwolle"),
                ("titel", "Computerhulp op maandag"),
                ("wanneer", "maandagmiddag"),
                ("talenten[]", "computerhulp"),
            ],
        )
        .await;
    assert_eq!(added.status(), 303);
    let task = scalar(
        &app,
        "SELECT id FROM volunteer_tasks WHERE title = 'Computerhulp op maandag'",
    )
    .await;

    // Ann helps and knows computers; Bob knows computers but did not say he likes to help;
    // Cas gardens.
    let ann = new_client();
    register_ok(&app, &ann, "Ann").await;
    save_profile(&app, &ann, &[("helpen", "ja"), ("goed_in[]", "computerhulp")]).await;
    let bob = new_client();
    register_ok(&app, &bob, "Bob").await;
    save_profile(&app, &bob, &[("goed_in[]", "computerhulp")]).await;
    let cas = new_client();
    register_ok(&app, &cas, "Cas").await;
    save_profile(&app, &cas, &[("helpen", "ja"), ("taken[]", "klussen")]).await;

    let (_, home) = get_as(&app, &ann, "/").await;
    let tasks = section(&home, "helpen-kan");
    assert!(tasks.contains("Computerhulp op maandag") && tasks.contains("maandagmiddag"));
    assert!(
        !tasks.contains("Moestuin") && !tasks.contains("Bardienst"),
        "only what fits"
    );
    let (_, home) = get_as(&app, &bob, "/mijn-week").await;
    assert!(!home.contains("Hier kun je helpen"), "not for who does not help out");
    // Cas belongs to no centre yet: fitting tasks anywhere.
    let (_, home) = get_as(&app, &cas, "/").await;
    assert!(section(&home, "helpen-kan").contains("Moestuin bijhouden"));
    // Once Cas signs up for something at De Haven, De Haven is his centre.
    let cooking = common::activity_id(&app, "Samen koken en eten").await;
    let signed_up = common::sign_up_first_date(&app, &cas, cooking).await;
    assert_eq!(signed_up.status(), 303);
    let (_, home) = get_as(&app, &cas, "/").await;
    assert!(!home.contains("Moestuin bijhouden"), "a task of another centre");

    // Ann offers to help: the coordinator sees her name.
    let offered = app
        .post_form_with(&ann, "/", &[("actie", "offer_help"), ("taak", &task.to_string())])
        .await;
    assert_eq!(offered.status(), 303);
    assert_eq!(offered.headers()["location"], "/mijn/verzoeken?hulp=1");
    let again = app
        .post_form_with(&ann, "/", &[("actie", "offer_help"), ("taak", &task.to_string())])
        .await;
    assert_eq!(again.status(), 303, "offering twice is fine");
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM volunteer_task_offers").await, 1);
    let (_, html) = get_as(&app, &coordinator, page).await;
    assert!(html.contains("Wil graag helpen:") && html.contains("<li>Ann</li>"));
    let (_, mine) = get_as(&app, &ann, "/mijn/verzoeken").await;
    assert!(section(&mine, "ik-help").contains("Computerhulp op maandag"));
    let (_, home) = get_as(&app, &ann, "/").await;
    assert!(section(&home, "helpen-kan").contains("Je hebt laten weten dat je wilt helpen."));

    // A coordinator of another centre may not touch it.
    let other = member_of(&app, "Otto", "het-anker-deventer", "coordinator").await;
    let refused = app
        .post_form_with(
            &other,
            page,
            &[
                ("actie", "change_task"),
                ("id", &task.to_string()),
                ("wat", "verwijderen"),
            ],
        )
        .await;
    assert_eq!(refused.status(), 403);
    let (status, _) = get_as(&app, &other, page).await;
    assert_eq!(status, 403);

    // Closed: no longer suggested, and nobody can offer any more.
    let closed = app
        .post_form_with(
            &coordinator,
            page,
            &[("actie", "change_task"), ("id", &task.to_string()), ("wat", "sluiten")],
        )
        .await;
    assert_eq!(closed.status(), 303);
    let (_, home) = get_as(&app, &ann, "/").await;
    assert!(!home.contains("Computerhulp op maandag"));
    let late = app
        .post_form_with(&bob, "/", &[("actie", "offer_help"), ("taak", &task.to_string())])
        .await;
    assert_eq!(late.status(), 404);
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM volunteer_task_offers").await, 1);

    // Removing a task removes its talents and offers.
    let removed = app
        .post_form_with(
            &coordinator,
            page,
            &[
                ("actie", "change_task"),
                ("id", &task.to_string()),
                ("wat", "verwijderen"),
            ],
        )
        .await;
    assert_eq!(removed.status(), 303);
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM volunteer_task_offers").await, 0);
    assert_eq!(
        scalar(
            &app,
            &format!("SELECT COUNT(*) FROM volunteer_task_talents WHERE task_id = {task}")
        )
        .await,
        0
    );
}

async fn contact_requests_reach_only_findable_people(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // Tess offers computer help and is findable (her talents themselves are "only me"); Uma
    // offers it too but is not findable; Vic and Wim wish to learn it.
    let tess = new_client();
    register_ok(&app, &tess, "Tess").await;
    save_profile(
        &app,
        &tess,
        &[("naam", "Tess T."), ("bieden[]", "computerhulp"), ("vindbaar", "ja")],
    )
    .await;
    sqlx::query("UPDATE accounts SET email = 'tess@example.org' WHERE nickname = 'Tess'")
        .execute(&app.state.db.pool)
        .await
        .expect("email");
    let uma = new_client();
    register_ok(&app, &uma, "Uma").await;
    save_profile(&app, &uma, &[("bieden[]", "computerhulp")]).await;
    let vic = new_client();
    register_ok(&app, &vic, "Vic").await;
    save_profile(&app, &vic, &[("wensen_eigen", "Computerhulp")]).await;
    let (tess_id, uma_id) = (account_id(&app, "Tess").await, account_id(&app, "Uma").await);

    let (_, home) = get_as(&app, &vic, "/").await;
    let people = section(&home, "leren-van");
    assert!(people.contains("Tess T.") && people.contains("computerhulp"));
    assert!(!people.contains("Uma"), "not findable");
    // Being findable shows a name and a talent, not the profile.
    let (status, _) = get_as(&app, &vic, &format!("/profiel/{tess_id}")).await;
    assert_eq!(status, 404);
    let (status, _) = get_as(&app, &vic, &format!("/mijn/contact?aan={uma_id}&over=computerhulp")).await;
    assert_eq!(status, 404);
    let refused = app
        .post_form_with(
            &vic,
            "/mijn/contact",
            &[
                ("actie", "send_contact_request"),
                ("aan", &uma_id.to_string()),
                ("over", "computerhulp"),
            ],
        )
        .await;
    assert_eq!(refused.status(), 404);

    let path = format!("/mijn/contact?aan={tess_id}&over=computerhulp");
    let (status, page) = get_as(&app, &vic, &path).await;
    assert_eq!(status, 200);
    assert!(page.contains("Tess T. kan je helpen met: computerhulp"));
    for (message, expected) in [
        ("<img src=x onerror=alert(1)>", "Gebruik geen &lt; of &gt;"),
        (&"a".repeat(501) as &str, "Dit is te lang"),
    ] {
        let response = app
            .post_form_with(
                &vic,
                &path,
                &[
                    ("actie", "send_contact_request"),
                    ("aan", &tess_id.to_string()),
                    ("over", "computerhulp"),
                    ("bericht", message),
                ],
            )
            .await;
        assert_eq!(response.status(), 422);
        let html = response.text().await.expect("body");
        assert!(html.contains(expected) && !html.contains("<img src=x"), "{expected}");
    }
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM contact_requests").await, 0);

    let send = || async {
        app.post_form_with(
            &vic,
            &path,
            &[
                ("actie", "send_contact_request"),
                ("aan", &tess_id.to_string()),
                ("over", "computerhulp"),
                ("bericht", "Ik wil leren mailen met foto's."),
            ],
        )
        .await
    };
    assert_eq!(send().await.status(), 303);
    assert_eq!(send().await.status(), 303, "asking twice changes nothing");
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM contact_requests").await, 1);
    // Tess gets a mail that names Vic and the talent, never the message.
    let mail = app
        .wait_for_mail("tess@example.org", "Iemand wil graag contact met je")
        .await;
    assert!(mail.contains("Vic wil graag contact met je via Kring, over: computerhulp"));
    assert!(!mail.contains("mailen met foto"));
    let (_, home) = get_as(&app, &vic, "/").await;
    assert!(section(&home, "leren-van").contains("Je hebt een verzoek gestuurd."));

    // Tess sees it; Vic cannot answer his own request.
    let (_, home) = get_as(&app, &tess, "/").await;
    assert!(home.contains("Iemand wil graag contact met je."));
    let (_, mine) = get_as(&app, &tess, "/mijn/verzoeken").await;
    let to_me = section(&mine, "aan-mij");
    assert!(to_me.contains("Vic wil graag contact met je over: computerhulp") && to_me.contains("mailen met foto"));
    let request = scalar(&app, "SELECT id FROM contact_requests").await;
    let answer = |client: &reqwest::Client, what: &'static str, words: &'static str| {
        let client = client.clone();
        let app = &app;
        async move {
            app.post_form_with(
                &client,
                &format!("/mijn/verzoeken/{request}"),
                &[
                    ("actie", "answer_contact_request"),
                    ("id", &request.to_string()),
                    ("antwoord", what),
                    ("bericht", words),
                ],
            )
            .await
        }
    };
    assert_eq!(answer(&vic, "ja", "").await.status(), 404);
    assert_eq!(answer(&tess, "ja", "<b>hoi</b>").await.status(), 422);
    assert_eq!(
        scalar(&app, "SELECT COUNT(*) FROM contact_requests WHERE status = 'open'").await,
        1
    );
    let accepted = answer(&tess, "ja", "Ik ben dinsdag bij de inloop in De Haven.").await;
    assert_eq!(accepted.status(), 303);
    assert_eq!(answer(&tess, "nee", "").await.status(), 404, "answered once");
    let (_, mine) = get_as(&app, &vic, "/mijn/verzoeken").await;
    let from_me = section(&mine, "van-mij");
    assert!(from_me.contains("Aangenomen!") && from_me.contains("Ik ben dinsdag bij de inloop"));
    assert!(!mine.contains("tess@example.org"), "no contact details");

    // Wim asks too; Tess lets it be: Wim only ever sees "no answer yet".
    let wim = new_client();
    register_ok(&app, &wim, "Wim").await;
    save_profile(&app, &wim, &[("wensen[]", "computerhulp")]).await;
    let sent = app
        .post_form_with(
            &wim,
            &path,
            &[
                ("actie", "send_contact_request"),
                ("aan", &tess_id.to_string()),
                ("over", "computerhulp"),
            ],
        )
        .await;
    assert_eq!(sent.status(), 303);
    let wims = scalar(
        &app,
        "SELECT r.id FROM contact_requests r JOIN accounts a ON a.id = r.from_account WHERE a.nickname = 'Wim'",
    )
    .await;
    let ignored = app
        .post_form_with(
            &tess,
            &format!("/mijn/verzoeken/{wims}"),
            &[
                ("actie", "answer_contact_request"),
                ("id", &wims.to_string()),
                ("antwoord", "nee"),
            ],
        )
        .await;
    assert_eq!(ignored.status(), 303);
    let (_, mine) = get_as(&app, &wim, "/mijn/verzoeken").await;
    assert!(section(&mine, "van-mij").contains("Nog geen antwoord."));
    assert!(!mine.contains("genegeerd") && !mine.contains("rust"));
    let (_, mine) = get_as(&app, &tess, "/mijn/verzoeken").await;
    assert!(!mine.contains("Wim"), "set aside, out of sight");

    // In "download my data", and gone with the account.
    let data = common::my_data(&app, &vic).await;
    assert!(data["contact_requests"].to_string().contains("mailen met foto"));
    let deleted = app
        .post_form_with(
            &vic,
            "/mijn-account/verwijderen",
            &[("actie", "delete_account"), ("huidig_wachtwoord", PASSWORD)],
        )
        .await;
    assert_eq!(deleted.status(), 303);
    assert_eq!(
        scalar(&app, "SELECT COUNT(*) FROM contact_requests").await,
        1,
        "Wim's stays"
    );
}

/// Fifteen requests to fifteen people released at the same instant: ten go, five wait; a
/// withdrawn request still counted.
async fn requests_are_limited_per_day(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let vic = new_client();
    register_ok(&app, &vic, "Vic").await;
    save_profile(&app, &vic, &[("wensen[]", "koken")]).await;
    let mut cooks = Vec::new();
    for n in 0..16 {
        let cook = new_client();
        register_ok(&app, &cook, &format!("Kok {n}")).await;
        save_profile(&app, &cook, &[("bieden[]", "koken"), ("vindbaar", "ja")]).await;
        cooks.push(account_id(&app, &format!("Kok {n}")).await);
    }
    let cookie = vic_cookie(&app, &vic).await;
    let request = |to: i64| {
        BurstRequest::form(
            &format!("/mijn/contact?aan={to}&over=koken"),
            &[
                ("actie", "send_contact_request"),
                ("aan", &to.to_string()),
                ("over", "koken"),
            ],
        )
        .with_cookie(&cookie)
    };
    let answers = burst(&app, cooks[..15].iter().map(|to| request(*to)).collect()).await;
    let per_day = usize::try_from(app::domain::helping::REQUESTS_PER_DAY).expect("limit");
    assert_eq!(count_status(&answers, 303), per_day);
    assert_eq!(count_status(&answers, 429), 15 - per_day);
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM contact_requests").await, 10);
    // Withdrawn (the row goes), it still counted today.
    sqlx::query("DELETE FROM contact_requests WHERE id = (SELECT MIN(id) FROM contact_requests)")
        .execute(&app.state.db.pool)
        .await
        .expect("withdraw");
    let again = burst(&app, vec![request(cooks[15])]).await;
    assert_eq!(again[0].status, 429);
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM contact_requests").await, 9);
}

/// The session cookie a logged-in client sends (for requests made outside it).
async fn vic_cookie(app: &TestApp, client: &reqwest::Client) -> String {
    let response = app
        .post_form_with(
            client,
            "/inloggen",
            &[("actie", "log_in"), ("bijnaam", "Vic"), ("wachtwoord", PASSWORD)],
        )
        .await;
    let cookie = common::set_cookie(&response, "kring_sessie").expect("a session cookie");
    cookie.split(';').next().expect("name=value").to_owned()
}

both_backends!(
    tasks_reach_helpers_whose_talents_fit,
    contact_requests_reach_only_findable_people,
    requests_are_limited_per_day,
);
