//! `/beheer/data/:id`: one date of an activity, to move, change or cancel.

use super::{date_text, id_param, refused};
use crate::api::programme::get_managed_date;
use crate::components::form::{Field, PostForm};
use crate::domain::programme::ManagedDate;
use crate::domain::time::utc_to_local;
use crate::error::AppError;
use crate::i18n::{clock, fill, use_lang, use_texts};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ManagedDatePage() -> impl IntoView {
    let t = use_texts();
    let id = id_param();
    Suspend::new(async move {
        let date = match id {
            Some(id) => get_managed_date(id).await,
            None => Err(AppError::NotFound),
        };
        match date {
            Ok(date) => view! { <ManagedDateContent date/> }.into_any(),
            Err(error) => refused(t.change_date_title, error),
        }
    })
}

#[component]
fn ManagedDateContent(date: ManagedDate) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let d = date.date.clone();
    let id = d.id.to_string();
    let start = utc_to_local(d.starts_at);
    let when = date_text(lang, &d);
    let cancelled_text = fill(t.cancelled_because, &[("reason", &d.cancel_reason)]);
    const C: &str = "change_date";
    const X: &str = "cancel_date";
    view! {
        <Title text=t.change_date_title/>
        <p class="breadcrumb">
            <a href=format!("/beheer/activiteiten/{}", date.activity_id)>{date.activity_title.clone()}</a>
        </p>
        <h1>{t.change_date_title}</h1>
        <p class="lead">{date.activity_title.clone()} ": " {when}</p>
        {date.begun.then(|| view! {
            <p><a class="button secondary" href=format!("/beheer/data/{}/wie-waren-er", d.id)>{t.head_count_link}</a></p>
        })}
        {if d.cancelled {
            let id = id.clone();
            view! {
                <p class="note">{cancelled_text}</p>
                <PostForm action="restore_date" class="stack">
                    <input type="hidden" name="id" value=id/>
                    <button type="submit" class="button primary">{t.restore_date_button}</button>
                </PostForm>
            }
            .into_any()
        } else {
            let id = id.clone();
            view! {
                <section aria-labelledby="afzeggen">
                    <h2 id="afzeggen">{t.cancel_date_heading}</h2>
                    <PostForm action=X class="stack">
                        <input type="hidden" name="id" value=id/>
                        {(date.signed_up > 0).then(|| view! {
                            <p>{fill(t.cancel_reach_line, &[("n", &date.signed_up.to_string()), ("mail", &date.reachable.to_string())])}</p>
                            {(date.reachable < date.signed_up).then(|| view! { <p class="hint">{t.cancel_reach_others}</p> })}
                        })}
                        <Field action=X name="reden" label=t.field_cancel_reason hint=t.cancel_reason_hint/>
                        <button type="submit" class="button danger">{t.cancel_date_button}</button>
                    </PostForm>
                </section>
            }
            .into_any()
        }}
        <section aria-labelledby="verzetten">
            <h2 id="verzetten">{t.move_date_heading}</h2>
            <p>{t.move_date_intro}</p>
            <PostForm action=C class="stack">
                <input type="hidden" name="id" value=id/>
                <Field action=C name="datum" label=t.field_date kind="date" value=start.format("%Y-%m-%d").to_string()/>
                <div class="time-pair">
                    <Field action=C name="begin" label=t.field_start_time kind="time" value=clock(d.starts_at)/>
                    <Field action=C name="eind" label=t.field_end_time kind="time" value=clock(d.ends_at)/>
                </div>
                <Field action=C name="locatie" label=t.field_date_location hint=t.date_location_hint optional=true value=d.location.clone()/>
                <Field action=C name="toelichting" label=t.field_change_note hint=t.change_note_hint value=d.change_note.clone()/>
                <button type="submit" class="button primary">{t.save_button}</button>
            </PostForm>
        </section>
    }
}
