//! `/mijn-account/tweestaps` (set up or turn off two-factor login) and `/inloggen/tweestaps`
//! (the second step of a login).

use crate::api::two_factor::get_two_factor;
use crate::components::form::{Field, Notice, PostForm};
use crate::domain::account::{TwoFactorSetup, TwoFactorStatus};
use crate::i18n::{fill, use_texts};
use crate::pages::not_found::refusal;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn TwoFactorPage() -> impl IntoView {
    let t = use_texts();
    view! {
        <Title text=t.two_factor_title/>
        <h1>{t.two_factor_title}</h1>
        <Notice key="aan" text=t.two_factor_enabled_notice/>
        <Notice key="uit" text=t.two_factor_disabled_notice/>
        {Suspend::new(async move {
            match get_two_factor().await {
                Ok(status) => view! { <TwoFactorContent status/> }.into_any(),
                Err(error) => refusal(error),
            }
        })}
        <p><a href="/mijn-account">{t.cancel_link}</a></p>
    }
}

#[component]
fn TwoFactorContent(status: TwoFactorStatus) -> impl IntoView {
    let t = use_texts();
    if status.enabled {
        let left = fill(
            t.two_factor_codes_left,
            &[("n", &status.unused_recovery_codes.to_string())],
        );
        return view! {
            <p class="lead">{t.two_factor_on}</p>
            <p>{left}</p>
            <h2>{t.two_factor_disable_heading}</h2>
            <PostForm action="disable_two_factor" class="stack">
                <Field
                    action="disable_two_factor"
                    name="huidig_wachtwoord"
                    label=t.field_current_password
                    kind="password"
                    autocomplete="current-password"
                    hint=t.current_password_hint
                />
                <button type="submit" class="button danger">{t.two_factor_disable_button}</button>
            </PostForm>
        }
        .into_any();
    }
    match status.setup {
        Some(setup) => view! { <Setup setup/> }.into_any(),
        None => view! {
            <p class="lead">{t.two_factor_intro}</p>
            <PostForm action="start_two_factor">
                <button type="submit" class="button primary">{t.two_factor_start_button}</button>
            </PostForm>
        }
        .into_any(),
    }
}

#[component]
fn Setup(setup: TwoFactorSetup) -> impl IntoView {
    let t = use_texts();
    let codes = setup
        .recovery_codes
        .into_iter()
        .map(|code| view! { <li><code>{code}</code></li> })
        .collect_view();
    view! {
        <p>{t.two_factor_step_app}</p>
        <img class="qr" src=setup.qr_code alt=t.two_factor_qr_alt width="220" height="220"/>
        <p>{t.two_factor_key} ": " <code class="key">{setup.key}</code></p>
        <p>{t.two_factor_step_codes}</p>
        <ul class="recovery-codes">{codes}</ul>
        <p>{t.two_factor_step_confirm}</p>
        <PostForm action="confirm_two_factor" class="stack">
            <Field
                action="confirm_two_factor"
                name="code"
                label=t.field_app_code
                autocomplete="one-time-code"
                inputmode="numeric"
            />
            <button type="submit" class="button primary">{t.two_factor_confirm_button}</button>
        </PostForm>
    }
}

#[component]
pub fn SecondStepPage() -> impl IntoView {
    let t = use_texts();
    let handle = use_query_map().get_untracked().get("aanvraag").unwrap_or_default();
    view! {
        <Title text=t.second_step_title/>
        <h1>{t.second_step_title}</h1>
        <p class="lead">{t.second_step_intro}</p>
        <PostForm action="verify_second_factor" class="stack">
            <input type="hidden" name="aanvraag" value=handle/>
            <Field action="verify_second_factor" name="code" label=t.field_second_factor autocomplete="one-time-code"/>
            <button type="submit" class="button primary">{t.login_button}</button>
        </PostForm>
    }
}
