//! Running centres through the real server, on SQLite and PostgreSQL: an admin makes a centre and
//! invites a coordinator; the coordinator invites a volunteer; invitation links work once.

use crate::common;

use common::{new_client, register_ok, Backend, TestApp, PASSWORD};
use sqlx::Row;

/// Makes an invitation on a team page; returns the invitation's path.
async fn invite(app: &TestApp, client: &reqwest::Client, slug: &str, role: &str) -> String {
    let page = format!("/beheer/centra/{slug}/team");
    let response = app
        .post_form_with(
            client,
            &page,
            &[("actie", "create_invite"), ("centrum", slug), ("rol", role)],
        )
        .await;
    assert_eq!(response.status(), 303);
    let location = response.headers()["location"].to_str().expect("location").to_owned();
    let shown = client
        .get(app.url(&location))
        .send()
        .await
        .expect("request")
        .text()
        .await
        .expect("body");
    let token = location
        .split_once("uitnodiging=")
        .and_then(|(_, rest)| rest.split('&').next())
        .expect("token");
    // The page says which role the link gives.
    let role_name = if role == "coordinator" {
        "coördinator"
    } else {
        "vrijwilliger"
    };
    assert!(
        shown.contains(&format!("Wie deze link opent, wordt {role_name} bij ")),
        "{shown}"
    );
    let link = format!("http://127.0.0.1/uitnodiging?token={token}");
    assert!(shown.contains(&link), "the team page shows the link to pass on");
    format!("/uitnodiging?token={token}")
}

async fn roles(app: &TestApp, nickname: &str) -> Vec<String> {
    sqlx::query(
        "SELECT r.role FROM centre_roles r JOIN accounts a ON a.id = r.account_id WHERE a.nickname = $1 ORDER BY r.role",
    )
    .bind(nickname)
    .fetch_all(&app.state.db.pool)
    .await
    .expect("roles")
    .iter()
    .map(|row| row.try_get("role").expect("role"))
    .collect()
}

async fn an_admin_appoints_a_coordinator_who_invites_a_volunteer(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = common::new_admin(&app, "Beheer").await;

    let refused = app
        .post_form_with(
            &admin,
            "/beheer",
            &[
                ("actie", "create_centre"),
                ("naam", ""),
                ("plaats", "Zwolle"),
                ("adres", ""),
            ],
        )
        .await;
    assert_eq!(refused.status(), 422);
    let created = app
        .post_form_with(
            &admin,
            "/beheer",
            &[
                ("actie", "create_centre"),
                ("naam", "De Haven"),
                ("plaats", "Zwolle"),
                ("adres", "Kade 1"),
            ],
        )
        .await;
    assert_eq!(created.status(), 303);
    assert_eq!(
        created.headers()["location"],
        "/beheer/centra/de-haven-zwolle/team?nieuw=1"
    );
    let overview = admin
        .get(app.url("/beheer"))
        .send()
        .await
        .expect("request")
        .text()
        .await
        .expect("body");
    assert!(overview.contains("De Haven") && overview.contains("Nog geen coördinator"));
    // Straight to inviting a coordinator, with that role chosen.
    let straight = "/beheer/centra/de-haven-zwolle/team?rol=coordinator#uitnodigen";
    assert!(overview.contains(&format!("href=\"{straight}\"")), "{overview}");
    let form = admin
        .get(app.url(straight))
        .send()
        .await
        .expect("request")
        .text()
        .await
        .expect("body");
    assert!(
        form.contains("value=\"coordinator\" checked") && !form.contains("value=\"vrijwilliger\" checked"),
        "{form}"
    );

    let coordinator_link = invite(&app, &admin, "de-haven-zwolle", "coordinator").await;
    let bea = new_client();
    register_ok(&app, &bea, "Bea").await;
    let offer = bea
        .get(app.url(&coordinator_link))
        .send()
        .await
        .expect("request")
        .text()
        .await
        .expect("body");
    assert!(offer.contains("Je bent uitgenodigd als coördinator bij De Haven."));
    let token = coordinator_link.split_once("token=").expect("token").1;
    let accepted = app
        .post_form_with(&bea, &coordinator_link, &[("actie", "accept_invite"), ("token", token)])
        .await;
    assert_eq!(accepted.status(), 303);
    assert_eq!(
        accepted.headers()["location"],
        "/beheer/centra/de-haven-zwolle?welkom=1"
    );
    assert_eq!(roles(&app, "Bea").await, ["coordinator"]);
    // The link worked once.
    let cas = new_client();
    register_ok(&app, &cas, "Cas").await;
    let again = app
        .post_form_with(&cas, &coordinator_link, &[("actie", "accept_invite"), ("token", token)])
        .await;
    assert_eq!(again.status(), 422);
    assert!(roles(&app, "Cas").await.is_empty());

    // The coordinator invites a volunteer, but cannot appoint coordinators.
    let team = bea
        .get(app.url("/beheer/centra/de-haven-zwolle/team"))
        .send()
        .await
        .expect("request")
        .text()
        .await
        .expect("body");
    assert!(team.contains("Bea") && !team.contains("value=\"coordinator\""));
    assert!(team.contains("Je nodigt iemand uit als vrijwilliger."), "{team}");
    let not_allowed = app
        .post_form_with(
            &bea,
            "/beheer/centra/de-haven-zwolle/team",
            &[
                ("actie", "create_invite"),
                ("centrum", "de-haven-zwolle"),
                ("rol", "coordinator"),
            ],
        )
        .await;
    assert_eq!(not_allowed.status(), 403);
    let volunteer_link = invite(&app, &bea, "de-haven-zwolle", "vrijwilliger").await;
    let token = volunteer_link.split_once("token=").expect("token").1;
    let joined = app
        .post_form_with(&cas, &volunteer_link, &[("actie", "accept_invite"), ("token", token)])
        .await;
    assert_eq!(joined.headers()["location"], "/mijn-account?rol_nieuw=1");
    assert_eq!(roles(&app, "Cas").await, ["vrijwilliger"]);
    let (_, welcome) = common::get_as(&app, &cas, "/mijn-account?rol_nieuw=1").await;
    let steps = welcome.find("Dit kun je nu doen").expect("what a volunteer can do now");
    assert!(
        steps < welcome.find("Jouw gegevens").expect("details"),
        "the welcome on top"
    );
    assert!(welcome.contains("Welkom in het team! Je bent nu vrijwilliger."));
    assert!(welcome.contains(r#"<a href="/beheer">"#) && welcome.contains("Wat ik begeleid"));
    let account = cas
        .get(app.url("/mijn-account"))
        .send()
        .await
        .expect("request")
        .text()
        .await
        .expect("body");
    assert!(account.contains("Vrijwilliger bij De Haven"));
    // A volunteer does not see the team page.
    let team = cas
        .get(app.url("/beheer/centra/de-haven-zwolle/team"))
        .send()
        .await
        .expect("request");
    assert_eq!(team.status(), 403);
}

async fn an_invitation_asks_a_visitor_to_log_in_first_and_comes_back(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = common::new_admin(&app, "Beheer").await;
    app.post_form_with(
        &admin,
        "/beheer",
        &[
            ("actie", "create_centre"),
            ("naam", "Het Anker"),
            ("plaats", "Deventer"),
            ("adres", "Brink 2"),
        ],
    )
    .await;
    let link = invite(&app, &admin, "het-anker-deventer", "vrijwilliger").await;
    let visitor = new_client();
    let page = visitor
        .get(app.url(&link))
        .send()
        .await
        .expect("request")
        .text()
        .await
        .expect("body");
    assert!(page.contains("Log eerst in, of maak een account."));
    let token = link.split_once("token=").expect("token").1;
    let back = format!("/uitnodiging%3Ftoken%3D{token}");
    assert!(page.contains(&format!("/registreren?terug={back}")));
    let registered = app
        .post_form_with(
            &visitor,
            &format!("/registreren?terug={back}"),
            &[
                ("actie", "register"),
                ("bijnaam", "Dirk"),
                ("wachtwoord", PASSWORD),
                ("email", ""),
                ("terug", &link),
            ],
        )
        .await;
    assert_eq!(registered.headers()["location"], link.as_str());
    // Expired invitations say so.
    sqlx::query("UPDATE invites SET expires_at = 0")
        .execute(&app.state.db.pool)
        .await
        .expect("expire");
    let gone = visitor.get(app.url(&link)).send().await.expect("request");
    assert_eq!(gone.status(), 404);
    assert!(gone
        .text()
        .await
        .expect("body")
        .contains("Deze uitnodiging werkt niet meer."));
}

async fn an_admin_made_with_a_one_time_password_must_choose_a_new_one(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let one_time = app::ssr::auth::create_admin(&app.state.db, &app.state.hasher, "Beheer", None, app.timestamp())
        .await
        .expect("admin")
        .expect("a one-time password");
    let response = app
        .post_form(
            "/inloggen",
            &[("actie", "log_in"), ("bijnaam", "Beheer"), ("wachtwoord", &one_time)],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/mijn-account/wachtwoord?eerst=1");
    let page = app.page("/mijn-account/wachtwoord?eerst=1").await.1;
    assert!(page.contains("Kies nu je eigen wachtwoord."));
    let changed = app
        .post_form(
            "/mijn-account/wachtwoord",
            &[
                ("actie", "change_password"),
                ("huidig_wachtwoord", &one_time),
                ("wachtwoord", PASSWORD),
            ],
        )
        .await;
    assert_eq!(changed.status(), 303);
    let again = app
        .post_form_with(
            &new_client(),
            "/inloggen",
            &[("actie", "log_in"), ("bijnaam", "Beheer"), ("wachtwoord", PASSWORD)],
        )
        .await;
    assert_eq!(again.headers()["location"], "/mijn-account");
    // Admins see the platform in the menu.
    assert!(app.page("/").await.1.contains("href=\"/beheer\""));
}

both_backends!(
    an_admin_made_with_a_one_time_password_must_choose_a_new_one,
    an_admin_appoints_a_coordinator_who_invites_a_volunteer,
    an_invitation_asks_a_visitor_to_log_in_first_and_comes_back,
);
