//! `/mijn-uren`: a volunteer's hours: "Ik heb geholpen" to write hours down, what they did
//! (the dates they ran are added by themselves), each line to change or take away, and the
//! hours per month.

use crate::api::volunteer_hours::get_my_hours;
use crate::components::form::{use_feedback, Choices, Field, Notice, PostForm};
use crate::domain::volunteer_hours::{HoursLine, HoursPlace, MyHoursPage};
use crate::i18n::{use_lang, use_texts};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn MyHoursPageView() -> impl IntoView {
    let t = use_texts();
    view! {
        <Title text=t.my_hours_title/>
        <h1>{t.my_hours_title}</h1>
        <Notice key="opgeslagen" text=t.hours_saved_notice/>
        <Notice key="veranderd" text=t.hours_changed_notice/>
        <Notice key="weg" text=t.hours_removed_notice/>
        {Suspend::new(async move {
            match get_my_hours().await {
                Ok(page) => view! { <MyHours page/> }.into_any(),
                Err(error) => crate::pages::not_found::refusal(error),
            }
        })}
    }
}

#[component]
fn MyHours(page: MyHoursPage) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let several = page.places.len() > 1;
    let lines = if page.lines.is_empty() {
        view! { <p class="empty">{t.my_hours_empty}</p> }.into_any()
    } else {
        view! {
            <ul class="cards">
                {page.lines.into_iter().map(|line| view! { <LineItem line several/> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let months = (!page.months.is_empty()).then(|| {
        let rows = page
            .months
            .into_iter()
            .map(|(month, minutes)| {
                view! { <li><strong>{lang.month(month)}</strong> ": " {lang.duration(minutes)}</li> }
            })
            .collect_view();
        view! {
            <section aria-labelledby="per-maand">
                <h2 id="per-maand">{t.hours_per_month}</h2>
                <ul class="sessions">{rows}</ul>
            </section>
        }
    });
    view! {
        <p class="lead">{t.my_hours_intro}</p>
        <HelpedForm places=page.places today=page.today/>
        {months}
        <section aria-labelledby="wat-je-deed">
            <h2 id="wat-je-deed">{t.my_hours_lines_heading}</h2>
            <p class="hint">{t.my_hours_lines_hint}</p>
            {lines}
        </section>
    }
}

/// "Ik heb geholpen": where, which day, how long, and what.
#[component]
fn HelpedForm(places: Vec<HoursPlace>, today: chrono::NaiveDate) -> impl IntoView {
    let t = use_texts();
    const A: &str = "add_hours";
    let several = places.len() > 1;
    let centre = if several {
        let options = places
            .iter()
            .map(|p| (p.centre_id.to_string(), p.name.clone()))
            .collect();
        let chosen = places
            .first()
            .map(|p| vec![p.centre_id.to_string()])
            .unwrap_or_default();
        view! { <Choices action=A name="centrum" legend=t.field_hours_centre options chosen/> }.into_any()
    } else {
        let id = places.first().map(|p| p.centre_id.to_string()).unwrap_or_default();
        view! { <input type="hidden" name="centrum" value=id/> }.into_any()
    };
    let tasks: Vec<(String, String)> = places
        .iter()
        .flat_map(|place| {
            place.tasks.iter().map(move |(id, title)| {
                let label = if several {
                    format!("{title} ({})", place.name)
                } else {
                    title.clone()
                };
                (id.to_string(), label)
            })
        })
        .collect();
    let has_tasks = !tasks.is_empty();
    view! {
        <section aria-labelledby="geholpen">
            <h2 id="geholpen">{t.helped_heading}</h2>
            <PostForm action=A class="stack">
                {centre}
                <Field action=A name="dag" label=t.field_hours_day kind="date" value=today.format("%Y-%m-%d").to_string()/>
                <Field action=A name="uren" label=t.field_hours_hours hint=t.hours_hint inputmode="decimal"/>
                {has_tasks.then(|| view! {
                    <Choices action=A name="taak" legend=t.field_hours_task options=tasks hint=t.hours_task_none/>
                })}
                <Field
                    action=A
                    name="wat"
                    label=if has_tasks { t.field_hours_what } else { t.field_hours_task }
                    hint=t.hours_what_hint
                />
                <button type="submit" class="button primary">{t.helped_button}</button>
            </PostForm>
        </section>
    }
}

/// One line of my hours, with "Veranderen" (how long) and "Weghalen".
#[component]
fn LineItem(line: HoursLine, several: bool) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let id = line.id.to_string();
    let day = lang.short_day(line.day);
    // A refused change comes back open, with its message at the field.
    let feedback = use_feedback("change_hours").filter(|f| f.value("id") == Some(id.as_str()));
    let problem = feedback.as_ref().and_then(|f| f.problem("uren"));
    let typed = feedback
        .as_ref()
        .and_then(|f| f.value("uren").map(str::to_owned))
        .unwrap_or_else(|| crate::domain::volunteer_hours::as_typed(line.minutes));
    let (change_id, remove_id) = (id.clone(), id.clone());
    let field_id = format!("uren-{id}");
    let error_id = format!("uren-{id}-fout");
    let label = format!("{}: {day}, {}", t.hours_change_button, line.what);
    let remove_label = format!("{}: {day}, {}", t.hours_remove_button, line.what);
    view! {
        <li class="card">
            <p class="card-time">{day.clone()} {several.then(|| format!(" · {}", line.centre_name))}</p>
            <p class="card-title">
                {line.facilitated.then(|| view! { <span class="tag">{t.hours_facilitated}</span> " " })}
                {line.what.clone()}
            </p>
            <p><strong>{lang.duration(line.minutes)}</strong></p>
            <details open=feedback.is_some()>
                <summary class="button secondary" aria-label=label>{t.hours_change_button}</summary>
                <PostForm action="change_hours" only_for=("id", id.clone()) class="stack">
                    <input type="hidden" name="id" value=change_id/>
                    <div class="field" class:field-invalid=problem.is_some()>
                        <label for=field_id.clone()>{t.field_hours_hours}</label>
                        {problem.map(|p| view! { <p class="field-error" id=error_id.clone()>{t.problem(p)}</p> })}
                        <input
                            id=field_id
                            name="uren"
                            value=typed
                            inputmode="decimal"
                            aria-invalid=problem.is_some().then_some("true")
                            aria-describedby=problem.is_some().then_some(error_id.clone())
                        />
                    </div>
                    <button type="submit" class="button primary">{t.head_count_button}</button>
                </PostForm>
                <p class="hint">{t.hours_remove_hint}</p>
                <PostForm action="remove_hours" only_for=("id", id.clone()) explain=true>
                    <input type="hidden" name="id" value=remove_id/>
                    <button type="submit" class="button danger" aria-label=remove_label>{t.hours_remove_button}</button>
                </PostForm>
            </details>
        </li>
    }
}
