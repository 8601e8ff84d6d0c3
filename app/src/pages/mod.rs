//! One module per route family.

pub mod about;
pub mod account;
pub mod account_settings;
pub mod activity;
pub mod agenda;
pub mod board;
pub mod centres;
pub mod email_login;
pub mod groups;
pub mod helping;
pub mod home;
pub mod mail;
pub mod manage;
pub mod my_week;
pub mod not_found;
pub mod platform;
pub mod profile;
pub mod signup;
pub mod two_factor;
pub mod volunteer_hours;
