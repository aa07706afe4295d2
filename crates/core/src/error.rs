//! The one error shape of every vendor client, and the error of building one.
//!
//! `Display` and `Debug` show only what identifies the call and what went
//! wrong (operation, method, path template, status, kind). What the caller
//! sent and what the server answered (query strings, bodies, headers, the
//! vendor's error message) stays behind accessors, for a caller who chooses
//! to log it.

use std::any::Any;
use std::borrow::Cow;
use std::fmt;
use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use crate::description::Operation;
use crate::kind::ErrorKind;

/// The error body of an API whose description documents none; it never
/// exists. Read [`Error::body`] for the bytes the server sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize, serde::Serialize)]
pub enum NoErrorBody {}

/// A failed call. One shape for every vendor client: each crate names it
/// `Error` with its vendor's documented error body as `E`.
///
/// Match on [`kind`](Self::kind); read the status, headers, typed error body
/// or raw body through the accessors. `Display` and `Debug` never show the
/// query string, a header value, or a body.
pub struct Error<E = NoErrorBody>(Box<Inner<E>>);

struct Inner<E> {
    kind: ErrorKind,
    operation: &'static Operation,
    path: Option<String>,
    message: Option<Cow<'static, str>>,
    status: Option<StatusCode>,
    headers: Option<HeaderMap>,
    body: Option<bytes::Bytes>,
    error_body: Option<E>,
    /// The error body of a status whose documented type is not `E`.
    other_body: Option<Box<dyn Any + Send + Sync>>,
    retry_after: Option<Duration>,
    not_retried: Option<NotRetried>,
    /// A failed connection that may still have been sent (a caller's own
    /// client may follow redirects): not retried unless idempotent.
    maybe_sent: bool,
    source: Option<Source>,
}

/// Why an error that could have been retried was not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NotRetried {
    /// The client's retry budget had no room left.
    Budget,
    /// The wait before the retry would have ended past the call's deadline.
    Deadline,
    /// The request body is a one-shot stream: it cannot be sent again.
    OneShotBody,
}

enum Source {
    /// Without its URL: reqwest's text would show the query string.
    Http(reqwest::Error),
    Decode(DecodeError),
}

impl<E> Error<E> {
    fn new(kind: ErrorKind, operation: &'static Operation) -> Self {
        Self(Box::new(Inner {
            kind,
            operation,
            path: None,
            message: None,
            status: None,
            headers: None,
            body: None,
            error_body: None,
            other_body: None,
            retry_after: None,
            not_retried: None,
            maybe_sent: false,
            source: None,
        }))
    }

    /// An argument broke a rule; `message` names the parameter and the rule,
    /// never the value (`"limit must be at most 500"`).
    pub(crate) fn invalid_request(
        operation: &'static Operation,
        message: impl Into<Cow<'static, str>>,
    ) -> Self {
        let mut error = Self::new(ErrorKind::InvalidRequest, operation);
        error.0.message = Some(message.into());
        error
    }

    pub(crate) fn repeated_page(operation: &'static Operation) -> Self {
        Self::new(ErrorKind::RepeatedPage, operation)
    }

    /// The request could not be sent or its answer not read.
    pub(crate) fn http(operation: &'static Operation, error: reqwest::Error) -> Self {
        // A timeout can also be a connect error: it is a timeout first.
        let kind = if error.is_builder() {
            ErrorKind::InvalidRequest
        } else if error.is_timeout() {
            ErrorKind::Timeout
        } else if error.is_connect() {
            ErrorKind::Connect
        } else {
            ErrorKind::Transport
        };
        let mut this = Self::new(kind, operation);
        this.0.source = Some(Source::Http(error.without_url()));
        this
    }

    /// A failed connection reported by a caller's own HTTP client, which
    /// may have followed a redirect after a server got the request: a write
    /// is then not sent again.
    pub(crate) fn maybe_sent(mut self) -> Self {
        self.0.maybe_sent = true;
        self
    }

    /// A response that is an error: its status, headers and (raw) body kept.
    pub(crate) fn response(
        kind: ErrorKind,
        operation: &'static Operation,
        status: StatusCode,
        headers: HeaderMap,
        body: Option<bytes::Bytes>,
    ) -> Self {
        let mut error = Self::new(kind, operation);
        error.0.status = Some(status);
        error.0.headers = Some(headers);
        error.0.body = body;
        error
    }

    pub(crate) fn with_path(mut self, path: &str) -> Self {
        self.0.path = Some(path.to_string());
        self
    }

    pub(crate) fn with_message(mut self, message: impl Into<Cow<'static, str>>) -> Self {
        self.0.message = Some(message.into());
        self
    }

    pub(crate) fn with_error_body(mut self, body: E) -> Self {
        self.0.error_body = Some(body);
        self
    }

    /// The body of a status whose documented type is not the vendor's
    /// usual error body.
    pub(crate) fn with_other_body(mut self, body: Box<dyn Any + Send + Sync>) -> Self {
        self.0.other_body = Some(body);
        self
    }

    /// The request body could not be sent as given; `message` names the
    /// part and what went wrong, never its content.
    pub(crate) fn request_body(
        operation: &'static Operation,
        message: impl Into<Cow<'static, str>>,
    ) -> Self {
        Self::new(ErrorKind::RequestBody, operation).with_message(message)
    }

    /// A timeout the runtime measured itself (a download's answer, or its
    /// next chunk, took longer than the timeout).
    pub(crate) fn timed_out(
        operation: &'static Operation,
        message: impl Into<Cow<'static, str>>,
    ) -> Self {
        Self::new(ErrorKind::Timeout, operation).with_message(message)
    }

    /// The connection failed while a body was read; `message` says how.
    pub(crate) fn transport(
        operation: &'static Operation,
        message: impl Into<Cow<'static, str>>,
    ) -> Self {
        Self::new(ErrorKind::Transport, operation).with_message(message)
    }

    /// A body over `limit` bytes (a download collected within a limit).
    pub(crate) fn too_large(operation: &'static Operation, limit: usize) -> Self {
        Self::new(ErrorKind::BodyTooLarge, operation).with_message(format!("{limit} bytes"))
    }

    pub(crate) fn with_status(mut self, status: StatusCode) -> Self {
        self.0.status = Some(status);
        self
    }

    pub(crate) fn with_decode_error(mut self, error: DecodeError) -> Self {
        self.0.source = Some(Source::Decode(error));
        self
    }

    /// The call's deadline passed.
    pub(crate) fn deadline(operation: &'static Operation, deadline: Duration) -> Self {
        Self::new(ErrorKind::Timeout, operation)
            .with_message(format!("the call's deadline of {deadline:?} passed"))
    }

    pub(crate) fn not_retried(mut self, why: NotRetried) -> Self {
        self.0.not_retried = Some(why);
        self
    }

    pub(crate) fn with_retry_after(mut self, wait: Option<Duration>) -> Self {
        self.0.retry_after = wait;
        self
    }

    /// What went wrong.
    pub fn kind(&self) -> ErrorKind {
        self.0.kind
    }

    /// The operation that failed: its `operationId`, which is the vendor SDK's
    /// method name.
    pub fn operation_id(&self) -> &'static str {
        self.0.operation.id
    }

    /// The HTTP method of the operation.
    pub fn method(&self) -> &reqwest::Method {
        &self.0.operation.method
    }

    /// The operation's path template from the API description
    /// (`/customers/{customer_id}/accounts`), without the base URL.
    pub fn path_template(&self) -> &'static str {
        self.0.operation.path_template
    }

    /// The path the request was sent to, without its query (it may hold
    /// identifiers the caller gave); `None` when nothing was sent.
    pub fn path(&self) -> Option<&str> {
        self.0.path.as_deref()
    }

    /// The status the server answered, where there was an answer, whatever
    /// its body: `error.status() == Some(404)` holds for every 404, whether
    /// its body is the vendor's error body ([`ErrorKind::ErrorStatus`]),
    /// empty or an HTML page ([`ErrorKind::ErrorStatusUnknownBody`]), or
    /// the operation does not document it ([`ErrorKind::UnexpectedStatus`]).
    pub fn status(&self) -> Option<u16> {
        self.0.status.map(|status| status.as_u16())
    }

    /// The status as [`StatusCode`] (for `is_client_error()` and the like).
    pub fn status_code(&self) -> Option<StatusCode> {
        self.0.status
    }

    /// The response headers, where there was an answer.
    pub fn headers(&self) -> Option<&HeaderMap> {
        self.0.headers.as_ref()
    }

    /// The raw response body, already read, where there was an answer whose
    /// body was read (not for [`ErrorKind::BodyTooLarge`]).
    pub fn body(&self) -> Option<&[u8]> {
        self.0.body.as_deref()
    }

    /// The vendor's error body, decoded as the API description documents it
    /// for this status ([`ErrorKind::ErrorStatus`] only). Where an operation
    /// documents a body of another type for a status (Brevo's
    /// `send_test_sms` answers `400` with the addresses that failed), that
    /// body is not here but in [`error_body_as`](Self::error_body_as).
    pub fn error_body(&self) -> Option<&E> {
        self.0.error_body.as_ref()
    }

    /// Takes the vendor's typed error body out of the error.
    pub fn into_error_body(self) -> Option<E> {
        self.0.error_body
    }

    /// The error body decoded as the type the API description documents for
    /// this status, when that type is `T`: the vendor's usual error body
    /// (`E`, as [`error_body`](Self::error_body) gives it) or the type of
    /// its own an operation documents for the status
    /// (`error.error_body_as::<types::PostSendSmsTestFailed>()`). `None`
    /// for any other `T`, and where the body was not the documented one.
    pub fn error_body_as<T: Any>(&self) -> Option<&T>
    where
        E: Any,
    {
        match (&self.0.error_body, &self.0.other_body) {
            (Some(body), _) => (body as &dyn Any).downcast_ref(),
            (None, Some(body)) => body.downcast_ref(),
            (None, None) => None,
        }
    }

    /// Takes the error body out of the error as `T`, the type the API
    /// description documents for this status (see
    /// [`error_body_as`](Self::error_body_as)).
    pub fn into_error_body_as<T: Any>(self) -> Option<T>
    where
        E: Any,
    {
        let inner = *self.0;
        let body: Box<dyn Any> = match (inner.error_body, inner.other_body) {
            (Some(body), _) => Box::new(body),
            (None, Some(body)) => body,
            (None, None) => return None,
        };
        body.downcast().ok().map(|body| *body)
    }

    /// Whether the request, or reading its answer, timed out.
    pub fn is_timeout(&self) -> bool {
        self.0.kind == ErrorKind::Timeout
    }

    /// Whether no connection could be made (nothing was sent).
    pub fn is_connect(&self) -> bool {
        self.0.kind == ErrorKind::Connect
    }

    /// Whether sending the same request again may succeed and cannot do
    /// harm: a failed connection or a `429 Too Many Requests` for any
    /// method; `408`, `500`, `502`, `503`, `504`, a timeout or a connection
    /// lost before the answer for GET, HEAD, PUT, DELETE and OPTIONS only (a
    /// POST or PATCH that reached the server may have taken effect). With
    /// a caller's own HTTP client, which may follow redirects itself, a
    /// failed connection counts as a lost one: a write is not sent again.
    pub fn is_retryable(&self) -> bool {
        // A connection that may have failed after a redirect: as if lost.
        let kind = match self.0.kind {
            ErrorKind::Connect if self.0.maybe_sent => ErrorKind::Transport,
            kind => kind,
        };
        crate::retry::is_retryable(kind, &self.0.operation.method, self.0.status)
    }

    /// Whether this error would have been retried, but the client's
    /// [`RetryBudget`](crate::RetryBudget) had no room left: many calls of
    /// this client failed lately (the vendor may be down).
    pub fn retry_budget_exhausted(&self) -> bool {
        self.0.not_retried == Some(NotRetried::Budget)
    }

    /// How long the server asked the caller to wait before trying again
    /// (`Retry-After`, or the vendor's own rate-limit header), where it said.
    pub fn retry_after(&self) -> Option<Duration> {
        self.0.retry_after
    }

    fn what(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let status = |f: &mut fmt::Formatter<'_>| match self.0.status {
            Some(status) => write!(f, "{status}"),
            None => f.write_str("(none)"),
        };
        // `: <message>`, where there is one.
        let message = |f: &mut fmt::Formatter<'_>| match &self.0.message {
            Some(message) => write!(f, ": {message}"),
            None => Ok(()),
        };
        match self.0.kind {
            ErrorKind::InvalidRequest => {
                f.write_str("invalid request, nothing was sent")?;
                message(f)
            }
            ErrorKind::Connect if self.0.maybe_sent => f.write_str(
                "could not connect to a server (the caller's own HTTP client may have followed a redirect after the first server got the request)",
            ),
            ErrorKind::Connect => f.write_str("could not connect to the server"),
            ErrorKind::Timeout => {
                f.write_str("timed out")?;
                message(f)
            }
            ErrorKind::Transport => {
                f.write_str("the connection failed during the request")?;
                message(f)
            }
            ErrorKind::RequestBody => {
                f.write_str("the request body could not be sent")?;
                message(f)?;
                f.write_str(" (the request was cut short: no complete request reached the server)")
            }
            ErrorKind::Redirect => {
                f.write_str("redirect not followed (")?;
                status(f)?;
                f.write_str(")")?;
                message(f)
            }
            ErrorKind::BodyTooLarge => {
                f.write_str("the response body is larger than the limit")?;
                if let Some(message) = &self.0.message {
                    write!(f, " ({message})")?;
                }
                Ok(())
            }
            ErrorKind::ErrorStatus => {
                f.write_str("error status ")?;
                status(f)
            }
            ErrorKind::ErrorStatusUnknownBody => {
                f.write_str("error status ")?;
                status(f)?;
                f.write_str(", with a body that is not the documented error body")?;
                self.received_type(f)
            }
            ErrorKind::UnexpectedStatus => {
                f.write_str("status ")?;
                status(f)?;
                f.write_str(", which the API description does not document")
            }
            ErrorKind::UndecodableBody => {
                f.write_str("status ")?;
                status(f)?;
                f.write_str(", with a body that does not decode as the documented type")?;
                self.received_type(f)
            }
            ErrorKind::RepeatedPage => f.write_str(
                "the server gave a page or a next-page token it had already given; paging stopped instead of looping",
            ),
        }?;
        match self.0.not_retried {
            Some(NotRetried::Budget) => f.write_str(
                "; not retried: the client's retry budget is spent (too many failed calls lately)",
            ),
            Some(NotRetried::Deadline) => {
                f.write_str("; not retried: the call's deadline would pass first")
            }
            Some(NotRetried::OneShotBody) => f.write_str(
                "; not retried: its body is a one-shot stream (`File::from_stream`), which cannot be sent again",
            ),
            None => Ok(()),
        }
    }

    /// ` (received text/html)`: the media type the server said its body
    /// is, where it is not JSON (a login page where JSON was documented);
    /// only a well-formed `type/subtype`, never parameters or the body.
    fn received_type(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some(value) = self
            .0
            .headers
            .as_ref()
            .and_then(|headers| headers.get(reqwest::header::CONTENT_TYPE))
            .and_then(|value| value.to_str().ok())
        else {
            return Ok(());
        };
        let essence = value.split(';').next().unwrap_or("").trim();
        let token = |part: &str| {
            !part.is_empty()
                && part.len() <= 64
                && part
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"!#$&-^_.+".contains(&b))
        };
        let well_formed = essence
            .split_once('/')
            .is_some_and(|(kind, subtype)| token(kind) && token(subtype));
        let lower = essence.to_ascii_lowercase();
        if !well_formed || lower == "application/json" || lower.ends_with("+json") {
            return Ok(());
        }
        write!(f, " (received {lower}, not JSON)")
    }
}

impl<E> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let operation = self.0.operation;
        write!(
            f,
            "{} ({} {}): ",
            operation.id, operation.method, operation.path_template
        )?;
        self.what(f)
    }
}

impl<E> fmt::Debug for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct What<'a, E>(&'a Error<E>);
        impl<E> fmt::Debug for What<'_, E> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("\"")?;
                self.0.what(f)?;
                f.write_str("\"")
            }
        }
        let operation = self.0.operation;
        f.debug_struct("Error")
            .field("kind", &self.0.kind)
            .field("operation", &operation.id)
            .field("method", &operation.method)
            .field("path_template", &operation.path_template)
            .field("status", &self.0.status)
            .field("what", &What(self))
            .finish_non_exhaustive()
    }
}

impl<E> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self.0.source.as_ref()? {
            Source::Http(error) => Some(error),
            Source::Decode(error) => Some(error),
        }
    }
}

/// Why a body did not decode: where, and what kind of problem, never the
/// text around it (serde_json's own message quotes the offending value).
#[derive(Debug)]
pub struct DecodeError {
    target: &'static str,
    line: usize,
    column: usize,
    category: serde_json::error::Category,
}

impl DecodeError {
    pub(crate) fn new(target: &'static str, error: &serde_json::Error) -> Self {
        Self {
            target,
            line: error.line(),
            column: error.column(),
            category: error.classify(),
        }
    }

    /// The line of the body where decoding stopped (1-based).
    pub fn line(&self) -> usize {
        self.line
    }

    /// The column of that line (1-based).
    pub fn column(&self) -> usize {
        self.column
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use serde_json::error::Category;
        let what = match self.category {
            Category::Syntax => "is not valid JSON",
            Category::Eof => "ends before its JSON value does",
            Category::Data => "does not match the documented",
            Category::Io => "could not be read as",
        };
        let target = short_type_name(self.target);
        match self.category {
            Category::Data | Category::Io => write!(f, "the body {what} `{target}`")?,
            _ => write!(f, "the body {what} (expected `{target}`)")?,
        }
        write!(f, " at line {}, column {}", self.line, self.column)
    }
}

impl std::error::Error for DecodeError {}

/// `kinow_client::generated::types::Pagination` -> `Pagination`, keeping
/// generic arguments readable (`Vec<PrepaymentBalance>`).
fn short_type_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut segment = String::new();
    for c in name.chars() {
        match c {
            ':' => segment.clear(),
            '<' | '>' | ',' | ' ' | '(' | ')' | '[' | ']' | ';' | '&' => {
                out.push_str(&segment);
                segment.clear();
                out.push(c);
            }
            _ => segment.push(c),
        }
    }
    out.push_str(&segment);
    out
}

/// Why a client could not be built: which client, and the
/// [`ConfigProblem`].
///
/// Never carries a credential: header problems name the header, not its
/// value, and a base URL is shown only as its scheme, host and port.
#[derive(Debug)]
pub struct ConfigError {
    client: &'static str,
    problem: ConfigProblem,
}

impl ConfigError {
    pub(crate) fn new(client: &'static str, problem: ConfigProblem) -> Self {
        Self { client, problem }
    }

    /// The crate whose client could not be built (`kimai-client`).
    pub fn client(&self) -> &'static str {
        self.client
    }

    /// What is wrong, to match on.
    pub fn problem(&self) -> &ConfigProblem {
        &self.problem
    }
}

/// What is wrong with a client's settings.
#[derive(Debug)]
#[non_exhaustive]
pub enum ConfigProblem {
    /// The base URL is not an absolute `http` or `https` URL.
    InvalidBaseUrl {
        /// The URL's scheme, host and port (never its user, password, path or
        /// query), or `<not shown>` when it does not parse as one with a host.
        url: String,
        /// What is wrong with it, and how to fix it.
        reason: String,
    },
    /// A credential is empty, or only whitespace.
    EmptyCredential {
        /// The header the credential is sent in.
        header: &'static str,
    },
    /// A credential does not have the form its header takes (a bearer
    /// token given with its `Bearer ` scheme, or with spaces).
    MalformedCredential {
        /// The header the credential is sent in.
        header: &'static str,
        /// What is wrong and how to fix it (never the value).
        reason: &'static str,
    },
    /// A header name is not a valid HTTP header name.
    InvalidHeaderName {
        /// The name as given.
        header: &'static str,
    },
    /// A header value has characters HTTP does not allow (such as a newline).
    InvalidHeaderValue {
        /// The header the value was meant for.
        header: &'static str,
    },
    /// `connect_timeout` was set together with a caller-supplied
    /// `reqwest::Client`, which has its own (set it there instead).
    ConnectTimeoutWithHttpClient,
    /// The HTTP client could not be built (for example, no root
    /// certificate in the system's store, with the default `rustls`).
    HttpClient(reqwest::Error),
    /// The TLS configuration could not be made (with `rustls-ring`: no
    /// root certificate in the system's store).
    Tls {
        /// Why, in rustls's words.
        reason: String,
    },
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.client)?;
        match &self.problem {
            ConfigProblem::InvalidBaseUrl { url, reason } => {
                write!(f, "invalid base URL {url:?}: {reason}")
            }
            ConfigProblem::EmptyCredential { header } => {
                write!(f, "the credential for header {header} is empty")
            }
            ConfigProblem::MalformedCredential { header, reason } => {
                write!(f, "the credential for header {header} is malformed: {reason}")
            }
            ConfigProblem::InvalidHeaderName { header } => {
                write!(f, "{header:?} is not a valid HTTP header name")
            }
            ConfigProblem::InvalidHeaderValue { header } => {
                write!(
                    f,
                    "the value for header {header} has characters not allowed in HTTP headers"
                )
            }
            ConfigProblem::ConnectTimeoutWithHttpClient => f.write_str(
                "connect_timeout cannot apply to a caller-supplied reqwest::Client; set it on that client",
            ),
            ConfigProblem::HttpClient(e) => write!(f, "could not build the HTTP client: {e}"),
            ConfigProblem::Tls { reason } => write!(f, "could not set up TLS: {reason}"),
        }
    }
}

impl std::error::Error for ConfigError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.problem {
            ConfigProblem::HttpClient(e) => Some(e),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static OP: Operation = Operation {
        id: "get_thing",
        method: reqwest::Method::GET,
        path_template: "/things/{id}",
        responses: &[],
    };

    #[test]
    fn display_and_debug_show_the_call_and_the_kind_only() {
        let error: Error = Error::response(
            ErrorKind::ErrorStatusUnknownBody,
            &OP,
            StatusCode::FORBIDDEN,
            HeaderMap::from_iter([(
                reqwest::header::SET_COOKIE,
                "PHPSESSID=marker-cookie".parse().unwrap(),
            )]),
            Some(bytes::Bytes::from_static(b"<html>marker-body</html>")),
        )
        .with_path("/things/marker-id");
        let shown = format!("{error} {error:?} {error:#?}");
        assert!(shown.contains("get_thing (GET /things/{id}): error status 403 Forbidden"));
        assert!(shown.contains("ErrorStatusUnknownBody"), "{shown}");
        assert!(!shown.contains("marker"), "{shown}");
        assert_eq!(error.body(), Some(&b"<html>marker-body</html>"[..]));
        assert_eq!(error.path(), Some("/things/marker-id"));
        assert_eq!(
            error.headers().unwrap()["set-cookie"],
            "PHPSESSID=marker-cookie"
        );
    }

    #[test]
    fn decode_errors_locate_the_problem_without_quoting_it() {
        let serde_error =
            serde_json::from_str::<Vec<u32>>(r#"[1, "marker@example.com"]"#).unwrap_err();
        assert!(serde_error.to_string().contains("marker"));
        let error: Error = Error::response(
            ErrorKind::UndecodableBody,
            &OP,
            StatusCode::OK,
            HeaderMap::new(),
            None,
        )
        .with_decode_error(DecodeError::new("alloc::vec::Vec<u32>", &serde_error));
        let source = std::error::Error::source(&error).unwrap().to_string();
        assert_eq!(
            source,
            "the body does not match the documented `Vec<u32>` at line 1, column 24"
        );
        let syntax = serde_json::from_str::<Vec<u32>>("[1, }").unwrap_err();
        assert_eq!(
            DecodeError::new("Vec<u32>", &syntax).to_string(),
            "the body is not valid JSON (expected `Vec<u32>`) at line 1, column 5"
        );
        let eof = serde_json::from_str::<Vec<u32>>("[1,").unwrap_err();
        assert_eq!(
            DecodeError::new("Vec<u32>", &eof).to_string(),
            "the body ends before its JSON value does (expected `Vec<u32>`) at line 1, column 3"
        );
    }

    #[test]
    fn invalid_requests_say_the_rule() {
        let error: Error = Error::invalid_request(&OP, "limit must be at most 500");
        assert_eq!(
            error.to_string(),
            "get_thing (GET /things/{id}): invalid request, nothing was sent: limit must be at most 500"
        );
        assert_eq!(error.kind(), ErrorKind::InvalidRequest);
        assert!(!error.is_retryable());
    }

    #[test]
    fn accessors_say_what_the_error_holds() {
        #[derive(Debug, PartialEq)]
        struct Body(&'static str);
        let error: Error<Body> = Error::response(
            ErrorKind::ErrorStatus,
            &OP,
            StatusCode::TOO_MANY_REQUESTS,
            HeaderMap::new(),
            None,
        )
        .with_error_body(Body("typed"))
        .with_retry_after(Some(Duration::from_secs(3)));
        assert_eq!(error.operation_id(), "get_thing");
        assert_eq!(error.method(), reqwest::Method::GET);
        assert_eq!(error.path_template(), "/things/{id}");
        assert_eq!(error.path(), None, "nothing says where it was sent");
        assert_eq!(error.retry_after(), Some(Duration::from_secs(3)));
        assert!(error.is_retryable(), "a 429");
        assert!(!error.is_timeout() && !error.is_connect());
        assert_eq!(error.error_body(), Some(&Body("typed")));
        assert_eq!(error.into_error_body(), Some(Body("typed")));
        static POST: Operation = Operation {
            id: "add_thing",
            method: reqwest::Method::POST,
            path_template: "/things",
            responses: &[],
        };
        let post: Error = Error::new(ErrorKind::Connect, &POST);
        assert_eq!(post.method(), reqwest::Method::POST);
        let timeout: Error = Error::new(ErrorKind::Timeout, &OP);
        assert!(timeout.is_timeout() && !timeout.is_connect());
        let connect: Error = Error::new(ErrorKind::Connect, &OP);
        assert!(connect.is_connect() && !connect.is_timeout());
        assert_eq!(connect.retry_after(), None);
    }

    #[test]
    fn debug_says_what_happened_in_words() {
        let error: Error = Error::invalid_request(&OP, "limit must be at most 500");
        let shown = format!("{error:?}");
        assert!(
            shown.contains(
                r#"what: "invalid request, nothing was sent: limit must be at most 500""#
            ),
            "{shown}"
        );
    }

    #[test]
    fn every_kind_reads_in_words() {
        let with = |kind, status: Option<u16>, message: Option<&'static str>| {
            let mut error: Error = Error::new(kind, &OP);
            error.0.status = status.map(|s| StatusCode::from_u16(s).unwrap());
            if let Some(message) = message {
                error = error.with_message(message);
            }
            error
                .to_string()
                .replacen("get_thing (GET /things/{id}): ", "", 1)
        };
        let cases = [
            (
                with(ErrorKind::Connect, None, None),
                "could not connect to the server",
            ),
            (with(ErrorKind::Timeout, None, None), "timed out"),
            (
                with(ErrorKind::Transport, None, None),
                "the connection failed during the request",
            ),
            (
                with(
                    ErrorKind::Redirect,
                    Some(302),
                    Some("to another origin (http://b)"),
                ),
                "redirect not followed (302 Found): to another origin (http://b)",
            ),
            (
                with(ErrorKind::BodyTooLarge, Some(200), Some("16 bytes")),
                "the response body is larger than the limit (16 bytes)",
            ),
            (
                with(ErrorKind::ErrorStatus, Some(404), None),
                "error status 404 Not Found",
            ),
            (
                with(ErrorKind::UnexpectedStatus, Some(418), None),
                "status 418 I'm a teapot, which the API description does not document",
            ),
            (
                with(ErrorKind::UndecodableBody, Some(200), None),
                "status 200 OK, with a body that does not decode as the documented type",
            ),
            (
                with(ErrorKind::ErrorStatus, None, None),
                "error status (none)",
            ),
        ];
        for (shown, expected) in cases {
            assert_eq!(shown, expected);
        }
        assert!(
            with(ErrorKind::RepeatedPage, None, None).contains("paging stopped instead of looping")
        );
    }

    #[test]
    fn decode_errors_say_where() {
        let error = serde_json::from_str::<Vec<u32>>("[1,\n 2,\n x]").unwrap_err();
        let decode = DecodeError::new("Vec<u32>", &error);
        assert_eq!((decode.line(), decode.column()), (3, 2));
    }

    #[test]
    fn config_errors_name_the_client_and_the_problem_and_keep_the_cause() {
        let error = ConfigError::new(
            "kimai-client",
            ConfigProblem::EmptyCredential { header: "api-key" },
        );
        assert_eq!(
            error.to_string(),
            "kimai-client: the credential for header api-key is empty"
        );
        assert_eq!(error.client(), "kimai-client");
        assert!(matches!(
            error.problem(),
            ConfigProblem::EmptyCredential { header: "api-key" }
        ));
        let error = ConfigError::new("x", ConfigProblem::ConnectTimeoutWithHttpClient);
        assert!(std::error::Error::source(&error).is_none());
        // A reqwest error as the cause: an invalid proxy URL.
        let cause = reqwest::Proxy::all("http://[::1").unwrap_err();
        let error = ConfigError::new("x", ConfigProblem::HttpClient(cause));
        assert!(std::error::Error::source(&error).is_some());
        assert!(
            error
                .to_string()
                .starts_with("x: could not build the HTTP client: ")
        );
    }

    #[test]
    fn a_body_that_is_not_json_names_its_media_type_only() {
        let answer = |kind, content_type: &str| {
            let headers = HeaderMap::from_iter([(
                reqwest::header::CONTENT_TYPE,
                content_type.parse().unwrap(),
            )]);
            let error: Error = Error::response(
                kind,
                &OP,
                StatusCode::OK,
                headers,
                Some(bytes::Bytes::from_static(b"<html>marker</html>")),
            );
            error.to_string()
        };
        assert!(
            answer(ErrorKind::UndecodableBody, "text/html; charset=UTF-8").ends_with(
                "with a body that does not decode as the documented type (received text/html, not JSON)"
            )
        );
        assert!(
            answer(ErrorKind::ErrorStatusUnknownBody, "Text/Plain")
                .ends_with("(received text/plain, not JSON)")
        );
        // JSON that does not decode: nothing to add.
        for json in [
            "application/json",
            "application/problem+json; charset=utf-8",
        ] {
            assert!(
                answer(ErrorKind::UndecodableBody, json).ends_with("the documented type"),
                "{json}"
            );
        }
        // Not a media type (it may hold anything): not shown.
        for odd in ["marker", "text/html marker/x", "a/b/c\\marker"] {
            let shown = answer(ErrorKind::UndecodableBody, odd);
            assert!(shown.ends_with("the documented type"), "{shown}");
        }
    }

    #[test]
    fn the_status_compares_as_a_number_whatever_the_body() {
        for kind in [
            ErrorKind::ErrorStatus,
            ErrorKind::ErrorStatusUnknownBody,
            ErrorKind::UnexpectedStatus,
        ] {
            let error: Error =
                Error::response(kind, &OP, StatusCode::NOT_FOUND, HeaderMap::new(), None);
            assert!(error.status() == Some(404));
            assert_eq!(error.status_code(), Some(StatusCode::NOT_FOUND));
        }
        let error: Error = Error::new(ErrorKind::Connect, &OP);
        assert_eq!(error.status(), None);
    }

    #[test]
    fn why_a_retry_was_not_made_is_said() {
        let error: Error = Error::response(
            ErrorKind::ErrorStatusUnknownBody,
            &OP,
            StatusCode::SERVICE_UNAVAILABLE,
            HeaderMap::new(),
            None,
        );
        assert!(!error.retry_budget_exhausted());
        let spent = error.not_retried(NotRetried::Budget);
        assert!(spent.retry_budget_exhausted());
        assert!(
            spent.to_string().ends_with(
                "; not retried: the client's retry budget is spent (too many failed calls lately)"
            ),
            "{spent}"
        );
        let late: Error = Error::new(ErrorKind::Connect, &OP).not_retried(NotRetried::Deadline);
        assert!(!late.retry_budget_exhausted());
        assert!(
            late.to_string()
                .ends_with("the call's deadline would pass first")
        );
        let deadline: Error = Error::deadline(&OP, Duration::from_millis(1500));
        assert!(deadline.is_timeout());
        assert!(
            deadline
                .to_string()
                .ends_with("timed out: the call's deadline of 1.5s passed")
        );
    }

    #[test]
    fn short_type_names() {
        assert_eq!(
            short_type_name("alloc::vec::Vec<kinow_client::generated::types::Balance>"),
            "Vec<Balance>"
        );
        assert_eq!(short_type_name("()"), "()");
    }
}
