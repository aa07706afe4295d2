//! What the generated code tells the runtime about one operation: a plain
//! description that imports nothing, so that the error (which names its
//! operation) and the decoding (which makes errors) can both use it.

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

/// What the description documents for one status of an operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Response {
    /// A success whose JSON body is the operation's value.
    Success,
    /// A success without a body: the operation's value is decoded from this
    /// JSON instead (`null` for an operation that returns nothing, `{}` or
    /// `[]` for "nothing found" beside a typed success, such as an empty page).
    SuccessWithoutBody(&'static str),
    /// An error whose JSON body is the vendor's documented error body.
    Error,
    /// An error without a documented body.
    ErrorWithoutBody,
}

impl Operation {
    pub(crate) fn response(&self, status: reqwest::StatusCode) -> Option<Response> {
        self.responses
            .iter()
            .find(|(code, _)| *code == status.as_u16())
            .map(|(_, response)| *response)
    }
}
