//! Signing up for an activity and managing a sign-up with its personal link or code.

#[cfg(feature = "ssr")]
use crate::domain::policy::Action;
use crate::domain::signup::{DateChange, SignupLookup, SignupOffer};
use crate::error::AppError;
use leptos::prelude::*;

/// What the activity page offers to sign up for; none when it needs no sign-up.
#[server(endpoint = "signup_offer")]
pub async fn get_signup_offer(id: i64) -> Result<Option<SignupOffer>, AppError> {
    let state = crate::ssr::state::app_state()?;
    let actor = crate::ssr::auth::authorise(&state, Action::SignUp).await?;
    if crate::ssr::db::groups::hidden_meeting(&state.db, id, actor.account_id).await? {
        return Err(AppError::NotFound);
    }
    crate::ssr::signups::offer(&state, id, actor.account_id, state.clock.now()).await
}

/// The guest's browser key: from its cookie, or new (and then set). It lets a guest's browser be
/// recognised, so signing up twice keeps one sign-up.
#[cfg(feature = "ssr")]
fn guest_key(state: &crate::ssr::state::AppState) -> Result<String, AppError> {
    use crate::ssr::cookies::{Jar, YEAR_SECONDS};
    let known = Jar::Guest
        .read(&crate::context::request()?.cookies, state.site.https)
        .filter(|v| v.len() == 43 && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    if let Some(key) = known {
        return Ok(key);
    }
    let (key, _) = crate::ssr::auth::session::new_token();
    crate::ssr::auth::add_cookie(&Jar::Guest.set(&key, YEAR_SECONDS, state.site.https));
    Ok(key)
}

#[server(endpoint = "sign_up")]
pub async fn sign_up(
    activiteit: i64,
    #[server(default)] datum: Option<i64>,
    #[server(default)] bijnaam: String,
    #[server(default)] email: String,
    #[server(default)] telefoon: String,
    /// "Opmerking, hoeft niet": for those who run it.
    #[server(default)]
    opmerking: String,
) -> Result<(), AppError> {
    use crate::ssr::db::signups::Person;
    let state = crate::ssr::state::app_state()?;
    let actor = crate::ssr::auth::authorise(&state, Action::SignUp).await?;
    if crate::ssr::db::groups::hidden_meeting(&state.db, activiteit, actor.account_id).await? {
        return Err(AppError::NotFound);
    }
    let lang = crate::context::request_lang();
    let now = state.clock.now();
    // "0" is the whole course, next to its single sessions.
    let datum = datum.filter(|id| *id != 0);
    let remark = crate::domain::signup::parse_remark(&opmerking).map_err(AppError::Invalid);
    let signed_up = match crate::context::current_session() {
        Some(session) => {
            let person = Person::Member {
                account_id: session.account_id,
                nickname: &session.nickname,
            };
            crate::ssr::signups::sign_up(&state, activiteit, datum, &person, &remark?, lang.code(), now).await?
        }
        None => {
            // Every problem of the form at once: the guest's details and the remark.
            let (guest, remark) = match (
                crate::domain::signup::GuestDetails::parse(&bijnaam, &email, &telefoon),
                remark,
            ) {
                (Ok(guest), Ok(remark)) => (guest, remark),
                (details, remark) => {
                    let mut problems = details.err().unwrap_or_default();
                    if let Err(AppError::Invalid(more)) = remark {
                        problems.extend(more);
                    }
                    return Err(AppError::Invalid(problems));
                }
            };
            use crate::ssr::auth::throttle;
            let limit_key = format!("guest-signup-ip:{}", crate::context::request()?.client_ip);
            let stamp = now.timestamp();
            let ticket = throttle::take(&state.db, &[(limit_key, throttle::GUEST_SIGNUP_PER_IP)], stamp).await?;
            // One browser may sign up several people (a friend, the centre's PC): a sign-up is
            // this browser's *and* this nickname's, and only a hash of the pair is stored.
            let browser = guest_key(&state)?;
            let key = crate::ssr::auth::session::hash_token(&format!(
                "{browser}:{}",
                crate::domain::account::nickname_key(&guest.nickname)
            ));
            let person = Person::Guest {
                key: &key,
                nickname: &guest.nickname,
                email: &guest.email,
                phone: &guest.phone,
            };
            let signed_up =
                crate::ssr::signups::sign_up(&state, activiteit, datum, &person, &remark, lang.code(), now).await;
            // Only new sign-ups count against the address.
            if !matches!(signed_up, Ok(ref done) if !done.existing) {
                ticket.refund(&state.db).await?;
            }
            signed_up?
        }
    };
    let notice = if signed_up.existing { "al" } else { "nieuw" };
    leptos_axum::redirect(&format!(
        "/aanmelding?token={}&code={}&{notice}=1",
        signed_up.token, signed_up.code
    ));
    Ok(())
}

/// What a personal link or code finds: the sign-up, or what happened to it when it is gone (its
/// activity or date was deleted).
#[cfg(feature = "ssr")]
enum BySecret {
    Signup(crate::ssr::db::signups::SignupRow),
    Gone(Vec<crate::domain::signup::DateChange>),
}

/// The sign-up a personal link (`token`) or short code (`code`) stands for. Wrong codes are
/// rate limited per client address.
#[cfg(feature = "ssr")]
async fn lookup_by_secret(state: &crate::ssr::state::AppState, token: &str, code: &str) -> Result<BySecret, AppError> {
    use crate::ssr::auth::throttle;
    use crate::ssr::db::{date_notices, signups};
    let now = state.clock.timestamp();
    if !token.is_empty() {
        let hash = crate::ssr::auth::session::hash_token(token);
        if let Some(signup) = signups::by_secret(&state.db, &hash).await? {
            return Ok(BySecret::Signup(signup));
        }
        let gone = date_notices::of_secret(&state.db, &hash).await?;
        if !gone.is_empty() {
            return Ok(BySecret::Gone(gone));
        }
    }
    if code.trim().is_empty() {
        return Err(AppError::invalid("code", crate::domain::form::Problem::CodeWrong));
    }
    let key = format!("signup-code-ip:{}", crate::context::request()?.client_ip);
    let ticket = throttle::take(&state.db, &[(key, throttle::SIGNUP_CODE_PER_IP)], now).await?;
    let hash = crate::ssr::signups::hash_code(code);
    let found = match signups::by_secret(&state.db, &hash).await? {
        Some(signup) => BySecret::Signup(signup),
        None => {
            let gone = date_notices::of_secret(&state.db, &hash).await?;
            if gone.is_empty() {
                return Err(AppError::invalid("code", crate::domain::form::Problem::CodeWrong));
            }
            BySecret::Gone(gone)
        }
    };
    // Only wrong codes count against the address.
    ticket.refund(&state.db).await?;
    Ok(found)
}

/// The sign-up a personal link or code stands for, to change it (one that is gone is not found).
#[cfg(feature = "ssr")]
async fn signup_by_secret(
    state: &crate::ssr::state::AppState,
    token: &str,
    code: &str,
) -> Result<crate::ssr::db::signups::SignupRow, AppError> {
    match lookup_by_secret(state, token, code).await? {
        BySecret::Signup(signup) => Ok(signup),
        BySecret::Gone(_) => Err(AppError::NotFound),
    }
}

#[server(endpoint = "my_signup")]
pub async fn get_signup(
    #[server(default)] token: String,
    #[server(default)] code: String,
) -> Result<SignupLookup, AppError> {
    let state = crate::ssr::state::app_state()?;
    crate::ssr::auth::authorise(&state, Action::SignUp).await?;
    let signup = match lookup_by_secret(&state, &token, &code).await? {
        BySecret::Signup(signup) => signup,
        BySecret::Gone(changes) => return Ok(SignupLookup::Gone(changes)),
    };
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
    let now = state.clock.now();
    let whole_confirmed =
        signup.occurrence_id.is_none() && signup.status == crate::domain::signup::SignupStatus::Confirmed;
    let sessions =
        crate::ssr::signups::course_sessions(&state, signup.id, signup.activity_id, whole_confirmed, now).await?;
    let reminders = (signup.account_id.is_none() && !signup.email.is_empty()).then_some(signup.reminders);
    let closures = crate::ssr::db::centres::closures_by_centre(&state.db, crate::domain::time::local_date(now)).await?;
    let online = activity.place == crate::domain::programme::Place::Online;
    let facts = match &date {
        Some(date) => crate::domain::signup::DateFacts::of_date(centre.id, online, activity.paused, date),
        None => crate::domain::signup::DateFacts {
            paused: activity.paused,
            ..Default::default()
        },
    };
    let state_of_date = crate::domain::signup::DateState::from_facts(&facts, &closures);
    let attended = crate::ssr::db::attendance::attended_by_signup(&state.db, signup.id).await?;
    Ok(SignupLookup::Found(Box::new(crate::domain::signup::SignupView {
        attended,
        member: signup.account_id.is_some(),
        reminders,
        sessions,
        personal_link,
        may_cancel: crate::ssr::signups::may_cancel(&state, &signup, now).await? && !state_of_date.is_off(),
        state: state_of_date,
        activity_id: activity.id,
        activity_title: activity.title,
        centre_name: centre.name,
        nickname: signup.nickname,
        status: signup.status,
        occurrence_id: date.as_ref().map(|d| d.id),
        starts_at: date.as_ref().map(|d| d.starts_at),
        ends_at: date.as_ref().map(|d| d.ends_at),
        waitlist_position,
    })))
}

#[server(endpoint = "cancel_signup")]
pub async fn cancel_signup(#[server(default)] token: String, #[server(default)] code: String) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    crate::ssr::auth::authorise(&state, Action::SignUp).await?;
    let signup = signup_by_secret(&state, &token, &code).await?;
    crate::ssr::signups::cancel(&state, &signup, state.clock.now()).await?;
    leptos_axum::redirect(&format!("/aanmelding?{}&afgemeld=1", secret_query(&token, &code)));
    Ok(())
}

/// The personal link's or code's part of a redirect back to the sign-up's page.
#[cfg(feature = "ssr")]
fn secret_query(token: &str, code: &str) -> String {
    if token.is_empty() {
        let plain: String = code
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        format!("code={plain}")
    } else {
        let plain: String = token
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        format!("token={plain}")
    }
}

/// Switches reminders by mail for a guest's sign-up on (`aan=ja`) or off, with its link or code.
#[server(endpoint = "set_signup_reminders")]
pub async fn set_signup_reminders(
    #[server(default)] token: String,
    #[server(default)] code: String,
    #[server(default)] aan: String,
) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    crate::ssr::auth::authorise(&state, Action::SignUp).await?;
    let signup = signup_by_secret(&state, &token, &code).await?;
    crate::ssr::db::signups::set_reminders(&state.db, signup.id, aan == "ja").await?;
    leptos_axum::redirect(&format!("/aanmelding?{}&herinneringen=1", secret_query(&token, &code)));
    Ok(())
}

/// "Ik kan deze keer niet" for one session of a course (`kom` empty), or "ik kom toch"
/// (`kom=ja`), with the personal link or code.
#[server(endpoint = "skip_session")]
pub async fn skip_session(
    #[server(default)] token: String,
    #[server(default)] code: String,
    datum: i64,
    #[server(default)] kom: String,
) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    crate::ssr::auth::authorise(&state, Action::SignUp).await?;
    let signup = signup_by_secret(&state, &token, &code).await?;
    crate::ssr::signups::set_absent(&state, &signup, datum, kom != "ja", state.clock.now()).await?;
    leptos_axum::redirect(&format!("/aanmelding?{}&keer=1", secret_query(&token, &code)));
    Ok(())
}

/// Who signed up for a date (or a whole course), for its facilitators and coordinators. Opening
/// a list that holds contact details is written to the audit log.
#[server(endpoint = "signup_list")]
pub async fn get_signup_list(
    activiteit: i64,
    #[server(default)] datum: Option<i64>,
) -> Result<crate::domain::signup::SignupList, AppError> {
    use crate::domain::signup::{SignupEntry, SignupList, SignupStatus};
    use crate::ssr::db::{activities, centres, occurrences, signups};
    let state = crate::ssr::state::app_state()?;
    let actor = crate::ssr::auth::actor(&state).await?;
    let me = actor.account_id.ok_or(AppError::Unauthorised)?;
    let activity = activities::by_id(&state.db.pool, activiteit)
        .await?
        .ok_or(AppError::NotFound)?;
    let centre = centres::by_id(&state.db.pool, activity.centre_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let facilitates = activities::facilitators_of(&state.db.pool, activiteit)
        .await?
        .iter()
        .any(|(id, _)| *id == me);
    crate::ssr::auth::authorise(
        &state,
        Action::ViewSignups {
            centre_id: centre.id,
            facilitates,
        },
    )
    .await?;
    let date = match datum {
        Some(id) => Some(
            occurrences::by_id(&state.db.pool, id)
                .await?
                .filter(|(activity_id, _)| *activity_id == activiteit)
                .map(|(_, date)| date)
                .ok_or(AppError::NotFound)?,
        ),
        None if activity.kind == crate::domain::activity::ActivityKind::Cursus => None,
        None => return Err(AppError::NotFound),
    };
    let target = signups::Target {
        activity_id: activiteit,
        occurrence_id: date.as_ref().map(|d| d.id),
    };
    let rows = signups::list(&state.db, target).await?;
    if rows.iter().any(|row| !row.email.is_empty() || !row.phone.is_empty()) {
        let subject = format!(
            "activiteit {activiteit}, datum {}",
            datum.map(|d| d.to_string()).unwrap_or_default()
        );
        crate::ssr::db::audit::record(&state.db, me, "aanmeldlijst bekeken", &subject, state.clock.timestamp()).await?;
    }
    // A whole course's register: its sessions so far, and how often each person came.
    let (held, times) = match date {
        None => crate::ssr::db::attendance::course_register(&state.db, activiteit, state.clock.timestamp()).await?,
        Some(_) => Default::default(),
    };
    let (mut confirmed, mut waitlist) = (Vec::new(), Vec::new());
    for row in rows {
        let entry = SignupEntry {
            came: times.get(&row.id).copied().unwrap_or(0),
            member: row.account_id.is_some(),
            nickname: row.nickname,
            email: row.email,
            phone: row.phone,
            remark: row.remark,
        };
        match row.status {
            SignupStatus::Confirmed => confirmed.push(entry),
            SignupStatus::Waitlisted => waitlist.push(entry),
            SignupStatus::Cancelled => {}
        }
    }
    Ok(SignupList {
        activity_id: activiteit,
        activity_title: activity.title,
        member_title: activity.member_title,
        starts_at: date.as_ref().map(|d| d.starts_at),
        ends_at: date.as_ref().map(|d| d.ends_at),
        capacity: activity.capacity,
        begun_date: date
            .as_ref()
            .filter(|d| d.starts_at <= state.clock.now() && !d.cancelled && activity.group_id.is_none())
            .map(|d| d.id),
        held: if activity.group_id.is_none() { held } else { Vec::new() },
        confirmed,
        waitlist,
    })
}

/// My sign-ups that are not over yet ("mijn week").
#[server(endpoint = "my_week")]
pub async fn get_my_week(
    /// The personal feed's link, right after it was made: shown once when it is the real one.
    #[server(default)]
    agenda: String,
) -> Result<crate::domain::mine::MyWeek, AppError> {
    let state = crate::ssr::state::app_state()?;
    let me = crate::ssr::auth::authorised_account(&state, Action::ManageOwnSignups).await?;
    crate::ssr::signups::my_week(&state, me, state.clock.now(), &agenda).await
}

/// Makes my personal calendar feed (or a new link for it: the old one stops working), with
/// neutral titles ("Afspraak Kring") when `neutraal=ja`.
#[server(endpoint = "create_calendar_feed")]
pub async fn create_calendar_feed(#[server(default)] neutraal: String) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    let me = crate::ssr::auth::authorised_account(&state, Action::ManageOwnSignups).await?;
    let (token, hash) = crate::ssr::auth::session::new_token();
    crate::ssr::db::calendar::set_personal(&state.db, me, &hash, neutraal == "ja", state.clock.timestamp()).await?;
    leptos_axum::redirect(&format!("/mijn-week?agenda={token}#agenda"));
    Ok(())
}

/// Switches my personal calendar feed off: its link stops working at once.
#[server(endpoint = "remove_calendar_feed")]
pub async fn remove_calendar_feed() -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    let me = crate::ssr::auth::authorised_account(&state, Action::ManageOwnSignups).await?;
    crate::ssr::db::calendar::remove_personal(&state.db, me).await?;
    leptos_axum::redirect("/mijn-week?agenda_uit=1#agenda");
    Ok(())
}

/// One of the caller's own sign-ups (anyone else's is not found).
#[cfg(feature = "ssr")]
async fn my_own_signup(
    state: &crate::ssr::state::AppState,
    id: i64,
) -> Result<crate::ssr::db::signups::SignupRow, AppError> {
    let me = crate::ssr::auth::authorised_account(state, Action::ManageOwnSignups).await?;
    crate::ssr::db::signups::get(&state.db, id)
        .await?
        .filter(|s| s.account_id == Some(me))
        .ok_or(AppError::NotFound)
}

/// Cancels one of my sign-ups with one tap.
#[server(endpoint = "cancel_my_signup")]
pub async fn cancel_my_signup(id: i64) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    let signup = my_own_signup(&state, id).await?;
    crate::ssr::signups::cancel(&state, &signup, state.clock.now()).await?;
    leptos_axum::redirect("/mijn-week?afgemeld=1");
    Ok(())
}

/// "Ik kan deze keer niet" (or "ik kom toch", `kom=ja`) for one session of my course.
#[server(endpoint = "skip_my_session")]
pub async fn skip_my_session(id: i64, datum: i64, #[server(default)] kom: String) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    let signup = my_own_signup(&state, id).await?;
    crate::ssr::signups::set_absent(&state, &signup, datum, kom != "ja", state.clock.now()).await?;
    leptos_axum::redirect("/mijn-week?keer=1");
    Ok(())
}

/// What changed about dates I signed up for since I last looked (empty for visitors).
#[server(endpoint = "my_changes")]
pub async fn get_my_changes() -> Result<Vec<DateChange>, AppError> {
    let state = crate::ssr::state::app_state()?;
    let actor = crate::ssr::auth::actor(&state).await?;
    match actor.account_id {
        Some(me) => Ok(crate::ssr::db::date_notices::unseen_of_account(&state.db, me).await?),
        None => Ok(Vec::new()),
    }
}

/// "Gezien": the changes up to `tot` (the newest one shown) are not shown again. Back to the page
/// they were shown on (`terug`: the home page or mijn week).
#[server(endpoint = "dismiss_changes")]
pub async fn dismiss_changes(tot: i64, #[server(default)] terug: String) -> Result<(), AppError> {
    let state = crate::ssr::state::app_state()?;
    let me = crate::ssr::auth::authorised_account(&state, Action::ManageOwnSignups).await?;
    crate::ssr::db::date_notices::mark_seen(&state.db, me, tot, state.clock.timestamp()).await?;
    let back = if terug == "mijn-week" {
        "/mijn-week?gezien=1"
    } else {
        "/?gezien=1"
    };
    leptos_axum::redirect(back);
    Ok(())
}
