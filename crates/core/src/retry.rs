//! What may be sent again, in one place: the rule [`Error::is_retryable`]
//! states.
//!
//! [`Error::is_retryable`]: crate::Error::is_retryable

use reqwest::{Method, StatusCode};

use crate::error::ErrorKind;

/// Methods whose request may be sent twice without a second effect
/// (RFC 9110, 9.2.2), so that a lost answer can be asked for again.
fn idempotent(method: &Method) -> bool {
    [
        Method::GET,
        Method::HEAD,
        Method::PUT,
        Method::DELETE,
        Method::OPTIONS,
    ]
    .contains(method)
}

/// Whether a call that failed this way may be sent again.
pub(crate) fn is_retryable(kind: ErrorKind, method: &Method, status: Option<StatusCode>) -> bool {
    match kind {
        // Nothing reached the server.
        ErrorKind::Connect => true,
        // The server may have acted before the answer was lost.
        ErrorKind::Timeout | ErrorKind::Transport => idempotent(method),
        ErrorKind::ErrorStatus
        | ErrorKind::ErrorStatusUnknownBody
        | ErrorKind::UnexpectedStatus => {
            match status.map(|s| s.as_u16()) {
                // The server refused to process it at all.
                Some(429) => true,
                Some(408 | 500 | 502 | 503 | 504) => idempotent(method),
                _ => false,
            }
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rule() {
        let status = |code| Some(StatusCode::from_u16(code).unwrap());
        let kinds = [ErrorKind::ErrorStatus, ErrorKind::UnexpectedStatus];
        for kind in kinds {
            assert!(is_retryable(kind, &Method::POST, status(429)));
            assert!(is_retryable(kind, &Method::GET, status(503)));
            assert!(is_retryable(kind, &Method::DELETE, status(408)));
            assert!(!is_retryable(kind, &Method::POST, status(503)));
            assert!(!is_retryable(kind, &Method::PATCH, status(500)));
            assert!(!is_retryable(kind, &Method::GET, status(404)));
            assert!(!is_retryable(kind, &Method::GET, status(501)));
        }
        assert!(is_retryable(ErrorKind::Connect, &Method::POST, None));
        assert!(is_retryable(ErrorKind::Timeout, &Method::PUT, None));
        assert!(!is_retryable(ErrorKind::Timeout, &Method::POST, None));
        assert!(is_retryable(ErrorKind::Transport, &Method::HEAD, None));
        assert!(!is_retryable(ErrorKind::Transport, &Method::PATCH, None));
        assert!(!is_retryable(
            ErrorKind::UndecodableBody,
            &Method::GET,
            status(200)
        ));
        assert!(!is_retryable(ErrorKind::InvalidRequest, &Method::GET, None));
        assert!(!is_retryable(
            ErrorKind::BodyTooLarge,
            &Method::GET,
            status(200)
        ));
    }
}
