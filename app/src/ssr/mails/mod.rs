//! The mails Kring sends about what people do in it, each queued in the caller's transaction
//! (so a mail goes only when what it tells of was saved) and delivered by `ssr::mail`. The texts
//! themselves are in `i18n/texts.rs` (`mail_…`), in both languages.
//!
//! - [`dates`]: a reminder the day before, and word when a date is cancelled, changed or stops;
//! - [`groups`]: peer groups and their boards, contact requests, invitations to a centre's team;
//! - [`signups`]: the confirmation of a sign-up, and word of a place for someone waiting.
//!
//! Login links and address confirmations are sent by `ssr::auth::email`.

pub mod dates;
pub mod groups;
pub mod signups;

pub use groups::*;
