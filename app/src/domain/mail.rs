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
    pub last_error: String,
    pub queued_at: DateTime<Utc>,
}

/// The outbox at a glance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailOverview {
    /// Where mail goes: an SMTP server (no password) or a folder.
    pub target: String,
    pub waiting: i64,
    pub problems: Vec<MailProblem>,
}
