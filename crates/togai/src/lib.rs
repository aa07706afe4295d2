#![doc = include_str!("guide.md")]
//!
//! ## Togai specifics
//!
//! Every request is what Togai's Python SDK `togai_client` (2022-09-30) sends:
//! the same paths (`/customers/{customer_id}/accounts/...`, `/price_plans/...`),
//! query names (`nextToken`, `pageSize`), camelCase JSON (the whole RateCard
//! and PricingCycle trees) and `Authorization: Bearer <token>`. Documented
//! 400/401/403/404/429 answers carry [`types::ErrorResponse`] in
//! [`Error::error_body`]. Requests are strict: lengths, item counts and ranges
//! are checked before sending (path ids at most 50 characters, aliases 3 to 50,
//! at most 10 of them, billing addresses 50 to 1000).

// The constructors come first in the docs of `Client` (rustdoc lists the
// impls of modules in the order the modules are declared).
mod auth;
#[rustfmt::skip] // progenitor output, checked by `cargo xtask check`
mod generated;

pub use generated::*;
