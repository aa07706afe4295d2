//! A response body far over the limit costs at most the limit plus a small
//! constant in memory. Its own binary with one test: peak memory is per
//! process, and no other test may allocate beside it.

use std::time::Duration;

use vendor_clients::kinow;
use vendor_clients_core::{DEFAULT_MAX_RESPONSE_BODY, ErrorKind};
use vendor_clients_tests::server::{Reply, ScriptedServer};

/// Peak resident memory of this process, in bytes (`VmHWM`).
fn peak_rss() -> usize {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let kib: usize = status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap();
    kib * 1024
}

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
    // Resets the peak to the current use (Linux 4.0+).
    std::fs::write("/proc/self/clear_refs", "5").unwrap();
    let before = peak_rss();

    let error = client
        .get_prepayment_bonus()
        .prepayment_bonus_id(7)
        .send()
        .await
        .unwrap_err();

    let grown = peak_rss().saturating_sub(before);
    assert_eq!(error.kind(), ErrorKind::BodyTooLarge);
    let allowed = DEFAULT_MAX_RESPONSE_BODY + 4 * 1024 * 1024;
    eprintln!(
        "peak memory grew by {:.1} MiB reading a 100 MiB body (limit {} MiB)",
        grown as f64 / (1024.0 * 1024.0),
        DEFAULT_MAX_RESPONSE_BODY / (1024 * 1024)
    );
    assert!(grown < allowed, "grew by {grown} bytes, allowed {allowed}");
}
