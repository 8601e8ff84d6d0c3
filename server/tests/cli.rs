//! The `kring` binary's subcommands, run as a user would run them.

use crate::common;
use std::process::Command;

fn kring(database_url: &str, args: &[&str]) -> std::process::Output {
    common::kring_command(database_url)
        .args(args)
        .output()
        .expect("kring runs")
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("kring_cli_{}_{}", name, std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("folder");
    dir
}

#[test]
fn demo_fills_an_empty_database_once_and_backup_copies_it() {
    let dir = temp_dir("demo");
    // The folder of the database file is created on first use.
    let url = format!("sqlite://{}/nested/kring.db", dir.display());

    let first = kring(&url, &["demo"]);
    assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
    assert!(String::from_utf8_lossy(&first.stdout).contains("2 centres"));

    let second = kring(&url, &["demo"]);
    assert_eq!(second.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&second.stderr).contains("already holds data"));

    let backup = dir.join("backup.db");
    let done = kring(&url, &["backup", backup.to_str().expect("path")]);
    assert!(done.status.success(), "{}", String::from_utf8_lossy(&done.stderr));
    // The copy is a complete database: loading the demo into it is refused too.
    let copy_url = format!("sqlite://{}", backup.display());
    assert_eq!(kring(&copy_url, &["demo"]).status.code(), Some(3));

    let again = kring(&url, &["backup", backup.to_str().expect("path")]);
    assert!(!again.status.success(), "an existing file is never overwritten");

    let migrate = kring(&url, &["migrate"]);
    assert!(migrate.status.success());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn backup_on_postgres_points_to_pg_dump() {
    let output = kring(
        "postgres://kring@127.0.0.1:1/kring",
        &["backup", "/tmp/never-written.db"],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("pg_dump"));
}

#[test]
fn a_database_url_of_another_kind_is_refused() {
    let output = kring("mysql://localhost/kring", &["migrate"]);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("DATABASE_URL"));
}

#[test]
fn serve_answers_and_stops_cleanly_on_sigterm() {
    use std::io::{Read, Write};
    let dir = temp_dir("serve");
    let (mut child, address) = crate::common::serve_binary(&format!("sqlite://{}/kring.db", dir.display()), &[]);

    let mut stream = std::net::TcpStream::connect(&address).expect("connect");
    write!(
        stream,
        "GET /healthz HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
    )
    .expect("request");
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("response");
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");

    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    let status = child.wait().expect("kring stops");
    assert!(
        status.success(),
        "a graceful shutdown ends with exit code 0, got {status}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn create_admin_takes_a_piped_password_or_prints_a_one_time_one() {
    use std::io::Write;
    // The README's own example, so the example is known to be accepted.
    let readme = include_str!("../../README.md");
    let example = readme
        .lines()
        .find_map(|line| line.split_once("printf '%s\\n' '").map(|(_, rest)| rest))
        .expect("the README shows how to pipe a password");
    let (password, command) = example.split_once("' | kring create-admin ").expect("example");
    let nickname = command.trim();
    let dir = temp_dir("admin");
    let url = format!("sqlite://{}/kring.db", dir.display());
    let mut child = common::kring_command(&url)
        .args(["create-admin", nickname])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("kring runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(format!("{password}\n").as_bytes())
        .expect("write");
    let piped = child.wait_with_output().expect("kring ends");
    assert!(piped.status.success(), "the README's example is accepted");
    assert_eq!(
        String::from_utf8_lossy(&piped.stdout).trim(),
        format!("Admin {nickname} created.")
    );
    assert_eq!(nickname, "Beheerder");

    let taken = kring(&url, &["create-admin", "beheerder"]);
    assert_eq!(taken.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&taken.stderr).contains("taken"));

    let one_time = kring(&url, &["create-admin", "Tweede"]);
    assert!(one_time.status.success());
    let stdout = String::from_utf8_lossy(&one_time.stdout);
    let password = stdout.lines().nth(1).expect("the one-time password").trim();
    assert_eq!(password.len(), 43, "256 random bits");
    let _ = std::fs::remove_dir_all(&dir);
}
