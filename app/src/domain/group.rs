//! Peer groups (lotgenotengroepen, herstelgroepen, WRAP groups): a safe, closed space with house
//! rules, run by facilitators with lived experience. Who is in a group is for its members and
//! facilitators only; visitors see at most a neutral public name, and only where the group is
//! listed.

use crate::domain::activity::Theme;
use crate::domain::fields::Fields;
use crate::domain::form::{FieldProblem, Problem};
use serde::{Deserialize, Serialize};

pub const NAME_MAX: usize = 80;
pub const DESCRIPTION_MAX: usize = 2000;
pub const RULES_MAX: usize = 3000;
pub const SIZE_MIN: i64 = 2;
pub const SIZE_MAX: i64 = 100;

/// How one joins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum GroupKind {
    /// Join directly.
    Open,
    /// Ask to join; a facilitator accepts or declines.
    Closed,
    /// Only with the invitation link; never listed.
    Unlisted,
}

impl GroupKind {
    pub const ALL: [GroupKind; 3] = [GroupKind::Open, GroupKind::Closed, GroupKind::Unlisted];

    pub fn slug(self) -> &'static str {
        match self {
            GroupKind::Open => "open",
            GroupKind::Closed => "gesloten",
            GroupKind::Unlisted => "verborgen",
        }
    }

    pub fn from_slug(slug: &str) -> Option<GroupKind> {
        GroupKind::ALL.into_iter().find(|k| k.slug() == slug)
    }
}

/// Where a person stands with a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Membership {
    Member,
    /// A member who paused: keeps the place, gets no announcements, is not shown to others.
    Paused,
    /// Asked to join a closed group; waiting for a facilitator.
    Requested,
    /// The request was declined (with a kind message).
    Declined,
    /// Removed by a facilitator for breaking the house rules (with the reason).
    Removed,
}

impl Membership {
    pub const ALL: [Membership; 5] = [
        Membership::Member,
        Membership::Paused,
        Membership::Requested,
        Membership::Declined,
        Membership::Removed,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Membership::Member => "lid",
            Membership::Paused => "gepauzeerd",
            Membership::Requested => "aangevraagd",
            Membership::Declined => "afgewezen",
            Membership::Removed => "verwijderd",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Membership> {
        Membership::ALL.into_iter().find(|m| m.slug() == slug)
    }

    /// Counts towards the group's size.
    pub fn takes_a_place(self) -> bool {
        matches!(self, Membership::Member | Membership::Paused)
    }
}

/// A group as posted by a coordinator (a new one, or a change).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct GroupForm {
    pub centrum: String,
    /// Empty for a new group.
    pub id: String,
    pub naam: String,
    pub publieke_naam: String,
    pub omschrijving: String,
    pub thema: String,
    pub afspraken: String,
    pub maximum: String,
    pub soort: String,
    /// "ja": meets online.
    pub online: String,
    /// "ja": the public name appears in the list of groups.
    pub zichtbaar: String,
    /// Account ids of facilitators from the centre's team.
    pub begeleiders: Vec<String>,
}

/// A valid group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewGroup {
    pub name: String,
    pub public_name: String,
    pub description: String,
    pub theme: Option<Theme>,
    pub house_rules: String,
    pub max_members: Option<i64>,
    pub kind: GroupKind,
    pub online: bool,
    pub listed: bool,
    pub facilitators: Vec<i64>,
}

impl GroupForm {
    /// `team`: the account ids that may facilitate (the centre's volunteers and coordinators).
    pub fn parse(&self, team: &[i64]) -> Result<NewGroup, Vec<FieldProblem>> {
        self.check(Some(team))
    }

    /// A member's proposal: the same, without facilitators (the coordinator names them).
    pub fn parse_proposal(&self) -> Result<NewGroup, Vec<FieldProblem>> {
        self.check(None)
    }

    fn check(&self, team: Option<&[i64]>) -> Result<NewGroup, Vec<FieldProblem>> {
        let mut fields = Fields::refusing_markup();
        let name = fields.required_line("naam", &self.naam, NAME_MAX);
        let public_name = fields.required_line("publieke_naam", &self.publieke_naam, NAME_MAX);
        let description = fields.text("omschrijving", &self.omschrijving, DESCRIPTION_MAX);
        let house_rules = fields.required_text("afspraken", &self.afspraken, RULES_MAX);
        let theme = match self.thema.as_str() {
            "" => None,
            slug => {
                let theme = Theme::from_slug(slug);
                if theme.is_none() {
                    fields.add("thema", Problem::UnknownTheme);
                }
                theme
            }
        };
        let max_members = match self.maximum.trim() {
            "" => None,
            text => match text.parse::<i64>() {
                Ok(n) if n < SIZE_MIN => {
                    fields.add("maximum", Problem::CapacityTooLow);
                    None
                }
                Ok(n) if n > SIZE_MAX => {
                    fields.add("maximum", Problem::CapacityTooHigh);
                    None
                }
                Ok(n) => Some(n),
                Err(_) => {
                    fields.add("maximum", Problem::NotANumber);
                    None
                }
            },
        };
        let kind = GroupKind::from_slug(&self.soort);
        if kind.is_none() {
            fields.add("soort", Problem::UnknownChoice);
        }
        let mut facilitators = Vec::new();
        if let Some(team) = team {
            for id in &self.begeleiders {
                match id.parse::<i64>() {
                    Ok(id) if team.contains(&id) => {
                        if !facilitators.contains(&id) {
                            facilitators.push(id);
                        }
                    }
                    _ => fields.add("begeleiders", Problem::UnknownChoice),
                }
            }
            if facilitators.is_empty() {
                fields.add("begeleiders", Problem::Required);
            }
        }
        let problems = fields.into_problems();
        match kind {
            Some(kind) if problems.is_empty() => Ok(NewGroup {
                name,
                public_name,
                description,
                theme,
                house_rules,
                max_members,
                kind,
                online: self.online == "ja",
                // An unlisted group is never listed.
                listed: self.zichtbaar == "ja" && kind != GroupKind::Unlisted,
                facilitators,
            }),
            _ => Err(problems),
        }
    }
}

/// A group in the list of groups: only what anyone may see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupListing {
    pub id: i64,
    pub public_name: String,
    pub centre_name: String,
    pub kind: GroupKind,
    pub online: bool,
}

/// `/groepen`: the listed groups, and (for members) the groups I am in or asked to join.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupsOverview {
    /// My proposals still waiting for a coordinator.
    pub proposed: Vec<GroupListing>,
    pub mine: Vec<(GroupListing, Membership)>,
    pub facilitated: Vec<GroupListing>,
    pub listed: Vec<GroupListing>,
}

/// A person in a group, as its facilitators see them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupPerson {
    pub account_id: i64,
    pub name: String,
    pub status: Membership,
    pub message: String,
}

/// What a member sees beyond the public name: the group's own name, the members (by display
/// name, paused members left out) and the facilitators.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Inside {
    pub name: String,
    pub members: Vec<String>,
    pub facilitators: Vec<String>,
}

/// A group page, as far as the viewer may see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupView {
    pub id: i64,
    pub public_name: String,
    pub centre_name: String,
    pub kind: GroupKind,
    pub online: bool,
    /// The description, theme and house rules: for anyone logged in (never for visitors).
    pub about: Option<About>,
    /// For members and facilitators.
    pub inside: Option<Inside>,
    /// My standing with the group, and the message that came with it (declined, removed).
    pub mine: Option<(Membership, String)>,
    pub facilitates: bool,
    pub full: bool,
    /// For facilitators: requests to join and everyone in the group.
    pub people: Vec<GroupPerson>,
    /// The viewer came with the group's invitation link (and may join directly).
    pub invited: bool,
    /// My proposal, waiting for a coordinator (only its proposer sees it).
    pub proposed: bool,
    /// The public name is in the list of groups (facilitators may change it).
    pub listed: bool,
    /// For facilitators: whether an invitation link works now, and where links start.
    pub has_invite: bool,
    pub invite_base: String,
    /// For members and facilitators: the board and the meetings.
    pub board: Option<crate::domain::board::Board>,
    pub meetings: Option<crate::domain::board::Meetings>,
    /// I want the facilitators' announcements by mail.
    pub wants_mail: bool,
    /// For facilitators: reported posts that are still shown.
    pub reported: Vec<crate::domain::board::Reported>,
    /// For facilitators, with `?aanwezig=DATE`: the form for who came to that meeting.
    pub attendance: Option<AttendanceForm>,
}

/// Who came to a meeting, as a facilitator fills it in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttendanceForm {
    pub meeting: crate::domain::board::Meeting,
    /// (account id, display name) of members and paused members.
    pub members: Vec<(i64, String)>,
    /// Ticked as present when it was registered before.
    pub present: Vec<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct About {
    pub description: String,
    pub theme: Option<Theme>,
    pub house_rules: String,
    pub max_members: Option<i64>,
    /// Who facilitates (first names), so someone knows who they will meet.
    pub facilitators: Vec<String>,
    /// When and where it meets next: (start, end, place).
    pub next_meetings: Vec<(chrono::DateTime<chrono::Utc>, chrono::DateTime<chrono::Utc>, String)>,
}

/// One of my groups in mijn week: where I stand (also a request and its answer) and when it
/// meets next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyGroup {
    pub id: i64,
    /// The group's own name for members, its public name for the others.
    pub name: String,
    pub status: Membership,
    /// The facilitator's answer (to a request) or reason (for a removal).
    pub answer: String,
    pub next_meeting: Option<(chrono::DateTime<chrono::Utc>, chrono::DateTime<chrono::Utc>)>,
}

/// A centre's groups in the management area (counts, never names of members).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManagedGroup {
    pub id: i64,
    pub name: String,
    pub public_name: String,
    pub description: String,
    pub theme: Option<Theme>,
    pub house_rules: String,
    pub max_members: Option<i64>,
    pub kind: GroupKind,
    pub online: bool,
    pub listed: bool,
    pub facilitators: Vec<i64>,
    pub members: i64,
    pub requests: i64,
    /// A member's proposal waiting for approval, and who proposed it.
    pub proposed: bool,
    pub proposed_by: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CentreGroups {
    pub slug: String,
    pub name: String,
    pub groups: Vec<ManagedGroup>,
    /// (account id, nickname) of who may facilitate: the centre's team.
    pub team: Vec<(i64, String)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> GroupForm {
        GroupForm {
            centrum: "de-haven-zwolle".into(),
            naam: "Herstelgroep Dinsdag".into(),
            publieke_naam: "Dinsdaggroep".into(),
            omschrijving: "We delen ervaringen.".into(),
            thema: "herstel".into(),
            afspraken: "Wat hier gezegd wordt, blijft hier.".into(),
            maximum: "10".into(),
            soort: "gesloten".into(),
            zichtbaar: "ja".into(),
            begeleiders: vec!["7".into()],
            ..GroupForm::default()
        }
    }

    #[test]
    fn a_group_needs_names_rules_a_kind_and_a_facilitator_from_the_team() {
        let group = form().parse(&[7, 8]).expect("valid");
        assert_eq!(group.kind, GroupKind::Closed);
        assert_eq!(group.max_members, Some(10));
        assert!(group.listed);
        let mut bad = form();
        bad.naam = " ".into();
        bad.afspraken = String::new();
        bad.maximum = "1".into();
        bad.soort = "geheim".into();
        bad.begeleiders = vec!["99".into()];
        let fields: Vec<String> = bad
            .parse(&[7])
            .expect_err("refused")
            .into_iter()
            .map(|p| p.field)
            .collect();
        assert_eq!(fields, ["naam", "afspraken", "maximum", "soort", "begeleiders"]);
    }

    #[test]
    fn a_proposal_needs_no_facilitators() {
        let mut proposal = form();
        proposal.begeleiders = vec!["geen".into()];
        let group = proposal.parse_proposal().expect("valid");
        assert!(group.facilitators.is_empty());
        proposal.afspraken.clear();
        assert!(proposal.parse_proposal().is_err(), "house rules are still needed");
    }

    #[test]
    fn an_unlisted_group_is_never_listed() {
        let mut unlisted = form();
        unlisted.soort = "verborgen".into();
        assert!(!unlisted.parse(&[7]).expect("valid").listed);
    }

    #[test]
    fn paused_members_keep_their_place() {
        assert!(Membership::Paused.takes_a_place() && Membership::Member.takes_a_place());
        assert!(!Membership::Requested.takes_a_place() && !Membership::Removed.takes_a_place());
        assert_eq!(Membership::from_slug("gepauzeerd"), Some(Membership::Paused));
    }
}
