//! A centre's team on the server: a one-time invitation link (and, when asked, its mail, in the
//! same transaction).

use crate::domain::account::Email;
use crate::domain::policy::CentreRole;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::ssr::db::teams::{self, NewInvite};
use crate::ssr::state::AppState;

/// How long an invitation link works.
pub const INVITE_SECONDS: i64 = 7 * 24 * 3600;

/// An invitation to take a role at a centre.
pub struct Invite<'a> {
    pub centre_id: i64,
    pub centre_name: &'a str,
    pub role: CentreRole,
    pub by: i64,
    /// Also send the link to this address.
    pub mail_to: Option<&'a Email>,
    /// The language of the mail (the inviter's).
    pub lang: Lang,
}

/// Makes the link (only its hash is kept) and returns its secret, to show once.
pub async fn invite(state: &AppState, invite: Invite<'_>, now: i64) -> Result<String, AppError> {
    let (token, token_hash) = crate::ssr::auth::session::new_token();
    let mut tx = state.db.begin_write().await?;
    let new = NewInvite {
        token_hash: &token_hash,
        centre_id: invite.centre_id,
        role: invite.role,
        created_by: invite.by,
        expires_at: now + INVITE_SECONDS,
    };
    teams::insert_invite(&mut tx, &new, now).await?;
    if let Some(address) = invite.mail_to {
        let link = format!("{}/uitnodiging?token={token}", state.site.public_url);
        let centre = (invite.centre_id, invite.centre_name);
        crate::ssr::mails::invitation(&mut tx, address, invite.lang, centre, invite.role, &link, now).await?;
    }
    tx.commit().await?;
    state.mailer.wake();
    Ok(token)
}
