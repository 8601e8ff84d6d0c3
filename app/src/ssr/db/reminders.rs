//! Reminders: the sign-ups whose date is coming and who asked to be reminded.

use super::Db;
use sqlx::Row;

/// A reminder that is due.
#[derive(Debug, Clone)]
pub struct DueReminder {
    pub signup_id: i64,
    pub occurrence_id: i64,
    pub nickname: String,
    pub address: String,
    pub lang: String,
    pub member: bool,
    pub centre_id: i64,
    pub title: String,
    pub place: String,
    pub starts_at: chrono::DateTime<chrono::Utc>,
    pub ends_at: chrono::DateTime<chrono::Utc>,
}

/// Confirmed sign-ups (a course's sessions too, except skipped ones) for dates starting between
/// `from` and `to`, whose person has an address and did not switch reminders off.
pub async fn due_reminders(db: &Db, from: i64, to: i64) -> Result<Vec<DueReminder>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT s.id AS signup_id, o.id AS occurrence_id, s.nickname, s.lang, s.account_id,
                COALESCE(acc.email, s.email) AS address, a.title, o.starts_at, o.ends_at,
                COALESCE(NULLIF(o.location, ''), NULLIF(a.location, ''), a.online_url) AS room,
                a.place, a.centre_id, c.name AS centre_name, c.address AS centre_address, c.town
         FROM signups s
         JOIN activities a ON a.id = s.activity_id
         JOIN centres c ON c.id = a.centre_id
         JOIN occurrences o ON o.activity_id = s.activity_id
              AND (o.id = s.occurrence_id
                   OR (s.occurrence_id IS NULL
                       AND NOT EXISTS (SELECT 1 FROM signup_absences x WHERE x.signup_id = s.id AND x.occurrence_id = o.id)))
         LEFT JOIN accounts acc ON acc.id = s.account_id
         WHERE s.status = 'bevestigd' AND s.reminders = 1 AND o.cancelled = 0 AND a.paused = 0
           AND o.starts_at > $1 AND o.starts_at <= $2
           AND (s.account_id IS NULL OR acc.reminders = 1)
         ORDER BY o.starts_at, s.id",
    )
    .bind(from)
    .bind(to)
    .fetch_all(&db.pool)
    .await?;
    let mut due = Vec::new();
    for row in &rows {
        let address: String = row.try_get::<Option<String>, _>("address")?.unwrap_or_default();
        if address.is_empty() {
            continue;
        }
        let room: String = row.try_get::<Option<String>, _>("room")?.unwrap_or_default();
        let place: String = row.try_get("place")?;
        let centre: Vec<String> = if place == "centrum" {
            vec![
                row.try_get("centre_name")?,
                row.try_get("centre_address")?,
                row.try_get("town")?,
            ]
        } else {
            Vec::new()
        };
        let account: Option<i64> = row.try_get("account_id")?;
        due.push(DueReminder {
            signup_id: row.try_get("signup_id")?,
            occurrence_id: row.try_get("occurrence_id")?,
            nickname: row.try_get("nickname")?,
            address,
            lang: row.try_get("lang")?,
            member: account.is_some(),
            centre_id: row.try_get("centre_id")?,
            title: row.try_get("title")?,
            place: std::iter::once(room)
                .chain(centre)
                .filter(|part| !part.is_empty())
                .collect::<Vec<_>>()
                .join(", "),
            starts_at: super::occurrences::instant(row.try_get("starts_at")?)?,
            ends_at: super::occurrences::instant(row.try_get("ends_at")?)?,
        });
    }
    Ok(due)
}
