//! The public centre pages.

use crate::domain::agenda::{CentreDetail, CentreSummary};
use crate::error::AppError;
use leptos::prelude::*;

#[server(endpoint = "centres")]
pub async fn list_centres() -> Result<Vec<CentreSummary>, AppError> {
    let state = crate::ssr::state::app_state()?;
    crate::ssr::auth::authorise(&state, crate::domain::policy::Action::ReadPublic).await?;
    Ok(crate::ssr::agenda::centre_summaries(&state.db, state.clock.now()).await?)
}

#[server(endpoint = "centre")]
pub async fn get_centre(slug: String) -> Result<CentreDetail, AppError> {
    if !crate::domain::agenda::is_slug(&slug) {
        return Err(AppError::NotFound);
    }
    let state = crate::ssr::state::app_state()?;
    crate::ssr::auth::authorise(&state, crate::domain::policy::Action::ReadPublic).await?;
    crate::ssr::agenda::centre(&state.db, &slug, state.clock.now())
        .await?
        .ok_or(AppError::NotFound)
}
