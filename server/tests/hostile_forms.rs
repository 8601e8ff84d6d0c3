//! Every form a coordinator, a member and a visitor reach, with hostile input in each of its
//! fields (one at a time): an invisible control character, a value far over any limit, markup and
//! impossible dates. Each gets an answer with a message (never a 500, never a redirect as if it
//! worked) and changes nothing that is stored. The forms are read from the pages themselves, so
//! a new form is covered without changing this test.

use crate::common;

use common::{activity_id, member_of, new_client, Backend, TestApp};
use sqlx::Row;

/// One field of a form as the page offers it.
#[derive(Debug, Clone)]
struct Field {
    name: String,
    kind: String,
    value: String,
}

/// A form that posts to the page it is on.
#[derive(Debug)]
struct Form {
    action: String,
    fields: Vec<Field>,
}

fn unescape(text: &str) -> String {
    text.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The value of attribute `name` in the text of one tag.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let needle = format!(" {name}=\"");
    let start = tag.find(&needle)? + needle.len();
    let end = tag[start..].find('"')? + start;
    Some(unescape(&tag[start..end]))
}

/// The forms with `method="post"` in a page, with their fields and the values the page filled in.
fn forms(html: &str) -> Vec<Form> {
    let mut found = Vec::new();
    for part in html.split("<form").skip(1) {
        let Some(end) = part.find("</form>") else { continue };
        let body = &part[..end];
        let open = &body[..body.find('>').unwrap_or(0)];
        if attribute(&format!(" {open}"), "method").as_deref() != Some("post") {
            continue;
        }
        let Some(action) = attribute(&format!(" {open}"), "action") else {
            continue;
        };
        let mut fields: Vec<Field> = Vec::new();
        for (marker, kind_of) in [
            ("<input", None),
            ("<textarea", Some("textarea")),
            ("<select", Some("select")),
        ] {
            for chunk in body.split(marker).skip(1) {
                let tag = format!(" {}", &chunk[..chunk.find('>').unwrap_or(chunk.len())]);
                let Some(name) = attribute(&tag, "name") else { continue };
                let kind = kind_of
                    .map(str::to_owned)
                    .or_else(|| attribute(&tag, "type"))
                    .unwrap_or_else(|| "text".to_owned());
                let value = match kind.as_str() {
                    "textarea" => {
                        unescape(&chunk[chunk.find('>').map_or(0, |i| i + 1)..chunk.find("</textarea>").unwrap_or(0)])
                    }
                    "select" => chunk
                        .split("<option")
                        .nth(1)
                        .and_then(|option| attribute(&format!(" {option}"), "value"))
                        .unwrap_or_default(),
                    "checkbox" if !tag.contains(" checked") => continue,
                    // The chosen one of a group of radio buttons (or the first, when none is).
                    "radio" if !tag.contains(" checked") && fields.iter().any(|f| f.name == name) => continue,
                    "radio" if tag.contains(" checked") => {
                        fields.retain(|f| f.name != name);
                        attribute(&tag, "value").unwrap_or_default()
                    }
                    _ => attribute(&tag, "value").unwrap_or_default(),
                };
                fields.push(Field { name, kind, value });
            }
        }
        if fields.iter().any(|f| f.name == "actie") {
            found.push(Form { action, fields });
        }
    }
    found
}

/// What is stored, roughly: the rows of every table and the latest change where a table says
/// when it changed (counters of attempts and sessions change on every request and are left out).
async fn fingerprint(app: &TestApp, backend: Backend) -> Vec<(String, i64)> {
    let tables_sql = match backend {
        Backend::Sqlite => "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        Backend::Postgres => {
            "SELECT CAST(table_name AS TEXT) AS name FROM information_schema.tables WHERE table_schema = 'public'"
        }
    };
    let mut tables: Vec<String> = sqlx::query(tables_sql)
        .fetch_all(&app.state.db.pool)
        .await
        .expect("tables")
        .iter()
        .map(|row| row.try_get("name").expect("name"))
        .filter(|name: &String| {
            !["throttle", "sessions", "audit_log", "devices", "_sqlx_migrations"].contains(&name.as_str())
        })
        .collect();
    tables.sort();
    let mut print = Vec::new();
    for table in tables {
        let count: i64 = sqlx::query(&format!("SELECT COUNT(*) AS n FROM {table}"))
            .fetch_one(&app.state.db.pool)
            .await
            .expect("count")
            .try_get("n")
            .expect("n");
        print.push((table.clone(), count));
        for column in ["updated_at", "password_changed_at"] {
            let latest = sqlx::query(&format!("SELECT COALESCE(MAX({column}), 0) AS n FROM {table}"))
                .fetch_one(&app.state.db.pool)
                .await;
            if let Ok(row) = latest {
                print.push((format!("{table}.{column}"), row.try_get("n").unwrap_or_default()));
            }
        }
    }
    print
}

/// Whether any text in the database holds `needle`.
async fn stored_anywhere(app: &TestApp, backend: Backend, needle: &str) -> bool {
    for (table, _) in fingerprint(app, backend).await {
        if table.contains('.') {
            continue;
        }
        let rows = sqlx::query(&format!("SELECT * FROM {table}"))
            .fetch_all(&app.state.db.pool)
            .await
            .unwrap_or_default();
        for row in rows {
            for index in 0..row.len() {
                if let Ok(Some(text)) = row.try_get::<Option<String>, _>(index) {
                    if text.contains(needle) {
                        return true;
                    }
                }
            }
        }
    }
    false
}

/// The values to try in a field of this kind: (what, value).
fn hostile_values(kind: &str) -> Vec<(&'static str, String)> {
    let mut values = vec![
        ("a control character", "Hallo\u{7}daar".to_owned()),
        ("a direction override", "\u{202e}nelpmoK".to_owned()),
        ("a value far over any limit", "x".repeat(20_000)),
    ];
    if matches!(kind, "date" | "time") {
        values.push(("an impossible date", "2026-02-30".to_owned()));
        values.push(("an impossible time", "25:61".to_owned()));
    }
    values
}

/// Fields a person types into (not the hidden parts of a form, not secrets).
fn typed(field: &Field) -> bool {
    matches!(
        field.kind.as_str(),
        "text" | "textarea" | "email" | "tel" | "url" | "number" | "date" | "time" | "search"
    ) && !app::domain::form::is_secret_field(&field.name)
}

async fn every_form_refuses_hostile_input_and_changes_nothing(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let slug = "de-haven-zwolle";
    let coordinator = member_of(&app, "Coördinator", slug, "coordinator").await;
    let activity = activity_id(&app, "Samen koken en eten").await;
    let member = new_client();
    common::register_ok(&app, &member, "Deelnemer").await;
    let visitor = new_client();
    let pages: Vec<(&reqwest::Client, String)> = vec![
        (&visitor, "/registreren".to_owned()),
        (&visitor, "/inloggen".to_owned()),
        (&visitor, "/inloggen/email".to_owned()),
        (&visitor, "/wachtwoord-vergeten".to_owned()),
        (&visitor, format!("/activiteiten/{activity}")),
        (&visitor, "/aanmelding".to_owned()),
        (&member, "/mijn/profiel".to_owned()),
        (&member, "/mijn-account/bijnaam".to_owned()),
        (&member, "/mijn-account/email".to_owned()),
        (&member, "/groepen/voorstellen".to_owned()),
        (&coordinator, format!("/beheer/centra/{slug}/nieuw")),
        (&coordinator, format!("/beheer/centra/{slug}/gegevens")),
        (&coordinator, format!("/beheer/centra/{slug}/openingstijden")),
        (&coordinator, format!("/beheer/centra/{slug}/team")),
        (&coordinator, format!("/beheer/centra/{slug}/taken")),
        (&coordinator, format!("/beheer/centra/{slug}/groepen")),
        (&coordinator, format!("/beheer/activiteiten/{activity}")),
        (&coordinator, format!("/beheer/activiteiten/{activity}/bewerken")),
    ];
    let mut tried = 0;
    let mut failures = Vec::new();
    for (client, page) in &pages {
        let (status, html) = common::get_as(&app, client, page).await;
        assert_eq!(status, 200, "{page}");
        for form in forms(&html) {
            let actie = form
                .fields
                .iter()
                .find(|f| f.name == "actie")
                .map(|f| f.value.clone())
                .unwrap_or_default();
            for (index, field) in form.fields.iter().enumerate().filter(|(_, f)| typed(f)) {
                for (what, value) in hostile_values(&field.kind) {
                    let before = fingerprint(&app, backend).await;
                    let fields: Vec<(String, String)> = form
                        .fields
                        .iter()
                        .enumerate()
                        .map(|(i, f)| (f.name.clone(), if i == index { value.clone() } else { f.value.clone() }))
                        .collect();
                    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
                    let response = app.post_form_with(client, &form.action, &pairs).await;
                    let status = response.status().as_u16();
                    let body = response.text().await.unwrap_or_default();
                    let after = fingerprint(&app, backend).await;
                    tried += 1;
                    // A field that does not apply to the form as filled in (an end date of a series
                    // that never ends) may be left out and the rest saved; the value must then be
                    // stored nowhere.
                    let ignored = status == 303 && !stored_anywhere(&app, backend, &value).await;
                    let problem = if ignored {
                        None
                    } else if !(400..500).contains(&status) {
                        Some(format!("answered {status}"))
                    } else if before != after {
                        Some("changed what is stored".to_owned())
                    } else if status == 422 && !body.contains("role=\"alert\"") && !body.contains("class=\"field-error")
                    {
                        Some("no message".to_owned())
                    } else {
                        None
                    };
                    if let Some(problem) = problem {
                        failures.push(format!("{page} {actie} {}: {what} {problem}", field.name));
                    }
                }
            }
        }
    }
    eprintln!("hostile forms {backend:?}: {tried} posts");
    assert!(tried > 100, "only {tried} posts: the forms were not found");
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

both_backends!(every_form_refuses_hostile_input_and_changes_nothing);
