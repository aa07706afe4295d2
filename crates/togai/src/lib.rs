// docs.rs (`--cfg docsrs`) labels each item with the features it needs.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![doc = include_str!("guide.md")]
//!
//! ## Togai specifics
//!
//! Every request is what Togai's Python SDK `togai_client` (2022-09-30) sends:
//! the same paths (`/customers/...`, `/price_plans/...`, `/event_schema/...`,
//! `/ingest`, `/events`, `/metrics`), query names (`nextToken`, `pageSize`),
//! camelCase JSON (the whole RateCard and PricingCycle trees) and
//! `Authorization: Bearer <token>`. The error statuses each operation
//! documents (400, 401, 403, 404, 422, 429, 503) carry
//! [`types::ErrorResponse`] in [`Error::error_body`]. Two answers that the
//! SDK cannot decode (its composed `allOf` types) decode here:
//! `list_event_schemas` items with `associatedUsageMeters`, and
//! `get_single_event` with its `EventPipelineInfo`. Requests are strict:
//! lengths, item counts and ranges are checked before sending (path ids at
//! most 50 characters, aliases 3 to 50, at most 10 of them, billing addresses
//! 50 to 1000, 1 to 100 events a batch). Timestamps in requests are strings
//! (`eventTimestamp`, the metrics' `startTime`/`endTime`), sent as given:
//! `chrono`'s `to_rfc3339()` gives what the SDK sends (`+00:00`).

// The constructors come first in the docs of `Client` (rustdoc lists the
// impls of modules in the order the modules are declared).
mod auth;
#[rustfmt::skip] // progenitor output, checked by `cargo xtask check`
mod generated;

pub use generated::*;
