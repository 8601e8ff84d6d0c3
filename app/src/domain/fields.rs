//! The one validator for what people type into a form. Every form's `parse` reads its fields
//! through a [`Fields`], so the rules are the same everywhere:
//!
//! - one line: runs of white space become one space; several lines: trimmed, CRLF becomes LF;
//! - at most `max` characters (characters, not bytes);
//! - a required field must not be empty;
//! - where people write to other people (profiles, groups, boards, tasks, requests), text that
//!   looks like markup is refused ([`Fields::refusing_markup`]); a programme's description may
//!   say "kinderen <12 jaar" (all text is shown as text anyway, never run);
//! - each field gets one problem, the first found, so a person fixes one thing at a time.
//!
//! Invisible control and direction characters are refused, and text is made NFC, before any of
//! this: `form::clean_form` runs [`crate::domain::text::clean_value`] on every form.

use crate::domain::form::{FieldProblem, Problem};
use chrono::{NaiveDate, NaiveTime};

/// Collects the problems of one form while its fields are read.
#[derive(Debug, Default)]
pub struct Fields {
    problems: Vec<FieldProblem>,
    refuse_markup: bool,
}

/// Text that looks like markup.
pub fn has_markup(text: &str) -> bool {
    text.contains('<') || text.contains('>')
}

impl Fields {
    pub fn new() -> Fields {
        Fields::default()
    }

    /// For text people write to other people: `<` and `>` are refused.
    pub fn refusing_markup() -> Fields {
        Fields {
            problems: Vec::new(),
            refuse_markup: true,
        }
    }

    /// A problem with `field`, unless it has one already.
    pub fn add(&mut self, field: &str, problem: Problem) {
        if !self.has(field) {
            self.problems.push(FieldProblem::new(field, problem));
        }
    }

    /// Whether `field` has a problem.
    pub fn has(&self, field: &str) -> bool {
        self.problems.iter().any(|p| p.field == field)
    }

    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }

    /// One line (may be empty).
    pub fn line(&mut self, field: &str, value: &str, max: usize) -> String {
        let value = fold_spaces(value);
        self.check(field, &value, max, false);
        value
    }

    /// One line that must be filled in.
    pub fn required_line(&mut self, field: &str, value: &str, max: usize) -> String {
        let value = fold_spaces(value);
        self.check(field, &value, max, true);
        value
    }

    /// Text of several lines (may be empty).
    pub fn text(&mut self, field: &str, value: &str, max: usize) -> String {
        let value = value.trim().replace("\r\n", "\n");
        self.check(field, &value, max, false);
        value
    }

    /// Text of several lines that must be filled in.
    pub fn required_text(&mut self, field: &str, value: &str, max: usize) -> String {
        let value = value.trim().replace("\r\n", "\n");
        self.check(field, &value, max, true);
        value
    }

    fn check(&mut self, field: &str, value: &str, max: usize, required: bool) {
        if required && value.is_empty() {
            self.add(field, Problem::Required);
        } else if value.chars().count() > max {
            self.add(field, Problem::TooLong);
        } else if self.refuse_markup && has_markup(value) {
            self.add(field, Problem::NoMarkup);
        }
    }

    /// A required value read by `parse`; `invalid` when it cannot be read.
    pub fn parsed<T>(&mut self, field: &str, value: &str, parse: fn(&str) -> Option<T>, invalid: Problem) -> Option<T> {
        let value = value.trim();
        if value.is_empty() {
            self.add(field, Problem::Required);
            return None;
        }
        let parsed = parse(value);
        if parsed.is_none() {
            self.add(field, invalid);
        }
        parsed
    }

    /// A required date ("2026-11-24" or "24-11-2026").
    pub fn date(&mut self, field: &str, value: &str) -> Option<NaiveDate> {
        self.parsed(field, value, crate::domain::time::parse_date, Problem::DateInvalid)
    }

    /// A required time of day ("19:30" or "19.30").
    pub fn time(&mut self, field: &str, value: &str) -> Option<NaiveTime> {
        self.parsed(field, value, crate::domain::time::parse_time, Problem::TimeInvalid)
    }

    /// A whole number in `range`; `outside` when it is not.
    pub fn number(
        &mut self,
        field: &str,
        value: &str,
        range: std::ops::RangeInclusive<i64>,
        outside: Problem,
    ) -> Option<i64> {
        match value.trim().parse::<i64>() {
            Ok(n) if range.contains(&n) => Some(n),
            Ok(_) => {
                self.add(field, outside);
                None
            }
            Err(_) => {
                self.add(field, Problem::NotANumber);
                None
            }
        }
    }

    /// `value` when every field was right, else the problems.
    pub fn finish<T>(self, value: T) -> Result<T, Vec<FieldProblem>> {
        if self.problems.is_empty() {
            Ok(value)
        } else {
            Err(self.problems)
        }
    }

    /// The problems found so far.
    pub fn into_problems(self) -> Vec<FieldProblem> {
        self.problems
    }
}

fn fold_spaces(value: &str) -> String {
    value.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(fields: Fields) -> Vec<(String, Problem)> {
        fields
            .into_problems()
            .into_iter()
            .map(|p| (p.field, p.problem))
            .collect()
    }

    #[test]
    fn a_line_folds_its_spaces_and_text_keeps_its_lines() {
        let mut fields = Fields::new();
        assert_eq!(fields.line("a", "  twee \t woorden \n", 20), "twee woorden");
        assert_eq!(fields.text("b", "\r\neen\r\ntwee  \n", 20), "een\ntwee");
        assert!(fields.is_ok());
    }

    #[test]
    fn each_field_gets_its_first_problem() {
        let mut fields = Fields::refusing_markup();
        fields.required_line("naam", "   ", 10);
        fields.line("naam", &"x".repeat(11), 10);
        fields.line("kort", "ééééé", 5);
        fields.text("lang", "ééééé!", 5);
        fields.text("html", "<b>hoi</b>", 50);
        fields.number("aantal", "veel", 1..=10, Problem::CapacityTooHigh);
        fields.number("plaatsen", "11", 1..=10, Problem::CapacityTooHigh);
        fields.date("datum", "morgen");
        fields.time("tijd", "");
        assert_eq!(
            problems(fields),
            [
                ("naam".into(), Problem::Required),
                ("lang".into(), Problem::TooLong),
                ("html".into(), Problem::NoMarkup),
                ("aantal".into(), Problem::NotANumber),
                ("plaatsen".into(), Problem::CapacityTooHigh),
                ("datum".into(), Problem::DateInvalid),
                ("tijd".into(), Problem::Required),
            ]
        );
    }

    #[test]
    fn markup_is_refused_only_where_people_write_to_people() {
        let mut programme = Fields::new();
        programme.text("omschrijving", "Voor kinderen <12 jaar", 100);
        assert!(programme.finish(()).is_ok());
        let mut board = Fields::refusing_markup();
        board.required_text("tekst", "a > b", 100);
        assert_eq!(problems(board), [("tekst".into(), Problem::NoMarkup)]);
    }
}
