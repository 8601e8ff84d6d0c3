//! `/centra` and `/centra/{slug}`: the centres, their opening hours this week and programme.

use crate::api::centres::{get_centre, list_centres};
use crate::components::agenda::AgendaDays;
use crate::components::contact::{ContactList, RouteLink};
use crate::components::open_status::{CentreStatusList, InloopLine, OpenStatusLine};
use crate::components::text::PlainText;
use crate::domain::agenda::{param, CentreDetail, DayHours};
use crate::domain::time::local_date;
use crate::i18n::{clock_range, fill, use_lang, use_texts};
use crate::pages::not_found::ErrorNotice;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn CentresPage() -> impl IntoView {
    let t = use_texts();
    view! {
        <Title text=t.centres_title/>
        <h1>{t.centres_heading}</h1>
        <p class="lead">{t.centres_intro}</p>
        {Suspend::new(async move {
            match list_centres().await {
                Ok(list) if list.is_empty() => view! { <p class="empty">{t.no_centres}</p> }.into_any(),
                Ok(list) => view! { <CentreStatusList centres=list now=crate::context::use_now()/> }.into_any(),
                Err(error) => view! { <ErrorNotice error not_found=t.not_found_text/> }.into_any(),
            }
        })}
    }
}

#[component]
pub fn CentrePage() -> impl IntoView {
    let t = use_texts();
    let slug = use_params_map().get_untracked().get("slug").unwrap_or_default();
    Suspend::new(async move {
        match get_centre(slug).await {
            Ok(centre) => view! { <CentreContent centre/> }.into_any(),
            Err(error) => view! { <ErrorNotice error not_found=t.centre_not_found/> }.into_any(),
        }
    })
}

#[component]
fn HoursRow(day: DayHours, today: chrono::NaiveDate) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let hours = match (&day.closed_because, day.periods.is_empty()) {
        (Some(reason), _) if !reason.is_empty() => fill(t.closed_day_because, &[("reason", reason)]),
        (_, true) | (Some(_), _) => t.closed_day.to_owned(),
        (None, false) => day
            .periods
            .iter()
            .map(|(opens, closes)| clock_range(*opens, *closes))
            .collect::<Vec<_>>()
            .join(", "),
    };
    let is_today = day.date == today;
    view! {
        <tr class:today=is_today aria-current=is_today.then_some("date")>
            <th scope="row">{lang.day_heading(day.date)}</th>
            <td>{hours}</td>
        </tr>
    }
}

#[component]
fn CentreContent(centre: CentreDetail) -> impl IntoView {
    let t = use_texts();
    let now = crate::context::use_now();
    let today = local_date(now);
    let c = centre;
    let programme = if c.programme.is_empty() {
        view! { <p class="empty">{t.nothing_planned}</p> }.into_any()
    } else {
        view! { <AgendaDays items=c.programme now level=3/> }.into_any()
    };
    view! {
        <Title text=c.summary.name.clone()/>
        <h1>{c.summary.name.clone()}</h1>
        <OpenStatusLine status=c.summary.status now/>
        {c.summary.inloop_today.map(|inloop| view! { <InloopLine inloop/> })}
        <section aria-labelledby="over">
            <h2 id="over">{t.about_centre_heading}</h2>
            <PlainText text=c.description.clone()/>
        </section>
        <section aria-labelledby="adres">
            <h2 id="adres">{t.address_heading}</h2>
            <address>
                {c.address.clone()}<br/>{format!("{} {}", c.postcode, c.summary.town)}
            </address>
            <RouteLink address=format!("{}, {} {}", c.address, c.postcode, c.summary.town)/>
            <ContactList phone=c.phone.clone() email=c.email.clone()/>
        </section>
        {(!c.accessibility.is_empty()).then(|| view! {
            <section aria-labelledby="toegankelijk">
                <h2 id="toegankelijk">{t.accessibility_heading}</h2>
                <PlainText text=c.accessibility.clone()/>
            </section>
        })}
        <section aria-labelledby="uren">
            <h2 id="uren">{t.hours_heading}</h2>
            <table class="hours">
                <tbody>{c.week.into_iter().map(|day| view! { <HoursRow day today/> }).collect_view()}</tbody>
            </table>
        </section>
        <section aria-labelledby="programma">
            <h2 id="programma">{t.programme_heading}</h2>
            {programme}
            <p><a class="button secondary" href=format!("/activiteiten?{}={}", param::CENTRE, c.summary.slug)>{t.see_centre_agenda}</a></p>
            <p><a href=format!("/centra/{}/agenda.ics", c.summary.slug)>{t.centre_feed_link}</a></p>
        </section>
    }
}
