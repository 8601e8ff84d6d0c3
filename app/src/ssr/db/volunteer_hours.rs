//! Queries on volunteer hours: the dates volunteers facilitated (recorded once over) and the
//! hours they wrote down themselves.

use super::{day_text, parse_day, Db, DISPLAY_NAME as NAME};
use crate::domain::volunteer_hours::{HoursLine, HoursPlace, NewHours, VolunteerTotal, MAX_MINUTES};
use chrono::NaiveDate;
use sqlx::Row;

/// Whether the account is a volunteer anywhere (mijn week points them to their hours).
pub async fn is_volunteer(db: &Db, account_id: i64) -> Result<bool, sqlx::Error> {
    Ok(
        sqlx::query("SELECT 1 FROM centre_roles WHERE account_id = $1 AND role = 'vrijwilliger'")
            .bind(account_id)
            .fetch_optional(&db.pool)
            .await?
            .is_some(),
    )
}

/// The centres where the account is a volunteer, each with its volunteer tasks.
pub async fn places_of(db: &Db, account_id: i64) -> Result<Vec<HoursPlace>, sqlx::Error> {
    let centres = sqlx::query(
        "SELECT c.id, c.name FROM centre_roles r JOIN centres c ON c.id = r.centre_id
         WHERE r.account_id = $1 AND r.role = 'vrijwilliger' ORDER BY c.name",
    )
    .bind(account_id)
    .fetch_all(&db.pool)
    .await?;
    let mut places = Vec::with_capacity(centres.len());
    for row in centres {
        let centre_id: i64 = row.try_get("id")?;
        let tasks = sqlx::query("SELECT id, title FROM volunteer_tasks WHERE centre_id = $1 ORDER BY title, id")
            .bind(centre_id)
            .fetch_all(&db.pool)
            .await?
            .iter()
            .map(|task| Ok((task.try_get("id")?, task.try_get("title")?)))
            .collect::<Result<_, sqlx::Error>>()?;
        places.push(HoursPlace {
            centre_id,
            name: row.try_get("name")?,
            tasks,
        });
    }
    Ok(places)
}

/// Records the dates volunteers facilitated that ended after `since` and by `now` (not
/// cancelled, the activity not paused): their length, once per volunteer and date, also when the
/// volunteer removed it (it stays removed). `account_id` limits it to one volunteer. Returns how
/// many were recorded.
pub async fn record_facilitated(db: &Db, account_id: Option<i64>, since: i64, now: i64) -> Result<u64, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT f.account_id, a.centre_id, a.title, o.id, o.starts_at, o.ends_at
         FROM occurrences o
         JOIN activities a ON a.id = o.activity_id
         JOIN (SELECT activity_id, account_id FROM activity_facilitators
               UNION SELECT x.id, g.account_id FROM group_facilitators g JOIN activities x ON x.group_id = g.group_id) f
           ON f.activity_id = a.id
         JOIN centre_roles r ON r.account_id = f.account_id AND r.centre_id = a.centre_id AND r.role = 'vrijwilliger'
         WHERE o.ends_at <= $1 AND o.ends_at > $2 AND o.cancelled = 0 AND a.paused = 0
           AND ($3 = 0 OR f.account_id = $3)
           AND NOT EXISTS (SELECT 1 FROM volunteer_hours h WHERE h.account_id = f.account_id AND h.occurrence_id = o.id)",
    )
    .bind(now)
    .bind(since)
    .bind(account_id.unwrap_or(0))
    .fetch_all(&db.pool)
    .await?;
    if rows.is_empty() {
        return Ok(0);
    }
    let mut tx = db.begin_write().await?;
    let mut recorded = 0;
    for row in rows {
        let starts: i64 = row.try_get("starts_at")?;
        let ends: i64 = row.try_get("ends_at")?;
        let day = crate::domain::time::local_date(super::occurrences::instant(starts)?);
        let minutes = ((ends - starts) / 60).clamp(1, MAX_MINUTES);
        recorded += sqlx::query(
            "INSERT INTO volunteer_hours (account_id, centre_id, day, minutes, what, occurrence_id, facilitated, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $7)
             ON CONFLICT (account_id, occurrence_id) DO NOTHING",
        )
        .bind(row.try_get::<i64, _>("account_id")?)
        .bind(row.try_get::<i64, _>("centre_id")?)
        .bind(day_text(day))
        .bind(minutes)
        .bind(row.try_get::<String, _>("title")?)
        .bind(row.try_get::<i64, _>("id")?)
        .bind(now)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    }
    tx.commit().await?;
    Ok(recorded)
}

/// Adds hours a volunteer wrote down.
pub async fn add(db: &Db, account_id: i64, new: &NewHours, now: i64) -> Result<i64, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let id = add_in(&mut tx, account_id, new, now).await?;
    tx.commit().await?;
    Ok(id)
}

/// [`add`] in a transaction (also the demo's).
pub async fn add_in(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    account_id: i64,
    new: &NewHours,
    now: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar::<_, i64>(
        "INSERT INTO volunteer_hours (account_id, centre_id, day, minutes, what, task_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
    )
    .bind(account_id)
    .bind(new.centre_id)
    .bind(day_text(new.day))
    .bind(new.minutes)
    .bind(&new.what)
    .bind(new.task_id)
    .bind(now)
    .fetch_one(&mut **tx)
    .await
}

/// Changes how long one of my lines was; false when it is not mine (or gone).
pub async fn change(db: &Db, account_id: i64, id: i64, minutes: i64, now: i64) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query(
        "UPDATE volunteer_hours SET minutes = $3, updated_at = $4 WHERE id = $1 AND account_id = $2 AND removed = 0",
    )
    .bind(id)
    .bind(account_id)
    .bind(minutes)
    .bind(now)
    .execute(&db.pool)
    .await?
    .rows_affected()
        == 1)
}

/// Takes one of my lines away: a line I wrote is deleted; a date I facilitated is kept as
/// removed, so it is not recorded again. False when it is not mine (or gone).
pub async fn remove(db: &Db, account_id: i64, id: i64, now: i64) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let deleted = sqlx::query("DELETE FROM volunteer_hours WHERE id = $1 AND account_id = $2 AND facilitated = 0")
        .bind(id)
        .bind(account_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    let struck = sqlx::query(
        "UPDATE volunteer_hours SET removed = 1, updated_at = $3
         WHERE id = $1 AND account_id = $2 AND facilitated = 1 AND removed = 0",
    )
    .bind(id)
    .bind(account_id)
    .bind(now)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    tx.commit().await?;
    Ok(deleted + struck == 1)
}

/// My lines from `from` on, newest first.
pub async fn lines_of(db: &Db, account_id: i64, from: NaiveDate) -> Result<Vec<HoursLine>, sqlx::Error> {
    sqlx::query(
        "SELECT h.id, h.day, h.minutes, h.what, h.facilitated, c.name AS centre_name
         FROM volunteer_hours h JOIN centres c ON c.id = h.centre_id
         WHERE h.account_id = $1 AND h.removed = 0 AND h.day >= $2
         ORDER BY h.day DESC, h.id DESC",
    )
    .bind(account_id)
    .bind(day_text(from))
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|row| {
        Ok(HoursLine {
            id: row.try_get("id")?,
            day: parse_day(&row.try_get::<String, _>("day")?)?,
            centre_name: row.try_get("centre_name")?,
            minutes: row.try_get("minutes")?,
            what: row.try_get("what")?,
            facilitated: super::flag(row, "facilitated")?,
        })
    })
    .collect()
}

/// A centre's hours from `from` up to (not including) `until`, per volunteer, most first; hours
/// of deleted accounts together on one line without a name.
pub async fn per_volunteer(
    db: &Db,
    centre_id: i64,
    from: NaiveDate,
    until: NaiveDate,
) -> Result<Vec<VolunteerTotal>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT h.account_id, COALESCE({NAME}, '') AS name,
                CAST(SUM(CASE WHEN h.facilitated = 1 THEN h.minutes ELSE 0 END) AS BIGINT) AS facilitated,
                CAST(SUM(CASE WHEN h.facilitated = 0 THEN h.minutes ELSE 0 END) AS BIGINT) AS written
         FROM volunteer_hours h
         LEFT JOIN accounts a ON a.id = h.account_id LEFT JOIN profiles p ON p.account_id = a.id
         WHERE h.centre_id = $1 AND h.removed = 0 AND h.day >= $2 AND h.day < $3
         GROUP BY h.account_id, p.display_name, a.nickname"
    ))
    .bind(centre_id)
    .bind(day_text(from))
    .bind(day_text(until))
    .fetch_all(&db.pool)
    .await?;
    let mut totals = rows
        .iter()
        .map(|row| {
            Ok(VolunteerTotal {
                name: row.try_get("name")?,
                facilitated: row.try_get("facilitated")?,
                written: row.try_get("written")?,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    totals.sort_by(|a, b| b.minutes().cmp(&a.minutes()).then_with(|| a.name.cmp(&b.name)));
    Ok(totals)
}

/// A centre's minutes from `from` up to `until`, and how many volunteers (accounts) gave them.
pub async fn total(db: &Db, centre_id: i64, from: NaiveDate, until: NaiveDate) -> Result<(i64, i64), sqlx::Error> {
    let row = sqlx::query(
        "SELECT CAST(COALESCE(SUM(minutes), 0) AS BIGINT) AS minutes, CAST(COUNT(DISTINCT account_id) AS BIGINT) AS people
         FROM volunteer_hours WHERE centre_id = $1 AND removed = 0 AND day >= $2 AND day < $3",
    )
    .bind(centre_id)
    .bind(day_text(from))
    .bind(day_text(until))
    .fetch_one(&db.pool)
    .await?;
    Ok((row.try_get("minutes")?, row.try_get("people")?))
}

/// Before an account is deleted: its hours stay for the centre's totals, without its own words.
pub async fn forget_words(tx: &mut sqlx::Transaction<'_, sqlx::Any>, account_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE volunteer_hours SET what = '' WHERE account_id = $1 AND facilitated = 0 AND task_id IS NULL")
        .bind(account_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
