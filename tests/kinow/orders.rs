//! OrdersApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py; the invoice with
//! kinow_mechanisms.py).

use super::*;

#[tokio::test]
async fn get_order() {
    let wire = WireTest::start("kinow", "get_order").await;
    let order = wire.replay(client(&wire).get_order().order_id(317).send().await);
    assert_eq!(order.id, Some(868));
    assert_eq!(order.date_add.as_deref(), Some("2024-03-21 10:15:00"));
    assert_eq!(order.date_upd.as_deref(), Some("2024-03-15 10:15:00"));
}

#[tokio::test]
async fn get_orders() {
    let wire = WireTest::start("kinow", "get_orders").await;
    let page = wire.replay(
        client(&wire)
            .get_orders()
            .page(2)
            .per_page(20)
            .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
            .sort_by("date_add")
            .sort_direction("desc")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(359));
    assert_eq!(
        page.data[0].date_add.as_deref(),
        Some("2024-03-02 10:15:00")
    );
    assert_eq!(
        page.data[0].date_upd.as_deref(),
        Some("2024-03-02 10:15:00")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

// --- the invoice: a PDF, as a `Download` (the SDK decodes it as text and
// fails: the fixture's `sdk_error`) ---

use futures::TryStreamExt;

/// The start and end of a PDF, with bytes that are not UTF-8
/// (capture/kinow_mechanisms.py).
const INVOICE_PDF: &[u8] =
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type /Catalog>> endobj\n\x00\xff\ntrailer <<>>\n%%EOF\n";

#[tokio::test]
async fn get_order_invoice() {
    let wire = WireTest::start("kinow", "get_order_invoice").await;
    let answer = client(&wire)
        .get_order_invoice()
        .order_id(1207)
        .to_blob(true)
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(answer.status().as_u16(), 200);
    let invoice = answer.into_inner();
    assert_eq!(invoice.content_type(), Some("application/pdf"));
    assert_eq!(invoice.file_name(), Some("invoice-ORD-2024-0311.pdf"));
    assert_eq!(invoice.content_length(), Some(INVOICE_PDF.len() as u64));
    // The whole body, byte for byte.
    let body = invoice.bytes(1 << 20).await.unwrap();
    assert_eq!(&body[..], INVOICE_PDF);
    assert_eq!(wire.fixture.response_bytes(), INVOICE_PDF);
}

#[tokio::test]
async fn get_order_invoice_streams_past_the_json_body_limit() {
    let wire = WireTest::start("kinow", "get_order_invoice").await;
    let client = Client::builder(CLIENT_ID, CLIENT_SECRET)
        .base_url(wire.base_url())
        .max_response_body(8)
        .build()
        .unwrap();
    let invoice = client
        .get_order_invoice()
        .order_id(1207)
        .to_blob(true)
        .send()
        .await
        .unwrap()
        .into_inner();
    let pieces: Vec<_> = invoice.into_stream().try_collect().await.unwrap();
    assert_eq!(pieces.concat(), INVOICE_PDF);
}

#[tokio::test]
async fn get_order_invoice_cut_short_is_an_error() {
    use vendor_clients_tests::server::{Reply, ScriptedServer};
    // Declares 100 bytes, sends 6, closes the connection.
    let server = ScriptedServer::start(vec![Reply::DeclaredLength(100)]).await;
    let client = Client::builder(CLIENT_ID, CLIENT_SECRET)
        .base_url(server.base_url())
        .build()
        .unwrap();
    let invoice = client
        .get_order_invoice()
        .order_id(1207)
        .send()
        .await
        .unwrap()
        .into_inner();
    let error = invoice.bytes(1 << 20).await.unwrap_err();
    assert_eq!(error.kind(), vendor_clients::kinow::ErrorKind::Transport);
    assert!(
        error.to_string().ends_with(
            "the download's body ended after 6 of the 100 bytes its Content-Length declared"
        ),
        "{error}"
    );
}
