//! Peer groups through the real server, on SQLite and PostgreSQL: a coordinator sets up a closed
//! group; a member asks to join (agreeing to the house rules), a facilitator accepts; members see
//! each other by display name and nobody else does; pausing, leaving, declining with a kind
//! message, removing with a reason; a full group takes no one; "members of my groups" on a
//! profile now reaches fellow members.

use crate::common;

use common::{account_id, get_as, member_of, new_client, register_ok, scalar, Backend, TestApp};

const PAGE: &str = "/beheer/centra/de-haven-zwolle/groepen";

/// A coordinator's form for a group at De Haven.
fn group_form<'a>(kind: &'a str, facilitator: &'a str, size: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("actie", "save_group"),
        ("centrum", "de-haven-zwolle"),
        ("naam", "Herstelgroep Stemmen horen"),
        ("publieke_naam", "Donderdaggroep"),
        ("omschrijving", "We delen hoe we omgaan met wat we meemaken."),
        ("thema", "herstel"),
        (
            "afspraken",
            "Wat hier gezegd wordt, blijft hier.\nWe laten elkaar uitpraten.",
        ),
        ("maximum", size),
        ("soort", kind),
        ("zichtbaar", "ja"),
        ("begeleiders[]", facilitator),
    ]
}

async fn join(app: &TestApp, client: &reqwest::Client, group: i64, message: &str) -> reqwest::Response {
    app.post_form_with(
        client,
        &format!("/groepen/{group}"),
        &[
            ("actie", "join_group"),
            ("id", &group.to_string()),
            ("akkoord", "ja"),
            ("bericht", message),
        ],
    )
    .await
}

async fn answer(app: &TestApp, client: &reqwest::Client, group: i64, member: i64, what: &str, words: &str) -> u16 {
    app.post_form_with(
        client,
        &format!("/groepen/{group}"),
        &[
            ("actie", "answer_member"),
            ("groep", &group.to_string()),
            ("lid", &member.to_string()),
            ("antwoord", what),
            ("bericht", words),
        ],
    )
    .await
    .status()
    .as_u16()
}

async fn a_closed_group_from_request_to_membership(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let coordinator = member_of(&app, "Coco", "de-haven-zwolle", "coordinator").await;
    let fenna = member_of(&app, "Fenna", "de-haven-zwolle", "vrijwilliger").await;
    let fenna_id = account_id(&app, "Fenna").await.to_string();

    // Bad input: a message per field, nothing stored.
    let mut bad = group_form("geheim", "999999", "1");
    bad.retain(|(k, _)| *k != "afspraken");
    let refused = app.post_form_with(&coordinator, PAGE, &bad).await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.expect("body");
    assert!(html.contains("Kies een van de mogelijkheden") && html.contains("Vul dit in"));
    assert_eq!(
        scalar(&app, "SELECT COUNT(*) FROM peer_groups").await,
        1,
        "only the demo's"
    );

    let saved = app
        .post_form_with(&coordinator, PAGE, &group_form("gesloten", &fenna_id, "2"))
        .await;
    assert_eq!(saved.status(), 303);
    let group = scalar(&app, "SELECT id FROM peer_groups WHERE public_name = 'Donderdaggroep'").await;
    let path = format!("/groepen/{group}");

    // A visitor sees the neutral name only; the list shows it.
    let (status, html) = get_as(&app, &new_client(), &path).await;
    assert_eq!(status, 200);
    assert!(html.contains("Donderdaggroep") && !html.contains("Stemmen horen") && !html.contains("blijft hier"));
    let (_, list) = get_as(&app, &new_client(), "/groepen").await;
    assert!(list.contains("Donderdaggroep") && !list.contains("Stemmen horen"));

    // Ann asks to join; without the tick nothing happens.
    let ann = new_client();
    register_ok(&app, &ann, "Ann").await;
    let (_, html) = get_as(&app, &ann, &path).await;
    assert!(html.contains("blijft hier") && html.contains("Vraag of ik mee mag doen"));
    // Before joining: who facilitates (first names) and when it meets; never who is in it.
    assert!(
        html.contains("Begeleiding: Fenna") && html.contains("Wanneer en waar"),
        "{html}"
    );
    let no_tick = app
        .post_form_with(&ann, &path, &[("actie", "join_group"), ("id", &group.to_string())])
        .await;
    assert_eq!(no_tick.status(), 422);
    assert!(no_tick.text().await.expect("body").contains("Lees de groepsafspraken"));
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM group_members").await, 0);
    let asked = join(&app, &ann, group, "Ik hoor al jaren stemmen.").await;
    assert_eq!(asked.status(), 303);
    let (_, html) = get_as(&app, &ann, &path).await;
    assert!(html.contains("Je hebt gevraagd of je mee mag doen"));

    // Only the facilitator answers: not the coordinator, not Ann herself.
    let ann_id = account_id(&app, "Ann").await;
    assert_eq!(answer(&app, &coordinator, group, ann_id, "ja", "").await, 403);
    assert_eq!(answer(&app, &ann, group, ann_id, "ja", "").await, 403);
    let (_, html) = get_as(&app, &fenna, &path).await;
    assert!(
        html.contains("Ik hoor al jaren stemmen."),
        "the facilitator reads the request"
    );
    assert_eq!(answer(&app, &fenna, group, ann_id, "ja", "").await, 303);

    // Members see the group's own name and each other by name; others do not.
    let bo = new_client();
    register_ok(&app, &bo, "Bo").await;
    assert_eq!(join(&app, &bo, group, "").await.status(), 303);
    let bo_id = account_id(&app, "Bo").await;
    assert_eq!(answer(&app, &fenna, group, bo_id, "ja", "").await, 303);
    let (_, html) = get_as(&app, &ann, &path).await;
    assert!(
        html.contains("Herstelgroep Stemmen horen") && html.contains("<li>Bo</li>") && html.contains("<li>Fenna</li>")
    );
    let (_, html) = get_as(&app, &coordinator, &path).await;
    assert!(
        !html.contains("<li>Bo</li>") && !html.contains("<li>Ann</li>"),
        "not even the coordinator"
    );
    let (_, manage) = get_as(&app, &coordinator, PAGE).await;
    assert!(manage.contains("2 leden") && !manage.contains(">Ann<"));

    // Full (2 places): the next request cannot be accepted.
    let cas = new_client();
    register_ok(&app, &cas, "Cas").await;
    assert_eq!(join(&app, &cas, group, "").await.status(), 303);
    let cas_id = account_id(&app, "Cas").await;
    assert_eq!(answer(&app, &fenna, group, cas_id, "ja", "").await, 422);
    assert_eq!(
        answer(&app, &fenna, group, cas_id, "nee", "Op dit moment is de groep vol.").await,
        303
    );
    let (_, html) = get_as(&app, &cas, &path).await;
    assert!(html.contains("Op dit moment is de groep vol.") && !html.contains("<li>Bo</li>"));

    // Paused: keeps the place, out of the member list; back again; then leaves.
    let paused = app
        .post_form_with(
            &bo,
            &path,
            &[("actie", "pause_group"), ("id", &group.to_string()), ("pauze", "ja")],
        )
        .await;
    assert_eq!(paused.status(), 303);
    let (_, html) = get_as(&app, &ann, &path).await;
    assert!(!html.contains("<li>Bo</li>"));
    let left = app
        .post_form_with(&bo, &path, &[("actie", "leave_group"), ("id", &group.to_string())])
        .await;
    assert_eq!(left.status(), 303);
    assert_eq!(
        scalar(
            &app,
            &format!("SELECT COUNT(*) FROM group_members WHERE account_id = {bo_id}")
        )
        .await,
        0
    );

    // Removal needs a reason, which Ann then sees; she cannot join again by herself.
    assert_eq!(answer(&app, &fenna, group, ann_id, "verwijderen", "").await, 422);
    assert_eq!(
        answer(
            &app,
            &fenna,
            group,
            ann_id,
            "verwijderen",
            "Je hebt iets uit de groep doorverteld."
        )
        .await,
        303
    );
    let (_, html) = get_as(&app, &ann, &path).await;
    assert!(html.contains("Je hebt iets uit de groep doorverteld.") && !html.contains("<li>Fenna</li>"));
    assert_eq!(join(&app, &ann, group, "").await.status(), 404);
}

async fn a_group_without_facilitators_turns_to_its_coordinators(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let coordinator = member_of(&app, "Coco", "de-haven-zwolle", "coordinator").await;
    let fenna = member_of(&app, "Fenna", "de-haven-zwolle", "vrijwilliger").await;
    let fenna_id = account_id(&app, "Fenna").await.to_string();
    // No group without a facilitator.
    let mut without = group_form("gesloten", "", "5");
    without.retain(|(k, _)| *k != "begeleiders[]");
    assert_eq!(app.post_form_with(&coordinator, PAGE, &without).await.status(), 422);
    let saved = app
        .post_form_with(&coordinator, PAGE, &group_form("gesloten", &fenna_id, "5"))
        .await;
    assert_eq!(saved.status(), 303);
    let group = scalar(&app, "SELECT id FROM peer_groups WHERE public_name = 'Donderdaggroep'").await;

    // Ann (no e-mail) is declined; mijn week tells her, with the facilitator's words.
    let ann = new_client();
    register_ok(&app, &ann, "Ann").await;
    assert_eq!(join(&app, &ann, group, "Mag ik meedoen?").await.status(), 303);
    let (_, week) = get_as(&app, &ann, "/mijn-week").await;
    assert!(
        week.contains("Mijn groepen") && week.contains("Je hebt gevraagd of je mee mag doen"),
        "{week}"
    );
    let ann_id = account_id(&app, "Ann").await;
    assert_eq!(
        answer(
            &app,
            &fenna,
            group,
            ann_id,
            "nee",
            "Er is nu geen plek, probeer het in maart."
        )
        .await,
        303
    );
    let (_, week) = get_as(&app, &ann, "/mijn-week").await;
    assert!(
        week.contains("Donderdaggroep") && week.contains("Je vraag om mee te doen is niet aangenomen."),
        "{week}"
    );
    assert!(week.contains("probeer het in maart"), "{week}");

    // The last facilitator leaves Kring: the coordinator is warned and answers requests.
    let bo = new_client();
    register_ok(&app, &bo, "Bo").await;
    assert_eq!(join(&app, &bo, group, "").await.status(), 303);
    let bo_id = account_id(&app, "Bo").await;
    assert_eq!(
        answer(&app, &coordinator, group, bo_id, "ja", "").await,
        403,
        "not while Fenna runs it"
    );
    sqlx::query("DELETE FROM group_facilitators WHERE group_id = $1")
        .bind(group)
        .execute(&app.state.db.pool)
        .await
        .expect("facilitators");
    let (_, page) = get_as(&app, &coordinator, PAGE).await;
    assert!(page.contains("Deze groep heeft geen begeleider meer"), "{page}");
    assert_eq!(answer(&app, &coordinator, group, bo_id, "ja", "").await, 303);
    let (_, week) = get_as(&app, &bo, "/mijn-week").await;
    assert!(
        week.contains("Mijn groepen") && week.contains("Herstelgroep Stemmen horen"),
        "members see its own name"
    );
}

async fn an_unlisted_group_is_invisible_and_an_open_one_fills_up(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let coordinator = member_of(&app, "Coco", "de-haven-zwolle", "coordinator").await;
    let coco_id = account_id(&app, "Coco").await.to_string();
    let saved = app
        .post_form_with(&coordinator, PAGE, &group_form("verborgen", &coco_id, ""))
        .await;
    assert_eq!(saved.status(), 303);
    let hidden = scalar(&app, "SELECT id FROM peer_groups WHERE kind = 'verborgen'").await;
    assert_eq!(
        scalar(&app, "SELECT listed FROM peer_groups WHERE kind = 'verborgen'").await,
        0,
        "never listed"
    );
    let ann = new_client();
    register_ok(&app, &ann, "Ann").await;
    for client in [&ann, &new_client()] {
        let (status, html) = get_as(&app, client, &format!("/groepen/{hidden}")).await;
        assert_eq!(status, 404);
        assert!(!html.contains("Donderdaggroep"));
        let (_, list) = get_as(&app, client, "/groepen").await;
        assert!(!list.contains("Donderdaggroep"));
    }
    assert_eq!(join(&app, &ann, hidden, "").await.status(), 404);

    // An open group of two: two join directly, the third is told it is full.
    let mut open = group_form("open", &coco_id, "2");
    open[2] = ("naam", "Wandelen en praten");
    open[3] = ("publieke_naam", "Wandelgroep");
    assert_eq!(app.post_form_with(&coordinator, PAGE, &open).await.status(), 303);
    let group = scalar(&app, "SELECT id FROM peer_groups WHERE kind = 'open'").await;
    for name in ["Bo", "Cas"] {
        let client = new_client();
        register_ok(&app, &client, name).await;
        assert_eq!(join(&app, &client, group, "").await.status(), 303, "{name}");
    }
    let dirk = new_client();
    register_ok(&app, &dirk, "Dirk").await;
    let full = join(&app, &dirk, group, "").await;
    assert_eq!(full.status(), 422);
    assert!(full.text().await.expect("body").contains("De groep is vol."));
    assert_eq!(
        scalar(
            &app,
            &format!("SELECT COUNT(*) FROM group_members WHERE group_id = {group}")
        )
        .await,
        2
    );

    // "Members of my groups" on a profile: Bo sees Cas's wishes, Dirk does not.
    let cas = new_client();
    let logged = common::log_in(&app, &cas, "Cas", common::PASSWORD).await;
    assert!(logged.status().is_redirection());
    let saved = app
        .post_form_with(
            &cas,
            "/mijn/profiel",
            &[
                ("actie", "save_profile_wishes"),
                ("wensen[]", "zingen"),
                ("zicht_wensen", "groepen"),
            ],
        )
        .await;
    assert_eq!(saved.status(), 303);
    let cas_id = account_id(&app, "Cas").await;
    let bo = new_client();
    common::log_in(&app, &bo, "Bo", common::PASSWORD).await;
    let (status, html) = get_as(&app, &bo, &format!("/profiel/{cas_id}")).await;
    assert_eq!(status, 200);
    assert!(html.contains("zingen"));
    let (status, _) = get_as(&app, &dirk, &format!("/profiel/{cas_id}")).await;
    assert_eq!(status, 404);
}

/// The secret in the page address a facilitator is sent to after making a link.
fn link_token(response: &reqwest::Response) -> String {
    let location = response.headers()["location"].to_str().expect("location");
    location
        .split("link=")
        .nth(1)
        .and_then(|rest| rest.split('#').next())
        .expect("a link")
        .to_owned()
}

async fn an_invitation_link_lets_someone_join_directly(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let coordinator = member_of(&app, "Coco", "de-haven-zwolle", "coordinator").await;
    let fenna = member_of(&app, "Fenna", "de-haven-zwolle", "vrijwilliger").await;
    let fenna_id = account_id(&app, "Fenna").await.to_string();
    let saved = app
        .post_form_with(&coordinator, PAGE, &group_form("verborgen", &fenna_id, ""))
        .await;
    assert_eq!(saved.status(), 303);
    let group = scalar(&app, "SELECT id FROM peer_groups WHERE kind = 'verborgen'").await;
    let path = format!("/groepen/{group}");
    let make = |client: reqwest::Client, wat: &'static str| {
        let app = &app;
        let path = path.clone();
        async move {
            app.post_form_with(
                &client,
                &path,
                &[("actie", "group_invite"), ("groep", &group.to_string()), ("wat", wat)],
            )
            .await
        }
    };
    // Only a facilitator makes links.
    assert_eq!(make(coordinator.clone(), "maken").await.status(), 403);
    let made = make(fenna.clone(), "maken").await;
    assert_eq!(made.status(), 303);
    let token = link_token(&made);
    assert_eq!(
        scalar(&app, "SELECT COUNT(*) FROM peer_groups WHERE invite_hash IS NOT NULL").await,
        1
    );
    let (_, html) = get_as(&app, &fenna, &format!("{path}?link={token}")).await;
    assert!(
        html.contains(&format!("{path}?uitnodiging={token}")),
        "shown once to copy"
    );

    // A visitor with the link sees the neutral name and a way to log in that comes back.
    let (status, html) = get_as(&app, &new_client(), &format!("{path}?uitnodiging={token}")).await;
    assert_eq!(status, 200);
    assert!(html.contains("Donderdaggroep") && !html.contains("blijft hier"));
    assert!(html.contains("/inloggen?terug=%2Fgroepen%2F"));

    // Ann joins directly with it; a wrong secret shows nothing.
    let ann = new_client();
    register_ok(&app, &ann, "Ann").await;
    let (status, html) = get_as(&app, &ann, &format!("{path}?uitnodiging={token}")).await;
    assert_eq!(status, 200);
    assert!(html.contains("blijft hier") && html.contains("name=\"uitnodiging\""));
    let (status, _) = get_as(&app, &ann, &format!("{path}?uitnodiging=fout")).await;
    assert_eq!(status, 404);
    let joined = app
        .post_form_with(
            &ann,
            &path,
            &[
                ("actie", "join_group"),
                ("id", &group.to_string()),
                ("akkoord", "ja"),
                ("uitnodiging", &token),
            ],
        )
        .await;
    assert_eq!(joined.status(), 303);
    let (_, html) = get_as(&app, &ann, &path).await;
    assert!(html.contains("Je bent lid van deze groep.") && html.contains("Herstelgroep Stemmen horen"));

    // A new link stops the old one; switching off stops all.
    let renewed = make(fenna.clone(), "maken").await;
    let new_token = link_token(&renewed);
    let bo = new_client();
    register_ok(&app, &bo, "Bo").await;
    let old = app
        .post_form_with(
            &bo,
            &path,
            &[
                ("actie", "join_group"),
                ("id", &group.to_string()),
                ("akkoord", "ja"),
                ("uitnodiging", &token),
            ],
        )
        .await;
    assert_eq!(old.status(), 404);
    assert_eq!(make(fenna.clone(), "uit").await.status(), 303);
    let (status, _) = get_as(&app, &bo, &format!("{path}?uitnodiging={new_token}")).await;
    assert_eq!(status, 404);
    assert_eq!(
        scalar(
            &app,
            &format!("SELECT COUNT(*) FROM group_members WHERE group_id = {group}")
        )
        .await,
        1,
        "only Ann"
    );
}

/// A member's proposal for a closed group at a centre.
fn proposal<'a>(centre: &'a str, name: &'a str, rules: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("actie", "propose_group"),
        ("centrum", centre),
        ("naam", name),
        ("publieke_naam", "Vrijdaggroep"),
        ("afspraken", rules),
        ("soort", "gesloten"),
    ]
}

async fn a_member_proposes_a_group_and_a_coordinator_approves(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let coordinator = member_of(&app, "Coco", "de-haven-zwolle", "coordinator").await;
    let coco_id = account_id(&app, "Coco").await.to_string();
    let ann = new_client();
    register_ok(&app, &ann, "Ann").await;
    let (status, page) = get_as(&app, &ann, "/groepen/voorstellen").await;
    assert_eq!(status, 200);
    assert!(page.contains("Zelfregiecentrum De Haven") && page.contains("blijft in de groep"));
    let refused = app
        .post_form_with(&ann, "/groepen/voorstellen", &proposal("nergens", "Jonge moeders", ""))
        .await;
    assert_eq!(refused.status(), 422);
    assert_eq!(
        scalar(&app, "SELECT COUNT(*) FROM peer_groups").await,
        1,
        "only the demo's"
    );
    let sent = app
        .post_form_with(
            &ann,
            "/groepen/voorstellen",
            &proposal("de-haven-zwolle", "Jonge moeders", "We zijn mild."),
        )
        .await;
    assert_eq!(sent.status(), 303);
    let group = scalar(&app, "SELECT id FROM peer_groups WHERE proposed = 1").await;

    // Only Ann sees it; not listed, not joinable.
    let (_, mine) = get_as(&app, &ann, "/groepen").await;
    assert!(mine.contains("Mijn voorstellen") && mine.contains("Vrijdaggroep"));
    let bo = new_client();
    register_ok(&app, &bo, "Bo").await;
    let (status, _) = get_as(&app, &bo, &format!("/groepen/{group}")).await;
    assert_eq!(status, 404);
    let (_, list) = get_as(&app, &bo, "/groepen").await;
    assert!(!list.contains("Vrijdaggroep"));
    assert_eq!(join(&app, &bo, group, "").await.status(), 404);

    // The coordinator sees who proposed it and approves it with a facilitator: Ann is its first
    // member.
    let (_, manage) = get_as(&app, &coordinator, PAGE).await;
    assert!(manage.contains("Voorstel van Ann"));
    let group_s = group.to_string();
    let mut approve = group_form("gesloten", &coco_id, "");
    approve.push(("id", &group_s));
    approve[2] = ("naam", "Jonge moeders");
    approve[3] = ("publieke_naam", "Vrijdaggroep");
    assert_eq!(app.post_form_with(&coordinator, PAGE, &approve).await.status(), 303);
    assert_eq!(
        scalar(&app, "SELECT COUNT(*) FROM peer_groups WHERE proposed = 1").await,
        0
    );
    let (_, html) = get_as(&app, &ann, &format!("/groepen/{group}")).await;
    assert!(html.contains("Je bent lid van deze groep.") && html.contains("<li>Coco</li>"));
    let (_, list) = get_as(&app, &bo, "/groepen").await;
    assert!(list.contains("Vrijdaggroep"));

    // Three waiting proposals at most; a coordinator may decline one.
    for n in 0..3 {
        let name = format!("Voorstel {n}");
        let form = proposal("de-haven-zwolle", &name, "Mild zijn.");
        assert_eq!(
            app.post_form_with(&ann, "/groepen/voorstellen", &form).await.status(),
            303
        );
    }
    let fourth = app
        .post_form_with(
            &ann,
            "/groepen/voorstellen",
            &proposal("de-haven-zwolle", "Nog een", "Mild zijn."),
        )
        .await;
    assert_eq!(fourth.status(), 422);
    assert!(fourth
        .text()
        .await
        .expect("body")
        .contains("Je hebt al 3 voorstellen die wachten."));
    let waiting = scalar(&app, "SELECT MIN(id) FROM peer_groups WHERE proposed = 1").await;
    let declined = app
        .post_form_with(
            &coordinator,
            PAGE,
            &[("actie", "decline_proposal"), ("id", &waiting.to_string())],
        )
        .await;
    assert_eq!(declined.status(), 303);
    assert_eq!(
        scalar(&app, "SELECT COUNT(*) FROM peer_groups WHERE proposed = 1").await,
        2
    );
}

both_backends!(
    a_member_proposes_a_group_and_a_coordinator_approves,
    a_closed_group_from_request_to_membership,
    a_group_without_facilitators_turns_to_its_coordinators,
    an_unlisted_group_is_invisible_and_an_open_one_fills_up,
    an_invitation_link_lets_someone_join_directly,
);
