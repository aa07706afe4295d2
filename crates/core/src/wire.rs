use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName};

/// progenitor 0.15 adds this header (the spec's `info.version`) to every
/// request. No vendor SDK sends it, so it never reaches the wire.
const PROGENITOR_API_VERSION: HeaderName = HeaderName::from_static("api-version");

/// Rules applied to every request a generated client sends.
///
/// It is the generated `Client`'s inner value; `Debug` shows credential
/// headers as `Sensitive`.
#[derive(Clone, Debug, Default)]
pub struct Wire {
    headers: HeaderMap,
    timeout: Option<Duration>,
}

impl Wire {
    pub(crate) fn new(headers: HeaderMap, timeout: Option<Duration>) -> Self {
        Self { headers, timeout }
    }

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
        let headers = request.headers_mut();
        headers.remove(PROGENITOR_API_VERSION);
        for name in self.headers.keys() {
            headers.remove(name);
            for value in self.headers.get_all(name) {
                headers.append(name.clone(), value.clone());
            }
        }
        if self.timeout.is_some() {
            *request.timeout_mut() = self.timeout;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::{ACCEPT, HeaderValue};

    fn request_with(headers: &[(&'static str, &'static str)]) -> reqwest::Request {
        let mut request = reqwest::Request::new(
            reqwest::Method::GET,
            "http://127.0.0.1/x".parse().unwrap(),
        );
        for (name, value) in headers {
            request
                .headers_mut()
                .append(*name, HeaderValue::from_static(value));
        }
        request
    }

    #[test]
    fn removes_api_version_and_overrides_accept() {
        let mut headers = HeaderMap::new();
        headers.insert(ACCEPT, HeaderValue::from_static("application/vnd.x+json"));
        let wire = Wire::new(headers, Some(Duration::from_secs(3)));
        let mut request = request_with(&[("api-version", "1.0"), ("accept", "application/json")]);

        wire.apply(&mut request);

        assert!(request.headers().get("api-version").is_none());
        let accepts: Vec<_> = request.headers().get_all(ACCEPT).iter().collect();
        assert_eq!(accepts, ["application/vnd.x+json"]);
        assert_eq!(request.timeout(), Some(&Duration::from_secs(3)));
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
