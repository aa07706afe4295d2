//! Reading: the manifest (`specs/vendors.toml`), each vendor's spec and SDK
//! method list, checked by the lint, into one model of each vendor's
//! operations (responses by status, parameters with their rules, paging);
//! the workspace's version; the same inputs at a git revision.
//!
//! The bottom layer of the xtask: it imports nothing from `passes`,
//! `outputs` or the commands, and every other layer reads it.

pub mod bodies;
pub mod lint;
pub mod manifest;
pub mod names;
pub mod openapi;
pub mod paging;
pub mod revision;
pub mod sdk;
pub mod spec;
pub mod workspace;
