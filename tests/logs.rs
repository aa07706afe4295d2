//! What the clients log. `tracing` caches whether a callsite is enabled
//! process-wide, so a subscriber installed for one test (`set_default`) races
//! with every other test of the same binary. These tests have their own
//! binary and one global subscriber that every test shares: each test only
//! looks for what its own requests log, and no test can switch logging off.

use std::sync::{Arc, Mutex, OnceLock};

use tracing::Level;
use tracing_subscriber::filter::{LevelFilter, Targets};
use tracing_subscriber::layer::SubscriberExt;

use vendor_clients::kinow::Client;
use vendor_clients_tests::WireTest;

/// Everything logged by every test of this binary.
#[derive(Clone, Default)]
struct Logs(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Logs {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Installs the one global subscriber (first call only) and returns its logs.
fn logs() -> &'static Logs {
    static LOGS: OnceLock<Logs> = OnceLock::new();
    LOGS.get_or_init(|| {
        let logs = Logs::default();
        let writer = logs.clone();
        // Every client-side target at TRACE; the mock server's own logs (what
        // it received, credentials included) are not the client's.
        let targets = Targets::new()
            .with_default(Level::TRACE)
            .with_target("httpmock", LevelFilter::OFF);
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(Level::TRACE)
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .finish()
            .with(targets);
        tracing::subscriber::set_global_default(subscriber).unwrap();
        logs
    })
}

impl Logs {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

#[tokio::test]
async fn requests_are_traced_without_credentials_or_queries() {
    const CLIENT_ID: &str = "logs-test-client-id";
    const CLIENT_SECRET: &str = "logs-test-client-secret";
    let logs = logs();

    let wire = WireTest::start("kinow", "get_customer_prepayment_operations").await;
    Client::builder(CLIENT_ID, CLIENT_SECRET)
        .base_url(wire.base_url())
        .build()
        .unwrap()
        .get_customer_prepayment_operations()
        .customer_id(42)
        .type_("credit")
        .page(2)
        .per_page(20)
        .send()
        .await
        .unwrap();

    let logs = logs.text();
    let call_span = "vendor_clients.call{otel.name=\"get_customer_prepayment_operations\" \
                     operation=\"get_customer_prepayment_operations\" \
                     http.request.method=\"GET\" \
                     url.template=\"/customers/{customer_id}/prepayment-operations\"";
    assert!(logs.contains(call_span), "{logs}");
    let finished = logs
        .lines()
        .find(|line| {
            line.contains("call succeeded") && line.contains("get_customer_prepayment_operations")
        })
        .unwrap_or_else(|| panic!("no end of the call in {logs}"));
    assert!(
        finished.contains("http.response.status_code=200"),
        "{finished}"
    );
    assert!(finished.contains("duration_ms="), "{finished}");
    // No credential, query or filled path (identifiers) anywhere.
    for secret in [CLIENT_ID, CLIENT_SECRET, "per_page", "customers/42"] {
        assert!(!logs.contains(secret), "{secret} in {logs}");
    }
}
