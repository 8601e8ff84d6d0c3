//! The activity form: a new activity (`/beheer/centra/:slug/nieuw`) or a change to one.

use super::{id_param, param, refused};
use crate::api::programme::get_activity_editor;
use crate::components::form::{Checkbox, Choices, Field, PostForm, TextArea};
use crate::domain::activity::{ActivityKind, Theme};
use crate::domain::programme::{ActivityEditor, Place, WEEK};
use crate::error::AppError;
use crate::i18n::{fill, use_lang, use_texts, Lang};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn NewActivityPage() -> impl IntoView {
    let t = use_texts();
    let slug = param("slug");
    let copy = use_query_map()
        .get_untracked()
        .get("kopie")
        .and_then(|id| id.parse::<i64>().ok());
    Suspend::new(async move {
        match get_activity_editor(slug, None, copy).await {
            Ok(editor) => view! { <ActivityFormContent editor/> }.into_any(),
            Err(error) => refused(t.new_activity_title, error),
        }
    })
}

#[component]
pub fn EditActivityPage() -> impl IntoView {
    let t = use_texts();
    let id = id_param();
    Suspend::new(async move {
        let editor = match id {
            Some(id) => get_activity_editor(String::new(), Some(id), None).await,
            None => Err(AppError::NotFound),
        };
        match editor {
            Ok(editor) => view! { <ActivityFormContent editor/> }.into_any(),
            Err(error) => refused(t.edit_activity_title, error),
        }
    })
}

fn weekday_options(lang: Lang) -> Vec<(String, String)> {
    WEEK.into_iter()
        .map(|d| (d.number_from_monday().to_string(), lang.weekday(d)))
        .collect()
}

#[component]
fn ActivityFormContent(editor: ActivityEditor) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let f = editor.form;
    let (action, title, button): (&'static str, &'static str, &'static str) = match editor.activity_id {
        None => ("create_activity", t.new_activity_title, t.publish_button),
        Some(_) => ("update_activity", t.edit_activity_title, t.save_button),
    };
    let back = match editor.activity_id {
        Some(id) => format!("/beheer/activiteiten/{id}"),
        None => format!("/beheer/centra/{}", editor.centre_slug),
    };
    let kinds = ActivityKind::ALL
        .into_iter()
        .map(|k| (k.slug().to_owned(), t.kind(k).to_owned()))
        .collect::<Vec<_>>();
    let themes = Theme::ALL
        .into_iter()
        .map(|theme| (theme.slug().to_owned(), t.theme(theme).to_owned()))
        .collect::<Vec<_>>();
    let places = Place::ALL
        .into_iter()
        .map(|p| {
            let label = match p {
                Place::Centrum => t.place_centre,
                Place::Elders => t.place_elsewhere,
                Place::Online => t.place_online,
            };
            (p.slug().to_owned(), label.to_owned())
        })
        .collect::<Vec<_>>();
    let team = editor
        .team
        .iter()
        .map(|(id, name)| (id.to_string(), name.clone()))
        .collect::<Vec<_>>();
    view! {
        <Title text=title/>
        <p class="breadcrumb"><a href=back>{fill(t.back_to_centre, &[("centre", &editor.centre_name)])}</a></p>
        <h1>{title}</h1>
        {editor.is_series.then(|| view! { <p class="note">{t.series_edit_note}</p> })}
        <PostForm action=action class="stack">
            <input type="hidden" name="centrum" value=editor.centre_slug.clone()/>
            <input type="hidden" name="id" value=f.id.clone()/>
            <fieldset class="form-section">
                <legend>{t.section_what}</legend>
                <Choices action=action name="soort" legend=t.field_kind options=kinds chosen=vec![f.soort.clone()]/>
                {(!editor.groups.is_empty()).then(|| {
                    let groups: Vec<(String, String)> = std::iter::once((String::new(), t.no_group.to_owned()))
                        .chain(editor.groups.iter().map(|(id, name)| (id.to_string(), name.clone())))
                        .collect();
                    view! {
                        <div class="only-group-meeting">
                            <Choices action=action name="groep" legend=t.field_activity_group hint=t.activity_group_hint
                                options=groups chosen=vec![f.groep.clone()]/>
                        </div>
                    }
                })}
                <Field action=action name="titel" label=t.field_title hint=t.title_hint value=f.titel.clone()/>
                <Field action=action name="titel_leden" label=t.field_member_title hint=t.member_title_hint optional=true value=f.titel_leden.clone()/>
                <TextArea action=action name="omschrijving" label=t.field_description hint=t.plain_text_hint optional=true value=f.omschrijving.clone() rows=6/>
                <Choices action=action name="themas" legend=t.field_themes options=themes chosen=f.themas.clone() multiple=true optional=true/>
            </fieldset>
            <fieldset class="form-section">
                <legend>{t.section_when}</legend>
                <Field action=action name="datum" label=t.field_first_date kind="date" hint=t.date_hint value=f.datum.clone()/>
                <div class="time-pair">
                    <Field action=action name="begin" label=t.field_start_time kind="time" value=f.begin.clone()/>
                    <Field action=action name="eind" label=t.field_end_time kind="time" value=f.eind.clone()/>
                </div>
                <Choices
                    action=action
                    name="herhaling"
                    legend=t.field_repeat
                    options=vec![
                        ("eenmalig".to_owned(), t.repeat_once.to_owned()),
                        ("wekelijks".to_owned(), t.repeat_weekly.to_owned()),
                    ]
                    chosen=vec![f.herhaling.clone()]
                />
                <p class="hint">{t.repeat_hint}</p>
                <Field action=action name="elke" label=t.field_every_weeks kind="number" inputmode="numeric" value=f.elke.clone()/>
                <Choices action=action name="dagen" legend=t.field_weekdays options=weekday_options(lang) chosen=f.dagen.clone() multiple=true/>
                <Choices
                    action=action
                    name="einde"
                    legend=t.field_repeat_end
                    options=vec![
                        ("nooit".to_owned(), t.repeat_end_never.to_owned()),
                        ("datum".to_owned(), t.repeat_end_date.to_owned()),
                        ("aantal".to_owned(), t.repeat_end_count.to_owned()),
                    ]
                    chosen=vec![f.einde.clone()]
                />
                <Field action=action name="tot" label=t.field_until kind="date" optional=true value=f.tot.clone()/>
                <Field action=action name="aantal" label=t.field_count kind="number" inputmode="numeric" optional=true value=f.aantal.clone()/>
            </fieldset>
            <fieldset class="form-section">
                <legend>{t.section_where}</legend>
                <Choices action=action name="plek" legend=t.field_place options=places chosen=vec![f.plek.clone()]/>
                <Field action=action name="ruimte" label=t.field_room hint=t.room_hint optional=true value=f.ruimte.clone()/>
                <Field action=action name="adres" label=t.field_other_address optional=true value=f.adres.clone()/>
                <Field action=action name="link" label=t.field_online_link kind="url" hint=t.link_hint optional=true value=f.link.clone()/>
                <TextArea action=action name="toegankelijkheid" label=t.field_accessibility hint=t.accessibility_hint optional=true value=f.toegankelijkheid.clone() rows=3/>
            </fieldset>
            <fieldset class="form-section">
                <legend>{t.section_who}</legend>
                {if team.is_empty() {
                    view! { <p class="hint">{t.no_team_to_choose}</p> }.into_any()
                } else {
                    view! {
                        <Choices action=action name="begeleiders" legend=t.field_facilitators options=team chosen=f.begeleiders.clone() multiple=true optional=true hint=t.facilitators_hint/>
                    }
                    .into_any()
                }}
                <Field action=action name="andere_begeleiders" label=t.field_other_facilitators hint=t.other_facilitators_hint optional=true value=f.andere_begeleiders.clone()/>
                <Checkbox action=action name="aanmelden" label=t.field_signup checked=f.aanmelden == "ja"/>
                <Field action=action name="plaatsen" label=t.field_capacity kind="number" inputmode="numeric" hint=t.capacity_hint optional=true value=f.plaatsen.clone()/>
                <Checkbox action=action name="losse_keren" label=t.field_drop_in hint=t.drop_in_hint checked=f.losse_keren == "ja"/>
                <Field action=action name="kosten" label=t.field_cost hint=t.cost_hint optional=true value=f.kosten.clone()/>
                <TextArea action=action name="meenemen" label=t.field_bring optional=true value=f.meenemen.clone() rows=3/>
            </fieldset>
            <button type="submit" class="button primary">{button}</button>
        </PostForm>
    }
}
