//! The state every request handler and server function reaches.

use crate::ssr::db::Db;
use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub leptos_options: LeptosOptions,
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

/// The script nonce of one request (see the server's header middleware).
#[derive(Debug, Clone)]
pub struct CspNonce(pub std::sync::Arc<str>);

impl CspNonce {
    /// 128 random bits, as Leptos makes them.
    pub fn new() -> CspNonce {
        CspNonce(leptos::nonce::Nonce::new().as_inner().clone())
    }
}

impl Default for CspNonce {
    fn default() -> Self {
        CspNonce::new()
    }
}
