//! Queries on activities and their themes.

use super::{decode_error, flag, parse_day};
use crate::domain::activity::{ActivityKind, Theme};
use crate::domain::programme::{ActivityDraft, Place};
use crate::domain::recurrence::{weekdays_from_string, weekdays_to_string, Recurrence, RecurrenceEnd, Schedule};
use chrono::NaiveDateTime;
use sqlx::{any::AnyRow, Any, AnyPool, Row, Transaction};
use std::collections::HashMap;

/// Local wall-clock format of `first_start`.
const LOCAL_FORMAT: &str = "%Y-%m-%dT%H:%M";

#[derive(Debug, Clone)]
pub struct ActivityRow {
    pub id: i64,
    pub centre_id: i64,
    pub kind: ActivityKind,
    pub title: String,
    pub member_title: String,
    pub description: String,
    pub what_to_bring: String,
    pub place: Place,
    pub location: String,
    pub online_url: String,
    pub accessibility: String,
    pub cost: String,
    /// Facilitators without an account (first names, comma separated).
    pub facilitators: String,
    pub signup_required: bool,
    /// A course that takes drop-ins for single sessions.
    pub drop_in: bool,
    pub capacity: Option<i64>,
    pub schedule: Schedule,
    pub paused: bool,
    /// When the activity or its series last changed (unix seconds).
    pub updated_at: i64,
    /// A meeting of this peer group.
    pub group_id: Option<i64>,
}

const COLUMNS: &str =
    "id, centre_id, kind, title, member_title, description, what_to_bring, place, location, online_url, accessibility,
    cost, facilitators, signup_required, capacity, first_start, duration_minutes, repeat_every_weeks, repeat_weekdays,
    repeat_until, repeat_count, paused, updated_at, drop_in, group_id";

fn activity_row(row: &AnyRow) -> Result<ActivityRow, sqlx::Error> {
    let kind: String = row.try_get("kind")?;
    let place: String = row.try_get("place")?;
    Ok(ActivityRow {
        id: row.try_get("id")?,
        centre_id: row.try_get("centre_id")?,
        kind: ActivityKind::from_slug(&kind).ok_or_else(|| decode_error("kind"))?,
        title: row.try_get("title")?,
        member_title: row.try_get("member_title")?,
        description: row.try_get("description")?,
        what_to_bring: row.try_get("what_to_bring")?,
        place: Place::from_slug(&place).ok_or_else(|| decode_error("place"))?,
        location: row.try_get("location")?,
        online_url: row.try_get("online_url")?,
        accessibility: row.try_get("accessibility")?,
        cost: row.try_get("cost")?,
        facilitators: row.try_get("facilitators")?,
        signup_required: flag(row, "signup_required")?,
        drop_in: flag(row, "drop_in")?,
        capacity: row.try_get("capacity")?,
        schedule: schedule_of(row)?,
        paused: flag(row, "paused")?,
        updated_at: row.try_get("updated_at")?,
        group_id: row.try_get("group_id")?,
    })
}

fn schedule_of(row: &AnyRow) -> Result<Schedule, sqlx::Error> {
    let first: String = row.try_get("first_start")?;
    let first_start =
        NaiveDateTime::parse_from_str(&first, LOCAL_FORMAT).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
    let duration: i64 = row.try_get("duration_minutes")?;
    let every: Option<i64> = row.try_get("repeat_every_weeks")?;
    let repeat = match every {
        None => None,
        Some(every) => {
            let weekdays: Option<String> = row.try_get("repeat_weekdays")?;
            let until: Option<String> = row.try_get("repeat_until")?;
            let count: Option<i64> = row.try_get("repeat_count")?;
            let end = match (until, count) {
                (Some(day), _) => RecurrenceEnd::Until(parse_day(&day)?),
                (None, Some(n)) => RecurrenceEnd::Count(u32::try_from(n).map_err(|_| decode_error("repeat_count"))?),
                (None, None) => RecurrenceEnd::Never,
            };
            Some(Recurrence {
                every_weeks: u32::try_from(every).map_err(|_| decode_error("repeat_every_weeks"))?,
                weekdays: weekdays_from_string(weekdays.as_deref().unwrap_or_default())
                    .ok_or_else(|| decode_error("repeat_weekdays"))?,
                end,
            })
        }
    };
    Ok(Schedule {
        first_start,
        duration_minutes: u32::try_from(duration).map_err(|_| decode_error("duration_minutes"))?,
        repeat,
    })
}

/// The recurrence columns of a schedule: every N weeks, weekdays, until, count.
type RepeatColumns = (Option<i64>, Option<String>, Option<String>, Option<i64>);

fn repeat_columns(schedule: &Schedule) -> RepeatColumns {
    match &schedule.repeat {
        None => (None, None, None, None),
        Some(repeat) => {
            let (until, count) = match repeat.end {
                RecurrenceEnd::Until(day) => (Some(day.to_string()), None),
                RecurrenceEnd::Count(n) => (None, Some(i64::from(n))),
                RecurrenceEnd::Never => (None, None),
            };
            (
                Some(i64::from(repeat.every_weeks)),
                Some(weekdays_to_string(&repeat.weekdays)),
                until,
                count,
            )
        }
    }
}

type AnyQuery<'q> = sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>>;

/// Binds an activity's columns `$2` … `$21` (kind up to repeat_count, then drop_in), after `$1`.
fn bind_activity<'q>(query: AnyQuery<'q>, activity: &'q ActivityDraft) -> AnyQuery<'q> {
    let schedule = &activity.schedule;
    let (every, weekdays, until, count) = repeat_columns(schedule);
    query
        .bind(activity.kind.slug())
        .bind(&activity.title)
        .bind(&activity.member_title)
        .bind(&activity.description)
        .bind(&activity.what_to_bring)
        .bind(activity.place.slug())
        .bind(&activity.location)
        .bind(&activity.online_url)
        .bind(&activity.accessibility)
        .bind(&activity.cost)
        .bind(&activity.other_facilitators)
        .bind(i64::from(activity.signup_required))
        .bind(activity.capacity)
        .bind(schedule.first_start.format(LOCAL_FORMAT).to_string())
        .bind(i64::from(schedule.duration_minutes))
        .bind(every)
        .bind(weekdays)
        .bind(until)
        .bind(count)
        .bind(i64::from(activity.drop_in))
}

pub async fn insert(
    tx: &mut Transaction<'_, Any>,
    centre_id: i64,
    activity: &ActivityDraft,
    now: i64,
) -> Result<i64, sqlx::Error> {
    let query = sqlx::query(
        "INSERT INTO activities (centre_id, kind, title, member_title, description, what_to_bring, place, location,
            online_url, accessibility, cost, facilitators, signup_required, capacity, first_start, duration_minutes,
            repeat_every_weeks, repeat_weekdays, repeat_until, repeat_count, drop_in, created_at, updated_at, group_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $22, $23)
         RETURNING id",
    );
    let row = bind_activity(query.bind(centre_id), activity)
        .bind(now)
        .bind(activity.group_id)
        .fetch_one(&mut **tx)
        .await?;
    let id: i64 = row.try_get("id")?;
    set_themes_and_facilitators(tx, id, activity).await?;
    Ok(id)
}

async fn set_themes_and_facilitators(
    tx: &mut Transaction<'_, Any>,
    id: i64,
    activity: &ActivityDraft,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM activity_themes WHERE activity_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    for theme in &activity.themes {
        sqlx::query("INSERT INTO activity_themes (activity_id, theme) VALUES ($1, $2)")
            .bind(id)
            .bind(theme.slug())
            .execute(&mut **tx)
            .await?;
    }
    sqlx::query("DELETE FROM activity_facilitators WHERE activity_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    for account in &activity.facilitator_ids {
        sqlx::query("INSERT INTO activity_facilitators (activity_id, account_id) VALUES ($1, $2)")
            .bind(id)
            .bind(account)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// Replaces everything about an activity (its dates are brought in line by the caller).
pub async fn update(
    tx: &mut Transaction<'_, Any>,
    id: i64,
    activity: &ActivityDraft,
    now: i64,
) -> Result<(), sqlx::Error> {
    let query = sqlx::query(
        "UPDATE activities SET kind = $2, title = $3, member_title = $4, description = $5, what_to_bring = $6,
            place = $7, location = $8, online_url = $9, accessibility = $10, cost = $11, facilitators = $12,
            signup_required = $13, capacity = $14, first_start = $15, duration_minutes = $16, repeat_every_weeks = $17,
            repeat_weekdays = $18, repeat_until = $19, repeat_count = $20, drop_in = $21, updated_at = $22,
            group_id = $23
         WHERE id = $1",
    );
    bind_activity(query.bind(id), activity)
        .bind(now)
        .bind(activity.group_id)
        .execute(&mut **tx)
        .await?;
    set_themes_and_facilitators(tx, id, activity).await
}

pub async fn delete(tx: &mut Transaction<'_, Any>, id: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM activities WHERE id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn set_paused(tx: &mut Transaction<'_, Any>, id: i64, paused: bool, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE activities SET paused = $2, updated_at = $3 WHERE id = $1")
        .bind(id)
        .bind(i64::from(paused))
        .bind(now)
        .execute(&mut **tx)
        .await
        .map(|_| ())
}

/// The accounts that facilitate an activity: (account id, nickname), by nickname.
pub async fn facilitators_of(pool: &AnyPool, id: i64) -> Result<Vec<(i64, String)>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT a.id, a.nickname FROM activity_facilitators f JOIN accounts a ON a.id = f.account_id
         WHERE f.activity_id = $1 ORDER BY a.nickname_key",
    )
    .bind(id)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|row| Ok((row.try_get("id")?, row.try_get("nickname")?)))
        .collect()
}

/// Every activity of a centre, by title.
pub async fn of_centre(pool: &AnyPool, centre_id: i64) -> Result<Vec<ActivityRow>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM activities WHERE centre_id = $1 ORDER BY title, id"
    ))
    .bind(centre_id)
    .fetch_all(pool)
    .await?;
    rows.iter().map(activity_row).collect()
}

/// The ids of a centre's activities that this account facilitates.
pub async fn facilitated_by(pool: &AnyPool, centre_id: i64, account_id: i64) -> Result<Vec<i64>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT f.activity_id FROM activity_facilitators f JOIN activities a ON a.id = f.activity_id
         WHERE a.centre_id = $1 AND f.account_id = $2",
    )
    .bind(centre_id)
    .bind(account_id)
    .fetch_all(pool)
    .await?;
    rows.iter().map(|row| row.try_get("activity_id")).collect()
}

pub async fn by_id(pool: &AnyPool, id: i64) -> Result<Option<ActivityRow>, sqlx::Error> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM activities WHERE id = $1"))
        .bind(id)
        .fetch_optional(pool)
        .await?;
    row.as_ref().map(activity_row).transpose()
}

/// Every activity whose series is running, for expanding occurrences.
pub async fn list_running(pool: &AnyPool) -> Result<Vec<ActivityRow>, sqlx::Error> {
    let rows = sqlx::query(&format!("SELECT {COLUMNS} FROM activities WHERE paused = 0"))
        .fetch_all(pool)
        .await?;
    rows.iter().map(activity_row).collect()
}

/// The themes of the given activities.
pub async fn themes_of(pool: &AnyPool, ids: &[i64]) -> Result<HashMap<i64, Vec<Theme>>, sqlx::Error> {
    let mut themes: HashMap<i64, Vec<Theme>> = HashMap::new();
    if ids.is_empty() {
        return Ok(themes);
    }
    let mut unique = ids.to_vec();
    unique.sort_unstable();
    unique.dedup();
    let placeholders: Vec<String> = (1..=unique.len()).map(|i| format!("${i}")).collect();
    let sql = format!(
        "SELECT activity_id, theme FROM activity_themes WHERE activity_id IN ({}) ORDER BY activity_id, theme",
        placeholders.join(", ")
    );
    let mut query = sqlx::query(&sql);
    for id in &unique {
        query = query.bind(*id);
    }
    for row in query.fetch_all(pool).await? {
        let slug: String = row.try_get("theme")?;
        if let Some(theme) = Theme::from_slug(&slug) {
            themes.entry(row.try_get("activity_id")?).or_default().push(theme);
        }
    }
    for list in themes.values_mut() {
        list.sort();
    }
    Ok(themes)
}
