//! "Nu open, tot 14:00" / "Nu dicht. Open dinsdag om 10:00", alone or for a list of centres.

use crate::domain::agenda::{CentreSummary, InloopToday};
use crate::domain::hours::OpenStatus;
use crate::domain::time::local_date;
use crate::i18n::{clock, fill, use_lang};
use chrono::{DateTime, Utc};
use leptos::prelude::*;

#[component]
pub fn OpenStatusLine(status: OpenStatus, now: DateTime<Utc>) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let (class, text) = match status {
        OpenStatus::OpenUntil(until) => ("status open", fill(t.open_until, &[("time", &clock(until))])),
        OpenStatus::OpensAt(at) => (
            "status closed",
            fill(
                t.opens_at,
                &[
                    ("day", &lang.relative_day(local_date(at), local_date(now))),
                    ("time", &clock(at)),
                ],
            ),
        ),
        OpenStatus::Closed => ("status closed", t.closed_for_now.to_owned()),
    };
    view! { <p class=class>{text}</p> }
}

/// Centres with their town and whether their inloop is open.
#[component]
pub fn CentreStatusList(centres: Vec<CentreSummary>, now: DateTime<Utc>) -> impl IntoView {
    view! {
        <ul class="centre-list">
            {centres
                .into_iter()
                .map(|c| {
                    view! {
                        <li class="centre-status">
                            <a href=format!("/centra/{}", c.slug)>{c.name}</a>
                            <span class="town">{c.town}</span>
                            <OpenStatusLine status=c.status now/>
                            {c.inloop_today.map(|inloop| view! { <InloopLine inloop/> })}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// "Inloop nu, tot 12:30" or "Inloop vandaag van 14:00 tot 16:00": the programme's inloop, which
/// may be shorter than the centre's opening hours.
#[component]
pub fn InloopLine(inloop: InloopToday) -> impl IntoView {
    let t = use_lang().texts();
    let text = match inloop {
        InloopToday::Until(until) => fill(t.inloop_now_until, &[("time", &clock(until))]),
        InloopToday::Later(from, to) => fill(t.inloop_later_today, &[("from", &clock(from)), ("to", &clock(to))]),
    };
    view! { <p class="inloop-line">{text}</p> }
}
