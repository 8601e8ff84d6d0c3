//! Starts the real application on port 0 against a fresh database: a SQLite file, or a new
//! PostgreSQL database when `KRING_TEST_POSTGRES_URL` points at a server (the test command starts
//! a throw-away one).

#![allow(dead_code)]

use server::config::Settings;
use server::startup::Application;
use sqlx::Row;
use std::sync::atomic::{AtomicU32, Ordering};

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub state: app::ssr::state::AppState,
    pub mail_dir: std::path::PathBuf,
    seen_mails: std::sync::Mutex<Vec<String>>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    running: Option<tokio::task::JoinHandle<anyhow::Result<()>>>,
    _dir: Option<TempDir>,
    _mail: TempDir,
}

/// A folder that is removed when the test ends.
pub struct TempDir(std::path::PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

fn unique_name() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!(
        "kring_test_{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst),
        nanos
    )
}

/// The PostgreSQL server for tests, if one was given.
pub fn postgres_url() -> Option<String> {
    std::env::var("KRING_TEST_POSTGRES_URL").ok().filter(|v| !v.is_empty())
}

/// A new, empty database (its folder goes when the guard is dropped, for SQLite).
pub async fn fresh_database(backend: Backend) -> (String, Option<TempDir>) {
    match backend {
        Backend::Sqlite => {
            let dir = std::env::temp_dir().join(unique_name());
            std::fs::create_dir_all(&dir).expect("temporary folder");
            let url = format!("sqlite://{}/kring.db", dir.display());
            (url, Some(TempDir(dir)))
        }
        Backend::Postgres => {
            let admin = postgres_url().expect("KRING_TEST_POSTGRES_URL");
            sqlx::any::install_default_drivers();
            let name = unique_name();
            let pool = sqlx::AnyPool::connect(&admin)
                .await
                .expect("connect to the test PostgreSQL");
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(&pool)
                .await
                .expect("create database");
            pool.close().await;
            let base = admin
                .rsplit_once('/')
                .map(|(base, _)| base.to_owned())
                .expect("URL with a database");
            (format!("{base}/{name}"), None)
        }
    }
}

/// The moment every test app's clock is pinned at: `KRING_TEST_NOW` (an RFC 3339 moment, to
/// run the suite at another season or hour) or a Wednesday morning in autumn. Apps start at it
/// and stand still there unless a test moves their clock, so no test depends on when it runs.
pub fn pinned_now() -> chrono::DateTime<chrono::Utc> {
    const DEFAULT: &str = "2026-09-16T10:30:00+02:00";
    let text = std::env::var("KRING_TEST_NOW").ok().filter(|v| !v.trim().is_empty());
    chrono::DateTime::parse_from_rfc3339(text.as_deref().unwrap_or(DEFAULT).trim())
        .expect("KRING_TEST_NOW is a moment like 2026-06-17T10:30:00+02:00")
        .with_timezone(&chrono::Utc)
}

/// Today in Amsterdam at the pinned moment.
pub fn pinned_today() -> chrono::NaiveDate {
    app::domain::time::local_date(pinned_now())
}

/// A browser-like client: keeps cookies, does not follow redirects, gives up after 30 s.
pub fn new_client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        // A response that never comes is a failure, not a hang of the whole suite.
        .timeout(std::time::Duration::from_secs(30))
        .build()
        .expect("client")
}

/// The value of the cookie `name` set by a response, if any (an empty value means "removed").
pub fn set_cookie(response: &reqwest::Response, name: &str) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&format!("{name}=")))
        .map(str::to_owned)
}

impl TestApp {
    pub async fn spawn(backend: Backend) -> TestApp {
        TestApp::spawn_with(backend, |_| {}).await
    }

    /// Starts the app with changed settings.
    pub async fn spawn_with(backend: Backend, change: impl FnOnce(&mut Settings)) -> TestApp {
        let (url, dir) = fresh_database(backend).await;
        TestApp::spawn_on(&url, dir, change).await
    }

    /// Starts the app on an existing database (to restart it on the same data); `dir` is kept
    /// until the app is dropped.
    pub async fn spawn_on(url: &str, dir: Option<TempDir>, change: impl FnOnce(&mut Settings)) -> TestApp {
        let mail_dir = std::env::temp_dir().join(format!("{}_mail", unique_name()));
        let mut settings = Settings::for_tests(url, &mail_dir, pinned_now());
        change(&mut settings);
        let app = Application::build(settings).await.expect("application starts");
        let address = format!("http://{}", app.local_addr());
        let state = app.state.clone();
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let running = tokio::spawn(app.run_until(async move {
            let _ = rx.await;
        }));
        let client = new_client();
        TestApp {
            address,
            client,
            state,
            mail_dir: mail_dir.clone(),
            seen_mails: std::sync::Mutex::new(Vec::new()),
            shutdown: Some(tx),
            running: Some(running),
            _dir: dir,
            _mail: TempDir(mail_dir),
        }
    }

    /// Stops the server as `kring serve` stops on SIGTERM and waits until it has: requests
    /// answered, the mail worker's current message done and the rest handed back.
    pub async fn stop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(running) = self.running.take() {
            running.await.expect("server task").expect("server stops cleanly");
        }
    }

    /// Starts the app with the demo programme loaded at the pinned time.
    pub async fn with_demo(backend: Backend) -> TestApp {
        TestApp::with_demo_and(backend, |_| {}).await
    }

    /// The demo programme, with changed settings.
    pub async fn with_demo_and(backend: Backend, change: impl FnOnce(&mut Settings)) -> TestApp {
        let app = TestApp::spawn_with(backend, change).await;
        app::ssr::demo::load(&app.state.db, app.now()).await.expect("demo data");
        app
    }

    /// Now on the app's clock.
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.state.clock.now()
    }

    /// Now on the app's clock, in seconds (as the database stores instants).
    pub fn timestamp(&self) -> i64 {
        self.state.clock.timestamp()
    }

    /// Today in Amsterdam on the app's clock.
    pub fn today(&self) -> chrono::NaiveDate {
        self.state.clock.today()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    /// GET as a browser does, in the given language.
    pub async fn get(&self, path: &str, lang: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .header("Accept", "text/html")
            .header("Accept-Language", lang)
            .send()
            .await
            .expect("request")
    }

    /// Posts a form to a page as a browser does (same origin), with `client`.
    pub async fn post_form_with(
        &self,
        client: &reqwest::Client,
        path: &str,
        fields: &[(&str, &str)],
    ) -> reqwest::Response {
        client
            .post(self.url(path))
            .header("Accept", "text/html")
            .header("Accept-Language", "nl")
            .header("Origin", &self.address)
            .header("Sec-Fetch-Site", "same-origin")
            .form(fields)
            .send()
            .await
            .expect("request")
    }

    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        self.post_form_with(&self.client, path, fields).await
    }

    /// The mails written so far to `to`, as text with quoted-printable soft breaks undone.
    pub fn mails_to(&self, to: &str) -> Vec<String> {
        let Ok(entries) = std::fs::read_dir(&self.mail_dir) else {
            return Vec::new();
        };
        entries
            .filter_map(|entry| entry.ok())
            .filter(|entry| entry.path().extension().is_some_and(|ext| ext == "eml"))
            .filter_map(|entry| std::fs::read_to_string(entry.path()).ok())
            .map(|raw| decode_mail(&raw))
            .filter(|mail| mail.lines().any(|line| line.starts_with("To:") && line.contains(to)))
            .collect()
    }

    /// Waits until a mail to `to` with `subject` has been written (mails go out in the
    /// background) and returns the one not seen before: each mail is returned once.
    pub async fn wait_for_mail(&self, to: &str, subject: &str) -> String {
        for _ in 0..500 {
            let found = self
                .mails_to(to)
                .into_iter()
                .find(|mail| mail.contains(&format!("Subject: {subject}")) && !self.seen(mail));
            if let Some(mail) = found {
                return mail;
            }
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        panic!("no new mail to {to} about {subject} within 5 seconds");
    }

    /// Whether this mail was returned by `wait_for_mail` before.
    fn seen(&self, mail: &str) -> bool {
        let mut seen = self.seen_mails.lock().expect("lock");
        if seen.iter().any(|m| m == mail) {
            true
        } else {
            seen.push(mail.to_owned());
            false
        }
    }

    /// The page's HTML and status.
    pub async fn page(&self, path: &str) -> (u16, String) {
        let response = self.get(path, "nl").await;
        let status = response.status().as_u16();
        (status, response.text().await.expect("body"))
    }
}

/// The id of the activity with this title (in the demo programme).
pub async fn activity_id(app: &TestApp, title: &str) -> i64 {
    sqlx::query("SELECT id FROM activities WHERE title = $1")
        .bind(title)
        .fetch_one(&app.state.db.pool)
        .await
        .expect("activity")
        .try_get("id")
        .expect("id")
}

/// The password the tests' accounts use.
pub const PASSWORD: &str = "groene fiets op het dak";

/// Posts the registration form with `PASSWORD`.
pub async fn register(app: &TestApp, client: &reqwest::Client, nickname: &str, email: &str) -> reqwest::Response {
    app.post_form_with(
        client,
        "/registreren",
        &[
            ("actie", "register"),
            ("bijnaam", nickname),
            ("wachtwoord", PASSWORD),
            ("email", email),
        ],
    )
    .await
}

/// Registers without an e-mail address, which always works for a free nickname.
pub async fn register_ok(app: &TestApp, client: &reqwest::Client, nickname: &str) {
    assert_eq!(
        register(app, client, nickname, "").await.status(),
        303,
        "registering {nickname}"
    );
}

pub async fn log_in(app: &TestApp, client: &reqwest::Client, name: &str, password: &str) -> reqwest::Response {
    app.post_form_with(
        client,
        "/inloggen",
        &[("actie", "log_in"), ("bijnaam", name), ("wachtwoord", password)],
    )
    .await
}

/// Whether `client` is logged in: "mijn account" answers instead of sending to the login page.
pub async fn logged_in(app: &TestApp, client: &reqwest::Client) -> bool {
    let response = client
        .get(app.url("/mijn-account"))
        .header("Accept", "text/html")
        .send()
        .await
        .expect("request");
    match response.status().as_u16() {
        200 => true,
        302 => {
            let location = response.headers()["location"].to_str().expect("location");
            assert_eq!(location, "/inloggen?terug=/mijn-account");
            false
        }
        other => panic!("unexpected status {other}"),
    }
}

/// Runs a test body against SQLite and against PostgreSQL (skipped with a note when no
/// PostgreSQL was given; the test command always gives one).
#[macro_export]
macro_rules! both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name(super::common::Backend::Sqlite).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    if super::common::postgres_url().is_none() {
                        eprintln!("skipped: KRING_TEST_POSTGRES_URL is not set");
                        return;
                    }
                    super::$name(super::common::Backend::Postgres).await;
                }
            )*
        }
    };
}

/// A mail as tests read it: "To:" and "Subject:" lines, then the plain-text body (transfer
/// encodings and MIME parts undone by `mail-parser`), then the calendar attachment if any.
fn decode_mail(raw: &str) -> String {
    use mail_parser::MimeHeaders;
    let Some(message) = mail_parser::MessageParser::default().parse(raw.as_bytes()) else {
        return String::new();
    };
    let to = message
        .to()
        .and_then(|to| to.first())
        .and_then(|address| address.address())
        .unwrap_or_default()
        .to_owned();
    let subject = message.subject().unwrap_or_default().to_owned();
    let body = message.body_text(0).map(|text| text.into_owned()).unwrap_or_default();
    // The calendar it carries, after the text, with its content type.
    let calendar = message
        .attachments()
        .find(|part| part.attachment_name() == Some("kring.ics"))
        .map(|part| {
            let kind = part
                .content_type()
                .map(|kind| {
                    let method = kind.attribute("method").unwrap_or_default();
                    format!(
                        "{}/{}; method={method}",
                        kind.ctype(),
                        kind.subtype().unwrap_or_default()
                    )
                })
                .unwrap_or_default();
            format!("\nAttachment: {kind}\n{}", String::from_utf8_lossy(part.contents()))
        })
        .unwrap_or_default();
    format!("To: {to}\nSubject: {subject}\n\n{body}{calendar}")
}

/// One number from the database.
pub async fn scalar(app: &TestApp, sql: &str) -> i64 {
    sqlx::query(sql)
        .fetch_one(&app.state.db.pool)
        .await
        .expect("query")
        .try_get(0)
        .expect("value")
}

/// Someone using Kring in a test: their own browser (a client that keeps its cookies) and
/// nickname, logged in. A person derefs to their client, so every helper that takes a client
/// takes a person too.
pub struct Person {
    pub nickname: String,
    client: reqwest::Client,
    base: String,
    db: app::ssr::db::Db,
}

impl std::ops::Deref for Person {
    type Target = reqwest::Client;

    fn deref(&self) -> &reqwest::Client {
        &self.client
    }
}

impl Person {
    /// A page as this person sees it, in Dutch: its status and HTML.
    pub async fn page(&self, path: &str) -> (u16, String) {
        let response = self
            .client
            .get(format!("{}{path}", self.base))
            .header("Accept-Language", "nl")
            .send()
            .await
            .expect("request");
        (response.status().as_u16(), response.text().await.expect("body"))
    }

    /// Posts a form as this person (from Kring's own pages, as a browser would).
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.base))
            .header("Origin", &self.base)
            .header("Sec-Fetch-Site", "same-origin")
            .form(fields)
            .send()
            .await
            .expect("request")
    }

    /// Their account's id.
    pub async fn account_id(&self) -> i64 {
        sqlx::query("SELECT id FROM accounts WHERE nickname = $1")
            .bind(&self.nickname)
            .fetch_one(&self.db.pool)
            .await
            .and_then(|row| sqlx::Row::try_get(&row, "id"))
            .expect("account")
    }
}

impl TestApp {
    /// A new member, registered (without an address) and logged in.
    pub async fn person(&self, nickname: &str) -> Person {
        let client = new_client();
        register_ok(self, &client, nickname).await;
        Person {
            nickname: nickname.to_owned(),
            client,
            base: self.address.clone(),
            db: self.state.db.clone(),
        }
    }
}

/// Makes a centre (if needed) and a new member with `role` there.
pub async fn member_of(app: &TestApp, nickname: &str, slug: &str, role: &str) -> Person {
    sqlx::query(
        "INSERT INTO centres (slug, name, town, address, created_at) VALUES ($1, $2, 'Zwolle', 'Straat 1', 0)
         ON CONFLICT (slug) DO NOTHING",
    )
    .bind(slug)
    .bind(format!("Centrum {slug}"))
    .execute(&app.state.db.pool)
    .await
    .expect("centre");
    let person = app.person(nickname).await;
    sqlx::query(
        "INSERT INTO centre_roles (account_id, centre_id, role, created_at)
         SELECT a.id, c.id, $3, 0 FROM accounts a, centres c WHERE a.nickname = $1 AND c.slug = $2",
    )
    .bind(nickname)
    .bind(slug)
    .bind(role)
    .execute(&app.state.db.pool)
    .await
    .expect("role");
    person
}

/// A new member who is a platform admin.
pub async fn new_admin(app: &TestApp, nickname: &str) -> Person {
    let person = app.person(nickname).await;
    sqlx::query("UPDATE accounts SET is_admin = 1 WHERE nickname = $1")
        .bind(nickname)
        .execute(&app.state.db.pool)
        .await
        .expect("admin");
    person
}

/// The page's status and HTML as this client sees it, in Dutch.
pub async fn get_as(app: &TestApp, client: &reqwest::Client, path: &str) -> (u16, String) {
    let response = client
        .get(app.url(path))
        .header("Accept-Language", "nl")
        .send()
        .await
        .expect("request");
    (response.status().as_u16(), response.text().await.expect("body"))
}

/// The id of the account with this nickname.
pub async fn account_id(app: &TestApp, nickname: &str) -> i64 {
    sqlx::query("SELECT id FROM accounts WHERE nickname = $1")
        .bind(nickname)
        .fetch_one(&app.state.db.pool)
        .await
        .expect("account")
        .try_get("id")
        .expect("id")
}

/// Signs the client's member up for the first coming date of an activity (one tap).
pub async fn sign_up_first_date(app: &TestApp, client: &reqwest::Client, activity: i64) -> reqwest::Response {
    let date = first_coming_date(app, activity).await;
    app.post_form_with(
        client,
        &format!("/activiteiten/{activity}"),
        &[
            ("actie", "sign_up"),
            ("activiteit", &activity.to_string()),
            ("datum", &date.to_string()),
        ],
    )
    .await
}

/// Makes the person with `account_id` a facilitator of `activity`.
pub async fn make_facilitator(app: &TestApp, activity: i64, account_id: i64) {
    sqlx::query("INSERT INTO activity_facilitators (activity_id, account_id) VALUES ($1, $2)")
        .bind(activity)
        .bind(account_id)
        .execute(&app.state.db.pool)
        .await
        .expect("facilitator");
}

/// The client's member's "download my data", as JSON.
pub async fn my_data(app: &TestApp, client: &reqwest::Client) -> serde_json::Value {
    client
        .get(app.url("/api/export_my_data"))
        .send()
        .await
        .expect("export")
        .json()
        .await
        .expect("json")
}

/// Sets an activity's number of places (None: no limit).
pub async fn set_capacity(app: &TestApp, activity: i64, capacity: Option<i64>) {
    sqlx::query("UPDATE activities SET capacity = $2 WHERE id = $1")
        .bind(activity)
        .bind(capacity)
        .execute(&app.state.db.pool)
        .await
        .expect("capacity");
}

/// The first date of an activity that starts more than an hour from now and is not cancelled.
pub async fn first_coming_date(app: &TestApp, activity: i64) -> i64 {
    sqlx::query(
        "SELECT id FROM occurrences WHERE activity_id = $1 AND starts_at > $2 AND cancelled = 0 ORDER BY starts_at",
    )
    .bind(activity)
    .bind(app.timestamp() + 3600)
    .fetch_one(&app.state.db.pool)
    .await
    .expect("date")
    .try_get("id")
    .expect("id")
}

/// The subjects of the account mails.
pub const LOGIN_MAIL: &str = "Inloggen bij Kring";
pub const CONFIRM_MAIL: &str = "Bevestig je e-mailadres voor Kring";

/// Registers with an e-mail address and confirms it with the link from the mail.
pub async fn register_confirmed(app: &TestApp, client: &reqwest::Client, nickname: &str, email: &str) {
    assert_eq!(register(app, client, nickname, email).await.status(), 303);
    let mail = app.wait_for_mail(email, CONFIRM_MAIL).await;
    let link = mail
        .split_whitespace()
        .find(|word| word.contains("/email-bevestigen?token="))
        .expect("a confirmation link");
    let token = link.split_once("token=").expect("token").1;
    let response = app
        .post_form_with(
            &new_client(),
            "/email-bevestigen",
            &[("actie", "confirm_email"), ("token", token)],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/email-bevestigen?klaar=1");
}

/// The link and the code in a mail.
pub fn link_and_code(mail: &str) -> (String, String) {
    let link = mail
        .split_whitespace()
        .find(|word| word.starts_with("http://") && word.contains("token="))
        .expect("a link")
        .to_owned();
    let code_line = mail.lines().find(|line| line.contains("code:")).expect("a code line");
    let code: String = code_line.chars().filter(char::is_ascii_digit).collect();
    assert_eq!(code.len(), 6, "{code_line}");
    (link, code)
}

/// Asks for a mail on `page` with `action`; returns the code page's address.
pub async fn ask_for_mail(app: &TestApp, client: &reqwest::Client, page: &str, action: &str, email: &str) -> String {
    let response = app
        .post_form_with(client, page, &[("actie", action), ("email", email)])
        .await;
    assert_eq!(response.status(), 303, "asking for a mail");
    response.headers()["location"].to_str().expect("location").to_owned()
}

/// One request of a [`burst`]: a form posted to `path` as a browser on this site does.
pub struct BurstRequest {
    /// `POST` (a form) or `GET` (a page; no fields).
    pub method: &'static str,
    pub path: String,
    pub fields: Vec<(String, String)>,
    /// The `Cookie` header to send, if any.
    pub cookie: Option<String>,
}

impl BurstRequest {
    pub fn form(path: &str, fields: &[(&str, &str)]) -> BurstRequest {
        BurstRequest {
            method: "POST",
            path: path.to_owned(),
            fields: fields.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect(),
            cookie: None,
        }
    }

    /// A page opened as a browser does.
    pub fn page(path: &str) -> BurstRequest {
        BurstRequest {
            method: "GET",
            path: path.to_owned(),
            fields: Vec::new(),
            cookie: None,
        }
    }

    pub fn with_cookie(mut self, cookie: &str) -> BurstRequest {
        self.cookie = Some(cookie.to_owned());
        self
    }
}

/// What came back for one request of a burst: the status, the response's header block (header
/// names in lower case) and its body.
pub struct BurstResponse {
    pub status: u16,
    pub head: String,
    pub body: String,
}

/// Sends the requests so that they arrive at the same instant: each on its own connection,
/// everything but the last byte of each written first, then all last bytes released together
/// (the server cannot act on a form before its body is complete). Returns the answers in the
/// order of the requests.
pub async fn burst(app: &TestApp, requests: Vec<BurstRequest>) -> Vec<BurstResponse> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let host = app.address.trim_start_matches("http://").to_owned();
    let mut waiting = Vec::with_capacity(requests.len());
    for request in &requests {
        let body = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(&request.fields)
            .finish();
        let cookie = request
            .cookie
            .as_ref()
            .map(|c| format!("Cookie: {c}\r\n"))
            .unwrap_or_default();
        let form = if request.method == "POST" {
            format!(
                "Origin: {origin}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {length}\r\n",
                origin = app.address,
                length = body.len()
            )
        } else {
            String::new()
        };
        let bytes = format!(
            "{method} {path} HTTP/1.1\r\nHost: {host}\r\nAccept: text/html\r\nAccept-Language: nl\r\n\
             Sec-Fetch-Site: same-origin\r\nConnection: close\r\n{cookie}{form}\r\n{body}",
            method = request.method,
            path = request.path,
        )
        .into_bytes();
        let mut stream = tokio::net::TcpStream::connect(&host).await.expect("connect");
        stream.set_nodelay(true).expect("nodelay");
        let (first, last) = bytes.split_at(bytes.len() - 1);
        stream.write_all(first).await.expect("send");
        waiting.push((stream, last[0]));
    }
    let release = std::sync::Arc::new(tokio::sync::Barrier::new(waiting.len()));
    let tasks: Vec<_> = waiting
        .into_iter()
        .map(|(mut stream, last)| {
            let release = release.clone();
            tokio::spawn(async move {
                release.wait().await;
                stream.write_all(&[last]).await.expect("send the last byte");
                let mut answer = Vec::new();
                tokio::time::timeout(std::time::Duration::from_secs(120), stream.read_to_end(&mut answer))
                    .await
                    .expect("an answer within two minutes")
                    .expect("read");
                let text = String::from_utf8_lossy(&answer).into_owned();
                let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
                let head = head.to_owned();
                let body = if head.to_lowercase().contains("transfer-encoding: chunked") {
                    unchunk(body)
                } else {
                    body.to_owned()
                };
                let status = head
                    .split_whitespace()
                    .nth(1)
                    .and_then(|code| code.parse().ok())
                    .expect("a status line");
                BurstResponse { status, head, body }
            })
        })
        .collect();
    let mut answers = Vec::with_capacity(tasks.len());
    for task in tasks {
        answers.push(task.await.expect("burst task"));
    }
    answers
}

/// A chunked HTTP/1.1 body as one text.
fn unchunk(mut rest: &str) -> String {
    let mut body = String::new();
    while let Some((size, after)) = rest.split_once("\r\n") {
        let Ok(size) = usize::from_str_radix(size.trim(), 16) else {
            break;
        };
        if size == 0 || after.len() < size {
            break;
        }
        body.push_str(&after[..size]);
        rest = after[size..].trim_start_matches("\r\n");
    }
    body
}

/// How many answers of a burst had this status.
pub fn count_status(answers: &[BurstResponse], status: u16) -> usize {
    answers.iter().filter(|a| a.status == status).count()
}

/// The `kring` binary as a test runs it: on `database_url`, quiet, with its clock starting at the
/// pinned moment (`KRING_NOW`).
pub fn kring_command(database_url: &str) -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_kring"));
    command
        .env("DATABASE_URL", database_url)
        .env("RUST_LOG", "warn")
        // cargo-leptos bakes this in; a plain `cargo test` build has to be told.
        .env("LEPTOS_OUTPUT_NAME", "kring")
        .env("KRING_NOW", pinned_now().to_rfc3339());
    command
}

/// Starts the `kring serve` binary on the database with these extra settings; returns the process
/// and the address it printed (log lines that come first are skipped, and the rest of its output
/// is read on so it never blocks on a full pipe).
pub fn serve_binary(database_url: &str, env: &[(&str, &str)]) -> (std::process::Child, String) {
    use std::io::BufRead;
    let mut command = kring_command(database_url);
    command
        .arg("serve")
        .env("LEPTOS_SITE_ADDR", "127.0.0.1:0")
        .stdout(std::process::Stdio::piped());
    for (name, value) in env {
        command.env(name, value);
    }
    let mut child = command.spawn().expect("kring serve starts");
    let mut stdout = std::io::BufReader::new(child.stdout.take().expect("stdout"));
    let address = loop {
        let mut line = String::new();
        let read = stdout.read_line(&mut line).expect("stdout is readable");
        assert!(read > 0, "kring serve stopped before printing its address");
        if let Some((_, address)) = line.trim().split_once("http://") {
            break address.to_owned();
        }
    };
    std::thread::spawn(move || for _ in stdout.lines() {});
    (child, address)
}

/// The endpoint of the part of the profile form a field is in (each part saves on its own).
pub fn profile_part(field: &str) -> &'static str {
    match field.trim_end_matches("[]") {
        "naam" | "intro" | "zicht_intro" => "save_profile_intro",
        "goed_in" | "goed_in_eigen" | "bieden" | "bieden_eigen" | "vindbaar" | "zicht_talenten" => {
            "save_profile_talents"
        }
        "wensen" | "wensen_eigen" | "zicht_wensen" => "save_profile_wishes",
        "interesses" | "zicht_interesses" => "save_profile_interests",
        "talen" | "talen_eigen" | "zicht_talen" => "save_profile_languages",
        "helpen" | "taken" | "zicht_helpen" => "save_profile_helping",
        other => panic!("{other} is in no part of the profile form"),
    }
}

/// Saves a profile from (field, value) pairs, part by part as the page's forms do.
pub async fn save_profile(app: &TestApp, client: &reqwest::Client, fields: &[(&str, &str)]) {
    let mut parts: Vec<&'static str> = fields.iter().map(|(field, _)| profile_part(field)).collect();
    parts.dedup();
    parts.sort_unstable();
    parts.dedup();
    for part in parts {
        let mut form = vec![("actie", part)];
        form.extend(fields.iter().filter(|(field, _)| profile_part(field) == part));
        let saved = app.post_form_with(client, "/mijn/profiel", &form).await;
        assert_eq!(saved.status(), 303, "{part} saved");
    }
}
