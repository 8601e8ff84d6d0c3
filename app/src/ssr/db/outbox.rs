//! The outbox: messages waiting to be delivered, claimed by one worker at a time (a lease, and
//! `FOR UPDATE SKIP LOCKED` on PostgreSQL so several servers can share the work).

use super::{Backend, Db};
use sqlx::{any::AnyRow, Any, Row, Transaction};

/// How long a worker may hold claimed messages before another may take them.
const LEASE_SECONDS: i64 = 120;
/// Messages claimed in one go.
const BATCH: i64 = 20;

/// Where a message stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailStatus {
    Waiting,
    Sent,
    /// Gave up after the last attempt; an admin can send it again.
    Failed,
    /// The mail server refused the address for good.
    Bounced,
}

impl MailStatus {
    pub fn slug(self) -> &'static str {
        match self {
            MailStatus::Waiting => "wacht",
            MailStatus::Sent => "verstuurd",
            MailStatus::Failed => "mislukt",
            MailStatus::Bounced => "gebounced",
        }
    }

    pub fn from_slug(slug: &str) -> Option<MailStatus> {
        [
            MailStatus::Waiting,
            MailStatus::Sent,
            MailStatus::Failed,
            MailStatus::Bounced,
        ]
        .into_iter()
        .find(|s| s.slug() == slug)
    }
}

/// A message to queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMail<'a> {
    pub kind: &'a str,
    pub recipient: &'a str,
    pub lang: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
    /// An .ics attachment (empty: none).
    pub calendar: &'a str,
    pub message_id: &'a str,
    /// A message with a key goes once: queuing it again does nothing.
    pub dedupe_key: Option<&'a str>,
    pub centre_id: Option<i64>,
}

/// A claimed message, ready to be delivered.
#[derive(Debug, Clone)]
pub struct Claimed {
    pub id: i64,
    pub kind: String,
    pub recipient: String,
    pub lang: String,
    pub subject: String,
    pub body: String,
    pub calendar: String,
    pub message_id: String,
    /// Including this one.
    pub attempts: i64,
}

/// A message for the admin's overview.
#[derive(Debug, Clone)]
pub struct MailRow {
    pub id: i64,
    pub kind: String,
    pub recipient: String,
    pub subject: String,
    pub status: MailStatus,
    pub attempts: i64,
    pub last_error: String,
    pub created_at: i64,
    pub centre: Option<String>,
    /// The account whose address this is: (id, nickname).
    pub account: Option<(i64, String)>,
}

/// Queues a message inside the caller's transaction. Returns false when a message with the same
/// dedupe key was queued before (nothing is added).
pub async fn enqueue(tx: &mut Transaction<'_, Any>, mail: &NewMail<'_>, now: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO outbox (kind, recipient, lang, subject, body, calendar, message_id, dedupe_key, next_attempt_at,
            created_at, centre_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10)
         ON CONFLICT (dedupe_key) DO NOTHING",
    )
    .bind(mail.kind)
    .bind(mail.recipient)
    .bind(mail.lang)
    .bind(mail.subject)
    .bind(mail.body)
    .bind(mail.calendar)
    .bind(mail.message_id)
    .bind(mail.dedupe_key)
    .bind(now)
    .bind(mail.centre_id)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

fn claimed(row: &AnyRow) -> Result<Claimed, sqlx::Error> {
    Ok(Claimed {
        id: row.try_get("id")?,
        kind: row.try_get("kind")?,
        recipient: row.try_get("recipient")?,
        lang: row.try_get("lang")?,
        subject: row.try_get("subject")?,
        body: row.try_get("body")?,
        calendar: row.try_get("calendar")?,
        message_id: row.try_get("message_id")?,
        attempts: row.try_get("attempts")?,
    })
}

/// Claims the messages that are due and not held by another worker, counting the attempt.
pub async fn claim_due(db: &Db, now: i64) -> Result<Vec<Claimed>, sqlx::Error> {
    // Most of the time nothing is due: a plain read then, so an idle worker never takes
    // SQLite's write lock.
    let due = sqlx::query(
        "SELECT id FROM outbox WHERE status = 'wacht' AND next_attempt_at <= $1 AND claimed_until <= $1 LIMIT 1",
    )
    .bind(now)
    .fetch_optional(&db.pool)
    .await?;
    if due.is_none() {
        return Ok(Vec::new());
    }
    let skip_locked = match db.backend {
        Backend::Postgres => "FOR UPDATE SKIP LOCKED",
        Backend::Sqlite => "",
    };
    let sql = format!(
        "UPDATE outbox SET claimed_until = $1 + {LEASE_SECONDS}, attempts = attempts + 1
         WHERE id IN (SELECT id FROM outbox
                      WHERE status = 'wacht' AND next_attempt_at <= $1 AND claimed_until <= $1
                      ORDER BY id LIMIT {BATCH} {skip_locked})
         RETURNING id, kind, recipient, lang, subject, body, calendar, message_id, attempts"
    );
    let mut tx = db.begin_write().await?;
    let rows = sqlx::query(&sql).bind(now).fetch_all(&mut *tx).await?;
    tx.commit().await?;
    let mut claimed: Vec<Claimed> = rows.iter().map(claimed).collect::<Result<_, _>>()?;
    claimed.sort_by_key(|mail| mail.id);
    Ok(claimed)
}

/// Hands a claimed message back untried (the worker is stopping): due at once for any worker.
pub async fn release(db: &Db, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE outbox SET claimed_until = 0, attempts = attempts - 1 WHERE id = $1 AND status = 'wacht'")
        .bind(id)
        .execute(&db.pool)
        .await
        .map(|_| ())
}

/// Delivered: only who, what kind and when stay (the text may hold a login link).
pub async fn mark_sent(db: &Db, id: i64, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE outbox SET status = 'verstuurd', sent_at = $2, body = '', calendar = '', claimed_until = 0,
            last_error = ''
         WHERE id = $1",
    )
    .bind(id)
    .bind(now)
    .execute(&db.pool)
    .await
    .map(|_| ())
}

/// Not delivered this time: try again at `next_attempt_at`.
pub async fn mark_retry(db: &Db, id: i64, next_attempt_at: i64, error: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE outbox SET next_attempt_at = $2, claimed_until = 0, last_error = $3 WHERE id = $1")
        .bind(id)
        .bind(next_attempt_at)
        .bind(error)
        .execute(&db.pool)
        .await
        .map(|_| ())
}

/// Given up on (failed) or refused for good (bounced).
pub async fn mark_given_up(db: &Db, id: i64, status: MailStatus, error: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE outbox SET status = $2, claimed_until = 0, last_error = $3 WHERE id = $1")
        .bind(id)
        .bind(status.slug())
        .bind(error)
        .execute(&db.pool)
        .await
        .map(|_| ())
}

/// Sends a failed or bounced message again from now. Returns false when there is no such
/// message (or it was not given up on, or its text was cleared after [`KEEP_FAILED_TEXT_SECONDS`]).
pub async fn resend(db: &Db, id: i64, now: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE outbox SET status = 'wacht', attempts = 0, next_attempt_at = $2, claimed_until = 0, last_error = ''
         WHERE id = $1 AND status IN ('mislukt', 'gebounced') AND body <> ''",
    )
    .bind(id)
    .bind(now)
    .execute(&db.pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The address of a message that failed or bounced.
pub async fn failed_recipient(db: &Db, id: i64) -> Result<Option<String>, sqlx::Error> {
    sqlx::query("SELECT recipient FROM outbox WHERE id = $1 AND status IN ('mislukt', 'gebounced')")
        .bind(id)
        .fetch_optional(&db.pool)
        .await?
        .map(|row| row.try_get("recipient"))
        .transpose()
}

/// Sends every failed or bounced message to `old` again, to `new`. Returns how many.
pub async fn redirect_failed(
    tx: &mut Transaction<'_, Any>,
    old: &str,
    new: &str,
    now: i64,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE outbox SET recipient = $2, status = 'wacht', attempts = 0, next_attempt_at = $3, claimed_until = 0,
                last_error = ''
         WHERE recipient = $1 AND status IN ('mislukt', 'gebounced') AND body <> ''",
    )
    .bind(old)
    .bind(new)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected())
}

/// Removes the failed and bounced messages to an address that does not work.
pub async fn forget_failed(tx: &mut Transaction<'_, Any>, address: &str) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM outbox WHERE recipient = $1 AND status IN ('mislukt', 'gebounced')")
        .bind(address)
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected())
}

/// How long a sent message's record (who, what kind, when) is kept.
pub const KEEP_SENT_SECONDS: i64 = 30 * 86400;

/// How long the text of a message that failed or bounced is kept for an admin to send it again
/// (it may hold a login link or a guest's sign-up link).
pub const KEEP_FAILED_TEXT_SECONDS: i64 = 30 * 86400;
/// How long the record of a failed or bounced message (who, what kind, when) is kept.
pub const KEEP_FAILED_SECONDS: i64 = 90 * 86400;

/// Removes the records of messages sent more than [`KEEP_SENT_SECONDS`] ago, clears the text of
/// failed and bounced ones after [`KEEP_FAILED_TEXT_SECONDS`] and removes them after
/// [`KEEP_FAILED_SECONDS`].
pub async fn prune(db: &Db, now: i64) -> Result<u64, sqlx::Error> {
    let sent = sqlx::query("DELETE FROM outbox WHERE status = 'verstuurd' AND sent_at < $1")
        .bind(now - KEEP_SENT_SECONDS)
        .execute(&db.pool)
        .await?;
    let cleared = sqlx::query(
        "UPDATE outbox SET body = '', calendar = ''
         WHERE status IN ('mislukt', 'gebounced') AND created_at < $1 AND (body <> '' OR calendar <> '')",
    )
    .bind(now - KEEP_FAILED_TEXT_SECONDS)
    .execute(&db.pool)
    .await?;
    let failed = sqlx::query("DELETE FROM outbox WHERE status IN ('mislukt', 'gebounced') AND created_at < $1")
        .bind(now - KEEP_FAILED_SECONDS)
        .execute(&db.pool)
        .await?;
    Ok(sent.rows_affected() + cleared.rows_affected() + failed.rows_affected())
}

/// Messages that need an admin's eye (failed or bounced), newest first, and how many wait.
pub async fn problems(db: &Db) -> Result<(Vec<MailRow>, i64), sqlx::Error> {
    let rows = sqlx::query(
        "SELECT o.id, o.kind, o.recipient, o.subject, o.status, o.attempts, o.last_error, o.created_at,
                c.name AS centre, acc.id AS account_id, acc.nickname
         FROM outbox o
         LEFT JOIN centres c ON c.id = o.centre_id
         LEFT JOIN accounts acc ON acc.email = o.recipient
         WHERE o.status IN ('mislukt', 'gebounced') ORDER BY o.id DESC LIMIT 200",
    )
    .fetch_all(&db.pool)
    .await?;
    let waiting: i64 = sqlx::query("SELECT COUNT(*) AS n FROM outbox WHERE status = 'wacht'")
        .fetch_one(&db.pool)
        .await?
        .try_get("n")?;
    let list = rows
        .iter()
        .map(|row| {
            let status: String = row.try_get("status")?;
            Ok(MailRow {
                id: row.try_get("id")?,
                kind: row.try_get("kind")?,
                recipient: row.try_get("recipient")?,
                subject: row.try_get("subject")?,
                status: MailStatus::from_slug(&status).ok_or_else(|| super::decode_error("status"))?,
                attempts: row.try_get("attempts")?,
                last_error: row.try_get("last_error")?,
                created_at: row.try_get("created_at")?,
                centre: row.try_get("centre")?,
                account: match row.try_get::<Option<i64>, _>("account_id")? {
                    Some(id) => Some((id, row.try_get("nickname")?)),
                    None => None,
                },
            })
        })
        .collect::<Result<_, sqlx::Error>>()?;
    Ok((list, waiting))
}
