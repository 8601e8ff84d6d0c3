//! Kring's integration tests in one binary (one link instead of one per file): each module drives
//! the real server over HTTP, on SQLite and, when `KRING_TEST_POSTGRES_URL` is set, on PostgreSQL.

#[macro_use]
mod common;

mod accounts;
mod attendance;
mod authorisation;
mod calendars;
mod cli;
mod crash;
mod group_board;
mod groups;
mod helping;
mod hostile_forms;
mod journeys;
mod layers;
mod limits;
mod mail;
mod page_cache;
mod profiles;
mod programme;
mod public_pages;
mod signups;
mod tallies;
mod teams;
mod two_factor;
mod volunteer_hours;
