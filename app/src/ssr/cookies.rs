//! Every cookie Kring sets or reads, built and parsed with the `cookie` crate in this one place.
//! All of them are `HttpOnly`, `SameSite=Lax`, `Path=/`, and `Secure` when Kring is served over
//! HTTPS; none holds anything but a random token or the language choice.

use cookie::{Cookie, SameSite};

/// The cookies Kring knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Jar {
    /// The session token (see [`crate::ssr::auth::session`]).
    Session,
    /// Marks a browser that logged in to an account before (a new device gets a mail).
    Device,
    /// Ties a guest's sign-ups on this phone together.
    Guest,
    /// The language chosen with the switch.
    Language,
}

/// A year, for the cookies that remember a browser.
pub const YEAR_SECONDS: i64 = 365 * 24 * 3600;

impl Jar {
    /// The cookie's name. Over HTTPS the session cookie has the `__Host-` prefix, which binds
    /// it to this exact host (browsers only accept it with `Secure`).
    pub fn name(self, https: bool) -> &'static str {
        match self {
            Jar::Session if https => "__Host-kring_sessie",
            Jar::Session => "kring_sessie",
            Jar::Device => "kring_apparaat",
            Jar::Guest => "kring_gast",
            Jar::Language => crate::i18n::LANG_COOKIE,
        }
    }

    fn build(self, value: String, max_age: i64, https: bool) -> String {
        Cookie::build((self.name(https), value))
            .path("/")
            .http_only(true)
            .same_site(SameSite::Lax)
            .secure(https)
            .max_age(cookie::time::Duration::seconds(max_age))
            .build()
            .to_string()
    }

    /// The `Set-Cookie` value that keeps `value` for `max_age` seconds.
    pub fn set(self, value: &str, max_age: i64, https: bool) -> String {
        self.build(value.to_owned(), max_age, https)
    }

    /// The `Set-Cookie` value that removes the cookie.
    pub fn removal(self, https: bool) -> String {
        self.build(String::new(), 0, https)
    }

    /// The cookie's value in a `Cookie` header, if set and not empty.
    pub fn read(self, header: &str, https: bool) -> Option<String> {
        let name = self.name(https);
        Cookie::split_parse(header.to_owned())
            .filter_map(Result::ok)
            .find(|cookie| cookie.name() == name && !cookie.value().is_empty())
            .map(|cookie| cookie.value().to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_locked_down_and_secure_over_https() {
        let plain = Jar::Language.set("en", YEAR_SECONDS, false);
        assert!(plain.starts_with("lang=en;"), "{plain}");
        for part in ["HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=31536000"] {
            assert!(plain.contains(part), "{plain} lacks {part}");
        }
        assert!(!plain.contains("Secure"));
        assert!(Jar::Language.set("en", YEAR_SECONDS, true).contains("Secure"));
        let session = Jar::Session.set("abc", 60, true);
        assert!(session.starts_with("__Host-kring_sessie=abc;") && session.contains("Secure"));
        let gone = Jar::Device.removal(false);
        assert!(
            gone.starts_with("kring_apparaat=;") && gone.contains("Max-Age=0"),
            "{gone}"
        );
    }

    #[test]
    fn a_cookie_is_read_by_its_exact_name() {
        let header = "lang=en; kring_sessie=; __Host-kring_sessie=tok; kring_gast=g1";
        assert_eq!(Jar::Language.read(header, false).as_deref(), Some("en"));
        assert_eq!(Jar::Session.read(header, false), None, "an empty value is no cookie");
        assert_eq!(Jar::Session.read(header, true).as_deref(), Some("tok"));
        assert_eq!(Jar::Guest.read(header, false).as_deref(), Some("g1"));
        assert_eq!(Jar::Device.read("garbage;;=", false), None);
    }
}
