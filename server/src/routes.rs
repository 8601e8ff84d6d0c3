//! Plain axum routes beside the Leptos pages: health and the language switch.

use app::context::RequestContext;
use app::domain::form::is_safe_return_path;
use app::i18n::Lang;
use app::ssr::cookies::{Jar, YEAR_SECONDS};
use app::ssr::state::AppState;
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Form, Router};
use serde::Deserialize;

pub fn plain() -> Router<AppState> {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/taal", post(switch_language))
}

/// 200 when the database answers, 503 otherwise.
async fn healthz(State(state): State<AppState>) -> Response {
    if state.db.ping().await {
        (StatusCode::OK, "ok").into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
    }
}

#[derive(Deserialize)]
struct LanguageForm {
    lang: String,
    #[serde(default)]
    terug: String,
}

/// Keeps the language choice in a cookie and goes back to the page the visitor was on.
async fn switch_language(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Form(form): Form<LanguageForm>,
) -> Response {
    let Some(lang) = Lang::from_code(&form.lang) else {
        // Answer in the language the visitor has now; nothing changes.
        return (StatusCode::BAD_REQUEST, context.lang.texts().unknown_language).into_response();
    };
    let cookie = Jar::Language.set(lang.code(), YEAR_SECONDS, state.site.https);
    let mut response = Redirect::to(if is_safe_return_path(&form.terug) {
        &form.terug
    } else {
        "/"
    })
    .into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}
