//! Reusable view pieces.

pub mod agenda;
pub mod changes;
pub mod contact;
pub mod form;
pub mod layout;
pub mod open_status;
pub mod share;
pub mod status;
pub mod text;
