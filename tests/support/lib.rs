//! Shared by every vendor's wire tests.
//!
//! A fixture (`fixtures/<vendor>/<operation>.json`, captured from the vendor's
//! own Python SDK by `capture/<vendor>.py`) holds the request the SDK sent and
//! the response the capture server gave it. [`WireTest`] serves that response
//! from httpmock, records what the Rust client sends, and compares it with the
//! SDK's request: method, path (as encoded on the wire), query, headers and
//! body.

pub mod server;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use httpmock::{HttpMockRequest, MockServer};
use progenitor_client::ResponseValue;
use serde::Deserialize;
use serde_json::Value;
use vendor_clients_core::{Error, ErrorKind};

/// Headers that belong to the HTTP library, not to the API contract. The
/// capture script drops the same ones (plus the SDK's User-Agent).
const TRANSPORT_HEADERS: [&str; 5] = [
    "host",
    "content-length",
    "accept-encoding",
    "connection",
    "user-agent",
];

/// One captured SDK call.
#[derive(Debug, Deserialize)]
pub struct Fixture {
    /// The operation (SDK method name), with a `__variant` suffix for extra captures.
    pub operation: String,
    /// What the SDK was called with, for reading the test beside the fixture.
    pub sdk_args: Value,
    /// The request the SDK sent.
    pub request: CapturedRequest,
    /// The response the capture server answered (and the SDK decoded).
    pub response: CapturedResponse,
}

/// A request as the SDK put it on the wire.
#[derive(Debug, Deserialize)]
pub struct CapturedRequest {
    /// HTTP method.
    pub method: String,
    /// The path prefix of the API's base URL (`/api`, `/v3`, or empty).
    pub base_path: String,
    /// The full path, percent-encoded exactly as sent.
    pub path: String,
    /// Decoded query pairs, in the SDK's order.
    pub query: Vec<(String, String)>,
    /// Every non-transport header, lower-case names.
    pub headers: BTreeMap<String, String>,
    /// `json`, `text` or `none`.
    pub body_kind: String,
    /// The body (JSON when `body_kind` is `json`).
    pub body: Value,
}

/// The response the SDK was given.
#[derive(Debug, Deserialize)]
pub struct CapturedResponse {
    /// HTTP status.
    pub status: u16,
    /// JSON body, or null for none.
    pub body: Value,
}

impl Fixture {
    /// Loads `fixtures/<vendor>/<operation>.json`.
    pub fn load(vendor: &str, operation: &str) -> Self {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("fixtures")
            .join(vendor)
            .join(format!("{operation}.json"));
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }
}

/// A mock vendor API that answers one fixture's response to any request and
/// records what it received.
pub struct WireTest {
    /// The captured SDK call this test replays.
    pub fixture: Fixture,
    server: MockServer,
    received: Arc<Mutex<Vec<HttpMockRequest>>>,
}

impl WireTest {
    /// Serves the response of `fixtures/<vendor>/<operation>.json`.
    pub async fn start(vendor: &str, operation: &str) -> Self {
        let fixture = Fixture::load(vendor, operation);
        let server = MockServer::start_async().await;
        let received = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&received);
        let status = fixture.response.status;
        let body = match &fixture.response.body {
            Value::Null => None,
            json => Some(json.to_string()),
        };
        server
            .mock_async(move |when, then| {
                when.is_true(move |request| {
                    log.lock().unwrap().push(request.clone());
                    true
                });
                let then = then.status(status);
                if let Some(body) = body {
                    then.header("content-type", "application/json").body(body);
                }
            })
            .await;
        Self {
            fixture,
            server,
            received,
        }
    }

    /// The base URL to give the client: the mock server plus the API's path prefix.
    pub fn base_url(&self) -> String {
        format!(
            "{}{}",
            self.server.base_url(),
            self.fixture.request.base_path
        )
    }

    /// Asserts that the client sent exactly one request, identical to the SDK's.
    pub fn assert_request(&self) {
        let received = self.received.lock().unwrap();
        assert_eq!(
            received.len(),
            1,
            "expected exactly one request, got {received:#?}"
        );
        let actual = &received[0];
        let expected = &self.fixture.request;
        let op = &self.fixture.operation;

        assert_eq!(actual.method_str(), expected.method, "{op}: method");
        assert_eq!(
            actual.uri().path(),
            expected.path,
            "{op}: path (as encoded on the wire)"
        );
        assert_eq!(
            sorted(actual.query_params()),
            sorted(expected.query.clone()),
            "{op}: query"
        );
        assert_eq!(
            api_headers(actual),
            expected_headers(expected),
            "{op}: headers"
        );
        assert_eq!(body(actual), expected.body, "{op}: body");
    }

    /// Checks one call made against this mock: it succeeded, sent exactly the
    /// SDK's request, and decoded the whole response (see
    /// [`assert_round_trip`]). Returns the decoded value.
    pub fn replay<T, E>(&self, result: Result<ResponseValue<T>, Error<E>>) -> T
    where
        T: serde::Serialize,
    {
        let op = &self.fixture.operation;
        let value = result
            .unwrap_or_else(|e| panic!("{op}: {e:?}"))
            .into_inner();
        self.assert_request();
        assert_round_trip(&value, self.response_body());
        value
    }

    /// Checks one call whose fixture answers a documented error status: the
    /// client sent exactly the SDK's request and decoded the vendor's typed
    /// error with its status. Returns that error.
    pub fn replay_error<T, E>(&self, result: Result<ResponseValue<T>, Error<E>>) -> Error<E>
    where
        T: std::fmt::Debug,
    {
        let op = &self.fixture.operation;
        self.assert_request();
        let error = result.expect_err(op);
        assert_eq!(error.kind(), ErrorKind::ErrorStatus, "{op}: {error:?}");
        assert_eq!(
            error.status().map(|s| s.as_u16()),
            Some(self.fixture.response.status),
            "{op}: status"
        );
        error
    }

    /// The response body the fixture serves.
    pub fn response_body(&self) -> &Value {
        &self.fixture.response.body
    }
}

fn sorted(mut pairs: Vec<(String, String)>) -> Vec<(String, String)> {
    // The order of query pairs carries no meaning; repeated keys still count.
    pairs.sort();
    pairs
}

fn api_headers(request: &HttpMockRequest) -> BTreeMap<String, String> {
    request
        .headers_vec()
        .iter()
        .map(|(name, value)| (name.to_ascii_lowercase(), value.clone()))
        .filter(|(name, _)| !TRANSPORT_HEADERS.contains(&name.as_str()))
        .collect()
}

fn expected_headers(request: &CapturedRequest) -> BTreeMap<String, String> {
    let mut headers = request.headers.clone();
    // No Accept means "anything" (RFC 9110, 12.5.1); reqwest says so
    // explicitly with `Accept: */*` on requests that set none.
    headers
        .entry("accept".into())
        .or_insert_with(|| "*/*".into());
    if request.body_kind == "none" {
        // The Python SDKs label bodiless requests with a Content-Type too;
        // with no body it describes nothing, so the Rust client omits it.
        headers.remove("content-type");
    }
    headers
}

fn body(request: &HttpMockRequest) -> Value {
    let bytes = request.body_ref();
    if bytes.is_empty() {
        return Value::Null;
    }
    serde_json::from_slice(bytes).unwrap_or_else(|_| Value::String(request.body_string()))
}

/// Asserts that a decoded response, serialized again, is the JSON the server
/// sent: every documented field was decoded, none was lost or renamed.
pub fn assert_round_trip<T: serde::Serialize>(decoded: &T, sent: &Value) {
    let again = serde_json::to_value(decoded).expect("decoded values serialize");
    assert_eq!(&again, sent, "decoded response does not round-trip");
}

/// A base URL on which nothing listens: connecting to it is refused.
pub fn refused_base_url() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    format!("http://127.0.0.1:{port}")
}

/// A mock server answering every request with `status` and the raw `body`.
pub async fn answering(status: u16, body: &str) -> MockServer {
    answering_with(status, "application/json", body, &[]).await
}

/// Text a test puts into a free-text argument (a search term, a path id) and
/// into the server's answers: no error string may show it.
pub const MARKER: &str = "marker-7f3a9c";

/// What [`assert_error_paths`] gives the test's call: where to send its
/// request, with which timeout and retries.
pub struct Target {
    /// Base URL of the mock (or refused) server, path prefix included.
    pub base_url: String,
    /// Per-request timeout for the client.
    pub timeout: std::time::Duration,
    /// Retries for the client: off, so that each case is one request.
    pub retry: vendor_clients_core::RetryConfig,
}

/// The vendor facts [`assert_error_paths`] needs.
pub struct ErrorPaths<'a> {
    /// The path prefix of the API's base URL (`/api`, `/v3`, or empty).
    pub base_path: &'a str,
    /// Credentials the client was given: no error may show them.
    pub secrets: &'a [&'a str],
    /// A status the called operation documents with the vendor's JSON error
    /// body, and such a body holding [`MARKER`]; `None` when the operation
    /// documents no error body.
    pub documented_error: Option<(u16, &'a str)>,
}

/// The error paths every client must handle the same way, checked on one
/// operation: `call` builds a client for the [`Target`] and sends one
/// request with [`MARKER`] in a free-text argument.
///
/// - an undocumented status (418) whose body and `Set-Cookie` hold the
///   marker: `UnexpectedStatus`, status, headers and body kept;
/// - a 200 whose body does not decode (the marker where an object is
///   expected): `UndecodableBody`, body kept;
/// - a refused connection: `Connect`; a response slower than the timeout:
///   `Timeout`;
/// - where the operation documents an error body: that status with the
///   marker in the body is `ErrorStatus` with the typed body; an HTML page or
///   an empty plain-text body with that status is `ErrorStatusUnknownBody`,
///   status and raw body kept.
///
/// In every case, the error's `Display`, `Debug` and pretty `Debug`, and those
/// of its whole `source()` chain, show neither the marker nor a credential.
pub async fn assert_error_paths<T, E, F, Fut>(paths: ErrorPaths<'_>, call: F)
where
    T: std::fmt::Debug,
    E: 'static,
    F: Fn(Target) -> Fut,
    Fut: std::future::Future<Output = Result<ResponseValue<T>, Error<E>>>,
{
    use std::time::Duration;

    let quick = Duration::from_secs(10);
    let target = |base_url: String, timeout| Target {
        base_url: format!("{base_url}{}", paths.base_path),
        timeout,
        retry: vendor_clients_core::RetryConfig::disabled(),
    };
    let mut hidden = paths.secrets.to_vec();
    hidden.push(MARKER);
    let failure = |result: Result<ResponseValue<T>, Error<E>>, expected: ErrorKind| {
        let error = result.expect_err("the call must fail");
        assert_eq!(error.kind(), expected, "{error:?}");
        assert_shows_nothing_of(&error, &hidden);
        error
    };

    let teapot = format!(r#"{{"message":"I'm a teapot, {MARKER}"}}"#);
    let server = answering_with(
        418,
        "application/json",
        &teapot,
        &[("set-cookie", &format!("PHPSESSID={MARKER}"))],
    )
    .await;
    let error = failure(
        call(target(server.base_url(), quick)).await,
        ErrorKind::UnexpectedStatus,
    );
    assert_eq!(error.status().map(|s| s.as_u16()), Some(418));
    assert_eq!(error.body(), Some(teapot.as_bytes()));
    assert_eq!(
        error.headers().unwrap()["set-cookie"],
        format!("PHPSESSID={MARKER}")
    );

    let undecodable = format!(r#""{MARKER}""#);
    let server = answering(200, &undecodable).await;
    let error = failure(
        call(target(server.base_url(), quick)).await,
        ErrorKind::UndecodableBody,
    );
    assert_eq!(error.body(), Some(undecodable.as_bytes()));
    assert!(error.status().is_some_and(|s| s.is_success()));

    let error = failure(
        call(target(refused_base_url(), quick)).await,
        ErrorKind::Connect,
    );
    assert!(error.is_connect() && error.is_retryable(), "{error:?}");

    let slow = MockServer::start_async().await;
    slow.mock_async(|when, then| {
        when.any_request();
        then.status(200).delay(Duration::from_secs(5)).body("{}");
    })
    .await;
    let error = failure(
        call(target(slow.base_url(), Duration::from_millis(200))).await,
        ErrorKind::Timeout,
    );
    assert!(error.is_timeout(), "{error:?}");

    if let Some((status, body)) = paths.documented_error {
        assert!(
            body.contains(MARKER),
            "the documented error body must hold MARKER"
        );
        let server = answering(status, body).await;
        let error = failure(
            call(target(server.base_url(), quick)).await,
            ErrorKind::ErrorStatus,
        );
        assert_eq!(error.status().map(|s| s.as_u16()), Some(status));
        assert!(error.error_body().is_some(), "{error:?}");
        for (content_type, page) in [
            (
                "text/html",
                format!("<html><title>Attention Required</title>{MARKER}</html>"),
            ),
            ("text/plain", String::new()),
        ] {
            let server = answering_with(status, content_type, &page, &[]).await;
            let error = failure(
                call(target(server.base_url(), quick)).await,
                ErrorKind::ErrorStatusUnknownBody,
            );
            assert_eq!(error.status().map(|s| s.as_u16()), Some(status));
            assert_eq!(error.body(), Some(page.as_bytes()));
            assert!(error.error_body().is_none());
        }
    }
}

/// A mock server answering every request with `status`, `content_type`,
/// the raw `body` and extra `headers`.
pub async fn answering_with(
    status: u16,
    content_type: &str,
    body: &str,
    headers: &[(&str, &str)],
) -> MockServer {
    let server = MockServer::start_async().await;
    let (content_type, body) = (content_type.to_string(), body.to_string());
    let headers: Vec<(String, String)> = headers
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect();
    server
        .mock_async(move |when, then| {
            when.any_request();
            let mut then = then.status(status).header("content-type", content_type);
            for (name, value) in headers {
                then = then.header(name, value);
            }
            then.body(body);
        })
        .await;
    server
}

/// Asserts that none of `markers` appears in the error's `Display`, `Debug`
/// (plain and pretty), nor in those of any error down its `source()` chain.
pub fn assert_shows_nothing_of(error: &(dyn std::error::Error + 'static), markers: &[&str]) {
    let mut shown = Vec::new();
    let mut next = Some(error);
    while let Some(e) = next {
        shown.push(format!("{e}"));
        shown.push(format!("{e:?}"));
        shown.push(format!("{e:#?}"));
        next = e.source();
    }
    for text in &shown {
        for marker in markers {
            assert!(!text.contains(marker), "{marker:?} shown in: {text}");
        }
    }
}
