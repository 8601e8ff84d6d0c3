//! `/`: what is on today, the coming days, and which inloop is open now.

use crate::api::agenda::get_home;
use crate::components::agenda::{AgendaDays, AgendaList};
use crate::components::open_status::OpenStatusLine;
use crate::domain::agenda::Home;
use crate::i18n::use_texts;
use crate::pages::not_found::ErrorNotice;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn HomePage() -> impl IntoView {
    let t = use_texts();
    let home = Resource::new(|| (), |_| get_home());
    view! {
        <Title text=t.home_title/>
        <h1>{t.home_heading}</h1>
        <p class="lead">{t.home_intro}</p>
        <Suspense fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                match home.await {
                    Ok(home) => view! { <HomeContent home/> }.into_any(),
                    Err(error) => view! { <ErrorNotice error not_found=t.not_found_text/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn HomeContent(home: Home) -> impl IntoView {
    let t = use_texts();
    let now = home.now;
    let centres = home
        .centres
        .into_iter()
        .map(|c| {
            view! {
                <li class="centre-status">
                    <a href=format!("/centra/{}", c.slug)>{c.name}</a>
                    <span class="town">{c.town}</span>
                    <OpenStatusLine status=c.status now/>
                </li>
            }
        })
        .collect_view();
    let today = if home.today.is_empty() {
        view! { <p class="empty">{t.nothing_today}</p> }.into_any()
    } else {
        view! { <AgendaList items=home.today now/> }.into_any()
    };
    view! {
        <section aria-labelledby="open-nu">
            <h2 id="open-nu">{t.open_now_heading}</h2>
            <ul class="centre-list">{centres}</ul>
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
