// docs.rs (`--cfg docsrs`) labels each item with the features it needs.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![doc = include_str!("guide.md")]
//!
//! ## Kimai specifics
//!
//! Kimai is self-hosted: there is no default server; give your instance's
//! URL ([`DEMO_BASE_URL`] is Kimai's public demo). [`Client::builder`] sends
//! what the Python SDK `kimai_python` (API 0.6) sends: both `X-AUTH-USER` and
//! `X-AUTH-TOKEN` on every request, `Accept: */*`, camelCase JSON keys;
//! Kimai 2 instances take an API token instead ([`Client::bearer_builder`]).
//! The meta-field PATCH takes an optional body: without one the client sends
//! `{}`, like the SDK.

// The constructors come first in the docs of `Client` (rustdoc lists the
// impls of modules in the order the modules are declared).
mod auth;
#[rustfmt::skip] // progenitor output, checked by `cargo xtask check`
mod generated;

pub use auth::DEMO_BASE_URL;
pub use generated::*;
