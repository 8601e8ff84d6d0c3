//! Rate limits with growing delays, counted in the database so several servers share them.
//!
//! Each key ("login-ip:…", "login-name:…", "register-ip:…") has a number of free attempts in a
//! window; every attempt after those makes the next one wait twice as long as the one before,
//! up to a ceiling (or, for a cap such as "10 a day", until the window is over). Nothing locks
//! for good: waiting always helps.
//!
//! An attempt is counted *before* the work it limits, and counting decides in the same step
//! (one upsert that returns the new count, in a write transaction): a burst of simultaneous
//! requests gets exactly the free attempts and then refusals. Work that succeeds and should not
//! count hands its ticket back ([`Ticket::refund`]) or clears the key ([`clear`]).

use crate::error::AppError;
use crate::ssr::db::Db;
use sqlx::{Any, Row, Transaction};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    /// Attempts allowed in one window before delays start.
    pub free: i64,
    /// Length of the window in seconds.
    pub window: i64,
    /// The longest delay in seconds.
    pub max_delay: i64,
    /// A hard cap: once the free attempts are used, the next waits until the window is over.
    pub cap: bool,
}

/// Failed logins from one address: generous, because a centre's visitors share one.
pub const LOGIN_PER_IP: Limit = Limit {
    free: 30,
    window: 3600,
    max_delay: 900,
    cap: false,
};
/// Failed logins for one nickname from browsers that never logged in to it.
pub const LOGIN_PER_NAME: Limit = Limit {
    free: 5,
    window: 3600,
    max_delay: 300,
    cap: false,
};
/// Failed logins from a trusted browser (one that logged in to the account before).
pub const LOGIN_PER_DEVICE: Limit = Limit {
    free: 10,
    window: 3600,
    max_delay: 300,
    cap: false,
};
/// New accounts from one address (a coordinator may help a whole group sign up).
pub const REGISTER_PER_IP: Limit = Limit {
    free: 60,
    window: 3600,
    max_delay: 3600,
    cap: false,
};

/// Sign-ups without an account from one address: enough for a coordinator who signs up a whole
/// group at the desk, not for a script that fills an activity with fake names.
pub const GUEST_SIGNUP_PER_IP: Limit = Limit {
    free: 40,
    window: 3600,
    max_delay: 900,
    cap: false,
};

/// Wrong second-step codes (app or recovery code) for one account, across all its waiting
/// logins: a password alone never gets many guesses at the code.
pub const SECOND_STEP_PER_ACCOUNT: Limit = Limit {
    free: 5,
    window: 3600,
    max_delay: 900,
    cap: false,
};

/// Asking for the current password again before a change to the account.
pub const REAUTH_PER_ACCOUNT: Limit = LOGIN_PER_DEVICE;

/// Wrong sign-up codes from one address (a code is 8 characters; see `ssr::signups`).
pub const SIGNUP_CODE_PER_IP: Limit = LOGIN_PER_IP;

/// Contact requests one member may send in a day (also when some were withdrawn).
pub const CONTACT_REQUESTS_PER_DAY: Limit = Limit {
    free: crate::domain::helping::REQUESTS_PER_DAY,
    window: 24 * 3600,
    max_delay: 24 * 3600,
    cap: true,
};

/// Login and reset mails to one address.
pub const MAIL_PER_ADDRESS: Limit = Limit {
    free: 5,
    window: 3600,
    max_delay: 900,
    cap: false,
};
/// Login and reset mails asked for from one address.
pub const MAIL_PER_IP: Limit = Limit {
    free: 20,
    window: 3600,
    max_delay: 3600,
    cap: false,
};

/// The delay before the next attempt after `attempts` in a window: none while attempts are
/// free, then 1, 2, 4, … seconds up to the ceiling. With `free: 5`, five attempts go at once and
/// the sixth waits a second.
pub fn delay_after(limit: Limit, attempts: i64) -> i64 {
    let over = attempts - limit.free;
    if over < 0 {
        0
    } else {
        let exponent = u32::try_from(over).unwrap_or(u32::MAX).min(30);
        (1i64 << exponent).min(limit.max_delay)
    }
}

/// Attempts counted under some keys; handed back when the work should not count after all.
#[must_use = "a ticket is refunded or kept on purpose"]
pub struct Ticket {
    keys: Vec<(String, Limit)>,
}

fn too_many(wait: i64) -> AppError {
    AppError::TooManyAttempts {
        retry_after: u64::try_from(wait.max(1)).unwrap_or(1),
    }
}

/// What counting one attempt under a key decided.
enum Counted {
    Allowed,
    /// Refused: wait this many seconds.
    Wait(i64),
}

/// Counts one attempt under `key` inside a write transaction, which holds the key's row from
/// here to its end (a row lock on PostgreSQL, the write lock on SQLite), so the count and the
/// decision are one step. An attempt while the key has to wait is refused and counts too: it
/// doubles the wait, so hammering gets the ceiling.
async fn count(tx: &mut Transaction<'static, Any>, key: &str, limit: Limit, now: i64) -> Result<Counted, AppError> {
    let row = sqlx::query(
        "INSERT INTO throttle (key, attempts, window_start, blocked_until) VALUES ($1, 0, $2, 0)
         ON CONFLICT (key) DO UPDATE SET attempts = throttle.attempts
         RETURNING attempts, window_start, blocked_until",
    )
    .bind(key)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    let mut attempts: i64 = row.try_get("attempts")?;
    let mut window_start: i64 = row.try_get("window_start")?;
    let blocked_until: i64 = row.try_get("blocked_until")?;
    // Times are whole seconds: "blocked until second n" holds through all of second n, so a wait
    // of one second is never just the few milliseconds to the next second.
    let blocked = blocked_until >= now;
    if !blocked && window_start <= now - limit.window {
        attempts = 0;
        window_start = now;
    }
    attempts += 1;
    let delay = if limit.cap && attempts >= limit.free {
        window_start + limit.window - now
    } else {
        delay_after(limit, attempts)
    };
    let until = if delay > 0 { now + delay } else { 0 };
    sqlx::query("UPDATE throttle SET attempts = $2, window_start = $3, blocked_until = $4 WHERE key = $1")
        .bind(key)
        .bind(attempts)
        .bind(window_start)
        .bind(if blocked { blocked_until.max(until) } else { until })
        .execute(&mut **tx)
        .await?;
    Ok(if blocked {
        Counted::Wait(blocked_until.max(until) - now + 1)
    } else {
        Counted::Allowed
    })
}

/// Counts one attempt under `key` in the caller's write transaction, so the count goes with the
/// change it limits (and a refusal, which the caller answers by rolling back, counts nothing).
pub async fn take_in(tx: &mut Transaction<'static, Any>, key: &str, limit: Limit, now: i64) -> Result<(), AppError> {
    match count(tx, key, limit, now).await? {
        Counted::Allowed => Ok(()),
        Counted::Wait(wait) => Err(too_many(wait)),
    }
}

/// Counts one attempt under every key, before the work they limit, or refuses with "too many
/// attempts" while any of them has to wait (then only the keys that refused count it).
pub async fn take(db: &Db, keys: &[(String, Limit)], now: i64) -> Result<Ticket, AppError> {
    let mut keys = keys.to_vec();
    // One order for everyone, so two requests never wait for each other's rows.
    keys.sort_by(|a, b| a.0.cmp(&b.0));
    keys.dedup_by(|a, b| a.0 == b.0);
    let mut tx = db.begin_write().await?;
    let mut refused = Vec::with_capacity(keys.len());
    for (key, limit) in &keys {
        if let Counted::Wait(_) = count(&mut tx, key, *limit, now).await? {
            refused.push((key.as_str(), *limit));
        }
    }
    if refused.is_empty() {
        tx.commit().await?;
        return Ok(Ticket { keys });
    }
    // Forget what was counted, then count it again only where it was refused: a blocked
    // nickname must not use up the free attempts of a whole centre's address.
    tx.rollback().await?;
    let mut tx = db.begin_write().await?;
    let mut longest = 1;
    for (key, limit) in refused {
        if let Counted::Wait(wait) = count(&mut tx, key, limit, now).await? {
            longest = longest.max(wait);
        }
    }
    tx.commit().await?;
    Err(too_many(longest))
}

impl Ticket {
    /// Hands the attempt back under the keys that are not cleared: the work succeeded, or was
    /// refused for a reason that should not count.
    pub async fn refund(self, db: &Db) -> Result<(), sqlx::Error> {
        for (key, limit) in &self.keys {
            sqlx::query(
                "UPDATE throttle SET attempts = attempts - 1,
                     blocked_until = CASE WHEN attempts - 1 < $2 THEN 0 ELSE blocked_until END
                 WHERE key = $1 AND attempts > 0",
            )
            .bind(key)
            .bind(limit.free)
            .execute(&db.pool)
            .await?;
        }
        Ok(())
    }

    /// Forgets every attempt under the keys that match `forget` (after a successful login: its
    /// nickname and device) and hands this attempt back under the others (its address).
    pub async fn succeed(self, db: &Db, forget: impl Fn(&str) -> bool) -> Result<(), sqlx::Error> {
        let (cleared, kept): (Vec<_>, Vec<_>) = self.keys.into_iter().partition(|(key, _)| forget(key));
        for (key, _) in &cleared {
            clear(db, key).await?;
        }
        Ticket { keys: kept }.refund(db).await
    }
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
            cap: false,
        };
        let delays: Vec<i64> = (1..=8).map(|n| delay_after(limit, n)).collect();
        assert_eq!(delays, [0, 0, 1, 2, 4, 8, 10, 10]);
        assert_eq!(delay_after(limit, i64::MAX), 10);
    }
}
