//! What changed about dates someone signed up for: "Gaat niet door" on every card that shows a
//! sign-up, and the list of changes since the last visit (for those without e-mail above all).

use crate::components::form::PostForm;
use crate::domain::signup::{ChangeKind, DateChange, DateState};
use crate::i18n::{fill, use_lang, Texts};
use leptos::prelude::*;

/// The line a card shows when its date does not go on as planned; nothing when it does.
#[component]
pub fn DateStateLine(state: DateState) -> impl IntoView {
    let t = use_lang().texts();
    let (class, line) = match state {
        DateState::AsPlanned => return None,
        DateState::Off { reason, stopped } => ("card-cancelled", off_line(t, &reason, stopped)),
        DateState::Changed { note } if note.is_empty() => ("card-changed", t.date_changed_label.to_owned()),
        DateState::Changed { note } => ("card-changed", fill(t.changed_because, &[("note", &note)])),
    };
    Some(view! { <p class=class><strong>{line}</strong></p> })
}

fn off_line(t: &Texts, reason: &str, stopped: bool) -> String {
    let reason = if stopped { t.activity_stopped_reason } else { reason };
    if reason.is_empty() {
        t.cancelled_label.to_owned()
    } else {
        fill(t.cancelled_because, &[("reason", reason)])
    }
}

/// One change, as a card.
#[component]
pub fn ChangeCard(change: DateChange) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let line = match change.kind {
        ChangeKind::Cancelled => off_line(t, &change.reason, false),
        ChangeKind::Stopped => off_line(t, "", true),
        ChangeKind::Dropped => off_line(t, t.schedule_dropped_reason, false),
        ChangeKind::Changed if change.reason.is_empty() => t.date_changed_label.to_owned(),
        ChangeKind::Changed => fill(t.changed_because, &[("note", &change.reason)]),
        ChangeKind::Rescheduled => fill(t.changed_because, &[("note", t.schedule_changed_note)]),
    };
    let before = change
        .before
        .map(|(starts, ends)| fill(t.change_before, &[("when", &lang.date_line(starts, ends))]));
    // A stopped activity may be gone: its page is not linked.
    let title = if change.kind == ChangeKind::Stopped {
        view! { {change.title.clone()} }.into_any()
    } else {
        view! { <a href=format!("/activiteiten/{}", change.activity_id)>{change.title.clone()}</a> }.into_any()
    };
    let class = if change.kind.is_off() { "card cancelled" } else { "card" };
    view! {
        <li class=class>
            <p class="card-time">{lang.date_line(change.starts_at, change.ends_at)}</p>
            <p class="card-title">{title}</p>
            <p class=if change.kind.is_off() { "card-cancelled" } else { "card-changed" }><strong>{line}</strong></p>
            {before.map(|before| view! { <p class="hint">{before}</p> })}
        </li>
    }
}

/// "Er is iets veranderd": the changes since my last visit, with "Gezien" to put them away.
/// `back` is the page it is shown on (`home` or `mijn-week`).
#[component]
pub fn DateChanges(changes: Vec<DateChange>, back: &'static str) -> impl IntoView {
    let t = use_lang().texts();
    let newest = changes.iter().map(|c| c.id).max()?;
    Some(view! {
        <section class="changes" aria-labelledby="veranderd">
            <h2 id="veranderd">{t.changes_heading}</h2>
            <p>{t.changes_intro}</p>
            <ul class="cards">
                {changes.into_iter().map(|change| view! { <ChangeCard change/> }).collect_view()}
            </ul>
            <PostForm action="dismiss_changes" explain=true>
                <input type="hidden" name="tot" value=newest.to_string()/>
                <input type="hidden" name="terug" value=back/>
                <button type="submit" class="button secondary">{t.changes_seen_button}</button>
            </PostForm>
        </section>
    })
}
