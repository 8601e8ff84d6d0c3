//! The mails about an account: a login or reset link with its code, and a link to confirm an
//! address (or, when the address is another account's, a note to its owner). They are built
//! here and queued by `ssr::auth::email`, in the background, so the answer takes as long whether
//! or not a mail goes.

use crate::domain::account::Email;
use crate::i18n::{fill, Lang};
use crate::ssr::db::challenges::Purpose;
use crate::ssr::mail::{Mail, MailKind};
use crate::ssr::state::AppState;

fn account_mail(kind: MailKind, to: String, lang: Lang, subject: &str, body: String) -> Mail {
    Mail {
        kind,
        to,
        lang,
        subject: subject.to_owned(),
        body,
        calendar: None,
        dedupe_key: None,
        centre_id: None,
    }
}

/// Someone asked to use `to` for their account, but another account has it: only the owner of
/// the address learns it, with a way to log in.
pub fn address_taken(state: &AppState, to: &Email, lang: Lang) -> Mail {
    let t = lang.texts();
    let login = format!("{}/inloggen/email", state.site.public_url);
    let body = fill(t.mail_email_taken_body, &[("login", &login)]);
    account_mail(
        MailKind::ConfirmAddress,
        to.as_str().to_owned(),
        lang,
        t.mail_email_taken_subject,
        body,
    )
}

/// A link (its secret `token`) to confirm `to` as `nickname`'s address.
pub fn confirm_address(state: &AppState, to: &Email, lang: Lang, nickname: &str, token: &str) -> Mail {
    let t = lang.texts();
    let link = format!("{}/email-bevestigen?token={token}", state.site.public_url);
    let body = fill(t.mail_confirm_body, &[("name", nickname), ("link", &link)]);
    account_mail(
        MailKind::ConfirmAddress,
        to.as_str().to_owned(),
        lang,
        t.mail_confirm_subject,
        body,
    )
}

/// What a login or reset mail carries: its link's secret and the six-digit code.
pub struct LoginLink<'a> {
    pub purpose: Purpose,
    pub nickname: &'a str,
    pub token: &'a str,
    pub code: &'a str,
}

/// A login or password-reset mail to `to`.
pub fn login_link(state: &AppState, to: String, lang: Lang, link: LoginLink<'_>) -> Mail {
    let t = lang.texts();
    let (path, subject, body, kind) = match link.purpose {
        Purpose::Login => (
            "/inloggen/link",
            t.mail_login_subject,
            t.mail_login_body,
            MailKind::LoginLink,
        ),
        Purpose::Reset | Purpose::Email => (
            "/wachtwoord-vergeten/link",
            t.mail_reset_subject,
            t.mail_reset_body,
            MailKind::PasswordReset,
        ),
    };
    let url = format!("{}{path}?token={}", state.site.public_url, link.token);
    let spaced_code = format!("{} {}", &link.code[..3], &link.code[3..]);
    let body = fill(body, &[("name", link.nickname), ("link", &url), ("code", &spaced_code)]);
    account_mail(kind, to, lang, subject, body)
}
