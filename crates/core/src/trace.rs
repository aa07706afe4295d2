//! One `tracing` span per call, target `vendor_clients`, with OpenTelemetry's
//! HTTP field names; one event per retry. Never a header (credentials), a
//! query string or a body (customer data), nor the filled path (it may hold
//! identifiers): the path template only.

use std::time::{Duration, Instant};

use tracing::Span;
use tracing::field::Empty;

use crate::description::Operation;
use crate::error::Error;

/// The span of one call. Disabled (and nearly free) when no subscriber
/// listens at `debug` for `vendor_clients`.
pub(crate) fn call_span(operation: &Operation) -> Span {
    tracing::debug_span!(
        target: "vendor_clients",
        "vendor_clients.call",
        otel.name = operation.id,
        operation = operation.id,
        "http.request.method" = operation.method.as_str(),
        "url.template" = operation.path_template,
        "http.response.status_code" = Empty,
        "http.request.resend_count" = Empty,
        "error.type" = Empty,
        duration_ms = Empty,
    )
}

/// Records how the call ended.
pub(crate) fn finish(
    span: &Span,
    status: Option<u16>,
    error: Option<crate::ErrorKind>,
    resends: u32,
    started: Option<Instant>,
) {
    let Some(started) = started else {
        return;
    };
    if span.is_disabled() {
        return;
    }
    if let Some(status) = status {
        span.record("http.response.status_code", status);
    }
    if resends > 0 {
        span.record("http.request.resend_count", resends);
    }
    if let Some(kind) = error {
        span.record("error.type", tracing::field::debug(kind));
    }
    span.record("duration_ms", started.elapsed().as_secs_f64() * 1000.0);
    let _entered = span.enter();
    match error {
        None => tracing::debug!(target: "vendor_clients", "call succeeded"),
        Some(_) => tracing::debug!(target: "vendor_clients", "call failed"),
    }
}

/// An event for a retry about to happen: why, and how long it waits.
pub(crate) fn retrying<E>(error: &Error<E>, wait: Duration) {
    tracing::debug!(
        target: "vendor_clients",
        reason = ?error.kind(),
        http.response.status_code = error.status(),
        wait_ms = wait.as_secs_f64() * 1000.0,
        "retrying"
    );
}

/// An event for a redirect followed (same origin).
pub(crate) fn redirected(status: u16) {
    tracing::debug!(
        target: "vendor_clients",
        reason = "redirect",
        http.response.status_code = status,
        "following a redirect to the same origin"
    );
}
