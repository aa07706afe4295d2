//! Downloads: a success answer whose body is not JSON (an image, a PDF:
//! `format: binary` in the API description), handed to the caller unread,
//! to stream or to collect within a limit of the caller's choosing.
//!
//! Timeouts: the call's timeout (the client's, or the call's own) covers
//! getting the answer's head, and then each wait for the next piece of
//! body, not the whole download, which may take as long as it needs while
//! bytes arrive; a call's deadline covers getting the head (retries
//! included), not reading the body. The client's limit on JSON bodies does
//! not apply. A body that ends before its `Content-Length` is an error.

use std::fmt;
use std::marker::PhantomData;
use std::time::Duration;

use bytes::{Bytes, BytesMut};
use futures_core::stream::BoxStream;
use reqwest::StatusCode;
use reqwest::header::{CONTENT_DISPOSITION, CONTENT_TYPE, HeaderMap};

use crate::description::Operation;
use crate::error::{Error, NoErrorBody};
use crate::value::{Streamed, SuccessValue};

/// The body of a download, unread: read it chunk by chunk
/// ([`chunk`](Self::chunk), [`into_stream`](Self::into_stream)) or
/// collect it whole within a limit ([`bytes`](Self::bytes)). The call
/// returns it (in a `ResponseValue`, with the status and headers) once the
/// answer's head has arrived.
///
/// `E` is the vendor's error body, so that reading errors are the crate's
/// `Error` (each vendor crate names it `Download`). The call's timeout (the
/// client's, or the call's own) limited getting the answer's head; it now
/// limits each wait for the next piece of body, not the whole download,
/// which may take as long as it needs while bytes arrive. A call's deadline
/// does not apply to reading it, nor does the client's limit on JSON bodies.
/// A body that ends before its `Content-Length` is an error.
///
/// `Debug` shows the operation, media type and length, never the file name
/// (it may be customer data) or the bytes.
pub struct Download<E = NoErrorBody> {
    operation: &'static Operation,
    response: reqwest::Response,
    status: StatusCode,
    idle: Option<Duration>,
    declared: Option<u64>,
    received: u64,
    content_type: Option<String>,
    file_name: Option<String>,
    path: String,
    error: PhantomData<fn() -> E>,
}

impl<E> fmt::Debug for Download<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Download")
            .field("operation", &self.operation.id)
            .field("content_type", &self.content_type)
            .field("content_length", &self.declared)
            .field("received", &self.received)
            .finish_non_exhaustive()
    }
}

impl<E> SuccessValue for Download<E> {
    const STREAMED: bool = true;

    fn decode(_status: u16, _body: &[u8]) -> Result<Self, serde_json::Error> {
        Err(serde::de::Error::custom(
            "a download is read from the answer, not decoded as JSON",
        ))
    }

    fn streamed(answer: Streamed) -> Option<Self> {
        Some(Self::new(answer))
    }
}

impl<E> Download<E> {
    fn new(answer: Streamed) -> Self {
        let Streamed {
            operation,
            response,
            idle,
        } = answer;
        let headers = response.headers();
        let text = |name| {
            headers
                .get(name)
                .and_then(|value: &reqwest::header::HeaderValue| value.to_str().ok())
                .map(str::trim)
                .filter(|value| !value.is_empty())
        };
        let content_type = text(CONTENT_TYPE).map(str::to_string);
        let file_name = text(CONTENT_DISPOSITION).and_then(file_name);
        Self {
            operation,
            status: response.status(),
            declared: response.content_length(),
            path: response.url().path().to_string(),
            response,
            idle,
            received: 0,
            content_type,
            file_name,
            error: PhantomData,
        }
    }

    /// The media type the server gave the body (`Content-Type`, as sent:
    /// `image/png`), where it gave one.
    pub fn content_type(&self) -> Option<&str> {
        self.content_type.as_deref()
    }

    /// The file name the server suggested (`Content-Disposition`'s
    /// `filename*` or `filename`), made safe to use as a file name: its last
    /// path component only (no `/` or `\`), without control characters,
    /// `..`, leading or trailing dots and spaces, or the characters Windows
    /// forbids (`<>:"|?*`, each made `_`), at most 255 bytes. `None` where
    /// the server gave none, or nothing usable was left.
    pub fn file_name(&self) -> Option<&str> {
        self.file_name.as_deref()
    }

    /// The length the server declared (`Content-Length`), where it did.
    pub fn content_length(&self) -> Option<u64> {
        self.declared
    }

    /// The next piece of the body, or `None` at its end. Fails with
    /// [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) when no piece
    /// arrives within the call's timeout, and with
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the
    /// connection fails, or the body ends before its `Content-Length`.
    pub async fn chunk(&mut self) -> Result<Option<Bytes>, Error<E>> {
        let next = self.response.chunk();
        let next = match self.idle {
            Some(idle) => match tokio::time::timeout(idle, next).await {
                Ok(next) => next,
                Err(_) => {
                    return Err(self.failed(Error::timed_out(
                        self.operation,
                        format!("no part of the download's body arrived within {idle:?}"),
                    )));
                }
            },
            None => next.await,
        };
        match next {
            Ok(Some(chunk)) => {
                self.received += chunk.len() as u64;
                Ok(Some(chunk))
            }
            Ok(None) => match self.declared {
                Some(declared) if self.received < declared => Err(self.short(declared)),
                _ => Ok(None),
            },
            // hyper's error for a body cut short of its length.
            Err(_) if self.declared.is_some_and(|d| self.received < d) => {
                Err(self.short(self.declared.unwrap_or_default()))
            }
            Err(e) => Err(self.failed(Error::http(self.operation, e.without_url()))),
        }
    }

    fn short(&self, declared: u64) -> Error<E> {
        self.failed(Error::transport(
            self.operation,
            format!(
                "the download's body ended after {} of the {declared} bytes its Content-Length declared",
                self.received
            ),
        ))
    }

    fn failed(&self, error: Error<E>) -> Error<E> {
        error.with_status(self.status).with_path(&self.path)
    }

    /// The whole body, read into memory, failing with
    /// [`ErrorKind::BodyTooLarge`](crate::ErrorKind::BodyTooLarge) as soon
    /// as it is known to be over `limit` bytes (from `Content-Length`, or
    /// once more has arrived).
    pub async fn bytes(mut self, limit: usize) -> Result<Bytes, Error<E>> {
        let too_large = |this: &Self| this.failed(Error::too_large(this.operation, limit));
        if self
            .declared
            .is_some_and(|declared| declared > limit as u64)
        {
            return Err(too_large(&self));
        }
        let capacity = self.declared.map_or(0, |d| d as usize);
        let mut body = BytesMut::with_capacity(capacity);
        while let Some(chunk) = self.chunk().await? {
            if body.len() + chunk.len() > limit {
                return Err(too_large(&self));
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body.freeze())
    }

    /// The body as a stream of pieces, each as [`chunk`](Self::chunk) gives
    /// it; it ends after the first error. (Boxed, so that `try_next()` and
    /// the like take it as it is.)
    pub fn into_stream(self) -> BoxStream<'static, Result<Bytes, Error<E>>>
    where
        E: Send + 'static,
    {
        Box::pin(futures_util::stream::try_unfold(
            self,
            |mut download| async move { Ok(download.chunk().await?.map(|chunk| (chunk, download))) },
        ))
    }

    /// The answer's headers (the same as the `ResponseValue`'s).
    pub fn headers(&self) -> &HeaderMap {
        self.response.headers()
    }
}

/// The file name a `Content-Disposition` value suggests, made safe (see
/// [`Download::file_name`]): `filename*` (RFC 5987, UTF-8 or ISO-8859-1)
/// before `filename`.
pub(crate) fn file_name(disposition: &str) -> Option<String> {
    let parameters = parameters(disposition);
    let extended = parameters
        .iter()
        .find(|(key, _)| key.eq_ignore_ascii_case("filename*"))
        .and_then(|(_, value)| extended_value(value));
    let plain = || {
        parameters
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case("filename"))
            .map(|(_, value)| value.clone())
    };
    extended
        .or_else(plain)
        .and_then(|name| safe_file_name(&name))
}

/// The `key=value` parameters after the disposition type; quoted values
/// unquoted (`\x` is `x`).
fn parameters(value: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = match value.split_once(';') {
        Some((_, rest)) => rest,
        None => return out,
    };
    loop {
        rest = rest.trim_start_matches([' ', '\t', ';']);
        let Some((key, after)) = rest.split_once('=') else {
            return out;
        };
        let key = key.trim().to_string();
        let after = after.trim_start();
        if let Some(quoted) = after.strip_prefix('"') {
            let mut text = String::new();
            let mut chars = quoted.char_indices();
            let mut end = quoted.len();
            while let Some((i, c)) = chars.next() {
                match c {
                    '\\' => {
                        if let Some((_, escaped)) = chars.next() {
                            text.push(escaped);
                        }
                    }
                    '"' => {
                        end = i + 1;
                        break;
                    }
                    c => text.push(c),
                }
            }
            out.push((key, text));
            rest = &quoted[end..];
        } else {
            let (token, tail) = after.split_once(';').unwrap_or((after, ""));
            out.push((key, token.trim().to_string()));
            rest = tail;
        }
    }
}

/// RFC 5987's `charset'language'percent-encoded`, for UTF-8 and ISO-8859-1.
fn extended_value(value: &str) -> Option<String> {
    let mut pieces = value.splitn(3, '\'');
    let (charset, _language, encoded) = (pieces.next()?, pieces.next()?, pieces.next()?);
    let bytes: Vec<u8> = percent_encoding::percent_decode_str(encoded).collect();
    if charset.eq_ignore_ascii_case("utf-8") {
        String::from_utf8(bytes).ok()
    } else if charset.eq_ignore_ascii_case("iso-8859-1") {
        Some(bytes.into_iter().map(char::from).collect())
    } else {
        None
    }
}

/// A suggested name made safe as a file name (see [`Download::file_name`]).
fn safe_file_name(name: &str) -> Option<String> {
    let last = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let mut clean: String = last
        .chars()
        .filter(|c| !c.is_control())
        .map(|c| if "<>:\"|?*".contains(c) { '_' } else { c })
        .collect();
    while clean.contains("..") {
        clean = clean.replace("..", ".");
    }
    let clean = clean.trim_matches(|c: char| c == '.' || c.is_whitespace());
    if clean.is_empty() {
        return None;
    }
    let mut end = clean.len().min(255);
    while !clean.is_char_boundary(end) {
        end -= 1;
    }
    Some(clean[..end].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_come_from_content_disposition() {
        let name = |value: &str| file_name(value);
        assert_eq!(
            name("attachment; filename=\"download.png\"").as_deref(),
            Some("download.png")
        );
        assert_eq!(
            name("attachment; filename=plain.txt").as_deref(),
            Some("plain.txt")
        );
        assert_eq!(
            name("attachment; filename=\"fallback.pdf\"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf")
                .as_deref(),
            Some("résumé.pdf")
        );
        assert_eq!(
            name("attachment; filename*=iso-8859-1'en'caf%E9.txt").as_deref(),
            Some("café.txt")
        );
        assert_eq!(
            name("attachment; filename=\"quoted \\\"name\\\".txt\"").as_deref(),
            Some("quoted _name_.txt")
        );
        assert_eq!(name("inline"), None);
        assert_eq!(name("attachment; size=3"), None);
    }

    #[test]
    fn hostile_file_names_are_made_safe() {
        let name = |value: &str| file_name(&format!("attachment; filename=\"{value}\""));
        for (hostile, safe) in [
            ("../../etc/passwd", Some("passwd")),
            ("..\\\\..\\\\boot.ini", Some("boot.ini")),
            ("/abs/path.txt", Some("path.txt")),
            ("a\r\nb.txt", Some("ab.txt")),
            ("nul\u{0}byte.bin", Some("nulbyte.bin")),
            ("..", None),
            ("evil/..", None),
            ("...", None),
            ("report..final.pdf", Some("report.final.pdf")),
            (".hidden", Some("hidden")),
            ("con:ole?*.txt", Some("con_ole__.txt")),
            ("   ", None),
        ] {
            assert_eq!(name(hostile).as_deref(), safe, "{hostile:?}");
        }
        let long = "é".repeat(200);
        let cut = name(&long).unwrap();
        assert!(cut.len() <= 255 && cut.chars().all(|c| c == 'é'));
        // In the extended form too.
        assert_eq!(
            file_name("attachment; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd").as_deref(),
            Some("passwd")
        );
    }
}
