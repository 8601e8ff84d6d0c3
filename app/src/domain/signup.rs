//! Signing up for an activity: with a nickname and nothing else, or with an account; a place if
//! there is one, else the waitlist.

use crate::domain::account::{Email, Nickname};
use crate::domain::activity::ActivityKind;
use crate::domain::form::{FieldProblem, Problem};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub const PHONE_MAX: usize = 30;

/// Where a sign-up stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SignupStatus {
    Confirmed,
    Waitlisted,
    Cancelled,
}

impl SignupStatus {
    pub fn slug(self) -> &'static str {
        match self {
            SignupStatus::Confirmed => "bevestigd",
            SignupStatus::Waitlisted => "wachtlijst",
            SignupStatus::Cancelled => "afgemeld",
        }
    }

    pub fn from_slug(slug: &str) -> Option<SignupStatus> {
        [
            SignupStatus::Confirmed,
            SignupStatus::Waitlisted,
            SignupStatus::Cancelled,
        ]
        .into_iter()
        .find(|s| s.slug() == slug)
    }
}

/// What a guest gives: a nickname, and only if they want an e-mail address or phone number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuestDetails {
    pub nickname: String,
    pub email: String,
    pub phone: String,
}

impl GuestDetails {
    pub fn parse(nickname: &str, email: &str, phone: &str) -> Result<GuestDetails, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let nickname = match Nickname::parse(nickname) {
            Ok(nickname) => nickname.as_str().to_owned(),
            Err(problem) => {
                problems.push(FieldProblem::new("bijnaam", problem));
                String::new()
            }
        };
        let email = match Email::parse_optional(email) {
            Ok(email) => email.map(|e| e.as_str().to_owned()).unwrap_or_default(),
            Err(problem) => {
                problems.push(FieldProblem::new("email", problem));
                String::new()
            }
        };
        let phone = phone.split_whitespace().collect::<Vec<_>>().join(" ");
        let digits = phone.chars().filter(char::is_ascii_digit).count();
        if phone.chars().count() > PHONE_MAX
            || !phone.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c))
            || (!phone.is_empty() && digits < 6)
        {
            problems.push(FieldProblem::new("telefoon", Problem::PhoneInvalid));
        }
        if problems.is_empty() {
            Ok(GuestDetails { nickname, email, phone })
        } else {
            Err(problems)
        }
    }
}

/// One date that can be signed up for, with how many places are left.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignupDate {
    pub occurrence_id: i64,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// None: no limit.
    pub places_left: Option<i64>,
    /// The viewer is signed up for this date (members only).
    pub mine: Option<SignupStatus>,
}

/// What the activity page offers: the dates (or, for a course, the course as a whole).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignupOffer {
    pub activity_id: i64,
    pub kind: ActivityKind,
    /// For a course: one sign-up for all dates.
    pub whole_course: bool,
    pub dates: Vec<SignupDate>,
    /// A course's places left (whole-course sign-up).
    pub course_places_left: Option<i64>,
    pub course_mine: Option<SignupStatus>,
}

/// A sign-up as its personal link shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignupView {
    pub activity_id: i64,
    pub activity_title: String,
    pub centre_name: String,
    pub nickname: String,
    pub status: SignupStatus,
    /// The date; none for a whole course.
    pub starts_at: Option<DateTime<Utc>>,
    pub ends_at: Option<DateTime<Utc>>,
    /// Place on the waitlist (1 = next), when waitlisted.
    pub waitlist_position: Option<i64>,
    /// It can still be cancelled (the start has not passed).
    pub may_cancel: bool,
    /// The personal link, when the page was opened with it (to keep).
    pub personal_link: String,
}

/// One person on a sign-up list; contact details only when they gave them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignupEntry {
    pub nickname: String,
    pub email: String,
    pub phone: String,
    /// Signed up with an account (else as a guest).
    pub member: bool,
}

/// Who signed up for one date (or a whole course), for those who run it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignupList {
    pub activity_id: i64,
    pub activity_title: String,
    pub member_title: String,
    /// None for a whole course.
    pub starts_at: Option<DateTime<Utc>>,
    pub ends_at: Option<DateTime<Utc>>,
    pub capacity: Option<i64>,
    pub confirmed: Vec<SignupEntry>,
    /// In waitlist order.
    pub waitlist: Vec<SignupEntry>,
}

/// One of my sign-ups in "mijn week".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MySignup {
    pub id: i64,
    pub activity_id: i64,
    /// The title for participants when the activity has one.
    pub title: String,
    pub centre_name: String,
    /// None for a whole course.
    pub starts_at: Option<DateTime<Utc>>,
    pub ends_at: Option<DateTime<Utc>>,
    pub status: SignupStatus,
    pub may_cancel: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nickname_is_enough() {
        let guest = GuestDetails::parse("  Sam ", "", "").expect("valid");
        assert_eq!(guest.nickname, "Sam");
        assert!(guest.email.is_empty() && guest.phone.is_empty());
    }

    #[test]
    fn bad_details_name_their_field() {
        let problems = GuestDetails::parse("", "geen-adres", "bel me").expect_err("invalid");
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["bijnaam", "email", "telefoon"]);
        assert!(GuestDetails::parse(&"x".repeat(200), "", "").is_err());
        assert!(GuestDetails::parse("Sam", "", "06 1234 5678").is_ok());
    }
}
