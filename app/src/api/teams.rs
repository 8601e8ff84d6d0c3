//! Running the platform and the centres: new centres, teams and invitations.

#[cfg(feature = "ssr")]
use crate::domain::policy::{Action, CentreRole};
use crate::domain::team::{CentreTeam, InviteOffer, Platform};
use crate::error::AppError;
use leptos::prelude::*;

#[server(endpoint = "platform")]
pub async fn get_platform() -> Result<Platform, AppError> {
    let state = crate::ssr::state::app_state()?;
    let actor = crate::ssr::auth::authorise(&state, Action::ViewPlatform).await?;
    let two_factor_on = match actor.account_id {
        Some(id) => crate::ssr::db::two_factor::is_enabled(&state.db, id).await?,
        None => false,
    };
    Ok(Platform {
        centres: crate::ssr::db::teams::overview(&state.db).await?,
        two_factor_on,
    })
}

#[server(endpoint = "create_centre")]
pub async fn create_centre(naam: String, plaats: String, adres: String) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    crate::ssr::auth::authorise(&state, Action::CreateCentre).await?;
    let centre = crate::domain::team::NewCentre::parse(&naam, &plaats, &adres).map_err(AppError::Invalid)?;
    let slug = crate::ssr::db::teams::insert_centre(&state.db, &centre, state.clock.timestamp()).await?;
    leptos_axum::redirect(&format!("/beheer/centra/{slug}/team?nieuw=1"));
    Ok(())
}

/// The id and name of a centre, or not found.
#[cfg(feature = "ssr")]
pub(crate) async fn centre(state: &crate::ssr::state::AppState, slug: &str) -> Result<(i64, String), AppError> {
    if !crate::domain::agenda::is_slug(slug) {
        return Err(AppError::NotFound);
    }
    crate::ssr::db::teams::centre_by_slug(&state.db, slug)
        .await?
        .ok_or(AppError::NotFound)
}

#[server(endpoint = "centre_team")]
pub async fn get_centre_team(slug: String) -> Result<CentreTeam, AppError> {
    use crate::ssr::db::teams;
    let state = crate::ssr::state::app_state()?;
    let (centre_id, name) = centre(&state, &slug).await?;
    let actor = crate::ssr::auth::authorise(&state, Action::ViewCentreTeam { centre_id }).await?;
    let may_invite_coordinators = crate::domain::policy::decide(
        &actor,
        Action::Invite {
            centre_id,
            role: CentreRole::Coordinator,
        },
    ) == crate::domain::policy::Decision::Allow;
    Ok(CentreTeam {
        members: teams::members(&state.db, centre_id).await?,
        open_invites: teams::open_invites(&state.db, centre_id, state.clock.timestamp()).await?,
        slug,
        name,
        may_invite_coordinators,
        invite_base: format!("{}/uitnodiging?token=", state.site.public_url),
    })
}

/// Makes a one-time invitation link; the team page shows it once, to copy and pass on.
#[server(endpoint = "create_invite")]
pub async fn create_invite(
    centrum: String,
    rol: String,
    /// Also send the link to this address (optional).
    #[server(default)]
    email: String,
) -> Result<(), AppError> {
    use crate::domain::form::Problem;
    let state = crate::ssr::state::app_state()?;
    let role = CentreRole::from_slug(&rol).ok_or_else(|| AppError::invalid("rol", Problem::UnknownChoice))?;
    let (centre_id, centre_name) = centre(&state, &centrum).await?;
    let actor = crate::ssr::auth::authorise(&state, Action::Invite { centre_id, role }).await?;
    let address =
        crate::domain::account::Email::parse_optional(&email).map_err(|problem| AppError::invalid("email", problem))?;
    let invite = crate::ssr::teams::Invite {
        centre_id,
        centre_name: &centre_name,
        role,
        by: actor.account_id.ok_or(AppError::Unauthorised)?,
        mail_to: address.as_ref(),
        lang: crate::context::request_lang(),
    };
    let token = crate::ssr::teams::invite(&state, invite, state.clock.timestamp()).await?;
    let sent = if address.is_some() { "&gemaild=1" } else { "" };
    leptos_axum::redirect(&format!(
        "/beheer/centra/{centrum}/team?uitnodiging={token}&rol={}{sent}",
        role.slug()
    ));
    Ok(())
}

/// What an invitation link offers, while it can still be accepted.
#[server(endpoint = "invite")]
pub async fn get_invite(token: String) -> Result<InviteOffer, AppError> {
    let state = crate::ssr::state::app_state()?;
    crate::ssr::auth::authorise(&state, Action::ReadPublic).await?;
    let hash = crate::ssr::auth::session::hash_token(&token);
    let (_, centre_name, centre_slug, role) =
        crate::ssr::db::teams::find_open_invite(&state.db, &hash, state.clock.timestamp())
            .await?
            .ok_or(AppError::NotFound)?;
    Ok(InviteOffer {
        centre_name,
        centre_slug,
        role,
    })
}

#[server(endpoint = "accept_invite")]
pub async fn accept_invite(token: String) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    let actor = crate::ssr::auth::authorise(&state, Action::AcceptInvite).await?;
    let account = actor.account_id.ok_or(AppError::Unauthorised)?;
    let hash = crate::ssr::auth::session::hash_token(&token);
    let now = state.clock.timestamp();
    let (_, _, slug, role) = crate::ssr::db::teams::find_open_invite(&state.db, &hash, now)
        .await?
        .ok_or_else(|| AppError::invalid("token", crate::domain::form::Problem::LinkExpired))?;
    if !crate::ssr::db::teams::accept_invite(&state.db, &hash, account, now).await? {
        return Err(AppError::invalid("token", crate::domain::form::Problem::LinkExpired));
    }
    match role {
        CentreRole::Coordinator => leptos_axum::redirect(&format!("/beheer/centra/{slug}?welkom=1")),
        CentreRole::Vrijwilliger => leptos_axum::redirect("/mijn-account?rol_nieuw=1"),
    }
    Ok(())
}
