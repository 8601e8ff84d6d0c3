//! Passwords: the common-password list (checked offline) and argon2id hashing off the async
//! executor, with a bound on how many hashes run at once (each takes 19 MiB and ~50 ms of CPU).

use crate::domain::account::check_password;
use crate::domain::form::Problem;
use anyhow::Context;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use std::collections::HashSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use tokio::sync::Semaphore;

/// The 30,000 most used passwords (zxcvbn's frequency list, from leaked password sets; MIT) plus
/// Dutch ones, lower case, most common first.
const COMMON_PASSWORDS: &str = include_str!("common-passwords.txt");

fn common_passwords() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| COMMON_PASSWORDS.lines().filter(|l| !l.is_empty()).collect())
}

/// Whether a password is on the list (ignoring case and surrounding spaces).
pub fn is_common(password: &str) -> bool {
    common_passwords().contains(password.trim().to_lowercase().as_str())
}

/// Every rule for a new password: length, no nickname or site name, not on the list.
pub fn check_new_password(password: &str, nickname: Option<&str>) -> Result<(), Problem> {
    check_password(password, nickname)?;
    if is_common(password) {
        return Err(Problem::PasswordCommon);
    }
    Ok(())
}

/// How many hashes may wait per hash that runs: beyond that a request is refused at once (503
/// with Retry-After) instead of piling up memory and waiting time.
pub const QUEUE_PER_WORKER: usize = 16;

/// Why a password could not be hashed or checked.
#[derive(Debug, thiserror::Error)]
pub enum HashError {
    /// The queue is full: try again in a moment.
    #[error("too many passwords are being checked at once")]
    Busy,
    #[error(transparent)]
    Failed(#[from] anyhow::Error),
}

impl From<HashError> for crate::error::AppError {
    fn from(error: HashError) -> Self {
        match error {
            HashError::Busy => {
                tracing::warn!("the password queue is full");
                crate::error::AppError::Busy { retry_after: 5 }
            }
            HashError::Failed(error) => error.into(),
        }
    }
}

/// Hashes and verifies with argon2id (the crate's defaults: m=19 MiB, t=2, p=1, OWASP's choice).
#[derive(Clone)]
pub struct Hasher {
    permits: Arc<Semaphore>,
    /// Hashes running or waiting.
    queued: Arc<AtomicUsize>,
    max_queued: usize,
}

/// Counts a hash as queued while it lives.
struct InQueue(Arc<AtomicUsize>);

impl Drop for InQueue {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Hasher {
    /// At most `at_once` hashes run at the same time; up to `QUEUE_PER_WORKER` times as many wait
    /// their turn, and more are refused.
    pub fn new(at_once: usize) -> Hasher {
        Hasher::with_queue(at_once, at_once.max(1) * (QUEUE_PER_WORKER + 1))
    }

    /// At most `at_once` at the same time and `max_queued` running or waiting in all.
    pub fn with_queue(at_once: usize, max_queued: usize) -> Hasher {
        Hasher {
            permits: Arc::new(Semaphore::new(at_once.max(1))),
            queued: Arc::new(AtomicUsize::new(0)),
            max_queued: max_queued.max(1),
        }
    }

    async fn run<T: Send + 'static>(&self, work: impl FnOnce() -> T + Send + 'static) -> Result<T, HashError> {
        let in_queue = InQueue(self.queued.clone());
        if self.queued.fetch_add(1, Ordering::SeqCst) >= self.max_queued {
            return Err(HashError::Busy);
        }
        let _permit = self.permits.acquire().await.context("hasher closed")?;
        let done = tokio::task::spawn_blocking(work).await.context("hashing task failed")?;
        drop(in_queue);
        Ok(done)
    }

    pub async fn hash(&self, password: String) -> Result<String, HashError> {
        self.run(move || {
            let salt = SaltString::generate(&mut OsRng);
            Argon2::default()
                .hash_password(password.as_bytes(), &salt)
                .map(|hash| hash.to_string())
                .map_err(|e| anyhow::anyhow!("hashing a password: {e}"))
        })
        .await?
        .map_err(HashError::Failed)
    }

    /// Whether `password` matches `stored`. Without a stored hash (no such account) the same work
    /// is done against a dummy hash, so the answer takes as long either way.
    pub async fn verify(&self, password: String, stored: Option<String>) -> Result<bool, HashError> {
        self.run(move || {
            let known = stored.is_some();
            let stored = stored.unwrap_or_else(|| dummy_hash().to_owned());
            let parsed =
                PasswordHash::new(&stored).map_err(|e| anyhow::anyhow!("a stored hash does not parse: {e}"))?;
            let matches = Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok();
            Ok::<bool, anyhow::Error>(known && matches)
        })
        .await?
        .map_err(HashError::Failed)
    }
}

fn dummy_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(b"no account has this password", &salt)
            .map(|hash| hash.to_string())
            .unwrap_or_default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_long_and_catches_common_passwords() {
        assert!(common_passwords().len() >= 10_000);
        for common in ["123456", "password", "Welkom01", "qwertyuiop", " wachtwoord "] {
            assert!(is_common(common), "{common}");
        }
        assert!(!is_common("paarse olifant op de fiets"));
        assert_eq!(check_new_password("iloveyou", None), Err(Problem::PasswordCommon));
        assert_eq!(check_new_password("paarse olifant", None), Ok(()));
    }

    #[tokio::test]
    async fn hashes_verify_and_are_argon2id() {
        let hasher = Hasher::new(2);
        let hash = hasher.hash("paarse olifant".into()).await.expect("hash");
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{hash}");
        assert!(hasher
            .verify("paarse olifant".into(), Some(hash.clone()))
            .await
            .expect("verify"));
        assert!(!hasher
            .verify("paarse olifanT".into(), Some(hash))
            .await
            .expect("verify"));
        assert!(!hasher.verify("paarse olifant".into(), None).await.expect("verify"));
    }

    #[tokio::test]
    async fn a_full_queue_refuses_at_once_and_frees_up_again() {
        let hasher = Hasher::with_queue(1, 3);
        let burst: Vec<_> = (0..12)
            .map(|_| {
                let hasher = hasher.clone();
                tokio::spawn(async move { hasher.verify("paarse olifant".into(), None).await })
            })
            .collect();
        let mut checked = 0;
        let mut busy = 0;
        for task in burst {
            match task.await.expect("task") {
                Ok(_) => checked += 1,
                Err(HashError::Busy) => busy += 1,
                Err(error) => panic!("{error}"),
            }
        }
        // The test runtime has one thread: all twelve start before the first hash finishes.
        assert_eq!((checked, busy), (3, 9));
        assert!(hasher.verify("paarse olifant".into(), None).await.is_ok());
    }
}
