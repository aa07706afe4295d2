//! What the clients log, at every level down to TRACE, for every target
//! (ours, reqwest, hyper, h2, rustls, bridged from `log` where a crate uses
//! it). `tracing` caches whether a callsite is enabled
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
        // Crates that log through `log` (reqwest, rustls) reach it too.
        tracing_log::LogTracer::init().unwrap();
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

/// One vendor's client under every kind of answer; returns what its
/// objects show in `Debug` and `Display`.
macro_rules! exercise {
    ($client:expr, $call:expr, $success:expr) => {{
        use std::time::Duration;
        use vendor_clients_tests::server::{Reply, ScriptedServer};

        let mut shown = Vec::new();
        let answers = [
            Reply::json(200, $success),
            Reply::json(401, "").header("www-authenticate", "Bearer"),
            Reply::Answer {
                status: 502,
                headers: vec![("content-type".into(), "text/html".into())],
                body: b"<html><body>Bad gateway</body></html>".to_vec(),
            },
            Reply::json(200, "{not json"),
            Reply::json(200, $success).after(Duration::from_secs(3)),
        ];
        for answer in answers {
            let server = ScriptedServer::start(vec![answer]).await;
            let builder = $client(server.base_url().to_string());
            shown.push(format!("{builder:?}"));
            let client = builder.build().unwrap();
            shown.push(format!("{client:?} {client:#?}"));
            let request = $call(&client);
            shown.push(format!("{request:?}"));
            match request.send().await {
                Ok(response) => shown.push(format!("{response:?} {response:#?}")),
                Err(error) => shown.push(shown_error(&error)),
            }
        }
        // A refused port.
        let builder = $client(vendor_clients_tests::refused_base_url());
        let client = builder.build().unwrap();
        let error = $call(&client).send().await.unwrap_err();
        assert!(error.is_connect(), "{error:?}");
        shown.push(shown_error(&error));
        shown
    }};
}

/// An error's `Display` and `Debug`, and those of its sources.
fn shown_error(error: &(dyn std::error::Error + 'static)) -> String {
    let mut shown = String::new();
    let mut next = Some(error);
    while let Some(e) = next {
        shown.push_str(&format!("{e} {e:?} {e:#?}\n"));
        next = e.source();
    }
    shown
}

const PID: &str = "3f1c2b9e-8a4d-4e5f-9c7b-1a2b3c4d5e6f";

/// A per-call header value: redacted as credentials are.
const PER_CALL_HEADER: &str = "leak-per-call-key-31d9";

fn kinow_call(
    c: &vendor_clients::kinow::Client,
) -> vendor_clients::kinow::operations::GetPrepaymentBonus {
    c.get_prepayment_bonus()
        .prepayment_bonus_id(7)
        .options(vendor_clients_core::CallOptions::new().header("Idempotency-Key", PER_CALL_HEADER))
}

fn brevo_call(
    c: &vendor_clients::brevo::Client,
) -> vendor_clients::brevo::operations::GetBalanceDefinition {
    c.get_balance_definition().pid(PID).bdid(PID)
}

fn kimai_call(
    c: &vendor_clients::kimai::Client,
) -> vendor_clients::kimai::operations::ApiCustomersIdRatesGet {
    c.api_customers_id_rates_get().id(12)
}

fn togai_call(c: &vendor_clients::togai::Client) -> vendor_clients::togai::operations::GetAccount {
    c.get_account().customer_id("cust").account_id("acc")
}

fn fixture_body(vendor: &str, operation: &str) -> String {
    vendor_clients_tests::Fixture::load(vendor, operation)
        .response
        .body
        .to_string()
}

#[tokio::test]
async fn no_credential_reaches_a_log_or_a_debug_string_even_at_trace() {
    use std::time::Duration;
    use vendor_clients::{brevo, kimai, kinow, togai};
    use vendor_clients_core::RetryConfig;

    let logs = logs();
    let quick = Duration::from_millis(300);
    let mut shown = Vec::new();

    const KINOW: [&str; 2] = ["leak-kinow-id-31d9", "leak-kinow-secret-31d9"];
    let body = fixture_body("kinow", "get_prepayment_bonus");
    shown.extend(exercise!(
        |base: String| kinow::Client::builder(KINOW[0], KINOW[1])
            .base_url(base)
            .timeout(quick)
            .retry_config(RetryConfig::disabled()),
        kinow_call,
        &body
    ));

    const BREVO: &str = "leak-brevo-key-31d9";
    let body = fixture_body("brevo", "get_balance_definition");
    shown.extend(exercise!(
        |base: String| brevo::Client::builder(BREVO)
            .base_url(base)
            .timeout(quick)
            .retry_config(RetryConfig::disabled()),
        brevo_call,
        &body
    ));

    const KIMAI: [&str; 2] = ["leak-kimai-user-31d9", "leak-kimai-token-31d9"];
    let body = fixture_body("kimai", "api_customers_id_rates_get");
    shown.extend(exercise!(
        |base: String| kimai::Client::builder(&base, KIMAI[0], KIMAI[1])
            .timeout(quick)
            .retry_config(RetryConfig::disabled()),
        kimai_call,
        &body
    ));
    const KIMAI_2: &str = "leak-kimai2-token-31d9";
    shown.extend(exercise!(
        |base: String| kimai::Client::bearer_builder(&base, KIMAI_2)
            .timeout(quick)
            .retry_config(RetryConfig::disabled()),
        kimai_call,
        &body
    ));

    const TOGAI: &str = "leak-togai-token-31d9";
    let body = fixture_body("togai", "get_account");
    shown.extend(exercise!(
        |base: String| togai::Client::builder(TOGAI)
            .base_url(base)
            .timeout(quick)
            .retry_config(RetryConfig::disabled()),
        togai_call,
        &body
    ));

    let logs = logs.text();
    // The exercise did log: at TRACE, the HTTP stack's own records included.
    assert!(logs.contains("vendor_clients.call"), "{logs}");
    assert!(logs.contains("hyper"), "no hyper records at TRACE: {logs}");
    let secrets = [BREVO, KIMAI_2, TOGAI, PER_CALL_HEADER];
    for secret in KINOW.iter().chain(&KIMAI).chain(&secrets) {
        // The distinctive part, in case a credential were cut or encoded.
        let marker = &secret[..secret.len() - 5];
        assert!(!logs.contains(marker), "{secret} in the logs");
        for text in &shown {
            assert!(!text.contains(marker), "{secret} shown in {text}");
        }
    }
}

#[tokio::test]
async fn a_retried_call_logs_each_retry_and_its_resend_count() {
    use std::time::Duration;
    use vendor_clients_core::RetryConfig;
    use vendor_clients_tests::server::{Reply, ScriptedServer};

    let logs = logs();
    let server =
        ScriptedServer::start(vec![Reply::json(503, ""), Reply::json(200, r#"{"id": 1}"#)]).await;
    Client::builder("retry-log-id", "retry-log-secret")
        .base_url(server.base_url())
        .retry_config(RetryConfig::standard().with_initial_backoff(Duration::from_millis(5)))
        .build()
        .unwrap()
        .get_prepayment_recharge()
        .prepayment_recharge_id(12)
        .send()
        .await
        .unwrap();

    let logs = logs.text();
    let ours: Vec<&str> = logs
        .lines()
        .filter(|line| line.contains("operation=\"get_prepayment_recharge\""))
        .collect();
    let retry = ours
        .iter()
        .find(|line| line.contains("retrying"))
        .unwrap_or_else(|| panic!("no retry event in {logs}"));
    assert!(retry.contains("reason=UnexpectedStatus"), "{retry}");
    assert!(retry.contains("http.response.status_code=503"), "{retry}");
    assert!(retry.contains("wait_ms="), "{retry}");
    let end = ours
        .iter()
        .find(|line| line.contains("call succeeded"))
        .unwrap_or_else(|| panic!("no end of the call in {logs}"));
    assert!(end.contains("http.request.resend_count=1"), "{end}");
    assert!(end.contains("http.response.status_code=200"), "{end}");
}

#[tokio::test]
async fn a_contact_address_in_the_path_reaches_no_log_and_no_debug_string() {
    // Brevo's contact operations take an email address (customer data) as a
    // path segment: under every kind of answer, at TRACE, neither the
    // address nor its percent-encoded form is logged or shown.
    use vendor_clients::brevo::{self, types::ContactIdentifier};
    use vendor_clients_core::RetryConfig;

    const ADDRESS: &str = "leak-contact-31d9@example.com";
    let logs = logs();
    let body = fixture_body("brevo", "get_contact_info");
    let call = |c: &brevo::Client| {
        c.get_contact_info()
            .identifier(ContactIdentifier::Email(ADDRESS.into()))
    };
    let shown = exercise!(
        |base: String| brevo::Client::builder("leak-contact-key-31d9")
            .base_url(base)
            .timeout(Duration::from_millis(300))
            .retry_config(RetryConfig::disabled()),
        call,
        &body
    );
    let logs = logs.text();
    assert!(logs.contains("get_contact_info"), "{logs}");
    for marker in ["leak-contact-31d9", "leak-contact-31d9%40example.com"] {
        assert!(!logs.contains(marker), "{marker} in the logs");
        for text in &shown {
            assert!(!text.contains(marker), "{marker} shown in {text}");
        }
    }
}
