//! Limits and faults through the real server, on SQLite and PostgreSQL: limits that hold when
//! requests arrive at the same instant (see `common::burst`), bounded work for hostile input,
//! characters that cannot be saved, caching of answers that set a cookie, direct server-function
//! calls answered with 4xx, and a database that does not answer for a moment.

use crate::common;

use common::{
    ask_for_mail, burst, count_status, link_and_code, new_client, register, register_confirmed, register_ok, scalar,
    set_cookie, Backend, BurstRequest, TestApp, LOGIN_MAIL, PASSWORD,
};
use sqlx::Row;

/// 200 wrong passwords for one nickname released together: only the free attempts are checked.
async fn a_burst_of_wrong_passwords_checks_only_the_free_attempts(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let owner = new_client();
    register_ok(&app, &owner, "Anna").await;
    let requests = (0..200)
        .map(|n| {
            let guess = format!("raad maar eens {n}");
            BurstRequest::form(
                "/inloggen",
                &[("actie", "log_in"), ("bijnaam", "anna"), ("wachtwoord", &guess)],
            )
        })
        .collect();
    let answers = burst(&app, requests).await;
    let free = usize::try_from(app::ssr::auth::throttle::LOGIN_PER_NAME.free).expect("free");
    eprintln!(
        "wrong passwords {backend:?}: {} checked, {} waiting",
        count_status(&answers, 422),
        count_status(&answers, 429)
    );
    assert_eq!(count_status(&answers, 422), free, "only the free attempts were checked");
    assert_eq!(count_status(&answers, 429), 200 - free);
    let refused = answers.iter().find(|a| a.status == 429).expect("refused");
    assert!(refused.head.contains("retry-after"));
    assert!(refused.body.contains("Je hebt het te vaak geprobeerd"));
    // The owner's own browser, which logged in before, never waits for a stranger's guesses.
    assert_eq!(common::log_in(&app, &owner, "anna", PASSWORD).await.status(), 303);
}

/// 300 codes at once for one mail login: five are compared, so guessing a six-digit code in a
/// burst is as hopeless as one by one; afterwards even the right code is refused.
async fn a_burst_of_mail_codes_compares_at_most_five(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    register_confirmed(&app, &new_client(), "Anna", "anna@example.org").await;
    let client = new_client();
    let code_page = ask_for_mail(
        &app,
        &client,
        "/inloggen/email",
        "request_login_email",
        "anna@example.org",
    )
    .await;
    let handle = code_page.split_once("aanvraag=").expect("handle").1.to_owned();
    let (_, code) = link_and_code(&app.wait_for_mail("anna@example.org", LOGIN_MAIL).await);
    let requests = (0..300)
        .map(|n| format!("{:06}", (n * 7919 + 13) % 1_000_000))
        .filter(|guess| *guess != code)
        .map(|guess| {
            BurstRequest::form(
                &code_page,
                &[("actie", "use_login_code"), ("aanvraag", &handle), ("code", &guess)],
            )
        })
        .collect::<Vec<_>>();
    let sent = requests.len();
    let answers = burst(&app, requests).await;
    assert_eq!(count_status(&answers, 303), 0, "no guess logged in");
    let attempts = scalar(&app, "SELECT attempts FROM email_challenges WHERE purpose = 'login'").await;
    assert_eq!(attempts, 5, "five of {sent} codes were compared");
    let late = app
        .post_form_with(
            &client,
            &code_page,
            &[("actie", "use_login_code"), ("aanvraag", &handle), ("code", &code)],
        )
        .await;
    assert_eq!(late.status(), 422, "the request accepts no code any more");
}

/// A profile with 20,000 own words is refused with a message at once (a value that long is over
/// every field's limit), and so is a list of 1,500 words that fits in a field (the loops stop at
/// the limit); nothing is stored.
async fn a_hostile_profile_is_refused_with_a_message_and_nothing_is_stored(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let sam = new_client();
    register_ok(&app, &sam, "Sam").await;
    for (count, message) in [
        (20_000, "Dit is te lang"),
        (1_500, "Dat zijn er te veel. Kies er hoogstens 15."),
    ] {
        let words = (0..count).map(|n| format!("w{n}")).collect::<Vec<_>>().join(",");
        let started = std::time::Instant::now();
        let response = app
            .post_form_with(
                &sam,
                "/mijn/profiel",
                &[("actie", "save_profile_wishes"), ("wensen_eigen", &words)],
            )
            .await;
        eprintln!(
            "hostile profile {backend:?}: {count} own words answered in {} ms",
            started.elapsed().as_millis()
        );
        assert_eq!(response.status(), 422);
        let html = response.text().await.expect("body");
        assert!(html.contains(message), "{count} words: {message}");
    }
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM profile_items").await, 0);

    // A body over the limit is refused before it is read, with a message.
    let huge = "x".repeat(300 * 1024);
    let response = app
        .post_form_with(
            &sam,
            "/mijn/profiel",
            &[("actie", "save_profile_intro"), ("intro", &huge)],
        )
        .await;
    assert_eq!(response.status(), 413);
    assert!(response.text().await.expect("body").contains("Dit is te veel tekst"));
}

/// Invisible control and direction characters are refused in every field with a message, and
/// change nothing; what is kept is NFC.
async fn control_and_direction_characters_are_refused_everywhere(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let sam = new_client();
    register_ok(&app, &sam, "Sam").await;
    for (field, value) in [
        ("naam", "Sam\u{202e}kooC"),
        ("intro", "Hallo\u{0}daar"),
        ("goed_in_eigen", "koken\u{7}"),
    ] {
        let response = app
            .post_form_with(
                &sam,
                "/mijn/profiel",
                &[("actie", common::profile_part(field)), (field, value)],
            )
            .await;
        assert_eq!(response.status(), 422, "{field}");
        let html = response.text().await.expect("body");
        assert!(html.contains("onzichtbaar teken"), "{field}");
        assert!(!html.contains('\u{202e}') && !html.contains('\u{0}'), "not sent back");
    }
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM profiles").await, 0);

    let response = register(&app, &new_client(), "Bo\u{202e}b", "").await;
    assert_eq!(response.status(), 422);
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM accounts").await, 1);

    // Typed two ways, kept one way.
    let response = app
        .post_form_with(
            &sam,
            "/mijn/profiel",
            &[
                ("actie", "save_profile_intro"),
                ("naam", "Zoe\u{308}"),
                ("zicht_intro", "ik"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let name: String = sqlx::query("SELECT display_name FROM profiles")
        .fetch_one(&app.state.db.pool)
        .await
        .expect("profile")
        .try_get("display_name")
        .expect("name");
    assert_eq!(name, "Zo\u{eb}");

    // A direct call gets a 4xx with the problem, not a 500.
    let direct = sam
        .post(app.url("/api/save_profile_intro"))
        .header("Origin", &app.address)
        .header("Sec-Fetch-Site", "same-origin")
        .form(&[("naam", "x\u{202e}y")])
        .send()
        .await
        .expect("request");
    assert_eq!(direct.status(), 422);
    assert!(direct.text().await.expect("body").contains("ForbiddenCharacter"));
}

/// Server functions called directly with bad input answer with a 4xx, never a 500.
async fn direct_calls_with_bad_input_answer_4xx(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let call = |path: &'static str, fields: Vec<(&'static str, &'static str)>| {
        let client = new_client();
        let url = app.url(path);
        let origin = app.address.clone();
        async move {
            client
                .post(url)
                .header("Origin", origin)
                .header("Sec-Fetch-Site", "same-origin")
                .form(&fields)
                .send()
                .await
                .expect("request")
                .status()
                .as_u16()
        }
    };
    // Arguments that do not decode.
    assert_eq!(call("/api/sign_up", vec![("activiteit", "geen getal")]).await, 400);
    // A form with problems.
    assert_eq!(
        call(
            "/api/register",
            vec![("bijnaam", "x"), ("wachtwoord", "kort"), ("email", "")]
        )
        .await,
        422
    );
    // Needs a login.
    assert_eq!(call("/api/save_profile_intro", vec![("naam", "Sam")]).await, 401);
    // An activity that does not exist.
    assert_eq!(
        call("/api/sign_up", vec![("activiteit", "999999"), ("bijnaam", "Sam")]).await,
        404
    );
}

/// Answers that set a cookie or send the browser on are never stored by a cache.
async fn answers_that_set_a_cookie_are_never_cached(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let language = app
        .post_form_with(&new_client(), "/taal", &[("lang", "en"), ("terug", "/activiteiten")])
        .await;
    assert_eq!(language.status(), 303);
    assert!(set_cookie(&language, "lang").is_some());
    assert_eq!(language.headers()["cache-control"], "no-store");

    let client = new_client();
    register_ok(&app, &client, "Anna").await;
    let logout = app
        .post_form_with(&client, "/mijn-account", &[("actie", "log_out")])
        .await;
    assert_eq!(logout.headers()["cache-control"], "no-store");
    // Public pages may still be cached.
    assert_eq!(
        app.get("/activiteiten", "nl").await.headers()["cache-control"],
        "no-cache"
    );
}

/// When the database does not answer, a logged-in visitor gets "try again" (503) and keeps the
/// session: the cookie is not removed.
async fn a_database_that_does_not_answer_ends_no_session(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let client = new_client();
    register_ok(&app, &client, "Anna").await;
    app.state.db.pool.close().await;
    let response = client
        .get(app.url("/mijn-account"))
        .header("Accept-Language", "nl")
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 503);
    assert!(response.headers().contains_key("retry-after"));
    assert!(
        set_cookie(&response, "kring_sessie").is_none(),
        "the session cookie stays"
    );
    assert!(response.text().await.expect("body").contains("Even geduld"));
}

/// Mail that could not be delivered keeps its text (a login link, a guest's sign-up link) for
/// 30 days, then only who, what and when, and after 90 days nothing; `.eml` files in the mail
/// folder go after the retention period.
async fn undelivered_mail_and_mail_files_are_kept_only_as_long_as_needed(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let now = common::pinned_now().timestamp();
    let day = 86_400;
    for (id, age_days) in [(1, 10), (2, 31), (3, 91)] {
        sqlx::query(
            "INSERT INTO outbox (id, kind, recipient, subject, body, message_id, status, next_attempt_at, created_at)
             VALUES ($1, 'login', 'a@example.org', 'Inloggen', 'link: geheim', $2, 'mislukt', $3, $3)",
        )
        .bind(id)
        .bind(format!("m{id}"))
        .bind(now - age_days * day)
        .execute(&app.state.db.pool)
        .await
        .expect("row");
    }
    app::ssr::db::outbox::prune(&app.state.db, now).await.expect("prune");
    let bodies: Vec<(i64, String)> = sqlx::query("SELECT id, body FROM outbox ORDER BY id")
        .fetch_all(&app.state.db.pool)
        .await
        .expect("rows")
        .iter()
        .map(|row| (row.try_get("id").expect("id"), row.try_get("body").expect("body")))
        .collect();
    assert_eq!(bodies, vec![(1, "link: geheim".to_owned()), (2, String::new())]);
    assert!(
        !app::ssr::db::outbox::resend(&app.state.db, 2, now)
            .await
            .expect("resend"),
        "nothing left to send"
    );
    assert!(app::ssr::db::outbox::resend(&app.state.db, 1, now)
        .await
        .expect("resend"));

    let folder = app.state.mailer.folder().to_owned();
    let old = folder.join("old.eml");
    let new = folder.join("new.eml");
    std::fs::write(&old, "oud").expect("file");
    std::fs::write(&new, "nieuw").expect("file");
    let eight_days_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(8 * 86_400);
    std::fs::File::options()
        .write(true)
        .open(&old)
        .and_then(|file| file.set_modified(eight_days_ago))
        .expect("set the time");
    app.state
        .mailer
        .prune_folder(server::config::DEFAULT_MAIL_KEEP, std::time::SystemTime::now())
        .await
        .expect("prune");
    assert!(!old.exists(), "a file older than the retention period goes");
    assert!(new.exists(), "a newer one stays");
}

both_backends!(
    undelivered_mail_and_mail_files_are_kept_only_as_long_as_needed,
    a_burst_of_wrong_passwords_checks_only_the_free_attempts,
    a_burst_of_mail_codes_compares_at_most_five,
    a_hostile_profile_is_refused_with_a_message_and_nothing_is_stored,
    control_and_direction_characters_are_refused_everywhere,
    direct_calls_with_bad_input_answer_4xx,
    answers_that_set_a_cookie_are_never_cached,
    a_database_that_does_not_answer_ends_no_session,
);
