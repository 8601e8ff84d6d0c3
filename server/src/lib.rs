//! Kring's server: configuration, start-up, plain HTTP routes and command-line subcommands.

pub mod calendar;
pub mod commands;
pub mod config;
pub mod forms;
pub mod middleware;
pub mod page_cache;
pub mod routes;
pub mod startup;
pub mod telemetry;
