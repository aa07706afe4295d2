//! How a client authenticates: its constructors put the credentials on a
//! [`ClientBuilder`] as sensitive headers.

use crate::{Client, ClientBuilder, DEFAULT_BASE_URL};

impl Client {
    /// Starts a client for [`DEFAULT_BASE_URL`] (Togai's sandbox) that
    /// authenticates with an API token, sent as `Authorization: Bearer
    /// <token>` and marked sensitive: `Debug` never shows it.
    pub fn builder(token: &str) -> ClientBuilder<Self> {
        ClientBuilder::new(DEFAULT_BASE_URL).bearer_token(token)
    }
}
