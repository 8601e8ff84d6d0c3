//! Volunteer hours: "Mijn uren" for volunteers (the dates they facilitated and what they wrote
//! down with "Ik heb geholpen"), and a centre's hours per volunteer for its coordinators.

use crate::domain::volunteer_hours::{CentreHoursPage, MyHoursPage};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::ssr::{state::app_state, volunteer_hours};

/// My hours, and what I can write them down for.
#[server(endpoint = "my_hours")]
pub async fn get_my_hours() -> Result<MyHoursPage, AppError> {
    let state = app_state()?;
    volunteer_hours::my_page(&state).await
}

/// "Ik heb geholpen": at `centrum` (empty when I volunteer at one centre) on `dag`, `uren` long
/// ("2", "1,5", "1:30"), doing `taak` (one of its volunteer tasks) or `wat` (my own words).
#[server(endpoint = "add_hours")]
pub async fn add_hours(
    #[server(default)] centrum: String,
    #[server(default)] dag: String,
    #[server(default)] uren: String,
    #[server(default)] taak: String,
    #[server(default)] wat: String,
) -> Result<(), AppError> {
    let state = app_state()?;
    volunteer_hours::add(&state, [&centrum, &dag, &uren, &taak, &wat]).await?;
    leptos_axum::redirect("/mijn-uren?opgeslagen=1");
    Ok(())
}

/// Changes how long one of my lines was.
#[server(endpoint = "change_hours")]
pub async fn change_hours(id: i64, #[server(default)] uren: String) -> Result<(), AppError> {
    let state = app_state()?;
    volunteer_hours::change(&state, id, &uren).await?;
    leptos_axum::redirect("/mijn-uren?veranderd=1");
    Ok(())
}

/// Takes one of my lines away (a date I facilitated but did not run, or a mistake).
#[server(endpoint = "remove_hours")]
pub async fn remove_hours(id: i64) -> Result<(), AppError> {
    let state = app_state()?;
    volunteer_hours::remove(&state, id).await?;
    leptos_axum::redirect("/mijn-uren?weg=1");
    Ok(())
}

/// A centre's volunteer hours in `maand` ("2026-09"; empty: this month), for its coordinators.
#[server(endpoint = "centre_hours")]
pub async fn get_centre_hours(slug: String, #[server(default)] maand: String) -> Result<CentreHoursPage, AppError> {
    let state = app_state()?;
    volunteer_hours::centre_page(&state, &slug, &maand).await
}
