// docs.rs (`--cfg docsrs`) labels each item with the features it needs.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![doc = include_str!("guide.md")]
//!
//! ## Brevo specifics
//!
//! Every request is what Brevo's own Python SDK (`brevo-python` 1.2.0) sends:
//! the same paths, query names (`sortField` on the definition list,
//! `sort_field` elsewhere), JSON keys (`LoyaltySubscriptionId`,
//! `transactionid`) and the `api-key` or `partner-key` header
//! ([`Client::partner_builder`]). Documented 4xx/5xx answers carry
//! [`types::ErrorResponse`] in [`Error::error_body`]: a `message`, and a
//! `code` outside the loyalty balances. Timestamps are kept as
//! the strings Brevo sent (it documents `balanceExpirationDate` both as `dd/mm`
//! and as a date-time). A `429` carries `x-sib-ratelimit-reset`, which the
//! retries wait for.

// The constructors come first in the docs of `Client` (rustdoc lists the
// impls of modules in the order the modules are declared).
mod auth;
#[rustfmt::skip] // progenitor output, checked by `cargo xtask check`
mod generated;

pub use generated::*;
