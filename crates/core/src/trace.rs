//! Request logging for the generated clients' hooks. Only the operation,
//! method, path and outcome are logged: never headers (credentials), query
//! strings or bodies (customer data).

use progenitor_client::OperationInfo;

/// Logs a request about to be sent.
pub fn trace_request(request: &reqwest::Request, info: &OperationInfo) {
    tracing::debug!(
        target: "vendor_clients",
        operation = info.operation_id,
        method = %request.method(),
        path = request.url().path(),
        "sending request"
    );
}

/// Logs the outcome of a request: its status, or why there is none.
pub fn trace_response(result: &reqwest::Result<reqwest::Response>, info: &OperationInfo) {
    match result {
        Ok(response) => tracing::debug!(
            target: "vendor_clients",
            operation = info.operation_id,
            status = response.status().as_u16(),
            "received response"
        ),
        Err(error) => tracing::debug!(
            target: "vendor_clients",
            operation = info.operation_id,
            timeout = error.is_timeout(),
            connect = error.is_connect(),
            "request failed"
        ),
    }
}
