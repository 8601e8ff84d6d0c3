//! Calendar feeds in iCalendar (RFC 5545), made with the `icalendar` crate: one activity's dates
//! ("Zet in mijn agenda"), a centre's programme, and a member's personal feed at a secret link.
//! Times are written in UTC, which every calendar shows in its own time zone.

use crate::domain::hours::{closed_on, Closure};
use crate::domain::time::local_date;
use crate::i18n::{fill, Lang};
use crate::ssr::db::calendar::{self, Feed, FeedDate};
use crate::ssr::db::centres;
use crate::ssr::state::AppState;
use chrono::{DateTime, Duration, Utc};
use icalendar::{Calendar, Component, Event, EventLike, EventStatus, Property};
use std::collections::HashMap;

/// How far back a feed goes, so calendars keep recent dates.
const FEED_PAST_DAYS: i64 = 30;

/// Which title each date gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Titles {
    /// The public title, with place and description: public feeds.
    Public,
    /// The title for participants where there is one: a member's own feed.
    Participants,
    /// "Afspraak Kring" and nothing else: a member's feed that others may see on their phone.
    Neutral,
}

/// A feed as iCalendar text, named `name`; `only` keeps just that one date.
pub async fn render(
    state: &AppState,
    feed: &Feed<'_>,
    titles: Titles,
    name: &str,
    only: Option<i64>,
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<String, sqlx::Error> {
    Ok(calendar(state, feed, titles, name, only, lang, now)
        .await?
        .done()
        .to_string())
}

/// The dates of an activity (or `only` one) for a confirmation mail, as `METHOD:PUBLISH`: the
/// appointment a phone's calendar keeps, which later mails update or cancel by its UID.
pub async fn for_confirmation(
    state: &AppState,
    activity_id: i64,
    name: &str,
    only: Option<i64>,
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<String, sqlx::Error> {
    let feed = Feed::Activity(activity_id);
    let mut calendar = calendar(state, &feed, Titles::Public, name, only, lang, now).await?;
    calendar.append_property(Property::new("METHOD", "PUBLISH"));
    Ok(calendar.done().to_string())
}

/// One date in a mail about a change: with `cancelled` an iCalendar `METHOD:CANCEL`, else the
/// date as it is now (`METHOD:PUBLISH`); the same UID as in the confirmation and a higher
/// SEQUENCE, so a phone's calendar replaces or removes the appointment.
pub fn for_notice(
    state: &AppState,
    date: &FeedDate,
    cancelled: Option<&str>,
    lang: Lang,
    now: DateTime<Utc>,
) -> String {
    let host = host(state);
    let mut calendar = Calendar::new();
    let method = if cancelled.is_some() { "CANCEL" } else { "PUBLISH" };
    calendar.append_property(Property::new("METHOD", method));
    let mut event = event(
        state,
        date,
        Titles::Public,
        cancelled.map(str::to_owned),
        &host,
        lang,
        now,
    );
    if cancelled.is_some() {
        // A cancellation always outranks what the phone has, also for a closure (which does not
        // change the date itself) or a date that stopped with its series.
        event.sequence(sequence(date.sequence + 1));
        event.add_property("ORGANIZER", format!("mailto:{}", state.mailer.from_address()));
    }
    calendar.push(event);
    calendar.done().to_string()
}

fn sequence(value: i64) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

fn host(state: &AppState) -> String {
    state
        .site
        .public_url
        .split("://")
        .nth(1)
        .unwrap_or("kring")
        .split(['/', ':'])
        .next()
        .unwrap_or("kring")
        .to_owned()
}

async fn calendar(
    state: &AppState,
    feed: &Feed<'_>,
    titles: Titles,
    name: &str,
    only: Option<i64>,
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<Calendar, sqlx::Error> {
    let from = now - Duration::days(FEED_PAST_DAYS);
    let mut dates = calendar::dates(&state.db, feed, from.timestamp()).await?;
    if let Some(id) = only {
        dates.retain(|date| date.occurrence_id == id);
    }
    let mut closures: HashMap<i64, Vec<Closure>> = HashMap::new();
    let centre_ids: std::collections::BTreeSet<i64> = dates.iter().map(|date| date.centre_id).collect();
    for centre_id in centre_ids {
        let of_centre = centres::closures_of(&state.db.pool, centre_id, local_date(from))
            .await?
            .into_iter()
            .map(|(_, closure)| closure)
            .collect();
        closures.insert(centre_id, of_centre);
    }
    let host = host(state);
    let mut calendar = Calendar::new();
    calendar.name(name).ttl(&Duration::hours(6));
    for date in &dates {
        let closure = closures
            .get(&date.centre_id)
            .and_then(|list| closed_on(local_date(date.starts_at), list))
            .filter(|_| !date.online);
        let cancel_reason = match closure {
            _ if date.cancelled => Some(date.cancel_reason.clone()),
            Some(closure) => Some(closure.reason.clone()),
            None => None,
        };
        calendar.push(event(state, date, titles, cancel_reason, &host, lang, now));
    }
    Ok(calendar)
}

fn event(
    state: &AppState,
    date: &FeedDate,
    titles: Titles,
    cancel_reason: Option<String>,
    host: &str,
    lang: Lang,
    now: DateTime<Utc>,
) -> Event {
    let t = lang.texts();
    let mut event = Event::new();
    event
        .uid(&format!("kring-datum-{}@{host}", date.occurrence_id))
        .timestamp(now)
        .sequence(sequence(date.sequence))
        .starts(date.starts_at)
        .ends(date.ends_at)
        .status(if cancel_reason.is_some() {
            EventStatus::Cancelled
        } else {
            EventStatus::Confirmed
        });
    if titles == Titles::Neutral {
        return event.summary(t.neutral_event_title).done();
    }
    let title = if titles == Titles::Participants && !date.member_title.is_empty() {
        &date.member_title
    } else {
        &date.title
    };
    let link = format!("{}/activiteiten/{}", state.site.public_url, date.activity_id);
    let mut description = String::new();
    if let Some(reason) = &cancel_reason {
        description.push_str(&if reason.is_empty() {
            t.cancelled_label.to_owned()
        } else {
            fill(t.cancelled_because, &[("reason", reason)])
        });
        description.push_str("\n\n");
    }
    description.push_str(&date.description);
    description.push_str("\n\n");
    description.push_str(&link);
    let summary = match cancel_reason {
        Some(_) => format!("{}: {title}", t.cancelled_label),
        None => title.clone(),
    };
    event
        .summary(&summary)
        .description(description.trim_start())
        .location(&date.location)
        .url(&link)
        .done()
}
