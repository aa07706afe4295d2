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
//!
//! A few operations go beyond one JSON type each way, as Brevo documents
//! them: [`Client::send_transac_email`] answers
//! [`types::SendTransacEmailResponse`] (`Created` when sent, `Accepted`
//! with its batch id when scheduled), `create_contact`,
//! `create_update_category` and `create_update_product` an enum of
//! `Created(..)` or `NoContent` (updated); [`Client::send_test_sms`]'s and
//! [`Client::send_test_template`]'s `400` lists what failed, and the reward
//! voucher's `400` is a bare string, each in [`Error::error_body_as`]; the
//! imports ([`Client::companies_import_post`], `crm_deals_import_post`) and
//! [`Client::crm_files_post`] upload a [`File`]; and
//! [`Client::get_inbound_email_attachment`] is a [`Download`], which the
//! SDK cannot read.

// The constructors come first in the docs of `Client` (rustdoc lists the
// impls of modules in the order the modules are declared).
mod auth;
#[rustfmt::skip] // progenitor output, checked by `cargo xtask check`
mod generated;

pub use generated::*;
