//! `/registreren`, `/inloggen` and `/mijn-account`.

use crate::api::accounts::get_my_account;
use crate::components::form::{Field, Notice, PostForm};
use crate::context::use_viewer;
use crate::domain::account::{MyAccount, SessionInfo};
use crate::i18n::{fill, use_lang, use_texts};
use crate::pages::not_found::refusal;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// Shown instead of the register or login form to someone who is logged in already.
#[component]
fn AlreadyLoggedIn() -> impl IntoView {
    let t = use_texts();
    view! {
        <p>
            <a class="button" href="/mijn-account">{t.nav_account}</a>
        </p>
    }
}

/// The `terug` parameter when it is a path on this site.
fn return_path() -> Option<String> {
    use_query_map()
        .get_untracked()
        .get("terug")
        .filter(|path| crate::domain::form::is_safe_return_path(path))
}

#[component]
pub fn RegisterPage() -> impl IntoView {
    let t = use_texts();
    let back = return_path();
    let form = if use_viewer().is_some() {
        view! { <AlreadyLoggedIn/> }.into_any()
    } else {
        view! {
            <p class="lead">{t.register_intro}</p>
            <PostForm action="register" class="stack">
                {back.clone().map(|path| view! { <input type="hidden" name="terug" value=path/> })}
                <Field action="register" name="bijnaam" label=t.field_nickname autocomplete="username" hint=t.nickname_hint/>
                <Field
                    action="register"
                    name="wachtwoord"
                    label=t.field_password
                    kind="password"
                    autocomplete="new-password"
                    hint=t.new_password_hint
                />
                <Field
                    action="register"
                    name="email"
                    label=t.field_email
                    kind="email"
                    autocomplete="email"
                    hint=t.email_hint
                    optional=true
                />
                <button type="submit" class="button primary">{t.register_button}</button>
            </PostForm>
            <p>{t.have_account} " " <a href="/inloggen">{t.nav_login}</a></p>
        }
        .into_any()
    };
    view! {
        <Title text=t.register_title/>
        <h1>{t.register_title}</h1>
        {form}
    }
}

#[component]
pub fn LoginPage() -> impl IntoView {
    let t = use_texts();
    let back = return_path();
    let form = if use_viewer().is_some() {
        view! { <AlreadyLoggedIn/> }.into_any()
    } else {
        view! {
            <Notice key="overal_uitgelogd" text=t.ended_everywhere_notice/>
            <PostForm action="log_in" class="stack">
                {back.map(|path| view! { <input type="hidden" name="terug" value=path/> })}
                <Field action="log_in" name="bijnaam" label=t.field_login_name autocomplete="username"/>
                <Field
                    action="log_in"
                    name="wachtwoord"
                    label=t.field_password
                    kind="password"
                    autocomplete="current-password"
                />
                <button type="submit" class="button primary">{t.login_button}</button>
            </PostForm>
            <ul class="links">
                <li><a href="/inloggen/email">{t.login_by_email_link}</a></li>
                <li><a href="/wachtwoord-vergeten">{t.forgot_password_link}</a></li>
                <li>{t.no_account} " " <a href="/registreren">{t.register_link}</a></li>
            </ul>
        }
        .into_any()
    };
    view! {
        <Title text=t.login_title/>
        <h1>{t.login_title}</h1>
        {form}
    }
}

#[component]
pub fn AccountPage() -> impl IntoView {
    let t = use_texts();
    view! {
        <Title text=t.account_title/>
        <h1>{t.account_title}</h1>
        {Suspend::new(async move {
            match get_my_account().await {
                Ok(account) => view! { <AccountContent account/> }.into_any(),
                Err(error) => refusal(error),
            }
        })}
    }
}

#[component]
fn AccountContent(account: MyAccount) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let staff = account.is_admin
        || account
            .roles
            .iter()
            .any(|(_, _, role)| *role == crate::domain::policy::CentreRole::Coordinator);
    let sessions = account
        .sessions
        .into_iter()
        .map(|session| view! { <SessionItem session/> })
        .collect_view();
    view! {
        <Welcome
            key="welkom"
            text=t.welcome_notice
            heading=t.welcome_next_heading
            steps=vec![
                ("/activiteiten", t.welcome_step_agenda),
                ("/mijn/profiel", t.welcome_step_profile),
                ("/mijn-week", t.welcome_step_week),
            ]
        />
        <Notice key="mail" text=t.welcome_email_notice/>
        <Welcome
            key="rol_nieuw"
            text=t.role_added_notice
            heading=t.role_next_heading
            steps=vec![
                ("/mijn-week", t.role_step_week),
                ("/beheer", t.role_step_manage),
                ("/mijn/profiel", t.role_step_profile),
            ]
        />
        {account.helped_reset_at.map(|at| view! {
            <div class="notice" role="status">
                <p>{fill(t.helped_reset_notice, &[("when", &lang.moment(at))])}</p>
                <PostForm action="dismiss_help_notice" explain=true>
                    <button type="submit" class="button secondary">{t.changes_seen_button}</button>
                </PostForm>
            </div>
        })}
        {account.email_dropped.then(|| view! {
            <div class="notice" role="status">
                <p>{t.email_dropped_notice}</p>
                <p><a href="/mijn-account/email">{t.change_email_title}</a></p>
                <PostForm action="dismiss_email_notice" explain=true>
                    <button type="submit" class="button secondary">{t.changes_seen_button}</button>
                </PostForm>
            </div>
        })}
        <Notice key="wachtwoord_nieuw" text=t.password_reset_notice/>
        <Notice key="wachtwoord_gewijzigd" text=t.password_changed_notice/>
        <Notice key="bijnaam_nieuw" text=t.nickname_changed_notice/>
        <Notice key="email_gestuurd" text=t.email_sent_notice/>
        <Notice key="email_weg" text=t.email_removed_notice/>
        <section aria-labelledby="gegevens">
            <h2 id="gegevens">{t.account_details_heading}</h2>
            <dl class="details">
                <dt>{t.field_nickname}</dt>
                <dd>{account.nickname}</dd>
                <dt>{t.field_email}</dt>
                <dd>{account.email.clone().unwrap_or_else(|| t.no_email.to_owned())}</dd>
                // Reminders go by mail: without an address there is nothing to switch.
                {account.email.is_some().then(|| view! {
                    <dt>{t.reminders_label}</dt>
                    <dd>{if account.reminders { t.reminders_on } else { t.reminders_off }}</dd>
                })}
            </dl>
            <Notice key="herinneringen" text=t.reminders_saved_notice/>
            {account.email.is_some().then(|| view! {
                <PostForm action="set_my_reminders">
                    {(!account.reminders).then(|| view! { <input type="hidden" name="aan" value="ja"/> })}
                    <button type="submit" class="button secondary">
                        {if account.reminders { t.reminders_switch_off } else { t.reminders_switch_on }}
                    </button>
                </PostForm>
            })}
            <PostForm action="log_out">
                <button type="submit" class="button">{t.logout_button}</button>
            </PostForm>
        </section>
        <RolesSection is_admin=account.is_admin roles=account.roles/>
        <section aria-labelledby="aanpassen">
            <h2 id="aanpassen">{t.manage_heading}</h2>
            <ul class="links">
                <li><a href="/mijn/profiel">{t.my_profile_link}</a></li>
                <li><a href="/mijn/verzoeken">{t.my_requests_title}</a></li>
                <li><a href="/mijn-account/bijnaam">{t.change_nickname_title}</a></li>
                <li><a href="/mijn-account/email">{t.change_email_title}</a></li>
                <li><a href="/mijn-account/wachtwoord">{t.change_password_title}</a></li>
                {staff.then(|| view! { <li><a href="/mijn-account/tweestaps">{t.two_factor_title}</a></li> })}
            </ul>
        </section>
        <section aria-labelledby="sessies">
            <h2 id="sessies">{t.sessions_heading}</h2>
            <ul class="sessions">{sessions}</ul>
            <p class="hint">{t.end_all_hint}</p>
            <PostForm action="end_sessions">
                <button type="submit" class="button">{t.end_all_button}</button>
            </PostForm>
        </section>
        <section aria-labelledby="downloaden">
            <h2 id="downloaden">{t.export_title}</h2>
            <p>{t.export_text}</p>
            <p><a class="button secondary" href="/api/export_my_data" download="kring-mijn-gegevens.json">{t.export_link}</a></p>
        </section>
        <section aria-labelledby="verwijderen">
            <h2 id="verwijderen">{t.delete_account_title}</h2>
            <p><a href="/mijn-account/verwijderen">{t.delete_account_title}</a></p>
        </section>
    }
}

/// A welcome on top of the page with what to do next, when the query has `key`.
#[component]
fn Welcome(
    key: &'static str,
    text: &'static str,
    heading: &'static str,
    steps: Vec<(&'static str, &'static str)>,
) -> impl IntoView {
    let shown = use_query_map().get_untracked().get(key).is_some();
    shown.then(|| {
        let id = format!("{key}-kop");
        let labelled = id.clone();
        view! {
            <section class="notice welcome" role="status" aria-labelledby=labelled>
                <p id=id><strong>{text}</strong></p>
                <h2>{heading}</h2>
                <ul class="links">
                    {steps.into_iter().map(|(href, label)| view! { <li><a href=href>{label}</a></li> }).collect_view()}
                </ul>
            </section>
        }
    })
}

#[component]
fn SessionItem(session: SessionInfo) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let device = if session.device.is_empty() {
        t.unknown_device.to_owned()
    } else {
        session.device
    };
    let times = fill(
        t.session_times,
        &[
            ("started", &lang.moment(session.started)),
            ("seen", &lang.moment(session.last_seen)),
        ],
    );
    view! {
        <li>
            <strong>{device}</strong>
            {session.current.then(|| view! { " " <span class="badge">{t.this_device}</span> })}
            <br/>
            <span class="muted">{times}</span>
        </li>
    }
}

/// The roles of the account, with links to the pages where they are used.
#[component]
fn RolesSection(is_admin: bool, roles: Vec<(String, String, crate::domain::policy::CentreRole)>) -> impl IntoView {
    use crate::domain::policy::CentreRole;
    let t = use_texts();
    (is_admin || !roles.is_empty()).then(|| {
        let items = roles
            .into_iter()
            .map(|(slug, name, role)| {
                let text = fill(t.role_at, &[("role", t.role(role)), ("centre", &name)]);
                match role {
                    CentreRole::Coordinator => {
                        view! { <li><a href=format!("/beheer/centra/{slug}")>{text}</a></li> }.into_any()
                    }
                    CentreRole::Vrijwilliger => view! { <li>{text}</li> }.into_any(),
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="rollen">
                <h2 id="rollen">{t.roles_heading}</h2>
                <ul class="links">
                    {is_admin.then(|| view! { <li><a href="/beheer">{t.platform_title}</a></li> })}
                    {items}
                </ul>
            </section>
        }
    })
}
