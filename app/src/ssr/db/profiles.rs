//! Profiles: saved whole in one transaction, read whole.

use super::{flag, Db};
use crate::domain::activity::Theme;
use crate::domain::profile::{Item, Part, Profile, Visibility};
use sqlx::Row;

/// The list names in `profile_items`.
const GOOD_AT: &str = "goed_in";
const CAN_OFFER: &str = "bieden";
const WISHES: &str = "wens";
const LANGUAGES: &str = "taal";
const HELPING: &str = "taak";

fn column(part: Part) -> &'static str {
    match part {
        Part::Intro => "vis_intro",
        Part::Talents => "vis_talents",
        Part::Wishes => "vis_wishes",
        Part::Interests => "vis_interests",
        Part::Languages => "vis_languages",
        Part::Helping => "vis_helping",
    }
}

/// A member's profile, if they made one.
pub async fn get(db: &Db, account_id: i64) -> Result<Option<Profile>, sqlx::Error> {
    let Some(row) = sqlx::query(
        "SELECT display_name, intro, helps, findable, vis_intro, vis_talents, vis_wishes, vis_interests, vis_languages,
                vis_helping FROM profiles WHERE account_id = $1",
    )
    .bind(account_id)
    .fetch_optional(&db.pool)
    .await?
    else {
        return Ok(None);
    };
    let mut profile = Profile {
        display_name: row.try_get("display_name")?,
        intro: row.try_get("intro")?,
        helps: flag(&row, "helps")?,
        findable: flag(&row, "findable")?,
        ..Profile::default()
    };
    for part in Part::ALL {
        let slug: String = row.try_get(column(part))?;
        let visibility = Visibility::from_slug(&slug).ok_or_else(|| super::decode_error("visibility"))?;
        profile.visibility.push((part, visibility));
    }
    let items =
        sqlx::query("SELECT list, curated, words FROM profile_items WHERE account_id = $1 ORDER BY list, position")
            .bind(account_id)
            .fetch_all(&db.pool)
            .await?;
    for row in &items {
        let list: String = row.try_get("list")?;
        let words: String = row.try_get("words")?;
        let item = if flag(row, "curated")? {
            Item::Curated(words)
        } else {
            Item::Own(words)
        };
        match list.as_str() {
            GOOD_AT => profile.good_at.push(item),
            CAN_OFFER => profile.can_offer.push(item),
            WISHES => profile.wishes.push(item),
            LANGUAGES => profile.languages.push(item),
            HELPING => profile.helping.push(item),
            _ => return Err(super::decode_error("list")),
        }
    }
    let themes = sqlx::query("SELECT theme FROM profile_interests WHERE account_id = $1 ORDER BY theme")
        .bind(account_id)
        .fetch_all(&db.pool)
        .await?;
    for row in &themes {
        let slug: String = row.try_get("theme")?;
        if let Some(theme) = Theme::from_slug(&slug) {
            profile.interests.push(theme);
        }
    }
    Ok(Some(profile))
}

/// Saves a whole profile, replacing what was there.
pub async fn save(db: &Db, account_id: i64, profile: &Profile, now: i64) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    sqlx::query(
        "INSERT INTO profiles (account_id, display_name, intro, helps, vis_intro, vis_talents, vis_wishes, vis_interests,
            vis_languages, vis_helping, updated_at, findable)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         ON CONFLICT (account_id) DO UPDATE SET display_name = $2, intro = $3, helps = $4, vis_intro = $5,
            vis_talents = $6, vis_wishes = $7, vis_interests = $8, vis_languages = $9, vis_helping = $10,
            updated_at = $11, findable = $12",
    )
    .bind(account_id)
    .bind(&profile.display_name)
    .bind(&profile.intro)
    .bind(i64::from(profile.helps))
    .bind(profile.visibility_of(Part::Intro).slug())
    .bind(profile.visibility_of(Part::Talents).slug())
    .bind(profile.visibility_of(Part::Wishes).slug())
    .bind(profile.visibility_of(Part::Interests).slug())
    .bind(profile.visibility_of(Part::Languages).slug())
    .bind(profile.visibility_of(Part::Helping).slug())
    .bind(now)
    .bind(i64::from(profile.findable))
    .execute(&mut *tx)
    .await?;
    for table in ["profile_items", "profile_interests"] {
        sqlx::query(&format!("DELETE FROM {table} WHERE account_id = $1"))
            .bind(account_id)
            .execute(&mut *tx)
            .await?;
    }
    let lists = [
        (GOOD_AT, &profile.good_at),
        (CAN_OFFER, &profile.can_offer),
        (WISHES, &profile.wishes),
        (LANGUAGES, &profile.languages),
        (HELPING, &profile.helping),
    ];
    for (list, items) in lists {
        for (position, item) in items.iter().enumerate() {
            let (curated, words) = match item {
                Item::Curated(key) => (1_i64, key.as_str()),
                Item::Own(words) => (0, words.as_str()),
            };
            sqlx::query(
                "INSERT INTO profile_items (account_id, list, curated, words, match_key, position)
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(account_id)
            .bind(list)
            .bind(curated)
            .bind(words)
            .bind(item.key())
            .bind(i64::try_from(position).unwrap_or(0))
            .execute(&mut *tx)
            .await?;
        }
    }
    for theme in &profile.interests {
        sqlx::query("INSERT INTO profile_interests (account_id, theme) VALUES ($1, $2)")
            .bind(account_id)
            .bind(theme.slug())
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await
}

/// The nickname of an account, for a profile without a display name.
pub async fn nickname(db: &Db, account_id: i64) -> Result<Option<String>, sqlx::Error> {
    let row = sqlx::query("SELECT nickname FROM accounts WHERE id = $1")
        .bind(account_id)
        .fetch_optional(&db.pool)
        .await?;
    row.map(|row| row.try_get("nickname")).transpose()
}
