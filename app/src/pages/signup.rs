//! Signing up on an activity's page (`SignupForm`) and the personal page of a sign-up
//! (`/aanmelding?token=…` or `?code=…`), where it can be cancelled with one tap.

use crate::api::signups::{get_signup, get_signup_list, get_signup_offer};
use crate::components::changes::{ChangeCard, DateStateLine};
use crate::components::form::{Choices, ConfirmStep, Field, Notice, PostForm};
use crate::components::share::CopyField;
use crate::context::use_viewer;
use crate::domain::signup::{
    CourseSession, SignupDate, SignupEntry, SignupList, SignupLookup, SignupOffer, SignupStatus, SignupView,
};
use crate::error::AppError;
use crate::i18n::{fill, use_lang, Lang};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// The sign-up form of an activity; the `fallback` line when it cannot be signed up for here.
#[component]
pub fn SignupForm(activity_id: i64, fallback: &'static str) -> impl IntoView {
    Suspend::new(async move {
        match get_signup_offer(activity_id).await {
            Ok(Some(offer)) if offer.whole_course || !offer.dates.is_empty() => view! { <OfferForm offer/> }.into_any(),
            _ => view! { <p>{fallback}</p> }.into_any(),
        }
    })
}

fn places_text(lang: Lang, left: Option<i64>) -> String {
    let t = lang.texts();
    match left {
        None => String::new(),
        Some(0) => t.places_full.to_owned(),
        Some(1) => t.places_one.to_owned(),
        Some(n) => fill(t.places_many, &[("n", &n.to_string())]),
    }
}

fn date_label(lang: Lang, date: &SignupDate) -> String {
    let t = lang.texts();
    let mut label = lang.date_line(date.starts_at, date.ends_at);
    let status = match date.mine {
        Some(SignupStatus::Confirmed) => t.you_are_signed_up.to_owned(),
        Some(SignupStatus::Waitlisted) => t.you_are_waitlisted.to_owned(),
        _ => places_text(lang, date.places_left),
    };
    if !status.is_empty() {
        label = format!("{label} · {status}");
    }
    label
}

#[component]
fn OfferForm(offer: SignupOffer) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let viewer = use_viewer();
    const A: &str = "sign_up";
    let choice = if offer.whole_course {
        let status = match offer.course_mine {
            Some(SignupStatus::Confirmed) => t.you_are_signed_up.to_owned(),
            Some(SignupStatus::Waitlisted) => t.you_are_waitlisted.to_owned(),
            _ => places_text(lang, offer.course_places_left),
        };
        let count = fill(t.course_sessions, &[("n", &offer.dates.len().to_string())]);
        let drop_in = (offer.drop_in && offer.course_mine.is_none()).then(|| {
            let whole = if status.is_empty() {
                t.whole_course_option.to_owned()
            } else {
                format!("{} · {status}", t.whole_course_option)
            };
            let options = std::iter::once(("0".to_owned(), whole))
                .chain(
                    offer
                        .dates
                        .iter()
                        .map(|date| (date.occurrence_id.to_string(), date_label(lang, date))),
                )
                .collect::<Vec<_>>();
            view! {
                <Choices action=A name="datum" legend=t.field_course_choice hint=t.drop_in_choice_hint options chosen=vec!["0".to_owned()]/>
            }
        });
        let status = drop_in.is_none().then_some(status).filter(|s| !s.is_empty());
        view! {
            <p>{count}</p>
            {status.map(|status| view! { <p><strong>{status}</strong></p> })}
            {drop_in}
        }
        .into_any()
    } else {
        let options = offer
            .dates
            .iter()
            .map(|date| (date.occurrence_id.to_string(), date_label(lang, date)))
            .collect::<Vec<_>>();
        let first = offer
            .dates
            .first()
            .map(|d| vec![d.occurrence_id.to_string()])
            .unwrap_or_default();
        view! { <Choices action=A name="datum" legend=t.field_signup_date options chosen=first/> }.into_any()
    };
    let full_everywhere = if offer.whole_course {
        offer.course_places_left == Some(0)
    } else {
        offer.dates.iter().all(|d| d.places_left == Some(0))
    };
    let button = if full_everywhere {
        t.join_waitlist_button
    } else {
        t.sign_up_button
    };
    let who = match viewer {
        Some(viewer) => view! {
            <p>{fill(t.sign_up_as, &[("name", &viewer.nickname)])}</p>
            <Field action=A name="opmerking" label=t.field_signup_remark optional=true hint=t.signup_remark_hint/>
        }
        .into_any(),
        None => view! {
            <Field action=A name="bijnaam" label=t.field_signup_nickname hint=t.signup_nickname_hint autocomplete="nickname"/>
            <Field action=A name="email" label=t.field_email kind="email" autocomplete="email" optional=true hint=t.signup_email_hint/>
            <Field action=A name="telefoon" label=t.field_phone kind="tel" autocomplete="tel" optional=true/>
            <Field action=A name="opmerking" label=t.field_signup_remark optional=true hint=t.signup_remark_hint/>
            <p class="hint">{t.signup_privacy}</p>
        }
        .into_any(),
    };
    view! {
        <PostForm action=A class="stack">
            <input type="hidden" name="activiteit" value=offer.activity_id.to_string()/>
            {choice}
            {who}
            <p class="hint">{t.waitlist_hint}</p>
            <button type="submit" class="button primary">{button}</button>
        </PostForm>
    }
}

/// `/aanmelding`: a sign-up by its personal link or code, or a form to type the code.
#[component]
pub fn SignupPage() -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let query = use_query_map().get_untracked();
    let token = query.get("token").unwrap_or_default();
    let code = query.get("code").unwrap_or_default();
    if token.is_empty() && code.is_empty() {
        return view! {
            <Title text=t.signup_page_title/>
            <h1>{t.signup_page_title}</h1>
            <CodeForm/>
        }
        .into_any();
    }
    view! {
        <Title text=t.signup_page_title/>
        <h1>{t.signup_page_title}</h1>
        {Suspend::new(async move {
            match get_signup(token.clone(), code.clone()).await {
                Ok(SignupLookup::Found(signup)) => view! { <SignupContent signup=*signup token code/> }.into_any(),
                Ok(SignupLookup::Gone(changes)) => view! {
                    <p class="form-message" role="alert">{t.signup_gone}</p>
                    <ul class="cards">
                        {changes.into_iter().map(|change| view! { <ChangeCard change/> }).collect_view()}
                    </ul>
                    <p><a class="button" href="/activiteiten">{t.signup_off_next}</a></p>
                }
                .into_any(),
                Err(AppError::Invalid(_) | AppError::NotFound) => {
                    crate::components::status::set_status(http::StatusCode::NOT_FOUND);
                    view! {
                        <p class="form-message" role="alert">{t.signup_not_found}</p>
                        <CodeForm/>
                    }
                    .into_any()
                }
                Err(error) => crate::pages::not_found::refusal(error),
            }
        })}
    }
    .into_any()
}

/// Look a sign-up up by its code (a plain GET form).
#[component]
fn CodeForm() -> impl IntoView {
    let t = use_lang().texts();
    view! {
        <form method="get" action="/aanmelding" class="stack">
            <div class="field">
                <label for="veld-code">{t.field_signup_code}</label>
                <p class="hint" id="veld-code-uitleg">{t.signup_code_hint}</p>
                <input id="veld-code" name="code" type="text" autocomplete="off" aria-describedby="veld-code-uitleg"/>
            </div>
            <button type="submit" class="button primary">{t.find_signup_button}</button>
        </form>
    }
}

#[component]
fn SignupContent(signup: SignupView, token: String, code: String) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let when = match (signup.starts_at, signup.ends_at) {
        (Some(starts), Some(ends)) => lang.date_line(starts, ends),
        _ => t.whole_course.to_owned(),
    };
    let status = match signup.status {
        SignupStatus::Confirmed => t.status_confirmed.to_owned(),
        SignupStatus::Waitlisted => fill(
            t.status_waitlisted,
            &[("n", &signup.waitlist_position.unwrap_or(1).to_string())],
        ),
        SignupStatus::Cancelled => t.status_cancelled.to_owned(),
    };
    let off = signup.state.is_off() && signup.status != SignupStatus::Cancelled;
    // A member keeps nothing: mijn week is their place.
    let link = (!signup.personal_link.is_empty() && !signup.member).then(|| signup.personal_link.clone());
    let show_code = !code.is_empty() && !token.is_empty();
    // A new sign-up: "Gelukt!" only for a place; a waitlist place says so, with its number.
    let new_notice =
        use_query_map()
            .get_untracked()
            .get("nieuw")
            .is_some()
            .then(|| match (signup.status, signup.member) {
                (SignupStatus::Waitlisted, _) => fill(
                    t.signup_waitlist_notice,
                    &[("n", &signup.waitlist_position.unwrap_or(1).to_string())],
                ),
                (_, true) => t.signup_done_member_notice.to_owned(),
                (_, false) => t.signup_done_notice.to_owned(),
            });
    view! {
        {new_notice.map(|text| view! { <p class="notice" role="status">{text}</p> })}
        <Notice key="al" text=t.signup_already_notice/>
        <Notice key="afgemeld" text=t.signup_cancelled_notice/>
        <dl class="details">
            <dt>{t.signup_what}</dt>
            <dd><a href=format!("/activiteiten/{}", signup.activity_id)>{signup.activity_title.clone()}</a>
                " · " {signup.centre_name.clone()}</dd>
            <dt>{t.signup_when}</dt>
            <dd>{when}</dd>
            <dt>{t.signup_who}</dt>
            <dd>{signup.nickname.clone()}</dd>
            {(!off).then(|| view! {
                <dt>{t.signup_status}</dt>
                <dd><strong>{status.clone()}</strong></dd>
            })}
        </dl>
        {(signup.status != SignupStatus::Cancelled).then(|| view! { <DateStateLine state=signup.state.clone()/> })}
        <AttendedLine dates=signup.attended.clone()/>
        {off.then(|| view! {
            <p><a class="button" href=format!("/activiteiten/{}", signup.activity_id)>{t.signup_off_other_dates}</a></p>
        })}
        {(signup.status != SignupStatus::Cancelled && !off).then(|| {
            let href = match signup.occurrence_id {
                Some(date) => format!("/activiteiten/{}/agenda.ics?datum={date}", signup.activity_id),
                None => format!("/activiteiten/{}/agenda.ics", signup.activity_id),
            };
            view! { <p><a class="button secondary" href=href download="">{t.add_to_calendar}</a></p> }
        })}
        {link.map(|link| view! {
            <section aria-labelledby="bewaren">
                <h2 id="bewaren">{t.keep_link_heading}</h2>
                <p>{t.keep_link_intro}</p>
                <CopyField id="persoonlijke-link" label=t.personal_link_label value=link/>
                {show_code.then(|| view! {
                    <p>{t.your_code_is} " " <strong class="key">{code.clone()}</strong></p>
                })}
            </section>
        })}
        <Notice key="keer" text=t.session_saved_notice/>
        <Notice key="herinneringen" text=t.reminders_saved_notice/>
        {signup.reminders.filter(|_| signup.status != SignupStatus::Cancelled && !off).map(|on| {
            let (token, code) = (token.clone(), code.clone());
            view! {
            <p>{t.reminders_label} ": " {if on { t.reminders_on } else { t.reminders_off }}</p>
            <PostForm action="set_signup_reminders" explain=true>
                <input type="hidden" name="token" value=token/>
                <input type="hidden" name="code" value=code/>
                {(!on).then(|| view! { <input type="hidden" name="aan" value="ja"/> })}
                <button type="submit" class="button secondary">
                    {if on { t.reminders_switch_off } else { t.reminders_switch_on }}
                </button>
            </PostForm>
            }
        })}
        {(!signup.sessions.is_empty()).then(|| {
            let hidden = vec![("token", token.clone()), ("code", code.clone())];
            view! { <CourseSessions action="skip_session" sessions=signup.sessions.clone() hidden/> }
        })}
        {signup.may_cancel.then(|| view! {
            <ConfirmStep label=t.cancel_signup_button question=t.cancel_signup_question>
                <PostForm action="cancel_signup" class="stack" explain=true>
                    <input type="hidden" name="token" value=token.clone()/>
                    <input type="hidden" name="code" value=code.clone()/>
                    <button type="submit" class="button danger">{t.cancel_signup_confirm}</button>
                </PostForm>
            </ConfirmStep>
        })}
    }
}

/// The sessions to come of a course one is in, each with "Ik kan deze keer niet" (or "Ik kom
/// toch"). `hidden` names the sign-up in each form.
#[component]
pub(crate) fn CourseSessions(
    action: &'static str,
    sessions: Vec<CourseSession>,
    hidden: Vec<(&'static str, String)>,
) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let rows = sessions
        .into_iter()
        .map(|session| {
            let when = lang.date_line(session.starts_at, session.ends_at);
            let (state, button, come) = if session.absent {
                (Some(t.session_absent), t.session_come_button, "ja")
            } else {
                (None, t.session_skip_button, "")
            };
            let label = format!("{button}: {when}");
            let hidden = hidden
                .iter()
                .map(|(name, value)| view! { <input type="hidden" name=*name value=value.clone()/> })
                .collect_view();
            let off = session.state.is_off();
            view! {
                <li class="session-row">
                    <span>
                        {when.clone()} {state.filter(|_| !off).map(|s| view! { " · " <strong>{s}</strong> })}
                        <DateStateLine state=session.state.clone()/>
                    </span>
                    {(!off).then(|| view! {
                        <PostForm action=action only_for=("datum", session.occurrence_id.to_string()) explain=true>
                            {hidden}
                            <input type="hidden" name="datum" value=session.occurrence_id.to_string()/>
                            <input type="hidden" name="kom" value=come/>
                            <button type="submit" class="button secondary" aria-label=label>{button}</button>
                        </PostForm>
                    })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="bijeenkomsten">
            <h2 id="bijeenkomsten">{t.course_sessions_heading}</h2>
            <p class="hint">{t.course_sessions_hint}</p>
            <ul class="sessions">{rows}</ul>
        </section>
    }
}

/// "Je was erbij op: …": the dates a facilitator ticked me as there (nothing when none).
#[component]
pub fn AttendedLine(dates: Vec<chrono::DateTime<chrono::Utc>>) -> impl IntoView {
    let lang = use_lang();
    (!dates.is_empty()).then(|| {
        let days = dates
            .iter()
            .map(|d| lang.short_day(crate::domain::time::local_date(*d)))
            .collect::<Vec<_>>()
            .join(", ");
        view! { <p class="attended">{fill(lang.texts().attended_line, &[("dates", &days)])}</p> }
    })
}

/// A whole course's register: each session so far, how many came (or that it is still to be
/// filled in), with the way to fill it in.
#[component]
fn CourseRegister(held: Vec<crate::domain::signup::HeldSession>) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let rows = held
        .into_iter()
        .map(|session| {
            let day = lang.short_day(crate::domain::time::local_date(session.starts_at));
            let (count, button) = match session.head_count {
                Some(n) => (lang.people(n), t.register_change),
                None => (t.register_not_yet.to_owned(), t.register_fill),
            };
            let label = format!("{button}: {day}");
            view! {
                <li class="session-row">
                    <span><strong>{day}</strong> " · " {count}</span>
                    <a class="button secondary" href=format!("/beheer/data/{}/wie-waren-er", session.occurrence_id) aria-label=label>{button}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="wie-kwam-er">
            <h2 id="wie-kwam-er">{t.register_heading}</h2>
            <p class="hint">{t.register_hint}</p>
            <ul class="sessions">{rows}</ul>
        </section>
    }
}

/// `/beheer/aanmeldingen?activiteit=…&datum=…`: who comes, for those who run it.
#[component]
pub fn SignupListPage() -> impl IntoView {
    let t = use_lang().texts();
    let query = use_query_map().get_untracked();
    let activity = query.get("activiteit").and_then(|v| v.parse::<i64>().ok());
    let date = query.get("datum").and_then(|v| v.parse::<i64>().ok());
    Suspend::new(async move {
        let list = match activity {
            Some(activity) => get_signup_list(activity, date).await,
            None => Err(AppError::NotFound),
        };
        match list {
            Ok(list) => view! { <SignupListContent list/> }.into_any(),
            Err(error) => view! {
                <Title text=t.signup_list_title/>
                <h1>{t.signup_list_title}</h1>
                {crate::pages::not_found::refusal(error)}
            }
            .into_any(),
        }
    })
}

/// One person on the list; `counted`: for a course, how many of its sessions have a count so far
/// (their own attendance is shown against it).
fn entry_view(lang: Lang, entry: SignupEntry, counted: usize) -> impl IntoView {
    let t = lang.texts();
    let came = (counted > 0).then(|| {
        let line = fill(
            t.came_times,
            &[("n", &entry.came.to_string()), ("m", &counted.to_string())],
        );
        view! { " · " {line} }
    });
    let kind = if entry.member {
        t.signed_up_member
    } else {
        t.signed_up_guest
    };
    let email = (!entry.email.is_empty()).then(|| {
        let href = format!("mailto:{}", entry.email);
        view! { <br/> <a href=href>{entry.email.clone()}</a> }
    });
    let phone = (!entry.phone.is_empty()).then(|| {
        let href = format!("tel:{}", entry.phone.replace(' ', ""));
        view! { <br/> <a href=href>{entry.phone.clone()}</a> }
    });
    let remark = (!entry.remark.is_empty()).then(|| {
        view! { <br/> <span class="remark">{fill(t.signup_remark_line, &[("remark", &entry.remark)])}</span> }
    });
    let nickname = if entry.nickname.is_empty() {
        t.guest_details_removed.to_owned()
    } else {
        entry.nickname
    };
    view! { <li><strong>{nickname}</strong> " · " {kind} {came} {email} {phone} {remark}</li> }
}

#[component]
fn SignupListContent(list: SignupList) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let when = match (list.starts_at, list.ends_at) {
        (Some(starts), Some(ends)) => lang.date_line(starts, ends),
        _ => t.whole_course.to_owned(),
    };
    let title = if list.member_title.is_empty() {
        list.activity_title.clone()
    } else {
        list.member_title.clone()
    };
    let count = match list.capacity {
        Some(capacity) => fill(
            t.signup_count_of,
            &[("n", &list.confirmed.len().to_string()), ("max", &capacity.to_string())],
        ),
        None => fill(t.signup_count, &[("n", &list.confirmed.len().to_string())]),
    };
    let counted = list.held.iter().filter(|session| session.head_count.is_some()).count();
    let confirmed = if list.confirmed.is_empty() {
        view! { <p class="empty">{t.nobody_yet}</p> }.into_any()
    } else {
        view! { <ol class="sessions">{list.confirmed.into_iter().map(|e| entry_view(lang, e, counted)).collect_view()}</ol> }
            .into_any()
    };
    let waitlist = (!list.waitlist.is_empty()).then(|| {
        view! {
            <h2>{t.waitlist_heading}</h2>
            <ol class="sessions">{list.waitlist.into_iter().map(|e| entry_view(lang, e, 0)).collect_view()}</ol>
        }
    });
    view! {
        <Title text=t.signup_list_title/>
        <p class="breadcrumb"><a href=format!("/beheer/activiteiten/{}", list.activity_id)>{title.clone()}</a></p>
        <h1>{t.signup_list_title}</h1>
        <p class="lead">{title} ": " {when}</p>
        <p class="note">{t.signup_list_privacy}</p>
        {list.begun_date.map(|date| view! {
            <p><a class="button primary" href=format!("/beheer/data/{date}/wie-waren-er")>{t.head_count_title}</a></p>
        })}
        <h2>{count}</h2>
        {confirmed}
        {waitlist}
        {(!list.held.is_empty()).then(|| view! { <CourseRegister held=list.held.clone()/> })}
    }
}
