//! A program that builds its own `reqwest::Client` before any vendor client
//! (issue 18): with the default TLS (`rustls`, aws-lc-rs built into
//! reqwest) it has a crypto provider and does not panic. Its own test
//! binary: a process-wide provider installed by another test would hide
//! the panic.
#![cfg(feature = "rustls")]

use vendor_clients_core::{ClientBuilder, ClientConfig, FromParts};

#[derive(Debug)]
struct Client;

impl FromParts for Client {
    const CLIENT: &'static str = "test-client";

    fn from_parts(_base_url: &str, _http: reqwest::Client, _config: ClientConfig) -> Self {
        Self
    }
}

#[test]
fn a_reqwest_client_built_before_any_vendor_client_does_not_panic() {
    let own = reqwest::Client::builder().build().unwrap();
    ClientBuilder::<Client>::new("https://api.example.com")
        .http_client(own)
        .build()
        .unwrap();
    ClientBuilder::<Client>::new("https://api.example.com")
        .build()
        .unwrap();
}
