//! A centre's details (address, contact, how long guests' details are kept) as typed.

use super::*;
use crate::domain::fields::Fields;
use crate::domain::form::{FieldProblem, Problem};
use serde::{Deserialize, Serialize};

/// The details of a centre as its coordinator types them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CentreForm {
    pub centrum: String,
    pub naam: String,
    pub beschrijving: String,
    pub adres: String,
    pub postcode: String,
    pub plaats: String,
    pub telefoon: String,
    pub email: String,
    pub toegankelijkheid: String,
    /// "ja" when volunteers may publish the activities they facilitate.
    pub vrijwilligers_publiceren: String,
    /// Days a guest's nickname and contact details are kept after the activity.
    pub bewaartermijn: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CentreDetails {
    pub name: String,
    pub description: String,
    pub address: String,
    pub postcode: String,
    pub town: String,
    pub phone: String,
    pub email: String,
    pub accessibility: String,
    pub volunteers_publish: bool,
    pub guest_retention_days: i64,
}

/// The longest a guest's details may be kept after an activity, in days.
pub const RETENTION_MAX_DAYS: i64 = 365;
/// How long a guest's details are kept when nothing else is chosen.
pub const RETENTION_DEFAULT_DAYS: i64 = 30;

impl CentreForm {
    pub fn parse(&self) -> Result<CentreDetails, Vec<FieldProblem>> {
        let mut check = Fields::new();
        let email = check.line("email", &self.email, SHORT_MAX);
        if !email.is_empty() && crate::domain::account::Email::parse(&email).is_err() {
            check.add("email", Problem::EmailInvalid);
        }
        let phone = check.line("telefoon", &self.telefoon, 30);
        if !phone.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c)) {
            check.add("telefoon", Problem::PhoneInvalid);
        }
        let details = CentreDetails {
            name: check.required_line("naam", &self.naam, 100),
            description: check.text("beschrijving", &self.beschrijving, DESCRIPTION_MAX),
            address: check.required_line("adres", &self.adres, SHORT_MAX),
            postcode: check.line("postcode", &self.postcode, 10),
            town: check.required_line("plaats", &self.plaats, 60),
            phone,
            email,
            accessibility: check.text("toegankelijkheid", &self.toegankelijkheid, NOTE_MAX),
            volunteers_publish: self.vrijwilligers_publiceren == "ja",
            // Empty: the default.
            guest_retention_days: match self.bewaartermijn.trim().parse::<i64>() {
                _ if self.bewaartermijn.trim().is_empty() => RETENTION_DEFAULT_DAYS,
                Ok(days) if (1..=RETENTION_MAX_DAYS).contains(&days) => days,
                Ok(_) => {
                    check.add("bewaartermijn", Problem::RetentionRange);
                    0
                }
                Err(_) => {
                    check.add("bewaartermijn", Problem::NotANumber);
                    0
                }
            },
        };
        check.finish(details)
    }
}
