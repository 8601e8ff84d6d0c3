//! Logging in and resetting a password by e-mail. One mail carries a link and a 6-digit code;
//! both work for 15 minutes and only once. Opening the link only shows a button (mail scanners
//! open links before people do); the button's POST uses it up. The screen says the same whether
//! or not the address has an account, and no mail goes to an address without one.

use crate::domain::account::Email;
use crate::domain::form::Problem;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::ssr::auth::{session, throttle};
use crate::ssr::db::accounts;
use crate::ssr::db::challenges::{self, NewChallenge, Purpose};
use crate::ssr::mails::accounts as mails;
use crate::ssr::state::AppState;
use argon2::password_hash::rand_core::{OsRng, RngCore};

/// How long a login or reset link and its code work.
pub const VALID_SECONDS: i64 = 15 * 60;
/// How long a link to confirm an address works (it logs nobody in).
pub const CONFIRM_SECONDS: i64 = 48 * 3600;

/// A random six-digit code, evenly spread.
fn new_code() -> String {
    loop {
        let n = OsRng.next_u32();
        // Drop the top of the range, which would make low codes a little likelier.
        if n < 4_294_000_000 {
            return format!("{:06}", n % 1_000_000);
        }
    }
}

/// The hash a code is stored under: tied to its request, so equal codes differ.
fn code_hash(handle: &str, code: &str) -> String {
    session::hash_token(&format!("{handle}:{code}"))
}

/// "123 456" as typed, or "123456": the digits, when there are exactly six.
pub fn normalise_code(input: &str) -> Option<String> {
    let digits: String = input.chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
    (digits.len() == 6 && digits.chars().all(|c| c.is_ascii_digit())).then_some(digits)
}

/// Counts a mail to `address` against the limits per address and per client address.
async fn count_mail(state: &AppState, address: &Email, now: i64) -> Result<(), AppError> {
    let ip = crate::context::request()?.client_ip;
    let keys = [
        (format!("mail-address:{}", address.key()), throttle::MAIL_PER_ADDRESS),
        (format!("mail-ip:{ip}"), throttle::MAIL_PER_IP),
    ];
    // Every request counts, whether or not a mail goes out (no enumeration).
    let _kept = throttle::take(&state.db, &keys, now).await?;
    Ok(())
}

/// Sends a link to confirm `address` as the account's e-mail address. When another account has
/// the address already, the mail says so instead (only the owner of the address learns it).
pub async fn start_confirmation(
    state: &AppState,
    account_id: i64,
    nickname: &str,
    address: &Email,
    lang: Lang,
) -> Result<(), AppError> {
    let now = state.clock.timestamp();
    count_mail(state, address, now).await?;
    let holder = accounts::find_by_email(&state.db, &address.key()).await?;
    let mail = match holder {
        Some((holder, _, _)) if holder == account_id => return Ok(()),
        Some(_) => mails::address_taken(state, address, lang),
        None => {
            let (_, handle_hash) = session::new_token();
            let (link, link_hash) = session::new_token();
            challenges::insert(
                &state.db,
                &NewChallenge {
                    handle_hash: &handle_hash,
                    link_hash: &link_hash,
                    code_hash: &session::hash_token(&new_code()),
                    account_id: Some(account_id),
                    purpose: Purpose::Email,
                    new_email: Some(address.as_str()),
                    expires_at: now + CONFIRM_SECONDS,
                },
                now,
            )
            .await?;
            mails::confirm_address(state, address, lang, nickname, &link)
        }
    };
    state.mailer.queue_in_background(&state.db, mail);
    Ok(())
}

/// Saves the address of a confirmation link; the account it was for.
pub async fn confirm(state: &AppState, token: &str) -> Result<i64, AppError> {
    let (account, address) =
        challenges::use_email_link(&state.db, &session::hash_token(token), state.clock.timestamp())
            .await?
            .ok_or_else(link_problem)?;
    let email = Email::parse(&address).map_err(|_| link_problem())?;
    if accounts::set_email(&state.db, account, Some((email.as_str(), &email.key()))).await? {
        Ok(account)
    } else {
        Err(link_problem())
    }
}

/// Starts a login or reset by e-mail and returns the request's handle for the code page.
pub async fn start(state: &AppState, address: &str, purpose: Purpose, lang: Lang) -> Result<String, AppError> {
    if purpose == Purpose::Email {
        tracing::error!("an address confirmation was started as a login");
        return Err(AppError::Internal);
    }
    let email = Email::parse(address).map_err(|problem| AppError::invalid("email", problem))?;
    let now = state.clock.timestamp();
    count_mail(state, &email, now).await?;

    let account = accounts::find_by_email(&state.db, &email.key()).await?;
    let (handle, handle_hash) = session::new_token();
    let (link, link_hash) = session::new_token();
    let code = new_code();
    challenges::insert(
        &state.db,
        &NewChallenge {
            handle_hash: &handle_hash,
            link_hash: &link_hash,
            code_hash: &code_hash(&handle, &code),
            account_id: account.as_ref().map(|(id, _, _)| *id),
            purpose,
            new_email: None,
            expires_at: now + VALID_SECONDS,
        },
        now,
    )
    .await?;
    if let Some((_, nickname, address)) = account {
        let link = mails::LoginLink {
            purpose,
            nickname: &nickname,
            token: &link,
            code: &code,
        };
        state
            .mailer
            .queue_in_background(&state.db, mails::login_link(state, address, lang, link));
    }
    Ok(handle)
}

fn link_problem() -> AppError {
    AppError::invalid("token", Problem::LinkExpired)
}

fn code_problem() -> AppError {
    AppError::invalid("code", Problem::CodeWrong)
}

/// The account a link is for, while it can still be used (nothing is used up).
pub async fn peek_link(state: &AppState, token: &str, purpose: Purpose) -> Result<i64, AppError> {
    challenges::peek_link(&state.db, &session::hash_token(token), purpose, state.clock.timestamp())
        .await?
        .ok_or_else(link_problem)
}

/// Uses up a link: the account when this request was the one that used it.
pub async fn use_link(state: &AppState, token: &str, purpose: Purpose) -> Result<i64, AppError> {
    let account = peek_link(state, token, purpose).await?;
    if challenges::use_link(&state.db, &session::hash_token(token), purpose, state.clock.timestamp()).await? {
        Ok(account)
    } else {
        Err(link_problem())
    }
}

/// The account a request's code is for, when the code is right (a wrong one counts).
pub async fn check_code(state: &AppState, handle: &str, code: &str, purpose: Purpose) -> Result<i64, AppError> {
    let code = normalise_code(code).ok_or_else(code_problem)?;
    challenges::check_code(
        &state.db,
        &session::hash_token(handle),
        &code_hash(handle, &code),
        purpose,
        state.clock.timestamp(),
    )
    .await?
    .ok_or_else(code_problem)
}

/// Uses up the request after its code was checked.
pub async fn use_code(state: &AppState, handle: &str) -> Result<(), AppError> {
    if challenges::use_handle(&state.db, &session::hash_token(handle), state.clock.timestamp()).await? {
        Ok(())
    } else {
        Err(code_problem())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_have_six_digits_and_may_be_typed_with_a_space() {
        for _ in 0..100 {
            let code = new_code();
            assert_eq!(normalise_code(&code), Some(code.clone()));
        }
        assert_eq!(normalise_code(" 123 456 "), Some("123456".to_owned()));
        assert_eq!(normalise_code("123-456"), Some("123456".to_owned()));
        assert_eq!(normalise_code("12345"), None);
        assert_eq!(normalise_code("12345a"), None);
        assert_eq!(normalise_code("١٢٣٤٥٦"), None);
    }
}
