//! Builds what the public pages show from the database: the home page, the agenda, an activity
//! and the centres. Server functions call these; the pages only render.

use crate::domain::agenda::{
    ActivityDetail, Agenda, AgendaFilter, AgendaItem, CentreDetail, CentreSummary, DayHours, Home, InloopToday,
};
use crate::domain::hours::{closed_on, open_status, periods_on, Closure, Closures, OpeningPeriod};
use crate::domain::time::local_date;
use crate::ssr::db::occurrences::{self, AgendaQuery};
use crate::ssr::db::{activities, centres, Db};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use std::collections::HashMap;

/// How many next dates an activity page lists.
const NEXT_DATES: i64 = 8;

/// Whether the items need their themes (only for choosing by theme; no card shows them).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Themes {
    Load,
    Skip,
}

async fn items(db: &Db, query: &AgendaQuery<'_>, with: Themes) -> Result<Vec<AgendaItem>, sqlx::Error> {
    let mut items = occurrences::list_for_agenda(db, query).await?;
    let themes = if with == Themes::Load {
        let ids: Vec<i64> = items.iter().map(|item| item.activity_id).collect();
        activities::themes_of(&db.pool, &ids).await?
    } else {
        HashMap::new()
    };
    let first_day = DateTime::from_timestamp(query.from, 0)
        .map(local_date)
        .unwrap_or_default();
    let closures = centres::closures_by_centre(db, first_day).await?;
    for item in &mut items {
        item.themes = themes.get(&item.activity_id).cloned().unwrap_or_default();
        if let Some(reason) = closures.reason(item.centre_id, item.online, item.starts_at) {
            item.cancelled = true;
            item.cancel_reason = reason;
        }
    }
    // A cancelled card says when it is on next, so nobody has to search for it.
    for item in items.iter_mut().filter(|item| item.cancelled) {
        let later =
            occurrences::upcoming_for_activity(&db.pool, item.activity_id, item.ends_at.timestamp(), NEXT_DATES)
                .await?;
        item.next_on = later
            .iter()
            .find(|date| {
                date.starts_at > item.starts_at
                    && !date.cancelled
                    && closures.reason(item.centre_id, item.online, date.starts_at).is_none()
            })
            .map(|date| (date.starts_at, date.ends_at));
    }
    Ok(items)
}

/// Coming activities (next two weeks, not cancelled) with one of `themes`, each once at its next
/// date, leaving out `except` (what I signed up for already): "Past bij jouw wensen". Those at
/// `prefer` (my own centres) come first; the chosen ones are shown in date order.
pub async fn matching(
    db: &Db,
    themes: &[crate::domain::activity::Theme],
    except: &[i64],
    prefer: &[i64],
    now: DateTime<Utc>,
    limit: usize,
) -> Result<Vec<AgendaItem>, sqlx::Error> {
    if themes.is_empty() {
        return Ok(Vec::new());
    }
    let query = AgendaQuery {
        from: now.timestamp(),
        to: (now + Duration::days(14)).timestamp(),
        ..Default::default()
    };
    let mut seen = Vec::new();
    let mut found = Vec::new();
    for item in items(db, &query, Themes::Load).await? {
        if item.cancelled
            || seen.contains(&item.activity_id)
            || except.contains(&item.activity_id)
            || !item.themes.iter().any(|theme| themes.contains(theme))
        {
            continue;
        }
        seen.push(item.activity_id);
        found.push(item);
    }
    // Stable: within each half, still in date order.
    found.sort_by_key(|item| !prefer.contains(&item.centre_id));
    found.truncate(limit);
    found.sort_by_key(|item| item.starts_at);
    Ok(found)
}

/// Opening hours and closures per centre id.
struct Hours {
    periods: HashMap<i64, Vec<OpeningPeriod>>,
    closures: Closures,
}

impl Hours {
    async fn load(db: &Db, today: NaiveDate) -> Result<Hours, sqlx::Error> {
        let mut periods: HashMap<i64, Vec<OpeningPeriod>> = HashMap::new();
        for (centre, period) in centres::all_opening_hours(&db.pool).await? {
            periods.entry(centre).or_default().push(period);
        }
        let closures = centres::closures_by_centre(db, today).await?;
        Ok(Hours { periods, closures })
    }

    fn of(&self, centre: i64) -> (&[OpeningPeriod], &[Closure]) {
        (
            self.periods.get(&centre).map(Vec::as_slice).unwrap_or_default(),
            self.closures.of(centre),
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
        inloop_today: None,
    }
}

/// Every centre with whether it is open, and its inloop of today (from the programme).
pub async fn centre_summaries(db: &Db, now: DateTime<Utc>) -> Result<Vec<CentreSummary>, sqlx::Error> {
    let today = local_date(now);
    let hours = Hours::load(db, today).await?;
    let inloop = items(
        db,
        &AgendaQuery {
            kind: Some(crate::domain::activity::ActivityKind::Inloop),
            ..AgendaQuery::days(today, today + Duration::days(1))
        },
        Themes::Skip,
    )
    .await?;
    Ok(centres::list(&db.pool)
        .await?
        .iter()
        .map(|row| CentreSummary {
            inloop_today: InloopToday::from_items(inloop.iter().filter(|item| item.centre_id == row.id), now),
            ..summary(row, &hours, now)
        })
        .collect())
}

pub async fn home(db: &Db, now: DateTime<Utc>) -> Result<Home, sqlx::Error> {
    let today = local_date(now);
    let tomorrow = today + Duration::days(1);
    let today_items = items(db, &AgendaQuery::days(today, tomorrow), Themes::Skip).await?;
    let week = items(
        db,
        &AgendaQuery::days(tomorrow, today + Duration::days(7)),
        Themes::Skip,
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
    let query = AgendaQuery {
        centre_slug: filter.centre.as_deref(),
        kind: filter.kind,
        theme: filter.theme,
        without_signup: filter.without_signup,
        ..AgendaQuery::days(first_day, end_day)
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
        items: items(db, &query, Themes::Skip).await?,
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
    if activity.paused {
        return Ok(Some(detail(
            activity,
            centre,
            &hours,
            themes,
            Vec::new(),
            Vec::new(),
            now,
        )));
    }
    let mut next_dates = occurrences::upcoming_for_activity(&db.pool, id, now.timestamp(), NEXT_DATES).await?;
    let online = activity.place == crate::domain::programme::Place::Online;
    for date in &mut next_dates {
        if let Some(reason) = hours.closures.reason(centre.id, online, date.starts_at) {
            date.cancelled = true;
            date.cancel_reason = reason;
        }
    }
    let team = activities::facilitators_of(&db.pool, id).await?;
    Ok(Some(detail(activity, centre, &hours, themes, team, next_dates, now)))
}

fn detail(
    activity: activities::ActivityRow,
    centre: centres::CentreRow,
    hours: &Hours,
    themes: Vec<crate::domain::activity::Theme>,
    team: Vec<(i64, String)>,
    next_dates: Vec<crate::domain::agenda::OccurrenceDate>,
    now: DateTime<Utc>,
) -> ActivityDetail {
    let id = activity.id;
    ActivityDetail {
        id,
        group_id: activity.group_id,
        title: activity.title,
        kind: activity.kind,
        themes,
        description: activity.description,
        what_to_bring: activity.what_to_bring,
        location: activity.location,
        online_url: activity.online_url,
        accessibility: activity.accessibility,
        cost: activity.cost,
        facilitators: team
            .into_iter()
            .map(|(_, nickname)| nickname)
            .chain(
                activity
                    .facilitators
                    .split(',')
                    .map(str::trim)
                    .filter(|n| !n.is_empty())
                    .map(str::to_owned),
            )
            .collect(),
        signup_required: activity.signup_required,
        capacity: activity.capacity,
        centre: summary(&centre, hours, now),
        centre_phone: centre.phone,
        centre_email: centre.email,
        centre_address: format!("{}, {} {}", centre.address, centre.postcode, centre.town),
        next_dates,
    }
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
                closed_because: closed_on(date, closures).map(|c| c.reason.clone()),
            }
        })
        .collect();
    let programme = items(
        db,
        &AgendaQuery {
            centre_slug: Some(&row.slug),
            ..AgendaQuery::days(today, today + Duration::days(7))
        },
        Themes::Skip,
    )
    .await?;
    let inloop_today = InloopToday::from_items(
        programme.iter().filter(|item| {
            item.kind == crate::domain::activity::ActivityKind::Inloop && local_date(item.starts_at) == today
        }),
        now,
    );
    Ok(Some(CentreDetail {
        summary: CentreSummary {
            inloop_today,
            ..summary(&row, &hours, now)
        },
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
