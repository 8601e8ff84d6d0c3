//! Accounts: register, log in and out, "mijn account" and its sessions. Forms post these as
//! plain HTML forms (see the server's form dispatcher), so every one works without JavaScript.

use crate::domain::account::MyAccount;
use crate::domain::mine::MyData;
#[cfg(feature = "ssr")]
use crate::domain::policy::Action;
use crate::error::AppError;
use leptos::prelude::*;

/// Where to go after logging in: only a path on this site.
#[cfg(feature = "ssr")]
fn return_path(terug: Option<String>, default: &str) -> String {
    terug
        .filter(|path| crate::domain::form::is_safe_return_path(path))
        .unwrap_or_else(|| default.to_owned())
}

#[server(endpoint = "register")]
pub async fn register(
    bijnaam: String,
    wachtwoord: String,
    email: String,
    terug: Option<String>,
) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    crate::ssr::auth::authorise(&state, Action::Register).await?;
    let account = crate::ssr::auth::register(&state, &bijnaam, wachtwoord, &email).await?;
    crate::ssr::auth::start_session(&state, account).await?;
    // "We sent you a mail" only when an address was given.
    let welcome = if email.trim().is_empty() {
        "/mijn-account?welkom=1"
    } else {
        "/mijn-account?welkom=1&mail=1"
    };
    leptos_axum::redirect(&return_path(terug, welcome));
    Ok(())
}

#[server(endpoint = "log_in")]
pub async fn log_in(bijnaam: String, wachtwoord: String, terug: Option<String>) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    crate::ssr::auth::authorise(&state, Action::LogIn).await?;
    let account = crate::ssr::auth::check_login(&state, &bijnaam, wachtwoord).await?;
    let next = crate::ssr::auth::complete_login(&state, account, return_path(terug, "/mijn-account")).await?;
    leptos_axum::redirect(&next);
    Ok(())
}

#[server(endpoint = "log_out")]
pub async fn log_out() -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    crate::ssr::auth::authorise(&state, Action::ManageOwnAccount).await?;
    crate::ssr::auth::end_session(&state).await?;
    leptos_axum::redirect("/?uitgelogd=1");
    Ok(())
}

/// Ends every session of the account, this one included.
#[server(endpoint = "end_sessions")]
pub async fn end_sessions() -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    let actor = crate::ssr::auth::authorise(&state, Action::ManageOwnAccount).await?;
    if let Some(account) = actor.account_id {
        crate::ssr::db::sessions::delete_all_for(&state.db, account).await?;
    }
    crate::ssr::auth::end_session(&state).await?;
    leptos_axum::redirect("/inloggen?overal_uitgelogd=1");
    Ok(())
}

#[server(endpoint = "my_account")]
pub async fn get_my_account() -> Result<MyAccount, AppError> {
    use crate::domain::account::SessionInfo;
    use chrono::DateTime;
    let state = crate::ssr::state::app_state()?;
    let actor = crate::ssr::auth::authorise(&state, Action::ManageOwnAccount).await?;
    let (Some(id), Some(current)) = (actor.account_id, crate::context::current_session()) else {
        return Err(AppError::Unauthorised);
    };
    let account = crate::ssr::db::accounts::get(&state.db, id)
        .await?
        .ok_or(AppError::Unauthorised)?;
    let time = |seconds: i64| DateTime::from_timestamp(seconds, 0).unwrap_or_default();
    let sessions = crate::ssr::db::sessions::list_for(&state.db, id, state.clock.timestamp())
        .await?
        .into_iter()
        .map(|row| SessionInfo {
            current: row.token_hash == current.token_hash,
            device: row.device,
            started: time(row.created_at),
            last_seen: time(row.last_seen_at),
        })
        .collect();
    Ok(MyAccount {
        created: time(account.created_at),
        nickname: account.nickname,
        email: account.email,
        is_admin: account.is_admin,
        roles: crate::ssr::db::teams::roles_of(&state.db, id).await?,
        sessions,
        reminders: crate::ssr::db::accounts::reminders(&state.db, id).await?,
        helped_reset_at: crate::ssr::db::login_help::notice(&state.db, id).await?.map(time),
        email_dropped: crate::ssr::db::accounts::email_dropped_at(&state.db, id)
            .await?
            .is_some(),
    })
}

#[server(endpoint = "request_login_email")]
pub async fn request_login_email(email: String) -> Result<(), AppError> {
    use crate::ssr::db::challenges::Purpose;
    let state = crate::ssr::state::app_state()?;
    crate::ssr::auth::authorise(&state, Action::LogIn).await?;
    let lang = crate::context::request_lang();
    let handle = crate::ssr::auth::email::start(&state, &email, Purpose::Login, lang).await?;
    leptos_axum::redirect(&format!("/inloggen/code?aanvraag={handle}"));
    Ok(())
}

/// The button behind the link in a login mail.
#[server(endpoint = "use_login_link")]
pub async fn use_login_link(token: String) -> Result<(), AppError> {
    use crate::ssr::db::challenges::Purpose;
    let state = crate::ssr::state::app_state()?;
    crate::ssr::auth::authorise(&state, Action::LogIn).await?;
    let account = crate::ssr::auth::email::use_link(&state, &token, Purpose::Login).await?;
    leptos_axum::redirect(&crate::ssr::auth::complete_login(&state, account, "/mijn-account".into()).await?);
    Ok(())
}

#[server(endpoint = "use_login_code")]
pub async fn use_login_code(aanvraag: String, code: String) -> Result<(), AppError> {
    use crate::ssr::db::challenges::Purpose;
    let state = crate::ssr::state::app_state()?;
    crate::ssr::auth::authorise(&state, Action::LogIn).await?;
    let account = crate::ssr::auth::email::check_code(&state, &aanvraag, &code, Purpose::Login).await?;
    crate::ssr::auth::email::use_code(&state, &aanvraag).await?;
    leptos_axum::redirect(&crate::ssr::auth::complete_login(&state, account, "/mijn-account".into()).await?);
    Ok(())
}

#[server(endpoint = "request_password_reset")]
pub async fn request_password_reset(email: String) -> Result<(), AppError> {
    use crate::ssr::db::challenges::Purpose;
    let state = crate::ssr::state::app_state()?;
    crate::ssr::auth::authorise(&state, Action::ResetPassword).await?;
    let lang = crate::context::request_lang();
    let handle = crate::ssr::auth::email::start(&state, &email, Purpose::Reset, lang).await?;
    leptos_axum::redirect(&format!("/wachtwoord-vergeten/code?aanvraag={handle}"));
    Ok(())
}

#[server(endpoint = "reset_password_with_link")]
pub async fn reset_password_with_link(token: String, wachtwoord: String) -> Result<(), AppError> {
    use crate::ssr::auth::email;
    use crate::ssr::db::challenges::Purpose;
    let state = crate::ssr::state::app_state()?;
    crate::ssr::auth::authorise(&state, Action::ResetPassword).await?;
    let account = email::peek_link(&state, &token, Purpose::Reset).await?;
    crate::ssr::auth::check_new_password_for(&state, account, &wachtwoord).await?;
    let hash = state.hasher.hash(wachtwoord).await?;
    let account = email::use_link(&state, &token, Purpose::Reset).await?;
    let next = "/mijn-account?wachtwoord_nieuw=1".to_owned();
    leptos_axum::redirect(&crate::ssr::auth::complete_reset(&state, account, &hash, next).await?);
    Ok(())
}

#[server(endpoint = "reset_password_with_code")]
pub async fn reset_password_with_code(aanvraag: String, code: String, wachtwoord: String) -> Result<(), AppError> {
    use crate::ssr::auth::email;
    use crate::ssr::db::challenges::Purpose;
    let state = crate::ssr::state::app_state()?;
    crate::ssr::auth::authorise(&state, Action::ResetPassword).await?;
    let account = email::check_code(&state, &aanvraag, &code, Purpose::Reset).await?;
    crate::ssr::auth::check_new_password_for(&state, account, &wachtwoord).await?;
    let hash = state.hasher.hash(wachtwoord).await?;
    email::use_code(&state, &aanvraag).await?;
    let next = "/mijn-account?wachtwoord_nieuw=1".to_owned();
    leptos_axum::redirect(&crate::ssr::auth::complete_reset(&state, account, &hash, next).await?);
    Ok(())
}

/// Whether a link from a mail can still be used (for the page that shows its button).
#[server(endpoint = "check_mail_link")]
pub async fn check_mail_link(token: String, reset: bool) -> Result<bool, AppError> {
    use crate::ssr::db::challenges::Purpose;
    let state = crate::ssr::state::app_state()?;
    let purpose = if reset { Purpose::Reset } else { Purpose::Login };
    crate::ssr::auth::authorise(&state, Action::LogIn).await?;
    match crate::ssr::auth::email::peek_link(&state, &token, purpose).await {
        Ok(_) => Ok(true),
        Err(AppError::Invalid(_)) => Ok(false),
        Err(error) => Err(error),
    }
}

#[server(endpoint = "change_nickname")]
pub async fn change_nickname(bijnaam: String, huidig_wachtwoord: String) -> Result<(), AppError> {
    use crate::domain::account::Nickname;
    use crate::ssr::db::accounts::{self, InsertError};
    let state = crate::ssr::state::app_state()?;
    let account = crate::ssr::auth::authorised_account(&state, Action::ManageOwnAccount).await?;
    let nickname = Nickname::parse(&bijnaam).map_err(|p| AppError::invalid("bijnaam", p))?;
    crate::ssr::auth::verify_current_password(&state, account, huidig_wachtwoord).await?;
    match accounts::set_nickname(&state.db, account, nickname.as_str(), &nickname.key()).await {
        Ok(()) => {}
        Err(InsertError::NicknameTaken) => {
            return Err(AppError::invalid(
                "bijnaam",
                crate::domain::form::Problem::NicknameTaken,
            ))
        }
        Err(InsertError::Database(error)) => return Err(error.into()),
    }
    leptos_axum::redirect("/mijn-account?bijnaam_nieuw=1");
    Ok(())
}

/// A new password; every other session ends.
#[server(endpoint = "change_password")]
pub async fn change_password(huidig_wachtwoord: String, wachtwoord: String) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    let account = crate::ssr::auth::authorised_account(&state, Action::ManageOwnAccount).await?;
    crate::ssr::auth::check_new_password_for(&state, account, &wachtwoord).await?;
    crate::ssr::auth::verify_current_password(&state, account, huidig_wachtwoord).await?;
    let hash = state.hasher.hash(wachtwoord).await?;
    crate::ssr::auth::reset_password(&state, account, &hash).await?;
    crate::ssr::auth::start_session(&state, account).await?;
    leptos_axum::redirect("/mijn-account?wachtwoord_gewijzigd=1");
    Ok(())
}

/// Sends a confirmation link to a new address, or removes the address when the field is empty.
#[server(endpoint = "change_email")]
pub async fn change_email(email: String, huidig_wachtwoord: String) -> Result<(), AppError> {
    use crate::domain::account::Email;
    let state = crate::ssr::state::app_state()?;
    let account = crate::ssr::auth::authorised_account(&state, Action::ManageOwnAccount).await?;
    let address = Email::parse_optional(&email).map_err(|p| AppError::invalid("email", p))?;
    crate::ssr::auth::verify_current_password(&state, account, huidig_wachtwoord).await?;
    match address {
        None => {
            crate::ssr::db::accounts::set_email(&state.db, account, None).await?;
            leptos_axum::redirect("/mijn-account?email_weg=1");
        }
        Some(address) => {
            let nickname = crate::ssr::db::accounts::get(&state.db, account)
                .await?
                .map(|a| a.nickname)
                .unwrap_or_default();
            let lang = crate::context::request_lang();
            crate::ssr::auth::email::start_confirmation(&state, account, &nickname, &address, lang).await?;
            leptos_axum::redirect("/mijn-account?email_gestuurd=1");
        }
    }
    Ok(())
}

/// The button behind the link in an address confirmation mail (no login needed: the link is the
/// proof).
#[server(endpoint = "confirm_email")]
pub async fn confirm_email(token: String) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    crate::ssr::auth::authorise(&state, Action::LogIn).await?;
    crate::ssr::auth::email::confirm(&state, &token).await?;
    leptos_axum::redirect("/email-bevestigen?klaar=1");
    Ok(())
}

/// Everything Kring keeps about the person asking, as a JSON download.
#[server(endpoint = "export_my_data", input = leptos::server_fn::codec::GetUrl)]
pub async fn export_my_data() -> Result<MyData, AppError> {
    // Asks the policy, and holds everything kept about the account.
    let account = get_my_account().await?;
    let state = crate::ssr::state::app_state()?;
    let me = crate::context::current_session()
        .map(|s| s.account_id)
        .ok_or(AppError::Unauthorised)?;
    let signups = crate::ssr::db::signups::export_of_account(&state.db, me).await?;
    let calendar_link = crate::ssr::db::calendar::personal_of(&state.db, me).await?.is_some();
    let (incoming, outgoing) = crate::ssr::db::helping::requests_of(&state.db, me).await?;
    if let Some(options) = use_context::<leptos_axum::ResponseOptions>() {
        options.insert_header(
            http::header::CONTENT_DISPOSITION,
            http::HeaderValue::from_static("attachment; filename=\"kring-mijn-gegevens.json\""),
        );
    }
    Ok(MyData {
        exported_at: state.clock.now(),
        nickname: account.nickname,
        email: account.email,
        account_created: account.created,
        roles: account
            .roles
            .into_iter()
            .map(|(_, centre, role)| (centre, role.slug().to_owned()))
            .collect(),
        sessions: account.sessions,
        reminders: account.reminders,
        signups,
        calendar_link,
        profile: crate::ssr::db::profiles::get(&state.db, me).await?,
        contact_requests: incoming.into_iter().chain(outgoing).collect(),
        offers_to_help: crate::ssr::db::helping::offers_of(&state.db, me).await?,
        groups: crate::ssr::db::board::memberships_of(&state.db, me).await?,
        posts: crate::ssr::db::board::posts_of(&state.db, me).await?,
        attended: crate::ssr::db::board::attended_by(&state.db, me).await?,
        hours: crate::ssr::db::volunteer_hours::lines_of(&state.db, me, chrono::NaiveDate::MIN).await?,
    })
}

/// Switches my reminders by mail on (`aan=ja`) or off.
#[server(endpoint = "set_my_reminders")]
pub async fn set_my_reminders(#[server(default)] aan: String) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    let account = crate::ssr::auth::authorised_account(&state, Action::ManageOwnAccount).await?;
    crate::ssr::db::accounts::set_reminders(&state.db, account, aan == "ja").await?;
    leptos_axum::redirect("/mijn-account?herinneringen=1");
    Ok(())
}

/// Deletes the account of the person asking, after the password: sessions end at once and
/// personal data is removed.
#[server(endpoint = "delete_account")]
pub async fn delete_account(huidig_wachtwoord: String) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    let account = crate::ssr::auth::authorised_account(&state, Action::ManageOwnAccount).await?;
    crate::ssr::auth::verify_current_password(&state, account, huidig_wachtwoord).await?;
    // Places they held go to those waiting before the sign-ups disappear with the account.
    crate::ssr::signups::cancel_all_of_account(&state, account, state.clock.now()).await?;
    crate::ssr::db::accounts::delete(&state.db, account).await?;
    use crate::ssr::cookies::Jar;
    crate::ssr::auth::add_cookie(&Jar::Session.removal(state.site.https));
    crate::ssr::auth::add_cookie(&Jar::Device.removal(state.site.https));
    leptos_axum::redirect("/?account_weg=1");
    Ok(())
}
