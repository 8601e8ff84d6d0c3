//! A peer group's board (prikbord) and its meetings: short posts and replies by members and
//! facilitators, newest first; reports to the facilitators, who can hide a post with a reason its
//! author sees; and who came to a meeting, for the group's own use.

use crate::domain::fields::Fields;
use crate::domain::form::{FieldProblem, Problem};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A post or a reply: short.
pub const POST_MAX: usize = 1000;
/// Why a post was hidden.
pub const REASON_MAX: usize = 300;
/// Posts shown at once; older ones are a link away.
pub const PAGE: i64 = 20;
/// The most people a meeting's head count takes.
pub const HEAD_COUNT_MAX: i64 = 500;

/// A post's text: trimmed, not empty, at most `POST_MAX` characters. Markup is allowed and shown
/// as text (someone may write "<3").
pub fn post_text(field: &str, text: &str) -> Result<String, Vec<FieldProblem>> {
    let mut fields = Fields::new();
    let text = fields.required_text(field, text, POST_MAX);
    fields.finish(text)
}

/// One post or reply, as the viewer may see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Post {
    pub id: i64,
    pub author: String,
    /// Written by the viewer.
    pub mine: bool,
    /// By a facilitator.
    pub by_facilitator: bool,
    /// Empty when it is hidden and the viewer is neither its author nor a facilitator.
    pub body: String,
    pub announcement: bool,
    pub created_at: DateTime<Utc>,
    /// Hidden by a facilitator: the reason, for its author and the facilitators (empty for
    /// others, who only see that it was hidden).
    pub hidden: Option<String>,
    /// For facilitators: how many members reported it.
    pub reports: i64,
    pub reported_by_me: bool,
    /// Replies, oldest first (only on posts, not on replies).
    pub replies: Vec<Post>,
}

/// The board as a member or facilitator sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Board {
    /// Newest first.
    pub posts: Vec<Post>,
    /// Members (not paused) and facilitators post and reply.
    pub may_post: bool,
    /// The id to ask for older posts from, when there are more.
    pub older: Option<i64>,
}

/// What waits for a facilitator in one of their groups.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupTodo {
    pub group_id: i64,
    pub name: String,
    /// Requests to join.
    pub requests: i64,
    /// Reported posts that are not hidden.
    pub reports: i64,
}

/// A reported post that is still shown, for the facilitators.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reported {
    pub post_id: i64,
    /// The board page that holds it: posts older than this id (a reply's post's id + 1).
    pub page_from: i64,
    pub author: String,
    pub reports: i64,
}

/// A meeting of the group (a date of an activity linked to it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    pub occurrence_id: i64,
    pub activity_id: i64,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// Whether it goes on (a cancelled one, or one on a day the centre is closed, does not).
    pub state: crate::domain::signup::DateState,
    /// How many came, once a facilitator registered it.
    pub head_count: Option<i64>,
}

/// The group's meetings: coming ones, and the last ones with who came.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meetings {
    pub coming: Vec<Meeting>,
    pub past: Vec<Meeting>,
}

/// A facilitator registers who came: ticked members (account ids) and how many in all (empty:
/// as many as were ticked; more when people came who are not on the list).
pub fn attendance(ticked: &[String], members: &[i64], count: &str) -> Result<(Vec<i64>, i64), Vec<FieldProblem>> {
    let mut problems = Vec::new();
    let mut named = Vec::new();
    for id in ticked {
        match id.parse::<i64>() {
            Ok(id) if members.contains(&id) => {
                if !named.contains(&id) {
                    named.push(id);
                }
            }
            _ => {
                problems.push(FieldProblem::new("aanwezig", Problem::UnknownChoice));
                break;
            }
        }
    }
    let named_count = i64::try_from(named.len()).unwrap_or(i64::MAX);
    let total = match count.trim() {
        "" => named_count,
        text => match text.parse::<i64>() {
            Ok(n) if !(0..=HEAD_COUNT_MAX).contains(&n) => {
                problems.push(FieldProblem::new("aantal", Problem::HeadCountRange));
                0
            }
            Ok(n) if n < named_count => {
                problems.push(FieldProblem::new("aantal", Problem::HeadCountBelowNames));
                0
            }
            Ok(n) => n,
            Err(_) => {
                problems.push(FieldProblem::new("aantal", Problem::NotANumber));
                0
            }
        },
    };
    if problems.is_empty() {
        Ok((named, total))
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_post_is_short_and_not_empty_and_may_hold_markup() {
        assert_eq!(post_text("tekst", "  hoi <3 \r\n"), Ok("hoi <3".to_owned()));
        assert_eq!(post_text("tekst", " ").unwrap_err()[0].problem, Problem::Required);
        let long = "x".repeat(POST_MAX + 1);
        assert_eq!(post_text("tekst", &long).unwrap_err()[0].problem, Problem::TooLong);
        assert!(
            post_text("tekst", &"é".repeat(POST_MAX)).is_ok(),
            "characters, not bytes"
        );
    }

    #[test]
    fn attendance_names_members_and_counts_at_least_them() {
        let members = [4, 5, 6];
        assert_eq!(attendance(&["4".into(), "5".into()], &members, ""), Ok((vec![4, 5], 2)));
        assert_eq!(attendance(&["4".into()], &members, " 7 "), Ok((vec![4], 7)));
        assert_eq!(attendance(&[], &members, "0"), Ok((vec![], 0)));
        let problem = |ticked: &[String], count: &str| attendance(ticked, &members, count).unwrap_err()[0].problem;
        assert_eq!(problem(&["9".into()], ""), Problem::UnknownChoice);
        assert_eq!(problem(&["4".into(), "5".into()], "1"), Problem::HeadCountBelowNames);
        assert_eq!(problem(&[], "501"), Problem::HeadCountRange);
        assert_eq!(problem(&[], "veel"), Problem::NotANumber);
    }
}
