//! E-mail challenges: login and password-reset links with their codes (hashes only).

use crate::ssr::db::Db;
use sqlx::Row;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Login,
    Reset,
    /// Confirming a new e-mail address of an account.
    Email,
}

impl Purpose {
    pub fn slug(self) -> &'static str {
        match self {
            Purpose::Login => "login",
            Purpose::Reset => "reset",
            Purpose::Email => "email",
        }
    }
}

pub struct NewChallenge<'a> {
    pub handle_hash: &'a str,
    pub link_hash: &'a str,
    pub code_hash: &'a str,
    pub account_id: Option<i64>,
    pub purpose: Purpose,
    pub new_email: Option<&'a str>,
    pub expires_at: i64,
}

pub async fn insert(db: &Db, new: &NewChallenge<'_>, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO email_challenges (handle_hash, link_hash, code_hash, account_id, purpose, created_at, expires_at,
                                       new_email)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(new.handle_hash)
    .bind(new.link_hash)
    .bind(new.code_hash)
    .bind(new.account_id)
    .bind(new.purpose.slug())
    .bind(now)
    .bind(new.expires_at)
    .bind(new.new_email)
    .execute(&db.pool)
    .await
    .map(|_| ())
}

/// The account of a link that is valid, unused and for an account, without using it.
pub async fn peek_link(db: &Db, link_hash: &str, purpose: Purpose, now: i64) -> Result<Option<i64>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT account_id FROM email_challenges
         WHERE link_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3 AND account_id IS NOT NULL",
    )
    .bind(link_hash)
    .bind(purpose.slug())
    .bind(now)
    .fetch_optional(&db.pool)
    .await?;
    row.map(|row| row.try_get("account_id")).transpose()
}

/// Uses up the challenge with this link; true only for the one request that did.
pub async fn use_link(db: &Db, link_hash: &str, purpose: Purpose, now: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE email_challenges SET used_at = $3
         WHERE link_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3 AND account_id IS NOT NULL",
    )
    .bind(link_hash)
    .bind(purpose.slug())
    .bind(now)
    .execute(&db.pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Uses up an address confirmation: the account and the address, for the one request that did.
pub async fn use_email_link(db: &Db, link_hash: &str, now: i64) -> Result<Option<(i64, String)>, sqlx::Error> {
    let row = sqlx::query(
        "UPDATE email_challenges SET used_at = $2
         WHERE link_hash = $1 AND purpose = 'email' AND used_at IS NULL AND expires_at > $2
               AND account_id IS NOT NULL AND new_email IS NOT NULL
         RETURNING account_id, new_email",
    )
    .bind(link_hash)
    .bind(now)
    .fetch_optional(&db.pool)
    .await?;
    row.map(|row| Ok((row.try_get("account_id")?, row.try_get("new_email")?)))
        .transpose()
}

pub const MAX_CODE_ATTEMPTS: i64 = 5;

/// Checks a code against the request with this handle, without using it up. Every code counts,
/// before it is compared (one update that also decides), so five codes in all are ever compared,
/// however many arrive at once; after that the request accepts no code at all.
pub async fn check_code(
    db: &Db,
    handle_hash: &str,
    code_hash: &str,
    purpose: Purpose,
    now: i64,
) -> Result<Option<i64>, sqlx::Error> {
    let row = sqlx::query(
        "UPDATE email_challenges SET attempts = attempts + 1
         WHERE handle_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3 AND attempts < $4
         RETURNING code_hash, account_id",
    )
    .bind(handle_hash)
    .bind(purpose.slug())
    .bind(now)
    .bind(MAX_CODE_ATTEMPTS)
    .fetch_optional(&db.pool)
    .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let stored: String = row.try_get("code_hash")?;
    let account: Option<i64> = row.try_get("account_id")?;
    Ok(account.filter(|_| stored == code_hash))
}

/// Uses up the request with this handle; true only for the one request that did.
pub async fn use_handle(db: &Db, handle_hash: &str, now: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE email_challenges SET used_at = $2 WHERE handle_hash = $1 AND used_at IS NULL AND expires_at > $2",
    )
    .bind(handle_hash)
    .bind(now)
    .execute(&db.pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Ends every open challenge of an account (after a reset, or when it is deleted).
pub async fn end_all_for(db: &Db, account_id: i64, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE email_challenges SET used_at = $2 WHERE account_id = $1 AND used_at IS NULL")
        .bind(account_id)
        .bind(now)
        .execute(&db.pool)
        .await
        .map(|_| ())
}

pub async fn prune(db: &Db, now: i64) -> Result<u64, sqlx::Error> {
    sqlx::query("DELETE FROM email_challenges WHERE expires_at < $1")
        .bind(now - 24 * 3600)
        .execute(&db.pool)
        .await
        .map(|done| done.rows_affected())
}
