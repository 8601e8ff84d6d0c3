//! Queries on who came to a date: its head count and the ticked sign-ups.

use super::{Db, DISPLAY_NAME as NAME};
use sqlx::Row;

/// The people signed up for a date (for a course: enrolled and not skipping it), as (sign-up id,
/// name): a member by the name others see, a guest by the name they gave.
pub async fn people(db: &Db, activity_id: i64, occurrence_id: i64) -> Result<Vec<(i64, String)>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT s.id, COALESCE({NAME}, s.nickname) AS name
         FROM signups s LEFT JOIN accounts a ON a.id = s.account_id LEFT JOIN profiles p ON p.account_id = a.id
         WHERE s.activity_id = $1 AND s.status = 'bevestigd'
           AND (s.occurrence_id = $2
                OR (s.occurrence_id IS NULL
                    AND NOT EXISTS (SELECT 1 FROM signup_absences x WHERE x.signup_id = s.id AND x.occurrence_id = $2)))
         ORDER BY s.id"
    ))
    .bind(activity_id)
    .bind(occurrence_id)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|row| Ok((row.try_get("id")?, row.try_get("name")?)))
        .collect()
}

/// The saved head count of a date and the ticked sign-ups.
pub async fn of_date(db: &Db, occurrence_id: i64) -> Result<(Option<i64>, Vec<i64>), sqlx::Error> {
    let count = sqlx::query_scalar::<_, i64>("SELECT head_count FROM date_attendance WHERE occurrence_id = $1")
        .bind(occurrence_id)
        .fetch_optional(&db.pool)
        .await?;
    let ticked = sqlx::query_scalar::<_, i64>(
        "SELECT signup_id FROM date_attendees WHERE occurrence_id = $1 ORDER BY signup_id",
    )
    .bind(occurrence_id)
    .fetch_all(&db.pool)
    .await?;
    Ok((count, ticked))
}

/// Saves (or replaces) a date's head count and ticked sign-ups, in one transaction.
pub async fn record(
    db: &Db,
    occurrence_id: i64,
    head_count: i64,
    ticked: &[i64],
    by: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    sqlx::query(
        "INSERT INTO date_attendance (occurrence_id, head_count, recorded_by, recorded_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (occurrence_id) DO UPDATE SET head_count = $2, recorded_by = $3, recorded_at = $4",
    )
    .bind(occurrence_id)
    .bind(head_count)
    .bind(by)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM date_attendees WHERE occurrence_id = $1")
        .bind(occurrence_id)
        .execute(&mut *tx)
        .await?;
    for signup in ticked {
        sqlx::query("INSERT INTO date_attendees (occurrence_id, signup_id) VALUES ($1, $2)")
            .bind(occurrence_id)
            .bind(signup)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await
}

/// The starts of the dates a sign-up was ticked as there, in time order.
pub async fn attended_by_signup(db: &Db, signup_id: i64) -> Result<Vec<chrono::DateTime<chrono::Utc>>, sqlx::Error> {
    let starts = sqlx::query_scalar::<_, i64>(
        "SELECT o.starts_at FROM date_attendees d JOIN occurrences o ON o.id = d.occurrence_id
         WHERE d.signup_id = $1 ORDER BY o.starts_at",
    )
    .bind(signup_id)
    .fetch_all(&db.pool)
    .await?;
    starts.into_iter().map(super::occurrences::instant).collect()
}

/// A course's register: its sessions that have begun by `now` and were not cancelled, each with
/// its head count, and how many of them each sign-up was ticked at (sign-up id → times).
pub async fn course_register(
    db: &Db,
    activity_id: i64,
    now: i64,
) -> Result<
    (
        Vec<crate::domain::signup::HeldSession>,
        std::collections::HashMap<i64, i64>,
    ),
    sqlx::Error,
> {
    let rows = sqlx::query(
        "SELECT o.id, o.starts_at, d.head_count FROM occurrences o
         LEFT JOIN date_attendance d ON d.occurrence_id = o.id
         WHERE o.activity_id = $1 AND o.starts_at <= $2 AND o.cancelled = 0
         ORDER BY o.starts_at",
    )
    .bind(activity_id)
    .bind(now)
    .fetch_all(&db.pool)
    .await?;
    let held = rows
        .iter()
        .map(|row| {
            Ok(crate::domain::signup::HeldSession {
                occurrence_id: row.try_get("id")?,
                starts_at: super::occurrences::instant(row.try_get("starts_at")?)?,
                head_count: row.try_get("head_count")?,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    let times = sqlx::query(
        "SELECT d.signup_id, CAST(COUNT(*) AS BIGINT) AS times FROM date_attendees d
         JOIN occurrences o ON o.id = d.occurrence_id
         WHERE o.activity_id = $1 AND o.starts_at <= $2 AND o.cancelled = 0
         GROUP BY d.signup_id",
    )
    .bind(activity_id)
    .bind(now)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|row| Ok((row.try_get("signup_id")?, row.try_get("times")?)))
    .collect::<Result<_, sqlx::Error>>()?;
    Ok((held, times))
}
