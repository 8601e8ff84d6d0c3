//! Builds what the public pages show from the database: the home page, the agenda, an activity
//! and the centres. Server functions call these; the pages only render.

use crate::domain::agenda::{
    ActivityDetail, Agenda, AgendaFilter, AgendaItem, CentreDetail, CentreSummary, DayHours, Home,
};
use crate::domain::hours::{open_status, periods_on, Closure, OpeningPeriod};
use crate::domain::time::{local_date, start_of_day};
use crate::ssr::db::occurrences::{self, AgendaQuery, AgendaRow};
use crate::ssr::db::{activities, centres, Db};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use std::collections::HashMap;

/// How many next dates an activity page lists.
const NEXT_DATES: i64 = 8;

async fn items(db: &Db, query: &AgendaQuery<'_>) -> Result<Vec<AgendaItem>, sqlx::Error> {
    let rows = occurrences::list_for_agenda(&db.pool, query).await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.activity_id).collect();
    let themes = activities::themes_of(&db.pool, &ids).await?;
    Ok(rows
        .into_iter()
        .map(|row: AgendaRow| AgendaItem {
            themes: themes.get(&row.activity_id).cloned().unwrap_or_default(),
            occurrence_id: row.occurrence_id,
            activity_id: row.activity_id,
            title: row.title,
            kind: row.kind,
            centre_slug: row.centre_slug,
            centre_name: row.centre_name,
            town: row.town,
            location: row.location,
            starts_at: row.starts_at,
            ends_at: row.ends_at,
            cancelled: row.cancelled,
            cancel_reason: row.cancel_reason,
            signup_required: row.signup_required,
            capacity: row.capacity,
            cost: row.cost,
        })
        .collect())
}

fn range(first: NaiveDate, end: NaiveDate) -> (i64, i64) {
    (start_of_day(first).timestamp(), start_of_day(end).timestamp())
}

/// Opening hours and closures per centre id.
struct Hours {
    periods: HashMap<i64, Vec<OpeningPeriod>>,
    closures: HashMap<i64, Vec<Closure>>,
}

impl Hours {
    async fn load(db: &Db, today: NaiveDate) -> Result<Hours, sqlx::Error> {
        let mut periods: HashMap<i64, Vec<OpeningPeriod>> = HashMap::new();
        for (centre, period) in centres::all_opening_hours(&db.pool).await? {
            periods.entry(centre).or_default().push(period);
        }
        let mut closures: HashMap<i64, Vec<Closure>> = HashMap::new();
        for (centre, closure) in centres::closures_from(&db.pool, today).await? {
            closures.entry(centre).or_default().push(closure);
        }
        Ok(Hours { periods, closures })
    }

    fn of(&self, centre: i64) -> (&[OpeningPeriod], &[Closure]) {
        (
            self.periods.get(&centre).map(Vec::as_slice).unwrap_or_default(),
            self.closures.get(&centre).map(Vec::as_slice).unwrap_or_default(),
        )
    }
}

fn summary(row: &centres::CentreRow, hours: &Hours, now: DateTime<Utc>) -> CentreSummary {
    let (periods, closures) = hours.of(row.id);
    CentreSummary {
        slug: row.slug.clone(),
        name: row.name.clone(),
        town: row.town.clone(),
        status: open_status(periods, closures, now),
    }
}

pub async fn centre_summaries(db: &Db, now: DateTime<Utc>) -> Result<Vec<CentreSummary>, sqlx::Error> {
    let hours = Hours::load(db, local_date(now)).await?;
    Ok(centres::list(&db.pool)
        .await?
        .iter()
        .map(|row| summary(row, &hours, now))
        .collect())
}

pub async fn home(db: &Db, now: DateTime<Utc>) -> Result<Home, sqlx::Error> {
    let today = local_date(now);
    let tomorrow = today + Duration::days(1);
    let (from, to) = range(today, tomorrow);
    let today_items = items(
        db,
        &AgendaQuery {
            from,
            to,
            ..Default::default()
        },
    )
    .await?;
    let (from, to) = range(tomorrow, today + Duration::days(7));
    let week = items(
        db,
        &AgendaQuery {
            from,
            to,
            ..Default::default()
        },
    )
    .await?;
    Ok(Home {
        now,
        today: today_items,
        week,
        centres: centre_summaries(db, now).await?,
    })
}

pub async fn agenda(db: &Db, filter: &AgendaFilter, now: DateTime<Utc>) -> Result<Agenda, sqlx::Error> {
    let today = local_date(now);
    let (first_day, end_day) = filter.days(today);
    let (from, to) = range(first_day, end_day);
    let query = AgendaQuery {
        from,
        to,
        centre_slug: filter.centre.as_deref(),
        kind: filter.kind,
        theme: filter.theme,
        without_signup: filter.without_signup,
    };
    let centres = centres::list(&db.pool)
        .await?
        .into_iter()
        .map(|c| (c.slug, c.name))
        .collect();
    Ok(Agenda {
        now,
        first_day,
        end_day,
        items: items(db, &query).await?,
        centres,
    })
}

pub async fn activity(db: &Db, id: i64, now: DateTime<Utc>) -> Result<Option<ActivityDetail>, sqlx::Error> {
    let Some(activity) = activities::by_id(&db.pool, id).await? else {
        return Ok(None);
    };
    let Some(centre) = centres::by_id(&db.pool, activity.centre_id).await? else {
        return Ok(None);
    };
    let hours = Hours::load(db, local_date(now)).await?;
    let themes = activities::themes_of(&db.pool, &[id])
        .await?
        .remove(&id)
        .unwrap_or_default();
    let next_dates = occurrences::upcoming_for_activity(&db.pool, id, now.timestamp(), NEXT_DATES).await?;
    Ok(Some(ActivityDetail {
        id,
        title: activity.title,
        kind: activity.kind,
        themes,
        description: activity.description,
        what_to_bring: activity.what_to_bring,
        location: activity.location,
        online_url: activity.online_url,
        accessibility: activity.accessibility,
        cost: activity.cost,
        facilitators: activity
            .facilitators
            .split(',')
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_owned)
            .collect(),
        signup_required: activity.signup_required,
        capacity: activity.capacity,
        is_series: activity.schedule.repeat.is_some(),
        centre: summary(&centre, &hours, now),
        centre_phone: centre.phone,
        centre_email: centre.email,
        centre_address: format!("{}, {} {}", centre.address, centre.postcode, centre.town),
        next_dates,
    }))
}

pub async fn centre(db: &Db, slug: &str, now: DateTime<Utc>) -> Result<Option<CentreDetail>, sqlx::Error> {
    let Some(row) = centres::by_slug(&db.pool, slug).await? else {
        return Ok(None);
    };
    let today = local_date(now);
    let hours = Hours::load(db, today - Duration::days(7)).await?;
    let (periods, closures) = hours.of(row.id);
    let monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
    let week = (0..7)
        .map(|offset| {
            let date = monday + Duration::days(offset);
            DayHours {
                date,
                periods: periods_on(date, periods, closures),
                closed_because: closures.iter().find(|c| c.covers(date)).map(|c| c.reason.clone()),
            }
        })
        .collect();
    let (from, to) = range(today, today + Duration::days(7));
    let programme = items(
        db,
        &AgendaQuery {
            from,
            to,
            centre_slug: Some(&row.slug),
            ..Default::default()
        },
    )
    .await?;
    Ok(Some(CentreDetail {
        summary: summary(&row, &hours, now),
        address: row.address,
        postcode: row.postcode,
        description: row.description,
        phone: row.phone,
        email: row.email,
        accessibility: row.accessibility,
        week,
        programme,
    }))
}
