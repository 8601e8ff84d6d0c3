//! Plain axum routes beside the Leptos pages: health, the language switch; and the middleware
//! that sets caching and security headers.

use app::i18n::{Lang, LANG_COOKIE};
use app::ssr::state::{AppState, CspNonce};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
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

/// Only a path on this site: never another site ("//evil.example", "https://…").
fn safe_return_path(path: &str) -> &str {
    let ok =
        path.starts_with('/') && !path.starts_with("//") && !path.contains('\\') && !path.chars().any(char::is_control);
    if ok {
        path
    } else {
        "/"
    }
}

/// Keeps the language choice in a cookie and goes back to the page the visitor was on.
async fn switch_language(request_headers: HeaderMap, Form(form): Form<LanguageForm>) -> Response {
    let Some(lang) = Lang::from_code(&form.lang) else {
        // Answer in the language the visitor has now; nothing changes.
        let header = |name| request_headers.get(name).and_then(|v: &HeaderValue| v.to_str().ok());
        let current = Lang::negotiate(header(header::COOKIE), header(header::ACCEPT_LANGUAGE));
        return (StatusCode::BAD_REQUEST, current.texts().unknown_language).into_response();
    };
    let cookie = format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly",
        lang.code()
    );
    let mut response = Redirect::to(safe_return_path(&form.terug)).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}

fn is_html(headers: &axum::http::HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"text/html"))
}

/// For responses that are not pages: no scripts, no requests to another site.
const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; \
     frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

/// For pages: only same-origin files and the inline scripts that carry this request's nonce run,
/// and nothing is fetched from another site.
fn page_policy(nonce: &CspNonce) -> Option<HeaderValue> {
    HeaderValue::from_str(&format!(
        "default-src 'self'; script-src 'self' 'nonce-{}' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; \
         img-src 'self' data:; connect-src 'self'; font-src 'self'; frame-ancestors 'none'; form-action 'self'; \
         base-uri 'self'; object-src 'none'",
        nonce.0
    ))
    .ok()
}

pub async fn headers(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    // The shell hands this nonce to Leptos, so the policy sent here names the nonce the page's
    // scripts carry, whatever happens inside the renderer.
    let nonce = CspNonce::new();
    request.extensions_mut().insert(nonce.clone());
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    let is_page = is_html(headers);
    let cache = if path.starts_with("/pkg/") {
        if state.leptos_options.hash_files {
            "public, max-age=31536000, immutable"
        } else {
            "public, max-age=0, must-revalidate"
        }
    } else if path.starts_with("/api/") || path == "/healthz" {
        "no-store"
    } else if is_page {
        "no-cache"
    } else {
        "public, max-age=86400"
    };
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    let policy = is_page.then(|| page_policy(&nonce)).flatten();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        policy.unwrap_or(HeaderValue::from_static(CONTENT_SECURITY_POLICY)),
    );
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("strict-origin-when-cross-origin"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::safe_return_path;

    #[test]
    fn only_paths_on_this_site_are_followed() {
        assert_eq!(
            safe_return_path("/activiteiten?soort=inloop"),
            "/activiteiten?soort=inloop"
        );
        assert_eq!(safe_return_path("//evil.example"), "/");
        assert_eq!(safe_return_path("https://evil.example"), "/");
        assert_eq!(safe_return_path("/\\evil.example"), "/");
        assert_eq!(safe_return_path(""), "/");
    }
}
