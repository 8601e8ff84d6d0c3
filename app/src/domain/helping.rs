//! Giving as well as receiving ("halen én brengen"): volunteer tasks a centre asks help with,
//! matched to the talents of members who like to help out, and contact requests to members who
//! chose to be findable for what they can offer. Kring never passes on contact details: the
//! other person accepts a request with a short answer, or lets it be.

use crate::domain::fields::Fields;
use crate::domain::form::{FieldProblem, Problem};
use crate::domain::profile::{Item, Suggestion, HELPING, TALENTS};
use serde::{Deserialize, Serialize};

pub const TASK_TITLE_MAX: usize = 80;
pub const TASK_DESCRIPTION_MAX: usize = 1000;
pub const TASK_MOMENT_MAX: usize = 80;
/// A contact request's message, and the answer to it.
pub const MESSAGE_MAX: usize = 500;
/// Contact requests one member may send in a day.
pub const REQUESTS_PER_DAY: i64 = 10;

/// The curated talents a task can ask for: the ways to help out first, then the talents (one
/// entry per key).
pub fn task_talents() -> Vec<&'static Suggestion> {
    let mut all: Vec<&Suggestion> = HELPING.iter().collect();
    for talent in TALENTS {
        if !all.iter().any(|s| s.key == talent.key) {
            all.push(talent);
        }
    }
    all
}

/// The words of a task's talent in a language.
pub fn task_talent_words(key: &str, english: bool) -> String {
    task_talents()
        .into_iter()
        .find(|s| s.key == key)
        .map(|s| if english { s.en } else { s.nl }.to_owned())
        .unwrap_or_else(|| key.to_owned())
}

/// A volunteer task as its centre's coordinators see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VolunteerTask {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub moment: String,
    pub talents: Vec<String>,
    pub open: bool,
    /// Who offered to help, newest first.
    pub offers: Vec<HelpOffer>,
}

/// "Ik help graag": a member who offered to help.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpOffer {
    /// The display name, or the nickname.
    pub name: String,
    pub at: i64,
}

/// A centre's volunteer tasks, for its management page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CentreTasks {
    pub slug: String,
    pub name: String,
    pub tasks: Vec<VolunteerTask>,
}

/// An open task that fits my talents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaskSuggestion {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub moment: String,
    pub centre_name: String,
    /// The task's talents that I have.
    pub matched: Vec<String>,
    /// I already offered to help.
    pub offered: bool,
}

/// A member who offers a talent I wish to learn, and chose to be findable for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonSuggestion {
    pub account_id: i64,
    pub name: String,
    /// What they offer that I wish.
    pub talents: Vec<Item>,
    /// I already sent them a request.
    pub asked: bool,
}

/// Everything "Past bij jou" shows.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Suggestions {
    pub activities: Vec<crate::domain::agenda::AgendaItem>,
    pub tasks: Vec<TaskSuggestion>,
    pub people: Vec<PersonSuggestion>,
    /// Contact requests to me that I have not answered.
    pub new_requests: i64,
    /// For facilitators: groups with requests to join or reported posts waiting.
    pub group_todos: Vec<crate::domain::board::GroupTodo>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RequestStatus {
    Open,
    Accepted,
    /// Only its receiver sees this; to the sender it stays open.
    Ignored,
}

impl RequestStatus {
    pub fn slug(self) -> &'static str {
        match self {
            RequestStatus::Open => "open",
            RequestStatus::Accepted => "aangenomen",
            RequestStatus::Ignored => "genegeerd",
        }
    }

    pub fn from_slug(slug: &str) -> Option<RequestStatus> {
        [RequestStatus::Open, RequestStatus::Accepted, RequestStatus::Ignored]
            .into_iter()
            .find(|s| s.slug() == slug)
    }

    /// What the sender may know: an ignored request looks unanswered.
    pub fn as_seen_by_sender(self) -> RequestStatus {
        match self {
            RequestStatus::Ignored => RequestStatus::Open,
            other => other,
        }
    }
}

/// A contact request, from the point of view of one of the two people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactRequest {
    pub id: i64,
    /// The other person's display name or nickname.
    pub other_name: String,
    pub talent: Item,
    pub message: String,
    pub reply: String,
    pub status: RequestStatus,
    /// Sent to me (else: sent by me).
    pub incoming: bool,
    pub at: i64,
}

/// A task I offered to help with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyOffer {
    pub task_id: i64,
    pub title: String,
    pub centre_name: String,
    pub moment: String,
}

/// `/mijn/verzoeken`: contact requests to and from me, and the tasks I offered to help with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyRequests {
    pub incoming: Vec<ContactRequest>,
    pub outgoing: Vec<ContactRequest>,
    pub offers: Vec<MyOffer>,
}

/// The form to ask someone for contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactOffer {
    pub account_id: i64,
    pub name: String,
    pub talent: Item,
    pub asked: bool,
}

/// A task as posted by a coordinator.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TaskForm {
    pub centrum: String,
    /// Empty for a new task.
    pub id: String,
    pub titel: String,
    pub omschrijving: String,
    pub wanneer: String,
    pub talenten: Vec<String>,
}

/// A valid task.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewTask {
    pub title: String,
    pub description: String,
    pub moment: String,
    pub talents: Vec<String>,
}

impl TaskForm {
    pub fn parse(&self) -> Result<NewTask, Vec<FieldProblem>> {
        let mut fields = Fields::refusing_markup();
        let title = fields.required_line("titel", &self.titel, TASK_TITLE_MAX);
        let description = fields.text("omschrijving", &self.omschrijving, TASK_DESCRIPTION_MAX);
        let moment = fields.line("wanneer", &self.wanneer, TASK_MOMENT_MAX);
        let known = task_talents();
        let mut talents = Vec::new();
        for key in &self.talenten {
            if !known.iter().any(|s| s.key == key) {
                fields.add("talenten", Problem::UnknownChoice);
            } else if !talents.contains(key) {
                talents.push(key.clone());
            }
        }
        if talents.is_empty() {
            fields.add("talenten", Problem::Required);
        }
        fields.finish(NewTask {
            title,
            description,
            moment,
            talents,
        })
    }
}

/// The keys of the talents a member who helps out brings: what they are good at, can offer, and
/// the ways they like to help.
pub fn helper_keys(profile: &crate::domain::profile::Profile) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for item in profile.good_at.iter().chain(&profile.can_offer).chain(&profile.helping) {
        let key = item.key();
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    keys
}

/// A task's talents that fit a helper's keys, in the task's order.
pub fn matched_talents(task_talents: &[String], helper: &[String]) -> Vec<String> {
    task_talents.iter().filter(|t| helper.contains(t)).cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::profile::ProfileForm;

    fn task() -> TaskForm {
        TaskForm {
            centrum: "de-haven-zwolle".into(),
            titel: "  Bardienst   dinsdag ".into(),
            omschrijving: "Koffie en thee zetten bij de inloop.".into(),
            wanneer: "dinsdagochtend".into(),
            talenten: vec!["bardienst".into(), "koken".into(), "koken".into()],
            ..TaskForm::default()
        }
    }

    #[test]
    fn a_task_needs_a_title_and_a_known_talent() {
        let parsed = task().parse().expect("valid");
        assert_eq!(parsed.title, "Bardienst dinsdag");
        assert_eq!(parsed.talents, ["bardienst", "koken"]);
        let mut bad = task();
        bad.titel = " ".into();
        bad.omschrijving = "<img src=x onerror=alert(1)>".into();
        bad.wanneer = "x".repeat(81);
        bad.talenten = vec!["diagnose".into()];
        let fields: Vec<String> = bad.parse().expect_err("refused").into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["titel", "omschrijving", "wanneer", "talenten"]);
        let mut none = task();
        none.talenten.clear();
        assert_eq!(
            none.parse().expect_err("refused"),
            [FieldProblem::new("talenten", Problem::Required)]
        );
    }

    #[test]
    fn a_helper_fits_a_task_by_any_talent_or_way_of_helping() {
        let profile = ProfileForm {
            goed_in: vec!["bakken".into()],
            taken: vec!["bardienst".into()],
            helpen: "ja".into(),
            ..ProfileForm::default()
        }
        .parse()
        .expect("valid");
        let keys = helper_keys(&profile);
        assert_eq!(keys, ["bakken", "bardienst"]);
        let wanted = vec!["koken".to_owned(), "bardienst".to_owned(), "bakken".to_owned()];
        assert_eq!(matched_talents(&wanted, &keys), ["bardienst", "bakken"]);
        assert!(matched_talents(&["vervoer".to_owned()], &keys).is_empty());
    }

    #[test]
    fn an_ignored_request_looks_unanswered_to_its_sender() {
        assert_eq!(RequestStatus::Ignored.as_seen_by_sender(), RequestStatus::Open);
        assert_eq!(RequestStatus::Accepted.as_seen_by_sender(), RequestStatus::Accepted);
        assert_eq!(RequestStatus::from_slug("genegeerd"), Some(RequestStatus::Ignored));
    }

    #[test]
    fn every_task_talent_has_words() {
        let all = task_talents();
        assert!(all.iter().any(|s| s.key == "bardienst") && all.iter().any(|s| s.key == "tuinieren"));
        let keys: Vec<&str> = all.iter().map(|s| s.key).collect();
        let unique: std::collections::HashSet<&str> = keys.iter().copied().collect();
        assert_eq!(keys.len(), unique.len());
        assert_eq!(task_talent_words("koken", false), "koken voor de groep");
        assert_eq!(task_talent_words("tuinieren", true), "gardening");
    }
}
