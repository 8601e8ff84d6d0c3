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

/// What a page shows when its server function said no or failed: a visitor is sent to the login
/// page (and back here afterwards), a logged-in person who may not see it gets a 403 message.
pub fn refusal(error: AppError) -> AnyView {
    let t = use_texts();
    match error {
        AppError::Unauthorised => {
            let location = leptos_router::hooks::use_location();
            let here = location.pathname.get_untracked();
            crate::components::status::redirect_to(&format!("/inloggen?terug={here}"));
            view! { <p>{t.needs_login}</p> }.into_any()
        }
        AppError::Forbidden => {
            set_status(StatusCode::FORBIDDEN);
            view! { <p class="form-message" role="alert">{t.not_allowed}</p> }.into_any()
        }
        error => view! { <ErrorNotice error not_found=t.not_found_text/> }.into_any(),
    }
}
