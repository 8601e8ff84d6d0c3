//! `/activiteiten`: the agenda by day or week, with filters as plain GET parameters so a
//! filtered page can be bookmarked and works without JavaScript.

use crate::api::agenda::get_agenda;
use crate::components::agenda::{AgendaDays, AgendaList};
use crate::domain::activity::{ActivityKind, Theme};
use crate::domain::agenda::{param, Agenda, AgendaFilter, FilterProblem, Span};
use crate::domain::time::local_date;
use crate::i18n::{fill, use_lang, use_texts, Texts};
use crate::pages::not_found::ErrorNotice;
use chrono::Duration;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

const KEYS: [&str; 6] = [
    param::SPAN,
    param::DATE,
    param::CENTRE,
    param::KIND,
    param::THEME,
    param::WITHOUT_SIGNUP,
];

fn problem_text(t: &'static Texts, problem: FilterProblem) -> &'static str {
    match problem {
        FilterProblem::Date => t.problem_date,
        FilterProblem::Span => t.problem_span,
        FilterProblem::Kind => t.problem_kind,
        FilterProblem::Theme => t.problem_theme,
        FilterProblem::Centre => t.problem_centre,
    }
}

#[component]
pub fn AgendaPage() -> impl IntoView {
    let t = use_texts();
    let query = use_query_map().get_untracked();
    let raw: Vec<(&str, String)> = KEYS
        .iter()
        .filter_map(|key| query.get(key).map(|value| (*key, value)))
        .collect();
    let today = local_date(crate::context::use_now());
    let (filter, problems) = AgendaFilter::parse(raw.iter().map(|(k, v)| (*k, v.as_str())), today);
    let raw_date = query.get(param::DATE).unwrap_or_default();
    view! {
        <Title text=t.agenda_title/>
        <h1>{t.agenda_heading}</h1>
        {Suspend::new(async move {
            match get_agenda(filter.clone()).await {
                Ok(agenda) => view! { <AgendaContent agenda filter problems raw_date/> }.into_any(),
                Err(error) => view! { <ErrorNotice error not_found=t.not_found_text/> }.into_any(),
            }
        })}
    }
}

#[component]
fn AgendaContent(
    agenda: Agenda,
    filter: AgendaFilter,
    problems: Vec<FilterProblem>,
    raw_date: String,
) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let has = |p: FilterProblem| problems.contains(&p);
    let date_value = if has(FilterProblem::Date) {
        raw_date
    } else {
        filter.date.map(|d| d.to_string()).unwrap_or_default()
    };
    let error = |id: &'static str, p: FilterProblem| {
        has(p).then(|| view! { <p class="field-error" id=id>{problem_text(t, p)}</p> })
    };
    let described = |p: FilterProblem, id: &'static str| has(p).then_some(id);
    let invalid = |p: FilterProblem| has(p).then_some("true");

    let heading = match filter.span {
        Span::Day => lang.day_heading(agenda.first_day),
        Span::Week => fill(
            t.range_week,
            &[
                ("first", &lang.day_name(agenda.first_day)),
                ("last", &lang.day_name(agenda.end_day - Duration::days(1))),
            ],
        ),
    };
    let (step, previous, next) = match filter.span {
        Span::Day => (Duration::days(1), t.previous_day, t.next_day),
        Span::Week => (Duration::days(7), t.previous_week, t.next_week),
    };
    let previous_href = format!(
        "/activiteiten?{}#resultaten",
        filter.query_with_date(agenda.first_day - step)
    );
    let next_href = format!(
        "/activiteiten?{}#resultaten",
        filter.query_with_date(agenda.first_day + step)
    );
    // On a phone the filter box takes the whole screen: it folds away once something is chosen
    // (and stays open to show a value that could not be used).
    let open = !filter.narrows() || !problems.is_empty();
    let count = lang.activity_count(agenda.items.len());
    let now = agenda.now;
    let results = if agenda.items.is_empty() {
        view! { <p class="empty">{t.agenda_empty}</p> }.into_any()
    } else if filter.span == Span::Day {
        view! { <AgendaList items=agenda.items now/> }.into_any()
    } else {
        view! { <AgendaDays items=agenda.items now level=3/> }.into_any()
    };

    let centre_options = agenda
        .centres
        .into_iter()
        .map(|(slug, name)| {
            let selected = filter.centre.as_deref() == Some(slug.as_str());
            view! { <option value=slug selected=selected>{name}</option> }
        })
        .collect_view();
    let kind_options = ActivityKind::ALL
        .into_iter()
        .map(|kind| view! { <option value=kind.slug() selected=filter.kind == Some(kind)>{t.kind(kind)}</option> })
        .collect_view();
    let theme_options = Theme::ALL
        .into_iter()
        .map(
            |theme| view! { <option value=theme.slug() selected=filter.theme == Some(theme)>{t.theme(theme)}</option> },
        )
        .collect_view();

    view! {
        <details class="filter-box" open=open>
        <summary><h2>{t.filter_heading}</h2></summary>
        <form class="filters" method="get" action="/activiteiten#resultaten">
            <fieldset class="field" aria-describedby=described(FilterProblem::Span, "fout-weergave")>
                <legend>{t.filter_span}</legend>
                <div class="choices">
                    <label class="choice">
                        <input type="radio" name=param::SPAN value="dag" checked=filter.span == Span::Day/>
                        {t.span_day}
                    </label>
                    <label class="choice">
                        <input type="radio" name=param::SPAN value="week" checked=filter.span == Span::Week/>
                        {t.span_week}
                    </label>
                </div>
                {error("fout-weergave", FilterProblem::Span)}
            </fieldset>
            <div class="field">
                <label for="f-datum">{t.filter_date}</label>
                <input id="f-datum" type="date" name=param::DATE value=date_value
                    aria-invalid=invalid(FilterProblem::Date)
                    aria-describedby=if has(FilterProblem::Date) { "f-datum-hint fout-datum" } else { "f-datum-hint" }/>
                <p class="hint" id="f-datum-hint">{t.filter_date_hint}</p>
                {error("fout-datum", FilterProblem::Date)}
            </div>
            <div class="field">
                <label for="f-centrum">{t.filter_centre}</label>
                <select id="f-centrum" name=param::CENTRE aria-invalid=invalid(FilterProblem::Centre) aria-describedby=described(FilterProblem::Centre, "fout-centrum")>
                    <option value="">{t.all_centres}</option>
                    {centre_options}
                </select>
                {error("fout-centrum", FilterProblem::Centre)}
            </div>
            <div class="field">
                <label for="f-soort">{t.filter_kind}</label>
                <select id="f-soort" name=param::KIND aria-invalid=invalid(FilterProblem::Kind) aria-describedby=described(FilterProblem::Kind, "fout-soort")>
                    <option value="">{t.all_kinds}</option>
                    {kind_options}
                </select>
                {error("fout-soort", FilterProblem::Kind)}
            </div>
            <div class="field">
                <label for="f-thema">{t.filter_theme}</label>
                <select id="f-thema" name=param::THEME aria-invalid=invalid(FilterProblem::Theme) aria-describedby=described(FilterProblem::Theme, "fout-thema")>
                    <option value="">{t.all_themes}</option>
                    {theme_options}
                </select>
                {error("fout-thema", FilterProblem::Theme)}
            </div>
            <div class="field">
                <label class="choice">
                    <input type="checkbox" name=param::WITHOUT_SIGNUP value="1" checked=filter.without_signup/>
                    {t.filter_without_signup}
                </label>
            </div>
            <div class="actions">
                <button type="submit" class="button">{t.filter_submit}</button>
                <a class="button secondary" href="/activiteiten">{t.filter_reset}</a>
            </div>
        </form>
        </details>
        <section class="results" aria-labelledby="resultaten">
            <h2 id="resultaten">{heading}</h2>
            <p class="count">{count}</p>
            {results}
            <nav class="pager" aria-label=t.pager_label>
                <a class="button secondary" href=previous_href>{previous}</a>
                <a class="button secondary" href=next_href>{next}</a>
            </nav>
        </section>
    }
}
