//! The public agenda: the home page, the agenda with its filters, one activity.

use crate::domain::agenda::{ActivityDetail, Agenda, AgendaFilter, Home};
use crate::error::AppError;
use leptos::prelude::*;

#[server(endpoint = "home")]
pub async fn get_home() -> Result<Home, AppError> {
    let state = crate::ssr::state::app_state()?;
    crate::ssr::auth::authorise(&state, crate::domain::policy::Action::ReadPublic).await?;
    Ok(crate::ssr::agenda::home(&state.db, state.clock.now()).await?)
}

#[server(endpoint = "agenda")]
pub async fn get_agenda(filter: AgendaFilter) -> Result<Agenda, AppError> {
    let state = crate::ssr::state::app_state()?;
    crate::ssr::auth::authorise(&state, crate::domain::policy::Action::ReadPublic).await?;
    Ok(crate::ssr::agenda::agenda(&state.db, &filter, state.clock.now()).await?)
}

#[server(endpoint = "activity")]
pub async fn get_activity(id: i64) -> Result<ActivityDetail, AppError> {
    let state = crate::ssr::state::app_state()?;
    let actor = crate::ssr::auth::authorise(&state, crate::domain::policy::Action::ReadPublic).await?;
    // A group's meeting is for the group only.
    if crate::ssr::db::groups::hidden_meeting(&state.db, id, actor.account_id).await? {
        return Err(AppError::NotFound);
    }
    crate::ssr::agenda::activity(&state.db, id, state.clock.now())
        .await?
        .ok_or(AppError::NotFound)
}
