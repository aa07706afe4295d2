//! Paging through 1,000 pages holds one page at a time. Its own binary with
//! one test: peak memory is per process, and no other test may allocate
//! beside it.

use vendor_clients::kinow;
use vendor_clients_tests::memory::PeakGrowth;
use vendor_clients_tests::server::{Reply, ScriptedServer};

#[tokio::test]
async fn a_thousand_pages_cost_one_page() {
    use futures::StreamExt;

    const PAGES: u64 = 1000;
    let item = r#"{"id": 1, "id_customer": 42, "amount": 19.99, "type": "credit", "date_add": "2024-03-01 10:15:00"}"#;
    let items = vec![item; 100].join(",");
    let script = (1..=PAGES)
        .map(|n| {
            Reply::json(
                200,
                &format!(
                    r#"{{"data": [{items}], "pagination": {{"current_page": {n}, "last_page": {PAGES}, "next_page_url": "/prepayment/operations?page={}"}}}}"#,
                    n + 1
                ),
            )
        })
        .collect();
    let server = ScriptedServer::start(script).await;
    let client = kinow::Client::builder("kinow-id", "kinow-secret")
        .base_url(server.base_url())
        .build()
        .unwrap();
    let peak = PeakGrowth::start();
    let count = client
        .get_prepayment_operations()
        .stream()
        .fold(0_u64, |count, item| async move {
            item.unwrap();
            count + 1
        })
        .await;
    let grown = peak.bytes();
    assert_eq!(count, PAGES * 100);
    eprintln!(
        "peak memory grew by {:.1} MiB streaming {count} items over {PAGES} pages",
        grown as f64 / (1024.0 * 1024.0)
    );
    // One page is about 10 KiB on the wire; all pages about 10 MiB.
    assert!(grown < 4 * 1024 * 1024, "grew by {grown} bytes");
}
