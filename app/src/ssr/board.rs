//! A peer group's board on the server: a post (and a facilitator's announcement, mailed in the
//! same transaction to the members who want it) and who came to a meeting.

use crate::domain::group::Membership;
use crate::error::AppError;
use crate::ssr::db::{board, groups};
use crate::ssr::state::AppState;

/// A post as it is saved.
pub struct NewPost<'a> {
    pub author: i64,
    /// The post this replies to.
    pub parent: Option<i64>,
    pub text: &'a str,
    /// A facilitator's announcement (never a reply).
    pub announcement: bool,
}

/// Saves a post on `group`'s board; an announcement is mailed too. Returns the post's id.
pub async fn post(state: &AppState, group: &groups::GroupRow, post: NewPost<'_>, now: i64) -> Result<i64, AppError> {
    let mut tx = state.db.begin_write().await?;
    let id = board::insert(
        &mut tx,
        group.id,
        post.author,
        post.parent,
        post.text,
        post.announcement,
        now,
    )
    .await?;
    if post.announcement {
        crate::ssr::mails::announcement(state, &mut tx, group, post.author, id, post.text, now).await?;
    }
    tx.commit().await?;
    state.mailer.wake();
    Ok(id)
}

/// Facilitators register who came to a meeting that has begun: members ticked by name
/// (`ticked`, for the group's own use) and how many came in all (`count`, as typed).
pub async fn record_attendance(
    state: &AppState,
    group_id: i64,
    date_id: i64,
    ticked: &[String],
    count: &str,
    by: i64,
    now: i64,
) -> Result<(), AppError> {
    if board::begun_meeting(&state.db, group_id, date_id, now).await?.is_none() {
        return Err(AppError::NotFound);
    }
    let members: Vec<i64> = groups::people(&state.db, group_id)
        .await?
        .into_iter()
        .filter(|p| matches!(p.status, Membership::Member | Membership::Paused))
        .map(|p| p.account_id)
        .collect();
    let (named, count) = crate::domain::board::attendance(ticked, &members, count).map_err(AppError::Invalid)?;
    board::record_attendance(&state.db, group_id, date_id, &named, count, by, now).await?;
    Ok(())
}
