//! The public pages through the real server, on SQLite and PostgreSQL: content, every agenda
//! filter, languages, errors and headers.

use crate::common;

use base64::Engine;
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use common::{activity_id, Backend, TestApp};
use server::page_cache::CACHE_HEADER;
use sha2::Digest;
use sqlx::Row;

fn today() -> NaiveDate {
    common::pinned_today()
}

/// The first date after today that falls on `weekday`.
fn next(weekday: Weekday) -> NaiveDate {
    let mut day = today() + Duration::days(1);
    while day.weekday() != weekday {
        day += Duration::days(1);
    }
    day
}

async fn home_shows_today_the_week_and_whether_the_inloop_is_open(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let (status, html) = app.page("/").await;
    assert_eq!(status, 200);
    assert!(html.contains("<html lang=\"nl\""));
    assert!(html.contains("Wat is er vandaag?"));
    assert!(html.contains("Zelfregiecentrum De Haven") && html.contains("Herstelcentrum Het Anker"));
    let statuses = html.matches("Nu open, tot").count() + html.matches("Nu dicht. Open").count();
    assert_eq!(statuses, 2, "each centre says whether it is open");
    let today_section = html
        .split("id=\"vandaag\"")
        .nth(1)
        .and_then(|rest| rest.split("id=\"week\"").next())
        .expect("today section");
    assert!(
        today_section.contains("class=\"card"),
        "the demo always has something on today"
    );
    let week_section = html.split("id=\"week\"").nth(1).expect("week section");
    assert!(
        week_section.matches("class=\"day\"").count() >= 6,
        "the coming six days each have something on"
    );
}

async fn english_comes_from_the_browser_and_the_switch_is_kept_in_a_cookie(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let english = app.get("/", "en-GB,en;q=0.9").await.text().await.expect("body");
    assert!(english.contains("<html lang=\"en\""));
    assert!(english.contains("What is open now?"));

    let response = app
        .client
        .post(app.url("/taal"))
        .header("Accept", "text/html")
        .form(&[("lang", "en"), ("terug", "/activiteiten?soort=inloop")])
        .send()
        .await
        .expect("switch");
    assert_eq!(response.status().as_u16(), 303);
    assert_eq!(response.headers()["location"], "/activiteiten?soort=inloop");
    let cookie = response.headers()["set-cookie"].to_str().expect("cookie").to_owned();
    assert!(cookie.starts_with("lang=en;") && cookie.contains("SameSite=Lax") && cookie.contains("HttpOnly"));

    let html = app
        .get("/activiteiten?soort=inloop", "nl")
        .await
        .text()
        .await
        .expect("body");
    assert!(
        html.contains("<html lang=\"en\""),
        "the cookie wins over Accept-Language"
    );
    assert!(html.contains("Show activities"));

    let refused = app
        .client
        .post(app.url("/taal"))
        .form(&[("lang", "xx"), ("terug", "/")])
        .send()
        .await
        .expect("post");
    assert_eq!(refused.status().as_u16(), 400);
    let elsewhere = app
        .client
        .post(app.url("/taal"))
        .form(&[("lang", "nl"), ("terug", "//evil.example/")])
        .send()
        .await
        .expect("post");
    assert_eq!(elsewhere.headers()["location"], "/");
}

async fn the_agenda_shows_the_coming_week(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let (status, html) = app.page("/activiteiten").await;
    assert_eq!(status, 200);
    for title in [
        "Inloop met koffie",
        "Koffie-inloop",
        "Samen koken en eten",
        "Wandelgroep langs de IJssel",
        "Zondagsinloop",
    ] {
        assert!(html.contains(title), "{title} is on this week");
    }
    assert!(html.contains(&app::i18n::Lang::Nl.day_heading(today())));
}

async fn every_agenda_filter_narrows_the_list(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let (_, by_centre) = app.page("/activiteiten?centrum=het-anker-deventer").await;
    assert!(by_centre.contains("Koffie-inloop") && !by_centre.contains("Inloop met koffie"));
    assert!(by_centre.contains("<option value=\"het-anker-deventer\" selected"));

    let (_, by_kind) = app.page("/activiteiten?soort=inloop").await;
    assert!(by_kind.contains("Inloop met koffie") && !by_kind.contains("Samen koken en eten"));

    let (_, by_theme) = app.page("/activiteiten?thema=koken").await;
    assert!(by_theme.contains("Samen koken en eten") && !by_theme.contains("Wandelgroep"));

    let (_, without_signup) = app.page("/activiteiten?zonder-aanmelden=1").await;
    assert!(without_signup.contains("Inloop met koffie") && !without_signup.contains("Samen koken en eten"));
    assert!(!without_signup.contains("Creatief atelier"));

    let saturday = next(Weekday::Sat);
    let (_, one_day) = app.page(&format!("/activiteiten?weergave=dag&datum={saturday}")).await;
    assert!(one_day.contains("Wandelgroep langs de IJssel") && one_day.contains("Zaterdagkoffie"));
    assert!(
        !one_day.contains("Inloop met koffie"),
        "no weekday inloop on a Saturday"
    );
    assert!(one_day.contains(&app::i18n::Lang::Nl.day_heading(saturday)));

    let wednesday = next(Weekday::Wed) + Duration::days(7);
    let (_, later_week) = app.page(&format!("/activiteiten?datum={wednesday}&soort=cursus")).await;
    assert!(later_week.contains("WRAP: werken aan je herstel"));
    assert!(!later_week.contains("Koffie-inloop"));

    let (_, combined) = app
        .page("/activiteiten?centrum=de-haven-zwolle&thema=ontmoeting&zonder-aanmelden=1&soort=inloop")
        .await;
    assert!(
        combined.contains("Inloop met koffie")
            && !combined.contains("Koffie-inloop")
            && !combined.contains("Samen koken")
    );

    let (_, nothing) = app.page("/activiteiten?centrum=het-anker-deventer&soort=cursus").await;
    assert!(nothing.contains("We vonden niets"));
}

async fn bad_filter_values_get_a_clear_message_and_are_ignored(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let (status, html) = app
        .page("/activiteiten?datum=2026-13-45&soort=therapie&thema=%3Cscript%3E&centrum=..%2F&weergave=maand")
        .await;
    assert_eq!(status, 200);
    for message in [
        "Deze datum kunnen we niet gebruiken",
        "Deze soort kennen we niet",
        "Dit thema kennen we niet",
        "Dit centrum kennen we niet",
        "Kies één dag of een week",
    ] {
        assert!(html.contains(message), "{message}");
    }
    assert!(html.contains("aria-invalid=\"true\""));
    assert!(
        html.contains("value=\"2026-13-45\""),
        "what was typed stays in the field"
    );
    assert!(html.contains("Inloop met koffie"), "the default week is shown");
    assert!(!html.contains("<script>"));
}

async fn a_cancelled_date_shows_as_cancelled_with_its_reason(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    // The demo cancels the atelier on Tuesday of next week.
    let monday = today() - Duration::days(i64::from(today().weekday().num_days_from_monday()));
    let cancelled_day = monday + Duration::days(8);
    let (_, html) = app
        .page(&format!("/activiteiten?weergave=dag&datum={cancelled_day}"))
        .await;
    assert!(html.contains("Creatief atelier: schilderen"));
    assert!(html.contains("Gaat niet door: Yvonne is op vakantie"));
    assert!(html.contains("class=\"card cancelled\""));
    let id = activity_id(&app, "Creatief atelier: schilderen").await;
    let (_, page) = app.page(&format!("/activiteiten/{id}")).await;
    assert!(page.contains("Gaat niet door: Yvonne is op vakantie"));
}

async fn an_activity_page_says_where_when_what_and_how_to_join(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let id = activity_id(&app, "Samen koken en eten").await;
    let (status, html) = app.page(&format!("/activiteiten/{id}")).await;
    assert_eq!(status, 200);
    for text in [
        "Samen koken en eten",
        "Ahmed",
        "€ 3,50 voor de maaltijd",
        "De keuken",
        "Assendorperstraat 41",
        "Aanmelden",
        "Er is plek voor 12 mensen.",
        "Volgende keren",
        "Koken",
    ] {
        assert!(html.contains(text), "{text}");
    }
    assert!(
        html.matches("<time datetime=").count() >= 8,
        "the next dates of the series are listed"
    );
    assert!(html.contains("href=\"tel:0381234567\""));

    let inloop = activity_id(&app, "Koffie-inloop").await;
    let (_, html) = app.page(&format!("/activiteiten/{inloop}")).await;
    assert!(html.contains("Aanmelden is niet nodig. Kom gewoon langs."));

    let course = activity_id(&app, "WRAP: werken aan je herstel").await;
    let (_, html) = app.page(&format!("/activiteiten/{course}")).await;
    assert!(html.contains("Je meldt je één keer aan voor alle bijeenkomsten."));
}

/// Only a page with an island carries the hydration script; no page preloads the WebAssembly
/// (without JavaScript it would be downloaded for nothing).
async fn only_pages_with_an_island_carry_the_hydration_script(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    for path in ["/", "/activiteiten", "/centra", "/groepen", "/over"] {
        let (status, html) = app.page(path).await;
        assert_eq!(status, 200, "{path}");
        assert!(!html.contains("<leptos-island"), "{path} has no island");
        assert!(
            !html.contains("<script") && !html.contains("kring_bg.wasm"),
            "{path}: {html}"
        );
    }
    let id = activity_id(&app, "Samen koken en eten").await;
    let (_, html) = app.page(&format!("/activiteiten/{id}")).await;
    assert!(html.contains("<leptos-island"), "the share button");
    assert!(html.contains("<script type=\"module\">"), "{html}");
    assert!(!html.contains("modulepreload") && !html.contains("kring_bg.wasm\" as=\"fetch\""));
}

async fn missing_pages_answer_404_in_the_users_language(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    for (path, text) in [
        ("/activiteiten/999999", "Deze activiteit bestaat niet (meer)."),
        ("/activiteiten/abc", "Deze activiteit bestaat niet (meer)."),
        ("/centra/bestaat-niet", "Dit centrum bestaat niet (meer)."),
        ("/centra/..%2Fx", "Dit centrum bestaat niet (meer)."),
        ("/bestaat/niet", "Deze pagina bestaat niet"),
    ] {
        let (status, html) = app.page(path).await;
        assert_eq!(status, 404, "{path}");
        assert!(html.contains(text), "{path}");
    }
    let english = app.get("/bestaat/niet", "en").await;
    assert_eq!(english.status().as_u16(), 404);
    assert!(english.text().await.expect("body").contains("This page does not exist"));
}

async fn centres_show_address_hours_and_programme(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let (status, list) = app.page("/centra").await;
    assert_eq!(status, 200);
    assert!(list.contains("href=\"/centra/de-haven-zwolle\"") && list.contains("href=\"/centra/het-anker-deventer\""));

    let (status, html) = app.page("/centra/het-anker-deventer").await;
    assert_eq!(status, 200);
    for text in [
        "Herstelcentrum Het Anker",
        "Brink 12",
        "7411 BR Deventer",
        "Inloop deze week",
        "09:30 – 13:00",
        "12:00 – 15:00",
        "Programma de komende 7 dagen",
        "Koffie-inloop",
    ] {
        assert!(html.contains(text), "{text}");
    }
    assert_eq!(
        html.matches("<th scope=\"row\">").count(),
        7,
        "the whole week is listed"
    );
    assert!(html.contains("aria-current=\"date\""));
    assert!(!html.contains("Inloop met koffie"), "only this centre's programme");
}

async fn user_text_is_shown_as_text_never_as_html(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let id = activity_id(&app, "Computerhulp").await;
    sqlx::query("UPDATE activities SET title = $1, description = $2 WHERE id = $3")
        .bind("<script>alert(1)</script>")
        .bind("Zie https://example.org/uitleg\n<img src=x onerror=alert(1)> javascript:alert(1)")
        .bind(id)
        .execute(&app.state.db.pool)
        .await
        .expect("update");
    let (_, html) = app.page(&format!("/activiteiten/{id}")).await;
    assert!(
        !html.contains("<script>alert(1)</script>"),
        "not in the title, not in the page"
    );
    assert!(html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"));
    assert!(html.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; · Kring</title>"));
    assert!(!html.contains("<img src=x"));
    assert!(html.contains("<a href=\"https://example.org/uitleg\""));
    assert!(!html.contains("href=\"javascript:"));
}

async fn health_headers_and_compression(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let health = app.client.get(app.url("/healthz")).send().await.expect("health");
    assert_eq!(health.status().as_u16(), 200);
    assert_eq!(health.text().await.expect("body"), "ok");

    let page = app
        .client
        .get(app.url("/activiteiten"))
        .header("Accept-Encoding", "br")
        .send()
        .await
        .expect("page");
    assert_eq!(page.headers()["content-encoding"], "br");
    assert_eq!(page.headers()["cache-control"], "no-cache");
    assert_eq!(page.headers()["referrer-policy"], "strict-origin-when-cross-origin");
    // A public page from the cache has no script, and its policy runs none.
    let csp = page.headers()["content-security-policy"].to_str().expect("csp");
    assert!(
        csp.contains("default-src 'self'") && csp.contains("script-src 'none';"),
        "{csp}"
    );

    // An activity page has an island (the share button), so it carries the hydration script:
    // from the cache, named by its hash; rendered for someone logged in, by this response's nonce.
    let id = activity_id(&app, "Samen koken en eten").await;
    let cached = app.get(&format!("/activiteiten/{id}"), "nl").await;
    let policy = cached.headers()["content-security-policy"]
        .to_str()
        .expect("csp")
        .to_owned();
    let body = cached.text().await.expect("body");
    let script = body
        .split("<script type=\"module\">")
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .expect("the hydration script, without a nonce");
    let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(script.as_bytes()));
    let scripts = policy
        .split(';')
        .find(|d| d.trim().starts_with("script-src"))
        .expect("script-src");
    assert!(
        scripts.contains(&format!("'sha256-{hash}'"))
            && !scripts.contains("unsafe-inline")
            && !scripts.contains("nonce"),
        "{policy}"
    );

    let member = app.person("Noor").await;
    let mut policies = Vec::new();
    for _ in 0..2 {
        let html = member
            .get(app.url(&format!("/activiteiten/{id}")))
            .send()
            .await
            .expect("page");
        assert!(
            html.headers().get(CACHE_HEADER).is_none(),
            "a logged-in page is never cached"
        );
        let policy = html.headers()["content-security-policy"]
            .to_str()
            .expect("csp")
            .to_owned();
        let scripts = policy
            .split(';')
            .find(|d| d.trim().starts_with("script-src"))
            .expect("script-src")
            .to_owned();
        assert!(
            !scripts.contains("unsafe-inline"),
            "only scripts with the nonce run: {scripts}"
        );
        let nonce = policy
            .split("'nonce-")
            .nth(1)
            .and_then(|rest| rest.split('\'').next())
            .expect("nonce")
            .to_owned();
        let body = html.text().await.expect("body");
        assert!(
            body.contains(&format!("<script type=\"module\" nonce=\"{nonce}\">")),
            "the page's scripts carry the nonce its policy names"
        );
        policies.push(policy);
    }
    assert_ne!(policies[0], policies[1], "every response gets its own nonce");

    app.state.db.pool.close().await;
    let down = app.client.get(app.url("/healthz")).send().await.expect("health");
    assert_eq!(down.status().as_u16(), 503);
}

async fn the_occurrence_window_is_filled_once(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let db = &app.state.db;
    let count = || async {
        sqlx::query("SELECT COUNT(*) AS n FROM occurrences")
            .fetch_one(&db.pool)
            .await
            .expect("count")
            .try_get::<i64, _>("n")
            .expect("n")
    };
    let before = count().await;
    let added = app::ssr::schedule::fill_window(db, common::pinned_now())
        .await
        .expect("fill");
    assert_eq!(added, 0, "the demo already filled the window");
    assert_eq!(count().await, before);
    let later = common::pinned_now() + Duration::weeks(1);
    assert!(
        app::ssr::schedule::fill_window(db, later).await.expect("fill") > 0,
        "a week later the window moves on"
    );
    let cancelled: i64 = sqlx::query("SELECT COUNT(*) AS n FROM occurrences WHERE cancelled = 1")
        .fetch_one(&db.pool)
        .await
        .expect("count")
        .try_get("n")
        .expect("n");
    assert_eq!(cancelled, 1, "filling never undoes a cancellation");
}

async fn demo_data_is_refused_for_a_database_that_has_data(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let second = app::ssr::demo::load(&app.state.db, common::pinned_now()).await;
    assert!(matches!(second, Err(app::ssr::demo::DemoError::NotEmpty)));
    let centres: i64 = sqlx::query("SELECT COUNT(*) AS n FROM centres")
        .fetch_one(&app.state.db.pool)
        .await
        .expect("count")
        .try_get("n")
        .expect("n");
    assert_eq!(centres, 2);
}

both_backends!(
    home_shows_today_the_week_and_whether_the_inloop_is_open,
    english_comes_from_the_browser_and_the_switch_is_kept_in_a_cookie,
    the_agenda_shows_the_coming_week,
    every_agenda_filter_narrows_the_list,
    bad_filter_values_get_a_clear_message_and_are_ignored,
    a_cancelled_date_shows_as_cancelled_with_its_reason,
    an_activity_page_says_where_when_what_and_how_to_join,
    only_pages_with_an_island_carry_the_hydration_script,
    missing_pages_answer_404_in_the_users_language,
    centres_show_address_hours_and_programme,
    user_text_is_shown_as_text_never_as_html,
    health_headers_and_compression,
    the_occurrence_window_is_filled_once,
    demo_data_is_refused_for_a_database_that_has_data,
);
