//! Server-side sessions. The browser holds a random 256-bit token in an HttpOnly cookie; the
//! database holds only its SHA-256 hash, with an idle timeout and an absolute end.
//!
//! Lifetimes (documented in the README): a session ends after 14 days without a request and at
//! the latest 90 days after login. For an account that runs a centre or the platform (coordinator
//! or admin) that is 12 hours idle and 7 days at most, because those accounts see other people's
//! data.

use argon2::password_hash::rand_core::{OsRng, RngCore};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use sha2::{Digest, Sha256};

pub const IDLE_SECONDS: i64 = 14 * 24 * 3600;
pub const ABSOLUTE_SECONDS: i64 = 90 * 24 * 3600;
pub const STAFF_IDLE_SECONDS: i64 = 12 * 3600;
pub const STAFF_ABSOLUTE_SECONDS: i64 = 7 * 24 * 3600;
/// `last_seen_at` is written at most this often, so reading a page rarely writes.
pub const TOUCH_AFTER_SECONDS: i64 = 300;

/// The idle timeout and absolute lifetime for an account.
pub fn lifetimes(is_staff: bool) -> (i64, i64) {
    if is_staff {
        (STAFF_IDLE_SECONDS, STAFF_ABSOLUTE_SECONDS)
    } else {
        (IDLE_SECONDS, ABSOLUTE_SECONDS)
    }
}

/// A new random token (for the cookie) and its hash (for the database).
pub fn new_token() -> (String, String) {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    let token = URL_SAFE_NO_PAD.encode(bytes);
    let hash = hash_token(&token);
    (token, hash)
}

pub fn hash_token(token: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(token.as_bytes()))
}

/// A short, non-identifying description of the browser for the list of sessions:
/// "Firefox · Android". Only the family names, never the full User-Agent.
pub fn describe_device(user_agent: &str) -> String {
    let browser = [
        ("Edg/", "Edge"),
        ("OPR/", "Opera"),
        ("SamsungBrowser", "Samsung Internet"),
        ("Firefox/", "Firefox"),
        ("Chrome/", "Chrome"),
        ("Chromium/", "Chromium"),
        ("Safari/", "Safari"),
    ]
    .iter()
    .find(|(marker, _)| user_agent.contains(marker))
    .map(|(_, name)| *name);
    let system = [
        ("Android", "Android"),
        ("iPhone", "iPhone"),
        ("iPad", "iPad"),
        ("Windows", "Windows"),
        ("Mac OS X", "Mac"),
        ("CrOS", "ChromeOS"),
        ("Linux", "Linux"),
    ]
    .iter()
    .find(|(marker, _)| user_agent.contains(marker))
    .map(|(_, name)| *name);
    match (browser, system) {
        (Some(b), Some(s)) => format!("{b} · {s}"),
        (Some(one), None) | (None, Some(one)) => one.to_owned(),
        (None, None) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_only_their_hash_is_kept() {
        let (a, hash_a) = new_token();
        let (b, _) = new_token();
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert_eq!(hash_token(&a), hash_a);
        assert_ne!(a, hash_a);
    }

    #[test]
    fn devices_are_described_briefly() {
        let android = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36";
        assert_eq!(describe_device(android), "Chrome · Android");
        let iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";
        assert_eq!(describe_device(iphone), "Safari · iPhone");
        assert_eq!(describe_device("curl/8.0"), "");
    }
}
