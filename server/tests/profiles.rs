//! Profiles through the real server, on SQLite and PostgreSQL: what each viewer sees of a profile
//! for every visibility, the owner's preview, hostile input, and "download my data" and "delete my
//! account".

use crate::common;

use common::{account_id, get_as, new_client, register_ok, scalar, Backend, TestApp, PASSWORD};

/// Sam's profile: talents for every member, wishes for Sam's groups, the rest only for Sam.
fn sams_profile() -> Vec<(&'static str, &'static str)> {
    vec![
        ("naam", "Sam de Kok"),
        ("intro", "Ik woon sinds kort in Zwolle."),
        ("goed_in[]", "koken"),
        ("goed_in_eigen", "Gitaar spelen"),
        ("bieden[]", "luisteren"),
        ("wensen[]", "computerhulp"),
        ("interesses[]", "natuur"),
        ("talen[]", "nl"),
        ("talen_eigen", "Gebarentaal"),
        ("helpen", "ja"),
        ("taken[]", "bardienst"),
        ("zicht_intro", "ik"),
        ("zicht_talenten", "deelnemers"),
        ("zicht_wensen", "groepen"),
        ("zicht_interesses", "ik"),
        ("zicht_talen", "deelnemers"),
        ("zicht_helpen", "ik"),
    ]
}

async fn each_viewer_sees_only_what_the_owner_chose(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let sam = new_client();
    register_ok(&app, &sam, "Sam").await;
    let otto = new_client();
    register_ok(&app, &otto, "Otto").await;
    let id = account_id(&app, "Sam").await;

    let response = sam.get(app.url("/mijn/profiel")).send().await.expect("page");
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["x-robots-tag"], "noindex, nofollow");
    assert_eq!(response.headers()["cache-control"], "no-store");
    let html = response.text().await.expect("body");
    assert!(html.contains("noindex") && html.contains("Alleen ik"));
    assert!(html.contains("schrijf hier liever niets over ziektes of medicijnen"));
    for word in ["diagnose", "medicatie", "ziektebeeld"] {
        assert!(
            !html.to_lowercase().contains(&format!("name=\"{word}")),
            "no health fields"
        );
    }

    // Nothing saved yet: nobody else sees a thing, the same as for nobody at all.
    let path = format!("/profiel/{id}");
    let (status, _) = get_as(&app, &otto, &path).await;
    let (missing, _) = get_as(&app, &otto, "/profiel/999999").await;
    assert_eq!((status, missing), (404, 404));

    common::save_profile(&app, &sam, &sams_profile()).await;

    // Another member: talents and languages only.
    let (status, html) = get_as(&app, &otto, &path).await;
    assert_eq!(status, 200);
    assert!(html.contains("Sam de Kok") && html.contains("koken") && html.contains("Gitaar spelen"));
    assert!(html.contains("luisteren") && html.contains("Gebarentaal"));
    for hidden in ["Ik woon sinds kort", "computerhulp", "bardienst", "Natuur"] {
        assert!(!html.contains(hidden), "{hidden} is not for every member");
    }
    // Asking to see it "as a group member" changes nothing for someone else.
    let (_, as_group) = get_as(&app, &otto, &format!("{path}?als=groep")).await;
    assert!(!as_group.contains("computerhulp"));

    // A visitor without an account sees nothing and is asked to log in.
    let visitor = new_client().get(app.url(&path)).send().await.expect("request");
    assert_ne!(visitor.status(), 200);
    let text = visitor.text().await.unwrap_or_default();
    assert!(!text.contains("Gitaar spelen"));

    // Sam sees it as others do.
    let (_, as_member) = get_as(&app, &sam, &format!("{path}?als=deelnemer")).await;
    assert!(as_member.contains("Zo ziet een andere deelnemer je profiel.") && !as_member.contains("computerhulp"));
    let (_, as_group) = get_as(&app, &sam, &format!("{path}?als=groep")).await;
    assert!(as_group.contains("computerhulp") && !as_group.contains("Ik woon sinds kort"));
    let (_, own) = get_as(&app, &sam, &path).await;
    assert!(own.contains("Ik woon sinds kort") && own.contains("bardienst"));

    // Everything back to "only me": gone for others.
    let private: Vec<(&str, &str)> = sams_profile()
        .into_iter()
        .map(|(k, v)| if k.starts_with("zicht_") { (k, "ik") } else { (k, v) })
        .collect();
    common::save_profile(&app, &sam, &private).await;
    let (status, _) = get_as(&app, &otto, &path).await;
    assert_eq!(status, 404);
}

async fn hostile_input_gets_a_message_and_nothing_is_stored(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let sam = new_client();
    register_ok(&app, &sam, "Sam").await;
    let many = (0..16).map(|n| format!("wens {n}")).collect::<Vec<_>>().join(", ");
    let long = "x".repeat(41);
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "intro",
            "</textarea><script>alert(1)</script>".to_owned(),
            "Gebruik geen &lt; of &gt; in je tekst.",
        ),
        ("wensen_eigen", many, "Dat zijn er te veel. Kies er hoogstens 15."),
        ("goed_in_eigen", long, "Gebruik per talent of wens hoogstens 40 tekens"),
        ("intro", "a".repeat(501), "Dit is te lang"),
        ("zicht_wensen", "iedereen".to_owned(), "Kies een van de mogelijkheden"),
    ];
    for (field, value, message) in cases {
        let response = app
            .post_form_with(
                &sam,
                "/mijn/profiel",
                &[("actie", common::profile_part(field)), (field, &value)],
            )
            .await;
        assert_eq!(response.status(), 422, "{field}");
        let html = response.text().await.expect("body");
        assert!(html.contains(message), "{field}: {message}");
        assert!(!html.contains("<script>alert"), "shown as text, never run");
    }
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM profiles").await, 0);
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM profile_items").await, 0);

    // What was typed comes back in the field as text, markup and all.
    let typed = "</textarea><b>vet</b> & zo";
    let response = app
        .post_form_with(
            &sam,
            "/mijn/profiel",
            &[("actie", "save_profile_intro"), ("intro", typed)],
        )
        .await;
    let html = response.text().await.expect("body");
    assert!(
        html.contains("&lt;/textarea&gt;&lt;b&gt;vet&lt;/b&gt; &amp; zo</textarea>"),
        "escaped in the field"
    );
}

async fn the_profile_is_in_my_data_and_goes_with_my_account(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let sam = new_client();
    register_ok(&app, &sam, "Sam").await;
    common::save_profile(&app, &sam, &sams_profile()).await;
    let data = common::my_data(&app, &sam).await;
    assert_eq!(data["profile"]["display_name"], "Sam de Kok");
    assert!(data["profile"].to_string().contains("Gitaar spelen"));
    let deleted = app
        .post_form_with(
            &sam,
            "/mijn-account/verwijderen",
            &[("actie", "delete_account"), ("huidig_wachtwoord", PASSWORD)],
        )
        .await;
    assert_eq!(deleted.status(), 303);
    for table in ["profiles", "profile_items", "profile_interests"] {
        assert_eq!(
            scalar(&app, &format!("SELECT COUNT(*) FROM {table}")).await,
            0,
            "{table}"
        );
    }
}

async fn suggestions_follow_wishes_and_leave_out_what_i_signed_up_for(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let sam = new_client();
    register_ok(&app, &sam, "Sam").await;
    let (_, week) = get_as(&app, &sam, "/mijn-week").await;
    assert!(
        week.contains("Vertel in je profiel wat je graag wilt doen"),
        "an invitation first"
    );

    let saved = app
        .post_form_with(
            &sam,
            "/mijn/profiel",
            &[("actie", "save_profile_wishes"), ("wensen[]", "koken")],
        )
        .await;
    assert_eq!(saved.status(), 303);
    common::save_profile(&app, &sam, &[("interesses[]", "natuur")]).await;
    let (_, home) = get_as(&app, &sam, "/").await;
    assert!(home.contains("Past bij jouw wensen"));
    assert!(home.contains("Samen koken en eten"), "cooking fits the wish to cook");
    let (_, week) = get_as(&app, &sam, "/mijn-week").await;
    assert!(
        week.contains("Past bij jouw wensen") && week.contains("Wandelgroep langs de IJssel"),
        "nature"
    );
    let suggestions = |html: &str| {
        html.split("id=\"past-bij-je\"")
            .nth(1)
            .and_then(|rest| rest.split("</section>").next())
            .unwrap_or_default()
            .to_owned()
    };
    assert!(
        !suggestions(&home).contains("Creatief atelier"),
        "nothing that does not fit"
    );

    // Signed up for cooking: no longer suggested.
    let cooking = common::activity_id(&app, "Samen koken en eten").await;
    let signed_up = common::sign_up_first_date(&app, &sam, cooking).await;
    assert_eq!(signed_up.status(), 303);
    let (_, home) = get_as(&app, &sam, "/").await;
    assert!(!suggestions(&home).contains("Samen koken en eten"));

    // Visitors get no suggestions.
    let (_, public) = get_as(&app, &new_client(), "/").await;
    assert!(!public.contains("Past bij jouw wensen"));
}

/// The profile form in parts: each saves on its own, two parts saved at the same instant both
/// stay, and a part that comes back with a problem leaves the others as saved.
async fn each_part_of_the_profile_saves_on_its_own(backend: Backend) {
    use common::{burst, count_status, BurstRequest};
    let app = TestApp::spawn(backend).await;
    let sam = new_client();
    register_ok(&app, &sam, "Sam").await;
    let (_, page) = get_as(&app, &sam, "/mijn/profiel").await;
    assert_eq!(page.matches(r#"class="profile-part""#).count(), 6, "six parts");
    assert!(
        page.contains(r#"id="deel-intro" open"#),
        "a new profile opens at the first part"
    );
    assert!(!page.contains(r#"id="deel-talenten" open"#), "the others folded");
    for part in [
        "Over mij",
        "Mijn talenten",
        "Mijn wensen",
        "Waar ik van houd",
        "Talen",
        "Meehelpen",
    ] {
        assert!(page.contains(&format!("{part} opslaan")), "{part}");
    }

    // Three parts saved at the same instant, from three tabs: all three stay.
    let login = app
        .post_form_with(
            &new_client(),
            "/inloggen",
            &[("actie", "log_in"), ("bijnaam", "Sam"), ("wachtwoord", PASSWORD)],
        )
        .await;
    let cookie = common::set_cookie(&login, "kring_sessie").expect("session");
    let cookie = cookie.split(';').next().expect("name=value").to_owned();
    let parts = vec![
        BurstRequest::form(
            "/mijn/profiel",
            &[
                ("actie", "save_profile_intro"),
                ("naam", "Sam de Kok"),
                ("intro", "Hallo"),
                ("zicht_intro", "deelnemers"),
            ],
        )
        .with_cookie(&cookie),
        BurstRequest::form(
            "/mijn/profiel",
            &[
                ("actie", "save_profile_talents"),
                ("goed_in[]", "koken"),
                ("zicht_talenten", "deelnemers"),
            ],
        )
        .with_cookie(&cookie),
        BurstRequest::form(
            "/mijn/profiel",
            &[("actie", "save_profile_wishes"), ("wensen[]", "computerhulp")],
        )
        .with_cookie(&cookie),
    ];
    let answers = burst(&app, parts).await;
    assert_eq!(
        count_status(&answers, 303),
        3,
        "{:?}",
        answers.iter().map(|a| a.status).collect::<Vec<_>>()
    );
    let items = |list: &'static str| {
        let app = &app;
        async move {
            scalar(
                app,
                &format!("SELECT COUNT(*) FROM profile_items WHERE list = '{list}'"),
            )
            .await
        }
    };
    assert_eq!(items("goed_in").await, 1);
    assert_eq!(items("wens").await, 1);
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM profiles WHERE display_name = 'Sam de Kok' AND intro = 'Hallo' AND vis_intro = 'deelnemers' AND vis_talents = 'deelnemers'").await, 1);

    // One part again: the rest stays; the page opens at that part with the notice in it.
    let saved = app
        .post_form_with(
            &sam,
            "/mijn/profiel",
            &[
                ("actie", "save_profile_wishes"),
                ("wensen[]", "koken"),
                ("wensen[]", "wandelen"),
            ],
        )
        .await;
    assert_eq!(saved.status(), 303);
    let location = saved.headers()["location"].to_str().expect("location").to_owned();
    assert_eq!(location, "/mijn/profiel?opgeslagen=wensen#deel-wensen");
    assert_eq!(items("wens").await, 2);
    assert_eq!(items("goed_in").await, 1, "talents untouched");
    let (_, page) = get_as(&app, &sam, &location).await;
    let wishes = page.split(r#"id="deel-wensen""#).nth(1).expect("the wishes part");
    assert!(wishes.starts_with(" open"), "opened at the saved part");
    let wishes = wishes.split("</details>").next().expect("part");
    assert!(
        wishes.contains("Je profiel is opgeslagen."),
        "the notice in the part that was saved"
    );

    // A part with a problem: a message, nothing changes, the other parts show what is saved.
    let refused = app
        .post_form_with(
            &sam,
            "/mijn/profiel",
            &[("actie", "save_profile_talents"), ("goed_in_eigen", "<b>")],
        )
        .await;
    assert_eq!(refused.status(), 422);
    let page = refused.text().await.expect("body");
    assert!(
        page.contains("Gebruik geen &lt; of &gt; in je tekst.") || page.contains("Gebruik geen < of > in je tekst.")
    );
    assert!(
        page.contains(r#"id="deel-talenten" open"#),
        "the part with the problem is open"
    );
    assert!(
        page.contains(r#"value="Sam de Kok""#),
        "another part keeps its saved value"
    );
    let wishes = page
        .split(r#"id="deel-wensen""#)
        .nth(1)
        .expect("wishes")
        .split("</details>")
        .next()
        .expect("part");
    assert!(
        wishes.contains(r#"value="koken" checked"#),
        "saved choices of another part stay ticked"
    );
    assert_eq!(items("goed_in").await, 1);
}

both_backends!(
    each_part_of_the_profile_saves_on_its_own,
    each_viewer_sees_only_what_the_owner_chose,
    hostile_input_gets_a_message_and_nothing_is_stored,
    the_profile_is_in_my_data_and_goes_with_my_account,
    suggestions_follow_wishes_and_leave_out_what_i_signed_up_for,
);
