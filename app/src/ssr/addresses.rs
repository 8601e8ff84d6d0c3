//! Repairs of addresses that mail did not reach (the admin's mail page): the right address in
//! its place, with what did not arrive sent again, or no address at all. Both are audited.

use crate::error::AppError;
use crate::ssr::state::AppState;

/// An admin puts the right address on a member's account in place of `old`, which mail did
/// not reach; what did not arrive goes again, to the new address. Written to the audit log.
pub async fn correct_address(
    state: &AppState,
    admin: i64,
    account: i64,
    old: &str,
    email: &crate::domain::account::Email,
    now: i64,
) -> Result<(), AppError> {
    use crate::domain::form::Problem;
    let mut tx = state.db.begin_write().await?;
    if !crate::ssr::db::accounts::replace_email(&mut tx, account, Some((email.as_str(), &email.key())), now).await? {
        return Err(AppError::invalid("email", Problem::EmailTaken));
    }
    crate::ssr::db::outbox::redirect_failed(&mut tx, old, email.as_str(), now).await?;
    tx.commit().await?;
    crate::ssr::db::audit::record(
        &state.db,
        admin,
        "mail.adres-verbeterd",
        &format!("account:{account}"),
        now,
    )
    .await?;
    state.mailer.wake();
    Ok(())
}

/// An admin takes a member's broken address `old` away: no more mail to it (the member sees
/// what changes on the site instead). Written to the audit log.
pub async fn drop_address(state: &AppState, admin: i64, account: i64, old: &str, now: i64) -> Result<(), AppError> {
    let mut tx = state.db.begin_write().await?;
    crate::ssr::db::accounts::replace_email(&mut tx, account, None, now).await?;
    crate::ssr::db::outbox::forget_failed(&mut tx, old).await?;
    tx.commit().await?;
    crate::ssr::db::audit::record(
        &state.db,
        admin,
        "mail.adres-weggehaald",
        &format!("account:{account}"),
        now,
    )
    .await?;
    Ok(())
}
