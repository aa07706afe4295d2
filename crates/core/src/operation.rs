//! How a response is turned into the operation's value or an [`Error`], by
//! the statuses the API description documents (`description`).

use std::any::Any;

use bytes::Bytes;
use progenitor_client::ResponseValue;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::description::{Operation, Response};
use crate::error::{DecodeError, Error};
use crate::kind::ErrorKind;
use crate::value::SuccessValue;

/// Turns a complete response into the operation's value, or the error the
/// description makes of it.
pub(crate) fn decode<T, E>(
    operation: &'static Operation,
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
) -> Result<ResponseValue<T>, Error<E>>
where
    T: SuccessValue,
    E: DeserializeOwned + Serialize,
{
    classify(operation, status, headers, body)?.value()
}

/// A complete answer the description makes a success of: what the
/// operation's value is decoded from.
pub(crate) struct Success {
    operation: &'static Operation,
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
    /// The documented success status it is read as.
    documented: u16,
    /// The JSON a status documented without a body stands for.
    bodiless: Option<&'static str>,
}

/// What the description makes of a complete answer: a success, still to be
/// decoded into the operation's own type ([`Success::value`]), or the
/// error, its body decoded. Generic over the vendor's error body only, so
/// one copy serves every operation of a vendor.
pub(crate) fn classify<E>(
    operation: &'static Operation,
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Success, Error<E>>
where
    E: DeserializeOwned + Serialize,
{
    let error = |kind, headers, body| Error::response(kind, operation, status, headers, body);
    let success = |documented, bodiless, headers, body| Success {
        operation,
        status,
        headers,
        body,
        documented,
        bodiless,
    };
    match operation.response(status, !body.is_empty()) {
        Some((documented, Response::Success)) => Ok(success(documented, None, headers, body)),
        Some((documented, Response::SuccessWithoutBody(json))) => {
            Ok(success(documented, Some(json), headers, body))
        }
        Some((_, Response::Error)) => match documented_error_body::<E>(&body) {
            Some(typed) => {
                Err(error(ErrorKind::ErrorStatus, headers, Some(body)).with_error_body(typed))
            }
            None => Err(error(
                ErrorKind::ErrorStatusUnknownBody,
                headers,
                Some(body),
            )),
        },
        Some((_, Response::ErrorBody(decode))) => match decode(&body) {
            Some(typed) => {
                Err(error(ErrorKind::ErrorStatus, headers, Some(body)).with_other_body(typed))
            }
            None => Err(error(
                ErrorKind::ErrorStatusUnknownBody,
                headers,
                Some(body),
            )),
        },
        Some((_, Response::ErrorWithoutBody)) => {
            Err(error(ErrorKind::ErrorStatus, headers, Some(body)))
        }
        None => Err(error(ErrorKind::UnexpectedStatus, headers, Some(body))),
    }
}

impl Success {
    /// The operation's value, or why the body is not one.
    pub(crate) fn value<T, E>(self) -> Result<ResponseValue<T>, Error<E>>
    where
        T: SuccessValue,
    {
        let json = match self.bodiless {
            Some(json) => json.as_bytes(),
            None => &self.body,
        };
        match T::decode(self.documented, json) {
            Ok(value) => Ok(ResponseValue::new(value, self.status, self.headers)),
            Err(e) => Err(Error::response(
                ErrorKind::UndecodableBody,
                self.operation,
                self.status,
                self.headers,
                Some(self.body),
            )
            .with_decode_error(DecodeError::new(std::any::type_name::<T>(), &e))),
        }
    }
}

/// Decodes the error body of a status whose documented type is `T` (not
/// the vendor's usual error body): what generated code puts in
/// [`Response::ErrorBody`].
pub fn error_body<T>(body: &[u8]) -> Option<Box<dyn Any + Send + Sync>>
where
    T: DeserializeOwned + Serialize + Send + Sync + 'static,
{
    documented_error_body::<T>(body).map(|typed| Box::new(typed) as Box<dyn Any + Send + Sync>)
}

/// Decodes `body` as the answer with `status` to `operation`, exactly as a
/// call does, and renders the error a call would return: the decode path,
/// for fuzzing. The outcome's kind, or `Ok` for a value.
pub fn decode_body<T, E>(
    operation: &'static Operation,
    status: u16,
    body: &[u8],
) -> Result<(), ErrorKind>
where
    T: SuccessValue,
    E: DeserializeOwned + Serialize,
{
    let Ok(status) = StatusCode::from_u16(status) else {
        return Err(ErrorKind::UnexpectedStatus);
    };
    if T::STREAMED && status.is_success() {
        // A download's body is the caller's to read, whatever its bytes.
        return Ok(());
    }
    match decode::<T, E>(
        operation,
        status,
        HeaderMap::new(),
        Bytes::copy_from_slice(body),
    ) {
        Ok(_) => Ok(()),
        Err(error) => {
            // What a caller does with an error must not fail either.
            let _ = format!("{error} {error:?} {error:#?}");
            let mut source = std::error::Error::source(&error);
            while let Some(cause) = source {
                let _ = format!("{cause} {cause:?}");
                source = cause.source();
            }
            Err(error.kind())
        }
    }
}

/// The vendor's error body, when `body` is one: it decodes, and carries at
/// least one documented field (a JSON object with none of them, such as a
/// gateway's `{"error": "..."}`, is not the vendor's error body).
fn documented_error_body<E: DeserializeOwned + Serialize>(body: &[u8]) -> Option<E> {
    let typed: E = serde_json::from_slice(body).ok()?;
    match serde_json::to_value(&typed) {
        Ok(serde_json::Value::Object(fields)) if fields.is_empty() => None,
        _ => Some(typed),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::NoErrorBody;

    #[derive(Debug, PartialEq, serde::Deserialize, serde::Serialize)]
    struct Page {
        #[serde(default)]
        items: Vec<u32>,
    }

    #[derive(Debug, PartialEq, serde::Deserialize, serde::Serialize)]
    struct VendorError {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        message: Option<String>,
    }

    static LIST: Operation = Operation {
        id: "list",
        method: reqwest::Method::GET,
        path_template: "/things",
        responses: &[
            (200, Response::Success),
            (204, Response::SuccessWithoutBody("{}")),
            (400, Response::Error),
            (404, Response::ErrorWithoutBody),
        ],
    };

    fn run<E: DeserializeOwned + Serialize>(
        status: u16,
        body: &'static str,
    ) -> Result<ResponseValue<Page>, Error<E>> {
        decode(
            &LIST,
            StatusCode::from_u16(status).unwrap(),
            HeaderMap::new(),
            Bytes::from_static(body.as_bytes()),
        )
    }

    #[test]
    fn success_and_bodiless_success() {
        let page = run::<NoErrorBody>(200, r#"{"items":[1,2]}"#).unwrap();
        assert_eq!(page.into_inner(), Page { items: vec![1, 2] });
        let empty = run::<NoErrorBody>(204, "").unwrap();
        assert_eq!(empty.status(), StatusCode::NO_CONTENT);
        assert_eq!(empty.into_inner(), Page { items: vec![] });
    }

    #[test]
    fn each_status_gets_its_kind() {
        let kind = |status, body| run::<VendorError>(status, body).unwrap_err().kind();
        assert_eq!(kind(200, "<html>"), ErrorKind::UndecodableBody);
        assert_eq!(kind(400, r#"{"message":"m"}"#), ErrorKind::ErrorStatus);
        assert_eq!(kind(400, "<html>"), ErrorKind::ErrorStatusUnknownBody);
        assert_eq!(kind(400, ""), ErrorKind::ErrorStatusUnknownBody);
        assert_eq!(
            kind(400, r#"{"error":"m"}"#),
            ErrorKind::ErrorStatusUnknownBody
        );
        assert_eq!(kind(404, "anything"), ErrorKind::ErrorStatus);
        assert_eq!(kind(418, "{}"), ErrorKind::UnexpectedStatus);
    }

    #[test]
    fn the_fuzzing_entry_point_decodes_as_a_call_does() {
        let decode =
            |status, body: &str| decode_body::<Page, VendorError>(&LIST, status, body.as_bytes());
        assert_eq!(decode(200, r#"{"items":[1]}"#), Ok(()));
        assert_eq!(decode(200, "<html>"), Err(ErrorKind::UndecodableBody));
        assert_eq!(
            decode(400, r#"{"message":"m"}"#),
            Err(ErrorKind::ErrorStatus)
        );
        assert_eq!(
            decode(1000, ""),
            Err(ErrorKind::UnexpectedStatus),
            "not a status"
        );
    }

    #[test]
    fn errors_keep_status_and_raw_body() {
        let error = run::<VendorError>(400, r#"{"message":"m"}"#).unwrap_err();
        assert_eq!(error.status(), Some(400));
        assert_eq!(error.body(), Some(&br#"{"message":"m"}"#[..]));
        assert_eq!(
            error.error_body(),
            Some(&VendorError {
                message: Some("m".into())
            })
        );
        let error = run::<VendorError>(418, "teapot").unwrap_err();
        assert_eq!(error.body(), Some(&b"teapot"[..]));
        assert!(error.error_body().is_none());
    }
}
