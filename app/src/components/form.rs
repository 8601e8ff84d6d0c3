//! Forms that work without JavaScript: they post to the page they are on with a hidden `actie`
//! field naming the server function; a refused form comes back with its problems next to the
//! fields (see the server's form dispatcher).

use crate::context::FormFeedback;
use crate::domain::form::{Problem, ACTION_FIELD};
use crate::error::AppError;
use crate::i18n::{fill, use_lang, use_texts};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The feedback for the form with this action, when it was just refused.
pub fn use_feedback(action: &str) -> Option<FormFeedback> {
    use_context::<FormFeedback>().filter(|feedback| feedback.action == action)
}

/// A form posting `action` to the current address.
#[component]
pub fn PostForm(
    /// The server function's endpoint.
    action: &'static str,
    #[prop(optional)] class: Option<&'static str>,
    /// For one of several forms with the same action: answer only a post that sent this value
    /// in this (hidden) field.
    #[prop(optional)]
    only_for: Option<(&'static str, String)>,
    /// A form without visible fields: its message says what was wrong, not "see the fields".
    #[prop(optional)]
    explain: bool,
    children: Children,
) -> impl IntoView {
    let location = use_location();
    let here = {
        let search = location.search.get_untracked();
        let path = location.pathname.get_untracked();
        if search.is_empty() {
            path
        } else {
            format!("{path}?{search}")
        }
    };
    // `novalidate`: the server checks every field and answers in the visitor's language; the
    // browser's own checks would stop the post with a bubble in the browser's language instead.
    view! {
        <form method="post" action=here class=class novalidate>
            <input type="hidden" name=ACTION_FIELD value=action/>
            <FormMessage action only_for explain/>
            {children()}
        </form>
    }
}

/// The message at the top of a refused form: which kind of problem, in plain words. (Public for
/// forms an island renders, which cannot read the page's feedback: shown beside the island.)
#[component]
pub fn FormMessage(action: &'static str, only_for: Option<(&'static str, String)>, explain: bool) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let feedback = use_feedback(action).filter(|feedback| match &only_for {
        Some((name, value)) => feedback.value(name) == Some(value.as_str()),
        None => true,
    });
    feedback.map(|feedback| {
        if let (AppError::Invalid(problems), false) = (&feedback.error, explain) {
            return view! { <ErrorSummary action problems=problems.clone()/> }.into_any();
        }
        let text = match &feedback.error {
            AppError::Invalid(problems) if explain => problems
                .iter()
                .map(|p| t.problem(p.problem))
                .collect::<Vec<_>>()
                .join(" "),
            AppError::Invalid(_) => t.form_problems.to_owned(),
            AppError::Unauthorised => t.needs_login.to_owned(),
            AppError::Forbidden => t.not_allowed.to_owned(),
            AppError::TooManyAttempts { retry_after } => {
                fill(t.too_many_attempts, &[("wait", &lang.wait(*retry_after))])
            }
            AppError::NotFound | AppError::ServerFn(_) => t.form_not_understood.to_owned(),
            AppError::Busy { retry_after } => fill(t.busy, &[("wait", &lang.wait(*retry_after))]),
            AppError::Internal => t.error_text.to_owned(),
        };
        view! { <p class="form-message" role="alert">{text}</p> }.into_any()
    })
}

/// The labels of the page's form fields by (action, name), filled in as the fields are built,
/// so that an error summary (rendered after its form's fields were built, wherever they were
/// built) can name them.
#[derive(Clone, Copy)]
pub struct FieldLabels(StoredValue<Vec<(&'static str, &'static str, &'static str)>>);

/// A page's empty set of labels, provided once per page.
pub fn field_labels() -> FieldLabels {
    FieldLabels(StoredValue::new(Vec::new()))
}

/// Remembers a field's label for the error summary of its form.
fn register_label(action: &'static str, name: &'static str, label: &'static str) {
    if let Some(FieldLabels(labels)) = use_context::<FieldLabels>() {
        labels.update_value(|labels| labels.push((action, name.trim_end_matches("[]"), label)));
    }
}

/// After a post with problems: a box at the top of the form that takes focus (so the page opens
/// at it, with and without JavaScript) and links to each field with its problem (the GOV.UK and
/// NL Design System pattern).
#[component]
fn ErrorSummary(action: &'static str, problems: Vec<crate::domain::form::FieldProblem>) -> impl IntoView {
    let t = use_texts();
    let labels = use_context::<FieldLabels>();
    // Rendered after the form's fields were built, so their labels are known.
    let items = move || {
        problems
            .iter()
            .map(|problem| {
                let label = labels.and_then(|FieldLabels(labels)| {
                    labels.with_value(|labels| {
                        labels
                            .iter()
                            .find(|(of, name, _)| *of == action && *name == problem.field.trim_end_matches("[]"))
                            .map(|(_, _, label)| *label)
                    })
                });
                let text = match label {
                    Some(label) => format!("{}: {}", label.trim_end_matches(['?', ':']), t.problem(problem.problem)),
                    None => t.problem(problem.problem).to_owned(),
                };
                let href = format!("#veld-{}", problem.field.trim_end_matches("[]"));
                view! { <li><a href=href>{text}</a></li> }
            })
            .collect_view()
    };
    view! {
        <div class="error-summary" role="alert" tabindex="-1" autofocus=true aria-labelledby="fouten-kop">
            <h2 id="fouten-kop">{t.form_problems}</h2>
            <ul>{items}</ul>
        </div>
    }
}

/// A labelled input with its hint and, after a refused post, its problem and the typed value.
#[component]
pub fn Field(
    /// The action of the form the field is in.
    action: &'static str,
    name: &'static str,
    label: &'static str,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] autocomplete: &'static str,
    #[prop(optional)] hint: &'static str,
    #[prop(optional)] optional: bool,
    #[prop(optional, into)] value: String,
    /// The keyboard a phone shows ("numeric" for codes).
    #[prop(optional)]
    inputmode: Option<&'static str>,
) -> impl IntoView {
    register_label(action, name, label);
    let (problem, value) = typed(action, name, value);
    let ids = Described::new(name, !hint.is_empty(), problem.is_some());
    view! {
        <div class="field" class:field-invalid=problem.is_some()>
            {field_label(&ids, label, optional, hint, problem)}
            <input
                id=ids.id
                name=name
                type=kind
                value=value
                autocomplete=(!autocomplete.is_empty()).then_some(autocomplete)
                inputmode=inputmode
                aria-invalid=problem.is_some().then_some("true")
                aria-describedby=ids.by
            />
        </div>
    }
}

/// After a refused post: the field's problem, and its value as typed (else `value`).
fn typed(action: &str, name: &str, value: String) -> (Option<Problem>, String) {
    let feedback = use_feedback(action);
    let problem = feedback.as_ref().and_then(|f| f.problem(name));
    let value = feedback
        .as_ref()
        .and_then(|f| f.value(name).map(str::to_owned))
        .unwrap_or(value);
    (problem, value)
}

/// A field's label, hint and problem.
fn field_label(
    ids: &Described,
    label: &'static str,
    optional: bool,
    hint: &'static str,
    problem: Option<Problem>,
) -> impl IntoView {
    let t = use_texts();
    view! {
        <label for=ids.id.clone()>
            {label}
            {optional.then(|| view! { " " <span class="optional">{t.optional_field}</span> })}
        </label>
        {(!hint.is_empty()).then(|| view! { <p class="hint" id=ids.hint_id.clone()>{hint}</p> })}
        {problem.map(|p| view! { <p class="field-error" id=ids.error_id.clone()>{t.problem(p)}</p> })}
    }
}

/// Ids that tie a field to its hint and error message.
struct Described {
    id: String,
    hint_id: String,
    error_id: String,
    /// `aria-describedby`, if there is anything to point at.
    by: Option<String>,
}

impl Described {
    fn new(name: &str, has_hint: bool, has_problem: bool) -> Described {
        let id = format!("veld-{}", name.trim_end_matches("[]"));
        let hint_id = format!("{id}-uitleg");
        let error_id = format!("{id}-fout");
        let by = [has_problem.then(|| error_id.clone()), has_hint.then(|| hint_id.clone())]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        Described {
            id,
            hint_id,
            error_id,
            by: (!by.is_empty()).then_some(by),
        }
    }
}

/// A labelled multi-line text with its hint and, after a refused post, its problem and text.
#[component]
pub fn TextArea(
    action: &'static str,
    name: &'static str,
    label: &'static str,
    #[prop(optional)] hint: &'static str,
    #[prop(optional)] optional: bool,
    #[prop(optional, into)] value: String,
    #[prop(default = 5)] rows: u32,
) -> impl IntoView {
    register_label(action, name, label);
    let (problem, value) = typed(action, name, value);
    let ids = Described::new(name, !hint.is_empty(), problem.is_some());
    view! {
        <div class="field" class:field-invalid=problem.is_some()>
            {field_label(&ids, label, optional, hint, problem)}
            <textarea
                id=ids.id
                name=name
                rows=rows
                aria-invalid=problem.is_some().then_some("true")
                aria-describedby=ids.by
            >
                {textarea_text(&value)}
            </textarea>
        </div>
    }
}

/// The server renders a textarea's text as it is (textarea content is raw text in HTML), so a
/// typed `</textarea>` would end the field and what follows would be markup. Escaped here, the
/// browser shows exactly what was typed.
#[cfg(feature = "ssr")]
fn textarea_text(value: &str) -> String {
    value.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Only the server renders forms; in the browser the text is set as it is.
#[cfg(not(feature = "ssr"))]
fn textarea_text(value: &str) -> String {
    value.to_owned()
}

/// A group of radio buttons (`multiple` false) or checkboxes (`multiple` true, sent as
/// `name[]`), with its legend, hint and problem; after a refused post the choices as sent.
#[component]
pub fn Choices(
    action: &'static str,
    /// The field name; checkboxes are sent as `name[]`.
    name: &'static str,
    legend: &'static str,
    /// (value, label)
    options: Vec<(String, String)>,
    #[prop(optional)] chosen: Vec<String>,
    #[prop(optional)] multiple: bool,
    #[prop(optional)] hint: &'static str,
    #[prop(optional)] optional: bool,
) -> impl IntoView {
    register_label(action, name, legend);
    let t = use_texts();
    let feedback = use_feedback(action);
    let problem = feedback.as_ref().and_then(|f| f.problem(name));
    let sent_name = if multiple { format!("{name}[]") } else { name.to_owned() };
    let chosen = match &feedback {
        Some(f) => f.values_of(&sent_name),
        None => chosen,
    };
    let ids = Described::new(name, !hint.is_empty(), problem.is_some());
    let kind = if multiple { "checkbox" } else { "radio" };
    let boxes = options
        .into_iter()
        .map(|(value, label)| {
            let checked = chosen.contains(&value);
            let name = sent_name.clone();
            view! {
                <label class="choice">
                    <input type=kind name=name value=value checked=checked/>
                    {label}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset
            class="field"
            id=ids.id
            aria-invalid=problem.is_some().then_some("true")
            aria-describedby=ids.by
        >
            <legend>
                {legend}
                {optional.then(|| view! { " " <span class="optional">{t.optional_field}</span> })}
            </legend>
            {(!hint.is_empty()).then(|| view! { <p class="hint" id=ids.hint_id.clone()>{hint}</p> })}
            {problem.map(|p| view! { <p class="field-error" id=ids.error_id.clone()>{t.problem(p)}</p> })}
            <div class="choices">{boxes}</div>
        </fieldset>
    }
}

/// One checkbox that sends `name=ja` when ticked.
#[component]
pub fn Checkbox(
    action: &'static str,
    name: &'static str,
    label: &'static str,
    #[prop(optional)] checked: bool,
    #[prop(optional)] hint: &'static str,
) -> impl IntoView {
    register_label(action, name, label);
    let t = use_texts();
    let feedback = use_feedback(action);
    let problem = feedback.as_ref().and_then(|f| f.problem(name));
    let checked = match &feedback {
        Some(f) => f.value(name) == Some("ja"),
        None => checked,
    };
    let ids = Described::new(name, !hint.is_empty(), problem.is_some());
    view! {
        <div class="field" class:field-invalid=problem.is_some()>
            {problem.map(|p| view! { <p class="field-error" id=ids.error_id.clone()>{t.problem(p)}</p> })}
            <label class="choice">
                <input
                    type="checkbox"
                    id=ids.id
                    name=name
                    value="ja"
                    checked=checked
                    aria-invalid=problem.is_some().then_some("true")
                    aria-describedby=ids.by
                />
                {label}
            </label>
            {(!hint.is_empty()).then(|| view! { <p class="hint" id=ids.hint_id.clone()>{hint}</p> })}
        </div>
    }
}

/// A notice after a redirect ("Je bent uitgelogd."), shown when the query has `key`.
#[component]
pub fn Notice(key: &'static str, text: &'static str) -> impl IntoView {
    let shown = leptos_router::hooks::use_query_map().get_untracked().get(key).is_some();
    shown.then(|| view! { <p class="notice" role="status">{text}</p> })
}

/// A step back before something that cannot simply be undone ("Afmelden", "Uit de groep gaan"):
/// the first button only opens the question, the form with the real button is inside. A
/// `<details>`, so it works the same without JavaScript.
#[component]
pub fn ConfirmStep(
    /// The first button's text.
    label: &'static str,
    /// Its accessible name, when several are on one page ("Afmelden: Samen koken").
    #[prop(optional, into)]
    aria_label: Option<String>,
    question: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <details class="confirm-step">
            <summary class="button secondary" aria-label=aria_label>{label}</summary>
            <div class="confirm-body">
                <p><strong>{question}</strong></p>
                {children()}
            </div>
        </details>
    }
}
