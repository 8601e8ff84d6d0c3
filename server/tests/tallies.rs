//! Turven through the real server on SQLite and PostgreSQL: volunteers count visitors at the door
//! with plain form posts and with the island's direct calls, a tap sent twice counts once, a burst
//! from two tablets loses nothing, and coordinators correct a past dagdeel with a log.

use crate::common;

use common::{burst, count_status, get_as, member_of, new_client, scalar, Backend, BurstRequest, TestApp, PASSWORD};

const SLUG: &str = "de-haven-zwolle";
const PAGE: &str = "/beheer/centra/de-haven-zwolle/turven";

/// The number shown in the counter (`<span class="tally-number">`).
fn shown_count(html: &str) -> i64 {
    html.split("class=\"tally-number\">")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .and_then(|n| n.trim().parse().ok())
        .expect("a count on the page")
}

/// The tap id of the form for `soort` on the page.
fn tap_id(html: &str, soort: &str) -> String {
    let form = html
        .split("<form")
        .find(|form| form.contains(&format!("name=\"soort\" value=\"{soort}\"")))
        .expect("the form");
    form.split("name=\"tik\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a tap id")
        .to_owned()
}

async fn counts(app: &TestApp, dagdeel: i64) -> (i64, i64) {
    let sql = |column: &str| {
        format!(
            "SELECT CAST(COALESCE(SUM({column}), 0) AS BIGINT) FROM tallies t JOIN centres c ON c.id = t.centre_id
             WHERE c.slug = '{SLUG}' AND t.day = '{}' AND t.dagdeel = {dagdeel}",
            app.today().format("%Y-%m-%d")
        )
    };
    (
        scalar(app, &sql("visits")).await,
        scalar(app, &sql("first_visits")).await,
    )
}

/// A new session of `nickname` (a second tablet), as its cookie.
async fn tablet(app: &TestApp, nickname: &str) -> String {
    let client = new_client();
    let response = app
        .post_form_with(
            &client,
            "/inloggen",
            &[("actie", "log_in"), ("bijnaam", nickname), ("wachtwoord", PASSWORD)],
        )
        .await;
    let cookie = common::set_cookie(&response, "kring_sessie").expect("a session cookie");
    cookie.split(';').next().expect("name=value").to_owned()
}

fn tap_fields<'a>(day: &'a str, soort: &'a str, tik: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("actie", "tally_tap"),
        ("centrum", SLUG),
        ("dag", day),
        ("dagdeel", "1"),
        ("soort", soort),
        ("tik", tik),
    ]
}

async fn volunteers_count_at_the_door_without_javascript(backend: Backend) {
    // The demo has four weeks of past counts; today's start at nought.
    let app = TestApp::with_demo(backend).await;
    let vera = member_of(&app, "Vera", SLUG, "vrijwilliger").await;
    let today = app.today().format("%Y-%m-%d").to_string();
    // The pinned clock is a Wednesday morning, when the inloop is open: the morning comes first.
    let (status, html) = get_as(&app, &vera, PAGE).await;
    assert_eq!(status, 200);
    assert!(
        html.contains("Er komt iemand binnen") && html.contains("Voor het eerst hier") && html.contains("Vergissing")
    );
    assert!(
        html.contains("<h2 id=\"turven-nu\">Ochtend,"),
        "the current dagdeel first"
    );
    assert_eq!(shown_count(&html), 0);
    assert!(!html.contains("id=\"verbeteren\""), "corrections are for coordinators");

    // Three visitors, one of them for the first time, each a form post that comes back here.
    for soort in ["binnen", "eerste", "binnen"] {
        let (_, html) = get_as(&app, &vera, PAGE).await;
        let tik = tap_id(&html, soort);
        let answer = app.post_form_with(&vera, PAGE, &tap_fields(&today, soort, &tik)).await;
        assert_eq!(answer.status(), 303);
        assert_eq!(answer.headers()["location"], PAGE);
    }
    let (_, html) = get_as(&app, &vera, PAGE).await;
    assert_eq!(shown_count(&html), 3);
    assert_eq!(counts(&app, 1).await, (3, 1));

    // The same form sent twice (a double tap, a retried post) counts once.
    let tik = tap_id(&html, "binnen");
    for _ in 0..2 {
        let answer = app
            .post_form_with(&vera, PAGE, &tap_fields(&today, "binnen", &tik))
            .await;
        assert_eq!(answer.status(), 303);
    }
    assert_eq!(counts(&app, 1).await, (4, 1));
    // A mistake takes one back.
    let tik = tap_id(&html, "vergissing");
    app.post_form_with(&vera, PAGE, &tap_fields(&today, "vergissing", &tik))
        .await;
    assert_eq!(counts(&app, 1).await, (3, 1));

    // Bad input gets a message and changes nothing.
    let long_ago = (app.today() - chrono::Duration::days(8)).format("%Y-%m-%d").to_string();
    for (fields, message) in [
        (tap_fields(&today, "twee", ""), "Kies een van de mogelijkheden"),
        (tap_fields(&long_ago, "binnen", ""), "te lang geleden"),
        (tap_fields("morgen", "binnen", ""), "Deze datum bestaat niet"),
    ] {
        let answer = app.post_form_with(&vera, PAGE, &fields).await;
        assert_eq!(answer.status(), 422);
        let html = answer.text().await.expect("body");
        assert!(html.contains(message), "{message}");
    }
    assert_eq!(counts(&app, 1).await, (3, 1));
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM tally_taps").await, 5);
    // No names, and no moment finer than the dagdeel, are kept.
    for column in ["account_id", "created_at", "tapped_at"] {
        let sql = format!("SELECT COUNT(*) FROM tally_taps WHERE {column} IS NOT NULL");
        assert!(
            sqlx::query(&sql).fetch_one(&app.state.db.pool).await.is_err(),
            "{column}"
        );
    }

    // Someone outside the team sees nothing and counts nothing.
    let other = app.person("Otto").await;
    let (status, _) = get_as(&app, &other, PAGE).await;
    assert_eq!(status, 403);
    let answer = app
        .post_form_with(&other, PAGE, &tap_fields(&today, "binnen", ""))
        .await;
    assert_eq!(answer.status(), 403);
    assert_eq!(counts(&app, 1).await, (3, 1));
}

async fn the_island_taps_directly_and_a_resent_tap_counts_once(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    member_of(&app, "Vera", SLUG, "vrijwilliger").await;
    let cookie = tablet(&app, "Vera").await;
    let yesterday = (app.today() - chrono::Duration::days(1)).format("%Y-%m-%d").to_string();
    // A tap kept offline since yesterday evening arrives now, twice (the first answer was lost).
    let call = || {
        new_client()
            .post(app.url("/api/tally_tap"))
            .header("Cookie", &cookie)
            .header("Accept", "application/json")
            .header("Origin", app.url(""))
            .header("Sec-Fetch-Site", "same-origin")
            .form(&[
                ("centrum", SLUG),
                ("dag", yesterday.as_str()),
                ("dagdeel", "3"),
                ("soort", "eerste"),
                ("tik", "3f2a9c4e-0b1d-4e5f-8a7b-112233445566"),
            ])
            .send()
    };
    for _ in 0..2 {
        let answer = call().await.expect("request");
        assert_eq!(answer.status(), 200);
        let counts: serde_json::Value = answer.json().await.expect("json");
        assert_eq!(counts["day"], yesterday.as_str());
        assert_eq!(counts["counts"][2]["visits"], 1);
        assert_eq!(counts["counts"][2]["first_visits"], 1);
    }
    let sql = format!(
        "SELECT CAST(COALESCE(SUM(visits), 0) AS BIGINT) FROM tallies WHERE day = '{yesterday}' AND dagdeel = 3"
    );
    assert_eq!(scalar(&app, &sql).await, 1);
}

async fn a_burst_from_two_tablets_loses_no_count(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    member_of(&app, "Vera", SLUG, "vrijwilliger").await;
    member_of(&app, "Wim", SLUG, "coordinator").await;
    let tablets = [tablet(&app, "Vera").await, tablet(&app, "Wim").await];
    let today = app.today().format("%Y-%m-%d").to_string();
    let ids: Vec<String> = (0..100).map(|n| format!("tik-{n:04}-burst")).collect();
    let request = |n: usize| {
        let soort = if n.is_multiple_of(10) { "eerste" } else { "binnen" };
        BurstRequest::form(PAGE, &tap_fields(&today, soort, &ids[n])).with_cookie(&tablets[n % 2])
    };
    let answers = burst(&app, (0..100).map(request).collect()).await;
    assert_eq!(count_status(&answers, 303), 100);
    assert_eq!(counts(&app, 1).await, (100, 10));
    // The same taps again, all at once (a queue sent twice): nothing changes.
    let again = burst(&app, (0..20).map(request).collect()).await;
    assert_eq!(count_status(&again, 303), 20);
    assert_eq!(counts(&app, 1).await, (100, 10));
}

async fn coordinators_correct_a_past_dagdeel_with_a_log(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let coco = member_of(&app, "Coco", SLUG, "coordinator").await;
    let vera = member_of(&app, "Vera", SLUG, "vrijwilliger").await;
    let yesterday = (app.today() - chrono::Duration::days(1)).format("%Y-%m-%d").to_string();
    let fields = |dag: &str, bezoekers: &str, eerste: &str| -> Vec<(&'static str, String)> {
        vec![
            ("actie", "correct_tally".to_owned()),
            ("centrum", SLUG.to_owned()),
            ("dag", dag.to_owned()),
            // The evening: the demo's past counts are of the dagdelen the centres are open.
            ("dagdeel", "3".to_owned()),
            ("bezoekers", bezoekers.to_owned()),
            ("eerste", eerste.to_owned()),
        ]
    };
    async fn post(person: &common::Person, fields: Vec<(&'static str, String)>) -> reqwest::Response {
        let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        person.post_form(PAGE, &pairs).await
    }
    let (_, html) = get_as(&app, &coco, PAGE).await;
    assert!(html.contains("id=\"verbeteren\""));

    // Bad input: a message next to the field, nothing saved.
    let too_old = (app.today() - chrono::Duration::days(15))
        .format("%Y-%m-%d")
        .to_string();
    for (fields, message) in [
        (fields(&yesterday, "3", "4"), "meer mensen voor het eerst"),
        (fields(&too_old, "3", ""), "te lang geleden"),
        (fields(&yesterday, "veel", ""), "Vul een getal in"),
        (fields(&yesterday, "1001", ""), "van 0 tot en met 1000"),
    ] {
        let answer = post(&coco, fields).await;
        assert_eq!(answer.status(), 422);
        let html = answer.text().await.expect("body");
        assert!(html.contains(message), "{message}");
    }
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM tally_corrections").await, 0);

    // A volunteer may count but not correct.
    let refused = post(&vera, fields(&yesterday, "12", "3")).await;
    assert_eq!(refused.status(), 403);

    let answer = post(&coco, fields(&yesterday, "12", "3")).await;
    assert_eq!(answer.status(), 303);
    assert_eq!(answer.headers()["location"], format!("{PAGE}?verbeterd=1#verbeteren"));
    let sql = format!("SELECT visits * 100 + first_visits FROM tallies WHERE day = '{yesterday}' AND dagdeel = 3");
    assert_eq!(scalar(&app, &sql).await, 1203);
    let again = post(&coco, fields(&yesterday, "11", "")).await;
    assert_eq!(again.status(), 303);
    assert_eq!(scalar(&app, &sql).await, 1100);
    let log = "SELECT visits_before * 1000000 + first_visits_before * 10000 + visits_after * 100 + first_visits_after
               FROM tally_corrections ORDER BY id";
    let rows: Vec<i64> = sqlx::query_scalar(log)
        .fetch_all(&app.state.db.pool)
        .await
        .expect("log");
    assert_eq!(rows, vec![1203, 12_031_100]);
    let (_, html) = get_as(&app, &coco, &format!("{PAGE}?verbeterd=1")).await;
    assert!(html.contains("De telling is verbeterd"));
    assert!(
        html.contains("van 12 (3) naar 11 door Coco"),
        "the log names who corrected"
    );
}

async fn the_team_finds_the_counter_on_an_open_day(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let vera = member_of(&app, "Vera", SLUG, "vrijwilliger").await;
    let (_, home) = get_as(&app, &vera, "/").await;
    assert!(
        home.contains(&format!("href=\"{PAGE}\"")),
        "the home page links to the counter"
    );
    let (_, beheer) = get_as(&app, &vera, "/beheer").await;
    assert!(beheer.contains(&format!("href=\"{PAGE}\"")));
    let member = app.person("Mila").await;
    let (_, home) = get_as(&app, &member, "/").await;
    assert!(!home.contains("/turven"));
    // On a day the centre is closed there is no link on the home page.
    sqlx::query("DELETE FROM opening_hours WHERE centre_id = (SELECT id FROM centres WHERE slug = $1)")
        .bind(SLUG)
        .execute(&app.state.db.pool)
        .await
        .expect("closed");
    let (_, home) = get_as(&app, &vera, "/").await;
    assert!(!home.contains(&format!("href=\"{PAGE}\"")));
}

both_backends!(
    volunteers_count_at_the_door_without_javascript,
    the_island_taps_directly_and_a_resent_tap_counts_once,
    a_burst_from_two_tablets_loses_no_count,
    coordinators_correct_a_past_dagdeel_with_a_log,
    the_team_finds_the_counter_on_an_open_day,
);
