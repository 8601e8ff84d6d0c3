//! The facilitators' panel on a group's page: requests and members, the listing and the
//! invitation link.

use crate::components::form::{Notice, PostForm, TextArea};
use crate::components::text::PlainText;
use crate::domain::group::{GroupPerson, Membership};
use crate::i18n::use_lang;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// For facilitators: requests to join (accept, or decline with a kind message) and the members
/// (remove someone who breaks the house rules, with the reason they will see).
#[component]
pub(super) fn Facilitating(id: i64, people: Vec<GroupPerson>) -> impl IntoView {
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
pub(super) fn Listing(id: i64, listed: bool, public_name: String) -> impl IntoView {
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
pub(super) fn InviteLink(id: i64, has_invite: bool, base: String) -> impl IntoView {
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
