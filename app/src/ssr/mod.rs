//! Everything only the server runs: application state, database queries, demo data.

pub mod addresses;
pub mod agenda;
pub mod attendance;
pub mod auth;
pub mod board;
pub mod calendar;
pub mod clock;
pub mod cookies;
pub mod db;
pub mod demo;
pub mod groups;
pub mod helping;
pub mod login_help;
pub mod mail;
pub mod mails;
pub mod programme;
pub mod schedule;
pub mod signups;
pub mod state;
pub mod tallies;
pub mod teams;
pub mod volunteer_hours;
