//! `/`: what is on today, the coming days, and which inloop is open now.

use crate::api::agenda::get_home;
use crate::api::signups::get_my_changes;
use crate::api::tallies::get_door_duty;
use crate::components::agenda::{AgendaDays, AgendaList};
use crate::components::changes::DateChanges;
use crate::components::form::Notice;
use crate::components::open_status::CentreStatusList;
use crate::domain::agenda::Home;
use crate::i18n::{fill, use_texts};
use crate::pages::not_found::ErrorNotice;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn HomePage() -> impl IntoView {
    let t = use_texts();
    view! {
        <Title text=t.home_title/>
        <Notice key="uitgelogd" text=t.logged_out_notice/>
        <Notice key="account_weg" text=t.account_deleted_notice/>
        <h1>{t.home_heading}</h1>
        {crate::context::use_viewer().is_some().then(|| view! {
            {Suspend::new(async move {
                get_my_changes().await.ok().map(|changes| view! { <DateChanges changes back="home"/> })
            })}
            {Suspend::new(async move {
                get_door_duty()
                    .await
                    .ok()
                    .filter(|centres| !centres.is_empty())
                    .map(|centres| view! { <DoorDuty centres/> })
            })}
        })}
        <p class="lead">{t.home_intro}</p>
        {Suspend::new(async move {
            match get_home().await {
                Ok(home) => view! { <HomeContent home/> }.into_any(),
                Err(error) => view! { <ErrorNotice error not_found=t.not_found_text/> }.into_any(),
            }
        })}
        // Below today's programme, so suggestions never read as what is on today.
        {crate::context::use_viewer().is_some().then(|| view! { <crate::pages::profile::Suggestions/> })}
    }
}

#[component]
fn HomeContent(home: Home) -> impl IntoView {
    let t = use_texts();
    let now = home.now;
    let today = if home.today.is_empty() {
        view! { <p class="empty">{t.nothing_today}</p> }.into_any()
    } else {
        view! { <AgendaList items=home.today now/> }.into_any()
    };
    view! {
        <section aria-labelledby="open-nu">
            <h2 id="open-nu">{t.open_now_heading}</h2>
            <CentreStatusList centres=home.centres now/>
        </section>
        <section aria-labelledby="vandaag">
            <h2 id="vandaag">{t.today_heading}</h2>
            {today}
        </section>
        <section aria-labelledby="week">
            <h2 id="week">{t.week_heading}</h2>
            <AgendaDays items=home.week now level=3/>
            <p><a class="button" href="/activiteiten">{t.see_full_agenda}</a></p>
        </section>
    }
}

/// For the team of a centre whose inloop is open today: the way to its counter.
#[component]
fn DoorDuty(centres: Vec<(String, String)>) -> impl IntoView {
    let t = use_texts();
    let links = centres
        .into_iter()
        .map(|(slug, name)| {
            view! {
                <li>
                    <a class="button" href=format!("/beheer/centra/{slug}/turven")>
                        {fill(t.tally_title_of, &[("centre", &name)])}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="bij-de-deur" class="door-duty">
            <h2 id="bij-de-deur">{t.door_duty_heading}</h2>
            <p>{t.door_duty_intro}</p>
            <ul class="link-buttons">{links}</ul>
        </section>
    }
}
