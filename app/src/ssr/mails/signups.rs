//! The mails about a sign-up: the confirmation (or the waitlist place) with the date as a
//! calendar attachment, and "there is a place for you" for someone who moved up.

use crate::domain::signup::SignupStatus;
use crate::error::AppError;
use crate::ssr::db::activities::ActivityRow;
use crate::ssr::db::signups::{Person, SignupRow, Target};
use crate::ssr::mail::{Mail, MailKind};
use crate::ssr::state::AppState;

/// What a new sign-up's confirmation mail tells.
pub struct Confirmation<'a> {
    pub activity: &'a ActivityRow,
    pub dates: &'a [crate::domain::agenda::OccurrenceDate],
    pub target: Target,
    pub person: &'a Person<'a>,
    pub status: SignupStatus,
    pub token: &'a str,
    pub code: &'a str,
    /// Where: the room, the centre and its address (or the link of an online activity).
    pub place: &'a str,
}

impl Confirmation<'_> {
    pub fn mail(&self, state: &AppState, to: String, lang: crate::i18n::Lang, calendar: String) -> Mail {
        let t = lang.texts();
        let when = match self.target.occurrence_id {
            Some(id) => self
                .dates
                .iter()
                .find(|date| date.id == id)
                .map(|date| lang.date_in_text(date.starts_at, date.ends_at))
                .unwrap_or_default(),
            None => match self.dates.first() {
                Some(first) => format!(
                    "{} ({})",
                    t.whole_course,
                    lang.date_in_text(first.starts_at, first.ends_at)
                ),
                None => t.whole_course.to_owned(),
            },
        };
        let (nickname, link, code_line) = match self.person {
            Person::Member { nickname, .. } => {
                (*nickname, format!("{}/mijn-week", state.site.public_url), String::new())
            }
            Person::Guest { nickname, .. } => (
                *nickname,
                format!("{}/aanmelding?token={}", state.site.public_url, self.token),
                crate::i18n::fill(
                    t.mail_signup_code_line,
                    &[
                        ("code", self.code),
                        ("page", &format!("{}/aanmelding", state.site.public_url)),
                    ],
                ),
            ),
        };
        let (subject, body) = match self.status {
            SignupStatus::Waitlisted => (t.mail_waitlist_subject, t.mail_waitlist_body),
            _ => (t.mail_signup_subject, t.mail_signup_body),
        };
        let title = &self.activity.title;
        Mail {
            kind: MailKind::SignupConfirmed,
            to,
            lang,
            subject: crate::i18n::fill(subject, &[("title", title)]),
            body: crate::i18n::fill(
                body,
                &[
                    ("name", nickname),
                    ("title", title),
                    ("when", &when),
                    ("place", self.place),
                    ("link", &link),
                    ("code", &code_line),
                ],
            ),
            calendar: Some(calendar),
            dedupe_key: None,
            centre_id: Some(self.activity.centre_id),
        }
    }
}

/// The address to write to about a sign-up: the guest's, or the member's account's.
async fn address_of(conn: &mut sqlx::AnyConnection, signup: &SignupRow) -> Result<String, AppError> {
    Ok(match signup.account_id {
        Some(account) => crate::ssr::db::accounts::account_email(conn, account)
            .await?
            .unwrap_or_default(),
        None => signup.email.clone(),
    })
}

/// Queues "there is a place for you" for someone who moved up from the waitlist (when there is
/// an address to write to).
pub async fn queue_promoted(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    activity: &ActivityRow,
    dates: &[crate::domain::agenda::OccurrenceDate],
    signup: &SignupRow,
    now: i64,
) -> Result<(), AppError> {
    let address = address_of(tx, signup).await?;
    if address.is_empty() {
        return Ok(());
    }
    let lang = crate::i18n::Lang::from_code(&signup.lang).unwrap_or_default();
    let t = lang.texts();
    let when = signup
        .occurrence_id
        .and_then(|id| dates.iter().find(|date| date.id == id))
        .map(|date| lang.moment(date.starts_at))
        .unwrap_or_default();
    let mail = Mail {
        kind: MailKind::Promoted,
        to: address,
        lang,
        subject: crate::i18n::fill(t.mail_promoted_subject, &[("title", &activity.title)]),
        body: crate::i18n::fill(
            t.mail_promoted_body,
            &[("name", &signup.nickname), ("title", &activity.title), ("when", &when)],
        ),
        calendar: None,
        dedupe_key: None,
        centre_id: Some(activity.centre_id),
    };
    crate::ssr::mail::queue(tx, &mail, now).await?;
    Ok(())
}
