//! Plain HTML forms, with or without JavaScript. A form posts to the page it is on, naming in its
//! hidden `actie` field the server function that handles it. This handler runs that server
//! function with the same request (cookies, session, address) and then either follows where it
//! redirected (post/redirect/get) or shows the same page again, with the problems next to the
//! fields and the values as typed (never passwords or codes), and the matching status code.

use app::app::shell;
use app::context::FormFeedback;
use app::domain::form::{clean_form, is_secret_field, ACTION_FIELD};
use app::domain::text::is_forbidden_char;
use app::error::AppError;
use app::ssr::state::AppState;
use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::provide_context;

/// Forms are small (the longest, an activity's description, is a few kilobytes); anything bigger
/// is refused before it is read or parsed.
pub const MAX_FORM_BYTES: usize = 256 * 1024;

fn is_action_name(name: &str) -> bool {
    !name.is_empty() && name.len() <= 64 && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
}

/// The fields of a form body, read up to [`MAX_FORM_BYTES`]; a bigger body gets the "too much
/// text" page.
async fn read_form(parts: &axum::http::request::Parts, body: Body) -> Result<Vec<(String, String)>, Response> {
    match to_bytes(body, MAX_FORM_BYTES).await {
        Ok(bytes) => Ok(url::form_urlencoded::parse(&bytes).into_owned().collect()),
        Err(_) => Err(crate::middleware::too_large_page(
            parts
                .extensions
                .get::<app::context::RequestContext>()
                .map(|context| context.lang)
                .unwrap_or_default(),
        )),
    }
}

pub async fn submit(State(state): State<AppState>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let fields = match read_form(&parts, body).await {
        Ok(fields) => fields,
        Err(too_large) => return too_large,
    };
    let cleaned = clean_form(&fields);
    let action = fields
        .iter()
        .find(|(name, _)| name == ACTION_FIELD)
        .map(|(_, value)| value.clone())
        .filter(|name| is_action_name(name));

    let outcome = match (action.as_deref(), cleaned) {
        (Some(action), Ok(cleaned)) => run_server_fn(&state, &parts, action, encode_form(&cleaned)).await,
        (Some(_), Err(problems)) => Err((AppError::Invalid(problems), Vec::new())),
        (None, _) => Err((AppError::NotFound, Vec::new())),
    };
    let here = parts.uri.clone();
    match outcome {
        Ok((location, cookies)) => {
            let target = location.unwrap_or_else(|| here.to_string());
            let mut response = Redirect::to(&target).into_response();
            for cookie in cookies {
                response.headers_mut().append(header::SET_COOKIE, cookie);
            }
            response
        }
        Err((error, cookies)) => {
            // Shown again as typed, without the characters that cannot be saved.
            let values = fields
                .into_iter()
                .filter(|(name, _)| name != ACTION_FIELD && !is_secret_field(name))
                .map(|(name, value)| (name, value.chars().filter(|c| !is_forbidden_char(*c)).collect()))
                .collect();
            let feedback = FormFeedback {
                action: action.unwrap_or_default(),
                error,
                values,
            };
            let mut response = render_page(state, parts, feedback).await;
            for cookie in cookies {
                response.headers_mut().append(header::SET_COOKIE, cookie);
            }
            response
        }
    }
}

/// A form body again, from its fields.
pub fn encode_form(fields: &[(String, String)]) -> axum::body::Bytes {
    let mut out = url::form_urlencoded::Serializer::new(String::new());
    out.extend_pairs(fields);
    out.finish().into()
}

/// Direct calls of server functions (`/api/…`, as islands make them): the typed values pass the
/// same check as page forms before the function runs, and a refusal answers with its own status
/// (422, 401, 403, 404, 429, 503) instead of 500, so only real faults count as errors in the log.
pub async fn server_fn_call(request: Request, next: axum::middleware::Next) -> Response {
    if request.method() != Method::POST || !request.uri().path().starts_with("/api/") {
        return next.run(request).await;
    }
    let is_form = request
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/x-www-form-urlencoded"));
    let request = if is_form {
        let (parts, body) = request.into_parts();
        let fields = match read_form(&parts, body).await {
            Ok(fields) => fields,
            Err(too_large) => return too_large,
        };
        match clean_form(&fields) {
            Ok(cleaned) => Request::from_parts(parts, Body::from(encode_form(&cleaned))),
            Err(problems) => return error_response(&AppError::Invalid(problems)),
        }
    } else {
        request
    };
    let response = next.run(request).await;
    if response.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = to_bytes(body, MAX_FORM_BYTES).await.unwrap_or_default();
    if let Ok(error) = serde_json::from_slice::<AppError>(&bytes) {
        if let Ok(status) = StatusCode::from_u16(error.status()) {
            if status.is_client_error() {
                tracing::debug!(status = status.as_u16(), "a server function refused a call");
            }
            parts.status = status;
        }
    }
    Response::from_parts(parts, Body::from(bytes))
}

fn error_response(error: &AppError) -> Response {
    let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::BAD_REQUEST);
    let body = serde_json::to_vec(error).unwrap_or_default();
    (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}

type Outcome = Result<(Option<String>, Vec<HeaderValue>), (AppError, Vec<HeaderValue>)>;

/// Runs the server function at `/api/{action}` as the JavaScript client would (asking for JSON),
/// with this request's headers and extensions.
async fn run_server_fn(
    state: &AppState,
    parts: &axum::http::request::Parts,
    action: &str,
    body: axum::body::Bytes,
) -> Outcome {
    let Ok(uri) = format!("/api/{action}").parse::<Uri>() else {
        return Err((AppError::NotFound, Vec::new()));
    };
    let mut inner = Request::new(Body::from(body));
    *inner.method_mut() = Method::POST;
    *inner.uri_mut() = uri;
    *inner.headers_mut() = parts.headers.clone();
    inner
        .headers_mut()
        .insert(header::ACCEPT, HeaderValue::from_static("application/json"));
    inner.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/x-www-form-urlencoded"),
    );
    inner.headers_mut().remove(header::REFERER);
    *inner.extensions_mut() = parts.extensions.clone();

    let context_state = state.clone();
    let response = leptos_axum::handle_server_fns_with_context(move || provide_context(context_state.clone()), inner)
        .await
        .into_response();
    let cookies: Vec<HeaderValue> = response.headers().get_all(header::SET_COOKIE).iter().cloned().collect();
    let location = response
        .headers()
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let status = response.status();
    if status.is_success() || status.is_redirection() {
        return Ok((location, cookies));
    }
    let body = to_bytes(response.into_body(), MAX_FORM_BYTES).await.unwrap_or_default();
    let error = serde_json::from_slice::<AppError>(&body).unwrap_or_else(|_| {
        // No such server function, or arguments that do not decode: the form was not ours.
        tracing::warn!(%action, status = status.as_u16(), "a form post was not understood");
        AppError::NotFound
    });
    Err((error, cookies))
}

/// The page at the request's address, rendered with the feedback in its context.
async fn render_page(state: AppState, parts: axum::http::request::Parts, feedback: FormFeedback) -> Response {
    let status = StatusCode::from_u16(feedback.error.status()).unwrap_or(StatusCode::BAD_REQUEST);
    let retry_after = match feedback.error {
        AppError::TooManyAttempts { retry_after } | AppError::Busy { retry_after } => {
            HeaderValue::from_str(&retry_after.to_string()).ok()
        }
        _ => None,
    };
    let options = state.leptos_options.clone();
    let render = leptos_axum::render_app_async_with_context(
        move || {
            provide_context(state.clone());
            provide_context(feedback.clone());
        },
        move || shell(options.clone()),
    );
    let mut page_parts = parts;
    page_parts.method = Method::GET;
    let mut response = render(Request::from_parts(page_parts, Body::empty())).await;
    *response.status_mut() = status;
    if let Some(seconds) = retry_after {
        response.headers_mut().insert(header::RETRY_AFTER, seconds);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::is_action_name;

    #[test]
    fn action_names_are_plain_endpoint_names() {
        assert!(is_action_name("log_in"));
        assert!(!is_action_name("../healthz"));
        assert!(!is_action_name("log_in?x=1"));
        assert!(!is_action_name(""));
    }
}
