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
//! in the SDK (but the few its request models require), and numbers also decode
//! from numeric strings (Laravel echoes `"per_page": "20"`).
//!
//! - An endpoint two SDK classes list (`get_product_actors`: `ActorsApi` and
//!   `ProductsApi`) is one method, in both groups: either feature gives it.
//! - `get_price` is `CartsApi`'s (`POST /carts/price`); `ProductsApi`'s
//!   `get_price` (`POST /products/price`) is `get_products_price` here.
//! - Lists are Laravel pages (`page`, `per_page`): `.stream()` yields every
//!   item of every page. `filters` and `features` take one JSON string, sent as
//!   given:
//!
//! ```rust,no_run
//! use futures::TryStreamExt;
//!
//! # async fn run(client: kinow_client::Client) -> Result<(), kinow_client::Error> {
//! let products: Vec<kinow_client::types::Product> = client
//!     .get_products()
//!     .filters(r#"{"name": {"value": "star", "operator": "contains"}}"#)
//!     .per_page(50)
//!     .stream()
//!     .try_collect()
//!     .await?;
//! # Ok(()) }
//! ```
//!
//! - Where this client differs from the SDK, on purpose: a `/` in a path
//!   value is escaped (`%2F`), so that the value stays in its segment (the SDK
//!   leaves it as it is); boolean query parameters go out as `true`/`false`
//!   (the SDK sends Python's `True`/`False`); `update_payment_method` sends
//!   `ip_address` in its JSON body (the SDK raises when given it); the image
//!   uploads (`upload_actor_cover`, `upload_product_image`, ...) send the
//!   `multipart/form-data` body the SDK declares, with the [`File`] as a file
//!   part (the SDK sends its fields url-encoded, the file as the text of a
//!   Python tuple, which no server reads as a file); [`Client::get_order_invoice`]
//!   is a [`Download`] of the PDF's bytes (the SDK decodes it as text, which
//!   fails on a PDF).
//! - Not here yet: the methods the SDK sends as form bodies
//!   (`application/x-www-form-urlencoded`, such as `attach_actor_to_category` or
//!   `validate_customer_credentials`); `specs/sdk/kinow.toml` lists each with why.
//!
//! ```rust,no_run
//! # async fn run(client: kinow_client::Client) -> Result<(), Box<dyn std::error::Error>> {
//! use kinow_client::File;
//!
//! let cover = File::open("cover.png").await?; // `image/png`, from its extension
//! let image = client.upload_actor_cover().actor_id(354).file(cover).send().await?;
//! println!("{:?}", image.into_inner().source);
//!
//! let invoice = client.get_order_invoice().order_id(1207).send().await?.into_inner();
//! let name = invoice.file_name().unwrap_or("invoice.pdf").to_string();
//! let pdf = invoice.bytes(16 * 1024 * 1024).await?; // the whole PDF, up to 16 MiB
//! std::fs::write(name, &pdf)?;
//! # Ok(()) }
//! ```

// The constructors come first in the docs of `Client` (rustdoc lists the
// impls of modules in the order the modules are declared).
mod auth;
#[rustfmt::skip] // progenitor output, checked by `cargo xtask check`
mod generated;

pub use generated::*;
