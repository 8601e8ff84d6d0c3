//! Two-factor login: set up, confirm and turn off (for coordinators and admins), and the second
//! step of a login.

use crate::domain::account::TwoFactorStatus;
#[cfg(feature = "ssr")]
use crate::domain::policy::Action;
use crate::error::AppError;
use leptos::prelude::*;

#[server(endpoint = "two_factor")]
pub async fn get_two_factor() -> Result<TwoFactorStatus, AppError> {
    use crate::domain::account::TwoFactorSetup;
    use crate::ssr::auth::two_factor;
    let state = crate::ssr::state::app_state()?;
    let account = crate::ssr::auth::authorised_account(&state, Action::ManageTwoFactor).await?;
    let row = crate::ssr::db::two_factor::get(&state.db, account)
        .await?
        .ok_or(AppError::Unauthorised)?;
    let setup = match (&row.secret, &row.pending) {
        (None, Some(pending)) => Some(TwoFactorSetup {
            key: two_factor::grouped(pending),
            qr_code: two_factor::qr_data_url(&two_factor::otpauth_url(pending, &row.nickname)?)?,
            recovery_codes: row
                .pending_codes
                .as_deref()
                .unwrap_or_default()
                .split_whitespace()
                .map(str::to_owned)
                .collect(),
        }),
        _ => None,
    };
    Ok(TwoFactorStatus {
        enabled: row.secret.is_some(),
        unused_recovery_codes: crate::ssr::db::two_factor::unused_recovery_codes(&state.db, account).await?,
        setup,
    })
}

/// Makes a new secret and recovery codes to set up; nothing changes for logging in until the
/// first code from the app is confirmed.
#[server(endpoint = "start_two_factor")]
pub async fn start_two_factor() -> Result<(), AppError> {
    use crate::ssr::auth::two_factor;
    let state = crate::ssr::state::app_state()?;
    let account = crate::ssr::auth::authorised_account(&state, Action::ManageTwoFactor).await?;
    let codes = two_factor::new_recovery_codes().join(" ");
    crate::ssr::db::two_factor::set_pending(&state.db, account, &two_factor::new_secret(), &codes).await?;
    leptos_axum::redirect("/mijn-account/tweestaps");
    Ok(())
}

#[server(endpoint = "confirm_two_factor")]
pub async fn confirm_two_factor(code: String) -> Result<(), AppError> {
    use crate::domain::form::Problem;
    use crate::ssr::auth::two_factor;
    let state = crate::ssr::state::app_state()?;
    let account = crate::ssr::auth::authorised_account(&state, Action::ManageTwoFactor).await?;
    let row = crate::ssr::db::two_factor::get(&state.db, account)
        .await?
        .ok_or(AppError::Unauthorised)?;
    let wrong = || AppError::invalid("code", Problem::CodeWrong);
    let pending = row.pending.ok_or_else(wrong)?;
    let digits = crate::ssr::auth::email::normalise_code(&code).ok_or_else(wrong)?;
    let now = u64::try_from(state.clock.timestamp()).unwrap_or_default();
    let step = two_factor::matching_step(&pending, &row.nickname, &digits, now)?.ok_or_else(wrong)?;
    let hashes: Vec<String> = row
        .pending_codes
        .as_deref()
        .unwrap_or_default()
        .split_whitespace()
        .map(two_factor::recovery_hash)
        .collect();
    crate::ssr::db::two_factor::confirm(
        &state.db,
        account,
        &pending,
        &hashes,
        i64::try_from(step).unwrap_or(i64::MAX),
    )
    .await?;
    leptos_axum::redirect("/mijn-account/tweestaps?aan=1");
    Ok(())
}

#[server(endpoint = "disable_two_factor")]
pub async fn disable_two_factor(huidig_wachtwoord: String) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    let account = crate::ssr::auth::authorised_account(&state, Action::ManageTwoFactor).await?;
    crate::ssr::auth::verify_current_password(&state, account, huidig_wachtwoord).await?;
    crate::ssr::db::two_factor::disable(&state.db, account).await?;
    leptos_axum::redirect("/mijn-account/tweestaps?uit=1");
    Ok(())
}

/// The second step of a login: a code from the app, or a recovery code.
#[server(endpoint = "verify_second_factor")]
pub async fn verify_second_factor(aanvraag: String, code: String) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    crate::ssr::auth::authorise(&state, Action::LogIn).await?;
    let next = crate::ssr::auth::second_step(&state, &aanvraag, &code).await?;
    leptos_axum::redirect(&next);
    Ok(())
}
