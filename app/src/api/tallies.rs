//! Turven: counting walk-in visitors at a centre's door per dagdeel, without names. The team of
//! the centre counts; its coordinators correct a past dagdeel. Nothing here is public.

use crate::domain::tally::{DayCounts, TallyPage};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::ssr::{state::app_state, tallies};

/// The counting page of a centre.
#[server(endpoint = "tally")]
pub async fn get_tally(slug: String) -> Result<TallyPage, AppError> {
    let state = app_state()?;
    tallies::page(&state, &slug).await
}

/// One tap at the door: `soort` is `binnen`, `eerste` (a first visit, also a visit) or
/// `vergissing` (one back); `dag` is the day the page showed and `tik` the tap's own id, so a tap
/// sent twice counts once. Answers the day's counts (a form without JavaScript comes back to the
/// page, which shows them).
#[server(endpoint = "tally_tap")]
pub async fn tally_tap(
    centrum: String,
    #[server(default)] dag: String,
    #[server(default)] dagdeel: String,
    #[server(default)] soort: String,
    #[server(default)] tik: String,
) -> Result<DayCounts, AppError> {
    let state = app_state()?;
    tallies::tap(&state, &centrum, [&dag, &dagdeel, &soort, &tik]).await
}

/// A coordinator sets the count of a dagdeel of the last two weeks (`bezoekers`, of whom
/// `eerste` for the first time); the correction is logged.
#[server(endpoint = "correct_tally")]
pub async fn correct_tally(
    centrum: String,
    #[server(default)] dag: String,
    #[server(default)] dagdeel: String,
    #[server(default)] bezoekers: String,
    #[server(default)] eerste: String,
) -> Result<(), AppError> {
    let state = app_state()?;
    let slug = tallies::correct(&state, &centrum, [&dag, &dagdeel, &bezoekers, &eerste]).await?;
    leptos_axum::redirect(&format!("/beheer/centra/{slug}/turven?verbeterd=1#verbeteren"));
    Ok(())
}

/// The centres where I am in the team and the inloop is open today (for the home page).
#[server(endpoint = "door_duty")]
pub async fn get_door_duty() -> Result<Vec<(String, String)>, AppError> {
    let state = app_state()?;
    let actor = crate::ssr::auth::authorise(&state, crate::domain::policy::Action::ManageOwnAccount).await?;
    tallies::door_duty(&state, &actor, state.clock.now()).await
}
