//! Who is asking, and what they may do: sessions, login, registration, the policy check that
//! every server function makes.

pub mod email;
pub mod password;
pub mod session;
pub mod throttle;
pub mod two_factor;

use crate::domain::account::{nickname_key, Registration};
use crate::domain::form::{FieldProblem, Problem};
use crate::domain::policy::{decide, Action, Actor, CentreRole, Decision};
use crate::error::AppError;
use crate::ssr::db::{accounts, sessions};
use crate::ssr::state::AppState;
use http::request::Parts;
use http::{header, HeaderValue};
use sqlx::Row;

pub use crate::context::{current_session, CurrentSession};
use crate::ssr::cookies::{Jar, YEAR_SECONDS};

/// The request's `User-Agent` header (for the list of sessions).
fn user_agent() -> String {
    leptos::prelude::use_context::<Parts>()
        .and_then(|parts| {
            parts
                .headers
                .get(header::USER_AGENT)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        })
        .unwrap_or_default()
}

/// Adds a `Set-Cookie` header to the response of this server function.
pub fn add_cookie(value: &str) {
    if let (Some(options), Ok(value)) = (
        leptos::prelude::use_context::<leptos_axum::ResponseOptions>(),
        HeaderValue::from_str(value),
    ) {
        options.append_header(header::SET_COOKIE, value);
    }
}

/// The actor of this request with the roles it holds.
pub async fn actor(state: &AppState) -> Result<Actor, AppError> {
    let Some(session) = current_session() else {
        return Ok(Actor::visitor());
    };
    let rows = sqlx::query("SELECT centre_id, role FROM centre_roles WHERE account_id = $1")
        .bind(session.account_id)
        .fetch_all(&state.db.pool)
        .await?;
    let mut centre_roles = Vec::with_capacity(rows.len());
    for row in rows {
        let role: String = row.try_get("role")?;
        if let Some(role) = CentreRole::from_slug(&role) {
            centre_roles.push((row.try_get("centre_id")?, role));
        }
    }
    Ok(Actor {
        account_id: Some(session.account_id),
        is_admin: session.is_admin,
        centre_roles,
    })
}

/// Asks the policy; every server function starts here.
pub async fn authorise(state: &AppState, action: Action) -> Result<Actor, AppError> {
    let actor = actor(state).await?;
    match decide(&actor, action) {
        Decision::Allow => Ok(actor),
        Decision::NeedsLogin => Err(AppError::Unauthorised),
        Decision::Refuse => Err(AppError::Forbidden),
    }
}

/// The account of this request after the policy allowed `action` (which needs an account).
pub async fn authorised_account(state: &AppState, action: Action) -> Result<i64, AppError> {
    authorise(state, action).await?.account_id.ok_or(AppError::Unauthorised)
}

/// Checks nickname (or e-mail address) and password, with rate limits. The same answer comes
/// whether the account does not exist or the password is wrong, after the same amount of work.
pub async fn check_login(state: &AppState, name: &str, password: String) -> Result<i64, AppError> {
    let request = crate::context::request()?;
    let now = state.clock.timestamp();
    let name_key: String = nickname_key(name).chars().take(254).collect();
    let account = accounts::find_login(&state.db, &name_key, &name_key).await?;
    let device = Jar::Device
        .read(&request.cookies, state.site.https)
        .map(|token| session::hash_token(&token));
    let trusted = match (&account, &device) {
        (Some((id, _)), Some(device)) => sessions::device_trusted(&state.db, device, *id, now).await?,
        _ => false,
    };
    // A browser that logged in to this account before is only slowed down by its own failures,
    // so guessing from elsewhere never locks the owner out.
    let keys = match (&device, trusted) {
        (Some(device), true) => vec![(format!("login-device:{device}"), throttle::LOGIN_PER_DEVICE)],
        _ => vec![
            (format!("login-ip:{}", request.client_ip), throttle::LOGIN_PER_IP),
            (format!("login-name:{name_key}"), throttle::LOGIN_PER_NAME),
        ],
    };
    // Counted before the password is checked: a burst gets the free attempts and no more.
    let ticket = throttle::take(&state.db, &keys, now).await?;
    let (id, hash) = account.map_or((None, None), |(id, hash)| (Some(id), Some(hash)));
    let matches = state.hasher.verify(password, hash).await?;
    match (id, matches) {
        (Some(id), true) => {
            // The address is shared by a centre's visitors: only failures count against it.
            ticket.succeed(&state.db, |key| !key.starts_with("login-ip:")).await?;
            Ok(id)
        }
        _ => Err(AppError::invalid("wachtwoord", Problem::LoginFailed)),
    }
}

/// Starts a session for the account: any session this browser had ends (the id is rotated),
/// a new token goes into the cookie, and the browser becomes a trusted device.
pub async fn start_session(state: &AppState, account_id: i64) -> Result<(), AppError> {
    let request = crate::context::request()?;
    let now = state.clock.timestamp();
    let secure = state.site.https;
    if let Some(old) = Jar::Session.read(&request.cookies, secure) {
        sessions::delete(&state.db, &session::hash_token(&old)).await?;
    }
    let (idle, absolute) = session::lifetimes(accounts::is_staff(&state.db, account_id).await?);
    let (token, token_hash) = session::new_token();
    let device = session::describe_device(&user_agent());
    sessions::insert(
        &state.db,
        &sessions::NewSession {
            token_hash: &token_hash,
            account_id,
            idle_seconds: idle,
            expires_at: now + absolute,
            device: &device,
        },
        now,
    )
    .await?;
    add_cookie(&Jar::Session.set(&token, absolute, secure));

    let known_device = match Jar::Device.read(&request.cookies, secure) {
        Some(token) => sessions::device_trusted(&state.db, &session::hash_token(&token), account_id, now).await?,
        None => false,
    };
    if !known_device {
        let (device_token, device_hash) = session::new_token();
        // A trusted device stays trusted for a year.
        sessions::insert_device(&state.db, &device_hash, account_id, now, now + YEAR_SECONDS).await?;
        add_cookie(&Jar::Device.set(&device_token, YEAR_SECONDS, secure));
    }
    Ok(())
}

/// Ends this request's session and removes its cookie.
pub async fn end_session(state: &AppState) -> Result<(), AppError> {
    if let Some(current) = current_session() {
        sessions::delete(&state.db, &current.token_hash).await?;
    }
    add_cookie(&Jar::Session.removal(state.site.https));
    Ok(())
}

/// Makes an account and logs it in.
pub async fn register(state: &AppState, nickname: &str, password: String, email: &str) -> Result<i64, AppError> {
    let parsed = Registration::parse(nickname, &password, email);
    let mut problems = parsed.as_ref().err().cloned().unwrap_or_default();
    if !problems.iter().any(|p| p.field == "wachtwoord") && password::is_common(&password) {
        problems.push(FieldProblem::new("wachtwoord", Problem::PasswordCommon));
    }
    let registration = match parsed {
        Ok(registration) if problems.is_empty() => registration,
        _ => return Err(AppError::Invalid(problems)),
    };
    let now = state.clock.timestamp();
    let key = format!("register-ip:{}", crate::context::request()?.client_ip);
    let ticket = throttle::take(&state.db, &[(key, throttle::REGISTER_PER_IP)], now).await?;
    let hash = state.hasher.hash(password).await?;
    let nickname_key = registration.nickname.key();
    let mut tx = state.db.begin_write().await?;
    let inserted = accounts::insert(
        &mut tx,
        &accounts::NewAccount {
            nickname: registration.nickname.as_str(),
            nickname_key: &nickname_key,
            password_hash: &hash,
            is_admin: false,
        },
        now,
    )
    .await;
    let id = match inserted {
        Ok(id) => id,
        Err(accounts::InsertError::NicknameTaken) => {
            tx.rollback().await?;
            ticket.refund(&state.db).await?;
            return Err(AppError::invalid("bijnaam", Problem::NicknameTaken));
        }
        Err(accounts::InsertError::Database(error)) => return Err(error.into()),
    };
    tx.commit().await?;
    // The address is saved once its owner confirms it from the mail.
    if let Some(email) = &registration.email {
        let lang = crate::context::request_lang();
        match email::start_confirmation(state, id, registration.nickname.as_str(), email, lang).await {
            Ok(()) | Err(AppError::TooManyAttempts { .. }) => {}
            Err(error) => return Err(error),
        }
    }
    Ok(id)
}

/// Sets a new password: every session and open mail link of the account ends.
pub async fn reset_password(state: &AppState, account_id: i64, password_hash: &str) -> Result<(), AppError> {
    let now = state.clock.timestamp();
    accounts::set_password(&state.db, account_id, password_hash, now).await?;
    sessions::delete_all_for(&state.db, account_id).await?;
    crate::ssr::db::challenges::end_all_for(&state.db, account_id, now).await?;
    Ok(())
}

/// How long the second step of a login may take.
const SECOND_STEP_SECONDS: i64 = 10 * 60;

/// Finishes a first login step (password, mail link or code, reset): with two-factor login on,
/// the browser goes to the code page and gets no session yet; otherwise the session starts.
/// Returns where to go next.
pub async fn complete_login(state: &AppState, account_id: i64, wanted: String) -> Result<String, AppError> {
    if let Some(second_step) = wait_for_second_step(state, account_id, &wanted, None).await? {
        return Ok(second_step);
    }
    start_session(state, account_id).await?;
    after_login(state, account_id, wanted).await
}

/// Finishes a password reset (its link or code was right): with two-factor login on, the new
/// password is set only after the second step, so a mailbox alone never takes an account over;
/// otherwise it is set now and the session starts. Returns where to go next.
pub async fn complete_reset(
    state: &AppState,
    account_id: i64,
    password_hash: &str,
    wanted: String,
) -> Result<String, AppError> {
    if let Some(second_step) = wait_for_second_step(state, account_id, &wanted, Some(password_hash)).await? {
        return Ok(second_step);
    }
    reset_password(state, account_id, password_hash).await?;
    start_session(state, account_id).await?;
    after_login(state, account_id, wanted).await
}

/// With two-factor login on: a waiting login (with the new password of a reset, if any) and the
/// address of its second step.
async fn wait_for_second_step(
    state: &AppState,
    account_id: i64,
    wanted: &str,
    new_password_hash: Option<&str>,
) -> Result<Option<String>, AppError> {
    if !crate::ssr::db::two_factor::is_enabled(&state.db, account_id).await? {
        return Ok(None);
    }
    let (handle, handle_hash) = session::new_token();
    crate::ssr::db::two_factor::insert_pending_login(
        &state.db,
        &handle_hash,
        account_id,
        state.clock.timestamp() + SECOND_STEP_SECONDS,
        wanted,
        new_password_hash,
    )
    .await?;
    Ok(Some(format!("/inloggen/tweestaps?aanvraag={handle}")))
}

/// Checks a code from an authenticator app, or a recovery code, for the account.
pub async fn check_second_factor(state: &AppState, account_id: i64, code: &str) -> Result<bool, AppError> {
    use crate::ssr::db::two_factor as db;
    let Some(row) = db::get(&state.db, account_id).await? else {
        return Ok(false);
    };
    let Some(secret) = row.secret else {
        return Ok(false);
    };
    if let Some(digits) = email::normalise_code(code) {
        let now = u64::try_from(state.clock.timestamp()).unwrap_or_default();
        return Ok(match two_factor::matching_step(&secret, &row.nickname, &digits, now)? {
            Some(step) => db::use_step(&state.db, account_id, i64::try_from(step).unwrap_or(i64::MAX)).await?,
            None => false,
        });
    }
    Ok(db::use_recovery_code(
        &state.db,
        account_id,
        &two_factor::recovery_hash(code),
        state.clock.timestamp(),
    )
    .await?)
}

/// The second step of a login: the code from the app (or a recovery code) for a waiting login.
pub async fn second_step(state: &AppState, handle: &str, code: &str) -> Result<String, AppError> {
    use crate::ssr::db::two_factor as db;
    let handle_hash = session::hash_token(handle);
    let wrong = || AppError::invalid("code", Problem::CodeWrong);
    let now = state.clock.timestamp();
    let pending = db::attempt_pending_login(&state.db, &handle_hash, now)
        .await?
        .ok_or_else(wrong)?;
    let account_id = pending.account_id;
    // Wrong codes count per account, across all its waiting logins, with growing waits.
    let key = format!("second-step:{account_id}");
    let ticket = throttle::take(&state.db, &[(key, throttle::SECOND_STEP_PER_ACCOUNT)], now).await?;
    if !check_second_factor(state, account_id, code).await? {
        return Err(wrong());
    }
    ticket.succeed(&state.db, |_| true).await?;
    if !db::finish_pending_login(&state.db, &handle_hash).await? {
        return Err(wrong());
    }
    if let Some(hash) = &pending.new_password_hash {
        reset_password(state, account_id, hash).await?;
    }
    start_session(state, account_id).await?;
    after_login(state, account_id, pending.return_to).await
}

/// Checks a new password against every rule, for the account it is meant for.
pub async fn check_new_password_for(state: &AppState, account_id: i64, password: &str) -> Result<(), AppError> {
    let nickname = accounts::get(&state.db, account_id).await?.map(|a| a.nickname);
    password::check_new_password(password, nickname.as_deref()).map_err(|p| AppError::invalid("wachtwoord", p))
}

/// Asks for the current password again before a change to the account. Wrong answers are
/// slowed down like logins.
pub async fn verify_current_password(state: &AppState, account_id: i64, password: String) -> Result<(), AppError> {
    let now = state.clock.timestamp();
    let key = format!("reauth:{account_id}");
    let ticket = throttle::take(&state.db, &[(key, throttle::REAUTH_PER_ACCOUNT)], now).await?;
    let hash = accounts::password_hash(&state.db, account_id).await?;
    if state.hasher.verify(password, hash).await? {
        ticket.succeed(&state.db, |_| true).await?;
        Ok(())
    } else {
        Err(AppError::invalid("huidig_wachtwoord", Problem::WrongPassword))
    }
}

/// Why `kring create-admin` could not make the admin.
#[derive(Debug, thiserror::Error)]
pub enum CreateAdminError {
    #[error("{0}")]
    Invalid(&'static str),
    #[error("the nickname is taken")]
    NicknameTaken,
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

/// Makes a platform admin. Without a password one is made up and returned; it works once: the
/// admin must choose a new one at the first login.
pub async fn create_admin(
    db: &crate::ssr::db::Db,
    hasher: &password::Hasher,
    nickname: &str,
    chosen: Option<String>,
    now: i64,
) -> Result<Option<String>, CreateAdminError> {
    use crate::domain::account::Nickname;
    let t = crate::i18n::Lang::Nl.texts();
    let nickname = Nickname::parse(nickname).map_err(|p| CreateAdminError::Invalid(t.problem(p)))?;
    let (password, generated) = match chosen {
        Some(password) => {
            password::check_new_password(&password, Some(nickname.as_str()))
                .map_err(|p| CreateAdminError::Invalid(t.problem(p)))?;
            (password, None)
        }
        None => {
            let (token, _) = session::new_token();
            (token.clone(), Some(token))
        }
    };
    let hash = hasher.hash(password).await.map_err(anyhow::Error::from)?;
    let mut tx = db.begin_write().await.map_err(anyhow::Error::from)?;
    let id = accounts::insert(
        &mut tx,
        &accounts::NewAccount {
            nickname: nickname.as_str(),
            nickname_key: &nickname.key(),
            password_hash: &hash,
            is_admin: true,
        },
        now,
    )
    .await
    .map_err(|error| match error {
        accounts::InsertError::NicknameTaken => CreateAdminError::NicknameTaken,
        accounts::InsertError::Database(error) => CreateAdminError::Other(error.into()),
    })?;
    if generated.is_some() {
        sqlx::query("UPDATE accounts SET must_change_password = 1 WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(anyhow::Error::from)?;
    }
    tx.commit().await.map_err(anyhow::Error::from)?;
    Ok(generated)
}

/// Where to go after logging in: the chosen page, or first a new password when the account was
/// given a one-time one.
pub async fn after_login(state: &AppState, account_id: i64, wanted: String) -> Result<String, AppError> {
    if accounts::must_change_password(&state.db, account_id).await? {
        Ok("/mijn-account/wachtwoord?eerst=1".to_owned())
    } else {
        Ok(wanted)
    }
}
