//! Who came to a date, on the server: its facilitators and the centre's coordinators enter the
//! head count once the date has begun, ticking the signed-up people who came.

use crate::domain::attendance::HeadCountPage;
use crate::domain::policy::Action;
use crate::error::AppError;
use crate::ssr::auth::authorise;
use crate::ssr::db::activities::ActivityRow;
use crate::ssr::db::{activities, attendance, occurrences};
use crate::ssr::state::AppState;

/// A date of an activity (not a peer group's meeting: those have their own page) and whether the
/// actor may enter who came; returns the activity, the date and the actor's account.
async fn countable_date(
    state: &AppState,
    occurrence_id: i64,
) -> Result<(ActivityRow, crate::domain::agenda::OccurrenceDate, i64), AppError> {
    let (activity_id, date) = occurrences::by_id(&state.db.pool, occurrence_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let activity = activities::by_id(&state.db.pool, activity_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let me = crate::context::current_session().map(|session| session.account_id);
    let facilitates = match me {
        Some(me) => activities::facilitators_of(&state.db.pool, activity_id)
            .await?
            .iter()
            .any(|(id, _)| *id == me),
        None => false,
    };
    // Names per session of a course are course attendance; any other date's count a head count.
    let centre_id = activity.centre_id;
    let action = if activity.kind == crate::domain::activity::ActivityKind::Cursus {
        Action::CourseAttendance { centre_id, facilitates }
    } else {
        Action::HeadCount { centre_id, facilitates }
    };
    let actor = authorise(state, action).await?;
    if activity.group_id.is_some() {
        return Err(AppError::NotFound);
    }
    let me = actor.account_id.ok_or(AppError::Unauthorised)?;
    Ok((activity, date, me))
}

pub async fn page(state: &AppState, occurrence_id: i64) -> Result<HeadCountPage, AppError> {
    let (activity, date, _) = countable_date(state, occurrence_id).await?;
    let (head_count, ticked) = attendance::of_date(&state.db, occurrence_id).await?;
    Ok(HeadCountPage {
        occurrence_id,
        activity_id: activity.id,
        course: activity.kind == crate::domain::activity::ActivityKind::Cursus,
        title: activity.title,
        starts_at: date.starts_at,
        ends_at: date.ends_at,
        begun: date.starts_at <= state.clock.now(),
        cancelled: date.cancelled,
        people: attendance::people(&state.db, activity.id, occurrence_id).await?,
        ticked,
        head_count,
    })
}

/// Saves who came: the ticked sign-ups (`ticked`, as posted) and how many came in all (`count`,
/// as typed; empty counts the ticked names). Only for a date that has begun and was not cancelled.
pub async fn record(state: &AppState, occurrence_id: i64, ticked: &[String], count: &str) -> Result<(), AppError> {
    let (activity, date, me) = countable_date(state, occurrence_id).await?;
    if date.starts_at > state.clock.now() || date.cancelled {
        return Err(AppError::NotFound);
    }
    let people: Vec<i64> = attendance::people(&state.db, activity.id, occurrence_id)
        .await?
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    if ticked.is_empty() && count.trim().is_empty() {
        // Nothing ticked and no number: an empty form is no answer (not "nobody came").
        return Err(AppError::invalid("aantal", crate::domain::form::Problem::Required));
    }
    let (named, count) = crate::domain::board::attendance(ticked, &people, count).map_err(AppError::Invalid)?;
    attendance::record(&state.db, occurrence_id, count, &named, me, state.clock.timestamp()).await?;
    Ok(())
}
