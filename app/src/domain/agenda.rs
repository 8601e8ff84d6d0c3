//! What the public pages show: agenda items, activities, centres, and the agenda's filters.

use crate::domain::activity::{ActivityKind, Theme};
use crate::domain::hours::OpenStatus;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// One occurrence in the agenda.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgendaItem {
    pub occurrence_id: i64,
    pub activity_id: i64,
    pub title: String,
    pub kind: ActivityKind,
    pub themes: Vec<Theme>,
    pub centre_name: String,
    pub town: String,
    pub location: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub cancelled: bool,
    pub cancel_reason: String,
    /// For a cancelled date: when the activity is on next (if it is within the coming weeks).
    pub next_on: Option<(DateTime<Utc>, DateTime<Utc>)>,
    /// Why this one date is different (other time or place), when it was changed.
    pub change_note: String,
    pub centre_id: i64,
    pub online: bool,
    pub signup_required: bool,
}

impl AgendaItem {
    pub fn is_running(&self, now: DateTime<Utc>) -> bool {
        !self.cancelled && self.starts_at <= now && now < self.ends_at
    }
}

/// A date of an activity, as listed on its page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OccurrenceDate {
    pub id: i64,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub cancelled: bool,
    pub cancel_reason: String,
    /// This date was moved or changed on its own.
    pub changed: bool,
    pub change_note: String,
    /// Another place for this date only (empty: as usual).
    pub location: String,
}

/// Everything the activity page shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActivityDetail {
    pub id: i64,
    pub title: String,
    pub kind: ActivityKind,
    pub themes: Vec<Theme>,
    pub description: String,
    pub what_to_bring: String,
    pub location: String,
    pub online_url: String,
    pub accessibility: String,
    pub cost: String,
    pub facilitators: Vec<String>,
    pub signup_required: bool,
    pub capacity: Option<i64>,
    pub centre: CentreSummary,
    pub centre_phone: String,
    pub centre_email: String,
    pub centre_address: String,
    pub next_dates: Vec<OccurrenceDate>,
    /// The peer group a groepsbijeenkomst belongs to (only its members see such a page).
    pub group_id: Option<i64>,
}

/// A centre in a list, with whether its inloop is open.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CentreSummary {
    pub slug: String,
    pub name: String,
    pub town: String,
    /// The centre's opening hours.
    pub status: OpenStatus,
    /// Today's inloop in the centre's programme, when it is on now or later today (its hours may
    /// be shorter than the centre's).
    pub inloop_today: Option<InloopToday>,
}

/// Today's inloop of a centre, from its programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum InloopToday {
    /// On now, until then.
    Until(DateTime<Utc>),
    /// Later today, from–to.
    Later(DateTime<Utc>, DateTime<Utc>),
}

impl InloopToday {
    /// The inloop that matters now, from today's inloop items of one centre (in time order).
    pub fn from_items<'a>(items: impl IntoIterator<Item = &'a AgendaItem>, now: DateTime<Utc>) -> Option<InloopToday> {
        items
            .into_iter()
            .filter(|item| !item.cancelled && item.ends_at > now)
            .map(|item| {
                if item.starts_at <= now {
                    InloopToday::Until(item.ends_at)
                } else {
                    InloopToday::Later(item.starts_at, item.ends_at)
                }
            })
            .next()
    }
}

/// The opening hours of one day of a centre's week.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DayHours {
    pub date: NaiveDate,
    pub periods: Vec<(DateTime<Utc>, DateTime<Utc>)>,
    pub closed_because: Option<String>,
}

/// Everything the centre page shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CentreDetail {
    pub summary: CentreSummary,
    pub address: String,
    pub postcode: String,
    pub description: String,
    pub phone: String,
    pub email: String,
    pub accessibility: String,
    pub week: Vec<DayHours>,
    pub programme: Vec<AgendaItem>,
}

/// The home page: today, the coming week, and which inloop is open.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Home {
    pub now: DateTime<Utc>,
    pub today: Vec<AgendaItem>,
    pub week: Vec<AgendaItem>,
    pub centres: Vec<CentreSummary>,
}

/// A page of the agenda.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Agenda {
    pub now: DateTime<Utc>,
    pub first_day: NaiveDate,
    /// Exclusive.
    pub end_day: NaiveDate,
    pub items: Vec<AgendaItem>,
    /// (slug, name) of every centre, for the centre filter.
    pub centres: Vec<(String, String)>,
}

/// Day or week view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Span {
    Day,
    #[default]
    Week,
}

/// The agenda's filters, read from plain GET parameters so a filtered page can be bookmarked.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct AgendaFilter {
    pub span: Span,
    pub date: Option<NaiveDate>,
    pub centre: Option<String>,
    pub kind: Option<ActivityKind>,
    pub theme: Option<Theme>,
    pub without_signup: bool,
}

/// A filter value that could not be used; the page says so and ignores it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FilterProblem {
    Date,
    Span,
    Kind,
    Theme,
    Centre,
}

/// How far from today the agenda may be browsed.
pub const MAX_DAYS_AWAY: i64 = 366;

/// Parameter names, in Dutch because they appear in bookmarked URLs.
pub mod param {
    pub const SPAN: &str = "weergave";
    pub const DATE: &str = "datum";
    pub const CENTRE: &str = "centrum";
    pub const KIND: &str = "soort";
    pub const THEME: &str = "thema";
    pub const WITHOUT_SIGNUP: &str = "zonder-aanmelden";
}

impl Span {
    pub fn slug(self) -> &'static str {
        match self {
            Span::Day => "dag",
            Span::Week => "week",
        }
    }
}

impl AgendaFilter {
    /// Reads the filter from query parameters. Unknown or broken values are left out and reported.
    pub fn parse<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
        today: NaiveDate,
    ) -> (AgendaFilter, Vec<FilterProblem>) {
        let mut filter = AgendaFilter::default();
        let mut problems = Vec::new();
        for (key, value) in pairs {
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            match key {
                param::SPAN => match value {
                    "dag" => filter.span = Span::Day,
                    "week" => filter.span = Span::Week,
                    _ => problems.push(FilterProblem::Span),
                },
                param::DATE => match NaiveDate::parse_from_str(value, "%Y-%m-%d") {
                    Ok(date) if (date - today).num_days().abs() <= MAX_DAYS_AWAY => filter.date = Some(date),
                    _ => problems.push(FilterProblem::Date),
                },
                param::CENTRE => {
                    if is_slug(value) {
                        filter.centre = Some(value.to_owned());
                    } else {
                        problems.push(FilterProblem::Centre);
                    }
                }
                param::KIND => match ActivityKind::from_slug(value) {
                    Some(kind) => filter.kind = Some(kind),
                    None => problems.push(FilterProblem::Kind),
                },
                param::THEME => match Theme::from_slug(value) {
                    Some(theme) => filter.theme = Some(theme),
                    None => problems.push(FilterProblem::Theme),
                },
                param::WITHOUT_SIGNUP => filter.without_signup = true,
                _ => {}
            }
        }
        problems.dedup();
        (filter, problems)
    }

    /// The days shown: `[first, end)`. A day view shows one day (today by default); a week view
    /// shows seven days from the chosen date (today by default), so "next" and "previous" move
    /// by seven days and no day is shown twice.
    pub fn days(&self, today: NaiveDate) -> (NaiveDate, NaiveDate) {
        match (self.span, self.date) {
            (Span::Day, date) => {
                let day = date.unwrap_or(today);
                (day, day + Duration::days(1))
            }
            (Span::Week, date) => {
                let first = date.unwrap_or(today);
                (first, first + Duration::days(7))
            }
        }
    }

    /// Whether anything narrows the agenda down (a centre, kind, theme or "without sign-up"): then
    /// the filter box folds away on a phone, and the page opens at the results.
    pub fn narrows(&self) -> bool {
        self.centre.is_some() || self.kind.is_some() || self.theme.is_some() || self.without_signup
    }

    /// The query string for this filter with another date, for "previous" and "next" links.
    pub fn query_with_date(&self, date: NaiveDate) -> String {
        let mut parts = vec![
            format!("{}={}", param::SPAN, self.span.slug()),
            format!("{}={}", param::DATE, date),
        ];
        if let Some(centre) = &self.centre {
            parts.push(format!("{}={}", param::CENTRE, centre));
        }
        if let Some(kind) = self.kind {
            parts.push(format!("{}={}", param::KIND, kind.slug()));
        }
        if let Some(theme) = self.theme {
            parts.push(format!("{}={}", param::THEME, theme.slug()));
        }
        if self.without_signup {
            parts.push(format!("{}=1", param::WITHOUT_SIGNUP));
        }
        parts.join("&")
    }
}

/// Centre slugs: lowercase letters, digits and hyphens.
pub fn is_slug(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 80
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).expect("date") // a Wednesday
    }

    #[test]
    fn an_empty_query_is_the_coming_week() {
        let (filter, problems) = AgendaFilter::parse([], today());
        assert!(problems.is_empty());
        assert_eq!(filter.days(today()), (today(), today() + Duration::days(7)));
    }

    #[test]
    fn every_filter_is_read() {
        let (filter, problems) = AgendaFilter::parse(
            [
                ("weergave", "dag"),
                ("datum", "2026-11-27"),
                ("centrum", "de-haven"),
                ("soort", "cursus"),
                ("thema", "koken"),
                ("zonder-aanmelden", "1"),
            ],
            today(),
        );
        assert!(problems.is_empty());
        assert_eq!(
            filter,
            AgendaFilter {
                span: Span::Day,
                date: NaiveDate::from_ymd_opt(2026, 11, 27),
                centre: Some("de-haven".into()),
                kind: Some(ActivityKind::Cursus),
                theme: Some(Theme::Koken),
                without_signup: true,
            }
        );
    }

    #[test]
    fn broken_values_are_reported_and_ignored() {
        let (filter, problems) = AgendaFilter::parse(
            [
                ("datum", "31-02-2026"),
                ("soort", "therapie"),
                ("thema", "<script>"),
                ("centrum", "../x"),
                ("weergave", "maand"),
            ],
            today(),
        );
        assert_eq!(filter, AgendaFilter::default());
        assert_eq!(
            problems,
            [
                FilterProblem::Date,
                FilterProblem::Kind,
                FilterProblem::Theme,
                FilterProblem::Centre,
                FilterProblem::Span
            ]
        );
    }

    fn inloop_item(starts: &str, ends: &str, cancelled: bool) -> AgendaItem {
        let at = |s: &str| DateTime::parse_from_rfc3339(s).expect("time").with_timezone(&Utc);
        AgendaItem {
            occurrence_id: 1,
            activity_id: 1,
            title: "Inloop".into(),
            kind: ActivityKind::Inloop,
            themes: vec![],
            centre_name: "C".into(),
            town: "T".into(),
            location: String::new(),
            starts_at: at(starts),
            ends_at: at(ends),
            cancelled,
            cancel_reason: String::new(),
            next_on: None,
            change_note: String::new(),
            centre_id: 1,
            online: false,
            signup_required: false,
        }
    }

    #[test]
    fn the_inloop_line_says_what_is_on_now_or_later_today() {
        let at = |s: &str| DateTime::parse_from_rfc3339(s).expect("time").with_timezone(&Utc);
        let morning = inloop_item("2026-12-03T09:00:00Z", "2026-12-03T11:30:00Z", false);
        let afternoon = inloop_item("2026-12-03T13:00:00Z", "2026-12-03T15:00:00Z", false);
        let items = [morning.clone(), afternoon.clone()];
        assert_eq!(
            InloopToday::from_items(&items, at("2026-12-03T10:00:00Z")),
            Some(InloopToday::Until(morning.ends_at))
        );
        assert_eq!(
            InloopToday::from_items(&items, at("2026-12-03T12:00:00Z")),
            Some(InloopToday::Later(afternoon.starts_at, afternoon.ends_at))
        );
        assert_eq!(InloopToday::from_items(&items, at("2026-12-03T16:00:00Z")), None);
        // A cancelled inloop is not on.
        let cancelled = [inloop_item("2026-12-03T09:00:00Z", "2026-12-03T11:30:00Z", true)];
        assert_eq!(InloopToday::from_items(&cancelled, at("2026-12-03T10:00:00Z")), None);
    }

    #[test]
    fn a_date_too_far_away_is_refused() {
        let (_, problems) = AgendaFilter::parse([("datum", "2030-01-01")], today());
        assert_eq!(problems, [FilterProblem::Date]);
    }

    #[test]
    fn a_week_runs_seven_days_from_the_chosen_date_and_the_next_one_follows_on() {
        let (filter, _) = AgendaFilter::parse([("datum", "2026-12-03")], today());
        let (first, end) = filter.days(today());
        assert_eq!(first.to_string(), "2026-12-03");
        assert_eq!(end.to_string(), "2026-12-10");
        // From today (a Wednesday) on, "next week" starts where this one ended.
        let (_, end) = AgendaFilter::default().days(today());
        let (filter, _) = AgendaFilter::parse([("datum", end.to_string().as_str())], today());
        assert_eq!(filter.days(today()).0, end);
    }

    #[test]
    fn a_filter_is_active_only_with_a_choice() {
        assert!(!AgendaFilter::default().narrows());
        let (filter, _) = AgendaFilter::parse([("weergave", "week")], today());
        assert!(!filter.narrows());
        let (filter, _) = AgendaFilter::parse([("soort", "inloop")], today());
        assert!(filter.narrows());
    }

    #[test]
    fn previous_and_next_links_keep_the_other_filters() {
        let (filter, _) = AgendaFilter::parse([("soort", "inloop"), ("zonder-aanmelden", "on")], today());
        assert_eq!(
            filter.query_with_date(NaiveDate::from_ymd_opt(2026, 12, 2).expect("date")),
            "weergave=week&datum=2026-12-02&soort=inloop&zonder-aanmelden=1"
        );
    }
}
