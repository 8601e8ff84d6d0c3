//! Signing up for an activity: with a nickname and nothing else, or with an account; a place if
//! there is one, else the waitlist.

use crate::domain::account::{Email, Nickname};
use crate::domain::activity::ActivityKind;
use crate::domain::fields::Fields;
use crate::domain::form::{FieldProblem, Problem};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

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

/// A remark with a sign-up is at most this long (a line, not a letter).
pub const REMARK_MAX: usize = 200;

/// A remark with a sign-up as it is kept: on one line, without surrounding space; refused when
/// longer than [`REMARK_MAX`].
pub fn parse_remark(text: &str) -> Result<String, Vec<FieldProblem>> {
    let mut fields = Fields::new();
    let remark = fields.line("opmerking", text, REMARK_MAX);
    fields.finish(remark)
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

/// Whether a date someone signed up for goes on, as every place that shows the sign-up says it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum DateState {
    #[default]
    AsPlanned,
    /// Moved or changed on its own: the times shown are the new ones; the coordinator's note.
    Changed { note: String },
    /// Does not go on: the date was cancelled (its reason), the centre is closed that day (the
    /// closure's reason), or the series was paused or stopped (`stopped`, no reason).
    Off { reason: String, stopped: bool },
}

impl DateState {
    /// A date's state from what is stored about it; `closed` is the reason of a closure of its
    /// centre on its day (online dates are never closed).
    pub fn of(
        cancelled: bool,
        cancel_reason: &str,
        changed: bool,
        change_note: &str,
        paused: bool,
        closed: Option<String>,
    ) -> DateState {
        if cancelled {
            DateState::Off {
                reason: cancel_reason.to_owned(),
                stopped: false,
            }
        } else if let Some(reason) = closed {
            DateState::Off { reason, stopped: false }
        } else if paused {
            DateState::Off {
                reason: String::new(),
                stopped: true,
            }
        } else if changed {
            DateState::Changed {
                note: change_note.to_owned(),
            }
        } else {
            DateState::AsPlanned
        }
    }

    /// The state of a date from its facts and its centre's closures.
    pub fn from_facts(facts: &DateFacts, closures: &crate::domain::hours::Closures) -> DateState {
        let closed = facts
            .starts_at
            .and_then(|starts_at| closures.reason(facts.centre_id, facts.online, starts_at));
        DateState::of(
            facts.cancelled,
            &facts.cancel_reason,
            facts.changed,
            &facts.change_note,
            facts.paused,
            closed,
        )
    }

    pub fn is_off(&self) -> bool {
        matches!(self, DateState::Off { .. })
    }
}

/// What decides whether a date goes on (for a whole course there is no date).
#[derive(Debug, Clone, Default)]
pub struct DateFacts {
    pub centre_id: i64,
    pub online: bool,
    pub starts_at: Option<DateTime<Utc>>,
    pub cancelled: bool,
    pub cancel_reason: String,
    pub changed: bool,
    pub change_note: String,
    pub paused: bool,
}

impl DateFacts {
    /// The facts of one of an activity's dates.
    pub fn of_date(
        centre_id: i64,
        online: bool,
        paused: bool,
        date: &crate::domain::agenda::OccurrenceDate,
    ) -> DateFacts {
        DateFacts {
            centre_id,
            online,
            starts_at: Some(date.starts_at),
            cancelled: date.cancelled,
            cancel_reason: date.cancel_reason.clone(),
            changed: date.changed,
            change_note: date.change_note.clone(),
            paused,
        }
    }
}

/// What happened to a date someone signed up for, as told on their next visit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChangeKind {
    /// The date was cancelled (or the centre closed that day).
    Cancelled,
    /// The activity was paused or deleted.
    Stopped,
    /// The series' schedule changed and this date is no longer in it.
    Dropped,
    /// This date was moved or changed.
    Changed,
    /// The series' schedule changed and this date moved with it.
    Rescheduled,
}

impl ChangeKind {
    pub fn slug(self) -> &'static str {
        match self {
            ChangeKind::Cancelled => "afgelast",
            ChangeKind::Stopped => "gestopt",
            ChangeKind::Dropped => "vervallen",
            ChangeKind::Changed => "gewijzigd",
            ChangeKind::Rescheduled => "verschoven",
        }
    }

    pub fn from_slug(slug: &str) -> Option<ChangeKind> {
        [
            ChangeKind::Cancelled,
            ChangeKind::Stopped,
            ChangeKind::Dropped,
            ChangeKind::Changed,
            ChangeKind::Rescheduled,
        ]
        .into_iter()
        .find(|k| k.slug() == slug)
    }

    /// The date no longer takes place.
    pub fn is_off(self) -> bool {
        matches!(self, ChangeKind::Cancelled | ChangeKind::Stopped | ChangeKind::Dropped)
    }
}

/// One change to a date someone signed up for: "Gaat niet door" or "Gewijzigd".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateChange {
    pub id: i64,
    pub activity_id: i64,
    pub title: String,
    pub kind: ChangeKind,
    /// The coordinator's reason or note (may be empty).
    pub reason: String,
    /// The date as it is now (for a date that is off: as it was).
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// For a moved date: when it was before.
    pub before: Option<(DateTime<Utc>, DateTime<Utc>)>,
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
    /// A course that takes drop-ins: single sessions can be signed up for too.
    pub drop_in: bool,
    pub dates: Vec<SignupDate>,
    /// A course's places left (whole-course sign-up).
    pub course_places_left: Option<i64>,
    pub course_mine: Option<SignupStatus>,
}

/// A sign-up as its personal link shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignupView {
    /// Signed up with an account: mijn week is their place, no link or code to keep.
    pub member: bool,
    pub activity_id: i64,
    pub activity_title: String,
    pub centre_name: String,
    pub nickname: String,
    pub status: SignupStatus,
    /// The date's id and time; none for a whole course.
    pub occurrence_id: Option<i64>,
    pub starts_at: Option<DateTime<Utc>>,
    pub ends_at: Option<DateTime<Utc>>,
    /// Place on the waitlist (1 = next), when waitlisted.
    pub waitlist_position: Option<i64>,
    /// Whether the date (or the whole course) goes on.
    pub state: DateState,
    /// It can still be cancelled (the start has not passed).
    pub may_cancel: bool,
    /// The personal link, when the page was opened with it (to keep).
    pub personal_link: String,
    /// A course's sessions to come, each of which can be skipped (confirmed enrolments).
    pub sessions: Vec<CourseSession>,
    /// A guest who gave an e-mail address: whether they get a reminder the day before (None for
    /// others).
    pub reminders: Option<bool>,
    /// The dates (their starts) its facilitators ticked me as there, in time order.
    pub attended: Vec<DateTime<Utc>>,
}

/// What a personal link or code opens: the sign-up, or, when its activity or date was deleted,
/// what happened to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum SignupLookup {
    Found(Box<SignupView>),
    Gone(Vec<DateChange>),
}

/// A session to come of a course someone is enrolled in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CourseSession {
    pub occurrence_id: i64,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// "Ik kan deze keer niet".
    pub absent: bool,
    pub state: DateState,
}

/// One person on a sign-up list; contact details only when they gave them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignupEntry {
    pub nickname: String,
    pub email: String,
    pub phone: String,
    /// What they wrote with it (empty: nothing).
    pub remark: String,
    /// Signed up with an account (else as a guest).
    pub member: bool,
    /// For a whole course: how many of its counted sessions they were ticked as there.
    pub came: i64,
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
    /// The date, when it has begun (and goes on): who came can be ticked.
    pub begun_date: Option<i64>,
    /// For a whole course: its sessions that have begun and go on, each with who came.
    pub held: Vec<HeldSession>,
}

/// A session of a course that has begun (and was not cancelled), for its register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeldSession {
    pub occurrence_id: i64,
    pub starts_at: DateTime<Utc>,
    /// How many came, once someone filled it in.
    pub head_count: Option<i64>,
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
    /// Whether the date (or the whole course) goes on.
    pub state: DateState,
    pub may_cancel: bool,
    /// For a course: its sessions to come.
    pub sessions: Vec<CourseSession>,
    /// The dates (their starts) its facilitators ticked me as there, in time order.
    pub attended: Vec<DateTime<Utc>>,
}

/// Where places are counted: at one date, or for a course as a whole (everyone enrolled in it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaceKey {
    WholeCourse,
    Date(i64),
}

impl PlaceKey {
    /// A sign-up's key: its date, or the whole course when it has none.
    pub fn of(occurrence_id: Option<i64>) -> PlaceKey {
        occurrence_id.map_or(PlaceKey::WholeCourse, PlaceKey::Date)
    }

    /// The date, if this is one.
    pub fn date(self) -> Option<i64> {
        match self {
            PlaceKey::Date(id) => Some(id),
            PlaceKey::WholeCourse => None,
        }
    }
}

/// How many places of an activity are taken: confirmed sign-ups per date or for the whole
/// course, and, for a course, how many enrolled people skip each session (by date).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Load {
    pub confirmed: HashMap<PlaceKey, i64>,
    pub absent: HashMap<i64, i64>,
}

impl Load {
    fn confirmed_at(&self, key: PlaceKey) -> i64 {
        self.confirmed.get(&key).copied().unwrap_or(0)
    }

    /// The places taken at one date. In a course everyone enrolled counts at every session,
    /// except those who said they cannot come that time; drop-ins count where they come.
    pub fn taken(&self, course: bool, key: PlaceKey) -> i64 {
        let own = self.confirmed_at(key);
        match key {
            PlaceKey::Date(date) if course => {
                self.confirmed_at(PlaceKey::WholeCourse) - self.absent.get(&date).copied().unwrap_or(0) + own
            }
            _ => own,
        }
    }

    /// Places left at a date (for a course as a whole: the fewest left at any of its
    /// `sessions` to come), or None when there is no limit. Never below 0.
    pub fn places_left(&self, capacity: Option<i64>, course: bool, key: PlaceKey, sessions: &[i64]) -> Option<i64> {
        let capacity = capacity?;
        let left = match key {
            PlaceKey::WholeCourse if course => sessions
                .iter()
                .map(|session| capacity - self.taken(true, PlaceKey::Date(*session)))
                .fold(capacity - self.confirmed_at(PlaceKey::WholeCourse), i64::min),
            _ => capacity - self.taken(course, key),
        };
        Some(left.max(0))
    }
}

/// A coming date of something I facilitate, in "mijn week".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunningDate {
    pub activity_id: i64,
    pub occurrence_id: i64,
    pub title: String,
    pub centre_name: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub state: DateState,
    /// People sign up: the date (or, for a course, the course) has a list.
    pub signup_required: bool,
    pub course: bool,
    /// A meeting of this peer group: who came is written down on the group's page.
    pub group_id: Option<i64>,
    /// It has begun (who came can be written down).
    pub started: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_skipped_session_frees_its_place_only() {
        use PlaceKey::{Date, WholeCourse};
        let load = Load {
            confirmed: HashMap::from([(WholeCourse, 3), (Date(11), 1)]),
            absent: HashMap::from([(10, 1), (11, 1)]),
        };
        // Three enrolled, one skips date 10: two come. At date 11 someone drops in instead.
        assert_eq!(load.taken(true, Date(10)), 2);
        assert_eq!(load.taken(true, Date(11)), 3);
        assert_eq!(load.taken(true, Date(12)), 3);
        assert_eq!(load.places_left(Some(3), true, Date(10), &[10, 11, 12]), Some(1));
        assert_eq!(load.places_left(Some(3), true, Date(11), &[10, 11, 12]), Some(0));
        // A new enrolment needs a place at every session to come.
        assert_eq!(load.places_left(Some(4), true, WholeCourse, &[10, 11, 12]), Some(1));
        assert_eq!(load.places_left(Some(3), true, WholeCourse, &[10, 11, 12]), Some(0));
        assert_eq!(load.places_left(None, true, WholeCourse, &[10]), None);
        // Not a course: each date on its own.
        assert_eq!(load.places_left(Some(3), false, Date(11), &[]), Some(2));
    }

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
