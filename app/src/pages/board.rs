//! The inside of a peer group's page, for its members and facilitators: the board (prikbord)
//! with posts, replies, reports and hiding, and the meetings with who came.

use crate::components::form::{Checkbox, Choices, Field, Notice, PostForm, TextArea};
use crate::components::text::PlainText;
use crate::domain::board::{Board, GroupTodo, Meeting, Meetings, Post, Reported};
use crate::domain::group::AttendanceForm;
use crate::i18n::{fill, use_lang};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

fn query_id(key: &str) -> Option<i64> {
    use_query_map().get_untracked().get(key).and_then(|v| v.parse().ok())
}

/// The board: a form for a new post (members and facilitators), then the posts, newest first.
#[component]
pub fn GroupBoard(id: i64, board: Board, facilitates: bool, reported: Vec<Reported>) -> impl IntoView {
    const A: &str = "post_to_board";
    let t = use_lang().texts();
    // Facilitators find reported posts, also on older pages.
    let reported = (!reported.is_empty()).then(|| {
        let items = reported
            .into_iter()
            .map(|post| {
                let text = fill(
                    t.reported_item,
                    &[("name", &post.author), ("count", &post.reports.to_string())],
                );
                view! {
                    <li><a href=format!("/groepen/{id}?ouder={}#bericht-{}", post.page_from, post.post_id)>{text}</a></li>
                }
            })
            .collect_view();
        view! {
            <h3>{t.reported_heading}</h3>
            <ul class="plain-list">{items}</ul>
        }
    });
    // The posts come first; the form opens behind a button (and is open when it came back with a
    // problem, so the message is seen).
    let came_back = crate::components::form::use_feedback(A)
        .is_some_and(|feedback| feedback.value("reactie_op").unwrap_or_default().is_empty());
    let write = if board.may_post {
        view! {
            <details class="write-post" open=came_back>
                <summary class="button">{t.write_post_button}</summary>
                <PostForm action=A class="stack" only_for=("reactie_op", String::new())>
                    <input type="hidden" name="groep" value=id.to_string()/>
                    <input type="hidden" name="reactie_op" value=""/>
                    <TextArea action=A name="tekst" label=t.field_post hint=t.post_hint rows=3/>
                    {facilitates.then(|| view! { <Checkbox action=A name="mededeling" label=t.field_announcement/> })}
                    <button type="submit" class="button primary">{t.post_button}</button>
                </PostForm>
            </details>
        }
        .into_any()
    } else {
        view! { <p class="note">{t.paused_board_hint}</p> }.into_any()
    };
    let viewing_older = query_id("ouder").is_some();
    let may_post = board.may_post;
    let posts = if board.posts.is_empty() {
        view! { <p class="empty">{t.board_empty}</p> }.into_any()
    } else {
        let items = board
            .posts
            .into_iter()
            .map(|post| view! { <PostItem group=id post facilitates may_post top=true/> })
            .collect_view();
        view! { <ol class="board">{items}</ol> }.into_any()
    };
    view! {
        <section aria-labelledby="prikbord">
            <h2 id="prikbord">{t.board_heading}</h2>
            <Notice key="geplaatst" text=t.posted_notice/>
            <Notice key="gemeld" text=t.reported_notice/>
            <Notice key="verbergen" text=t.hidden_notice/>
            <Notice key="tonen" text=t.shown_notice/>
            <Notice key="weggehaald" text=t.post_deleted_notice/>
            <p>{t.board_intro}</p>
            {reported}
            {write}
            {posts}
            <p>
                {board.older.map(|older| view! {
                    <a href=format!("/groepen/{id}?ouder={older}#prikbord")>{t.older_posts_link}</a> " "
                })}
                {viewing_older.then(|| view! { <a href=format!("/groepen/{id}#prikbord")>{t.newest_posts_link}</a> })}
            </p>
        </section>
    }
}

/// One post (or reply) with what the viewer may do with it.
#[component]
fn PostItem(group: i64, post: Post, facilitates: bool, may_post: bool, top: bool) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let post_id = post.id;
    let by = if post.by_facilitator {
        format!("{} · {}", post.author, t.facilitator_label)
    } else {
        post.author.clone()
    };
    let body = match &post.hidden {
        Some(reason) if !reason.is_empty() => view! {
            <p class="muted"><em>{fill(t.hidden_post_reason, &[("reason", reason)])}</em></p>
            <PlainText text=post.body.clone()/>
        }
        .into_any(),
        Some(_) => view! { <p class="muted"><em>{t.hidden_post_others}</em></p> }.into_any(),
        None => view! { <PlainText text=post.body.clone()/> }.into_any(),
    };
    let of_whom = format!("{} {}", post.author, lang.moment(post.created_at));
    let button = move |action: &'static str, extra: Option<(&'static str, &'static str)>, label: &'static str| {
        let aria = format!("{label}: {of_whom}");
        view! {
            <PostForm action class="inline-form" only_for=("bericht", post_id.to_string()) explain=true>
                <input type="hidden" name="bericht" value=post_id.to_string()/>
                {extra.map(|(name, value)| view! { <input type="hidden" name=name value=value/> })}
                <button type="submit" class="button secondary" aria-label=aria>{label}</button>
            </PostForm>
        }
    };
    let hidden = post.hidden.is_some();
    let report = if post.reported_by_me {
        Some(view! { <p class="note">{t.reported_label}</p> }.into_any())
    } else if !post.mine && !hidden && may_post {
        Some(button("report_post", None, t.report_button).into_any())
    } else {
        None
    };
    let reports = (facilitates && post.reports > 0).then(|| {
        view! { <p><strong>{fill(t.reports_label, &[("count", &post.reports.to_string())])}</strong></p> }
    });
    let moderate = facilitates.then(|| {
        if hidden {
            button("moderate_post", Some(("wat", "tonen")), t.show_button).into_any()
        } else {
            let aria = format!("{}: {} {}", t.hide_link, post.author, lang.moment(post.created_at));
            view! {
                <a class="button secondary" href=format!("/groepen/{group}?verberg={post_id}#verbergen") aria-label=aria>
                    {t.hide_link}
                </a>
            }
            .into_any()
        }
    });
    let delete = post.mine.then(|| button("delete_post", None, t.delete_post_button));
    let reply_link = (top && may_post).then(|| {
        let aria = format!("{}: {} {}", t.reply_link, post.author, lang.moment(post.created_at));
        view! {
            <a class="button secondary" href=format!("/groepen/{group}?reageer={post_id}#reageren") aria-label=aria>
                {t.reply_link}
            </a>
        }
    });
    let hide_form = (facilitates && !hidden && query_id("verberg") == Some(post_id)).then(|| {
        const A: &str = "moderate_post";
        view! {
            <section aria-labelledby="verbergen" class="stack">
                <h3 id="verbergen">{fill(t.hide_heading, &[("name", &post.author)])}</h3>
                <PostForm action=A class="stack">
                    <input type="hidden" name="bericht" value=post_id.to_string()/>
                    <input type="hidden" name="wat" value="verbergen"/>
                    <TextArea action=A name="reden" label=t.field_hide_reason hint=t.hide_reason_hint rows=2/>
                    <button type="submit" class="button primary">{t.hide_button}</button>
                </PostForm>
            </section>
        }
    });
    let reply_form = (top && may_post && query_id("reageer") == Some(post_id)).then(|| {
        const A: &str = "post_to_board";
        view! {
            <section aria-labelledby="reageren">
                <h3 id="reageren">{fill(t.reply_heading, &[("name", &post.author)])}</h3>
                <PostForm action=A class="stack" only_for=("reactie_op", post_id.to_string())>
                    <input type="hidden" name="groep" value=group.to_string()/>
                    <input type="hidden" name="reactie_op" value=post_id.to_string()/>
                    <TextArea action=A name="reactie" label=t.field_reply hint=t.post_hint rows=2/>
                    <button type="submit" class="button primary">{t.reply_button}</button>
                </PostForm>
            </section>
        }
    });
    let replies = (!post.replies.is_empty()).then(|| {
        let items = post
            .replies
            .clone()
            .into_iter()
            // A reply has no replies itself; `into_any` ends the recursion in the view's type.
            .map(|reply| view! { <PostItem group post=reply facilitates may_post top=false/> }.into_any())
            .collect_view();
        view! { <ol class="replies">{items}</ol> }
    });
    view! {
        <li id=format!("bericht-{post_id}") class=if post.announcement { "post announcement" } else { "post" }>
            <p class="post-meta">
                {post.announcement.then(|| view! { <strong>{t.announcement_label} " · "</strong> })}
                <strong>{by}</strong> " · " {lang.moment(post.created_at)}
            </p>
            {body}
            {reports}
            <div class="actions">{reply_link}{report}{moderate}{delete}</div>
            {hide_form}
            {replies}
            {reply_form}
        </li>
    }
}

/// The group's meetings: the next ones; for facilitators also the last ones, with who came.
#[component]
pub fn GroupMeetings(
    id: i64,
    meetings: Meetings,
    facilitates: bool,
    attendance: Option<AttendanceForm>,
) -> impl IntoView {
    let lang = use_lang();
    let t = lang.texts();
    let line = move |meeting: &Meeting| {
        let when = lang.date_line(meeting.starts_at, meeting.ends_at);
        view! {
            <a href=format!("/activiteiten/{}", meeting.activity_id)>{when}</a>
            " · " {meeting.title.clone()}
            <crate::components::changes::DateStateLine state=meeting.state.clone()/>
        }
    };
    let coming = if meetings.coming.is_empty() {
        view! { <p class="empty">{t.meetings_empty}</p> }.into_any()
    } else {
        let items = meetings
            .coming
            .iter()
            .map(|meeting| view! { <li>{line(meeting)}</li> })
            .collect_view();
        view! {
            <ul class="plain-list">{items}</ul>
            <p><a href=format!("/groepen/{id}/agenda.ics") download="">{t.group_feed_link}</a></p>
            <p class="hint">{t.group_feed_hint}</p>
        }
        .into_any()
    };
    let past = (facilitates && !meetings.past.is_empty()).then(|| {
        let items = meetings
            .past
            .iter()
            .filter(|meeting| !meeting.state.is_off())
            .map(|meeting| {
                let count = meeting
                    .head_count
                    .map(|n| view! { " · " {fill(t.head_count_label, &[("count", &n.to_string())])} });
                let aria = format!(
                    "{}: {}",
                    t.register_attendance_link,
                    lang.date_line(meeting.starts_at, meeting.ends_at)
                );
                view! {
                    <li>
                        {line(meeting)} {count} " "
                        <a href=format!("/groepen/{id}?aanwezig={}#aanwezigheid", meeting.occurrence_id) aria-label=aria>
                            {t.register_attendance_link}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h3>{t.past_meetings_heading}</h3>
            <ul class="plain-list">{items}</ul>
        }
    });
    let form = attendance.map(|form| {
        const A: &str = "record_attendance";
        let heading = fill(
            t.attendance_heading,
            &[("date", &lang.date_line(form.meeting.starts_at, form.meeting.ends_at))],
        );
        let options: Vec<(String, String)> = form
            .members
            .into_iter()
            .map(|(id, name)| (id.to_string(), name))
            .collect();
        let chosen: Vec<String> = form.present.iter().map(|id| id.to_string()).collect();
        let count = form.meeting.head_count.map(|n| n.to_string()).unwrap_or_default();
        view! {
            <section aria-labelledby="aanwezigheid">
                <h3 id="aanwezigheid">{heading}</h3>
                <p>{t.attendance_intro}</p>
                <PostForm action=A class="stack">
                    <input type="hidden" name="groep" value=id.to_string()/>
                    <input type="hidden" name="datum" value=form.meeting.occurrence_id.to_string()/>
                    <Choices action=A name="aanwezig" legend=t.field_present options chosen multiple=true optional=true/>
                    <Field action=A name="aantal" label=t.field_head_count hint=t.head_count_hint optional=true kind="number" value=count/>
                    <button type="submit" class="button primary">{t.save_attendance_button}</button>
                </PostForm>
            </section>
        }
    });
    view! {
        <section aria-labelledby="bijeenkomsten">
            <h2 id="bijeenkomsten">{t.meetings_heading}</h2>
            <Notice key="geregistreerd" text=t.attendance_saved_notice/>
            <h3>{t.coming_meetings_heading}</h3>
            {coming}
            {past}
            {form}
        </section>
    }
}

/// A member's choice: the facilitators' announcements by mail too, or not.
#[component]
pub fn AnnouncementMail(id: i64, on: bool) -> impl IntoView {
    let t = use_lang().texts();
    let (text, mail, label) = if on {
        (t.mail_announcements_on, "nee", t.mail_off_button)
    } else {
        (t.mail_announcements_off, "ja", t.mail_on_button)
    };
    view! {
        <Notice key="mail_aan" text=t.mail_on_notice/>
        <Notice key="mail_uit" text=t.mail_off_notice/>
        <p>{text}</p>
        <PostForm action="group_mail" class="inline-form" explain=true>
            <input type="hidden" name="groep" value=id.to_string()/>
            <input type="hidden" name="mail" value=mail/>
            <button type="submit" class="button secondary">{label}</button>
        </PostForm>
    }
}

/// On the home page and in mijn week, for facilitators: what waits in their groups.
#[component]
pub fn GroupTodos(todos: Vec<GroupTodo>) -> impl IntoView {
    let t = use_lang().texts();
    todos
        .into_iter()
        .map(|todo| {
            let text = fill(
                t.group_todo_line,
                &[
                    ("group", &todo.name),
                    ("requests", &todo.requests.to_string()),
                    ("reports", &todo.reports.to_string()),
                ],
            );
            view! {
                <p class="notice" role="status">
                    {text} " " <a href=format!("/groepen/{}#begeleiden", todo.group_id)>{t.to_the_group_link}</a>
                </p>
            }
        })
        .collect_view()
}
