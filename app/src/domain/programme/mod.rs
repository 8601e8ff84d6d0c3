//! Publishing the programme: an activity as a coordinator types it, checked field by field
//! before anything is saved, and the centre's details, opening hours and closures. One module
//! per form, and the types of the management pages.

mod activity;
mod centre;
mod date;
mod hours;
mod views;

pub use activity::*;
pub use centre::*;
pub use date::*;
pub use hours::*;
pub use views::*;

pub const TITLE_MAX: usize = 120;
pub const DESCRIPTION_MAX: usize = 5000;
pub const NOTE_MAX: usize = 1000;
pub const SHORT_MAX: usize = 200;
pub const COST_MAX: usize = 100;
pub const LINK_MAX: usize = 500;
pub const CAPACITY_MAX: i64 = 10_000;
/// How far ahead a first date may be.
pub const FUTURE_DAYS_MAX: i64 = 2 * 366;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::activity::Theme;
    use crate::domain::form::{FieldProblem, Problem};

    use crate::domain::recurrence::RecurrenceEnd;
    use chrono::{NaiveDate, Weekday};

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
