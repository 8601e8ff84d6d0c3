//! Publishing the programme on the server: who may do what with which centre and activity, and
//! saving changes with their dates in one transaction.

use crate::domain::agenda::is_slug;
use crate::domain::form::{FieldProblem, Problem};
use crate::domain::policy::{decide, Action, Actor, Decision};
use crate::domain::programme::{ActivityDraft, ActivityForm, Place};
use crate::domain::recurrence::WINDOW_WEEKS;
use crate::domain::time::{local_date, start_of_day};
use crate::error::AppError;
use crate::ssr::auth::authorise;
use crate::ssr::db::activities::{self, ActivityRow};
use crate::ssr::db::centres::{self, CentreRow};
use crate::ssr::db::occurrences;
use crate::ssr::state::AppState;
use chrono::{DateTime, Duration, Utc};
use sqlx::{Any, Row, Transaction};

/// A centre by its slug, or not found.
pub async fn centre(state: &AppState, slug: &str) -> Result<CentreRow, AppError> {
    if !is_slug(slug) {
        return Err(AppError::NotFound);
    }
    centres::by_slug(&state.db.pool, slug).await?.ok_or(AppError::NotFound)
}

/// A centre the actor may manage (details, hours, closures).
pub async fn managed_centre(state: &AppState, slug: &str) -> Result<(CentreRow, Actor), AppError> {
    let centre = centre(state, slug).await?;
    let actor = authorise(state, Action::ManageCentre { centre_id: centre.id }).await?;
    Ok((centre, actor))
}

/// A centre the actor may add activities to.
pub async fn creatable_centre(state: &AppState, slug: &str) -> Result<(CentreRow, Actor), AppError> {
    let centre = centre(state, slug).await?;
    let actor = authorise(
        state,
        Action::CreateActivity {
            centre_id: centre.id,
            volunteers_publish: centre.volunteers_publish,
        },
    )
    .await?;
    Ok((centre, actor))
}

/// An activity, its centre, and its facilitators with an account.
pub struct ActivityContext {
    pub activity: ActivityRow,
    pub centre: CentreRow,
    pub facilitators: Vec<(i64, String)>,
    pub actor: Actor,
}

impl ActivityContext {
    pub fn may(&self, action: Action) -> bool {
        decide(&self.actor, action) == Decision::Allow
    }
}

fn edit_action(centre: &CentreRow, facilitators: &[(i64, String)], actor: &Actor) -> Action {
    Action::EditActivity {
        centre_id: centre.id,
        volunteers_publish: centre.volunteers_publish,
        facilitates: actor
            .account_id
            .is_some_and(|me| facilitators.iter().any(|(id, _)| *id == me)),
    }
}

/// Loads an activity and checks that the actor may change it.
pub async fn editable_activity(state: &AppState, id: i64) -> Result<ActivityContext, AppError> {
    let actor = crate::ssr::auth::actor(state).await?;
    if actor.account_id.is_none() {
        return Err(AppError::Unauthorised);
    }
    let activity = activities::by_id(&state.db.pool, id).await?.ok_or(AppError::NotFound)?;
    let centre = centres::by_id(&state.db.pool, activity.centre_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let facilitators = activities::facilitators_of(&state.db.pool, id).await?;
    authorise(state, edit_action(&centre, &facilitators, &actor)).await?;
    Ok(ActivityContext {
        activity,
        centre,
        facilitators,
        actor,
    })
}

/// Whether the actor may change this activity of this centre (for showing links).
pub fn may_edit(actor: &Actor, centre: &CentreRow, facilitator_ids: &[i64]) -> bool {
    let facilitates = actor.account_id.is_some_and(|me| facilitator_ids.contains(&me));
    decide(
        actor,
        Action::EditActivity {
            centre_id: centre.id,
            volunteers_publish: centre.volunteers_publish,
            facilitates,
        },
    ) == Decision::Allow
}

/// The accounts that may facilitate at a centre: its volunteers and coordinators.
pub async fn team(state: &AppState, centre_id: i64) -> Result<Vec<(i64, String)>, AppError> {
    let rows = sqlx::query(
        "SELECT DISTINCT a.id, a.nickname, a.nickname_key FROM centre_roles r JOIN accounts a ON a.id = r.account_id
         WHERE r.centre_id = $1 ORDER BY a.nickname_key",
    )
    .bind(centre_id)
    .fetch_all(&state.db.pool)
    .await?;
    Ok(rows
        .iter()
        .map(|row| Ok((row.try_get("id")?, row.try_get("nickname")?)))
        .collect::<Result<_, sqlx::Error>>()?)
}

/// The centre's groups (by their internal names) that the activity form offers: all of them to
/// its coordinators, none to anyone else (only coordinators link meetings, and volunteers never
/// see the internal names of other groups).
pub async fn groups_for(state: &AppState, actor: &Actor, centre_id: i64) -> Result<Vec<(i64, String)>, AppError> {
    if actor.runs(centre_id) {
        Ok(crate::ssr::db::groups::names_of_centre(&state.db, centre_id).await?)
    } else {
        Ok(Vec::new())
    }
}

/// Checks a typed activity. A volunteer who is not a coordinator always stays one of its
/// facilitators, so they cannot lock themselves out of what they publish. Only the centre's
/// coordinators link a meeting to a peer group (or unlink it) and open or close its sign-up,
/// which would show them the members' names: for anyone else those stay as `current` has them
/// (the stored activity; nothing for a new one), whatever the form says.
pub fn check_activity(
    form: &ActivityForm,
    actor: &Actor,
    centre: &CentreRow,
    team: &[(i64, String)],
    groups: &[(i64, String)],
    (today, earliest): (chrono::NaiveDate, chrono::NaiveDate),
    current: Option<&ActivityRow>,
) -> Result<ActivityDraft, AppError> {
    let ids: Vec<i64> = team.iter().map(|(id, _)| *id).collect();
    let group_ids: Vec<i64> = groups.iter().map(|(id, _)| *id).collect();
    let mut draft = match (form.parse(today, earliest, &ids), form.group(&group_ids)) {
        (Ok(draft), Ok(group_id)) => ActivityDraft { group_id, ..draft },
        (draft, group) => {
            let mut problems = draft.err().unwrap_or_default();
            problems.extend(group.err());
            return Err(AppError::Invalid(problems));
        }
    };
    if !actor.runs(centre.id) {
        draft.group_id = current.and_then(|activity| activity.group_id);
        if draft.group_id.is_some() {
            draft.signup_required = current.is_some_and(|activity| activity.signup_required);
            if let Some(activity) = current {
                draft.kind = activity.kind;
            }
        }
        if let Some(me) = actor.account_id {
            if !draft.facilitator_ids.contains(&me) {
                draft.facilitator_ids.push(me);
                draft.facilitator_ids.sort_unstable();
            }
        }
    }
    Ok(draft)
}

/// The end of the window dates are made for.
fn window_end(now: DateTime<Utc>) -> DateTime<Utc> {
    now + Duration::weeks(WINDOW_WEEKS)
}

/// Saves a new activity with its dates from the start of today.
pub async fn insert_activity(state: &AppState, centre_id: i64, draft: &ActivityDraft) -> Result<i64, AppError> {
    let now = state.clock.now();
    let mut tx = state.db.begin_write().await?;
    let id = activities::insert(&mut tx, centre_id, draft, now.timestamp()).await?;
    let slots = draft
        .schedule
        .slots_between(start_of_day(local_date(now)), window_end(now));
    occurrences::insert_missing(&mut tx, id, &slots).await?;
    tx.commit().await?;
    Ok(id)
}

/// Adds a closure of a centre. Everyone signed up for a date it calls off is told, by mail and on
/// their next visit, in the same transaction. Returns how many messages were queued.
pub async fn add_closure(
    state: &AppState,
    centre_id: i64,
    closure: &crate::domain::hours::Closure,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    use crate::ssr::mails::dates::{queue_date_notice, DateNotice};
    let mut tx = state.db.begin_write().await?;
    centres::insert_closure(&mut tx, centre_id, closure).await?;
    let mut told = 0;
    if closure.closes() {
        let from = start_of_day(closure.first_day).timestamp().max(now.timestamp());
        let to = start_of_day(closure.last_day + Duration::days(1)).timestamp();
        let notice = DateNotice::Cancelled {
            reason: closure.reason.clone(),
        };
        for (activity_id, date) in occurrences::signed_up_at_centre(&mut tx, centre_id, from, to).await? {
            if let Some(activity) = activities::by_id(&state.db.pool, activity_id).await? {
                told += queue_date_notice(&mut tx, state, &activity, &date, &notice, now.timestamp()).await?;
            }
        }
    }
    tx.commit().await?;
    if told > 0 {
        state.mailer.wake();
    }
    Ok(told)
}

/// Brings the future dates in line with the activity's schedule (or removes them while paused).
/// Those signed up for a date that goes or moves are told (in the same transaction); returns how
/// many messages were queued.
async fn resync(
    tx: &mut Transaction<'static, Any>,
    state: &AppState,
    activity: &ActivityRow,
    draft_schedule: &crate::domain::recurrence::Schedule,
    paused: bool,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    use crate::ssr::db::occurrences::SlotChange;
    use crate::ssr::mails::dates::{queue_date_notice, DateNotice};
    if paused {
        occurrences::remove_future(tx, activity.id, now.timestamp()).await?;
        return Ok(0);
    }
    let slots = draft_schedule.slots_between(now, window_end(now));
    let changes = occurrences::plan_resync(tx, activity.id, &slots, now.timestamp()).await?;
    let mut told = 0;
    for change in &changes {
        let id = match *change {
            SlotChange::Remove { id } | SlotChange::Move { id, .. } => id,
        };
        let Some((_, date)) = occurrences::by_id(&state.db.pool, id).await? else {
            continue;
        };
        if date.cancelled {
            continue;
        }
        let (shown, notice) = match *change {
            SlotChange::Remove { .. } => (date.clone(), DateNotice::Dropped),
            SlotChange::Move { starts_at, ends_at, .. } => (
                crate::domain::agenda::OccurrenceDate {
                    starts_at: DateTime::from_timestamp(starts_at, 0).unwrap_or(date.starts_at),
                    ends_at: DateTime::from_timestamp(ends_at, 0).unwrap_or(date.ends_at),
                    ..date.clone()
                },
                DateNotice::Rescheduled { before: date },
            ),
        };
        told += queue_date_notice(tx, state, activity, &shown, &notice, now.timestamp()).await?;
    }
    occurrences::apply_resync(tx, activity.id, &slots, &changes).await?;
    Ok(told)
}

/// Saves a changed activity; its dates from now on follow the new schedule.
pub async fn update_activity(
    state: &AppState,
    context: &ActivityContext,
    draft: &ActivityDraft,
) -> Result<(), AppError> {
    let now = state.clock.now();
    let mut tx = state.db.begin_write().await?;
    activities::update(&mut tx, context.activity.id, draft, now.timestamp()).await?;
    let told = resync(
        &mut tx,
        state,
        &context.activity,
        &draft.schedule,
        context.activity.paused,
        now,
    )
    .await?;
    tx.commit().await?;
    if told > 0 {
        state.mailer.wake();
    }
    // More places (or the end of a limit) let those waiting move up at once.
    crate::ssr::signups::promote_after_change(state, context.activity.id, now).await
}

/// Tells everyone signed up for the activity's coming dates that they will not take place
/// (before the activity is paused or deleted). Returns how many messages were queued.
pub async fn tell_coming_dates_stop(
    tx: &mut Transaction<'static, Any>,
    state: &AppState,
    activity: &ActivityRow,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    let dates = occurrences::upcoming_for_activity(&state.db.pool, activity.id, now.timestamp(), 520).await?;
    let mut told = 0;
    for date in dates.iter().filter(|d| !d.cancelled && d.starts_at > now) {
        let notice = crate::ssr::mails::dates::DateNotice::Stopped;
        told +=
            crate::ssr::mails::dates::queue_date_notice(tx, state, activity, date, &notice, now.timestamp()).await?;
    }
    Ok(told)
}

pub async fn set_paused(state: &AppState, context: &ActivityContext, paused: bool) -> Result<(), AppError> {
    let now = state.clock.now();
    let mut tx = state.db.begin_write().await?;
    let told = if paused && !context.activity.paused {
        tell_coming_dates_stop(&mut tx, state, &context.activity, now).await?
    } else {
        0
    };
    activities::set_paused(&mut tx, context.activity.id, paused, now.timestamp()).await?;
    resync(
        &mut tx,
        state,
        &context.activity,
        &context.activity.schedule,
        paused,
        now,
    )
    .await?;
    tx.commit().await?;
    if told > 0 {
        state.mailer.wake();
    }
    Ok(())
}

/// The values of the activity form for a saved activity.
pub fn form_of(
    activity: &ActivityRow,
    themes: &[crate::domain::activity::Theme],
    facilitators: &[(i64, String)],
) -> ActivityForm {
    use crate::domain::recurrence::RecurrenceEnd;
    let schedule = &activity.schedule;
    let end = schedule.first_start + Duration::minutes(i64::from(schedule.duration_minutes));
    let mut form = ActivityForm {
        centrum: String::new(),
        id: activity.id.to_string(),
        soort: activity.kind.slug().to_owned(),
        titel: activity.title.clone(),
        titel_leden: activity.member_title.clone(),
        omschrijving: activity.description.clone(),
        themas: themes.iter().map(|t| t.slug().to_owned()).collect(),
        plek: activity.place.slug().to_owned(),
        begeleiders: facilitators.iter().map(|(id, _)| id.to_string()).collect(),
        andere_begeleiders: activity.facilitators.clone(),
        toegankelijkheid: activity.accessibility.clone(),
        meenemen: activity.what_to_bring.clone(),
        kosten: activity.cost.clone(),
        aanmelden: if activity.signup_required {
            "ja".into()
        } else {
            String::new()
        },
        losse_keren: if activity.drop_in { "ja".into() } else { String::new() },
        plaatsen: activity.capacity.map(|n| n.to_string()).unwrap_or_default(),
        datum: schedule.first_start.format("%Y-%m-%d").to_string(),
        begin: schedule.first_start.format("%H:%M").to_string(),
        eind: end.format("%H:%M").to_string(),
        herhaling: "eenmalig".into(),
        einde: "nooit".into(),
        elke: "1".into(),
        groep: activity.group_id.map(|id| id.to_string()).unwrap_or_default(),
        ..ActivityForm::default()
    };
    match activity.place {
        Place::Centrum => form.ruimte = activity.location.clone(),
        Place::Elders => form.adres = activity.location.clone(),
        Place::Online => form.link = activity.online_url.clone(),
    }
    if let Some(repeat) = &schedule.repeat {
        form.herhaling = "wekelijks".into();
        form.elke = repeat.every_weeks.to_string();
        form.dagen = repeat
            .weekdays
            .iter()
            .map(|d| d.number_from_monday().to_string())
            .collect();
        match repeat.end {
            RecurrenceEnd::Never => {}
            RecurrenceEnd::Until(day) => {
                form.einde = "datum".into();
                form.tot = day.format("%Y-%m-%d").to_string();
            }
            RecurrenceEnd::Count(n) => {
                form.einde = "aantal".into();
                form.aantal = n.to_string();
            }
        }
    }
    form
}

/// A problem with one field, as an error.
pub fn invalid(field: &str, problem: Problem) -> AppError {
    AppError::Invalid(vec![FieldProblem::new(field, problem)])
}

/// Saves a centre's details (address, contact, accessibility).
pub async fn save_centre_details(
    state: &AppState,
    centre_id: i64,
    details: &crate::domain::programme::CentreDetails,
) -> Result<(), AppError> {
    let mut tx = state.db.begin_write().await?;
    centres::update_details(&mut tx, centre_id, details).await?;
    tx.commit().await?;
    Ok(())
}

/// Puts a centre's weekly opening hours in place of the old ones, all at once.
pub async fn replace_opening_hours(
    state: &AppState,
    centre_id: i64,
    periods: &[crate::domain::hours::OpeningPeriod],
) -> Result<(), AppError> {
    let mut tx = state.db.begin_write().await?;
    centres::replace_opening_hours(&mut tx, centre_id, periods).await?;
    tx.commit().await?;
    Ok(())
}

/// Removes one of a centre's closures (not found: not the centre's).
pub async fn remove_closure(state: &AppState, centre_id: i64, id: i64) -> Result<(), AppError> {
    let mut tx = state.db.begin_write().await?;
    let removed = centres::delete_closure(&mut tx, centre_id, id).await?;
    tx.commit().await?;
    if removed {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// Deletes an activity with its dates; whoever signed up for a coming date hears it stops.
pub async fn delete_activity(state: &AppState, activity: &ActivityRow, now: DateTime<Utc>) -> Result<(), AppError> {
    let mut tx = state.db.begin_write().await?;
    let told = tell_coming_dates_stop(&mut tx, state, activity, now).await?;
    activities::delete(&mut tx, activity.id).await?;
    tx.commit().await?;
    if told > 0 {
        state.mailer.wake();
    }
    Ok(())
}

/// Moves one date (`before`) of `activity` to another time or place; whoever signed up hears
/// what changed. Refused when the activity has a date at that start already.
pub async fn change_date(
    state: &AppState,
    activity: &ActivityRow,
    before: crate::domain::agenda::OccurrenceDate,
    change: &crate::domain::programme::OccurrenceChange,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    use crate::domain::time::local_to_utc;
    let id = before.id;
    let after = crate::domain::agenda::OccurrenceDate {
        starts_at: local_to_utc(change.start),
        ends_at: local_to_utc(change.end),
        ..before.clone()
    };
    let (starts, ends) = (after.starts_at.timestamp(), after.ends_at.timestamp());
    let mut tx = state.db.begin_write().await?;
    if occurrences::starts_taken(&mut tx, activity.id, starts, id).await? {
        return Err(invalid("begin", Problem::DateTaken));
    }
    occurrences::change(&mut tx, id, starts, ends, &change.location, &change.note).await?;
    let notice = crate::ssr::mails::dates::DateNotice::Changed {
        before,
        note: change.note.clone(),
    };
    let told =
        crate::ssr::mails::dates::queue_date_notice(&mut tx, state, activity, &after, &notice, now.timestamp()).await?;
    tx.commit().await?;
    if told > 0 {
        state.mailer.wake();
    }
    Ok(())
}

/// Cancels one date with `reason`; whoever signed up hears it (once: cancelling again only
/// changes the reason).
pub async fn cancel_date(
    state: &AppState,
    activity: &ActivityRow,
    date: &crate::domain::agenda::OccurrenceDate,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let mut tx = state.db.begin_write().await?;
    occurrences::set_cancelled(&mut tx, date.id, Some(reason)).await?;
    let told = if date.cancelled {
        0
    } else {
        let notice = crate::ssr::mails::dates::DateNotice::Cancelled {
            reason: reason.to_owned(),
        };
        crate::ssr::mails::dates::queue_date_notice(&mut tx, state, activity, date, &notice, now.timestamp()).await?
    };
    tx.commit().await?;
    if told > 0 {
        state.mailer.wake();
    }
    Ok(())
}

/// A cancelled date goes on after all.
pub async fn restore_date(state: &AppState, id: i64) -> Result<(), AppError> {
    let mut tx = state.db.begin_write().await?;
    occurrences::set_cancelled(&mut tx, id, None).await?;
    tx.commit().await?;
    Ok(())
}
