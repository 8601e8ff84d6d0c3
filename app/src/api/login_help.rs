//! Help with logging in without e-mail: a coordinator makes a one-time code on the team page; the
//! member uses it on `/wachtwoord-vergeten/hulp`.

#[cfg(feature = "ssr")]
use crate::domain::policy::Action;
use crate::error::AppError;
use leptos::prelude::*;

/// Makes a one-time code for the member with `bijnaam`; the team page shows it once.
#[server(endpoint = "create_login_help")]
pub async fn create_login_help(centrum: String, bijnaam: String) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    let (centre_id, _) = crate::api::teams::centre(&state, &centrum).await?;
    let helper = crate::ssr::auth::authorised_account(&state, Action::HelpLogIn { centre_id }).await?;
    let made = crate::ssr::login_help::create(&state, helper, centre_id, &bijnaam, state.clock.timestamp()).await?;
    let nickname = url::form_urlencoded::byte_serialize(made.nickname.as_bytes()).collect::<String>();
    leptos_axum::redirect(&format!(
        "/beheer/centra/{centrum}/team?hulpcode={}&voor={nickname}#inloghulp",
        made.code
    ));
    Ok(())
}

/// Sets a new password with a code from the centre, and logs in.
#[server(endpoint = "use_login_help")]
pub async fn use_login_help(bijnaam: String, code: String, wachtwoord: String) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    crate::ssr::auth::authorise(&state, Action::ResetPassword).await?;
    let ip = crate::context::request()?.client_ip;
    let next =
        crate::ssr::login_help::use_code(&state, &bijnaam, &code, wachtwoord, &ip, state.clock.timestamp()).await?;
    leptos_axum::redirect(&next);
    Ok(())
}

/// "Oké": the notice that a password was set with help is not shown again.
#[server(endpoint = "dismiss_help_notice")]
pub async fn dismiss_help_notice() -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    let me = crate::ssr::auth::authorised_account(&state, Action::ManageOwnAccount).await?;
    crate::ssr::db::login_help::clear_notice(&state.db, me).await?;
    leptos_axum::redirect("/mijn-account");
    Ok(())
}
