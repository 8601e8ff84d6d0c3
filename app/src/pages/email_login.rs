//! Logging in and choosing a new password by e-mail: ask for a mail, type its code, or follow its
//! link (which shows a button; only the button's POST uses the link).

use crate::api::accounts::check_mail_link;
use crate::components::form::{Field, PostForm};
use crate::context::use_viewer;
use crate::i18n::{use_texts, Texts};
use crate::pages::not_found::ErrorNotice;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

fn query(key: &str) -> String {
    use_query_map().get_untracked().get(key).unwrap_or_default()
}

/// The form that asks for a mail.
#[component]
fn AskForMail(action: &'static str, intro: &'static str) -> impl IntoView {
    let t = use_texts();
    view! {
        <p class="lead">{intro}</p>
        <PostForm action class="stack">
            <Field action name="email" label=t.field_email kind="email" autocomplete="email"/>
            <button type="submit" class="button primary">{t.send_mail_button}</button>
        </PostForm>
        <p class="hint">{t.no_email_hint} " " <a href="/wachtwoord-vergeten/hulp">{t.help_code_link}</a></p>
    }
}

/// `/wachtwoord-vergeten/hulp`: a new password with a code someone at the centre gave.
#[component]
pub fn HelpCodePage() -> impl IntoView {
    let t = use_texts();
    view! {
        <Title text=t.help_code_title/>
        <h1>{t.help_code_title}</h1>
        <p class="lead">{t.help_code_intro}</p>
        <PostForm action="use_login_help" class="stack">
            <Field action="use_login_help" name="bijnaam" label=t.field_nickname autocomplete="username"/>
            <Field action="use_login_help" name="code" label=t.field_help_code autocomplete="off" hint=t.help_code_hint/>
            <NewPasswordField action="use_login_help"/>
            <button type="submit" class="button primary">{t.save_password_button}</button>
        </PostForm>
    }
}

#[component]
pub fn EmailLoginPage() -> impl IntoView {
    let t = use_texts();
    view! {
        <Title text=t.email_login_title/>
        <h1>{t.email_login_title}</h1>
        <AskForMail action="request_login_email" intro=t.email_login_intro/>
    }
}

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let t = use_texts();
    view! {
        <Title text=t.forgot_title/>
        <h1>{t.forgot_title}</h1>
        <AskForMail action="request_password_reset" intro=t.forgot_intro/>
    }
}

/// "Typ de code": the page a request for a mail leads to.
#[component]
pub fn LoginCodePage() -> impl IntoView {
    let t = use_texts();
    let handle = query("aanvraag");
    view! {
        <Title text=t.check_mail_title/>
        <h1>{t.check_mail_title}</h1>
        <p class="lead">{t.check_mail_intro}</p>
        <PostForm action="use_login_code" class="stack">
            <input type="hidden" name="aanvraag" value=handle/>
            <CodeField action="use_login_code"/>
            <button type="submit" class="button primary">{t.login_button}</button>
        </PostForm>
        <NoMail href="/inloggen/email"/>
    }
}

#[component]
pub fn ResetCodePage() -> impl IntoView {
    let t = use_texts();
    let handle = query("aanvraag");
    view! {
        <Title text=t.check_mail_title/>
        <h1>{t.check_mail_title}</h1>
        <p class="lead">{t.reset_code_intro}</p>
        <PostForm action="reset_password_with_code" class="stack">
            <input type="hidden" name="aanvraag" value=handle/>
            <CodeField action="reset_password_with_code"/>
            <NewPasswordField action="reset_password_with_code"/>
            <button type="submit" class="button primary">{t.save_password_button}</button>
        </PostForm>
        <NoMail href="/wachtwoord-vergeten"/>
    }
}

#[component]
fn CodeField(action: &'static str) -> impl IntoView {
    let t = use_texts();
    view! {
        <Field action name="code" label=t.field_code autocomplete="one-time-code" hint=t.code_hint inputmode="numeric"/>
    }
}

#[component]
fn NewPasswordField(action: &'static str) -> impl IntoView {
    let t = use_texts();
    view! {
        <Field
            action
            name="wachtwoord"
            label=t.field_new_password
            kind="password"
            autocomplete="new-password"
            hint=t.new_password_hint
        />
    }
}

#[component]
fn NoMail(href: &'static str) -> impl IntoView {
    let t = use_texts();
    view! {
        <p class="hint">{t.no_mail_hint}</p>
        <p><a href=href>{t.request_new_mail}</a></p>
    }
}

/// The page behind the link in a login mail: a button, or why the link no longer works.
#[component]
pub fn LoginLinkPage() -> impl IntoView {
    let t = use_texts();
    view! {
        <Title text=t.login_title/>
        <h1>{t.login_title}</h1>
        <LinkForm reset=false/>
    }
}

#[component]
pub fn ResetLinkPage() -> impl IntoView {
    let t = use_texts();
    view! {
        <Title text=t.forgot_title/>
        <h1>{t.forgot_title}</h1>
        <LinkForm reset=true/>
    }
}

fn link_form(t: &'static Texts, token: String, reset: bool) -> AnyView {
    if reset {
        view! {
            <p class="lead">{t.reset_link_intro}</p>
            <PostForm action="reset_password_with_link" class="stack">
                <input type="hidden" name="token" value=token/>
                <NewPasswordField action="reset_password_with_link"/>
                <button type="submit" class="button primary">{t.save_password_button}</button>
            </PostForm>
        }
        .into_any()
    } else {
        view! {
            <p class="lead">{t.link_login_intro}</p>
            <PostForm action="use_login_link" class="stack">
                <input type="hidden" name="token" value=token/>
                <button type="submit" class="button primary">{t.login_button}</button>
            </PostForm>
        }
        .into_any()
    }
}

#[component]
fn LinkForm(reset: bool) -> impl IntoView {
    let t = use_texts();
    let token = query("token");
    let again = if reset {
        "/wachtwoord-vergeten"
    } else {
        "/inloggen/email"
    };
    let logged_in = use_viewer().is_some();
    Suspend::new(async move {
        match check_mail_link(token.clone(), reset).await {
            Ok(true) if !logged_in || reset => link_form(t, token, reset),
            Ok(true) => view! { <p><a class="button" href="/mijn-account">{t.nav_account}</a></p> }.into_any(),
            Ok(false) => view! {
                <p class="form-message" role="alert">{t.problem_link_expired}</p>
                <p><a href=again>{t.request_new_mail}</a></p>
            }
            .into_any(),
            Err(error) => view! { <ErrorNotice error not_found=t.not_found_text/> }.into_any(),
        }
    })
}
