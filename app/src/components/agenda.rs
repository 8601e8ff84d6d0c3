//! Agenda items grouped by day, as on the home, agenda and centre pages.

use crate::domain::agenda::AgendaItem;
use crate::domain::time::local_date;
use crate::i18n::{clock_range, fill, use_lang};
use chrono::{DateTime, NaiveDate, Utc};
use leptos::either::Either;
use leptos::prelude::*;

/// Items grouped under a heading per day. `level` is the heading level of the day headings.
#[component]
pub fn AgendaDays(items: Vec<AgendaItem>, now: DateTime<Utc>, #[prop(default = 2)] level: u8) -> impl IntoView {
    let lang = use_lang();
    let mut days: Vec<(NaiveDate, Vec<AgendaItem>)> = Vec::new();
    for item in items {
        let day = local_date(item.starts_at);
        match days.last_mut() {
            Some((last, list)) if *last == day => list.push(item),
            _ => days.push((day, vec![item])),
        }
    }
    days.into_iter()
        .map(|(day, items)| {
            let heading = lang.day_heading(day);
            let heading = if level == 2 {
                view! { <h2 class="day-heading">{heading}</h2> }.into_any()
            } else {
                view! { <h3 class="day-heading">{heading}</h3> }.into_any()
            };
            view! {
                <section class="day">
                    {heading}
                    <AgendaList items now/>
                </section>
            }
        })
        .collect_view()
}

/// A plain list of items; `dated` cards say their day too (for a list that is not under a day's
/// heading, such as suggestions).
#[component]
pub fn AgendaList(items: Vec<AgendaItem>, now: DateTime<Utc>, #[prop(optional)] dated: bool) -> impl IntoView {
    view! {
        <ul class="cards">
            {items.into_iter().map(|item| view! { <AgendaCard item now dated/> }).collect_view()}
        </ul>
    }
}

#[component]
pub fn AgendaCard(item: AgendaItem, now: DateTime<Utc>, #[prop(optional)] dated: bool) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let running = item.is_running(now);
    let href = format!("/activiteiten/{}", item.activity_id);
    let mut place = fill(t.at_place, &[("centre", &item.centre_name), ("town", &item.town)]);
    if item.online {
        place = format!("{} · {place}", t.place_online);
    } else if !item.location.is_empty() {
        place = format!("{} · {place}", item.location);
    }
    let signup = if item.signup_required {
        t.signup_needed
    } else {
        t.no_signup
    };
    // In the evening the morning's items are over: marked, so nobody sets out for them.
    let over = !item.cancelled && item.ends_at <= now;
    let class = if item.cancelled {
        "card cancelled"
    } else if over {
        "card over"
    } else {
        "card"
    };
    view! {
        <li class=class>
            <p class="card-time">
                <time datetime=item.starts_at.to_rfc3339()>
                    {if dated { lang.date_line(item.starts_at, item.ends_at) } else { clock_range(item.starts_at, item.ends_at) }}
                </time>
                {running.then(|| view! { <span class="badge now">{t.running_now}</span> })}
                {over.then(|| view! { <span class="badge over">{t.over_label}</span> })}
            </p>
            <p class="card-title"><a href=href>{item.title.clone()}</a></p>
            <p class="card-place">{place}</p>
            {(!item.cancelled && !item.change_note.is_empty()).then(|| view! {
                <p class="card-changed"><strong>{fill(t.changed_because, &[("note", &item.change_note)])}</strong></p>
            })}
            {if item.cancelled {
                let reason = if item.cancel_reason.is_empty() {
                    t.cancelled_label.to_owned()
                } else {
                    fill(t.cancelled_because, &[("reason", &item.cancel_reason)])
                };
                let next = item
                    .next_on
                    .map(|(starts, ends)| fill(t.next_time_on, &[("when", &lang.date_line(starts, ends))]));
                Either::Left(view! {
                    <p class="card-cancelled"><strong>{reason}</strong></p>
                    {next.map(|next| view! { <p class="card-next">{next}</p> })}
                })
            } else {
                Either::Right(view! {
                    <p class="card-tags">
                        <span class="badge kind">{t.kind(item.kind)}</span>
                        <span class="badge">{signup}</span>
                    </p>
                })
            }}
        </li>
    }
}
