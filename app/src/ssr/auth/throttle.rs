//! Rate limits with growing delays, counted in the database so several servers share them.
//!
//! Each key ("login-ip:…", "login-name:…", "register-ip:…") has a number of free attempts in a
//! window; every attempt after those makes the next one wait twice as long as the one before,
//! up to a ceiling. Nothing locks for good: waiting always helps.

use crate::ssr::db::Db;
use sqlx::Row;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    /// Attempts allowed in one window before delays start.
    pub free: i64,
    /// Length of the window in seconds.
    pub window: i64,
    /// The longest delay in seconds.
    pub max_delay: i64,
}

/// Failed logins from one address: generous, because a centre's visitors share one.
pub const LOGIN_PER_IP: Limit = Limit {
    free: 30,
    window: 3600,
    max_delay: 900,
};
/// Failed logins for one nickname from browsers that never logged in to it.
pub const LOGIN_PER_NAME: Limit = Limit {
    free: 5,
    window: 3600,
    max_delay: 300,
};
/// Failed logins from a trusted browser (one that logged in to the account before).
pub const LOGIN_PER_DEVICE: Limit = Limit {
    free: 10,
    window: 3600,
    max_delay: 300,
};
/// New accounts from one address (a coordinator may help a whole group sign up).
pub const REGISTER_PER_IP: Limit = Limit {
    free: 60,
    window: 3600,
    max_delay: 3600,
};

/// Sign-ups without an account from one address: enough for a coordinator who signs up a whole
/// group at the desk, not for a script that fills an activity with fake names.
pub const GUEST_SIGNUP_PER_IP: Limit = Limit {
    free: 40,
    window: 3600,
    max_delay: 900,
};

/// Login and reset mails to one address.
pub const MAIL_PER_ADDRESS: Limit = Limit {
    free: 5,
    window: 3600,
    max_delay: 900,
};
/// Login and reset mails asked for from one address.
pub const MAIL_PER_IP: Limit = Limit {
    free: 20,
    window: 3600,
    max_delay: 3600,
};

/// The delay after `attempts` in a window: none while free, then 1, 2, 4, … seconds.
pub fn delay_after(limit: Limit, attempts: i64) -> i64 {
    let over = attempts - limit.free;
    if over <= 0 {
        0
    } else {
        let exponent = u32::try_from(over - 1).unwrap_or(u32::MAX).min(30);
        (1i64 << exponent).min(limit.max_delay)
    }
}

/// Seconds to wait before the next attempt under `key`, or `None` when it may go ahead.
pub async fn wait_for(db: &Db, key: &str, now: i64) -> Result<Option<u64>, sqlx::Error> {
    let row = sqlx::query("SELECT blocked_until FROM throttle WHERE key = $1")
        .bind(key)
        .fetch_optional(&db.pool)
        .await?;
    let blocked_until: i64 = match row {
        Some(row) => row.try_get("blocked_until")?,
        None => 0,
    };
    Ok((blocked_until > now).then(|| u64::try_from(blocked_until - now).unwrap_or(1)))
}

/// Refuses with "too many attempts" while any of the keys has to wait.
pub async fn refuse_while_waiting(db: &Db, keys: &[&str], now: i64) -> Result<(), crate::error::AppError> {
    for key in keys {
        if let Some(wait) = wait_for(db, key, now).await? {
            return Err(crate::error::AppError::TooManyAttempts { retry_after: wait });
        }
    }
    Ok(())
}

/// Counts one attempt under `key` and sets the delay for the next one; returns that delay in
/// seconds (0 while the attempts are free).
pub async fn record(db: &Db, key: &str, limit: Limit, now: i64) -> Result<i64, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let row = sqlx::query(
        "INSERT INTO throttle (key, attempts, window_start, blocked_until) VALUES ($1, 1, $2, 0)
         ON CONFLICT (key) DO UPDATE SET
             attempts = CASE WHEN throttle.window_start <= $3 THEN 1 ELSE throttle.attempts + 1 END,
             window_start = CASE WHEN throttle.window_start <= $3 THEN $2 ELSE throttle.window_start END
         RETURNING attempts",
    )
    .bind(key)
    .bind(now)
    .bind(now - limit.window)
    .fetch_one(&mut *tx)
    .await?;
    let attempts: i64 = row.try_get("attempts")?;
    let delay = delay_after(limit, attempts);
    if delay > 0 {
        sqlx::query("UPDATE throttle SET blocked_until = $2 WHERE key = $1")
            .bind(key)
            .bind(now + delay)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(delay)
}

/// Forgets the attempts under `key` (after a successful login).
pub async fn clear(db: &Db, key: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM throttle WHERE key = $1")
        .bind(key)
        .execute(&db.pool)
        .await
        .map(|_| ())
}

/// Removes counters whose window and delay are long over.
pub async fn prune(db: &Db, now: i64) -> Result<u64, sqlx::Error> {
    let cutoff = now - 24 * 3600;
    sqlx::query("DELETE FROM throttle WHERE window_start < $1 AND blocked_until < $2")
        .bind(cutoff)
        .bind(now)
        .execute(&db.pool)
        .await
        .map(|done| done.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_start_after_the_free_attempts_and_double_up_to_the_ceiling() {
        let limit = Limit {
            free: 3,
            window: 60,
            max_delay: 10,
        };
        let delays: Vec<i64> = (1..=9).map(|n| delay_after(limit, n)).collect();
        assert_eq!(delays, [0, 0, 0, 1, 2, 4, 8, 10, 10]);
        assert_eq!(delay_after(limit, i64::MAX), 10);
    }
}
