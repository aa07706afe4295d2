//! What a call returns on success, as the runtime makes it from an answer:
//! below the decoding (`operation`) and the download (`body::download`),
//! which both name it.

use std::time::Duration;

use serde::de::DeserializeOwned;

use crate::description::Operation;

/// What a call returns on success: a value decoded from the answer's JSON
/// body (every `DeserializeOwned` type), a value that depends on the status
/// (a generated enum, one variant per documented success status), or the
/// body itself, unread (a [`Download`](crate::Download)).
///
/// The status picks how a body is decoded: it is never tried against one
/// type after another.
pub trait SuccessValue: Sized {
    /// The value documented for the success `status`, decoded from `body`
    /// (for a status documented without a body: the JSON the description
    /// gives for it, which a value that depends on the status may ignore).
    fn decode(status: u16, body: &[u8]) -> Result<Self, serde_json::Error>;

    /// Whether the value is the answer's body itself, which the caller
    /// reads (a download): the runtime then hands it the answer unread.
    #[doc(hidden)]
    const STREAMED: bool = false;

    /// The value made of an answer whose body is not read yet, for a
    /// streamed value; `None` for the others.
    #[doc(hidden)]
    fn streamed(_answer: Streamed) -> Option<Self> {
        None
    }
}

impl<T: DeserializeOwned> SuccessValue for T {
    fn decode(_status: u16, body: &[u8]) -> Result<Self, serde_json::Error> {
        serde_json::from_slice(body)
    }
}

/// An answer the runtime hands over unread, with what reading it needs.
#[doc(hidden)]
pub struct Streamed {
    pub(crate) operation: &'static Operation,
    pub(crate) response: reqwest::Response,
    /// The longest wait for the next piece of body.
    pub(crate) idle: Option<Duration>,
}
