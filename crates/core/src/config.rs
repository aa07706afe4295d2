//! What a client applies to every call, built by [`ClientBuilder`](crate::ClientBuilder).

use std::sync::Arc;

use reqwest::header::{HeaderValue, USER_AGENT};

use crate::retry::{BudgetTokens, RetryConfig};
use crate::wire::Wire;

/// Default limit on a response body: 16 MiB.
pub const DEFAULT_MAX_RESPONSE_BODY: usize = 16 * 1024 * 1024;

/// The settings every call of one client follows: the vendor's wire rules
/// (headers, credentials, timeout), the response body limit, retries and
/// the retry budget. It is the generated `Client`'s inner value; a clone
/// shares it (and the budget's tokens); `Debug` shows credentials as
/// `Sensitive`.
#[derive(Clone, Debug)]
pub struct ClientConfig(pub(crate) Arc<Settings>);

#[derive(Clone, Debug)]
pub(crate) struct Settings {
    pub(crate) wire: Wire,
    pub(crate) max_response_body: usize,
    pub(crate) retry: RetryConfig,
    /// The tokens left for retries, shared by every clone of the client.
    pub(crate) budget: Arc<BudgetTokens>,
    /// Headers in which the vendor says how many seconds to wait before
    /// trying again, besides `Retry-After` (Brevo's `x-sib-ratelimit-reset`).
    pub(crate) wait_headers: &'static [&'static str],
    /// The caller's own product token, sent after the crate's in `User-Agent`.
    pub(crate) user_agent_product: Option<String>,
}

impl ClientConfig {
    pub(crate) fn new(
        wire: Wire,
        max_response_body: usize,
        retry: RetryConfig,
        user_agent_product: Option<String>,
    ) -> Self {
        Self(Arc::new(Settings {
            wire,
            max_response_body,
            budget: Arc::new(BudgetTokens::new(*retry.budget())),
            retry,
            wait_headers: &[],
            user_agent_product,
        }))
    }

    /// The rules applied to each outgoing request.
    pub fn wire(&self) -> &Wire {
        &self.0.wire
    }

    /// The largest response body read, in bytes.
    pub fn max_response_body(&self) -> usize {
        self.0.max_response_body
    }

    /// How failed calls are retried.
    pub fn retry(&self) -> &RetryConfig {
        &self.0.retry
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
        // Just built: not shared yet, so this copies nothing.
        let settings = Arc::make_mut(&mut self.0);
        let user_agent = match &settings.user_agent_product {
            Some(own) => format!("{product} {own}"),
            None => product.to_string(),
        };
        // Both parts were checked as header values; a failure here would be
        // a bug, and then the crate's token alone is sent.
        let value = HeaderValue::from_str(&user_agent)
            .unwrap_or_else(|_| HeaderValue::from_static(product));
        settings.wire.headers.insert(USER_AGENT, value);
        settings.wait_headers = wait_headers;
        self
    }

    #[cfg(test)]
    pub(crate) fn for_tests() -> Self {
        Self::new(
            Wire::default(),
            DEFAULT_MAX_RESPONSE_BODY,
            RetryConfig::standard(),
            None,
        )
    }
}
