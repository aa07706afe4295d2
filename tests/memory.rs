//! A response body far over the limit costs at most the limit plus a small
//! constant in memory. Its own binary with one test: peak memory is per
//! process, and no other test may allocate beside it.

use std::time::Duration;

use vendor_clients::kinow;
use vendor_clients_core::{DEFAULT_MAX_RESPONSE_BODY, ErrorKind};
use vendor_clients_tests::memory::PeakGrowth;
use vendor_clients_tests::server::{Reply, ScriptedServer};

#[tokio::test]
async fn a_100_mib_body_costs_the_limit_not_the_body() {
    let server = ScriptedServer::start(vec![Reply::Stream {
        total: 100 * 1024 * 1024,
        chunk: 64 * 1024,
    }])
    .await;
    let client = kinow::Client::builder("kinow-id", "kinow-secret")
        .base_url(server.base_url())
        .timeout(Duration::from_secs(60))
        .build()
        .unwrap();
    // Warm up the client's connection pool and the runtime first.
    let _ = client
        .get_prepayment_bonus()
        .prepayment_bonus_id(1)
        .send()
        .await;
    let peak = PeakGrowth::start();

    let error = client
        .get_prepayment_bonus()
        .prepayment_bonus_id(7)
        .send()
        .await
        .unwrap_err();

    let grown = peak.bytes();
    assert_eq!(error.kind(), ErrorKind::BodyTooLarge);
    let allowed = DEFAULT_MAX_RESPONSE_BODY + 4 * 1024 * 1024;
    eprintln!(
        "peak memory grew by {:.1} MiB reading a 100 MiB body (limit {} MiB)",
        grown as f64 / (1024.0 * 1024.0),
        DEFAULT_MAX_RESPONSE_BODY / (1024 * 1024)
    );
    assert!(grown < allowed, "grew by {grown} bytes, allowed {allowed}");
}
