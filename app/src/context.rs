//! What one request knows about itself. The server's middleware reads it once — who is looking,
//! in which language, from which address, the script nonce and the moment — and puts it in the
//! request as a [`RequestContext`]; pages and server functions take it from here and nowhere
//! else. A form that came back with problems ([`FormFeedback`]) is handed to its page here too.

use crate::domain::form::{FieldProblem, Problem};
use crate::error::AppError;
use chrono::{DateTime, Utc};

/// Who is looking at the page, when logged in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Viewer {
    pub nickname: String,
    pub is_admin: bool,
    /// Has a role at a centre (volunteer or coordinator).
    pub in_a_team: bool,
}

/// The logged-in person of this page, if any.
pub fn use_viewer() -> Option<Viewer> {
    leptos::prelude::use_context::<Option<Viewer>>().flatten()
}

/// The moment of the request a page is rendered for (pages render only on the server; server
/// functions ask the clock in the application state).
#[derive(Debug, Clone, Copy)]
pub struct Now(pub DateTime<Utc>);

/// Now, for a page.
pub fn use_now() -> DateTime<Utc> {
    leptos::prelude::use_context::<Now>()
        .map(|now| now.0)
        .unwrap_or_default()
}

/// A refused form, handed to the page that shows it again.
#[derive(Debug, Clone, PartialEq)]
pub struct FormFeedback {
    /// The action (server function endpoint) of the form that was sent.
    pub action: String,
    pub error: AppError,
    /// The values as typed, without secret fields.
    pub values: Vec<(String, String)>,
}

impl FormFeedback {
    pub fn value(&self, field: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|(name, _)| name == field)
            .map(|(_, v)| v.as_str())
    }

    /// Every value sent for a field (checkboxes send one per ticked box).
    pub fn values_of(&self, field: &str) -> Vec<String> {
        self.values
            .iter()
            .filter(|(name, _)| name == field)
            .map(|(_, v)| v.clone())
            .collect()
    }

    pub fn problems(&self) -> &[FieldProblem] {
        match &self.error {
            AppError::Invalid(problems) => problems,
            _ => &[],
        }
    }

    pub fn problem(&self, field: &str) -> Option<Problem> {
        self.problems().iter().find(|p| p.field == field).map(|p| p.problem)
    }
}

#[cfg(feature = "ssr")]
pub use server::*;

#[cfg(feature = "ssr")]
mod server {
    use super::{Now, Viewer};
    use crate::error::AppError;
    use crate::i18n::Lang;
    use chrono::{DateTime, Utc};
    use leptos::prelude::{provide_context, use_context};
    use std::sync::Arc;

    /// The session of the request, when its cookie names a valid one.
    #[derive(Debug, Clone)]
    pub struct CurrentSession {
        pub token_hash: String,
        pub account_id: i64,
        pub nickname: String,
        pub is_admin: bool,
        /// Has a role at a centre.
        pub in_a_team: bool,
    }

    /// Everything the middleware read about a request, once.
    #[derive(Debug, Clone)]
    pub struct RequestContext {
        /// The language from the language cookie or the browser's `Accept-Language`.
        pub lang: Lang,
        /// The address the request came from, as limits count it: the peer, or the address the
        /// trusted proxies saw; an IPv6 address stands for its /64.
        pub client_ip: String,
        /// The script nonce that the page's Content-Security-Policy names.
        pub nonce: Arc<str>,
        /// The moment the request came in, from the application's clock.
        pub now: DateTime<Utc>,
        pub session: Option<CurrentSession>,
        /// The `Cookie` header as sent (read with [`crate::ssr::cookies::Jar::read`]).
        pub cookies: String,
    }

    impl RequestContext {
        pub fn viewer(&self) -> Option<Viewer> {
            self.session.as_ref().map(|session| Viewer {
                nickname: session.nickname.clone(),
                is_admin: session.is_admin,
                in_a_team: session.in_a_team,
            })
        }
    }

    /// The context of the request being handled (inside a server function or a page). It is
    /// read from the request itself first: leptos_axum provides each request's parts, nearest,
    /// while a context found further up could belong to another request's render.
    pub fn request() -> Result<RequestContext, AppError> {
        use_context::<http::request::Parts>()
            .and_then(|parts| parts.extensions.get::<RequestContext>().cloned())
            .or_else(use_context::<RequestContext>)
            .ok_or_else(|| {
                tracing::error!("the request context is missing");
                AppError::Internal
            })
    }

    /// The language of the request (Dutch when there is no request, as in the hourly job).
    pub fn request_lang() -> Lang {
        request().map(|request| request.lang).unwrap_or_default()
    }

    /// The session of the request, if logged in.
    pub fn current_session() -> Option<CurrentSession> {
        request().ok().and_then(|request| request.session)
    }

    /// Hands the request's context to the page being rendered: its language, viewer, moment
    /// and script nonce (which Leptos puts on its inline scripts).
    pub fn provide_for_page() -> Lang {
        let Ok(request) = request() else {
            return Lang::default();
        };
        provide_context(request.viewer());
        provide_context(Now(request.now));
        provide_context(leptos::nonce::Nonce::from_value(request.nonce.clone()));
        provide_context(request.lang);
        let lang = request.lang;
        provide_context(request);
        lang
    }
}
