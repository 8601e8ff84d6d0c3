//! Accounts through the real server, on SQLite and PostgreSQL: registration, login, logout,
//! session rotation and lifetimes, rate limits, cross-site refusal, cookie and cache headers.

use crate::common;

use common::{
    burst, count_status, log_in, logged_in, new_client, register, set_cookie, Backend, BurstRequest, TestApp, PASSWORD,
};
use sqlx::Row;

use crate::common::{ask_for_mail, link_and_code, register_confirmed, CONFIRM_MAIL, LOGIN_MAIL};

const RESET_MAIL: &str = "Nieuw wachtwoord voor Kring";

async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query(sql)
        .fetch_one(&app.state.db.pool)
        .await
        .expect("query")
        .try_get(0)
        .expect("count")
}

/// The script nonce of a page (from its Content-Security-Policy) and its HTML.
async fn with_nonce(response: reqwest::Response) -> (String, String) {
    let policy = response.headers()["content-security-policy"]
        .to_str()
        .expect("csp")
        .to_owned();
    let nonce = policy
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("nonce")
        .to_owned();
    (nonce, response.text().await.expect("body"))
}

async fn registering_logs_in_and_shows_my_account(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let response = register(&app, &app.client, "  Anna   B ", "").await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/mijn-account?welkom=1");
    let cookie = set_cookie(&response, "kring_sessie").expect("session cookie");
    for attribute in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(cookie.contains(attribute), "{cookie} lacks {attribute}");
    }
    assert!(!cookie.contains("Secure"), "plain HTTP cannot keep a Secure cookie");
    let token = cookie
        .split(';')
        .next()
        .and_then(|pair| pair.split_once('='))
        .expect("pair")
        .1
        .to_owned();

    let page = app.get("/mijn-account?welkom=1", "nl").await;
    assert_eq!(page.status(), 200);
    assert_eq!(page.headers()["cache-control"], "no-store");
    let html = page.text().await.expect("body");
    assert!(html.contains("Welkom! Je account is klaar"));
    assert!(html.contains("<dd>Anna B</dd>"), "the nickname is tidied");
    assert!(html.contains("Dit apparaat"));

    // Only hashes are stored: the password and the session token are nowhere in the database.
    let row = sqlx::query("SELECT nickname_key, password_hash, email FROM accounts")
        .fetch_one(&app.state.db.pool)
        .await
        .expect("account");
    assert_eq!(row.try_get::<String, _>("nickname_key").expect("key"), "anna b");
    assert!(row
        .try_get::<String, _>("password_hash")
        .expect("hash")
        .starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
    assert_eq!(row.try_get::<Option<String>, _>("email").expect("email"), None);
    let stored = sqlx::query("SELECT token_hash FROM sessions")
        .fetch_one(&app.state.db.pool)
        .await
        .expect("session")
        .try_get::<String, _>("token_hash")
        .expect("hash");
    assert_ne!(stored, token);

    // A logged-in person's pages are never cached, the public ones included.
    let home = app.get("/", "nl").await;
    assert_eq!(home.headers()["cache-control"], "no-store");
    assert!(home.text().await.expect("body").contains("href=\"/mijn-account\""));
}

async fn bad_registrations_are_explained_per_field_and_change_nothing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let response = app
        .post_form(
            "/registreren",
            &[
                ("actie", "register"),
                ("bijnaam", "A"),
                ("wachtwoord", "kort"),
                ("email", "anna-at-example"),
            ],
        )
        .await;
    assert_eq!(response.status(), 422);
    assert!(set_cookie(&response, "kring_sessie").is_none());
    let html = response.text().await.expect("body");
    assert!(html.contains("Kies een bijnaam van 2 tot 32 tekens."));
    assert!(html.contains("Dit wachtwoord is te kort."));
    assert!(html.contains("Dit is geen e-mailadres."));
    assert!(html.contains("value=\"anna-at-example\""), "typed values are kept");
    assert!(!html.contains("value=\"kort\""), "passwords are never sent back");
    assert!(html.contains("aria-invalid=\"true\""));

    for (password, message) in [
        ("password123", "Heel veel mensen gebruiken dit wachtwoord"),
        ("Welkom01", "Heel veel mensen gebruiken dit wachtwoord"),
        ("ik ben Bertje echt", "niet je bijnaam of het woord Kring"),
        ("mijn kring account", "niet je bijnaam of het woord Kring"),
    ] {
        let response = app
            .post_form(
                "/registreren",
                &[
                    ("actie", "register"),
                    ("bijnaam", "Bertje"),
                    ("wachtwoord", password),
                    ("email", ""),
                ],
            )
            .await;
        assert_eq!(response.status(), 422, "{password}");
        assert!(response.text().await.expect("body").contains(message), "{password}");
    }

    let english = app
        .client
        .post(app.url("/registreren"))
        .header("Accept", "text/html")
        .header("Accept-Language", "en")
        .form(&[
            ("actie", "register"),
            ("bijnaam", "Bertje"),
            ("wachtwoord", "x"),
            ("email", ""),
        ])
        .send()
        .await
        .expect("request");
    assert!(english
        .text()
        .await
        .expect("body")
        .contains("This password is too short."));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM accounts").await, 0);
}

async fn a_taken_nickname_is_said_but_a_taken_address_is_not(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    register_confirmed(&app, &new_client(), "Anna", "anna@example.org").await;
    let again = register(&app, &new_client(), "ANNA", "").await;
    assert_eq!(again.status(), 422);
    assert!(again
        .text()
        .await
        .expect("body")
        .contains("Deze bijnaam is al in gebruik."));
    // The same address on another account: the screen says what it always says, and only the
    // owner of the address learns from a mail that it has an account.
    let other = register(&app, &new_client(), "Bea", "Anna@Example.org").await;
    assert_eq!(other.status(), 303);
    let mail = app.wait_for_mail("Anna@Example.org", "Je e-mailadres bij Kring").await;
    assert!(mail.contains("dit adres hoort al bij een account"));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM accounts").await, 2);
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM accounts WHERE email_key = 'anna@example.org'"
        )
        .await,
        1
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM accounts WHERE nickname = 'Bea' AND email IS NULL"
        )
        .await,
        1
    );
}

async fn login_rotates_the_session_and_logout_ends_it(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let first = register(&app, &app.client, "Anna", "").await;
    let before = set_cookie(&first, "kring_sessie").expect("cookie");
    let old_token = before.split(';').next().expect("pair").to_owned();

    // Logging in again (by nickname in other case, or by address) gives a new session id.
    let response = log_in(&app, &app.client, "anna", PASSWORD).await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/mijn-account");
    let after = set_cookie(&response, "kring_sessie").expect("new cookie");
    assert_ne!(before, after);
    assert!(logged_in(&app, &app.client).await);

    // The cookie from before the login no longer works.
    let old_client = new_client();
    let replay = old_client
        .get(app.url("/mijn-account"))
        .header("Accept", "text/html")
        .header("Cookie", &old_token)
        .send()
        .await
        .expect("request");
    assert_eq!(replay.status(), 302);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM sessions").await, 1);

    let out = app.post_form("/mijn-account", &[("actie", "log_out")]).await;
    assert_eq!(out.status(), 303);
    assert_eq!(out.headers()["location"], "/?uitgelogd=1");
    assert!(set_cookie(&out, "kring_sessie").expect("cleared").contains("Max-Age=0"));
    assert!(!logged_in(&app, &app.client).await);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM sessions").await, 0);
    assert!(app.page("/?uitgelogd=1").await.1.contains("Je bent uitgelogd."));
}

async fn a_wrong_login_says_the_same_for_unknown_and_known_names(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    register_confirmed(&app, &new_client(), "Anna", "anna@example.org").await;
    let wrong_password = log_in(&app, &new_client(), "Anna", "verkeerd wachtwoord").await;
    let unknown = log_in(&app, &new_client(), "Niemand", "verkeerd wachtwoord").await;
    assert_eq!(wrong_password.status(), 422);
    assert_eq!(unknown.status(), 422);
    let message = "Deze gegevens kloppen niet.";
    let a = with_nonce(wrong_password).await;
    let b = with_nonce(unknown).await;
    assert!(a.1.contains(message) && b.1.contains(message));
    // The pages differ only in the typed name and the per-request nonce.
    let strip = |(nonce, html): &(String, String), name: &str| html.replace(nonce.as_str(), "N").replace(name, "NAAM");
    assert_eq!(strip(&a, "Anna"), strip(&b, "Niemand"));
    // The e-mail address works as a name too.
    assert_eq!(
        log_in(&app, &new_client(), "ANNA@example.org", PASSWORD).await.status(),
        303
    );
}

async fn guessing_slows_down_but_never_locks_the_owner_out(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let owner = new_client();
    assert_eq!(register(&app, &owner, "Anna", "").await.status(), 303);
    let attacker = new_client();
    let mut refused = false;
    for _ in 0..12 {
        let response = log_in(&app, &attacker, "anna", "raad maar eens").await;
        if response.status() == 429 {
            let html = response.text().await.expect("body");
            assert!(html.contains("Je hebt het te vaak geprobeerd. Wacht"));
            refused = true;
            break;
        }
        assert_eq!(response.status(), 422);
    }
    assert!(refused, "failures for one name are slowed down");
    // While the name is slowed down, even the right password from a new browser waits.
    sqlx::query("UPDATE throttle SET blocked_until = $1 WHERE key = 'login-name:anna'")
        .bind(common::pinned_now().timestamp() + 600)
        .execute(&app.state.db.pool)
        .await
        .expect("update");
    assert_eq!(log_in(&app, &new_client(), "anna", PASSWORD).await.status(), 429);
    // The owner's own browser, which logged in before, is not affected.
    assert_eq!(log_in(&app, &owner, "anna", PASSWORD).await.status(), 303);
}

async fn ending_all_sessions_logs_out_every_browser(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let phone = new_client();
    let tablet = new_client();
    register(&app, &phone, "Anna", "").await;
    assert_eq!(log_in(&app, &tablet, "Anna", PASSWORD).await.status(), 303);
    let html = phone
        .get(app.url("/mijn-account"))
        .send()
        .await
        .expect("request")
        .text()
        .await
        .expect("body");
    assert_eq!(html.matches("<li><strong>").count(), 2, "both sessions are listed");
    let response = app
        .post_form_with(&phone, "/mijn-account", &[("actie", "end_sessions")])
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/inloggen?overal_uitgelogd=1");
    assert!(!logged_in(&app, &phone).await);
    assert!(!logged_in(&app, &tablet).await);
}

async fn sessions_end_when_idle_and_at_their_absolute_end(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    register(&app, &app.client, "Anna", "").await;
    assert!(logged_in(&app, &app.client).await);
    let now = common::pinned_now().timestamp();
    sqlx::query("UPDATE sessions SET last_seen_at = $1")
        .bind(now - 15 * 24 * 3600)
        .execute(&app.state.db.pool)
        .await
        .expect("update");
    assert!(!logged_in(&app, &app.client).await, "14 days idle ends a session");

    log_in(&app, &app.client, "Anna", PASSWORD).await;
    assert!(logged_in(&app, &app.client).await);
    sqlx::query("UPDATE sessions SET expires_at = $1")
        .bind(now - 1)
        .execute(&app.state.db.pool)
        .await
        .expect("update");
    assert!(
        !logged_in(&app, &app.client).await,
        "a session ends at its absolute end"
    );
}

async fn posts_from_another_site_are_refused_and_change_nothing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let fields = [
        ("actie", "register"),
        ("bijnaam", "Anna"),
        ("wachtwoord", PASSWORD),
        ("email", ""),
    ];
    let by_origin = app
        .client
        .post(app.url("/registreren"))
        .header("Origin", "https://evil.example")
        .header("Accept-Language", "nl")
        .form(&fields)
        .send()
        .await
        .expect("request");
    assert_eq!(by_origin.status(), 403);
    assert!(by_origin
        .text()
        .await
        .expect("body")
        .contains("Dit formulier komt niet van Kring"));
    let by_fetch_metadata = app
        .client
        .post(app.url("/api/register"))
        .header("Sec-Fetch-Site", "cross-site")
        .form(&fields)
        .send()
        .await
        .expect("request");
    assert_eq!(by_fetch_metadata.status(), 403);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM accounts").await, 0);
    // The same post from Kring's own page goes through.
    assert_eq!(app.post_form("/registreren", &fields).await.status(), 303);
}

/// A hundred registrations from one address released at the same instant make exactly the free
/// number of accounts (or are told to try again when the password queue is full); the rest wait.
async fn registrations_from_one_address_are_limited(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let free = app::ssr::auth::throttle::REGISTER_PER_IP.free;
    let requests = (0..free + 40)
        .map(|n| {
            let nickname = format!("Nieuw {n}");
            BurstRequest::form(
                "/registreren",
                &[
                    ("actie", "register"),
                    ("bijnaam", &nickname),
                    ("wachtwoord", PASSWORD),
                    ("email", ""),
                ],
            )
        })
        .collect();
    let answers = burst(&app, requests).await;
    let made = count(&app, "SELECT COUNT(*) FROM accounts").await;
    let busy = count_status(&answers, 503);
    eprintln!(
        "registrations {backend:?}: {} made, {busy} busy, {} waiting",
        count_status(&answers, 303),
        count_status(&answers, 429)
    );
    assert_eq!(usize::try_from(made).expect("count"), count_status(&answers, 303));
    assert_eq!(
        made + i64::try_from(busy).expect("count"),
        free,
        "the free attempts, no more"
    );
    assert_eq!(count_status(&answers, 429), 40);
    let waiting = answers.iter().find(|a| a.status == 429).expect("a refusal");
    assert!(waiting.head.contains("retry-after"));
    assert!(waiting.head.contains("cache-control: no-store"));
}

async fn login_returns_only_to_a_page_on_this_site(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    register(&app, &new_client(), "Anna", "").await;
    let page = app.page("/inloggen?terug=/activiteiten").await.1;
    assert!(page.contains("name=\"terug\" value=\"/activiteiten\""));
    let back = app
        .post_form(
            "/inloggen",
            &[
                ("actie", "log_in"),
                ("bijnaam", "Anna"),
                ("wachtwoord", PASSWORD),
                ("terug", "/activiteiten"),
            ],
        )
        .await;
    assert_eq!(back.headers()["location"], "/activiteiten");
    let evil = app
        .post_form(
            "/inloggen",
            &[
                ("actie", "log_in"),
                ("bijnaam", "Anna"),
                ("wachtwoord", PASSWORD),
                ("terug", "//evil.example"),
            ],
        )
        .await;
    assert_eq!(evil.headers()["location"], "/mijn-account");
}

async fn over_https_cookies_are_host_bound_and_pages_send_hsts(backend: Backend) {
    let app = TestApp::spawn_with(backend, |settings| settings.public_url = "https://kring.example".into()).await;
    let response = register(&app, &app.client, "Anna", "").await;
    let cookie = set_cookie(&response, "__Host-kring_sessie").expect("host cookie");
    assert!(cookie.contains("; Secure") && cookie.contains("Path=/") && !cookie.contains("Domain"));
    let page = app.get("/", "nl").await;
    assert_eq!(
        page.headers()["strict-transport-security"],
        "max-age=31536000; includeSubDomains"
    );
}

async fn pages_send_security_headers(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    for path in ["/", "/inloggen", "/registreren"] {
        let response = app.get(path, "nl").await;
        let headers = response.headers();
        let policy = headers["content-security-policy"].to_str().expect("csp");
        assert!(policy.contains("frame-ancestors 'none'") && !policy.contains("script-src 'self' 'unsafe-inline'"));
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert_eq!(headers["referrer-policy"], "strict-origin-when-cross-origin");
        assert!(
            headers.get("strict-transport-security").is_none(),
            "no HSTS over plain HTTP"
        );
    }
    assert_eq!(app.get("/inloggen", "nl").await.headers()["cache-control"], "no-store");
    // A page that needs a login redirects any client, not only those that ask for HTML.
    let plain = new_client()
        .get(app.url("/mijn-account"))
        .send()
        .await
        .expect("request");
    assert_eq!(plain.status(), 302);
    assert_eq!(plain.headers()["location"], "/inloggen?terug=/mijn-account");
    assert_eq!(app.get("/", "nl").await.headers()["cache-control"], "no-cache");
}

fn path_of(link: &str) -> String {
    let rest = link.split_once("://").expect("scheme").1;
    format!("/{}", rest.split_once('/').expect("path").1)
}

fn token_of(link: &str) -> String {
    link.split_once("token=").expect("token").1.to_owned()
}

async fn the_login_link_shows_a_button_and_only_its_post_logs_in_once(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    register_confirmed(&app, &new_client(), "Anna", "anna@example.org").await;
    let code_page = ask_for_mail(
        &app,
        &app.client,
        "/inloggen/email",
        "request_login_email",
        "Anna@Example.org",
    )
    .await;
    assert!(code_page.starts_with("/inloggen/code?aanvraag="));
    let mail = app.wait_for_mail("anna@example.org", LOGIN_MAIL).await;
    assert!(mail.contains("Hallo Anna,"));
    let (link, _) = link_and_code(&mail);
    assert!(link.starts_with("http://127.0.0.1/inloggen/link?token="), "{link}");

    // Opening the link (as a mail scanner would) uses nothing up.
    for _ in 0..2 {
        let page = app.get(&path_of(&link), "nl").await;
        assert_eq!(page.status(), 200);
        assert_eq!(page.headers()["cache-control"], "no-store");
        let html = page.text().await.expect("body");
        assert!(html.contains("Klik op de knop om in te loggen."));
        assert!(html.contains("name=\"actie\" value=\"use_login_link\""));
    }
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM email_challenges WHERE purpose = 'login' AND used_at IS NOT NULL"
        )
        .await,
        0
    );
    assert!(!logged_in(&app, &app.client).await);

    let token = token_of(&link);
    let fields = [("actie", "use_login_link"), ("token", token.as_str())];
    let used = app.post_form(&path_of(&link), &fields).await;
    assert_eq!(used.status(), 303);
    assert_eq!(used.headers()["location"], "/mijn-account");
    assert!(logged_in(&app, &app.client).await);

    let again = app.post_form_with(&new_client(), &path_of(&link), &fields).await;
    assert_eq!(again.status(), 422);
    assert!(again.text().await.expect("body").contains("Deze link werkt niet meer."));
    let page = app.get(&path_of(&link), "nl").await.text().await.expect("body");
    assert!(page.contains("Deze link werkt niet meer."));
}

async fn the_code_from_the_mail_logs_in_and_wrong_codes_run_out(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    register_confirmed(&app, &new_client(), "Anna", "anna@example.org").await;
    let code_page = ask_for_mail(
        &app,
        &app.client,
        "/inloggen/email",
        "request_login_email",
        "anna@example.org",
    )
    .await;
    let handle = code_page.split_once("aanvraag=").expect("handle").1.to_owned();
    let (_, code) = link_and_code(&app.wait_for_mail("anna@example.org", LOGIN_MAIL).await);
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let typed = format!("{} {}", &code[..3], &code[3..]);

    let refused = app
        .post_form(
            &code_page,
            &[("actie", "use_login_code"), ("aanvraag", &handle), ("code", wrong)],
        )
        .await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.expect("body");
    assert!(html.contains("Deze code klopt niet of werkt niet meer."));
    assert!(!html.contains(&format!("value=\"{wrong}\"")), "codes are not sent back");

    let accepted = app
        .post_form(
            &code_page,
            &[("actie", "use_login_code"), ("aanvraag", &handle), ("code", &typed)],
        )
        .await;
    assert_eq!(accepted.status(), 303);
    assert!(logged_in(&app, &app.client).await);
    // Used once.
    let reused = app
        .post_form_with(
            &new_client(),
            &code_page,
            &[("actie", "use_login_code"), ("aanvraag", &handle), ("code", &code)],
        )
        .await;
    assert_eq!(reused.status(), 422);

    // Five wrong codes end a request, even before the right one comes.
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
    let wrong = if code == "000000" { "111111" } else { "000000" };
    for _ in 0..5 {
        let response = app
            .post_form_with(
                &client,
                &code_page,
                &[("actie", "use_login_code"), ("aanvraag", &handle), ("code", wrong)],
            )
            .await;
        assert_eq!(response.status(), 422);
    }
    let late = app
        .post_form_with(
            &client,
            &code_page,
            &[("actie", "use_login_code"), ("aanvraag", &handle), ("code", &code)],
        )
        .await;
    assert_eq!(late.status(), 422);
}

async fn expired_links_and_codes_are_refused(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    register_confirmed(&app, &new_client(), "Anna", "anna@example.org").await;
    let code_page = ask_for_mail(
        &app,
        &app.client,
        "/inloggen/email",
        "request_login_email",
        "anna@example.org",
    )
    .await;
    let handle = code_page.split_once("aanvraag=").expect("handle").1.to_owned();
    let (link, code) = link_and_code(&app.wait_for_mail("anna@example.org", LOGIN_MAIL).await);
    // Sixteen minutes later.
    sqlx::query("UPDATE email_challenges SET expires_at = $1")
        .bind(common::pinned_now().timestamp() - 60)
        .execute(&app.state.db.pool)
        .await
        .expect("update");
    let token = token_of(&link);
    let by_link = app
        .post_form(&path_of(&link), &[("actie", "use_login_link"), ("token", &token)])
        .await;
    assert_eq!(by_link.status(), 422);
    let by_code = app
        .post_form(
            &code_page,
            &[("actie", "use_login_code"), ("aanvraag", &handle), ("code", &code)],
        )
        .await;
    assert_eq!(by_code.status(), 422);
    assert!(!logged_in(&app, &app.client).await);
}

async fn an_unknown_address_gets_the_same_answer_and_no_mail(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    register_confirmed(&app, &new_client(), "Anna", "anna@example.org").await;
    let known = ask_for_mail(
        &app,
        &new_client(),
        "/inloggen/email",
        "request_login_email",
        "anna@example.org",
    )
    .await;
    let unknown = ask_for_mail(
        &app,
        &new_client(),
        "/inloggen/email",
        "request_login_email",
        "niemand@example.org",
    )
    .await;
    let shape = |location: &str| {
        location
            .split_once("aanvraag=")
            .map(|(path, handle)| (path.to_owned(), handle.len()))
    };
    assert_eq!(shape(&known), shape(&unknown));
    let known_page = with_nonce(app.get(&known, "nl").await).await;
    let unknown_page = with_nonce(app.get(&unknown, "nl").await).await;
    // The pages differ only in the request's handle and the nonce.
    let strip = |(nonce, html): &(String, String), location: &str| {
        let handle = location.split_once("aanvraag=").expect("handle").1;
        html.replace(handle, "H").replace(nonce.as_str(), "N")
    };
    assert_eq!(strip(&known_page, &known), strip(&unknown_page, &unknown));
    let unknown_page = unknown_page.1;
    assert!(unknown_page.contains("Hoort er een account bij dit adres?"));
    app.wait_for_mail("anna@example.org", LOGIN_MAIL).await;
    assert!(app.mails_to("niemand@example.org").is_empty());
    // A typing mistake in the address is said, as that tells nothing about accounts.
    let response = app
        .post_form(
            "/inloggen/email",
            &[("actie", "request_login_email"), ("email", "anna@example")],
        )
        .await;
    assert_eq!(response.status(), 422);
    assert!(response
        .text()
        .await
        .expect("body")
        .contains("Dit is geen e-mailadres."));
}

async fn mails_to_one_address_are_limited(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    for _ in 0..5 {
        ask_for_mail(
            &app,
            &new_client(),
            "/inloggen/email",
            "request_login_email",
            "iemand@example.org",
        )
        .await;
    }
    let response = app
        .post_form(
            "/wachtwoord-vergeten",
            &[("actie", "request_password_reset"), ("email", "IEMAND@example.org")],
        )
        .await;
    assert_eq!(response.status(), 429);
    assert!(response
        .text()
        .await
        .expect("body")
        .contains("Je hebt het te vaak geprobeerd."));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM email_challenges").await, 5);
}

async fn a_password_reset_by_link_sets_a_new_password_and_ends_other_sessions(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let other_device = new_client();
    register_confirmed(&app, &other_device, "Anna", "anna@example.org").await;
    ask_for_mail(
        &app,
        &app.client,
        "/wachtwoord-vergeten",
        "request_password_reset",
        "anna@example.org",
    )
    .await;
    let mail = app.wait_for_mail("anna@example.org", RESET_MAIL).await;
    let (link, _) = link_and_code(&mail);
    assert!(link.contains("/wachtwoord-vergeten/link?token="));
    let page = app.get(&path_of(&link), "nl").await.text().await.expect("body");
    assert!(page.contains("Kies een nieuw wachtwoord."));

    let token = token_of(&link);
    let weak = app
        .post_form(
            &path_of(&link),
            &[
                ("actie", "reset_password_with_link"),
                ("token", &token),
                ("wachtwoord", "Anna1234!"),
            ],
        )
        .await;
    assert_eq!(weak.status(), 422, "a password with the nickname in it is refused");
    let new_password = "zeven blauwe vogels";
    let done = app
        .post_form(
            &path_of(&link),
            &[
                ("actie", "reset_password_with_link"),
                ("token", &token),
                ("wachtwoord", new_password),
            ],
        )
        .await;
    assert_eq!(done.status(), 303);
    assert_eq!(done.headers()["location"], "/mijn-account?wachtwoord_nieuw=1");
    assert!(logged_in(&app, &app.client).await);
    assert!(!logged_in(&app, &other_device).await, "other sessions end");
    assert_eq!(log_in(&app, &new_client(), "Anna", PASSWORD).await.status(), 422);
    assert_eq!(log_in(&app, &new_client(), "Anna", new_password).await.status(), 303);
}

async fn a_password_reset_by_code_works_too(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    register_confirmed(&app, &new_client(), "Anna", "anna@example.org").await;
    let code_page = ask_for_mail(
        &app,
        &app.client,
        "/wachtwoord-vergeten",
        "request_password_reset",
        "anna@example.org",
    )
    .await;
    assert!(code_page.starts_with("/wachtwoord-vergeten/code?aanvraag="));
    let handle = code_page.split_once("aanvraag=").expect("handle").1.to_owned();
    let (_, code) = link_and_code(&app.wait_for_mail("anna@example.org", RESET_MAIL).await);
    let new_password = "zeven blauwe vogels";
    let fields = [
        ("actie", "reset_password_with_code"),
        ("aanvraag", handle.as_str()),
        ("code", code.as_str()),
        ("wachtwoord", new_password),
    ];
    let done = app.post_form(&code_page, &fields).await;
    assert_eq!(done.status(), 303);
    assert_eq!(
        log_in(&app, &new_client(), "anna@example.org", new_password)
            .await
            .status(),
        303
    );
    // The login code of a reset mail does not log in through the login form.
    assert_eq!(app.post_form(&code_page, &fields).await.status(), 422);
}

async fn changes_to_the_account_ask_for_the_password_first(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let other_device = new_client();
    register(&app, &app.client, "Anna", "").await;
    log_in(&app, &other_device, "Anna", PASSWORD).await;

    let wrong = app
        .post_form(
            "/mijn-account/bijnaam",
            &[
                ("actie", "change_nickname"),
                ("bijnaam", "Anna Maria"),
                ("huidig_wachtwoord", "fout"),
            ],
        )
        .await;
    assert_eq!(wrong.status(), 422);
    let html = wrong.text().await.expect("body");
    assert!(html.contains("Dit is niet je huidige wachtwoord."));
    assert!(
        html.contains("value=\"Anna Maria\""),
        "the new nickname as typed is kept"
    );
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM accounts WHERE nickname = 'Anna'").await,
        1
    );

    let renamed = app
        .post_form(
            "/mijn-account/bijnaam",
            &[
                ("actie", "change_nickname"),
                ("bijnaam", "Anna Maria"),
                ("huidig_wachtwoord", PASSWORD),
            ],
        )
        .await;
    assert_eq!(renamed.status(), 303);
    assert_eq!(renamed.headers()["location"], "/mijn-account?bijnaam_nieuw=1");
    assert!(app.page("/mijn-account").await.1.contains("<dd>Anna Maria</dd>"));

    let new_password = "zeven blauwe vogels";
    let changed = app
        .post_form(
            "/mijn-account/wachtwoord",
            &[
                ("actie", "change_password"),
                ("huidig_wachtwoord", PASSWORD),
                ("wachtwoord", new_password),
            ],
        )
        .await;
    assert_eq!(changed.status(), 303);
    assert!(logged_in(&app, &app.client).await, "this browser stays logged in");
    assert!(!logged_in(&app, &other_device).await, "other browsers are logged out");
    assert_eq!(log_in(&app, &new_client(), "Anna Maria", PASSWORD).await.status(), 422);
    assert_eq!(
        log_in(&app, &new_client(), "Anna Maria", new_password).await.status(),
        303
    );
}

async fn a_new_address_is_saved_only_after_its_link_is_used(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    register(&app, &app.client, "Anna", "").await;
    let response = app
        .post_form(
            "/mijn-account/email",
            &[
                ("actie", "change_email"),
                ("email", "anna@example.org"),
                ("huidig_wachtwoord", PASSWORD),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/mijn-account?email_gestuurd=1");
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM accounts WHERE email IS NOT NULL").await,
        0
    );
    let mail = app.wait_for_mail("anna@example.org", CONFIRM_MAIL).await;
    let link = mail
        .split_whitespace()
        .find(|word| word.contains("/email-bevestigen?token="))
        .expect("link")
        .to_owned();
    // Opening the link changes nothing; its button does.
    let page = app.get(&path_of(&link), "nl").await.text().await.expect("body");
    assert!(page.contains("E-mailadres bevestigen"));
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM accounts WHERE email IS NOT NULL").await,
        0
    );
    let token = token_of(&link);
    let confirmed = app
        .post_form_with(
            &new_client(),
            "/email-bevestigen",
            &[("actie", "confirm_email"), ("token", &token)],
        )
        .await;
    assert_eq!(confirmed.status(), 303);
    assert!(app.page("/mijn-account").await.1.contains("<dd>anna@example.org</dd>"));

    // An empty field removes the address.
    let removed = app
        .post_form(
            "/mijn-account/email",
            &[
                ("actie", "change_email"),
                ("email", ""),
                ("huidig_wachtwoord", PASSWORD),
            ],
        )
        .await;
    assert_eq!(removed.headers()["location"], "/mijn-account?email_weg=1");
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM accounts WHERE email IS NOT NULL").await,
        0
    );
}

async fn my_data_downloads_as_json_with_everything_kept_about_me(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    register_confirmed(&app, &app.client, "Anna", "anna@example.org").await;
    log_in(&app, &app.client, "Anna", PASSWORD).await;
    sqlx::query(
        "INSERT INTO centre_roles (account_id, centre_id, role, created_at)
         SELECT a.id, c.id, 'vrijwilliger', 0 FROM accounts a, centres c WHERE a.nickname = 'Anna' AND c.slug = 'de-haven-zwolle'",
    )
    .execute(&app.state.db.pool)
    .await
    .expect("role");
    let cooking = common::activity_id(&app, "Samen koken en eten").await;
    let date = common::first_coming_date(&app, cooking).await;
    let signed_up = app
        .post_form(
            &format!("/activiteiten/{cooking}"),
            &[
                ("actie", "sign_up"),
                ("activiteit", &cooking.to_string()),
                ("datum", &date.to_string()),
            ],
        )
        .await;
    assert_eq!(signed_up.status(), 303);
    let response = app
        .client
        .get(app.url("/api/export_my_data"))
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["cache-control"], "no-store");
    assert!(response.headers()["content-disposition"]
        .to_str()
        .expect("header")
        .starts_with("attachment"));
    let data: serde_json::Value = response.json().await.expect("json");
    assert_eq!(data["nickname"], "Anna");
    assert_eq!(data["email"], "anna@example.org");
    assert_eq!(data["roles"][0][1], "vrijwilliger");
    assert_eq!(data["sessions"].as_array().map(Vec::len), Some(1));
    assert_eq!(data["signups"][0]["activity"], "Samen koken en eten");
    assert_eq!(data["signups"][0]["status"], "bevestigd");
    assert_eq!(data["reminders"], true);
    let text = data.to_string();
    assert!(
        !text.contains("argon2") && !text.contains("token"),
        "no secrets in the export"
    );

    let visitor = new_client()
        .get(app.url("/api/export_my_data"))
        .send()
        .await
        .expect("request");
    assert_ne!(visitor.status(), 200);
}

async fn deleting_the_account_ends_sessions_and_removes_personal_data(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let other_device = new_client();
    register_confirmed(&app, &app.client, "Anna", "anna@example.org").await;
    log_in(&app, &other_device, "Anna", PASSWORD).await;
    let refused = app
        .post_form(
            "/mijn-account/verwijderen",
            &[("actie", "delete_account"), ("huidig_wachtwoord", "fout")],
        )
        .await;
    assert_eq!(refused.status(), 422);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM accounts").await, 1);

    let deleted = app
        .post_form(
            "/mijn-account/verwijderen",
            &[("actie", "delete_account"), ("huidig_wachtwoord", PASSWORD)],
        )
        .await;
    assert_eq!(deleted.status(), 303);
    assert_eq!(deleted.headers()["location"], "/?account_weg=1");
    assert!(!logged_in(&app, &app.client).await);
    assert!(!logged_in(&app, &other_device).await);
    for table in [
        "accounts",
        "sessions",
        "trusted_devices",
        "email_challenges",
        "centre_roles",
    ] {
        assert_eq!(
            count(&app, &format!("SELECT COUNT(*) FROM {table}")).await,
            0,
            "{table}"
        );
    }
    assert_eq!(log_in(&app, &new_client(), "Anna", PASSWORD).await.status(), 422);
    // The nickname is free again.
    assert_eq!(register(&app, &new_client(), "Anna", "").await.status(), 303);
}

/// A cookie of no session is taken away when a page is opened, never by the answer to a file
/// or script the browser fetches alongside (that answer may come after the next login).
async fn a_stale_session_cookie_goes_only_when_a_page_opens(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let stale = "kring_sessie=bestaat-niet";
    let asset = app
        .client
        .get(app.url("/activiteiten"))
        .header("Cookie", stale)
        .header("Sec-Fetch-Dest", "script")
        .send()
        .await
        .expect("request");
    assert!(common::set_cookie(&asset, "kring_sessie").is_none());
    let page = app
        .client
        .get(app.url("/activiteiten"))
        .header("Cookie", stale)
        .header("Accept", "text/html")
        .header("Sec-Fetch-Dest", "document")
        .send()
        .await
        .expect("request");
    assert!(common::set_cookie(&page, "kring_sessie")
        .expect("cleared")
        .contains("Max-Age=0"));
}

/// Many requests of two members at the same moment: each answer is for its own member.
async fn concurrent_requests_keep_their_own_session(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ann = app.person("Ann").await;
    let bo = app.person("Bo").await;
    let mut tasks = Vec::new();
    for n in 0..60 {
        let (client, me, other) = if n % 2 == 0 {
            ((*ann).clone(), "Ann", "Bo")
        } else {
            ((*bo).clone(), "Bo", "Ann")
        };
        let url = app.url("/mijn-account");
        tasks.push(tokio::spawn(async move {
            let html = client
                .get(url)
                .header("Accept", "text/html")
                .send()
                .await
                .expect("request")
                .text()
                .await
                .expect("body");
            (html.contains(me), html.contains(&format!(">{other}<")))
        }));
    }
    for task in tasks {
        let (mine, theirs) = task.await.expect("task");
        assert!(
            mine && !theirs,
            "an answer for someone else: mine {mine}, theirs {theirs}"
        );
    }
}

both_backends!(
    concurrent_requests_keep_their_own_session,
    a_stale_session_cookie_goes_only_when_a_page_opens,
    registering_logs_in_and_shows_my_account,
    bad_registrations_are_explained_per_field_and_change_nothing,
    a_taken_nickname_is_said_but_a_taken_address_is_not,
    login_rotates_the_session_and_logout_ends_it,
    a_wrong_login_says_the_same_for_unknown_and_known_names,
    guessing_slows_down_but_never_locks_the_owner_out,
    ending_all_sessions_logs_out_every_browser,
    sessions_end_when_idle_and_at_their_absolute_end,
    posts_from_another_site_are_refused_and_change_nothing,
    registrations_from_one_address_are_limited,
    login_returns_only_to_a_page_on_this_site,
    over_https_cookies_are_host_bound_and_pages_send_hsts,
    pages_send_security_headers,
    the_login_link_shows_a_button_and_only_its_post_logs_in_once,
    the_code_from_the_mail_logs_in_and_wrong_codes_run_out,
    expired_links_and_codes_are_refused,
    an_unknown_address_gets_the_same_answer_and_no_mail,
    mails_to_one_address_are_limited,
    a_password_reset_by_link_sets_a_new_password_and_ends_other_sessions,
    a_password_reset_by_code_works_too,
    changes_to_the_account_ask_for_the_password_first,
    a_new_address_is_saved_only_after_its_link_is_used,
    my_data_downloads_as_json_with_everything_kept_about_me,
    deleting_the_account_ends_sessions_and_removes_personal_data,
);
