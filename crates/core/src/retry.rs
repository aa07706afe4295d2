//! Retries: what may be sent again (the rule [`Error::is_retryable`] states),
//! how long to wait, and how many retries a client may make at all (its
//! [`RetryBudget`]), in one place. The mechanics (exponential backoff with
//! jitter, the retry loop) are `backon`'s; HTTP-dates are `httpdate`'s.
//!
//! [`Error::is_retryable`]: crate::Error::is_retryable

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, SystemTime};

use reqwest::header::{HeaderMap, HeaderValue, RETRY_AFTER};
use reqwest::{Method, StatusCode};

use crate::kind::ErrorKind;

/// How a client retries a failed call.
///
/// The default, [`RetryConfig::standard`], makes at most 3 attempts in all,
/// waiting 0.2 s, then 0.4 s (with jitter), or as long as the server asks
/// (`Retry-After`, or the vendor's own rate-limit header) when that is at
/// most the maximum delay (20 s). A server that asks for a longer wait gets
/// no retry: the call fails at once, with the wait on
/// [`Error::retry_after`](crate::Error::retry_after).
///
/// Every retry also needs room in the client's [`RetryBudget`]
/// ([`RetryBudget::standard`] unless set), which all clones of a client
/// share: under an outage, retries stop once the budget is spent, instead
/// of multiplying the load on a server that is already down.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryConfig {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    budget: RetryBudget,
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
            budget: RetryBudget::standard(),
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

    /// How many retries the client may make in all (shared by its clones).
    pub const fn with_budget(mut self, budget: RetryBudget) -> Self {
        self.budget = budget;
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

    /// How many retries the client may make in all.
    pub const fn budget(&self) -> &RetryBudget {
        &self.budget
    }

    pub(crate) fn backoff(&self) -> backon::ExponentialBuilder {
        backon::ExponentialBuilder::default()
            .with_min_delay(self.initial_backoff)
            .with_max_delay(self.max_backoff)
            .with_max_times(self.max_attempts.saturating_sub(1) as usize)
            .with_jitter()
    }
}

/// How many retries one client (and its clones) may make: a token bucket,
/// as in aws-sdk-rust's standard retry mode.
///
/// The bucket starts full, with `capacity` tokens. A retry takes
/// `retry_cost` tokens, and is not made when fewer are left: the call then
/// fails with its last error, and
/// [`Error::retry_budget_exhausted`](crate::Error::retry_budget_exhausted)
/// is true. A call that succeeds on its first attempt puts back
/// `success_refill` tokens; one that succeeds after retries puts back the
/// cost of one retry. The bucket never holds more than `capacity`.
///
/// So a client retries freely while most calls succeed, and at most
/// `capacity / retry_cost` times in a row while none does: under an outage,
/// the server sees few more requests than there are calls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryBudget {
    capacity: u32,
    retry_cost: u32,
    success_refill: u32,
}

impl Default for RetryBudget {
    fn default() -> Self {
        Self::standard()
    }
}

impl RetryBudget {
    /// 100 tokens, 5 a retry, 1 back per first-attempt success: at most 20
    /// retries in a row without a success, and in the long run one retry
    /// per 5 successful calls.
    pub const fn standard() -> Self {
        Self {
            capacity: 100,
            retry_cost: 5,
            success_refill: 1,
        }
    }

    /// No limit: every retry the [`RetryConfig`] allows is made, whatever
    /// the other calls of the client do.
    pub const fn unlimited() -> Self {
        Self {
            capacity: 0,
            retry_cost: 0,
            success_refill: 0,
        }
    }

    /// A bucket of `capacity` tokens, `retry_cost` (at least 1) taken by
    /// each retry, `success_refill` put back by each call that succeeds on
    /// its first attempt.
    pub const fn token_bucket(capacity: u32, retry_cost: u32, success_refill: u32) -> Self {
        Self {
            capacity,
            retry_cost: if retry_cost == 0 { 1 } else { retry_cost },
            success_refill,
        }
    }

    /// The tokens the bucket starts with and holds at most (0: unlimited).
    pub const fn capacity(&self) -> u32 {
        self.capacity
    }

    /// The tokens one retry takes (0: unlimited).
    pub const fn retry_cost(&self) -> u32 {
        self.retry_cost
    }

    /// The tokens a call that succeeds on its first attempt puts back.
    pub const fn success_refill(&self) -> u32 {
        self.success_refill
    }

    fn is_unlimited(&self) -> bool {
        self.retry_cost == 0
    }
}

/// The tokens left in one client's [`RetryBudget`]; shared by its clones.
#[derive(Debug)]
pub(crate) struct BudgetTokens {
    budget: RetryBudget,
    tokens: AtomicU32,
}

impl BudgetTokens {
    /// A full bucket.
    pub(crate) fn new(budget: RetryBudget) -> Self {
        Self {
            budget,
            tokens: AtomicU32::new(budget.capacity),
        }
    }

    /// Takes the cost of one retry; `false` (nothing taken) when the
    /// bucket holds less.
    pub(crate) fn take_retry(&self) -> bool {
        let cost = self.budget.retry_cost;
        self.budget.is_unlimited()
            || self
                .tokens
                .fetch_update(Ordering::AcqRel, Ordering::Acquire, |tokens| {
                    tokens.checked_sub(cost)
                })
                .is_ok()
    }

    /// A call succeeded, after `retries` retries.
    pub(crate) fn succeeded(&self, retries: u32) {
        let refill = if retries == 0 {
            self.budget.success_refill
        } else {
            self.budget.retry_cost
        };
        let capacity = self.budget.capacity;
        // A full bucket (the usual case) is only read: successes do not
        // contend for its cache line.
        if refill == 0 || self.tokens.load(Ordering::Relaxed) >= capacity {
            return;
        }
        let _ = self
            .tokens
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |tokens| {
                (tokens < capacity).then(|| tokens.saturating_add(refill).min(capacity))
            });
    }

    #[cfg(test)]
    fn left(&self) -> u32 {
        self.tokens.load(Ordering::Relaxed)
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
    fn the_budget_gates_retries_and_successes_refill_it() {
        let tokens = BudgetTokens::new(RetryBudget::token_bucket(10, 5, 1));
        assert!(tokens.take_retry());
        assert!(tokens.take_retry());
        assert!(!tokens.take_retry(), "empty");
        assert_eq!(tokens.left(), 0);
        for _ in 0..4 {
            tokens.succeeded(0);
        }
        assert!(!tokens.take_retry(), "4 tokens, a retry costs 5");
        tokens.succeeded(0);
        assert!(tokens.take_retry(), "refilled by 5 successes");
        // A success after retries gives back one retry's cost.
        tokens.succeeded(2);
        assert_eq!(tokens.left(), 5);
        // Never past the capacity.
        for _ in 0..20 {
            tokens.succeeded(1);
        }
        assert_eq!(tokens.left(), 10);
    }

    #[test]
    fn an_unlimited_budget_never_refuses() {
        let tokens = BudgetTokens::new(RetryBudget::unlimited());
        for _ in 0..1000 {
            assert!(tokens.take_retry());
        }
        let standard = RetryBudget::standard();
        assert_eq!(
            (
                standard.capacity(),
                standard.retry_cost(),
                standard.success_refill()
            ),
            (100, 5, 1)
        );
        assert_eq!(RetryBudget::token_bucket(3, 0, 0).retry_cost(), 1);
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
