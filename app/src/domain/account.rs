//! What an account is made of and the rules its fields follow: a nickname, a password and an
//! optional e-mail address. Nothing else is ever asked. The common-password list is checked on the
//! server only (`ssr::auth::password`), so it does not travel to the browser.

use crate::domain::form::{FieldProblem, Problem};
use serde::{Deserialize, Serialize};

pub const NICKNAME_MIN: usize = 2;
pub const NICKNAME_MAX: usize = 32;
/// ASVS 5.0 §6.2.1: at least 8 characters.
pub const PASSWORD_MIN: usize = 8;
/// ASVS 5.0 §6.2.9 asks to allow at least 64; longer ones only cost hashing time.
pub const PASSWORD_MAX: usize = 128;
/// The length we suggest: a passphrase of a few words.
pub const PASSPHRASE_SUGGESTED: usize = 15;
const EMAIL_MAX: usize = 254;

/// A nickname as shown, with its key for comparing ("Anna  B" and "anna b" are the same person).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Nickname {
    shown: String,
}

impl Nickname {
    /// Trims the name and folds runs of spaces into one, then checks length and characters:
    /// letters, digits, spaces and `- _ . '`.
    pub fn parse(input: &str) -> Result<Nickname, Problem> {
        let shown = input.split_whitespace().collect::<Vec<_>>().join(" ");
        let length = shown.chars().count();
        if length == 0 {
            return Err(Problem::Required);
        }
        if !(NICKNAME_MIN..=NICKNAME_MAX).contains(&length) {
            return Err(Problem::NicknameLength);
        }
        let allowed = |c: char| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.' | '\'');
        if !shown.chars().all(allowed) {
            return Err(Problem::NicknameCharacters);
        }
        Ok(Nickname { shown })
    }

    pub fn as_str(&self) -> &str {
        &self.shown
    }

    /// The form that must be unique.
    pub fn key(&self) -> String {
        nickname_key(&self.shown)
    }
}

/// The comparison key of whatever was typed as a nickname (also for names that do not parse, so
/// that a login attempt is counted under the same key either way).
pub fn nickname_key(input: &str) -> String {
    input.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// An e-mail address that looks deliverable: one `@`, something before it, a domain with a dot
/// after it, no spaces. Whether it really arrives is for the mail to find out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Email(String);

impl Email {
    /// An empty field means "no address".
    pub fn parse_optional(input: &str) -> Result<Option<Email>, Problem> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Ok(None);
        }
        Email::parse(trimmed).map(Some)
    }

    pub fn parse(input: &str) -> Result<Email, Problem> {
        let address = input.trim();
        if address.is_empty() {
            return Err(Problem::Required);
        }
        let Some((local, domain)) = address.rsplit_once('@') else {
            return Err(Problem::EmailInvalid);
        };
        let valid = address.chars().count() <= EMAIL_MAX
            && !local.is_empty()
            && !local.contains('@')
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && !address
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | ',' | ';'));
        if valid {
            Ok(Email(address.to_owned()))
        } else {
            Err(Problem::EmailInvalid)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form that must be unique: domains are case-insensitive, and in practice so are local
    /// parts.
    pub fn key(&self) -> String {
        self.0.to_lowercase()
    }
}

/// The rules of ASVS 5.0 §6.2 that need no list: length, and no nickname or site name inside.
/// Composition rules (a digit, a capital, …) are deliberately absent. Counts characters, not
/// bytes, and never trims: spaces belong to a passphrase.
pub fn check_password(password: &str, nickname: Option<&str>) -> Result<(), Problem> {
    let length = password.chars().count();
    if length == 0 {
        return Err(Problem::Required);
    }
    if length < PASSWORD_MIN {
        return Err(Problem::PasswordTooShort);
    }
    if length > PASSWORD_MAX {
        return Err(Problem::PasswordTooLong);
    }
    let lower = password.to_lowercase();
    let compact: String = lower.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.contains("kring") {
        return Err(Problem::PasswordHasName);
    }
    if let Some(name) = nickname {
        let name: String = nickname_key(name).chars().filter(|c| !c.is_whitespace()).collect();
        if name.chars().count() >= 3 && compact.contains(&name) {
            return Err(Problem::PasswordHasName);
        }
    }
    Ok(())
}

/// What someone typed to register.
#[derive(Debug, Clone)]
pub struct Registration {
    pub nickname: Nickname,
    pub email: Option<Email>,
}

impl Registration {
    /// All problems at once, each with its field, so the form can show every one.
    pub fn parse(nickname: &str, password: &str, email: &str) -> Result<Registration, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let nickname = Nickname::parse(nickname).map_err(|p| problems.push(FieldProblem::new("bijnaam", p)));
        if let Err(problem) = check_password(password, nickname.as_ref().ok().map(Nickname::as_str)) {
            problems.push(FieldProblem::new("wachtwoord", problem));
        }
        let email = Email::parse_optional(email).map_err(|p| problems.push(FieldProblem::new("email", p)));
        match (nickname, email) {
            (Ok(nickname), Ok(email)) if problems.is_empty() => Ok(Registration { nickname, email }),
            _ => Err(problems),
        }
    }
}

/// What "mijn account" shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyAccount {
    pub created: chrono::DateTime<chrono::Utc>,
    pub nickname: String,
    pub email: Option<String>,
    pub is_admin: bool,
    /// (centre slug, centre name, role)
    pub roles: Vec<(String, String, crate::domain::policy::CentreRole)>,
    pub sessions: Vec<SessionInfo>,
    /// A reminder by mail the day before each activity I signed up for.
    pub reminders: bool,
    /// When my password was set with a code from a centre, until I have seen it.
    pub helped_reset_at: Option<chrono::DateTime<chrono::Utc>>,
    /// An admin took my address away because mail to it did not arrive, until I have seen it.
    pub email_dropped: bool,
}

/// How long a login code from a centre works (see `ssr::login_help`).
pub const LOGIN_HELP_MINUTES: i64 = 30;

/// My standing with a peer group in "download my data".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportedMembership {
    pub group: String,
    pub status: String,
    pub my_message: String,
    pub answer: String,
    pub wants_announcements_by_mail: bool,
    pub since: chrono::DateTime<chrono::Utc>,
}

/// One of my posts in "download my data".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportedPost {
    pub group: String,
    pub text: String,
    pub written_at: chrono::DateTime<chrono::Utc>,
    pub hidden_because: Option<String>,
}

/// One sign-up in "download my data".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportedSignup {
    pub activity: String,
    /// None: a whole course.
    pub date: Option<chrono::DateTime<chrono::Utc>>,
    pub status: String,
    pub signed_up_at: chrono::DateTime<chrono::Utc>,
    /// The remark written with it (empty: none).
    pub remark: String,
}

/// Two-factor login as "mijn account" shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TwoFactorStatus {
    pub enabled: bool,
    pub unused_recovery_codes: i64,
    /// While being set up: what to put in the app, and the recovery codes to write down.
    pub setup: Option<TwoFactorSetup>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TwoFactorSetup {
    /// The key in groups of four, for typing into an app.
    pub key: String,
    /// The QR code of the `otpauth://` address, as an SVG `data:` address.
    pub qr_code: String,
    pub recovery_codes: Vec<String>,
}

/// One logged-in browser.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionInfo {
    /// "Firefox · Android"; empty when unknown.
    pub device: String,
    pub started: chrono::DateTime<chrono::Utc>,
    pub last_seen: chrono::DateTime<chrono::Utc>,
    /// The browser asking.
    pub current: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nicknames_are_tidied_and_compared_without_case() {
        let name = Nickname::parse("  Anna   de Vries ").expect("valid");
        assert_eq!(name.as_str(), "Anna de Vries");
        assert_eq!(name.key(), nickname_key("anna DE   vries"));
        assert_eq!(
            Nickname::parse("Zoë-Ö'Neil").map(|n| n.key()),
            Ok("zoë-ö'neil".to_owned())
        );
    }

    #[test]
    fn nicknames_have_limits() {
        assert_eq!(Nickname::parse("   "), Err(Problem::Required));
        assert_eq!(Nickname::parse("A"), Err(Problem::NicknameLength));
        assert_eq!(Nickname::parse(&"a".repeat(33)), Err(Problem::NicknameLength));
        assert_eq!(Nickname::parse("<script>"), Err(Problem::NicknameCharacters));
        assert_eq!(Nickname::parse("anna@example.org"), Err(Problem::NicknameCharacters));
    }

    #[test]
    fn passwords_follow_length_rules_only() {
        assert_eq!(check_password("", None), Err(Problem::Required));
        assert_eq!(check_password("kort123", None), Err(Problem::PasswordTooShort));
        assert_eq!(check_password("abcdefgh", None), Ok(()));
        assert_eq!(check_password("alleen kleine letters", None), Ok(()));
        assert_eq!(check_password(&"x".repeat(128), None), Ok(()));
        assert_eq!(check_password(&"x".repeat(129), None), Err(Problem::PasswordTooLong));
        // Eight characters, not eight bytes.
        assert_eq!(check_password("ééééééé", None), Err(Problem::PasswordTooShort));
    }

    #[test]
    fn passwords_may_not_hold_the_nickname_or_the_site_name() {
        assert_eq!(
            check_password("mijn KRING wachtwoord", None),
            Err(Problem::PasswordHasName)
        );
        assert_eq!(
            check_password("Anna de Vries 2026", Some("anna de vries")),
            Err(Problem::PasswordHasName)
        );
        assert_eq!(
            check_password("xxannadevriesxx", Some("Anna de Vries")),
            Err(Problem::PasswordHasName)
        );
        // A two-letter nickname would refuse too much.
        assert_eq!(check_password("jo is een lange zin", Some("Jo")), Ok(()));
    }

    #[test]
    fn email_is_optional_but_must_look_like_an_address() {
        assert_eq!(Email::parse_optional("  "), Ok(None));
        assert_eq!(
            Email::parse_optional(" Anna@Example.org ").map(|e| e.map(|e| e.key())),
            Ok(Some("anna@example.org".to_owned()))
        );
        for bad in [
            "anna",
            "anna@",
            "@example.org",
            "anna@example",
            "an na@example.org",
            "a@b..nl",
            "a@.nl",
        ] {
            assert_eq!(Email::parse(bad), Err(Problem::EmailInvalid), "{bad}");
        }
    }

    #[test]
    fn registration_reports_every_problem_with_its_field() {
        let problems = Registration::parse("A", "kort", "geen-adres").expect_err("invalid");
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["bijnaam", "wachtwoord", "email"]);
        assert!(Registration::parse("Anna", "lange zin met woorden", "").is_ok());
    }
}
