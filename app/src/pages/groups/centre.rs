//! `/beheer/centra/:slug/groepen`: a centre's groups, set up and changed by its coordinators.

use super::{kind_label, kind_options};
use crate::api::groups::get_centre_groups;
use crate::components::form::{Checkbox, Choices, Field, Notice, PostForm, TextArea};
use crate::components::text::PlainText;
use crate::domain::activity::Theme;
use crate::domain::group::{CentreGroups, GroupKind, ManagedGroup};
use crate::i18n::use_lang;
use crate::pages::not_found::refusal;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

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
