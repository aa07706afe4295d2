//! What a client applies to every call, built by [`ClientBuilder`](crate::ClientBuilder).

use reqwest::header::{HeaderValue, USER_AGENT};

use crate::retry::RetryConfig;
use crate::wire::Wire;

/// Default limit on a response body: 16 MiB.
pub const DEFAULT_MAX_RESPONSE_BODY: usize = 16 * 1024 * 1024;

/// The settings every call of one client follows: the vendor's wire rules
/// (headers, credentials, timeout), the response body limit and retries. It
/// is the generated `Client`'s inner value; `Debug` shows credentials as
/// `Sensitive`.
#[derive(Clone, Debug)]
pub struct ClientConfig {
    pub(crate) wire: Wire,
    pub(crate) max_response_body: usize,
    pub(crate) retry: RetryConfig,
    /// Headers in which the vendor says how many seconds to wait before
    /// trying again, besides `Retry-After` (Brevo's `x-sib-ratelimit-reset`).
    pub(crate) wait_headers: &'static [&'static str],
    /// The caller's own product token, sent after the crate's in `User-Agent`.
    pub(crate) user_agent_product: Option<String>,
}

impl ClientConfig {
    /// The rules applied to each outgoing request.
    pub fn wire(&self) -> &Wire {
        &self.wire
    }

    /// The largest response body read, in bytes.
    pub fn max_response_body(&self) -> usize {
        self.max_response_body
    }

    /// How failed calls are retried.
    pub fn retry(&self) -> &RetryConfig {
        &self.retry
    }

    /// Completes the settings with what the generated crate knows: its own
    /// product token for `User-Agent` (`kinow-client/0.1.0`) and the
    /// vendor's wait headers (from `specs/vendors.toml`).
    #[doc(hidden)]
    pub fn for_crate(
        mut self,
        product: &'static str,
        wait_headers: &'static [&'static str],
    ) -> Self {
        let user_agent = match &self.user_agent_product {
            Some(own) => format!("{product} {own}"),
            None => product.to_string(),
        };
        // Both parts were checked as header values; a failure here would be
        // a bug, and then the crate's token alone is sent.
        let value = HeaderValue::from_str(&user_agent)
            .unwrap_or_else(|_| HeaderValue::from_static(product));
        self.wire.headers.insert(USER_AGENT, value);
        self.wait_headers = wait_headers;
        self
    }
}
