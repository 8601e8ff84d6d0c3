//! `/beheer` (my centres; for admins all centres and their coordinators), `/beheer/centra/:slug/team` (a centre's team and
//! its invitations) and `/uitnodiging` (accepting an invitation).

use crate::api::programme::get_my_centres;
use crate::api::teams::{get_centre_team, get_invite, get_platform};
use crate::components::form::{use_feedback, Field, Notice, PostForm};
use crate::context::use_viewer;
use crate::domain::policy::CentreRole;
use crate::domain::programme::ManagedCentre;
use crate::domain::team::{CentreOverview, CentreTeam};
use crate::error::AppError;
use crate::i18n::{fill, use_lang, use_texts};
use crate::pages::not_found::refusal;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn PlatformPage() -> impl IntoView {
    let t = use_texts();
    let is_admin = use_viewer().is_some_and(|viewer| viewer.is_admin);
    view! {
        <Title text=t.platform_title/>
        <h1>{t.platform_title}</h1>
        {Suspend::new(async move {
            match get_my_centres().await {
                Ok(centres) => view! { <MyCentres centres/> }.into_any(),
                Err(error) => refusal(error),
            }
        })}
        {is_admin.then(|| Suspend::new(async move {
            match get_platform().await {
                Ok(platform) => view! {
                    {(!platform.two_factor_on).then(|| view! {
                        <p class="form-message">
                            {t.two_factor_admin_notice} " "
                            <a href="/mijn-account/tweestaps">{t.two_factor_start_button}</a>
                        </p>
                    })}
                    <p><a href="/beheer/mail">{t.mail_page_link}</a></p>
                    <PlatformContent centres=platform.centres/>
                }
                .into_any(),
                Err(error) => refusal(error),
            }
        }))}
    }
}

#[component]
fn MyCentres(centres: Vec<ManagedCentre>) -> impl IntoView {
    let t = use_texts();
    if centres.is_empty() {
        return view! { <p class="empty">{t.no_centres_to_manage}</p> }.into_any();
    }
    let list = centres
        .into_iter()
        .map(|centre| {
            let role = centre.role.map(|role| format!(" · {}", t.role(role)));
            // Volunteers write down their own hours; those who run the centre see everyone's.
            let hours = match centre.role {
                Some(crate::domain::policy::CentreRole::Vrijwilliger) => {
                    view! { " · " <a href="/mijn-uren">{t.hours_link}</a> }.into_any()
                }
                _ => view! {
                    " · " <a href=format!("/beheer/centra/{}/uren", centre.slug)>{t.centre_hours_title}</a>
                }
                .into_any(),
            };
            view! {
                <li>
                    <a href=format!("/beheer/centra/{}", centre.slug)>{centre.name.clone()}</a>
                    <span class="muted">{format!(" · {}", centre.town)} {role}</span>
                    " · "
                    <a href=format!("/beheer/centra/{}/turven", centre.slug)>
                        {fill(t.tally_title_of, &[("centre", &centre.name)])}
                    </a>
                    {hours}
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="mijn-centra">
            <h2 id="mijn-centra">{t.my_centres_heading}</h2>
            <p>{t.my_centres_intro}</p>
            <ul class="sessions">{list}</ul>
        </section>
    }
    .into_any()
}

#[component]
fn PlatformContent(centres: Vec<CentreOverview>) -> impl IntoView {
    let t = use_texts();
    let list = centres
        .into_iter()
        .map(|centre| {
            let coordinators = if centre.coordinators.is_empty() {
                t.no_coordinator.to_owned()
            } else {
                fill(t.coordinators_line, &[("names", &centre.coordinators.join(", "))])
            };
            let hidden = format!(": {}", centre.name);
            view! {
                <li>
                    <a href=format!("/beheer/centra/{}", centre.slug)>{centre.name}</a>
                    <span class="muted">{format!(" · {}", centre.town)}</span>
                    <br/>
                    <span>{coordinators}</span>
                    <br/>
                    <a href=format!("/beheer/centra/{}/team?rol=coordinator#uitnodigen", centre.slug)>
                        {t.invite_coordinator_link}
                        <span class="visually-hidden">{hidden}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="lead">{t.platform_intro}</p>
        <section aria-labelledby="centra">
            <h2 id="centra">{t.all_centres_heading}</h2>
            <ul class="sessions">{list}</ul>
        </section>
        <section aria-labelledby="nieuw-centrum">
            <h2 id="nieuw-centrum">{t.new_centre_heading}</h2>
            <PostForm action="create_centre" class="stack">
                <Field action="create_centre" name="naam" label=t.field_centre_name/>
                <Field action="create_centre" name="plaats" label=t.field_town autocomplete="address-level2"/>
                <Field action="create_centre" name="adres" label=t.field_address autocomplete="street-address"/>
                <button type="submit" class="button primary">{t.create_centre_button}</button>
            </PostForm>
        </section>
    }
}

#[component]
pub fn CentreTeamPage() -> impl IntoView {
    let t = use_texts();
    let slug = use_params_map().get_untracked().get("slug").unwrap_or_default();
    Suspend::new(async move {
        match get_centre_team(slug).await {
            Ok(team) => view! { <TeamContent team/> }.into_any(),
            Err(error) => view! {
                <Title text=t.platform_title/>
                <h1>{t.platform_title}</h1>
                {refusal(error)}
            }
            .into_any(),
        }
    })
}

#[component]
fn TeamContent(team: CentreTeam) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let title = fill(t.team_title, &[("centre", &team.name)]);
    let query = use_query_map().get_untracked();
    let new_link = query
        .get("uitnodiging")
        .filter(|token| {
            token.len() <= 64
                && token
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
        .map(|token| format!("{}{token}", team.invite_base));
    // A login code just made: shown once, with who it is for.
    let help_code = query
        .get("hulpcode")
        .filter(|code| code.len() <= 16 && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'));
    let help_for = query.get("voor").unwrap_or_default();
    // The role the invitation just made gives, and the role the form starts with.
    let made_role = query.get("rol").and_then(|slug| CentreRole::from_slug(&slug));
    let chosen_role = made_role.unwrap_or(CentreRole::Vrijwilliger);
    let slug = team.slug.clone();
    let members = if team.members.is_empty() {
        view! { <p class="empty">{t.no_team}</p> }.into_any()
    } else {
        let items = team
            .members
            .into_iter()
            .map(|member| view! { <li><strong>{member.nickname}</strong>" · "{t.role(member.role)}</li> })
            .collect_view();
        view! { <ul class="sessions">{items}</ul> }.into_any()
    };
    let invites = (!team.open_invites.is_empty()).then(|| {
        let items = team
            .open_invites
            .into_iter()
            .map(|invite| {
                let text = fill(
                    t.invite_until,
                    &[("role", t.role(invite.role)), ("date", &lang.moment(invite.expires))],
                );
                view! { <li>{text}</li> }
            })
            .collect_view();
        view! {
            <h3>{t.open_invites_heading}</h3>
            <ul>{items}</ul>
        }
    });
    let role_choice = if team.may_invite_coordinators {
        let problem = use_feedback("create_invite").and_then(|f| f.problem("rol"));
        view! {
            <fieldset class="field">
                <legend>{t.field_role}</legend>
                {problem.map(|p| view! { <p class="field-error">{t.problem(p)}</p> })}
                <div class="choices">
                    <label class="choice">
                        <input type="radio" name="rol" value=CentreRole::Vrijwilliger.slug() checked=chosen_role == CentreRole::Vrijwilliger/>
                        {t.role_vrijwilliger}
                    </label>
                    <label class="choice">
                        <input type="radio" name="rol" value=CentreRole::Coordinator.slug() checked=chosen_role == CentreRole::Coordinator/>
                        {t.role_coordinator}
                    </label>
                </div>
            </fieldset>
        }
        .into_any()
    } else {
        view! {
            <input type="hidden" name="rol" value=CentreRole::Vrijwilliger.slug()/>
            <p>{t.invite_as_volunteer}</p>
        }
        .into_any()
    };
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <Notice key="nieuw" text=t.centre_created_notice/>
        <crate::pages::manage::CentreNav slug=team.slug.clone() may_manage=true current="team"/>
        {new_link.map(|link| view! {
            <div class="notice" role="status">
                <p>{t.invite_ready}</p>
                {made_role.map(|role| view! {
                    <p><strong>{fill(t.invite_gives_role, &[("role", &t.role_in_text(role)), ("centre", &team.name)])}</strong></p>
                })}
                <Notice key="gemaild" text=t.invite_mailed_notice/>
                <crate::components::share::CopyField id="uitnodigingslink" label=t.invite_link_label value=link/>
            </div>
        })}
        <section aria-labelledby="team">
            <h2 id="team">{t.team_heading}</h2>
            {members}
            {invites}
        </section>
        <section aria-labelledby="inloghulp">
            <h2 id="inloghulp">{t.login_help_heading}</h2>
            {help_code.map(|code| view! {
                <div class="notice" role="status">
                    <p>{fill(t.login_help_ready, &[("name", &help_for)])}</p>
                    <p class="key-line"><strong class="key">{code}</strong></p>
                    <p>{fill(t.login_help_how, &[("minutes", &crate::domain::account::LOGIN_HELP_MINUTES.to_string())])}</p>
                </div>
            })}
            <p>{t.login_help_intro}</p>
            <PostForm action="create_login_help" class="stack">
                <input type="hidden" name="centrum" value=slug/>
                <Field action="create_login_help" name="bijnaam" label=t.field_help_nickname autocomplete="off"/>
                <button type="submit" class="button secondary">{t.login_help_button}</button>
            </PostForm>
        </section>
        <section aria-labelledby="uitnodigen">
            <h2 id="uitnodigen">{t.invite_heading}</h2>
            <p>{t.invite_intro}</p>
            <PostForm action="create_invite" class="stack">
                <input type="hidden" name="centrum" value=team.slug/>
                {role_choice}
                <Field action="create_invite" name="email" label=t.field_invite_email kind="email" autocomplete="off" optional=true hint=t.invite_email_hint/>
                <button type="submit" class="button primary">{t.invite_button}</button>
            </PostForm>
        </section>
    }
}

#[component]
pub fn InvitePage() -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let token = use_query_map().get_untracked().get("token").unwrap_or_default();
    let logged_in = use_viewer().is_some();
    let here = format!("/uitnodiging?token={token}");
    view! {
        <Title text=t.invite_title/>
        <h1>{t.invite_title}</h1>
        {Suspend::new(async move {
            match get_invite(token.clone()).await {
                Ok(offer) => {
                    let text = fill(
                        t.invite_offer,
                        &[("role", &t.role_in_text(offer.role)), ("centre", &offer.centre_name)],
                    );
                    let action = if logged_in {
                        view! {
                            <PostForm action="accept_invite" class="stack">
                                <input type="hidden" name="token" value=token/>
                                <button type="submit" class="button primary">{t.accept_invite_button}</button>
                            </PostForm>
                        }
                        .into_any()
                    } else {
                        let back = url_escape(&here);
                        view! {
                            <p>{t.invite_login_first}</p>
                            <ul class="links">
                                <li><a href=format!("/inloggen?terug={back}")>{t.nav_login}</a></li>
                                <li><a href=format!("/registreren?terug={back}")>{t.register_link}</a></li>
                            </ul>
                        }
                        .into_any()
                    };
                    view! { <p class="lead">{text}</p> {action} }.into_any()
                }
                Err(AppError::NotFound) => {
                    crate::components::status::set_status(http::StatusCode::NOT_FOUND);
                    view! { <p class="form-message" role="alert">{t.invite_gone}</p> }.into_any()
                }
                Err(error) => refusal(error),
            }
        })}
    }
}

/// Percent-encodes a path with its query for use as a `terug` parameter.
fn url_escape(path: &str) -> String {
    path.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'/' => (b as char).to_string(),
            other => format!("%{other:02X}"),
        })
        .collect()
}
