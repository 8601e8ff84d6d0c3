//! A peer group's board and meetings: members and facilitators post and reply, members report a
//! post, facilitators hide it (with a reason the author sees) and post announcements that also go
//! by mail to members who want that; facilitators register who came to a meeting.

#[cfg(feature = "ssr")]
use crate::domain::policy::Action;
use crate::error::AppError;
use leptos::prelude::*;

/// The group, and whether the caller takes part in it: a member (not paused) or a facilitator.
#[cfg(feature = "ssr")]
async fn board_of(
    state: &crate::ssr::state::AppState,
    group_id: i64,
) -> Result<(crate::ssr::db::groups::GroupRow, i64, bool), AppError> {
    use crate::domain::group::Membership;
    use crate::ssr::db::groups;
    let me = crate::context::current_session().map(|session| session.account_id);
    let group = groups::get(&state.db, group_id).await?.filter(|group| !group.proposed);
    let (facilitates, member) = match (me, &group) {
        (Some(me), Some(_)) => (
            groups::facilitates(&state.db, group_id, me).await?,
            groups::membership(&state.db, group_id, me)
                .await?
                .map(|(status, _)| status)
                == Some(Membership::Member),
        ),
        _ => (false, false),
    };
    let me = crate::ssr::auth::authorised_account(
        state,
        Action::UseGroupBoard {
            takes_part: facilitates || member,
        },
    )
    .await?;
    let group = group.ok_or(AppError::NotFound)?;
    Ok((group, me, facilitates))
}

/// Posts on the board (`reactie_op`: a reply to that post). A facilitator's post with
/// `mededeling=ja` is an announcement, also mailed to members who want that.
#[server(endpoint = "post_to_board")]
pub async fn post_to_board(
    groep: i64,
    #[server(default)] tekst: String,
    /// A reply's text (its own field, so a reply form and the new-post form differ).
    #[server(default)]
    reactie: String,
    #[server(default)] reactie_op: String,
    #[server(default)] mededeling: String,
) -> Result<(), AppError> {
    use crate::ssr::db::board;
    let state = crate::ssr::state::app_state()?;
    let (group, me, facilitates) = board_of(&state, groep).await?;
    let parent = match reactie_op.trim() {
        "" => None,
        id => {
            let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
            match board::post_place(&state.db, id).await? {
                // A reply to a reply goes under the same post.
                Some((group_id, _, parent)) if group_id == groep => Some(parent.unwrap_or(id)),
                _ => return Err(AppError::NotFound),
            }
        }
    };
    let (field, text) = if parent.is_some() {
        ("reactie", &reactie)
    } else {
        ("tekst", &tekst)
    };
    let body = crate::domain::board::post_text(field, text).map_err(AppError::Invalid)?;
    let announcement = mededeling == "ja" && facilitates && parent.is_none();
    let post = crate::ssr::board::NewPost {
        author: me,
        parent,
        text: &body,
        announcement,
    };
    let id = crate::ssr::board::post(&state, &group, post, state.clock.timestamp()).await?;
    leptos_axum::redirect(&format!(
        "/groepen/{groep}?geplaatst=1#bericht-{}",
        parent.unwrap_or(id)
    ));
    Ok(())
}

/// A member reports a post to the facilitators (not their own).
#[server(endpoint = "report_post")]
pub async fn report_post(bericht: i64) -> Result<(), AppError> {
    use crate::ssr::db::board;
    let state = crate::ssr::state::app_state()?;
    let Some((group_id, author, _)) = board::post_place(&state.db, bericht).await? else {
        // Past the policy first, so nobody learns which posts exist.
        board_of(&state, 0).await?;
        return Err(AppError::NotFound);
    };
    let (_, me, _) = board_of(&state, group_id).await?;
    if author != me {
        board::report(&state.db, bericht, me, state.clock.timestamp()).await?;
    }
    leptos_axum::redirect(&format!("/groepen/{group_id}?gemeld=1#bericht-{bericht}"));
    Ok(())
}

/// Facilitators hide a post (`wat=verbergen`, with the reason its author sees) or show it again
/// (`wat=tonen`).
#[server(endpoint = "moderate_post")]
pub async fn moderate_post(bericht: i64, wat: String, #[server(default)] reden: String) -> Result<(), AppError> {
    use crate::domain::form::Problem;
    use crate::ssr::db::board;
    let state = crate::ssr::state::app_state()?;
    let place = board::post_place(&state.db, bericht).await?;
    let facilitates = match (crate::context::current_session(), place) {
        (Some(session), Some((group_id, _, _))) => {
            crate::ssr::db::groups::facilitates(&state.db, group_id, session.account_id).await?
        }
        _ => false,
    };
    let me = crate::ssr::auth::authorised_account(&state, Action::RunGroup { facilitates }).await?;
    let (group_id, _, _) = place.ok_or(AppError::NotFound)?;
    let now = state.clock.timestamp();
    match wat.as_str() {
        "verbergen" => {
            let mut fields = crate::domain::fields::Fields::refusing_markup();
            let reason = fields.required_text("reden", &reden, crate::domain::board::REASON_MAX);
            let reason = fields.finish(reason).map_err(AppError::Invalid)?;
            board::set_hidden(&state.db, bericht, Some(&reason), me, now).await?;
        }
        "tonen" => board::set_hidden(&state.db, bericht, None, me, now).await?,
        _ => return Err(AppError::invalid("wat", Problem::UnknownChoice)),
    }
    leptos_axum::redirect(&format!("/groepen/{group_id}?{wat}=1#bericht-{bericht}"));
    Ok(())
}

/// The author removes their own post (and the replies under it).
#[server(endpoint = "delete_post")]
pub async fn delete_post(bericht: i64) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    let me = crate::ssr::auth::authorised_account(&state, Action::JoinGroups).await?;
    let place = crate::ssr::db::board::post_place(&state.db, bericht).await?;
    match place {
        Some((group_id, author, _)) if author == me => {
            crate::ssr::db::board::delete_own(&state.db, bericht, me).await?;
            leptos_axum::redirect(&format!("/groepen/{group_id}?weggehaald=1#prikbord"));
            Ok(())
        }
        _ => Err(AppError::NotFound),
    }
}

/// A member switches the facilitators' announcements by mail on (`mail=ja`) or off.
#[server(endpoint = "group_mail")]
pub async fn group_mail(groep: i64, #[server(default)] mail: String) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    let me = crate::ssr::auth::authorised_account(&state, Action::JoinGroups).await?;
    let on = mail == "ja";
    if !crate::ssr::db::board::set_wants_mail(&state.db, groep, me, on).await? {
        return Err(AppError::NotFound);
    }
    let notice = if on { "mail_aan" } else { "mail_uit" };
    leptos_axum::redirect(&format!("/groepen/{groep}?{notice}=1#mijn-lidmaatschap"));
    Ok(())
}

/// Facilitators register who came to a meeting that has begun: members ticked by name
/// (`aanwezig`, for the group's own use) and how many came in all (`aantal`).
#[server(endpoint = "record_attendance")]
pub async fn record_attendance(
    groep: i64,
    datum: i64,
    #[server(default)] aanwezig: Vec<String>,
    #[server(default)] aantal: String,
) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    let facilitates = match crate::context::current_session() {
        Some(session) => crate::ssr::db::groups::facilitates(&state.db, groep, session.account_id).await?,
        None => false,
    };
    let me = crate::ssr::auth::authorised_account(&state, Action::RunGroup { facilitates }).await?;
    crate::ssr::board::record_attendance(&state, groep, datum, &aanwezig, &aantal, me, state.clock.timestamp()).await?;
    leptos_axum::redirect(&format!("/groepen/{groep}?geregistreerd=1#bijeenkomsten"));
    Ok(())
}
