//! `/mijn-week`: what I signed up for and what I run, what changed since I last looked, my
//! groups and my personal calendar feed.

use crate::api::signups::get_my_week;
use crate::components::changes::{DateChanges, DateStateLine};
use crate::components::form::{Checkbox, ConfirmStep, Notice, PostForm};
use crate::components::share::CopyField;
use crate::domain::mine::FeedInfo;
use crate::domain::signup::{MySignup, RunningDate, SignupStatus};
use crate::i18n::{fill, use_lang};
use crate::pages::signup::{AttendedLine, CourseSessions};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/mijn-week`: my sign-ups, coming first, each with one-tap cancel.
#[component]
pub fn MyWeekPage() -> impl IntoView {
    let t = use_lang().texts();
    let agenda = use_query_map().get_untracked().get("agenda").unwrap_or_default();
    view! {
        <Title text=t.my_week_title/>
        <h1>{t.my_week_title}</h1>
        <Notice key="afgemeld" text=t.signup_cancelled_notice/>
        <Notice key="keer" text=t.session_saved_notice/>
        {Suspend::new(async move {
            match get_my_week(agenda.clone()).await {
                Ok(week) => {
                    let signups = if week.signups.is_empty() {
                        view! {
                            <p class="empty">{t.my_week_empty}</p>
                            <p><a href="/activiteiten">{t.nav_agenda}</a></p>
                        }
                        .into_any()
                    } else {
                        view! {
                            <ul class="cards">
                                {week.signups.into_iter().map(|item| view! { <MyWeekItem item/> }).collect_view()}
                            </ul>
                        }
                        .into_any()
                    };
                    let running = (!week.running.is_empty()).then(|| view! {
                        <section aria-labelledby="ik-begeleid">
                            <h2 id="ik-begeleid">{t.running_heading}</h2>
                            <ul class="cards">
                                {week.running.into_iter().map(|item| view! { <RunningItem item runs=true/> }).collect_view()}
                            </ul>
                        </section>
                    });
                    let to_count = (!week.to_count.is_empty()).then(|| view! {
                        <section aria-labelledby="nog-invullen">
                            <h2 id="nog-invullen">{t.to_count_heading}</h2>
                            <p class="hint">{t.to_count_hint}</p>
                            <ul class="cards">
                                {week.to_count.into_iter().map(|item| view! { <ToCountItem item/> }).collect_view()}
                            </ul>
                        </section>
                    });
                    let meetings = (!week.meetings.is_empty()).then(|| view! {
                        <section aria-labelledby="groepsbijeenkomsten">
                            <h2 id="groepsbijeenkomsten">{t.my_group_meetings_heading}</h2>
                            <ul class="cards">
                                {week.meetings.into_iter().map(|item| view! { <RunningItem item runs=false/> }).collect_view()}
                            </ul>
                        </section>
                    });
                    let groups = (!week.groups.is_empty()).then(|| view! {
                        <section aria-labelledby="mijn-groepen">
                            <h2 id="mijn-groepen">{t.my_groups_heading}</h2>
                            <ul class="cards">
                                {week.groups.into_iter().map(|group| view! { <MyGroupItem group/> }).collect_view()}
                            </ul>
                        </section>
                    });
                    view! {
                        <DateChanges changes=week.changes back="mijn-week"/>
                        {signups}
                        {groups}
                        {meetings}
                        {to_count}
                        {running}
                        {week.volunteer.then(|| view! {
                            <p class="door-duty">{t.hours_week_intro} " " <a href="/mijn-uren">{t.hours_link}</a></p>
                        })}
                        <crate::pages::profile::Suggestions invite=true/>
                        <CalendarFeed feed=week.feed/>
                    }
                    .into_any()
                }
                Err(error) => crate::pages::not_found::refusal(error),
            }
        })}
    }
}

/// My personal calendar feed: make it, see its link once, make a new one, or switch it off.
#[component]
fn CalendarFeed(feed: Option<FeedInfo>) -> impl IntoView {
    let t = use_lang().texts();
    let shown = feed.as_ref().map(|f| f.url.clone()).filter(|url| !url.is_empty());
    let state = match &feed {
        None => t.feed_none,
        Some(f) if f.neutral => t.feed_on_neutral,
        Some(_) => t.feed_on_titles,
    };
    let link = shown.map(|url| {
        let webcal = url
            .replacen("https://", "webcal://", 1)
            .replacen("http://", "webcal://", 1);
        view! {
            <CopyField id="agenda-link" label=t.feed_link_label value=url/>
            <p class="hint">{t.feed_link_once}</p>
            <p><a class="button secondary" href=webcal>{t.feed_subscribe}</a></p>
        }
    });
    let button = if feed.is_some() {
        t.feed_renew_button
    } else {
        t.feed_create_button
    };
    let neutral = feed.as_ref().is_none_or(|f| f.neutral);
    let has_feed = feed.is_some();
    view! {
        <section aria-labelledby="agenda">
            <h2 id="agenda">{t.feed_heading}</h2>
            <Notice key="agenda_uit" text=t.feed_removed_notice/>
            <p>{t.feed_intro}</p>
            <p><strong>{state}</strong></p>
            {link}
            <PostForm action="create_calendar_feed" class="stack">
                <Checkbox action="create_calendar_feed" name="neutraal" label=t.field_feed_neutral hint=t.feed_neutral_hint checked=neutral/>
                <button type="submit" class="button primary">{button}</button>
            </PostForm>
            {has_feed.then(|| view! {
                <PostForm action="remove_calendar_feed">
                    <button type="submit" class="button danger">{t.feed_remove_button}</button>
                </PostForm>
            })}
        </section>
    }
}

/// A date I facilitated that is over and has no head count yet, with the way to fill it in.
#[component]
fn ToCountItem(item: RunningDate) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let when = lang.date_line(item.starts_at, item.ends_at);
    let label = format!("{}: {} {}", t.head_count_link, item.title, when);
    view! {
        <li class="card">
            <p class="card-time">{when}</p>
            <p class="card-title">{item.title}</p>
            <p class="card-place">{item.centre_name}</p>
            <p><a class="button primary" href=format!("/beheer/data/{}/wie-waren-er", item.occurrence_id) aria-label=label>{t.head_count_link}</a></p>
        </li>
    }
}

/// A coming date of something I facilitate (`runs`: with its list of who comes and, for a
/// group's meeting, who came), or a meeting of a group I am in.
#[component]
fn RunningItem(item: RunningDate, runs: bool) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let when = lang.date_line(item.starts_at, item.ends_at);
    let list = (runs && item.signup_required).then(|| {
        let href = if item.course {
            format!("/beheer/aanmeldingen?activiteit={}", item.activity_id)
        } else {
            format!(
                "/beheer/aanmeldingen?activiteit={}&datum={}",
                item.activity_id, item.occurrence_id
            )
        };
        let label = format!("{}: {} {}", t.who_comes_link, item.title, when);
        view! { <p><a href=href aria-label=label>{t.who_comes_link}</a></p> }
    });
    // Who came to a group's meeting is written down on the group's page, once it has begun.
    let attendance = item
        .group_id
        .filter(|_| runs && item.started && !item.state.is_off())
        .map(|group| {
            let href = format!("/groepen/{group}?aanwezig={}#aanwezigheid", item.occurrence_id);
            let label = format!("{}: {} {}", t.register_attendance_link, item.title, when);
            view! { <p><a href=href aria-label=label>{t.register_attendance_link}</a></p> }
        });
    // How many came to any other date that has begun.
    let head_count = (runs && item.group_id.is_none() && item.started && !item.state.is_off()).then(|| {
        let href = format!("/beheer/data/{}/wie-waren-er", item.occurrence_id);
        let label = format!("{}: {} {}", t.head_count_link, item.title, when);
        view! { <p><a href=href aria-label=label>{t.head_count_link}</a></p> }
    });
    view! {
        <li class="card">
            <p class="card-time">{when.clone()}</p>
            <p class="card-title"><a href=format!("/activiteiten/{}", item.activity_id)>{item.title.clone()}</a></p>
            <p class="card-place">{item.centre_name}</p>
            <DateStateLine state=item.state.clone()/>
            {list}
            {attendance}
            {head_count}
        </li>
    }
}

#[component]
fn MyWeekItem(item: MySignup) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let when = match (item.starts_at, item.ends_at) {
        (Some(starts), Some(ends)) => lang.date_line(starts, ends),
        _ => t.whole_course.to_owned(),
    };
    let status = match item.status {
        SignupStatus::Waitlisted => Some(t.you_are_waitlisted),
        _ => None,
    };
    let label = format!("{}: {}", t.cancel_signup_button, item.title);
    let class = if item.state.is_off() { "card cancelled" } else { "card" };
    view! {
        <li class=class>
            <p class="card-time">{when}</p>
            <p class="card-title"><a href=format!("/activiteiten/{}", item.activity_id)>{item.title.clone()}</a></p>
            <p class="card-place">{item.centre_name}</p>
            <DateStateLine state=item.state.clone()/>
            {(!item.state.is_off()).then_some(status).flatten().map(|s| view! { <p><strong>{s}</strong></p> })}
            <AttendedLine dates=item.attended.clone()/>
            {(!item.sessions.is_empty()).then(|| view! {
                <CourseSessions action="skip_my_session" sessions=item.sessions.clone() hidden=vec![("id", item.id.to_string())]/>
            })}
            {item.may_cancel.then(|| view! {
                <ConfirmStep label=t.cancel_signup_button aria_label=label question=t.cancel_signup_question>
                    <PostForm action="cancel_my_signup" only_for=("id", item.id.to_string()) explain=true>
                        <input type="hidden" name="id" value=item.id.to_string()/>
                        <button type="submit" class="button danger">{t.cancel_signup_confirm}</button>
                    </PostForm>
                </ConfirmStep>
            })}
        </li>
    }
}

/// One of my groups: where I stand (the answer to a request, too) and the next meeting.
#[component]
fn MyGroupItem(group: crate::domain::group::MyGroup) -> impl IntoView {
    use crate::domain::group::Membership;
    let lang = use_lang();
    let t = lang.texts();
    let standing = match group.status {
        Membership::Member => None,
        Membership::Paused => Some(t.membership_paused),
        Membership::Requested => Some(t.membership_requested),
        Membership::Declined => Some(t.membership_declined),
        Membership::Removed => Some(t.membership_removed),
    };
    let next = group
        .next_meeting
        .map(|(starts, ends)| fill(t.group_next_meeting, &[("when", &lang.date_line(starts, ends))]));
    let answer = (!group.answer.is_empty()).then(|| group.answer.clone());
    view! {
        <li class="card">
            <p class="card-title"><a href=format!("/groepen/{}", group.id)>{group.name.clone()}</a></p>
            {standing.map(|s| view! { <p><strong>{s}</strong></p> })}
            {answer.map(|answer| view! { <p class="hint">{fill(t.group_answer_was, &[("message", &answer)])}</p> })}
            {next.map(|next| view! { <p class="card-time">{next}</p> })}
        </li>
    }
}
