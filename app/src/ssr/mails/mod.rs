//! Every mail Kring sends: who gets which text. The texts themselves are in `i18n/texts.rs`
//! (`mail_…`), in both languages; `ssr::mail` delivers them from the outbox. A mail about
//! something saved is queued in the transaction that saves it, so it goes only when that was
//! saved; account mails are queued in the background (see [`accounts`]).
//!
//! - [`accounts`]: a login or reset link with its code, confirming an address;
//! - [`dates`]: a reminder the day before, and word when a date is cancelled, changed or stops;
//! - [`groups`]: peer groups and their boards, contact requests, invitations to a centre's team;
//! - [`signups`]: the confirmation of a sign-up, and word of a place for someone waiting.

pub mod accounts;
pub mod dates;
pub mod groups;
pub mod signups;

pub use groups::*;
