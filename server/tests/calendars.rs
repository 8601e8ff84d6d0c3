//! Calendar feeds through the real server, on SQLite and PostgreSQL, each checked with an
//! independent parser (Python's `icalendar`, see `check_ics.py`) and against Amsterdam's time
//! rules: an activity's feed, a centre's feed, one date, a date in summer time, a cancelled
//! date, and a member's secret feed with neutral titles that can be renewed and switched off.

use crate::common;

use chrono::Datelike;
use common::{activity_id, member_of, new_client, register_ok, Backend, TestApp};
use sqlx::Row;

const COOKING: &str = "Samen koken en eten";
const COURSE: &str = "WRAP: werken aan je herstel";

#[derive(Debug, serde::Deserialize)]
struct Event {
    uid: String,
    summary: String,
    status: String,
    location: String,
    description: String,
    /// Wall-clock time in Europe/Amsterdam, "2026-11-26 16:30".
    starts: String,
    ends: String,
}

/// Fetches a feed as `client`, checks it with `check_ics.py`, and returns its events and the
/// response's Cache-Control.
async fn feed(app: &TestApp, client: &reqwest::Client, path: &str) -> (Vec<Event>, String) {
    let response = client.get(app.url(path)).send().await.expect("request");
    assert_eq!(response.status(), 200, "{path}");
    assert_eq!(response.headers()["content-type"], "text/calendar; charset=utf-8");
    let cache = response.headers()["cache-control"].to_str().expect("cache").to_owned();
    let body = response.bytes().await.expect("body");
    let file = std::env::temp_dir().join(format!("kring-feed-{}.ics", uuid_like()));
    std::fs::write(&file, &body).expect("write feed");
    let python = std::env::var("KRING_PYTHON").unwrap_or_else(|_| "python3".to_owned());
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/check_ics.py");
    let output = std::process::Command::new(&python)
        .arg(script)
        .arg(&file)
        .output()
        .unwrap_or_else(|e| panic!("{python} could not run ({e}); run ./test.sh, which installs it"));
    let _ = std::fs::remove_file(&file);
    assert!(
        output.status.success(),
        "{path} is not a valid calendar: {}\n{}",
        String::from_utf8_lossy(&output.stderr),
        String::from_utf8_lossy(&body)
    );
    let events = String::from_utf8(output.stdout)
        .expect("utf-8")
        .lines()
        .map(|line| serde_json::from_str(line).expect("event"))
        .collect();
    (events, cache)
}

fn uuid_like() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    format!("{}-{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed))
}

/// The dates of an activity a feed holds (ending in the last 30 days or later).
async fn dates_in_feed(app: &TestApp, activity: i64) -> Vec<i64> {
    sqlx::query("SELECT id FROM occurrences WHERE activity_id = $1 AND ends_at > $2 ORDER BY starts_at")
        .bind(activity)
        .bind(common::pinned_now().timestamp() - 30 * 86400)
        .fetch_all(&app.state.db.pool)
        .await
        .expect("dates")
        .iter()
        .map(|row| row.try_get("id").expect("id"))
        .collect()
}

async fn public_feeds_are_valid_and_keep_amsterdam_time(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let cooking = activity_id(&app, COOKING).await;
    let dates = dates_in_feed(&app, cooking).await;
    sqlx::query("UPDATE occurrences SET cancelled = 1, cancel_reason = 'De kok is ziek' WHERE id = $1")
        .bind(dates[2])
        .execute(&app.state.db.pool)
        .await
        .expect("cancel");

    // A date in summer time, published through the form like any other.
    let coordinator = member_of(&app, "Coco", "de-haven-zwolle", "coordinator").await;
    let today = common::pinned_today();
    let year = if today.format("%m-%d").to_string().as_str() < "07-06" {
        today.year()
    } else {
        today.year() + 1
    };
    let summer = format!("{year}-07-06");
    let response = app
        .post_form_with(
            &coordinator,
            "/beheer/centra/de-haven-zwolle/nieuw",
            &[
                ("actie", "create_activity"),
                ("centrum", "de-haven-zwolle"),
                ("soort", "activiteit"),
                ("titel", "Zomerfeest"),
                ("omschrijving", "Samen eten in de tuin; iedereen is welkom."),
                ("plek", "centrum"),
                ("ruimte", "De tuin"),
                ("datum", &summer),
                ("begin", "16:30"),
                ("eind", "19:00"),
                ("herhaling", "eenmalig"),
                ("einde", "nooit"),
                ("elke", "1"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303, "{}", response.text().await.unwrap_or_default());
    // Dates are made 12 weeks ahead; make the summer one now, from the schedule as saved.
    let party = activity_id(&app, "Zomerfeest").await;
    let saved = app::ssr::db::activities::by_id(&app.state.db.pool, party)
        .await
        .expect("activity")
        .expect("saved");
    let day = chrono::NaiveDate::parse_from_str(&summer, "%Y-%m-%d").expect("date");
    let around = |days: i64| {
        (day + chrono::Duration::days(days))
            .and_hms_opt(0, 0, 0)
            .expect("time")
            .and_utc()
    };
    let slots = saved.schedule.slots_between(around(-1), around(2));
    assert_eq!(slots.len(), 1);
    let mut tx = app.state.db.begin_write().await.expect("tx");
    app::ssr::db::occurrences::insert_missing(&mut tx, party, &slots)
        .await
        .expect("date");
    tx.commit().await.expect("commit");

    // The activity: every date at 16:30–19:00 Amsterdam time, the cancelled one marked.
    let (events, cache) = feed(&app, &app.client, &format!("/activiteiten/{cooking}/agenda.ics")).await;
    assert!(cache.starts_with("public"));
    assert_eq!(events.len(), dates.len());
    for event in &events {
        assert!(
            event.starts.ends_with(" 16:30") && event.ends.ends_with(" 19:00"),
            "{event:?}"
        );
        assert!(event.location.contains("De Haven"), "{event:?}");
        assert!(event.description.contains(&format!("/activiteiten/{cooking}")));
    }
    let cancelled: Vec<_> = events.iter().filter(|e| e.status == "CANCELLED").collect();
    assert_eq!(cancelled.len(), 1);
    assert!(cancelled[0].summary.starts_with("Gaat niet door") && cancelled[0].description.contains("De kok is ziek"));
    assert!(events
        .iter()
        .filter(|e| e.status == "CONFIRMED")
        .all(|e| e.summary == COOKING));

    // One date only, as "Zet in mijn agenda" on a sign-up offers it.
    let (one, _) = feed(
        &app,
        &app.client,
        &format!("/activiteiten/{cooking}/agenda.ics?datum={}", dates[1]),
    )
    .await;
    assert_eq!(one.len(), 1);
    assert_eq!(one[0].uid, events[1].uid, "the same date keeps its UID in every feed");

    // The centre: its whole programme, including the summer date at 16:30 summer time.
    let (centre, _) = feed(&app, &app.client, "/centra/de-haven-zwolle/agenda.ics").await;
    assert!(centre.iter().any(|e| e.summary == COOKING));
    let party: Vec<_> = centre.iter().filter(|e| e.summary == "Zomerfeest").collect();
    assert_eq!(party.len(), 1);
    assert_eq!(party[0].starts, format!("{summer} 16:30"));
    assert_eq!(party[0].ends, format!("{summer} 19:00"));
    assert!(!centre.iter().any(|e| e.summary.contains("IJssel")), "only this centre");

    for path in ["/centra/bestaat-niet/agenda.ics", "/activiteiten/999999/agenda.ics"] {
        let response = app.client.get(app.url(path)).send().await.expect("request");
        assert_eq!(response.status(), 404, "{path}");
    }
}

/// The feed's token from the redirect after making it.
fn token_of(response: &reqwest::Response) -> String {
    assert_eq!(response.status(), 303);
    let location = response.headers()["location"].to_str().expect("location");
    location
        .trim_start_matches("/mijn-week?agenda=")
        .trim_end_matches("#agenda")
        .to_owned()
}

async fn a_personal_feed_is_secret_neutral_if_wanted_and_revocable(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let member = new_client();
    register_ok(&app, &member, "Mila").await;
    let cooking = activity_id(&app, COOKING).await;
    let course = activity_id(&app, COURSE).await;
    let now = common::pinned_now().timestamp();
    let first: i64 = common::first_coming_date(&app, cooking).await;
    let (cooking_s, first_s, course_s) = (cooking.to_string(), first.to_string(), course.to_string());
    for fields in [
        vec![
            ("actie", "sign_up"),
            ("activiteit", cooking_s.as_str()),
            ("datum", first_s.as_str()),
        ],
        vec![("actie", "sign_up"), ("activiteit", course_s.as_str()), ("datum", "0")],
    ] {
        let response = app
            .post_form_with(&member, &format!("/activiteiten/{}", fields[2].1), &fields)
            .await;
        assert_eq!(response.status(), 303);
    }
    let sessions: Vec<i64> =
        sqlx::query("SELECT id FROM occurrences WHERE activity_id = $1 AND starts_at > $2 ORDER BY starts_at")
            .bind(course)
            .bind(now)
            .fetch_all(&app.state.db.pool)
            .await
            .expect("sessions")
            .iter()
            .map(|row| row.try_get("id").expect("id"))
            .collect();
    let signup: i64 = sqlx::query("SELECT id FROM signups WHERE activity_id = $1")
        .bind(course)
        .fetch_one(&app.state.db.pool)
        .await
        .expect("signup")
        .try_get("id")
        .expect("id");
    let skipped = app
        .post_form_with(
            &member,
            "/mijn-week",
            &[
                ("actie", "skip_my_session"),
                ("id", &signup.to_string()),
                ("datum", &sessions[0].to_string()),
            ],
        )
        .await;
    assert_eq!(skipped.status(), 303);

    // Neutral titles: nothing but "Afspraak Kring" and the times.
    let made = app
        .post_form_with(
            &member,
            "/mijn-week",
            &[("actie", "create_calendar_feed"), ("neutraal", "ja")],
        )
        .await;
    let token = token_of(&made);
    let page = member
        .get(app.url(&format!("/mijn-week?agenda={token}")))
        .send()
        .await
        .expect("page")
        .text()
        .await
        .expect("body");
    assert!(
        page.contains(&format!("/kalender/{token}/kring.ics")),
        "the link is shown once"
    );
    let page = member
        .get(app.url("/mijn-week"))
        .send()
        .await
        .expect("page")
        .text()
        .await
        .expect("body");
    assert!(!page.contains(&token) && page.contains("Je agenda-link staat aan, met neutrale titels."));
    let stranger = new_client();
    let path = format!("/kalender/{token}/kring.ics");
    let (events, cache) = feed(&app, &stranger, &path).await;
    assert_eq!(cache, "private, no-store");
    let course_in_feed = dates_in_feed(&app, course).await.len();
    assert_eq!(
        events.len(),
        1 + course_in_feed - 1,
        "the cooking date and the sessions not skipped"
    );
    for event in &events {
        assert_eq!(event.summary, "Afspraak Kring");
        assert!(event.location.is_empty() && event.description.is_empty(), "{event:?}");
    }

    // A new link with the real titles: the old one stops working.
    let renewed = app
        .post_form_with(&member, "/mijn-week", &[("actie", "create_calendar_feed")])
        .await;
    let new_token = token_of(&renewed);
    let old = stranger.get(app.url(&path)).send().await.expect("request");
    assert_eq!(old.status(), 404);
    let new_path = format!("/kalender/{new_token}/kring.ics");
    let (events, _) = feed(&app, &stranger, &new_path).await;
    assert!(events.iter().any(|e| e.summary == COOKING));
    assert!(events.iter().any(|e| e.summary == COURSE));

    // Switched off: gone.
    let removed = app
        .post_form_with(&member, "/mijn-week", &[("actie", "remove_calendar_feed")])
        .await;
    assert_eq!(removed.status(), 303);
    let gone = stranger.get(app.url(&new_path)).send().await.expect("request");
    assert_eq!(gone.status(), 404);
    let forged = stranger
        .get(app.url("/kalender/vervalst/kring.ics"))
        .send()
        .await
        .expect("request");
    assert_eq!(forged.status(), 404);
}

both_backends!(
    public_feeds_are_valid_and_keep_amsterdam_time,
    a_personal_feed_is_secret_neutral_if_wanted_and_revocable,
);
