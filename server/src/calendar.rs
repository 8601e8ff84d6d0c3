//! Calendar feeds (`.ics`): one activity's dates, a centre's programme, and a member's personal
//! feed at a secret link. Built by `app::ssr::calendar`; this module answers the requests.

use app::context::RequestContext;
use app::ssr::calendar::{render, Titles};
use app::ssr::db::calendar::{personal_by_token, Feed};
use app::ssr::db::{activities, centres, groups};
use app::ssr::state::AppState;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Extension;
use axum::Router;
use serde::Deserialize;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/activiteiten/{id}/agenda.ics", get(activity_feed))
        .route("/centra/{slug}/agenda.ics", get(centre_feed))
        .route("/kalender/{token}/kring.ics", get(personal_feed))
        .route("/groepen/{id}/agenda.ics", get(group_feed))
}

/// The logged-in account of the request, if any.
fn account(context: &RequestContext) -> Option<i64> {
    context.session.as_ref().map(|session| session.account_id)
}

#[derive(Deserialize)]
struct OneDate {
    /// Only this date (from a sign-up's page).
    datum: Option<i64>,
}

/// A calendar answer: `download` names the file for "Zet in mijn agenda"; personal feeds are
/// never stored by caches or indexed.
fn ics(body: String, download: Option<&str>, personal: bool) -> Response {
    let mut response = (StatusCode::OK, body).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/calendar; charset=utf-8"),
    );
    if let Some(name) = download {
        if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
            headers.insert(header::CONTENT_DISPOSITION, value);
        }
    }
    let cache = if personal {
        "private, no-store"
    } else {
        "public, max-age=300"
    };
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    if personal {
        headers.insert("x-robots-tag", HeaderValue::from_static("noindex"));
    }
    response
}

fn failed(error: sqlx::Error) -> Response {
    tracing::error!(%error, "calendar feed failed");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

/// Renders a feed and answers with it.
struct Answer<'a> {
    feed: Feed<'a>,
    titles: Titles,
    name: &'a str,
    only: Option<i64>,
    download: Option<String>,
    personal: bool,
}

async fn answer(state: &AppState, context: &RequestContext, answer: Answer<'_>) -> Response {
    match render(
        state,
        &answer.feed,
        answer.titles,
        answer.name,
        answer.only,
        context.lang,
        context.now,
    )
    .await
    {
        Ok(body) => ics(body, answer.download.as_deref(), answer.personal),
        Err(error) => failed(error),
    }
}

async fn activity_feed(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Query(only): Query<OneDate>,
    Extension(context): Extension<RequestContext>,
) -> Response {
    let activity = match activities::by_id(&state.db.pool, id).await {
        Ok(Some(activity)) => activity,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(error) => return failed(error),
    };
    // A group's meeting: only for those who may see it, and never kept by a shared cache.
    let meeting = activity.group_id.is_some();
    if meeting {
        match groups::hidden_meeting(&state.db, id, account(&context)).await {
            Ok(false) => {}
            Ok(true) => return StatusCode::NOT_FOUND.into_response(),
            Err(error) => return failed(error),
        }
    }
    let feed = Answer {
        feed: Feed::Activity(id),
        titles: Titles::Public,
        name: &activity.title,
        only: only.datum,
        download: Some(format!("kring-{id}.ics")),
        personal: meeting,
    };
    answer(&state, &context, feed).await
}

async fn centre_feed(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Extension(context): Extension<RequestContext>,
) -> Response {
    let centre = match centres::by_slug(&state.db.pool, &slug).await {
        Ok(Some(centre)) => centre,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(error) => return failed(error),
    };
    let feed = Answer {
        feed: Feed::Centre(&centre.slug),
        titles: Titles::Public,
        name: &centre.name,
        only: None,
        download: None,
        personal: false,
    };
    answer(&state, &context, feed).await
}

/// A peer group's meetings, for its members and facilitators (a download: calendar apps that
/// subscribe use the personal feed, which holds them too).
async fn group_feed(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Extension(context): Extension<RequestContext>,
) -> Response {
    let Some(me) = account(&context) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let group = match groups::get(&state.db, id).await {
        Ok(Some(group)) => group,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(error) => return failed(error),
    };
    let inside = match (
        groups::facilitates(&state.db, id, me).await,
        groups::membership(&state.db, id, me).await,
    ) {
        (Ok(facilitates), Ok(status)) => facilitates || status.is_some_and(|(status, _)| status.takes_a_place()),
        (Err(error), _) | (_, Err(error)) => return failed(error),
    };
    if !inside {
        return StatusCode::NOT_FOUND.into_response();
    }
    let feed = Answer {
        feed: Feed::Group(id),
        titles: Titles::Participants,
        name: &group.name,
        only: None,
        download: Some(format!("kring-groep-{id}.ics")),
        personal: true,
    };
    answer(&state, &context, feed).await
}

async fn personal_feed(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Extension(context): Extension<RequestContext>,
) -> Response {
    let hash = app::ssr::auth::session::hash_token(&token);
    let (account, neutral) = match personal_by_token(&state.db, &hash).await {
        Ok(Some(found)) => found,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(error) => return failed(error),
    };
    let titles = if neutral { Titles::Neutral } else { Titles::Participants };
    let feed = Answer {
        feed: Feed::Person(account),
        titles,
        name: context.lang.texts().site_name,
        only: None,
        download: None,
        personal: true,
    };
    answer(&state, &context, feed).await
}
