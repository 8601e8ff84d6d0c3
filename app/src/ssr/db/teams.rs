//! Centres as the platform sees them, their teams (roles per centre) and invitations.

use crate::domain::policy::CentreRole;
use crate::domain::team::{CentreOverview, NewCentre, OpenInvite, TeamMember};
use crate::ssr::db::Db;
use sqlx::Row;

fn role_of(text: &str) -> Result<CentreRole, sqlx::Error> {
    CentreRole::from_slug(text).ok_or_else(|| crate::ssr::db::decode_error("role"))
}

/// Adds a centre with a unique slug ("de-haven-zwolle", then "de-haven-zwolle-2", …).
pub async fn insert_centre(db: &Db, centre: &NewCentre, now: i64) -> Result<String, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let base = centre.slug();
    let mut slug = base.clone();
    let mut n = 1;
    while sqlx::query("SELECT 1 AS found FROM centres WHERE slug = $1")
        .bind(&slug)
        .fetch_optional(&mut *tx)
        .await?
        .is_some()
    {
        n += 1;
        slug = format!("{base}-{n}");
    }
    sqlx::query("INSERT INTO centres (slug, name, town, address, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(&slug)
        .bind(&centre.name)
        .bind(&centre.town)
        .bind(&centre.address)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(slug)
}

/// Every centre with the nicknames of its coordinators.
pub async fn overview(db: &Db) -> Result<Vec<CentreOverview>, sqlx::Error> {
    let centres = sqlx::query("SELECT id, slug, name, town FROM centres ORDER BY name")
        .fetch_all(&db.pool)
        .await?;
    let coordinators = sqlx::query(
        "SELECT r.centre_id, a.nickname FROM centre_roles r JOIN accounts a ON a.id = r.account_id
         WHERE r.role = 'coordinator' ORDER BY a.nickname",
    )
    .fetch_all(&db.pool)
    .await?;
    centres
        .iter()
        .map(|row| {
            let id: i64 = row.try_get("id")?;
            Ok(CentreOverview {
                slug: row.try_get("slug")?,
                name: row.try_get("name")?,
                town: row.try_get("town")?,
                coordinators: coordinators
                    .iter()
                    .filter(|c| c.try_get::<i64, _>("centre_id").ok() == Some(id))
                    .map(|c| c.try_get("nickname"))
                    .collect::<Result<_, _>>()?,
            })
        })
        .collect()
}

/// The id and name of the centre with this slug.
pub async fn centre_by_slug(db: &Db, slug: &str) -> Result<Option<(i64, String)>, sqlx::Error> {
    sqlx::query("SELECT id, name FROM centres WHERE slug = $1")
        .bind(slug)
        .fetch_optional(&db.pool)
        .await?
        .map(|row| Ok((row.try_get("id")?, row.try_get("name")?)))
        .transpose()
}

pub async fn members(db: &Db, centre_id: i64) -> Result<Vec<TeamMember>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT a.nickname, r.role FROM centre_roles r JOIN accounts a ON a.id = r.account_id
         WHERE r.centre_id = $1 ORDER BY r.role, a.nickname",
    )
    .bind(centre_id)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(TeamMember {
                nickname: row.try_get("nickname")?,
                role: role_of(&row.try_get::<String, _>("role")?)?,
            })
        })
        .collect()
}

pub async fn open_invites(db: &Db, centre_id: i64, now: i64) -> Result<Vec<OpenInvite>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT role, expires_at FROM invites WHERE centre_id = $1 AND used_at IS NULL AND expires_at > $2
         ORDER BY expires_at",
    )
    .bind(centre_id)
    .bind(now)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(OpenInvite {
                role: role_of(&row.try_get::<String, _>("role")?)?,
                expires: chrono::DateTime::from_timestamp(row.try_get("expires_at")?, 0).unwrap_or_default(),
            })
        })
        .collect()
}

pub struct NewInvite<'a> {
    pub token_hash: &'a str,
    pub centre_id: i64,
    pub role: CentreRole,
    pub created_by: i64,
    pub expires_at: i64,
}

pub async fn insert_invite(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    invite: &NewInvite<'_>,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO invites (token_hash, centre_id, role, created_by, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(invite.token_hash)
    .bind(invite.centre_id)
    .bind(invite.role.slug())
    .bind(invite.created_by)
    .bind(now)
    .bind(invite.expires_at)
    .execute(&mut **tx)
    .await
    .map(|_| ())
}

/// An invitation that can still be accepted: centre id, name, slug and role.
pub async fn find_open_invite(
    db: &Db,
    token_hash: &str,
    now: i64,
) -> Result<Option<(i64, String, String, CentreRole)>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT c.id, c.name, c.slug, i.role FROM invites i JOIN centres c ON c.id = i.centre_id
         WHERE i.token_hash = $1 AND i.used_at IS NULL AND i.expires_at > $2",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(&db.pool)
    .await?;
    row.map(|row| {
        Ok((
            row.try_get("id")?,
            row.try_get("name")?,
            row.try_get("slug")?,
            role_of(&row.try_get::<String, _>("role")?)?,
        ))
    })
    .transpose()
}

/// Uses an invitation for an account: it gets the role, and the link stops working. False when
/// the invitation was used or expired in the meantime.
pub async fn accept_invite(db: &Db, token_hash: &str, account_id: i64, now: i64) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let row = sqlx::query(
        "UPDATE invites SET used_at = $3, used_by = $2
         WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $3
         RETURNING centre_id, role",
    )
    .bind(token_hash)
    .bind(account_id)
    .bind(now)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(row) = row else {
        return Ok(false);
    };
    let centre_id: i64 = row.try_get("centre_id")?;
    let role: String = row.try_get("role")?;
    sqlx::query(
        "INSERT INTO centre_roles (account_id, centre_id, role, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (account_id, centre_id, role) DO NOTHING",
    )
    .bind(account_id)
    .bind(centre_id)
    .bind(role)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// The centres where an account has a role: (slug, name, role).
pub async fn roles_of(db: &Db, account_id: i64) -> Result<Vec<(String, String, CentreRole)>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT c.slug, c.name, r.role FROM centre_roles r JOIN centres c ON c.id = r.centre_id
         WHERE r.account_id = $1 ORDER BY c.name, r.role",
    )
    .bind(account_id)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|row| {
            Ok((
                row.try_get("slug")?,
                row.try_get("name")?,
                role_of(&row.try_get::<String, _>("role")?)?,
            ))
        })
        .collect()
}
