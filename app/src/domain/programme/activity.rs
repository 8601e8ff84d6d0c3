//! The activity form: an activity as a coordinator types it, checked field by field.

use super::*;
use crate::domain::activity::{ActivityKind, Theme};
use crate::domain::fields::Fields;
use crate::domain::form::{FieldProblem, Problem};
use crate::domain::recurrence::{Recurrence, RecurrenceEnd, Schedule};
use chrono::{NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// Where an activity happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Place {
    /// In a room of the centre.
    Centrum,
    /// At another address.
    Elders,
    Online,
}

impl Place {
    pub const ALL: [Place; 3] = [Place::Centrum, Place::Elders, Place::Online];

    pub fn slug(self) -> &'static str {
        match self {
            Place::Centrum => "centrum",
            Place::Elders => "elders",
            Place::Online => "online",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Place> {
        Place::ALL.into_iter().find(|place| place.slug() == slug)
    }
}

/// The activity form exactly as typed: every value a string, so a refused form can be shown
/// again as it was. Field names are the form's (Dutch) names; lists are sent as `name[]`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ActivityForm {
    /// The centre's slug (new activities).
    pub centrum: String,
    /// The activity's id (changes).
    pub id: String,
    pub soort: String,
    pub titel: String,
    pub titel_leden: String,
    pub omschrijving: String,
    pub themas: Vec<String>,
    pub plek: String,
    pub ruimte: String,
    pub adres: String,
    pub link: String,
    /// Account ids of facilitators from the centre's team.
    pub begeleiders: Vec<String>,
    pub andere_begeleiders: String,
    pub toegankelijkheid: String,
    pub meenemen: String,
    pub kosten: String,
    /// "ja" when sign-up is needed.
    pub aanmelden: String,
    /// "ja" when a course also takes people for single sessions.
    pub losse_keren: String,
    pub plaatsen: String,
    pub datum: String,
    pub begin: String,
    pub eind: String,
    /// "eenmalig" or "wekelijks".
    pub herhaling: String,
    pub elke: String,
    /// ISO weekday numbers.
    pub dagen: Vec<String>,
    /// "nooit", "datum" or "aantal".
    pub einde: String,
    pub tot: String,
    pub aantal: String,
    /// The peer group a groepsbijeenkomst belongs to (its id; empty: none).
    pub groep: String,
}

/// A checked activity, ready to be saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActivityDraft {
    pub kind: ActivityKind,
    pub title: String,
    pub member_title: String,
    pub description: String,
    pub themes: Vec<Theme>,
    pub place: Place,
    /// The room (at the centre) or the address (elsewhere).
    pub location: String,
    pub online_url: String,
    pub facilitator_ids: Vec<i64>,
    pub other_facilitators: String,
    pub accessibility: String,
    pub what_to_bring: String,
    pub cost: String,
    pub signup_required: bool,
    /// A course that offers the places of absent participants for single sessions.
    pub drop_in: bool,
    pub capacity: Option<i64>,
    pub schedule: Schedule,
    /// A meeting of this peer group: only its members and facilitators see it.
    pub group_id: Option<i64>,
}

fn weekday_of_iso(value: &str) -> Option<Weekday> {
    match value.trim().parse::<u8>().ok()? {
        n @ 1..=7 => Weekday::try_from(n - 1).ok(),
        _ => None,
    }
}

/// Only web links, with a host: `https://meet.example/abc`.
pub fn is_valid_link(value: &str) -> bool {
    match url::Url::parse(value) {
        Ok(url) => matches!(url.scheme(), "http" | "https") && url.host_str().is_some_and(|h| h.contains('.')),
        Err(_) => false,
    }
}

impl ActivityForm {
    /// The group a meeting belongs to: one of `groups` (the centre's), and only for a
    /// groepsbijeenkomst.
    pub fn group(&self, groups: &[i64]) -> Result<Option<i64>, FieldProblem> {
        match self.groep.trim() {
            "" => Ok(None),
            id => match id.parse::<i64>() {
                Ok(id) if groups.contains(&id) => {
                    if self.soort.trim() == ActivityKind::Groepsbijeenkomst.slug() {
                        Ok(Some(id))
                    } else {
                        Err(FieldProblem::new("groep", Problem::GroupNeedsMeeting))
                    }
                }
                _ => Err(FieldProblem::new("groep", Problem::UnknownChoice)),
            },
        }
    }

    /// Checks every field. `earliest` is the first date that may be chosen: today for a new
    /// activity, or the stored first date when a running series is changed. `team` holds the
    /// account ids that may be named as facilitators.
    pub fn parse(
        &self,
        today: NaiveDate,
        earliest: NaiveDate,
        team: &[i64],
    ) -> Result<ActivityDraft, Vec<FieldProblem>> {
        let mut check = Fields::new();
        let kind = ActivityKind::from_slug(self.soort.trim());
        if kind.is_none() {
            check.add("soort", Problem::UnknownChoice);
        }
        let title = check.required_line("titel", &self.titel, TITLE_MAX);
        let member_title = check.line("titel_leden", &self.titel_leden, TITLE_MAX);
        let description = check.text("omschrijving", &self.omschrijving, DESCRIPTION_MAX);
        let mut themes = Vec::new();
        for slug in &self.themas {
            match Theme::from_slug(slug.trim()) {
                Some(theme) => themes.push(theme),
                None => check.add("themas", Problem::UnknownTheme),
            }
        }
        themes.sort();
        themes.dedup();

        let place = Place::from_slug(self.plek.trim());
        let (location, online_url) = match place {
            Some(Place::Centrum) => (check.line("ruimte", &self.ruimte, SHORT_MAX), String::new()),
            Some(Place::Elders) => (check.required_line("adres", &self.adres, SHORT_MAX), String::new()),
            Some(Place::Online) => {
                let link = check.required_line("link", &self.link, LINK_MAX);
                if !link.is_empty() && link.chars().count() <= LINK_MAX && !is_valid_link(&link) {
                    check.add("link", Problem::UrlInvalid);
                }
                (String::new(), link)
            }
            None => {
                check.add("plek", Problem::UnknownChoice);
                (String::new(), String::new())
            }
        };

        let mut facilitator_ids = Vec::new();
        for id in &self.begeleiders {
            match id.trim().parse::<i64>() {
                Ok(id) if team.contains(&id) => facilitator_ids.push(id),
                _ => check.add("begeleiders", Problem::UnknownChoice),
            }
        }
        facilitator_ids.sort_unstable();
        facilitator_ids.dedup();
        let other_facilitators = check.line("andere_begeleiders", &self.andere_begeleiders, SHORT_MAX);
        let accessibility = check.text("toegankelijkheid", &self.toegankelijkheid, NOTE_MAX);
        let what_to_bring = check.text("meenemen", &self.meenemen, NOTE_MAX);
        let cost = check.line("kosten", &self.kosten, COST_MAX);
        let signup_required = self.aanmelden == "ja";
        let drop_in = kind == Some(ActivityKind::Cursus) && self.losse_keren == "ja";
        let capacity = if self.plaatsen.trim().is_empty() {
            None
        } else {
            match self.plaatsen.trim().parse::<i64>() {
                Ok(n) if n < 1 => {
                    check.add("plaatsen", Problem::CapacityTooLow);
                    None
                }
                Ok(n) if n > CAPACITY_MAX => {
                    check.add("plaatsen", Problem::CapacityTooHigh);
                    None
                }
                Ok(n) => Some(n),
                Err(_) => {
                    check.add("plaatsen", Problem::NotANumber);
                    None
                }
            }
        };

        let schedule = self.schedule(&mut check, kind, today, earliest);
        match (kind, place, schedule) {
            (Some(kind), Some(place), Some(schedule)) => check.finish(ActivityDraft {
                kind,
                title,
                member_title,
                description,
                themes,
                place,
                location,
                online_url,
                facilitator_ids,
                other_facilitators,
                accessibility,
                what_to_bring,
                cost,
                signup_required,
                drop_in,
                capacity,
                schedule,
                group_id: None,
            }),
            _ => Err(check.into_problems()),
        }
    }

    fn schedule(
        &self,
        check: &mut Fields,
        kind: Option<ActivityKind>,
        today: NaiveDate,
        earliest: NaiveDate,
    ) -> Option<Schedule> {
        let date = check.date("datum", &self.datum);
        if let Some(day) = date {
            if day < earliest.min(today) {
                check.add("datum", Problem::DateInPast);
            } else if (day - today).num_days() > FUTURE_DAYS_MAX {
                check.add("datum", Problem::DateTooFar);
            }
        }
        let begin = check.time("begin", &self.begin);
        let end = check.time("eind", &self.eind);
        if let (Some(begin), Some(end)) = (begin, end) {
            if end <= begin {
                check.add("eind", Problem::EndBeforeStart);
            }
        }
        let repeat = match self.herhaling.as_str() {
            "eenmalig" | "" => None,
            "wekelijks" => {
                let every = if self.elke.trim().is_empty() {
                    Some(1)
                } else {
                    check.number("elke", &self.elke, 1..=52, Problem::IntervalInvalid)
                };
                let mut weekdays = Vec::new();
                for day in &self.dagen {
                    match weekday_of_iso(day) {
                        Some(day) if !weekdays.contains(&day) => weekdays.push(day),
                        Some(_) => {}
                        None => check.add("dagen", Problem::UnknownChoice),
                    }
                }
                if self.dagen.is_empty() {
                    check.add("dagen", Problem::NoWeekdays);
                }
                weekdays.sort_by_key(|d| d.number_from_monday());
                let end = match self.einde.as_str() {
                    "nooit" | "" => {
                        if kind == Some(ActivityKind::Cursus) {
                            check.add("einde", Problem::CourseNeedsEnd);
                        }
                        Some(RecurrenceEnd::Never)
                    }
                    "datum" => check.date("tot", &self.tot).and_then(|until| {
                        if date.is_some_and(|first| until < first) {
                            check.add("tot", Problem::UntilBeforeStart);
                            None
                        } else {
                            Some(RecurrenceEnd::Until(until))
                        }
                    }),
                    "aantal" => check
                        .number("aantal", &self.aantal, 1..=520, Problem::CountInvalid)
                        .and_then(|n| u32::try_from(n).ok())
                        .map(RecurrenceEnd::Count),
                    _ => {
                        check.add("einde", Problem::UnknownChoice);
                        None
                    }
                };
                Some((every, weekdays, end))
            }
            _ => {
                check.add("herhaling", Problem::UnknownChoice);
                return None;
            }
        };
        let (date, begin, end) = (date?, begin?, end?);
        let duration = u32::try_from((end - begin).num_minutes()).ok().filter(|m| *m > 0)?;
        let repeat = match repeat {
            None => None,
            Some((every, weekdays, end)) => Some(Recurrence {
                every_weeks: u32::try_from(every?).ok()?,
                weekdays,
                end: end?,
            }),
        };
        if repeat.as_ref().is_some_and(|r| r.weekdays.is_empty()) {
            return None;
        }
        Some(Schedule {
            first_start: date.and_time(begin),
            duration_minutes: duration,
            repeat,
        })
    }
}
