//! Queries on centres, their opening hours and closures.

use super::{decode_error, parse_day, weekday_from_iso};
use crate::domain::hours::{Closure, OpeningPeriod};
use chrono::{NaiveDate, NaiveTime, Timelike};
use sqlx::{any::AnyRow, Any, AnyPool, Row, Transaction};

#[derive(Debug, Clone)]
pub struct CentreRow {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub town: String,
    pub address: String,
    pub postcode: String,
    pub description: String,
    pub phone: String,
    pub email: String,
    pub accessibility: String,
    /// Volunteers may publish the activities they facilitate.
    pub volunteers_publish: bool,
    /// Days a guest's details are kept after an activity.
    pub guest_retention_days: i64,
}

/// A centre to be created.
#[derive(Debug, Clone, Default)]
pub struct NewCentre<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub town: &'a str,
    pub address: &'a str,
    pub postcode: &'a str,
    pub description: &'a str,
    pub phone: &'a str,
    pub email: &'a str,
    pub accessibility: &'a str,
}

const COLUMNS: &str =
    "id, slug, name, town, address, postcode, description, phone, email, accessibility, volunteers_publish, guest_retention_days";

fn centre_row(row: &AnyRow) -> Result<CentreRow, sqlx::Error> {
    Ok(CentreRow {
        id: row.try_get("id")?,
        slug: row.try_get("slug")?,
        name: row.try_get("name")?,
        town: row.try_get("town")?,
        address: row.try_get("address")?,
        postcode: row.try_get("postcode")?,
        description: row.try_get("description")?,
        phone: row.try_get("phone")?,
        email: row.try_get("email")?,
        accessibility: row.try_get("accessibility")?,
        volunteers_publish: super::flag(row, "volunteers_publish")?,
        guest_retention_days: row.try_get("guest_retention_days")?,
    })
}

pub async fn insert(tx: &mut Transaction<'_, Any>, centre: &NewCentre<'_>, now: i64) -> Result<i64, sqlx::Error> {
    let row = sqlx::query(
        "INSERT INTO centres (slug, name, town, address, postcode, description, phone, email, accessibility, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(centre.slug)
    .bind(centre.name)
    .bind(centre.town)
    .bind(centre.address)
    .bind(centre.postcode)
    .bind(centre.description)
    .bind(centre.phone)
    .bind(centre.email)
    .bind(centre.accessibility)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    row.try_get("id")
}

pub async fn count(pool: &AnyPool) -> Result<i64, sqlx::Error> {
    sqlx::query("SELECT COUNT(*) AS n FROM centres")
        .fetch_one(pool)
        .await?
        .try_get("n")
}

pub async fn list(pool: &AnyPool) -> Result<Vec<CentreRow>, sqlx::Error> {
    let rows = sqlx::query(&format!("SELECT {COLUMNS} FROM centres ORDER BY town, name"))
        .fetch_all(pool)
        .await?;
    rows.iter().map(centre_row).collect()
}

pub async fn by_slug(pool: &AnyPool, slug: &str) -> Result<Option<CentreRow>, sqlx::Error> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM centres WHERE slug = $1"))
        .bind(slug)
        .fetch_optional(pool)
        .await?;
    row.as_ref().map(centre_row).transpose()
}

pub async fn by_id(pool: &AnyPool, id: i64) -> Result<Option<CentreRow>, sqlx::Error> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM centres WHERE id = $1"))
        .bind(id)
        .fetch_optional(pool)
        .await?;
    row.as_ref().map(centre_row).transpose()
}

pub async fn insert_opening(
    tx: &mut Transaction<'_, Any>,
    centre_id: i64,
    period: &OpeningPeriod,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO opening_hours (centre_id, weekday, opens_minute, closes_minute) VALUES ($1, $2, $3, $4)")
        .bind(centre_id)
        .bind(i64::from(period.weekday.number_from_monday()))
        .bind(minute_of_day(period.opens))
        .bind(minute_of_day(period.closes))
        .execute(&mut **tx)
        .await?;
    Ok(())
}

pub async fn insert_closure(
    tx: &mut Transaction<'_, Any>,
    centre_id: i64,
    closure: &Closure,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO closures (centre_id, first_day, last_day, reason, opens_minute, closes_minute)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(centre_id)
    .bind(closure.first_day.to_string())
    .bind(closure.last_day.to_string())
    .bind(&closure.reason)
    .bind(closure.hours.map(|(opens, _)| minute_of_day(opens)))
    .bind(closure.hours.map(|(_, closes)| minute_of_day(closes)))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn delete_closure(tx: &mut Transaction<'_, Any>, centre_id: i64, id: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM closures WHERE id = $1 AND centre_id = $2")
        .bind(id)
        .bind(centre_id)
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// The closures of one centre that have not ended before `from`, with their ids.
pub async fn closures_of(pool: &AnyPool, centre_id: i64, from: NaiveDate) -> Result<Vec<(i64, Closure)>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, first_day, last_day, reason, opens_minute, closes_minute FROM closures
         WHERE centre_id = $1 AND last_day >= $2 ORDER BY first_day, id",
    )
    .bind(centre_id)
    .bind(from.to_string())
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|row| Ok((row.try_get("id")?, closure_of(row)?)))
        .collect()
}

fn closure_of(row: &AnyRow) -> Result<Closure, sqlx::Error> {
    let opens: Option<i64> = row.try_get("opens_minute")?;
    let closes: Option<i64> = row.try_get("closes_minute")?;
    let hours = match (opens, closes) {
        (Some(opens), Some(closes)) => Some((
            time_of_minute(opens).ok_or_else(|| decode_error("opens_minute"))?,
            time_of_minute(closes).ok_or_else(|| decode_error("closes_minute"))?,
        )),
        _ => None,
    };
    Ok(Closure {
        first_day: parse_day(&row.try_get::<String, _>("first_day")?)?,
        last_day: parse_day(&row.try_get::<String, _>("last_day")?)?,
        reason: row.try_get("reason")?,
        hours,
    })
}

/// Saves a centre's details and settings.
pub async fn update_details(
    tx: &mut Transaction<'_, Any>,
    centre_id: i64,
    details: &crate::domain::programme::CentreDetails,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE centres SET name = $2, description = $3, address = $4, postcode = $5, town = $6, phone = $7,
            email = $8, accessibility = $9, volunteers_publish = $10, guest_retention_days = $11
         WHERE id = $1",
    )
    .bind(centre_id)
    .bind(&details.name)
    .bind(&details.description)
    .bind(&details.address)
    .bind(&details.postcode)
    .bind(&details.town)
    .bind(&details.phone)
    .bind(&details.email)
    .bind(&details.accessibility)
    .bind(i64::from(details.volunteers_publish))
    .bind(details.guest_retention_days)
    .execute(&mut **tx)
    .await
    .map(|_| ())
}

/// Replaces all opening hours of a centre.
pub async fn replace_opening_hours(
    tx: &mut Transaction<'_, Any>,
    centre_id: i64,
    periods: &[OpeningPeriod],
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM opening_hours WHERE centre_id = $1")
        .bind(centre_id)
        .execute(&mut **tx)
        .await?;
    for period in periods {
        insert_opening(tx, centre_id, period).await?;
    }
    Ok(())
}

/// The opening hours of one centre.
pub async fn opening_hours_of(pool: &AnyPool, centre_id: i64) -> Result<Vec<OpeningPeriod>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT weekday, opens_minute, closes_minute FROM opening_hours WHERE centre_id = $1 ORDER BY weekday, opens_minute",
    )
    .bind(centre_id)
    .fetch_all(pool)
    .await?;
    rows.iter().map(opening_period).collect()
}

/// Opening hours of every centre, as (centre id, period).
pub async fn all_opening_hours(pool: &AnyPool) -> Result<Vec<(i64, OpeningPeriod)>, sqlx::Error> {
    let rows = sqlx::query("SELECT centre_id, weekday, opens_minute, closes_minute FROM opening_hours ORDER BY centre_id, weekday, opens_minute")
        .fetch_all(pool)
        .await?;
    rows.iter()
        .map(|row| Ok((row.try_get("centre_id")?, opening_period(row)?)))
        .collect()
}

fn opening_period(row: &AnyRow) -> Result<OpeningPeriod, sqlx::Error> {
    let weekday: i64 = row.try_get("weekday")?;
    Ok(OpeningPeriod {
        weekday: weekday_from_iso(weekday).ok_or_else(|| decode_error("weekday"))?,
        opens: time_of_minute(row.try_get("opens_minute")?).ok_or_else(|| decode_error("opens_minute"))?,
        closes: time_of_minute(row.try_get("closes_minute")?).ok_or_else(|| decode_error("closes_minute"))?,
    })
}

/// Every centre's closures that end on `from` or later, by centre.
pub async fn closures_by_centre(
    db: &super::Db,
    from: NaiveDate,
) -> Result<crate::domain::hours::Closures, sqlx::Error> {
    Ok(crate::domain::hours::Closures::new(
        closures_from(&db.pool, from).await?,
    ))
}

/// Closures of every centre that end on or after `from`.
pub async fn closures_from(pool: &AnyPool, from: NaiveDate) -> Result<Vec<(i64, Closure)>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT centre_id, first_day, last_day, reason, opens_minute, closes_minute FROM closures
         WHERE last_day >= $1 ORDER BY first_day",
    )
    .bind(from.to_string())
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|row| Ok((row.try_get("centre_id")?, closure_of(row)?)))
        .collect()
}

/// 23:59:59 (closing at midnight) is stored as 1440.
fn minute_of_day(time: NaiveTime) -> i64 {
    if time.hour() == 23 && time.minute() == 59 && time.second() == 59 {
        return 1440;
    }
    i64::from(time.hour() * 60 + time.minute())
}

/// 1440 (closing at midnight) is read as 23:59:59 so it stays on the same day.
fn time_of_minute(minute: i64) -> Option<NaiveTime> {
    if minute == 1440 {
        return NaiveTime::from_hms_opt(23, 59, 59);
    }
    let minute = u32::try_from(minute).ok()?;
    NaiveTime::from_hms_opt(minute / 60, minute % 60, 0)
}
