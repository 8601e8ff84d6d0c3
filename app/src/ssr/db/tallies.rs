//! Queries on tallies: walk-in visitors counted per centre, day and dagdeel.

use super::{day_text, parse_day, Db, DISPLAY_NAME as NAME};
use crate::domain::programme::Dagdeel;
use crate::domain::tally::{slot, Correction, CorrectionEntry, Count, DayCounts, Tap, TapKind};
use chrono::NaiveDate;
use sqlx::{Any, Row, Transaction};

/// Counts one tap, in one transaction: a tap whose id was counted before changes nothing. The
/// count changes in one statement (`visits = visits + 1`), so simultaneous taps all count.
/// Returns the day's counts after it, and whether this tap was new.
pub async fn tap(db: &Db, centre_id: i64, tap: &Tap) -> Result<(DayCounts, bool), sqlx::Error> {
    let day = day_text(tap.day);
    let dagdeel = tap.dagdeel.number() as i64;
    let mut tx = db.begin_write().await?;
    let new = match &tap.id {
        Some(id) => {
            sqlx::query("INSERT INTO tally_taps (id, centre_id, day) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING")
                .bind(id)
                .bind(centre_id)
                .bind(&day)
                .execute(&mut *tx)
                .await?
                .rows_affected()
                == 1
        }
        None => true,
    };
    if new {
        match tap.kind {
            TapKind::Visit | TapKind::FirstVisit => {
                let first = i64::from(tap.kind == TapKind::FirstVisit);
                sqlx::query(
                    "INSERT INTO tallies (centre_id, day, dagdeel, visits, first_visits) VALUES ($1, $2, $3, 1, $4)
                     ON CONFLICT (centre_id, day, dagdeel) DO UPDATE
                     SET visits = tallies.visits + 1, first_visits = tallies.first_visits + $4",
                )
                .bind(centre_id)
                .bind(&day)
                .bind(dagdeel)
                .bind(first)
                .execute(&mut *tx)
                .await?;
            }
            TapKind::Undo => {
                // As `Count::after`: one visit back, and never more first visits than visits.
                sqlx::query(
                    "UPDATE tallies SET visits = visits - 1,
                         first_visits = CASE WHEN first_visits > visits - 1 THEN visits - 1 ELSE first_visits END
                     WHERE centre_id = $1 AND day = $2 AND dagdeel = $3 AND visits > 0",
                )
                .bind(centre_id)
                .bind(&day)
                .bind(dagdeel)
                .execute(&mut *tx)
                .await?;
            }
        }
    }
    let counts = day_counts(&mut tx, centre_id, tap.day).await?;
    tx.commit().await?;
    Ok((counts, new))
}

async fn day_counts(
    tx: &mut Transaction<'static, Any>,
    centre_id: i64,
    day: NaiveDate,
) -> Result<DayCounts, sqlx::Error> {
    let rows = sqlx::query("SELECT dagdeel, visits, first_visits FROM tallies WHERE centre_id = $1 AND day = $2")
        .bind(centre_id)
        .bind(day_text(day))
        .fetch_all(&mut **tx)
        .await?;
    let mut counts = DayCounts {
        day,
        counts: [Count::default(); 3],
    };
    for row in rows {
        if let Some(i) = slot(row.try_get("dagdeel")?) {
            counts.counts[i] = Count {
                visits: row.try_get("visits")?,
                first_visits: row.try_get("first_visits")?,
            };
        }
    }
    Ok(counts)
}

/// The counts of the days `[from, to]`, newest first; days without any count are left out.
pub async fn days(db: &Db, centre_id: i64, from: NaiveDate, to: NaiveDate) -> Result<Vec<DayCounts>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT day, dagdeel, visits, first_visits FROM tallies
         WHERE centre_id = $1 AND day >= $2 AND day <= $3 ORDER BY day DESC, dagdeel",
    )
    .bind(centre_id)
    .bind(day_text(from))
    .bind(day_text(to))
    .fetch_all(&db.pool)
    .await?;
    let mut days: Vec<DayCounts> = Vec::new();
    for row in rows {
        let day = parse_day(&row.try_get::<String, _>("day")?)?;
        if days.last().is_none_or(|last| last.day != day) {
            days.push(DayCounts {
                day,
                counts: [Count::default(); 3],
            });
        }
        if let (Some(i), Some(last)) = (slot(row.try_get("dagdeel")?), days.last_mut()) {
            last.counts[i] = Count {
                visits: row.try_get("visits")?,
                first_visits: row.try_get("first_visits")?,
            };
        }
    }
    Ok(days)
}

/// The counts of one day (all nought when nobody was counted).
pub async fn day(db: &Db, centre_id: i64, day: NaiveDate) -> Result<DayCounts, sqlx::Error> {
    Ok(days(db, centre_id, day, day).await?.pop().unwrap_or(DayCounts {
        day,
        counts: [Count::default(); 3],
    }))
}

/// Sets one dagdeel's count and logs the numbers before and after, in one transaction.
pub async fn correct(db: &Db, centre_id: i64, correction: &Correction, by: i64, now: i64) -> Result<(), sqlx::Error> {
    let day = day_text(correction.day);
    let dagdeel = correction.dagdeel.number() as i64;
    let mut tx = db.begin_write().await?;
    let before = day_counts(&mut tx, centre_id, correction.day).await?.counts[correction.dagdeel.number() - 1];
    sqlx::query(
        "INSERT INTO tallies (centre_id, day, dagdeel, visits, first_visits) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (centre_id, day, dagdeel) DO UPDATE SET visits = $4, first_visits = $5",
    )
    .bind(centre_id)
    .bind(&day)
    .bind(dagdeel)
    .bind(correction.count.visits)
    .bind(correction.count.first_visits)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "INSERT INTO tally_corrections (centre_id, day, dagdeel, visits_before, first_visits_before,
             visits_after, first_visits_after, corrected_by, corrected_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(centre_id)
    .bind(&day)
    .bind(dagdeel)
    .bind(before.visits)
    .bind(before.first_visits)
    .bind(correction.count.visits)
    .bind(correction.count.first_visits)
    .bind(by)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

/// The latest corrections of a centre, newest first.
pub async fn corrections(db: &Db, centre_id: i64, limit: i64) -> Result<Vec<CorrectionEntry>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT t.day, t.dagdeel, t.visits_before, t.first_visits_before, t.visits_after, t.first_visits_after,
                t.corrected_at, COALESCE({NAME}, '') AS by_name
         FROM tally_corrections t
         LEFT JOIN accounts a ON a.id = t.corrected_by
         LEFT JOIN profiles p ON p.account_id = a.id
         WHERE t.centre_id = $1 ORDER BY t.corrected_at DESC, t.id DESC LIMIT $2"
    ))
    .bind(centre_id)
    .bind(limit)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(CorrectionEntry {
                day: parse_day(&row.try_get::<String, _>("day")?)?,
                dagdeel: row.try_get("dagdeel")?,
                before: Count {
                    visits: row.try_get("visits_before")?,
                    first_visits: row.try_get("first_visits_before")?,
                },
                after: Count {
                    visits: row.try_get("visits_after")?,
                    first_visits: row.try_get("first_visits_after")?,
                },
                by: row.try_get("by_name")?,
                at: super::occurrences::instant(row.try_get("corrected_at")?)?,
            })
        })
        .collect()
}

/// Forgets the ids of taps over two weeks old (the hourly job): a tap that old is refused anyway.
pub async fn prune(db: &Db, now: i64) -> Result<u64, sqlx::Error> {
    let today = crate::domain::time::local_date(super::occurrences::instant(now)?);
    let before = today - chrono::Duration::days(crate::domain::tally::CORRECTION_DAYS);
    Ok(sqlx::query("DELETE FROM tally_taps WHERE day < $1")
        .bind(day_text(before))
        .execute(&db.pool)
        .await?
        .rows_affected())
}

/// Adds counts as they are (the demo's past weeks).
pub async fn insert_counts(
    tx: &mut Transaction<'static, Any>,
    centre_id: i64,
    day: NaiveDate,
    dagdeel: Dagdeel,
    count: Count,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO tallies (centre_id, day, dagdeel, visits, first_visits) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (centre_id, day, dagdeel) DO NOTHING",
    )
    .bind(centre_id)
    .bind(day_text(day))
    .bind(dagdeel.number() as i64)
    .bind(count.visits)
    .bind(count.first_visits)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
