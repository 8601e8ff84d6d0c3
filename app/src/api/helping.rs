//! Giving as well as receiving: a centre's volunteer tasks and the members who offer to help,
//! and contact requests to members who chose to be findable for what they can offer.

use crate::domain::helping::{CentreTasks, ContactOffer, MyRequests, TaskForm};
#[cfg(feature = "ssr")]
use crate::domain::policy::Action;
use crate::error::AppError;
use leptos::prelude::*;

/// The centre of a task, after the policy allowed managing it.
#[cfg(feature = "ssr")]
async fn managed_task(state: &crate::ssr::state::AppState, id: i64) -> Result<String, AppError> {
    let (centre_id, slug) = crate::ssr::db::helping::task_centre(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    crate::ssr::auth::authorise(state, Action::ManageCentre { centre_id }).await?;
    Ok(slug)
}

#[server(endpoint = "centre_tasks")]
pub async fn get_centre_tasks(slug: String) -> Result<CentreTasks, AppError> {
    let state = crate::ssr::state::app_state()?;
    let (centre_id, name) = crate::api::teams::centre(&state, &slug).await?;
    crate::ssr::auth::authorise(&state, Action::ManageCentre { centre_id }).await?;
    Ok(CentreTasks {
        tasks: crate::ssr::db::helping::tasks_of_centre(&state.db, centre_id).await?,
        slug,
        name,
    })
}

/// Adds a task (no `id`) or changes one.
#[server(endpoint = "save_task")]
pub async fn save_task(#[server(flatten)] form: TaskForm) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    let now = state.clock.timestamp();
    let slug = if form.id.is_empty() {
        let (centre_id, _) = crate::api::teams::centre(&state, &form.centrum).await?;
        crate::ssr::auth::authorise(&state, Action::ManageCentre { centre_id }).await?;
        let task = form.parse().map_err(AppError::Invalid)?;
        crate::ssr::db::helping::insert_task(&state.db, centre_id, &task, now).await?;
        form.centrum.clone()
    } else {
        let id: i64 = form.id.parse().map_err(|_| AppError::NotFound)?;
        let slug = managed_task(&state, id).await?;
        let task = form.parse().map_err(AppError::Invalid)?;
        crate::ssr::db::helping::update_task(&state.db, id, &task, now).await?;
        slug
    };
    leptos_axum::redirect(&format!("/beheer/centra/{slug}/taken?opgeslagen=1"));
    Ok(())
}

/// Closes (`wat=sluiten`), opens again (`openen`) or removes (`verwijderen`) a task.
#[server(endpoint = "change_task")]
pub async fn change_task(id: i64, wat: String) -> Result<(), AppError> {
    use crate::domain::form::Problem;
    let state = crate::ssr::state::app_state()?;
    let slug = managed_task(&state, id).await?;
    let now = state.clock.timestamp();
    let notice = match wat.as_str() {
        "sluiten" => {
            crate::ssr::db::helping::set_task_open(&state.db, id, false, now).await?;
            "gesloten"
        }
        "openen" => {
            crate::ssr::db::helping::set_task_open(&state.db, id, true, now).await?;
            "geopend"
        }
        "verwijderen" => {
            crate::ssr::db::helping::delete_task(&state.db, id).await?;
            "verwijderd"
        }
        _ => return Err(AppError::invalid("wat", Problem::UnknownChoice)),
    };
    leptos_axum::redirect(&format!("/beheer/centra/{slug}/taken?{notice}=1"));
    Ok(())
}

/// "Ik help graag": tells the centre's coordinators I would like to help with an open task.
#[server(endpoint = "offer_help")]
pub async fn offer_help(taak: i64) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    let me = crate::ssr::auth::authorised_account(&state, Action::ManageOwnAccount).await?;
    if !crate::ssr::db::helping::offer_help(&state.db, taak, me, state.clock.timestamp()).await? {
        return Err(AppError::NotFound);
    }
    leptos_axum::redirect("/mijn/verzoeken?hulp=1");
    Ok(())
}

#[server(endpoint = "withdraw_help")]
pub async fn withdraw_help(taak: i64) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    let me = crate::ssr::auth::authorised_account(&state, Action::ManageOwnAccount).await?;
    crate::ssr::db::helping::withdraw_help(&state.db, taak, me).await?;
    leptos_axum::redirect("/mijn/verzoeken?hulp_weg=1");
    Ok(())
}

#[server(endpoint = "my_requests")]
pub async fn get_my_requests() -> Result<MyRequests, AppError> {
    let state = crate::ssr::state::app_state()?;
    let me = crate::ssr::auth::authorised_account(&state, Action::ManageOwnAccount).await?;
    let (incoming, outgoing) = crate::ssr::db::helping::requests_of(&state.db, me).await?;
    Ok(MyRequests {
        incoming,
        outgoing,
        offers: crate::ssr::db::helping::offers_of(&state.db, me).await?,
    })
}

/// Who I may ask for contact about a talent: only a findable member who offers it (anyone else
/// is not found, so nobody learns more than the member chose to show).
#[server(endpoint = "contact_offer")]
pub async fn get_contact_offer(aan: i64, over: String) -> Result<ContactOffer, AppError> {
    let state = crate::ssr::state::app_state()?;
    let me = crate::ssr::auth::authorised_account(&state, Action::ViewProfiles).await?;
    let offering = crate::ssr::db::helping::findable_offer(&state.db, aan, &over, me)
        .await?
        .ok_or(AppError::NotFound)?;
    let asked = crate::ssr::db::helping::asked_by(&state.db, me).await?.contains(&aan);
    Ok(ContactOffer {
        account_id: aan,
        name: offering.name,
        talent: offering.talent,
        asked,
    })
}

#[server(endpoint = "send_contact_request")]
pub async fn send_contact_request(aan: i64, over: String, #[server(default)] bericht: String) -> Result<(), AppError> {
    use crate::ssr::db::helping;
    let state = crate::ssr::state::app_state()?;
    let me = crate::ssr::auth::authorised_account(&state, Action::ViewProfiles).await?;
    let offering = helping::findable_offer(&state.db, aan, &over, me)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut fields = crate::domain::fields::Fields::refusing_markup();
    let message = fields.text("bericht", &bericht, crate::domain::helping::MESSAGE_MAX);
    let message = fields.finish(message).map_err(AppError::Invalid)?;
    crate::ssr::helping::send_request(&state, me, aan, &offering.talent, &message, state.clock.timestamp()).await?;
    leptos_axum::redirect("/mijn/verzoeken?verstuurd=1");
    Ok(())
}

/// The receiver accepts (`antwoord=ja`, with an optional short answer) or ignores (`nee`) a
/// request. Only the receiver can, and only once.
#[server(endpoint = "answer_contact_request")]
pub async fn answer_contact_request(
    id: i64,
    antwoord: String,
    #[server(default)] bericht: String,
) -> Result<(), AppError> {
    use crate::domain::form::Problem;
    use crate::domain::helping::RequestStatus;
    let state = crate::ssr::state::app_state()?;
    let me = crate::ssr::auth::authorised_account(&state, Action::ManageOwnAccount).await?;
    let status = match antwoord.as_str() {
        "ja" => RequestStatus::Accepted,
        "nee" => RequestStatus::Ignored,
        _ => return Err(AppError::invalid("antwoord", Problem::UnknownChoice)),
    };
    let mut fields = crate::domain::fields::Fields::refusing_markup();
    let reply = fields.text("bericht", &bericht, crate::domain::helping::MESSAGE_MAX);
    let reply = fields.finish(reply).map_err(AppError::Invalid)?;
    let reply = if status == RequestStatus::Accepted {
        reply
    } else {
        String::new()
    };
    crate::ssr::helping::answer_request(&state, id, me, status, &reply, state.clock.timestamp()).await?;
    let notice = if status == RequestStatus::Accepted {
        "aangenomen"
    } else {
        "genegeerd"
    };
    leptos_axum::redirect(&format!("/mijn/verzoeken?{notice}=1"));
    Ok(())
}

/// The sender takes a request back.
#[server(endpoint = "withdraw_contact_request")]
pub async fn withdraw_contact_request(id: i64) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    let me = crate::ssr::auth::authorised_account(&state, Action::ManageOwnAccount).await?;
    if !crate::ssr::db::helping::withdraw_request(&state.db, id, me).await? {
        return Err(AppError::NotFound);
    }
    leptos_axum::redirect("/mijn/verzoeken?ingetrokken=1");
    Ok(())
}
