//! What admins see of the outbox: messages that did not arrive, to send again.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A message that failed after its last attempt, or that the mail server refused for good.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailProblem {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    /// Refused for good by the mail server (else: failed after the last attempt).
    pub bounced: bool,
    pub attempts: i64,
    /// What the mail server (or the folder) said, for whoever needs the detail.
    pub last_error: String,
    /// The same in words an admin understands.
    pub reason: MailReason,
    /// The centre the message was about, if any.
    pub centre: Option<String>,
    /// The member whose address this is (id, nickname), if it belongs to an account.
    pub member: Option<(i64, String)>,
    pub queued_at: DateTime<Utc>,
}

/// Why a message did not arrive, read from what the mail server answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MailReason {
    /// 550/551/553, 5.1.x: the address does not exist (a typing error, or an old address).
    AddressUnknown,
    /// 552, x.2.2: the mailbox is full.
    MailboxFull,
    /// 554, 5.7.x: the receiving server refused the message (spam filter, policy).
    Refused,
    /// 530/535, x.7.8: Kring could not log in to its own mail server (its settings).
    Login,
    /// No connection, a timeout or a failed secure connection to the mail server.
    Unreachable,
    /// 4xx: the server said to try later, and the attempts ran out.
    Busy,
    /// Writing the message to the mail folder failed.
    Folder,
    Other,
}

impl MailReason {
    /// Reads the stored error text (lettre's "permanent error (550): …", "Connection error: …").
    pub fn of(error: &str) -> MailReason {
        let lower = error.to_lowercase();
        let code = lower
            .split_once("error (")
            .and_then(|(_, rest)| rest.get(..3))
            .and_then(|code| code.parse::<u16>().ok());
        let has = |part: &str| lower.contains(part);
        match code {
            Some(550 | 551 | 553) if !has("5.7.") => MailReason::AddressUnknown,
            Some(552) => MailReason::MailboxFull,
            _ if has("5.2.2") || has("4.2.2") => MailReason::MailboxFull,
            Some(530 | 535) => MailReason::Login,
            _ if has("5.1.1") || has("5.1.0") => MailReason::AddressUnknown,
            Some(550 | 554) => MailReason::Refused,
            Some(code) if (400..500).contains(&code) => MailReason::Busy,
            Some(code) if (500..600).contains(&code) => MailReason::Refused,
            _ if has("connection") || has("network") || has("tls") || has("timed out") || has("timeout") => {
                MailReason::Unreachable
            }
            _ if has("os error") || has("permission denied") || has("no space") || has("file") => MailReason::Folder,
            _ => MailReason::Other,
        }
    }

    /// Whether the address itself is the problem (so correcting it helps).
    pub fn address_problem(self) -> bool {
        matches!(
            self,
            MailReason::AddressUnknown | MailReason::MailboxFull | MailReason::Refused
        )
    }
}

/// Where mail goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum MailTarget {
    /// An SMTP server: "smtp://host:port" without user or password.
    Smtp(String),
    /// A folder of `.eml` files (no mail leaves the machine).
    Folder(String),
}

/// The outbox at a glance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailOverview {
    pub target: MailTarget,
    pub waiting: i64,
    pub problems: Vec<MailProblem>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_answers_become_reasons() {
        let cases = [
            (
                "permanent error (550): 5.1.1 No such user here",
                MailReason::AddressUnknown,
            ),
            (
                "permanent error (553): mailbox name not allowed",
                MailReason::AddressUnknown,
            ),
            ("permanent error (552): 5.2.2 Mailbox full", MailReason::MailboxFull),
            ("transient error (452): 4.2.2 over quota", MailReason::MailboxFull),
            ("permanent error (554): 5.7.1 rejected as spam", MailReason::Refused),
            ("permanent error (550): 5.7.1 Message rejected", MailReason::Refused),
            ("permanent error (535): 5.7.8 Authentication failed", MailReason::Login),
            ("transient error (421): try again later", MailReason::Busy),
            (
                "Connection error: Connection refused (os error 111)",
                MailReason::Unreachable,
            ),
            ("network error: timed out", MailReason::Unreachable),
            ("tls error: invalid certificate", MailReason::Unreachable),
            ("Permission denied (os error 13)", MailReason::Folder),
            ("", MailReason::Other),
        ];
        for (error, reason) in cases {
            assert_eq!(MailReason::of(error), reason, "{error}");
        }
        assert!(MailReason::AddressUnknown.address_problem());
        assert!(!MailReason::Unreachable.address_problem());
    }
}
