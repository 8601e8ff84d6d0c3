//! Time zone rules. Instants are stored in UTC; people live in Europe/Amsterdam, so wall-clock
//! times (opening hours, "every Tuesday at 10:00") are turned into instants here.

use chrono::{DateTime, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

/// The time zone of every centre Kring serves.
pub const ZONE: Tz = chrono_tz::Europe::Amsterdam;

/// The instant of a wall-clock time in Amsterdam.
///
/// In the autumn hour that happens twice the earlier one is meant; a time that does not exist
/// (the spring gap, 02:00–03:00) moves forward by the length of the gap, as a wall clock would.
pub fn local_to_utc(local: NaiveDateTime) -> DateTime<Utc> {
    match ZONE.from_local_datetime(&local) {
        LocalResult::Single(t) => t.with_timezone(&Utc),
        LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
        LocalResult::None => {
            let later = local + chrono::Duration::hours(1);
            match ZONE.from_local_datetime(&later) {
                LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => t.with_timezone(&Utc),
                // No zone has two gaps in a row; fall back to reading the time as UTC.
                LocalResult::None => Utc.from_utc_datetime(&local),
            }
        }
    }
}

/// The wall-clock time in Amsterdam of an instant.
pub fn utc_to_local(instant: DateTime<Utc>) -> NaiveDateTime {
    instant.with_timezone(&ZONE).naive_local()
}

/// Today's date in Amsterdam.
pub fn local_date(instant: DateTime<Utc>) -> NaiveDate {
    utc_to_local(instant).date()
}

/// The instant a local day starts (midnight in Amsterdam).
pub fn start_of_day(day: NaiveDate) -> DateTime<Utc> {
    local_to_utc(day.and_time(NaiveTime::MIN))
}

/// "2026-11-24" (what a date field sends) or "24-11-2026" (typed by hand).
pub fn parse_date(value: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(value, "%d-%m-%Y"))
        .ok()
}

/// "09:30" or "9.30".
pub fn parse_time(value: &str) -> Option<NaiveTime> {
    let value = value.replace('.', ":");
    NaiveTime::parse_from_str(&value, "%H:%M").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|day| day.and_hms_opt(h, min, 0))
            .expect("valid date")
    }

    #[test]
    fn winter_time_is_one_hour_ahead_of_utc() {
        assert_eq!(
            local_to_utc(at(2026, 1, 6, 10, 0)).to_rfc3339(),
            "2026-01-06T09:00:00+00:00"
        );
    }

    #[test]
    fn summer_time_is_two_hours_ahead_of_utc() {
        assert_eq!(
            local_to_utc(at(2026, 7, 7, 10, 0)).to_rfc3339(),
            "2026-07-07T08:00:00+00:00"
        );
    }

    #[test]
    fn a_time_in_the_spring_gap_moves_forward() {
        // 29 March 2026: clocks jump from 02:00 to 03:00.
        assert_eq!(
            local_to_utc(at(2026, 3, 29, 2, 30)).to_rfc3339(),
            "2026-03-29T01:30:00+00:00"
        );
    }

    #[test]
    fn the_repeated_autumn_hour_means_the_first_one() {
        // 25 October 2026: clocks go back from 03:00 to 02:00.
        assert_eq!(
            local_to_utc(at(2026, 10, 25, 2, 30)).to_rfc3339(),
            "2026-10-25T00:30:00+00:00"
        );
    }

    #[test]
    fn round_trip_keeps_the_wall_clock() {
        let local = at(2026, 11, 24, 13, 45);
        assert_eq!(utc_to_local(local_to_utc(local)), local);
    }
}
