//! The outbox for admins: what did not arrive, and sending it again.

use crate::domain::mail::MailOverview;
#[cfg(feature = "ssr")]
use crate::domain::policy::Action;
use crate::error::AppError;
use leptos::prelude::*;

#[server(endpoint = "mail_overview")]
pub async fn get_mail_overview() -> Result<MailOverview, AppError> {
    use crate::domain::mail::MailProblem;
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
            last_error: row.last_error,
            queued_at: chrono::DateTime::from_timestamp(row.created_at, 0).unwrap_or_default(),
        })
        .collect();
    Ok(MailOverview {
        target: state.mailer.target().to_owned(),
        waiting,
        problems,
    })
}

/// Sends a failed or bounced message again.
#[server(endpoint = "resend_mail")]
pub async fn resend_mail(id: i64) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    crate::ssr::auth::authorise(&state, Action::ManageMail).await?;
    if !crate::ssr::db::outbox::resend(&state.db, id, crate::ssr::auth::now()).await? {
        return Err(AppError::NotFound);
    }
    state.mailer.wake();
    leptos_axum::redirect("/beheer/mail?opnieuw=1");
    Ok(())
}
