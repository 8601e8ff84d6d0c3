//! The authorisation matrix: every server function, called as a visitor and as every role, is
//! allowed or refused exactly as the policy says. A server function missing from the matrix
//! fails the test, so a new one cannot slip in unchecked.

use crate::common;

use app::domain::policy::CentreRole;
use app::error::AppError;
use common::{Backend, TestApp};
use sqlx::Row;

/// The people asking, in the order of the matrix's columns.
const ROLES: [&str; 6] = [
    "visitor",
    "deelnemer",
    "volunteer at A",
    "coordinator of A",
    "coordinator of B",
    "admin",
];

/// Endpoint, form arguments, and for each role in `ROLES` whether the policy lets it through
/// ('y') or refuses ('n'). Arguments are chosen so that nothing changes when allowed (wrong
/// passwords, unknown tokens, empty fields), except that an invitation may be made.
const MATRIX: &[(&str, &str, &str)] = &[
    ("home", "", "yyyyyy"),
    ("agenda", "filter[span]=Week&filter[without_signup]=false", "yyyyyy"),
    ("activity", "id=1", "yyyyyy"),
    ("centres", "", "yyyyyy"),
    ("centre", "slug=de-haven-zwolle", "yyyyyy"),
    ("register", "bijnaam=&wachtwoord=&email=", "ynnnnn"),
    ("log_in", "bijnaam=niemand&wachtwoord=fout", "yyyyyy"),
    ("log_out", "", "nyyyyy"),
    ("end_sessions", "", "nyyyyy"),
    ("my_account", "", "nyyyyy"),
    ("request_login_email", "email=geen-adres", "yyyyyy"),
    ("use_login_link", "token=onbekend", "yyyyyy"),
    ("use_login_code", "aanvraag=onbekend&code=123456", "yyyyyy"),
    ("request_password_reset", "email=geen-adres", "yyyyyy"),
    ("reset_password_with_link", "token=onbekend&wachtwoord=x", "yyyyyy"),
    (
        "reset_password_with_code",
        "aanvraag=onbekend&code=123456&wachtwoord=x",
        "yyyyyy",
    ),
    ("check_mail_link", "token=onbekend&reset=false", "yyyyyy"),
    ("change_nickname", "bijnaam=Nieuw&huidig_wachtwoord=fout", "nyyyyy"),
    ("change_password", "huidig_wachtwoord=fout&wachtwoord=x", "nyyyyy"),
    ("change_email", "email=&huidig_wachtwoord=fout", "nyyyyy"),
    ("confirm_email", "token=onbekend", "yyyyyy"),
    ("export_my_data", "", "nyyyyy"),
    ("delete_account", "huidig_wachtwoord=fout", "nyyyyy"),
    ("platform", "", "nnnnny"),
    ("create_centre", "naam=&plaats=&adres=", "nnnnny"),
    ("centre_team", "slug=de-haven-zwolle", "nnnyny"),
    ("create_invite", "centrum=de-haven-zwolle&rol=vrijwilliger", "nnnyny"),
    ("create_login_help", "centrum=de-haven-zwolle&bijnaam=niemand", "nnnyny"),
    (
        "use_login_help",
        "bijnaam=niemand&code=ABCDE-FGHJK&wachtwoord=x",
        "yyyyyy",
    ),
    ("dismiss_help_notice", "", "nyyyyy"),
    ("create_invite", "centrum=de-haven-zwolle&rol=coordinator", "nnnnny"),
    ("invite", "token=onbekend", "yyyyyy"),
    ("accept_invite", "token=onbekend", "nyyyyy"),
    ("two_factor", "", "nnnyyy"),
    ("start_two_factor", "", "nnnyyy"),
    ("confirm_two_factor", "code=123456", "nnnyyy"),
    ("disable_two_factor", "huidig_wachtwoord=fout", "nnnyyy"),
    ("verify_second_factor", "aanvraag=onbekend&code=123456", "yyyyyy"),
    ("my_centres", "", "nnyyyy"),
    // Turven: the team of the centre counts (a tap with empty fields changes nothing), only its
    // coordinators (and admins) correct; the home page's link asks for the caller's own teams.
    ("tally", "slug=de-haven-zwolle", "nnyyny"),
    ("tally_tap", "centrum=de-haven-zwolle&dag=&dagdeel=&soort=", "nnyyny"),
    ("correct_tally", "centrum=de-haven-zwolle&dag=", "nnnyny"),
    ("door_duty", "", "nyyyyy"),
    // Who came to a date: its facilitators and the centre's coordinators (date 1 is De Haven's;
    // an empty form changes nothing).
    ("head_count", "datum=1", "nnnyny"),
    ("record_head_count", "datum=1&aantal=x", "nnnyny"),
    ("my_hours", "", "nnynnn"),
    ("add_hours", "dag=&uren=", "nnynnn"),
    ("change_hours", "id=999999&uren=x", "nnynnn"),
    ("remove_hours", "id=999999", "nnynnn"),
    ("centre_hours", "slug=de-haven-zwolle", "nnnyny"),
    ("centre_programme", "slug=de-haven-zwolle", "nnnyny"),
    ("centre_settings", "slug=de-haven-zwolle", "nnnyny"),
    ("save_centre", "centrum=de-haven-zwolle&naam=", "nnnyny"),
    ("opening_hours", "slug=de-haven-zwolle", "nnnyny"),
    (
        "save_opening_hours",
        "centrum=de-haven-zwolle&van%5Bd1-1%5D=99:99",
        "nnnyny",
    ),
    ("add_closure", "centrum=de-haven-zwolle&eerste_dag=", "nnnyny"),
    ("remove_closure", "centrum=de-haven-zwolle&id=999999", "nnnyny"),
    ("activity_editor", "centrum=de-haven-zwolle", "nnnyny"),
    ("activity_editor", "id=1", "nnnyny"),
    ("create_activity", "centrum=de-haven-zwolle&titel=", "nnnyny"),
    ("update_activity", "id=1&titel=", "nnnyny"),
    ("delete_activity", "id=1", "nnnyny"),
    ("pause_activity", "id=1&pauzeren=false", "nnnyny"),
    ("managed_activity", "id=1", "nnnyny"),
    ("managed_date", "id=1", "nnnyny"),
    ("change_date", "id=1&datum=", "nnnyny"),
    ("cancel_date", "id=1&reden=", "nnnyny"),
    ("restore_date", "id=1", "nnnyny"),
    ("signup_offer", "id=2", "yyyyyy"),
    ("sign_up", "activiteit=2&datum=999999&bijnaam=", "yyyyyy"),
    ("my_signup", "token=onbekend", "yyyyyy"),
    ("cancel_signup", "token=onbekend", "yyyyyy"),
    ("signup_list", "activiteit=2&datum=999999", "nnnyny"),
    ("my_week", "", "nyyyyy"),
    ("my_changes", "", "yyyyyy"),
    ("dismiss_changes", "tot=0&terug=home", "nyyyyy"),
    ("cancel_my_signup", "id=999999", "nyyyyy"),
    ("skip_session", "token=onbekend&datum=999999", "yyyyyy"),
    ("skip_my_session", "id=999999&datum=999999", "nyyyyy"),
    // Makes (or renews) the caller's own calendar link; nobody else's.
    ("create_calendar_feed", "", "nyyyyy"),
    ("remove_calendar_feed", "", "nyyyyy"),
    ("set_signup_reminders", "token=onbekend", "yyyyyy"),
    // Switches the caller's own reminders off: nothing of anyone else.
    ("set_my_reminders", "", "nyyyyy"),
    ("mail_overview", "", "nnnnny"),
    ("resend_mail", "id=999999", "nnnnny"),
    ("fix_mail_address", "id=999999&email=nieuw%40example.org", "nnnnny"),
    ("drop_mail_address", "id=999999", "nnnnny"),
    ("dismiss_email_notice", "", "nyyyyy"),
    ("my_profile", "", "nyyyyy"),
    ("save_profile_intro", "intro=%3Cb%3E", "nyyyyy"),
    ("save_profile_talents", "intro=%3Cb%3E", "nyyyyy"),
    ("save_profile_wishes", "intro=%3Cb%3E", "nyyyyy"),
    ("save_profile_interests", "intro=%3Cb%3E", "nyyyyy"),
    ("save_profile_languages", "intro=%3Cb%3E", "nyyyyy"),
    ("save_profile_helping", "intro=%3Cb%3E", "nyyyyy"),
    ("profile", "id=999999", "nyyyyy"),
    ("suggestions", "", "nyyyyy"),
    // A demo centre's volunteer tasks: only those who run the centre.
    ("centre_tasks", "slug=de-haven-zwolle", "nnnyny"),
    ("save_task", "centrum=de-haven-zwolle&titel=", "nnnyny"),
    ("save_task", "centrum=de-haven-zwolle&id=1&titel=", "nnnyny"),
    ("change_task", "id=1&wat=onbekend", "nnnyny"),
    // Offering help and contact requests act only for the caller; unknown ids change nothing.
    ("offer_help", "taak=999999", "nyyyyy"),
    ("withdraw_help", "taak=999999", "nyyyyy"),
    ("my_requests", "", "nyyyyy"),
    ("contact_offer", "aan=999999&over=koken", "nyyyyy"),
    ("send_contact_request", "aan=999999&over=koken", "nyyyyy"),
    ("answer_contact_request", "id=999999&antwoord=ja", "nyyyyy"),
    ("withdraw_contact_request", "id=999999", "nyyyyy"),
    // Peer groups: the volunteer facilitates the demo's closed group (id 1) and wrote its one
    // post; only they run it (not the centre's coordinator: who is in a group is for the group).
    // Joining, pausing and leaving act only for the caller.
    ("groups", "", "yyyyyy"),
    ("group", "id=1", "yyyyyy"),
    ("join_group", "id=999999", "nyyyyy"),
    ("leave_group", "id=999999", "nyyyyy"),
    ("pause_group", "id=999999&pauze=ja", "nyyyyy"),
    ("answer_member", "groep=1&lid=1&antwoord=ja", "nnynnn"),
    ("group_invite", "groep=1&wat=onbekend", "nnynnn"),
    ("centre_groups", "slug=de-haven-zwolle", "nnnyny"),
    ("save_group", "centrum=de-haven-zwolle&naam=", "nnnyny"),
    ("propose_group", "centrum=de-haven-zwolle&naam=", "nyyyyy"),
    // The demo group is no proposal: allowed through the policy, then not found.
    ("decline_proposal", "id=1", "nnnyny"),
    // The board and meetings: only the group's members and facilitators (the volunteer; reporting
    // their own post changes nothing); one's own post and mail choice act only for the caller.
    ("post_to_board", "groep=1&tekst=", "nnynnn"),
    ("report_post", "bericht=1", "nnynnn"),
    ("moderate_post", "bericht=1&wat=onbekend", "nnynnn"),
    ("delete_post", "bericht=999999", "nyyyyy"),
    ("group_mail", "groep=999999&mail=ja", "nyyyyy"),
    ("record_attendance", "groep=1&datum=999999", "nnynnn"),
    ("group_listing", "groep=1&zichtbaar=ja", "nnynnn"),
];

async fn account(app: &TestApp, nickname: &str, hash: &str, admin: bool) -> i64 {
    sqlx::query(
        "INSERT INTO accounts (nickname, nickname_key, password_hash, is_admin, created_at, password_changed_at)
         VALUES ($1, $2, $3, $4, 0, 0) RETURNING id",
    )
    .bind(nickname)
    .bind(nickname.to_lowercase())
    .bind(hash)
    .bind(i64::from(admin))
    .fetch_one(&app.state.db.pool)
    .await
    .expect("account")
    .try_get("id")
    .expect("id")
}

async fn give_role(app: &TestApp, account: i64, slug: &str, role: CentreRole) {
    sqlx::query(
        "INSERT INTO centre_roles (account_id, centre_id, role, created_at)
         SELECT $1, id, $2, 0 FROM centres WHERE slug = $3",
    )
    .bind(account)
    .bind(role.slug())
    .bind(slug)
    .execute(&app.state.db.pool)
    .await
    .expect("role");
}

/// A fresh session for the account, as its cookie.
async fn session_cookie(app: &TestApp, account: i64) -> String {
    let (token, hash) = app::ssr::auth::session::new_token();
    let now = common::pinned_now().timestamp();
    app::ssr::db::sessions::insert(
        &app.state.db,
        &app::ssr::db::sessions::NewSession {
            token_hash: &hash,
            account_id: account,
            idle_seconds: 3600,
            expires_at: now + 3600,
            device: "",
        },
        now,
    )
    .await
    .expect("session");
    format!("kring_sessie={token}")
}

/// Whether the policy let the call through: refused means the server function answered
/// "log in first" or "not allowed"; anything else (a result, a validation problem, not found)
/// means it got past the policy.
async fn allowed(app: &TestApp, endpoint: &str, args: &str, cookie: Option<&str>) -> bool {
    let client = reqwest::Client::new();
    let path = format!("/api/{endpoint}");
    let is_get = leptos::server_fn::axum::server_fn_paths().any(|(p, method)| p == path && method == http::Method::GET);
    let mut request = if is_get {
        client.get(app.url(&format!("{path}?{args}")))
    } else {
        client
            .post(app.url(&path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body(args.to_owned())
    }
    .header("Accept", "application/json")
    .header("Sec-Fetch-Site", "same-origin");
    if let Some(cookie) = cookie {
        request = request.header("Cookie", cookie);
    }
    let response = request.send().await.expect("request");
    let status = response.status();
    let body = response.text().await.expect("body");
    if status.is_success() || status.is_redirection() {
        return true;
    }
    match serde_json::from_str::<AppError>(&body) {
        Ok(AppError::Unauthorised | AppError::Forbidden) => false,
        Ok(AppError::ServerFn(error)) => panic!("{endpoint} did not understand its arguments: {error:?}"),
        Ok(AppError::Internal) => panic!("{endpoint} failed inside"),
        Ok(_) => true,
        Err(_) => panic!("{endpoint} answered {status} with {body}"),
    }
}

async fn every_server_function_asks_the_policy(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let hash = app
        .state
        .hasher
        .hash("een wachtwoord voor de test".into())
        .await
        .expect("hash");
    let deelnemer = account(&app, "Deelnemer", &hash, false).await;
    let volunteer = account(&app, "Vrijwilliger", &hash, false).await;
    give_role(&app, volunteer, "de-haven-zwolle", CentreRole::Vrijwilliger).await;
    for sql in [
        "INSERT INTO group_facilitators (group_id, account_id) VALUES (1, $1)",
        "INSERT INTO group_posts (group_id, author_id, body, created_at) VALUES (1, $1, 'Welkom', 0)",
    ] {
        sqlx::query(sql)
            .bind(volunteer)
            .execute(&app.state.db.pool)
            .await
            .expect("facilitator");
    }
    let coordinator_a = account(&app, "Coordinator A", &hash, false).await;
    give_role(&app, coordinator_a, "de-haven-zwolle", CentreRole::Coordinator).await;
    let coordinator_b = account(&app, "Coordinator B", &hash, false).await;
    give_role(&app, coordinator_b, "het-anker-deventer", CentreRole::Coordinator).await;
    let admin = account(&app, "Beheerder", &hash, true).await;
    let accounts = [
        None,
        Some(deelnemer),
        Some(volunteer),
        Some(coordinator_a),
        Some(coordinator_b),
        Some(admin),
    ];

    let mut wrong = Vec::new();
    for (endpoint, args, expected) in MATRIX {
        for ((role, account), expected) in ROLES.iter().zip(accounts).zip(expected.chars()) {
            let cookie = match account {
                Some(id) => Some(session_cookie(&app, id).await),
                None => None,
            };
            let got = allowed(&app, endpoint, args, cookie.as_deref()).await;
            if got != (expected == 'y') {
                wrong.push(format!(
                    "{endpoint} ({args}) as {role}: {}",
                    if got { "allowed" } else { "refused" }
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "the policy was not followed:\n{}", wrong.join("\n"));

    // Nothing the matrix sent changed an account.
    let accounts: i64 = sqlx::query("SELECT COUNT(*) FROM accounts")
        .fetch_one(&app.state.db.pool)
        .await
        .expect("count")
        .try_get(0)
        .expect("count");
    assert_eq!(accounts, 5 + 2, "the five asking and the demo's two volunteers");
    // ... nor the programme.
    let activities: i64 = sqlx::query("SELECT COUNT(*) FROM activities WHERE paused = 0")
        .fetch_one(&app.state.db.pool)
        .await
        .expect("count")
        .try_get(0)
        .expect("count");
    assert_eq!(activities, 11);
    // ... nor the group's board or meetings.
    let board: i64 = sqlx::query(
        "SELECT (SELECT COUNT(*) FROM group_posts) * 100 + (SELECT COUNT(*) FROM group_post_reports) * 10
              + (SELECT COUNT(*) FROM meeting_attendance)",
    )
    .fetch_one(&app.state.db.pool)
    .await
    .expect("count")
    .try_get(0)
    .expect("count");
    assert_eq!(board, 100, "one post, no reports, no attendance");
}

#[test]
fn the_matrix_covers_every_server_function() {
    let covered: std::collections::BTreeSet<String> = MATRIX
        .iter()
        .map(|(endpoint, _, _)| format!("/api/{endpoint}"))
        .collect();
    let registered: std::collections::BTreeSet<String> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path.to_owned())
        .collect();
    let missing: Vec<_> = registered.difference(&covered).collect();
    let unknown: Vec<_> = covered.difference(&registered).collect();
    assert!(
        missing.is_empty(),
        "server functions missing from the matrix: {missing:?}"
    );
    assert!(unknown.is_empty(), "matrix rows without a server function: {unknown:?}");
    for (endpoint, _, expected) in MATRIX {
        assert_eq!(expected.len(), ROLES.len(), "{endpoint}");
    }
}

both_backends!(every_server_function_asks_the_policy);
