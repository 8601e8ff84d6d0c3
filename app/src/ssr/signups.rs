//! Signing up and cancelling on the server: which dates are open, the sign-up itself in one
//! locked transaction (never more confirmed than places), and promotion from the waitlist.

use crate::domain::activity::ActivityKind;
use crate::domain::form::Problem;
use crate::domain::mine::{FeedInfo, MyWeek};
use crate::domain::programme::Place;
use crate::domain::signup::{
    CourseSession, DateFacts, DateState, Load, PlaceKey, RunningDate, SignupDate, SignupOffer, SignupStatus,
};
use crate::error::AppError;
use crate::ssr::auth::session;
use crate::ssr::db::activities::{self, ActivityRow};
use crate::ssr::db::signups::{self, Person, Secrets, SignupRow, Target};
use crate::ssr::db::{centres, date_notices, occurrences};
use crate::ssr::state::AppState;
use argon2::password_hash::rand_core::{OsRng, RngCore};
use chrono::{DateTime, Utc};

/// How many coming dates the activity page offers.
const DATES_OFFERED: i64 = 8;
/// The short code's letters: no 0/O or 1/I to mix up.
const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
/// Ten letters: 50 bits, and failed look-ups are rate limited.
const CODE_LENGTH: usize = 10;

/// A new short code ("ABCDE-FGHJK") and its hash.
pub fn new_code() -> (String, String) {
    let mut bytes = [0u8; CODE_LENGTH];
    OsRng.fill_bytes(&mut bytes);
    let letters: String = bytes
        .iter()
        .map(|b| CODE_ALPHABET[usize::from(*b) % CODE_ALPHABET.len()] as char)
        .collect();
    let hash = hash_code(&letters);
    (format!("{}-{}", &letters[..5], &letters[5..]), hash)
}

/// The hash of a code as typed: case, spaces and dashes do not matter.
pub fn hash_code(code: &str) -> String {
    let plain: String = code
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect();
    session::hash_token(&format!("code:{plain}"))
}

/// The dates of an activity one can still sign up for: not started, not cancelled, not on a day
/// the centre is closed.
async fn open_dates(
    state: &AppState,
    activity: &ActivityRow,
    now: DateTime<Utc>,
) -> Result<Vec<crate::domain::agenda::OccurrenceDate>, AppError> {
    let dates = occurrences::upcoming_for_activity(&state.db.pool, activity.id, now.timestamp(), 60).await?;
    let today = crate::domain::time::local_date(now);
    let closures: Vec<_> = centres::closures_of(&state.db.pool, activity.centre_id, today)
        .await?
        .into_iter()
        .map(|(_, closure)| closure)
        .collect();
    let online = activity.place == Place::Online;
    Ok(dates
        .into_iter()
        .filter(|date| {
            date.starts_at > now
                && !date.cancelled
                && (online
                    || crate::domain::hours::closed_on(crate::domain::time::local_date(date.starts_at), &closures)
                        .is_none())
        })
        .collect())
}

/// An activity one can sign up for (it needs sign-up and is not paused), or not found.
async fn signup_activity(state: &AppState, activity_id: i64) -> Result<ActivityRow, AppError> {
    activities::by_id(&state.db.pool, activity_id)
        .await?
        .filter(|a| a.signup_required && !a.paused)
        .ok_or(AppError::NotFound)
}

/// Whether a course is signed up for as a whole.
fn whole_course(activity: &ActivityRow) -> bool {
    activity.kind == ActivityKind::Cursus
}

/// The places of an activity's open dates as they are now.
struct Places<'a> {
    activity: &'a ActivityRow,
    load: Load,
    /// The open dates' ids (a course's sessions to come).
    sessions: Vec<i64>,
}

impl Places<'_> {
    fn left(&self, key: PlaceKey) -> Option<i64> {
        self.load
            .places_left(self.activity.capacity, whole_course(self.activity), key, &self.sessions)
    }

    fn has_room(&self, key: PlaceKey) -> bool {
        self.left(key).is_none_or(|left| left > 0)
    }
}

/// Reads the places of an activity (inside its lock, or just to show them).
async fn places<'a>(
    conn: &mut sqlx::AnyConnection,
    activity: &'a ActivityRow,
    dates: &[crate::domain::agenda::OccurrenceDate],
) -> Result<Places<'a>, AppError> {
    Ok(Places {
        activity,
        load: signups::load(conn, activity.id).await?,
        sessions: dates.iter().map(|d| d.id).collect(),
    })
}

/// What the activity page offers, with places left (and the member's own sign-ups).
pub async fn offer(
    state: &AppState,
    activity_id: i64,
    account: Option<i64>,
    now: DateTime<Utc>,
) -> Result<Option<SignupOffer>, AppError> {
    let Ok(activity) = signup_activity(state, activity_id).await else {
        return Ok(None);
    };
    let mine = match account {
        Some(id) => signups::mine_for_activity(&state.db, activity_id, id).await?,
        None => Default::default(),
    };
    let dates = open_dates(state, &activity, now).await?;
    let mut conn = state.db.pool.acquire().await?;
    let places = places(&mut conn, &activity, &dates).await?;
    let whole = whole_course(&activity);
    let offered = if whole {
        dates
    } else {
        dates.into_iter().take(DATES_OFFERED as usize).collect()
    };
    Ok(Some(SignupOffer {
        activity_id,
        kind: activity.kind,
        whole_course: whole,
        drop_in: whole && activity.drop_in,
        course_places_left: places.left(PlaceKey::WholeCourse),
        course_mine: mine.get(&0).copied(),
        dates: offered
            .into_iter()
            .map(|date| SignupDate {
                occurrence_id: date.id,
                starts_at: date.starts_at,
                ends_at: date.ends_at,
                places_left: places.left(PlaceKey::Date(date.id)),
                mine: mine.get(&date.id).copied(),
            })
            .collect(),
    }))
}

/// The result of a sign-up: its personal link and code (new, or renewed for an existing one).
pub struct SignedUp {
    pub token: String,
    pub code: String,
    pub status: SignupStatus,
    /// The person was signed up already; nothing new was made.
    pub existing: bool,
}

/// Signs a person up for a date (or a whole course, or one session of a course that takes
/// drop-ins): confirmed while places are left, else on the waitlist; the same person twice keeps
/// one sign-up.
pub async fn sign_up(
    state: &AppState,
    activity_id: i64,
    occurrence_id: Option<i64>,
    person: &Person<'_>,
    remark: &str,
    lang: &str,
    now: DateTime<Utc>,
) -> Result<SignedUp, AppError> {
    let activity = signup_activity(state, activity_id).await?;
    let dates = open_dates(state, &activity, now).await?;
    let course = whole_course(&activity);
    let occurrence_id = if course && !activity.drop_in {
        None
    } else {
        occurrence_id
    };
    let target = match occurrence_id {
        None if course => {
            if dates.is_empty() {
                return Err(AppError::invalid("datum", Problem::DateGone));
            }
            Target {
                activity_id,
                occurrence_id: None,
            }
        }
        None => return Err(AppError::invalid("datum", Problem::Required)),
        Some(id) => {
            if !dates.iter().any(|date| date.id == id) {
                return Err(AppError::invalid("datum", Problem::DateGone));
            }
            Target {
                activity_id,
                occurrence_id: Some(id),
            }
        }
    };
    // Who gets a confirmation (with the date for their calendar): prepared before the lock.
    let mail_lang = crate::i18n::Lang::from_code(lang).unwrap_or_default();
    let address = match person {
        Person::Member { account_id, .. } => {
            let mut conn = state.db.pool.acquire().await?;
            crate::ssr::db::accounts::account_email(&mut conn, *account_id)
                .await?
                .unwrap_or_default()
        }
        Person::Guest { email, .. } => (*email).to_owned(),
    };
    let calendar = if address.is_empty() {
        None
    } else {
        let calendar = crate::ssr::calendar::for_confirmation(
            state,
            activity_id,
            &activity.title,
            target.occurrence_id,
            mail_lang,
            now,
        )
        .await?;
        // Where it is, as the calendar says it: the date's own place, the room, the centre.
        let first = target.occurrence_id.or_else(|| dates.first().map(|date| date.id));
        let place = match first {
            Some(id) => {
                let mut conn = state.db.pool.acquire().await?;
                crate::ssr::db::calendar::date_of(&mut conn, id)
                    .await?
                    .map(|date| date.location)
                    .unwrap_or_default()
            }
            None => String::new(),
        };
        Some((calendar, place))
    };
    let (token, token_hash) = session::new_token();
    let (code, code_hash) = new_code();
    let secrets = Secrets {
        token_hash: &token_hash,
        code_hash: &code_hash,
    };
    let stamp = now.timestamp();
    let mut tx = signups::lock(&state.db, activity_id).await?;
    // Someone in the whole course does not also drop in.
    let course_target = Target {
        activity_id,
        occurrence_id: None,
    };
    let existing = match signups::active_of(&mut tx, target, person).await? {
        None if course && target.occurrence_id.is_some() => signups::active_of(&mut tx, course_target, person).await?,
        found => found,
    };
    if let Some(existing) = existing {
        signups::renew_secrets(&mut tx, existing.id, &secrets, stamp).await?;
        if !remark.is_empty() {
            signups::set_remark(&mut tx, existing.id, remark).await?;
        }
        tx.commit().await?;
        return Ok(SignedUp {
            token,
            code,
            status: existing.status,
            existing: true,
        });
    }
    let places = places(&mut tx, &activity, &dates).await?;
    let status = if places.has_room(PlaceKey::of(target.occurrence_id)) {
        SignupStatus::Confirmed
    } else {
        SignupStatus::Waitlisted
    };
    let new = signups::NewSignup {
        target,
        person,
        status,
        secrets: &secrets,
        remark,
        lang,
    };
    signups::insert(&mut tx, &new, stamp).await?;
    if let Some((calendar, place)) = calendar {
        let confirmation = crate::ssr::mails::signups::Confirmation {
            place: &place,
            activity: &activity,
            dates: &dates,
            target,
            person,
            status,
            token: &token,
            code: &code,
        };
        let mail = confirmation.mail(state, address, mail_lang, calendar);
        crate::ssr::mail::queue(&mut tx, &mail, stamp).await?;
    }
    tx.commit().await?;
    state.mailer.wake();
    Ok(SignedUp {
        token,
        code,
        status,
        existing: false,
    })
}

/// Whether a sign-up can still be cancelled: a date until it starts; a course always.
pub async fn may_cancel(state: &AppState, signup: &SignupRow, now: DateTime<Utc>) -> Result<bool, AppError> {
    if signup.status == SignupStatus::Cancelled {
        return Ok(false);
    }
    Ok(match signup.occurrence_id {
        None => true,
        Some(id) => occurrences::by_id(&state.db.pool, id)
            .await?
            .is_some_and(|(_, date)| date.starts_at > now),
    })
}

/// Gives free places to those waiting, first come first served, until the places or the
/// waitlists run out: for a course the whole course first, then each session's drop-ins.
/// Runs inside the activity's lock; the message to each who moved up is queued in the same
/// transaction. Returns who moved up.
async fn promote_from_waitlist(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    activity: &ActivityRow,
    dates: &[crate::domain::agenda::OccurrenceDate],
    keys: &[PlaceKey],
    stamp: i64,
) -> Result<Vec<SignupRow>, AppError> {
    let mut promoted = Vec::new();
    for key in keys {
        let target = Target {
            activity_id: activity.id,
            occurrence_id: key.date(),
        };
        loop {
            if !places(tx, activity, dates).await?.has_room(*key) {
                break;
            }
            let Some(next) = signups::first_waiting(tx, target).await? else {
                break;
            };
            signups::set_status(tx, next.id, SignupStatus::Confirmed, stamp).await?;
            crate::ssr::mails::signups::queue_promoted(tx, activity, dates, &next, stamp).await?;
            promoted.push(next);
        }
    }
    Ok(promoted)
}

/// The waitlists that may move when places free up at `key`: for a whole course, the course's
/// and each session's.
fn waitlists_at(
    activity: &ActivityRow,
    dates: &[crate::domain::agenda::OccurrenceDate],
    key: PlaceKey,
) -> Vec<PlaceKey> {
    if whole_course(activity) && key == PlaceKey::WholeCourse {
        std::iter::once(key)
            .chain(dates.iter().map(|d| PlaceKey::Date(d.id)))
            .collect()
    } else {
        vec![key]
    }
}

/// Cancels a sign-up; a freed place goes to the first on the waitlist at once, who is told by
/// mail when they gave an address.
pub async fn cancel(state: &AppState, signup: &SignupRow, now: DateTime<Utc>) -> Result<(), AppError> {
    if !may_cancel(state, signup, now).await? {
        return Err(AppError::invalid("token", Problem::DateGone));
    }
    let activity = activities::by_id(&state.db.pool, signup.activity_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let dates = open_dates(state, &activity, now).await?;
    let stamp = now.timestamp();
    let mut tx = signups::lock(&state.db, signup.activity_id).await?;
    // Read again under the lock: a second tap, or another server, may have been first.
    let Some(current) = signups::by_id(&mut tx, signup.id).await? else {
        return Ok(());
    };
    if current.status == SignupStatus::Cancelled {
        return Ok(());
    }
    signups::set_status(&mut tx, current.id, SignupStatus::Cancelled, stamp).await?;
    let promoted = if current.status == SignupStatus::Confirmed {
        let keys = waitlists_at(&activity, &dates, PlaceKey::of(current.occurrence_id));
        promote_from_waitlist(&mut tx, &activity, &dates, &keys, stamp).await?
    } else {
        Vec::new()
    };
    tx.commit().await?;
    wake_if(state, &promoted);
    Ok(())
}

/// After an activity changed (more places, say): those waiting move up where there is room now.
pub async fn promote_after_change(state: &AppState, activity_id: i64, now: DateTime<Utc>) -> Result<(), AppError> {
    let Some(activity) = activities::by_id(&state.db.pool, activity_id).await? else {
        return Ok(());
    };
    if !activity.signup_required || activity.paused {
        return Ok(());
    }
    let dates = open_dates(state, &activity, now).await?;
    let mut tx = signups::lock(&state.db, activity_id).await?;
    let keys = if whole_course(&activity) {
        waitlists_at(&activity, &dates, PlaceKey::WholeCourse)
    } else {
        dates.iter().map(|d| PlaceKey::Date(d.id)).collect()
    };
    let promoted = promote_from_waitlist(&mut tx, &activity, &dates, &keys, now.timestamp()).await?;
    tx.commit().await?;
    wake_if(state, &promoted);
    Ok(())
}

/// "Ik kan deze keer niet" (`absent`), or taking it back: someone enrolled in a course skips
/// one session. With drop-ins the place goes to someone else that time; taking it back is
/// refused when that place is gone.
pub async fn set_absent(
    state: &AppState,
    signup: &SignupRow,
    occurrence_id: i64,
    absent: bool,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    if signup.occurrence_id.is_some() || signup.status != SignupStatus::Confirmed {
        return Err(AppError::NotFound);
    }
    let activity = activities::by_id(&state.db.pool, signup.activity_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let dates = open_dates(state, &activity, now).await?;
    if !dates.iter().any(|d| d.id == occurrence_id) {
        return Err(AppError::invalid("datum", Problem::DateGone));
    }
    let stamp = now.timestamp();
    let mut tx = signups::lock(&state.db, signup.activity_id).await?;
    match signups::by_id(&mut tx, signup.id).await? {
        Some(current) if current.status == SignupStatus::Confirmed => {}
        _ => return Err(AppError::NotFound),
    }
    let promoted = if absent {
        signups::set_absent(&mut tx, signup.id, occurrence_id, true, stamp).await?;
        if activity.drop_in {
            promote_from_waitlist(&mut tx, &activity, &dates, &[PlaceKey::Date(occurrence_id)], stamp).await?
        } else {
            Vec::new()
        }
    } else {
        let was_absent = signups::absences(&mut tx, signup.id).await?.contains(&occurrence_id);
        if was_absent
            && !places(&mut tx, &activity, &dates)
                .await?
                .has_room(PlaceKey::Date(occurrence_id))
        {
            return Err(AppError::invalid("datum", Problem::PlaceGiven));
        }
        signups::set_absent(&mut tx, signup.id, occurrence_id, false, stamp).await?;
        Vec::new()
    };
    tx.commit().await?;
    wake_if(state, &promoted);
    Ok(())
}

/// The sessions to come of a confirmed course enrolment, with the ones it skips (none for
/// anything else).
pub async fn course_sessions(
    state: &AppState,
    signup_id: i64,
    activity_id: i64,
    whole_confirmed: bool,
    now: DateTime<Utc>,
) -> Result<Vec<CourseSession>, AppError> {
    if !whole_confirmed {
        return Ok(Vec::new());
    }
    let Some(activity) = activities::by_id(&state.db.pool, activity_id).await? else {
        return Ok(Vec::new());
    };
    // Cancelled sessions stay in the list, marked, so nobody comes for nothing.
    let dates = occurrences::upcoming_for_activity(&state.db.pool, activity.id, now.timestamp(), 60).await?;
    let closures = centres::closures_by_centre(&state.db, crate::domain::time::local_date(now)).await?;
    let online = activity.place == Place::Online;
    let mut conn = state.db.pool.acquire().await?;
    let absent = signups::absences(&mut conn, signup_id).await?;
    Ok(dates
        .into_iter()
        .filter(|date| date.starts_at > now)
        .map(|date| CourseSession {
            state: DateState::from_facts(
                &DateFacts::of_date(activity.centre_id, online, activity.paused, &date),
                &closures,
            ),
            occurrence_id: date.id,
            starts_at: date.starts_at,
            ends_at: date.ends_at,
            absent: absent.contains(&date.id),
        })
        .collect())
}

/// Mijn week: what changed since I last looked, my sign-ups that are not over (each saying
/// whether it goes on), the coming meetings of my groups and what I facilitate, and my feed.
/// `agenda` is the feed's secret right after it was made (shown once when it is the real one).
pub async fn my_week(state: &AppState, me: i64, now: DateTime<Utc>, agenda: &str) -> Result<MyWeek, AppError> {
    let closures = centres::closures_by_centre(&state.db, crate::domain::time::local_date(now)).await?;
    let mut mine = Vec::new();
    for (mut item, facts) in crate::ssr::db::my_week::mine(&state.db, me, now.timestamp()).await? {
        item.state = DateState::from_facts(&facts, &closures);
        let whole_confirmed = item.starts_at.is_none() && item.status == SignupStatus::Confirmed;
        item.sessions = course_sessions(state, item.id, item.activity_id, whole_confirmed, now).await?;
        item.attended = crate::ssr::db::attendance::attended_by_signup(&state.db, item.id).await?;
        // Nothing to cancel on a date that does not go on.
        item.may_cancel &= !item.state.is_off();
        mine.push(item);
    }
    let until = (now + chrono::Duration::days(14)).timestamp();
    let with_state = |dates: Vec<(RunningDate, DateFacts)>| -> Vec<RunningDate> {
        dates
            .into_iter()
            .map(|(mut date, facts)| {
                date.state = DateState::from_facts(&facts, &closures);
                date
            })
            .collect()
    };
    let running = with_state(crate::ssr::db::my_week::running(&state.db, me, now.timestamp(), until).await?);
    let since = (now - chrono::Duration::days(14)).timestamp();
    let to_count = with_state(crate::ssr::db::my_week::to_count(&state.db, me, since, now.timestamp()).await?)
        .into_iter()
        .filter(|date| !date.state.is_off())
        .collect();
    let meetings = with_state(crate::ssr::db::my_week::group_meetings(&state.db, me, now.timestamp(), until).await?);
    let feed = crate::ssr::db::calendar::personal_of(&state.db, me)
        .await?
        .map(|(hash, neutral)| FeedInfo {
            neutral,
            url: if !agenda.is_empty() && session::hash_token(agenda) == hash {
                format!("{}/kalender/{agenda}/kring.ics", state.site.public_url)
            } else {
                String::new()
            },
        });
    Ok(MyWeek {
        changes: date_notices::unseen_of_account(&state.db, me).await?,
        signups: mine,
        running,
        to_count,
        meetings,
        groups: crate::ssr::db::groups::mine_for_week(&state.db, me, now.timestamp()).await?,
        feed,
        volunteer: !crate::ssr::db::volunteer_hours::places_of(&state.db, me)
            .await?
            .is_empty(),
    })
}

/// Cancels everything someone is signed up for that is still to come (before their account is
/// deleted), so those waiting move up.
pub async fn cancel_all_of_account(state: &AppState, account_id: i64, now: DateTime<Utc>) -> Result<(), AppError> {
    for signup in signups::active_of_account(&state.db, account_id).await? {
        if may_cancel(state, &signup, now).await? {
            cancel(state, &signup, now).await?;
        }
    }
    Ok(())
}

/// Wakes the mail worker when messages were queued.
fn wake_if(state: &AppState, promoted: &[SignupRow]) {
    if !promoted.is_empty() {
        state.mailer.wake();
    }
}
