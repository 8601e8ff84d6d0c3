//! Two-factor settings of accounts, recovery codes, and logins waiting for their second step.

use crate::ssr::db::Db;
use sqlx::Row;

#[derive(Debug, Clone, Default)]
pub struct TwoFactorRow {
    pub nickname: String,
    pub secret: Option<String>,
    pub pending: Option<String>,
    pub pending_codes: Option<String>,
}

pub async fn get(db: &Db, account_id: i64) -> Result<Option<TwoFactorRow>, sqlx::Error> {
    sqlx::query("SELECT nickname, totp_secret, totp_pending, totp_pending_codes FROM accounts WHERE id = $1")
        .bind(account_id)
        .fetch_optional(&db.pool)
        .await?
        .map(|row| {
            Ok(TwoFactorRow {
                nickname: row.try_get("nickname")?,
                secret: row.try_get("totp_secret")?,
                pending: row.try_get("totp_pending")?,
                pending_codes: row.try_get("totp_pending_codes")?,
            })
        })
        .transpose()
}

/// Whether the account has two-factor login on.
pub async fn is_enabled(db: &Db, account_id: i64) -> Result<bool, sqlx::Error> {
    Ok(get(db, account_id).await?.is_some_and(|row| row.secret.is_some()))
}

pub async fn set_pending(db: &Db, account_id: i64, secret: &str, codes: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE accounts SET totp_pending = $2, totp_pending_codes = $3 WHERE id = $1")
        .bind(account_id)
        .bind(secret)
        .bind(codes)
        .execute(&db.pool)
        .await
        .map(|_| ())
}

/// Turns on the pending secret; the recovery codes shown during set-up are kept as hashes only.
pub async fn confirm(
    db: &Db,
    account_id: i64,
    secret: &str,
    code_hashes: &[String],
    step: i64,
) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    sqlx::query(
        "UPDATE accounts SET totp_secret = $2, totp_pending = NULL, totp_pending_codes = NULL, totp_last_step = $3
         WHERE id = $1",
    )
    .bind(account_id)
    .bind(secret)
    .bind(step)
    .execute(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM recovery_codes WHERE account_id = $1")
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
    for hash in code_hashes {
        sqlx::query("INSERT INTO recovery_codes (account_id, code_hash) VALUES ($1, $2)")
            .bind(account_id)
            .bind(hash)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await
}

pub async fn disable(db: &Db, account_id: i64) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    sqlx::query("UPDATE accounts SET totp_secret = NULL, totp_pending = NULL, totp_pending_codes = NULL WHERE id = $1")
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM recovery_codes WHERE account_id = $1")
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}

/// Records that the code of `step` was used; false when it (or a later one) was used already.
pub async fn use_step(db: &Db, account_id: i64, step: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("UPDATE accounts SET totp_last_step = $2 WHERE id = $1 AND totp_last_step < $2")
        .bind(account_id)
        .bind(step)
        .execute(&db.pool)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Uses a recovery code; false when it is not one of the account's unused codes.
pub async fn use_recovery_code(db: &Db, account_id: i64, code_hash: &str, now: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE recovery_codes SET used_at = $3 WHERE account_id = $1 AND code_hash = $2 AND used_at IS NULL",
    )
    .bind(account_id)
    .bind(code_hash)
    .bind(now)
    .execute(&db.pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn unused_recovery_codes(db: &Db, account_id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query("SELECT COUNT(*) AS n FROM recovery_codes WHERE account_id = $1 AND used_at IS NULL")
        .bind(account_id)
        .fetch_one(&db.pool)
        .await?
        .try_get("n")
}

/// A login waiting for its second step; with `new_password_hash` it is a password reset that
/// sets that password only once the second step is done.
pub async fn insert_pending_login(
    db: &Db,
    handle_hash: &str,
    account_id: i64,
    expires_at: i64,
    return_to: &str,
    new_password_hash: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO pending_logins (handle_hash, account_id, expires_at, return_to, new_password_hash)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(handle_hash)
    .bind(account_id)
    .bind(expires_at)
    .bind(return_to)
    .bind(new_password_hash)
    .execute(&db.pool)
    .await
    .map(|_| ())
}

pub const MAX_SECOND_STEP_ATTEMPTS: i64 = 5;

/// A login waiting for its second step.
pub struct PendingLogin {
    pub account_id: i64,
    pub return_to: String,
    /// A password reset: the new password, set once the second step is done.
    pub new_password_hash: Option<String>,
}

/// Counts an attempt at a waiting login and returns it, while it is valid and has attempts left.
pub async fn attempt_pending_login(db: &Db, handle_hash: &str, now: i64) -> Result<Option<PendingLogin>, sqlx::Error> {
    let row = sqlx::query(
        "UPDATE pending_logins SET attempts = attempts + 1
         WHERE handle_hash = $1 AND expires_at > $2 AND attempts < $3
         RETURNING account_id, return_to, new_password_hash",
    )
    .bind(handle_hash)
    .bind(now)
    .bind(MAX_SECOND_STEP_ATTEMPTS)
    .fetch_optional(&db.pool)
    .await?;
    row.map(|row| {
        Ok(PendingLogin {
            account_id: row.try_get("account_id")?,
            return_to: row.try_get("return_to")?,
            new_password_hash: row.try_get("new_password_hash")?,
        })
    })
    .transpose()
}

/// Ends a waiting login; true for the one request that did.
pub async fn finish_pending_login(db: &Db, handle_hash: &str) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM pending_logins WHERE handle_hash = $1")
        .bind(handle_hash)
        .execute(&db.pool)
        .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn prune(db: &Db, now: i64) -> Result<u64, sqlx::Error> {
    sqlx::query("DELETE FROM pending_logins WHERE expires_at < $1")
        .bind(now)
        .execute(&db.pool)
        .await
        .map(|done| done.rows_affected())
}
