//! Below the passes: what more than one pass uses (running progenitor, the
//! renames the client and its mock share, a generated file). Imports only
//! the model, never a pass.

pub mod file;
pub mod progenitor;
pub mod renames;
