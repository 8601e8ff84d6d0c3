//! `/beheer/centra/:slug/openingstijden`: a centre's weekly opening hours and its closures.

use super::{param, refused, CentreNav};
use crate::api::programme::get_opening_hours;
use crate::components::form::{Choices, Field, Notice, PostForm};
use crate::domain::programme::{hours_key, Dagdeel, HoursSettings, WEEK};
use crate::i18n::{fill, use_lang, use_texts};
use leptos::prelude::*;
use leptos_meta::Title;

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
                    view! { <TimeRow key dagdeel=t.dagdeel(dagdeel) opens closes/> }
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
