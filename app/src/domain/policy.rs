//! Who may do what. Every server function asks [`decide`] before it reads or changes anything;
//! pages only hide what the policy would refuse anyway.

use serde::{Deserialize, Serialize};

/// A role at one centre. Deelnemer is not a role here: every account is one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CentreRole {
    Vrijwilliger,
    Coordinator,
}

impl CentreRole {
    pub fn slug(self) -> &'static str {
        match self {
            CentreRole::Vrijwilliger => "vrijwilliger",
            CentreRole::Coordinator => "coordinator",
        }
    }

    pub fn from_slug(slug: &str) -> Option<CentreRole> {
        match slug {
            "vrijwilliger" => Some(CentreRole::Vrijwilliger),
            "coordinator" => Some(CentreRole::Coordinator),
            _ => None,
        }
    }
}

/// The one asking: a visitor (no account) or an account with its roles.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Actor {
    pub account_id: Option<i64>,
    pub is_admin: bool,
    /// (centre id, role)
    pub centre_roles: Vec<(i64, CentreRole)>,
}

impl Actor {
    pub fn visitor() -> Actor {
        Actor::default()
    }

    pub fn has_role(&self, centre_id: i64, role: CentreRole) -> bool {
        self.centre_roles.contains(&(centre_id, role))
    }

    /// Coordinator of this centre, or admin.
    pub fn runs(&self, centre_id: i64) -> bool {
        self.is_admin || self.has_role(centre_id, CentreRole::Coordinator)
    }

    pub fn coordinates_any(&self) -> bool {
        self.centre_roles
            .iter()
            .any(|(_, role)| *role == CentreRole::Coordinator)
    }
}

/// Everything a server function can do, with the centre it concerns where there is one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// The public agenda, centres and activities.
    ReadPublic,
    /// Make an account (only while logged out).
    Register,
    /// Log in, by password or by e-mail (anyone; logging in again replaces the session).
    LogIn,
    /// Ask for and use a password-reset mail (anyone).
    ResetPassword,
    /// Log out, see and end my sessions, read, change, export or delete my account.
    ManageOwnAccount,
    /// Take part in peer groups: join, pause or leave one, propose a new one, remove my own
    /// posts and choose whether the board comes by mail.
    JoinGroups,
    /// Set up or turn off two-factor login (for those who run a centre or the platform).
    ManageTwoFactor,
    /// The platform overview: all centres and who coordinates them.
    ViewPlatform,
    /// See the mail that did not arrive and send it again.
    ManageMail,
    /// See other members' profiles (as far as each chose to show).
    ViewProfiles,
    /// Add a centre.
    CreateCentre,
    /// See a centre's team (coordinators, volunteers, open invitations).
    ViewCentreTeam { centre_id: i64 },
    /// Make a one-time login code for a member of the centre who has no e-mail address: the
    /// centre's coordinators (and admins).
    HelpLogIn { centre_id: i64 },
    /// Invite someone to a role at a centre.
    Invite { centre_id: i64, role: CentreRole },
    /// Accept an invitation (with its link).
    AcceptInvite,
    /// Sign up for an activity, or look at and cancel a sign-up with its link or code (anyone).
    SignUp,
    /// The management area: the centres I run or help run.
    ViewManagement,
    /// Change a centre's details, opening hours, closures and settings.
    ManageCentre { centre_id: i64 },
    /// See a centre's programme in the management area.
    ViewProgramme { centre_id: i64, volunteers_publish: bool },
    /// Add an activity to a centre's programme.
    CreateActivity { centre_id: i64, volunteers_publish: bool },
    /// Change an activity, its series and single dates, or pause it.
    EditActivity {
        centre_id: i64,
        volunteers_publish: bool,
        /// The actor is one of its facilitators.
        facilitates: bool,
    },
    /// Remove an activity with all its dates.
    DeleteActivity { centre_id: i64 },
    /// See who signed up for an activity (with contact details): its facilitators and the
    /// centre's coordinators.
    ViewSignups { centre_id: i64, facilitates: bool },
    /// See and cancel my own sign-ups ("mijn week").
    ManageOwnSignups,
    /// Accept or decline requests to join a peer group, remove a member: only the group's
    /// facilitators (not the centre's coordinators: who is in a group is for the group).
    RunGroup { facilitates: bool },
    /// Post, reply and report on a group's board: its members (not paused) and facilitators.
    UseGroupBoard { takes_part: bool },
    /// Count visitors at the door (turven) and see today's counts: the centre's team
    /// (volunteers and coordinators) and admins.
    Tally { centre_id: i64 },
    /// Correct a past dagdeel's count and see the last two weeks: the centre's coordinators.
    CorrectTally { centre_id: i64 },
    /// Enter how many came to a date, and which of the signed-up people: the activity's
    /// facilitators and the centre's coordinators.
    HeadCount { centre_id: i64, facilitates: bool },
    /// Tick by name who came to each session of a course and see how often each participant
    /// came: the course's facilitators and the centre's coordinators.
    CourseAttendance { centre_id: i64, facilitates: bool },
    /// Write down, see and correct my own volunteer hours: a volunteer of the centre (None: of
    /// any centre).
    OwnHours { centre_id: Option<i64> },
    /// See the hours of a centre's volunteers: its coordinators (and admins).
    ViewHours { centre_id: i64 },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Allow,
    /// Log in first.
    NeedsLogin,
    /// Logged in, but not allowed.
    Refuse,
}

pub fn decide(actor: &Actor, action: Action) -> Decision {
    let logged_in = actor.account_id.is_some();
    match action {
        Action::ReadPublic | Action::LogIn | Action::ResetPassword | Action::SignUp => Decision::Allow,
        Action::Register => {
            if logged_in {
                Decision::Refuse
            } else {
                Decision::Allow
            }
        }
        Action::ManageOwnAccount
        | Action::JoinGroups
        | Action::AcceptInvite
        | Action::ManageOwnSignups
        | Action::ViewProfiles => member(actor, true),
        Action::ViewSignups { centre_id, facilitates }
        | Action::HeadCount { centre_id, facilitates }
        | Action::CourseAttendance { centre_id, facilitates } => member(actor, actor.runs(centre_id) || facilitates),
        Action::RunGroup { facilitates } => member(actor, facilitates),
        Action::UseGroupBoard { takes_part } => member(actor, takes_part),
        Action::ManageTwoFactor => member(actor, actor.is_admin || actor.coordinates_any()),
        Action::ViewPlatform | Action::CreateCentre | Action::ManageMail => member(actor, actor.is_admin),
        Action::ViewCentreTeam { centre_id } | Action::HelpLogIn { centre_id } => member(
            actor,
            actor.is_admin || actor.has_role(centre_id, CentreRole::Coordinator),
        ),
        // Admins appoint coordinators; coordinators (and admins) invite volunteers.
        Action::Invite { centre_id, role } => member(
            actor,
            actor.is_admin || (role == CentreRole::Vrijwilliger && actor.has_role(centre_id, CentreRole::Coordinator)),
        ),
        Action::ViewManagement => member(actor, actor.is_admin || !actor.centre_roles.is_empty()),
        Action::Tally { centre_id } => member(
            actor,
            actor.runs(centre_id) || actor.has_role(centre_id, CentreRole::Vrijwilliger),
        ),
        Action::OwnHours { centre_id } => member(
            actor,
            actor
                .centre_roles
                .iter()
                .any(|(centre, role)| *role == CentreRole::Vrijwilliger && centre_id.is_none_or(|id| id == *centre)),
        ),
        Action::ManageCentre { centre_id }
        | Action::ViewHours { centre_id }
        | Action::DeleteActivity { centre_id }
        | Action::CorrectTally { centre_id } => member(actor, actor.runs(centre_id)),
        // Volunteers publish only where the centre allows it.
        Action::ViewProgramme {
            centre_id,
            volunteers_publish,
        }
        | Action::CreateActivity {
            centre_id,
            volunteers_publish,
        } => member(
            actor,
            actor.runs(centre_id) || (volunteers_publish && actor.has_role(centre_id, CentreRole::Vrijwilliger)),
        ),
        // ... and then only the activities they facilitate.
        Action::EditActivity {
            centre_id,
            volunteers_publish,
            facilitates,
        } => member(
            actor,
            actor.runs(centre_id)
                || (volunteers_publish && facilitates && actor.has_role(centre_id, CentreRole::Vrijwilliger)),
        ),
    }
}

/// For actions that need an account: allowed when `allowed`, else refused; a visitor is asked
/// to log in first.
fn member(actor: &Actor, allowed: bool) -> Decision {
    match (actor.account_id.is_some(), allowed) {
        (false, _) => Decision::NeedsLogin,
        (true, true) => Decision::Allow,
        (true, false) => Decision::Refuse,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member() -> Actor {
        Actor {
            account_id: Some(1),
            ..Actor::default()
        }
    }

    #[test]
    fn visitors_read_and_may_make_an_account() {
        let visitor = Actor::visitor();
        assert_eq!(decide(&visitor, Action::ReadPublic), Decision::Allow);
        assert_eq!(decide(&visitor, Action::Register), Decision::Allow);
        assert_eq!(decide(&visitor, Action::ManageOwnAccount), Decision::NeedsLogin);
    }

    fn with_role(centre_id: i64, role: CentreRole) -> Actor {
        Actor {
            account_id: Some(2),
            is_admin: false,
            centre_roles: vec![(centre_id, role)],
        }
    }

    #[test]
    fn admins_appoint_coordinators_and_coordinators_invite_volunteers_at_their_own_centre() {
        let admin = Actor {
            account_id: Some(9),
            is_admin: true,
            centre_roles: vec![],
        };
        let coordinator = with_role(1, CentreRole::Coordinator);
        let volunteer = with_role(1, CentreRole::Vrijwilliger);
        let coordinator_invite = Action::Invite {
            centre_id: 1,
            role: CentreRole::Coordinator,
        };
        let volunteer_invite = |centre_id| Action::Invite {
            centre_id,
            role: CentreRole::Vrijwilliger,
        };
        assert_eq!(decide(&admin, coordinator_invite), Decision::Allow);
        assert_eq!(decide(&coordinator, coordinator_invite), Decision::Refuse);
        assert_eq!(decide(&coordinator, volunteer_invite(1)), Decision::Allow);
        assert_eq!(decide(&coordinator, volunteer_invite(2)), Decision::Refuse);
        assert_eq!(decide(&volunteer, volunteer_invite(1)), Decision::Refuse);
        assert_eq!(decide(&Actor::visitor(), volunteer_invite(1)), Decision::NeedsLogin);
        assert_eq!(decide(&admin, Action::CreateCentre), Decision::Allow);
        assert_eq!(decide(&coordinator, Action::CreateCentre), Decision::Refuse);
        assert_eq!(
            decide(&coordinator, Action::ViewCentreTeam { centre_id: 1 }),
            Decision::Allow
        );
        assert_eq!(
            decide(&volunteer, Action::ViewCentreTeam { centre_id: 1 }),
            Decision::Refuse
        );
        assert_eq!(decide(&coordinator, Action::ManageTwoFactor), Decision::Allow);
        assert_eq!(decide(&volunteer, Action::ManageTwoFactor), Decision::Refuse);
    }

    #[test]
    fn volunteers_publish_only_what_they_facilitate_and_only_when_the_centre_allows_it() {
        let volunteer = with_role(1, CentreRole::Vrijwilliger);
        let coordinator = with_role(1, CentreRole::Coordinator);
        let other_coordinator = with_role(2, CentreRole::Coordinator);
        let edit = |volunteers_publish, facilitates| Action::EditActivity {
            centre_id: 1,
            volunteers_publish,
            facilitates,
        };
        assert_eq!(decide(&volunteer, edit(true, true)), Decision::Allow);
        assert_eq!(decide(&volunteer, edit(true, false)), Decision::Refuse);
        assert_eq!(decide(&volunteer, edit(false, true)), Decision::Refuse);
        assert_eq!(decide(&coordinator, edit(false, false)), Decision::Allow);
        assert_eq!(decide(&other_coordinator, edit(true, true)), Decision::Refuse);
        let create = |volunteers_publish| Action::CreateActivity {
            centre_id: 1,
            volunteers_publish,
        };
        assert_eq!(decide(&volunteer, create(true)), Decision::Allow);
        assert_eq!(decide(&volunteer, create(false)), Decision::Refuse);
        assert_eq!(
            decide(&volunteer, Action::DeleteActivity { centre_id: 1 }),
            Decision::Refuse
        );
        assert_eq!(
            decide(&volunteer, Action::ManageCentre { centre_id: 1 }),
            Decision::Refuse
        );
        assert_eq!(
            decide(&coordinator, Action::ManageCentre { centre_id: 1 }),
            Decision::Allow
        );
        assert_eq!(
            decide(&other_coordinator, Action::ManageCentre { centre_id: 1 }),
            Decision::Refuse
        );
        assert_eq!(decide(&volunteer, Action::ViewManagement), Decision::Allow);
        assert_eq!(decide(&member(), Action::ViewManagement), Decision::Refuse);
    }

    #[test]
    fn the_team_counts_at_the_door_and_only_coordinators_correct() {
        let volunteer = with_role(1, CentreRole::Vrijwilliger);
        let coordinator = with_role(1, CentreRole::Coordinator);
        let elsewhere = with_role(2, CentreRole::Vrijwilliger);
        let tally = Action::Tally { centre_id: 1 };
        let correct = Action::CorrectTally { centre_id: 1 };
        assert_eq!(decide(&volunteer, tally), Decision::Allow);
        assert_eq!(decide(&coordinator, tally), Decision::Allow);
        assert_eq!(decide(&elsewhere, tally), Decision::Refuse);
        assert_eq!(decide(&member(), tally), Decision::Refuse);
        assert_eq!(decide(&Actor::visitor(), tally), Decision::NeedsLogin);
        assert_eq!(decide(&volunteer, correct), Decision::Refuse);
        assert_eq!(decide(&coordinator, correct), Decision::Allow);
        let count = |facilitates| Action::HeadCount {
            centre_id: 1,
            facilitates,
        };
        assert_eq!(decide(&volunteer, count(true)), Decision::Allow);
        assert_eq!(decide(&volunteer, count(false)), Decision::Refuse);
        assert_eq!(decide(&coordinator, count(false)), Decision::Allow);
        assert_eq!(
            decide(&with_role(2, CentreRole::Coordinator), count(false)),
            Decision::Refuse
        );
        let course = |facilitates| Action::CourseAttendance {
            centre_id: 1,
            facilitates,
        };
        assert_eq!(decide(&member(), course(true)), Decision::Allow);
        assert_eq!(decide(&member(), course(false)), Decision::Refuse);
        assert_eq!(decide(&coordinator, course(false)), Decision::Allow);
        assert_eq!(decide(&elsewhere, course(false)), Decision::Refuse);
        let own = |centre_id| Action::OwnHours { centre_id };
        assert_eq!(decide(&volunteer, own(Some(1))), Decision::Allow);
        assert_eq!(decide(&volunteer, own(None)), Decision::Allow);
        assert_eq!(decide(&elsewhere, own(Some(1))), Decision::Refuse);
        assert_eq!(
            decide(&coordinator, own(None)),
            Decision::Refuse,
            "hours are a volunteer's"
        );
        assert_eq!(decide(&member(), own(None)), Decision::Refuse);
        assert_eq!(decide(&Actor::visitor(), own(None)), Decision::NeedsLogin);
        let view = Action::ViewHours { centre_id: 1 };
        assert_eq!(decide(&coordinator, view), Decision::Allow);
        assert_eq!(decide(&volunteer, view), Decision::Refuse);
    }

    #[test]
    fn members_manage_their_own_account_and_do_not_register_twice() {
        assert_eq!(decide(&member(), Action::ManageOwnAccount), Decision::Allow);
        assert_eq!(decide(&member(), Action::JoinGroups), Decision::Allow);
        assert_eq!(decide(&Actor::visitor(), Action::JoinGroups), Decision::NeedsLogin);
        assert_eq!(decide(&member(), Action::Register), Decision::Refuse);
    }
}
