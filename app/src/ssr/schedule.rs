//! Keeps the rolling window of occurrences filled: every running series gets its dates for the
//! coming weeks. Runs at start-up and then every hour; running it twice adds nothing.

use crate::domain::recurrence::WINDOW_WEEKS;
use crate::domain::time::{local_date, start_of_day};
use crate::ssr::db::{activities, occurrences, Db};
use chrono::{DateTime, Duration, Utc};

/// Adds the missing occurrences of every running activity from a week ago up to the window's end.
/// Returns how many were added.
pub async fn fill_window(db: &Db, now: DateTime<Utc>) -> anyhow::Result<u64> {
    let from = start_of_day(local_date(now) - Duration::days(7));
    let to = now + Duration::weeks(WINDOW_WEEKS);
    let mut added = 0;
    for activity in activities::list_running(&db.pool).await? {
        // Dates before the series last changed were planned under its old schedule.
        let changed = DateTime::from_timestamp(activity.updated_at, 0).unwrap_or(from);
        let slots = activity.schedule.slots_between(from.max(changed), to);
        if slots.is_empty() {
            continue;
        }
        let mut tx = db.begin_write().await?;
        added += occurrences::insert_missing(&mut tx, activity.id, &slots).await?;
        tx.commit().await?;
    }
    Ok(added)
}
