//! A peer group's board (posts, replies, reports, hiding), the members who want announcements by
//! mail, and the group's meetings with who came.

use super::occurrences::instant;
use super::{flag, Db};
use crate::domain::account::{ExportedMembership, ExportedPost};
use crate::domain::board::{GroupTodo, Meeting, Meetings, Post, Reported, PAGE};
use crate::domain::hours::Closures;
use crate::domain::signup::DateState;
use crate::domain::time::local_date;
use chrono::DateTime;
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

use super::DISPLAY_NAME as NAME;

/// Posts with their author's display name; `$2` is the viewer (for "reported by me").
fn post_query(filter: &str) -> String {
    format!(
        "SELECT gp.id, gp.author_id, gp.parent_id, gp.body, gp.announcement, gp.hidden_reason, gp.created_at,
                {NAME} AS author,
                (SELECT COUNT(*) FROM group_facilitators f
                  WHERE f.group_id = gp.group_id AND f.account_id = gp.author_id) AS by_facilitator,
                (SELECT COUNT(*) FROM group_post_reports r WHERE r.post_id = gp.id) AS reports,
                (SELECT COUNT(*) FROM group_post_reports r WHERE r.post_id = gp.id AND r.account_id = $2) AS mine_reported
         FROM group_posts gp JOIN accounts a ON a.id = gp.author_id LEFT JOIN profiles p ON p.account_id = a.id
         WHERE gp.group_id = $1 AND {filter}"
    )
}

/// One post as `viewer` may see it (`facilitator`: the viewer facilitates the group).
fn post(row: &AnyRow, viewer: i64, facilitator: bool) -> Result<Post, sqlx::Error> {
    let author_id: i64 = row.try_get("author_id")?;
    let mine = author_id == viewer;
    let hidden: Option<String> = row.try_get("hidden_reason")?;
    let sees_hidden = mine || facilitator;
    let body: String = row.try_get("body")?;
    Ok(Post {
        id: row.try_get("id")?,
        author: row.try_get("author")?,
        mine,
        by_facilitator: row.try_get::<i64, _>("by_facilitator")? > 0,
        body: if hidden.is_some() && !sees_hidden {
            String::new()
        } else {
            body
        },
        announcement: flag(row, "announcement")?,
        created_at: instant(row.try_get("created_at")?)?,
        hidden: hidden.map(|reason| if sees_hidden { reason } else { String::new() }),
        reports: if facilitator { row.try_get("reports")? } else { 0 },
        reported_by_me: row.try_get::<i64, _>("mine_reported")? > 0,
        replies: Vec::new(),
    })
}

/// A page of the board, newest post first, each with its replies (oldest first); posts before
/// `before` (an id) for older pages. Returns the posts and the id to go on from, if any.
pub async fn page(
    db: &Db,
    group_id: i64,
    viewer: i64,
    facilitator: bool,
    before: Option<i64>,
) -> Result<(Vec<Post>, Option<i64>), sqlx::Error> {
    let sql = format!(
        "{} ORDER BY gp.id DESC LIMIT {}",
        post_query("gp.parent_id IS NULL AND gp.id < $3"),
        PAGE + 1
    );
    let rows = sqlx::query(&sql)
        .bind(group_id)
        .bind(viewer)
        .bind(before.unwrap_or(i64::MAX))
        .fetch_all(&db.pool)
        .await?;
    let mut posts = rows
        .iter()
        .map(|row| post(row, viewer, facilitator))
        .collect::<Result<Vec<_>, _>>()?;
    let older = if posts.len() > PAGE as usize {
        posts.truncate(PAGE as usize);
        posts.last().map(|p| p.id)
    } else {
        None
    };
    if let (Some(newest), Some(oldest)) = (posts.first().map(|p| p.id), posts.last().map(|p| p.id)) {
        let sql = format!("{} ORDER BY gp.id", post_query("gp.parent_id BETWEEN $3 AND $4"));
        let replies = sqlx::query(&sql)
            .bind(group_id)
            .bind(viewer)
            .bind(oldest)
            .bind(newest)
            .fetch_all(&db.pool)
            .await?;
        for row in &replies {
            let parent: Option<i64> = row.try_get("parent_id")?;
            if let Some(post_of) = posts.iter_mut().find(|p| Some(p.id) == parent) {
                post_of.replies.push(post(row, viewer, facilitator)?);
            }
        }
    }
    Ok((posts, older))
}

/// Where a post belongs: (group id, author id, parent id).
pub async fn post_place(db: &Db, post_id: i64) -> Result<Option<(i64, i64, Option<i64>)>, sqlx::Error> {
    let row = sqlx::query("SELECT group_id, author_id, parent_id FROM group_posts WHERE id = $1")
        .bind(post_id)
        .fetch_optional(&db.pool)
        .await?;
    row.map(|row| {
        Ok((
            row.try_get("group_id")?,
            row.try_get("author_id")?,
            row.try_get("parent_id")?,
        ))
    })
    .transpose()
}

/// A new post or reply, inside `tx` (so an announcement's mails go with it).
pub async fn insert(
    tx: &mut Transaction<'static, Any>,
    group_id: i64,
    author: i64,
    parent: Option<i64>,
    body: &str,
    announcement: bool,
    now: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query(
        "INSERT INTO group_posts (group_id, author_id, parent_id, body, announcement, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(group_id)
    .bind(author)
    .bind(parent)
    .bind(body)
    .bind(i64::from(announcement))
    .bind(now)
    .fetch_one(&mut **tx)
    .await?
    .try_get("id")
}

/// Reports a post (again is a no-op).
pub async fn report(db: &Db, post_id: i64, account_id: i64, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO group_post_reports (post_id, account_id, created_at) VALUES ($1, $2, $3)
         ON CONFLICT (post_id, account_id) DO NOTHING",
    )
    .bind(post_id)
    .bind(account_id)
    .bind(now)
    .execute(&db.pool)
    .await
    .map(drop)
}

/// Hides a post with a reason (`Some`), or shows it again (`None`; its reports are cleared).
pub async fn set_hidden(db: &Db, post_id: i64, reason: Option<&str>, by: i64, now: i64) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    sqlx::query("UPDATE group_posts SET hidden_reason = $2, hidden_by = $3, hidden_at = $4 WHERE id = $1")
        .bind(post_id)
        .bind(reason)
        .bind(reason.map(|_| by))
        .bind(reason.map(|_| now))
        .execute(&mut *tx)
        .await?;
    if reason.is_none() {
        sqlx::query("DELETE FROM group_post_reports WHERE post_id = $1")
            .bind(post_id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await
}

/// The author removes their own post (with its replies).
pub async fn delete_own(db: &Db, post_id: i64, author: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM group_posts WHERE id = $1 AND author_id = $2")
        .bind(post_id)
        .bind(author)
        .execute(&db.pool)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// The addresses of members (not paused) who want announcements by mail, except `except`.
pub async fn announcement_addresses(
    tx: &mut Transaction<'static, Any>,
    group_id: i64,
    except: i64,
) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query(
        "SELECT a.email FROM group_members m JOIN accounts a ON a.id = m.account_id
         WHERE m.group_id = $1 AND m.status = 'lid' AND m.mail_announcements = 1 AND m.account_id <> $2
           AND a.email IS NOT NULL AND a.email <> '' ORDER BY a.id",
    )
    .bind(group_id)
    .bind(except)
    .fetch_all(&mut **tx)
    .await?
    .iter()
    .map(|row| row.try_get("email"))
    .collect()
}

/// The addresses of a group's facilitators.
pub async fn facilitator_addresses(
    tx: &mut Transaction<'static, Any>,
    group_id: i64,
) -> Result<Vec<String>, sqlx::Error> {
    addresses(
        tx,
        "SELECT a.email FROM group_facilitators f JOIN accounts a ON a.id = f.account_id
         WHERE f.group_id = $1 AND a.email IS NOT NULL AND a.email <> '' ORDER BY a.id",
        group_id,
    )
    .await
}

/// The addresses of the coordinators of the group's centre (who answer when it has no
/// facilitator).
pub async fn coordinator_addresses(
    tx: &mut Transaction<'static, Any>,
    group_id: i64,
) -> Result<Vec<String>, sqlx::Error> {
    addresses(
        tx,
        "SELECT a.email FROM peer_groups g JOIN centre_roles r ON r.centre_id = g.centre_id AND r.role = 'coordinator'
         JOIN accounts a ON a.id = r.account_id
         WHERE g.id = $1 AND a.email IS NOT NULL AND a.email <> '' ORDER BY a.id",
        group_id,
    )
    .await
}

/// The `email` column of a query on one group.
async fn addresses(tx: &mut Transaction<'static, Any>, sql: &str, group_id: i64) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query(sql)
        .bind(group_id)
        .fetch_all(&mut **tx)
        .await?
        .iter()
        .map(|row| row.try_get("email"))
        .collect()
}

/// Whether a (paused) member wants announcements by mail.
pub async fn wants_mail(db: &Db, group_id: i64, account_id: i64) -> Result<bool, sqlx::Error> {
    let row = sqlx::query("SELECT mail_announcements FROM group_members WHERE group_id = $1 AND account_id = $2")
        .bind(group_id)
        .bind(account_id)
        .fetch_optional(&db.pool)
        .await?;
    row.map(|row| flag(&row, "mail_announcements"))
        .transpose()
        .map(|on| on.unwrap_or(false))
}

/// A member switches announcements by mail on or off; false when they are no (paused) member.
pub async fn set_wants_mail(db: &Db, group_id: i64, account_id: i64, on: bool) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE group_members SET mail_announcements = $3
         WHERE group_id = $1 AND account_id = $2 AND status IN ('lid', 'gepauzeerd')",
    )
    .bind(group_id)
    .bind(account_id)
    .bind(i64::from(on))
    .execute(&db.pool)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// For a facilitator: their groups where requests to join or reported posts wait.
pub async fn todos_for(db: &Db, account_id: i64) -> Result<Vec<GroupTodo>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT g.id, g.name,
            (SELECT COUNT(*) FROM group_members m WHERE m.group_id = g.id AND m.status = 'aangevraagd') AS requests,
            (SELECT COUNT(*) FROM group_posts gp WHERE gp.group_id = g.id AND gp.hidden_reason IS NULL
               AND EXISTS (SELECT 1 FROM group_post_reports r WHERE r.post_id = gp.id)) AS reports
         FROM group_facilitators f JOIN peer_groups g ON g.id = f.group_id
         WHERE f.account_id = $1 ORDER BY g.name, g.id",
    )
    .bind(account_id)
    .fetch_all(&db.pool)
    .await?;
    let mut todos = Vec::new();
    for row in &rows {
        let todo = GroupTodo {
            group_id: row.try_get("id")?,
            name: row.try_get("name")?,
            requests: row.try_get("requests")?,
            reports: row.try_get("reports")?,
        };
        if todo.requests > 0 || todo.reports > 0 {
            todos.push(todo);
        }
    }
    Ok(todos)
}

/// A group's reported posts that are still shown, oldest first.
pub async fn reported(db: &Db, group_id: i64) -> Result<Vec<Reported>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT gp.id, gp.parent_id, {NAME} AS author,
            (SELECT COUNT(*) FROM group_post_reports r WHERE r.post_id = gp.id) AS reports
         FROM group_posts gp JOIN accounts a ON a.id = gp.author_id LEFT JOIN profiles p ON p.account_id = a.id
         WHERE gp.group_id = $1 AND gp.hidden_reason IS NULL
           AND EXISTS (SELECT 1 FROM group_post_reports r WHERE r.post_id = gp.id)
         ORDER BY gp.id"
    ))
    .bind(group_id)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|row| {
        let id: i64 = row.try_get("id")?;
        let parent: Option<i64> = row.try_get("parent_id")?;
        Ok(Reported {
            post_id: id,
            page_from: parent.unwrap_or(id) + 1,
            author: row.try_get("author")?,
            reports: row.try_get("reports")?,
        })
    })
    .collect()
}

/// For "download my data": my standing with each group.
pub async fn memberships_of(db: &Db, account_id: i64) -> Result<Vec<ExportedMembership>, sqlx::Error> {
    sqlx::query(
        "SELECT g.name, m.status, m.request_message, m.answer_message, m.mail_announcements, m.created_at
         FROM group_members m JOIN peer_groups g ON g.id = m.group_id WHERE m.account_id = $1 ORDER BY m.created_at",
    )
    .bind(account_id)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|row| {
        Ok(ExportedMembership {
            group: row.try_get("name")?,
            status: row.try_get("status")?,
            my_message: row.try_get("request_message")?,
            answer: row.try_get("answer_message")?,
            wants_announcements_by_mail: flag(row, "mail_announcements")?,
            since: instant(row.try_get("created_at")?)?,
        })
    })
    .collect()
}

/// For "download my data": everything I wrote on group boards.
pub async fn posts_of(db: &Db, account_id: i64) -> Result<Vec<ExportedPost>, sqlx::Error> {
    sqlx::query(
        "SELECT g.name, gp.body, gp.created_at, gp.hidden_reason FROM group_posts gp
         JOIN peer_groups g ON g.id = gp.group_id WHERE gp.author_id = $1 ORDER BY gp.id",
    )
    .bind(account_id)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|row| {
        Ok(ExportedPost {
            group: row.try_get("name")?,
            text: row.try_get("body")?,
            written_at: instant(row.try_get("created_at")?)?,
            hidden_because: row.try_get("hidden_reason")?,
        })
    })
    .collect()
}

/// For "download my data": the meetings I was named as present at.
pub async fn attended_by(
    db: &Db,
    account_id: i64,
) -> Result<Vec<(String, chrono::DateTime<chrono::Utc>)>, sqlx::Error> {
    // A peer group's meetings, and the dates of activities where a facilitator ticked my sign-up.
    sqlx::query(
        "SELECT g.name AS name, o.starts_at AS starts_at FROM meeting_attendees x
         JOIN occurrences o ON o.id = x.occurrence_id
         JOIN meeting_attendance m ON m.occurrence_id = x.occurrence_id JOIN peer_groups g ON g.id = m.group_id
         WHERE x.account_id = $1
         UNION ALL
         SELECT CASE WHEN a.member_title <> '' THEN a.member_title ELSE a.title END AS name, o.starts_at AS starts_at
         FROM date_attendees d JOIN signups s ON s.id = d.signup_id
         JOIN occurrences o ON o.id = d.occurrence_id JOIN activities a ON a.id = o.activity_id
         WHERE s.account_id = $1
         ORDER BY starts_at",
    )
    .bind(account_id)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|row| Ok((row.try_get("name")?, instant(row.try_get("starts_at")?)?)))
    .collect()
}

fn meeting(row: &AnyRow, closures: &Closures) -> Result<Meeting, sqlx::Error> {
    let member_title: String = row.try_get("member_title")?;
    Ok(Meeting {
        occurrence_id: row.try_get("id")?,
        activity_id: row.try_get("activity_id")?,
        title: if member_title.is_empty() {
            row.try_get("title")?
        } else {
            member_title
        },
        starts_at: instant(row.try_get("starts_at")?)?,
        ends_at: instant(row.try_get("ends_at")?)?,
        state: DateState::from_facts(&super::occurrences::date_facts(row)?, closures),
        head_count: row.try_get("head_count")?,
    })
}

const MEETING: &str = "SELECT o.id, o.activity_id, o.starts_at, o.ends_at, a.title, a.member_title,
        m.head_count, a.centre_id, a.place, a.paused, o.cancelled AS fact_cancelled, o.cancel_reason AS fact_reason,
        o.changed AS fact_changed, o.change_note AS fact_note, o.starts_at AS fact_starts
    FROM occurrences o JOIN activities a ON a.id = o.activity_id
    LEFT JOIN meeting_attendance m ON m.occurrence_id = o.id
    WHERE a.group_id = $1 AND a.paused = 0";

/// The group's next `coming` meetings and its last `past` ones (newest first).
pub async fn meetings(db: &Db, group_id: i64, now: i64, coming: i64, past: i64) -> Result<Meetings, sqlx::Error> {
    let next = sqlx::query(&format!(
        "{MEETING} AND o.ends_at > $2 ORDER BY o.starts_at, o.id LIMIT $3"
    ))
    .bind(group_id)
    .bind(now)
    .bind(coming)
    .fetch_all(&db.pool)
    .await?;
    let last = sqlx::query(&format!(
        "{MEETING} AND o.starts_at <= $2 ORDER BY o.starts_at DESC, o.id DESC LIMIT $3"
    ))
    .bind(group_id)
    .bind(now)
    .bind(past)
    .fetch_all(&db.pool)
    .await?;
    let from = DateTime::from_timestamp(now, 0).map(local_date).unwrap_or_default() - chrono::Duration::days(366);
    let closures = super::centres::closures_by_centre(db, from).await?;
    Ok(Meetings {
        coming: next
            .iter()
            .map(|row| meeting(row, &closures))
            .collect::<Result<_, _>>()?,
        past: last
            .iter()
            .map(|row| meeting(row, &closures))
            .collect::<Result<_, _>>()?,
    })
}

/// One meeting of the group that has begun (attendance is registered from its start on).
pub async fn begun_meeting(
    db: &Db,
    group_id: i64,
    occurrence_id: i64,
    now: i64,
) -> Result<Option<Meeting>, sqlx::Error> {
    let row = sqlx::query(&format!("{MEETING} AND o.id = $2 AND o.starts_at <= $3"))
        .bind(group_id)
        .bind(occurrence_id)
        .bind(now)
        .fetch_optional(&db.pool)
        .await?;
    // Attendance does not depend on closures; a closed day's meeting simply did not happen.
    row.as_ref().map(|row| meeting(row, &Closures::default())).transpose()
}

/// Who came to a meeting by name (account ids), as registered.
pub async fn attendees(db: &Db, occurrence_id: i64) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query("SELECT account_id FROM meeting_attendees WHERE occurrence_id = $1 ORDER BY account_id")
        .bind(occurrence_id)
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|row| row.try_get("account_id"))
        .collect()
}

/// Registers (or corrects) who came to a meeting.
pub async fn record_attendance(
    db: &Db,
    group_id: i64,
    occurrence_id: i64,
    named: &[i64],
    head_count: i64,
    by: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    sqlx::query(
        "INSERT INTO meeting_attendance (occurrence_id, group_id, head_count, recorded_by, recorded_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (occurrence_id) DO UPDATE SET head_count = $3, recorded_by = $4, recorded_at = $5",
    )
    .bind(occurrence_id)
    .bind(group_id)
    .bind(head_count)
    .bind(by)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM meeting_attendees WHERE occurrence_id = $1")
        .bind(occurrence_id)
        .execute(&mut *tx)
        .await?;
    for account in named {
        sqlx::query("INSERT INTO meeting_attendees (occurrence_id, account_id) VALUES ($1, $2)")
            .bind(occurrence_id)
            .bind(account)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await
}
