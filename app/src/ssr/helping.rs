//! Contact requests on the server: a request (counted against the daily limit in its own
//! transaction, so a refusal rolls it back) and its answer, each with its mail.

use crate::domain::helping::RequestStatus;
use crate::domain::profile::Item;
use crate::error::AppError;
use crate::ssr::db::helping::{self, NewRequest};
use crate::ssr::mails;
use crate::ssr::state::AppState;

/// `from` asks `to` for contact about `talent`, with `message`. Asking again changes nothing.
pub async fn send_request(
    state: &AppState,
    from: i64,
    to: i64,
    talent: &Item,
    message: &str,
    now: i64,
) -> Result<(), AppError> {
    let mut tx = state.db.begin_write().await?;
    let new = NewRequest {
        from,
        to,
        talent,
        message,
    };
    if helping::insert_request(&mut tx, &new, now).await? {
        // Counted with the request, in its transaction: a refusal rolls the request back, and a
        // withdrawn request still counted.
        let key = format!("contact-requests:{from}");
        crate::ssr::auth::throttle::take_in(&mut tx, &key, crate::ssr::auth::throttle::CONTACT_REQUESTS_PER_DAY, now)
            .await?;
        let sender = helping::name_of(&mut tx, from).await?.unwrap_or_default();
        let talent = crate::domain::profile::item_words(talent, crate::domain::profile::TALENTS, false);
        mails::contact_request(state, &mut tx, to, &sender, &talent, now).await?;
    }
    tx.commit().await?;
    state.mailer.wake();
    Ok(())
}

/// The receiver `me` answers request `id` (once): accepted, with `reply`, or ignored.
pub async fn answer_request(
    state: &AppState,
    id: i64,
    me: i64,
    status: RequestStatus,
    reply: &str,
    now: i64,
) -> Result<(), AppError> {
    let mut tx = state.db.begin_write().await?;
    let sender = helping::answer_request(&mut tx, id, me, status, reply, now)
        .await?
        .ok_or(AppError::NotFound)?;
    if status == RequestStatus::Accepted {
        let receiver = helping::name_of(&mut tx, me).await?.unwrap_or_default();
        mails::contact_accepted(state, &mut tx, sender, &receiver, now).await?;
    }
    tx.commit().await?;
    state.mailer.wake();
    Ok(())
}
