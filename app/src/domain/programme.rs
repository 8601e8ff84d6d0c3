//! Publishing the programme: an activity as a coordinator types it, checked field by field
//! before anything is saved, and the centre's details, opening hours and closures.

use crate::domain::activity::{ActivityKind, Theme};
use crate::domain::fields::Fields;
use crate::domain::form::{FieldProblem, Problem};
use crate::domain::hours::{Closure, OpeningPeriod};
use crate::domain::recurrence::{Recurrence, RecurrenceEnd, Schedule};
use chrono::{NaiveDate, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

pub const TITLE_MAX: usize = 120;
pub const DESCRIPTION_MAX: usize = 5000;
pub const NOTE_MAX: usize = 1000;
pub const SHORT_MAX: usize = 200;
pub const COST_MAX: usize = 100;
pub const LINK_MAX: usize = 500;
pub const CAPACITY_MAX: i64 = 10_000;
/// How far ahead a first date may be.
pub const FUTURE_DAYS_MAX: i64 = 2 * 366;

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

/// The parts of the day a centre's opening hours are entered by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Dagdeel {
    Ochtend,
    Middag,
    Avond,
}

impl Dagdeel {
    pub const ALL: [Dagdeel; 3] = [Dagdeel::Ochtend, Dagdeel::Middag, Dagdeel::Avond];

    pub fn number(self) -> usize {
        match self {
            Dagdeel::Ochtend => 1,
            Dagdeel::Middag => 2,
            Dagdeel::Avond => 3,
        }
    }

    /// The part of the day a period starting at `time` is shown in.
    pub fn of(time: NaiveTime) -> Dagdeel {
        match time.format("%H").to_string().parse::<u32>().unwrap_or(0) {
            0..=11 => Dagdeel::Ochtend,
            12..=16 => Dagdeel::Middag,
            _ => Dagdeel::Avond,
        }
    }
}

/// The name of the opening-hours fields of one weekday and part of the day: `d1-2` is Monday
/// afternoon; the form sends `van[d1-2]` and `tot[d1-2]`.
pub fn hours_key(weekday: Weekday, dagdeel: Dagdeel) -> String {
    format!("d{}-{}", weekday.number_from_monday(), dagdeel.number())
}

pub const WEEK: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// The hours form as typed: `from` and `until` by [`hours_key`]; a part of the day with both
/// empty is closed.
pub fn parse_opening_hours(
    from: &std::collections::HashMap<String, String>,
    until: &std::collections::HashMap<String, String>,
) -> Result<Vec<OpeningPeriod>, Vec<FieldProblem>> {
    let mut check = Fields::new();
    let mut periods = Vec::new();
    for weekday in WEEK {
        let mut day: Vec<(OpeningPeriod, String)> = Vec::new();
        for dagdeel in Dagdeel::ALL {
            let key = hours_key(weekday, dagdeel);
            let opens = from.get(&key).map(|v| v.trim()).unwrap_or_default();
            let closes = until.get(&key).map(|v| v.trim()).unwrap_or_default();
            if opens.is_empty() && closes.is_empty() {
                continue;
            }
            let from_field = format!("van[{key}]");
            let until_field = format!("tot[{key}]");
            let opens = check.time(&from_field, opens);
            let closes = if closes == "24:00" {
                NaiveTime::from_hms_opt(23, 59, 59)
            } else {
                check.time(&until_field, closes)
            };
            if let (Some(opens), Some(closes)) = (opens, closes) {
                if closes <= opens {
                    check.add(&until_field, Problem::EndBeforeStart);
                } else {
                    day.push((OpeningPeriod { weekday, opens, closes }, from_field));
                }
            }
        }
        for pair in day.windows(2) {
            if pair[1].0.opens < pair[0].0.closes {
                check.add(&pair[1].1, Problem::PeriodsOverlap);
            }
        }
        periods.extend(day.into_iter().map(|(period, _)| period));
    }
    check.finish(periods)
}

/// A closure as typed: closed, or other hours, on one day or a range of days.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ClosureForm {
    pub centrum: String,
    pub eerste_dag: String,
    pub laatste_dag: String,
    pub reden: String,
    /// "dicht" or "andere_tijden".
    pub soort: String,
    pub open_van: String,
    pub open_tot: String,
}

pub const CLOSURE_DAYS_MAX: i64 = 366;

impl ClosureForm {
    pub fn parse(&self, today: NaiveDate) -> Result<Closure, Vec<FieldProblem>> {
        let mut check = Fields::new();
        let first = check.date("eerste_dag", &self.eerste_dag);
        let last = if self.laatste_dag.trim().is_empty() {
            first
        } else {
            check.date("laatste_dag", &self.laatste_dag)
        };
        if let Some(first) = first {
            if first < today {
                check.add("eerste_dag", Problem::DateInPast);
            } else if (first - today).num_days() > FUTURE_DAYS_MAX {
                check.add("eerste_dag", Problem::DateTooFar);
            }
        }
        if let (Some(first), Some(last)) = (first, last) {
            if last < first {
                check.add("laatste_dag", Problem::UntilBeforeStart);
            } else if (last - first).num_days() >= CLOSURE_DAYS_MAX {
                check.add("laatste_dag", Problem::DateTooFar);
            }
        }
        let reason = check.required_line("reden", &self.reden, SHORT_MAX);
        let hours = match self.soort.as_str() {
            "dicht" | "" => None,
            "andere_tijden" => {
                let opens = check.time("open_van", &self.open_van);
                let closes = check.time("open_tot", &self.open_tot);
                match (opens, closes) {
                    (Some(opens), Some(closes)) if closes > opens => Some((opens, closes)),
                    (Some(_), Some(_)) => {
                        check.add("open_tot", Problem::EndBeforeStart);
                        None
                    }
                    _ => None,
                }
            }
            _ => {
                check.add("soort", Problem::UnknownChoice);
                None
            }
        };
        match (first, last) {
            (Some(first_day), Some(last_day)) => check.finish(Closure {
                first_day,
                last_day,
                reason,
                hours,
            }),
            _ => Err(check.into_problems()),
        }
    }
}

/// A change to one date of a series: other times, another room, a note people see.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OccurrenceForm {
    pub id: String,
    pub datum: String,
    pub begin: String,
    pub eind: String,
    pub locatie: String,
    pub toelichting: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OccurrenceChange {
    pub start: chrono::NaiveDateTime,
    pub end: chrono::NaiveDateTime,
    pub location: String,
    pub note: String,
}

impl OccurrenceForm {
    pub fn parse(&self, today: NaiveDate) -> Result<OccurrenceChange, Vec<FieldProblem>> {
        let mut check = Fields::new();
        let date = check.date("datum", &self.datum);
        if date.is_some_and(|d| d < today) {
            check.add("datum", Problem::DateInPast);
        } else if date.is_some_and(|d| (d - today).num_days() > FUTURE_DAYS_MAX) {
            check.add("datum", Problem::DateTooFar);
        }
        let begin = check.time("begin", &self.begin);
        let end = check.time("eind", &self.eind);
        if let (Some(begin), Some(end)) = (begin, end) {
            if end <= begin {
                check.add("eind", Problem::EndBeforeStart);
            }
        }
        let location = check.line("locatie", &self.locatie, SHORT_MAX);
        let note = check.required_line("toelichting", &self.toelichting, SHORT_MAX);
        match (date, begin, end) {
            (Some(date), Some(begin), Some(end)) => check.finish(OccurrenceChange {
                start: date.and_time(begin),
                end: date.and_time(end),
                location,
                note,
            }),
            _ => Err(check.into_problems()),
        }
    }
}

/// The reason for cancelling one date: people see it.
pub fn parse_cancel_reason(reason: &str) -> Result<String, Vec<FieldProblem>> {
    let mut check = Fields::new();
    let reason = check.required_line("reden", reason, SHORT_MAX);
    check.finish(reason)
}

/// A centre in the management area, with what the viewer may do there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManagedCentre {
    pub slug: String,
    pub name: String,
    pub town: String,
    /// The viewer's role there (none for an admin without a role).
    pub role: Option<crate::domain::policy::CentreRole>,
}

/// One activity in a centre's programme list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgrammeEntry {
    pub id: i64,
    pub title: String,
    pub member_title: String,
    pub kind: ActivityKind,
    pub paused: bool,
    pub repeats: bool,
    /// The next date that is not cancelled, if any.
    pub next: Option<chrono::DateTime<chrono::Utc>>,
    pub may_edit: bool,
}

/// The management page of a centre.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CentreProgramme {
    pub slug: String,
    pub name: String,
    /// Coordinator or admin: details, hours, team.
    pub may_manage: bool,
    pub may_create: bool,
    pub volunteers_publish: bool,
    pub activities: Vec<ProgrammeEntry>,
}

/// The details form of a centre, filled with what is saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CentreSettings {
    pub slug: String,
    pub name: String,
    pub form: CentreForm,
}

/// Opening hours and closures of a centre, for their forms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HoursSettings {
    pub slug: String,
    pub name: String,
    pub periods: Vec<OpeningPeriod>,
    /// Closures that have not ended, with their ids.
    pub closures: Vec<(i64, Closure)>,
}

/// Everything the activity form needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityEditor {
    pub centre_slug: String,
    pub centre_name: String,
    /// Who may be named as facilitator: (account id, nickname).
    pub team: Vec<(i64, String)>,
    /// The centre's peer groups a meeting may belong to: (id, name).
    pub groups: Vec<(i64, String)>,
    pub form: ActivityForm,
    /// The activity being changed; none for a new one.
    pub activity_id: Option<i64>,
    /// The activity repeats: a change applies to all dates from now on.
    pub is_series: bool,
}

/// An activity in the management area: its dates, to change one at a time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManagedActivity {
    pub id: i64,
    pub centre_slug: String,
    pub centre_name: String,
    pub title: String,
    pub member_title: String,
    pub kind: ActivityKind,
    pub paused: bool,
    pub is_series: bool,
    pub may_delete: bool,
    /// People sign up: each date links to its list (a course has one list).
    pub signup_required: bool,
    pub dates: Vec<crate::domain::agenda::OccurrenceDate>,
    /// A meeting of this group (not in the public agenda).
    pub group_id: Option<i64>,
    /// Coming days among the dates on which centres are often closed (Christmas, New Year's
    /// Day) and this centre has no closure yet.
    pub holiday_dates: Vec<NaiveDate>,
}

/// One date of an activity, for changing or cancelling it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManagedDate {
    pub activity_id: i64,
    pub activity_title: String,
    pub date: crate::domain::agenda::OccurrenceDate,
    /// The place people see when this date has no other place.
    pub usual_location: String,
    /// How many are signed up for it (or enrolled), and how many of them have an address.
    pub signed_up: i64,
    pub reachable: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).expect("date")
    }

    fn weekly() -> ActivityForm {
        ActivityForm {
            soort: "activiteit".into(),
            titel: "Dinsdaggroep".into(),
            titel_leden: "Herstelgroep".into(),
            themas: vec!["herstel".into(), "ontmoeting".into()],
            plek: "centrum".into(),
            ruimte: "Grote zaal".into(),
            begeleiders: vec!["7".into()],
            aanmelden: "ja".into(),
            plaatsen: "12".into(),
            datum: "2026-11-24".into(),
            begin: "10:00".into(),
            eind: "12:00".into(),
            herhaling: "wekelijks".into(),
            elke: "1".into(),
            dagen: vec!["2".into()],
            einde: "nooit".into(),
            ..ActivityForm::default()
        }
    }

    fn problems(form: &ActivityForm) -> Vec<(String, Problem)> {
        match form.parse(today(), today(), &[7]) {
            Ok(_) => Vec::new(),
            Err(problems) => problems.into_iter().map(|p| (p.field, p.problem)).collect(),
        }
    }

    #[test]
    fn a_weekly_activity_is_accepted() {
        let draft = weekly().parse(today(), today(), &[7]).expect("valid");
        assert_eq!(draft.title, "Dinsdaggroep");
        assert_eq!(draft.member_title, "Herstelgroep");
        assert_eq!(draft.themes, vec![Theme::Ontmoeting, Theme::Herstel]);
        assert_eq!(draft.schedule.duration_minutes, 120);
        assert_eq!(draft.capacity, Some(12));
        assert_eq!(draft.facilitator_ids, vec![7]);
        let repeat = draft.schedule.repeat.expect("series");
        assert_eq!(repeat.weekdays, vec![Weekday::Tue]);
        assert_eq!(repeat.end, RecurrenceEnd::Never);
    }

    #[test]
    fn each_rule_names_its_field() {
        let cases: Vec<(ActivityForm, &str, Problem)> = vec![
            (
                ActivityForm {
                    eind: "09:00".into(),
                    ..weekly()
                },
                "eind",
                Problem::EndBeforeStart,
            ),
            (
                ActivityForm {
                    plaatsen: "0".into(),
                    ..weekly()
                },
                "plaatsen",
                Problem::CapacityTooLow,
            ),
            (
                ActivityForm {
                    plaatsen: "twaalf".into(),
                    ..weekly()
                },
                "plaatsen",
                Problem::NotANumber,
            ),
            (
                ActivityForm {
                    datum: "2026-11-20".into(),
                    ..weekly()
                },
                "datum",
                Problem::DateInPast,
            ),
            (
                ActivityForm {
                    titel: "x".repeat(121),
                    ..weekly()
                },
                "titel",
                Problem::TooLong,
            ),
            (
                ActivityForm {
                    titel: "  ".into(),
                    ..weekly()
                },
                "titel",
                Problem::Required,
            ),
            (
                ActivityForm {
                    omschrijving: "x".repeat(5001),
                    ..weekly()
                },
                "omschrijving",
                Problem::TooLong,
            ),
            (
                ActivityForm {
                    themas: vec!["diagnose".into()],
                    ..weekly()
                },
                "themas",
                Problem::UnknownTheme,
            ),
            (
                ActivityForm {
                    dagen: vec![],
                    ..weekly()
                },
                "dagen",
                Problem::NoWeekdays,
            ),
            (
                ActivityForm {
                    elke: "60".into(),
                    ..weekly()
                },
                "elke",
                Problem::IntervalInvalid,
            ),
            (
                ActivityForm {
                    begeleiders: vec!["8".into()],
                    ..weekly()
                },
                "begeleiders",
                Problem::UnknownChoice,
            ),
            (
                ActivityForm {
                    soort: "feest".into(),
                    ..weekly()
                },
                "soort",
                Problem::UnknownChoice,
            ),
            (
                ActivityForm {
                    plek: "online".into(),
                    link: "javascript:alert(1)".into(),
                    ..weekly()
                },
                "link",
                Problem::UrlInvalid,
            ),
            (
                ActivityForm {
                    plek: "elders".into(),
                    ..weekly()
                },
                "adres",
                Problem::Required,
            ),
            (
                ActivityForm {
                    soort: "cursus".into(),
                    ..weekly()
                },
                "einde",
                Problem::CourseNeedsEnd,
            ),
            (
                ActivityForm {
                    einde: "datum".into(),
                    tot: "2026-11-01".into(),
                    ..weekly()
                },
                "tot",
                Problem::UntilBeforeStart,
            ),
            (
                ActivityForm {
                    einde: "aantal".into(),
                    aantal: "0".into(),
                    ..weekly()
                },
                "aantal",
                Problem::CountInvalid,
            ),
            (
                ActivityForm {
                    datum: "31-02-2027".into(),
                    ..weekly()
                },
                "datum",
                Problem::DateInvalid,
            ),
            (
                ActivityForm {
                    begin: "25:00".into(),
                    ..weekly()
                },
                "begin",
                Problem::TimeInvalid,
            ),
        ];
        for (form, field, problem) in cases {
            assert_eq!(problems(&form), vec![(field.to_owned(), problem)], "{field}");
        }
    }

    #[test]
    fn a_series_that_started_before_today_may_keep_its_first_date() {
        let form = ActivityForm {
            datum: "2026-10-06".into(),
            ..weekly()
        };
        let first = NaiveDate::from_ymd_opt(2026, 10, 6).expect("date");
        assert!(form.parse(today(), first, &[7]).is_ok());
        assert!(form.parse(today(), today(), &[7]).is_err());
    }

    #[test]
    fn a_course_with_a_number_of_sessions_is_accepted() {
        let form = ActivityForm {
            soort: "cursus".into(),
            einde: "aantal".into(),
            aantal: "8".into(),
            ..weekly()
        };
        let draft = form.parse(today(), today(), &[7]).expect("valid");
        assert_eq!(draft.schedule.repeat.expect("series").end, RecurrenceEnd::Count(8));
    }

    #[test]
    fn opening_hours_are_checked_per_part_of_the_day() {
        let map = |pairs: &[(&str, &str)]| {
            pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect::<std::collections::HashMap<_, _>>()
        };
        let periods = parse_opening_hours(
            &map(&[("d2-1", "10:00"), ("d2-2", "13:00")]),
            &map(&[("d2-1", "12:00"), ("d2-2", "16:30")]),
        )
        .expect("valid");
        assert_eq!(periods.len(), 2);
        let wrong = parse_opening_hours(
            &map(&[("d2-1", "10:00"), ("d2-2", "11:00")]),
            &map(&[("d2-1", "12:00"), ("d2-2", "09:00")]),
        );
        assert_eq!(
            wrong.expect_err("invalid"),
            vec![FieldProblem::new("tot[d2-2]", Problem::EndBeforeStart)]
        );
        let overlap = parse_opening_hours(
            &map(&[("d2-1", "10:00"), ("d2-2", "11:00")]),
            &map(&[("d2-1", "12:00"), ("d2-2", "14:00")]),
        );
        assert_eq!(
            overlap.expect_err("invalid"),
            vec![FieldProblem::new("van[d2-2]", Problem::PeriodsOverlap)]
        );
    }

    #[test]
    fn a_closure_may_give_other_hours() {
        let form = ClosureForm {
            eerste_dag: "2026-12-24".into(),
            laatste_dag: "2026-12-31".into(),
            reden: "Kerstvakantie".into(),
            soort: "andere_tijden".into(),
            open_van: "13:00".into(),
            open_tot: "16:00".into(),
            ..ClosureForm::default()
        };
        let closure = form.parse(today()).expect("valid");
        assert!(closure.hours.is_some());
        let backwards = ClosureForm {
            laatste_dag: "2026-12-01".into(),
            ..form
        };
        assert_eq!(
            backwards.parse(today()).expect_err("invalid"),
            vec![FieldProblem::new("laatste_dag", Problem::UntilBeforeStart)]
        );
    }
}
