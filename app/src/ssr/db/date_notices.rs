//! Queries on date notices: what changed about a date someone signed up for, kept to show on
//! their next visit (members: on the account; guests: on their sign-up's secrets).

use super::occurrences::instant;
use super::Db;
use crate::domain::signup::{ChangeKind, DateChange};
use sqlx::{any::AnyRow, Any, Row, Transaction};

/// How long a notice is kept, seen or not.
pub const KEEP_SECONDS: i64 = 60 * 24 * 3600;
/// The most notices shown at once.
const SHOWN: i64 = 20;

/// Who a notice is for: a member, or a guest's sign-up (by its secrets' hashes).
#[derive(Debug, Clone)]
pub enum Addressee {
    Member(i64),
    Guest { token_hash: String, code_hash: String },
}

/// A notice to keep.
#[derive(Debug, Clone)]
pub struct NewNotice<'a> {
    pub to: Addressee,
    pub activity_id: i64,
    pub title: &'a str,
    pub kind: ChangeKind,
    pub reason: &'a str,
    pub starts_at: i64,
    pub ends_at: i64,
    pub before: Option<(i64, i64)>,
}

pub async fn insert(tx: &mut Transaction<'_, Any>, notice: &NewNotice<'_>, now: i64) -> Result<(), sqlx::Error> {
    let (account, token, code) = match &notice.to {
        Addressee::Member(id) => (Some(*id), None, None),
        Addressee::Guest { token_hash, code_hash } => (None, Some(token_hash.as_str()), Some(code_hash.as_str())),
    };
    sqlx::query(
        "INSERT INTO date_notices (account_id, token_hash, code_hash, activity_id, title, kind, reason,
                                   starts_at, ends_at, before_starts_at, before_ends_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
    )
    .bind(account)
    .bind(token)
    .bind(code)
    .bind(notice.activity_id)
    .bind(notice.title)
    .bind(notice.kind.slug())
    .bind(notice.reason)
    .bind(notice.starts_at)
    .bind(notice.ends_at)
    .bind(notice.before.map(|b| b.0))
    .bind(notice.before.map(|b| b.1))
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

const COLUMNS: &str = "id, activity_id, title, kind, reason, starts_at, ends_at, before_starts_at, before_ends_at";

fn change(row: &AnyRow) -> Result<DateChange, sqlx::Error> {
    let kind: String = row.try_get("kind")?;
    let before_starts: Option<i64> = row.try_get("before_starts_at")?;
    let before_ends: Option<i64> = row.try_get("before_ends_at")?;
    let before = match (before_starts, before_ends) {
        (Some(starts), Some(ends)) => Some((instant(starts)?, instant(ends)?)),
        _ => None,
    };
    Ok(DateChange {
        id: row.try_get("id")?,
        activity_id: row.try_get("activity_id")?,
        title: row.try_get("title")?,
        kind: ChangeKind::from_slug(&kind).ok_or_else(|| super::decode_error("kind"))?,
        reason: row.try_get("reason")?,
        starts_at: instant(row.try_get("starts_at")?)?,
        ends_at: instant(row.try_get("ends_at")?)?,
        before,
    })
}

/// A member's notices not seen yet, newest first.
pub async fn unseen_of_account(db: &Db, account_id: i64) -> Result<Vec<DateChange>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM date_notices WHERE account_id = $1 AND seen_at IS NULL ORDER BY id DESC LIMIT {SHOWN}"
    ))
    .bind(account_id)
    .fetch_all(&db.pool)
    .await?;
    rows.iter().map(change).collect()
}

/// The notices of a guest's sign-up, found by the hash of its link or code, newest first.
pub async fn of_secret(db: &Db, hash: &str) -> Result<Vec<DateChange>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM date_notices WHERE token_hash = $1 OR code_hash = $1 ORDER BY id DESC LIMIT {SHOWN}"
    ))
    .bind(hash)
    .fetch_all(&db.pool)
    .await?;
    rows.iter().map(change).collect()
}

/// A member has seen their notices up to `up_to` (the newest one shown): later ones stay.
pub async fn mark_seen(db: &Db, account_id: i64, up_to: i64, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE date_notices SET seen_at = $3 WHERE account_id = $1 AND id <= $2 AND seen_at IS NULL")
        .bind(account_id)
        .bind(up_to)
        .bind(now)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Removes notices older than [`KEEP_SECONDS`].
pub async fn prune(db: &Db, now: i64) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM date_notices WHERE created_at < $1")
        .bind(now - KEEP_SECONDS)
        .execute(&db.pool)
        .await?;
    Ok(done.rows_affected())
}
