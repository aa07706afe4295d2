//! Retries: what may be sent again (the rule [`Error::is_retryable`] states)
//! and how long to wait, in one place. The mechanics (exponential backoff
//! with jitter, the retry loop) are `backon`'s; HTTP-dates are `httpdate`'s.
//!
//! [`Error::is_retryable`]: crate::Error::is_retryable

use std::time::{Duration, SystemTime};

use reqwest::header::{HeaderMap, HeaderValue, RETRY_AFTER};
use reqwest::{Method, StatusCode};

use crate::error::ErrorKind;

/// How a client retries a failed call.
///
/// The default, [`RetryConfig::standard`], makes at most 3 attempts in all,
/// waiting 0.2 s, then 0.4 s (with jitter), or as long as the server asks
/// (`Retry-After`, or the vendor's own rate-limit header) when that is at
/// most the maximum delay (20 s). A server that asks for a longer wait gets
/// no retry: the call fails at once, with the wait on
/// [`Error::retry_after`](crate::Error::retry_after).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryConfig {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
}

impl Default for RetryConfig {
    fn default() -> Self {
        Self::standard()
    }
}

impl RetryConfig {
    /// 3 attempts in all, backoff from 0.2 s, waits of at most 20 s.
    pub const fn standard() -> Self {
        Self {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(20),
        }
    }

    /// One attempt: nothing is retried.
    pub const fn disabled() -> Self {
        Self {
            max_attempts: 1,
            ..Self::standard()
        }
    }

    /// Attempts in all, the first included (at least 1).
    pub const fn with_max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = if attempts == 0 { 1 } else { attempts };
        self
    }

    /// The first backoff delay; each further one doubles, with jitter.
    pub const fn with_initial_backoff(mut self, delay: Duration) -> Self {
        self.initial_backoff = delay;
        self
    }

    /// The longest wait between attempts, whether from backoff or asked by
    /// the server; a server asking for longer gets no retry.
    pub const fn with_max_backoff(mut self, delay: Duration) -> Self {
        self.max_backoff = delay;
        self
    }

    /// Attempts in all, the first included.
    pub const fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The first backoff delay.
    pub const fn initial_backoff(&self) -> Duration {
        self.initial_backoff
    }

    /// The longest wait between attempts.
    pub const fn max_backoff(&self) -> Duration {
        self.max_backoff
    }

    pub(crate) fn backoff(&self) -> backon::ExponentialBuilder {
        backon::ExponentialBuilder::default()
            .with_min_delay(self.initial_backoff)
            .with_max_delay(self.max_backoff)
            .with_max_times(self.max_attempts.saturating_sub(1) as usize)
            .with_jitter()
    }
}

/// How long to wait before the next attempt, or `None` for no next attempt:
/// `backoff` is the backoff's next delay (`None` when no attempt is left),
/// `asked` the wait the server asked for. A server asking for longer than
/// `max` gets its answer returned at once.
pub(crate) fn next_wait(
    asked: Option<Duration>,
    backoff: Option<Duration>,
    max: Duration,
) -> Option<Duration> {
    let backoff = backoff?;
    match asked {
        Some(wait) if wait > max => None,
        Some(wait) => Some(wait),
        // Jitter may take the backoff past the maximum: it is a ceiling.
        None => Some(backoff.min(max)),
    }
}

/// Methods whose request may be sent twice without a second effect
/// (RFC 9110, 9.2.2), so that a lost answer can be asked for again.
fn idempotent(method: &Method) -> bool {
    [
        Method::GET,
        Method::HEAD,
        Method::PUT,
        Method::DELETE,
        Method::OPTIONS,
    ]
    .contains(method)
}

/// Whether a call that failed this way may be sent again.
pub(crate) fn is_retryable(kind: ErrorKind, method: &Method, status: Option<StatusCode>) -> bool {
    match kind {
        // Nothing reached the server.
        ErrorKind::Connect => true,
        // The server may have acted before the answer was lost.
        ErrorKind::Timeout | ErrorKind::Transport => idempotent(method),
        ErrorKind::ErrorStatus
        | ErrorKind::ErrorStatusUnknownBody
        | ErrorKind::UnexpectedStatus => {
            match status.map(|s| s.as_u16()) {
                // The server refused to process it at all.
                Some(429) => true,
                Some(408 | 500 | 502 | 503 | 504) => idempotent(method),
                _ => false,
            }
        }
        _ => false,
    }
}

/// The longest wait a server can ask for: a longer one (however long, even
/// past what a number holds) is taken as this, so that it is still no retry
/// and the caller still sees a wait. Far above any sane maximum delay, far
/// below what could overflow.
const LONGEST_SERVER_WAIT: Duration = Duration::from_secs(7 * 24 * 3600);

/// How long the server asked the caller to wait: `Retry-After` (seconds or
/// an HTTP-date), else the first of the vendor's own headers (seconds) that
/// holds a usable value.
pub(crate) fn server_wait(headers: &HeaderMap, vendor_headers: &[&str]) -> Option<Duration> {
    if let Some(wait) = text(headers.get(RETRY_AFTER)).and_then(parse_retry_after) {
        return Some(wait);
    }
    vendor_headers
        .iter()
        .find_map(|name| text(headers.get(*name)).and_then(parse_seconds))
}

fn text(value: Option<&HeaderValue>) -> Option<&str> {
    value?.to_str().ok().map(str::trim)
}

/// `Retry-After`: delay-seconds or an HTTP-date (RFC 9110, 10.2.3).
fn parse_retry_after(value: &str) -> Option<Duration> {
    parse_seconds(value).or_else(|| {
        let date = httpdate::parse_http_date(value).ok()?;
        // A date in the past means "now".
        let wait = date
            .duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO);
        Some(wait.min(LONGEST_SERVER_WAIT))
    })
}

/// A non-negative whole number of seconds, at most [`LONGEST_SERVER_WAIT`].
fn parse_seconds(value: &str) -> Option<Duration> {
    if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // Digits only: a parse failure is an overflow, a very long wait.
    let seconds: u64 = value.parse().unwrap_or(u64::MAX);
    Some(Duration::from_secs(seconds).min(LONGEST_SERVER_WAIT))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rule() {
        let status = |code| Some(StatusCode::from_u16(code).unwrap());
        let kinds = [ErrorKind::ErrorStatus, ErrorKind::UnexpectedStatus];
        for kind in kinds {
            assert!(is_retryable(kind, &Method::POST, status(429)));
            assert!(is_retryable(kind, &Method::GET, status(503)));
            assert!(is_retryable(kind, &Method::DELETE, status(408)));
            assert!(!is_retryable(kind, &Method::POST, status(503)));
            assert!(!is_retryable(kind, &Method::PATCH, status(500)));
            assert!(!is_retryable(kind, &Method::GET, status(404)));
            assert!(!is_retryable(kind, &Method::GET, status(501)));
        }
        assert!(is_retryable(ErrorKind::Connect, &Method::POST, None));
        assert!(is_retryable(ErrorKind::Timeout, &Method::PUT, None));
        assert!(!is_retryable(ErrorKind::Timeout, &Method::POST, None));
        assert!(is_retryable(ErrorKind::Transport, &Method::HEAD, None));
        assert!(!is_retryable(ErrorKind::Transport, &Method::PATCH, None));
        assert!(!is_retryable(
            ErrorKind::UndecodableBody,
            &Method::GET,
            status(200)
        ));
        assert!(!is_retryable(ErrorKind::InvalidRequest, &Method::GET, None));
        assert!(!is_retryable(
            ErrorKind::BodyTooLarge,
            &Method::GET,
            status(200)
        ));
    }

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        pairs
            .iter()
            .map(|(name, value)| {
                (
                    reqwest::header::HeaderName::from_static(name),
                    value.parse().unwrap(),
                )
            })
            .collect()
    }

    const RESET: &str = "x-sib-ratelimit-reset";

    #[test]
    fn waits_the_server_asks_for() {
        let wait = |pairs: &[(&'static str, &str)]| server_wait(&headers(pairs), &[RESET]);
        assert_eq!(wait(&[("retry-after", "1")]), Some(Duration::from_secs(1)));
        assert_eq!(
            wait(&[("retry-after", " 3600 ")]),
            Some(Duration::from_secs(3600))
        );
        assert_eq!(
            wait(&[("x-sib-ratelimit-reset", "2")]),
            Some(Duration::from_secs(2))
        );
        // Retry-After first; a bad one leaves the vendor's header.
        assert_eq!(
            wait(&[("retry-after", "5"), ("x-sib-ratelimit-reset", "2")]),
            Some(Duration::from_secs(5))
        );
        assert_eq!(
            wait(&[("retry-after", "soon"), ("x-sib-ratelimit-reset", "2")]),
            Some(Duration::from_secs(2))
        );
        let in_a_minute = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(61));
        let date = wait(&[("retry-after", &in_a_minute)]).unwrap();
        assert!(
            date > Duration::from_secs(55) && date <= Duration::from_secs(61),
            "{date:?}"
        );
        let past = httpdate::fmt_http_date(SystemTime::now() - Duration::from_secs(60));
        assert_eq!(wait(&[("retry-after", &past)]), Some(Duration::ZERO));
    }

    #[test]
    fn malformed_waits_are_absent_and_long_ones_a_week() {
        let wait = |value: &str| server_wait(&headers(&[("retry-after", value)]), &[RESET]);
        for value in ["-1", "1.5", "", "abc", "Mon, 32 Foo 2024 99:99:99 GMT"] {
            assert_eq!(wait(value), None, "{value:?}");
        }
        // Longer than a week, however long: a week, still no retry.
        for value in [
            "604801",
            "99999999999999999999999999",
            "18446744073709551615",
            "Fri, 31 Dec 9999 23:59:59 GMT",
        ] {
            assert_eq!(wait(value), Some(LONGEST_SERVER_WAIT), "{value:?}");
        }
        assert_eq!(server_wait(&HeaderMap::new(), &[RESET]), None);
    }

    #[test]
    fn the_next_wait() {
        let (s1, s2, max) = (
            Duration::from_secs(1),
            Duration::from_secs(2),
            Duration::from_secs(20),
        );
        // The backoff's delay, unless the server asked for a wait.
        assert_eq!(next_wait(None, Some(s1), max), Some(s1));
        assert_eq!(next_wait(Some(s2), Some(s1), max), Some(s2));
        // Up to the maximum, included; longer: no retry.
        assert_eq!(next_wait(Some(max), Some(s1), max), Some(max));
        // A backoff past the maximum (with jitter) waits the maximum.
        assert_eq!(next_wait(None, Some(max + s1), max), Some(max));
        assert_eq!(next_wait(Some(max + s1), Some(s1), max), None);
        // No attempt left: no retry, whatever the server asked.
        assert_eq!(next_wait(Some(s1), None, max), None);
        assert_eq!(next_wait(None, None, max), None);
    }

    #[test]
    fn backoff_doubles_from_the_initial_delay_for_the_attempts_left() {
        use backon::BackoffBuilder;
        let delays: Vec<Duration> = RetryConfig::standard()
            .with_max_attempts(4)
            .with_initial_backoff(Duration::from_millis(100))
            .with_max_backoff(Duration::from_millis(250))
            .backoff()
            .build()
            .collect();
        assert_eq!(delays.len(), 3, "attempts after the first");
        // With jitter: each delay is its base plus up to as much again.
        for (delay, base) in delays.iter().zip([100, 200, 250]) {
            let base = Duration::from_millis(base);
            assert!(
                *delay >= base && *delay <= base * 2,
                "{delay:?} for {base:?}"
            );
        }
    }

    #[test]
    fn a_week_is_the_longest_wait_taken() {
        let week = 7 * 24 * 3600;
        assert_eq!(
            parse_seconds(&week.to_string()),
            Some(Duration::from_secs(week))
        );
        assert_eq!(
            parse_seconds(&(week + 1).to_string()),
            Some(Duration::from_secs(week))
        );
        assert_eq!(parse_seconds(""), None);
        assert_eq!(parse_seconds("12a"), None);
        assert_eq!(parse_seconds("+3"), None);
    }

    #[test]
    fn config() {
        let standard = RetryConfig::standard();
        assert_eq!(standard.max_attempts(), 3);
        assert_eq!(standard.max_backoff(), Duration::from_secs(20));
        assert_eq!(RetryConfig::disabled().max_attempts(), 1);
        assert_eq!(standard.clone().with_max_attempts(0).max_attempts(), 1);
        let custom = standard
            .with_max_attempts(5)
            .with_initial_backoff(Duration::from_millis(10))
            .with_max_backoff(Duration::from_secs(2));
        assert_eq!(
            (
                custom.max_attempts(),
                custom.initial_backoff(),
                custom.max_backoff()
            ),
            (5, Duration::from_millis(10), Duration::from_secs(2))
        );
    }
}
