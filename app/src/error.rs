//! The one error type that crosses the wire from server functions to pages. Its variants are
//! safe to show; pages turn them into a message in the user's language. Internals are logged on
//! the server and never sent.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// The form has problems; nothing was changed.
    #[error("the form has problems")]
    Invalid(Vec<crate::domain::form::FieldProblem>),
    /// Only for someone who is logged in.
    #[error("not logged in")]
    Unauthorised,
    /// Logged in, but not allowed (the policy said no).
    #[error("not allowed")]
    Forbidden,
    /// Too many attempts; try again after this many seconds.
    #[error("too many attempts")]
    TooManyAttempts { retry_after: u64 },
    #[error("not found")]
    NotFound,
    /// The server is too busy for this right now (e.g. the password queue is full, or the
    /// database does not answer); nothing was changed. Try again after this many seconds.
    #[error("busy")]
    Busy { retry_after: u64 },
    #[error("something went wrong on our side")]
    Internal,
    #[error("request failed: {0}")]
    ServerFn(ServerFnErrorErr),
}

impl AppError {
    /// One problem with one field.
    pub fn invalid(field: &str, problem: crate::domain::form::Problem) -> AppError {
        AppError::Invalid(vec![crate::domain::form::FieldProblem::new(field, problem)])
    }

    /// The HTTP status a page showing this error answers with.
    pub fn status(&self) -> u16 {
        match self {
            AppError::Invalid(_) => 422,
            AppError::Unauthorised => 401,
            AppError::Forbidden => 403,
            AppError::TooManyAttempts { .. } => 429,
            AppError::NotFound => 404,
            AppError::Busy { .. } => 503,
            AppError::Internal => 500,
            AppError::ServerFn(_) => 400,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        AppError::ServerFn(value)
    }
}

#[cfg(feature = "ssr")]
impl From<sqlx::Error> for AppError {
    fn from(error: sqlx::Error) -> Self {
        if is_unavailable(&error) {
            // The database is away for a moment (restarting, overloaded): "try again" rather
            // than "something broke"; nothing was changed.
            tracing::warn!(%error, "the database did not answer");
            AppError::Busy { retry_after: 5 }
        } else {
            tracing::error!(%error, "database error");
            AppError::Internal
        }
    }
}

/// Whether a database error means "not reachable right now" rather than a fault in a query.
#[cfg(feature = "ssr")]
pub fn is_unavailable(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) | sqlx::Error::Tls(_) => true,
        // PostgreSQL shutting down or starting up (admin_shutdown, crash_shutdown,
        // cannot_connect_now), and SQLite's busy or locked database.
        sqlx::Error::Database(db) => matches!(
            db.code().as_deref(),
            Some("57P01" | "57P02" | "57P03" | "5" | "6" | "517")
        ),
        _ => false,
    }
}

#[cfg(feature = "ssr")]
impl From<anyhow::Error> for AppError {
    fn from(error: anyhow::Error) -> Self {
        tracing::error!(error = format!("{error:#}"), "internal error");
        AppError::Internal
    }
}
