//! Queries on occurrences: the concrete dates of activities.

use super::{flag, Backend, Db};
use crate::domain::activity::{ActivityKind, Theme};
use crate::domain::agenda::{AgendaItem, OccurrenceDate};
use crate::domain::recurrence::Slot;
use crate::domain::time::start_of_day;
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::{any::AnyRow, Any, AnyPool, Row, Transaction};

/// Which occurrences the agenda wants.
#[derive(Debug, Clone, Default)]
pub struct AgendaQuery<'a> {
    pub from: i64,
    pub to: i64,
    pub centre_slug: Option<&'a str>,
    pub kind: Option<ActivityKind>,
    pub theme: Option<Theme>,
    pub without_signup: bool,
}

impl AgendaQuery<'_> {
    /// Everything that starts on the local days `[first, end)`.
    pub fn days(first: NaiveDate, end: NaiveDate) -> Self {
        AgendaQuery {
            from: start_of_day(first).timestamp(),
            to: start_of_day(end).timestamp(),
            ..Default::default()
        }
    }
}

pub(crate) fn instant(seconds: i64) -> Result<DateTime<Utc>, sqlx::Error> {
    DateTime::from_timestamp(seconds, 0).ok_or_else(|| super::decode_error("instant"))
}

/// One agenda row as [`list_for_agenda`] selects it, in the order of its `json_array`.
type AgendaRow = (
    i64,    // occurrence id
    i64,    // starts at
    i64,    // ends at
    i64,    // cancelled
    String, // cancel reason
    String, // change note
    i64,    // activity id
    String, // title
    String, // kind
    i64,    // signup required
    i64,    // centre id
    i64,    // online
    String, // location
    String, // centre name
    String, // town
);

/// An occurrence joined with its activity and centre; themes are filled in by the caller.
fn agenda_item(row: AgendaRow) -> Result<AgendaItem, sqlx::Error> {
    let (
        id,
        starts,
        ends,
        cancelled,
        reason,
        note,
        activity,
        title,
        kind,
        signup,
        centre,
        online,
        location,
        name,
        town,
    ) = row;
    Ok(AgendaItem {
        themes: Vec::new(),
        occurrence_id: id,
        starts_at: instant(starts)?,
        ends_at: instant(ends)?,
        cancelled: cancelled != 0,
        cancel_reason: reason,
        change_note: note,
        activity_id: activity,
        title,
        kind: ActivityKind::from_slug(&kind).ok_or_else(|| super::decode_error("kind"))?,
        signup_required: signup != 0,
        centre_id: centre,
        online: online != 0,
        location,
        centre_name: name,
        town,
        next_on: None,
    })
}

/// Occurrences that start in `[from, to)`, with the agenda's filters, in time order.
///
/// The rows come as one JSON array in one value. A region's week has 200 dates, and row by row
/// the driver hands each one over between threads and copies every value three times: that took
/// 1 ms of a 2.3 ms page, one JSON value about a fifth of it.
pub async fn list_for_agenda(db: &Db, query: &AgendaQuery<'_>) -> Result<Vec<AgendaItem>, sqlx::Error> {
    const COLUMNS: &str = "o.id, o.starts_at, o.ends_at, o.cancelled, o.cancel_reason, o.change_note,
        a.id, a.title, a.kind, a.signup_required, a.centre_id,
        CASE WHEN a.place = 'online' THEN 1 ELSE 0 END,
        CASE WHEN o.location <> '' THEN o.location ELSE a.location END,
        c.name, c.town";
    const ORDER: &str = "ORDER BY o.starts_at, c.name, a.title";
    let mut sql = match db.backend {
        Backend::Sqlite => format!("SELECT json_group_array(json_array({COLUMNS}) {ORDER})"),
        Backend::Postgres => {
            format!("SELECT CAST(COALESCE(json_agg(json_build_array({COLUMNS}) {ORDER}), '[]') AS TEXT)")
        }
    };
    sql.push_str(
        " FROM occurrences o
         JOIN activities a ON a.id = o.activity_id
         JOIN centres c ON c.id = a.centre_id
         WHERE o.starts_at >= $1 AND o.starts_at < $2 AND a.paused = 0 AND a.group_id IS NULL",
    );
    let mut texts: Vec<&str> = Vec::new();
    if let Some(slug) = query.centre_slug {
        texts.push(slug);
        sql.push_str(&format!(" AND c.slug = ${}", texts.len() + 2));
    }
    if let Some(kind) = query.kind {
        texts.push(kind.slug());
        sql.push_str(&format!(" AND a.kind = ${}", texts.len() + 2));
    }
    if let Some(theme) = query.theme {
        texts.push(theme.slug());
        sql.push_str(&format!(
            " AND EXISTS (SELECT 1 FROM activity_themes t WHERE t.activity_id = a.id AND t.theme = ${})",
            texts.len() + 2
        ));
    }
    if query.without_signup {
        sql.push_str(" AND a.signup_required = 0");
    }
    let mut q = sqlx::query_scalar::<_, String>(&sql).bind(query.from).bind(query.to);
    for text in texts {
        q = q.bind(text);
    }
    let json = q.fetch_one(&db.pool).await?;
    let rows: Vec<AgendaRow> = serde_json::from_str(&json).map_err(|err| sqlx::Error::Decode(Box::new(err)))?;
    rows.into_iter().map(agenda_item).collect()
}

/// The dates of one activity from `from` on, cancelled ones included.
pub async fn upcoming_for_activity(
    pool: &AnyPool,
    activity_id: i64,
    from: i64,
    limit: i64,
) -> Result<Vec<OccurrenceDate>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, starts_at, ends_at, cancelled, cancel_reason, changed, change_note, location FROM occurrences
         WHERE activity_id = $1 AND ends_at > $2 ORDER BY starts_at LIMIT $3",
    )
    .bind(activity_id)
    .bind(from)
    .bind(limit)
    .fetch_all(pool)
    .await?;
    rows.iter().map(occurrence_date).collect()
}

fn occurrence_date(row: &AnyRow) -> Result<OccurrenceDate, sqlx::Error> {
    Ok(OccurrenceDate {
        id: row.try_get("id")?,
        starts_at: instant(row.try_get("starts_at")?)?,
        ends_at: instant(row.try_get("ends_at")?)?,
        cancelled: flag(row, "cancelled")?,
        cancel_reason: row.try_get("cancel_reason")?,
        changed: flag(row, "changed")?,
        change_note: row.try_get("change_note")?,
        location: row.try_get("location")?,
    })
}

/// The columns [`date_facts`] reads.
pub(crate) const DATE_FACTS: &str = "a.centre_id, a.place, a.paused, COALESCE(o.cancelled, 0) AS fact_cancelled,
    COALESCE(o.cancel_reason, '') AS fact_reason, COALESCE(o.changed, 0) AS fact_changed,
    COALESCE(o.change_note, '') AS fact_note, o.starts_at AS fact_starts";

pub(crate) fn date_facts(row: &AnyRow) -> Result<crate::domain::signup::DateFacts, sqlx::Error> {
    Ok(crate::domain::signup::DateFacts {
        centre_id: row.try_get("centre_id")?,
        online: row.try_get::<String, _>("place")? == "online",
        starts_at: row.try_get::<Option<i64>, _>("fact_starts")?.map(instant).transpose()?,
        cancelled: flag(row, "fact_cancelled")?,
        cancel_reason: row.try_get("fact_reason")?,
        changed: flag(row, "fact_changed")?,
        change_note: row.try_get("fact_note")?,
        paused: flag(row, "paused")?,
    })
}

/// One occurrence with the activity it belongs to.
pub async fn by_id(pool: &AnyPool, id: i64) -> Result<Option<(i64, OccurrenceDate)>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT id, activity_id, starts_at, ends_at, cancelled, cancel_reason, changed, change_note, location
         FROM occurrences WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await?;
    row.map(|row| Ok((row.try_get("activity_id")?, occurrence_date(&row)?)))
        .transpose()
}

/// The dates at a centre (not online, not cancelled) that start in `[from, to)` and that someone
/// signed up for: those a closure of the centre calls off.
pub async fn signed_up_at_centre(
    tx: &mut Transaction<'_, Any>,
    centre_id: i64,
    from: i64,
    to: i64,
) -> Result<Vec<(i64, OccurrenceDate)>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT o.id, o.activity_id, o.starts_at, o.ends_at, o.cancelled, o.cancel_reason, o.changed, o.change_note,
                o.location
         FROM occurrences o JOIN activities a ON a.id = o.activity_id
         WHERE a.centre_id = $1 AND o.starts_at >= $2 AND o.starts_at < $3 AND o.cancelled = 0
           AND a.place <> 'online'
           AND EXISTS (SELECT 1 FROM signups s WHERE s.activity_id = a.id AND s.status <> 'afgemeld'
                       AND (s.occurrence_id = o.id OR s.occurrence_id IS NULL))
         ORDER BY o.starts_at",
    )
    .bind(centre_id)
    .bind(from)
    .bind(to)
    .fetch_all(&mut **tx)
    .await?;
    rows.iter()
        .map(|row| Ok((row.try_get("activity_id")?, occurrence_date(row)?)))
        .collect()
}

/// What bringing a series' dates in line with its schedule does to one coming date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlotChange {
    /// No longer in the schedule: the date goes.
    Remove { id: i64 },
    /// Still in the schedule at other times (a date changed on its own keeps its times).
    Move { id: i64, starts_at: i64, ends_at: i64 },
}

/// Plans bringing the future dates of a series in line with its (changed) schedule: dates that
/// are no longer in it go, dates that stay keep their cancellation and changes. `slots` are the
/// series' dates from `now` to the end of the window.
pub async fn plan_resync(
    tx: &mut Transaction<'_, Any>,
    activity_id: i64,
    slots: &[Slot],
    now: i64,
) -> Result<Vec<SlotChange>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, slot_starts_at, starts_at, ends_at, changed FROM occurrences WHERE activity_id = $1 AND starts_at >= $2",
    )
    .bind(activity_id)
    .bind(now)
    .fetch_all(&mut **tx)
    .await?;
    let mut changes = Vec::new();
    for row in rows {
        let id: i64 = row.try_get("id")?;
        let slot_start: i64 = row.try_get("slot_starts_at")?;
        match slots.iter().find(|slot| slot.starts_at.timestamp() == slot_start) {
            None => changes.push(SlotChange::Remove { id }),
            Some(slot) if !flag(&row, "changed")? => {
                let (starts_at, ends_at) = (slot.starts_at.timestamp(), slot.ends_at.timestamp());
                let (now_starts, now_ends): (i64, i64) = (row.try_get("starts_at")?, row.try_get("ends_at")?);
                if (starts_at, ends_at) != (now_starts, now_ends) {
                    changes.push(SlotChange::Move { id, starts_at, ends_at });
                }
            }
            Some(_) => {}
        }
    }
    Ok(changes)
}

/// Carries out a plan from [`plan_resync`] and adds the schedule's new dates.
pub async fn apply_resync(
    tx: &mut Transaction<'_, Any>,
    activity_id: i64,
    slots: &[Slot],
    changes: &[SlotChange],
) -> Result<(), sqlx::Error> {
    for change in changes {
        match *change {
            SlotChange::Remove { id } => {
                sqlx::query("DELETE FROM occurrences WHERE id = $1")
                    .bind(id)
                    .execute(&mut **tx)
                    .await?;
            }
            SlotChange::Move { id, starts_at, ends_at } => {
                sqlx::query(
                    "UPDATE occurrences SET starts_at = $2, ends_at = $3, sequence = sequence + 1 WHERE id = $1",
                )
                .bind(id)
                .bind(starts_at)
                .bind(ends_at)
                .execute(&mut **tx)
                .await?;
            }
        }
    }
    insert_missing(tx, activity_id, slots).await?;
    Ok(())
}

/// Removes the dates of an activity from `now` on (a paused series).
pub async fn remove_future(tx: &mut Transaction<'_, Any>, activity_id: i64, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM occurrences WHERE activity_id = $1 AND starts_at >= $2")
        .bind(activity_id)
        .bind(now)
        .execute(&mut **tx)
        .await
        .map(|_| ())
}

/// Moves or changes one date: other times or place, with a note people see.
pub async fn change(
    tx: &mut Transaction<'_, Any>,
    id: i64,
    starts_at: i64,
    ends_at: i64,
    location: &str,
    note: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE occurrences SET starts_at = $2, ends_at = $3, location = $4, change_note = $5, changed = 1, sequence = sequence + 1 WHERE id = $1",
    )
    .bind(id)
    .bind(starts_at)
    .bind(ends_at)
    .bind(location)
    .bind(note)
    .execute(&mut **tx)
    .await
    .map(|_| ())
}

/// Cancels one date with a reason, or (with `None`) takes the cancellation back.
pub async fn set_cancelled(tx: &mut Transaction<'_, Any>, id: i64, reason: Option<&str>) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE occurrences SET cancelled = $2, cancel_reason = $3, sequence = sequence + 1 WHERE id = $1")
        .bind(id)
        .bind(i64::from(reason.is_some()))
        .bind(reason.unwrap_or_default())
        .execute(&mut **tx)
        .await
        .map(|_| ())
}

/// Whether another date of the activity already starts at this moment.
pub async fn starts_taken(
    pool: &mut Transaction<'_, Any>,
    activity_id: i64,
    starts_at: i64,
    except: i64,
) -> Result<bool, sqlx::Error> {
    let row =
        sqlx::query("SELECT COUNT(*) AS n FROM occurrences WHERE activity_id = $1 AND starts_at = $2 AND id <> $3")
            .bind(activity_id)
            .bind(starts_at)
            .bind(except)
            .fetch_one(&mut **pool)
            .await?;
    Ok(row.try_get::<i64, _>("n")? > 0)
}

/// Adds the slots that are not there yet; existing occurrences (cancelled ones too) stay as they are.
pub async fn insert_missing(
    tx: &mut Transaction<'_, Any>,
    activity_id: i64,
    slots: &[Slot],
) -> Result<u64, sqlx::Error> {
    let mut added = 0;
    for slot in slots {
        added += sqlx::query(
            "INSERT INTO occurrences (activity_id, slot_starts_at, starts_at, ends_at) VALUES ($1, $2, $2, $3)
             ON CONFLICT DO NOTHING",
        )
        .bind(activity_id)
        .bind(slot.starts_at.timestamp())
        .bind(slot.ends_at.timestamp())
        .execute(&mut **tx)
        .await?
        .rows_affected();
    }
    Ok(added)
}

/// Cancels the occurrence of an activity that starts at `starts_at`, with a reason people see.
pub async fn cancel(
    tx: &mut Transaction<'_, Any>,
    activity_id: i64,
    starts_at: i64,
    reason: &str,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE occurrences SET cancelled = 1, cancel_reason = $1, sequence = sequence + 1 WHERE activity_id = $2 AND slot_starts_at = $3",
    )
    .bind(reason)
    .bind(activity_id)
    .bind(starts_at)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The next date (not cancelled) of each activity of a centre.
pub async fn next_per_activity(
    pool: &AnyPool,
    centre_id: i64,
    from: i64,
) -> Result<std::collections::HashMap<i64, DateTime<Utc>>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT o.activity_id, MIN(o.starts_at) AS next FROM occurrences o JOIN activities a ON a.id = o.activity_id
         WHERE a.centre_id = $1 AND o.starts_at >= $2 AND o.cancelled = 0 GROUP BY o.activity_id",
    )
    .bind(centre_id)
    .bind(from)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|row| Ok((row.try_get("activity_id")?, instant(row.try_get("next")?)?)))
        .collect()
}
