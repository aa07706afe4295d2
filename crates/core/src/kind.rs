//! What went wrong in a call, to match on: below both the error that carries
//! it (`error`) and the retry rule that classifies it (`retry`), so that
//! neither has to import the other to name a kind.

/// What went wrong, to match on. New kinds may be added.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// An argument broke a rule of the API description (a required parameter
    /// missing, a number out of range, a malformed UUID...). Nothing was sent.
    InvalidRequest,
    /// No connection could be made (refused, DNS, TLS handshake). Nothing
    /// was sent.
    Connect,
    /// The request, or reading its answer, took longer than the timeout.
    Timeout,
    /// The connection failed after the request was sent (closed before the
    /// answer, a protocol error).
    Transport,
    /// The server answered with a redirect that was not followed: to another
    /// origin (credentials stay on the configured host), or one that would
    /// have turned a write into a read.
    Redirect,
    /// The response body was larger than the client's limit (or, for a
    /// download collected with `Download::bytes`, the caller's).
    BodyTooLarge,
    /// The request body could not be sent as it was given (a stream that
    /// ended before the length it declared or went past it, a file that
    /// could not be read, a one-shot stream sent a second time): the
    /// request was cut short, so no complete request reached the server.
    RequestBody,
    /// A status the API description documents as an error.
    /// [`Error::error_body`](crate::Error::error_body) holds the vendor's typed error body where the
    /// description documents one.
    ErrorStatus,
    /// A status the API description documents as an error, whose body is not
    /// the documented one (an HTML page from a proxy, an empty or plain-text
    /// body, other JSON). Status, headers and raw body are kept.
    ErrorStatusUnknownBody,
    /// A status the API description does not document for this operation.
    UnexpectedStatus,
    /// A success status whose body does not decode as the documented type.
    UndecodableBody,
    /// A paged list's server handed out a page token it had already given,
    /// or a page it had already sent: the stream ends with this error
    /// instead of looping.
    RepeatedPage,
}
