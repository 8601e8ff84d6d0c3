//! Who came to a date of an activity: "Hoeveel mensen waren er?", with the signed-up people to
//! tick. For its facilitators and the centre's coordinators; nothing here is public.

use crate::domain::attendance::HeadCountPage;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::ssr::{attendance, state::app_state};

/// The "Wie waren er?" page of a date.
#[server(endpoint = "head_count")]
pub async fn get_head_count(datum: i64) -> Result<HeadCountPage, AppError> {
    let state = app_state()?;
    attendance::page(&state, datum).await
}

/// Saves who came to a date that has begun: signed-up people ticked (`aanwezig`, sign-up ids)
/// and how many came in all (`aantal`; empty: the ticked names).
#[server(endpoint = "record_head_count")]
pub async fn record_head_count(
    datum: i64,
    #[server(default)] aanwezig: Vec<String>,
    #[server(default)] aantal: String,
) -> Result<(), AppError> {
    let state = app_state()?;
    attendance::record(&state, datum, &aanwezig, &aantal).await?;
    leptos_axum::redirect(&format!("/beheer/data/{datum}/wie-waren-er?opgeslagen=1"));
    Ok(())
}
