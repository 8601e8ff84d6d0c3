//! Who came to a date: how many (a head count, 0–500) and, for the people who run it, which of
//! the signed-up people. Entered once the date has begun, and changeable afterwards.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The "Wie waren er?" page of one date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeadCountPage {
    pub occurrence_id: i64,
    pub activity_id: i64,
    pub title: String,
    /// A course: its register (the sign-up list) is where one comes back to.
    pub course: bool,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// The date has begun: only then can it be filled in.
    pub begun: bool,
    pub cancelled: bool,
    /// The people signed up for the date (for a course: enrolled and not skipping it), as
    /// (sign-up id, name).
    pub people: Vec<(i64, String)>,
    /// The sign-ups ticked as there.
    pub ticked: Vec<i64>,
    /// The count saved so far.
    pub head_count: Option<i64>,
}
