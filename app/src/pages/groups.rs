//! Peer groups: `/groepen` (my groups and the listed ones), `/groepen/:id` (a group as far as the
//! viewer may see it, with joining, pausing and leaving, and for facilitators the requests and
//! members) and `/beheer/centra/:slug/groepen` (coordinators set groups up).

use crate::api::groups::{get_centre_groups, get_group, get_groups};
use crate::components::form::{Checkbox, Choices, ConfirmStep, Field, Notice, PostForm, TextArea};
use crate::components::text::PlainText;
use crate::domain::activity::Theme;
use crate::domain::group::{CentreGroups, GroupKind, GroupListing, GroupPerson, GroupView, ManagedGroup, Membership};
use crate::i18n::{use_lang, Lang};
use crate::pages::not_found::refusal;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

fn kind_label(lang: Lang, kind: GroupKind) -> &'static str {
    let t = lang.texts();
    match kind {
        GroupKind::Open => t.group_kind_open,
        GroupKind::Closed => t.group_kind_closed,
        GroupKind::Unlisted => t.group_kind_unlisted,
    }
}

fn status_label(lang: Lang, status: Membership) -> &'static str {
    let t = lang.texts();
    match status {
        Membership::Member => t.membership_member,
        Membership::Paused => t.membership_paused,
        Membership::Requested => t.membership_requested,
        Membership::Declined => t.membership_declined,
        Membership::Removed => t.membership_removed,
    }
}

fn listing_card(lang: Lang, group: GroupListing, status: Option<Membership>) -> impl IntoView {
    let t = lang.texts();
    let place = if group.online {
        format!("{} · {}", group.centre_name, t.group_online)
    } else {
        group.centre_name.clone()
    };
    view! {
        <li class="card">
            <p class="card-title"><a href=format!("/groepen/{}", group.id)>{group.public_name.clone()}</a></p>
            <p class="card-place">{place}</p>
            <p class="card-tags">{kind_label(lang, group.kind)}</p>
            {status.map(|status| view! { <p><strong>{status_label(lang, status)}</strong></p> })}
        </li>
    }
}

#[component]
pub fn GroupsPage() -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    view! {
        <Title text=t.groups_title/>
        <h1>{t.groups_title}</h1>
        <Notice key="uit" text=t.left_group_notice/>
        <Notice key="voorgesteld" text=t.proposal_sent_notice/>
        <p>{t.groups_intro}</p>
        {Suspend::new(async move {
            match get_groups().await {
                Ok(overview) => {
                    let proposed = (!overview.proposed.is_empty()).then(|| {
                        let cards = overview
                            .proposed
                            .into_iter()
                            .map(|group| listing_card(lang, group, None))
                            .collect_view();
                        view! {
                            <section aria-labelledby="mijn-voorstellen">
                                <h2 id="mijn-voorstellen">{t.my_proposals_heading}</h2>
                                <p>{t.proposal_waiting}</p>
                                <ul class="cards">{cards}</ul>
                            </section>
                        }
                    });
                    let propose = crate::context::use_viewer().is_some().then(|| view! {
                        <p><a href="/groepen/voorstellen">{t.propose_group_link}</a></p>
                    });
                    let mine = (!overview.mine.is_empty() || !overview.facilitated.is_empty()).then(|| {
                        let facilitated = overview
                            .facilitated
                            .into_iter()
                            .map(|group| listing_card(lang, group, None))
                            .collect_view();
                        let mine = overview
                            .mine
                            .into_iter()
                            .map(|(group, status)| listing_card(lang, group, Some(status)))
                            .collect_view();
                        view! {
                            <section aria-labelledby="mijn-groepen">
                                <h2 id="mijn-groepen">{t.my_groups_heading}</h2>
                                <ul class="cards">{facilitated}{mine}</ul>
                            </section>
                        }
                    });
                    let listed = if overview.listed.is_empty() {
                        view! { <p class="empty">{t.groups_empty}</p> }.into_any()
                    } else {
                        let cards = overview
                            .listed
                            .into_iter()
                            .map(|group| listing_card(lang, group, None))
                            .collect_view();
                        view! { <ul class="cards">{cards}</ul> }.into_any()
                    };
                    view! {
                        {mine}
                        {proposed}
                        <section aria-labelledby="alle-groepen">
                            <h2 id="alle-groepen">{t.all_groups_heading}</h2>
                            {listed}
                        </section>
                        {propose}
                    }
                    .into_any()
                }
                Err(error) => refusal(error),
            }
        })}
    }
}

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

/// For facilitators: requests to join (accept, or decline with a kind message) and the members
/// (remove someone who breaks the house rules, with the reason they will see).
#[component]
fn Facilitating(id: i64, people: Vec<GroupPerson>) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let requests: Vec<GroupPerson> = people
        .iter()
        .filter(|p| p.status == Membership::Requested)
        .cloned()
        .collect();
    let members: Vec<GroupPerson> = people
        .into_iter()
        .filter(|p| matches!(p.status, Membership::Member | Membership::Paused))
        .collect();
    let answer = move |person: &GroupPerson, antwoord: &'static str, label: &'static str, class: &'static str| {
        let aria = format!("{label}: {}", person.name);
        let who = person.account_id.to_string();
        view! {
            <PostForm action="answer_member" class="inline-form" only_for=("lid", who.clone()) explain=true>
                <input type="hidden" name="groep" value=id.to_string()/>
                <input type="hidden" name="lid" value=who/>
                <input type="hidden" name="antwoord" value=antwoord/>
                {(antwoord == "nee").then(|| view! { <input type="hidden" name="bericht" value=t.decline_default_message/> })}
                <button type="submit" class=class aria-label=aria>{label}</button>
            </PostForm>
        }
    };
    let request_items = requests
        .iter()
        .map(|person| {
            view! {
                <li class="card">
                    <p class="card-title">{person.name.clone()}</p>
                    {(!person.message.is_empty()).then(|| view! { <PlainText text=person.message.clone()/> })}
                    <div class="actions">
                        {answer(person, "ja", t.accept_member_button, "button primary")}
                        {answer(person, "nee", t.decline_member_button, "button secondary")}
                    </div>
                </li>
            }
        })
        .collect_view();
    let member_items = members
        .iter()
        .map(|person| {
            let paused = (person.status == Membership::Paused).then(|| view! { <p class="muted">{t.membership_paused}</p> });
            view! {
                <li class="card">
                    <p class="card-title">{person.name.clone()}</p>
                    {paused}
                    <a class="button secondary" href=format!("/groepen/{id}?verwijder={}#verwijderen", person.account_id)
                        aria-label=format!("{}: {}", t.remove_member_link, person.name)>{t.remove_member_link}</a>
                </li>
            }
        })
        .collect_view();
    let removing = use_query_map()
        .get_untracked()
        .get("verwijder")
        .and_then(|v| v.parse::<i64>().ok())
        .and_then(|who| members.iter().find(|p| p.account_id == who).cloned());
    let remove_form = removing.map(|person| {
        const A: &str = "answer_member";
        let heading = crate::i18n::fill(t.remove_member_heading, &[("name", &person.name)]);
        view! {
            <section aria-labelledby="verwijderen">
                <h2 id="verwijderen">{heading}</h2>
                <PostForm action=A class="stack">
                    <input type="hidden" name="groep" value=id.to_string()/>
                    <input type="hidden" name="lid" value=person.account_id.to_string()/>
                    <input type="hidden" name="antwoord" value="verwijderen"/>
                    <TextArea action=A name="bericht" label=t.field_remove_reason hint=t.remove_reason_hint rows=3/>
                    <button type="submit" class="button primary">{t.remove_member_button}</button>
                </PostForm>
            </section>
        }
    });
    view! {
        <section aria-labelledby="begeleiden">
            <h2 id="begeleiden">{t.facilitating_heading}</h2>
            <h3>{t.join_requests_heading}</h3>
            {if requests.is_empty() {
                view! { <p class="empty">{t.no_join_requests}</p> }.into_any()
            } else {
                view! { <ul class="cards">{request_items}</ul> }.into_any()
            }}
            <h3>{t.members_heading}</h3>
            <ul class="cards">{member_items}</ul>
        </section>
        {remove_form}
    }
}

/// For facilitators: whether the neutral name is in the list of groups.
#[component]
fn Listing(id: i64, listed: bool, public_name: String) -> impl IntoView {
    let t = use_lang().texts();
    let (text, zichtbaar, label) = if listed {
        (t.group_listed_now, "nee", t.unlist_group_button)
    } else {
        (t.group_unlisted_now, "ja", t.list_group_button)
    };
    view! {
        <section aria-labelledby="zichtbaarheid">
            <h2 id="zichtbaarheid">{t.group_listing_heading}</h2>
            <Notice key="in_lijst" text=t.group_listed_notice/>
            <Notice key="uit_lijst" text=t.group_unlisted_notice/>
            <p>{crate::i18n::fill(text, &[("name", &public_name)])}</p>
            <PostForm action="group_listing" class="inline-form" explain=true>
                <input type="hidden" name="groep" value=id.to_string()/>
                <input type="hidden" name="zichtbaar" value=zichtbaar/>
                <button type="submit" class="button secondary">{label}</button>
            </PostForm>
        </section>
    }
}

/// For facilitators: the group's invitation link (shown once when made), a new one, or none.
#[component]
fn InviteLink(id: i64, has_invite: bool, base: String) -> impl IntoView {
    let t = use_lang().texts();
    let new_link = use_query_map()
        .get_untracked()
        .get("link")
        .filter(|token| !token.is_empty())
        .map(|token| format!("{base}{token}"));
    let change = move |wat: &'static str, label: &'static str| {
        view! {
            <PostForm action="group_invite" class="inline-form" only_for=("wat", wat.to_owned()) explain=true>
                <input type="hidden" name="groep" value=id.to_string()/>
                <input type="hidden" name="wat" value=wat/>
                <button type="submit" class="button secondary">{label}</button>
            </PostForm>
        }
    };
    view! {
        <section aria-labelledby="uitnodigen">
            <h2 id="uitnodigen">{t.group_invite_heading}</h2>
            <Notice key="link_uit" text=t.group_invite_off_notice/>
            <p>{t.group_invite_intro}</p>
            {new_link.map(|link| view! {
                <div class="notice" role="status">
                    <crate::components::share::CopyField id="groepslink" label=t.group_invite_link_label value=link/>
                </div>
            })}
            <p>{if has_invite { t.group_invite_on } else { t.group_invite_none }}</p>
            <div class="actions">
                {change("maken", t.group_invite_make_button)}
                {has_invite.then(|| change("uit", t.group_invite_off_button))}
            </div>
        </section>
    }
}

/// `/groepen/voorstellen`: a member proposes a group; a coordinator of the centre approves it and
/// names facilitators.
#[component]
pub fn ProposeGroupPage() -> impl IntoView {
    const A: &str = "propose_group";
    let lang = use_lang();
    let t = lang.texts();
    view! {
        <Title text=t.propose_group_title/>
        <Meta name="robots" content="noindex, nofollow"/>
        <h1>{t.propose_group_title}</h1>
        <p>{t.propose_group_intro}</p>
        {Suspend::new(async move {
            if crate::context::use_viewer().is_none() {
                return refusal(crate::error::AppError::Unauthorised);
            }
            match crate::api::centres::list_centres().await {
                Ok(centres) => {
                    let centres: Vec<(String, String)> = centres
                        .into_iter()
                        .map(|c| (c.slug, format!("{} ({})", c.name, c.town)))
                        .collect();
                    view! {
                        <PostForm action=A class="stack">
                            <Choices action=A name="centrum" legend=t.field_group_centre options=centres chosen=Vec::new()/>
                            <Field action=A name="naam" label=t.field_group_name hint=t.group_name_hint/>
                            <Field action=A name="publieke_naam" label=t.field_public_name hint=t.public_name_hint/>
                            <TextArea action=A name="omschrijving" label=t.field_group_description optional=true rows=3/>
                            <Choices action=A name="thema" legend=t.field_group_theme options=theme_options(lang) chosen=vec![String::new()]/>
                            <TextArea action=A name="afspraken" label=t.field_house_rules hint=t.house_rules_hint rows=5 value=t.default_house_rules/>
                            <Choices action=A name="soort" legend=t.field_group_kind options=kind_options(lang) chosen=vec![GroupKind::Closed.slug().to_owned()]/>
                            <button type="submit" class="button primary">{t.send_proposal_button}</button>
                        </PostForm>
                    }
                    .into_any()
                }
                Err(error) => refusal(error),
            }
        })}
    }
}

fn theme_options(lang: Lang) -> Vec<(String, String)> {
    let t = lang.texts();
    std::iter::once((String::new(), t.no_theme.to_owned()))
        .chain(
            Theme::ALL
                .iter()
                .map(|theme| (theme.slug().to_owned(), t.theme(*theme).to_owned())),
        )
        .collect()
}

fn kind_options(lang: Lang) -> Vec<(String, String)> {
    GroupKind::ALL
        .iter()
        .map(|kind| (kind.slug().to_owned(), kind_label(lang, *kind).to_owned()))
        .collect()
}

/// `/beheer/centra/:slug/groepen`: a centre's groups (counts, never names) and the form to set
/// one up or (with `?groep=ID`) change it.
#[component]
pub fn CentreGroupsPage() -> impl IntoView {
    let t = use_lang().texts();
    let slug = use_params_map().get_untracked().get("slug").unwrap_or_default();
    let editing = use_query_map()
        .get_untracked()
        .get("groep")
        .and_then(|v| v.parse::<i64>().ok());
    Suspend::new(async move {
        match get_centre_groups(slug).await {
            Ok(groups) => view! { <CentreGroupsContent groups editing/> }.into_any(),
            Err(error) => view! {
                <Title text=t.groups_title/>
                <h1>{t.groups_title}</h1>
                {refusal(error)}
            }
            .into_any(),
        }
    })
}

#[component]
fn CentreGroupsContent(groups: CentreGroups, editing: Option<i64>) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let title = format!("{} · {}", t.groups_title, groups.name);
    let edited = editing.and_then(|id| groups.groups.iter().find(|g| g.id == id).cloned());
    let slug = groups.slug.clone();
    let cards = groups
        .groups
        .iter()
        .map(|group| {
            let counts = crate::i18n::fill(
                if group.requests == 1 { t.group_counts_one_request } else { t.group_counts },
                &[("members", &group.members.to_string()), ("requests", &group.requests.to_string())],
            );
            let proposal = group.proposed.then(|| {
                let by = crate::i18n::fill(
                    t.proposed_by_label,
                    &[("name", group.proposed_by.as_deref().unwrap_or_default())],
                );
                let description = group.description.clone();
                let aria = format!("{}: {}", t.decline_proposal_button, group.name);
                let id = group.id.to_string();
                view! {
                    <p><strong>{by}</strong></p>
                    {(!description.is_empty()).then(move || view! { <PlainText text=description/> })}
                    <PostForm action="decline_proposal" class="inline-form" only_for=("id", id.clone()) explain=true>
                        <input type="hidden" name="id" value=id/>
                        <button type="submit" class="button secondary" aria-label=aria>{t.decline_proposal_button}</button>
                    </PostForm>
                }
            });
            let title = if group.proposed {
                view! { <p class="card-title">{group.name.clone()}</p> }.into_any()
            } else {
                view! { <p class="card-title"><a href=format!("/groepen/{}", group.id)>{group.name.clone()}</a></p> }.into_any()
            };
            let edit_label = if group.proposed { t.review_proposal_link } else { t.edit_group_link };
            view! {
                <li class="card">
                    {title}
                    <p class="card-place">{group.public_name.clone()} " · " {kind_label(lang, group.kind)}</p>
                    <p>{counts}</p>
                    {(!group.proposed && group.facilitators.is_empty()).then(|| view! {
                        <p class="card-cancelled"><strong>{t.group_without_facilitator}</strong></p>
                    })}
                    {proposal}
                    <a class="button secondary" href=format!("/beheer/centra/{slug}/groepen?groep={}#groep-formulier", group.id)
                        aria-label=format!("{}: {}", edit_label, group.name)>{edit_label}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <Notice key="opgeslagen" text=t.saved_notice/>
        <Notice key="afgewezen" text=t.proposal_declined_notice/>
        <crate::pages::manage::CentreNav slug=groups.slug.clone() may_manage=true current="groepen"/>
        <p>{t.centre_groups_intro}</p>
        <ul class="cards">{cards}</ul>
        <GroupForm slug=groups.slug team=groups.team edited/>
    }
}

#[component]
fn GroupForm(slug: String, team: Vec<(i64, String)>, edited: Option<ManagedGroup>) -> impl IntoView {
    const A: &str = "save_group";
    let lang = use_lang();
    let t = lang.texts();
    let (heading, button) = match &edited {
        Some(group) if group.proposed => (t.approve_proposal_heading, t.approve_proposal_button),
        Some(_) => (t.edit_group_heading, t.save_group_button),
        None => (t.new_group_heading, t.save_group_button),
    };
    let g = edited.clone();
    let text = |f: fn(&ManagedGroup) -> String| g.as_ref().map(f).unwrap_or_default();
    let (id, name, public_name, description, rules, max) = (
        text(|g| g.id.to_string()),
        text(|g| g.name.clone()),
        text(|g| g.public_name.clone()),
        text(|g| g.description.clone()),
        text(|g| g.house_rules.clone()),
        text(|g| g.max_members.map(|n| n.to_string()).unwrap_or_default()),
    );
    let themes: Vec<(String, String)> = std::iter::once((String::new(), t.no_theme.to_owned()))
        .chain(
            Theme::ALL
                .iter()
                .map(|theme| (theme.slug().to_owned(), t.theme(*theme).to_owned())),
        )
        .collect();
    let theme = vec![g
        .as_ref()
        .and_then(|g| g.theme)
        .map(|theme| theme.slug().to_owned())
        .unwrap_or_default()];
    let kinds = kind_options(lang);
    let kind = vec![g
        .as_ref()
        .map(|g| g.kind)
        .unwrap_or(GroupKind::Closed)
        .slug()
        .to_owned()];
    let people: Vec<(String, String)> = team.into_iter().map(|(id, name)| (id.to_string(), name)).collect();
    let facilitators: Vec<String> = g
        .as_ref()
        .map(|g| g.facilitators.iter().map(|id| id.to_string()).collect())
        .unwrap_or_default();
    let (online, listed) = (
        g.as_ref().is_some_and(|g| g.online),
        g.as_ref().map(|g| g.listed).unwrap_or(true),
    );
    view! {
        <section aria-labelledby="groep-formulier">
            <h2 id="groep-formulier">{heading}</h2>
            <PostForm action=A class="stack">
                <input type="hidden" name="centrum" value=slug/>
                <input type="hidden" name="id" value=id/>
                <Field action=A name="naam" label=t.field_group_name hint=t.group_name_hint value=name/>
                <Field action=A name="publieke_naam" label=t.field_public_name hint=t.public_name_hint value=public_name/>
                <TextArea action=A name="omschrijving" label=t.field_group_description optional=true rows=3 value=description/>
                <Choices action=A name="thema" legend=t.field_group_theme options=themes chosen=theme/>
                <TextArea action=A name="afspraken" label=t.field_house_rules hint=t.house_rules_hint rows=5 value=rules/>
                <Field action=A name="maximum" label=t.field_group_size hint=t.group_size_hint optional=true kind="number" value=max/>
                <Choices action=A name="soort" legend=t.field_group_kind options=kinds chosen=kind/>
                <Checkbox action=A name="online" label=t.field_group_online checked=online/>
                <Checkbox action=A name="zichtbaar" label=t.field_group_listed hint=t.group_listed_hint checked=listed/>
                <Choices action=A name="begeleiders" legend=t.field_group_facilitators options=people chosen=facilitators multiple=true/>
                <button type="submit" class="button primary">{button}</button>
            </PostForm>
        </section>
    }
}
