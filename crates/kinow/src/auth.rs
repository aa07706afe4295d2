//! How a client authenticates: its constructors put the credentials on a
//! [`ClientBuilder`] as sensitive headers.

use crate::{Client, ClientBuilder, DEFAULT_BASE_URL};

/// The media type kinow_client asks for on every request (its `api_client.py`
/// default header, built from the API version).
const ACCEPT: &str = "application/vnd.kinowapi.v2.0.28+json";

impl Client {
    /// Starts a client for [`DEFAULT_BASE_URL`] that authenticates with an
    /// API client id and secret (sent as `X-Client-Id` and
    /// `X-Client-Secret`, marked sensitive: `Debug` never shows them).
    pub fn builder(client_id: &str, client_secret: &str) -> ClientBuilder<Self> {
        ClientBuilder::new(DEFAULT_BASE_URL)
            .sensitive_header("X-Client-Id", client_id)
            .sensitive_header("X-Client-Secret", client_secret)
            .header("Accept", ACCEPT)
    }
}
