//! Messages about dates people signed up for, queued in the outbox: a reminder the day before,
//! and word when a date is cancelled, changed or stops (the activity is paused or deleted).

use crate::domain::agenda::OccurrenceDate;
use crate::domain::signup::ChangeKind;
use crate::i18n::{fill, Lang};
use crate::ssr::db::activities::ActivityRow;
use crate::ssr::db::date_notices::{self, Addressee, NewNotice};
use crate::ssr::db::signups;
use crate::ssr::mail::{queue, Mail, MailKind};
use crate::ssr::state::AppState;
use sqlx::{Any, Transaction};

/// Reminders go this long before a date at most (the job runs every hour: about a day before).
const REMIND_AHEAD_SECONDS: i64 = 26 * 3600;
/// No reminder for a date that starts this soon (it would come too late to help).
const REMIND_NOT_WITHIN_SECONDS: i64 = 2 * 3600;

/// What happened to a date.
#[derive(Debug, Clone, PartialEq)]
pub enum DateNotice {
    Cancelled {
        reason: String,
    },
    /// Moved or changed; `before` is when it was.
    Changed {
        before: OccurrenceDate,
        note: String,
    },
    /// The activity was paused or deleted.
    Stopped,
    /// The series' schedule changed and this date is no longer in it.
    Dropped,
    /// The series' schedule changed and this date moved; `before` is when it was.
    Rescheduled {
        before: OccurrenceDate,
    },
}

/// Queues a message about `date` (as it is now) to everyone signed up or waiting for it, and for
/// a course to everyone enrolled who did not say they skip it. Returns how many were queued.
pub async fn queue_date_notice(
    tx: &mut Transaction<'static, Any>,
    state: &AppState,
    activity: &ActivityRow,
    date: &OccurrenceDate,
    notice: &DateNotice,
    now: i64,
) -> Result<usize, sqlx::Error> {
    let people = signups::people_of_date(tx, activity.id, date.id).await?;
    let link = format!("{}/activiteiten/{}", state.site.public_url, activity.id);
    let mut queued = 0;
    for person in &people {
        keep_notice(tx, activity, date, notice, person, now).await?;
    }
    // The date as a calendar shows it, so the mail can update or cancel the appointment.
    let feed_date = if people.iter().any(|p| !p.address.is_empty()) {
        crate::ssr::db::calendar::date_of(tx, date.id).await?
    } else {
        None
    };
    for person in people.iter().filter(|p| !p.address.is_empty()) {
        let lang = Lang::from_code(&person.lang).unwrap_or_default();
        let t = lang.texts();
        let when = lang.date_in_text(date.starts_at, date.ends_at);
        let title = activity.title.as_str();
        let (kind, subject, body) = match notice {
            DateNotice::Cancelled { .. } | DateNotice::Stopped | DateNotice::Dropped => {
                let reason = match notice {
                    DateNotice::Cancelled { reason } => reason.as_str(),
                    DateNotice::Dropped => t.schedule_dropped_reason,
                    _ => t.activity_stopped_reason,
                };
                (
                    MailKind::DateCancelled,
                    t.mail_date_cancelled_subject,
                    fill(
                        t.mail_date_cancelled_body,
                        &[
                            ("name", &person.nickname),
                            ("title", title),
                            ("when", &when),
                            ("reason", reason),
                            ("link", &link),
                        ],
                    ),
                )
            }
            DateNotice::Rescheduled { before } | DateNotice::Changed { before, .. } => {
                let note = match notice {
                    DateNotice::Changed { note, .. } => note.as_str(),
                    _ => t.schedule_changed_note,
                };
                (
                    MailKind::DateChanged,
                    t.mail_date_changed_subject,
                    fill(
                        t.mail_date_changed_body,
                        &[
                            ("name", &person.nickname),
                            ("title", title),
                            ("when", &when),
                            ("before", &lang.date_in_text(before.starts_at, before.ends_at)),
                            ("note", note),
                            ("link", &link),
                        ],
                    ),
                )
            }
        };
        let cancelled = match notice {
            DateNotice::Cancelled { reason } => Some(reason.as_str()),
            DateNotice::Stopped => Some(t.activity_stopped_reason),
            DateNotice::Dropped => Some(t.schedule_dropped_reason),
            DateNotice::Changed { .. } | DateNotice::Rescheduled { .. } => None,
        };
        let calendar = feed_date.as_ref().map(|feed_date| {
            crate::ssr::calendar::for_notice(
                state,
                feed_date,
                cancelled,
                lang,
                chrono::DateTime::from_timestamp(now, 0).unwrap_or_default(),
            )
        });
        let mail = Mail {
            kind,
            to: person.address.clone(),
            lang,
            subject: fill(subject, &[("title", title), ("when", &when)]),
            body,
            calendar,
            dedupe_key: None,
            centre_id: Some(activity.centre_id),
        };
        if queue(tx, &mail, now).await? {
            queued += 1;
        }
    }
    Ok(queued)
}

/// Keeps what happened to the date for the person's next visit (also without e-mail): for a
/// member on the account; for a guest on their sign-up's secrets, but only when the sign-up itself
/// goes (the activity or the date is deleted), since their sign-up page shows the rest.
async fn keep_notice(
    tx: &mut Transaction<'static, Any>,
    activity: &ActivityRow,
    date: &OccurrenceDate,
    notice: &DateNotice,
    person: &signups::Recipient,
    now: i64,
) -> Result<(), sqlx::Error> {
    let (kind, reason, before) = match notice {
        DateNotice::Cancelled { reason } => (ChangeKind::Cancelled, reason.as_str(), None),
        DateNotice::Stopped => (ChangeKind::Stopped, "", None),
        DateNotice::Dropped => (ChangeKind::Dropped, "", None),
        DateNotice::Changed { before, note } => (ChangeKind::Changed, note.as_str(), Some(before)),
        DateNotice::Rescheduled { before } => (ChangeKind::Rescheduled, "", Some(before)),
    };
    let to = match person.account_id {
        Some(id) => Addressee::Member(id),
        None if matches!(kind, ChangeKind::Stopped | ChangeKind::Dropped) => Addressee::Guest {
            token_hash: person.token_hash.clone(),
            code_hash: person.code_hash.clone(),
        },
        None => return Ok(()),
    };
    let title = if activity.member_title.is_empty() {
        activity.title.as_str()
    } else {
        activity.member_title.as_str()
    };
    let kept = NewNotice {
        to,
        activity_id: activity.id,
        title,
        kind,
        reason,
        starts_at: date.starts_at.timestamp(),
        ends_at: date.ends_at.timestamp(),
        before: before.map(|b| (b.starts_at.timestamp(), b.ends_at.timestamp())),
    };
    date_notices::insert(tx, &kept, now).await
}

/// Queues the reminders for dates that start in about a day: once per person and date, however
/// often this runs and on however many servers. Returns how many were queued.
pub async fn queue_reminders(state: &AppState, now: i64) -> Result<usize, sqlx::Error> {
    let due = crate::ssr::db::reminders::due_reminders(
        &state.db,
        now + REMIND_NOT_WITHIN_SECONDS,
        now + REMIND_AHEAD_SECONDS,
    )
    .await?;
    if due.is_empty() {
        return Ok(0);
    }
    let mut tx = state.db.begin_write().await?;
    let mut queued = 0;
    for reminder in due {
        let lang = Lang::from_code(&reminder.lang).unwrap_or_default();
        let t = lang.texts();
        let when = lang.date_in_text(reminder.starts_at, reminder.ends_at);
        let (cancel, off) = if reminder.member {
            (
                format!("{}/mijn-week", state.site.public_url),
                format!("{}/mijn-account", state.site.public_url),
            )
        } else {
            let page = format!("{}/aanmelding", state.site.public_url);
            (page.clone(), page)
        };
        let mail = Mail {
            kind: MailKind::Reminder,
            to: reminder.address,
            lang,
            subject: fill(t.mail_reminder_subject, &[("title", &reminder.title)]),
            body: fill(
                t.mail_reminder_body,
                &[
                    ("name", &reminder.nickname),
                    ("title", &reminder.title),
                    ("when", &when),
                    ("place", &reminder.place),
                    ("cancel", &cancel),
                    ("off", &off),
                ],
            ),
            calendar: None,
            dedupe_key: Some(format!("herinnering:{}:{}", reminder.signup_id, reminder.occurrence_id)),
            centre_id: Some(reminder.centre_id),
        };
        if queue(&mut tx, &mail, now).await? {
            queued += 1;
        }
    }
    tx.commit().await?;
    if queued > 0 {
        state.mailer.wake();
    }
    Ok(queued)
}
