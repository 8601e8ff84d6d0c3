//! `/groepen/:id`: a group as a visitor, a member or a facilitator sees it.

use super::facilitating::{Facilitating, InviteLink, Listing};
use super::kind_label;
use crate::api::groups::get_group;
use crate::components::form::{Checkbox, ConfirmStep, Notice, PostForm, TextArea};
use crate::components::text::PlainText;
use crate::domain::group::{GroupKind, GroupView, Membership};
use crate::i18n::use_lang;
use crate::pages::not_found::refusal;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn GroupPage() -> impl IntoView {
    let t = use_lang().texts();
    let id = use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|v| v.parse::<i64>().ok());
    let query = use_query_map().get_untracked();
    let invite = query.get("uitnodiging").unwrap_or_default();
    let older = query.get("ouder").and_then(|v| v.parse::<i64>().ok());
    let attendance = query.get("aanwezig").and_then(|v| v.parse::<i64>().ok());
    view! {
        <Meta name="robots" content="noindex, nofollow"/>
        {Suspend::new(async move {
            let group = match id {
                Some(id) => get_group(id, invite.clone(), older, attendance).await,
                None => Err(crate::error::AppError::NotFound),
            };
            match group {
                Ok(group) => view! { <GroupContent group/> }.into_any(),
                Err(error) => view! {
                    <Title text=t.group_title/>
                    <h1>{t.group_title}</h1>
                    {refusal(error)}
                }
                .into_any(),
            }
        })}
    }
}

#[component]
fn GroupContent(group: GroupView) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let title = group
        .inside
        .as_ref()
        .map(|inside| inside.name.clone())
        .unwrap_or_else(|| group.public_name.clone());
    let place = if group.online {
        format!("{} · {}", group.centre_name, t.group_online)
    } else {
        group.centre_name.clone()
    };
    let status = group.mine.as_ref().map(|(status, _)| *status);
    let answer = group
        .mine
        .as_ref()
        .map(|(_, message)| message.clone())
        .unwrap_or_default();
    let about = group.about.clone().map(|about| {
        view! {
            {(!about.description.is_empty()).then(|| view! { <PlainText text=about.description.clone()/> })}
            {about.theme.map(|theme| view! { <p class="card-tags">{t.theme(theme)}</p> })}
            <section aria-labelledby="wanneer-waar">
                <h2 id="wanneer-waar">{t.group_when_where_heading}</h2>
                {if about.next_meetings.is_empty() {
                    view! { <p>{t.group_no_meetings_yet}</p> }.into_any()
                } else {
                    view! {
                        <ul class="plain-list">
                            {about.next_meetings.iter().map(|(starts, ends, place)| view! {
                                <li>{lang.date_line(*starts, *ends)} " · " {place.clone()}</li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
                {(!about.facilitators.is_empty()).then(|| view! {
                    <p>{crate::i18n::fill(t.group_facilitated_by, &[("names", &about.facilitators.join(", "))])}</p>
                })}
            </section>
            <section aria-labelledby="afspraken">
                <h2 id="afspraken">{t.house_rules_heading}</h2>
                <PlainText text=about.house_rules.clone()/>
            </section>
        }
    });
    let invite = use_query_map().get_untracked().get("uitnodiging").unwrap_or_default();
    let login = group.about.is_none().then(|| {
        let here = if group.invited {
            format!("/groepen/{}?uitnodiging={invite}", group.id)
        } else {
            format!("/groepen/{}", group.id)
        };
        let href = format!(
            "/inloggen?terug={}",
            url::form_urlencoded::byte_serialize(here.as_bytes()).collect::<String>()
        );
        view! { <p>{t.group_login_hint} " " <a href=href>{t.nav_login}</a></p> }
    });
    let inside = group.inside.clone().map(|inside| {
        let members = inside
            .members
            .into_iter()
            .map(|name| view! { <li>{name}</li> })
            .collect_view();
        let facilitators = inside
            .facilitators
            .into_iter()
            .map(|name| view! { <li>{name}</li> })
            .collect_view();
        view! {
            <section aria-labelledby="wie">
                <h2 id="wie">{t.group_people_heading}</h2>
                <p class="note">{t.group_people_note}</p>
                <h3>{t.facilitators_heading}</h3>
                <ul class="tags">{facilitators}</ul>
                <h3>{t.members_heading}</h3>
                <ul class="tags">{members}</ul>
            </section>
        }
    });
    let id = group.id;
    let my_part = match status {
        _ if group.about.is_none() => ().into_any(),
        _ if group.proposed => view! { <p class="notice" role="status">{t.proposal_waiting}</p> }.into_any(),
        Some(Membership::Member) => view! { <MyMembership id paused=false wants_mail=group.wants_mail/> }.into_any(),
        Some(Membership::Paused) => view! { <MyMembership id paused=true wants_mail=group.wants_mail/> }.into_any(),
        Some(Membership::Requested) => view! {
            <p><strong>{t.membership_requested}</strong></p>
            <LeaveForm id label=t.withdraw_join_button/>
        }
        .into_any(),
        Some(Membership::Removed) => view! {
            <p><strong>{t.membership_removed}</strong></p>
            {(!answer.is_empty()).then(|| view! { <PlainText text=answer.clone()/> })}
        }
        .into_any(),
        // Who runs the group does not ask to join it.
        Some(Membership::Declined) | None if group.facilitates => {
            view! { <p class="note">{t.you_run_this_group}</p> }.into_any()
        }
        Some(Membership::Declined) | None if group.kind == GroupKind::Unlisted && !group.invited => ().into_any(),
        Some(Membership::Declined) | None => {
            let declined = (status == Some(Membership::Declined)).then(|| {
                view! {
                    <p><strong>{t.membership_declined}</strong></p>
                    {(!answer.is_empty()).then(|| view! { <PlainText text=answer.clone()/> })}
                }
            });
            let invite = if group.invited { invite.clone() } else { String::new() };
            view! {
                {declined}
                <JoinForm id kind=group.kind full=group.full invite/>
            }
            .into_any()
        }
    };
    let meetings = group.meetings.clone().map(|meetings| {
        view! {
            <crate::pages::board::GroupMeetings id meetings facilitates=group.facilitates attendance=group.attendance.clone()/>
        }
    });
    let board = group.board.clone().map(|board| {
        view! { <crate::pages::board::GroupBoard id board facilitates=group.facilitates reported=group.reported.clone()/> }
    });
    let people = group.facilitates.then(|| {
        view! {
            <Facilitating id people=group.people.clone()/>
            {(group.kind != GroupKind::Unlisted).then(|| view! {
                <Listing id listed=group.listed public_name=group.public_name.clone()/>
            })}
            <InviteLink id has_invite=group.has_invite base=group.invite_base.clone()/>
        }
    });
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <Notice key="welkom" text=t.joined_group_notice/>
        <Notice key="gevraagd" text=t.asked_to_join_notice/>
        <Notice key="gepauzeerd" text=t.group_paused_notice/>
        <Notice key="terug" text=t.group_resumed_notice/>
        <Notice key="lid" text=t.request_accepted_group_notice/>
        <Notice key="afgewezen" text=t.request_declined_group_notice/>
        <Notice key="verwijderd" text=t.member_removed_notice/>
        <p class="lead">{place} " · " {kind_label(lang, group.kind)}</p>
        {about}
        {login}
        {my_part}
        {meetings}
        {board}
        {inside}
        {people}
    }
}

/// A member's own part: pause or take part again, and leave.
#[component]
fn MyMembership(id: i64, paused: bool, wants_mail: bool) -> impl IntoView {
    let t = use_lang().texts();
    let (text, pauze, label, class) = if paused {
        (t.paused_explained, "nee", t.group_resume_button, "button primary")
    } else {
        (t.membership_member, "ja", t.group_pause_button, "button secondary")
    };
    view! {
        <section aria-labelledby="mijn-lidmaatschap">
            <h2 id="mijn-lidmaatschap">{t.my_membership_heading}</h2>
            <p>{text}</p>
            <PostForm action="pause_group" class="inline-form" explain=true>
                <input type="hidden" name="id" value=id.to_string()/>
                <input type="hidden" name="pauze" value=pauze/>
                <button type="submit" class=class>{label}</button>
            </PostForm>
            <LeaveForm id label=t.leave_button/>
            <crate::pages::board::AnnouncementMail id on=wants_mail/>
        </section>
    }
}

#[component]
fn LeaveForm(id: i64, label: &'static str) -> impl IntoView {
    let t = use_lang().texts();
    view! {
        <ConfirmStep label question=t.leave_question>
            <PostForm action="leave_group" explain=true>
                <input type="hidden" name="id" value=id.to_string()/>
                <button type="submit" class="button danger">{t.leave_confirm}</button>
            </PostForm>
        </ConfirmStep>
    }
}

/// Join an open group, or ask to join a closed one, after reading the house rules.
#[component]
fn JoinForm(id: i64, kind: GroupKind, full: bool, invite: String) -> impl IntoView {
    const A: &str = "join_group";
    let t = use_lang().texts();
    let direct = kind == GroupKind::Open || !invite.is_empty();
    if full && direct {
        return view! { <p><strong>{t.group_full}</strong></p> }.into_any();
    }
    let closed = !direct;
    view! {
        <section aria-labelledby="meedoen">
            <h2 id="meedoen">{if closed { t.ask_to_join_heading } else { t.join_heading }}</h2>
            <PostForm action=A class="stack">
                <input type="hidden" name="id" value=id.to_string()/>
                {(!invite.is_empty()).then(|| view! { <input type="hidden" name="uitnodiging" value=invite.clone()/> })}
                <Checkbox action=A name="akkoord" label=t.field_agree_rules/>
                {closed.then(|| view! {
                    <TextArea action=A name="bericht" label=t.field_join_message hint=t.join_message_hint optional=true rows=3/>
                })}
                <button type="submit" class="button primary">{if closed { t.ask_to_join_button } else { t.join_button }}</button>
            </PostForm>
            <p class="hint">{t.leave_any_time_hint}</p>
        </section>
    }
    .into_any()
}
