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

/// `__Host-` binds the cookie to this exact host over HTTPS; browsers only accept it with
/// `Secure`, so it is used only when Kring is served over HTTPS.
pub fn cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-kring_sessie"
    } else {
        "kring_sessie"
    }
}

fn attributes(secure: bool) -> &'static str {
    if secure {
        "; Path=/; HttpOnly; SameSite=Lax; Secure"
    } else {
        "; Path=/; HttpOnly; SameSite=Lax"
    }
}

/// The `Set-Cookie` value for a new session. The browser keeps it until the absolute end; the
/// server ends it earlier when idle.
pub fn set_cookie(token: &str, max_age: i64, secure: bool) -> String {
    format!(
        "{}={token}; Max-Age={max_age}{}",
        cookie_name(secure),
        attributes(secure)
    )
}

/// The `Set-Cookie` value that removes the session cookie.
pub fn clear_cookie(secure: bool) -> String {
    format!("{}=; Max-Age=0{}", cookie_name(secure), attributes(secure))
}

/// The value of the cookie `name` in a `Cookie` header, if set and not empty.
pub fn cookie_value<'a>(header: &'a str, name: &str) -> Option<&'a str> {
    header
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, value)| *key == name && !value.is_empty())
        .map(|(_, value)| value)
}

/// The session token in a `Cookie` header, if any.
pub fn token_from_cookie_header(header: &str, secure: bool) -> Option<&str> {
    cookie_value(header, cookie_name(secure))
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
    fn the_cookie_is_found_by_its_name_only() {
        let header = "lang=nl; kring_sessie=abc; other=x";
        assert_eq!(token_from_cookie_header(header, false), Some("abc"));
        assert_eq!(token_from_cookie_header(header, true), None);
        assert_eq!(token_from_cookie_header("__Host-kring_sessie=xyz", true), Some("xyz"));
        assert_eq!(token_from_cookie_header("kring_sessie=", false), None);
    }

    #[test]
    fn secure_cookies_carry_the_host_prefix() {
        let cookie = set_cookie("t", 60, true);
        assert!(cookie.starts_with("__Host-kring_sessie=t;"));
        assert!(cookie.contains("Secure") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"));
        assert!(!set_cookie("t", 60, false).contains("Secure"));
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
