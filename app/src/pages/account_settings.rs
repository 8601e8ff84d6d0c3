//! Changing the account: nickname, e-mail address, password, and deleting it. Each change is its
//! own page with one form (one action per screen) and asks for the current password first.

use crate::api::accounts::get_my_account;
use crate::components::form::{Field, Notice, PostForm};
use crate::i18n::use_texts;
use crate::pages::not_found::refusal;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// The frame of a settings page: title, the account (or a redirect to log in), the form.
#[component]
fn SettingsPage<F, V>(title: &'static str, form: F) -> impl IntoView
where
    F: Fn(crate::domain::account::MyAccount) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let t = use_texts();
    view! {
        <Title text=title/>
        <h1>{title}</h1>
        {Suspend::new(async move {
            match get_my_account().await {
                Ok(account) => form(account).into_any(),
                Err(error) => refusal(error),
            }
        })}
        <p><a href="/mijn-account">{t.cancel_link}</a></p>
    }
}

#[component]
fn CurrentPassword(action: &'static str) -> impl IntoView {
    let t = use_texts();
    view! {
        <Field
            action
            name="huidig_wachtwoord"
            label=t.field_current_password
            kind="password"
            autocomplete="current-password"
            hint=t.current_password_hint
        />
    }
}

#[component]
pub fn ChangeNicknamePage() -> impl IntoView {
    let t = use_texts();
    view! {
        <SettingsPage title=t.change_nickname_title form=move |account| view! {
            <PostForm action="change_nickname" class="stack">
                <Field
                    action="change_nickname"
                    name="bijnaam"
                    label=t.field_new_nickname
                    autocomplete="username"
                    hint=t.nickname_hint
                    value=account.nickname
                />
                <CurrentPassword action="change_nickname"/>
                <button type="submit" class="button primary">{t.save_button}</button>
            </PostForm>
        }/>
    }
}

#[component]
pub fn ChangeEmailPage() -> impl IntoView {
    let t = use_texts();
    view! {
        <SettingsPage title=t.change_email_title form=move |account| view! {
            <PostForm action="change_email" class="stack">
                <Field
                    action="change_email"
                    name="email"
                    label=t.field_new_email
                    kind="email"
                    autocomplete="email"
                    hint=t.new_email_hint
                    value=account.email.unwrap_or_default()
                />
                <CurrentPassword action="change_email"/>
                <button type="submit" class="button primary">{t.save_button}</button>
            </PostForm>
        }/>
    }
}

#[component]
pub fn ChangePasswordPage() -> impl IntoView {
    let t = use_texts();
    view! {
        <Notice key="eerst" text=t.first_password_notice/>
        <SettingsPage title=t.change_password_title form=move |_| view! {
            <PostForm action="change_password" class="stack">
                <CurrentPassword action="change_password"/>
                <Field
                    action="change_password"
                    name="wachtwoord"
                    label=t.field_new_password
                    kind="password"
                    autocomplete="new-password"
                    hint=t.new_password_hint
                />
                <button type="submit" class="button primary">{t.save_button}</button>
            </PostForm>
        }/>
    }
}

#[component]
pub fn DeleteAccountPage() -> impl IntoView {
    let t = use_texts();
    view! {
        <SettingsPage title=t.delete_account_title form=move |_| view! {
            <p class="lead">{t.delete_intro}</p>
            <PostForm action="delete_account" class="stack">
                <CurrentPassword action="delete_account"/>
                <button type="submit" class="button danger">{t.delete_button}</button>
            </PostForm>
        }/>
    }
}

/// The page behind the link in an address confirmation mail.
#[component]
pub fn ConfirmEmailPage() -> impl IntoView {
    let t = use_texts();
    let query = use_query_map().get_untracked();
    let done = query.get("klaar").is_some();
    let token = query.get("token").unwrap_or_default();
    let body = if done {
        view! {
            <p class="notice" role="status">{t.email_confirmed_notice}</p>
            <p><a class="button" href="/mijn-account">{t.nav_account}</a></p>
        }
        .into_any()
    } else {
        view! {
            <p class="lead">{t.confirm_email_intro}</p>
            <PostForm action="confirm_email" class="stack">
                <input type="hidden" name="token" value=token/>
                <button type="submit" class="button primary">{t.confirm_email_button}</button>
            </PostForm>
        }
        .into_any()
    };
    view! {
        <Title text=t.confirm_email_title/>
        <h1>{t.confirm_email_title}</h1>
        {body}
    }
}
