use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName};

/// Rules applied to every request a generated client sends: the vendor's
/// headers and credentials, the timeout, and how bodiless writes look.
///
/// `Debug` shows credential headers as `Sensitive`.
#[derive(Clone, Debug, Default)]
pub struct Wire {
    /// Set on every request, replacing what the generated code set.
    pub(crate) headers: HeaderMap,
    /// Replace a header's value only where the generated code set one.
    pub(crate) replacements: HeaderMap,
    /// Per-request timeout.
    pub(crate) timeout: Option<Duration>,
    /// The HTTP client is the runtime's own, built with `timeout` (a
    /// per-request timeout would cost each request an allocation in
    /// reqwest) and following no redirect; `false` for a caller's own
    /// client (`http_client(..)`), which may follow redirects itself.
    pub(crate) runtime_client: bool,
    /// Send `{}` as `application/json` where a POST, PUT, PATCH, DELETE or
    /// OPTIONS request has no body, as swagger-codegen 3 Python SDKs do.
    pub(crate) empty_json_object: bool,
}

impl Wire {
    /// The headers set on every request, replacing any value the generated
    /// code chose (for example progenitor's `Accept: application/json`
    /// where the vendor SDK sends its own media type).
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The timeout applied to each request, from sending it to reading the
    /// whole response body.
    pub fn timeout(&self) -> Option<Duration> {
        self.timeout
    }

    /// Applies the rules to one outgoing request.
    pub fn apply(&self, request: &mut reqwest::Request) {
        drop_null_body(request);
        if self.empty_json_object {
            fill_empty_body(request);
        }
        let headers = request.headers_mut();
        set_headers(headers, &self.headers);
        for (name, value) in &self.replacements {
            if let Some(current) = headers.get_mut(name) {
                *current = value.clone();
            }
        }
        if self.timeout.is_some() && !self.runtime_client {
            *request.timeout_mut() = self.timeout;
        }
    }
}

/// Sets every header of `from` on `headers`, replacing what `headers` had
/// under each name. A name's values come one after the other: the first
/// replaces every value set before (`insert`), the others add to it.
pub(crate) fn set_headers(headers: &mut HeaderMap, from: &HeaderMap) {
    let mut previous: Option<&HeaderName> = None;
    for (name, value) in from {
        if previous == Some(name) {
            headers.append(name.clone(), value.clone());
        } else {
            headers.insert(name.clone(), value.clone());
            previous = Some(name);
        }
    }
}

/// An optional request body left out is sent by progenitor as JSON `null`
/// (the spec makes such a body nullable); the SDKs send no body at all.
fn drop_null_body(request: &mut reqwest::Request) {
    if request.body().and_then(reqwest::Body::as_bytes) == Some(b"null") {
        *request.body_mut() = None;
        request.headers_mut().remove(reqwest::header::CONTENT_TYPE);
    }
}

fn fill_empty_body(request: &mut reqwest::Request) {
    use reqwest::Method;
    let takes_body = [
        Method::POST,
        Method::PUT,
        Method::PATCH,
        Method::DELETE,
        Method::OPTIONS,
    ];
    if request.body().is_none() && takes_body.contains(request.method()) {
        *request.body_mut() = Some("{}".into());
        request.headers_mut().insert(
            reqwest::header::CONTENT_TYPE,
            reqwest::header::HeaderValue::from_static("application/json"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::{ACCEPT, HeaderValue};

    fn request_with(headers: &[(&'static str, &'static str)]) -> reqwest::Request {
        let mut request =
            reqwest::Request::new(reqwest::Method::GET, "http://127.0.0.1/x".parse().unwrap());
        for (name, value) in headers {
            request
                .headers_mut()
                .append(*name, HeaderValue::from_static(value));
        }
        request
    }

    #[test]
    fn vendor_headers_replace_the_generated_ones() {
        let mut headers = HeaderMap::new();
        headers.insert(ACCEPT, HeaderValue::from_static("application/vnd.x+json"));
        let wire = Wire {
            headers,
            timeout: Some(Duration::from_secs(3)),
            ..Wire::default()
        };
        let mut request = request_with(&[("accept", "application/json")]);

        wire.apply(&mut request);

        let accepts: Vec<_> = request.headers().get_all(ACCEPT).iter().collect();
        assert_eq!(accepts, ["application/vnd.x+json"]);
        assert_eq!(request.timeout(), Some(&Duration::from_secs(3)));
    }

    #[test]
    fn a_vendor_header_with_several_values_replaces_all_generated_ones() {
        let mut headers = HeaderMap::new();
        headers.append(ACCEPT, HeaderValue::from_static("application/a"));
        headers.append(ACCEPT, HeaderValue::from_static("application/b"));
        headers.insert("x-one", HeaderValue::from_static("1"));
        let wire = Wire {
            headers,
            ..Wire::default()
        };
        let mut request = request_with(&[
            ("accept", "application/json"),
            ("accept", "text/plain"),
            ("x-one", "0"),
        ]);

        wire.apply(&mut request);

        let accepts: Vec<_> = request.headers().get_all(ACCEPT).iter().collect();
        assert_eq!(accepts, ["application/a", "application/b"]);
        let ones: Vec<_> = request.headers().get_all("x-one").iter().collect();
        assert_eq!(ones, ["1"]);
    }

    #[test]
    fn a_timeout_the_http_client_applies_is_not_set_again() {
        let wire = Wire {
            timeout: Some(Duration::from_secs(3)),
            runtime_client: true,
            ..Wire::default()
        };
        let mut request = request_with(&[]);
        wire.apply(&mut request);
        assert_eq!(request.timeout(), None);
    }

    #[test]
    fn replacements_apply_only_where_the_header_is_set() {
        let mut replacements = HeaderMap::new();
        replacements.insert(ACCEPT, HeaderValue::from_static("*/*"));
        let wire = Wire {
            replacements,
            ..Wire::default()
        };
        let mut with_accept = request_with(&[("accept", "application/json")]);
        let mut without = request_with(&[]);

        wire.apply(&mut with_accept);
        wire.apply(&mut without);

        assert_eq!(with_accept.headers()[ACCEPT], "*/*");
        assert!(without.headers().get(ACCEPT).is_none());
    }

    #[test]
    fn a_null_json_body_is_no_body() {
        let mut request = request_with(&[("content-type", "application/json")]);
        *request.body_mut() = Some("null".into());
        Wire::default().apply(&mut request);
        assert!(request.body().is_none());
        assert!(request.headers().get("content-type").is_none());

        let mut request = request_with(&[("content-type", "application/json")]);
        *request.body_mut() = Some(r#"{"name":null}"#.into());
        Wire::default().apply(&mut request);
        assert_eq!(
            request.body().and_then(reqwest::Body::as_bytes),
            Some(&br#"{"name":null}"#[..])
        );
    }

    #[test]
    fn empty_json_object_fills_bodiless_writes_only() {
        let wire = Wire {
            empty_json_object: true,
            ..Wire::default()
        };
        let mut delete = request_with(&[]);
        *delete.method_mut() = reqwest::Method::DELETE;
        let mut null_patch = request_with(&[("content-type", "application/json")]);
        *null_patch.method_mut() = reqwest::Method::PATCH;
        *null_patch.body_mut() = Some("null".into());
        let mut get = request_with(&[]);

        for request in [&mut delete, &mut null_patch, &mut get] {
            wire.apply(request);
        }

        for request in [&delete, &null_patch] {
            assert_eq!(
                request.body().and_then(reqwest::Body::as_bytes),
                Some(&b"{}"[..])
            );
            assert_eq!(request.headers()["content-type"], "application/json");
        }
        assert!(get.body().is_none());
    }

    #[test]
    fn leaves_other_headers_and_timeout_alone() {
        let wire = Wire::default();
        let mut request = request_with(&[("content-type", "application/json")]);

        wire.apply(&mut request);

        assert_eq!(request.headers()["content-type"], "application/json");
        assert_eq!(request.timeout(), None);
    }
}
