//! Help with logging in for members without an e-mail address: a coordinator of a centre the
//! member comes to makes a one-time code and hands it over in person; the member sets a new
//! password with it. Never for accounts with a role (they reset by mail or by an admin), every
//! code written to the audit log, and the member told at their next login.

use crate::domain::account::nickname_key;
use crate::domain::form::Problem;
use crate::error::AppError;
use crate::ssr::auth::throttle;
use crate::ssr::db::login_help;
use crate::ssr::state::AppState;

use crate::domain::account::LOGIN_HELP_MINUTES as CODE_MINUTES;

/// Codes one coordinator may make in an hour (each one is audited; this stops guessing which
/// nicknames come to the centre).
const CODES_PER_HELPER: throttle::Limit = throttle::Limit {
    free: 20,
    window: 3600,
    max_delay: 3600,
    cap: true,
};

/// A code made for a member, to read out or write down.
#[derive(Debug, Clone)]
pub struct HelpCode {
    pub code: String,
    pub nickname: String,
}

/// Makes a code for the member with this nickname, if the coordinator may help them: the member
/// comes to the centre and has no role. The same refusal for every other case, so no nickname is
/// confirmed that the centre does not know.
pub async fn create(
    state: &AppState,
    helper_id: i64,
    centre_id: i64,
    nickname: &str,
    now: i64,
) -> Result<HelpCode, AppError> {
    // Kept on purpose: every code made counts, whoever it was for.
    let _counted = throttle::take(
        &state.db,
        &[(format!("login-help-helper:{helper_id}"), CODES_PER_HELPER)],
        now,
    )
    .await?;
    let refused = || AppError::invalid("bijnaam", Problem::HelpNotPossible);
    let Some(account_id) = crate::ssr::db::accounts::id_by_nickname(&state.db, &nickname_key(nickname)).await? else {
        return Err(refused());
    };
    let standing = login_help::standing(&state.db, account_id, centre_id).await?;
    if !standing.connected || standing.has_role {
        return Err(refused());
    }
    let (code, code_hash) = crate::ssr::signups::new_code();
    login_help::insert(
        &state.db,
        account_id,
        &code_hash,
        helper_id,
        centre_id,
        now,
        now + CODE_MINUTES * 60,
    )
    .await?;
    crate::ssr::db::audit::record(
        &state.db,
        helper_id,
        "inloghulp gegeven",
        &format!("account {account_id}, centrum {}", centre_id),
        now,
    )
    .await?;
    let shown = crate::ssr::db::accounts::get(&state.db, account_id)
        .await?
        .map(|account| account.nickname)
        .unwrap_or_else(|| nickname.to_owned());
    Ok(HelpCode { code, nickname: shown })
}

/// Sets a new password with a code from the centre and logs in (or goes on to the second step).
/// Wrong codes are slowed down per address and per nickname; a code works once, also when it is
/// sent several times at once. Returns where to go next.
pub async fn use_code(
    state: &AppState,
    nickname: &str,
    code: &str,
    password: String,
    client_ip: &str,
    now: i64,
) -> Result<String, AppError> {
    let key = nickname_key(nickname);
    let ticket = throttle::take(
        &state.db,
        &[
            (format!("login-help-ip:{client_ip}"), throttle::LOGIN_PER_IP),
            (format!("login-help-name:{key}"), throttle::LOGIN_PER_NAME),
        ],
        now,
    )
    .await?;
    let wrong = || AppError::invalid("code", Problem::HelpCodeWrong);
    let Some(account_id) = crate::ssr::db::accounts::id_by_nickname(&state.db, &key).await? else {
        return Err(wrong());
    };
    let code_hash = crate::ssr::signups::hash_code(code);
    if !login_help::is_valid(&state.db, account_id, &code_hash, now).await? {
        return Err(wrong());
    }
    // A right code does not count against anyone, also when the password is refused.
    ticket.refund(&state.db).await?;
    crate::ssr::auth::check_new_password_for(state, account_id, &password).await?;
    let hash = state.hasher.hash(password).await?;
    if !login_help::take(&state.db, account_id, &code_hash, now).await? {
        return Err(wrong());
    }
    let next = "/mijn-account?wachtwoord_nieuw=1".to_owned();
    crate::ssr::auth::complete_reset(state, account_id, &hash, next).await
}
