//! Queries on login help: one-time codes a coordinator hands to a member without an e-mail
//! address who cannot log in any more.

use super::Db;
use sqlx::Row;

/// What decides whether a coordinator of a centre may help an account: it is connected to the
/// centre (a role there, a sign-up for one of its activities, or a peer group of it), and it has
/// no role anywhere and is no admin (those reset by mail or by an admin).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    pub connected: bool,
    pub has_role: bool,
}

pub async fn standing(db: &Db, account_id: i64, centre_id: i64) -> Result<Standing, sqlx::Error> {
    let row = sqlx::query(
        "SELECT
           (SELECT COUNT(*) FROM centre_roles WHERE account_id = $1) AS roles,
           (SELECT COUNT(*) FROM accounts WHERE id = $1 AND is_admin = 1) AS admin,
           (SELECT COUNT(*) FROM signups s JOIN activities a ON a.id = s.activity_id
             WHERE s.account_id = $1 AND a.centre_id = $2) AS signups,
           (SELECT COUNT(*) FROM group_members m JOIN peer_groups g ON g.id = m.group_id
             WHERE m.account_id = $1 AND g.centre_id = $2) AS groups",
    )
    .bind(account_id)
    .bind(centre_id)
    .fetch_one(&db.pool)
    .await?;
    let count = |name: &str| row.try_get::<i64, _>(name);
    Ok(Standing {
        connected: count("signups")? + count("groups")? > 0,
        has_role: count("roles")? + count("admin")? > 0,
    })
}

/// A new code for the account; earlier unused ones stop working.
pub async fn insert(
    db: &Db,
    account_id: i64,
    code_hash: &str,
    helper_id: i64,
    centre_id: i64,
    now: i64,
    expires_at: i64,
) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    sqlx::query("DELETE FROM login_help WHERE account_id = $1 AND used_at IS NULL")
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO login_help (account_id, code_hash, helper_id, centre_id, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(account_id)
    .bind(code_hash)
    .bind(helper_id)
    .bind(centre_id)
    .bind(now)
    .bind(expires_at)
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

/// Whether the code is the account's, unused and not expired (without using it).
pub async fn is_valid(db: &Db, account_id: i64, code_hash: &str, now: i64) -> Result<bool, sqlx::Error> {
    let row = sqlx::query(
        "SELECT COUNT(*) AS n FROM login_help
         WHERE account_id = $1 AND code_hash = $2 AND used_at IS NULL AND expires_at > $3",
    )
    .bind(account_id)
    .bind(code_hash)
    .bind(now)
    .fetch_one(&db.pool)
    .await?;
    Ok(row.try_get::<i64, _>("n")? > 0)
}

/// Uses the code: true for exactly one of any number of simultaneous tries. Marks the account so
/// that its next login says a password was set with help.
pub async fn take(db: &Db, account_id: i64, code_hash: &str, now: i64) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let used = sqlx::query(
        "UPDATE login_help SET used_at = $3
         WHERE account_id = $1 AND code_hash = $2 AND used_at IS NULL AND expires_at > $3",
    )
    .bind(account_id)
    .bind(code_hash)
    .bind(now)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if used {
        sqlx::query("UPDATE accounts SET helped_reset_at = $2 WHERE id = $1")
            .bind(account_id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(used)
}

/// When the account's password was last set with help, if the member has not seen that yet.
pub async fn notice(db: &Db, account_id: i64) -> Result<Option<i64>, sqlx::Error> {
    let row = sqlx::query("SELECT helped_reset_at FROM accounts WHERE id = $1")
        .bind(account_id)
        .fetch_optional(&db.pool)
        .await?;
    Ok(row
        .map(|row| row.try_get::<Option<i64>, _>("helped_reset_at"))
        .transpose()?
        .flatten())
}

pub async fn clear_notice(db: &Db, account_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE accounts SET helped_reset_at = NULL WHERE id = $1")
        .bind(account_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Removes codes a day after they expired.
pub async fn prune(db: &Db, now: i64) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM login_help WHERE expires_at < $1")
        .bind(now - 24 * 3600)
        .execute(&db.pool)
        .await?;
    Ok(done.rows_affected())
}
