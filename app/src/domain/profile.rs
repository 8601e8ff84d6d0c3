//! A profile is about talents and wishes, never about a diagnosis: what I am good at, what I can
//! offer others, what I would like to learn or do, my interests (the activity themes), the
//! languages I speak, and whether I like to help out. Each part has its own visibility; the
//! default is "alleen ik".

use crate::domain::activity::Theme;
use crate::domain::fields::Fields;
use crate::domain::form::{FieldProblem, Problem};
use serde::{Deserialize, Serialize};

pub const DISPLAY_NAME_MAX: usize = 40;
pub const INTRO_MAX: usize = 500;
/// One talent, wish or language in one's own words.
pub const ITEM_MAX: usize = 40;
/// Items per list.
pub const ITEMS_MAX: usize = 15;

/// Who may see a part of a profile.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Visibility {
    /// Only me (the default).
    #[default]
    Me,
    /// Members of my (peer) groups.
    Groups,
    /// Everyone with an account.
    Members,
}

impl Visibility {
    pub const ALL: [Visibility; 3] = [Visibility::Me, Visibility::Groups, Visibility::Members];

    pub fn slug(self) -> &'static str {
        match self {
            Visibility::Me => "ik",
            Visibility::Groups => "groepen",
            Visibility::Members => "deelnemers",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Visibility> {
        Visibility::ALL.into_iter().find(|v| v.slug() == slug)
    }
}

/// How the viewer stands to the profile's owner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Viewer {
    /// Not logged in: sees nothing, ever.
    Visitor,
    /// Any other member.
    Member,
    /// Someone in one of the owner's groups.
    GroupMember,
    /// The owner.
    Owner,
}

impl Viewer {
    /// Whether this viewer may see a part with this visibility.
    pub fn sees(self, visibility: Visibility) -> bool {
        match self {
            Viewer::Visitor => false,
            Viewer::Owner => true,
            Viewer::GroupMember => visibility >= Visibility::Groups,
            Viewer::Member => visibility == Visibility::Members,
        }
    }
}

/// The parts of a profile, each with its own visibility.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Part {
    Intro,
    Talents,
    Wishes,
    Interests,
    Languages,
    Helping,
}

impl Part {
    pub const ALL: [Part; 6] = [
        Part::Intro,
        Part::Talents,
        Part::Wishes,
        Part::Interests,
        Part::Languages,
        Part::Helping,
    ];

    /// The part in an address (`?opgeslagen=talenten`) and as the id of its form (`deel-talenten`).
    pub fn slug(self) -> &'static str {
        self.field().trim_start_matches("zicht_")
    }

    pub fn from_slug(slug: &str) -> Option<Part> {
        Part::ALL.into_iter().find(|part| part.slug() == slug)
    }

    /// The form field of the part's visibility.
    pub fn field(self) -> &'static str {
        match self {
            Part::Intro => "zicht_intro",
            Part::Talents => "zicht_talenten",
            Part::Wishes => "zicht_wensen",
            Part::Interests => "zicht_interesses",
            Part::Languages => "zicht_talen",
            Part::Helping => "zicht_helpen",
        }
    }
}

/// A suggestion from a curated list: its key, and the words in Dutch and English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Suggestion {
    pub key: &'static str,
    pub nl: &'static str,
    pub en: &'static str,
    /// The activity themes it matches.
    pub themes: &'static [Theme],
}

const fn s(key: &'static str, nl: &'static str, en: &'static str, themes: &'static [Theme]) -> Suggestion {
    Suggestion { key, nl, en, themes }
}

/// Talents and wishes people often name, so that matching works; one's own words are always
/// possible too.
pub const TALENTS: &[Suggestion] = &[
    s("koken", "koken", "cooking", &[Theme::Koken]),
    s("bakken", "bakken", "baking", &[Theme::Koken]),
    s("tuinieren", "tuinieren", "gardening", &[Theme::Natuur]),
    s("wandelen", "wandelen", "walking", &[Theme::Bewegen, Theme::Natuur]),
    s("sporten", "sporten", "sports", &[Theme::Bewegen]),
    s("muziek", "muziek maken", "making music", &[Theme::Muziek]),
    s("zingen", "zingen", "singing", &[Theme::Muziek]),
    s(
        "schilderen",
        "schilderen en tekenen",
        "painting and drawing",
        &[Theme::Creatief],
    ),
    s("handwerken", "handwerken", "needlework", &[Theme::Creatief]),
    s("fotograferen", "fotograferen", "photography", &[Theme::Creatief]),
    s("schrijven", "schrijven", "writing", &[Theme::Creatief]),
    s("computerhulp", "computerhulp", "computer help", &[Theme::Computer]),
    s(
        "taal",
        "taal en Nederlands oefenen",
        "language and practising Dutch",
        &[Theme::WerkEnLeren],
    ),
    s(
        "luisteren",
        "luisteren",
        "listening",
        &[Theme::Ontmoeting, Theme::Herstel],
    ),
    s("organiseren", "organiseren", "organising", &[Theme::WerkEnLeren]),
    s("klussen", "klussen", "repairs and odd jobs", &[Theme::WerkEnLeren]),
    s("spelletjes", "spelletjes", "games", &[Theme::Ontmoeting]),
    s("lezen", "lezen", "reading", &[Theme::Ontmoeting]),
];

/// Ways to help out at a centre.
pub const HELPING: &[Suggestion] = &[
    s(
        "bardienst",
        "bardienst (koffie en thee)",
        "serving coffee and tea",
        &[Theme::Ontmoeting],
    ),
    s("koken", "koken voor de groep", "cooking for the group", &[Theme::Koken]),
    s(
        "gastvrouw",
        "mensen welkom heten",
        "welcoming people",
        &[Theme::Ontmoeting],
    ),
    s(
        "meebegeleiden",
        "een activiteit mee begeleiden",
        "co-leading an activity",
        &[],
    ),
    s("opruimen", "opruimen en schoonmaken", "tidying and cleaning", &[]),
    s("klussen", "klussen", "repairs and odd jobs", &[Theme::WerkEnLeren]),
    s("vervoer", "vervoer", "transport", &[]),
];

/// Languages people in Dutch centres often speak.
pub const LANGUAGES: &[Suggestion] = &[
    s("nl", "Nederlands", "Dutch", &[]),
    s("en", "Engels", "English", &[]),
    s("ar", "Arabisch", "Arabic", &[]),
    s("tr", "Turks", "Turkish", &[]),
    s("pl", "Pools", "Polish", &[]),
    s("pap", "Papiaments", "Papiamento", &[]),
    s("fy", "Fries", "Frisian", &[]),
    s("de", "Duits", "German", &[]),
    s("fr", "Frans", "French", &[]),
    s("es", "Spaans", "Spanish", &[]),
    s("uk", "Oekraïens", "Ukrainian", &[]),
    s("ti", "Tigrinya", "Tigrinya", &[]),
    s("so", "Somalisch", "Somali", &[]),
    s("fa", "Farsi", "Farsi", &[]),
];

/// One item of a list: a curated suggestion (by key) or one's own words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Item {
    Curated(String),
    Own(String),
}

impl Item {
    /// The key matching uses: a curated key, or the own words in lower case.
    pub fn key(&self) -> String {
        match self {
            Item::Curated(key) => key.clone(),
            Item::Own(words) => words.to_lowercase(),
        }
    }
}

/// The words of an item in a language (`list` is where its curated key comes from).
pub fn item_words(item: &Item, list: &[Suggestion], english: bool) -> String {
    match item {
        Item::Curated(key) => list
            .iter()
            .find(|s| s.key == key)
            .map(|s| if english { s.en } else { s.nl }.to_owned())
            .unwrap_or_else(|| key.clone()),
        Item::Own(words) => words.clone(),
    }
}

/// A whole profile.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub display_name: String,
    pub intro: String,
    /// "Hier ben ik goed in".
    pub good_at: Vec<Item>,
    /// "Dit kan ik anderen bieden".
    pub can_offer: Vec<Item>,
    /// "Dit wil ik leren of doen".
    pub wishes: Vec<Item>,
    pub interests: Vec<Theme>,
    pub languages: Vec<Item>,
    /// I would like to help out, with these tasks.
    pub helps: bool,
    pub helping: Vec<Item>,
    /// Who wishes to learn what I can offer may find me and ask for contact.
    pub findable: bool,
    pub visibility: Vec<(Part, Visibility)>,
}

impl Profile {
    /// The activity themes that fit my wishes and interests.
    pub fn wanted_themes(&self) -> Vec<Theme> {
        let mut themes = self.interests.clone();
        for item in &self.wishes {
            if let Item::Curated(key) = item {
                for theme in TALENTS.iter().filter(|s| s.key == key).flat_map(|s| s.themes) {
                    if !themes.contains(theme) {
                        themes.push(*theme);
                    }
                }
            }
        }
        themes
    }

    pub fn visibility_of(&self, part: Part) -> Visibility {
        self.visibility
            .iter()
            .find(|(p, _)| *p == part)
            .map(|(_, v)| *v)
            .unwrap_or_default()
    }

    /// The profile as `viewer` sees it: parts they may not see are empty. None when they see
    /// nothing at all (and so may not learn the profile exists).
    pub fn as_seen_by(&self, viewer: Viewer) -> Option<Profile> {
        let sees = |part| viewer.sees(self.visibility_of(part));
        let seen = Profile {
            display_name: self.display_name.clone(),
            intro: if sees(Part::Intro) {
                self.intro.clone()
            } else {
                String::new()
            },
            good_at: if sees(Part::Talents) {
                self.good_at.clone()
            } else {
                Vec::new()
            },
            can_offer: if sees(Part::Talents) {
                self.can_offer.clone()
            } else {
                Vec::new()
            },
            wishes: if sees(Part::Wishes) {
                self.wishes.clone()
            } else {
                Vec::new()
            },
            interests: if sees(Part::Interests) {
                self.interests.clone()
            } else {
                Vec::new()
            },
            languages: if sees(Part::Languages) {
                self.languages.clone()
            } else {
                Vec::new()
            },
            helps: sees(Part::Helping) && self.helps,
            helping: if sees(Part::Helping) {
                self.helping.clone()
            } else {
                Vec::new()
            },
            // Only the owner learns whether they are findable.
            findable: viewer == Viewer::Owner && self.findable,
            visibility: self.visibility.clone(),
        };
        let anything = Part::ALL.iter().any(|part| sees(*part));
        anything.then_some(seen)
    }
}

/// The profile form as posted: checkboxes for suggestions (`name[]`), a line of own words
/// (comma separated), and a visibility per part.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProfileForm {
    pub naam: String,
    pub intro: String,
    pub goed_in: Vec<String>,
    pub goed_in_eigen: String,
    pub bieden: Vec<String>,
    pub bieden_eigen: String,
    pub wensen: Vec<String>,
    pub wensen_eigen: String,
    pub interesses: Vec<String>,
    pub talen: Vec<String>,
    pub talen_eigen: String,
    /// "ja": I like to help out.
    pub helpen: String,
    pub taken: Vec<String>,
    /// "ja": who wishes what I can offer may find me.
    pub vindbaar: String,
    pub zicht_intro: String,
    pub zicht_talenten: String,
    pub zicht_wensen: String,
    pub zicht_interesses: String,
    pub zicht_talen: String,
    pub zicht_helpen: String,
}

pub use crate::domain::fields::has_markup;

fn list(
    field: &str,
    own_field: &str,
    chosen: &[String],
    own: &str,
    curated: &[Suggestion],
    problems: &mut Vec<FieldProblem>,
) -> Vec<Item> {
    // Every loop stops at the limit, so a hostile list of thousands of words costs no more than
    // a full profile; each field gets one message per kind of problem.
    let mut items: Vec<Item> = Vec::new();
    let mut refused: Vec<(&str, Problem)> = Vec::new();
    let mut refuse = |field, problem| {
        if !refused.contains(&(field, problem)) {
            refused.push((field, problem));
        }
    };
    for key in chosen.iter().take(curated.len() + 1) {
        if curated.iter().any(|s| s.key == key) {
            if !items.contains(&Item::Curated(key.clone())) {
                items.push(Item::Curated(key.clone()));
            }
        } else {
            refuse(field, Problem::UnknownChoice);
        }
    }
    let pieces = own
        .split(',')
        .map(|w| w.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|words| !words.is_empty());
    for words in pieces {
        if items.len() > ITEMS_MAX {
            break;
        }
        if words.chars().count() > ITEM_MAX {
            refuse(own_field, Problem::ItemTooLong);
            continue;
        }
        if has_markup(&words) {
            refuse(own_field, Problem::NoMarkup);
            continue;
        }
        // Own words that are a suggestion count as that suggestion.
        let lower = words.to_lowercase();
        let item = match curated.iter().find(|s| s.nl.to_lowercase() == lower || s.key == lower) {
            Some(found) => Item::Curated(found.key.to_owned()),
            None => Item::Own(words),
        };
        if !items.iter().any(|i| i.key() == item.key()) {
            items.push(item);
        }
    }
    if items.len() > ITEMS_MAX {
        refuse(own_field, Problem::TooManyItems);
    }
    problems.extend(
        refused
            .into_iter()
            .map(|(field, problem)| FieldProblem::new(field, problem)),
    );
    items
}

impl ProfileForm {
    pub fn parse(&self) -> Result<Profile, Vec<FieldProblem>> {
        let mut fields = Fields::refusing_markup();
        let display_name = fields.line("naam", &self.naam, DISPLAY_NAME_MAX);
        let intro = fields.text("intro", &self.intro, INTRO_MAX);
        let mut problems = fields.into_problems();
        let good_at = list(
            "goed_in",
            "goed_in_eigen",
            &self.goed_in,
            &self.goed_in_eigen,
            TALENTS,
            &mut problems,
        );
        let can_offer = list(
            "bieden",
            "bieden_eigen",
            &self.bieden,
            &self.bieden_eigen,
            TALENTS,
            &mut problems,
        );
        let wishes = list(
            "wensen",
            "wensen_eigen",
            &self.wensen,
            &self.wensen_eigen,
            TALENTS,
            &mut problems,
        );
        let languages = list(
            "talen",
            "talen_eigen",
            &self.talen,
            &self.talen_eigen,
            LANGUAGES,
            &mut problems,
        );
        let helping = list("taken", "taken", &self.taken, "", HELPING, &mut problems);
        let mut interests = Vec::new();
        for slug in &self.interesses {
            match Theme::from_slug(slug) {
                Some(theme) if !interests.contains(&theme) => interests.push(theme),
                Some(_) => {}
                None => problems.push(FieldProblem::new("interesses", Problem::UnknownChoice)),
            }
        }
        let chosen = [
            (Part::Intro, &self.zicht_intro),
            (Part::Talents, &self.zicht_talenten),
            (Part::Wishes, &self.zicht_wensen),
            (Part::Interests, &self.zicht_interesses),
            (Part::Languages, &self.zicht_talen),
            (Part::Helping, &self.zicht_helpen),
        ];
        let mut visibility = Vec::new();
        for (part, slug) in chosen {
            match slug.as_str() {
                "" => visibility.push((part, Visibility::Me)),
                slug => match Visibility::from_slug(slug) {
                    Some(v) => visibility.push((part, v)),
                    None => problems.push(FieldProblem::new(part.field(), Problem::UnknownChoice)),
                },
            }
        }
        if !problems.is_empty() {
            problems.dedup();
            return Err(problems);
        }
        Ok(Profile {
            display_name,
            intro,
            good_at,
            can_offer,
            wishes,
            interests,
            languages,
            helps: self.helpen == "ja",
            helping,
            findable: self.vindbaar == "ja",
            visibility,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> ProfileForm {
        ProfileForm {
            naam: "Sam".into(),
            intro: "Ik ben Sam en ik kook graag.".into(),
            goed_in: vec!["koken".into()],
            goed_in_eigen: "Gitaar spelen, Tuinieren".into(),
            wensen: vec!["computerhulp".into()],
            interesses: vec!["natuur".into()],
            zicht_talenten: "deelnemers".into(),
            zicht_wensen: "groepen".into(),
            ..ProfileForm::default()
        }
    }

    #[test]
    fn own_words_that_are_a_suggestion_count_as_it() {
        let profile = form().parse().expect("valid");
        assert_eq!(
            profile.good_at,
            vec![
                Item::Curated("koken".into()),
                Item::Own("Gitaar spelen".into()),
                Item::Curated("tuinieren".into())
            ]
        );
        assert_eq!(profile.interests, vec![Theme::Natuur]);
        assert_eq!(profile.visibility_of(Part::Intro), Visibility::Me, "only me by default");
    }

    #[test]
    fn each_viewer_sees_only_what_the_owner_chose() {
        let profile = form().parse().expect("valid");
        assert!(profile.as_seen_by(Viewer::Visitor).is_none(), "never visitors");
        let member = profile.as_seen_by(Viewer::Member).expect("talents are for all members");
        assert!(member.intro.is_empty() && member.wishes.is_empty() && !member.good_at.is_empty());
        let group = profile.as_seen_by(Viewer::GroupMember).expect("seen");
        assert!(!group.wishes.is_empty() && group.intro.is_empty());
        let own = profile.as_seen_by(Viewer::Owner).expect("seen");
        assert_eq!(own.intro, profile.intro);
        let hidden = ProfileForm::default().parse().expect("valid");
        assert!(
            hidden.as_seen_by(Viewer::Member).is_none(),
            "nothing shown, nothing known"
        );
    }

    #[test]
    fn wishes_and_interests_name_the_themes_that_fit() {
        let profile = form().parse().expect("valid");
        assert_eq!(profile.wanted_themes(), vec![Theme::Natuur, Theme::Computer]);
    }

    #[test]
    fn hostile_or_oversized_input_is_refused() {
        let mut bad = form();
        bad.intro = "<script>alert(1)</script>".into();
        bad.goed_in_eigen = "x".repeat(41);
        bad.wensen = vec!["diagnose".into()];
        bad.zicht_talen = "iedereen".into();
        let fields: Vec<String> = bad.parse().expect_err("refused").into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["intro", "goed_in_eigen", "wensen", "zicht_talen"]);
        let mut many = form();
        many.wensen_eigen = (0..16).map(|n| format!("wens {n}")).collect::<Vec<_>>().join(",");
        assert!(many.parse().is_err());
    }
}
