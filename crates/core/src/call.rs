//! One call of an operation: send the request (retrying what may be retried,
//! within the client's retry budget and the call's deadline, following
//! same-origin redirects), read the answer's body within the limit, and
//! decode it by the operation's documented responses.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use backon::{BackoffBuilder, Retryable};
use bytes::Bytes;
use progenitor_client::ResponseValue;
use reqwest::header::LOCATION;
use serde::Serialize;
use serde::de::DeserializeOwned;
use tracing::Instrument;

use crate::body::multipart::{Form, PartError};
use crate::config::{ClientConfig, Settings};
use crate::description::Operation;
use crate::error::{Error, NotRetried};
use crate::kind::ErrorKind;
use crate::operation::{Success, classify};
use crate::options::CallOptions;
use crate::redirect::{self, Redirect};
use crate::retry::{next_wait, server_wait};
use crate::trace;
use crate::value::{Streamed, SuccessValue};

/// Builds the request of one attempt: generated code's closure, or an
/// [`Upload`] of a `multipart/form-data` body.
pub trait MakeRequest: Sync {
    /// The request, built anew (the same bytes every time).
    fn make(&self) -> reqwest::Result<reqwest::Request>;

    /// Whether the request can be sent again (a retry, a redirect): not
    /// with a one-shot stream in its body.
    fn replayable(&self) -> bool {
        true
    }
}

impl<F> MakeRequest for F
where
    F: Fn() -> reqwest::Result<reqwest::Request> + Sync,
{
    fn make(&self) -> reqwest::Result<reqwest::Request> {
        self()
    }
}

/// A request with a `multipart/form-data` body: `make` builds it (with
/// [`Form::attach`]); it is sent again only where the form can be.
pub struct Upload<'a, F> {
    form: &'a Form,
    make: F,
}

impl<'a, F> Upload<'a, F> {
    /// The request `make` builds, with `form` as its body.
    pub fn new(form: &'a Form, make: F) -> Self {
        Self { form, make }
    }
}

impl<F> MakeRequest for Upload<'_, F>
where
    F: Fn() -> reqwest::Result<reqwest::Request> + Sync,
{
    fn make(&self) -> reqwest::Result<reqwest::Request> {
        (self.make)()
    }

    fn replayable(&self) -> bool {
        self.form.is_replayable()
    }
}

/// Sends the request `build` makes (the generated code's request for
/// `operation`), with the call's `options` over the client's settings, and
/// returns the operation's value, or why there is none.
///
/// Each attempt, and each redirect, builds the request (the same bytes
/// every time) right before sending it: no copy is kept in advance, which
/// would cost a copy of the URL and headers per call, and a request lives
/// in no future's state longer than it takes to hand it to reqwest.
///
/// A download (`T` streamed) returns once the answer's head has arrived:
/// the call's timeout and deadline cover getting it, and the body is the
/// caller's to read.
///
/// Only decoding the value is generic over the operation (`T`, `B`): the
/// exchange itself (`exchange`) is generic over the vendor's error body
/// alone, so that a crate of hundreds of operations compiles it, and proves
/// its future `Send`, once per vendor rather than once per operation.
pub async fn execute<T, E, B>(
    http: &reqwest::Client,
    config: &ClientConfig,
    options: &CallOptions,
    operation: &'static Operation,
    build: B,
) -> Result<ResponseValue<T>, Error<E>>
where
    T: SuccessValue,
    E: DeserializeOwned + Serialize,
    B: MakeRequest,
{
    if let Err(message) = options.check(config) {
        return Err(Error::invalid_request(operation, message));
    }
    let exchanged = exchange::<E>(http, config, options, operation, &build, T::STREAMED).await;
    let result = exchanged.answer.and_then(|answer| match answer {
        Answer::Read { success, response } => success
            .value()
            // The path is copied for an error only.
            .map_err(|e| e.with_path(response.url().path())),
        Answer::Streamed {
            status,
            headers,
            streamed,
        } => match T::streamed(streamed) {
            Some(value) => Ok(ResponseValue::new(value, status, headers)),
            None => Err(Error::response(
                ErrorKind::UndecodableBody,
                operation,
                status,
                headers,
                None,
            )),
        },
    });
    let (status, kind) = match &result {
        Ok(value) => {
            // A call that ended with its value: the budget's accounting.
            config.0.budget.succeeded(exchanged.retries);
            (Some(value.status().as_u16()), None)
        }
        Err(error) => (error.status(), Some(error.kind())),
    };
    trace::finish(
        &exchanged.span,
        status,
        kind,
        exchanged.resends,
        exchanged.started,
    );
    result
}

/// A success answer, as the exchange leaves it for the operation's type.
enum Answer {
    /// Read whole, within the body limit; `response` is what is left of
    /// the answer (its URL, for an error's path).
    Read {
        success: Success,
        response: reqwest::Response,
    },
    /// A download's head, its body unread.
    Streamed {
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        streamed: Streamed,
    },
}

/// What one call's exchange came to, with what its trace needs.
struct Exchanged<E> {
    answer: Result<Answer, Error<E>>,
    span: tracing::Span,
    started: Option<Instant>,
    resends: u32,
    /// Retries made (what the budget accounts for).
    retries: u32,
}

/// The exchange of one call whose options are valid: the request sent
/// (retried, redirected, within the deadline) until a success answer, or
/// the error that ended it.
async fn exchange<E>(
    http: &reqwest::Client,
    config: &ClientConfig,
    options: &CallOptions,
    operation: &'static Operation,
    build: &dyn MakeRequest,
    streamed: bool,
) -> Exchanged<E>
where
    E: DeserializeOwned + Serialize,
{
    let span = trace::call_span(operation);
    // The duration is only recorded on a span something listens to.
    let started = (!span.is_disabled()).then(Instant::now);
    let mut call = Call {
        http,
        config: &config.0,
        options,
        operation,
        build,
        streamed,
        resends: AtomicU32::new(0),
        retries: AtomicU32::new(0),
        not_retried: OnceLock::new(),
        deadline: None,
    };
    let answer = match options.deadline_value() {
        None => call.run::<E>(&span).await,
        Some(deadline) => {
            let at = tokio::time::Instant::now() + deadline;
            call.deadline = Some(at);
            // Boxed: calls without a deadline do not carry its timer.
            Box::pin(tokio::time::timeout_at(at, call.run::<E>(&span)))
                .await
                .unwrap_or_else(|_| Err(Error::deadline(operation, deadline)))
        }
    };
    Exchanged {
        answer,
        span,
        started,
        resends: call.resends.load(Ordering::Relaxed),
        retries: call.retries.load(Ordering::Relaxed),
    }
}

/// What every attempt of one call shares.
struct Call<'a> {
    http: &'a reqwest::Client,
    config: &'a Settings,
    options: &'a CallOptions,
    operation: &'static Operation,
    /// Builds the request (as the generated code does), for each attempt
    /// and redirect.
    build: &'a dyn MakeRequest,
    /// Whether a success answer's body is the caller's to read (a
    /// download), not read here.
    streamed: bool,
    /// Requests sent again: retries and redirects followed.
    resends: AtomicU32,
    /// Retries made (what the budget accounts for).
    retries: AtomicU32,
    /// Why the retryable error that ended the call was not retried.
    not_retried: OnceLock<NotRetried>,
    /// When the call must have ended, where it has a deadline.
    deadline: Option<tokio::time::Instant>,
}

impl Call<'_> {
    /// The first attempt and, where it failed in a way worth retrying and
    /// retries are on, the retries.
    async fn run<E>(&self, span: &tracing::Span) -> Result<Answer, Error<E>>
    where
        E: DeserializeOwned + Serialize,
    {
        // Most calls end with their first attempt: the retry schedule is
        // only set up after a failure worth retrying. (Each async layer
        // between the caller and the answer costs a copy of it: the first
        // attempt is awaited here directly, and the span entered only where
        // something listens.)
        let first = if span.is_disabled() {
            self.attempt::<E>().await
        } else {
            self.attempt::<E>().instrument(span.clone()).await
        };
        let result = match first {
            // (With retries off in the client's config, the schedule has no
            // delay: `retry` returns at once.)
            Err(error) if error.is_retryable() && self.options.retries_enabled() => {
                if self.build.replayable() {
                    // Boxed: the retries' state does not make every call's future
                    // larger (a larger future costs a larger copy each time it moves).
                    Box::pin(self.retry(error).instrument(span.clone())).await
                } else {
                    let _ = self.not_retried.set(NotRetried::OneShotBody);
                    Err(error)
                }
            }
            done => done,
        };
        // The retry budget is credited by `execute`, once the value decodes.
        result.map_err(|error| match self.not_retried.get() {
            Some(why) => error.not_retried(*why),
            None => error,
        })
    }

    /// A request as the generated code builds it, with the client's wire
    /// rules applied.
    fn request<E>(&self) -> Result<reqwest::Request, Error<E>> {
        let mut request = self
            .build
            .make()
            .map_err(|e| Error::http(self.operation, e))?;
        self.config.wire.apply(&mut request);
        self.options.apply(&mut request);
        Ok(request)
    }

    /// The attempts after a first one that failed with `error`, on the
    /// retry schedule: backon's, with the server's wait where it asks for
    /// one.
    async fn retry<E>(&self, error: Error<E>) -> Result<Answer, Error<E>>
    where
        E: DeserializeOwned + Serialize,
    {
        let retry = &self.config.retry;
        // The wait before the next attempt, or none: no attempt left, a
        // server asking for too long a wait, a wait past the deadline, or
        // no room in the budget (asked last: only a retry that would
        // happen takes tokens).
        let wait_after = |error: &Error<E>, backoff: Option<Duration>| {
            let wait = next_wait(error.retry_after(), backoff, retry.max_backoff())?;
            let stop = |why: NotRetried| {
                let _ = self.not_retried.set(why);
                None
            };
            if self
                .deadline
                .is_some_and(|deadline| tokio::time::Instant::now() + wait >= deadline)
            {
                return stop(NotRetried::Deadline);
            }
            if !self.config.budget.take_retry() {
                return stop(NotRetried::Budget);
            }
            Some(wait)
        };
        let notify = |error: &Error<E>, wait: Duration| {
            self.resends.fetch_add(1, Ordering::Relaxed);
            self.retries.fetch_add(1, Ordering::Relaxed);
            trace::retrying(error, wait);
        };
        // The schedule's first delay is the wait after the first attempt,
        // as backon would take it; backon runs the attempts after it.
        let mut backoff = retry.backoff().build();
        let Some(wait) = wait_after(&error, backoff.next()) else {
            return Err(error);
        };
        notify(&error, wait);
        tokio::time::sleep(wait).await;
        (|| self.attempt::<E>())
            .retry(backoff)
            .sleep(tokio::time::sleep)
            .when(Error::is_retryable)
            .adjust(wait_after)
            .notify(notify)
            .await
    }

    /// Sends the request once, following same-origin redirects.
    async fn attempt<E>(&self) -> Result<Answer, Error<E>>
    where
        E: DeserializeOwned + Serialize,
    {
        let operation = self.operation;
        let mut hops = 0;
        let mut target = None;
        // A download's timeout covers its answer's head, then each wait for
        // a piece of body (`Download::chunk`), not the whole body.
        let head_timeout = if self.streamed {
            self.options.timeout_value().or(self.config.wire.timeout)
        } else {
            None
        };
        loop {
            let mut request = self.request()?;
            if let Some(url) = target.take() {
                *request.url_mut() = url;
            }
            if head_timeout.is_some() {
                // reqwest's own timeout would cover the body too.
                *request.timeout_mut() = Some(Duration::MAX);
            }
            let sent = match head_timeout {
                None => self.http.execute(request).await,
                // Boxed: no other call's future carries the timer.
                Some(limit) => {
                    match Box::pin(tokio::time::timeout(limit, self.http.execute(request))).await {
                        Ok(sent) => sent,
                        Err(_) => {
                            return Err(Error::timed_out(
                                operation,
                                format!("no answer within {limit:?}"),
                            ));
                        }
                    }
                }
            };
            let mut response = match sent {
                Ok(response) => response,
                Err(error) => {
                    if let Some(message) = PartError::find(&error) {
                        let error = http_error::<E>(operation, error);
                        let path = error.path().map(str::to_string);
                        let body = Error::request_body(operation, message);
                        return Err(match path {
                            Some(path) => body.with_path(&path),
                            None => body,
                        });
                    }
                    let error = http_error(operation, error);
                    // A caller's own client may follow redirects itself, and
                    // then fail to connect to the redirect's target after
                    // the first server got the request (reqwest reports the
                    // URL first asked): for a write, a failed connection is
                    // no proof that nothing was sent.
                    return Err(
                        if !self.config.wire.runtime_client && error.kind() == ErrorKind::Connect {
                            error.maybe_sent()
                        } else {
                            error
                        },
                    );
                }
            };
            let status = response.status();
            if redirect::is_redirect(status) {
                let decision = redirect::decide(
                    status,
                    &operation.method,
                    response.url(),
                    response.headers().get(LOCATION),
                    hops,
                );
                let decision = match decision {
                    Redirect::Follow(_) if !self.build.replayable() => Redirect::Refuse(
                        "its request body is a one-shot stream (`File::from_stream`), which cannot be sent again"
                            .into(),
                    ),
                    decision => decision,
                };
                match decision {
                    Redirect::Follow(url) => {
                        trace::redirected(status.as_u16());
                        hops += 1;
                        self.resends.fetch_add(1, Ordering::Relaxed);
                        target = Some(url);
                        continue;
                    }
                    Redirect::Refuse(reason) => {
                        let headers = std::mem::take(response.headers_mut());
                        return Err(Error::response(
                            ErrorKind::Redirect,
                            operation,
                            status,
                            headers,
                            None,
                        )
                        .with_path(response.url().path())
                        .with_message(reason));
                    }
                }
            }
            if self.streamed && status.is_success() {
                let headers = response.headers().clone();
                let streamed = Streamed {
                    operation,
                    response,
                    idle: head_timeout,
                };
                return Ok(Answer::Streamed {
                    status,
                    headers,
                    streamed,
                });
            }
            let headers = std::mem::take(response.headers_mut());
            let wait = if status.is_success() {
                None
            } else {
                server_wait(&headers, self.config.wait_headers)
            };
            let limit = self.config.max_response_body;
            let read = match read_body(&mut response, limit).await {
                Ok(body) => classify(operation, status, headers, body),
                Err(BodyError::TooLarge) => {
                    Err(
                        Error::response(ErrorKind::BodyTooLarge, operation, status, headers, None)
                            .with_message(format!("{limit} bytes")),
                    )
                }
                Err(BodyError::Http(e)) => Err(Error::http(operation, e.without_url())),
            };
            return match read {
                Ok(success) => Ok(Answer::Read { success, response }),
                // The path is copied for an error only.
                Err(e) => Err(e.with_path(response.url().path()).with_retry_after(wait)),
            };
        }
    }
}

/// A transport error, with the path it was sent to (never the query).
fn http_error<E>(operation: &'static Operation, error: reqwest::Error) -> Error<E> {
    let path = error.url().map(|url| url.path().to_owned());
    let error = Error::http(operation, error);
    match path {
        Some(path) => error.with_path(&path),
        None => error,
    }
}

enum BodyError {
    TooLarge,
    Http(reqwest::Error),
}

/// Reads the whole body, failing as soon as it is known to be over `limit`
/// bytes: from `Content-Length`, or after at most `limit` plus one chunk.
/// Memory never holds more than that: with a declared length the buffer is
/// allocated once; without one, chunks are kept as received (no buffer
/// doubling past the limit) and joined at the end.
async fn read_body(response: &mut reqwest::Response, limit: usize) -> Result<Bytes, BodyError> {
    let declared = response.content_length();
    if declared.is_some_and(|length| length > limit as u64) {
        return Err(BodyError::TooLarge);
    }
    let Some(first) = response.chunk().await.map_err(BodyError::Http)? else {
        return Ok(Bytes::new());
    };
    if first.len() > limit {
        return Err(BodyError::TooLarge);
    }
    // Most answers arrive in one chunk: hand it over without copying.
    let Some(second) = response.chunk().await.map_err(BodyError::Http)? else {
        return Ok(first);
    };
    if let Some(length) = declared {
        // Allocated once, at the declared size (at most the limit).
        let mut body = Vec::with_capacity(length as usize);
        let mut next = Some(second);
        body.extend_from_slice(&first);
        while let Some(chunk) = next {
            if body.len() + chunk.len() > limit {
                return Err(BodyError::TooLarge);
            }
            body.extend_from_slice(&chunk);
            next = response.chunk().await.map_err(BodyError::Http)?;
        }
        return Ok(Bytes::from(body));
    }
    let mut total = first.len();
    let mut chunks = vec![first];
    let mut next = Some(second);
    while let Some(chunk) = next {
        total += chunk.len();
        if total > limit {
            return Err(BodyError::TooLarge);
        }
        chunks.push(chunk);
        next = response.chunk().await.map_err(BodyError::Http)?;
    }
    let mut body = Vec::with_capacity(total);
    for chunk in chunks {
        body.extend_from_slice(&chunk);
    }
    Ok(Bytes::from(body))
}

/// The scripted server of the wire tests (`tests/support`), shared.
#[cfg(test)]
#[path = "../../../tests/support/server.rs"]
#[allow(dead_code, missing_docs)]
mod test_server;

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use futures_util::stream;

    use super::*;
    use crate::description::Response;
    use crate::{ClientBuilder, FromParts, NoErrorBody, RetryBudget, RetryConfig};
    use bytes::Bytes;

    use super::test_server::{Reply, ScriptedServer};

    /// A response whose body arrives in `chunks` (its length unknown in
    /// advance), or in one piece of known length when `whole`.
    fn response(chunks: &[&'static [u8]], whole: bool) -> reqwest::Response {
        let body = if whole {
            reqwest::Body::from(chunks.concat())
        } else {
            let parts: Vec<Result<Bytes, std::io::Error>> =
                chunks.iter().map(|c| Ok(Bytes::from_static(c))).collect();
            reqwest::Body::wrap_stream(stream::iter(parts))
        };
        reqwest::Response::from(http::Response::builder().status(200).body(body).unwrap())
    }

    async fn read(chunks: &[&'static [u8]], whole: bool, limit: usize) -> Option<Vec<u8>> {
        match read_body(&mut response(chunks, whole), limit).await {
            Ok(body) => Some(body.to_vec()),
            Err(BodyError::TooLarge) => None,
            Err(BodyError::Http(e)) => panic!("{e}"),
        }
    }

    #[tokio::test]
    async fn bodies_up_to_the_limit_are_read_whole() {
        assert_eq!(read(&[], false, 4).await, Some(vec![]));
        assert_eq!(read(&[b"abcd"], true, 4).await, Some(b"abcd".to_vec()));
        assert_eq!(
            read(&[b"ab", b"cd"], false, 4).await,
            Some(b"abcd".to_vec())
        );
        assert_eq!(
            read(&[b"a", b"b", b"cd"], false, 4).await,
            Some(b"abcd".to_vec())
        );
    }

    #[tokio::test]
    async fn bodies_over_the_limit_are_refused() {
        // Known too long: refused before reading.
        assert_eq!(read(&[b"abcde"], true, 4).await, None);
        // One chunk too long.
        assert_eq!(read(&[b"abcde"], false, 4).await, None);
        // Too long once chunks add up.
        assert_eq!(read(&[b"abc", b"de"], false, 4).await, None);
        assert_eq!(read(&[b"ab", b"c", b"de"], false, 4).await, None);
    }

    static GET_THING: Operation = Operation {
        id: "get_thing",
        method: reqwest::Method::GET,
        path_template: "/thing",
        responses: &[(200, Response::Success)],
    };

    /// What `ClientBuilder` builds, as a generated client would keep it.
    struct Parts {
        base_url: String,
        http: reqwest::Client,
        config: ClientConfig,
    }

    impl FromParts for Parts {
        const CLIENT: &'static str = "test-client";

        fn from_parts(base_url: &str, http: reqwest::Client, config: ClientConfig) -> Self {
            Self {
                base_url: base_url.into(),
                http,
                config,
            }
        }
    }

    async fn get(server: &ScriptedServer, retry: RetryConfig) -> Result<u32, Error<NoErrorBody>> {
        call(&parts(server, retry), &CallOptions::new()).await
    }

    /// `GET /thing` from a client `configure` set up, decoded as a `u32`.
    async fn get_with(
        server: &ScriptedServer,
        configure: impl FnOnce(ClientBuilder<Parts>) -> ClientBuilder<Parts>,
    ) -> Result<u32, Error<NoErrorBody>> {
        let parts: Parts = configure(ClientBuilder::new(server.base_url()))
            .build()
            .unwrap();
        call(&parts, &CallOptions::new()).await
    }

    /// `GET /thing` with `options`, decoded as a `u32`.
    async fn call(parts: &Parts, options: &CallOptions) -> Result<u32, Error<NoErrorBody>> {
        let url = format!("{}/thing", parts.base_url);
        execute::<u32, NoErrorBody, _>(&parts.http, &parts.config, options, &GET_THING, || {
            parts.http.get(&url).build()
        })
        .await
        .map(|r| r.into_inner())
    }

    /// A client with `retry`, its backoff shortened to 1 ms.
    fn parts(server: &ScriptedServer, retry: RetryConfig) -> Parts {
        ClientBuilder::new(server.base_url())
            .retry_config(retry.with_initial_backoff(Duration::from_millis(1)))
            .build()
            .unwrap()
    }

    #[tokio::test]
    async fn retries_off_for_one_call_is_one_attempt_and_no_wait() {
        let script = || {
            vec![
                Reply::json(429, "").header("retry-after", "5"),
                Reply::json(200, "7"),
            ]
        };
        let server = ScriptedServer::start(script()).await;
        let parts = parts(&server, RetryConfig::standard());
        let started = Instant::now();
        let error = call(&parts, &CallOptions::new().retries(false))
            .await
            .unwrap_err();
        assert!(error.status() == Some(429));
        assert_eq!(server.received().len(), 1);
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "no Retry-After sleep"
        );
        // The same client retries other calls.
        let server = ScriptedServer::start(vec![Reply::json(503, ""), Reply::json(200, "7")]).await;
        let parts = self::parts(&server, RetryConfig::standard());
        assert_eq!(call(&parts, &CallOptions::new()).await.unwrap(), 7);
        assert_eq!(server.received().len(), 2);
    }

    #[tokio::test]
    async fn a_per_call_timeout_beats_the_clients() {
        let server = ScriptedServer::start(vec![
            Reply::json(200, "7").after(Duration::from_millis(400)),
        ])
        .await;
        let parts: Parts = ClientBuilder::new(server.base_url())
            .timeout(Duration::from_secs(30))
            .retry_config(RetryConfig::disabled())
            .build()
            .unwrap();
        let options = CallOptions::new().timeout(Duration::from_millis(50));
        let error = call(&parts, &options).await.unwrap_err();
        assert!(error.is_timeout(), "{error}");
        // Longer than the client's: the call's wins too.
        let parts: Parts = ClientBuilder::new(server.base_url())
            .timeout(Duration::from_millis(50))
            .retry_config(RetryConfig::disabled())
            .build()
            .unwrap();
        assert!(
            call(&parts, &CallOptions::new())
                .await
                .unwrap_err()
                .is_timeout()
        );
        let options = CallOptions::new().timeout(Duration::from_secs(30));
        assert_eq!(call(&parts, &options).await.unwrap(), 7);
    }

    #[tokio::test]
    async fn a_deadline_covers_every_attempt_and_wait() {
        // An attempt still running when the deadline passes.
        let server =
            ScriptedServer::start(vec![Reply::json(200, "7").after(Duration::from_secs(5))]).await;
        let parts = parts(&server, RetryConfig::standard());
        let started = Instant::now();
        let options = CallOptions::new().deadline(Duration::from_millis(100));
        let error = call(&parts, &options).await.unwrap_err();
        assert!(error.is_timeout(), "{error}");
        assert!(error.to_string().contains("deadline"), "{error}");
        assert!(started.elapsed() < Duration::from_secs(5));
        // A retry whose wait would end past it is not made: the error that
        // would have been retried is the call's.
        let server = ScriptedServer::start(vec![Reply::json(503, "")]).await;
        let parts: Parts = ClientBuilder::new(server.base_url())
            .retry_config(RetryConfig::standard().with_initial_backoff(Duration::from_secs(2)))
            .build()
            .unwrap();
        let error = call(&parts, &options).await.unwrap_err();
        assert!(error.status() == Some(503), "{error}");
        assert!(error.to_string().contains("deadline would pass"), "{error}");
        assert_eq!(server.received().len(), 1);
        assert!(!error.retry_budget_exhausted());
    }

    #[tokio::test]
    async fn per_call_headers_are_sent_and_credentials_kept() {
        let server = ScriptedServer::start(vec![Reply::json(200, "7")]).await;
        let parts: Parts = ClientBuilder::new(server.base_url())
            .sensitive_header("X-Token", "s3cr3t")
            .build()
            .unwrap();
        let options = CallOptions::new()
            .header("Idempotency-Key", "key-1")
            .header("Accept", "text/plain");
        assert_eq!(call(&parts, &options).await.unwrap(), 7);
        let received = &server.received()[0];
        assert_eq!(received.header("idempotency-key"), Some("key-1"));
        assert_eq!(received.header("accept"), Some("text/plain"));
        assert_eq!(received.header("x-token"), Some("s3cr3t"));
        // Replacing a credential: refused, nothing sent.
        let options = CallOptions::new().header("x-token", "other");
        let error = call(&parts, &options).await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::InvalidRequest);
        assert!(error.to_string().contains("x-token"), "{error}");
        assert_eq!(server.received().len(), 1);
    }

    #[tokio::test]
    async fn the_budget_stops_retries_under_an_outage_and_says_so() {
        let server = ScriptedServer::start(vec![Reply::json(503, "")]).await;
        let parts = parts(
            &server,
            RetryConfig::standard().with_budget(RetryBudget::token_bucket(10, 5, 1)),
        );
        let mut errors = Vec::new();
        for _ in 0..4 {
            errors.push(call(&parts, &CallOptions::new()).await.unwrap_err());
        }
        // 2 retries' worth of tokens: the first call makes both, the others none.
        assert_eq!(server.received().len(), 3 + 1 + 1 + 1);
        assert!(!errors[0].retry_budget_exhausted());
        for error in &errors[1..] {
            assert!(error.retry_budget_exhausted(), "{error}");
            assert!(
                error.to_string().contains("retry budget is spent"),
                "{error}"
            );
        }
        // An unlimited budget retries every call.
        let server = ScriptedServer::start(vec![Reply::json(503, "")]).await;
        let parts = self::parts(
            &server,
            RetryConfig::standard().with_budget(RetryBudget::unlimited()),
        );
        for _ in 0..4 {
            assert!(
                !call(&parts, &CallOptions::new())
                    .await
                    .unwrap_err()
                    .retry_budget_exhausted()
            );
        }
        assert_eq!(server.received().len(), 12);
    }

    #[tokio::test]
    async fn a_call_that_ends_with_its_value_gives_its_retry_back() {
        // One retry's worth of tokens, nothing back for a first-attempt
        // success: a call that retries and decodes its value puts the
        // retry back; one whose success answer does not decode, nothing.
        let server = ScriptedServer::start(vec![
            Reply::json(503, ""),
            Reply::json(200, "7"),
            Reply::json(503, ""),
            Reply::json(200, "\"seven\""),
            Reply::json(503, ""),
            Reply::json(200, "7"),
        ])
        .await;
        let parts = parts(
            &server,
            RetryConfig::standard().with_budget(RetryBudget::token_bucket(5, 5, 0)),
        );
        assert_eq!(call(&parts, &CallOptions::new()).await.unwrap(), 7);
        let undecodable = call(&parts, &CallOptions::new()).await.unwrap_err();
        assert_eq!(
            undecodable.kind(),
            ErrorKind::UndecodableBody,
            "{undecodable}"
        );
        let error = call(&parts, &CallOptions::new()).await.unwrap_err();
        assert!(error.retry_budget_exhausted(), "{error}");
        assert_eq!(server.received().len(), 5);
    }

    #[tokio::test]
    async fn one_attempt_when_retries_are_off() {
        let server = ScriptedServer::start(vec![Reply::json(503, ""), Reply::json(200, "7")]).await;
        let error = get(&server, RetryConfig::disabled()).await.unwrap_err();
        assert_eq!(error.status(), Some(503));
        assert_eq!(server.received().len(), 1);

        let server = ScriptedServer::start(vec![Reply::json(503, ""), Reply::json(200, "7")]).await;
        assert_eq!(get(&server, RetryConfig::standard()).await.unwrap(), 7);
        assert_eq!(server.received().len(), 2);
    }

    #[tokio::test]
    async fn an_answer_that_is_not_retryable_is_final() {
        let server = ScriptedServer::start(vec![Reply::json(400, ""), Reply::json(200, "7")]).await;
        let error = get(&server, RetryConfig::standard()).await.unwrap_err();
        assert_eq!(error.status(), Some(400));
        assert_eq!(server.received().len(), 1);
    }

    #[tokio::test]
    async fn redirects_are_counted_and_bounded() {
        let server = ScriptedServer::start(vec![
            Reply::json(302, "").header("location", "/elsewhere"),
            Reply::json(200, "7"),
        ])
        .await;
        assert_eq!(get(&server, RetryConfig::disabled()).await.unwrap(), 7);
        let received = server.received();
        assert_eq!(received.len(), 2);
        assert_eq!(received[1].target, "/elsewhere");

        let server =
            ScriptedServer::start(vec![Reply::json(302, "").header("location", "/again")]).await;
        let error = get(&server, RetryConfig::disabled()).await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Redirect);
        assert_eq!(server.received().len(), 1 + crate::redirect::MAX_HOPS);
    }

    #[tokio::test]
    async fn a_declared_body_in_many_chunks_is_read_whole_up_to_the_limit() {
        // 1 MiB with a Content-Length arrives in many chunks over a socket.
        let number = "1".repeat(1 << 20);
        let server = ScriptedServer::start(vec![Reply::json(200, &number)]).await;
        let error = get_with(&server, |builder| builder.max_response_body(1 << 20))
            .await
            .unwrap_err();
        // Read whole (then too big a number for a u32), not refused as too long.
        assert_eq!(error.kind(), ErrorKind::UndecodableBody);
        assert_eq!(error.body().map(<[u8]>::len), Some(1 << 20));
    }

    #[tokio::test]
    async fn a_body_over_the_limit_keeps_the_status_and_names_the_limit() {
        let server = ScriptedServer::start(vec![Reply::json(200, "123456789")]).await;
        let error = get_with(&server, |builder| builder.max_response_body(4))
            .await
            .unwrap_err();
        assert_eq!(error.kind(), ErrorKind::BodyTooLarge);
        assert_eq!(error.status(), Some(200));
        assert!(error.to_string().ends_with("(4 bytes)"), "{error}");
        assert_eq!(error.path(), Some("/thing"));
    }

    /// A value by status, as the generator makes one for an operation whose
    /// documented successes differ.
    #[derive(Debug, PartialEq)]
    enum Made {
        Created(u32),
        Accepted(String),
        NoContent,
    }

    impl SuccessValue for Made {
        fn decode(status: u16, body: &[u8]) -> Result<Self, serde_json::Error> {
            match status {
                201 => serde_json::from_slice(body).map(Self::Created),
                202 => serde_json::from_slice(body).map(Self::Accepted),
                _ => Ok(Self::NoContent),
            }
        }
    }

    static MAKE: Operation = Operation {
        id: "make",
        method: reqwest::Method::POST,
        path_template: "/things",
        responses: &[
            (201, Response::Success),
            (202, Response::Success),
            (204, Response::SuccessWithoutBody("null")),
            (400, Response::Error),
            (
                404,
                Response::ErrorBody(crate::operation::error_body::<Vec<String>>),
            ),
        ],
    };

    #[derive(Debug, PartialEq, serde::Deserialize, serde::Serialize)]
    struct Problem {
        message: String,
    }

    async fn make(parts: &Parts) -> Result<ResponseValue<Made>, Error<Problem>> {
        let url = format!("{}/things", parts.base_url);
        execute(
            &parts.http,
            &parts.config,
            &CallOptions::new(),
            &MAKE,
            || parts.http.post(&url).body("{}").build(),
        )
        .await
    }

    #[tokio::test]
    async fn the_status_picks_the_value_and_a_stray_body_on_204_is_no_content() {
        let server = ScriptedServer::start(vec![
            Reply::json(201, "7"),
            Reply::json(202, "\"later\""),
            // A 204 with a media type and a body it must not have.
            Reply::json(204, "{}"),
            Reply::json(201, "8"),
            // Not documented: the documented success of its kind.
            Reply::json(200, "9"),
            Reply::json(205, ""),
        ])
        .await;
        let parts = parts(&server, RetryConfig::disabled());
        let mut made = Vec::new();
        for _ in 0..6 {
            let value = make(&parts).await.unwrap();
            made.push((value.status().as_u16(), value.into_inner()));
        }
        assert_eq!(
            made,
            [
                (201, Made::Created(7)),
                (202, Made::Accepted("later".into())),
                (204, Made::NoContent),
                (201, Made::Created(8)),
                (200, Made::Created(9)),
                (205, Made::NoContent),
            ]
        );
        let received = server.received();
        assert_eq!(received.len(), 6, "each call sent once");
        // The call after the 204 went out on the same keep-alive connection
        // or, where the client dropped it for its stray bytes, a new one:
        // either way it was answered as scripted.
        assert_eq!(received[0].connection, received[2].connection);
        assert!(received[3].connection >= received[2].connection);
    }

    #[tokio::test]
    async fn each_error_status_decodes_into_its_own_type() {
        let server = ScriptedServer::start(vec![
            Reply::json(400, r#"{"message":"bad"}"#),
            Reply::json(404, r#"["a@example.com"]"#),
            Reply::json(404, r#"{"message":"not a list"}"#),
        ])
        .await;
        let parts = parts(&server, RetryConfig::disabled());
        let usual = make(&parts).await.unwrap_err();
        assert_eq!(usual.kind(), ErrorKind::ErrorStatus);
        assert_eq!(usual.error_body().map(|p| p.message.as_str()), Some("bad"));
        assert_eq!(
            usual.error_body_as::<Problem>().map(|p| p.message.as_str()),
            Some("bad")
        );
        assert!(usual.error_body_as::<Vec<String>>().is_none());
        let own = make(&parts).await.unwrap_err();
        assert_eq!(own.kind(), ErrorKind::ErrorStatus);
        assert!(own.error_body().is_none(), "not the usual error body");
        assert_eq!(
            own.error_body_as::<Vec<String>>(),
            Some(&vec!["a@example.com".to_string()])
        );
        assert!(own.error_body_as::<Problem>().is_none());
        assert_eq!(
            own.into_error_body_as::<Vec<String>>(),
            Some(vec!["a@example.com".to_string()])
        );
        let other = make(&parts).await.unwrap_err();
        assert_eq!(other.kind(), ErrorKind::ErrorStatusUnknownBody);
        assert!(other.error_body_as::<Vec<String>>().is_none());
    }

    #[tokio::test]
    async fn an_undocumented_success_of_a_write_is_a_success_sent_once() {
        static CREATE: Operation = Operation {
            id: "create",
            method: reqwest::Method::POST,
            path_template: "/thing",
            responses: &[(200, Response::Success), (400, Response::ErrorWithoutBody)],
        };
        let server = ScriptedServer::start(vec![Reply::json(201, "7")]).await;
        let parts = parts(&server, RetryConfig::standard());
        let url = format!("{}/thing", parts.base_url);
        let created = execute::<u32, NoErrorBody, _>(
            &parts.http,
            &parts.config,
            &CallOptions::new(),
            &CREATE,
            || parts.http.post(&url).build(),
        )
        .await
        .unwrap();
        assert_eq!(created.status().as_u16(), 201);
        assert_eq!(created.into_inner(), 7);
        assert_eq!(server.received().len(), 1);
    }

    static DOWNLOAD: Operation = Operation {
        id: "download",
        method: reqwest::Method::GET,
        path_template: "/files/{id}",
        responses: &[(200, Response::Success), (404, Response::Error)],
    };

    async fn download(
        parts: &Parts,
        options: &CallOptions,
    ) -> Result<ResponseValue<crate::Download<Problem>>, Error<Problem>> {
        let url = format!("{}/files/1", parts.base_url);
        execute(&parts.http, &parts.config, options, &DOWNLOAD, || {
            parts.http.get(&url).build()
        })
        .await
    }

    fn png(chunks: Vec<Vec<u8>>, every: Duration) -> Reply {
        Reply::Trickle {
            headers: vec![
                ("content-type".into(), "image/png".into()),
                (
                    "content-disposition".into(),
                    "attachment; filename=\"../../download.png\"".into(),
                ),
            ],
            chunks,
            every,
        }
    }

    #[tokio::test]
    async fn a_download_is_read_past_the_json_limit_and_past_the_timeout() {
        // 6 pieces 100 ms apart: longer in all than the 250 ms timeout, and
        // than the call's deadline, but each piece within it.
        let chunks: Vec<Vec<u8>> = (0..6u8).map(|i| vec![i; 1000]).collect();
        let server = ScriptedServer::start(vec![png(chunks, Duration::from_millis(100))]).await;
        let parts: Parts = ClientBuilder::new(server.base_url())
            .timeout(Duration::from_millis(250))
            .max_response_body(16)
            .build()
            .unwrap();
        let options = CallOptions::new().deadline(Duration::from_millis(300));
        let answer = download(&parts, &options).await.unwrap();
        assert_eq!(answer.status().as_u16(), 200);
        let file = answer.into_inner();
        assert_eq!(file.content_type(), Some("image/png"));
        assert_eq!(file.file_name(), Some("download.png"));
        assert_eq!(file.content_length(), Some(6000));
        let shown = format!("{file:?}");
        assert!(!shown.contains("download.png"), "{shown}");
        let body = file.bytes(6000).await.unwrap();
        assert_eq!(body.len(), 6000);
        assert_eq!(body[5999], 5);
    }

    #[tokio::test]
    async fn a_download_stops_at_the_callers_limit_a_stall_and_a_short_body() {
        let server = ScriptedServer::start(vec![
            png(vec![vec![1; 10]], Duration::ZERO),
            png(vec![vec![1; 10]], Duration::ZERO),
            Reply::Stall,
            Reply::DeclaredLength(100),
        ])
        .await;
        let parts: Parts = ClientBuilder::new(server.base_url())
            .timeout(Duration::from_millis(200))
            .retry_config(RetryConfig::disabled())
            .build()
            .unwrap();
        let options = CallOptions::new();
        let file = download(&parts, &options).await.unwrap().into_inner();
        let error = file.bytes(9).await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::BodyTooLarge);
        assert_eq!(error.status(), Some(200));
        // Collected chunk by chunk, as a stream.
        let file = download(&parts, &options).await.unwrap().into_inner();
        let pieces: Vec<Bytes> = futures_util::TryStreamExt::try_collect(file.into_stream())
            .await
            .unwrap();
        assert_eq!(pieces.concat(), vec![1; 10]);
        // The head, then nothing: the wait for the body times out.
        let mut stalled = download(&parts, &options).await.unwrap().into_inner();
        let mut error = None;
        while error.is_none() {
            match stalled.chunk().await {
                Ok(Some(_)) => continue,
                Ok(None) => panic!("a stalled body ended"),
                Err(e) => error = Some(e),
            }
        }
        let error = error.unwrap();
        assert!(error.is_timeout(), "{error}");
        assert_eq!(error.path(), Some("/files/1"));
        // Fewer bytes than declared, then the connection closes.
        let short = download(&parts, &options).await.unwrap().into_inner();
        let error = short.bytes(1000).await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Transport);
        assert!(
            error.to_string().ends_with(
                "the download's body ended after 6 of the 100 bytes its Content-Length declared"
            ),
            "{error}"
        );
    }

    #[tokio::test]
    async fn a_download_that_fails_is_the_usual_error() {
        let server = ScriptedServer::start(vec![
            Reply::json(404, r#"{"message":"gone"}"#),
            Reply::Stall.after(Duration::from_secs(5)),
        ])
        .await;
        let parts: Parts = ClientBuilder::new(server.base_url())
            .timeout(Duration::from_millis(200))
            .retry_config(RetryConfig::disabled())
            .build()
            .unwrap();
        let error = download(&parts, &CallOptions::new()).await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::ErrorStatus);
        assert_eq!(error.error_body().map(|p| p.message.as_str()), Some("gone"));
        // No head within the timeout.
        let error = download(&parts, &CallOptions::new()).await.unwrap_err();
        assert!(error.is_timeout(), "{error}");
    }

    static UPLOAD: Operation = Operation {
        id: "upload",
        method: reqwest::Method::POST,
        path_template: "/files",
        responses: &[(201, Response::Success)],
    };

    async fn upload(parts: &Parts, form: &Form) -> Result<u32, Error<NoErrorBody>> {
        let url = format!("{}/files", parts.base_url);
        execute(
            &parts.http,
            &parts.config,
            &CallOptions::new(),
            &UPLOAD,
            Upload::new(form, || form.attach(parts.http.post(&url)).build()),
        )
        .await
        .map(ResponseValue::<u32>::into_inner)
    }

    fn form_with(file: crate::File) -> Form {
        let mut form = Form::new(&UPLOAD);
        form.text("mapping", &serde_json::json!({"link": true}), None)
            .unwrap();
        form.file("file", file, Some("text/csv")).unwrap();
        form
    }

    #[tokio::test]
    async fn a_retried_upload_resends_its_whole_body_with_its_boundary() {
        let server = ScriptedServer::start(vec![Reply::json(429, ""), Reply::json(201, "1")]).await;
        let parts = parts(&server, RetryConfig::standard());
        let form = form_with(crate::File::from_bytes("a.csv", "x,y\n1,2\n"));
        assert_eq!(upload(&parts, &form).await.unwrap(), 1);
        let received = server.received();
        assert_eq!(received.len(), 2);
        assert_eq!(received[0].body, received[1].body);
        let content_type = received[1].header("content-type").unwrap();
        assert_eq!(content_type, form.content_type());
        assert_eq!(
            received[1].header("content-length"),
            Some(form.content_length().to_string().as_str())
        );
        let parts_received =
            crate::body::multipart::parse(content_type, &received[1].body).unwrap();
        assert_eq!(parts_received.len(), 2);
        assert_eq!(&parts_received[1].data[..], b"x,y\n1,2\n");
    }

    fn stream_of(pieces: &'static [&'static str]) -> crate::File {
        let total = pieces.iter().map(|p| p.len() as u64).sum();
        crate::File::from_stream(
            "a.csv",
            total,
            futures_util::stream::iter(pieces.iter().map(|p| Ok::<_, std::io::Error>(*p))),
        )
    }

    #[tokio::test]
    async fn an_upload_of_a_stream_is_sent_once_and_says_why() {
        let server = ScriptedServer::start(vec![Reply::json(429, ""), Reply::json(201, "1")]).await;
        let parts = parts(&server, RetryConfig::standard());
        let form = form_with(stream_of(&["x,y\n", "1,2\n"]));
        let error = upload(&parts, &form).await.unwrap_err();
        assert_eq!(error.status(), Some(429));
        assert!(error.is_retryable());
        assert!(
            error.to_string().ends_with(
                "; not retried: its body is a one-shot stream (`File::from_stream`), which cannot be sent again"
            ),
            "{error}"
        );
        assert_eq!(server.received().len(), 1);
        // A redirect that would send it again is not followed.
        let server = ScriptedServer::start(vec![
            Reply::json(307, "").header("location", "/elsewhere"),
            Reply::json(201, "1"),
        ])
        .await;
        let parts = self::parts(&server, RetryConfig::standard());
        let form = form_with(stream_of(&["x,y\n"]));
        let error = upload(&parts, &form).await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Redirect);
        assert!(error.to_string().contains("one-shot stream"), "{error}");
        assert_eq!(server.received().len(), 1);
    }

    #[tokio::test]
    async fn a_stream_shorter_than_declared_fails_here_not_on_the_server() {
        let server = ScriptedServer::start(vec![Reply::json(201, "1")]).await;
        let parts = parts(&server, RetryConfig::standard());
        let short = crate::File::from_stream(
            "a.csv",
            100,
            futures_util::stream::iter([Ok::<_, std::io::Error>("x,y\n")]),
        );
        let error = upload(&parts, &form_with(short)).await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::RequestBody);
        assert!(!error.is_retryable());
        assert_eq!(
            error.to_string(),
            "upload (POST /files): the request body could not be sent: part `file`: its data \
             ended after 4 of the 100 bytes it declared (the request was cut short: no complete \
             request reached the server)"
        );
        // The server never had a whole request.
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert!(server.received().is_empty());
    }
}
