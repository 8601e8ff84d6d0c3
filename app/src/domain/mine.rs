//! What a person sees of their own: mijn week and "download my data". These gather the types
//! of several areas (sign-ups, groups, helping, profiles), so they sit above them: the areas
//! never import this module.

use crate::domain::account::{ExportedMembership, ExportedPost, ExportedSignup, SessionInfo};
use crate::domain::signup::{DateChange, MySignup, RunningDate};
use serde::{Deserialize, Serialize};

/// Everything Kring keeps about a person, for "download my data".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyData {
    pub exported_at: chrono::DateTime<chrono::Utc>,
    pub nickname: String,
    pub email: Option<String>,
    pub account_created: chrono::DateTime<chrono::Utc>,
    /// (centre name, role)
    pub roles: Vec<(String, String)>,
    pub sessions: Vec<SessionInfo>,
    pub reminders: bool,
    /// Everything I signed up for, also what is over or cancelled.
    pub signups: Vec<ExportedSignup>,
    /// I have a personal calendar link (its secret is not kept, only its hash).
    pub calendar_link: bool,
    /// My profile, with each part's visibility.
    pub profile: Option<crate::domain::profile::Profile>,
    /// Contact requests I sent and received.
    pub contact_requests: Vec<crate::domain::helping::ContactRequest>,
    /// Volunteer tasks I offered to help with.
    pub offers_to_help: Vec<crate::domain::helping::MyOffer>,
    /// The peer groups I am in, asked to join, or was declined or removed from.
    pub groups: Vec<ExportedMembership>,
    /// What I wrote on group boards (also hidden posts, with why).
    pub posts: Vec<ExportedPost>,
    /// Meetings and dates a facilitator named me as present at: (group or activity, date).
    pub attended: Vec<(String, chrono::DateTime<chrono::Utc>)>,
    /// My volunteer hours: dates I facilitated and hours I wrote down.
    pub hours: Vec<crate::domain::volunteer_hours::HoursLine>,
}

/// Mijn week: what I signed up for, and what I run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyWeek {
    /// What changed since I last looked.
    pub changes: Vec<DateChange>,
    pub signups: Vec<MySignup>,
    pub running: Vec<RunningDate>,
    /// Dates I facilitated in the last two weeks whose head count is still to be filled in.
    pub to_count: Vec<RunningDate>,
    /// Coming meetings of my peer groups.
    pub meetings: Vec<RunningDate>,
    /// My groups, requests and their answers.
    pub groups: Vec<crate::domain::group::MyGroup>,
    /// My personal calendar feed, when I have one.
    pub feed: Option<FeedInfo>,
    /// I am a volunteer somewhere: "Mijn uren" is for me.
    pub volunteer: bool,
}

/// A member's personal calendar feed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedInfo {
    pub neutral: bool,
    /// The feed's address, only right after it was made (it is stored as a hash).
    pub url: String,
}
