//! Request logging. Only the operation, method, path and outcome are logged:
//! never headers (credentials), query strings or bodies (customer data).

use crate::operation::Operation;

/// Logs a request about to be sent.
pub(crate) fn trace_request(request: &reqwest::Request, operation: &Operation) {
    tracing::debug!(
        target: "vendor_clients",
        operation = operation.id,
        method = %request.method(),
        path = request.url().path(),
        "sending request"
    );
}

/// Logs the outcome of a request: its status, or why there is none.
pub(crate) fn trace_response(result: &reqwest::Result<reqwest::Response>, operation: &Operation) {
    match result {
        Ok(response) => tracing::debug!(
            target: "vendor_clients",
            operation = operation.id,
            status = response.status().as_u16(),
            "received response"
        ),
        Err(error) => tracing::debug!(
            target: "vendor_clients",
            operation = operation.id,
            timeout = error.is_timeout(),
            connect = error.is_connect(),
            "request failed"
        ),
    }
}
