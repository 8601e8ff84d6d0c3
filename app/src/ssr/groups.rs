//! Peer groups on the server: joining and answering in one locked transaction (a full group
//! takes no one, also when two ask at the same moment), setting a group up, and the mails that
//! go with each (`ssr::mails`), queued in the same transaction.

use crate::domain::form::Problem;
use crate::domain::group::{GroupKind, Membership, NewGroup};
use crate::error::AppError;
use crate::ssr::db::groups::{self, GroupRow, MembershipText};
use crate::ssr::mails;
use crate::ssr::state::AppState;

/// What joining did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Joined {
    /// A member now (an open group, or by invitation).
    Member,
    /// Asked: the facilitators answer.
    Asked,
}

/// `me` joins `group` (open or `invited`) or asks to, with `message` for the facilitators.
pub async fn join(
    state: &AppState,
    group: &GroupRow,
    me: i64,
    invited: bool,
    message: &str,
    now: i64,
) -> Result<Joined, AppError> {
    let mut tx = groups::lock(&state.db, group.id).await?;
    let joined = if group.kind == GroupKind::Open || invited {
        ensure_place(&mut tx, group, "akkoord").await?;
        groups::set_membership(
            &mut tx,
            group.id,
            me,
            Membership::Member,
            MembershipText::Answer(""),
            now,
        )
        .await?;
        Joined::Member
    } else {
        groups::set_membership(
            &mut tx,
            group.id,
            me,
            Membership::Requested,
            MembershipText::Request(message),
            now,
        )
        .await?;
        mails::join_request(state, &mut tx, group, me, now).await?;
        Joined::Asked
    };
    tx.commit().await?;
    state.mailer.wake();
    Ok(joined)
}

/// The facilitators' answer: `member` goes from `current` to `to` (a member, declined or
/// removed), with `message`. Someone who asked hears the answer by mail; a removal they see on
/// the group's page.
pub async fn answer(
    state: &AppState,
    group: &GroupRow,
    member: i64,
    current: Membership,
    to: Membership,
    message: &str,
    now: i64,
) -> Result<(), AppError> {
    let mut tx = groups::lock(&state.db, group.id).await?;
    if to == Membership::Member {
        ensure_place(&mut tx, group, "antwoord").await?;
    }
    groups::set_membership(&mut tx, group.id, member, to, MembershipText::Answer(message), now).await?;
    if current == Membership::Requested {
        mails::join_answer(state, &mut tx, group, member, to == Membership::Member, message, now).await?;
    }
    tx.commit().await?;
    state.mailer.wake();
    Ok(())
}

/// Refuses when the group is full (checked under the group's lock).
async fn ensure_place(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    group: &GroupRow,
    field: &str,
) -> Result<(), AppError> {
    let taken = groups::places_taken(tx, group.id).await?;
    if group.max_members.is_some_and(|max| taken >= max) {
        return Err(AppError::invalid(field, Problem::GroupFull));
    }
    Ok(())
}

/// Saves a group: a new one at `centre_id`, or changes to `existing` (a proposal saved with
/// facilitators is approved, and its proposer told). A coordinator who makes themselves a
/// facilitator will see the members' names: that is written down, like opening a sign-up list.
/// Returns the group's id.
pub async fn save(
    state: &AppState,
    centre_id: i64,
    existing: Option<&GroupRow>,
    group: &NewGroup,
    by: Option<i64>,
    now: i64,
) -> Result<i64, AppError> {
    let was_facilitator = match (existing, by) {
        (Some(existing), Some(by)) => groups::facilitates(&state.db, existing.id, by).await?,
        _ => false,
    };
    let saved = match existing {
        Some(existing) => {
            let mut tx = state.db.begin_write().await?;
            if let Some(proposer) = groups::update(&mut tx, existing.id, group, now).await? {
                mails::proposal_approved(
                    state,
                    &mut tx,
                    existing.id,
                    &group.public_name,
                    proposer,
                    centre_id,
                    now,
                )
                .await?;
            }
            tx.commit().await?;
            state.mailer.wake();
            existing.id
        }
        None => groups::insert(&state.db, centre_id, group, now).await?,
    };
    if let Some(by) = by.filter(|by| group.facilitators.contains(by) && !was_facilitator) {
        crate::ssr::db::audit::record(&state.db, by, "became-facilitator", &format!("group:{saved}"), now).await?;
    }
    Ok(saved)
}

/// A coordinator says no to a proposal: it is removed and its proposer gets a kind mail.
pub async fn decline_proposal(state: &AppState, group: &GroupRow, now: i64) -> Result<(), AppError> {
    let mut tx = state.db.begin_write().await?;
    if !groups::delete_proposal(&mut tx, group.id).await? {
        return Err(AppError::NotFound);
    }
    if let Some(proposer) = group.proposed_by {
        mails::proposal_declined(&mut tx, group, proposer, now).await?;
    }
    tx.commit().await?;
    state.mailer.wake();
    Ok(())
}
