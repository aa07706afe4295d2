//! An empty system trust store (`SSL_CERT_FILE` and `SSL_CERT_DIR` naming
//! an empty file and directory, which replace the system locations; see
//! rustls-native-certs). The test runs itself again as a child process
//! with those variables, so that no other test sees them.
#![cfg(all(unix, not(target_vendor = "apple")))]

use std::process::Command;

#[cfg(all(
    any(feature = "rustls", feature = "rustls-ring"),
    not(feature = "native-tls")
))]
use vendor_clients_core::ConfigProblem;
use vendor_clients_core::{ClientBuilder, ClientConfig, FromParts};

const CHILD: &str = "VENDOR_CLIENTS_EMPTY_TRUST_STORE_CHILD";
const TEST: &str = "an_empty_trust_store";

#[derive(Debug)]
struct Client;

impl FromParts for Client {
    const CLIENT: &'static str = "test-client";

    fn from_parts(_base_url: &str, _http: reqwest::Client, _config: ClientConfig) -> Self {
        Self
    }
}

#[test]
fn an_empty_trust_store() {
    if std::env::var_os(CHILD).is_some() {
        return with_an_empty_trust_store();
    }
    let dir = std::env::temp_dir().join(format!("vendor-clients-no-roots-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("roots.pem");
    std::fs::write(&file, "").unwrap();
    let child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", TEST, "--nocapture", "--test-threads=1"])
        .env(CHILD, "1")
        .env("SSL_CERT_FILE", &file)
        .env("SSL_CERT_DIR", &dir)
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let out = String::from_utf8_lossy(&child.stdout);
    assert!(
        child.status.success(),
        "{out}{}",
        String::from_utf8_lossy(&child.stderr)
    );
    // The child ran the test (and not nothing).
    assert!(out.contains("1 passed"), "{out}");
}

/// The child's side.
fn with_an_empty_trust_store() {
    let built = ClientBuilder::<Client>::new("https://api.example.com").build();
    // rustls, with aws-lc-rs or ring: the platform verifier refuses to
    // start without a root certificate, so the client is not built.
    #[cfg(all(
        any(feature = "rustls", feature = "rustls-ring"),
        not(feature = "native-tls")
    ))]
    {
        let error = built.unwrap_err();
        #[cfg(feature = "rustls")]
        let expected = matches!(error.problem(), ConfigProblem::HttpClient(_));
        #[cfg(not(feature = "rustls"))]
        let expected = matches!(error.problem(), ConfigProblem::Tls { .. });
        assert!(expected, "{error:?}");
        let chain = chain(&error);
        assert!(
            chain.contains("No CA certificates were loaded from the system"),
            "{chain}"
        );
    }
    // native-tls: OpenSSL reads the store when it verifies a server.
    #[cfg(not(all(
        any(feature = "rustls", feature = "rustls-ring"),
        not(feature = "native-tls")
    )))]
    built.unwrap();
}

#[cfg(all(
    any(feature = "rustls", feature = "rustls-ring"),
    not(feature = "native-tls")
))]
fn chain(error: &dyn std::error::Error) -> String {
    let mut out = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        out.push_str(": ");
        out.push_str(&cause.to_string());
        source = cause.source();
    }
    out
}
