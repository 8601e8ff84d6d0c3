//! The audit log: who did what that others should be able to see afterwards (opening a sign-up
//! list, a reset by a centre, an address repaired), never what was seen.

use super::Db;

/// Writes down that `account_id` did `action` to `subject` (e.g. `account:12`).
pub async fn record(db: &Db, account_id: i64, action: &str, subject: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO audit_log (account_id, action, subject, at) VALUES ($1, $2, $3, $4)")
        .bind(account_id)
        .bind(action)
        .bind(subject)
        .bind(now)
        .execute(&db.pool)
        .await
        .map(|_| ())
}
