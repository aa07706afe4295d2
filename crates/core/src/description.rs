//! What the generated code tells the runtime about one operation: a plain
//! description that imports nothing, so that the error (which names its
//! operation) and the decoding (which makes errors) can both use it.

use std::any::Any;

/// One operation of an API description, as generated code declares it.
#[derive(Debug)]
pub struct Operation {
    /// The `operationId` (the vendor SDK's method name).
    pub id: &'static str,
    /// The HTTP method.
    pub method: reqwest::Method,
    /// The path template, as in the description (`/things/{id}`).
    pub path_template: &'static str,
    /// The documented statuses and what their bodies are.
    pub responses: &'static [(u16, Response)],
}

/// An error body of a type of its own, decoded for one status: `None` when
/// the body is not that type (see `operation::documented_error_body`).
pub type ErrorBodyDecoder = fn(&[u8]) -> Option<Box<dyn Any + Send + Sync>>;

/// What the description documents for one status of an operation.
#[derive(Clone, Copy, Debug)]
pub enum Response {
    /// A success whose JSON body is the operation's value (or, for an
    /// operation whose value depends on the status, the value's variant
    /// for that status).
    Success,
    /// A success without a body: the operation's value is decoded from this
    /// JSON instead (`null` for an operation that returns nothing, `{}` or
    /// `[]` for an empty page beside a typed success).
    SuccessWithoutBody(&'static str),
    /// An error whose JSON body is the vendor's documented error body (the
    /// crate's `Error`'s type parameter).
    Error,
    /// An error without a documented body.
    ErrorWithoutBody,
    /// An error whose JSON body has a type of its own for this status, not
    /// the vendor's usual error body (reached with `Error::error_body_as`).
    ErrorBody(ErrorBodyDecoder),
}

impl Operation {
    /// What the description says of `status`. A success status it does not
    /// list (a `201` where it documents `200`) is still a success: the
    /// server did what was asked, and a caller must not send a write again
    /// for want of a documented status. It is decoded as the documented
    /// success of its kind: the first one with a body where the answer has
    /// one, else the first without. Returns the documented status it is
    /// decoded as, with what the description says of that one.
    pub(crate) fn response(
        &self,
        status: reqwest::StatusCode,
        has_body: bool,
    ) -> Option<(u16, Response)> {
        let code = status.as_u16();
        if let Some((_, response)) = self.responses.iter().find(|(c, _)| *c == code) {
            return Some((code, *response));
        }
        if !status.is_success() {
            return None;
        }
        let typed = || {
            self.responses
                .iter()
                .find(|(c, r)| (200..300).contains(c) && matches!(r, Response::Success))
        };
        let bodiless = || {
            self.responses.iter().find(|(c, r)| {
                (200..300).contains(c) && matches!(r, Response::SuccessWithoutBody(_))
            })
        };
        let documented = if has_body {
            typed().or_else(bodiless)
        } else {
            bodiless().or_else(typed)
        };
        documented.copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::StatusCode;

    static CREATE: Operation = Operation {
        id: "create",
        method: reqwest::Method::POST,
        path_template: "/things",
        responses: &[
            (201, Response::Success),
            (204, Response::SuccessWithoutBody("null")),
            (400, Response::Error),
        ],
    };

    fn documented(operation: &Operation, status: u16, has_body: bool) -> Option<u16> {
        operation
            .response(StatusCode::from_u16(status).unwrap(), has_body)
            .map(|(code, _)| code)
    }

    #[test]
    fn an_undocumented_success_is_the_documented_success_of_its_kind() {
        assert_eq!(documented(&CREATE, 201, false), Some(201));
        assert_eq!(documented(&CREATE, 200, true), Some(201));
        assert_eq!(documented(&CREATE, 202, false), Some(204));
        // Undocumented errors and informational statuses stay undocumented.
        assert_eq!(documented(&CREATE, 404, true), None);
        assert_eq!(documented(&CREATE, 500, false), None);
        static ONLY_TYPED: Operation = Operation {
            id: "get",
            method: reqwest::Method::GET,
            path_template: "/thing",
            responses: &[(200, Response::Success)],
        };
        assert_eq!(documented(&ONLY_TYPED, 204, false), Some(200));
        static ONLY_BODILESS: Operation = Operation {
            id: "delete",
            method: reqwest::Method::DELETE,
            path_template: "/thing",
            responses: &[(204, Response::SuccessWithoutBody("null"))],
        };
        assert_eq!(documented(&ONLY_BODILESS, 200, true), Some(204));
    }
}
