//! What the management pages show: a centre's programme, its settings, an activity and its dates.

use super::*;
use crate::domain::activity::ActivityKind;
use crate::domain::hours::{Closure, OpeningPeriod};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A centre in the management area, with what the viewer may do there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManagedCentre {
    pub slug: String,
    pub name: String,
    pub town: String,
    /// The viewer's role there (none for an admin without a role).
    pub role: Option<crate::domain::policy::CentreRole>,
}

/// One activity in a centre's programme list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgrammeEntry {
    pub id: i64,
    pub title: String,
    pub member_title: String,
    pub kind: ActivityKind,
    pub paused: bool,
    pub repeats: bool,
    /// The next date that is not cancelled, if any.
    pub next: Option<chrono::DateTime<chrono::Utc>>,
    pub may_edit: bool,
}

/// The management page of a centre.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CentreProgramme {
    pub slug: String,
    pub name: String,
    /// Coordinator or admin: details, hours, team.
    pub may_manage: bool,
    pub may_create: bool,
    pub volunteers_publish: bool,
    pub activities: Vec<ProgrammeEntry>,
}

/// The details form of a centre, filled with what is saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CentreSettings {
    pub slug: String,
    pub name: String,
    pub form: CentreForm,
}

/// Opening hours and closures of a centre, for their forms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HoursSettings {
    pub slug: String,
    pub name: String,
    pub periods: Vec<OpeningPeriod>,
    /// Closures that have not ended, with their ids.
    pub closures: Vec<(i64, Closure)>,
}

/// Everything the activity form needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityEditor {
    pub centre_slug: String,
    pub centre_name: String,
    /// Who may be named as facilitator: (account id, nickname).
    pub team: Vec<(i64, String)>,
    /// The centre's peer groups a meeting may belong to: (id, name).
    pub groups: Vec<(i64, String)>,
    pub form: ActivityForm,
    /// The activity being changed; none for a new one.
    pub activity_id: Option<i64>,
    /// The activity repeats: a change applies to all dates from now on.
    pub is_series: bool,
}

/// An activity in the management area: its dates, to change one at a time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManagedActivity {
    pub id: i64,
    pub centre_slug: String,
    pub centre_name: String,
    pub title: String,
    pub member_title: String,
    pub kind: ActivityKind,
    pub paused: bool,
    pub is_series: bool,
    pub may_delete: bool,
    /// People sign up: each date links to its list (a course has one list).
    pub signup_required: bool,
    pub dates: Vec<crate::domain::agenda::OccurrenceDate>,
    /// A meeting of this group (not in the public agenda).
    pub group_id: Option<i64>,
    /// Coming days among the dates on which centres are often closed (Christmas, New Year's
    /// Day) and this centre has no closure yet.
    pub holiday_dates: Vec<NaiveDate>,
}

/// One date of an activity, for changing or cancelling it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManagedDate {
    pub activity_id: i64,
    pub activity_title: String,
    pub date: crate::domain::agenda::OccurrenceDate,
    /// The place people see when this date has no other place.
    pub usual_location: String,
    /// How many are signed up for it (or enrolled), and how many of them have an address.
    pub signed_up: i64,
    pub reachable: i64,
    /// The date has begun: who came can be entered (not for a peer group's meeting).
    pub begun: bool,
}
