//! The outbox for admins: what did not arrive, sending it again, and a member's broken address
//! corrected or taken away.

use crate::domain::mail::MailOverview;
#[cfg(feature = "ssr")]
use crate::domain::policy::Action;
use crate::error::AppError;
use leptos::prelude::*;

#[server(endpoint = "mail_overview")]
pub async fn get_mail_overview() -> Result<MailOverview, AppError> {
    use crate::domain::mail::{MailProblem, MailReason};
    use crate::ssr::db::outbox::{self, MailStatus};
    let state = crate::ssr::state::app_state()?;
    crate::ssr::auth::authorise(&state, Action::ManageMail).await?;
    let (rows, waiting) = outbox::problems(&state.db).await?;
    let problems = rows
        .into_iter()
        .map(|row| MailProblem {
            id: row.id,
            recipient: row.recipient,
            subject: row.subject,
            bounced: row.status == MailStatus::Bounced,
            attempts: row.attempts,
            reason: MailReason::of(&row.last_error),
            last_error: row.last_error,
            centre: row.centre,
            member: row.account,
            queued_at: chrono::DateTime::from_timestamp(row.created_at, 0).unwrap_or_default(),
        })
        .collect();
    Ok(MailOverview {
        target: state.mailer.delivery(),
        waiting,
        problems,
    })
}

/// Sends a failed or bounced message again.
#[server(endpoint = "resend_mail")]
pub async fn resend_mail(id: i64) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    crate::ssr::auth::authorise(&state, Action::ManageMail).await?;
    if !crate::ssr::db::outbox::resend(&state.db, id, state.clock.timestamp()).await? {
        return Err(AppError::NotFound);
    }
    state.mailer.wake();
    leptos_axum::redirect("/beheer/mail?opnieuw=1");
    Ok(())
}

/// The member of a message that did not arrive: (account id, the address the mail went to).
#[cfg(feature = "ssr")]
async fn member_of_mail(state: &crate::ssr::state::AppState, id: i64) -> Result<(i64, String), AppError> {
    let recipient = crate::ssr::db::outbox::failed_recipient(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let key = crate::domain::account::Email::parse(&recipient)
        .map(|email| email.key())
        .map_err(|_| AppError::NotFound)?;
    let (account, _, saved) = crate::ssr::db::accounts::find_by_email(&state.db, &key)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((account, saved))
}

/// An admin puts the right address (`email`, as the member gave it) on the member's account; the
/// messages that did not arrive go again, to that address. Written to the audit log.
#[server(endpoint = "fix_mail_address")]
pub async fn fix_mail_address(id: i64, email: String) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    let admin = crate::ssr::auth::authorised_account(&state, Action::ManageMail).await?;
    let (account, old) = member_of_mail(&state, id).await?;
    let email = crate::domain::account::Email::parse(&email).map_err(|problem| AppError::invalid("email", problem))?;
    crate::ssr::addresses::correct_address(&state, admin, account, &old, &email, state.clock.timestamp()).await?;
    leptos_axum::redirect("/beheer/mail?verbeterd=1");
    Ok(())
}

/// An admin takes a member's broken address away: no more mail to it (the member sees what
/// changes on the site instead, and is told at the next visit). Written to the audit log.
#[server(endpoint = "drop_mail_address")]
pub async fn drop_mail_address(id: i64) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    let admin = crate::ssr::auth::authorised_account(&state, Action::ManageMail).await?;
    let (account, old) = member_of_mail(&state, id).await?;
    crate::ssr::addresses::drop_address(&state, admin, account, &old, state.clock.timestamp()).await?;
    leptos_axum::redirect("/beheer/mail?weggehaald=1");
    Ok(())
}

/// The member has read that their address was taken away.
#[server(endpoint = "dismiss_email_notice")]
pub async fn dismiss_email_notice() -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    let me = crate::ssr::auth::authorised_account(&state, Action::ManageOwnAccount).await?;
    crate::ssr::db::accounts::clear_email_dropped(&state.db, me).await?;
    leptos_axum::redirect("/mijn-account");
    Ok(())
}
