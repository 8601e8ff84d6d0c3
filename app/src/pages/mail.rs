//! `/beheer/mail`: for admins, the mail that did not arrive, each with "Opnieuw versturen".

use crate::api::mail::get_mail_overview;
use crate::components::form::{Notice, PostForm};
use crate::domain::mail::{MailOverview, MailProblem};
use crate::i18n::{fill, use_lang};
use crate::pages::not_found::refusal;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn MailPage() -> impl IntoView {
    let t = use_lang().texts();
    view! {
        <Title text=t.mail_page_title/>
        <p class="breadcrumb"><a href="/beheer">{t.platform_title}</a></p>
        <h1>{t.mail_page_title}</h1>
        <Notice key="opnieuw" text=t.mail_resent_notice/>
        {Suspend::new(async move {
            match get_mail_overview().await {
                Ok(overview) => view! { <MailContent overview/> }.into_any(),
                Err(error) => refusal(error),
            }
        })}
    }
}

#[component]
fn MailContent(overview: MailOverview) -> impl IntoView {
    let t = use_lang().texts();
    let list = if overview.problems.is_empty() {
        view! { <p class="empty">{t.mail_no_problems}</p> }.into_any()
    } else {
        view! {
            <ul class="cards">
                {overview.problems.into_iter().map(|problem| view! { <ProblemItem problem/> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <p>{fill(t.mail_target, &[("target", &overview.target)])}</p>
        <p>{fill(t.mail_waiting, &[("n", &overview.waiting.to_string())])}</p>
        <h2>{t.mail_problems_heading}</h2>
        <p class="hint">{t.mail_problems_intro}</p>
        {list}
    }
}

#[component]
fn ProblemItem(problem: MailProblem) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let state = if problem.bounced { t.mail_bounced } else { t.mail_failed };
    let label = format!("{}: {}", t.mail_resend_button, problem.recipient);
    view! {
        <li class="card">
            <p class="card-time">{lang.moment(problem.queued_at)}</p>
            <p class="card-title">{problem.subject.clone()}</p>
            <p>{problem.recipient.clone()}</p>
            <p><strong>{state}</strong> " · " {fill(t.mail_attempts, &[("n", &problem.attempts.to_string())])}</p>
            <p class="hint">{problem.last_error.clone()}</p>
            <PostForm action="resend_mail" only_for=("id", problem.id.to_string()) explain=true>
                <input type="hidden" name="id" value=problem.id.to_string()/>
                <button type="submit" class="button secondary" aria-label=label>{t.mail_resend_button}</button>
            </PostForm>
        </li>
    }
}
