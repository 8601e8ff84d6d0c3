//! Who came to a date, through the real server on SQLite and PostgreSQL: its facilitator and the
//! centre's coordinators enter the head count once the date has begun, ticking signed-up people,
//! the count defaults to the ticked names, and nobody else sees or changes it.

use crate::common;

use common::{activity_id, first_coming_date, get_as, member_of, scalar, sign_up_first_date, Backend, TestApp};

async fn facilitators_enter_how_many_came(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let cooking = activity_id(&app, "Samen koken en eten").await;
    let date = first_coming_date(&app, cooking).await;
    let page = format!("/beheer/data/{date}/wie-waren-er");
    let fien = member_of(&app, "Fien", "de-haven-zwolle", "vrijwilliger").await;
    common::make_facilitator(&app, cooking, fien.account_id().await).await;
    let ada = app.person("Ada").await;
    let bram = app.person("Bram").await;
    for person in [&ada, &bram] {
        assert_eq!(sign_up_first_date(&app, person, cooking).await.status(), 303);
    }

    // Before the date begins there is nothing to fill in, and a post changes nothing.
    let (status, html) = get_as(&app, &fien, &page).await;
    assert_eq!(status, 200);
    assert!(html.contains("zodra de activiteit is begonnen"));
    let early = fien
        .post_form(
            &page,
            &[
                ("actie", "record_head_count"),
                ("datum", &date.to_string()),
                ("aantal", "3"),
            ],
        )
        .await;
    assert_eq!(early.status(), 404);
    assert_eq!(
        scalar(
            &app,
            &format!("SELECT COUNT(*) FROM date_attendance WHERE occurrence_id = {date}")
        )
        .await,
        0
    );

    // Once it has begun: the signed-up people to tick, and the count.
    let starts: i64 = scalar(&app, &format!("SELECT starts_at FROM occurrences WHERE id = {date}")).await;
    app.state
        .clock
        .set(chrono::DateTime::from_timestamp(starts + 600, 0).expect("moment"));
    let (_, week) = get_as(&app, &fien, "/mijn-week").await;
    assert!(week.contains(&format!("href=\"{page}\"")), "mijn week links to it");
    let list = format!("/beheer/aanmeldingen?activiteit={cooking}&datum={date}");
    let (_, html) = get_as(&app, &fien, &list).await;
    assert!(
        html.contains(&format!("href=\"{page}\"")),
        "the sign-up list offers who came"
    );
    let (_, html) = get_as(&app, &fien, &page).await;
    assert!(html.contains("Ada") && html.contains("Bram"));
    let ada_signup = scalar(
        &app,
        &format!("SELECT s.id FROM signups s JOIN accounts a ON a.id = s.account_id WHERE a.nickname = 'Ada' AND s.activity_id = {cooking}"),
    )
    .await
    .to_string();
    let fields = |aantal: &str| {
        vec![
            ("actie", "record_head_count".to_owned()),
            ("datum", date.to_string()),
            ("aanwezig[]", ada_signup.clone()),
            ("aantal", aantal.to_owned()),
        ]
    };
    async fn post(person: &common::Person, page: &str, fields: Vec<(&'static str, String)>) -> reqwest::Response {
        let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        person.post_form(page, &pairs).await
    }
    let answer = post(&fien, &page, fields("")).await;
    assert_eq!(answer.status(), 303);
    assert_eq!(answer.headers()["location"], format!("{page}?opgeslagen=1"));
    let count = format!("SELECT head_count FROM date_attendance WHERE occurrence_id = {date}");
    assert_eq!(scalar(&app, &count).await, 1, "empty: as many as were ticked");
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM date_attendees").await, 1);
    // Ada finds it in her own data; Bram, who was not ticked, does not.
    let attended = |data: serde_json::Value| data["attended"].as_array().map(Vec::len).unwrap_or_default();
    assert_eq!(attended(common::my_data(&app, &ada).await), 1);
    assert_eq!(attended(common::my_data(&app, &bram).await), 0);
    // Walk-ins on top, changed afterwards.
    assert_eq!(post(&fien, &page, fields("6")).await.status(), 303);
    assert_eq!(scalar(&app, &count).await, 6);
    let (_, html) = get_as(&app, &fien, &format!("{page}?opgeslagen=1")).await;
    assert!(html.contains("Opgeslagen: 6 mensen"));

    // Bad input: a message, nothing changed; an empty form is no answer.
    let empty = fien
        .post_form(
            &page,
            &[
                ("actie", "record_head_count"),
                ("datum", &date.to_string()),
                ("aantal", ""),
            ],
        )
        .await;
    assert_eq!(empty.status(), 422);
    assert!(empty.text().await.expect("body").contains("Vul dit in"));
    for (aantal, message) in [("501", "van 0 tot en met 500"), ("0", "kleiner dan het aantal namen")] {
        let answer = post(&fien, &page, fields(aantal)).await;
        assert_eq!(answer.status(), 422);
        assert!(answer.text().await.expect("body").contains(message), "{message}");
    }
    assert_eq!(scalar(&app, &count).await, 6);

    // A participant cannot see or change it; the centre's coordinator can.
    let (status, _) = get_as(&app, &ada, &page).await;
    assert_eq!(status, 403);
    let refused = ada
        .post_form(
            &page,
            &[
                ("actie", "record_head_count"),
                ("datum", &date.to_string()),
                ("aantal", "1"),
            ],
        )
        .await;
    assert_eq!(refused.status(), 403);
    assert_eq!(scalar(&app, &count).await, 6);
    let coco = member_of(&app, "Coco", "de-haven-zwolle", "coordinator").await;
    let answer = coco
        .post_form(
            &page,
            &[
                ("actie", "record_head_count"),
                ("datum", &date.to_string()),
                ("aantal", "7"),
            ],
        )
        .await;
    assert_eq!(answer.status(), 303);
    assert_eq!(scalar(&app, &count).await, 7);
    assert_eq!(
        scalar(&app, "SELECT COUNT(*) FROM date_attendees").await,
        0,
        "the coordinator ticked nobody"
    );
}

/// Enrols a member (or, with `guest`, a new guest of that name) in the whole course; returns the
/// sign-up's id and, for a guest, the path of their personal page.
async fn enrol(app: &TestApp, client: &reqwest::Client, course: i64, guest: Option<&str>) -> (i64, String) {
    let course_s = course.to_string();
    let mut fields = vec![("actie", "sign_up"), ("activiteit", course_s.as_str()), ("datum", "0")];
    if let Some(name) = guest {
        fields.extend([("bijnaam", name), ("email", ""), ("telefoon", "")]);
    }
    let answer = app
        .post_form_with(client, &format!("/activiteiten/{course}"), &fields)
        .await;
    assert_eq!(answer.status(), 303);
    let location = answer.headers()["location"].to_str().expect("location").to_owned();
    let id = scalar(
        app,
        &format!("SELECT MAX(id) FROM signups WHERE activity_id = {course}"),
    )
    .await;
    (id, if guest.is_some() { location } else { String::new() })
}

async fn course_attendance_is_for_the_course_and_the_participant(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let course = activity_id(&app, "WRAP: werken aan je herstel").await;
    let session = first_coming_date(&app, course).await;
    let page = format!("/beheer/data/{session}/wie-waren-er");
    let list = format!("/beheer/aanmeldingen?activiteit={course}");
    let fien = member_of(&app, "Fien", "de-haven-zwolle", "vrijwilliger").await;
    common::make_facilitator(&app, course, fien.account_id().await).await;
    let ada = app.person("Ada").await;
    let bram = app.person("Bram").await;
    let (ada_signup, _) = enrol(&app, &ada, course, None).await;
    let (_bram_signup, _) = enrol(&app, &bram, course, None).await;
    let gijs = common::new_client();
    let (gijs_signup, gijs_page) = enrol(&app, &gijs, course, Some("Gijs")).await;

    // The session is over: mijn week asks its facilitator how many came.
    let ends: i64 = scalar(&app, &format!("SELECT ends_at FROM occurrences WHERE id = {session}")).await;
    app.state
        .clock
        .set(chrono::DateTime::from_timestamp(ends + 3600, 0).expect("moment"));
    let (_, week) = get_as(&app, &fien, "/mijn-week").await;
    assert!(week.contains("Nog invullen") && week.contains(&format!("href=\"{page}\"")));
    let (_, html) = get_as(&app, &fien, &list).await;
    assert!(html.contains("Wie kwam er?") && html.contains("nog niet ingevuld"));
    assert!(
        html.contains(&format!("href=\"{page}\"")),
        "the register links to the session"
    );

    // She ticks Ada and the guest Gijs, not Bram.
    let (_, form) = get_as(&app, &fien, &page).await;
    assert!(form.contains("Ada") && form.contains("Bram") && form.contains("Gijs"));
    let answer = fien
        .post_form(
            &page,
            &[
                ("actie", "record_head_count"),
                ("datum", &session.to_string()),
                ("aanwezig[]", &ada_signup.to_string()),
                ("aanwezig[]", &gijs_signup.to_string()),
                ("aantal", ""),
            ],
        )
        .await;
    assert_eq!(answer.status(), 303);
    let (_, html) = get_as(&app, &fien, &list).await;
    assert!(html.contains("2 mensen"), "the register shows the count");
    // Sessions so far with a count: this one and those the demo filled in.
    let counted = scalar(
        &app,
        &format!("SELECT COUNT(*) FROM date_attendance d JOIN occurrences o ON o.id = d.occurrence_id WHERE o.activity_id = {course}"),
    )
    .await;
    assert!(counted >= 1);
    assert_eq!(
        html.matches(&format!("was er 1 van de {counted} keer")).count(),
        2,
        "Ada and Gijs"
    );
    assert_eq!(
        html.matches(&format!("was er 0 van de {counted} keer")).count(),
        1,
        "Bram"
    );
    let (_, week) = get_as(&app, &fien, "/mijn-week").await;
    assert!(
        !week.contains(&format!("href=\"{page}\"")),
        "filled in: no longer asked"
    );

    // Each participant sees their own attendance, and only their own.
    let (_, week) = get_as(&app, &ada, "/mijn-week").await;
    assert!(week.contains("Je was erbij op:"), "Ada sees she was there");
    let (_, week) = get_as(&app, &bram, "/mijn-week").await;
    assert!(!week.contains("Je was erbij op:"), "Bram was not ticked");
    let (_, own) = get_as(&app, &gijs, &gijs_page).await;
    assert!(
        own.contains("Je was erbij op:"),
        "the guest sees it on their sign-up page"
    );
    for path in [&list, &page] {
        let (status, html) = get_as(&app, &bram, path).await;
        assert_eq!(status, 403, "{path}");
        assert!(!html.contains("Gijs"), "no names for another participant");
    }

    // A guest's name goes with the retention period; the tick and the count stay.
    sqlx::query("UPDATE signups SET nickname = '' WHERE id = $1")
        .bind(gijs_signup)
        .execute(&app.state.db.pool)
        .await
        .expect("anonymise");
    let (_, html) = get_as(&app, &fien, &list).await;
    assert!(html.contains("2 mensen") && !html.contains("Gijs"));
}

both_backends!(
    facilitators_enter_how_many_came,
    course_attendance_is_for_the_course_and_the_participant
);
