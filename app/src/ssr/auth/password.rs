//! Passwords: the common-password list (checked offline) and argon2id hashing off the async
//! executor, with a bound on how many hashes run at once (each takes 19 MiB and ~50 ms of CPU).

use crate::domain::account::check_password;
use crate::domain::form::Problem;
use anyhow::Context;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use std::collections::HashSet;
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

/// Hashes and verifies with argon2id (the crate's defaults: m=19 MiB, t=2, p=1, OWASP's choice).
#[derive(Clone)]
pub struct Hasher {
    permits: Arc<Semaphore>,
}

impl Hasher {
    /// At most `at_once` hashes run at the same time; more wait their turn.
    pub fn new(at_once: usize) -> Hasher {
        Hasher {
            permits: Arc::new(Semaphore::new(at_once.max(1))),
        }
    }

    async fn run<T: Send + 'static>(&self, work: impl FnOnce() -> T + Send + 'static) -> anyhow::Result<T> {
        let _permit = self.permits.acquire().await.context("hasher closed")?;
        tokio::task::spawn_blocking(work).await.context("hashing task failed")
    }

    pub async fn hash(&self, password: String) -> anyhow::Result<String> {
        self.run(move || {
            let salt = SaltString::generate(&mut OsRng);
            Argon2::default()
                .hash_password(password.as_bytes(), &salt)
                .map(|hash| hash.to_string())
                .map_err(|e| anyhow::anyhow!("hashing a password: {e}"))
        })
        .await?
    }

    /// Whether `password` matches `stored`. Without a stored hash (no such account) the same work
    /// is done against a dummy hash, so the answer takes as long either way.
    pub async fn verify(&self, password: String, stored: Option<String>) -> anyhow::Result<bool> {
        self.run(move || {
            let known = stored.is_some();
            let stored = stored.unwrap_or_else(|| dummy_hash().to_owned());
            let parsed =
                PasswordHash::new(&stored).map_err(|e| anyhow::anyhow!("a stored hash does not parse: {e}"))?;
            let matches = Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok();
            Ok(known && matches)
        })
        .await?
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
}
