//! Server functions, by area. They stay thin: ask the policy, read the state, check, call `ssr/`.

pub mod accounts;
pub mod agenda;
pub mod attendance;
pub mod board;
pub mod centres;
pub mod groups;
pub mod helping;
pub mod login_help;
pub mod mail;
pub mod profiles;
pub mod programme;
pub mod signups;
pub mod tallies;
pub mod teams;
pub mod two_factor;
pub mod volunteer_hours;
