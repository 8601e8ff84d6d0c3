//! `/activiteiten/{id}`: where and when, what it is, who runs it, how to take part, next dates.

use crate::api::agenda::get_activity;
use crate::components::contact::{ContactList, RouteLink};
use crate::components::share::ShareButton;
use crate::components::text::PlainText;
use crate::domain::activity::ActivityKind;
use crate::domain::agenda::{ActivityDetail, OccurrenceDate};
use crate::domain::text::is_web_link;
use crate::error::AppError;
use crate::i18n::{fill, use_lang, use_texts};
use crate::pages::not_found::ErrorNotice;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ActivityPage() -> impl IntoView {
    let t = use_texts();
    let id = use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|id| id.parse::<i64>().ok());
    // Awaited in a plain Suspend: the page is rendered on the server only (SsrMode::Async), so it
    // needs neither a Resource (nothing to hydrate) nor a <Suspense> fallback.
    Suspend::new(async move {
        let activity = match id {
            Some(id) => get_activity(id).await,
            None => Err(AppError::NotFound),
        };
        match activity {
            Ok(activity) => view! { <ActivityContent activity/> }.into_any(),
            Err(error) => view! { <ErrorNotice error not_found=t.activity_not_found/> }.into_any(),
        }
    })
}

#[component]
pub fn DateLine(date: OccurrenceDate) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let when = lang.date_line(date.starts_at, date.ends_at);
    if date.cancelled {
        let reason = if date.cancel_reason.is_empty() {
            t.cancelled_label.to_owned()
        } else {
            fill(t.cancelled_because, &[("reason", &date.cancel_reason)])
        };
        view! { <li class="cancelled"><s>{when}</s> " " <strong>{reason}</strong></li> }.into_any()
    } else {
        let change = date.changed.then(|| {
            let mut note = fill(t.changed_because, &[("note", &date.change_note)]);
            if !date.location.is_empty() {
                note = format!("{note} ({})", date.location);
            }
            view! { " " <strong>{note}</strong> }
        });
        view! { <li><time datetime=date.starts_at.to_rfc3339()>{when}</time>{change}</li> }.into_any()
    }
}

#[component]
fn ActivityContent(activity: ActivityDetail) -> impl IntoView {
    let t = use_texts();
    let a = activity;
    let signup = if a.signup_required {
        let capacity = a
            .capacity
            .map(|n| view! { <p>{fill(t.capacity_line, &[("n", &n.to_string())])}</p> });
        view! {
            {capacity}
            <crate::pages::signup::SignupForm activity_id=a.id fallback=t.signup_contact/>
            <p>{t.signup_questions}</p>
            <ContactList phone=a.centre_phone.clone() email=a.centre_email.clone()/>
        }
        .into_any()
    } else {
        view! { <p>{t.signup_not_needed}</p> }.into_any()
    };
    // A meeting linked to a peer group is for its members (only they see this page); one that
    // is not linked is open to everyone and says how to join a group for good.
    let kind_note = match (a.kind, a.group_id) {
        (ActivityKind::Cursus, _) => Some(view! { {t.course_note} }.into_any()),
        (ActivityKind::Groepsbijeenkomst, Some(group)) => {
            Some(view! { {t.group_note} " " <a href=format!("/groepen/{group}")>{t.group_note_link}</a> }.into_any())
        }
        (ActivityKind::Groepsbijeenkomst, None) => {
            Some(view! { {t.open_group_note} " " <a href="/groepen">{t.open_group_note_link}</a> }.into_any())
        }
        _ => None,
    };
    let themes = a
        .themes
        .iter()
        .map(|theme| view! { <span class="badge">{t.theme(*theme)}</span> })
        .collect_view();
    let dates = if a.next_dates.is_empty() {
        view! { <p>{t.no_next_dates}</p> }.into_any()
    } else {
        view! { <ul class="dates">{a.next_dates.into_iter().map(|date| view! { <DateLine date/> }).collect_view()}</ul> }.into_any()
    };
    let online = (is_web_link(&a.online_url))
        .then(|| view! { <p><a href=a.online_url.clone() rel="noopener">{t.online_link}</a></p> });
    let cost = if a.cost.is_empty() {
        t.free.to_owned()
    } else {
        a.cost.clone()
    };
    view! {
        <Title text=a.title.clone()/>
        <p class="breadcrumb"><a href="/activiteiten">{t.back_to_agenda}</a></p>
        <h1>{a.title.clone()}</h1>
        <p class="card-tags"><span class="badge kind">{t.kind(a.kind)}</span> {themes}</p>
        {kind_note.map(|note| view! { <p class="note">{note}</p> })}
        <section aria-labelledby="wanneer">
            <h2 id="wanneer">{t.next_dates_heading}</h2>
            {dates}
        </section>
        <section aria-labelledby="waar">
            <h2 id="waar">{t.where_heading}</h2>
            <p>
                <a href=format!("/centra/{}", a.centre.slug)>{a.centre.name.clone()}</a>
                {(!a.location.is_empty()).then(|| format!(" – {}", a.location))}
            </p>
            <p>{a.centre_address.clone()}</p>
            <RouteLink address=a.centre_address.clone()/>
            {online}
        </section>
        <section aria-labelledby="wat">
            <h2 id="wat">{t.about_heading}</h2>
            <PlainText text=a.description.clone()/>
        </section>
        {(!a.what_to_bring.is_empty()).then(|| view! {
            <section aria-labelledby="meenemen">
                <h2 id="meenemen">{t.bring_heading}</h2>
                <PlainText text=a.what_to_bring.clone()/>
            </section>
        })}
        {(!a.facilitators.is_empty()).then(|| view! {
            <section aria-labelledby="wie">
                <h2 id="wie">{t.run_by_heading}</h2>
                <p>{a.facilitators.join(", ")}</p>
            </section>
        })}
        {(!a.accessibility.is_empty()).then(|| view! {
            <section aria-labelledby="toegankelijk">
                <h2 id="toegankelijk">{t.accessibility_heading}</h2>
                <PlainText text=a.accessibility.clone()/>
            </section>
        })}
        <section aria-labelledby="kosten">
            <h2 id="kosten">{t.cost_heading}</h2>
            <p>{cost}</p>
        </section>
        <section aria-labelledby="aanmelden">
            <h2 id="aanmelden">{t.signup_heading}</h2>
            {signup}
            {(a.signup_required && crate::context::use_viewer().is_none()).then(|| view! {
                <p><a href="/aanmelding">{t.signup_have_code}</a></p>
            })}
        </section>
        <p><a class="button secondary" href=format!("/activiteiten/{}/agenda.ics", a.id) download="">{t.add_all_to_calendar}</a></p>
        <ShareButton
            label=t.share_button.to_owned()
            share=t.share_sheet_button.to_owned()
            done=t.share_done.to_owned()
            failed=t.share_failed.to_owned()
            text=String::new()
        />
    }
}
