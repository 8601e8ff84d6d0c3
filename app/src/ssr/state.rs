//! The state every request handler and server function reaches.

use crate::ssr::auth::password::Hasher;
use crate::ssr::db::Db;
use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;
use std::sync::Arc;

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub leptos_options: LeptosOptions,
    pub hasher: Hasher,
    pub mailer: crate::ssr::mail::Mailer,
    pub site: Arc<Site>,
    /// The only source of "now" (see [`crate::ssr::clock`]); the mailer shares it.
    pub clock: crate::ssr::clock::Clock,
}

/// Where and how Kring is reached.
#[derive(Debug, Clone)]
pub struct Site {
    /// The address people use, without a trailing slash (`KRING_PUBLIC_URL`), for links in mail.
    pub public_url: String,
    /// Served over HTTPS: cookies get `Secure` and the `__Host-` prefix, pages send HSTS.
    pub https: bool,
    /// How many reverse proxies in front of Kring add to X-Forwarded-For (`KRING_TRUST_PROXY`);
    /// 0: none, the peer is the client.
    pub trust_proxy: usize,
}

impl Site {
    pub fn new(public_url: &str, trust_proxy: usize) -> Site {
        let public_url = public_url.trim().trim_end_matches('/').to_owned();
        Site {
            https: public_url.starts_with("https://"),
            public_url,
            trust_proxy,
        }
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

/// The state inside a server function or a server-rendered component.
pub fn app_state() -> Result<AppState, crate::error::AppError> {
    leptos::prelude::use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from the Leptos context");
        crate::error::AppError::Internal
    })
}
