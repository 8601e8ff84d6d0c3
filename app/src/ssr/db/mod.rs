//! The database: one pool over SQLite (embedded default) or PostgreSQL, chosen by `DATABASE_URL`.
//! Queries live in one module per noun and use `$1` placeholders that both backends accept.

pub mod accounts;
pub mod activities;
pub mod attendance;
pub mod audit;
pub mod board;
pub mod calendar;
pub mod centres;
pub mod challenges;
pub mod date_notices;
pub mod groups;
pub mod helping;
pub mod login_help;
pub mod my_week;
pub mod occurrences;
pub mod outbox;
pub mod profiles;
pub mod reminders;
pub mod sessions;
pub mod signups;
pub mod tallies;
pub mod teams;
pub mod two_factor;
pub mod volunteer_hours;

use anyhow::Context;
use chrono::{NaiveDate, Weekday};
use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::{Any, AnyPool, Executor, Row, Transaction};
use std::time::Duration;

/// A person's name as others see it, in queries joining `accounts a` and `profiles p`: the
/// display name of their profile, or the nickname.
pub(crate) const DISPLAY_NAME: &str = "COALESCE(NULLIF(p.display_name, ''), a.nickname)";

/// The embedded default.
pub const DEFAULT_URL: &str = "sqlite://data/kring.db";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Clone)]
pub struct Db {
    pub pool: AnyPool,
    pub backend: Backend,
}

impl Backend {
    pub fn of_url(url: &str) -> anyhow::Result<Backend> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres)
        } else {
            anyhow::bail!("DATABASE_URL must start with sqlite: or postgres://")
        }
    }
}

/// For SQLite: creates the folder of the database file and asks sqlx to create the file.
fn prepare_sqlite_url(url: &str) -> anyhow::Result<String> {
    let rest = url.trim_start_matches("sqlite:").trim_start_matches("//");
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    if path != ":memory:" && !path.is_empty() {
        if let Some(parent) = std::path::Path::new(path)
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
        {
            std::fs::create_dir_all(parent).with_context(|| format!("creating the folder {}", parent.display()))?;
        }
    }
    Ok(if query.contains("mode=") {
        url.to_owned()
    } else if query.is_empty() {
        format!("{url}?mode=rwc")
    } else {
        format!("{url}&mode=rwc")
    })
}

impl Db {
    /// Opens the pool. SQLite connections get WAL, synchronous=NORMAL, foreign keys and a busy
    /// timeout, which are not sqlx's defaults.
    pub async fn connect(url: &str) -> anyhow::Result<Db> {
        sqlx::any::install_default_drivers();
        let backend = Backend::of_url(url)?;
        let url = match backend {
            Backend::Sqlite => prepare_sqlite_url(url)?,
            Backend::Postgres => url.to_owned(),
        };
        let options = AnyPoolOptions::new()
            .max_connections(match backend {
                Backend::Sqlite => 8,
                Backend::Postgres => 16,
            })
            .acquire_timeout(Duration::from_secs(10))
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        conn.execute("PRAGMA journal_mode = WAL").await?;
                        conn.execute("PRAGMA synchronous = NORMAL").await?;
                        conn.execute("PRAGMA foreign_keys = ON").await?;
                        conn.execute("PRAGMA busy_timeout = 5000").await?;
                    }
                    Ok(())
                })
            });
        let pool = options.connect(&url).await.context("connecting to the database")?;
        Ok(Db { pool, backend })
    }

    /// Applies the migrations of this backend.
    pub async fn migrate(&self) -> anyhow::Result<()> {
        match self.backend {
            Backend::Sqlite => sqlx::migrate!("../migrations/sqlite").run(&self.pool).await,
            Backend::Postgres => sqlx::migrate!("../migrations/postgres").run(&self.pool).await,
        }
        .context("applying database migrations")
    }

    /// A transaction that will write. On SQLite it takes the write lock at once (`BEGIN
    /// IMMEDIATE`): a deferred transaction that reads first fails with SQLITE_BUSY under load.
    pub async fn begin_write(&self) -> Result<Transaction<'static, Any>, sqlx::Error> {
        match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.pool.begin().await,
        }
    }

    /// The public pages' version: it goes up with every committed write to a table that a public
    /// page shows (triggers in migration 0020), so a page rendered at an older version may be
    /// out of date.
    pub async fn public_version(&self) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar("SELECT version FROM public_version WHERE id = 1")
            .fetch_one(&self.pool)
            .await
    }

    /// Whether the database answers (for `/healthz`).
    pub async fn ping(&self) -> bool {
        let query = sqlx::query("SELECT 1").fetch_one(&self.pool);
        matches!(tokio::time::timeout(Duration::from_secs(2), query).await, Ok(Ok(_)))
    }
}

/// A local date as the tables keep it: "2026-09-16" (read back with [`parse_day`]).
pub(crate) fn day_text(day: chrono::NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

/// Reads a 0/1 integer column as a flag.
pub(crate) fn flag(row: &AnyRow, column: &str) -> Result<bool, sqlx::Error> {
    Ok(row.try_get::<i64, _>(column)? != 0)
}

/// ISO weekday number (Monday = 1) to a weekday.
pub(crate) fn weekday_from_iso(number: i64) -> Option<Weekday> {
    match number {
        1..=7 => Weekday::try_from(u8::try_from(number - 1).ok()?).ok(),
        _ => None,
    }
}

/// A stored `YYYY-MM-DD` date.
pub(crate) fn parse_day(text: &str) -> Result<NaiveDate, sqlx::Error> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|e| sqlx::Error::Decode(Box::new(e)))
}

/// A column held a value the domain cannot use.
pub(crate) fn decode_error(column: &str) -> sqlx::Error {
    sqlx::Error::ColumnDecode {
        index: column.to_owned(),
        source: "value out of range".into(),
    }
}
