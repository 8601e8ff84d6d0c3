//! `/beheer/mail`: for admins, the mail that did not arrive, why (in words, with the server's
//! own answer folded away), the centre it was about, "Opnieuw versturen", and for a member's
//! address: correct it or take it away.

use crate::api::mail::get_mail_overview;
use crate::components::form::{Field, Notice, PostForm};
use crate::domain::mail::{MailOverview, MailProblem, MailReason, MailTarget};
use crate::i18n::{fill, use_lang, Texts};
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
        <Notice key="verbeterd" text=t.mail_fixed_notice/>
        <Notice key="weggehaald" text=t.mail_dropped_notice/>
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
    // One address at a time is corrected, in a form at the top (`?adres=ID`).
    let fixing = leptos_router::hooks::use_query_map()
        .get_untracked()
        .get("adres")
        .and_then(|id| id.parse::<i64>().ok())
        .and_then(|id| {
            overview
                .problems
                .iter()
                .find(|problem| problem.id == id)
                .and_then(|problem| {
                    problem
                        .member
                        .clone()
                        .map(|(_, name)| (id, name, problem.recipient.clone()))
                })
        })
        .map(|(id, name, recipient)| view! { <FixAddress id name recipient/> });
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
    let target = match &overview.target {
        MailTarget::Smtp(target) => fill(t.mail_target_smtp, &[("target", target)]),
        MailTarget::Folder(folder) => fill(t.mail_target_folder, &[("target", folder)]),
    };
    view! {
        {fixing}
        <p>{target}</p>
        <p>{fill(t.mail_waiting, &[("n", &overview.waiting.to_string())])}</p>
        <h2>{t.mail_problems_heading}</h2>
        <p class="hint">{t.mail_problems_intro}</p>
        {list}
    }
}

/// The form that puts the right address on a member's account.
#[component]
fn FixAddress(id: i64, name: String, recipient: String) -> impl IntoView {
    let t = use_lang().texts();
    view! {
        <section id="adres" aria-labelledby="adres-kop" class="form-section">
            <h2 id="adres-kop">{fill(t.fix_email_heading, &[("name", &name)])}</h2>
            <p>{recipient}</p>
            <PostForm action="fix_mail_address">
                <input type="hidden" name="id" value=id.to_string()/>
                <Field
                    action="fix_mail_address"
                    name="email"
                    label=t.field_fixed_email
                    kind="email"
                    autocomplete="off"
                    hint=t.fixed_email_hint
                />
                <button type="submit" class="button">{t.fix_email_button}</button>
            </PostForm>
            <p><a href="/beheer/mail">{t.fix_email_cancel}</a></p>
        </section>
    }
}

fn reason_text(t: &'static Texts, reason: MailReason) -> &'static str {
    match reason {
        MailReason::AddressUnknown => t.mail_reason_address_unknown,
        MailReason::MailboxFull => t.mail_reason_mailbox_full,
        MailReason::Refused => t.mail_reason_refused,
        MailReason::Login => t.mail_reason_login,
        MailReason::Unreachable => t.mail_reason_unreachable,
        MailReason::Busy => t.mail_reason_busy,
        MailReason::Folder => t.mail_reason_folder,
        MailReason::Other => t.mail_reason_other,
    }
}

#[component]
fn ProblemItem(problem: MailProblem) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let state = if problem.bounced { t.mail_bounced } else { t.mail_failed };
    let attempts = if problem.attempts == 1 {
        t.mail_attempts_one.to_owned()
    } else {
        fill(t.mail_attempts, &[("n", &problem.attempts.to_string())])
    };
    let label = format!("{}: {}", t.mail_resend_button, problem.recipient);
    let id = problem.id.to_string();
    let member = problem.member.clone().map(|(_, name)| {
        let id = id.clone();
        view! {
            <p>{fill(t.mail_member_line, &[("name", &name)])}</p>
            <p><a href=format!("/beheer/mail?adres={id}#adres")>{t.fix_email_link}</a></p>
            <p class="hint">{fill(t.drop_email_hint, &[("name", &name)])}</p>
            <PostForm action="drop_mail_address" only_for=("id", id.clone()) explain=true>
                <input type="hidden" name="id" value=id.clone()/>
                <button type="submit" class="button danger">{t.drop_email_button}</button>
            </PostForm>
        }
    });
    let resend = (!problem.reason.address_problem() || problem.member.is_none()).then(|| {
        view! {
            <PostForm action="resend_mail" only_for=("id", id.clone()) explain=true>
                <input type="hidden" name="id" value=id.clone()/>
                <button type="submit" class="button secondary" aria-label=label>{t.mail_resend_button}</button>
            </PostForm>
        }
    });
    view! {
        <li class="card">
            <p class="card-time">{lang.moment(problem.queued_at)}</p>
            <p class="card-title">{problem.subject.clone()}</p>
            {problem.centre.clone().map(|centre| view! { <p>{fill(t.mail_about_centre, &[("centre", &centre)])}</p> })}
            <p>{problem.recipient.clone()}</p>
            <p><strong>{state}</strong> " · " {attempts}</p>
            <p>{reason_text(t, problem.reason)}</p>
            {(!problem.last_error.is_empty()).then(|| view! {
                <details class="hint">
                    <summary>{t.mail_server_said}</summary>
                    <p>{problem.last_error.clone()}</p>
                </details>
            })}
            {resend}
            {member}
        </li>
    }
}
