//! Profiles: saved one part at a time, each in one transaction; read whole.

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

/// Saves one part of a profile (its fields, lists and visibility), leaving the other parts as
/// they are, in one transaction: two parts saved at the same moment both stay saved.
pub async fn save_part(db: &Db, account_id: i64, part: Part, profile: &Profile, now: i64) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let empty = Profile::default();
    let me = empty.visibility_of(Part::Intro).slug();
    sqlx::query(
        "INSERT INTO profiles (account_id, display_name, intro, helps, vis_intro, vis_talents, vis_wishes, vis_interests,
            vis_languages, vis_helping, updated_at, findable)
         VALUES ($1, '', '', 0, $2, $2, $2, $2, $2, $2, $3, 0)
         ON CONFLICT (account_id) DO NOTHING",
    )
    .bind(account_id)
    .bind(me)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    let visibility = profile.visibility_of(part).slug();
    let update = |sql: &'static str| sqlx::query(sql).bind(account_id).bind(visibility).bind(now);
    match part {
        Part::Intro => {
            update("UPDATE profiles SET vis_intro = $2, updated_at = $3, display_name = $4, intro = $5 WHERE account_id = $1")
                .bind(profile.display_name.clone())
                .bind(profile.intro.clone())
                .execute(&mut *tx)
                .await?;
        }
        Part::Talents => {
            update("UPDATE profiles SET vis_talents = $2, updated_at = $3, findable = $4 WHERE account_id = $1")
                .bind(i64::from(profile.findable))
                .execute(&mut *tx)
                .await?;
            write_lists(
                &mut tx,
                account_id,
                &[(GOOD_AT, &profile.good_at), (CAN_OFFER, &profile.can_offer)],
            )
            .await?;
        }
        Part::Wishes => {
            update("UPDATE profiles SET vis_wishes = $2, updated_at = $3 WHERE account_id = $1")
                .execute(&mut *tx)
                .await?;
            write_lists(&mut tx, account_id, &[(WISHES, &profile.wishes)]).await?;
        }
        Part::Interests => {
            update("UPDATE profiles SET vis_interests = $2, updated_at = $3 WHERE account_id = $1")
                .execute(&mut *tx)
                .await?;
            write_interests(&mut tx, account_id, &profile.interests).await?;
        }
        Part::Languages => {
            update("UPDATE profiles SET vis_languages = $2, updated_at = $3 WHERE account_id = $1")
                .execute(&mut *tx)
                .await?;
            write_lists(&mut tx, account_id, &[(LANGUAGES, &profile.languages)]).await?;
        }
        Part::Helping => {
            update("UPDATE profiles SET vis_helping = $2, updated_at = $3, helps = $4 WHERE account_id = $1")
                .bind(i64::from(profile.helps))
                .execute(&mut *tx)
                .await?;
            write_lists(&mut tx, account_id, &[(HELPING, &profile.helping)]).await?;
        }
    }
    tx.commit().await
}

/// Replaces the items of these lists.
async fn write_lists(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    account_id: i64,
    lists: &[(&str, &Vec<Item>)],
) -> Result<(), sqlx::Error> {
    for (list, items) in lists {
        sqlx::query("DELETE FROM profile_items WHERE account_id = $1 AND list = $2")
            .bind(account_id)
            .bind(*list)
            .execute(&mut **tx)
            .await?;
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
            .bind(*list)
            .bind(curated)
            .bind(words)
            .bind(item.key())
            .bind(i64::try_from(position).unwrap_or(0))
            .execute(&mut **tx)
            .await?;
        }
    }
    Ok(())
}

/// Replaces the interests.
async fn write_interests(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    account_id: i64,
    interests: &[Theme],
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM profile_interests WHERE account_id = $1")
        .bind(account_id)
        .execute(&mut **tx)
        .await?;
    for theme in interests {
        sqlx::query("INSERT INTO profile_interests (account_id, theme) VALUES ($1, $2)")
            .bind(account_id)
            .bind(theme.slug())
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// The nickname of an account, for a profile without a display name.
pub async fn nickname(db: &Db, account_id: i64) -> Result<Option<String>, sqlx::Error> {
    let row = sqlx::query("SELECT nickname FROM accounts WHERE id = $1")
        .bind(account_id)
        .fetch_optional(&db.pool)
        .await?;
    row.map(|row| row.try_get("nickname")).transpose()
}
