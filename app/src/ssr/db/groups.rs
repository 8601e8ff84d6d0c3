//! Peer groups, their facilitators and their members.

use super::{flag, Backend, Db};
use crate::domain::activity::Theme;
use crate::domain::group::{GroupKind, GroupListing, GroupPerson, ManagedGroup, Membership, NewGroup};
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

use super::DISPLAY_NAME as NAME;

/// A group as stored.
#[derive(Debug, Clone)]
pub struct GroupRow {
    pub id: i64,
    pub centre_id: i64,
    pub centre_name: String,
    pub name: String,
    pub public_name: String,
    pub description: String,
    pub theme: Option<Theme>,
    pub house_rules: String,
    pub max_members: Option<i64>,
    pub kind: GroupKind,
    pub online: bool,
    pub listed: bool,
    /// A member's proposal, waiting for a coordinator.
    pub proposed: bool,
    pub proposed_by: Option<i64>,
}

const GROUP: &str = "SELECT g.id, g.centre_id, c.name AS centre_name, g.name, g.public_name, g.description, g.theme,
    g.house_rules, g.max_members, g.kind, g.online, g.listed, g.proposed, g.proposed_by
    FROM peer_groups g JOIN centres c ON c.id = g.centre_id";

fn group_row(row: &AnyRow) -> Result<GroupRow, sqlx::Error> {
    let kind: String = row.try_get("kind")?;
    let theme: Option<String> = row.try_get("theme")?;
    Ok(GroupRow {
        id: row.try_get("id")?,
        centre_id: row.try_get("centre_id")?,
        centre_name: row.try_get("centre_name")?,
        name: row.try_get("name")?,
        public_name: row.try_get("public_name")?,
        description: row.try_get("description")?,
        theme: theme.as_deref().and_then(Theme::from_slug),
        house_rules: row.try_get("house_rules")?,
        max_members: row.try_get("max_members")?,
        kind: GroupKind::from_slug(&kind).ok_or_else(|| super::decode_error("kind"))?,
        online: flag(row, "online")?,
        listed: flag(row, "listed")?,
        proposed: flag(row, "proposed")?,
        proposed_by: row.try_get("proposed_by")?,
    })
}

impl GroupRow {
    pub fn listing(&self) -> GroupListing {
        GroupListing {
            id: self.id,
            public_name: self.public_name.clone(),
            centre_name: self.centre_name.clone(),
            kind: self.kind,
            online: self.online,
        }
    }
}

pub async fn get(db: &Db, id: i64) -> Result<Option<GroupRow>, sqlx::Error> {
    let row = sqlx::query(&format!("{GROUP} WHERE g.id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await?;
    row.as_ref().map(group_row).transpose()
}

/// Groups whose public name anyone may see, by name.
pub async fn listed(db: &Db) -> Result<Vec<GroupRow>, sqlx::Error> {
    sqlx::query(&format!(
        "{GROUP} WHERE g.listed = 1 AND g.kind <> 'verborgen' AND g.proposed = 0 ORDER BY g.public_name, g.id"
    ))
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(group_row)
    .collect()
}

/// The groups a person is in (or asked to join, or was declined or removed from).
pub async fn of_member(db: &Db, account_id: i64) -> Result<Vec<(GroupRow, Membership)>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "{GROUP} JOIN group_members m ON m.group_id = g.id WHERE m.account_id = $1 ORDER BY g.public_name, g.id"
    ))
    .bind(account_id)
    .fetch_all(&db.pool)
    .await?;
    // One query for my standing in each, not one per group.
    let mut standing = std::collections::HashMap::new();
    for row in sqlx::query("SELECT group_id, status FROM group_members WHERE account_id = $1")
        .bind(account_id)
        .fetch_all(&db.pool)
        .await?
    {
        let slug: String = row.try_get("status")?;
        let status = Membership::from_slug(&slug).ok_or_else(|| super::decode_error("status"))?;
        standing.insert(row.try_get::<i64, _>("group_id")?, status);
    }
    let mut groups = Vec::with_capacity(rows.len());
    for row in &rows {
        let group = group_row(row)?;
        if let Some(status) = standing.get(&group.id) {
            groups.push((group, *status));
        }
    }
    Ok(groups)
}

/// A member's proposals still waiting for a coordinator.
pub async fn proposals_of(db: &Db, account_id: i64) -> Result<Vec<GroupRow>, sqlx::Error> {
    sqlx::query(&format!(
        "{GROUP} WHERE g.proposed = 1 AND g.proposed_by = $1 ORDER BY g.created_at, g.id"
    ))
    .bind(account_id)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(group_row)
    .collect()
}

/// Removes a proposal (a coordinator says no); false when it is not a proposal.
pub async fn delete_proposal(tx: &mut Transaction<'static, Any>, id: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM peer_groups WHERE id = $1 AND proposed = 1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// The groups a person facilitates.
pub async fn facilitated_by(db: &Db, account_id: i64) -> Result<Vec<GroupRow>, sqlx::Error> {
    sqlx::query(&format!(
        "{GROUP} JOIN group_facilitators f ON f.group_id = g.id WHERE f.account_id = $1 ORDER BY g.public_name, g.id"
    ))
    .bind(account_id)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(group_row)
    .collect()
}

/// My standing with a group and the message that came with it.
pub async fn membership(db: &Db, group_id: i64, account_id: i64) -> Result<Option<(Membership, String)>, sqlx::Error> {
    let row = sqlx::query("SELECT status, answer_message FROM group_members WHERE group_id = $1 AND account_id = $2")
        .bind(group_id)
        .bind(account_id)
        .fetch_optional(&db.pool)
        .await?;
    match row {
        None => Ok(None),
        Some(row) => {
            let slug: String = row.try_get("status")?;
            let status = Membership::from_slug(&slug).ok_or_else(|| super::decode_error("status"))?;
            Ok(Some((status, row.try_get("answer_message")?)))
        }
    }
}

pub async fn facilitates(db: &Db, group_id: i64, account_id: i64) -> Result<bool, sqlx::Error> {
    let row = sqlx::query("SELECT 1 AS one FROM group_facilitators WHERE group_id = $1 AND account_id = $2")
        .bind(group_id)
        .bind(account_id)
        .fetch_optional(&db.pool)
        .await?;
    Ok(row.is_some())
}

/// The display names of a group's facilitators.
/// How long a declined request or a removal stays in mijn week.
const ANSWER_SHOWN_SECONDS: i64 = 60 * 24 * 3600;

/// My groups for mijn week: where I stand, the answer that came with it, and the next meeting.
pub async fn mine_for_week(
    db: &Db,
    account_id: i64,
    now: i64,
) -> Result<Vec<crate::domain::group::MyGroup>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT g.id, g.name, g.public_name, m.status, m.answer_message,
                (SELECT MIN(o.starts_at) FROM occurrences o JOIN activities a ON a.id = o.activity_id
                  WHERE a.group_id = g.id AND a.paused = 0 AND o.cancelled = 0 AND o.ends_at > $2) AS next_starts
         FROM group_members m JOIN peer_groups g ON g.id = m.group_id
         WHERE m.account_id = $1 AND (m.status IN ('lid', 'gepauzeerd', 'aangevraagd') OR m.updated_at > $3)
         ORDER BY m.updated_at DESC, g.id",
    )
    .bind(account_id)
    .bind(now)
    .bind(now - ANSWER_SHOWN_SECONDS)
    .fetch_all(&db.pool)
    .await?;
    let mut groups = Vec::with_capacity(rows.len());
    for row in &rows {
        let slug: String = row.try_get("status")?;
        let status = Membership::from_slug(&slug).ok_or_else(|| super::decode_error("status"))?;
        let inside = matches!(status, Membership::Member | Membership::Paused);
        let next: Option<i64> = row.try_get("next_starts")?;
        let next_meeting = match next.filter(|_| inside) {
            Some(starts) => {
                let ends = sqlx::query(
                    "SELECT o.ends_at FROM occurrences o JOIN activities a ON a.id = o.activity_id
                     WHERE a.group_id = $1 AND o.starts_at = $2 ORDER BY o.ends_at LIMIT 1",
                )
                .bind(row.try_get::<i64, _>("id")?)
                .bind(starts)
                .fetch_one(&db.pool)
                .await?
                .try_get::<i64, _>("ends_at")?;
                Some((super::occurrences::instant(starts)?, super::occurrences::instant(ends)?))
            }
            None => None,
        };
        groups.push(crate::domain::group::MyGroup {
            id: row.try_get("id")?,
            name: row.try_get(if inside { "name" } else { "public_name" })?,
            status,
            answer: row.try_get("answer_message")?,
            next_meeting,
        });
    }
    Ok(groups)
}

/// The group's next `limit` meetings (not cancelled) with where they are: the date's own place,
/// the activity's room, or online; the centre's name is added by the caller.
pub async fn next_meetings(
    db: &Db,
    group_id: i64,
    now: i64,
    limit: i64,
) -> Result<
    Vec<(
        chrono::DateTime<chrono::Utc>,
        chrono::DateTime<chrono::Utc>,
        String,
        bool,
    )>,
    sqlx::Error,
> {
    let rows = sqlx::query(
        "SELECT o.starts_at, o.ends_at, CASE WHEN o.location <> '' THEN o.location ELSE a.location END AS location,
                a.place
         FROM occurrences o JOIN activities a ON a.id = o.activity_id
         WHERE a.group_id = $1 AND a.paused = 0 AND o.cancelled = 0 AND o.ends_at > $2
         ORDER BY o.starts_at LIMIT $3",
    )
    .bind(group_id)
    .bind(now)
    .bind(limit)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|row| {
            Ok((
                super::occurrences::instant(row.try_get("starts_at")?)?,
                super::occurrences::instant(row.try_get("ends_at")?)?,
                row.try_get("location")?,
                row.try_get::<String, _>("place")? == "online",
            ))
        })
        .collect()
}

/// Whether the group has a facilitator (one whose account was deleted leaves none).
pub async fn has_facilitators(db: &Db, group_id: i64) -> Result<bool, sqlx::Error> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM group_facilitators WHERE group_id = $1")
        .bind(group_id)
        .fetch_one(&db.pool)
        .await?;
    Ok(row.try_get::<i64, _>("n")? > 0)
}

pub async fn facilitator_names(db: &Db, group_id: i64) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {NAME} AS name FROM group_facilitators f JOIN accounts a ON a.id = f.account_id
         LEFT JOIN profiles p ON p.account_id = a.id WHERE f.group_id = $1 ORDER BY name"
    ))
    .bind(group_id)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|row| row.try_get("name"))
    .collect()
}

/// Everyone with a row for the group (members, paused members, requests, declined, removed),
/// requests first, then by name.
pub async fn people(db: &Db, group_id: i64) -> Result<Vec<GroupPerson>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT m.account_id, m.status, m.request_message, {NAME} AS name FROM group_members m
         JOIN accounts a ON a.id = m.account_id LEFT JOIN profiles p ON p.account_id = a.id
         WHERE m.group_id = $1 ORDER BY CASE m.status WHEN 'aangevraagd' THEN 0 ELSE 1 END, m.created_at, m.account_id"
    ))
    .bind(group_id)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|row| {
            let slug: String = row.try_get("status")?;
            Ok(GroupPerson {
                account_id: row.try_get("account_id")?,
                name: row.try_get("name")?,
                status: Membership::from_slug(&slug).ok_or_else(|| super::decode_error("status"))?,
                message: row.try_get("request_message")?,
            })
        })
        .collect()
}

/// Locks a group for a change in membership: its row on PostgreSQL; SQLite's write
/// transaction already holds the only write lock.
pub async fn lock(db: &Db, group_id: i64) -> Result<Transaction<'static, Any>, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    if db.backend == Backend::Postgres {
        sqlx::query("SELECT id FROM peer_groups WHERE id = $1 FOR UPDATE")
            .bind(group_id)
            .execute(&mut *tx)
            .await?;
    }
    Ok(tx)
}

/// Members and paused members: those who take a place.
pub async fn places_taken(conn: &mut sqlx::AnyConnection, group_id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query("SELECT COUNT(*) AS n FROM group_members WHERE group_id = $1 AND status IN ('lid', 'gepauzeerd')")
        .bind(group_id)
        .fetch_one(conn)
        .await?
        .try_get("n")
}

/// Sets a person's standing with a group (a new row, or a change of the existing one).
pub async fn set_membership(
    tx: &mut Transaction<'static, Any>,
    group_id: i64,
    account_id: i64,
    status: Membership,
    change: MembershipText<'_>,
    now: i64,
) -> Result<(), sqlx::Error> {
    let (request, answer) = match change {
        MembershipText::Request(text) => (Some(text), Some("")),
        MembershipText::Answer(text) => (None, Some(text)),
        MembershipText::Keep => (None, None),
    };
    let agreed = matches!(status, Membership::Member | Membership::Requested).then_some(now);
    sqlx::query(
        "INSERT INTO group_members (group_id, account_id, status, request_message, answer_message, rules_agreed_at,
            created_at, updated_at)
         VALUES ($1, $2, $3, COALESCE($4, ''), COALESCE($5, ''), $6, $7, $7)
         ON CONFLICT (group_id, account_id) DO UPDATE SET status = $3,
            request_message = COALESCE($4, group_members.request_message),
            answer_message = COALESCE($5, group_members.answer_message),
            rules_agreed_at = COALESCE(group_members.rules_agreed_at, $6), updated_at = $7",
    )
    .bind(group_id)
    .bind(account_id)
    .bind(status.slug())
    .bind(request)
    .bind(answer)
    .bind(agreed)
    .bind(now)
    .execute(&mut **tx)
    .await
    .map(drop)
}

/// The texts that come with a change in membership.
#[derive(Debug, Clone, Copy)]
pub enum MembershipText<'a> {
    /// A request to join, with the asker's message (clears an earlier answer).
    Request(&'a str),
    /// A facilitator's message (declined, removed) or none.
    Answer(&'a str),
    Keep,
}

/// Removes a person's row (leaving, or taking a request back).
pub async fn leave(db: &Db, group_id: i64, account_id: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "DELETE FROM group_members WHERE group_id = $1 AND account_id = $2
         AND status IN ('lid', 'gepauzeerd', 'aangevraagd')",
    )
    .bind(group_id)
    .bind(account_id)
    .execute(&db.pool)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Pauses or resumes membership; false when the person is not a (paused) member.
pub async fn pause(db: &Db, group_id: i64, account_id: i64, paused: bool, now: i64) -> Result<bool, sqlx::Error> {
    let (from, to) = if paused {
        (Membership::Member, Membership::Paused)
    } else {
        (Membership::Paused, Membership::Member)
    };
    let done = sqlx::query(
        "UPDATE group_members SET status = $4, updated_at = $5 WHERE group_id = $1 AND account_id = $2 AND status = $3",
    )
    .bind(group_id)
    .bind(account_id)
    .bind(from.slug())
    .bind(to.slug())
    .bind(now)
    .execute(&db.pool)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Whether two people share a group as members (not paused) or facilitators.
pub async fn share_a_group(db: &Db, one: i64, other: i64) -> Result<bool, sqlx::Error> {
    let row = sqlx::query(
        "WITH people AS (
             SELECT group_id, account_id FROM group_members WHERE status = 'lid'
             UNION SELECT group_id, account_id FROM group_facilitators)
         SELECT COUNT(*) AS n FROM people x JOIN people y ON x.group_id = y.group_id
         WHERE x.account_id = $1 AND y.account_id = $2",
    )
    .bind(one)
    .bind(other)
    .fetch_one(&db.pool)
    .await?;
    Ok(row.try_get::<i64, _>("n")? > 0)
}

/// Whether an activity is a group's meeting that `account` may not see: only the group's
/// members (also paused), its facilitators, the meeting's facilitators, the centre's
/// coordinators and admins see a group's meetings.
pub async fn hidden_meeting(db: &Db, activity_id: i64, account: Option<i64>) -> Result<bool, sqlx::Error> {
    let row = sqlx::query(
        "SELECT a.group_id,
            (SELECT COUNT(*) FROM group_facilitators f WHERE f.group_id = a.group_id AND f.account_id = $2)
          + (SELECT COUNT(*) FROM group_members m WHERE m.group_id = a.group_id AND m.account_id = $2
               AND m.status IN ('lid', 'gepauzeerd'))
          + (SELECT COUNT(*) FROM activity_facilitators af WHERE af.activity_id = a.id AND af.account_id = $2)
          + (SELECT COUNT(*) FROM centre_roles r WHERE r.centre_id = a.centre_id AND r.account_id = $2
               AND r.role = 'coordinator')
          + (SELECT COUNT(*) FROM accounts x WHERE x.id = $2 AND x.is_admin = 1) AS sees
         FROM activities a WHERE a.id = $1",
    )
    .bind(activity_id)
    .bind(account.unwrap_or(0))
    .fetch_optional(&db.pool)
    .await?;
    match row {
        Some(row) => {
            let group: Option<i64> = row.try_get("group_id")?;
            Ok(group.is_some() && row.try_get::<i64, _>("sees")? == 0)
        }
        None => Ok(false),
    }
}

/// A centre's groups (not proposals): (id, name), by name.
pub async fn names_of_centre(db: &Db, centre_id: i64) -> Result<Vec<(i64, String)>, sqlx::Error> {
    sqlx::query("SELECT id, name FROM peer_groups WHERE centre_id = $1 AND proposed = 0 ORDER BY name, id")
        .bind(centre_id)
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|row| Ok((row.try_get("id")?, row.try_get("name")?)))
        .collect()
}

/// A centre's groups with counts (never names) of members and requests.
pub async fn of_centre(db: &Db, centre_id: i64) -> Result<Vec<ManagedGroup>, sqlx::Error> {
    let rows = sqlx::query(&format!("{GROUP} WHERE g.centre_id = $1 ORDER BY g.public_name, g.id"))
        .bind(centre_id)
        .fetch_all(&db.pool)
        .await?;
    let mut groups = Vec::with_capacity(rows.len());
    for row in &rows {
        let group = group_row(row)?;
        let counts = sqlx::query(
            "SELECT COALESCE(SUM(CASE WHEN status IN ('lid', 'gepauzeerd') THEN 1 ELSE 0 END), 0) AS members,
                    COALESCE(SUM(CASE WHEN status = 'aangevraagd' THEN 1 ELSE 0 END), 0) AS requests
             FROM group_members WHERE group_id = $1",
        )
        .bind(group.id)
        .fetch_one(&db.pool)
        .await?;
        let facilitators =
            sqlx::query("SELECT account_id FROM group_facilitators WHERE group_id = $1 ORDER BY account_id")
                .bind(group.id)
                .fetch_all(&db.pool)
                .await?
                .iter()
                .map(|row| row.try_get("account_id"))
                .collect::<Result<Vec<i64>, _>>()?;
        let proposed_by = match group.proposed_by.filter(|_| group.proposed) {
            Some(account) => sqlx::query(&format!(
                "SELECT {NAME} AS name FROM accounts a LEFT JOIN profiles p ON p.account_id = a.id WHERE a.id = $1"
            ))
            .bind(account)
            .fetch_optional(&db.pool)
            .await?
            .map(|row| row.try_get("name"))
            .transpose()?,
            None => None,
        };
        groups.push(ManagedGroup {
            proposed: group.proposed,
            proposed_by,
            id: group.id,
            name: group.name,
            public_name: group.public_name,
            description: group.description,
            theme: group.theme,
            house_rules: group.house_rules,
            max_members: group.max_members,
            kind: group.kind,
            online: group.online,
            listed: group.listed,
            facilitators,
            members: counts.try_get("members")?,
            requests: counts.try_get("requests")?,
        });
    }
    Ok(groups)
}

async fn write_facilitators(tx: &mut Transaction<'static, Any>, group_id: i64, ids: &[i64]) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM group_facilitators WHERE group_id = $1")
        .bind(group_id)
        .execute(&mut **tx)
        .await?;
    for id in ids {
        sqlx::query("INSERT INTO group_facilitators (group_id, account_id) VALUES ($1, $2)")
            .bind(group_id)
            .bind(id)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

fn bind_group<'q>(
    query: sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>>,
    group: &'q NewGroup,
) -> sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>> {
    query
        .bind(&group.name)
        .bind(&group.public_name)
        .bind(&group.description)
        .bind(group.theme.map(|t| t.slug()))
        .bind(&group.house_rules)
        .bind(group.max_members)
        .bind(group.kind.slug())
        .bind(i64::from(group.online))
        .bind(i64::from(group.listed))
}

/// Adds a group with its facilitators; returns its id.
pub async fn insert(db: &Db, centre_id: i64, group: &NewGroup, now: i64) -> Result<i64, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let id = insert_in(&mut tx, centre_id, group, now).await?;
    tx.commit().await?;
    Ok(id)
}

/// A member's proposal: stored hidden, unless they already have `most` waiting (then None).
pub async fn insert_proposal(
    db: &Db,
    centre_id: i64,
    group: &NewGroup,
    proposer: i64,
    most: i64,
    now: i64,
) -> Result<Option<i64>, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let waiting: i64 = sqlx::query("SELECT COUNT(*) AS n FROM peer_groups WHERE proposed = 1 AND proposed_by = $1")
        .bind(proposer)
        .fetch_one(&mut *tx)
        .await?
        .try_get("n")?;
    if waiting >= most {
        return Ok(None);
    }
    let id = insert_in(&mut tx, centre_id, group, now).await?;
    sqlx::query("UPDATE peer_groups SET proposed = 1, proposed_by = $2 WHERE id = $1")
        .bind(id)
        .bind(proposer)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(Some(id))
}

/// Adds a group within a transaction (the demo uses this too).
pub async fn insert_in(
    tx: &mut Transaction<'static, Any>,
    centre_id: i64,
    group: &NewGroup,
    now: i64,
) -> Result<i64, sqlx::Error> {
    let query = sqlx::query(
        "INSERT INTO peer_groups (name, public_name, description, theme, house_rules, max_members, kind, online, listed,
            centre_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id",
    );
    let id: i64 = bind_group(query, group)
        .bind(centre_id)
        .bind(now)
        .fetch_one(&mut **tx)
        .await?
        .try_get("id")?;
    write_facilitators(tx, id, &group.facilitators).await?;
    Ok(id)
}

/// Changes a group; saving a proposal approves it. Returns who proposed it, when it was one.
pub async fn update(
    tx: &mut Transaction<'static, Any>,
    id: i64,
    group: &NewGroup,
    now: i64,
) -> Result<Option<i64>, sqlx::Error> {
    let query = sqlx::query(
        "UPDATE peer_groups SET name = $1, public_name = $2, description = $3, theme = $4, house_rules = $5,
            max_members = $6, kind = $7, online = $8, listed = $9, updated_at = $11 WHERE id = $10",
    );
    bind_group(query, group).bind(id).bind(now).execute(&mut **tx).await?;
    write_facilitators(tx, id, &group.facilitators).await?;
    // Saving a proposal approves it: whoever proposed it is its first member.
    let proposer: Option<i64> = sqlx::query("SELECT proposed_by FROM peer_groups WHERE id = $1 AND proposed = 1")
        .bind(id)
        .fetch_optional(&mut **tx)
        .await?
        .map(|row| row.try_get("proposed_by"))
        .transpose()?
        .flatten();
    sqlx::query("UPDATE peer_groups SET proposed = 0 WHERE id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    if let Some(proposer) = proposer {
        set_membership(tx, id, proposer, Membership::Member, MembershipText::Keep, now).await?;
    }
    Ok(proposer)
}

/// Puts the group's public name in the list of groups, or takes it out.
pub async fn set_listed(db: &Db, group_id: i64, listed: bool, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE peer_groups SET listed = $2, updated_at = $3 WHERE id = $1")
        .bind(group_id)
        .bind(i64::from(listed))
        .bind(now)
        .execute(&db.pool)
        .await
        .map(drop)
}

/// Sets (or with None clears) the group's invitation link.
pub async fn set_invite(db: &Db, group_id: i64, hash: Option<&str>, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE peer_groups SET invite_hash = $2, updated_at = $3 WHERE id = $1")
        .bind(group_id)
        .bind(hash)
        .bind(now)
        .execute(&db.pool)
        .await
        .map(drop)
}

/// Whether a group has an invitation link, and whether `token` is it.
pub async fn invite_state(db: &Db, group_id: i64, token: &str) -> Result<(bool, bool), sqlx::Error> {
    let row = sqlx::query("SELECT invite_hash FROM peer_groups WHERE id = $1")
        .bind(group_id)
        .fetch_optional(&db.pool)
        .await?;
    let hash: Option<String> = match row {
        Some(row) => row.try_get("invite_hash")?,
        None => None,
    };
    let valid = !token.is_empty()
        && hash
            .as_deref()
            .is_some_and(|hash| hash == crate::ssr::auth::session::hash_token(token));
    Ok((hash.is_some(), valid))
}
