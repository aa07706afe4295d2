//! One call of an operation: send the request (retrying what may be retried,
//! following same-origin redirects), read the answer's body within the
//! limit, and decode it by the operation's documented responses.

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Instant;

use backon::Retryable;
use bytes::Bytes;
use progenitor_client::ResponseValue;
use reqwest::header::LOCATION;
use serde::Serialize;
use serde::de::DeserializeOwned;
use tracing::Instrument;

use crate::config::ClientConfig;
use crate::error::{Error, ErrorKind};
use crate::operation::{Operation, decode};
use crate::redirect::{self, Redirect};
use crate::retry::server_wait;
use crate::trace;

/// Sends `request` (built by the generated code for `operation`) and returns
/// the operation's value, or why there is none.
pub async fn execute<T, E>(
    http: &reqwest::Client,
    config: &ClientConfig,
    mut request: reqwest::Request,
    operation: &'static Operation,
) -> Result<ResponseValue<T>, Error<E>>
where
    T: DeserializeOwned,
    E: DeserializeOwned + Serialize,
{
    config.wire.apply(&mut request);
    let span = trace::call_span(operation);
    // The duration is only recorded on a span something listens to.
    let started = (!span.is_disabled()).then(Instant::now);
    let resends = AtomicU32::new(0);
    let call = Call {
        http,
        config,
        operation,
        request: &request,
        resends: &resends,
    };
    let result = async {
        if config.retry.max_attempts() <= 1 {
            return call.attempt::<T, E>().await;
        }
        (|| call.attempt::<T, E>())
            .retry(config.retry.backoff())
            .sleep(tokio::time::sleep)
            .when(Error::is_retryable)
            .adjust(|error, backoff| {
                // `None` from backon: no attempt left.
                let backoff = backoff?;
                match error.retry_after() {
                    // The server asked for a longer wait than allowed: return
                    // its answer now, with the wait on the error.
                    Some(wait) if wait > config.retry.max_backoff() => None,
                    Some(wait) => Some(wait),
                    None => Some(backoff),
                }
            })
            .notify(|error, wait| {
                resends.fetch_add(1, Ordering::Relaxed);
                trace::retrying(error, wait);
            })
            .await
    }
    .instrument(span.clone())
    .await;
    let (status, kind) = match &result {
        Ok(value) => (Some(value.status().as_u16()), None),
        Err(error) => (error.status().map(|s| s.as_u16()), Some(error.kind())),
    };
    trace::finish(
        &span,
        status,
        kind,
        resends.load(Ordering::Relaxed),
        started,
    );
    result
}

/// What every attempt of one call shares.
struct Call<'a> {
    http: &'a reqwest::Client,
    config: &'a ClientConfig,
    operation: &'static Operation,
    /// The request as built, sent as a copy by each attempt and redirect.
    request: &'a reqwest::Request,
    resends: &'a AtomicU32,
}

impl Call<'_> {
    /// Sends the request once, following same-origin redirects.
    async fn attempt<T, E>(&self) -> Result<ResponseValue<T>, Error<E>>
    where
        T: DeserializeOwned,
        E: DeserializeOwned + Serialize,
    {
        let operation = self.operation;
        let mut hops = 0;
        let mut target = None;
        loop {
            let Some(mut request) = self.request.try_clone() else {
                // Only a streaming body cannot be copied; generated code never
                // builds one.
                return Err(Error::invalid_request(
                    operation,
                    "the request body cannot be resent",
                ));
            };
            if let Some(url) = target.take() {
                *request.url_mut() = url;
            }
            let mut response = self
                .http
                .execute(request)
                .await
                .map_err(|e| http_error(operation, e))?;
            let status = response.status();
            if redirect::is_redirect(status) {
                let decision = redirect::decide(
                    status,
                    &operation.method,
                    response.url(),
                    response.headers().get(LOCATION),
                    hops,
                );
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
            let headers = std::mem::take(response.headers_mut());
            let wait = if status.is_success() {
                None
            } else {
                server_wait(&headers, self.config.wait_headers)
            };
            let limit = self.config.max_response_body;
            return match read_body(&mut response, limit).await {
                Ok(body) => decode(operation, status, headers, body),
                Err(BodyError::TooLarge) => {
                    Err(
                        Error::response(ErrorKind::BodyTooLarge, operation, status, headers, None)
                            .with_message(format!("{limit} bytes")),
                    )
                }
                Err(BodyError::Http(e)) => Err(Error::http(operation, e.without_url())),
            }
            // The path is copied for an error only.
            .map_err(|e| e.with_path(response.url().path()).with_retry_after(wait));
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
