//! Signing up on an activity's page (`SignupForm`) and the personal page of a sign-up
//! (`/aanmelding?token=…` or `?code=…`), where it can be cancelled with one tap.

use crate::api::signups::{get_signup, get_signup_offer};
use crate::app::use_viewer;
use crate::components::form::{Choices, Field, Notice, PostForm};
use crate::domain::signup::{SignupDate, SignupOffer, SignupStatus, SignupView};
use crate::domain::time::local_date;
use crate::error::AppError;
use crate::i18n::{clock_range, fill, use_lang, Lang};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// The sign-up form of an activity; `fallback` when it cannot be signed up for here.
#[component]
pub fn SignupForm(activity_id: i64, fallback: AnyView) -> impl IntoView {
    let fallback = std::sync::Mutex::new(Some(fallback));
    Suspend::new(async move {
        match get_signup_offer(activity_id).await {
            Ok(Some(offer)) if offer.whole_course || !offer.dates.is_empty() => view! { <OfferForm offer/> }.into_any(),
            _ => fallback
                .lock()
                .ok()
                .and_then(|mut f| f.take())
                .unwrap_or_else(|| ().into_any()),
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
    let mut label = format!(
        "{}, {}",
        lang.day_heading(local_date(date.starts_at)),
        clock_range(date.starts_at, date.ends_at)
    );
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
        view! {
            <p>{count}</p>
            {(!status.is_empty()).then(|| view! { <p><strong>{status}</strong></p> })}
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
        }
        .into_any(),
        None => view! {
            <Field action=A name="bijnaam" label=t.field_signup_nickname hint=t.signup_nickname_hint autocomplete="nickname"/>
            <Field action=A name="email" label=t.field_email kind="email" autocomplete="email" optional=true hint=t.signup_email_hint/>
            <Field action=A name="telefoon" label=t.field_phone kind="tel" autocomplete="tel" optional=true/>
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
                Ok(signup) => view! { <SignupContent signup token code/> }.into_any(),
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
        (Some(starts), Some(ends)) => format!(
            "{}, {}",
            lang.day_heading(local_date(starts)),
            clock_range(starts, ends)
        ),
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
    let link = (!signup.personal_link.is_empty()).then(|| signup.personal_link.clone());
    let show_code = !code.is_empty() && !token.is_empty();
    view! {
        <Notice key="nieuw" text=t.signup_done_notice/>
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
            <dt>{t.signup_status}</dt>
            <dd><strong>{status}</strong></dd>
        </dl>
        {link.map(|link| view! {
            <section aria-labelledby="bewaren">
                <h2 id="bewaren">{t.keep_link_heading}</h2>
                <p>{t.keep_link_intro}</p>
                <label for="persoonlijke-link">{t.personal_link_label}</label>
                <input id="persoonlijke-link" class="copy-field" type="text" readonly=true value=link/>
                {show_code.then(|| view! {
                    <p>{t.your_code_is} " " <strong class="key">{code.clone()}</strong></p>
                })}
            </section>
        })}
        {signup.may_cancel.then(|| view! {
            <PostForm action="cancel_signup" class="stack">
                <input type="hidden" name="token" value=token.clone()/>
                <input type="hidden" name="code" value=code.clone()/>
                <button type="submit" class="button danger">{t.cancel_signup_button}</button>
            </PostForm>
        })}
    }
}
