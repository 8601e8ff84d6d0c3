//! `/mijn/profiel` (my profile: talents and wishes, each part with its own visibility) and
//! `/profiel/:id` (someone's profile as far as they chose to show it; never for visitors, never
//! indexed).

use crate::api::profiles::{get_my_profile, get_profile, MyProfile, ProfileView};
use crate::components::form::{Checkbox, Choices, Field, PostForm, TextArea};
use crate::components::text::PlainText;
use crate::domain::activity::Theme;
use crate::domain::profile::{item_words, Item, Part, Suggestion, Viewer, Visibility, HELPING, LANGUAGES, TALENTS};
use crate::i18n::{fill, use_lang, Lang};
use crate::pages::not_found::refusal;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

fn suggestions(list: &[Suggestion], lang: Lang) -> Vec<(String, String)> {
    list.iter()
        .map(|s| (s.key.to_owned(), if lang == Lang::En { s.en } else { s.nl }.to_owned()))
        .collect()
}

/// The curated keys of a list (checked boxes) and its own words (one line, comma separated).
fn split(items: &[Item]) -> (Vec<String>, String) {
    let curated = items
        .iter()
        .filter_map(|i| match i {
            Item::Curated(key) => Some(key.clone()),
            Item::Own(_) => None,
        })
        .collect();
    let own = items
        .iter()
        .filter_map(|i| match i {
            Item::Own(words) => Some(words.as_str()),
            Item::Curated(_) => None,
        })
        .collect::<Vec<_>>()
        .join(", ");
    (curated, own)
}

#[component]
pub fn MyProfilePage() -> impl IntoView {
    let t = use_lang().texts();
    view! {
        <Title text=t.my_profile_title/>
        <Meta name="robots" content="noindex, nofollow"/>
        <h1>{t.my_profile_title}</h1>
        <p>{t.my_profile_intro}</p>
        {Suspend::new(async move {
            match get_my_profile().await {
                Ok(mine) => view! { <ProfileEditor mine/> }.into_any(),
                Err(error) => refusal(error),
            }
        })}
    }
}

/// Who may see one part: three radio buttons.
fn visibility_choice(
    lang: Lang,
    action: &'static str,
    part: Part,
    current: Visibility,
    legend: &'static str,
) -> impl IntoView {
    let t = lang.texts();
    let options = Visibility::ALL
        .iter()
        .map(|v| (v.slug().to_owned(), t.visibility(*v).to_owned()))
        .collect::<Vec<_>>();
    view! {
        <Choices action name=part.field() legend options chosen=vec![current.slug().to_owned()]/>
    }
}

/// The endpoint that saves one part.
fn action_of(part: Part) -> &'static str {
    match part {
        Part::Intro => "save_profile_intro",
        Part::Talents => "save_profile_talents",
        Part::Wishes => "save_profile_wishes",
        Part::Interests => "save_profile_interests",
        Part::Languages => "save_profile_languages",
        Part::Helping => "save_profile_helping",
    }
}

/// One part of the profile: folded, with who may see it; open when it was just saved, came back
/// with a problem, or (for the first part) when nothing is filled in yet. Saves on its own.
#[component]
fn PartForm(part: Part, legend: &'static str, current: Visibility, first: bool, children: Children) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let action = action_of(part);
    let saved = use_query_map().get_untracked().get("opgeslagen").as_deref() == Some(part.slug());
    let came_back = crate::components::form::use_feedback(action).is_some();
    let heading = format!("kop-{}", part.slug());
    view! {
        <details class="profile-part" id=format!("deel-{}", part.slug()) open=saved || came_back || first>
            <summary>
                <h2 id=heading>{legend}</h2>
                <span class="muted">{fill(t.part_seen_by, &[("who", t.visibility(current))])}</span>
            </summary>
            {saved.then(|| view! { <p class="notice" role="status">{t.profile_saved_notice}</p> })}
            <PostForm action class="stack">
                {children()}
                {visibility_choice(lang, action, part, current, match part {
                    Part::Intro => t.visibility_intro,
                    Part::Talents => t.visibility_talents,
                    Part::Wishes => t.visibility_wishes,
                    Part::Interests => t.visibility_interests,
                    Part::Languages => t.visibility_languages,
                    Part::Helping => t.visibility_helping,
                })}
                <button type="submit" class="button primary">{fill(t.save_part_button, &[("part", legend)])}</button>
            </PostForm>
        </details>
    }
}

#[component]
fn ProfileEditor(mine: MyProfile) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let p = mine.profile;
    let (good_at, good_at_own) = split(&p.good_at);
    let (offer, offer_own) = split(&p.can_offer);
    let (wishes, wishes_own) = split(&p.wishes);
    let (languages, languages_own) = split(&p.languages);
    let (tasks, _) = split(&p.helping);
    let themes: Vec<(String, String)> = Theme::ALL
        .iter()
        .map(|theme| (theme.slug().to_owned(), t.theme(*theme).to_owned()))
        .collect();
    let interests: Vec<String> = p.interests.iter().map(|theme| theme.slug().to_owned()).collect();
    let empty = p == crate::domain::profile::Profile::default();
    let visibility: Vec<Visibility> = Part::ALL.iter().map(|part| p.visibility_of(*part)).collect();
    let seen = move |part: Part| {
        Part::ALL
            .iter()
            .position(|p| *p == part)
            .and_then(|i| visibility.get(i).copied())
            .unwrap_or_default()
    };
    let preview = |als: &str| format!("/profiel/{}?als={als}", mine.account_id);
    let (intro, talents, wishes_a, interests_a, languages_a, helping_a) = (
        action_of(Part::Intro),
        action_of(Part::Talents),
        action_of(Part::Wishes),
        action_of(Part::Interests),
        action_of(Part::Languages),
        action_of(Part::Helping),
    );
    view! {
        <PartForm part=Part::Intro legend=t.profile_about_section current=seen(Part::Intro) first=empty>
            <Field action=intro name="naam" label=t.field_display_name hint=t.display_name_hint optional=true value=p.display_name.clone()/>
            <TextArea action=intro name="intro" label=t.field_intro hint=t.intro_hint optional=true value=p.intro.clone() rows=4/>
        </PartForm>
        <PartForm part=Part::Talents legend=t.profile_talents_section current=seen(Part::Talents) first=false>
            <Choices action=talents name="goed_in" legend=t.field_good_at options=suggestions(TALENTS, lang) chosen=good_at multiple=true optional=true/>
            <Field action=talents name="goed_in_eigen" label=t.field_own_words hint=t.own_words_hint optional=true value=good_at_own/>
            <Choices action=talents name="bieden" legend=t.field_can_offer options=suggestions(TALENTS, lang) chosen=offer multiple=true optional=true/>
            <Field action=talents name="bieden_eigen" label=t.field_own_words_offer hint=t.own_words_hint optional=true value=offer_own/>
            <Checkbox action=talents name="vindbaar" label=t.field_findable hint=t.findable_hint checked=p.findable/>
        </PartForm>
        <PartForm part=Part::Wishes legend=t.profile_wishes_section current=seen(Part::Wishes) first=false>
            <Choices action=wishes_a name="wensen" legend=t.field_wishes options=suggestions(TALENTS, lang) chosen=wishes multiple=true optional=true/>
            <Field action=wishes_a name="wensen_eigen" label=t.field_own_words_wishes hint=t.own_words_hint optional=true value=wishes_own/>
        </PartForm>
        <PartForm part=Part::Interests legend=t.profile_interests_section current=seen(Part::Interests) first=false>
            <Choices action=interests_a name="interesses" legend=t.field_interests options=themes chosen=interests multiple=true optional=true/>
        </PartForm>
        <PartForm part=Part::Languages legend=t.profile_languages_section current=seen(Part::Languages) first=false>
            <Choices action=languages_a name="talen" legend=t.field_languages options=suggestions(LANGUAGES, lang) chosen=languages multiple=true optional=true/>
            <Field action=languages_a name="talen_eigen" label=t.field_own_languages hint=t.own_words_hint optional=true value=languages_own/>
        </PartForm>
        <PartForm part=Part::Helping legend=t.profile_helping_section current=seen(Part::Helping) first=false>
            <Checkbox action=helping_a name="helpen" label=t.field_helps checked=p.helps/>
            <Choices action=helping_a name="taken" legend=t.field_tasks options=suggestions(HELPING, lang) chosen=tasks multiple=true optional=true/>
        </PartForm>
        <section aria-labelledby="voorbeeld">
            <h2 id="voorbeeld">{t.profile_preview_heading}</h2>
            <ul class="links">
                <li><a href=preview("deelnemer")>{t.preview_as_member}</a></li>
                <li><a href=preview("groep")>{t.preview_as_group}</a></li>
                <li><a href="/mijn/verzoeken">{t.my_requests_title}</a></li>
            </ul>
        </section>
    }
}

/// "Past bij jou" on the home page and in mijn week, for members: activities that fit my wishes,
/// tasks I could help with, people who offer what I wish to learn, and requests waiting for my
/// answer; an invitation to fill in the profile when there is none (only where `invite` is set).
#[component]
pub fn Suggestions(#[prop(optional)] invite: bool) -> impl IntoView {
    use crate::pages::helping::{NewRequests, PeopleSuggestions, TaskSuggestions};
    let t = use_lang().texts();
    Suspend::new(async move {
        match crate::api::profiles::get_suggestions().await {
            Ok(Some(found)) => {
                let activities = (!found.activities.is_empty()).then(|| {
                    let items = found.activities;
                    view! {
                        <section aria-labelledby="past-bij-je">
                            <h2 id="past-bij-je">{t.suggestions_heading}</h2>
                            <crate::components::agenda::AgendaList items now=crate::context::use_now() dated=true/>
                        </section>
                    }
                });
                let tasks = (!found.tasks.is_empty()).then(|| view! { <TaskSuggestions tasks=found.tasks/> });
                let people = (!found.people.is_empty()).then(|| view! { <PeopleSuggestions people=found.people/> });
                view! {
                    <crate::pages::board::GroupTodos todos=found.group_todos/>
                    <NewRequests count=found.new_requests/>
                    {activities}
                    {tasks}
                    {people}
                }
                .into_any()
            }
            Ok(None) if invite => view! {
                <p class="hint">{t.suggestions_invite} " " <a href="/mijn/profiel">{t.my_profile_title}</a></p>
            }
            .into_any(),
            _ => ().into_any(),
        }
    })
}

#[component]
pub fn ProfilePage() -> impl IntoView {
    let t = use_lang().texts();
    let id = use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|v| v.parse::<i64>().ok());
    let als = use_query_map().get_untracked().get("als").unwrap_or_default();
    view! {
        <Meta name="robots" content="noindex, nofollow"/>
        {Suspend::new(async move {
            let view = match id {
                Some(id) => get_profile(id, als.clone()).await,
                None => Err(crate::error::AppError::NotFound),
            };
            match view {
                Ok(view) => view! { <ProfileContent view/> }.into_any(),
                Err(error) => view! {
                    <Title text=t.profile_title/>
                    <h1>{t.profile_title}</h1>
                    {refusal(error)}
                }
                .into_any(),
            }
        })}
    }
}

/// One list of a profile, when it has items.
fn item_list(lang: Lang, heading: &'static str, items: &[Item], list: &'static [Suggestion]) -> Option<impl IntoView> {
    (!items.is_empty()).then(|| {
        let words = items
            .iter()
            .map(|item| view! { <li>{item_words(item, list, lang == Lang::En)}</li> })
            .collect_view();
        view! {
            <h3>{heading}</h3>
            <ul class="tags">{words}</ul>
        }
    })
}

#[component]
fn ProfileContent(view: ProfileView) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let p = view.profile;
    let banner = view.preview.map(|viewer| {
        let text = if viewer == Viewer::GroupMember {
            t.preview_group_banner
        } else {
            t.preview_member_banner
        };
        view! {
            <p class="notice" role="status">{text} " " <a href="/mijn/profiel">{t.back_to_my_profile}</a></p>
        }
    });
    let nothing = p.intro.is_empty()
        && p.good_at.is_empty()
        && p.can_offer.is_empty()
        && p.wishes.is_empty()
        && p.interests.is_empty()
        && p.languages.is_empty()
        && !p.helps;
    let talents = (!p.good_at.is_empty() || !p.can_offer.is_empty()).then(|| {
        view! {
            <section aria-labelledby="talenten">
                <h2 id="talenten">{t.profile_talents_section}</h2>
                {item_list(lang, t.field_good_at, &p.good_at, TALENTS)}
                {item_list(lang, t.field_can_offer, &p.can_offer, TALENTS)}
            </section>
        }
    });
    let interests = (!p.interests.is_empty()).then(|| {
        let items = p
            .interests
            .iter()
            .map(|theme| view! { <li>{t.theme(*theme)}</li> })
            .collect_view();
        view! {
            <section aria-labelledby="interesses">
                <h2 id="interesses">{t.profile_interests_section}</h2>
                <ul class="tags">{items}</ul>
            </section>
        }
    });
    let helping = p.helps.then(|| {
        view! {
            <section aria-labelledby="helpen">
                <h2 id="helpen">{t.profile_helping_section}</h2>
                <p>{t.helps_yes}</p>
                {item_list(lang, t.field_tasks, &p.helping, HELPING)}
            </section>
        }
    });
    view! {
        <Title text=view.name.clone()/>
        {banner}
        <h1>{view.name.clone()}</h1>
        {(!p.intro.is_empty()).then(|| view! {
            <section aria-labelledby="over">
                <h2 id="over">{t.profile_about_section}</h2>
                <PlainText text=p.intro.clone()/>
            </section>
        })}
        {talents}
        {(!p.wishes.is_empty()).then(|| view! {
            <section aria-labelledby="wensen">
                <h2 id="wensen">{t.profile_wishes_section}</h2>
                {item_list(lang, t.field_wishes, &p.wishes, TALENTS)}
            </section>
        })}
        {interests}
        {(!p.languages.is_empty()).then(|| view! {
            <section aria-labelledby="talen">
                <h2 id="talen">{t.profile_languages_section}</h2>
                {item_list(lang, t.field_languages, &p.languages, LANGUAGES)}
            </section>
        })}
        {helping}
        {nothing.then(|| view! { <p class="empty">{t.profile_nothing_shown}</p> })}
    }
}
