// docs.rs (`--cfg docsrs`) labels each item with the features it needs.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![doc = include_str!("guide.md")]
//!
//! ## Kinow specifics
//!
//! Every request is what Kinow's own Python SDK (`kinow_client` 2.0.28) sends:
//! the same paths, query names, JSON bodies, the `X-Client-Id` and
//! `X-Client-Secret` headers, and its `Accept` media type
//! (`application/vnd.kinowapi.v2.0.28+json`). Every model field is optional, as
//! in the SDK, and numbers also decode from numeric strings (Laravel echoes
//! `"per_page": "20"`).

// The constructors come first in the docs of `Client` (rustdoc lists the
// impls of modules in the order the modules are declared).
mod auth;
#[rustfmt::skip] // progenitor output, checked by `cargo xtask check`
mod generated;

pub use generated::*;
