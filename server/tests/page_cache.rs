//! The cache of rendered public pages, through the real server on SQLite and PostgreSQL: a
//! change shows at once (also on a second server on the same database), a page turns at the
//! minute it should, nothing personal comes from or goes into it, and many visitors at once get
//! one rendering.

use crate::common;

use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Weekday};
use common::{activity_id, burst, first_coming_date, fresh_database, member_of, Backend, BurstRequest, TestApp};
use server::page_cache::CACHE_HEADER;
use std::io::Read;

const SLUG: &str = "de-haven-zwolle";

/// A page opened by a visitor without a session: (whether it came from the cache, its text).
async fn visit(app: &TestApp, path: &str) -> (Option<String>, String) {
    let response = common::new_client()
        .get(app.url(path))
        .header("Accept", "text/html")
        .header("Accept-Language", "nl")
        .send()
        .await
        .expect("page");
    assert!(response.status().is_success(), "{path}: {}", response.status());
    let cache = response
        .headers()
        .get(CACHE_HEADER)
        .map(|v| v.to_str().expect("header").to_owned());
    (cache, response.text().await.expect("body"))
}

/// A page opened without a session by a browser that sends one more header.
async fn with_header(app: &TestApp, path: &str, name: &str, value: &str) -> reqwest::Response {
    app.client
        .get(app.url(path))
        .header("Accept-Language", "nl")
        .header(name, value)
        .send()
        .await
        .expect("page")
}

/// The first `weekday` after the app's today.
fn next(app: &TestApp, weekday: Weekday) -> NaiveDate {
    let mut day = app.today() + Duration::days(1);
    while day.weekday() != weekday {
        day += Duration::days(1);
    }
    day
}

async fn publish(app: &TestApp, coordinator: &reqwest::Client, title: &str) {
    let day = next(app, Weekday::Tue).to_string();
    let response = app
        .post_form_with(
            coordinator,
            &format!("/beheer/centra/{SLUG}/nieuw"),
            &[
                ("actie", "create_activity"),
                ("centrum", SLUG),
                ("soort", "activiteit"),
                ("titel", title),
                ("omschrijving", "Samen zingen."),
                ("themas[]", "muziek"),
                ("plek", "centrum"),
                ("begin", "19:00"),
                ("eind", "20:30"),
                ("herhaling", "wekelijks"),
                ("elke", "1"),
                ("dagen[]", "2"),
                ("einde", "nooit"),
                ("datum", &day),
            ],
        )
        .await;
    assert_eq!(response.status(), 303, "{}", response.text().await.unwrap_or_default());
}

async fn cancel_first_date(app: &TestApp, coordinator: &reqwest::Client, title: &str, reason: &str) {
    let activity = activity_id(app, title).await;
    let date = first_coming_date(app, activity).await.to_string();
    let response = app
        .post_form_with(
            coordinator,
            &format!("/beheer/data/{date}"),
            &[("actie", "cancel_date"), ("id", &date), ("reden", reason)],
        )
        .await;
    assert_eq!(response.status(), 303);
}

/// A coordinator's change — a new activity, a cancelled date, new opening hours — is on the
/// cached public pages at once.
async fn a_change_shows_on_the_cached_pages_at_once(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let coordinator = member_of(&app, "Coco", SLUG, "coordinator").await;
    let centre = format!("/centra/{SLUG}");
    for path in ["/", "/activiteiten", centre.as_str()] {
        assert_eq!(visit(&app, path).await.0.as_deref(), Some("miss"), "{path}");
        assert_eq!(visit(&app, path).await.0.as_deref(), Some("hit"), "{path}");
    }

    publish(&app, &coordinator, "Zangkoor De Haven").await;
    let (cache, agenda) = visit(&app, "/activiteiten").await;
    assert_eq!(cache.as_deref(), Some("miss"));
    assert!(
        agenda.contains("Zangkoor De Haven"),
        "the new activity is on the agenda"
    );
    assert!(visit(&app, &centre).await.1.contains("Zangkoor De Haven"));

    cancel_first_date(&app, &coordinator, "Samen koken en eten", "De kok is ziek").await;
    assert!(visit(&app, "/activiteiten").await.1.contains("De kok is ziek"));
    let koken = activity_id(&app, "Samen koken en eten").await;
    assert!(visit(&app, &format!("/activiteiten/{koken}"))
        .await
        .1
        .contains("De kok is ziek"));

    assert!(!visit(&app, &centre).await.1.contains("12:45"));
    let saved = app
        .post_form_with(
            &coordinator,
            &format!("/beheer/centra/{SLUG}/openingstijden"),
            &[
                ("actie", "save_opening_hours"),
                ("centrum", SLUG),
                ("van[d1-1]", "11:15"),
                ("tot[d1-1]", "12:45"),
            ],
        )
        .await;
    assert_eq!(saved.status(), 303);
    assert!(visit(&app, &centre).await.1.contains("12:45"), "the new opening hours");
    assert_eq!(visit(&app, &centre).await.0.as_deref(), Some("hit"));
}

/// Two servers on one database: a change made through one is on the other's cached pages at
/// once.
async fn a_change_through_one_server_shows_on_the_other(backend: Backend) {
    let (url, dir) = fresh_database(backend).await;
    let one = TestApp::spawn_on(&url, dir, |_| {}).await;
    app::ssr::demo::load(&one.state.db, one.now()).await.expect("demo");
    let two = TestApp::spawn_on(&url, None, |_| {}).await;
    visit(&two, "/activiteiten").await;
    assert_eq!(visit(&two, "/activiteiten").await.0.as_deref(), Some("hit"));

    let coordinator = member_of(&one, "Coco", SLUG, "coordinator").await;
    cancel_first_date(&one, &coordinator, "Samen koken en eten", "Het gas is afgesloten").await;
    let (cache, agenda) = visit(&two, "/activiteiten").await;
    assert_eq!(cache.as_deref(), Some("miss"));
    assert!(
        agenda.contains("Het gas is afgesloten"),
        "the other server's page is new"
    );
}

/// "Nu open" turns at the opening minute, not a minute later, with the clock pinned.
async fn open_now_turns_at_the_opening_minute(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    // De Haven opens at 10:00 on Mondays.
    let monday = next(&app, Weekday::Mon);
    let at = |h, m| app::domain::time::local_to_utc(monday.and_time(NaiveTime::from_hms_opt(h, m, 0).expect("time")));
    app.state.clock.set(at(9, 59) + Duration::seconds(30));
    let centre = format!("/centra/{SLUG}");
    let (_, before) = visit(&app, &centre).await;
    let (cache, again) = visit(&app, &centre).await;
    assert_eq!(cache.as_deref(), Some("hit"));
    assert!(before.contains("Nu dicht") && again.contains("Nu dicht") && !before.contains("Nu open"));

    app.state.clock.set(at(10, 0));
    let (cache, open) = visit(&app, &centre).await;
    assert_eq!(cache.as_deref(), Some("miss"), "a new minute, a new rendering");
    assert!(open.contains("Nu open, tot 16:00"), "open at the minute it opens");
    assert!(visit(&app, "/").await.1.contains("Nu open"));
}

/// Logged-in pages, a form with its errors and a response that sets a cookie never come from
/// the cache and never go into it.
async fn nothing_personal_comes_from_the_cache(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let koken = activity_id(&app, "Samen koken en eten").await;
    let page = format!("/activiteiten/{koken}");
    visit(&app, &page).await;

    let member = app.person("Rosalie").await;
    for _ in 0..2 {
        let response = member.get(app.url(&page)).send().await.expect("page");
        assert!(response.headers().get(CACHE_HEADER).is_none(), "logged in");
        assert_eq!(response.headers()["cache-control"], "no-store");
        assert!(response.text().await.expect("body").contains("Rosalie"));
    }
    assert!(!visit(&app, &page).await.1.contains("Rosalie"));

    // A sign-up without a name: the form comes back with its problem, for this visitor only.
    let date = first_coming_date(&app, koken).await.to_string();
    let refused = app
        .post_form_with(
            &common::new_client(),
            &page,
            &[
                ("actie", "sign_up"),
                ("activiteit", &koken.to_string()),
                ("datum", &date),
                ("bijnaam", ""),
                ("email", "geen-adres"),
                ("telefoon", ""),
            ],
        )
        .await;
    assert!(refused.status().is_client_error(), "{}", refused.status());
    assert!(refused.headers().get(CACHE_HEADER).is_none());
    let problem = refused.text().await.expect("body");
    assert!(problem.contains("class=\"error-summary"), "{problem}");
    let (cache, after) = visit(&app, &page).await;
    assert_eq!(cache.as_deref(), Some("hit"));
    assert!(!after.contains("class=\"error-summary"));

    // A cookie of a session that ended: the answer takes it away, so it is rendered for this
    // visitor and not stored.
    let stale = with_header(&app, &page, "Cookie", "kring_sessie=bestaat-niet").await;
    assert!(stale.headers().get("set-cookie").is_some());
    assert!(stale.headers().get(CACHE_HEADER).is_none());
    // Another cookie than the language choice (a guest's phone): not from the cache either.
    let guest = with_header(&app, &page, "Cookie", "lang=nl; kring_gast=abc").await;
    assert!(guest.headers().get(CACHE_HEADER).is_none());
    let chosen = with_header(&app, &page, "Cookie", "lang=en").await;
    assert_eq!(
        chosen.headers()[CACHE_HEADER],
        "miss",
        "the language choice has its own page"
    );
    assert!(chosen.text().await.expect("body").contains("lang=\"en\""));
}

/// The browser's copy is confirmed with 304; brotli and gzip carry the same page; many visitors
/// at the same instant get one rendering.
async fn the_cache_answers_304_compressed_and_once_for_many(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let first = app.get("/activiteiten", "nl").await;
    let etag = first.headers()["etag"].to_str().expect("etag").to_owned();
    let plain = first.bytes().await.expect("body");
    let same = with_header(&app, "/activiteiten", "If-None-Match", &etag).await;
    assert_eq!(same.status(), 304);
    assert!(same.bytes().await.expect("body").is_empty());

    for coding in ["br", "gzip"] {
        let response = with_header(&app, "/activiteiten", "Accept-Encoding", coding).await;
        assert_eq!(response.headers()["content-encoding"], coding);
        assert_eq!(response.headers()["etag"].to_str().expect("etag"), etag);
        let packed = response.bytes().await.expect("body");
        let mut unpacked = Vec::new();
        if coding == "br" {
            brotli::Decompressor::new(&packed[..], 4096)
                .read_to_end(&mut unpacked)
                .expect("brotli");
        } else {
            flate2::read::GzDecoder::new(&packed[..])
                .read_to_end(&mut unpacked)
                .expect("gzip");
        }
        assert_eq!(unpacked, plain.to_vec(), "{coding} holds the same page");
    }

    // After a change, forty visitors at the same instant: one rendering, forty right pages.
    let coordinator = member_of(&app, "Coco", SLUG, "coordinator").await;
    cancel_first_date(&app, &coordinator, "Samen koken en eten", "Verbouwing in de keuken").await;
    let answers = burst(&app, (0..40).map(|_| BurstRequest::page("/activiteiten")).collect()).await;
    assert_eq!(common::count_status(&answers, 200), 40);
    assert!(answers.iter().all(|a| a.body.contains("Verbouwing in de keuken")));
    let misses = answers
        .iter()
        .filter(|a| a.head.contains("x-kring-cache: miss"))
        .count();
    assert_eq!(misses, 1, "one rendering for all");
}

/// Every table is either watched by the public version's triggers or named here as one that no
/// public page shows: a new table must be put on one side.
async fn every_table_is_public_or_private(backend: Backend) {
    const PRIVATE: [&str; 27] = [
        "sessions",
        "trusted_devices",
        "throttle",
        "email_challenges",
        "invites",
        "recovery_codes",
        "pending_logins",
        "audit_log",
        "calendar_feeds",
        "outbox",
        "profile_items",
        "profile_interests",
        "volunteer_task_offers",
        "contact_requests",
        "group_posts",
        "group_post_reports",
        "meeting_attendance",
        "meeting_attendees",
        "date_notices",
        "login_help",
        "public_version",
        "tallies",
        "tally_taps",
        "tally_corrections",
        "date_attendance",
        "date_attendees",
        "volunteer_hours",
    ];
    let app = TestApp::spawn(backend).await;
    let (tables, watched) = match backend {
        Backend::Sqlite => (
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%'",
            "SELECT DISTINCT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_public'",
        ),
        Backend::Postgres => (
            "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE '_sqlx%'",
            "SELECT DISTINCT event_object_table::text FROM information_schema.triggers WHERE trigger_name LIKE '%_public'",
        ),
    };
    let names = |sql: &'static str| {
        let db = app.state.db.clone();
        async move {
            let mut names: Vec<String> = sqlx::query_scalar(sql).fetch_all(&db.pool).await.expect("names");
            names.sort();
            names
        }
    };
    let watched = names(watched).await;
    let undecided: Vec<String> = names(tables)
        .await
        .into_iter()
        .filter(|t| !watched.contains(t) && !PRIVATE.contains(&t.as_str()))
        .collect();
    assert!(
        undecided.is_empty(),
        "tables neither watched nor private: {undecided:?}"
    );
    for table in PRIVATE {
        assert!(!watched.contains(&table.to_owned()), "{table} is private but watched");
    }
    assert!(watched.contains(&"occurrences".to_owned()) && watched.contains(&"accounts".to_owned()));

    // A write raises the version once, when it is committed.
    let before = app.state.db.public_version().await.expect("version");
    let mut tx = app.state.db.begin_write().await.expect("begin");
    for slug in ["een", "twee"] {
        sqlx::query(
            "INSERT INTO centres (slug, name, town, address, created_at) VALUES ($1, $1, 'Zwolle', 'Straat 1', 0)",
        )
        .bind(slug)
        .execute(&mut *tx)
        .await
        .expect("centre");
    }
    assert_eq!(
        app.state.db.public_version().await.expect("version"),
        before,
        "not before the commit"
    );
    tx.commit().await.expect("commit");
    let after = app.state.db.public_version().await.expect("version");
    assert!(after > before);
    sqlx::query("INSERT INTO throttle (key, attempts, window_start) VALUES ('x', 1, 0)")
        .execute(&app.state.db.pool)
        .await
        .expect("a counter");
    assert_eq!(
        app.state.db.public_version().await.expect("version"),
        after,
        "a private table"
    );
}

both_backends!(
    a_change_shows_on_the_cached_pages_at_once,
    a_change_through_one_server_shows_on_the_other,
    open_now_turns_at_the_opening_minute,
    nothing_personal_comes_from_the_cache,
    the_cache_answers_304_compressed_and_once_for_many,
    every_table_is_public_or_private,
);
