//! Server functions, by area. They stay thin: read the state, check, call `ssr/`.

pub mod agenda;
pub mod centres;
