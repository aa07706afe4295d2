//! `multipart/form-data` request bodies, written as the vendor SDKs (Python's
//! urllib3) write them: each part is
//!
//! ```text
//! --<boundary>\r\n
//! Content-Disposition: form-data; name="<name>"[; filename="<file name>"]\r\n
//! [Content-Type: <media type>\r\n]
//! \r\n
//! <data>\r\n
//! ```
//!
//! in the order the API description gives, then `--<boundary>--\r\n`; the
//! request's `Content-Type` is `multipart/form-data; boundary=<boundary>`,
//! the boundary 32 random lowercase hex digits, one per call, and its
//! `Content-Length` is exact.
//!
//! A part's data: text as it is, other values (numbers, objects) as
//! compact JSON, a [`File`] as its bytes. A file name is the caller's (or
//! the path's): `"`, `\`, CR, LF and the other control characters in it are
//! percent-escaped (`%22`, `%5C`, `%0D`, `%0A`: the WHATWG form encoding,
//! which also takes `\`), so that no name can end its header or add one;
//! other characters, non-ASCII included, go out as UTF-8.
//!
//! A body made of bytes and files can be sent again (a retry, a redirect):
//! each attempt writes it anew, with the same boundary, a file read again
//! from its path. A body with a one-shot stream ([`File::from_stream`]) is
//! sent once: such a call is not retried, and the error says why.

use std::borrow::Cow;
use std::fmt;
use std::hash::{BuildHasher, Hasher};
use std::io;
use std::path::Path;
use std::sync::{Arc, Mutex};

use bytes::{Bytes, BytesMut};
use futures_core::stream::BoxStream;
use futures_util::{StreamExt, TryStreamExt, stream};
use serde::Serialize;

use crate::description::Operation;
use crate::request::InvalidArgument;

/// A file sent as one part of a `multipart/form-data` request body: its
/// bytes, a file on disk, or a stream, with the file name and media type
/// the part carries.
///
/// ```
/// # async fn files() -> std::io::Result<()> {
/// use vendor_clients_core::File;
///
/// // From memory, with its own media type.
/// let csv = File::from_bytes("companies.csv", "name\nAcme\n").content_type("text/csv");
/// // From disk: read when the request is sent (again for a retry), never
/// // whole into memory; named after the path, typed by its extension.
/// # let dir = std::env::temp_dir().join("vendor-clients-doc");
/// # std::fs::create_dir_all(&dir)?;
/// # std::fs::write(dir.join("contract.pdf"), b"%PDF-1.7")?;
/// # let path = dir.join("contract.pdf");
/// let pdf = File::open(&path).await?;
/// assert_eq!(pdf.len(), 8);
/// // From a stream of known length: sent once, never retried.
/// let chunks = futures_util::stream::iter([Ok::<_, std::io::Error>("ab"), Ok("cd")]);
/// let streamed = File::from_stream("notes.txt", 4, chunks);
/// assert!(!streamed.is_replayable());
/// # drop((csv, pdf));
/// # Ok(()) }
/// ```
///
/// `Debug` shows where the bytes come from and how many, never the file
/// name or path (they may be customer data). A clone of a file made with
/// [`from_stream`](Self::from_stream) shares its one stream.
#[derive(Clone)]
pub struct File {
    file_name: String,
    content_type: Option<String>,
    source: Source,
}

/// A boxed stream of a file's bytes.
type ByteStream = BoxStream<'static, io::Result<Bytes>>;

#[derive(Clone)]
enum Source {
    Bytes(Bytes),
    Path {
        path: Arc<Path>,
        length: u64,
    },
    /// Taken by the first attempt that sends it.
    Stream {
        stream: Arc<Mutex<Option<ByteStream>>>,
        length: u64,
    },
}

impl fmt::Debug for File {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let source = match &self.source {
            Source::Bytes(_) => "bytes",
            Source::Path { .. } => "path",
            Source::Stream { .. } => "stream",
        };
        f.debug_struct("File")
            .field("source", &source)
            .field("len", &self.len())
            .field("content_type", &self.content_type)
            .finish_non_exhaustive()
    }
}

/// How much of a file is read at once.
const READ_CHUNK: usize = 64 * 1024;

impl File {
    /// A file of `bytes`, named `file_name` in its part.
    pub fn from_bytes(file_name: impl Into<String>, bytes: impl Into<Bytes>) -> Self {
        Self {
            file_name: file_name.into(),
            content_type: None,
            source: Source::Bytes(bytes.into()),
        }
    }

    /// The file at `path`, named after its last component (as the vendor
    /// SDKs name it). Its length is read now; its bytes each time the
    /// request is sent, in chunks: a file that no longer has that length
    /// then fails the call with
    /// [`ErrorKind::RequestBody`](crate::ErrorKind::RequestBody).
    pub async fn open(path: impl AsRef<Path>) -> io::Result<Self> {
        let path = path.as_ref();
        let metadata = tokio::fs::metadata(path).await?;
        if !metadata.is_file() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "not a regular file",
            ));
        }
        let file_name = path
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        Ok(Self {
            file_name,
            content_type: None,
            source: Source::Path {
                path: Arc::from(path),
                length: metadata.len(),
            },
        })
    }

    /// A file of the `length` bytes `stream` gives, named `file_name`. The
    /// request declares that length: a stream that ends before it, or goes
    /// past it, fails the call with
    /// [`ErrorKind::RequestBody`](crate::ErrorKind::RequestBody) before
    /// the server has a complete request. The stream is read once: a call
    /// that sends it is not retried, nor redirected.
    pub fn from_stream<S>(file_name: impl Into<String>, length: u64, stream: S) -> Self
    where
        S: futures_core::TryStream + Send + 'static,
        S::Ok: Into<Bytes>,
        S::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
    {
        let stream = stream.map_ok(Into::into).map_err(io::Error::other).boxed();
        Self {
            file_name: file_name.into(),
            content_type: None,
            source: Source::Stream {
                stream: Arc::new(Mutex::new(Some(stream))),
                length,
            },
        }
    }

    /// Sends the file with this media type (`image/png`). Unless set: the
    /// type the API description gives the part, else the one its file
    /// name's extension says, else `application/octet-stream`.
    pub fn content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = Some(content_type.into());
        self
    }

    /// Names the file `file_name` in its part (instead of the path's name).
    pub fn file_name(mut self, file_name: impl Into<String>) -> Self {
        self.file_name = file_name.into();
        self
    }

    /// Its length in bytes, as the request declares it.
    pub fn len(&self) -> u64 {
        match &self.source {
            Source::Bytes(bytes) => bytes.len() as u64,
            Source::Path { length, .. } | Source::Stream { length, .. } => *length,
        }
    }

    /// Whether it has no bytes.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether it can be sent again (bytes, a path), for a retry or a
    /// redirect; a stream cannot.
    pub fn is_replayable(&self) -> bool {
        !matches!(self.source, Source::Stream { .. })
    }

    /// The media type its part carries: its own, else `declared` (the API
    /// description's), else its extension's, else
    /// `application/octet-stream`.
    fn media_type(&self, declared: Option<&'static str>) -> Cow<'_, str> {
        if let Some(own) = &self.content_type {
            return Cow::Borrowed(own);
        }
        if let Some(declared) = declared {
            return Cow::Borrowed(declared);
        }
        match mime_guess::from_path(&self.file_name).first_raw() {
            Some(guessed) => Cow::Borrowed(guessed),
            None => Cow::Borrowed("application/octet-stream"),
        }
    }
}

/// Why a part's bytes could not be sent: the error a request body stream
/// fails with, which the call turns into
/// [`ErrorKind::RequestBody`](crate::ErrorKind::RequestBody).
#[derive(Debug)]
pub(crate) struct PartError {
    part: &'static str,
    problem: PartProblem,
}

#[derive(Debug)]
enum PartProblem {
    Short { sent: u64, declared: u64 },
    Long { declared: u64 },
    Read(io::ErrorKind),
    Stream,
    SentAlready,
}

impl fmt::Display for PartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "part `{}`: ", self.part)?;
        match &self.problem {
            PartProblem::Short { sent, declared } => write!(
                f,
                "its data ended after {sent} of the {declared} bytes it declared"
            ),
            PartProblem::Long { declared } => {
                write!(f, "its data went past the {declared} bytes it declared")
            }
            PartProblem::Read(kind) => write!(f, "its file could not be read ({kind})"),
            PartProblem::Stream => f.write_str("its stream failed"),
            PartProblem::SentAlready => f.write_str(
                "its stream was sent already (a file made with `File::from_stream` is sent once)",
            ),
        }
    }
}

impl std::error::Error for PartError {}

impl PartError {
    fn io(part: &'static str, problem: PartProblem) -> io::Error {
        io::Error::other(Self { part, problem })
    }

    /// The part error somewhere in `error`'s sources (reqwest and hyper
    /// wrap a body stream's error), in words.
    pub(crate) fn find(error: &(dyn std::error::Error + 'static)) -> Option<String> {
        let mut next = Some(error);
        while let Some(error) = next {
            if let Some(part) = error.downcast_ref::<PartError>() {
                return Some(part.to_string());
            }
            // `io::Error::source` skips the error it wraps.
            if let Some(part) = error
                .downcast_ref::<io::Error>()
                .and_then(io::Error::get_ref)
                .and_then(|inner| inner.downcast_ref::<PartError>())
            {
                return Some(part.to_string());
            }
            next = error.source();
        }
        None
    }
}

/// A `multipart/form-data` body, as generated code builds it from an
/// operation's parts (in the order the API description gives).
#[doc(hidden)]
pub struct Form {
    operation: &'static Operation,
    boundary: String,
    parts: Vec<Part>,
}

struct Part {
    name: &'static str,
    /// Its delimiter line and headers, up to the blank line.
    head: Bytes,
    data: Data,
}

enum Data {
    Bytes(Bytes),
    File(Source),
}

impl fmt::Debug for Form {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.parts.iter().map(|part| part.name).collect();
        f.debug_struct("Form")
            .field("operation", &self.operation.id)
            .field("parts", &names)
            .finish_non_exhaustive()
    }
}

/// The line break after each part's data.
const CRLF: &[u8] = b"\r\n";

impl Form {
    /// An empty body for `operation`, with a new random boundary.
    pub fn new(operation: &'static Operation) -> Self {
        Self {
            operation,
            boundary: boundary(),
            parts: Vec::new(),
        }
    }

    /// Adds a part named `name` holding `value`: a string as it is, any
    /// other value as compact JSON; with `Content-Type: content_type` where
    /// the API description declares one (the vendor SDKs send none).
    pub fn text<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
        content_type: Option<&'static str>,
    ) -> Result<(), InvalidArgument> {
        let data = part_text(value).ok_or_else(|| {
            InvalidArgument::new(
                self.operation,
                format!("{name} cannot be written as a form part"),
            )
        })?;
        let head = self.head(name, None, content_type);
        self.parts.push(Part {
            name,
            head,
            data: Data::Bytes(data),
        });
        Ok(())
    }

    /// Adds `file` as the part named `name`, with its file name and media
    /// type (see [`File::content_type`]; `declared` is the API
    /// description's).
    pub fn file(
        &mut self,
        name: &'static str,
        file: File,
        declared: Option<&'static str>,
    ) -> Result<(), InvalidArgument> {
        let media_type = file.media_type(declared);
        if !is_header_text(&media_type) || !media_type.contains('/') {
            return Err(InvalidArgument::new(
                self.operation,
                format!("{name}: its content type must be a media type such as `text/csv`"),
            ));
        }
        let head = self.head(name, Some(&file.file_name), Some(&media_type));
        let data = match file.source {
            Source::Bytes(bytes) => Data::Bytes(bytes),
            source => Data::File(source),
        };
        self.parts.push(Part { name, head, data });
        Ok(())
    }

    fn head(&self, name: &str, file_name: Option<&str>, content_type: Option<&str>) -> Bytes {
        let mut head = format!(
            "--{}\r\nContent-Disposition: form-data; name=\"{}\"",
            self.boundary,
            escape(name)
        );
        if let Some(file_name) = file_name {
            head.push_str(&format!("; filename=\"{}\"", escape(file_name)));
        }
        head.push_str("\r\n");
        if let Some(content_type) = content_type {
            head.push_str(&format!("Content-Type: {content_type}\r\n"));
        }
        head.push_str("\r\n");
        Bytes::from(head)
    }

    /// `multipart/form-data; boundary=<boundary>`.
    pub fn content_type(&self) -> String {
        format!("multipart/form-data; boundary={}", self.boundary)
    }

    /// The closing delimiter.
    fn tail(&self) -> Bytes {
        Bytes::from(format!("--{}--\r\n", self.boundary))
    }

    /// The exact length of the body in bytes.
    pub fn content_length(&self) -> u64 {
        let parts: u64 = self
            .parts
            .iter()
            .map(|part| {
                let data = match &part.data {
                    Data::Bytes(bytes) => bytes.len() as u64,
                    Data::File(Source::Path { length, .. } | Source::Stream { length, .. }) => {
                        *length
                    }
                    Data::File(Source::Bytes(bytes)) => bytes.len() as u64,
                };
                part.head.len() as u64 + data + CRLF.len() as u64
            })
            .sum();
        parts + self.tail().len() as u64
    }

    /// Whether the body can be sent again (no part is a one-shot stream).
    pub fn is_replayable(&self) -> bool {
        !self
            .parts
            .iter()
            .any(|part| matches!(part.data, Data::File(Source::Stream { .. })))
    }

    /// The body for one attempt: in one piece when every part is in
    /// memory, else a stream that reads each file as it goes.
    pub fn body(&self) -> reqwest::Body {
        let in_memory = self.parts.iter().all(|p| matches!(p.data, Data::Bytes(_)));
        if in_memory {
            let mut whole = BytesMut::with_capacity(self.content_length() as usize);
            for part in &self.parts {
                whole.extend_from_slice(&part.head);
                if let Data::Bytes(bytes) = &part.data {
                    whole.extend_from_slice(bytes);
                }
                whole.extend_from_slice(CRLF);
            }
            whole.extend_from_slice(&self.tail());
            return reqwest::Body::from(whole.freeze());
        }
        let mut pieces: Vec<ByteStream> = Vec::with_capacity(self.parts.len() * 3 + 1);
        for part in &self.parts {
            pieces.push(stream::iter([Ok(part.head.clone())]).boxed());
            pieces.push(match &part.data {
                Data::Bytes(bytes) => stream::iter([Ok(bytes.clone())]).boxed(),
                Data::File(source) => file_stream(part.name, source),
            });
            pieces.push(stream::iter([Ok(Bytes::from_static(CRLF))]).boxed());
        }
        pieces.push(stream::iter([Ok(self.tail())]).boxed());
        reqwest::Body::wrap_stream(stream::iter(pieces).flatten())
    }

    /// `builder` with this body and the headers that frame it.
    pub fn attach(&self, builder: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        let builder = builder.header(reqwest::header::CONTENT_TYPE, self.content_type());
        let in_memory = self.parts.iter().all(|p| matches!(p.data, Data::Bytes(_)));
        if in_memory {
            // reqwest writes the length of a body in one piece.
            builder.body(self.body())
        } else {
            builder
                .header(reqwest::header::CONTENT_LENGTH, self.content_length())
                .body(self.body())
        }
    }
}

/// The bytes of one file part for one attempt, checked against the length
/// the request declares.
fn file_stream(part: &'static str, source: &Source) -> ByteStream {
    match source {
        Source::Bytes(bytes) => stream::iter([Ok(bytes.clone())]).boxed(),
        Source::Path { path, length } => {
            let path = Arc::clone(path);
            let read = stream::once(async move { tokio::fs::File::open(&*path).await })
                .map_ok(read_chunks)
                .try_flatten()
                .map_err(move |e| PartError::io(part, PartProblem::Read(e.kind())));
            checked(part, *length, read.boxed())
        }
        Source::Stream { stream, length } => {
            let taken = stream.lock().ok().and_then(|mut slot| slot.take());
            match taken {
                Some(inner) => {
                    let inner = inner.map_err(move |_| PartError::io(part, PartProblem::Stream));
                    checked(part, *length, inner.boxed())
                }
                None => stream::iter([Err(PartError::io(part, PartProblem::SentAlready))]).boxed(),
            }
        }
    }
}

/// A file's bytes, read a chunk at a time.
fn read_chunks(file: tokio::fs::File) -> ByteStream {
    use tokio::io::AsyncReadExt;
    stream::try_unfold(file, |mut file| async move {
        let mut chunk = BytesMut::with_capacity(READ_CHUNK);
        let n = file.read_buf(&mut chunk).await?;
        Ok((n > 0).then(|| (chunk.freeze(), file)))
    })
    .boxed()
}

/// `inner`, failing as soon as it goes past `declared` bytes (before any
/// byte past it is sent) or ends before it.
fn checked(part: &'static str, declared: u64, inner: ByteStream) -> ByteStream {
    stream::try_unfold((inner, 0u64), move |(mut inner, sent)| async move {
        match inner.next().await {
            Some(Ok(chunk)) => {
                let sent = sent + chunk.len() as u64;
                if sent > declared {
                    return Err(PartError::io(part, PartProblem::Long { declared }));
                }
                Ok(Some((chunk, (inner, sent))))
            }
            Some(Err(e)) => Err(e),
            None if sent < declared => {
                Err(PartError::io(part, PartProblem::Short { sent, declared }))
            }
            None => Ok(None),
        }
    })
    .boxed()
}

/// A part's data: a string as it is, any other value as compact JSON;
/// `None` for a value that is not JSON.
pub fn part_text<T: Serialize + ?Sized>(value: &T) -> Option<Bytes> {
    match serde_json::to_value(value).ok()? {
        serde_json::Value::String(text) => Some(Bytes::from(text)),
        other => serde_json::to_vec(&other).ok().map(Bytes::from),
    }
}

/// A name in a `Content-Disposition` parameter: `"`, `\` and control
/// characters percent-escaped (WHATWG's form encoding, plus `\` and the
/// controls other than CR and LF), everything else as it is (UTF-8).
pub fn escape(name: &str) -> Cow<'_, str> {
    let hostile = |c: char| c == '"' || c == '\\' || c.is_ascii_control();
    if !name.contains(hostile) {
        return Cow::Borrowed(name);
    }
    let mut out = String::with_capacity(name.len() + 8);
    for c in name.chars() {
        if hostile(c) {
            out.push_str(&format!("%{:02X}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Visible ASCII and spaces only: what a header line may hold.
fn is_header_text(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| (b' '..=b'~').contains(&b))
}

/// 32 lowercase hex digits, as urllib3 makes them: 128 bits from SipHash
/// keyed with the process's random keys (std's `RandomState`), over a
/// counter and the time, so that no two calls share one and no part's data
/// can guess it.
fn boundary() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static CALLS: AtomicU64 = AtomicU64::new(0);
    let n = CALLS.fetch_add(1, Ordering::Relaxed);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    let random = std::collections::hash_map::RandomState::new();
    let half = |salt: u64| {
        let mut hasher = random.build_hasher();
        hasher.write_u64(salt);
        hasher.write_u64(n);
        hasher.write_u128(now);
        hasher.finish()
    };
    format!("{:016x}{:016x}", half(1), half(2))
}

/// One part of a `multipart/form-data` body, as a server receives it (for
/// the `mock` feature's matchers and the tests).
#[doc(hidden)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReceivedPart {
    /// The `name` parameter, as sent.
    pub name: String,
    /// The `filename` parameter, as sent (escaped).
    pub file_name: Option<String>,
    /// The part's `Content-Type`, if it has one.
    pub content_type: Option<String>,
    /// The part's data.
    pub data: Bytes,
}

/// The parts of a `multipart/form-data` `body` whose request had
/// `content_type`; `None` when it is not such a body.
pub fn parse(content_type: &str, body: &[u8]) -> Option<Vec<ReceivedPart>> {
    let (essence, parameters) = content_type.split_once(';')?;
    if !essence.trim().eq_ignore_ascii_case("multipart/form-data") {
        return None;
    }
    let boundary = parameters.split(';').find_map(|parameter| {
        let (key, value) = parameter.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("boundary")
            .then(|| value.trim().trim_matches('"').to_string())
    })?;
    let delimiter = format!("--{boundary}");
    let mut rest = body.strip_prefix(delimiter.as_bytes())?;
    let mut parts = Vec::new();
    loop {
        if rest.starts_with(b"--") {
            return Some(parts);
        }
        rest = rest.strip_prefix(CRLF)?;
        let head_end = find(rest, b"\r\n\r\n")?;
        let head = std::str::from_utf8(&rest[..head_end]).ok()?;
        rest = &rest[head_end + 4..];
        let next = format!("\r\n{delimiter}");
        let data_end = find(rest, next.as_bytes())?;
        let mut part = ReceivedPart {
            name: String::new(),
            file_name: None,
            content_type: None,
            data: Bytes::copy_from_slice(&rest[..data_end]),
        };
        for line in head.split("\r\n") {
            let (header, value) = line.split_once(':')?;
            if header.eq_ignore_ascii_case("content-type") {
                part.content_type = Some(value.trim().to_string());
            } else if header.eq_ignore_ascii_case("content-disposition") {
                part.name = quoted_parameter(value, "name")?;
                part.file_name = quoted_parameter(value, "filename");
            }
        }
        parts.push(part);
        rest = &rest[data_end + next.len()..];
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

/// `key="value"` among `; `-separated parameters (values without `"`, as
/// escaping leaves them).
fn quoted_parameter(value: &str, key: &str) -> Option<String> {
    value.split(';').find_map(|parameter| {
        let (k, v) = parameter.split_once('=')?;
        (k.trim() == key).then(|| v.trim().trim_matches('"').to_string())
    })
}

/// What a mock expects of a file part: the file name and media type the
/// client sends for `file` (`declared`: the API description's type), and
/// its bytes (`None` for a stream, which cannot be read twice).
pub fn expected_file(
    file: &File,
    declared: Option<&'static str>,
) -> (String, String, Option<Bytes>) {
    let data = match &file.source {
        Source::Bytes(bytes) => Some(bytes.clone()),
        Source::Path { path, .. } => std::fs::read(path).ok().map(Bytes::from),
        Source::Stream { .. } => None,
    };
    (
        escape(&file.file_name).into_owned(),
        file.media_type(declared).into_owned(),
        data,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    static UPLOAD: Operation = Operation {
        id: "upload",
        method: reqwest::Method::POST,
        path_template: "/files",
        responses: &[],
    };

    /// The body of one attempt, read whole as reqwest reads bodies.
    async fn collect(form: &Form) -> Result<Vec<u8>, reqwest::Error> {
        let response = reqwest::Response::from(http::Response::new(form.body()));
        response.bytes().await.map(|bytes| bytes.to_vec())
    }

    fn with_boundary(form: &mut Form) {
        form.boundary = "b0b0".into();
    }

    #[tokio::test]
    async fn parts_are_written_as_urllib3_writes_them() {
        let mut form = Form::new(&UPLOAD);
        with_boundary(&mut form);
        form.text(
            "mapping",
            &serde_json::json!({"a": true, "b": [1, 2]}),
            None,
        )
        .unwrap();
        form.text("dealId", "d-1", None).unwrap();
        form.text("contactId", &42, None).unwrap();
        form.file(
            "file",
            File::from_bytes("companies.csv", "name\nAcme\n"),
            None,
        )
        .unwrap();
        let expected = "--b0b0\r\nContent-Disposition: form-data; name=\"mapping\"\r\n\r\n{\"a\":true,\"b\":[1,2]}\r\n\
                        --b0b0\r\nContent-Disposition: form-data; name=\"dealId\"\r\n\r\nd-1\r\n\
                        --b0b0\r\nContent-Disposition: form-data; name=\"contactId\"\r\n\r\n42\r\n\
                        --b0b0\r\nContent-Disposition: form-data; name=\"file\"; filename=\"companies.csv\"\r\nContent-Type: text/csv\r\n\r\nname\nAcme\n\r\n\
                        --b0b0--\r\n";
        let body = collect(&form).await.unwrap();
        assert_eq!(String::from_utf8(body).unwrap(), expected);
        assert_eq!(form.content_length(), expected.len() as u64);
        assert_eq!(form.content_type(), "multipart/form-data; boundary=b0b0");
        assert!(form.is_replayable());
        let parts = parse(&form.content_type(), expected.as_bytes()).unwrap();
        assert_eq!(parts.len(), 4);
        assert_eq!(parts[3].file_name.as_deref(), Some("companies.csv"));
        assert_eq!(parts[3].content_type.as_deref(), Some("text/csv"));
        assert_eq!(&parts[3].data[..], b"name\nAcme\n");
        assert_eq!(parts[0].content_type, None);
    }

    #[test]
    fn each_part_has_its_own_media_type() {
        let file = |name: &str| File::from_bytes(name.to_string(), "x");
        assert_eq!(file("a.png").media_type(None), "image/png");
        assert_eq!(file("a.png").media_type(Some("text/csv")), "text/csv");
        assert_eq!(
            file("a.png")
                .content_type("image/webp")
                .media_type(Some("text/csv")),
            "image/webp"
        );
        assert_eq!(
            file("noextension").media_type(None),
            "application/octet-stream"
        );
    }

    #[test]
    fn hostile_file_names_cannot_leave_their_parameter() {
        let mut form = Form::new(&UPLOAD);
        with_boundary(&mut form);
        form.file(
            "file",
            File::from_bytes(
                "a\"; name=\"x\r\nContent-Type: text/html\r\n\r\n\\..\\é.pdf",
                "x",
            ),
            None,
        )
        .unwrap();
        let head = std::str::from_utf8(&form.parts[0].head).unwrap();
        assert_eq!(
            head,
            "--b0b0\r\nContent-Disposition: form-data; name=\"file\"; \
             filename=\"a%22; name=%22x%0D%0AContent-Type: text/html%0D%0A%0D%0A%5C..%5Cé.pdf\"\r\n\
             Content-Type: application/pdf\r\n\r\n"
        );
        assert_eq!(escape("tab\there\u{7f}"), "tab%09here%7F");
        assert_eq!(escape("plain é.txt"), "plain é.txt");
        // A media type that would add a header is refused.
        let error = form
            .file(
                "file",
                File::from_bytes("a.txt", "x").content_type("text/plain\r\nX-Evil: 1"),
                None,
            )
            .unwrap_err();
        let error: crate::Error = error.into();
        assert_eq!(error.kind(), crate::ErrorKind::InvalidRequest);
    }

    #[tokio::test]
    async fn files_are_read_from_disk_each_time_with_their_length() {
        let dir = std::env::temp_dir().join(format!("vc-multipart-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("report.pdf");
        std::fs::write(&path, vec![7u8; 200_000]).unwrap();
        let file = File::open(&path).await.unwrap();
        assert_eq!(file.len(), 200_000);
        let mut form = Form::new(&UPLOAD);
        form.file("file", file, None).unwrap();
        assert!(form.is_replayable());
        let first = collect(&form).await.unwrap();
        let second = collect(&form).await.unwrap();
        assert_eq!(first, second, "a retry sends the same bytes");
        assert_eq!(first.len() as u64, form.content_length());
        let parts = parse(&form.content_type(), &first).unwrap();
        assert_eq!(parts[0].data.len(), 200_000);
        assert_eq!(parts[0].file_name.as_deref(), Some("report.pdf"));
        // The file shrank since: the attempt fails, naming the part.
        std::fs::write(&path, b"short").unwrap();
        let error = collect(&form).await.unwrap_err();
        let message = PartError::find(&error).unwrap();
        assert_eq!(
            message,
            "part `file`: its data ended after 5 of the 200000 bytes it declared"
        );
        std::fs::remove_file(&path).unwrap();
        let error = collect(&form).await.unwrap_err();
        assert!(
            PartError::find(&error)
                .unwrap()
                .contains("could not be read"),
            "{error}"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    fn chunks(parts: &[&'static str]) -> impl futures_core::Stream<Item = io::Result<Bytes>> {
        stream::iter(
            parts
                .iter()
                .map(|p| Ok(Bytes::from_static(p.as_bytes())))
                .collect::<Vec<_>>(),
        )
    }

    #[tokio::test]
    async fn a_stream_is_checked_against_its_length_and_sent_once() {
        let mut form = Form::new(&UPLOAD);
        form.file(
            "file",
            File::from_stream("a.txt", 4, chunks(&["ab", "cd"])),
            None,
        )
        .unwrap();
        assert!(!form.is_replayable());
        let body = collect(&form).await.unwrap();
        assert_eq!(body.len() as u64, form.content_length());
        let error = collect(&form).await.unwrap_err();
        assert!(
            PartError::find(&error)
                .unwrap()
                .contains("was sent already"),
            "{error}"
        );

        let short = |declared, parts: &'static [&'static str]| {
            let mut form = Form::new(&UPLOAD);
            form.file(
                "file",
                File::from_stream("a.txt", declared, chunks(parts)),
                None,
            )
            .unwrap();
            form
        };
        let error = collect(&short(10, &["abc"])).await.unwrap_err();
        assert_eq!(
            PartError::find(&error).unwrap(),
            "part `file`: its data ended after 3 of the 10 bytes it declared"
        );
        let long = short(3, &["ab", "cd"]);
        let error = collect(&long).await.unwrap_err();
        assert_eq!(
            PartError::find(&error).unwrap(),
            "part `file`: its data went past the 3 bytes it declared"
        );
    }

    #[test]
    fn boundaries_differ_per_call() {
        let a = boundary();
        let b = boundary();
        assert_ne!(a, b);
        assert_eq!(a.len(), 32);
        assert!(
            a.bytes()
                .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
        );
    }

    #[test]
    fn debug_shows_no_file_name() {
        let file = File::from_bytes("customer-marker.csv", "x");
        let shown = format!("{file:?}");
        assert!(!shown.contains("marker"), "{shown}");
        assert!(shown.contains("bytes"), "{shown}");
    }
}
