//! Settings from environment variables, with safe defaults for a local run.

use anyhow::Context;
use app::ssr::clock::Clock;
use app::ssr::db::DEFAULT_URL;
use leptos::prelude::LeptosOptions;
use std::net::SocketAddr;

const DEFAULT_MAIL_FROM: &str = "Kring <kring@localhost>";

#[derive(Clone)]
pub struct Settings {
    /// `DATABASE_URL`: `sqlite://…` (default `sqlite://data/kring.db`) or `postgres://…`.
    pub database_url: String,
    /// Leptos' options; `LEPTOS_SITE_ADDR` is the listen address (default 127.0.0.1:3000) and
    /// `LEPTOS_SITE_ROOT` the folder with the built static files (default `target/site`).
    pub leptos: LeptosOptions,
    /// `KRING_PUBLIC_URL`: the address people use (default `http://` + the listen address). An
    /// `https://` address turns on Secure cookies with the `__Host-` prefix and HSTS.
    pub public_url: String,
    /// `KRING_TRUST_PROXY=N`: Kring runs behind N reverse proxies that each add to
    /// X-Forwarded-For; the client's address is the one the outermost of them saw (default 0:
    /// the peer is the client).
    pub trust_proxy: usize,
    /// `KRING_MAIL_DIR`: where mails are written as `.eml` files (default `data/mail`).
    pub mail_dir: std::path::PathBuf,
    /// `KRING_MAIL_FROM`: the sender of mails (default `Kring <kring@localhost>`).
    pub mail_from: String,
    /// `SMTP_URL`: deliver mail over SMTP, e.g. `smtp://user:password@mail.example.org:587?tls=required`
    /// (STARTTLS) or `smtps://user:password@mail.example.org:465` (TLS). Without it, mails are
    /// written as `.eml` files to `mail_dir`. Never logged (it holds a password).
    pub smtp_url: Option<String>,
    /// `KRING_MAIL_KEEP_DAYS`: how long `.eml` files stay in the mail folder (default 7 days;
    /// they hold login codes and sign-up links).
    pub mail_keep: std::time::Duration,
    /// How mail delivery is retried (tests make it quick).
    pub mail_retry: app::ssr::mail::RetryPolicy,
    /// Where "now" comes from: the computer's clock, or with `KRING_NOW=<RFC 3339 moment>` a
    /// clock that starts at that moment and runs on (for browser tests and demos on a chosen
    /// day; never in production). Tests pin it.
    pub clock: Clock,
}

impl std::fmt::Debug for Settings {
    // The database URL may hold a password: never print it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Settings")
            .field("site_addr", &self.leptos.site_addr)
            .finish_non_exhaustive()
    }
}

/// How long `.eml` files stay in the mail folder by default.
pub const DEFAULT_MAIL_KEEP: std::time::Duration = std::time::Duration::from_secs(7 * 86400);

impl Settings {
    pub fn from_env() -> anyhow::Result<Settings> {
        let database_url = env_text("DATABASE_URL").unwrap_or_else(|| DEFAULT_URL.to_owned());
        let mut leptos = leptos::prelude::get_configuration(None)?.leptos_options;
        if leptos.output_name.is_empty() {
            leptos.output_name = "kring".into();
        }
        // cargo-leptos writes hash.txt beside the binary when it hashes file names; use them
        // whenever it did, unless LEPTOS_HASH_FILES says otherwise.
        if std::env::var_os("LEPTOS_HASH_FILES").is_none() {
            leptos.hash_files = std::env::current_exe()
                .ok()
                .and_then(|exe| exe.parent().map(|dir| dir.join(leptos.hash_file.as_ref())))
                .is_some_and(|path| path.exists());
        }
        let public_url = env_text("KRING_PUBLIC_URL").unwrap_or_else(|| format!("http://{}", leptos.site_addr));
        let trust_proxy = match env_text("KRING_TRUST_PROXY").as_deref() {
            None | Some("0" | "false" | "no") => 0,
            Some("true" | "yes") => 1,
            Some(number) => number
                .parse::<usize>()
                .ok()
                .filter(|n| *n <= 10)
                .context("KRING_TRUST_PROXY must be the number of proxies in front of Kring (0-10)")?,
        };
        Ok(Settings {
            database_url,
            leptos,
            public_url,
            trust_proxy,
            mail_dir: env_text("KRING_MAIL_DIR")
                .unwrap_or_else(|| "data/mail".to_owned())
                .into(),
            mail_from: env_text("KRING_MAIL_FROM").unwrap_or_else(|| DEFAULT_MAIL_FROM.to_owned()),
            smtp_url: env_text("SMTP_URL"),
            mail_keep: match env_text("KRING_MAIL_KEEP_DAYS") {
                None => DEFAULT_MAIL_KEEP,
                Some(days) => days
                    .parse::<u64>()
                    .ok()
                    .filter(|d| (1..=365).contains(d))
                    .map(|d| std::time::Duration::from_secs(d * 86400))
                    .context("KRING_MAIL_KEEP_DAYS must be a number of days from 1 to 365")?,
            },
            mail_retry: app::ssr::mail::RetryPolicy::default(),
            clock: match env_text("KRING_NOW") {
                None => Clock::system(),
                Some(moment) => Clock::starting_at(
                    chrono::DateTime::parse_from_rfc3339(moment.trim())
                        .context("KRING_NOW must be a moment like 2026-06-17T10:30:00+02:00")?
                        .with_timezone(&chrono::Utc),
                ),
            },
        })
    }

    /// Settings for tests: the given database and mail folder, a free port, no hashed files, and
    /// the clock pinned at `now`.
    pub fn for_tests(database_url: &str, mail_dir: &std::path::Path, now: chrono::DateTime<chrono::Utc>) -> Settings {
        let leptos = LeptosOptions::builder()
            .output_name("kring")
            .site_root("target/site")
            .site_addr(SocketAddr::from(([127, 0, 0, 1], 0)))
            .build();
        Settings {
            database_url: database_url.to_owned(),
            leptos,
            public_url: "http://127.0.0.1".to_owned(),
            trust_proxy: 0,
            mail_dir: mail_dir.to_owned(),
            mail_from: DEFAULT_MAIL_FROM.to_owned(),
            smtp_url: None,
            mail_keep: DEFAULT_MAIL_KEEP,
            mail_retry: app::ssr::mail::RetryPolicy {
                poll: std::time::Duration::from_millis(100),
                ..app::ssr::mail::RetryPolicy::default()
            },
            clock: Clock::pinned(now),
        }
    }
}

/// A variable that is set and not blank.
fn env_text(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}
