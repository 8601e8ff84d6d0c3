//! A centre's inloop opening hours and closures, and the "open now" rule built on them.

use crate::domain::time::{local_to_utc, utc_to_local};
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Utc, Weekday};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// One opening period on a weekday, in wall-clock time: "Tuesday 10:00–14:00".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningPeriod {
    pub weekday: Weekday,
    pub opens: NaiveTime,
    pub closes: NaiveTime,
}

/// Days on which the centre is closed (inclusive), or open at other hours, with the reason
/// visitors see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Closure {
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
    pub reason: String,
    /// Other opening hours on those days (on days the centre is normally open); none: closed.
    pub hours: Option<(NaiveTime, NaiveTime)>,
}

impl Closure {
    pub fn covers(&self, day: NaiveDate) -> bool {
        self.first_day <= day && day <= self.last_day
    }

    /// Whether the centre is shut on those days (not open at other hours).
    pub fn closes(&self) -> bool {
        self.hours.is_none()
    }
}

/// The closure that shuts the centre on `day`, if any.
pub fn closed_on(day: NaiveDate, closures: &[Closure]) -> Option<&Closure> {
    closures.iter().find(|c| c.closes() && c.covers(day))
}

/// Days on which most centres are closed and a series does not stop by itself: Christmas, the
/// day after, and New Year's Day.
pub fn often_closed(day: NaiveDate) -> bool {
    use chrono::Datelike;
    matches!((day.month(), day.day()), (12, 25) | (12, 26) | (1, 1))
}

/// The closures of every centre (by centre id): activities at a centre do not take place on days
/// it is closed (online ones do).
#[derive(Debug, Clone, Default)]
pub struct Closures(HashMap<i64, Vec<Closure>>);

impl Closures {
    pub fn new(rows: impl IntoIterator<Item = (i64, Closure)>) -> Closures {
        let mut closures: HashMap<i64, Vec<Closure>> = HashMap::new();
        for (centre, closure) in rows {
            closures.entry(centre).or_default().push(closure);
        }
        Closures(closures)
    }

    pub fn of(&self, centre_id: i64) -> &[Closure] {
        self.0.get(&centre_id).map(Vec::as_slice).unwrap_or_default()
    }

    /// The reason a date at `centre_id` does not take place because the centre is closed.
    pub fn reason(&self, centre_id: i64, online: bool, starts_at: DateTime<Utc>) -> Option<String> {
        if online {
            return None;
        }
        closed_on(crate::domain::time::local_date(starts_at), self.of(centre_id)).map(|closure| closure.reason.clone())
    }
}

/// Whether a centre's inloop is open at a given moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum OpenStatus {
    /// Open now, until this moment.
    OpenUntil(DateTime<Utc>),
    /// Closed now; opens again at this moment.
    OpensAt(DateTime<Utc>),
    /// No opening in the coming weeks.
    Closed,
}

/// How far ahead we look for the next opening.
const LOOK_AHEAD_DAYS: i64 = 28;

/// The opening periods on one date, as instants, skipping closed days.
pub fn periods_on(
    day: NaiveDate,
    hours: &[OpeningPeriod],
    closures: &[Closure],
) -> Vec<(DateTime<Utc>, DateTime<Utc>)> {
    if closed_on(day, closures).is_some() {
        return Vec::new();
    }
    let normally_open = hours.iter().any(|p| p.weekday == day.weekday() && p.opens < p.closes);
    if let Some((opens, closes)) = closures.iter().filter(|c| c.covers(day)).find_map(|c| c.hours) {
        return if normally_open {
            vec![(local_to_utc(day.and_time(opens)), local_to_utc(day.and_time(closes)))]
        } else {
            Vec::new()
        };
    }
    let mut periods: Vec<_> = hours
        .iter()
        .filter(|p| p.weekday == day.weekday() && p.opens < p.closes)
        .map(|p| {
            (
                local_to_utc(day.and_time(p.opens)),
                local_to_utc(day.and_time(p.closes)),
            )
        })
        .collect();
    periods.sort();
    periods
}

/// "Nu open, tot 14:00" or "opent dinsdag 10:00". Periods that touch (10–12, 12–16) count as one.
pub fn open_status(hours: &[OpeningPeriod], closures: &[Closure], now: DateTime<Utc>) -> OpenStatus {
    let today = utc_to_local(now).date();
    let upcoming: Vec<(DateTime<Utc>, DateTime<Utc>)> = (0..=LOOK_AHEAD_DAYS)
        .filter_map(|offset| today.checked_add_signed(Duration::days(offset)))
        .flat_map(|day| periods_on(day, hours, closures))
        .filter(|(_, closes)| *closes > now)
        .collect();
    let Some(&(first_open, first_close)) = upcoming.first() else {
        return OpenStatus::Closed;
    };
    if first_open > now {
        return OpenStatus::OpensAt(first_open);
    }
    let mut until = first_close;
    for &(opens, closes) in &upcoming[1..] {
        if opens > until {
            break;
        }
        until = until.max(closes);
    }
    OpenStatus::OpenUntil(until)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).expect("time")
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    fn at(day: NaiveDate, h: u32, m: u32) -> DateTime<Utc> {
        local_to_utc(day.and_time(t(h, m)))
    }

    fn weekdays_ten_to_two() -> Vec<OpeningPeriod> {
        [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri]
            .into_iter()
            .map(|weekday| OpeningPeriod {
                weekday,
                opens: t(10, 0),
                closes: t(14, 0),
            })
            .collect()
    }

    #[test]
    fn open_during_opening_hours_until_closing_time() {
        let tuesday = d(2026, 11, 24);
        assert_eq!(
            open_status(&weekdays_ten_to_two(), &[], at(tuesday, 11, 30)),
            OpenStatus::OpenUntil(at(tuesday, 14, 0))
        );
    }

    #[test]
    fn opening_time_is_open_and_closing_time_is_closed() {
        let tuesday = d(2026, 11, 24);
        let hours = weekdays_ten_to_two();
        assert_eq!(
            open_status(&hours, &[], at(tuesday, 10, 0)),
            OpenStatus::OpenUntil(at(tuesday, 14, 0))
        );
        assert_eq!(
            open_status(&hours, &[], at(tuesday, 14, 0)),
            OpenStatus::OpensAt(at(d(2026, 11, 25), 10, 0))
        );
    }

    #[test]
    fn on_friday_evening_the_next_opening_is_monday() {
        let hours = weekdays_ten_to_two();
        assert_eq!(
            open_status(&hours, &[], at(d(2026, 11, 27), 18, 0)),
            OpenStatus::OpensAt(at(d(2026, 11, 30), 10, 0))
        );
    }

    #[test]
    fn a_closure_skips_those_days() {
        let hours = weekdays_ten_to_two();
        let closures = [Closure {
            first_day: d(2026, 12, 24),
            last_day: d(2026, 12, 28),
            reason: "Kerst".into(),
            hours: None,
        }];
        assert_eq!(
            open_status(&hours, &closures, at(d(2026, 12, 24), 11, 0)),
            OpenStatus::OpensAt(at(d(2026, 12, 29), 10, 0))
        );
    }

    #[test]
    fn other_hours_replace_the_normal_ones_on_days_the_centre_is_open() {
        let hours = weekdays_ten_to_two();
        let closures = [Closure {
            first_day: d(2026, 12, 21),
            last_day: d(2027, 1, 3),
            reason: "Vakantie".into(),
            hours: Some((t(13, 0), t(16, 0))),
        }];
        let tuesday = d(2026, 12, 22);
        assert_eq!(
            open_status(&hours, &closures, at(tuesday, 11, 0)),
            OpenStatus::OpensAt(at(tuesday, 13, 0))
        );
        assert_eq!(
            open_status(&hours, &closures, at(tuesday, 15, 0)),
            OpenStatus::OpenUntil(at(tuesday, 16, 0))
        );
        assert!(periods_on(d(2026, 12, 26), &hours, &closures).is_empty());
    }

    #[test]
    fn touching_periods_count_as_one_opening() {
        let hours = [
            OpeningPeriod {
                weekday: Weekday::Wed,
                opens: t(10, 0),
                closes: t(12, 0),
            },
            OpeningPeriod {
                weekday: Weekday::Wed,
                opens: t(12, 0),
                closes: t(16, 0),
            },
        ];
        let wednesday = d(2026, 11, 25);
        assert_eq!(
            open_status(&hours, &[], at(wednesday, 11, 0)),
            OpenStatus::OpenUntil(at(wednesday, 16, 0))
        );
    }

    #[test]
    fn no_hours_means_closed() {
        assert_eq!(open_status(&[], &[], at(d(2026, 11, 24), 11, 0)), OpenStatus::Closed);
    }

    #[test]
    fn opening_hours_follow_the_wall_clock_on_the_day_summer_time_starts() {
        // Sunday 29 March 2026, open 12:00–15:00 local: that is 10:00–13:00 UTC (summer time).
        let hours = [OpeningPeriod {
            weekday: Weekday::Sun,
            opens: t(12, 0),
            closes: t(15, 0),
        }];
        let sunday = d(2026, 3, 29);
        let status = open_status(&hours, &[], at(sunday, 12, 30));
        assert_eq!(status, OpenStatus::OpenUntil(at(sunday, 15, 0)));
        assert_eq!(at(sunday, 15, 0).to_rfc3339(), "2026-03-29T13:00:00+00:00");
    }

    #[test]
    fn opening_hours_follow_the_wall_clock_on_the_day_winter_time_starts() {
        // Sunday 25 October 2026: 12:00 local is 11:00 UTC again.
        let hours = [OpeningPeriod {
            weekday: Weekday::Sun,
            opens: t(12, 0),
            closes: t(15, 0),
        }];
        let saturday = d(2026, 10, 24);
        let status = open_status(&hours, &[], at(saturday, 20, 0));
        assert_eq!(status, OpenStatus::OpensAt(at(d(2026, 10, 25), 12, 0)));
        assert_eq!(at(d(2026, 10, 25), 12, 0).to_rfc3339(), "2026-10-25T11:00:00+00:00");
    }
}
