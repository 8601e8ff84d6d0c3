//! Plain types and rules of Kring's domain, shared by the server and the browser build.
//! Nothing here does I/O, so every rule can be unit-tested without a database.

pub mod account;
pub mod activity;
pub mod agenda;
pub mod attendance;
pub mod board;
pub mod fields;
pub mod form;
pub mod group;
pub mod helping;
pub mod hours;
pub mod mail;
pub mod mine;
pub mod policy;
pub mod profile;
pub mod programme;
pub mod recurrence;
pub mod signup;
pub mod tally;
pub mod team;
pub mod text;
pub mod time;
pub mod volunteer_hours;
