//! Opening hours by weekday and part of the day, and closures, as typed.

use super::*;
use crate::domain::fields::Fields;
use crate::domain::form::{FieldProblem, Problem};
use crate::domain::hours::{Closure, OpeningPeriod};
use chrono::{NaiveDate, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

/// The parts of the day a centre's opening hours are entered by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Dagdeel {
    Ochtend,
    Middag,
    Avond,
}

impl Dagdeel {
    pub const ALL: [Dagdeel; 3] = [Dagdeel::Ochtend, Dagdeel::Middag, Dagdeel::Avond];

    pub fn number(self) -> usize {
        match self {
            Dagdeel::Ochtend => 1,
            Dagdeel::Middag => 2,
            Dagdeel::Avond => 3,
        }
    }

    /// The dagdeel of a number as forms and the database use it (1 ochtend, 2 middag, 3 avond).
    pub fn from_number(number: i64) -> Option<Dagdeel> {
        Dagdeel::ALL.into_iter().find(|d| d.number() as i64 == number)
    }

    /// The part of the day a period starting at `time` is shown in.
    pub fn of(time: NaiveTime) -> Dagdeel {
        match time.format("%H").to_string().parse::<u32>().unwrap_or(0) {
            0..=11 => Dagdeel::Ochtend,
            12..=16 => Dagdeel::Middag,
            _ => Dagdeel::Avond,
        }
    }
}

/// The name of the opening-hours fields of one weekday and part of the day: `d1-2` is Monday
/// afternoon; the form sends `van[d1-2]` and `tot[d1-2]`.
pub fn hours_key(weekday: Weekday, dagdeel: Dagdeel) -> String {
    format!("d{}-{}", weekday.number_from_monday(), dagdeel.number())
}

pub const WEEK: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// The hours form as typed: `from` and `until` by [`hours_key`]; a part of the day with both
/// empty is closed.
pub fn parse_opening_hours(
    from: &std::collections::HashMap<String, String>,
    until: &std::collections::HashMap<String, String>,
) -> Result<Vec<OpeningPeriod>, Vec<FieldProblem>> {
    let mut check = Fields::new();
    let mut periods = Vec::new();
    for weekday in WEEK {
        let mut day: Vec<(OpeningPeriod, String)> = Vec::new();
        for dagdeel in Dagdeel::ALL {
            let key = hours_key(weekday, dagdeel);
            let opens = from.get(&key).map(|v| v.trim()).unwrap_or_default();
            let closes = until.get(&key).map(|v| v.trim()).unwrap_or_default();
            if opens.is_empty() && closes.is_empty() {
                continue;
            }
            let from_field = format!("van[{key}]");
            let until_field = format!("tot[{key}]");
            let opens = check.time(&from_field, opens);
            let closes = if closes == "24:00" {
                NaiveTime::from_hms_opt(23, 59, 59)
            } else {
                check.time(&until_field, closes)
            };
            if let (Some(opens), Some(closes)) = (opens, closes) {
                if closes <= opens {
                    check.add(&until_field, Problem::EndBeforeStart);
                } else {
                    day.push((OpeningPeriod { weekday, opens, closes }, from_field));
                }
            }
        }
        for pair in day.windows(2) {
            if pair[1].0.opens < pair[0].0.closes {
                check.add(&pair[1].1, Problem::PeriodsOverlap);
            }
        }
        periods.extend(day.into_iter().map(|(period, _)| period));
    }
    check.finish(periods)
}

/// A closure as typed: closed, or other hours, on one day or a range of days.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ClosureForm {
    pub centrum: String,
    pub eerste_dag: String,
    pub laatste_dag: String,
    pub reden: String,
    /// "dicht" or "andere_tijden".
    pub soort: String,
    pub open_van: String,
    pub open_tot: String,
}

pub const CLOSURE_DAYS_MAX: i64 = 366;

impl ClosureForm {
    pub fn parse(&self, today: NaiveDate) -> Result<Closure, Vec<FieldProblem>> {
        let mut check = Fields::new();
        let first = check.date("eerste_dag", &self.eerste_dag);
        let last = if self.laatste_dag.trim().is_empty() {
            first
        } else {
            check.date("laatste_dag", &self.laatste_dag)
        };
        if let Some(first) = first {
            if first < today {
                check.add("eerste_dag", Problem::DateInPast);
            } else if (first - today).num_days() > FUTURE_DAYS_MAX {
                check.add("eerste_dag", Problem::DateTooFar);
            }
        }
        if let (Some(first), Some(last)) = (first, last) {
            if last < first {
                check.add("laatste_dag", Problem::UntilBeforeStart);
            } else if (last - first).num_days() >= CLOSURE_DAYS_MAX {
                check.add("laatste_dag", Problem::DateTooFar);
            }
        }
        let reason = check.required_line("reden", &self.reden, SHORT_MAX);
        let hours = match self.soort.as_str() {
            "dicht" | "" => None,
            "andere_tijden" => {
                let opens = check.time("open_van", &self.open_van);
                let closes = check.time("open_tot", &self.open_tot);
                match (opens, closes) {
                    (Some(opens), Some(closes)) if closes > opens => Some((opens, closes)),
                    (Some(_), Some(_)) => {
                        check.add("open_tot", Problem::EndBeforeStart);
                        None
                    }
                    _ => None,
                }
            }
            _ => {
                check.add("soort", Problem::UnknownChoice);
                None
            }
        };
        match (first, last) {
            (Some(first_day), Some(last_day)) => check.finish(Closure {
                first_day,
                last_day,
                reason,
                hours,
            }),
            _ => Err(check.into_problems()),
        }
    }
}
