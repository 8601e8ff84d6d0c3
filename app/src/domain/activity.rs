//! What an activity is: its kind and its themes.

use serde::{Deserialize, Serialize};

/// The four kinds of things a centre puts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ActivityKind {
    /// Open hours: no sign-up, just come in.
    Inloop,
    /// A one-off or recurring activity; sign-up optional.
    Activiteit,
    /// A course: one enrolment for a fixed number of sessions.
    Cursus,
    /// A meeting of a peer group, for its members.
    Groepsbijeenkomst,
}

impl ActivityKind {
    pub const ALL: [ActivityKind; 4] = [
        ActivityKind::Inloop,
        ActivityKind::Activiteit,
        ActivityKind::Cursus,
        ActivityKind::Groepsbijeenkomst,
    ];

    /// The stable name used in URLs and in the database.
    pub fn slug(self) -> &'static str {
        match self {
            ActivityKind::Inloop => "inloop",
            ActivityKind::Activiteit => "activiteit",
            ActivityKind::Cursus => "cursus",
            ActivityKind::Groepsbijeenkomst => "groepsbijeenkomst",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.slug() == slug)
    }
}

/// Themes that activities are grouped by. A fixed list, so filters and (later) matching with
/// people's wishes work on the same words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Theme {
    Ontmoeting,
    Koken,
    Creatief,
    Bewegen,
    Natuur,
    Herstel,
    WerkEnLeren,
    Muziek,
    Computer,
}

impl Theme {
    pub const ALL: [Theme; 9] = [
        Theme::Ontmoeting,
        Theme::Koken,
        Theme::Creatief,
        Theme::Bewegen,
        Theme::Natuur,
        Theme::Herstel,
        Theme::WerkEnLeren,
        Theme::Muziek,
        Theme::Computer,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Theme::Ontmoeting => "ontmoeting",
            Theme::Koken => "koken",
            Theme::Creatief => "creatief",
            Theme::Bewegen => "bewegen",
            Theme::Natuur => "natuur",
            Theme::Herstel => "herstel",
            Theme::WerkEnLeren => "werk-en-leren",
            Theme::Muziek => "muziek",
            Theme::Computer => "computer",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|theme| theme.slug() == slug)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_survives_its_slug() {
        for kind in ActivityKind::ALL {
            assert_eq!(ActivityKind::from_slug(kind.slug()), Some(kind));
        }
        assert_eq!(ActivityKind::from_slug("Inloop"), None);
    }

    #[test]
    fn every_theme_survives_its_slug() {
        for theme in Theme::ALL {
            assert_eq!(Theme::from_slug(theme.slug()), Some(theme));
        }
        assert_eq!(Theme::from_slug("diagnose"), None);
    }
}
