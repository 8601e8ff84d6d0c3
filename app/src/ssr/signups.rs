//! Signing up and cancelling on the server: which dates are open, the sign-up itself in one
//! locked transaction (never more confirmed than places), and promotion from the waitlist.

use crate::domain::activity::ActivityKind;
use crate::domain::form::Problem;
use crate::domain::programme::Place;
use crate::domain::signup::{SignupDate, SignupOffer, SignupStatus};
use crate::error::AppError;
use crate::ssr::auth::session;
use crate::ssr::db::activities::{self, ActivityRow};
use crate::ssr::db::signups::{self, Person, Secrets, SignupRow, Target};
use crate::ssr::db::{centres, occurrences};
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
    let confirmed = signups::confirmed_per_date(&state.db, activity_id).await?;
    let mine = match account {
        Some(id) => signups::mine_for_activity(&state.db, activity_id, id).await?,
        None => Default::default(),
    };
    let left = |key: i64| {
        activity
            .capacity
            .map(|capacity| (capacity - confirmed.get(&key).copied().unwrap_or(0)).max(0))
    };
    let dates = open_dates(state, &activity, now).await?;
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
        course_places_left: left(0),
        course_mine: mine.get(&0).copied(),
        dates: offered
            .into_iter()
            .map(|date| SignupDate {
                occurrence_id: date.id,
                starts_at: date.starts_at,
                ends_at: date.ends_at,
                places_left: left(date.id),
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

/// Signs a person up for a date (or a whole course): confirmed while places are left, else on
/// the waitlist; the same person twice keeps one sign-up.
pub async fn sign_up(
    state: &AppState,
    activity_id: i64,
    occurrence_id: Option<i64>,
    person: &Person<'_>,
    lang: &str,
    now: DateTime<Utc>,
) -> Result<SignedUp, AppError> {
    let activity = signup_activity(state, activity_id).await?;
    let dates = open_dates(state, &activity, now).await?;
    let target = if whole_course(&activity) {
        if dates.is_empty() {
            return Err(AppError::invalid("datum", Problem::DateGone));
        }
        Target {
            activity_id,
            occurrence_id: None,
        }
    } else {
        let Some(id) = occurrence_id else {
            return Err(AppError::invalid("datum", Problem::Required));
        };
        if !dates.iter().any(|date| date.id == id) {
            return Err(AppError::invalid("datum", Problem::DateGone));
        }
        Target {
            activity_id,
            occurrence_id: Some(id),
        }
    };
    let (token, token_hash) = session::new_token();
    let (code, code_hash) = new_code();
    let secrets = Secrets {
        token_hash: &token_hash,
        code_hash: &code_hash,
    };
    let stamp = now.timestamp();
    let mut tx = signups::lock(&state.db, target).await?;
    if let Some(existing) = signups::active_of(&mut tx, target, person).await? {
        signups::renew_secrets(&mut tx, existing.id, &secrets, stamp).await?;
        tx.commit().await?;
        return Ok(SignedUp {
            token,
            code,
            status: existing.status,
            existing: true,
        });
    }
    let confirmed = signups::confirmed_count(&mut tx, target).await?;
    let status = match activity.capacity {
        Some(capacity) if confirmed >= capacity => SignupStatus::Waitlisted,
        _ => SignupStatus::Confirmed,
    };
    signups::insert(&mut tx, target, person, status, &secrets, lang, stamp).await?;
    tx.commit().await?;
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

/// Cancels a sign-up; a freed place goes to the first on the waitlist at once, who is told by
/// mail when they gave an address.
pub async fn cancel(state: &AppState, signup: &SignupRow, now: DateTime<Utc>) -> Result<(), AppError> {
    if !may_cancel(state, signup, now).await? {
        return Err(AppError::invalid("token", Problem::DateGone));
    }
    let target = Target {
        activity_id: signup.activity_id,
        occurrence_id: signup.occurrence_id,
    };
    let stamp = now.timestamp();
    let mut tx = signups::lock(&state.db, target).await?;
    // Read again under the lock: a second tap, or another server, may have been first.
    let Some(current) = signups::by_id(&mut tx, signup.id).await? else {
        return Ok(());
    };
    if current.status == SignupStatus::Cancelled {
        return Ok(());
    }
    signups::set_status(&mut tx, current.id, SignupStatus::Cancelled, stamp).await?;
    let promoted = if current.status == SignupStatus::Confirmed {
        match signups::first_waiting(&mut tx, target).await? {
            Some(next) => {
                signups::set_status(&mut tx, next.id, SignupStatus::Confirmed, stamp).await?;
                Some(next)
            }
            None => None,
        }
    } else {
        None
    };
    tx.commit().await?;
    if let Some(promoted) = promoted {
        tell_promoted(state, &promoted).await?;
    }
    Ok(())
}

/// Mails someone who moved up from the waitlist (when there is an address to mail).
async fn tell_promoted(state: &AppState, signup: &SignupRow) -> Result<(), AppError> {
    let address = match signup.account_id {
        Some(account) => crate::ssr::db::accounts::get(&state.db, account)
            .await?
            .and_then(|a| a.email)
            .unwrap_or_default(),
        None => signup.email.clone(),
    };
    if address.is_empty() {
        return Ok(());
    }
    let Some(activity) = activities::by_id(&state.db.pool, signup.activity_id).await? else {
        return Ok(());
    };
    let lang = crate::i18n::Lang::from_code(&signup.lang).unwrap_or_default();
    let t = lang.texts();
    let when = match signup.occurrence_id {
        Some(id) => occurrences::by_id(&state.db.pool, id)
            .await?
            .map(|(_, date)| lang.moment(date.starts_at))
            .unwrap_or_default(),
        None => String::new(),
    };
    state.mailer.send_in_background(crate::ssr::mail::Mail {
        to: address,
        subject: crate::i18n::fill(t.mail_promoted_subject, &[("title", &activity.title)]),
        body: crate::i18n::fill(
            t.mail_promoted_body,
            &[("name", &signup.nickname), ("title", &activity.title), ("when", &when)],
        ),
    });
    Ok(())
}
