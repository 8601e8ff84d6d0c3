//! The dates calendar feeds are made of: one activity's, one centre's, or one member's (what
//! they signed up for and what they run).

use super::{flag, occurrences::instant, Db};
use crate::domain::programme::Place;
use chrono::{DateTime, Utc};
use sqlx::{any::AnyRow, Row};

/// Feeds hold at most this many dates.
const FEED_MAX: i64 = 500;

/// One date in a calendar feed.
#[derive(Debug, Clone)]
pub struct FeedDate {
    pub occurrence_id: i64,
    pub activity_id: i64,
    pub centre_id: i64,
    pub title: String,
    /// The title for participants, when the activity has one.
    pub member_title: String,
    pub description: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub cancelled: bool,
    pub cancel_reason: String,
    /// Online: a centre's closure does not stop it.
    pub online: bool,
    /// Where: this date's own place, else the activity's room, address or link, with the centre.
    pub location: String,
    /// How often the date was moved, changed or cancelled: the iCalendar SEQUENCE.
    pub sequence: i64,
}

/// Which dates a feed holds.
#[derive(Debug, Clone)]
pub enum Feed<'a> {
    Activity(i64),
    Centre(&'a str),
    /// A member's sign-ups (a course's sessions, except the ones they skip), what they run, and
    /// the meetings of the groups they are in (not paused) or facilitate.
    Person(i64),
    /// A peer group's meetings (for its members only).
    Group(i64),
}

fn feed_date(row: &AnyRow) -> Result<FeedDate, sqlx::Error> {
    let place: String = row.try_get("place")?;
    let own: String = row.try_get("date_location")?;
    let room: String = row.try_get("location")?;
    let centre = [
        row.try_get::<String, _>("centre_name")?,
        row.try_get::<String, _>("address")?,
        row.try_get::<String, _>("town")?,
    ]
    .into_iter()
    .filter(|part| !part.is_empty())
    .collect::<Vec<_>>()
    .join(", ");
    let location = if !own.is_empty() {
        own
    } else {
        match Place::from_slug(&place) {
            Some(Place::Online) => row.try_get("online_url")?,
            Some(Place::Elders) => room,
            _ if room.is_empty() => centre,
            _ => format!("{room}, {centre}"),
        }
    };
    Ok(FeedDate {
        occurrence_id: row.try_get("id")?,
        activity_id: row.try_get("activity_id")?,
        centre_id: row.try_get("centre_id")?,
        title: row.try_get("title")?,
        member_title: row.try_get("member_title")?,
        description: row.try_get("description")?,
        starts_at: instant(row.try_get("starts_at")?)?,
        ends_at: instant(row.try_get("ends_at")?)?,
        cancelled: flag(row, "cancelled")?,
        cancel_reason: row.try_get("cancel_reason")?,
        online: place == Place::Online.slug(),
        location,
        sequence: row.try_get("sequence")?,
    })
}

const DATE_SELECT: &str = "SELECT o.id, o.starts_at, o.ends_at, o.cancelled, o.cancel_reason, o.sequence,
                o.location AS date_location, a.id AS activity_id, a.centre_id, a.title, a.member_title,
                a.description, a.place, a.location, a.online_url, c.name AS centre_name, c.address, c.town
         FROM occurrences o
         JOIN activities a ON a.id = o.activity_id
         JOIN centres c ON c.id = a.centre_id";

/// One date as a calendar shows it, read on `conn` (in a transaction it sees the change just made).
pub async fn date_of(conn: &mut sqlx::AnyConnection, occurrence_id: i64) -> Result<Option<FeedDate>, sqlx::Error> {
    let sql = format!("{DATE_SELECT} WHERE o.id = $1");
    sqlx::query(&sql)
        .bind(occurrence_id)
        .fetch_optional(conn)
        .await?
        .as_ref()
        .map(feed_date)
        .transpose()
}

/// The dates of a feed that end after `from`, in time order.
pub async fn dates(db: &Db, feed: &Feed<'_>, from: i64) -> Result<Vec<FeedDate>, sqlx::Error> {
    let filter = match feed {
        Feed::Activity(_) => "a.id = $2",
        Feed::Centre(_) => "c.slug = $2 AND a.group_id IS NULL",
        Feed::Group(_) => "a.group_id = $2",
        Feed::Person(_) => {
            "(o.id IN (SELECT occurrence_id FROM signups WHERE account_id = $2 AND status <> 'afgemeld'
                       AND occurrence_id IS NOT NULL)
              OR EXISTS (SELECT 1 FROM signups s WHERE s.account_id = $2 AND s.activity_id = a.id
                         AND s.occurrence_id IS NULL AND s.status = 'bevestigd'
                         AND NOT EXISTS (SELECT 1 FROM signup_absences x
                                         WHERE x.signup_id = s.id AND x.occurrence_id = o.id))
              OR a.id IN (SELECT activity_id FROM activity_facilitators WHERE account_id = $2)
              OR a.group_id IN (SELECT group_id FROM group_members WHERE account_id = $2 AND status = 'lid')
              OR a.group_id IN (SELECT group_id FROM group_facilitators WHERE account_id = $2))"
        }
    };
    let sql = format!(
        "{DATE_SELECT}
         WHERE o.ends_at > $1 AND a.paused = 0 AND {filter}
         ORDER BY o.starts_at, o.id LIMIT {FEED_MAX}"
    );
    let query = sqlx::query(&sql).bind(from);
    let query = match feed {
        Feed::Activity(id) | Feed::Person(id) | Feed::Group(id) => query.bind(*id),
        Feed::Centre(slug) => query.bind(*slug),
    };
    query.fetch_all(&db.pool).await?.iter().map(feed_date).collect()
}

/// Makes (or replaces) a member's personal feed: the old link stops working.
pub async fn set_personal(
    db: &Db,
    account_id: i64,
    token_hash: &str,
    neutral: bool,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO calendar_feeds (account_id, token_hash, neutral, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (account_id) DO UPDATE SET token_hash = $2, neutral = $3, created_at = $4",
    )
    .bind(account_id)
    .bind(token_hash)
    .bind(i64::from(neutral))
    .bind(now)
    .execute(&db.pool)
    .await
    .map(|_| ())
}

/// Switches a member's personal feed off.
pub async fn remove_personal(db: &Db, account_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM calendar_feeds WHERE account_id = $1")
        .bind(account_id)
        .execute(&db.pool)
        .await
        .map(|_| ())
}

/// A member's personal feed: (token hash, neutral titles), if they have one.
pub async fn personal_of(db: &Db, account_id: i64) -> Result<Option<(String, bool)>, sqlx::Error> {
    let row = sqlx::query("SELECT token_hash, neutral FROM calendar_feeds WHERE account_id = $1")
        .bind(account_id)
        .fetch_optional(&db.pool)
        .await?;
    row.map(|row| Ok((row.try_get("token_hash")?, flag(&row, "neutral")?)))
        .transpose()
}

/// The account and title choice of a personal feed's link.
pub async fn personal_by_token(db: &Db, token_hash: &str) -> Result<Option<(i64, bool)>, sqlx::Error> {
    let row = sqlx::query("SELECT account_id, neutral FROM calendar_feeds WHERE token_hash = $1")
        .bind(token_hash)
        .fetch_optional(&db.pool)
        .await?;
    row.map(|row| Ok((row.try_get("account_id")?, flag(&row, "neutral")?)))
        .transpose()
}
