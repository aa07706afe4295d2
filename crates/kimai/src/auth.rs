//! How a client authenticates: its constructors put the credentials on a
//! [`ClientBuilder`] as sensitive headers.

use crate::{Client, ClientBuilder};

/// Kimai's public demo instance (the SDK's default host), for trying things
/// out. Real use needs your own instance's URL.
pub const DEMO_BASE_URL: &str = "https://demo-plugins.kimai.org";

impl Client {
    /// Starts a client for the Kimai instance at `instance_url` (for example
    /// `https://kimai.example.com`; the `/api/...` paths are added), as user
    /// `user` with its API password `api_token`. Both are sent on every
    /// request as `X-AUTH-USER` and `X-AUTH-TOKEN`, marked sensitive:
    /// `Debug` never shows them.
    pub fn builder(instance_url: &str, user: &str, api_token: &str) -> ClientBuilder<Self> {
        ClientBuilder::new(instance_url)
            .sensitive_header("X-AUTH-USER", user)
            .sensitive_header("X-AUTH-TOKEN", api_token)
            // The SDK accepts `*/*` wherever it expects a body back.
            .replace_header("Accept", "*/*")
            // Its rest.py sends `{}` on a DELETE, or a PATCH given no body.
            .empty_json_object_for_missing_body()
    }

    /// Starts a client for the Kimai 2.x instance at `instance_url` that
    /// authenticates with an API token (Kimai's current scheme, sent as
    /// `Authorization: Bearer <api_token>`, marked sensitive). Kimai 2
    /// deprecates the `X-AUTH-USER`/`X-AUTH-TOKEN` pair of [`Client::builder`]
    /// (what the SDK sends) and answers it with `403 Invalid credentials`.
    ///
    /// A deliberate difference from the SDK, which predates API tokens;
    /// everything else on the wire is the same.
    pub fn bearer_builder(instance_url: &str, api_token: &str) -> ClientBuilder<Self> {
        ClientBuilder::new(instance_url)
            .bearer_token(api_token)
            .replace_header("Accept", "*/*")
            .empty_json_object_for_missing_body()
    }
}
