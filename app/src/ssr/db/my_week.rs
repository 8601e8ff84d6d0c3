//! What mijn week reads: a member's sign-ups, the dates they run, and the meetings of their
//! groups, each with the facts that say whether it goes on.

use super::occurrences::{date_facts, DATE_FACTS};
use super::Db;
use crate::domain::signup::{DateFacts, SignupStatus};
use sqlx::Row;

/// A member's sign-ups that are not cancelled and not over, dates first in time order, then
/// whole courses.
pub async fn mine(
    db: &Db,
    account_id: i64,
    now: i64,
) -> Result<Vec<(crate::domain::signup::MySignup, DateFacts)>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT s.id, s.activity_id, s.occurrence_id, s.status, o.starts_at, o.ends_at, a.title, a.member_title,
                c.name AS centre_name, {DATE_FACTS}
         FROM signups s
         JOIN activities a ON a.id = s.activity_id
         JOIN centres c ON c.id = a.centre_id
         LEFT JOIN occurrences o ON o.id = s.occurrence_id
         WHERE s.account_id = $1 AND s.status <> 'afgemeld' AND (s.occurrence_id IS NULL OR o.ends_at > $2)
         ORDER BY CASE WHEN s.occurrence_id IS NULL THEN 1 ELSE 0 END, o.starts_at, s.id"
    ))
    .bind(account_id)
    .bind(now)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|row| {
            let status: String = row.try_get("status")?;
            let member_title: String = row.try_get("member_title")?;
            let starts: Option<i64> = row.try_get("starts_at")?;
            let ends: Option<i64> = row.try_get("ends_at")?;
            let starts_at = starts.map(super::occurrences::instant).transpose()?;
            let signup = crate::domain::signup::MySignup {
                id: row.try_get("id")?,
                activity_id: row.try_get("activity_id")?,
                title: if member_title.is_empty() {
                    row.try_get("title")?
                } else {
                    member_title
                },
                centre_name: row.try_get("centre_name")?,
                may_cancel: starts_at.is_none_or(|s| s.timestamp() > now),
                starts_at,
                ends_at: ends.map(super::occurrences::instant).transpose()?,
                status: SignupStatus::from_slug(&status).ok_or_else(|| super::decode_error("status"))?,
                state: Default::default(),
                sessions: Vec::new(),
                attended: Vec::new(),
            };
            Ok((signup, date_facts(row)?))
        })
        .collect()
}

/// Coming dates (until `until`) of what I facilitate, for "mijn week": activities I run and the
/// meetings of the groups I facilitate.
pub async fn running(
    db: &Db,
    account_id: i64,
    now: i64,
    until: i64,
) -> Result<Vec<(crate::domain::signup::RunningDate, DateFacts)>, sqlx::Error> {
    dates_of(
        db,
        "(a.id IN (SELECT activity_id FROM activity_facilitators WHERE account_id = $1)
          OR a.group_id IN (SELECT group_id FROM group_facilitators WHERE account_id = $1))",
        account_id,
        now,
        until,
    )
    .await
}

/// Dates of activities I facilitate that ended after `since` and by `now`, went on, and have
/// no head count yet: "nog invullen" in mijn week. Not a group's meetings (their own page).
pub async fn to_count(
    db: &Db,
    account_id: i64,
    since: i64,
    now: i64,
) -> Result<Vec<(crate::domain::signup::RunningDate, DateFacts)>, sqlx::Error> {
    dates_of(
        db,
        "a.id IN (SELECT activity_id FROM activity_facilitators WHERE account_id = $1)
         AND a.group_id IS NULL AND o.cancelled = 0 AND o.ends_at <= $3
         AND NOT EXISTS (SELECT 1 FROM date_attendance d WHERE d.occurrence_id = o.id)",
        account_id,
        since,
        now,
    )
    .await
}

/// Coming meetings (until `until`) of the groups I am in (not paused), except those I run
/// (they are under `running`).
pub async fn group_meetings(
    db: &Db,
    account_id: i64,
    now: i64,
    until: i64,
) -> Result<Vec<(crate::domain::signup::RunningDate, DateFacts)>, sqlx::Error> {
    dates_of(
        db,
        "a.group_id IN (SELECT group_id FROM group_members WHERE account_id = $1 AND status = 'lid')
         AND a.group_id NOT IN (SELECT group_id FROM group_facilitators WHERE account_id = $1)
         AND a.id NOT IN (SELECT activity_id FROM activity_facilitators WHERE account_id = $1)",
        account_id,
        now,
        until,
    )
    .await
}

async fn dates_of(
    db: &Db,
    filter: &str,
    account_id: i64,
    now: i64,
    until: i64,
) -> Result<Vec<(crate::domain::signup::RunningDate, DateFacts)>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT o.id, o.activity_id, o.starts_at, o.ends_at, a.title, a.member_title, a.kind,
                a.signup_required, a.group_id, c.name AS centre_name, {DATE_FACTS}
         FROM activities a
         JOIN centres c ON c.id = a.centre_id
         JOIN occurrences o ON o.activity_id = a.id
         WHERE {filter} AND o.ends_at > $2 AND o.starts_at < $3 AND a.paused = 0
         ORDER BY o.starts_at, o.id LIMIT 50"
    ))
    .bind(account_id)
    .bind(now)
    .bind(until)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|row| {
            let member_title: String = row.try_get("member_title")?;
            let kind: String = row.try_get("kind")?;
            let starts_at: i64 = row.try_get("starts_at")?;
            let date = crate::domain::signup::RunningDate {
                group_id: row.try_get("group_id")?,
                started: starts_at <= now,
                activity_id: row.try_get("activity_id")?,
                occurrence_id: row.try_get("id")?,
                title: if member_title.is_empty() {
                    row.try_get("title")?
                } else {
                    member_title
                },
                centre_name: row.try_get("centre_name")?,
                starts_at: super::occurrences::instant(row.try_get("starts_at")?)?,
                ends_at: super::occurrences::instant(row.try_get("ends_at")?)?,
                state: Default::default(),
                signup_required: super::flag(row, "signup_required")?,
                course: kind == crate::domain::activity::ActivityKind::Cursus.slug(),
            };
            Ok((date, date_facts(row)?))
        })
        .collect()
}
