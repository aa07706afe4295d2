//! The redirect policy of the clients this crate builds: a redirect is
//! followed only to the same origin (scheme, host and port), so credentials
//! never reach another host, and never in a way that changes the request (a
//! write is not re-sent as a read). reqwest's own following is switched off
//! (`Policy::none()`); the runtime follows what this module allows.

use reqwest::header::HeaderValue;
use reqwest::{Method, StatusCode, Url};

/// Redirects followed in one attempt, at most.
pub(crate) const MAX_HOPS: usize = 5;

/// What to do with a redirect answer.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Redirect {
    /// Send the same request (method, headers, body) to `url`.
    Follow(Url),
    /// Return the answer as an error; the reason names no query.
    Refuse(String),
}

/// Whether `status` is a redirect this policy decides on.
pub(crate) fn is_redirect(status: StatusCode) -> bool {
    matches!(status.as_u16(), 301 | 302 | 303 | 307 | 308)
}

/// Decides on a redirect `status` to `location`, for a `method` request
/// sent to `current`, after `hops` redirects already followed.
pub(crate) fn decide(
    status: StatusCode,
    method: &Method,
    current: &Url,
    location: Option<&HeaderValue>,
    hops: usize,
) -> Redirect {
    let Some(target) = location
        .and_then(|value| value.to_str().ok())
        .and_then(|value| current.join(value).ok())
    else {
        return Redirect::Refuse("the redirect has no usable Location".into());
    };
    if target.origin() != current.origin() {
        return Redirect::Refuse(format!(
            "to another origin ({}); credentials are sent to the configured origin only",
            target.origin().ascii_serialization()
        ));
    }
    if hops >= MAX_HOPS {
        return Redirect::Refuse(format!("more than {MAX_HOPS} redirects"));
    }
    let keeps_method = matches!(status.as_u16(), 307 | 308);
    if !keeps_method && *method != Method::GET && *method != Method::HEAD {
        // Browsers and reqwest re-send a POST answered 301/302, and anything
        // answered 303, as a GET: the write would not happen.
        return Redirect::Refuse(format!(
            "a {} would re-send the {method} as a GET",
            status.as_u16()
        ));
    }
    Redirect::Follow(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decide_for(status: u16, method: Method, location: &str, hops: usize) -> Redirect {
        let current: Url = "https://api.example.com:8443/v3/things?q=secret"
            .parse()
            .unwrap();
        let location = HeaderValue::from_str(location).unwrap();
        decide(
            StatusCode::from_u16(status).unwrap(),
            &method,
            &current,
            Some(&location),
            hops,
        )
    }

    #[test]
    fn same_origin_reads_are_followed() {
        for status in [301, 302, 303, 307, 308] {
            assert_eq!(
                decide_for(status, Method::GET, "/v3/other?page=2", 0),
                Redirect::Follow(
                    "https://api.example.com:8443/v3/other?page=2"
                        .parse()
                        .unwrap()
                )
            );
        }
        assert!(matches!(
            decide_for(307, Method::POST, "/v3/x", 0),
            Redirect::Follow(_)
        ));
        assert!(matches!(
            decide_for(308, Method::PATCH, "/v3/x", 4),
            Redirect::Follow(_)
        ));
    }

    #[test]
    fn other_origins_are_refused_without_their_query() {
        for location in [
            "http://api.example.com:8443/v3/x",
            "https://api.example.com/v3/x",
            "https://other.example.com:8443/collect?token=leak",
            "//other.example.com/collect?token=leak",
        ] {
            let Redirect::Refuse(reason) = decide_for(302, Method::GET, location, 0) else {
                panic!("{location} followed");
            };
            assert!(reason.starts_with("to another origin"), "{reason}");
            assert!(
                !reason.contains("leak") && !reason.contains("collect"),
                "{reason}"
            );
        }
    }

    #[test]
    fn writes_are_never_turned_into_reads() {
        for status in [301, 302, 303] {
            for method in [Method::POST, Method::PATCH, Method::PUT, Method::DELETE] {
                let Redirect::Refuse(reason) = decide_for(status, method.clone(), "/v3/x", 0)
                else {
                    panic!("{status} {method} followed");
                };
                assert!(reason.contains("as a GET"), "{reason}");
            }
        }
    }

    #[test]
    fn hops_and_locations_are_bounded() {
        assert!(matches!(
            decide_for(302, Method::GET, "/v3/x", MAX_HOPS),
            Redirect::Refuse(_)
        ));
        let current: Url = "https://api.example.com/v3".parse().unwrap();
        let refused = decide(StatusCode::FOUND, &Method::GET, &current, None, 0);
        assert_eq!(
            refused,
            Redirect::Refuse("the redirect has no usable Location".into())
        );
        assert!(is_redirect(StatusCode::PERMANENT_REDIRECT));
        assert!(!is_redirect(StatusCode::NOT_MODIFIED));
    }
}
