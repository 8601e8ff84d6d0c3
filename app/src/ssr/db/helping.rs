//! Volunteer tasks and the offers to help with them; contact requests between members.

use super::{flag, Db};
use crate::domain::helping::{ContactRequest, HelpOffer, MyOffer, NewTask, RequestStatus, VolunteerTask};
use crate::domain::profile::Item;
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

use super::DISPLAY_NAME as NAME;

async fn talents_of(db: &Db, task_id: i64) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query("SELECT talent FROM volunteer_task_talents WHERE task_id = $1 ORDER BY talent")
        .bind(task_id)
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|row| row.try_get("talent"))
        .collect()
}

/// A centre's tasks, open ones first, each with who offered to help.
pub async fn tasks_of_centre(db: &Db, centre_id: i64) -> Result<Vec<VolunteerTask>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, title, description, moment, is_open FROM volunteer_tasks WHERE centre_id = $1
         ORDER BY is_open DESC, created_at DESC, id DESC",
    )
    .bind(centre_id)
    .fetch_all(&db.pool)
    .await?;
    let mut tasks = Vec::with_capacity(rows.len());
    for row in &rows {
        let id: i64 = row.try_get("id")?;
        let offers = sqlx::query(&format!(
            "SELECT {NAME} AS name, o.created_at FROM volunteer_task_offers o
             JOIN accounts a ON a.id = o.account_id LEFT JOIN profiles p ON p.account_id = a.id
             WHERE o.task_id = $1 ORDER BY o.created_at DESC"
        ))
        .bind(id)
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|row| {
            Ok(HelpOffer {
                name: row.try_get("name")?,
                at: row.try_get("created_at")?,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
        tasks.push(VolunteerTask {
            id,
            title: row.try_get("title")?,
            description: row.try_get("description")?,
            moment: row.try_get("moment")?,
            talents: talents_of(db, id).await?,
            open: flag(row, "is_open")?,
            offers,
        });
    }
    Ok(tasks)
}

async fn write_talents(
    tx: &mut Transaction<'static, Any>,
    task_id: i64,
    talents: &[String],
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM volunteer_task_talents WHERE task_id = $1")
        .bind(task_id)
        .execute(&mut **tx)
        .await?;
    for talent in talents {
        sqlx::query("INSERT INTO volunteer_task_talents (task_id, talent) VALUES ($1, $2)")
            .bind(task_id)
            .bind(talent)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

pub async fn insert_task(db: &Db, centre_id: i64, task: &NewTask, now: i64) -> Result<i64, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let id = insert_task_in(&mut tx, centre_id, task, now).await?;
    tx.commit().await?;
    Ok(id)
}

/// Adds a task within a transaction (the demo uses this too).
pub async fn insert_task_in(
    tx: &mut Transaction<'static, Any>,
    centre_id: i64,
    task: &NewTask,
    now: i64,
) -> Result<i64, sqlx::Error> {
    let id: i64 = sqlx::query(
        "INSERT INTO volunteer_tasks (centre_id, title, description, moment, is_open, created_at, updated_at)
         VALUES ($1, $2, $3, $4, 1, $5, $5) RETURNING id",
    )
    .bind(centre_id)
    .bind(&task.title)
    .bind(&task.description)
    .bind(&task.moment)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?
    .try_get("id")?;
    write_talents(tx, id, &task.talents).await?;
    Ok(id)
}

pub async fn update_task(db: &Db, id: i64, task: &NewTask, now: i64) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    sqlx::query("UPDATE volunteer_tasks SET title = $2, description = $3, moment = $4, updated_at = $5 WHERE id = $1")
        .bind(id)
        .bind(&task.title)
        .bind(&task.description)
        .bind(&task.moment)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    write_talents(&mut tx, id, &task.talents).await?;
    tx.commit().await
}

/// The centre (id and slug) a task belongs to.
pub async fn task_centre(db: &Db, id: i64) -> Result<Option<(i64, String)>, sqlx::Error> {
    let row =
        sqlx::query("SELECT c.id, c.slug FROM volunteer_tasks t JOIN centres c ON c.id = t.centre_id WHERE t.id = $1")
            .bind(id)
            .fetch_optional(&db.pool)
            .await?;
    row.map(|row| Ok((row.try_get("id")?, row.try_get("slug")?)))
        .transpose()
}

pub async fn set_task_open(db: &Db, id: i64, open: bool, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE volunteer_tasks SET is_open = $2, updated_at = $3 WHERE id = $1")
        .bind(id)
        .bind(i64::from(open))
        .bind(now)
        .execute(&db.pool)
        .await
        .map(drop)
}

pub async fn delete_task(db: &Db, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM volunteer_tasks WHERE id = $1")
        .bind(id)
        .execute(&db.pool)
        .await
        .map(drop)
}

/// An open task, for matching.
#[derive(Debug, Clone)]
pub struct OpenTask {
    pub id: i64,
    pub centre_id: i64,
    pub centre_name: String,
    pub title: String,
    pub description: String,
    pub moment: String,
    pub talents: Vec<String>,
}

/// Every open task, newest first.
pub async fn open_tasks(db: &Db) -> Result<Vec<OpenTask>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT t.id, t.centre_id, c.name AS centre_name, t.title, t.description, t.moment
         FROM volunteer_tasks t JOIN centres c ON c.id = t.centre_id
         WHERE t.is_open = 1 ORDER BY t.created_at DESC, t.id DESC",
    )
    .fetch_all(&db.pool)
    .await?;
    let mut tasks = Vec::with_capacity(rows.len());
    for row in &rows {
        let id: i64 = row.try_get("id")?;
        tasks.push(OpenTask {
            id,
            centre_id: row.try_get("centre_id")?,
            centre_name: row.try_get("centre_name")?,
            title: row.try_get("title")?,
            description: row.try_get("description")?,
            moment: row.try_get("moment")?,
            talents: talents_of(db, id).await?,
        });
    }
    Ok(tasks)
}

/// The centres a member belongs to: where they have a role, signed up for something, or are in
/// a peer group.
pub async fn centres_of_member(db: &Db, account_id: i64) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query(
        "SELECT centre_id FROM centre_roles WHERE account_id = $1
         UNION
         SELECT a.centre_id FROM signups s JOIN activities a ON a.id = s.activity_id WHERE s.account_id = $1
         UNION
         SELECT g.centre_id FROM group_members m JOIN peer_groups g ON g.id = m.group_id
         WHERE m.account_id = $1 AND m.status IN ('lid', 'gepauzeerd')",
    )
    .bind(account_id)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|row| row.try_get("centre_id"))
    .collect()
}

/// Offers to help (once; offering again changes nothing). False when the task is not open.
pub async fn offer_help(db: &Db, task_id: i64, account_id: i64, now: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO volunteer_task_offers (task_id, account_id, created_at)
         SELECT id, $2, $3 FROM volunteer_tasks WHERE id = $1 AND is_open = 1
         ON CONFLICT (task_id, account_id) DO NOTHING",
    )
    .bind(task_id)
    .bind(account_id)
    .bind(now)
    .execute(&db.pool)
    .await?;
    if done.rows_affected() > 0 {
        return Ok(true);
    }
    // Already offered counts as done.
    let row = sqlx::query("SELECT 1 AS one FROM volunteer_task_offers WHERE task_id = $1 AND account_id = $2")
        .bind(task_id)
        .bind(account_id)
        .fetch_optional(&db.pool)
        .await?;
    Ok(row.is_some())
}

pub async fn withdraw_help(db: &Db, task_id: i64, account_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM volunteer_task_offers WHERE task_id = $1 AND account_id = $2")
        .bind(task_id)
        .bind(account_id)
        .execute(&db.pool)
        .await
        .map(drop)
}

/// The tasks I offered to help with.
pub async fn offers_of(db: &Db, account_id: i64) -> Result<Vec<MyOffer>, sqlx::Error> {
    sqlx::query(
        "SELECT t.id, t.title, t.moment, c.name AS centre_name FROM volunteer_task_offers o
         JOIN volunteer_tasks t ON t.id = o.task_id JOIN centres c ON c.id = t.centre_id
         WHERE o.account_id = $1 ORDER BY o.created_at DESC",
    )
    .bind(account_id)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|row| {
        Ok(MyOffer {
            task_id: row.try_get("id")?,
            title: row.try_get("title")?,
            moment: row.try_get("moment")?,
            centre_name: row.try_get("centre_name")?,
        })
    })
    .collect()
}

/// A findable member who offers a talent.
#[derive(Debug, Clone)]
pub struct Offering {
    pub account_id: i64,
    pub name: String,
    pub talent: Item,
}

fn item(row: &AnyRow, curated: &str, words: &str) -> Result<Item, sqlx::Error> {
    let words: String = row.try_get(words)?;
    Ok(if flag(row, curated)? {
        Item::Curated(words)
    } else {
        Item::Own(words)
    })
}

const OFFERING: &str =
    "SELECT i.account_id, i.curated, i.words, COALESCE(NULLIF(p.display_name, ''), a.nickname) AS name
    FROM profile_items i JOIN profiles p ON p.account_id = i.account_id JOIN accounts a ON a.id = i.account_id
    WHERE i.list = 'bieden' AND i.match_key = $1 AND p.findable = 1 AND i.account_id <> $2";

/// Findable members (other than `me`) who can offer the talent with this match key, most
/// recently active profiles first.
pub async fn findable_offering(db: &Db, key: &str, me: i64, limit: i64) -> Result<Vec<Offering>, sqlx::Error> {
    let rows = sqlx::query(&format!("{OFFERING} ORDER BY p.updated_at DESC, i.account_id LIMIT $3"))
        .bind(key)
        .bind(me)
        .bind(limit)
        .fetch_all(&db.pool)
        .await?;
    rows.iter().map(offering).collect()
}

fn offering(row: &AnyRow) -> Result<Offering, sqlx::Error> {
    Ok(Offering {
        account_id: row.try_get("account_id")?,
        name: row.try_get("name")?,
        talent: item(row, "curated", "words")?,
    })
}

/// One findable member's offer of a talent, when they offer it (and are not `me`).
pub async fn findable_offer(db: &Db, account_id: i64, key: &str, me: i64) -> Result<Option<Offering>, sqlx::Error> {
    let row = sqlx::query(&format!("{OFFERING} AND i.account_id = $3"))
        .bind(key)
        .bind(me)
        .bind(account_id)
        .fetch_optional(&db.pool)
        .await?;
    row.as_ref().map(offering).transpose()
}

/// The people I sent a request to (whatever became of it).
pub async fn asked_by(db: &Db, account_id: i64) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query("SELECT to_account FROM contact_requests WHERE from_account = $1")
        .bind(account_id)
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|row| row.try_get("to_account"))
        .collect()
}

/// Requests to me still waiting for an answer.
pub async fn unanswered_for(db: &Db, account_id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query("SELECT COUNT(*) AS n FROM contact_requests WHERE to_account = $1 AND status = 'open'")
        .bind(account_id)
        .fetch_one(&db.pool)
        .await?
        .try_get("n")
}

/// A new request.
pub struct NewRequest<'a> {
    pub from: i64,
    pub to: i64,
    pub talent: &'a Item,
    pub message: &'a str,
}

/// Stores a request, in the transaction that also queues its mail. An earlier request to the
/// same person stays as it is (true: stored now). The caller counts it against the day's limit
/// in the same transaction.
pub async fn insert_request(
    tx: &mut Transaction<'static, Any>,
    new: &NewRequest<'_>,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let (curated, words) = match new.talent {
        Item::Curated(key) => (1_i64, key.as_str()),
        Item::Own(words) => (0, words.as_str()),
    };
    let done = sqlx::query(
        "INSERT INTO contact_requests (from_account, to_account, talent_curated, talent, message, status, created_at)
         VALUES ($1, $2, $3, $4, $5, 'open', $6) ON CONFLICT (from_account, to_account) DO NOTHING",
    )
    .bind(new.from)
    .bind(new.to)
    .bind(curated)
    .bind(words)
    .bind(new.message)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Requests to and from a member: (to me, from me), newest first. An ignored request looks
/// unanswered to its sender.
pub async fn requests_of(db: &Db, account_id: i64) -> Result<(Vec<ContactRequest>, Vec<ContactRequest>), sqlx::Error> {
    let mut lists = (Vec::new(), Vec::new());
    for incoming in [true, false] {
        let (mine, other) = if incoming {
            ("to_account", "from_account")
        } else {
            ("from_account", "to_account")
        };
        let rows = sqlx::query(&format!(
            "SELECT r.id, r.talent_curated, r.talent, r.message, r.reply, r.status, r.created_at, {NAME} AS name
             FROM contact_requests r JOIN accounts a ON a.id = r.{other} LEFT JOIN profiles p ON p.account_id = a.id
             WHERE r.{mine} = $1 ORDER BY r.created_at DESC, r.id DESC"
        ))
        .bind(account_id)
        .fetch_all(&db.pool)
        .await?;
        for row in &rows {
            let slug: String = row.try_get("status")?;
            let status = RequestStatus::from_slug(&slug).ok_or_else(|| super::decode_error("status"))?;
            let request = ContactRequest {
                id: row.try_get("id")?,
                other_name: row.try_get("name")?,
                talent: item(row, "talent_curated", "talent")?,
                message: row.try_get("message")?,
                reply: row.try_get("reply")?,
                status: if incoming { status } else { status.as_seen_by_sender() },
                incoming,
                at: row.try_get("created_at")?,
            };
            if incoming {
                lists.0.push(request);
            } else {
                lists.1.push(request);
            }
        }
    }
    Ok(lists)
}

/// The receiver answers an open request; returns the sender's account when it was theirs to
/// answer and still open.
pub async fn answer_request(
    tx: &mut Transaction<'static, Any>,
    id: i64,
    receiver: i64,
    status: RequestStatus,
    reply: &str,
    now: i64,
) -> Result<Option<i64>, sqlx::Error> {
    let row = sqlx::query(
        "UPDATE contact_requests SET status = $3, reply = $4, answered_at = $5
         WHERE id = $1 AND to_account = $2 AND status = 'open' RETURNING from_account",
    )
    .bind(id)
    .bind(receiver)
    .bind(status.slug())
    .bind(reply)
    .bind(now)
    .fetch_optional(&mut **tx)
    .await?;
    row.map(|row| row.try_get("from_account")).transpose()
}

/// The sender takes a request back (whatever its state); false when it was not theirs.
pub async fn withdraw_request(db: &Db, id: i64, sender: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM contact_requests WHERE id = $1 AND from_account = $2")
        .bind(id)
        .bind(sender)
        .execute(&db.pool)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// A member's name as others see it.
pub async fn name_of(conn: &mut sqlx::AnyConnection, account_id: i64) -> Result<Option<String>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "SELECT {NAME} AS name FROM accounts a LEFT JOIN profiles p ON p.account_id = a.id WHERE a.id = $1"
    ))
    .bind(account_id)
    .fetch_optional(conn)
    .await?;
    row.map(|row| row.try_get("name")).transpose()
}
