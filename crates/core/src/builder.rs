use std::fmt;
use std::marker::PhantomData;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use crate::config::{ClientConfig, DEFAULT_MAX_RESPONSE_BODY};
use crate::error::{ConfigError, ConfigProblem};
use crate::retry::{RetryBudget, RetryConfig};
use crate::wire::Wire;

/// Default limit for one request, from sending it to reading the whole body.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// Default limit for opening a connection.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// A generated client that [`ClientBuilder`] can construct; implemented by
/// [`impl_client!`](crate::impl_client).
pub trait FromParts {
    /// The crate the client comes from (`kimai-client`), which its
    /// configuration errors name.
    const CLIENT: &'static str;

    /// Builds the client from a checked base URL, an HTTP client and the
    /// settings every call follows.
    fn from_parts(base_url: &str, http: reqwest::Client, config: ClientConfig) -> Self;
}

/// Builds a vendor client: base URL, timeouts, HTTP client and the headers
/// the vendor needs on every request.
///
/// Vendor crates start one with their credentials (for example
/// `kinow_client::Client::builder(id, secret)`); the caller may then change
/// anything else. Errors are kept until [`build`](Self::build), which reports
/// the first one.
pub struct ClientBuilder<C> {
    base_url: String,
    headers: HeaderMap,
    replacements: HeaderMap,
    empty_json_object: bool,
    /// `None`: [`DEFAULT_TIMEOUT`], or a caller's own client's timeout.
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    max_response_body: usize,
    retry: RetryConfig,
    user_agent_product: Option<String>,
    http_client: Option<reqwest::Client>,
    error: Option<ConfigProblem>,
    client: PhantomData<fn() -> C>,
}

impl<C> fmt::Debug for ClientBuilder<C> {
    // Credential values are sensitive `HeaderValue`s, printed as `Sensitive`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("headers", &self.headers)
            .field("replacements", &self.replacements)
            .field("empty_json_object", &self.empty_json_object)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("max_response_body", &self.max_response_body)
            .field("retry", &self.retry)
            .field("user_agent_product", &self.user_agent_product)
            .field("http_client", &self.http_client.is_some())
            .field("error", &self.error)
            .finish()
    }
}

impl<C: FromParts> ClientBuilder<C> {
    /// Starts a builder for the API at `base_url`.
    pub fn new(base_url: impl Into<String>) -> Self {
        Self {
            base_url: base_url.into(),
            headers: HeaderMap::new(),
            replacements: HeaderMap::new(),
            empty_json_object: false,
            timeout: None,
            connect_timeout: None,
            max_response_body: DEFAULT_MAX_RESPONSE_BODY,
            retry: RetryConfig::standard(),
            user_agent_product: None,
            http_client: None,
            error: None,
            client: PhantomData,
        }
    }

    /// Sends requests to `base_url` instead (scheme, host, optional port and
    /// path prefix; a trailing `/` is ignored).
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = base_url.into();
        self
    }

    /// Limits each request, from sending it to reading the whole response
    /// body. Unless set: [`DEFAULT_TIMEOUT`], or, with your own
    /// [`http_client`](Self::http_client), that client's own timeout (if
    /// it has one). Set, it applies to your own client's requests too. A
    /// request that takes longer fails with an error whose `is_timeout()`
    /// is true.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Limits opening a connection ([`DEFAULT_CONNECT_TIMEOUT`] unless set).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// Refuses a response body over `bytes` bytes (default 16 MiB) with an
    /// error of kind [`ErrorKind::BodyTooLarge`](crate::ErrorKind::BodyTooLarge),
    /// having read at most the limit plus one chunk.
    pub fn max_response_body(mut self, bytes: usize) -> Self {
        self.max_response_body = bytes;
        self
    }

    /// How failed calls are retried ([`RetryConfig::standard`] unless set:
    /// 3 attempts in all, within [`RetryBudget::standard`]);
    /// `RetryConfig::disabled()` switches retries off.
    pub fn retry_config(mut self, retry: RetryConfig) -> Self {
        self.retry = retry;
        self
    }

    /// How many retries the client may make in all, shared by its clones
    /// ([`RetryBudget::standard`] unless set; [`RetryBudget::unlimited`]
    /// for none). Each client built has its own.
    pub fn retry_budget(mut self, budget: RetryBudget) -> Self {
        self.retry = self.retry.with_budget(budget);
        self
    }

    /// Adds your own product token (`my-app/1.2`) to the `User-Agent` every
    /// request carries, after the crate's (`kinow-client/0.1.0 my-app/1.2`).
    pub fn user_agent_product(mut self, product: &str) -> Self {
        let product = product.trim();
        if product.is_empty() {
            return self;
        }
        if HeaderValue::from_str(product).is_err() {
            return self.fail(ConfigProblem::InvalidHeaderValue {
                header: "User-Agent",
            });
        }
        self.user_agent_product = Some(product.to_string());
        self
    }

    /// Sends requests through `client` (for proxies, custom TLS roots, a
    /// shared connection pool...). The vendor headers, retries and the body
    /// limit still apply, and [`timeout`](Self::timeout) where set (else
    /// the client's own). Redirects follow
    /// that client's own policy: reqwest's default follows them to other
    /// hosts too, with every header but `Authorization` and `Cookie` (so a
    /// custom credential header goes along); give it
    /// `reqwest::redirect::Policy::none()` to have this crate's policy
    /// (same origin only, never a write turned into a read) apply.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }

    /// Sends `name: value` on every request, replacing what the generated
    /// code would send under that name.
    pub fn header(self, name: &'static str, value: &str) -> Self {
        self.insert_header(name, value, false)
    }

    /// Replaces the value of `name` where the generated code sets it, and
    /// leaves requests without it alone (for example a vendor's `Accept`
    /// where progenitor sends `application/json`, but none where it sends
    /// none).
    pub fn replace_header(mut self, name: &'static str, value: &str) -> Self {
        match parse_header(name, value) {
            Ok((name, value)) => {
                self.replacements.insert(name, value);
                self
            }
            Err(error) => self.fail(error),
        }
    }

    /// Sends `{}` as `application/json` where a POST, PUT, PATCH, DELETE or
    /// OPTIONS request has no body, as Python SDKs generated by
    /// swagger-codegen 3 do (their `rest.py` fills it in).
    pub fn empty_json_object_for_missing_body(mut self) -> Self {
        self.empty_json_object = true;
        self
    }

    /// Sends a credential on every request. The value is marked sensitive:
    /// `Debug` output and errors never show it. An empty value, or one of
    /// only whitespace, is an error.
    pub fn sensitive_header(self, name: &'static str, value: &str) -> Self {
        // A value read from a file or the environment often ends with a
        // newline; HTTP takes no surrounding whitespace in a header value.
        let value = value.trim();
        if value.is_empty() {
            return self.fail(ConfigProblem::EmptyCredential { header: name });
        }
        self.insert_header(name, value, true)
    }

    /// Sends `Authorization: Bearer <token>` on every request, marked
    /// sensitive. An empty token, or one of only whitespace, is an error.
    pub fn bearer_token(self, token: &str) -> Self {
        let token = token.trim();
        if token.is_empty() {
            return self.fail(ConfigProblem::EmptyCredential {
                header: "Authorization",
            });
        }
        // `Bearer Bearer abc` would be refused by the server, with no hint.
        let scheme = token
            .get(..7)
            .is_some_and(|s| s.eq_ignore_ascii_case("bearer "));
        if scheme || token.contains(char::is_whitespace) {
            return self.fail(ConfigProblem::MalformedCredential {
                header: "Authorization",
                reason: if scheme {
                    "give the token alone: the client writes `Bearer ` before it"
                } else {
                    "a bearer token has no spaces"
                },
            });
        }
        self.insert_header("Authorization", &format!("Bearer {token}"), true)
    }

    fn insert_header(mut self, name: &'static str, value: &str, sensitive: bool) -> Self {
        match parse_header(name, value) {
            Ok((name, mut value)) => {
                value.set_sensitive(sensitive);
                self.headers.insert(name, value);
                self
            }
            Err(error) => self.fail(error),
        }
    }

    fn fail(mut self, error: ConfigProblem) -> Self {
        self.error.get_or_insert(error);
        self
    }

    /// Builds the client, or reports the first problem found.
    pub fn build(self) -> Result<C, ConfigError> {
        self.build_parts()
            .map_err(|problem| ConfigError::new(C::CLIENT, problem))
    }

    fn build_parts(self) -> Result<C, ConfigProblem> {
        if let Some(error) = self.error {
            return Err(error);
        }
        let base_url = checked_base_url(&self.base_url)?;
        let runtime_client = self.http_client.is_none();
        let runtime_timeout = self.timeout.unwrap_or(DEFAULT_TIMEOUT);
        let http = match (self.http_client, self.connect_timeout) {
            (Some(_), Some(_)) => return Err(ConfigProblem::ConnectTimeoutWithHttpClient),
            (Some(client), None) => client,
            (None, connect_timeout) => {
                crate::tls::client_builder()?
                    .connect_timeout(connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT))
                    // The same timeout as a per-request one, without its
                    // cost on every request.
                    .timeout(runtime_timeout)
                    // Redirects are the runtime's to follow (`redirect.rs`): same
                    // origin only, never a write turned into a read.
                    .redirect(reqwest::redirect::Policy::none())
                    .referer(false)
                    .build()
                    .map_err(ConfigProblem::HttpClient)?
            }
        };
        let wire = Wire {
            headers: self.headers,
            replacements: self.replacements,
            // A caller's own client keeps its own timeout unless one was
            // set here.
            timeout: if runtime_client {
                Some(runtime_timeout)
            } else {
                self.timeout
            },
            runtime_client,
            empty_json_object: self.empty_json_object,
        };
        Ok(C::from_parts(
            &base_url,
            http,
            ClientConfig::new(
                wire,
                self.max_response_body,
                self.retry,
                self.user_agent_product,
            ),
        ))
    }
}

fn parse_header(
    name: &'static str,
    value: &str,
) -> Result<(HeaderName, HeaderValue), ConfigProblem> {
    let header_name = HeaderName::from_bytes(name.as_bytes())
        .map_err(|_| ConfigProblem::InvalidHeaderName { header: name })?;
    let header_value = HeaderValue::from_str(value)
        .map_err(|_| ConfigProblem::InvalidHeaderValue { header: name })?;
    Ok((header_name, header_value))
}

/// The base URL without surrounding whitespace (a value read from a file or
/// the environment often ends with a newline) and without a trailing `/`:
/// generated paths start with one.
fn checked_base_url(raw: &str) -> Result<String, ConfigProblem> {
    let raw = raw.trim();
    let parsed = reqwest::Url::parse(raw);
    // Only the scheme, host and port: never a user, password, path or query,
    // nor a string that is no URL (a credential passed in its place).
    let shown = match &parsed {
        Ok(url) => match url.host_str().filter(|h| !h.is_empty()) {
            Some(host) => match url.port() {
                Some(port) => format!("{}://{host}:{port}", url.scheme()),
                None => format!("{}://{host}", url.scheme()),
            },
            None => "<not shown>".into(),
        },
        Err(_) => "<not shown>".into(),
    };
    let invalid = |reason: &str| ConfigProblem::InvalidBaseUrl {
        url: shown.clone(),
        reason: reason.into(),
    };
    let url = parsed.map_err(|e| match e {
        url::ParseError::RelativeUrlWithoutBase => invalid(&missing_scheme()),
        e => invalid(&e.to_string()),
    })?;
    if !matches!(url.scheme(), "http" | "https") {
        // `localhost:8001` parses, with `localhost` as its scheme.
        if !raw.contains("://") {
            return Err(invalid(&missing_scheme()));
        }
        return Err(invalid("the scheme must be http or https"));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(invalid("there is no host"));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(invalid("a base URL takes no query or fragment"));
    }
    // reqwest would send them as Basic authentication beside the vendor's
    // credentials, and they would show wherever the URL does.
    if !url.username().is_empty() || url.password().is_some() {
        return Err(invalid(
            "a base URL takes no user name or password: the constructor takes the credentials",
        ));
    }
    Ok(raw.trim_end_matches('/').to_string())
}

/// Why a base URL without a scheme is refused, and the fix. The value is
/// not shown: a string that reads like a host name may still be a
/// credential given in the URL's place (a password such as
/// `Summer2026.Password`).
fn missing_scheme() -> String {
    "the base URL needs a scheme: `https://` and then the host (https://api.example.com, not api.example.com)".into()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Stands in for a generated client.
    #[derive(Debug)]
    struct Parts {
        base_url: String,
        config: ClientConfig,
    }

    impl FromParts for Parts {
        const CLIENT: &'static str = "test-client";

        fn from_parts(base_url: &str, _http: reqwest::Client, config: ClientConfig) -> Self {
            Self {
                base_url: base_url.into(),
                config,
            }
        }
    }

    fn builder(url: &str) -> ClientBuilder<Parts> {
        ClientBuilder::new(url)
    }

    #[test]
    fn trims_trailing_slash_and_keeps_path_prefix() {
        let parts = builder("https://api.example.com/v3/").build().unwrap();
        assert_eq!(parts.base_url, "https://api.example.com/v3");
    }

    #[test]
    fn surrounding_whitespace_is_not_part_of_the_base_url() {
        let parts = builder(" https://api.example.com/v3 \n").build().unwrap();
        assert_eq!(parts.base_url, "https://api.example.com/v3");
    }

    #[test]
    fn bearer_tokens() {
        let parts = builder("https://x.example")
            .bearer_token(" t0k3n ")
            .build()
            .unwrap();
        let value = &parts.config.wire().headers()["authorization"];
        assert!(value.is_sensitive());
        assert_eq!(value, "Bearer t0k3n");
        let err = builder("https://x.example")
            .bearer_token(" ")
            .build()
            .unwrap_err();
        assert!(matches!(
            err.problem(),
            ConfigProblem::EmptyCredential {
                header: "Authorization"
            }
        ));
    }

    #[test]
    fn a_bearer_token_is_the_token_alone() {
        for token in ["Bearer abc-SECRET", "bearer abc-SECRET", "abc SECRET"] {
            let err = builder("https://x.example")
                .bearer_token(token)
                .build()
                .unwrap_err();
            assert!(
                matches!(
                    err.problem(),
                    ConfigProblem::MalformedCredential {
                        header: "Authorization",
                        ..
                    }
                ),
                "{err}"
            );
            assert!(!format!("{err} {err:?}").contains("SECRET"), "{err}");
        }
        assert!(
            builder("https://x.example")
                .bearer_token("Bearer")
                .build()
                .is_ok(),
            "a token that only looks like the scheme"
        );
    }

    #[test]
    fn a_whitespace_credential_is_empty() {
        let err = builder("https://x.example")
            .sensitive_header("X-Token", " \t ")
            .build()
            .unwrap_err();
        assert!(matches!(
            err.problem(),
            ConfigProblem::EmptyCredential { header: "X-Token" }
        ));
    }

    #[test]
    fn rejects_relative_or_non_http_base_urls() {
        for url in [
            "//demo.example.org/",
            "ftp://example.org",
            "api.example.com",
            "http://x/?a=1",
        ] {
            let err = builder(url).build().unwrap_err();
            assert!(
                matches!(err.problem(), ConfigProblem::InvalidBaseUrl { .. }),
                "{url}: {err}"
            );
        }
    }

    #[test]
    fn a_base_url_without_a_scheme_says_so_and_names_the_client() {
        let err = builder("kimai.example.com").build().unwrap_err();
        assert!(
            err.to_string().starts_with(
                "test-client: invalid base URL \"<not shown>\": the base URL needs a scheme: `https://` and then the host"
            ),
            "{err}"
        );
        // Whatever was given in the URL's place is never echoed: it may be a
        // credential, however much it reads like a host name.
        for secret in [
            "localhost:8001",
            "Summer2026.Password",
            "SUPERSECRET.example.com",
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.SUPERSECRET",
            "user:SUPERSECRET@kimai.example.com",
            "kimai.example.com/?token=SUPERSECRET",
            "host.com/private-path-SUPERSECRET",
            "SUPERSECRET with spaces.com",
        ] {
            let err = builder(secret).build().unwrap_err();
            let shown = format!("{err} {err:?}");
            let marker = if secret.contains("SUPERSECRET") {
                "SUPERSECRET"
            } else {
                secret
            };
            assert!(!shown.contains(marker), "{shown}");
            assert!(shown.contains("the base URL needs a scheme"), "{shown}");
        }
    }

    #[test]
    fn base_url_with_password_is_not_echoed() {
        let err = builder("ftp://user:hunter2@example.org")
            .build()
            .unwrap_err();
        assert!(!format!("{err} {err:?}").contains("hunter2"));
    }

    #[test]
    fn base_urls_with_credentials_or_queries_are_refused_unseen() {
        for url in [
            "https://admin:hunter2@api.example.com/v3",
            "https://hunter2@api.example.com",
            "https://api.example.com/?api_key=hunter2",
        ] {
            let err = builder(url).build().unwrap_err();
            assert!(
                matches!(err.problem(), ConfigProblem::InvalidBaseUrl { .. }),
                "{url}: {err}"
            );
            assert!(
                !format!("{err} {err:?}").contains("hunter2"),
                "{url}: {err}"
            );
        }
    }

    #[test]
    fn a_bad_base_url_shows_only_its_scheme_and_host() {
        for (url, shown) in [
            ("tok_SUPERSECRET", "<not shown>"),
            ("ftp://files.example/tok_SUPERSECRET", "ftp://files.example"),
            (
                "http://x.example:8080/?key=tok_SUPERSECRET",
                "http://x.example:8080",
            ),
            ("https://tok_SUPERSECRET@x.example", "https://x.example"),
        ] {
            let err = builder(url).build().unwrap_err();
            let ConfigProblem::InvalidBaseUrl { url: got, .. } = err.problem() else {
                panic!("{url}: {err}");
            };
            assert_eq!(got, shown);
            assert!(!format!("{err} {err:?}").contains("SUPERSECRET"), "{err}");
        }
    }

    #[test]
    fn credentials_lose_surrounding_whitespace() {
        let parts = builder("https://x.example")
            .sensitive_header("X-Token", " t0k3n\n")
            .user_agent_product("  ")
            .build()
            .unwrap();
        assert_eq!(parts.config.wire().headers()["x-token"], "t0k3n");
        assert_eq!(parts.config.0.user_agent_product, None);
    }

    #[test]
    fn credentials_are_sensitive_and_never_printed() {
        let b = builder("https://x.example").sensitive_header("X-Secret", "s3cr3t-value");
        let shown = format!("{b:?}");
        assert!(!shown.contains("s3cr3t-value"), "{shown}");
        // What it does show: everything but the credential's value.
        for expected in [
            "ClientBuilder",
            "https://x.example",
            "\"x-secret\": Sensitive",
            "timeout",
        ] {
            assert!(shown.contains(expected), "{expected} in {shown}");
        }
        let parts = b.build().unwrap();
        assert!(parts.config.wire().headers()["x-secret"].is_sensitive());
        assert!(!format!("{parts:?}").contains("s3cr3t-value"));
    }

    #[test]
    fn bad_credentials_name_the_header_not_the_value() {
        let err = builder("https://x.example")
            .sensitive_header("X-Token", "line\nbreak")
            .build()
            .unwrap_err();
        assert!(matches!(
            err.problem(),
            ConfigProblem::InvalidHeaderValue { header: "X-Token" }
        ));
        assert!(!format!("{err} {err:?}").contains("line"));

        let err = builder("https://x.example")
            .sensitive_header("X-Token", "")
            .build()
            .unwrap_err();
        assert!(matches!(
            err.problem(),
            ConfigProblem::EmptyCredential { header: "X-Token" }
        ));
    }

    #[test]
    fn first_error_wins() {
        let err = builder("not a url")
            .sensitive_header("X-A", "")
            .header("Bad Name", "v")
            .build()
            .unwrap_err();
        assert!(matches!(
            err.problem(),
            ConfigProblem::EmptyCredential { header: "X-A" }
        ));
    }

    #[test]
    fn every_setting_reaches_the_client() {
        let parts = builder("https://x.example").build().unwrap();
        assert_eq!(parts.config.max_response_body(), 16 * 1024 * 1024);
        assert_eq!(parts.config.retry(), &RetryConfig::standard());
        assert_eq!(parts.config.wire().timeout(), Some(DEFAULT_TIMEOUT));
        let retry = RetryConfig::standard().with_max_attempts(7);
        let parts = builder("https://x.example")
            .max_response_body(1234)
            .retry_config(retry.clone())
            .header("X-Plain", "v")
            .build()
            .unwrap();
        assert_eq!(parts.config.max_response_body(), 1234);
        assert_eq!(parts.config.retry(), &retry);
        assert_eq!(parts.config.wire().headers()["x-plain"], "v");
        assert!(!parts.config.wire().headers()["x-plain"].is_sensitive());
    }

    #[test]
    fn the_user_agent_names_the_crate_then_the_callers_product() {
        let config = |product: Option<&str>| {
            let b = builder("https://x.example");
            let b = match product {
                Some(p) => b.user_agent_product(p),
                None => b,
            };
            b.build()
                .unwrap()
                .config
                .for_crate("t-client/1.0", &["x-wait"])
        };
        assert_eq!(config(None).wire().headers()["user-agent"], "t-client/1.0");
        let with = config(Some("my-app/2"));
        assert_eq!(with.wire().headers()["user-agent"], "t-client/1.0 my-app/2");
        assert_eq!(with.0.wait_headers, &["x-wait"]);
        let err = builder("https://x.example")
            .user_agent_product("bad\nproduct")
            .build()
            .unwrap_err();
        assert!(matches!(
            err.problem(),
            ConfigProblem::InvalidHeaderValue {
                header: "User-Agent"
            }
        ));
    }

    #[test]
    fn timeout_goes_to_every_request() {
        let parts = builder("https://x.example")
            .timeout(Duration::from_millis(1500))
            .build()
            .unwrap();
        assert_eq!(
            parts.config.wire().timeout(),
            Some(Duration::from_millis(1500))
        );
    }

    #[test]
    fn connect_timeout_conflicts_with_own_http_client() {
        // A client of the caller's own (with `rustls-ring` alone it needs
        // the runtime's TLS setup: reqwest has no provider then).
        let err = builder("https://x.example")
            .http_client(crate::tls::client_builder().unwrap().build().unwrap())
            .connect_timeout(Duration::from_secs(1))
            .build()
            .unwrap_err();
        assert!(matches!(
            err.problem(),
            ConfigProblem::ConnectTimeoutWithHttpClient
        ));
    }
}
