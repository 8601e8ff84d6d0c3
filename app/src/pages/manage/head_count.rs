//! `/beheer/data/:id/wie-waren-er`: who came to one date of an activity: the signed-up people to
//! tick and how many came in all, once the date has begun.

use super::{id_param, refused};
use crate::api::attendance::get_head_count;
use crate::components::form::{Choices, Field, Notice, PostForm};
use crate::domain::attendance::HeadCountPage;
use crate::error::AppError;
use crate::i18n::{fill, use_lang, use_texts};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn HeadCountPageView() -> impl IntoView {
    let t = use_texts();
    let id = id_param();
    Suspend::new(async move {
        let page = match id {
            Some(id) => get_head_count(id).await,
            None => Err(AppError::NotFound),
        };
        match page {
            Ok(page) => view! { <HeadCountContent page/> }.into_any(),
            Err(error) => refused(t.head_count_title, error),
        }
    })
}

#[component]
fn HeadCountContent(page: HeadCountPage) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let when = lang.date_line(page.starts_at, page.ends_at);
    const A: &str = "record_head_count";
    let form = if page.cancelled {
        view! { <p class="note">{t.head_count_cancelled}</p> }.into_any()
    } else if !page.begun {
        view! { <p class="note">{t.head_count_not_yet}</p> }.into_any()
    } else {
        let has_people = !page.people.is_empty();
        let options: Vec<(String, String)> = page
            .people
            .into_iter()
            .map(|(id, name)| (id.to_string(), name))
            .collect();
        let chosen: Vec<String> = page.ticked.iter().map(|id| id.to_string()).collect();
        let count = page.head_count.map(|n| n.to_string()).unwrap_or_default();
        view! {
            <PostForm action=A class="stack">
                <input type="hidden" name="datum" value=page.occurrence_id.to_string()/>
                {has_people.then(|| view! {
                    <Choices action=A name="aanwezig" legend=t.head_count_who options chosen multiple=true optional=true hint=t.head_count_who_hint/>
                })}
                <Field
                    action=A
                    name="aantal"
                    label=t.head_count_field
                    hint=if has_people { t.head_count_hint_with_list } else { t.head_count_number_hint }
                    optional=has_people
                    kind="number"
                    inputmode="numeric"
                    value=count
                />
                <button type="submit" class="button primary">{t.head_count_button}</button>
            </PostForm>
        }
        .into_any()
    };
    let saved = page
        .head_count
        .map(|n| view! { <p>{fill(t.head_count_saved_line, &[("people", &lang.people(n))])}</p> });
    view! {
        <Title text=t.head_count_title/>
        <p class="breadcrumb">
            <a href=format!("/activiteiten/{}", page.activity_id)>{page.title.clone()}</a>
        </p>
        <h1>{t.head_count_title}</h1>
        <p class="lead">{page.title.clone()} ": " {when}</p>
        <Notice key="opgeslagen" text=t.head_count_saved_notice/>
        {saved}
        {form}
        {page.course.then(|| view! {
            <p><a href=format!("/beheer/aanmeldingen?activiteit={}#wie-kwam-er", page.activity_id)>{t.register_back}</a></p>
        })}
    }
}
