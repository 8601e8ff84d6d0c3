//! The 404 page and the error notice, in the user's language.

use crate::components::status::set_status;
use crate::error::AppError;
use crate::i18n::use_texts;
use http::StatusCode;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let t = use_texts();
    view! { <NotFound detail=t.not_found_text/> }
}

/// "This page does not exist", with a sentence on what was missing. Sets status 404.
#[component]
pub fn NotFound(detail: &'static str) -> impl IntoView {
    let t = use_texts();
    set_status(StatusCode::NOT_FOUND);
    view! {
        <Title text=t.not_found_title/>
        <h1>{t.not_found_heading}</h1>
        <p>{detail}</p>
        <p><a class="button" href="/">{t.go_home}</a></p>
    }
}

/// What a page shows when loading its data failed.
#[component]
pub fn ErrorNotice(error: AppError, not_found: &'static str) -> impl IntoView {
    let t = use_texts();
    match error {
        AppError::NotFound => view! { <NotFound detail=not_found/> }.into_any(),
        _ => {
            set_status(StatusCode::INTERNAL_SERVER_ERROR);
            view! {
                <Title text=t.error_title/>
                <h1>{t.error_title}</h1>
                <p>{t.error_text}</p>
                <p><a class="button" href="/">{t.go_home}</a></p>
            }
            .into_any()
        }
    }
}
