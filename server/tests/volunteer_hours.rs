//! Volunteer hours through the real server on SQLite and PostgreSQL: the dates a volunteer ran
//! count by themselves (once, also when pages are opened at the same instant), hours written
//! down with "Ik heb geholpen", correcting and taking away one's own lines, the coordinators'
//! overview, the export, and what stays when an account is deleted.

use crate::common;

use common::{
    activity_id, burst, count_status, first_coming_date, get_as, member_of, scalar, Backend, BurstRequest, TestApp,
};

const HOURS: &str = "/mijn-uren";
const OVERVIEW: &str = "/beheer/centra/de-haven-zwolle/uren";

async fn cookie_of(app: &TestApp, nickname: &str) -> String {
    let response = app
        .post_form_with(
            &common::new_client(),
            "/inloggen",
            &[
                ("actie", "log_in"),
                ("bijnaam", nickname),
                ("wachtwoord", common::PASSWORD),
            ],
        )
        .await;
    let cookie = common::set_cookie(&response, "kring_sessie").expect("a session cookie");
    cookie.split(';').next().expect("name=value").to_owned()
}

async fn volunteers_keep_their_hours(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let cooking = activity_id(&app, "Samen koken en eten").await;
    let date = first_coming_date(&app, cooking).await;
    let fien = member_of(&app, "Fien", "de-haven-zwolle", "vrijwilliger").await;
    let fien_id = fien.account_id().await;
    common::make_facilitator(&app, cooking, fien_id).await;
    let mine = format!("SELECT COUNT(*) FROM volunteer_hours WHERE account_id = {fien_id} AND removed = 0");
    let of_date =
        format!("SELECT COUNT(*) FROM volunteer_hours WHERE account_id = {fien_id} AND occurrence_id = {date}");

    // Before the date is over it is not counted; after, it is — once, also when her page is
    // opened twenty times at the same instant.
    let (status, _) = get_as(&app, &fien, HOURS).await;
    assert_eq!(status, 200);
    assert_eq!(scalar(&app, &of_date).await, 0);
    let ends: i64 = scalar(&app, &format!("SELECT ends_at FROM occurrences WHERE id = {date}")).await;
    app.state
        .clock
        .set(chrono::DateTime::from_timestamp(ends + 60, 0).expect("moment"));
    let cookie = cookie_of(&app, "Fien").await;
    let answers = burst(
        &app,
        (0..20)
            .map(|_| BurstRequest::page(HOURS).with_cookie(&cookie))
            .collect(),
    )
    .await;
    assert_eq!(count_status(&answers, 200), 20);
    assert_eq!(scalar(&app, &of_date).await, 1, "recorded once");
    let minutes =
        format!("SELECT minutes FROM volunteer_hours WHERE account_id = {fien_id} AND occurrence_id = {date}");
    assert_eq!(scalar(&app, &minutes).await, 150, "the date's length");
    let (_, html) = get_as(&app, &fien, HOURS).await;
    assert!(html.contains("Begeleid") && html.contains("Samen koken en eten") && html.contains("2,5 uur"));

    // "Ik heb geholpen", without JavaScript: a task of the centre, then her own words.
    let bar = scalar(
        &app,
        "SELECT id FROM volunteer_tasks WHERE title = 'Bardienst bij de inloop'",
    )
    .await;
    let yesterday = (app.today() - chrono::Duration::days(1)).format("%Y-%m-%d").to_string();
    let add = |uren: &'static str, taak: String, wat: &'static str, dag: String| {
        let fien = &fien;
        async move {
            fien.post_form(
                HOURS,
                &[
                    ("actie", "add_hours"),
                    ("centrum", ""),
                    ("dag", &dag),
                    ("uren", uren),
                    ("taak", &taak),
                    ("wat", wat),
                ],
            )
            .await
        }
    };
    let before = scalar(&app, &mine).await;
    let answer = add("1,5", bar.to_string(), "", yesterday.clone()).await;
    assert_eq!(answer.status(), 303);
    assert_eq!(answer.headers()["location"], "/mijn-uren?opgeslagen=1");
    assert_eq!(
        add("0:45", String::new(), "Folders rondbrengen", yesterday.clone())
            .await
            .status(),
        303
    );
    assert_eq!(scalar(&app, &mine).await, before + 2);
    let (_, html) = get_as(&app, &fien, "/mijn-uren?opgeslagen=1").await;
    assert!(
        html.contains("Dank je wel voor je hulp") && html.contains("Folders rondbrengen") && html.contains("45 min")
    );

    // Bad input: a message in her language at the field, nothing saved.
    let tomorrow = (app.today() + chrono::Duration::days(1)).format("%Y-%m-%d").to_string();
    for (uren, taak, dag, message) in [
        (
            "veel",
            bar.to_string(),
            yesterday.clone(),
            "Schrijf het aantal uren als een getal",
        ),
        ("30", bar.to_string(), yesterday.clone(), "hoogstens 24 uur"),
        ("2", bar.to_string(), tomorrow, "Deze dag is nog niet geweest"),
        ("2", String::new(), yesterday.clone(), "Kies wat je hebt gedaan"),
        (
            "2",
            "999999".to_owned(),
            yesterday.clone(),
            "Kies een van de mogelijkheden",
        ),
    ] {
        let answer = add(uren, taak, "", dag).await;
        assert_eq!(answer.status(), 422, "{message}");
        assert!(answer.text().await.expect("body").contains(message), "{message}");
    }
    assert_eq!(scalar(&app, &mine).await, before + 2);

    // She corrects a line of her own; nobody else can.
    let bar_line = scalar(
        &app,
        &format!("SELECT id FROM volunteer_hours WHERE account_id = {fien_id} AND task_id = {bar}"),
    )
    .await
    .to_string();
    let change = |uren: &'static str| vec![("actie", "change_hours"), ("id", bar_line.as_str()), ("uren", uren)];
    assert_eq!(fien.post_form(HOURS, &change("2")).await.status(), 303);
    let bar_minutes = format!("SELECT minutes FROM volunteer_hours WHERE id = {bar_line}");
    assert_eq!(scalar(&app, &bar_minutes).await, 120);
    let refused = fien.post_form(HOURS, &change("0")).await;
    assert_eq!(refused.status(), 422);
    assert!(refused.text().await.expect("body").contains("minstens een kwartier"));
    let gert = member_of(&app, "Gert", "de-haven-zwolle", "vrijwilliger").await;
    assert_eq!(gert.post_form(HOURS, &change("9")).await.status(), 404, "not his line");
    let remove_bar = [("actie", "remove_hours"), ("id", bar_line.as_str())];
    assert_eq!(gert.post_form(HOURS, &remove_bar).await.status(), 404);
    let coco = member_of(&app, "Coco", "de-haven-zwolle", "coordinator").await;
    assert_eq!(coco.post_form(HOURS, &change("9")).await.status(), 403);
    assert_eq!(scalar(&app, &bar_minutes).await, 120);

    // The date she did not run after all: taken away, and it does not come back.
    let date_line = scalar(
        &app,
        &format!("SELECT id FROM volunteer_hours WHERE account_id = {fien_id} AND occurrence_id = {date}"),
    )
    .await
    .to_string();
    let answer = fien
        .post_form(HOURS, &[("actie", "remove_hours"), ("id", &date_line)])
        .await;
    assert_eq!(answer.status(), 303);
    let (_, html) = get_as(&app, &fien, "/mijn-uren?weg=1").await;
    assert!(html.contains("Weggehaald"));
    assert_eq!(scalar(&app, &of_date).await, 1, "kept as removed");
    assert_eq!(
        scalar(
            &app,
            &format!("SELECT removed FROM volunteer_hours WHERE id = {date_line}")
        )
        .await,
        1
    );

    // The coordinator sees each volunteer and the total; a volunteer does not see the overview.
    let (status, html) = get_as(&app, &coco, OVERVIEW).await;
    assert_eq!(status, 200);
    assert!(html.contains("Fien") && html.contains("Sanne") && html.contains("Totaal"));
    assert!(html.contains("2 uur 45 min"), "Fien's written hours: 2 h + 45 min");
    let (status, _) = get_as(&app, &fien, OVERVIEW).await;
    assert_eq!(status, 403);

    // Her hours are in her download; when her account goes, the hours stay without her.
    let data = common::my_data(&app, &fien).await;
    let exported = data["hours"].as_array().map(Vec::len).unwrap_or_default();
    assert_eq!(i64::try_from(exported).expect("len"), scalar(&app, &mine).await);
    app::ssr::db::accounts::delete(&app.state.db, fien_id)
        .await
        .expect("delete");
    assert_eq!(
        scalar(&app, "SELECT COUNT(*) FROM volunteer_hours WHERE account_id IS NULL AND task_id IS NULL AND facilitated = 0 AND what <> ''").await,
        0,
        "her own words went with her"
    );
    let (_, html) = get_as(&app, &coco, OVERVIEW).await;
    assert!(html.contains("(account verwijderd)") && !html.contains("Fien"));
}

both_backends!(volunteers_keep_their_hours);
