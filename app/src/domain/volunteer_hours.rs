//! Volunteer hours: what volunteers gave. Two kinds: the dates a volunteer facilitated (their
//! length, recorded once a date is over) and hours written down with "Ik heb geholpen" (a day,
//! how long, and what: one of the centre's volunteer tasks or their own words). Volunteers see
//! and correct their own; the centre's coordinators see them per volunteer and in total.

use crate::domain::fields::Fields;
use crate::domain::form::{FieldProblem, Problem};
use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};

/// Hours can be written down up to a year back.
pub const DAYS_BACK: i64 = 366;
/// At most 24 hours on one line.
pub const MAX_MINUTES: i64 = 24 * 60;
/// "In your own words": at most this many characters.
pub const WHAT_MAX: usize = 80;

/// How long, as typed: "2", "1,5", "1.5", "1:30" or "0:45" (hours, or hours and minutes); a
/// quarter of an hour at least, 24 hours at most. Returns minutes.
pub fn parse_duration(value: &str) -> Result<i64, Problem> {
    let value = value.trim().to_lowercase();
    let value = value
        .trim_end_matches("uur")
        .trim_end_matches("hours")
        .trim_end_matches("hour")
        .trim_end_matches('u')
        .trim();
    if value.is_empty() {
        return Err(Problem::Required);
    }
    let minutes = if let Some((hours, minutes)) = value.split_once(':') {
        let hours: i64 = hours.trim().parse().map_err(|_| Problem::HoursInvalid)?;
        let minutes: i64 = minutes.trim().parse().map_err(|_| Problem::HoursInvalid)?;
        if !(0..60).contains(&minutes) || !(0..=24).contains(&hours) {
            return Err(Problem::HoursInvalid);
        }
        hours * 60 + minutes
    } else {
        let hours: f64 = value.replace(',', ".").parse().map_err(|_| Problem::HoursInvalid)?;
        if !hours.is_finite() || !(0.0..=24.0).contains(&hours) {
            return Err(Problem::HoursRange);
        }
        // Whole minutes (0,1 uur = 6 minuten).
        (hours * 60.0).round() as i64
    };
    if (15..=MAX_MINUTES).contains(&minutes) {
        Ok(minutes)
    } else {
        Err(Problem::HoursRange)
    }
}

/// Minutes as one would type them again: "2", "1:30".
pub fn as_typed(minutes: i64) -> String {
    match minutes % 60 {
        0 => (minutes / 60).to_string(),
        rest => format!("{}:{rest:02}", minutes / 60),
    }
}

/// A line of "Ik heb geholpen", checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewHours {
    pub centre_id: i64,
    pub day: NaiveDate,
    pub minutes: i64,
    /// One of the centre's volunteer tasks, when chosen.
    pub task_id: Option<i64>,
    /// What they did: their own words, or the chosen task's title.
    pub what: String,
}

/// The form as posted: `centrum` (one of the centres I volunteer at), `dag`, `uren`, `taak` (a
/// task of that centre, or empty) and `wat` (own words; they win over the task when both are
/// given). `places` are my centres with their tasks.
pub fn parse_new(
    centrum: &str,
    dag: &str,
    uren: &str,
    taak: &str,
    wat: &str,
    today: NaiveDate,
    places: &[HoursPlace],
) -> Result<NewHours, Vec<FieldProblem>> {
    let mut fields = Fields::refusing_markup();
    let place = match places {
        [only] if centrum.trim().is_empty() => Some(only),
        _ => centrum
            .trim()
            .parse::<i64>()
            .ok()
            .and_then(|id| places.iter().find(|p| p.centre_id == id)),
    };
    if place.is_none() {
        fields.add("centrum", Problem::UnknownChoice);
    }
    let day = fields.date("dag", dag);
    if let Some(day) = day {
        if day > today {
            fields.add("dag", Problem::HoursInFuture);
        } else if day < today - Duration::days(DAYS_BACK) {
            fields.add("dag", Problem::HoursTooLongAgo);
        }
    }
    let minutes = parse_duration(uren).map_err(|p| fields.add("uren", p)).ok();
    let words = fields.line("wat", wat, WHAT_MAX);
    let task = match (taak.trim(), place) {
        ("", _) => None,
        (id, Some(place)) => {
            let task = id
                .parse::<i64>()
                .ok()
                .and_then(|id| place.tasks.iter().find(|(task, _)| *task == id));
            if task.is_none() {
                fields.add("taak", Problem::UnknownChoice);
            }
            task
        }
        (_, None) => None,
    };
    if words.is_empty() && task.is_none() && !fields.has("taak") {
        fields.add("wat", Problem::HoursWhatMissing);
    }
    match (place, day, minutes) {
        (Some(place), Some(day), Some(minutes)) if fields.is_ok() => Ok(NewHours {
            centre_id: place.centre_id,
            day,
            minutes,
            task_id: task.map(|(id, _)| *id),
            what: if words.is_empty() {
                task.map(|(_, title)| title.clone()).unwrap_or_default()
            } else {
                words
            },
        }),
        _ => Err(fields.into_problems()),
    }
}

/// A centre I volunteer at, with its volunteer tasks (id, title) to choose from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HoursPlace {
    pub centre_id: i64,
    pub name: String,
    pub tasks: Vec<(i64, String)>,
}

/// One line of my hours.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HoursLine {
    pub id: i64,
    pub day: NaiveDate,
    pub centre_name: String,
    pub minutes: i64,
    /// The task, my own words, or the title of the date I facilitated.
    pub what: String,
    /// A date I facilitated (recorded by Kring), not written down by me.
    pub facilitated: bool,
}

/// "Mijn uren": what I can write down for, and what I gave.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyHoursPage {
    pub today: NaiveDate,
    pub places: Vec<HoursPlace>,
    /// Newest first: this month and last month (older ones are in the months and the download).
    pub lines: Vec<HoursLine>,
    /// Minutes per month, newest first, as (first day of the month, minutes): this year and last.
    pub months: Vec<(NaiveDate, i64)>,
}

/// Minutes per month of `lines`, newest first, as (first day of the month, minutes).
pub fn per_month(lines: &[HoursLine]) -> Vec<(NaiveDate, i64)> {
    let mut months: Vec<(NaiveDate, i64)> = Vec::new();
    for line in lines {
        let key = line.day.with_day(1).unwrap_or(line.day);
        match months.iter_mut().find(|(month, _)| *month == key) {
            Some((_, minutes)) => *minutes += line.minutes,
            None => months.push((key, line.minutes)),
        }
    }
    months.sort_by_key(|(month, _)| std::cmp::Reverse(*month));
    months
}

/// A volunteer's hours in a period at one centre.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VolunteerTotal {
    /// The name others see; empty for hours of deleted accounts.
    pub name: String,
    pub facilitated: i64,
    pub written: i64,
}

impl VolunteerTotal {
    pub fn minutes(&self) -> i64 {
        self.facilitated + self.written
    }
}

/// The hours of a centre's volunteers, for its coordinators: one month per volunteer, and the
/// year so far.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CentreHoursPage {
    pub slug: String,
    pub centre_name: String,
    /// The first day of the month shown.
    pub month: NaiveDate,
    /// `month` is the current month (there is no next one to see).
    pub current: bool,
    /// Per volunteer (and one line for deleted accounts), most hours first.
    pub volunteers: Vec<VolunteerTotal>,
    /// The year of `month` up to its end: minutes and how many volunteers (accounts) gave them.
    pub year_minutes: i64,
    pub year_volunteers: i64,
}

impl CentreHoursPage {
    pub fn month_minutes(&self) -> i64 {
        self.volunteers.iter().map(VolunteerTotal::minutes).sum()
    }
}

/// `maand=2026-09` as the first day of that month; the current month when empty or wrong.
pub fn month_of(value: &str, today: NaiveDate) -> NaiveDate {
    NaiveDate::parse_from_str(&format!("{}-01", value.trim()), "%Y-%m-%d")
        .ok()
        .filter(|month| month.year() >= 2000 && *month <= today)
        .unwrap_or_else(|| today.with_day(1).unwrap_or(today))
}

/// The first day of the month after `month`'s.
pub fn next_month(month: NaiveDate) -> NaiveDate {
    month.checked_add_months(chrono::Months::new(1)).unwrap_or(month)
}

/// The first day of the month before `month`'s.
pub fn previous_month(month: NaiveDate) -> NaiveDate {
    month.checked_sub_months(chrono::Months::new(1)).unwrap_or(month)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        crate::domain::time::parse_date(s).expect("day")
    }

    fn places() -> Vec<HoursPlace> {
        vec![HoursPlace {
            centre_id: 7,
            name: "De Haven".into(),
            tasks: vec![(3, "Bardienst".into())],
        }]
    }

    #[test]
    fn durations_read_as_people_write_them() {
        assert_eq!(parse_duration("2"), Ok(120));
        assert_eq!(parse_duration("1,5"), Ok(90));
        assert_eq!(parse_duration("1.5 uur"), Ok(90));
        assert_eq!(parse_duration("1:30"), Ok(90));
        assert_eq!(parse_duration("0:45"), Ok(45));
        assert_eq!(parse_duration("3u"), Ok(180));
        assert_eq!(parse_duration(""), Err(Problem::Required));
        assert_eq!(parse_duration("veel"), Err(Problem::HoursInvalid));
        assert_eq!(parse_duration("1:75"), Err(Problem::HoursInvalid));
        assert_eq!(parse_duration("0,1"), Err(Problem::HoursRange));
        assert_eq!(parse_duration("25"), Err(Problem::HoursRange));
        assert_eq!(parse_duration("-2"), Err(Problem::HoursRange));
        assert_eq!(parse_duration("NaN"), Err(Problem::HoursRange));
        for minutes in [15, 90, 120, 125, 1440] {
            assert_eq!(parse_duration(&as_typed(minutes)), Ok(minutes), "{minutes}");
        }
    }

    #[test]
    fn a_line_needs_a_centre_a_day_not_ahead_a_duration_and_what() {
        let today = day("2026-09-16");
        let ok = parse_new("", "2026-09-15", "2", "3", "", today, &places()).expect("ok");
        assert_eq!(ok.what, "Bardienst");
        assert_eq!(ok.task_id, Some(3));
        let own = parse_new("7", "2026-09-15", "1,5", "3", "Koken voor 20", today, &places()).expect("ok");
        assert_eq!((own.what.as_str(), own.minutes), ("Koken voor 20", 90));
        let fields = |r: Result<NewHours, Vec<FieldProblem>>| -> Vec<(String, Problem)> {
            r.expect_err("refused")
                .into_iter()
                .map(|p| (p.field, p.problem))
                .collect()
        };
        assert_eq!(
            fields(parse_new("7", "2026-09-17", "2", "", "", today, &places())),
            vec![
                ("dag".into(), Problem::HoursInFuture),
                ("wat".into(), Problem::HoursWhatMissing)
            ]
        );
        assert_eq!(
            fields(parse_new("8", "2025-09-01", "2", "9", "x", today, &places())),
            vec![
                ("centrum".into(), Problem::UnknownChoice),
                ("dag".into(), Problem::HoursTooLongAgo)
            ]
        );
        assert_eq!(
            fields(parse_new("7", "2026-09-15", "2", "9", "<b>", today, &places())),
            vec![
                ("wat".into(), Problem::NoMarkup),
                ("taak".into(), Problem::UnknownChoice)
            ]
        );
    }

    #[test]
    fn hours_add_up_per_month_newest_first() {
        let line = |d: &str, minutes| HoursLine {
            id: 1,
            day: day(d),
            centre_name: String::new(),
            minutes,
            what: String::new(),
            facilitated: false,
        };
        let lines = [
            line("2026-08-30", 60),
            line("2026-09-02", 90),
            line("2026-08-01", 30),
            line("2025-12-31", 15),
        ];
        assert_eq!(
            per_month(&lines),
            vec![
                (day("2026-09-01"), 90),
                (day("2026-08-01"), 90),
                (day("2025-12-01"), 15)
            ]
        );
    }

    #[test]
    fn months_go_back_and_forth_and_never_past_today() {
        let today = day("2026-09-16");
        assert_eq!(month_of("2026-03", today), day("2026-03-01"));
        assert_eq!(month_of("2026-12", today), day("2026-09-01"));
        assert_eq!(month_of("nonsense", today), day("2026-09-01"));
        assert_eq!(next_month(day("2026-12-01")), day("2027-01-01"));
        assert_eq!(previous_month(day("2026-01-01")), day("2025-12-01"));
    }
}
