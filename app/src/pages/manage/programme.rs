//! `/beheer/centra/:slug`: a centre's programme.

use super::{param, refused, CentreNav};
use crate::api::programme::get_centre_programme;
use crate::components::form::Notice;
use crate::domain::programme::CentreProgramme;
use crate::i18n::{fill, use_lang, use_texts};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn CentreProgrammePage() -> impl IntoView {
    let t = use_texts();
    let slug = param("slug");
    Suspend::new(async move {
        match get_centre_programme(slug).await {
            Ok(programme) => view! { <ProgrammeContent programme/> }.into_any(),
            Err(error) => refused(t.platform_title, error),
        }
    })
}

#[component]
fn ProgrammeContent(programme: CentreProgramme) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let title = fill(t.programme_title, &[("centre", &programme.name)]);
    let slug = programme.slug.clone();
    let entries = programme
        .activities
        .into_iter()
        .map(|entry| {
            let next = match (entry.paused, entry.next) {
                (true, _) => t.paused_label.to_owned(),
                (false, Some(next)) => fill(t.next_date_line, &[("when", &lang.moment(next))]),
                (false, None) => t.no_next_dates.to_owned(),
            };
            let title = entry.title.clone();
            let heading = if entry.may_edit {
                view! { <a href=format!("/beheer/activiteiten/{}", entry.id)>{title}</a> }.into_any()
            } else {
                view! { <span>{title}</span> }.into_any()
            };
            view! {
                <li>
                    <p class="card-title">{heading}</p>
                    {(!entry.member_title.is_empty()).then(|| view! {
                        <p class="muted">{fill(t.member_title_line, &[("title", &entry.member_title)])}</p>
                    })}
                    <p class="card-tags">
                        <span class="badge kind">{t.kind(entry.kind)}</span>
                        <span>{next}</span>
                    </p>
                </li>
            }
        })
        .collect_view();
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <Notice key="verwijderd" text=t.activity_deleted_notice/>
        <Notice key="welkom" text=t.welcome_coordinator_notice/>
        <CentreNav slug=slug.clone() may_manage=programme.may_manage current=""/>
        {programme.may_create.then(|| view! {
            <p class="actions">
                <a class="button primary" href=format!("/beheer/centra/{slug}/nieuw")>{t.new_activity_button}</a>
            </p>
        })}
        {(!programme.may_manage).then(|| view! { <p class="note">{t.volunteer_publish_note}</p> })}
        <section aria-labelledby="programma" class="programme">
            <h2 id="programma">{t.manage_activities_heading}</h2>
            <ul class="sessions">{entries}</ul>
        </section>
    }
}
