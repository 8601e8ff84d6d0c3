//! Signing up for an activity and managing a sign-up with its personal link or code.

#[cfg(feature = "ssr")]
use crate::domain::policy::Action;
use crate::domain::signup::{SignupOffer, SignupView};
use crate::error::AppError;
use leptos::prelude::*;

/// The cookie that lets a guest's browser be recognised, so signing up twice keeps one sign-up.
#[cfg(feature = "ssr")]
const GUEST_COOKIE: &str = "kring_gast";

/// What the activity page offers to sign up for; none when it needs no sign-up.
#[server(endpoint = "signup_offer")]
pub async fn get_signup_offer(id: i64) -> Result<Option<SignupOffer>, AppError> {
    let state = crate::ssr::state::app_state()?;
    let actor = crate::ssr::auth::authorise(&state, Action::SignUp).await?;
    crate::ssr::signups::offer(&state, id, actor.account_id, chrono::Utc::now()).await
}

/// The guest's browser key: from its cookie, or new (and then set).
#[cfg(feature = "ssr")]
fn guest_key(state: &crate::ssr::state::AppState) -> Result<String, AppError> {
    let parts = crate::ssr::auth::request_parts()?;
    let header = parts
        .headers
        .get(http::header::COOKIE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let known = crate::ssr::auth::session::cookie_value(header, GUEST_COOKIE)
        .filter(|v| v.len() == 43 && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    if let Some(key) = known {
        return Ok(key.to_owned());
    }
    let (key, _) = crate::ssr::auth::session::new_token();
    let secure = if state.site.https { "; Secure" } else { "" };
    crate::ssr::auth::add_cookie(&format!(
        "{GUEST_COOKIE}={key}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax{secure}"
    ));
    Ok(key)
}

#[server(endpoint = "sign_up")]
pub async fn sign_up(
    activiteit: i64,
    #[server(default)] datum: Option<i64>,
    #[server(default)] bijnaam: String,
    #[server(default)] email: String,
    #[server(default)] telefoon: String,
) -> Result<(), AppError> {
    use crate::ssr::db::signups::Person;
    let state = crate::ssr::state::app_state()?;
    crate::ssr::auth::authorise(&state, Action::SignUp).await?;
    let lang = crate::ssr::auth::request_lang();
    let now = chrono::Utc::now();
    let signed_up = match crate::ssr::auth::current_session() {
        Some(session) => {
            let person = Person::Member {
                account_id: session.account_id,
                nickname: &session.nickname,
            };
            crate::ssr::signups::sign_up(&state, activiteit, datum, &person, lang.code(), now).await?
        }
        None => {
            let guest =
                crate::domain::signup::GuestDetails::parse(&bijnaam, &email, &telefoon).map_err(AppError::Invalid)?;
            let key = guest_key(&state)?;
            let person = Person::Guest {
                key: &key,
                nickname: &guest.nickname,
                email: &guest.email,
                phone: &guest.phone,
            };
            crate::ssr::signups::sign_up(&state, activiteit, datum, &person, lang.code(), now).await?
        }
    };
    let notice = if signed_up.existing { "al" } else { "nieuw" };
    leptos_axum::redirect(&format!(
        "/aanmelding?token={}&code={}&{notice}=1",
        signed_up.token, signed_up.code
    ));
    Ok(())
}

/// The sign-up a personal link (`token`) or short code (`code`) stands for. Wrong codes are
/// rate limited per client address.
#[cfg(feature = "ssr")]
async fn signup_by_secret(
    state: &crate::ssr::state::AppState,
    token: &str,
    code: &str,
) -> Result<crate::ssr::db::signups::SignupRow, AppError> {
    use crate::ssr::auth::throttle;
    let now = crate::ssr::auth::now();
    if !token.is_empty() {
        let hash = crate::ssr::auth::session::hash_token(token);
        if let Some(signup) = crate::ssr::db::signups::by_secret(&state.db, &hash).await? {
            return Ok(signup);
        }
    }
    if code.trim().is_empty() {
        return Err(AppError::invalid("code", crate::domain::form::Problem::CodeWrong));
    }
    let parts = crate::ssr::auth::request_parts()?;
    let key = format!("signup-code-ip:{}", crate::ssr::auth::client_ip(&parts));
    throttle::refuse_while_waiting(&state.db, &[&key], now).await?;
    let hash = crate::ssr::signups::hash_code(code);
    match crate::ssr::db::signups::by_secret(&state.db, &hash).await? {
        Some(signup) => Ok(signup),
        None => {
            throttle::record(&state.db, &key, throttle::LOGIN_PER_IP, now).await?;
            Err(AppError::invalid("code", crate::domain::form::Problem::CodeWrong))
        }
    }
}

#[server(endpoint = "my_signup")]
pub async fn get_signup(
    #[server(default)] token: String,
    #[server(default)] code: String,
) -> Result<SignupView, AppError> {
    let state = crate::ssr::state::app_state()?;
    crate::ssr::auth::authorise(&state, Action::SignUp).await?;
    let signup = signup_by_secret(&state, &token, &code).await?;
    let activity = crate::ssr::db::activities::by_id(&state.db.pool, signup.activity_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let centre = crate::ssr::db::centres::by_id(&state.db.pool, activity.centre_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let date = match signup.occurrence_id {
        Some(id) => crate::ssr::db::occurrences::by_id(&state.db.pool, id)
            .await?
            .map(|(_, d)| d),
        None => None,
    };
    let waitlist_position = match signup.status {
        crate::domain::signup::SignupStatus::Waitlisted => {
            Some(crate::ssr::db::signups::waiting_before(&state.db, &signup).await? + 1)
        }
        _ => None,
    };
    let personal_link = if token.is_empty() {
        String::new()
    } else {
        format!("{}/aanmelding?token={token}", state.site.public_url)
    };
    Ok(SignupView {
        personal_link,
        may_cancel: crate::ssr::signups::may_cancel(&state, &signup, chrono::Utc::now()).await?,
        activity_id: activity.id,
        activity_title: activity.title,
        centre_name: centre.name,
        nickname: signup.nickname,
        status: signup.status,
        starts_at: date.as_ref().map(|d| d.starts_at),
        ends_at: date.as_ref().map(|d| d.ends_at),
        waitlist_position,
    })
}

#[server(endpoint = "cancel_signup")]
pub async fn cancel_signup(#[server(default)] token: String, #[server(default)] code: String) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    crate::ssr::auth::authorise(&state, Action::SignUp).await?;
    let signup = signup_by_secret(&state, &token, &code).await?;
    crate::ssr::signups::cancel(&state, &signup, chrono::Utc::now()).await?;
    let secret = if token.is_empty() {
        let plain: String = code
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        format!("code={plain}")
    } else {
        format!("token={token}")
    };
    leptos_axum::redirect(&format!("/aanmelding?{secret}&afgemeld=1"));
    Ok(())
}
