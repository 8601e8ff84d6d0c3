//! Publishing the programme through the real server, on SQLite and PostgreSQL: a coordinator sets
//! up activities, opening hours and closures with plain form posts; every rule gets a message and
//! saves nothing; volunteers publish only where the centre allows it and only their own.

use crate::common;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use common::{account_id, get_as, member_of, new_client, scalar, Backend, TestApp};
use sqlx::Row;

const SLUG: &str = "de-haven-zwolle";

fn today() -> NaiveDate {
    common::pinned_today()
}

/// The first `weekday` after today.
fn next(weekday: Weekday) -> NaiveDate {
    let mut day = today() + Duration::days(1);
    while day.weekday() != weekday {
        day += Duration::days(1);
    }
    day
}

/// A weekly activity on Tuesdays from next Tuesday, as the form sends it.
fn weekly_fields(title: &str) -> Vec<(String, String)> {
    [
        ("actie", "create_activity"),
        ("centrum", SLUG),
        ("soort", "activiteit"),
        ("titel", title),
        ("titel_leden", "Herstelgroep"),
        ("omschrijving", "Samen praten. Meer op https://example.org/info"),
        ("themas[]", "herstel"),
        ("themas[]", "ontmoeting"),
        ("plek", "centrum"),
        ("ruimte", "De huiskamer"),
        ("aanmelden", "ja"),
        ("plaatsen", "12"),
        ("begin", "10:00"),
        ("eind", "12:00"),
        ("herhaling", "wekelijks"),
        ("elke", "1"),
        ("dagen[]", "2"),
        ("einde", "nooit"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .chain([("datum".to_owned(), next(Weekday::Tue).to_string())])
    .collect()
}

/// The weekly form as an update of activity `id`, with `changes` instead of the fields they name.
fn series_update(id: i64, changes: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut fields = weekly_fields("Dinsdaggroep");
    fields.retain(|(k, _)| k != "actie" && !changes.iter().any(|(name, _)| name == k));
    fields.push(("actie".into(), "update_activity".into()));
    fields.push(("id".into(), id.to_string()));
    fields.extend(changes.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())));
    fields
}

async fn post(app: &TestApp, client: &reqwest::Client, path: &str, fields: &[(String, String)]) -> reqwest::Response {
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    app.post_form_with(client, path, &pairs).await
}

/// Creates the weekly activity; returns its id.
async fn publish(app: &TestApp, client: &reqwest::Client, title: &str) -> i64 {
    let response = post(
        app,
        client,
        &format!("/beheer/centra/{SLUG}/nieuw"),
        &weekly_fields(title),
    )
    .await;
    assert_eq!(response.status(), 303, "{}", response.text().await.unwrap_or_default());
    let location = response.headers()["location"].to_str().expect("location").to_owned();
    location
        .trim_start_matches("/beheer/activiteiten/")
        .trim_end_matches("?nieuw=1")
        .parse()
        .expect("id")
}

fn agenda_week(day: NaiveDate) -> String {
    format!("/activiteiten?weergave=week&datum={day}")
}

async fn a_coordinator_publishes_a_weekly_activity_that_the_agenda_shows(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let coordinator = member_of(&app, "Coco", SLUG, "coordinator").await;
    let id = publish(&app, &coordinator, "Dinsdaggroep").await;

    let dates = scalar(
        &app,
        &format!("SELECT COUNT(*) FROM occurrences WHERE activity_id = {id}"),
    )
    .await;
    // Twelve weeks from now hold 11 or 12 Tuesdays after today, depending on the weekday.
    assert!((11..=12).contains(&dates), "{dates} dates");

    let (status, agenda) = get_as(&app, &new_client(), &agenda_week(next(Weekday::Tue))).await;
    assert_eq!(status, 200);
    assert!(
        agenda.contains("Dinsdaggroep"),
        "the public agenda shows the public title"
    );
    assert!(
        !agenda.contains("Herstelgroep"),
        "the members' title stays out of the public agenda"
    );
    assert!(agenda.contains("10:00 – 12:00"));
    let (_, page) = get_as(&app, &new_client(), &format!("/activiteiten/{id}")).await;
    assert!(!page.contains("Herstelgroep"));
    assert!(
        page.contains("<a href=\"https://example.org/info\""),
        "links become clickable"
    );
    assert!(page.contains("De huiskamer"));

    // The management page lists it with its members' title; the form shows what was saved.
    let (status, programme) = get_as(&app, &coordinator, &format!("/beheer/centra/{SLUG}")).await;
    assert_eq!(status, 200);
    assert!(programme.contains("Dinsdaggroep") && programme.contains("Herstelgroep"));
    let (status, form) = get_as(&app, &coordinator, &format!("/beheer/activiteiten/{id}/bewerken")).await;
    assert_eq!(status, 200);
    assert!(form.contains("value=\"Herstelgroep\""));
    assert!(form.contains("name=\"themas[]\" value=\"herstel\" checked"));
}

async fn every_rule_gets_a_message_and_nothing_is_saved(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let coordinator = member_of(&app, "Coco", SLUG, "coordinator").await;
    let yesterday = (today() - Duration::days(1)).to_string();
    let long_title = "x".repeat(121);
    let long_text = "x".repeat(5001);
    let cases: Vec<(&str, &str, &str)> = vec![
        ("eind", "09:00", "De eindtijd moet na de begintijd komen."),
        ("plaatsen", "0", "Er moet minstens 1 plaats zijn."),
        ("datum", &yesterday, "Deze datum is al voorbij."),
        ("titel", &long_title, "Dit is te lang."),
        ("omschrijving", &long_text, "Dit is te lang."),
        ("themas[]", "diagnose", "Dit thema kennen we niet."),
        ("titel", "", "Vul dit in."),
    ];
    for (field, value, message) in cases {
        let mut fields = weekly_fields("Schildergroep");
        fields.retain(|(k, _)| k != field);
        fields.push((field.to_owned(), value.to_owned()));
        let response = post(&app, &coordinator, &format!("/beheer/centra/{SLUG}/nieuw"), &fields).await;
        assert_eq!(response.status(), 422, "{field}");
        let body = response.text().await.expect("body");
        assert!(body.contains(message), "{field}: {message}");
        assert!(body.contains("De huiskamer"), "{field}: the form keeps what was typed");
    }
    // In English too.
    let mut fields = weekly_fields("Schildergroep");
    fields.retain(|(k, _)| k != "eind");
    fields.push(("eind".into(), "09:00".into()));
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let english = coordinator
        .post(app.url(&format!("/beheer/centra/{SLUG}/nieuw")))
        .header("Accept-Language", "en")
        .header("Origin", &app.address)
        .header("Sec-Fetch-Site", "same-origin")
        .form(&pairs)
        .send()
        .await
        .expect("request");
    assert_eq!(english.status(), 422);
    assert!(english
        .text()
        .await
        .expect("body")
        .contains("The end time must be after the start time."));
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM activities").await, 0);
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM occurrences").await, 0);
}

async fn one_date_is_cancelled_or_moved_and_the_agenda_says_so(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let coordinator = member_of(&app, "Coco", SLUG, "coordinator").await;
    let id = publish(&app, &coordinator, "Dinsdaggroep").await;
    let first: i64 = scalar(
        &app,
        &format!("SELECT MIN(id) FROM occurrences WHERE activity_id = {id}"),
    )
    .await;
    let second = first + 1;

    let refused = app
        .post_form_with(
            &coordinator,
            &format!("/beheer/data/{first}"),
            &[("actie", "cancel_date"), ("id", &first.to_string()), ("reden", "")],
        )
        .await;
    assert_eq!(refused.status(), 422, "a reason is needed");
    let cancelled = app
        .post_form_with(
            &coordinator,
            &format!("/beheer/data/{first}"),
            &[
                ("actie", "cancel_date"),
                ("id", &first.to_string()),
                ("reden", "De begeleider is ziek"),
            ],
        )
        .await;
    assert_eq!(cancelled.status(), 303);
    let (_, agenda) = get_as(&app, &new_client(), &agenda_week(next(Weekday::Tue))).await;
    assert!(agenda.contains("De begeleider is ziek"), "the agenda shows the reason");
    assert!(agenda.contains("card cancelled"));

    // Moving the next date: other time and place, with a note.
    let day = (next(Weekday::Tue) + Duration::weeks(1)).to_string();
    let moved = app
        .post_form_with(
            &coordinator,
            &format!("/beheer/data/{second}"),
            &[
                ("actie", "change_date"),
                ("id", &second.to_string()),
                ("datum", &day),
                ("begin", "13:00"),
                ("eind", "15:00"),
                ("locatie", "De tuin"),
                ("toelichting", "Deze keer 's middags"),
            ],
        )
        .await;
    assert_eq!(moved.status(), 303);
    let (_, agenda) = get_as(
        &app,
        &new_client(),
        &agenda_week(next(Weekday::Tue) + Duration::weeks(1)),
    )
    .await;
    assert!(agenda.contains("13:00 – 15:00"));
    assert!(agenda.contains("Deze keer"));
    assert!(agenda.contains("De tuin"));

    // Changing the whole series later keeps the cancelled and the moved date.
    let fields = series_update(id, &[("eind", "12:30")]);
    let updated = post(
        &app,
        &coordinator,
        &format!("/beheer/activiteiten/{id}/bewerken"),
        &fields,
    )
    .await;
    assert_eq!(updated.status(), 303);
    assert_eq!(
        scalar(&app, &format!("SELECT cancelled FROM occurrences WHERE id = {first}")).await,
        1
    );
    assert_eq!(
        scalar(&app, &format!("SELECT changed FROM occurrences WHERE id = {second}")).await,
        1
    );
    let (_, agenda) = get_as(
        &app,
        &new_client(),
        &agenda_week(next(Weekday::Tue) + Duration::weeks(2)),
    )
    .await;
    assert!(agenda.contains("10:00 – 12:30"), "later dates follow the new end time");
}

async fn a_series_moved_to_another_weekday_changes_only_future_dates(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let coordinator = member_of(&app, "Coco", SLUG, "coordinator").await;
    let id = publish(&app, &coordinator, "Dinsdaggroep").await;
    let mut fields = weekly_fields("Donderdaggroep");
    fields.retain(|(k, _)| !["actie", "dagen[]"].contains(&k.as_str()));
    fields.push(("actie".into(), "update_activity".into()));
    fields.push(("id".into(), id.to_string()));
    fields.push(("dagen[]".into(), "4".into()));
    let updated = post(
        &app,
        &coordinator,
        &format!("/beheer/activiteiten/{id}/bewerken"),
        &fields,
    )
    .await;
    assert_eq!(updated.status(), 303);
    let starts: Vec<i64> = sqlx::query("SELECT starts_at FROM occurrences WHERE activity_id = $1")
        .bind(id)
        .fetch_all(&app.state.db.pool)
        .await
        .expect("dates")
        .iter()
        .map(|row| row.try_get("starts_at").expect("start"))
        .collect();
    assert!(!starts.is_empty());
    for start in starts {
        let when = app::domain::time::utc_to_local(chrono::DateTime::from_timestamp(start, 0).expect("instant"));
        assert_eq!(when.weekday(), Weekday::Thu, "{when}");
    }
}

async fn volunteers_publish_only_where_allowed_and_only_their_own(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let coordinator = member_of(&app, "Coco", SLUG, "coordinator").await;
    let volunteer = member_of(&app, "Vera", SLUG, "vrijwilliger").await;
    let other = member_of(&app, "Otto", "het-anker-deventer", "coordinator").await;
    let theirs = publish(&app, &coordinator, "Koken").await;

    // Not allowed while the centre has not switched it on.
    let refused = post(
        &app,
        &volunteer,
        &format!("/beheer/centra/{SLUG}/nieuw"),
        &weekly_fields("Wandelen"),
    )
    .await;
    assert_eq!(refused.status(), 403);

    let settings = app
        .post_form_with(
            &coordinator,
            &format!("/beheer/centra/{SLUG}/gegevens"),
            &[
                ("actie", "save_centre"),
                ("centrum", SLUG),
                ("naam", "De Haven"),
                ("adres", "Straat 1"),
                ("plaats", "Zwolle"),
                ("vrijwilligers_publiceren", "ja"),
            ],
        )
        .await;
    assert_eq!(settings.status(), 303);
    let own = publish(&app, &volunteer, "Wandelen").await;
    let vera = account_id(&app, "Vera").await;
    assert_eq!(
        scalar(
            &app,
            &format!("SELECT COUNT(*) FROM activity_facilitators WHERE activity_id = {own} AND account_id = {vera}")
        )
        .await,
        1,
        "a volunteer facilitates what they publish"
    );
    let (status, _) = get_as(&app, &volunteer, &format!("/beheer/activiteiten/{own}/bewerken")).await;
    assert_eq!(status, 200);
    let (status, _) = get_as(&app, &volunteer, &format!("/beheer/activiteiten/{theirs}/bewerken")).await;
    assert_eq!(status, 403, "not what others facilitate");
    let delete = app
        .post_form_with(
            &volunteer,
            &format!("/beheer/activiteiten/{own}"),
            &[("actie", "delete_activity"), ("id", &own.to_string()), ("zeker", "ja")],
        )
        .await;
    assert_eq!(delete.status(), 403, "only coordinators delete");

    // A coordinator of another centre touches nothing here.
    let (status, _) = get_as(&app, &other, &format!("/beheer/activiteiten/{theirs}")).await;
    assert_eq!(status, 403);
    let (status, _) = get_as(&app, &other, &format!("/beheer/centra/{SLUG}/openingstijden")).await;
    assert_eq!(status, 403);
    let cancel = app
        .post_form_with(
            &other,
            "/beheer/data/1",
            &[("actie", "cancel_date"), ("id", "1"), ("reden", "Weg")],
        )
        .await;
    assert_eq!(cancel.status(), 403);
    assert_eq!(
        scalar(&app, "SELECT COUNT(*) FROM occurrences WHERE cancelled = 1").await,
        0
    );

    // Deleting needs the box ticked.
    let unconfirmed = app
        .post_form_with(
            &coordinator,
            &format!("/beheer/activiteiten/{own}"),
            &[("actie", "delete_activity"), ("id", &own.to_string())],
        )
        .await;
    assert_eq!(unconfirmed.status(), 422);
    let deleted = app
        .post_form_with(
            &coordinator,
            &format!("/beheer/activiteiten/{own}"),
            &[("actie", "delete_activity"), ("id", &own.to_string()), ("zeker", "ja")],
        )
        .await;
    assert_eq!(deleted.status(), 303);
    assert_eq!(
        scalar(
            &app,
            &format!("SELECT COUNT(*) FROM occurrences WHERE activity_id = {own}")
        )
        .await,
        0
    );
}

async fn opening_hours_and_closures_drive_open_now_and_the_agenda(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let coordinator = member_of(&app, "Coco", SLUG, "coordinator").await;
    let path = format!("/beheer/centra/{SLUG}/openingstijden");
    let wrong = app
        .post_form_with(
            &coordinator,
            &path,
            &[
                ("actie", "save_opening_hours"),
                ("centrum", SLUG),
                ("van[d2-1]", "10:00"),
                ("tot[d2-1]", "09:00"),
            ],
        )
        .await;
    assert_eq!(wrong.status(), 422);
    assert!(wrong
        .text()
        .await
        .expect("body")
        .contains("De eindtijd moet na de begintijd komen."));
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM opening_hours").await, 0);

    let mut hours = vec![("actie", "save_opening_hours"), ("centrum", SLUG)];
    for day in 1..=7 {
        hours.push((
            [
                "van[d1-1]",
                "van[d2-1]",
                "van[d3-1]",
                "van[d4-1]",
                "van[d5-1]",
                "van[d6-1]",
                "van[d7-1]",
            ][day - 1],
            "00:00",
        ));
        hours.push((
            [
                "tot[d1-1]",
                "tot[d2-1]",
                "tot[d3-1]",
                "tot[d4-1]",
                "tot[d5-1]",
                "tot[d6-1]",
                "tot[d7-1]",
            ][day - 1],
            "24:00",
        ));
    }
    let saved = app.post_form_with(&coordinator, &path, &hours).await;
    assert_eq!(saved.status(), 303);
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM opening_hours").await, 7);
    let (_, centre) = get_as(&app, &new_client(), &format!("/centra/{SLUG}")).await;
    assert!(centre.contains("Nu open"), "open all day, every day");

    // A closure on next Tuesday: the activity that day is off, with the reason.
    publish(&app, &coordinator, "Dinsdaggroep").await;
    let tuesday = next(Weekday::Tue).to_string();
    let closure = app
        .post_form_with(
            &coordinator,
            &path,
            &[
                ("actie", "add_closure"),
                ("centrum", SLUG),
                ("eerste_dag", &tuesday),
                ("reden", "Studiedag"),
                ("soort", "dicht"),
            ],
        )
        .await;
    assert_eq!(closure.status(), 303);
    let (_, agenda) = get_as(&app, &new_client(), &agenda_week(next(Weekday::Tue))).await;
    assert!(agenda.contains("Studiedag") && agenda.contains("card cancelled"));
    let past = app
        .post_form_with(
            &coordinator,
            &path,
            &[
                ("actie", "add_closure"),
                ("centrum", SLUG),
                ("eerste_dag", "2020-01-01"),
                ("reden", "Oud"),
            ],
        )
        .await;
    assert_eq!(past.status(), 422);
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM closures").await, 1);
}

async fn a_paused_series_leaves_the_agenda_until_it_resumes(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let coordinator = member_of(&app, "Coco", SLUG, "coordinator").await;
    let id = publish(&app, &coordinator, "Dinsdaggroep").await;
    let path = format!("/beheer/activiteiten/{id}");
    for (pause, listed) in [("true", false), ("false", true)] {
        let response = app
            .post_form_with(
                &coordinator,
                &path,
                &[
                    ("actie", "pause_activity"),
                    ("id", &id.to_string()),
                    ("pauzeren", pause),
                ],
            )
            .await;
        assert_eq!(response.status(), 303);
        let (_, agenda) = get_as(&app, &new_client(), &agenda_week(next(Weekday::Tue))).await;
        assert_eq!(agenda.contains("Dinsdaggroep"), listed, "paused: {pause}");
    }

    // Duplicating opens the form with everything but the date filled in.
    let (status, copy) = get_as(&app, &coordinator, &format!("/beheer/centra/{SLUG}/nieuw?kopie={id}")).await;
    assert_eq!(status, 200);
    assert!(copy.contains("value=\"Dinsdaggroep\"") && copy.contains("name=\"actie\" value=\"create_activity\""));
}

async fn more_places_let_the_waitlist_move_up(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let coordinator = member_of(&app, "Coco", SLUG, "coordinator").await;
    let id = publish(&app, &coordinator, "Dinsdaggroep").await;
    common::set_capacity(&app, id, Some(1)).await;
    let first = scalar(
        &app,
        &format!("SELECT MIN(id) FROM occurrences WHERE activity_id = {id} AND cancelled = 0"),
    )
    .await
    .to_string();
    for nickname in ["Eerste", "Tweede", "Derde"] {
        let response = app
            .post_form_with(
                &new_client(),
                &format!("/activiteiten/{id}"),
                &[
                    ("actie", "sign_up"),
                    ("activiteit", &id.to_string()),
                    ("datum", &first),
                    ("bijnaam", nickname),
                ],
            )
            .await;
        assert_eq!(response.status(), 303);
    }
    let waiting = format!("SELECT COUNT(*) FROM signups WHERE activity_id = {id} AND status = 'wachtlijst'");
    assert_eq!(scalar(&app, &waiting).await, 2);
    // Two places instead of one: the first on the waitlist moves up at once, the other waits.
    let fields = series_update(id, &[("plaatsen", "2")]);
    let updated = post(
        &app,
        &coordinator,
        &format!("/beheer/activiteiten/{id}/bewerken"),
        &fields,
    )
    .await;
    assert_eq!(updated.status(), 303);
    assert_eq!(scalar(&app, &waiting).await, 1);
    let promoted: String = sqlx::query(&format!(
        "SELECT nickname FROM signups WHERE activity_id = {id} AND status = 'bevestigd' ORDER BY id DESC"
    ))
    .fetch_one(&app.state.db.pool)
    .await
    .expect("promoted")
    .try_get("nickname")
    .expect("nickname");
    assert_eq!(promoted, "Tweede", "first come, first served");
}

async fn people_signed_up_hear_when_the_schedule_moves_or_drops_their_date(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let coordinator = member_of(&app, "Coco", SLUG, "coordinator").await;
    let id = publish(&app, &coordinator, "Dinsdaggroep").await;
    let first = scalar(
        &app,
        &format!("SELECT MIN(id) FROM occurrences WHERE activity_id = {id} AND cancelled = 0"),
    )
    .await
    .to_string();
    let response = app
        .post_form_with(
            &new_client(),
            &format!("/activiteiten/{id}"),
            &[
                ("actie", "sign_up"),
                ("activiteit", &id.to_string()),
                ("datum", &first),
                ("bijnaam", "Sam"),
                ("email", "sam@example.org"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);

    // Later end time for the whole series: Sam's date moves with it and Sam is told.
    let fields = series_update(id, &[("eind", "12:30")]);
    let updated = post(
        &app,
        &coordinator,
        &format!("/beheer/activiteiten/{id}/bewerken"),
        &fields,
    )
    .await;
    assert_eq!(updated.status(), 303);
    let mail = app.wait_for_mail("sam@example.org", "Gewijzigd: Dinsdaggroep").await;
    assert!(
        mail.contains("10:00 – 12:30") && mail.contains("het rooster is veranderd"),
        "{mail}"
    );

    // The series moves to Thursdays: Sam's Tuesday is gone, and Sam is told.
    let thursday = next(Weekday::Thu).to_string();
    let fields = series_update(id, &[("dagen[]", "4"), ("datum", &thursday)]);
    let moved = post(
        &app,
        &coordinator,
        &format!("/beheer/activiteiten/{id}/bewerken"),
        &fields,
    )
    .await;
    assert_eq!(moved.status(), 303, "{}", moved.text().await.unwrap_or_default());
    let mail = app
        .wait_for_mail("sam@example.org", "Gaat niet door: Dinsdaggroep")
        .await;
    assert!(mail.contains("deze datum valt eruit"), "{mail}");
}

both_backends!(
    a_coordinator_publishes_a_weekly_activity_that_the_agenda_shows,
    every_rule_gets_a_message_and_nothing_is_saved,
    one_date_is_cancelled_or_moved_and_the_agenda_says_so,
    a_series_moved_to_another_weekday_changes_only_future_dates,
    volunteers_publish_only_where_allowed_and_only_their_own,
    opening_hours_and_closures_drive_open_now_and_the_agenda,
    a_paused_series_leaves_the_agenda_until_it_resumes,
    more_places_let_the_waitlist_move_up,
    people_signed_up_hear_when_the_schedule_moves_or_drops_their_date,
);
