use std::fmt;

/// Why a client could not be built.
///
/// Never carries a credential: header errors name the header, not its value,
/// and a base URL with a password in it is not echoed.
#[derive(Debug)]
#[non_exhaustive]
pub enum ConfigError {
    /// The base URL is not an absolute `http` or `https` URL.
    InvalidBaseUrl {
        /// The URL as given, or `<redacted>` when it holds a password.
        url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A credential is empty.
    EmptyCredential {
        /// The header the credential is sent in.
        header: &'static str,
    },
    /// A header name is not a valid HTTP header name.
    InvalidHeaderName {
        /// The name as given.
        header: &'static str,
    },
    /// A header value has characters HTTP does not allow (such as a newline).
    InvalidHeaderValue {
        /// The header the value was meant for.
        header: &'static str,
    },
    /// `connect_timeout` was set together with a caller-supplied
    /// `reqwest::Client`, which has its own (set it there instead).
    ConnectTimeoutWithHttpClient,
    /// The HTTP client could not be built (for example, no TLS backend).
    HttpClient(reqwest::Error),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::InvalidBaseUrl { url, reason } => write!(f, "invalid base URL {url:?}: {reason}"),
            Self::EmptyCredential { header } => write!(f, "the credential for header {header} is empty"),
            Self::InvalidHeaderName { header } => write!(f, "{header:?} is not a valid HTTP header name"),
            Self::InvalidHeaderValue { header } => {
                write!(f, "the value for header {header} has characters not allowed in HTTP headers")
            }
            Self::ConnectTimeoutWithHttpClient => f.write_str(
                "connect_timeout cannot apply to a caller-supplied reqwest::Client; set it on that client",
            ),
            Self::HttpClient(e) => write!(f, "could not build the HTTP client: {e}"),
        }
    }
}

impl std::error::Error for ConfigError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::HttpClient(e) => Some(e),
            _ => None,
        }
    }
}
