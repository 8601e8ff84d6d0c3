//! Two-factor login with TOTP (RFC 6238: 6 digits, 30-second steps, SHA-1, as every
//! authenticator app expects) and ten single-use recovery codes. A code is accepted one step
//! early or late, and never twice.

use crate::error::AppError;
use argon2::password_hash::rand_core::{OsRng, RngCore};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use totp_rs::{Algorithm, Secret, TOTP};

pub const STEP_SECONDS: u64 = 30;
pub const RECOVERY_CODES: usize = 10;
const ISSUER: &str = "Kring";

fn totp(secret: &str, nickname: &str) -> Result<TOTP, AppError> {
    let bytes = Secret::Encoded(secret.to_owned()).to_bytes().map_err(|error| {
        tracing::error!(?error, "a stored TOTP secret does not decode");
        AppError::Internal
    })?;
    TOTP::new(
        Algorithm::SHA1,
        6,
        1,
        STEP_SECONDS,
        bytes,
        Some(ISSUER.to_owned()),
        nickname.to_owned(),
    )
    .map_err(|error| {
        tracing::error!(?error, "a TOTP could not be made");
        AppError::Internal
    })
}

/// A new random secret (160 bits), base32 as apps want it.
pub fn new_secret() -> String {
    Secret::generate_secret().to_encoded().to_string()
}

/// The `otpauth://` address an app reads from the QR code.
pub fn otpauth_url(secret: &str, nickname: &str) -> Result<String, AppError> {
    Ok(totp(secret, nickname)?.get_url())
}

/// The QR code of `text` as an SVG `data:` address for an `<img>`.
pub fn qr_data_url(text: &str) -> Result<String, AppError> {
    let code = qrcode::QrCode::new(text.as_bytes()).map_err(|error| {
        tracing::error!(?error, "a QR code could not be made");
        AppError::Internal
    })?;
    let svg = code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(220, 220)
        .quiet_zone(true)
        .build();
    Ok(format!("data:image/svg+xml;base64,{}", STANDARD.encode(svg)))
}

/// The secret in groups of four, easier to type: "ABCD EFGH …".
pub fn grouped(secret: &str) -> String {
    secret
        .as_bytes()
        .chunks(4)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The code an app shows at `time` (unix seconds).
pub fn code_at(secret: &str, nickname: &str, time: u64) -> Result<String, AppError> {
    Ok(totp(secret, nickname)?.generate(time))
}

/// The time step whose code `code` is (now, one before or one after), if any.
pub fn matching_step(secret: &str, nickname: &str, code: &str, now: u64) -> Result<Option<u64>, AppError> {
    let totp = totp(secret, nickname)?;
    let current = now / STEP_SECONDS;
    Ok([current.saturating_sub(1), current, current + 1]
        .into_iter()
        .find(|step| totp.generate(step * STEP_SECONDS) == code))
}

/// Ten recovery codes like "k7pm-3xq9-wt2c" (no 0/o or 1/l to mix up).
pub fn new_recovery_codes() -> Vec<String> {
    const ALPHABET: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";
    (0..RECOVERY_CODES)
        .map(|_| {
            let mut bytes = [0u8; 12];
            OsRng.fill_bytes(&mut bytes);
            let chars: Vec<char> = bytes
                .iter()
                .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
                .collect();
            format!(
                "{}-{}-{}",
                chars[..4].iter().collect::<String>(),
                chars[4..8].iter().collect::<String>(),
                chars[8..].iter().collect::<String>()
            )
        })
        .collect()
}

/// The stored form of a recovery code, however it was typed.
pub fn recovery_hash(code: &str) -> String {
    let plain: String = code
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    crate::ssr::auth::session::hash_token(&format!("recovery:{plain}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_match_their_step_and_the_neighbours_only() {
        let secret = new_secret();
        let totp = totp(&secret, "Anna").expect("totp");
        let now = 1_800_000_000;
        let step = now / STEP_SECONDS;
        let code = totp.generate(now);
        assert_eq!(matching_step(&secret, "Anna", &code, now).expect("check"), Some(step));
        assert_eq!(
            matching_step(&secret, "Anna", &code, now + 30).expect("check"),
            Some(step)
        );
        assert_eq!(
            matching_step(&secret, "Anna", &code, now - 30).expect("check"),
            Some(step)
        );
        assert_eq!(matching_step(&secret, "Anna", &code, now + 90).expect("check"), None);
    }

    #[test]
    fn the_rfc_6238_test_vector_holds() {
        // RFC 6238 appendix B, SHA-1, T = 59 s: 94287082 (we use the last 6 digits).
        let secret = Secret::Raw(b"12345678901234567890".to_vec()).to_encoded().to_string();
        let totp = totp(&secret, "Test").expect("totp");
        assert_eq!(totp.generate(59), "287082");
        assert_eq!(totp.generate(1_111_111_109), "081804");
    }

    #[test]
    fn recovery_codes_are_distinct_and_forgiving_to_type() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), 10);
        let unique: std::collections::HashSet<_> = codes.iter().collect();
        assert_eq!(unique.len(), 10);
        let code = &codes[0];
        assert_eq!(
            recovery_hash(code),
            recovery_hash(&code.to_uppercase().replace('-', " "))
        );
        assert!(otpauth_url(&new_secret(), "Anna de Vries")
            .expect("url")
            .starts_with("otpauth://totp/Kring:"));
        assert!(qr_data_url("otpauth://totp/x")
            .expect("qr")
            .starts_with("data:image/svg+xml;base64,"));
    }
}
