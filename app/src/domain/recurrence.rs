//! When an activity happens: one date, or a series ("every 2 weeks on Tuesday and Thursday,
//! 8 times"). A series is expanded into concrete occurrences for a rolling window, so that each
//! date can be cancelled or changed on its own.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc, Weekday};
use serde::{Deserialize, Serialize};

/// The longest a single occurrence may last.
pub const MAX_DURATION_MINUTES: u32 = 24 * 60;
/// How far ahead series are expanded into occurrences.
pub const WINDOW_WEEKS: i64 = 12;

/// How a series ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RecurrenceEnd {
    /// Runs until it is paused or ended.
    Never,
    /// The last date on which it may happen (inclusive).
    Until(NaiveDate),
    /// Happens this many times in all.
    Count(u32),
}

/// "Every `every_weeks` weeks on `weekdays`".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recurrence {
    pub every_weeks: u32,
    pub weekdays: Vec<Weekday>,
    pub end: RecurrenceEnd,
}

/// When an activity happens, in Amsterdam wall-clock time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schedule {
    /// The start of the first occurrence.
    pub first_start: NaiveDateTime,
    pub duration_minutes: u32,
    pub repeat: Option<Recurrence>,
}

/// One concrete date of an activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

/// Why a schedule cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ScheduleError {
    #[error("the duration must be between 1 minute and 24 hours")]
    Duration,
    #[error("a series repeats every 1 to 52 weeks")]
    Interval,
    #[error("a series needs at least one weekday")]
    NoWeekdays,
    #[error("a series happens 1 to 520 times")]
    Count,
    #[error("a series cannot end before it starts")]
    UntilBeforeStart,
}

impl Schedule {
    pub fn validate(&self) -> Result<(), ScheduleError> {
        if self.duration_minutes == 0 || self.duration_minutes > MAX_DURATION_MINUTES {
            return Err(ScheduleError::Duration);
        }
        if let Some(repeat) = &self.repeat {
            if !(1..=52).contains(&repeat.every_weeks) {
                return Err(ScheduleError::Interval);
            }
            if repeat.weekdays.is_empty() {
                return Err(ScheduleError::NoWeekdays);
            }
            match repeat.end {
                RecurrenceEnd::Count(n) if !(1..=520).contains(&n) => return Err(ScheduleError::Count),
                RecurrenceEnd::Until(day) if day < self.first_start.date() => {
                    return Err(ScheduleError::UntilBeforeStart)
                }
                _ => {}
            }
        }
        Ok(())
    }
}

/// Weekdays as stored: ISO numbers, Monday = 1, joined by commas ("2,4").
pub fn weekdays_to_string(days: &[Weekday]) -> String {
    let mut numbers: Vec<u32> = days.iter().map(|d| d.number_from_monday()).collect();
    numbers.sort_unstable();
    numbers.dedup();
    numbers.iter().map(u32::to_string).collect::<Vec<_>>().join(",")
}

pub fn weekdays_from_string(text: &str) -> Option<Vec<Weekday>> {
    text.split(',')
        .filter(|part| !part.trim().is_empty())
        .map(|part| match part.trim().parse::<u8>().ok()? {
            n @ 1..=7 => Weekday::try_from(n - 1).ok(),
            _ => None,
        })
        .collect()
}

#[cfg(feature = "ssr")]
mod expand {
    use super::*;
    use crate::domain::time::{local_to_utc, ZONE};
    use chrono::{Duration, TimeZone};
    use rrule::{Frequency, NWeekday, RRule};

    impl Schedule {
        /// The occurrences that start in `[from, to)`. Wall-clock times stay the same across the
        /// daylight-saving changes: "Tuesday 10:00" is 10:00 in winter and in summer.
        pub fn slots_between(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<Slot> {
            let duration = Duration::minutes(i64::from(self.duration_minutes));
            let starts: Vec<DateTime<Utc>> = match &self.repeat {
                None => vec![local_to_utc(self.first_start)],
                Some(repeat) => series_starts(self.first_start, repeat, to),
            };
            starts
                .into_iter()
                .filter(|start| *start >= from && *start < to)
                .map(|starts_at| Slot {
                    starts_at,
                    ends_at: starts_at + duration,
                })
                .collect()
        }
    }

    fn series_starts(first: NaiveDateTime, repeat: &Recurrence, to: DateTime<Utc>) -> Vec<DateTime<Utc>> {
        let zone = rrule::Tz::Tz(ZONE);
        let Some(dt_start) = ZONE
            .from_local_datetime(&first)
            .earliest()
            .or_else(|| Some(local_to_utc(first).with_timezone(&ZONE)))
            .map(|t| t.with_timezone(&zone))
        else {
            return Vec::new();
        };
        let mut rule = RRule::new(Frequency::Weekly)
            .interval(u16::try_from(repeat.every_weeks).unwrap_or(1))
            .by_weekday(repeat.weekdays.iter().map(|d| NWeekday::Every(*d)).collect());
        match repeat.end {
            RecurrenceEnd::Never => {}
            RecurrenceEnd::Count(n) => rule = rule.count(n),
            RecurrenceEnd::Until(day) => {
                let end_of_day = day.and_hms_opt(23, 59, 59).unwrap_or(first);
                rule = rule.until(local_to_utc(end_of_day).with_timezone(&rrule::Tz::UTC));
            }
        }
        let set = match rule.build(dt_start) {
            Ok(set) => set,
            Err(error) => {
                // Schedules are validated before they are stored, so this is a bug: say so loudly.
                tracing::error!(%error, "a stored series cannot be expanded");
                return Vec::new();
            }
        };
        // Enough for a daily series over the window; `before` stops the walk at the window's end.
        set.before(to.with_timezone(&zone))
            .all(u16::MAX)
            .dates
            .into_iter()
            .map(|t| t.with_timezone(&Utc))
            .collect()
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::domain::time::utc_to_local;
    use chrono::{Duration, NaiveTime};
    use proptest::prelude::*;

    fn local(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|day| day.and_hms_opt(h, min, 0))
            .expect("valid date")
    }

    fn weekly(first: NaiveDateTime, every: u32, days: &[Weekday], end: RecurrenceEnd) -> Schedule {
        Schedule {
            first_start: first,
            duration_minutes: 90,
            repeat: Some(Recurrence {
                every_weeks: every,
                weekdays: days.to_vec(),
                end,
            }),
        }
    }

    fn year_2026() -> (DateTime<Utc>, DateTime<Utc>) {
        (
            crate::domain::time::local_to_utc(local(2026, 1, 1, 0, 0)),
            crate::domain::time::local_to_utc(local(2027, 1, 1, 0, 0)),
        )
    }

    #[test]
    fn a_single_date_gives_one_slot_with_its_duration() {
        let schedule = Schedule {
            first_start: local(2026, 5, 4, 14, 0),
            duration_minutes: 90,
            repeat: None,
        };
        let (from, to) = year_2026();
        let slots = schedule.slots_between(from, to);
        assert_eq!(slots.len(), 1);
        assert_eq!(slots[0].ends_at - slots[0].starts_at, Duration::minutes(90));
        assert_eq!(utc_to_local(slots[0].starts_at), local(2026, 5, 4, 14, 0));
    }

    #[test]
    fn a_weekly_series_keeps_its_wall_clock_time_across_both_dst_changes() {
        // Tuesdays 10:00 from early March to early November 2026: DST starts 29 March, ends 25 October.
        let schedule = weekly(
            local(2026, 3, 3, 10, 0),
            1,
            &[Weekday::Tue],
            RecurrenceEnd::Until(NaiveDate::from_ymd_opt(2026, 11, 3).expect("date")),
        );
        let (from, to) = year_2026();
        let slots = schedule.slots_between(from, to);
        assert_eq!(slots.len(), 36);
        for slot in &slots {
            assert_eq!(
                utc_to_local(slot.starts_at).time(),
                NaiveTime::from_hms_opt(10, 0, 0).expect("time")
            );
        }
        // Winter: 09:00 UTC; summer: 08:00 UTC.
        assert_eq!(slots[0].starts_at.to_rfc3339(), "2026-03-03T09:00:00+00:00");
        assert_eq!(slots[4].starts_at.to_rfc3339(), "2026-03-31T08:00:00+00:00");
        assert_eq!(
            slots.last().expect("slot").starts_at.to_rfc3339(),
            "2026-11-03T09:00:00+00:00"
        );
    }

    #[test]
    fn a_series_on_the_night_of_the_clock_change_still_happens() {
        // Sundays 02:30 falls in the spring gap on 29 March 2026.
        let schedule = weekly(local(2026, 3, 22, 2, 30), 1, &[Weekday::Sun], RecurrenceEnd::Count(3));
        let (from, to) = year_2026();
        let slots = schedule.slots_between(from, to);
        let days: Vec<NaiveDate> = slots.iter().map(|s| utc_to_local(s.starts_at).date()).collect();
        assert!(days.contains(&NaiveDate::from_ymd_opt(2026, 3, 22).expect("date")));
        assert!(days.contains(&NaiveDate::from_ymd_opt(2026, 4, 5).expect("date")));
    }

    #[test]
    fn every_two_weeks_on_two_days_with_a_count() {
        let schedule = weekly(
            local(2026, 11, 3, 19, 0),
            2,
            &[Weekday::Tue, Weekday::Thu],
            RecurrenceEnd::Count(5),
        );
        let (from, to) = year_2026();
        let days: Vec<String> = schedule
            .slots_between(from, to)
            .iter()
            .map(|s| utc_to_local(s.starts_at).date().to_string())
            .collect();
        assert_eq!(
            days,
            ["2026-11-03", "2026-11-05", "2026-11-17", "2026-11-19", "2026-12-01"]
        );
    }

    #[test]
    fn an_until_date_is_inclusive() {
        let schedule = weekly(
            local(2026, 6, 1, 10, 0),
            1,
            &[Weekday::Mon],
            RecurrenceEnd::Until(NaiveDate::from_ymd_opt(2026, 6, 15).expect("date")),
        );
        let (from, to) = year_2026();
        assert_eq!(schedule.slots_between(from, to).len(), 3);
    }

    #[test]
    fn the_window_cuts_an_endless_series() {
        let schedule = weekly(local(2026, 1, 5, 10, 0), 1, &[Weekday::Mon], RecurrenceEnd::Never);
        let from = crate::domain::time::local_to_utc(local(2026, 2, 1, 0, 0));
        let to = from + Duration::weeks(WINDOW_WEEKS);
        let slots = schedule.slots_between(from, to);
        assert_eq!(slots.len(), 12);
        assert!(slots.iter().all(|s| s.starts_at >= from && s.starts_at < to));
    }

    #[test]
    fn a_series_counts_from_its_first_date_not_from_the_window() {
        let schedule = weekly(local(2026, 1, 5, 10, 0), 1, &[Weekday::Mon], RecurrenceEnd::Count(8));
        let from = crate::domain::time::local_to_utc(local(2026, 2, 1, 0, 0));
        let to = from + Duration::weeks(WINDOW_WEEKS);
        // 5, 12, 19, 26 January are before the window; 2, 9, 16, 23 February remain.
        assert_eq!(schedule.slots_between(from, to).len(), 4);
    }

    #[test]
    fn invalid_schedules_are_refused() {
        let mut schedule = weekly(local(2026, 1, 5, 10, 0), 1, &[Weekday::Mon], RecurrenceEnd::Never);
        assert_eq!(schedule.validate(), Ok(()));
        schedule.duration_minutes = 0;
        assert_eq!(schedule.validate(), Err(ScheduleError::Duration));
        schedule.duration_minutes = 60;
        schedule.repeat = Some(Recurrence {
            every_weeks: 0,
            weekdays: vec![Weekday::Mon],
            end: RecurrenceEnd::Never,
        });
        assert_eq!(schedule.validate(), Err(ScheduleError::Interval));
        schedule.repeat = Some(Recurrence {
            every_weeks: 1,
            weekdays: vec![],
            end: RecurrenceEnd::Never,
        });
        assert_eq!(schedule.validate(), Err(ScheduleError::NoWeekdays));
        schedule.repeat = Some(Recurrence {
            every_weeks: 1,
            weekdays: vec![Weekday::Mon],
            end: RecurrenceEnd::Until(NaiveDate::from_ymd_opt(2025, 1, 1).expect("date")),
        });
        assert_eq!(schedule.validate(), Err(ScheduleError::UntilBeforeStart));
    }

    #[test]
    fn weekdays_are_stored_as_sorted_iso_numbers() {
        assert_eq!(weekdays_to_string(&[Weekday::Thu, Weekday::Tue, Weekday::Thu]), "2,4");
        assert_eq!(weekdays_from_string("2,4"), Some(vec![Weekday::Tue, Weekday::Thu]));
        assert_eq!(weekdays_from_string("0"), None);
        assert_eq!(weekdays_from_string("8"), None);
    }

    proptest! {
        #[test]
        fn every_slot_falls_on_a_chosen_weekday_at_the_chosen_time(
            day_offset in 0i64..700,
            hour in 7u32..22,
            every in 1u32..5,
            mask in 1u8..128,
        ) {
            let first_day = NaiveDate::from_ymd_opt(2025, 1, 1).expect("date") + Duration::days(day_offset);
            let days: Vec<Weekday> = (0..7u8).filter(|i| mask & (1 << i) != 0).filter_map(|i| Weekday::try_from(i).ok()).collect();
            let schedule = weekly(first_day.and_hms_opt(hour, 0, 0).expect("time"), every, &days, RecurrenceEnd::Never);
            let from = crate::domain::time::local_to_utc(first_day.and_hms_opt(0, 0, 0).expect("time"));
            let to = from + Duration::weeks(WINDOW_WEEKS);
            let slots = schedule.slots_between(from, to);
            prop_assert!(!slots.is_empty());
            for slot in slots {
                let local = utc_to_local(slot.starts_at);
                prop_assert!(days.contains(&chrono::Datelike::weekday(&local.date())));
                prop_assert_eq!(chrono::Timelike::hour(&local.time()), hour);
                prop_assert!(local.date() >= first_day);
            }
        }
    }
}
