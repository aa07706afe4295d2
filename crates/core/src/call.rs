//! One call of an operation: send the request, read the answer's body within
//! the limit, and decode it by the operation's documented responses.

use bytes::{Bytes, BytesMut};
use progenitor_client::ResponseValue;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::config::ClientConfig;
use crate::error::{Error, ErrorKind};
use crate::operation::{Operation, decode};

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
    crate::trace::trace_request(&request, operation);
    let result = http.execute(request).await;
    crate::trace::trace_response(&result, operation);
    let mut response = result.map_err(|e| http_error(operation, e))?;
    let status = response.status();
    let headers = std::mem::take(response.headers_mut());
    let path = response.url().path().to_owned();
    match read_body(&mut response, config.max_response_body).await {
        Ok(body) => decode(operation, status, headers, body).map_err(|e| e.with_path(&path)),
        Err(BodyError::TooLarge) => {
            Err(
                Error::response(ErrorKind::BodyTooLarge, operation, status, headers, None)
                    .with_path(&path)
                    .with_message(format!("{} bytes", config.max_response_body)),
            )
        }
        Err(BodyError::Http(e)) => Err(http_error(operation, e)),
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
    let capacity = declared.map_or(first.len() + second.len(), |length| length as usize);
    let mut body = BytesMut::with_capacity(capacity.min(limit));
    let mut next = Some(second);
    body.extend_from_slice(&first);
    while let Some(chunk) = next {
        if body.len() + chunk.len() > limit {
            return Err(BodyError::TooLarge);
        }
        body.extend_from_slice(&chunk);
        next = response.chunk().await.map_err(BodyError::Http)?;
    }
    Ok(body.freeze())
}
