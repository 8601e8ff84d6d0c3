//! What can be wrong with a submitted form, field by field, and what a page needs to show a
//! refused form again: the problems and the values that were typed (never passwords or codes).

use serde::{Deserialize, Serialize};

/// One thing wrong with one field. Each has a text in every language (`Texts::problem`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Problem {
    Required,
    /// Longer than the field allows.
    TooLong,
    /// A choice that is not one of the options.
    UnknownChoice,
    NicknameLength,
    NicknameCharacters,
    NicknameTaken,
    EmailInvalid,
    /// The address belongs to another account (said only to an admin).
    EmailTaken,
    PasswordTooShort,
    PasswordTooLong,
    PasswordCommon,
    PasswordHasName,
    /// Nickname and password do not match an account (never says which one is wrong).
    LoginFailed,
    /// A code from a mail that is wrong, used or expired (never says which).
    CodeWrong,
    /// A link from a mail that is used or expired.
    LinkExpired,
    /// The current password, asked again before a change, is wrong.
    WrongPassword,
    UnknownTheme,
    UrlInvalid,
    PhoneInvalid,
    NotANumber,
    CapacityTooLow,
    CapacityTooHigh,
    DateInvalid,
    DateInPast,
    DateTooFar,
    TimeInvalid,
    /// The end is not after the start.
    EndBeforeStart,
    /// Two opening periods of one day overlap.
    PeriodsOverlap,
    IntervalInvalid,
    NoWeekdays,
    CountInvalid,
    /// A series or closure that ends before it begins.
    UntilBeforeStart,
    /// A course needs a last date or a number of sessions.
    CourseNeedsEnd,
    /// A deletion that was not confirmed.
    ConfirmNeeded,
    /// The date was already cancelled, changed or is over.
    DateGone,
    /// Another date of the activity starts at that moment.
    DateTaken,
    /// A skipped session's place went to someone else meanwhile.
    PlaceGiven,
    /// A retention period outside 1–365 days.
    RetentionRange,
    /// One of several words is longer than 40 characters.
    ItemTooLong,
    /// Text with < or >, which looks like HTML.
    NoMarkup,
    /// More than 15 items in one list.
    TooManyItems,
    /// Joining a group needs a tick: "I agree with the house rules".
    RulesNotAgreed,
    /// The group has no place left.
    GroupFull,
    /// Three proposals for groups are already waiting.
    TooManyProposals,
    /// A head count below 0 or above 500.
    HeadCountRange,
    /// Fewer came than were ticked by name.
    HeadCountBelowNames,
    /// Only a groepsbijeenkomst belongs to a peer group.
    GroupNeedsMeeting,
    /// An invisible control or text-direction character (such as U+202E) that cannot be saved.
    ForbiddenCharacter,
    /// A coordinator cannot make a login code for this nickname (unknown, not connected to the
    /// centre, or with a role: never says which).
    HelpNotPossible,
    /// A login code from the centre that is wrong, used or expired (never says which).
    HelpCodeWrong,
    /// A tap or a correction for a day too long ago.
    TallyTooLongAgo,
    /// A count of visitors below 0 or above 1000.
    VisitsRange,
    /// More first-time visitors than visitors.
    FirstVisitsAboveVisits,
    /// Hours that cannot be read ("veel", "1:75").
    HoursInvalid,
    /// Less than a quarter of an hour or more than 24 hours.
    HoursRange,
    /// Hours for a day that has not come yet.
    HoursInFuture,
    /// Hours for a day over a year ago.
    HoursTooLongAgo,
    /// Neither a task chosen nor own words written.
    HoursWhatMissing,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldProblem {
    /// The `name` of the form field.
    pub field: String,
    pub problem: Problem,
}

impl FieldProblem {
    pub fn new(field: &str, problem: Problem) -> FieldProblem {
        FieldProblem {
            field: field.to_owned(),
            problem,
        }
    }
}

/// The name of the hidden field that says which action a form asks for; its value is the
/// server function's endpoint.
pub const ACTION_FIELD: &str = "actie";

/// Fields whose values are never sent back into a page.
pub fn is_secret_field(name: &str) -> bool {
    ["wachtwoord", "password", "code", "token"]
        .iter()
        .any(|secret| name.contains(secret))
}

/// No field of any form holds more than this many characters (the longest, an activity's
/// description, allows 5,000); a longer value is refused whatever the form, also in a field the
/// form ignores.
pub const VALUE_MAX: usize = 10_000;

/// Checks every typed value of a posted form against [`crate::domain::text::clean_value`]
/// (passwords and codes pass untouched): the form again with its values in NFC, or one problem
/// for each field that holds a forbidden character. Runs before any server function, so such a
/// form changes nothing.
pub fn clean_form(fields: &[(String, String)]) -> Result<Vec<(String, String)>, Vec<FieldProblem>> {
    let mut cleaned = Vec::with_capacity(fields.len());
    let mut problems: Vec<FieldProblem> = Vec::new();
    for (name, value) in fields {
        let name_ok = !name.chars().any(crate::domain::text::is_forbidden_char);
        let checked = if value.chars().count() > VALUE_MAX {
            Err(Problem::TooLong)
        } else if is_secret_field(name) {
            Ok(value.clone())
        } else {
            crate::domain::text::clean_value(value).ok_or(Problem::ForbiddenCharacter)
        };
        match checked {
            Ok(value) if name_ok => cleaned.push((name.clone(), value)),
            refused => {
                let problem = refused.err().unwrap_or(Problem::ForbiddenCharacter);
                // `taal[0]` and `taal[]` are the field `taal`.
                let field = name.split('[').next().unwrap_or(name);
                if !problems.iter().any(|p| p.field == field) {
                    problems.push(FieldProblem::new(field, problem));
                }
            }
        }
    }
    if problems.is_empty() {
        Ok(cleaned)
    } else {
        Err(problems)
    }
}

/// Only a path on this site: never another site ("//evil.example", "https://…", "/\\evil").
pub fn is_safe_return_path(path: &str) -> bool {
    path.starts_with('/') && !path.starts_with("//") && !path.contains('\\') && !path.chars().any(char::is_control)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_paths_on_this_site_are_followed() {
        assert!(is_safe_return_path("/activiteiten?soort=inloop"));
        for bad in ["//evil.example", "https://evil.example", "/\\evil.example", "", "/a\nb"] {
            assert!(!is_safe_return_path(bad), "{bad}");
        }
    }

    #[test]
    fn secrets_are_recognised() {
        assert!(is_secret_field("wachtwoord"));
        assert!(is_secret_field("nieuw_wachtwoord"));
        assert!(is_secret_field("code"));
        assert!(!is_secret_field("bijnaam"));
        assert!(!is_secret_field("email"));
    }

    #[test]
    fn a_form_with_a_forbidden_character_or_a_huge_value_is_refused_per_field() {
        let form = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
            pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
        };
        let huge = "x".repeat(VALUE_MAX + 1);
        let refused = clean_form(&form(&[
            ("bijnaam", "Sam\u{202e}"),
            ("talen[]", "nl\u{0}"),
            ("talen[]", "en\u{0}"),
            ("intro", &huge),
            ("wachtwoord", "mag \u{7} alles"),
        ]))
        .expect_err("refused");
        assert_eq!(
            refused,
            vec![
                FieldProblem::new("bijnaam", Problem::ForbiddenCharacter),
                FieldProblem::new("talen", Problem::ForbiddenCharacter),
                FieldProblem::new("intro", Problem::TooLong),
            ]
        );
        let kept = clean_form(&form(&[("naam", "Zoe\u{308}"), ("wachtwoord", "e\u{301}")])).expect("clean");
        assert_eq!(
            kept,
            form(&[("naam", "Zo\u{eb}"), ("wachtwoord", "e\u{301}")]),
            "passwords as typed"
        );
    }
}
