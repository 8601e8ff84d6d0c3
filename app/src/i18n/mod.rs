//! Dutch and English. Every user-facing string lives in `texts.rs`; components ask for the
//! texts of the current language with [`use_texts`] and never hard-code a word.

mod texts;

pub use texts::Texts;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// The name of the cookie that keeps the language choice.
pub const LANG_COOKIE: &str = "lang";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Nl => Lang::En,
            Lang::En => Lang::Nl,
        }
    }

    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Nl => &texts::NL,
            Lang::En => &texts::EN,
        }
    }

    fn locale(self) -> chrono::Locale {
        match self {
            Lang::Nl => chrono::Locale::nl_NL,
            Lang::En => chrono::Locale::en_GB,
        }
    }

    /// The language a request asks for: the cookie first, then the best of Accept-Language,
    /// then Dutch.
    pub fn negotiate(chosen: Option<&str>, accept_language: Option<&str>) -> Lang {
        if let Some(lang) = chosen.and_then(Lang::from_code) {
            return lang;
        }
        accept_language.and_then(best_accepted).unwrap_or_default()
    }

    /// "dinsdag 24 november" / "Tuesday 24 November".
    pub fn day_name(self, day: NaiveDate) -> String {
        day.format_localized("%A %-d %B", self.locale()).to_string()
    }

    /// "di 24 nov" / "Tue 24 Nov": a date in a narrow table.
    pub fn short_day(self, day: NaiveDate) -> String {
        day.format_localized("%a %-d %b", self.locale()).to_string()
    }

    /// "Dinsdag 24 november, 10:00 – 12:00": a date as a line.
    pub fn date_line(self, starts: DateTime<Utc>, ends: DateTime<Utc>) -> String {
        format!(
            "{}, {}",
            self.day_heading(crate::domain::time::local_date(starts)),
            clock_range(starts, ends)
        )
    }

    /// A date in running text: "vrijdag 11 december, 10:00–12:00" (Dutch weekdays are written
    /// in lower case inside a sentence).
    pub fn date_in_text(self, starts: DateTime<Utc>, ends: DateTime<Utc>) -> String {
        format!(
            "{}, {}",
            self.day_name(crate::domain::time::local_date(starts)),
            clock_range(starts, ends)
        )
    }

    /// "Maandag" / "Monday".
    pub fn weekday(self, weekday: chrono::Weekday) -> String {
        // 5 January 2026 was a Monday.
        let monday = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap_or_default();
        let day = monday + chrono::Duration::days(i64::from(weekday.num_days_from_monday()));
        capitalise(&day.format_localized("%A", self.locale()).to_string())
    }

    /// A day as a heading: "Dinsdag 24 november".
    pub fn day_heading(self, day: NaiveDate) -> String {
        capitalise(&self.day_name(day))
    }

    /// "vandaag", "morgen" or "dinsdag 24 november".
    pub fn relative_day(self, day: NaiveDate, today: NaiveDate) -> String {
        let t = self.texts();
        if day == today {
            t.today_word.to_owned()
        } else if Some(day) == today.succ_opt() {
            t.tomorrow_word.to_owned()
        } else {
            self.day_name(day)
        }
    }

    /// "40 seconden", "3 minuten": how long to wait.
    pub fn wait(self, seconds: u64) -> String {
        let t = self.texts();
        match seconds {
            0 | 1 => t.seconds_one.to_owned(),
            2..=90 => fill(t.seconds_many, &[("n", &seconds.to_string())]),
            _ => fill(t.minutes_many, &[("n", &seconds.div_ceil(60).to_string())]),
        }
    }

    /// "24 november om 09:30" / "24 November at 09:30", in Amsterdam time.
    pub fn moment(self, instant: DateTime<Utc>) -> String {
        let local = crate::domain::time::utc_to_local(instant);
        let day = local.date().format_localized("%-d %B %Y", self.locale());
        let time = local.format("%H:%M");
        match self {
            Lang::Nl => format!("{day} om {time}"),
            Lang::En => format!("{day} at {time}"),
        }
    }

    /// "2 uur", "1,5 uur", "1 uur 20 min" / "2 hours", "1.5 hours", "1 h 20 min": a duration
    /// in minutes.
    pub fn duration(self, minutes: i64) -> String {
        let (hours, rest) = (minutes / 60, minutes % 60);
        match (self, rest) {
            (Lang::Nl, 0) => format!("{hours} uur"),
            (Lang::Nl, 30) => format!("{hours},5 uur"),
            (Lang::Nl, _) if hours == 0 => format!("{rest} min"),
            (Lang::Nl, _) => format!("{hours} uur {rest} min"),
            (Lang::En, 0) if hours == 1 => "1 hour".to_owned(),
            (Lang::En, 0) => format!("{hours} hours"),
            (Lang::En, 30) => format!("{hours}.5 hours"),
            (Lang::En, _) if hours == 0 => format!("{rest} min"),
            (Lang::En, _) => format!("{hours} h {rest} min"),
        }
    }

    /// "september 2026" / "September 2026".
    pub fn month(self, day: NaiveDate) -> String {
        day.format_localized("%B %Y", self.locale()).to_string()
    }

    /// "1 persoon", "3 mensen".
    pub fn people(self, n: i64) -> String {
        let t = self.texts();
        counted(n, t.people_one, t.people_many)
    }

    /// "1 vrijwilliger", "3 vrijwilligers".
    pub fn volunteers(self, n: i64) -> String {
        let t = self.texts();
        counted(n, t.volunteers_one, t.volunteers_many)
    }

    /// "3 activiteiten", "1 activiteit".
    pub fn activity_count(self, n: usize) -> String {
        let t = self.texts();
        fill(
            if n == 1 { t.count_one } else { t.count_many },
            &[("n", &n.to_string())],
        )
    }
}

/// The wall-clock time of an instant in Amsterdam: "09:30".
pub fn clock(instant: DateTime<Utc>) -> String {
    crate::domain::time::utc_to_local(instant).format("%H:%M").to_string()
}

/// "09:30 – 12:00".
pub fn clock_range(starts: DateTime<Utc>, ends: DateTime<Utc>) -> String {
    format!("{} – {}", clock(starts), clock(ends))
}

/// `one` for 1, else `many` with `{n}` filled in.
fn counted(n: i64, one: &str, many: &str) -> String {
    if n == 1 {
        one.to_owned()
    } else {
        fill(many, &[("n", &n.to_string())])
    }
}

/// Fills `{name}` placeholders.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_owned(), |text, (name, value)| {
        text.replace(&format!("{{{name}}}"), value)
    })
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn best_accepted(header: &str) -> Option<Lang> {
    header
        .split(',')
        .filter_map(|entry| {
            let mut parts = entry.split(';');
            let tag = parts.next()?.trim();
            let quality = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map(|q| q.trim().parse::<f32>().unwrap_or(0.0))
                .unwrap_or(1.0);
            let primary = tag.split('-').next()?;
            Some((Lang::from_code(primary)?, quality))
        })
        .filter(|(_, quality)| *quality > 0.0)
        .fold(None, |best: Option<(Lang, f32)>, candidate| match best {
            Some(b) if b.1 >= candidate.1 => Some(b),
            _ => Some(candidate),
        })
        .map(|(lang, _)| lang)
}

/// The language of the page being rendered (provided by the shell).
pub fn use_lang() -> Lang {
    leptos::prelude::use_context::<Lang>().unwrap_or_default()
}

/// The texts of the page's language.
pub fn use_texts() -> &'static Texts {
    use_lang().texts()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cookie_wins_over_the_browser() {
        assert_eq!(Lang::negotiate(Some("en"), Some("nl-NL,nl;q=0.9")), Lang::En);
    }

    #[test]
    fn accept_language_is_the_first_guess() {
        assert_eq!(Lang::negotiate(None, Some("en-GB,en;q=0.9,nl;q=0.8")), Lang::En);
        assert_eq!(Lang::negotiate(None, Some("de-DE,nl;q=0.5,en;q=0.4")), Lang::Nl);
        assert_eq!(Lang::negotiate(None, Some("fr, en;q=0")), Lang::Nl);
    }

    #[test]
    fn durations_read_as_people_say_them() {
        let nl: Vec<String> = [120, 90, 80, 45].map(|m| Lang::Nl.duration(m)).into();
        assert_eq!(nl, ["2 uur", "1,5 uur", "1 uur 20 min", "45 min"]);
        let en: Vec<String> = [60, 120, 90, 80].map(|m| Lang::En.duration(m)).into();
        assert_eq!(en, ["1 hour", "2 hours", "1.5 hours", "1 h 20 min"]);
    }

    #[test]
    fn dutch_is_the_default() {
        assert_eq!(Lang::negotiate(None, None), Lang::Nl);
        assert_eq!(Lang::negotiate(Some("xx"), Some("garbage")), Lang::Nl);
    }

    #[test]
    fn days_are_written_in_the_language() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 24).expect("date");
        assert_eq!(Lang::Nl.day_heading(day), "Dinsdag 24 november");
        assert_eq!(Lang::En.day_heading(day), "Tuesday 24 November");
        assert_eq!(Lang::Nl.relative_day(day, day), "vandaag");
    }

    #[test]
    fn waits_are_written_in_seconds_or_minutes() {
        assert_eq!(Lang::Nl.wait(1), "1 seconde");
        assert_eq!(Lang::Nl.wait(30), "30 seconden");
        assert_eq!(Lang::En.wait(300), "5 minutes");
        assert_eq!(Lang::Nl.wait(121), "3 minuten");
    }

    #[test]
    fn counts_are_singular_and_plural() {
        assert_eq!(Lang::Nl.activity_count(1), "1 activiteit");
        assert_eq!(Lang::Nl.activity_count(3), "3 activiteiten");
        assert_eq!(Lang::En.activity_count(1), "1 activity");
    }
}
