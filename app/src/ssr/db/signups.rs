//! Sign-ups: taking a place or a waitlist spot in one transaction that no other sign-up for the
//! same date can interleave with, cancelling, and promoting from the waitlist.

use super::{Backend, Db};
use crate::domain::signup::{Load, PlaceKey, SignupStatus};
use sqlx::{any::AnyRow, Any, Row, Transaction};
use std::collections::HashMap;

/// What is signed up for: one date, or a whole course.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Target {
    pub activity_id: i64,
    /// None: the whole course.
    pub occurrence_id: Option<i64>,
}

impl Target {
    /// The value the unique indexes use for "no date".
    fn date_key(self) -> i64 {
        self.occurrence_id.unwrap_or(0)
    }
}

/// Who signs up.
#[derive(Debug, Clone)]
pub enum Person<'a> {
    Member {
        account_id: i64,
        nickname: &'a str,
    },
    Guest {
        key: &'a str,
        nickname: &'a str,
        email: &'a str,
        phone: &'a str,
    },
}

/// A stored sign-up.
#[derive(Debug, Clone)]
pub struct SignupRow {
    pub id: i64,
    pub activity_id: i64,
    pub occurrence_id: Option<i64>,
    pub account_id: Option<i64>,
    pub nickname: String,
    pub email: String,
    pub phone: String,
    pub status: SignupStatus,
    pub lang: String,
    /// A reminder by mail the day before (guests; members choose for their account).
    pub reminders: bool,
    /// What they wrote with it, for those who run the activity.
    pub remark: String,
}

const COLUMNS: &str =
    "id, activity_id, occurrence_id, account_id, nickname, email, phone, status, lang, reminders, remark";

fn signup_row(row: &AnyRow) -> Result<SignupRow, sqlx::Error> {
    let status: String = row.try_get("status")?;
    Ok(SignupRow {
        id: row.try_get("id")?,
        activity_id: row.try_get("activity_id")?,
        occurrence_id: row.try_get("occurrence_id")?,
        account_id: row.try_get("account_id")?,
        nickname: row.try_get("nickname")?,
        email: row.try_get("email")?,
        phone: row.try_get("phone")?,
        remark: row.try_get("remark")?,
        status: SignupStatus::from_slug(&status).ok_or_else(|| super::decode_error("status"))?,
        lang: row.try_get("lang")?,
        reminders: super::flag(row, "reminders")?,
    })
}

/// Starts a write transaction in which no other sign-up or cancellation for the activity runs:
/// on SQLite the write lock (`BEGIN IMMEDIATE`) does it; on PostgreSQL a row lock on the
/// activity (a course's enrolments and drop-ins share its places, so the whole activity).
pub async fn lock(db: &Db, activity_id: i64) -> Result<Transaction<'static, Any>, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    if db.backend == Backend::Postgres {
        sqlx::query("SELECT id FROM activities WHERE id = $1 FOR UPDATE")
            .bind(activity_id)
            .fetch_optional(&mut *tx)
            .await?;
    }
    Ok(tx)
}

/// The places taken per date of an activity: confirmed sign-ups (per date, or for the whole
/// course) and sessions skipped by confirmed course participants.
pub async fn load(conn: &mut sqlx::AnyConnection, activity_id: i64) -> Result<Load, sqlx::Error> {
    let confirmed = sqlx::query(
        "SELECT occurrence_id AS date_key, COUNT(*) AS n FROM signups
         WHERE activity_id = $1 AND status = 'bevestigd' GROUP BY occurrence_id",
    )
    .bind(activity_id)
    .fetch_all(&mut *conn)
    .await?;
    let absent = sqlx::query(
        "SELECT x.occurrence_id AS date_key, COUNT(*) AS n FROM signup_absences x
         JOIN signups s ON s.id = x.signup_id
         WHERE s.activity_id = $1 AND s.status = 'bevestigd' AND s.occurrence_id IS NULL
         GROUP BY x.occurrence_id",
    )
    .bind(activity_id)
    .fetch_all(&mut *conn)
    .await?;
    let confirmed = confirmed
        .iter()
        .map(|row| Ok((PlaceKey::of(row.try_get("date_key")?), row.try_get("n")?)))
        .collect::<Result<HashMap<PlaceKey, i64>, sqlx::Error>>()?;
    let absent = absent
        .iter()
        .map(|row| Ok((row.try_get("date_key")?, row.try_get("n")?)))
        .collect::<Result<HashMap<i64, i64>, sqlx::Error>>()?;
    Ok(Load { confirmed, absent })
}

/// The sessions a course sign-up skips.
pub async fn absences(conn: &mut sqlx::AnyConnection, signup_id: i64) -> Result<Vec<i64>, sqlx::Error> {
    let rows = sqlx::query("SELECT occurrence_id FROM signup_absences WHERE signup_id = $1")
        .bind(signup_id)
        .fetch_all(conn)
        .await?;
    rows.iter().map(|row| row.try_get("occurrence_id")).collect()
}

/// Marks (or unmarks) one session as skipped ("ik kan deze keer niet").
pub async fn set_absent(
    tx: &mut Transaction<'_, Any>,
    signup_id: i64,
    occurrence_id: i64,
    absent: bool,
    now: i64,
) -> Result<(), sqlx::Error> {
    let query = if absent {
        sqlx::query(
            "INSERT INTO signup_absences (signup_id, occurrence_id, created_at) VALUES ($1, $2, $3)
             ON CONFLICT (signup_id, occurrence_id) DO NOTHING",
        )
        .bind(signup_id)
        .bind(occurrence_id)
        .bind(now)
    } else {
        sqlx::query("DELETE FROM signup_absences WHERE signup_id = $1 AND occurrence_id = $2")
            .bind(signup_id)
            .bind(occurrence_id)
    };
    query.execute(&mut **tx).await.map(|_| ())
}

/// This person's active sign-up for the target, if any.
pub async fn active_of(
    tx: &mut Transaction<'_, Any>,
    target: Target,
    person: &Person<'_>,
) -> Result<Option<SignupRow>, sqlx::Error> {
    let column = match person {
        Person::Member { .. } => "account_id",
        Person::Guest { .. } => "guest_key",
    };
    let sql = format!(
        "SELECT {COLUMNS} FROM signups
         WHERE activity_id = $1 AND COALESCE(occurrence_id, 0) = $2 AND {column} = $3 AND status <> 'afgemeld'"
    );
    let query = sqlx::query(&sql).bind(target.activity_id).bind(target.date_key());
    let query = match person {
        Person::Member { account_id, .. } => query.bind(*account_id),
        Person::Guest { key, .. } => query.bind(*key),
    };
    let row = query.fetch_optional(&mut **tx).await?;
    row.as_ref().map(signup_row).transpose()
}

/// The hashes of a sign-up's personal link and short code.
pub struct Secrets<'a> {
    pub token_hash: &'a str,
    pub code_hash: &'a str,
}

/// A sign-up to store.
pub struct NewSignup<'a> {
    pub target: Target,
    pub person: &'a Person<'a>,
    pub status: SignupStatus,
    pub secrets: &'a Secrets<'a>,
    /// What they wrote with it (may be empty).
    pub remark: &'a str,
    /// The language its mails go out in.
    pub lang: &'a str,
}

pub async fn insert(tx: &mut Transaction<'_, Any>, new: &NewSignup<'_>, now: i64) -> Result<i64, sqlx::Error> {
    let NewSignup {
        target,
        person,
        status,
        secrets,
        remark,
        lang,
    } = *new;
    let (account, key, nickname, email, phone) = match person {
        Person::Member { account_id, nickname } => (Some(*account_id), None, *nickname, "", ""),
        Person::Guest {
            key,
            nickname,
            email,
            phone,
        } => (None, Some(*key), *nickname, *email, *phone),
    };
    sqlx::query(
        "INSERT INTO signups (activity_id, occurrence_id, account_id, guest_key, nickname, email, phone, status,
            token_hash, code_hash, lang, created_at, updated_at, remark)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13) RETURNING id",
    )
    .bind(target.activity_id)
    .bind(target.occurrence_id)
    .bind(account)
    .bind(key)
    .bind(nickname)
    .bind(email)
    .bind(phone)
    .bind(status.slug())
    .bind(secrets.token_hash)
    .bind(secrets.code_hash)
    .bind(lang)
    .bind(now)
    .bind(remark)
    .fetch_one(&mut **tx)
    .await?
    .try_get("id")
}

/// Gives an existing sign-up a new personal link and code (the person asked again).
pub async fn renew_secrets(
    tx: &mut Transaction<'_, Any>,
    id: i64,
    secrets: &Secrets<'_>,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE signups SET token_hash = $2, code_hash = $3, updated_at = $4 WHERE id = $1")
        .bind(id)
        .bind(secrets.token_hash)
        .bind(secrets.code_hash)
        .bind(now)
        .execute(&mut **tx)
        .await
        .map(|_| ())
}

/// Replaces the remark of a sign-up (the person signed up again and wrote one).
pub async fn set_remark(tx: &mut Transaction<'_, Any>, id: i64, remark: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE signups SET remark = $2 WHERE id = $1")
        .bind(id)
        .bind(remark)
        .execute(&mut **tx)
        .await
        .map(|_| ())
}

/// The sign-up a personal link or code hash belongs to.
pub async fn by_secret(db: &Db, hash: &str) -> Result<Option<SignupRow>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM signups WHERE token_hash = $1 OR code_hash = $1"
    ))
    .bind(hash)
    .fetch_optional(&db.pool)
    .await?;
    row.as_ref().map(signup_row).transpose()
}

pub async fn set_status(
    tx: &mut Transaction<'_, Any>,
    id: i64,
    status: SignupStatus,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE signups SET status = $2, updated_at = $3 WHERE id = $1")
        .bind(id)
        .bind(status.slug())
        .bind(now)
        .execute(&mut **tx)
        .await
        .map(|_| ())
}

/// The first on the waitlist of the target, if any.
pub async fn first_waiting(tx: &mut Transaction<'_, Any>, target: Target) -> Result<Option<SignupRow>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM signups
         WHERE activity_id = $1 AND COALESCE(occurrence_id, 0) = $2 AND status = 'wachtlijst'
         ORDER BY id LIMIT 1"
    ))
    .bind(target.activity_id)
    .bind(target.date_key())
    .fetch_optional(&mut **tx)
    .await?;
    row.as_ref().map(signup_row).transpose()
}

/// How many on the waitlist signed up before this one (0: next in line).
pub async fn waiting_before(db: &Db, signup: &SignupRow) -> Result<i64, sqlx::Error> {
    sqlx::query(
        "SELECT COUNT(*) AS n FROM signups
         WHERE activity_id = $1 AND COALESCE(occurrence_id, 0) = $2 AND status = 'wachtlijst' AND id < $3",
    )
    .bind(signup.activity_id)
    .bind(signup.occurrence_id.unwrap_or(0))
    .bind(signup.id)
    .fetch_one(&db.pool)
    .await?
    .try_get("n")
}

/// A member's active sign-ups for an activity: (date key, status).
pub async fn mine_for_activity(
    db: &Db,
    activity_id: i64,
    account_id: i64,
) -> Result<HashMap<i64, SignupStatus>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT COALESCE(occurrence_id, 0) AS date_key, status FROM signups
         WHERE activity_id = $1 AND account_id = $2 AND status <> 'afgemeld'",
    )
    .bind(activity_id)
    .bind(account_id)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|row| {
            let status: String = row.try_get("status")?;
            Ok((
                row.try_get("date_key")?,
                SignupStatus::from_slug(&status).ok_or_else(|| super::decode_error("status"))?,
            ))
        })
        .collect()
}

pub async fn by_id(tx: &mut Transaction<'_, Any>, id: i64) -> Result<Option<SignupRow>, sqlx::Error> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM signups WHERE id = $1"))
        .bind(id)
        .fetch_optional(&mut **tx)
        .await?;
    row.as_ref().map(signup_row).transpose()
}

/// The active sign-ups of a date (or course), in the order they came.
pub async fn list(db: &Db, target: Target) -> Result<Vec<SignupRow>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM signups
         WHERE activity_id = $1 AND COALESCE(occurrence_id, 0) = $2 AND status <> 'afgemeld' ORDER BY id"
    ))
    .bind(target.activity_id)
    .bind(target.date_key())
    .fetch_all(&db.pool)
    .await?;
    rows.iter().map(signup_row).collect()
}

/// Someone to tell about a date.
#[derive(Debug, Clone)]
pub struct Recipient {
    pub account_id: Option<i64>,
    pub token_hash: String,
    pub code_hash: String,
    pub nickname: String,
    /// The account's address for members, else the guest's (empty: none).
    pub address: String,
    pub lang: String,
}

/// Everyone signed up or waiting for a date, and for a course everyone enrolled who does not
/// skip it.
pub async fn people_of_date(
    conn: &mut sqlx::AnyConnection,
    activity_id: i64,
    occurrence_id: i64,
) -> Result<Vec<Recipient>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT s.account_id, s.token_hash, s.code_hash, s.nickname, s.lang, COALESCE(acc.email, s.email) AS address
         FROM signups s LEFT JOIN accounts acc ON acc.id = s.account_id
         WHERE s.activity_id = $1 AND s.status <> 'afgemeld'
           AND (s.occurrence_id = $2
                OR (s.occurrence_id IS NULL AND s.status = 'bevestigd'
                    AND NOT EXISTS (SELECT 1 FROM signup_absences x WHERE x.signup_id = s.id AND x.occurrence_id = $2)))
         ORDER BY s.id",
    )
    .bind(activity_id)
    .bind(occurrence_id)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(Recipient {
                account_id: row.try_get("account_id")?,
                token_hash: row.try_get("token_hash")?,
                code_hash: row.try_get("code_hash")?,
                nickname: row.try_get("nickname")?,
                address: row.try_get::<Option<String>, _>("address")?.unwrap_or_default(),
                lang: row.try_get("lang")?,
            })
        })
        .collect()
}

/// Switches reminders for one guest sign-up on or off.
pub async fn set_reminders(db: &Db, signup_id: i64, on: bool) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE signups SET reminders = $2 WHERE id = $1")
        .bind(signup_id)
        .bind(i64::from(on))
        .execute(&db.pool)
        .await
        .map(|_| ())
}

/// Every sign-up of an account, for "download my data".
pub async fn export_of_account(
    db: &Db,
    account_id: i64,
) -> Result<Vec<crate::domain::account::ExportedSignup>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT a.title, o.starts_at, s.status, s.created_at, s.remark FROM signups s
         JOIN activities a ON a.id = s.activity_id
         LEFT JOIN occurrences o ON o.id = s.occurrence_id
         WHERE s.account_id = $1 ORDER BY s.id",
    )
    .bind(account_id)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|row| {
            let starts: Option<i64> = row.try_get("starts_at")?;
            Ok(crate::domain::account::ExportedSignup {
                activity: row.try_get("title")?,
                date: starts.map(super::occurrences::instant).transpose()?,
                status: row.try_get("status")?,
                signed_up_at: super::occurrences::instant(row.try_get("created_at")?)?,
                remark: row.try_get("remark")?,
            })
        })
        .collect()
}

/// Everything an account is signed up for or waiting for.
pub async fn active_of_account(db: &Db, account_id: i64) -> Result<Vec<SignupRow>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM signups WHERE account_id = $1 AND status <> 'afgemeld' ORDER BY id"
    ))
    .bind(account_id)
    .fetch_all(&db.pool)
    .await?;
    rows.iter().map(signup_row).collect()
}

/// One sign-up by id (outside a transaction).
pub async fn get(db: &Db, id: i64) -> Result<Option<SignupRow>, sqlx::Error> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM signups WHERE id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await?;
    row.as_ref().map(signup_row).transpose()
}

/// A sign-up whose activity ended more than the centre's retention period before `$1` (a
/// course: its last session).
const PAST_RETENTION: &str = "EXISTS (
             SELECT 1 FROM activities a JOIN centres c ON c.id = a.centre_id
             WHERE a.id = signups.activity_id
               AND $1 > c.guest_retention_days * 86400 + COALESCE(
                 (SELECT o.ends_at FROM occurrences o WHERE o.id = signups.occurrence_id),
                 (SELECT MAX(o.ends_at) FROM occurrences o WHERE o.activity_id = signups.activity_id),
                 $1))";

/// Removes the nickname, contact details, remark and browser key of guests whose activity ended
/// more than the centre's retention period ago, and members' remarks with them. The sign-ups
/// stay, so the counts stay. Returns how many guests were cleared.
pub async fn remove_old_guest_details(db: &Db, now: i64) -> Result<u64, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let done = sqlx::query(&format!(
        "UPDATE signups SET nickname = '', email = '', phone = '', remark = '',
             guest_key = 'gewist-' || CAST(id AS TEXT), details_removed_at = $1
         WHERE account_id IS NULL AND details_removed_at IS NULL AND {PAST_RETENTION}"
    ))
    .bind(now)
    .execute(&mut *tx)
    .await?;
    sqlx::query(&format!(
        "UPDATE signups SET remark = '' WHERE account_id IS NOT NULL AND remark <> '' AND {PAST_RETENTION}"
    ))
    .bind(now)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(done.rows_affected())
}
