//! Queries on activities and their themes.

use super::{decode_error, flag, parse_day};
use crate::domain::activity::{ActivityKind, Theme};
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
    pub description: String,
    pub what_to_bring: String,
    pub location: String,
    pub online_url: String,
    pub accessibility: String,
    pub cost: String,
    pub facilitators: String,
    pub signup_required: bool,
    pub capacity: Option<i64>,
    pub schedule: Schedule,
    pub paused: bool,
}

/// An activity to be created.
#[derive(Debug, Clone)]
pub struct NewActivity<'a> {
    pub centre_id: i64,
    pub kind: ActivityKind,
    pub title: &'a str,
    pub description: &'a str,
    pub what_to_bring: &'a str,
    pub location: &'a str,
    pub online_url: &'a str,
    pub accessibility: &'a str,
    pub cost: &'a str,
    pub facilitators: &'a str,
    pub signup_required: bool,
    pub capacity: Option<i64>,
    pub themes: &'a [Theme],
    pub schedule: Schedule,
}

const COLUMNS: &str =
    "id, centre_id, kind, title, description, what_to_bring, location, online_url, accessibility, cost,
    facilitators, signup_required, capacity, first_start, duration_minutes, repeat_every_weeks, repeat_weekdays,
    repeat_until, repeat_count, paused";

fn activity_row(row: &AnyRow) -> Result<ActivityRow, sqlx::Error> {
    let kind: String = row.try_get("kind")?;
    Ok(ActivityRow {
        id: row.try_get("id")?,
        centre_id: row.try_get("centre_id")?,
        kind: ActivityKind::from_slug(&kind).ok_or_else(|| decode_error("kind"))?,
        title: row.try_get("title")?,
        description: row.try_get("description")?,
        what_to_bring: row.try_get("what_to_bring")?,
        location: row.try_get("location")?,
        online_url: row.try_get("online_url")?,
        accessibility: row.try_get("accessibility")?,
        cost: row.try_get("cost")?,
        facilitators: row.try_get("facilitators")?,
        signup_required: flag(row, "signup_required")?,
        capacity: row.try_get("capacity")?,
        schedule: schedule_of(row)?,
        paused: flag(row, "paused")?,
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

pub async fn insert(tx: &mut Transaction<'_, Any>, activity: &NewActivity<'_>, now: i64) -> Result<i64, sqlx::Error> {
    let schedule = &activity.schedule;
    let repeat = schedule.repeat.as_ref();
    let (until, count) = match repeat.map(|r| r.end) {
        Some(RecurrenceEnd::Until(day)) => (Some(day.to_string()), None),
        Some(RecurrenceEnd::Count(n)) => (None, Some(i64::from(n))),
        _ => (None, None),
    };
    let row = sqlx::query(
        "INSERT INTO activities (centre_id, kind, title, description, what_to_bring, location, online_url, accessibility,
            cost, facilitators, signup_required, capacity, first_start, duration_minutes, repeat_every_weeks,
            repeat_weekdays, repeat_until, repeat_count, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19) RETURNING id",
    )
    .bind(activity.centre_id)
    .bind(activity.kind.slug())
    .bind(activity.title)
    .bind(activity.description)
    .bind(activity.what_to_bring)
    .bind(activity.location)
    .bind(activity.online_url)
    .bind(activity.accessibility)
    .bind(activity.cost)
    .bind(activity.facilitators)
    .bind(i64::from(activity.signup_required))
    .bind(activity.capacity)
    .bind(schedule.first_start.format(LOCAL_FORMAT).to_string())
    .bind(i64::from(schedule.duration_minutes))
    .bind(repeat.map(|r| i64::from(r.every_weeks)))
    .bind(repeat.map(|r| weekdays_to_string(&r.weekdays)))
    .bind(until)
    .bind(count)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    let id: i64 = row.try_get("id")?;
    for theme in activity.themes {
        sqlx::query("INSERT INTO activity_themes (activity_id, theme) VALUES ($1, $2)")
            .bind(id)
            .bind(theme.slug())
            .execute(&mut **tx)
            .await?;
    }
    Ok(id)
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
