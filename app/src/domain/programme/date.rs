//! A change to one date of a series, and the reason for cancelling one.

use super::*;
use crate::domain::fields::Fields;
use crate::domain::form::{FieldProblem, Problem};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A change to one date of a series: other times, another room, a note people see.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OccurrenceForm {
    pub id: String,
    pub datum: String,
    pub begin: String,
    pub eind: String,
    pub locatie: String,
    pub toelichting: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OccurrenceChange {
    pub start: chrono::NaiveDateTime,
    pub end: chrono::NaiveDateTime,
    pub location: String,
    pub note: String,
}

impl OccurrenceForm {
    pub fn parse(&self, today: NaiveDate) -> Result<OccurrenceChange, Vec<FieldProblem>> {
        let mut check = Fields::new();
        let date = check.date("datum", &self.datum);
        if date.is_some_and(|d| d < today) {
            check.add("datum", Problem::DateInPast);
        } else if date.is_some_and(|d| (d - today).num_days() > FUTURE_DAYS_MAX) {
            check.add("datum", Problem::DateTooFar);
        }
        let begin = check.time("begin", &self.begin);
        let end = check.time("eind", &self.eind);
        if let (Some(begin), Some(end)) = (begin, end) {
            if end <= begin {
                check.add("eind", Problem::EndBeforeStart);
            }
        }
        let location = check.line("locatie", &self.locatie, SHORT_MAX);
        let note = check.required_line("toelichting", &self.toelichting, SHORT_MAX);
        match (date, begin, end) {
            (Some(date), Some(begin), Some(end)) => check.finish(OccurrenceChange {
                start: date.and_time(begin),
                end: date.and_time(end),
                location,
                note,
            }),
            _ => Err(check.into_problems()),
        }
    }
}

/// The reason for cancelling one date: people see it.
pub fn parse_cancel_reason(reason: &str) -> Result<String, Vec<FieldProblem>> {
    let mut check = Fields::new();
    let reason = check.required_line("reden", reason, SHORT_MAX);
    check.finish(reason)
}
