//! Faults from outside: the `kring` process killed with SIGKILL in the middle of a sign-up load
//! (nothing that was acknowledged is lost, and it starts again cleanly), and a PostgreSQL that
//! stops taking connections for a while (Kring says "try again" and recovers by itself).

use crate::common;

use common::{fresh_database, Backend, TestApp};
use sqlx::Row;
use std::process::{Child, Command};
use std::sync::{Arc, Mutex};

/// Starts `kring serve` on the database behind one trusted proxy; returns the process and its URL.
fn serve(url: &str) -> (Child, String) {
    let mail = std::env::temp_dir().join("kring_crash_mail");
    let (child, address) = common::serve_binary(
        url,
        &[("KRING_TRUST_PROXY", "1"), ("KRING_MAIL_DIR", &mail.to_string_lossy())],
    );
    (child, format!("http://{address}"))
}

/// The next date of an activity with a sign-up: (activity, date).
async fn a_date_to_sign_up_for(url: &str) -> (i64, i64) {
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(url).await.expect("connect");
    let row = sqlx::query(
        "SELECT a.id AS activity, o.id AS date FROM activities a JOIN occurrences o ON o.activity_id = a.id
         WHERE a.signup_required = 1 AND a.kind = 'activiteit' AND a.group_id IS NULL AND o.cancelled = 0
               AND o.starts_at > $1
         ORDER BY o.starts_at LIMIT 1",
    )
    .bind(common::pinned_now().timestamp() + 3600)
    .fetch_one(&pool)
    .await
    .expect("a date with a sign-up in the demo programme");
    let found = (row.try_get("activity").expect("id"), row.try_get("date").expect("id"));
    pool.close().await;
    found
}

/// Sign-ups keep coming from four phones while the server is killed with SIGKILL; every one that
/// was answered with 303 is in the database when it has started again.
async fn a_killed_server_loses_no_acknowledged_sign_up(backend: Backend) {
    let (url, _dir) = fresh_database(backend).await;
    let demo = common::kring_command(&url)
        .arg("demo")
        .status()
        .expect("kring demo runs");
    assert!(demo.success());
    let (activity, date) = a_date_to_sign_up_for(&url).await;
    let (mut child, address) = serve(&url);

    let acknowledged = Arc::new(Mutex::new(Vec::<String>::new()));
    let (told, mut heard) = tokio::sync::mpsc::unbounded_channel::<()>();
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(std::time::Duration::from_secs(30))
        .build()
        .expect("client");
    let workers: Vec<_> = (0..4)
        .map(|worker| {
            let (client, address, acknowledged) = (client.clone(), address.clone(), acknowledged.clone());
            let told = told.clone();
            tokio::spawn(async move {
                for n in 0.. {
                    let nickname = format!("Gast {worker}-{n}");
                    let sent = client
                        .post(format!("{address}/activiteiten/{activity}"))
                        .header("Accept", "text/html")
                        .header("Origin", &address)
                        .header("Sec-Fetch-Site", "same-origin")
                        .header("X-Forwarded-For", format!("10.{worker}.{}.{}", n / 250, n % 250))
                        .form(&[
                            ("actie", "sign_up"),
                            ("activiteit", activity.to_string().as_str()),
                            ("datum", date.to_string().as_str()),
                            ("bijnaam", nickname.as_str()),
                        ])
                        .send()
                        .await;
                    match sent {
                        Ok(response) if response.status() == 303 => {
                            acknowledged.lock().expect("lock").push(nickname);
                            let _ = told.send(());
                        }
                        Ok(response) => panic!("unexpected status {}", response.status()),
                        // The server is gone.
                        Err(_) => return,
                    }
                }
            })
        })
        .collect();
    // Kill it once some sign-ups are through, while the others are in flight.
    for _ in 0..40 {
        heard.recv().await.expect("a sign-up went through");
    }
    let killed = Command::new("kill")
        .args(["-KILL", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    child.wait().expect("the killed server is gone");
    for worker in workers {
        worker.await.expect("worker");
    }
    let acknowledged = acknowledged.lock().expect("lock").clone();

    // It starts again cleanly on the same data, and every acknowledged sign-up is there.
    let (mut again, address) = serve(&url);
    let health = client.get(format!("{address}/healthz")).send().await.expect("healthz");
    assert_eq!(health.status(), 200);
    let pool = sqlx::AnyPool::connect(&url).await.expect("connect");
    let stored: Vec<String> = sqlx::query("SELECT nickname FROM signups WHERE occurrence_id = $1")
        .bind(date)
        .fetch_all(&pool)
        .await
        .expect("sign-ups")
        .iter()
        .map(|row| row.try_get("nickname").expect("nickname"))
        .collect();
    pool.close().await;
    eprintln!(
        "kill -9 {backend:?}: {} acknowledged, {} stored",
        acknowledged.len(),
        stored.len()
    );
    let lost: Vec<&String> = acknowledged.iter().filter(|n| !stored.contains(n)).collect();
    assert!(lost.is_empty(), "acknowledged but lost: {lost:?}");
    let _ = Command::new("kill").args(["-TERM", &again.id().to_string()]).status();
    let _ = again.wait();
}

/// PostgreSQL stops taking connections (as while it restarts) and drops the ones Kring has:
/// pages answer 503 "try again" instead of 500, sessions stay, and when it is back Kring answers
/// again without being restarted.
async fn kring_recovers_by_itself_when_postgresql_comes_back(backend: Backend) {
    if backend != Backend::Postgres {
        return;
    }
    let app = TestApp::spawn(backend).await;
    let client = common::new_client();
    common::register_ok(&app, &client, "Anna").await;
    let admin = sqlx::AnyPool::connect(&common::postgres_url().expect("url"))
        .await
        .expect("connect");
    let name: String = sqlx::query("SELECT CAST(current_database() AS TEXT) AS name")
        .fetch_one(&app.state.db.pool)
        .await
        .expect("name")
        .try_get("name")
        .expect("name");
    let away = |allow: bool| {
        let admin = admin.clone();
        let name = name.clone();
        async move {
            sqlx::query(&format!("ALTER DATABASE {name} ALLOW_CONNECTIONS {allow}"))
                .execute(&admin)
                .await
                .expect("alter");
            if !allow {
                sqlx::query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1")
                    .bind(&name)
                    .execute(&admin)
                    .await
                    .expect("terminate");
            }
        }
    };
    away(false).await;
    for path in ["/mijn-account", "/activiteiten"] {
        let response = client.get(app.url(path)).send().await.expect("request");
        assert_eq!(response.status(), 503, "{path} while the database is away");
        assert!(common::set_cookie(&response, "kring_sessie").is_none());
    }
    away(true).await;
    let response = client.get(app.url("/mijn-account")).send().await.expect("request");
    assert_eq!(response.status(), 200, "back, still logged in");
    admin.close().await;
}

both_backends!(
    a_killed_server_loses_no_acknowledged_sign_up,
    kring_recovers_by_itself_when_postgresql_comes_back,
);
