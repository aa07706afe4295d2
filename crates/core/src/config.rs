//! What a client applies to every call, built by [`ClientBuilder`](crate::ClientBuilder).

use crate::wire::Wire;

/// Default limit on a response body: 16 MiB.
pub const DEFAULT_MAX_RESPONSE_BODY: usize = 16 * 1024 * 1024;

/// The settings every call of one client follows: the vendor's wire rules
/// (headers, credentials, timeout) and the response body limit. It is the
/// generated `Client`'s inner value; `Debug` shows credentials as
/// `Sensitive`.
#[derive(Clone, Debug)]
pub struct ClientConfig {
    pub(crate) wire: Wire,
    pub(crate) max_response_body: usize,
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
}
