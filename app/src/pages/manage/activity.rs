//! `/beheer/activiteiten/:id`: an activity as its centre runs it, with its coming dates.

use super::{date_text, id_param, refused};
use crate::api::programme::get_managed_activity;
use crate::components::form::{Checkbox, Notice, PostForm};
use crate::domain::activity::ActivityKind;
use crate::domain::programme::ManagedActivity;
use crate::error::AppError;
use crate::i18n::{fill, use_lang, use_texts};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ManagedActivityPage() -> impl IntoView {
    let t = use_texts();
    let id = id_param();
    Suspend::new(async move {
        let activity = match id {
            Some(id) => get_managed_activity(id).await,
            None => Err(AppError::NotFound),
        };
        match activity {
            Ok(activity) => view! { <ManagedActivityContent activity/> }.into_any(),
            Err(error) => refused(t.platform_title, error),
        }
    })
}

#[component]
fn ManagedActivityContent(activity: ManagedActivity) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let id = activity.id;
    let dates = activity
        .dates
        .iter()
        .map(|date| {
            let status = if date.cancelled {
                fill(t.cancelled_because, &[("reason", &date.cancel_reason)])
            } else if date.changed {
                fill(t.changed_because, &[("note", &date.change_note)])
            } else {
                String::new()
            };
            view! {
                <li class="date-row" class:cancelled=date.cancelled>
                    <span>
                        {if date.cancelled {
                            view! { <s>{date_text(lang, date)}</s> }.into_any()
                        } else {
                            view! { <span>{date_text(lang, date)}</span> }.into_any()
                        }}
                        {(!status.is_empty()).then(|| view! { <br/> <strong>{status}</strong> })}
                    </span>
                    <span class="actions">
                        {(activity.signup_required && activity.kind != ActivityKind::Cursus).then(|| view! {
                            <a href=format!("/beheer/aanmeldingen?activiteit={id}&datum={}", date.id)>
                                {t.who_comes_link}
                                <span class="visually-hidden">{format!(": {}", date_text(lang, date))}</span>
                            </a>
                        })}
                        <a href=format!("/beheer/data/{}", date.id)>
                            {t.change_this_date}
                            <span class="visually-hidden">{format!(": {}", date_text(lang, date))}</span>
                        </a>
                    </span>
                </li>
            }
        })
        .collect_view();
    let pause = if activity.paused {
        (false, t.resume_button)
    } else {
        (true, t.pause_button)
    };
    view! {
        <Title text=activity.title.clone()/>
        <p class="breadcrumb">
            <a href=format!("/beheer/centra/{}", activity.centre_slug)>
                {fill(t.back_to_centre, &[("centre", &activity.centre_name)])}
            </a>
        </p>
        <h1>{activity.title.clone()}</h1>
        {(!activity.member_title.is_empty()).then(|| view! {
            <p class="muted">{fill(t.member_title_line, &[("title", &activity.member_title)])}</p>
        })}
        <Notice key="nieuw" text=if activity.group_id.is_some() { t.group_meeting_made_notice } else { t.activity_published_notice }/>
        {(!activity.holiday_dates.is_empty()).then(|| {
            let days = activity
                .holiday_dates
                .iter()
                .map(|day| lang.day_name(*day))
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <div class="note">
                    <p>{fill(t.holiday_dates_hint, &[("days", &days)])}</p>
                    <p><a href=format!("/beheer/centra/{}/openingstijden#sluitingen", activity.centre_slug)>{t.add_closure_link}</a></p>
                </div>
            }
        })}
        <Notice key="opgeslagen" text=t.saved_notice/>
        <Notice key="gepauzeerd" text=t.paused_notice/>
        <Notice key="hervat" text=t.resumed_notice/>
        <Notice key="afgezegd" text=t.date_cancelled_notice/>
        <Notice key="hersteld" text=t.date_restored_notice/>
        <Notice key="datum_gewijzigd" text=t.date_changed_notice/>
        <p class="card-tags">
            <span class="badge kind">{t.kind(activity.kind)}</span>
            {activity.paused.then(|| view! { <span class="badge">{t.paused_label}</span> })}
        </p>
        <ul class="links">
            <li><a href=format!("/activiteiten/{id}")>{t.view_public_page}</a></li>
            {(activity.signup_required && activity.kind == ActivityKind::Cursus).then(|| view! {
                <li><a href=format!("/beheer/aanmeldingen?activiteit={id}")>{t.who_comes_link}</a></li>
            })}
        </ul>
        <section aria-labelledby="wijzigen">
            <h2 id="wijzigen">{t.what_to_change_heading}</h2>
            {if activity.is_series {
                view! {
                    <p>{t.series_choice_intro}</p>
                    <ul class="links">
                        <li><a href=format!("/beheer/activiteiten/{id}/bewerken")>{t.change_all_dates}</a></li>
                        <li><a href="#data">{t.change_one_date}</a></li>
                    </ul>
                }
                .into_any()
            } else {
                view! {
                    <ul class="links">
                        <li><a href=format!("/beheer/activiteiten/{id}/bewerken")>{t.edit_activity_link}</a></li>
                    </ul>
                }
                .into_any()
            }}
            <ul class="links">
                <li><a href=format!("/beheer/centra/{}/nieuw?kopie={id}", activity.centre_slug)>{t.duplicate_link}</a></li>
            </ul>
            {activity.is_series.then(|| view! {
                <PostForm action="pause_activity" class="stack">
                    <input type="hidden" name="id" value=id.to_string()/>
                    <input type="hidden" name="pauzeren" value=pause.0.to_string()/>
                    <p class="hint">{if pause.0 { t.pause_hint } else { t.resume_hint }}</p>
                    <button type="submit" class="button secondary">{pause.1}</button>
                </PostForm>
            })}
        </section>
        <section aria-labelledby="data">
            <h2 id="data">{t.dates_heading}</h2>
            {if activity.dates.is_empty() {
                view! { <p class="empty">{t.no_next_dates}</p> }.into_any()
            } else {
                view! { <ul class="sessions">{dates}</ul> }.into_any()
            }}
        </section>
        {activity.may_delete.then(|| view! {
            <section aria-labelledby="verwijderen">
                <h2 id="verwijderen">{t.delete_activity_heading}</h2>
                <p>{t.delete_activity_intro}</p>
                <PostForm action="delete_activity" class="stack">
                    <input type="hidden" name="id" value=id.to_string()/>
                    <Checkbox action="delete_activity" name="zeker" label=t.delete_activity_confirm/>
                    <button type="submit" class="button danger">{t.delete_activity_button}</button>
                </PostForm>
            </section>
        })}
    }
}
