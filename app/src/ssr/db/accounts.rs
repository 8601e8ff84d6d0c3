//! Accounts: creating one, finding one to log in, reading one for "mijn account".

use crate::ssr::db::{flag, Db};
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

#[derive(Debug, Clone)]
pub struct AccountRow {
    pub id: i64,
    pub nickname: String,
    pub email: Option<String>,
    pub is_admin: bool,
    pub created_at: i64,
}

impl AccountRow {
    fn from_row(row: &AnyRow) -> Result<AccountRow, sqlx::Error> {
        Ok(AccountRow {
            id: row.try_get("id")?,
            nickname: row.try_get("nickname")?,
            email: row.try_get("email")?,
            is_admin: flag(row, "is_admin")?,
            created_at: row.try_get("created_at")?,
        })
    }
}

/// A new account. Its e-mail address is added only once confirmed (`set_email`).
pub struct NewAccount<'a> {
    pub nickname: &'a str,
    pub nickname_key: &'a str,
    pub password_hash: &'a str,
    pub is_admin: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum InsertError {
    #[error("the nickname is taken")]
    NicknameTaken,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

pub async fn nickname_taken(tx: &mut Transaction<'static, Any>, key: &str) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query("SELECT 1 AS found FROM accounts WHERE nickname_key = $1")
        .bind(key)
        .fetch_optional(&mut **tx)
        .await?
        .is_some())
}

pub async fn insert(tx: &mut Transaction<'static, Any>, new: &NewAccount<'_>, now: i64) -> Result<i64, InsertError> {
    if nickname_taken(tx, new.nickname_key).await? {
        return Err(InsertError::NicknameTaken);
    }
    let result = sqlx::query(
        "INSERT INTO accounts (nickname, nickname_key, password_hash, is_admin, created_at, password_changed_at)
         VALUES ($1, $2, $3, $4, $5, $5)
         RETURNING id",
    )
    .bind(new.nickname)
    .bind(new.nickname_key)
    .bind(new.password_hash)
    .bind(i64::from(new.is_admin))
    .bind(now)
    .fetch_one(&mut **tx)
    .await;
    match result {
        Ok(row) => Ok(row.try_get("id")?),
        // Another registration with the same nickname won the race (PostgreSQL; SQLite's write
        // lock makes the check above exact).
        Err(sqlx::Error::Database(error)) if error.is_unique_violation() => Err(InsertError::NicknameTaken),
        Err(error) => Err(error.into()),
    }
}

/// The account id and password hash for what someone typed as their name: a nickname or an
/// e-mail address.
pub async fn find_login(db: &Db, nickname_key: &str, email_key: &str) -> Result<Option<(i64, String)>, sqlx::Error> {
    let row = sqlx::query("SELECT id, password_hash FROM accounts WHERE nickname_key = $1 OR email_key = $2")
        .bind(nickname_key)
        .bind(email_key)
        .fetch_optional(&db.pool)
        .await?;
    row.map(|row| Ok((row.try_get("id")?, row.try_get("password_hash")?)))
        .transpose()
}

/// The id of the account with this nickname (by its key).
pub async fn id_by_nickname(db: &Db, nickname_key: &str) -> Result<Option<i64>, sqlx::Error> {
    let row = sqlx::query("SELECT id FROM accounts WHERE nickname_key = $1")
        .bind(nickname_key)
        .fetch_optional(&db.pool)
        .await?;
    row.map(|row| row.try_get("id")).transpose()
}

pub async fn get(db: &Db, id: i64) -> Result<Option<AccountRow>, sqlx::Error> {
    sqlx::query("SELECT id, nickname, email, is_admin, created_at FROM accounts WHERE id = $1")
        .bind(id)
        .fetch_optional(&db.pool)
        .await?
        .map(|row| AccountRow::from_row(&row))
        .transpose()
}

/// Whether the account gets reminders by mail.
pub async fn reminders(db: &Db, id: i64) -> Result<bool, sqlx::Error> {
    let row = sqlx::query("SELECT reminders FROM accounts WHERE id = $1")
        .bind(id)
        .fetch_one(&db.pool)
        .await?;
    super::flag(&row, "reminders")
}

pub async fn set_reminders(db: &Db, id: i64, on: bool) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE accounts SET reminders = $2 WHERE id = $1")
        .bind(id)
        .bind(i64::from(on))
        .execute(&db.pool)
        .await
        .map(|_| ())
}

/// Whether the account coordinates a centre or runs the platform (shorter sessions).
pub async fn is_staff(db: &Db, id: i64) -> Result<bool, sqlx::Error> {
    let row = sqlx::query(
        "SELECT (SELECT is_admin FROM accounts WHERE id = $1) AS admin,
                (SELECT COUNT(*) FROM centre_roles WHERE account_id = $1 AND role = 'coordinator') AS centres",
    )
    .bind(id)
    .fetch_one(&db.pool)
    .await?;
    let admin: Option<i64> = row.try_get("admin")?;
    let centres: i64 = row.try_get("centres")?;
    Ok(admin == Some(1) || centres > 0)
}

/// The account with this e-mail address: its id, nickname and the address as it was saved.
pub async fn find_by_email(db: &Db, email_key: &str) -> Result<Option<(i64, String, String)>, sqlx::Error> {
    let row = sqlx::query("SELECT id, nickname, email FROM accounts WHERE email_key = $1")
        .bind(email_key)
        .fetch_optional(&db.pool)
        .await?;
    row.map(|row| Ok((row.try_get("id")?, row.try_get("nickname")?, row.try_get("email")?)))
        .transpose()
}

pub async fn set_password(db: &Db, id: i64, password_hash: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE accounts SET password_hash = $2, password_changed_at = $3, must_change_password = 0 WHERE id = $1",
    )
    .bind(id)
    .bind(password_hash)
    .bind(now)
    .execute(&db.pool)
    .await
    .map(|_| ())
}

/// Saves a confirmed address (or removes it with `None`). False when another account has it.
pub async fn set_email(db: &Db, id: i64, email: Option<(&str, &str)>) -> Result<bool, sqlx::Error> {
    let result = sqlx::query("UPDATE accounts SET email = $2, email_key = $3, email_dropped_at = NULL WHERE id = $1")
        .bind(id)
        .bind(email.map(|(shown, _)| shown))
        .bind(email.map(|(_, key)| key))
        .execute(&db.pool)
        .await;
    match result {
        Ok(_) => Ok(true),
        Err(sqlx::Error::Database(error)) if error.is_unique_violation() => Ok(false),
        Err(error) => Err(error),
    }
}

/// An admin puts the right address on an account (`None`: takes a broken one away, and the
/// member is told at the next visit). False when another account has the address.
pub async fn replace_email(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    id: i64,
    email: Option<(&str, &str)>,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let result = sqlx::query(
        "UPDATE accounts SET email = $2, email_key = $3,
                email_dropped_at = CASE WHEN $2 IS NULL THEN $4 ELSE NULL END
         WHERE id = $1",
    )
    .bind(id)
    .bind(email.map(|(shown, _)| shown))
    .bind(email.map(|(_, key)| key))
    .bind(now)
    .execute(&mut **tx)
    .await;
    match result {
        Ok(_) => Ok(true),
        Err(sqlx::Error::Database(error)) if error.is_unique_violation() => Ok(false),
        Err(error) => Err(error),
    }
}

/// When an admin took the member's broken address away, until the member has seen it.
pub async fn email_dropped_at(db: &Db, id: i64) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query("SELECT email_dropped_at FROM accounts WHERE id = $1")
        .bind(id)
        .fetch_optional(&db.pool)
        .await?
        .map(|row| row.try_get::<Option<i64>, _>("email_dropped_at"))
        .transpose()
        .map(Option::flatten)
}

/// The member has seen that their address was taken away.
pub async fn clear_email_dropped(db: &Db, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE accounts SET email_dropped_at = NULL WHERE id = $1")
        .bind(id)
        .execute(&db.pool)
        .await
        .map(|_| ())
}

pub async fn set_nickname(db: &Db, id: i64, nickname: &str, key: &str) -> Result<(), InsertError> {
    let mut tx = db.begin_write().await?;
    let taken = sqlx::query("SELECT 1 AS found FROM accounts WHERE nickname_key = $1 AND id <> $2")
        .bind(key)
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?
        .is_some();
    if taken {
        return Err(InsertError::NicknameTaken);
    }
    let result = sqlx::query("UPDATE accounts SET nickname = $2, nickname_key = $3 WHERE id = $1")
        .bind(id)
        .bind(nickname)
        .bind(key)
        .execute(&mut *tx)
        .await;
    match result {
        Ok(_) => Ok(tx.commit().await?),
        Err(sqlx::Error::Database(error)) if error.is_unique_violation() => Err(InsertError::NicknameTaken),
        Err(error) => Err(error.into()),
    }
}

pub async fn password_hash(db: &Db, id: i64) -> Result<Option<String>, sqlx::Error> {
    sqlx::query("SELECT password_hash FROM accounts WHERE id = $1")
        .bind(id)
        .fetch_optional(&db.pool)
        .await?
        .map(|row| row.try_get("password_hash"))
        .transpose()
}

/// Removes an account. Sessions, trusted devices, roles and mail links go with it (foreign keys
/// with ON DELETE CASCADE); later tables keep counts by setting their account to NULL.
pub async fn delete(db: &Db, id: i64) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    super::volunteer_hours::forget_words(&mut tx, id).await?;
    sqlx::query("DELETE FROM accounts WHERE id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}

pub async fn must_change_password(db: &Db, id: i64) -> Result<bool, sqlx::Error> {
    let row = sqlx::query("SELECT must_change_password FROM accounts WHERE id = $1")
        .bind(id)
        .fetch_optional(&db.pool)
        .await?;
    Ok(match row {
        Some(row) => flag(&row, "must_change_password")?,
        None => false,
    })
}

/// An account's e-mail address, if it has one.
pub async fn account_email(conn: &mut sqlx::AnyConnection, account_id: i64) -> Result<Option<String>, sqlx::Error> {
    let row = sqlx::query("SELECT email FROM accounts WHERE id = $1")
        .bind(account_id)
        .fetch_optional(conn)
        .await?;
    Ok(row
        .map(|row| row.try_get::<Option<String>, _>("email"))
        .transpose()?
        .flatten()
        .filter(|email| !email.is_empty()))
}
