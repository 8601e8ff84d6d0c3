//! Turven: counting walk-in visitors at the door, per day and dagdeel, without names. A tap adds
//! one visitor (or one first-time visitor, who is a visitor too) or takes one back ("Vergissing");
//! a coordinator can correct a past dagdeel afterwards.

use crate::domain::form::{FieldProblem, Problem};
use crate::domain::programme::Dagdeel;
use chrono::{Duration, NaiveDate, NaiveTime, Timelike};
use serde::{Deserialize, Serialize};

/// How many days back a tap may still count: a tablet that was offline over a long weekend sends
/// its taps when it is back.
pub const TAP_DAYS_BACK: i64 = 7;
/// How many days back a coordinator may correct a count.
pub const CORRECTION_DAYS: i64 = 14;
/// The highest count a correction may set for one dagdeel.
pub const MAX_VISITS: i64 = 1000;

/// What one tap does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TapKind {
    /// "+1 Er komt iemand binnen".
    Visit,
    /// "+1 Voor het eerst hier": a visit and a first visit.
    FirstVisit,
    /// "−1 Vergissing": one visit back.
    Undo,
}

impl TapKind {
    pub const ALL: [TapKind; 3] = [TapKind::Visit, TapKind::FirstVisit, TapKind::Undo];

    pub fn slug(self) -> &'static str {
        match self {
            TapKind::Visit => "binnen",
            TapKind::FirstVisit => "eerste",
            TapKind::Undo => "vergissing",
        }
    }

    pub fn from_slug(slug: &str) -> Option<TapKind> {
        TapKind::ALL.into_iter().find(|kind| kind.slug() == slug)
    }
}

/// The count of one dagdeel.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Count {
    pub visits: i64,
    /// Of the visits, how many came for the first time (never more than `visits`).
    pub first_visits: i64,
}

impl Count {
    /// The count after one tap; the database does the same in one statement.
    pub fn after(self, kind: TapKind) -> Count {
        match kind {
            TapKind::Visit => Count {
                visits: self.visits + 1,
                ..self
            },
            TapKind::FirstVisit => Count {
                visits: self.visits + 1,
                first_visits: self.first_visits + 1,
            },
            TapKind::Undo => {
                let visits = (self.visits - 1).max(0);
                Count {
                    visits,
                    first_visits: self.first_visits.min(visits),
                }
            }
        }
    }
}

/// Where a dagdeel's number (1–3) stands in a day's counts (`[Count; 3]`).
pub fn slot(dagdeel: i64) -> Option<usize> {
    Dagdeel::from_number(dagdeel).map(|d| d.number() - 1)
}

/// The local hours a dagdeel covers, `[from, until)`; the avond runs to midnight.
fn dagdeel_hours(dagdeel: Dagdeel) -> (u32, u32) {
    match dagdeel {
        Dagdeel::Ochtend => (0, 12),
        Dagdeel::Middag => (12, 17),
        Dagdeel::Avond => (17, 24),
    }
}

/// The dagdelen that local opening periods `(opens, closes)` touch, in the order of the day. A
/// period that closes at midnight ends at 23:59:59.
pub fn dagdelen_open(periods: &[(NaiveTime, NaiveTime)]) -> Vec<Dagdeel> {
    let minute = |time: NaiveTime| time.hour() * 60 + time.minute();
    Dagdeel::ALL
        .into_iter()
        .filter(|dagdeel| {
            let (from, until) = dagdeel_hours(*dagdeel);
            periods
                .iter()
                .any(|(opens, closes)| minute(*opens) < until * 60 && minute(*closes) > from * 60 && opens < closes)
        })
        .collect()
}

/// The dagdelen the counting page shows: those the centre is open, those already counted, and the
/// current one, which comes first.
pub fn shown_dagdelen(open: &[Dagdeel], counted: &[Dagdeel], current: Dagdeel) -> Vec<Dagdeel> {
    let mut shown = vec![current];
    shown.extend(
        Dagdeel::ALL
            .into_iter()
            .filter(|d| *d != current && (open.contains(d) || counted.contains(d))),
    );
    shown
}

/// One tap as the server takes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tap {
    pub day: NaiveDate,
    pub dagdeel: Dagdeel,
    pub kind: TapKind,
    /// The id the tablet gave it, so that a tap sent again counts once.
    pub id: Option<String>,
}

/// A tap's id: 8 to 64 letters, digits and dashes (a UUID, or the hex the page makes).
fn tap_id(value: &str) -> Result<Option<String>, ()> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    let fits = (8..=64).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    if fits {
        Ok(Some(value.to_owned()))
    } else {
        Err(())
    }
}

fn day_within(field: &str, value: &str, today: NaiveDate, days_back: i64) -> Result<NaiveDate, FieldProblem> {
    let day = crate::domain::time::parse_date(value).ok_or_else(|| FieldProblem::new(field, Problem::DateInvalid))?;
    if day > today {
        return Err(FieldProblem::new(field, Problem::DateTooFar));
    }
    if day < today - Duration::days(days_back) {
        return Err(FieldProblem::new(field, Problem::TallyTooLongAgo));
    }
    Ok(day)
}

fn dagdeel_field(value: &str) -> Result<Dagdeel, FieldProblem> {
    value
        .trim()
        .parse::<i64>()
        .ok()
        .and_then(Dagdeel::from_number)
        .ok_or_else(|| FieldProblem::new("dagdeel", Problem::UnknownChoice))
}

/// A tap as posted: `dag` (the day the page showed), `dagdeel`, `soort`, and `tik`, its id.
pub fn parse_tap(dag: &str, dagdeel: &str, soort: &str, tik: &str, today: NaiveDate) -> Result<Tap, Vec<FieldProblem>> {
    let mut problems = Vec::new();
    let day = day_within("dag", dag, today, TAP_DAYS_BACK)
        .map_err(|p| problems.push(p))
        .ok();
    let dagdeel = dagdeel_field(dagdeel).map_err(|p| problems.push(p)).ok();
    let kind = TapKind::from_slug(soort.trim());
    if kind.is_none() {
        problems.push(FieldProblem::new("soort", Problem::UnknownChoice));
    }
    let id = tap_id(tik).map_err(|_| problems.push(FieldProblem::new("tik", Problem::UnknownChoice)));
    match (day, dagdeel, kind, id) {
        (Some(day), Some(dagdeel), Some(kind), Ok(id)) if problems.is_empty() => Ok(Tap { day, dagdeel, kind, id }),
        _ => Err(problems),
    }
}

/// A coordinator's correction of one dagdeel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    pub day: NaiveDate,
    pub dagdeel: Dagdeel,
    pub count: Count,
}

fn count_field(field: &str, value: &str) -> Result<i64, FieldProblem> {
    let value = value.trim();
    if value.is_empty() {
        return Err(FieldProblem::new(field, Problem::Required));
    }
    let number: i64 = value
        .parse()
        .map_err(|_| FieldProblem::new(field, Problem::NotANumber))?;
    if !(0..=MAX_VISITS).contains(&number) {
        return Err(FieldProblem::new(field, Problem::VisitsRange));
    }
    Ok(number)
}

/// A correction as typed: `dag` (one of the last 14 days), `dagdeel`, `bezoekers` and `eerste`
/// (first visits, empty is none).
pub fn parse_correction(
    dag: &str,
    dagdeel: &str,
    bezoekers: &str,
    eerste: &str,
    today: NaiveDate,
) -> Result<Correction, Vec<FieldProblem>> {
    let mut problems = Vec::new();
    let day = day_within("dag", dag, today, CORRECTION_DAYS)
        .map_err(|p| problems.push(p))
        .ok();
    let dagdeel = dagdeel_field(dagdeel).map_err(|p| problems.push(p)).ok();
    let visits = count_field("bezoekers", bezoekers).map_err(|p| problems.push(p)).ok();
    let first_visits = if eerste.trim().is_empty() {
        Some(0)
    } else {
        count_field("eerste", eerste).map_err(|p| problems.push(p)).ok()
    };
    if let (Some(visits), Some(first)) = (visits, first_visits) {
        if first > visits {
            problems.push(FieldProblem::new("eerste", Problem::FirstVisitsAboveVisits));
        }
    }
    match (day, dagdeel, visits, first_visits) {
        (Some(day), Some(dagdeel), Some(visits), Some(first_visits)) if problems.is_empty() => Ok(Correction {
            day,
            dagdeel,
            count: Count { visits, first_visits },
        }),
        _ => Err(problems),
    }
}

/// One dagdeel on the counting page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DagdeelCount {
    /// 1 ochtend, 2 middag, 3 avond.
    pub dagdeel: i64,
    pub count: Count,
}

/// The counts of one day, as a tap answers them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayCounts {
    pub day: NaiveDate,
    /// Ochtend, middag, avond.
    pub counts: [Count; 3],
}

/// A logged correction, as coordinators see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorrectionEntry {
    pub day: NaiveDate,
    pub dagdeel: i64,
    pub before: Count,
    pub after: Count,
    /// The coordinator's name (empty when the account is gone).
    pub by: String,
    pub at: chrono::DateTime<chrono::Utc>,
}

/// The counting page of one centre.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TallyPage {
    pub slug: String,
    pub name: String,
    pub today: NaiveDate,
    /// The dagdeel of this moment (1–3).
    pub current: i64,
    /// Today's dagdelen to show, the current one first.
    pub dagdelen: Vec<DagdeelCount>,
    /// The viewer runs the centre: the rest of the management area, and corrections.
    pub may_manage: bool,
    /// The last [`CORRECTION_DAYS`] days before today, newest first (coordinators only).
    pub recent: Vec<DayCounts>,
    /// The latest corrections (coordinators only).
    pub corrections: Vec<CorrectionEntry>,
    /// Fresh ids for the page's three tap forms: without JavaScript, a form sent twice (a double
    /// tap, a post the browser repeats) counts once.
    pub tap_ids: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn time(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).expect("time")
    }

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("day")
    }

    #[test]
    fn a_first_visit_is_a_visit_too_and_a_mistake_takes_one_back_but_never_below_nought() {
        let zero = Count::default();
        let one = zero.after(TapKind::FirstVisit);
        assert_eq!(
            one,
            Count {
                visits: 1,
                first_visits: 1
            }
        );
        assert_eq!(
            one.after(TapKind::Visit),
            Count {
                visits: 2,
                first_visits: 1
            }
        );
        assert_eq!(one.after(TapKind::Undo), zero);
        assert_eq!(zero.after(TapKind::Undo), zero);
        let two = Count {
            visits: 2,
            first_visits: 1,
        };
        assert_eq!(
            two.after(TapKind::Undo),
            Count {
                visits: 1,
                first_visits: 1
            }
        );
    }

    #[test]
    fn the_open_dagdelen_are_those_an_opening_period_touches() {
        use Dagdeel::*;
        assert_eq!(dagdelen_open(&[(time(10, 0), time(12, 0))]), vec![Ochtend]);
        assert_eq!(dagdelen_open(&[(time(10, 0), time(16, 0))]), vec![Ochtend, Middag]);
        assert_eq!(dagdelen_open(&[(time(12, 0), time(17, 0))]), vec![Middag]);
        assert_eq!(
            dagdelen_open(&[(time(9, 0), time(12, 0)), (time(19, 0), time(21, 30))]),
            vec![Ochtend, Avond]
        );
        assert_eq!(dagdelen_open(&[]), Vec::<Dagdeel>::new());
        assert_eq!(shown_dagdelen(&[Ochtend, Middag], &[], Middag), vec![Middag, Ochtend]);
        assert_eq!(shown_dagdelen(&[], &[Avond], Ochtend), vec![Ochtend, Avond]);
    }

    #[test]
    fn a_tap_counts_for_today_or_a_recent_day_with_an_id_of_its_own() {
        let today = day("2026-12-07");
        let tap = parse_tap("2026-12-07", "2", "eerste", "0f3c9a1e-77aa", today).expect("tap");
        assert_eq!(tap.dagdeel, Dagdeel::Middag);
        assert_eq!(tap.kind, TapKind::FirstVisit);
        assert_eq!(tap.id.as_deref(), Some("0f3c9a1e-77aa"));
        assert_eq!(
            parse_tap("2026-12-01", "1", "binnen", "", today).expect("old tap").id,
            None
        );
        let problem = |dag: &str, dagdeel: &str, soort: &str, tik: &str| {
            parse_tap(dag, dagdeel, soort, tik, today)
                .unwrap_err()
                .into_iter()
                .map(|p| (p.field, p.problem))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            problem("2026-11-29", "1", "binnen", ""),
            vec![("dag".into(), Problem::TallyTooLongAgo)]
        );
        assert_eq!(
            problem("2026-12-08", "1", "binnen", ""),
            vec![("dag".into(), Problem::DateTooFar)]
        );
        assert_eq!(
            problem("2026-12-07", "4", "binnen", ""),
            vec![("dagdeel".into(), Problem::UnknownChoice)]
        );
        assert_eq!(
            problem("2026-12-07", "1", "twee", ""),
            vec![("soort".into(), Problem::UnknownChoice)]
        );
        assert_eq!(
            problem("2026-12-07", "1", "binnen", "<x>"),
            vec![("tik".into(), Problem::UnknownChoice)]
        );
    }

    #[test]
    fn a_correction_is_for_the_last_two_weeks_and_never_more_first_visits_than_visits() {
        let today = day("2026-12-07");
        let fixed = parse_correction("2026-11-23", "3", " 14 ", "", today).expect("correction");
        assert_eq!(
            fixed.count,
            Count {
                visits: 14,
                first_visits: 0
            }
        );
        assert_eq!(fixed.dagdeel, Dagdeel::Avond);
        let problems = |dag: &str, visits: &str, first: &str| {
            parse_correction(dag, "1", visits, first, today)
                .unwrap_err()
                .into_iter()
                .map(|p| (p.field, p.problem))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            problems("2026-11-22", "3", ""),
            vec![("dag".into(), Problem::TallyTooLongAgo)]
        );
        assert_eq!(
            problems("2026-12-06", "3", "4"),
            vec![("eerste".into(), Problem::FirstVisitsAboveVisits)]
        );
        assert_eq!(
            problems("2026-12-06", "", ""),
            vec![("bezoekers".into(), Problem::Required)]
        );
        assert_eq!(
            problems("2026-12-06", "veel", ""),
            vec![("bezoekers".into(), Problem::NotANumber)]
        );
        assert_eq!(
            problems("2026-12-06", "1001", ""),
            vec![("bezoekers".into(), Problem::VisitsRange)]
        );
        assert_eq!(
            problems("2026-12-06", "-1", ""),
            vec![("bezoekers".into(), Problem::VisitsRange)]
        );
    }
}
