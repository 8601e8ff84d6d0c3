//! Two-factor login through the real server, on SQLite and PostgreSQL: set-up, the second login
//! step after a password or a mail, recovery codes, no code used twice, turning it off.

use crate::common;

use common::{
    burst, count_status, logged_in, new_client, register_ok, set_cookie, Backend, BurstRequest, TestApp, PASSWORD,
};
use sqlx::Row;

async fn secret(app: &TestApp, column: &str) -> String {
    sqlx::query(&format!("SELECT {column} FROM accounts WHERE nickname = 'Anna'"))
        .fetch_one(&app.state.db.pool)
        .await
        .expect("row")
        .try_get::<Option<String>, _>(0)
        .expect("column")
        .expect("a secret")
}

fn code(secret: &str, offset: i64) -> String {
    let now = common::pinned_now().timestamp() + offset;
    app::ssr::auth::two_factor::code_at(secret, "Anna", u64::try_from(now).expect("time")).expect("code")
}

/// Sets up two-factor login for Anna (an admin) on `client`; returns the secret and the
/// recovery codes shown.
async fn set_up(app: &TestApp, client: &reqwest::Client) -> (String, Vec<String>) {
    let page = "/mijn-account/tweestaps";
    let intro = client
        .get(app.url(page))
        .send()
        .await
        .expect("request")
        .text()
        .await
        .expect("body");
    assert!(intro.contains("Tweestapsverificatie instellen"));
    let started = app.post_form_with(client, page, &[("actie", "start_two_factor")]).await;
    assert_eq!(started.status(), 303);
    let html = client
        .get(app.url(page))
        .send()
        .await
        .expect("request")
        .text()
        .await
        .expect("body");
    assert!(html.contains("src=\"data:image/svg+xml;base64,"), "a QR code");
    let codes: Vec<String> = html
        .split("<li><code>")
        .skip(1)
        .filter_map(|part| part.split("</code>").next())
        .map(str::to_owned)
        .collect();
    assert_eq!(codes.len(), 10);
    let pending = secret(app, "totp_pending").await;
    assert!(
        html.contains(&app::ssr::auth::two_factor::grouped(&pending)),
        "the key to type"
    );

    let wrong = app
        .post_form_with(client, page, &[("actie", "confirm_two_factor"), ("code", "000000")])
        .await;
    assert_eq!(wrong.status(), 422);
    let confirmed = app
        .post_form_with(
            client,
            page,
            &[("actie", "confirm_two_factor"), ("code", &code(&pending, 0))],
        )
        .await;
    assert_eq!(confirmed.status(), 303);
    assert_eq!(confirmed.headers()["location"], "/mijn-account/tweestaps?aan=1");
    let on = client
        .get(app.url(page))
        .send()
        .await
        .expect("request")
        .text()
        .await
        .expect("body");
    assert!(on.contains("Tweestapsverificatie staat aan.") && on.contains("nog 10 herstelcodes"));
    (secret(app, "totp_secret").await, codes)
}

/// Logs in with the password; returns the second step's page address.
async fn first_step(app: &TestApp, client: &reqwest::Client) -> String {
    let response = app
        .post_form_with(
            client,
            "/inloggen",
            &[("actie", "log_in"), ("bijnaam", "Anna"), ("wachtwoord", PASSWORD)],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert!(
        set_cookie(&response, "kring_sessie").is_none(),
        "no session before the second step"
    );
    let location = response.headers()["location"].to_str().expect("location").to_owned();
    assert!(location.starts_with("/inloggen/tweestaps?aanvraag="), "{location}");
    location
}

async fn second_step(app: &TestApp, client: &reqwest::Client, page: &str, code: &str) -> reqwest::Response {
    let handle = page.split_once("aanvraag=").expect("handle").1;
    app.post_form_with(
        client,
        page,
        &[("actie", "verify_second_factor"), ("aanvraag", handle), ("code", code)],
    )
    .await
}

async fn after_set_up_a_login_needs_the_code_from_the_app(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let anna = common::new_admin(&app, "Anna").await;
    let (secret, _) = set_up(&app, &anna).await;

    let phone = new_client();
    let page = first_step(&app, &phone).await;
    assert!(!logged_in(&app, &phone).await);
    let html = phone
        .get(app.url(&page))
        .send()
        .await
        .expect("request")
        .text()
        .await
        .expect("body");
    assert!(html.contains("Nog één stap"));
    assert_eq!(second_step(&app, &phone, &page, "123 45").await.status(), 422);
    // The code used to turn it on is spent; the next step's code works.
    let next = code(&secret, 30);
    let response = second_step(&app, &phone, &page, &next).await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/mijn-account");
    assert!(logged_in(&app, &phone).await);

    // The same code never works twice.
    let other = new_client();
    let page = first_step(&app, &other).await;
    assert_eq!(second_step(&app, &other, &page, &next).await.status(), 422);
    assert!(!logged_in(&app, &other).await);
}

async fn a_recovery_code_works_once_and_five_wrong_codes_end_the_attempt(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let anna = common::new_admin(&app, "Anna").await;
    let (_, codes) = set_up(&app, &anna).await;

    let phone = new_client();
    let page = first_step(&app, &phone).await;
    let typed = codes[3].to_uppercase().replace('-', " ");
    assert_eq!(second_step(&app, &phone, &page, &typed).await.status(), 303);
    assert!(logged_in(&app, &phone).await);

    let other = new_client();
    let page = first_step(&app, &other).await;
    assert_eq!(
        second_step(&app, &other, &page, &codes[3]).await.status(),
        422,
        "used once"
    );
    for _ in 0..4 {
        assert_eq!(second_step(&app, &other, &page, "000000").await.status(), 422);
    }
    assert_eq!(
        second_step(&app, &other, &page, &codes[4]).await.status(),
        422,
        "after five tries the attempt is over"
    );
    let status = anna
        .get(app.url("/mijn-account/tweestaps"))
        .send()
        .await
        .expect("request");
    assert!(status.text().await.expect("body").contains("nog 9 herstelcodes"));
}

async fn a_mail_login_needs_the_second_step_too(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let anna = common::new_admin(&app, "Anna").await;
    let (secret, _) = set_up(&app, &anna).await;
    sqlx::query("UPDATE accounts SET email = 'anna@example.org', email_key = 'anna@example.org'")
        .execute(&app.state.db.pool)
        .await
        .expect("email");
    let phone = new_client();
    let asked = app
        .post_form_with(
            &phone,
            "/inloggen/email",
            &[("actie", "request_login_email"), ("email", "anna@example.org")],
        )
        .await;
    assert_eq!(asked.status(), 303);
    let mail = app.wait_for_mail("anna@example.org", "Inloggen bij Kring").await;
    let link = mail.split_whitespace().find(|w| w.contains("token=")).expect("link");
    let token = link.split_once("token=").expect("token").1;
    let used = app
        .post_form_with(
            &phone,
            "/inloggen/link",
            &[("actie", "use_login_link"), ("token", token)],
        )
        .await;
    let page = used.headers()["location"].to_str().expect("location").to_owned();
    assert!(page.starts_with("/inloggen/tweestaps?aanvraag="));
    assert!(!logged_in(&app, &phone).await);
    assert_eq!(second_step(&app, &phone, &page, &code(&secret, 30)).await.status(), 303);
    assert!(logged_in(&app, &phone).await);
}

async fn turning_it_off_asks_for_the_password_and_only_staff_can_turn_it_on(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let anna = common::new_admin(&app, "Anna").await;
    set_up(&app, &anna).await;
    let page = "/mijn-account/tweestaps";
    let wrong = app
        .post_form_with(
            &anna,
            page,
            &[("actie", "disable_two_factor"), ("huidig_wachtwoord", "fout")],
        )
        .await;
    assert_eq!(wrong.status(), 422);
    let off = app
        .post_form_with(
            &anna,
            page,
            &[("actie", "disable_two_factor"), ("huidig_wachtwoord", PASSWORD)],
        )
        .await;
    assert_eq!(off.status(), 303);
    let count: i64 = sqlx::query("SELECT COUNT(*) FROM recovery_codes")
        .fetch_one(&app.state.db.pool)
        .await
        .expect("count")
        .try_get(0)
        .expect("count");
    assert_eq!(count, 0);
    // Logging in is one step again.
    let phone = new_client();
    let response = app
        .post_form_with(
            &phone,
            "/inloggen",
            &[("actie", "log_in"), ("bijnaam", "Anna"), ("wachtwoord", PASSWORD)],
        )
        .await;
    assert_eq!(response.headers()["location"], "/mijn-account");

    let member = new_client();
    register_ok(&app, &member, "Bert").await;
    let refused = member.get(app.url(page)).send().await.expect("request");
    assert_eq!(refused.status(), 403);
}

/// Someone who has the password gets five guesses at the second step in all, not five per
/// waiting login: thirty wrong codes over six waiting logins, released at the same instant.
async fn wrong_second_step_codes_count_per_account_across_waiting_logins(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let anna = common::new_admin(&app, "Anna").await;
    let (secret, _) = set_up(&app, &anna).await;
    let mut pages = Vec::new();
    for _ in 0..6 {
        pages.push(first_step(&app, &new_client()).await);
    }
    let wrong = if code(&secret, 0) == "000000" {
        "111111"
    } else {
        "000000"
    };
    let requests = pages
        .iter()
        .flat_map(|page| {
            let handle = page.split_once("aanvraag=").expect("handle").1.to_owned();
            (0..5).map(move |_| {
                BurstRequest::form(
                    page,
                    &[
                        ("actie", "verify_second_factor"),
                        ("aanvraag", &handle),
                        ("code", wrong),
                    ],
                )
            })
        })
        .collect();
    let answers = burst(&app, requests).await;
    assert_eq!(count_status(&answers, 422), 5, "five codes were compared");
    assert_eq!(count_status(&answers, 429), 25, "the others wait");
    assert!(answers
        .iter()
        .filter(|a| a.status == 429)
        .all(|a| a.head.contains("retry-after")));
}

/// Someone who can read Anna's mail asks for a new password: it is set only after the second
/// step, so the mailbox alone does not take the account over.
async fn a_password_reset_waits_for_the_second_step(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let anna = common::new_admin(&app, "Anna").await;
    let (secret, _) = set_up(&app, &anna).await;
    sqlx::query("UPDATE accounts SET email = 'anna@example.org', email_key = 'anna@example.org'")
        .execute(&app.state.db.pool)
        .await
        .expect("email");
    let stored = || async {
        sqlx::query("SELECT password_hash FROM accounts WHERE nickname = 'Anna'")
            .fetch_one(&app.state.db.pool)
            .await
            .expect("account")
            .try_get::<String, _>("password_hash")
            .expect("hash")
    };
    let before = stored().await;
    let phone = new_client();
    let asked = app
        .post_form_with(
            &phone,
            "/wachtwoord-vergeten",
            &[("actie", "request_password_reset"), ("email", "anna@example.org")],
        )
        .await;
    assert_eq!(asked.status(), 303);
    let mail = app
        .wait_for_mail("anna@example.org", "Nieuw wachtwoord voor Kring")
        .await;
    let (link, _) = common::link_and_code(&mail);
    let token = link.split_once("token=").expect("token").1.to_owned();
    let new_password = "zeven blauwe vogels";
    let reset = app
        .post_form_with(
            &phone,
            "/wachtwoord-vergeten/link",
            &[
                ("actie", "reset_password_with_link"),
                ("token", &token),
                ("wachtwoord", new_password),
            ],
        )
        .await;
    assert_eq!(reset.status(), 303);
    let page = reset.headers()["location"].to_str().expect("location").to_owned();
    assert!(page.starts_with("/inloggen/tweestaps?aanvraag="), "{page}");
    assert_eq!(stored().await, before, "not changed before the second step");
    assert!(!logged_in(&app, &phone).await);
    // Wrong codes change nothing either.
    assert_eq!(second_step(&app, &phone, &page, "000000").await.status(), 422);
    assert_eq!(stored().await, before);
    let done = second_step(&app, &phone, &page, &code(&secret, 30)).await;
    assert_eq!(done.status(), 303);
    assert_eq!(done.headers()["location"], "/mijn-account?wachtwoord_nieuw=1");
    assert_ne!(stored().await, before, "set after the second step");
    assert!(logged_in(&app, &phone).await);
    assert!(!logged_in(&app, &anna).await, "other sessions ended");
}

both_backends!(
    a_password_reset_waits_for_the_second_step,
    wrong_second_step_codes_count_per_account_across_waiting_logins,
    after_set_up_a_login_needs_the_code_from_the_app,
    a_recovery_code_works_once_and_five_wrong_codes_end_the_attempt,
    a_mail_login_needs_the_second_step_too,
    turning_it_off_asks_for_the_password_and_only_staff_can_turn_it_on,
);
