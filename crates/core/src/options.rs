//! Settings for one call, over the client's: every operation's builder
//! takes them (`.options(CallOptions::new().timeout(..))`), so that one call
//! can differ without a second client.

use std::borrow::Cow;
use std::fmt;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use crate::config::ClientConfig;
use crate::wire::set_headers;

/// Settings for one call: a timeout per attempt, a deadline for the whole
/// call, extra headers, retries on or off. What is not set is the client's.
///
/// Give them to any operation's builder with `.options(..)`:
///
/// ```
/// use std::time::Duration;
/// use vendor_clients_core::CallOptions;
///
/// let options = CallOptions::new()
///     .timeout(Duration::from_secs(120)) // a large answer: each attempt may take 2 min
///     .deadline(Duration::from_secs(300)) // all attempts and waits: 5 min at most
///     .header("Idempotency-Key", "order-1234")
///     .retries(false);
/// // client.some_operation().options(options).send().await
/// # drop(options);
/// ```
///
/// Header values are sensitive: `Debug` shows `Sensitive` in their place,
/// and they are never logged. A header the client sends as a credential,
/// and those that frame the request (`Content-Type`, `Content-Length`,
/// `Host`, `Transfer-Encoding`, `Connection`, `Keep-Alive`, `TE`,
/// `Trailer`, `Upgrade`, `Expect`, `Proxy-Connection`), cannot be set here: a
/// call that tries fails with [`ErrorKind::InvalidRequest`](crate::ErrorKind)
/// before anything is sent, as does a header name or value HTTP does not
/// allow.
///
/// Empty options cost nothing: they are one pointer, allocated only when
/// something is set.
#[derive(Clone, Default)]
pub struct CallOptions(Option<Box<Settings>>);

#[derive(Clone, Default)]
struct Settings {
    timeout: Option<Duration>,
    deadline: Option<Duration>,
    retries: Option<bool>,
    headers: HeaderMap,
    /// Why a header was not taken (its name where that is a valid one).
    invalid: Option<Cow<'static, str>>,
}

impl fmt::Debug for CallOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut debug = f.debug_struct("CallOptions");
        if let Some(settings) = &self.0 {
            // Header values are sensitive: `HeaderMap` shows `Sensitive`.
            debug
                .field("timeout", &settings.timeout)
                .field("deadline", &settings.deadline)
                .field("retries", &settings.retries)
                .field("headers", &settings.headers)
                .field("invalid", &settings.invalid);
        }
        debug.finish()
    }
}

/// What describes the request's own body and connection (its framing),
/// as `HeaderName`s spell them (lower case): the HTTP client sets these,
/// and another value would corrupt the request.
const FRAMING: [&str; 11] = [
    "content-type",
    "content-length",
    "host",
    "transfer-encoding",
    "connection",
    "keep-alive",
    "te",
    "trailer",
    "upgrade",
    "expect",
    "proxy-connection",
];

impl CallOptions {
    /// No settings: the client's apply.
    pub const fn new() -> Self {
        Self(None)
    }

    fn settings(&mut self) -> &mut Settings {
        self.0.get_or_insert_with(Box::default)
    }

    /// Limits each attempt of this call, from sending the request to reading
    /// the whole response body, instead of the client's timeout. An attempt
    /// that takes longer fails with `ErrorKind::Timeout` (and is retried
    /// where a timeout may be).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.settings().timeout = Some(timeout);
        self
    }

    /// Limits the whole call: every attempt, and the waits between them,
    /// counted from when the call starts (the first poll of `send()`'s
    /// future). When it passes, the call fails with `ErrorKind::Timeout`;
    /// a retry whose wait would end after it is not made (the call fails
    /// with the error that would have been retried).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.settings().deadline = Some(deadline);
        self
    }

    /// `false`: this call is sent once, never retried, and never waits for
    /// a `Retry-After`. `true`: the client's retry settings (the default).
    pub fn retries(mut self, enabled: bool) -> Self {
        self.settings().retries = Some(enabled);
        self
    }

    /// Sends `name: value` with this call (an idempotency key, a request id
    /// to correlate logs), replacing a value the client would send under
    /// that name; several calls with one name send each value. The value is
    /// marked sensitive.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        let settings = self.settings();
        if settings.invalid.is_some() {
            return self;
        }
        let Ok(name) = HeaderName::from_bytes(name.as_bytes()) else {
            // The name is not shown: it may be a value passed in its place.
            settings.invalid =
                Some("a per-call header name is not a valid HTTP header name".into());
            return self;
        };
        let Ok(mut value) = HeaderValue::from_str(value) else {
            settings.invalid = Some(
                format!("the per-call header {name} has characters not allowed in HTTP headers")
                    .into(),
            );
            return self;
        };
        value.set_sensitive(true);
        settings.headers.append(name, value);
        self
    }

    /// The per-attempt timeout set, if any.
    pub fn timeout_value(&self) -> Option<Duration> {
        self.0.as_ref()?.timeout
    }

    /// The deadline set, if any.
    pub fn deadline_value(&self) -> Option<Duration> {
        self.0.as_ref()?.deadline
    }

    /// Whether this call may be retried (the client's settings decide how).
    pub fn retries_enabled(&self) -> bool {
        self.0.as_ref().and_then(|s| s.retries).unwrap_or(true)
    }

    /// The extra headers (values sensitive).
    pub fn headers(&self) -> Option<&HeaderMap> {
        self.0.as_ref().map(|s| &s.headers)
    }

    /// What a call with these options cannot be sent with, in words naming
    /// no value: a bad header, or one the client reserves.
    pub(crate) fn check(&self, config: &ClientConfig) -> Result<(), Cow<'static, str>> {
        let Some(settings) = &self.0 else {
            return Ok(());
        };
        if let Some(invalid) = &settings.invalid {
            return Err(invalid.clone());
        }
        for name in settings.headers.keys() {
            if FRAMING.contains(&name.as_str()) {
                return Err(format!(
                    "the per-call header {name} is the request's own: the client sets it"
                )
                .into());
            }
            let credential = config
                .0
                .wire
                .headers
                .get_all(name)
                .iter()
                .any(HeaderValue::is_sensitive);
            if credential {
                return Err(format!(
                    "the per-call header {name} would replace the client's credential: \
                     credentials are set when the client is built"
                )
                .into());
            }
        }
        Ok(())
    }

    /// Applies the headers and the per-attempt timeout to one request,
    /// after the client's own rules.
    pub(crate) fn apply(&self, request: &mut reqwest::Request) {
        let Some(settings) = &self.0 else {
            return;
        };
        set_headers(request.headers_mut(), &settings.headers);
        if let Some(timeout) = settings.timeout {
            // reqwest takes a request's own timeout over its client's.
            *request.timeout_mut() = Some(timeout);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_options_allocate_nothing_and_change_nothing() {
        let options = CallOptions::new();
        assert!(options.0.is_none());
        assert_eq!(std::mem::size_of::<CallOptions>(), 8);
        assert!(options.retries_enabled());
        assert_eq!(options.timeout_value(), None);
        let mut request =
            reqwest::Request::new(reqwest::Method::GET, "http://127.0.0.1/x".parse().unwrap());
        options.apply(&mut request);
        assert!(request.headers().is_empty());
        assert_eq!(request.timeout(), None);
        assert_eq!(format!("{options:?}"), "CallOptions");
    }

    #[test]
    fn header_values_are_sensitive_and_never_shown() {
        let options = CallOptions::new()
            .header("Idempotency-Key", "marker-key")
            .header("X-Request-Id", "marker-id")
            .header("X-Request-Id", "marker-id-2")
            .timeout(Duration::from_secs(2));
        let shown = format!("{options:?} {options:#?}");
        assert!(!shown.contains("marker"), "{shown}");
        assert!(shown.contains("idempotency-key"), "{shown}");
        let mut request =
            reqwest::Request::new(reqwest::Method::GET, "http://127.0.0.1/x".parse().unwrap());
        request
            .headers_mut()
            .insert("x-request-id", HeaderValue::from_static("generated"));
        options.apply(&mut request);
        let ids: Vec<_> = request.headers().get_all("x-request-id").iter().collect();
        assert_eq!(ids, ["marker-id", "marker-id-2"]);
        assert!(request.headers()["idempotency-key"].is_sensitive());
        assert_eq!(request.timeout(), Some(&Duration::from_secs(2)));
    }

    #[test]
    fn bad_headers_are_refused_without_their_value() {
        let config = ClientConfig::for_tests();
        let bad = CallOptions::new().header("X-Ok", "line\nmarker");
        let message = bad.check(&config).unwrap_err();
        assert!(message.contains("x-ok"), "{message}");
        assert!(!message.contains("marker"), "{message}");
        let bad = CallOptions::new().header("marker name", "v");
        assert!(!bad.check(&config).unwrap_err().contains("marker"));
        for reserved in [
            "Content-Type",
            "content-length",
            "Host",
            "Transfer-Encoding",
            "Connection",
            "Keep-Alive",
            "TE",
            "Trailer",
            "Upgrade",
            "Expect",
            "Proxy-Connection",
        ] {
            let options = CallOptions::new().header(reserved, "x");
            assert!(options.check(&config).is_err(), "{reserved}");
        }
        assert!(
            CallOptions::new()
                .header("Accept", "text/plain")
                .check(&config)
                .is_ok()
        );
    }

    #[test]
    fn a_credential_header_cannot_be_replaced() {
        let mut config = ClientConfig::for_tests();
        let mut secret = HeaderValue::from_static("s3cr3t");
        secret.set_sensitive(true);
        std::sync::Arc::make_mut(&mut config.0)
            .wire
            .headers
            .insert("x-auth-token", secret);
        let options = CallOptions::new().header("X-AUTH-TOKEN", "other");
        let message = options.check(&config).unwrap_err();
        assert!(message.contains("x-auth-token"), "{message}");
        assert!(!message.contains("s3cr3t") && !message.contains("other"));
    }
}
