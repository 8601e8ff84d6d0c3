//! Sessions and trusted devices (tokens are stored only as hashes).

use crate::ssr::db::{flag, Db};
use sqlx::Row;

/// A valid session with the account it belongs to.
#[derive(Debug, Clone)]
pub struct SessionRow {
    pub token_hash: String,
    pub account_id: i64,
    pub nickname: String,
    pub is_admin: bool,
    pub in_a_team: bool,
    pub last_seen_at: i64,
}

pub struct NewSession<'a> {
    pub token_hash: &'a str,
    pub account_id: i64,
    pub idle_seconds: i64,
    pub expires_at: i64,
    pub device: &'a str,
}

pub async fn insert(db: &Db, new: &NewSession<'_>, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO sessions (token_hash, account_id, created_at, last_seen_at, expires_at, idle_seconds, device)
         VALUES ($1, $2, $3, $3, $4, $5, $6)",
    )
    .bind(new.token_hash)
    .bind(new.account_id)
    .bind(now)
    .bind(new.expires_at)
    .bind(new.idle_seconds)
    .bind(new.device)
    .execute(&db.pool)
    .await
    .map(|_| ())
}

/// The session for a token hash, if it has neither idled out nor reached its end.
pub async fn find_valid(db: &Db, token_hash: &str, now: i64) -> Result<Option<SessionRow>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT s.token_hash, s.account_id, s.last_seen_at, a.nickname, a.is_admin,
                CASE WHEN EXISTS (SELECT 1 FROM centre_roles r WHERE r.account_id = a.id) THEN 1 ELSE 0 END AS in_a_team
         FROM sessions s JOIN accounts a ON a.id = s.account_id
         WHERE s.token_hash = $1 AND s.expires_at > $2 AND s.last_seen_at + s.idle_seconds > $2",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(&db.pool)
    .await?;
    row.map(|row| {
        Ok(SessionRow {
            token_hash: row.try_get("token_hash")?,
            account_id: row.try_get("account_id")?,
            nickname: row.try_get("nickname")?,
            is_admin: flag(&row, "is_admin")?,
            in_a_team: flag(&row, "in_a_team")?,
            last_seen_at: row.try_get("last_seen_at")?,
        })
    })
    .transpose()
}

pub async fn touch(db: &Db, token_hash: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1")
        .bind(token_hash)
        .bind(now)
        .execute(&db.pool)
        .await
        .map(|_| ())
}

pub async fn delete(db: &Db, token_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
        .bind(token_hash)
        .execute(&db.pool)
        .await
        .map(|_| ())
}

pub async fn delete_all_for(db: &Db, account_id: i64) -> Result<u64, sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE account_id = $1")
        .bind(account_id)
        .execute(&db.pool)
        .await
        .map(|done| done.rows_affected())
}

/// One line in "mijn sessies".
#[derive(Debug, Clone)]
pub struct SessionListRow {
    pub token_hash: String,
    pub device: String,
    pub created_at: i64,
    pub last_seen_at: i64,
}

pub async fn list_for(db: &Db, account_id: i64, now: i64) -> Result<Vec<SessionListRow>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT token_hash, device, created_at, last_seen_at FROM sessions
         WHERE account_id = $1 AND expires_at > $2 AND last_seen_at + idle_seconds > $2
         ORDER BY last_seen_at DESC",
    )
    .bind(account_id)
    .bind(now)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(SessionListRow {
                token_hash: row.try_get("token_hash")?,
                device: row.try_get("device")?,
                created_at: row.try_get("created_at")?,
                last_seen_at: row.try_get("last_seen_at")?,
            })
        })
        .collect()
}

/// Removes sessions and trusted devices that have ended.
pub async fn prune(db: &Db, now: i64) -> Result<u64, sqlx::Error> {
    let sessions = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at + idle_seconds <= $1")
        .bind(now)
        .execute(&db.pool)
        .await?;
    let devices = sqlx::query("DELETE FROM trusted_devices WHERE expires_at <= $1")
        .bind(now)
        .execute(&db.pool)
        .await?;
    Ok(sessions.rows_affected() + devices.rows_affected())
}

pub async fn insert_device(
    db: &Db,
    token_hash: &str,
    account_id: i64,
    now: i64,
    expires_at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO trusted_devices (token_hash, account_id, created_at, expires_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (token_hash) DO NOTHING",
    )
    .bind(token_hash)
    .bind(account_id)
    .bind(now)
    .bind(expires_at)
    .execute(&db.pool)
    .await
    .map(|_| ())
}

/// Whether this device token belongs to the account and is still valid.
pub async fn device_trusted(db: &Db, token_hash: &str, account_id: i64, now: i64) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query(
        "SELECT 1 AS found FROM trusted_devices WHERE token_hash = $1 AND account_id = $2 AND expires_at > $3",
    )
    .bind(token_hash)
    .bind(account_id)
    .bind(now)
    .fetch_optional(&db.pool)
    .await?
    .is_some())
}
