//! Who runs what: new centres, the team of a centre and invitations to join it.

use crate::domain::fields::Fields;
use crate::domain::form::FieldProblem;
use crate::domain::policy::CentreRole;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A new centre as an admin types it; the rest (hours, contact) the coordinator fills in later.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCentre {
    pub name: String,
    pub town: String,
    pub address: String,
}

impl NewCentre {
    pub fn parse(name: &str, town: &str, address: &str) -> Result<NewCentre, Vec<FieldProblem>> {
        let mut fields = Fields::new();
        let centre = NewCentre {
            name: fields.required_line("naam", name, 100),
            town: fields.required_line("plaats", town, 60),
            address: fields.required_line("adres", address, 200),
        };
        fields.finish(centre)
    }

    /// "Zelfregiecentrum De Haven" in "Zwolle" → "zelfregiecentrum-de-haven-zwolle".
    pub fn slug(&self) -> String {
        slugify(&format!("{} {}", self.name, self.town))
    }
}

/// Lower-case ASCII letters and digits joined by single hyphens; accents lose their marks.
pub fn slugify(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let plain = match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            other => other,
        };
        if plain.is_ascii_alphanumeric() {
            slug.push(plain);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug: String = slug.chars().take(70).collect();
    if slug.is_empty() {
        "centrum".to_owned()
    } else {
        slug.trim_end_matches('-').to_owned()
    }
}

/// The platform overview for an admin.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Platform {
    pub centres: Vec<CentreOverview>,
    /// Whether the admin asking has two-factor login on (admins are asked to).
    pub two_factor_on: bool,
}

/// One centre on the platform overview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CentreOverview {
    pub slug: String,
    pub name: String,
    pub town: String,
    pub coordinators: Vec<String>,
}

/// A centre's team page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CentreTeam {
    pub slug: String,
    pub name: String,
    pub members: Vec<TeamMember>,
    pub open_invites: Vec<OpenInvite>,
    /// Whether the one asking may invite coordinators (admins only).
    pub may_invite_coordinators: bool,
    /// The start of an invitation link: "https://kring.example/uitnodiging?token=".
    pub invite_base: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamMember {
    pub nickname: String,
    pub role: CentreRole,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenInvite {
    pub role: CentreRole,
    pub expires: DateTime<Utc>,
}

/// What an invitation link offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InviteOffer {
    pub centre_name: String,
    pub centre_slug: String,
    pub role: CentreRole,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::form::Problem;

    #[test]
    fn slugs_are_plain_and_readable() {
        assert_eq!(
            slugify("Zelfregiecentrum De Haven Zwolle"),
            "zelfregiecentrum-de-haven-zwolle"
        );
        assert_eq!(slugify("  Café 't Hoekje — Enschede "), "cafe-t-hoekje-enschede");
        assert_eq!(slugify("!!!"), "centrum");
        assert!(crate::domain::agenda::is_slug(&slugify(&"Ää ".repeat(60))));
    }

    #[test]
    fn a_new_centre_needs_a_name_a_town_and_an_address() {
        let problems = NewCentre::parse(" ", "Zwolle", &"x".repeat(201)).expect_err("invalid");
        assert_eq!(
            problems,
            vec![
                FieldProblem::new("naam", Problem::Required),
                FieldProblem::new("adres", Problem::TooLong)
            ]
        );
        let centre = NewCentre::parse("De  Haven", "Zwolle", "Straat 1").expect("valid");
        assert_eq!(centre.name, "De Haven");
        assert_eq!(centre.slug(), "de-haven-zwolle");
    }
}
