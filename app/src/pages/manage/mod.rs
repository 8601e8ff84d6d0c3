//! The management area of a centre: its programme (`/beheer/centra/:slug`), details, opening
//! hours and closures, the activity form, an activity's dates, and changing one date. One module
//! per page; the links between them (`CentreNav`) and what they share are here.

mod activity;
mod activity_form;
mod date;
mod details;
mod head_count;
mod hours;
mod programme;
mod tally;
mod volunteer_hours;

pub use activity::ManagedActivityPage;
pub use activity_form::{EditActivityPage, NewActivityPage};
pub use date::ManagedDatePage;
pub use details::CentreDetailsPage;
pub use head_count::HeadCountPageView;
pub use hours::OpeningHoursPage;
pub use programme::CentreProgrammePage;
pub use tally::CentreTallyPage;
pub use volunteer_hours::CentreHoursPageView;

use crate::domain::agenda::OccurrenceDate;
use crate::error::AppError;
use crate::i18n::{use_texts, Lang};
use crate::pages::not_found::refusal;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

fn param(name: &str) -> String {
    use_params_map().get_untracked().get(name).unwrap_or_default()
}

fn id_param() -> Option<i64> {
    param("id").parse().ok()
}

/// A date as a line: "Dinsdag 24 november, 10:00 – 12:00".
fn date_text(lang: Lang, date: &OccurrenceDate) -> String {
    lang.date_line(date.starts_at, date.ends_at)
}

/// The page's heading and, when the call was refused, why.
fn refused(title: &'static str, error: AppError) -> AnyView {
    view! {
        <Title text=title/>
        <h1>{title}</h1>
        {refusal(error)}
    }
    .into_any()
}

/// The links between the parts of a centre's management area.
#[component]
pub fn CentreNav(slug: String, may_manage: bool, current: &'static str) -> impl IntoView {
    let t = use_texts();
    let link = move |path: &'static str, label: &'static str| {
        let href = if path.is_empty() {
            format!("/beheer/centra/{slug}")
        } else {
            format!("/beheer/centra/{slug}/{path}")
        };
        view! { <li><a href=href aria-current=(path == current).then_some("page")>{label}</a></li> }
    };
    view! {
        <nav aria-label=t.manage_nav_label>
            <ul class="subnav">
                {link("", t.manage_programme)}
                {may_manage.then(|| view! {
                    {link("gegevens", t.manage_details)}
                    {link("openingstijden", t.manage_hours)}
                    {link("team", t.manage_team)}
                    {link("taken", t.manage_tasks)}
                    {link("groepen", t.manage_groups)}
                    {link("uren", t.manage_volunteer_hours)}
                })}
                {link("turven", t.manage_tally)}
            </ul>
        </nav>
    }
}
