//! The management area of a centre: its programme (`/beheer/centra/:slug`), details, opening
//! hours and closures, the activity form, an activity's dates, and changing one date.

use crate::api::programme::{
    get_activity_editor, get_centre_programme, get_centre_settings, get_managed_activity, get_managed_date,
    get_opening_hours,
};
use crate::components::form::{Checkbox, Choices, Field, Notice, PostForm, TextArea};
use crate::domain::activity::{ActivityKind, Theme};
use crate::domain::agenda::OccurrenceDate;
use crate::domain::programme::{
    hours_key, ActivityEditor, CentreProgramme, CentreSettings, Dagdeel, HoursSettings, ManagedActivity, ManagedDate,
    Place, WEEK,
};
use crate::domain::time::utc_to_local;
use crate::error::AppError;
use crate::i18n::{clock, fill, use_lang, use_texts, Lang};
use crate::pages::not_found::refusal;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

fn param(name: &str) -> String {
    use_params_map().get_untracked().get(name).unwrap_or_default()
}

fn id_param() -> Option<i64> {
    param("id").parse().ok()
}

/// The page's heading and, when the call was refused, why.
fn refused(title: &'static str, error: AppError) -> AnyView {
    view! {
        <Title text=title/>
        <h1>{title}</h1>
        {refusal(error)}
    }
    .into_any()
}

/// The links between the parts of a centre's management area.
#[component]
pub fn CentreNav(slug: String, may_manage: bool, current: &'static str) -> impl IntoView {
    let t = use_texts();
    let link = move |path: &'static str, label: &'static str| {
        let href = if path.is_empty() {
            format!("/beheer/centra/{slug}")
        } else {
            format!("/beheer/centra/{slug}/{path}")
        };
        view! { <li><a href=href aria-current=(path == current).then_some("page")>{label}</a></li> }
    };
    view! {
        <nav aria-label=t.manage_nav_label>
            <ul class="subnav">
                {link("", t.manage_programme)}
                {may_manage.then(|| view! {
                    {link("gegevens", t.manage_details)}
                    {link("openingstijden", t.manage_hours)}
                    {link("team", t.manage_team)}
                    {link("taken", t.manage_tasks)}
                    {link("groepen", t.manage_groups)}
                })}
            </ul>
        </nav>
    }
}

#[component]
pub fn CentreProgrammePage() -> impl IntoView {
    let t = use_texts();
    let slug = param("slug");
    Suspend::new(async move {
        match get_centre_programme(slug).await {
            Ok(programme) => view! { <ProgrammeContent programme/> }.into_any(),
            Err(error) => refused(t.platform_title, error),
        }
    })
}

#[component]
fn ProgrammeContent(programme: CentreProgramme) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let title = fill(t.programme_title, &[("centre", &programme.name)]);
    let slug = programme.slug.clone();
    let entries = programme
        .activities
        .into_iter()
        .map(|entry| {
            let next = match (entry.paused, entry.next) {
                (true, _) => t.paused_label.to_owned(),
                (false, Some(next)) => fill(t.next_date_line, &[("when", &lang.moment(next))]),
                (false, None) => t.no_next_dates.to_owned(),
            };
            let title = entry.title.clone();
            let heading = if entry.may_edit {
                view! { <a href=format!("/beheer/activiteiten/{}", entry.id)>{title}</a> }.into_any()
            } else {
                view! { <span>{title}</span> }.into_any()
            };
            view! {
                <li>
                    <p class="card-title">{heading}</p>
                    {(!entry.member_title.is_empty()).then(|| view! {
                        <p class="muted">{fill(t.member_title_line, &[("title", &entry.member_title)])}</p>
                    })}
                    <p class="card-tags">
                        <span class="badge kind">{t.kind(entry.kind)}</span>
                        <span>{next}</span>
                    </p>
                </li>
            }
        })
        .collect_view();
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <Notice key="verwijderd" text=t.activity_deleted_notice/>
        <Notice key="welkom" text=t.welcome_coordinator_notice/>
        <CentreNav slug=slug.clone() may_manage=programme.may_manage current=""/>
        {programme.may_create.then(|| view! {
            <p class="actions">
                <a class="button primary" href=format!("/beheer/centra/{slug}/nieuw")>{t.new_activity_button}</a>
            </p>
        })}
        {(!programme.may_manage).then(|| view! { <p class="note">{t.volunteer_publish_note}</p> })}
        <section aria-labelledby="programma" class="programme">
            <h2 id="programma">{t.manage_activities_heading}</h2>
            <ul class="sessions">{entries}</ul>
        </section>
    }
}

#[component]
pub fn CentreDetailsPage() -> impl IntoView {
    let t = use_texts();
    let slug = param("slug");
    Suspend::new(async move {
        match get_centre_settings(slug).await {
            Ok(settings) => view! { <DetailsContent settings/> }.into_any(),
            Err(error) => refused(t.platform_title, error),
        }
    })
}

#[component]
fn DetailsContent(settings: CentreSettings) -> impl IntoView {
    let t = use_texts();
    let title = fill(t.details_title, &[("centre", &settings.name)]);
    let f = settings.form;
    const A: &str = "save_centre";
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <Notice key="opgeslagen" text=t.saved_notice/>
        <CentreNav slug=settings.slug.clone() may_manage=true current="gegevens"/>
        <PostForm action=A class="stack">
            <input type="hidden" name="centrum" value=settings.slug/>
            <Field action=A name="naam" label=t.field_centre_name value=f.naam/>
            <TextArea action=A name="beschrijving" label=t.field_centre_description hint=t.plain_text_hint optional=true value=f.beschrijving/>
            <Field action=A name="adres" label=t.field_address autocomplete="street-address" value=f.adres/>
            <Field action=A name="postcode" label=t.field_postcode autocomplete="postal-code" optional=true value=f.postcode/>
            <Field action=A name="plaats" label=t.field_town autocomplete="address-level2" value=f.plaats/>
            <Field action=A name="telefoon" label=t.field_phone kind="tel" autocomplete="tel" optional=true value=f.telefoon/>
            <Field action=A name="email" label=t.field_email kind="email" autocomplete="email" optional=true value=f.email/>
            <TextArea action=A name="toegankelijkheid" label=t.field_accessibility hint=t.accessibility_hint optional=true value=f.toegankelijkheid rows=3/>
            <Checkbox action=A name="vrijwilligers_publiceren" label=t.field_volunteers_publish hint=t.volunteers_publish_hint checked=f.vrijwilligers_publiceren == "ja"/>
            <Field action=A name="bewaartermijn" label=t.field_retention kind="number" inputmode="numeric" hint=t.retention_hint value=f.bewaartermijn/>
            <button type="submit" class="button primary">{t.save_button}</button>
        </PostForm>
    }
}

#[component]
pub fn OpeningHoursPage() -> impl IntoView {
    let t = use_texts();
    let slug = param("slug");
    Suspend::new(async move {
        match get_opening_hours(slug).await {
            Ok(hours) => view! { <HoursContent hours/> }.into_any(),
            Err(error) => refused(t.platform_title, error),
        }
    })
}

fn dagdeel_label(t: &'static crate::i18n::Texts, dagdeel: Dagdeel) -> &'static str {
    match dagdeel {
        Dagdeel::Ochtend => t.dagdeel_ochtend,
        Dagdeel::Middag => t.dagdeel_middag,
        Dagdeel::Avond => t.dagdeel_avond,
    }
}

#[component]
fn HoursContent(hours: HoursSettings) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let title = fill(t.hours_title, &[("centre", &hours.name)]);
    // Saved periods go into the rows of their part of the day (or the next free row).
    let mut rows: std::collections::HashMap<String, (String, String)> = std::collections::HashMap::new();
    for weekday in WEEK {
        let mut periods: Vec<_> = hours.periods.iter().filter(|p| p.weekday == weekday).collect();
        periods.sort_by_key(|p| p.opens);
        let mut free: Vec<Dagdeel> = Dagdeel::ALL.to_vec();
        for period in periods {
            let wanted = Dagdeel::of(period.opens);
            let slot = free
                .iter()
                .position(|d| *d == wanted)
                .or_else(|| free.iter().position(|d| d.number() > wanted.number()))
                .or_else(|| (!free.is_empty()).then_some(0));
            if let Some(index) = slot {
                let dagdeel = free.remove(index);
                let closes = if period.closes.format("%H:%M:%S").to_string() == "23:59:59" {
                    "24:00".to_owned()
                } else {
                    period.closes.format("%H:%M").to_string()
                };
                rows.insert(
                    hours_key(weekday, dagdeel),
                    (period.opens.format("%H:%M").to_string(), closes),
                );
            }
        }
    }
    const A: &str = "save_opening_hours";
    let days = WEEK
        .into_iter()
        .map(|weekday| {
            let parts = Dagdeel::ALL
                .into_iter()
                .map(|dagdeel| {
                    let key = hours_key(weekday, dagdeel);
                    let (opens, closes) = rows.get(&key).cloned().unwrap_or_default();
                    view! { <TimeRow key dagdeel=dagdeel_label(t, dagdeel) opens closes/> }
                })
                .collect_view();
            view! {
                <fieldset class="weekday-hours">
                    <legend>{lang.weekday(weekday)}</legend>
                    {parts}
                </fieldset>
            }
        })
        .collect_view();
    let closures = hours
        .closures
        .into_iter()
        .map(|(id, closure)| {
            let days = if closure.first_day == closure.last_day {
                lang.day_heading(closure.first_day)
            } else {
                fill(
                    t.closure_range,
                    &[
                        ("from", &lang.day_name(closure.first_day)),
                        ("to", &lang.day_name(closure.last_day)),
                    ],
                )
            };
            let what = match closure.hours {
                None => t.closure_closed.to_owned(),
                Some((opens, closes)) => fill(
                    t.closure_other_hours,
                    &[
                        ("from", &opens.format("%H:%M").to_string()),
                        ("to", &closes.format("%H:%M").to_string()),
                    ],
                ),
            };
            let slug = hours.slug.clone();
            view! {
                <li class="date-row">
                    <span><strong>{days}</strong> " · " {what} " · " {closure.reason}</span>
                    <PostForm action="remove_closure" class="inline-form">
                        <input type="hidden" name="centrum" value=slug/>
                        <input type="hidden" name="id" value=id.to_string()/>
                        <button type="submit" class="button secondary">{t.remove_button}</button>
                    </PostForm>
                </li>
            }
        })
        .collect_view();
    const C: &str = "add_closure";
    let slug = hours.slug;
    let (hours_slug, closure_slug) = (slug.clone(), slug.clone());
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <Notice key="opgeslagen" text=t.saved_notice/>
        <Notice key="sluiting" text=t.closure_added_notice/>
        <Notice key="verwijderd" text=t.closure_removed_notice/>
        <CentreNav slug=slug may_manage=true current="openingstijden"/>
        <section aria-labelledby="uren">
            <h2 id="uren">{t.manage_hours_heading}</h2>
            <p>{t.hours_intro}</p>
            <PostForm action=A class="stack">
                <input type="hidden" name="centrum" value=hours_slug/>
                {days}
                <button type="submit" class="button primary">{t.save_hours_button}</button>
            </PostForm>
        </section>
        <section aria-labelledby="sluitingen">
            <h2 id="sluitingen">{t.closures_heading}</h2>
            <p>{t.closures_intro}</p>
            <ul class="sessions">{closures}</ul>
            <h3>{t.new_closure_heading}</h3>
            <PostForm action=C class="stack">
                <input type="hidden" name="centrum" value=closure_slug/>
                <Field action=C name="eerste_dag" label=t.field_first_day kind="date" hint=t.date_hint/>
                <Field action=C name="laatste_dag" label=t.field_last_day kind="date" optional=true hint=t.last_day_hint/>
                <Field action=C name="reden" label=t.field_closure_reason hint=t.closure_reason_hint/>
                <Choices
                    action=C
                    name="soort"
                    legend=t.field_closure_kind
                    options=vec![
                        ("dicht".to_owned(), t.closure_kind_closed.to_owned()),
                        ("andere_tijden".to_owned(), t.closure_kind_hours.to_owned()),
                    ]
                    chosen=vec!["dicht".to_owned()]
                />
                <div class="time-pair">
                    <Field action=C name="open_van" label=t.field_opens kind="time" optional=true/>
                    <Field action=C name="open_tot" label=t.field_closes kind="time" optional=true/>
                </div>
                <button type="submit" class="button primary">{t.add_closure_button}</button>
            </PostForm>
        </section>
    }
}

/// The two time fields of one part of one weekday.
#[component]
fn TimeRow(key: String, dagdeel: &'static str, opens: String, closes: String) -> impl IntoView {
    let t = use_texts();
    let feedback = crate::components::form::use_feedback("save_opening_hours");
    let from_name = format!("van[{key}]");
    let until_name = format!("tot[{key}]");
    let value = |name: &str, saved: String| {
        feedback
            .as_ref()
            .map(|f| f.value(name).unwrap_or_default().to_owned())
            .unwrap_or(saved)
    };
    let problem = |name: &str| feedback.as_ref().and_then(|f| f.problem(name));
    let cell = move |name: String, label: &'static str, value: String| {
        let problem = problem(&name);
        let id = format!(
            "uren-{}-{}",
            if name.starts_with("van") { "van" } else { "tot" },
            key.clone()
        );
        let error_id = format!("{id}-fout");
        view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                {problem.map(|p| view! { <p class="field-error" id=error_id.clone()>{t.problem(p)}</p> })}
                <input
                    id=id
                    type="time"
                    name=name
                    value=value
                    aria-invalid=problem.is_some().then_some("true")
                    aria-describedby=problem.is_some().then_some(error_id)
                />
            </div>
        }
    };
    let from_value = value(&from_name, opens);
    let until_value = value(&until_name, closes);
    view! {
        <div class="dagdeel">
            <span>{dagdeel}</span>
            {cell(from_name, t.field_opens, from_value)}
            {cell(until_name, t.field_closes, until_value)}
        </div>
    }
}

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

#[component]
pub fn ManagedActivityPage() -> impl IntoView {
    let t = use_texts();
    let id = id_param();
    Suspend::new(async move {
        let activity = match id {
            Some(id) => get_managed_activity(id).await,
            None => Err(AppError::NotFound),
        };
        match activity {
            Ok(activity) => view! { <ManagedActivityContent activity/> }.into_any(),
            Err(error) => refused(t.platform_title, error),
        }
    })
}

/// A date as a line: "Dinsdag 24 november, 10:00 – 12:00".
fn date_text(lang: Lang, date: &OccurrenceDate) -> String {
    lang.date_line(date.starts_at, date.ends_at)
}

#[component]
fn ManagedActivityContent(activity: ManagedActivity) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let id = activity.id;
    let dates = activity
        .dates
        .iter()
        .map(|date| {
            let status = if date.cancelled {
                fill(t.cancelled_because, &[("reason", &date.cancel_reason)])
            } else if date.changed {
                fill(t.changed_because, &[("note", &date.change_note)])
            } else {
                String::new()
            };
            view! {
                <li class="date-row" class:cancelled=date.cancelled>
                    <span>
                        {if date.cancelled {
                            view! { <s>{date_text(lang, date)}</s> }.into_any()
                        } else {
                            view! { <span>{date_text(lang, date)}</span> }.into_any()
                        }}
                        {(!status.is_empty()).then(|| view! { <br/> <strong>{status}</strong> })}
                    </span>
                    <span class="actions">
                        {(activity.signup_required && activity.kind != ActivityKind::Cursus).then(|| view! {
                            <a href=format!("/beheer/aanmeldingen?activiteit={id}&datum={}", date.id)>
                                {t.who_comes_link}
                                <span class="visually-hidden">{format!(": {}", date_text(lang, date))}</span>
                            </a>
                        })}
                        <a href=format!("/beheer/data/{}", date.id)>
                            {t.change_this_date}
                            <span class="visually-hidden">{format!(": {}", date_text(lang, date))}</span>
                        </a>
                    </span>
                </li>
            }
        })
        .collect_view();
    let pause = if activity.paused {
        (false, t.resume_button)
    } else {
        (true, t.pause_button)
    };
    view! {
        <Title text=activity.title.clone()/>
        <p class="breadcrumb">
            <a href=format!("/beheer/centra/{}", activity.centre_slug)>
                {fill(t.back_to_centre, &[("centre", &activity.centre_name)])}
            </a>
        </p>
        <h1>{activity.title.clone()}</h1>
        {(!activity.member_title.is_empty()).then(|| view! {
            <p class="muted">{fill(t.member_title_line, &[("title", &activity.member_title)])}</p>
        })}
        <Notice key="nieuw" text=if activity.group_id.is_some() { t.group_meeting_made_notice } else { t.activity_published_notice }/>
        {(!activity.holiday_dates.is_empty()).then(|| {
            let days = activity
                .holiday_dates
                .iter()
                .map(|day| lang.day_name(*day))
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <div class="note">
                    <p>{fill(t.holiday_dates_hint, &[("days", &days)])}</p>
                    <p><a href=format!("/beheer/centra/{}/openingstijden#sluitingen", activity.centre_slug)>{t.add_closure_link}</a></p>
                </div>
            }
        })}
        <Notice key="opgeslagen" text=t.saved_notice/>
        <Notice key="gepauzeerd" text=t.paused_notice/>
        <Notice key="hervat" text=t.resumed_notice/>
        <Notice key="afgezegd" text=t.date_cancelled_notice/>
        <Notice key="hersteld" text=t.date_restored_notice/>
        <Notice key="datum_gewijzigd" text=t.date_changed_notice/>
        <p class="card-tags">
            <span class="badge kind">{t.kind(activity.kind)}</span>
            {activity.paused.then(|| view! { <span class="badge">{t.paused_label}</span> })}
        </p>
        <ul class="links">
            <li><a href=format!("/activiteiten/{id}")>{t.view_public_page}</a></li>
            {(activity.signup_required && activity.kind == ActivityKind::Cursus).then(|| view! {
                <li><a href=format!("/beheer/aanmeldingen?activiteit={id}")>{t.who_comes_link}</a></li>
            })}
        </ul>
        <section aria-labelledby="wijzigen">
            <h2 id="wijzigen">{t.what_to_change_heading}</h2>
            {if activity.is_series {
                view! {
                    <p>{t.series_choice_intro}</p>
                    <ul class="links">
                        <li><a href=format!("/beheer/activiteiten/{id}/bewerken")>{t.change_all_dates}</a></li>
                        <li><a href="#data">{t.change_one_date}</a></li>
                    </ul>
                }
                .into_any()
            } else {
                view! {
                    <ul class="links">
                        <li><a href=format!("/beheer/activiteiten/{id}/bewerken")>{t.edit_activity_link}</a></li>
                    </ul>
                }
                .into_any()
            }}
            <ul class="links">
                <li><a href=format!("/beheer/centra/{}/nieuw?kopie={id}", activity.centre_slug)>{t.duplicate_link}</a></li>
            </ul>
            {activity.is_series.then(|| view! {
                <PostForm action="pause_activity" class="stack">
                    <input type="hidden" name="id" value=id.to_string()/>
                    <input type="hidden" name="pauzeren" value=pause.0.to_string()/>
                    <p class="hint">{if pause.0 { t.pause_hint } else { t.resume_hint }}</p>
                    <button type="submit" class="button secondary">{pause.1}</button>
                </PostForm>
            })}
        </section>
        <section aria-labelledby="data">
            <h2 id="data">{t.dates_heading}</h2>
            {if activity.dates.is_empty() {
                view! { <p class="empty">{t.no_next_dates}</p> }.into_any()
            } else {
                view! { <ul class="sessions">{dates}</ul> }.into_any()
            }}
        </section>
        {activity.may_delete.then(|| view! {
            <section aria-labelledby="verwijderen">
                <h2 id="verwijderen">{t.delete_activity_heading}</h2>
                <p>{t.delete_activity_intro}</p>
                <PostForm action="delete_activity" class="stack">
                    <input type="hidden" name="id" value=id.to_string()/>
                    <Checkbox action="delete_activity" name="zeker" label=t.delete_activity_confirm/>
                    <button type="submit" class="button danger">{t.delete_activity_button}</button>
                </PostForm>
            </section>
        })}
    }
}

#[component]
pub fn ManagedDatePage() -> impl IntoView {
    let t = use_texts();
    let id = id_param();
    Suspend::new(async move {
        let date = match id {
            Some(id) => get_managed_date(id).await,
            None => Err(AppError::NotFound),
        };
        match date {
            Ok(date) => view! { <ManagedDateContent date/> }.into_any(),
            Err(error) => refused(t.change_date_title, error),
        }
    })
}

#[component]
fn ManagedDateContent(date: ManagedDate) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let d = date.date.clone();
    let id = d.id.to_string();
    let start = utc_to_local(d.starts_at);
    let when = date_text(lang, &d);
    let cancelled_text = fill(t.cancelled_because, &[("reason", &d.cancel_reason)]);
    const C: &str = "change_date";
    const X: &str = "cancel_date";
    view! {
        <Title text=t.change_date_title/>
        <p class="breadcrumb">
            <a href=format!("/beheer/activiteiten/{}", date.activity_id)>{date.activity_title.clone()}</a>
        </p>
        <h1>{t.change_date_title}</h1>
        <p class="lead">{date.activity_title.clone()} ": " {when}</p>
        {if d.cancelled {
            let id = id.clone();
            view! {
                <p class="note">{cancelled_text}</p>
                <PostForm action="restore_date" class="stack">
                    <input type="hidden" name="id" value=id/>
                    <button type="submit" class="button primary">{t.restore_date_button}</button>
                </PostForm>
            }
            .into_any()
        } else {
            let id = id.clone();
            view! {
                <section aria-labelledby="afzeggen">
                    <h2 id="afzeggen">{t.cancel_date_heading}</h2>
                    <PostForm action=X class="stack">
                        <input type="hidden" name="id" value=id/>
                        {(date.signed_up > 0).then(|| view! {
                            <p>{fill(t.cancel_reach_line, &[("n", &date.signed_up.to_string()), ("mail", &date.reachable.to_string())])}</p>
                            {(date.reachable < date.signed_up).then(|| view! { <p class="hint">{t.cancel_reach_others}</p> })}
                        })}
                        <Field action=X name="reden" label=t.field_cancel_reason hint=t.cancel_reason_hint/>
                        <button type="submit" class="button danger">{t.cancel_date_button}</button>
                    </PostForm>
                </section>
            }
            .into_any()
        }}
        <section aria-labelledby="verzetten">
            <h2 id="verzetten">{t.move_date_heading}</h2>
            <p>{t.move_date_intro}</p>
            <PostForm action=C class="stack">
                <input type="hidden" name="id" value=id/>
                <Field action=C name="datum" label=t.field_date kind="date" value=start.format("%Y-%m-%d").to_string()/>
                <div class="time-pair">
                    <Field action=C name="begin" label=t.field_start_time kind="time" value=clock(d.starts_at)/>
                    <Field action=C name="eind" label=t.field_end_time kind="time" value=clock(d.ends_at)/>
                </div>
                <Field action=C name="locatie" label=t.field_date_location hint=t.date_location_hint optional=true value=d.location.clone()/>
                <Field action=C name="toelichting" label=t.field_change_note hint=t.change_note_hint value=d.change_note.clone()/>
                <button type="submit" class="button primary">{t.save_button}</button>
            </PostForm>
        </section>
    }
}
