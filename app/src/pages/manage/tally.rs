//! `/beheer/centra/:slug/turven`: counting walk-in visitors at the door, per dagdeel, without
//! names. Each button is a form that works without JavaScript; the `TallyCounter` island makes a
//! tap instant and keeps taps made offline on the device until they can be sent.

use super::{param, refused, CentreNav};
use crate::api::tallies::get_tally;
use crate::components::form::{Choices, Field, FormMessage, Notice, PostForm};
use crate::domain::form::ACTION_FIELD;
use crate::domain::programme::Dagdeel;
use crate::domain::tally::{slot, CorrectionEntry, Count, DayCounts, TallyPage, TapKind};
use crate::i18n::{fill, use_lang, Lang, Texts};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

#[component]
pub fn CentreTallyPage() -> impl IntoView {
    let t = crate::i18n::use_texts();
    let slug = param("slug");
    let chosen = use_query_map()
        .get_untracked()
        .get("dagdeel")
        .and_then(|value| value.parse::<i64>().ok());
    Suspend::new(async move {
        match get_tally(slug).await {
            Ok(page) => view! { <TallyContent page chosen/> }.into_any(),
            Err(error) => refused(t.tally_title, error),
        }
    })
}

/// A dagdeel's name by its number (1–3).
fn dagdeel_name(t: &'static Texts, dagdeel: i64) -> &'static str {
    t.dagdeel(Dagdeel::from_number(dagdeel).unwrap_or(Dagdeel::Avond))
}

#[component]
fn TallyContent(page: TallyPage, chosen: Option<i64>) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let title = fill(t.tally_title_of, &[("centre", &page.name)]);
    let selected = chosen
        .filter(|chosen| page.dagdelen.iter().any(|d| d.dagdeel == *chosen))
        .unwrap_or(page.current);
    let base = format!("/beheer/centra/{}/turven", page.slug);
    let parts = page
        .dagdelen
        .iter()
        .map(|d| PartView {
            dagdeel: d.dagdeel,
            label: dagdeel_name(t, d.dagdeel).to_owned(),
            href: format!("{base}?dagdeel={}", d.dagdeel),
        })
        .collect();
    let mut counts = [Count::default(); 3];
    for d in &page.dagdelen {
        if let Some(slot) = slot(d.dagdeel).and_then(|i| counts.get_mut(i)) {
            *slot = d.count;
        }
    }
    let here = if chosen.is_some() {
        format!("{base}?dagdeel={selected}")
    } else {
        base.clone()
    };
    let texts = CounterTexts::of(t);
    let correcting = page.may_manage.then(|| {
        let yesterday = (page.today - chrono::Duration::days(1)).format("%Y-%m-%d").to_string();
        view! { <Corrections slug=page.slug.clone() yesterday recent=page.recent.clone() log=page.corrections.clone() lang/> }
    });
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        // Volunteers come here only to count; the rest of the management area is for coordinators.
        {page.may_manage.then(|| view! { <CentreNav slug=page.slug.clone() may_manage=true current="turven"/> })}
        <Notice key="verbeterd" text=t.tally_corrected_notice/>
        <p class="lead">{t.tally_intro}</p>
        // A tap refused without JavaScript (the island's forms cannot read the page's feedback).
        <FormMessage action="tally_tap" only_for=None explain=true/>
        <TallyCounter
            slug=page.slug.clone()
            here
            day=page.today.format("%Y-%m-%d").to_string()
            day_label=lang.day_name(page.today)
            selected
            parts
            counts
            tap_ids=page.tap_ids.clone()
            texts
        />
        {correcting}
    }
}

/// A dagdeel's link in the counter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartView {
    pub dagdeel: i64,
    pub label: String,
    pub href: String,
}

/// The counter's words, in the visitor's language (an island has no access to the page's).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CounterTexts {
    parts_label: String,
    visitors: String,
    first_visits: String,
    visit_button: String,
    first_button: String,
    undo_button: String,
    counted: String,
    undone: String,
    waiting: String,
    logged_out: String,
    not_counted: String,
}

impl CounterTexts {
    fn of(t: &'static Texts) -> CounterTexts {
        CounterTexts {
            parts_label: t.tally_parts_label.to_owned(),
            visitors: t.tally_visitors.to_owned(),
            first_visits: t.tally_first_visits.to_owned(),
            visit_button: t.tally_visit_button.to_owned(),
            first_button: t.tally_first_button.to_owned(),
            undo_button: t.tally_undo_button.to_owned(),
            counted: t.tally_counted.to_owned(),
            undone: t.tally_undone.to_owned(),
            waiting: t.tally_waiting.to_owned(),
            logged_out: t.tally_logged_out.to_owned(),
            not_counted: t.tally_not_counted.to_owned(),
        }
    }
}

/// A tap not yet answered by the server, as the device keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Pending {
    id: String,
    day: String,
    dagdeel: i64,
    kind: TapKind,
}

// The queue lives in the browser only.
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
impl Pending {
    /// One line of the device's queue: `id day dagdeel kind`.
    fn line(&self) -> String {
        format!("{} {} {} {}", self.id, self.day, self.dagdeel, self.kind.slug())
    }

    fn parse(line: &str) -> Option<Pending> {
        let mut parts = line.split(' ');
        let pending = Pending {
            id: parts.next()?.to_owned(),
            day: parts.next()?.to_owned(),
            dagdeel: parts.next()?.parse().ok()?,
            kind: TapKind::from_slug(parts.next()?)?,
        };
        parts.next().is_none().then_some(pending)
    }
}

/// The counts shown: the server's, with the taps still on their way on top.
fn shown(counts: [Count; 3], pending: &[Pending], day: &str) -> [Count; 3] {
    let mut shown = counts;
    for tap in pending.iter().filter(|tap| tap.day == day) {
        if let Some(count) = slot(tap.dagdeel).and_then(|i| shown.get_mut(i)) {
            *count = count.after(tap.kind);
        }
    }
    shown
}

/// The counter of one day: a link per dagdeel with its count, and for the chosen one the count
/// and the three buttons. Each button is a form posting `tally_tap` to this page; with
/// JavaScript a tap goes into a queue on the device first and is sent from there, so a tap
/// made without a connection is sent when it is back, and counted once (it keeps its id).
#[island]
pub fn TallyCounter(
    slug: String,
    /// This page's address: where the forms post without JavaScript.
    here: String,
    /// The day shown (YYYY-MM-DD) and its name.
    day: String,
    day_label: String,
    selected: i64,
    parts: Vec<PartView>,
    counts: [Count; 3],
    /// The forms' tap ids (without JavaScript: a form sent twice counts once).
    tap_ids: Vec<String>,
    texts: CounterTexts,
) -> impl IntoView {
    let (server_counts, set_server_counts) = signal(counts);
    let (pending, set_pending) = signal(Vec::<Pending>::new());
    let (status, set_status) = signal(String::new());
    let texts = StoredValue::new(texts);
    let day = StoredValue::new(day);
    let slug = StoredValue::new(slug);
    let sending = StoredValue::new(false);
    let storage_key = StoredValue::new(format!("kring-turven-{}", slug.get_value()));
    let counts_now = move || shown(server_counts.get(), &pending.get(), &day.get_value());

    // Sends the queue, oldest tap first, until it is empty or the connection fails.
    let flush = move || {
        #[cfg(feature = "hydrate")]
        {
            if sending.get_value() {
                return;
            }
            sending.set_value(true);
            leptos::task::spawn_local(async move {
                use crate::error::AppError;
                while let Some(next) = pending.get_untracked().first().cloned() {
                    let answer = crate::api::tallies::tally_tap(
                        slug.get_value(),
                        next.day.clone(),
                        next.dagdeel.to_string(),
                        next.kind.slug().to_owned(),
                        next.id.clone(),
                    )
                    .await;
                    let texts = texts.get_value();
                    match answer {
                        Ok(answer) => {
                            set_pending.update(|queue| queue.retain(|tap| tap.id != next.id));
                            if answer.day.format("%Y-%m-%d").to_string() == day.get_value() {
                                set_server_counts.set(answer.counts);
                            }
                            let done = if next.kind == TapKind::Undo {
                                texts.undone
                            } else {
                                texts.counted
                            };
                            set_status.set(done);
                        }
                        Err(AppError::Unauthorised) => {
                            set_status.set(texts.logged_out);
                            break;
                        }
                        Err(AppError::ServerFn(_) | AppError::Internal | AppError::Busy { .. }) => {
                            let waiting = pending.get_untracked().len().to_string();
                            set_status.set(crate::i18n::fill(&texts.waiting, &[("count", &waiting)]));
                            break;
                        }
                        Err(_) => {
                            // Refused (too long ago, no longer in the team): it will never count.
                            set_pending.update(|queue| queue.retain(|tap| tap.id != next.id));
                            set_status.set(texts.not_counted);
                        }
                    }
                    save_queue(&storage_key.get_value(), &pending.get_untracked());
                }
                sending.set_value(false);
            });
        }
    };

    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        {
            let queue = load_queue(&storage_key.get_value());
            if !queue.is_empty() {
                set_pending.set(queue);
                flush();
            }
            let _ = leptos::prelude::window_event_listener(leptos::ev::online, move |_| flush());
            leptos::prelude::set_interval(
                move || {
                    if !pending.get_untracked().is_empty() {
                        flush();
                    }
                },
                std::time::Duration::from_secs(5),
            );
        }
    });

    let tap = move |kind: TapKind| {
        #[cfg(feature = "hydrate")]
        {
            let tap = Pending {
                id: new_tap_id(),
                day: day.get_value(),
                dagdeel: selected,
                kind,
            };
            set_pending.update(|queue| queue.push(tap));
            save_queue(&storage_key.get_value(), &pending.get_untracked());
            flush();
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (
            kind,
            set_pending,
            set_server_counts,
            set_status,
            sending,
            flush,
            storage_key,
        );
    };

    let t = texts.get_value();
    let links = parts
        .iter()
        .map(|part| {
            let index = slot(part.dagdeel).unwrap_or(0);
            let visits = move || counts_now()[index].visits.to_string();
            view! {
                <li>
                    <a href=part.href.clone() class="tally-part" aria-current=(part.dagdeel == selected).then_some("page")>
                        <span>{part.label.clone()}</span>
                        <span class="tally-part-count">{visits}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    let heading = parts
        .iter()
        .find(|part| part.dagdeel == selected)
        .map(|part| format!("{}, {}", part.label, day_label))
        .unwrap_or(day_label);
    let index = slot(selected).unwrap_or(0);
    let buttons = [
        (TapKind::Visit, t.visit_button.clone(), "button primary tally-button"),
        (
            TapKind::FirstVisit,
            t.first_button.clone(),
            "button primary tally-button",
        ),
        (
            TapKind::Undo,
            t.undo_button.clone(),
            "button secondary tally-button tally-undo",
        ),
    ]
    .into_iter()
    .enumerate()
    .map(|(i, (kind, label, class))| {
        let tap_id = tap_ids.get(i).cloned().unwrap_or_default();
        view! {
            <form
                method="post"
                action=here.clone()
                on:submit=move |event| {
                    event.prevent_default();
                    tap(kind);
                }
            >
                <input type="hidden" name=ACTION_FIELD value="tally_tap"/>
                <input type="hidden" name="centrum" value=slug.get_value()/>
                <input type="hidden" name="dag" value=day.get_value()/>
                <input type="hidden" name="dagdeel" value=selected.to_string()/>
                <input type="hidden" name="soort" value=kind.slug()/>
                <input type="hidden" name="tik" value=tap_id/>
                <button type="submit" class=class>{label}</button>
            </form>
        }
    })
    .collect_view();
    view! {
        <div class="tally">
            <nav aria-label=t.parts_label.clone()>
                <ul class="tally-parts">{links}</ul>
            </nav>
            <section class="tally-now" aria-labelledby="turven-nu">
                <h2 id="turven-nu">{heading}</h2>
                <p class="tally-count">
                    <span class="tally-number">{move || counts_now()[index].visits}</span>
                    " "
                    <span>{t.visitors.clone()}</span>
                </p>
                <p class="tally-first">{t.first_visits.clone()} ": " {move || counts_now()[index].first_visits}</p>
                <div class="tally-buttons">{buttons}</div>
                <p class="tally-status" role="status">{move || status.get()}</p>
            </section>
        </div>
    }
}

/// A new tap id: 16 random bytes as hex (also where `crypto.randomUUID` is missing, on plain http).
#[cfg(feature = "hydrate")]
fn new_tap_id() -> String {
    let mut bytes = [0u8; 16];
    if let Some(crypto) = web_sys::window().and_then(|w| w.crypto().ok()) {
        let _ = crypto.get_random_values_with_u8_array(&mut bytes);
    }
    if bytes.iter().all(|b| *b == 0) {
        // No crypto at all: the time and a counter still make it unique on this device.
        let now = js_sys::Date::now() as u64;
        bytes[..8].copy_from_slice(&now.to_be_bytes());
        bytes[8..].copy_from_slice(&(js_sys::Math::random().to_bits()).to_be_bytes());
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(feature = "hydrate")]
fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

#[cfg(feature = "hydrate")]
fn load_queue(key: &str) -> Vec<Pending> {
    storage()
        .and_then(|s| s.get_item(key).ok().flatten())
        .map(|text| text.lines().filter_map(Pending::parse).collect())
        .unwrap_or_default()
}

#[cfg(feature = "hydrate")]
fn save_queue(key: &str, queue: &[Pending]) {
    if let Some(storage) = storage() {
        let _ = if queue.is_empty() {
            storage.remove_item(key)
        } else {
            storage.set_item(key, &queue.iter().map(Pending::line).collect::<Vec<_>>().join("\n"))
        };
    }
}

/// For coordinators: the last two weeks per dagdeel, a form to correct one, and the log.
#[component]
fn Corrections(
    slug: String,
    yesterday: String,
    recent: Vec<DayCounts>,
    log: Vec<CorrectionEntry>,
    lang: Lang,
) -> impl IntoView {
    let t = lang.texts();
    const A: &str = "correct_tally";
    // "12 (3)": visits, and in brackets the first visits among them; in the table a dash for none.
    let count_text = |count: Count| {
        if count.first_visits > 0 {
            format!("{} ({})", count.visits, count.first_visits)
        } else {
            count.visits.to_string()
        }
    };
    let cell = move |count: Count| {
        if count.visits == 0 {
            "–".to_owned()
        } else {
            count_text(count)
        }
    };
    let rows = recent
        .iter()
        .map(|day| {
            view! {
                <tr>
                    <th scope="row">{lang.short_day(day.day)}</th>
                    <td>{cell(day.counts[0])}</td>
                    <td>{cell(day.counts[1])}</td>
                    <td>{cell(day.counts[2])}</td>
                </tr>
            }
        })
        .collect_view();
    let table = if recent.is_empty() {
        view! { <p class="empty">{t.tally_nothing_recent}</p> }.into_any()
    } else {
        view! {
            <div class="table-scroll">
                <table>
                    <caption>{t.tally_recent_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.tally_day_column}</th>
                            <th scope="col">{t.dagdeel_ochtend}</th>
                            <th scope="col">{t.dagdeel_middag}</th>
                            <th scope="col">{t.dagdeel_avond}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    let has_log = !log.is_empty();
    let entries = log
        .into_iter()
        .map(|entry| {
            let text = fill(
                t.tally_correction_line,
                &[
                    ("day", &lang.day_name(entry.day)),
                    ("dagdeel", &dagdeel_name(t, entry.dagdeel).to_lowercase()),
                    ("before", &count_text(entry.before)),
                    ("after", &count_text(entry.after)),
                    ("by", if entry.by.is_empty() { t.someone } else { &entry.by }),
                ],
            );
            view! { <li>{text}</li> }
        })
        .collect_view();
    let dagdelen = (1..=3)
        .map(|d| (d.to_string(), dagdeel_name(t, d).to_owned()))
        .collect();
    view! {
        <section aria-labelledby="verbeteren" class="tally-corrections">
            <h2 id="verbeteren">{t.tally_corrections_heading}</h2>
            <p>{t.tally_corrections_intro}</p>
            {table}
            <PostForm action=A>
                <input type="hidden" name="centrum" value=slug/>
                <Field action=A name="dag" label=t.tally_correct_day kind="date" hint=t.tally_correct_day_hint value=yesterday/>
                <Choices action=A name="dagdeel" legend=t.tally_correct_dagdeel options=dagdelen/>
                <Field action=A name="bezoekers" label=t.tally_correct_visits inputmode="numeric"/>
                <Field action=A name="eerste" label=t.tally_correct_first inputmode="numeric" optional=true/>
                <button type="submit" class="button primary">{t.tally_correct_button}</button>
            </PostForm>
            {has_log.then(|| view! {
                <h3>{t.tally_log_heading}</h3>
                <ul class="tally-log">{entries}</ul>
            })}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_queued_tap_is_kept_as_one_line_and_read_back() {
        let tap = Pending {
            id: "0f3c9a1e77aa4b21".into(),
            day: "2026-12-07".into(),
            dagdeel: 2,
            kind: TapKind::FirstVisit,
        };
        assert_eq!(tap.line(), "0f3c9a1e77aa4b21 2026-12-07 2 eerste");
        assert_eq!(Pending::parse(&tap.line()), Some(tap));
        assert_eq!(Pending::parse("kapot"), None);
        assert_eq!(Pending::parse("a 2026-12-07 2 eerste extra"), None);
    }

    #[test]
    fn the_counts_shown_add_the_taps_still_on_their_way_for_the_day_shown() {
        let tap = |day: &str, dagdeel, kind| Pending {
            id: "x".repeat(16),
            day: day.into(),
            dagdeel,
            kind,
        };
        let server = [
            Count {
                visits: 5,
                first_visits: 1,
            },
            Count::default(),
            Count::default(),
        ];
        let queue = [
            tap("2026-12-07", 1, TapKind::Visit),
            tap("2026-12-07", 1, TapKind::FirstVisit),
            tap("2026-12-07", 2, TapKind::Undo),
            tap("2026-12-06", 1, TapKind::Visit),
        ];
        let shown = shown(server, &queue, "2026-12-07");
        assert_eq!(
            shown[0],
            Count {
                visits: 7,
                first_visits: 2
            }
        );
        assert_eq!(shown[1], Count::default());
    }
}
