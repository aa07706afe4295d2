//! How a client authenticates: its constructors put the credentials on a
//! [`ClientBuilder`] as sensitive headers.

use crate::{Client, ClientBuilder, DEFAULT_BASE_URL};

impl Client {
    /// Starts a client for [`DEFAULT_BASE_URL`] that authenticates with an
    /// account API key (header `api-key`, marked sensitive: `Debug` never
    /// shows it).
    pub fn builder(api_key: &str) -> ClientBuilder<Self> {
        ClientBuilder::new(DEFAULT_BASE_URL).sensitive_header("api-key", api_key)
    }

    /// Starts a client that authenticates with a partner key instead
    /// (header `partner-key`, marked sensitive).
    pub fn partner_builder(partner_key: &str) -> ClientBuilder<Self> {
        ClientBuilder::new(DEFAULT_BASE_URL).sensitive_header("partner-key", partner_key)
    }
}
