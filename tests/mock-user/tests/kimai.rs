//! kimai-client's typed mocks, as a user's tests use them.

use httpmock::MockServer;
use kimai_client::mock::MockServerExt as _;
use kimai_client::{Client, types};

fn client(server: &MockServer) -> Client {
    Client::builder(&server.base_url(), "susan", "api-token")
        .build()
        .unwrap()
}

fn customer() -> types::CustomerEntity {
    serde_json::from_value(serde_json::json!({
        "id": 12,
        "name": "Acme Ltd",
        "country": "DE",
        "currency": "EUR",
        "timezone": "Europe/Berlin",
        "billable": true,
        "visible": true,
        "budget": 0.0,
        "timeBudget": 0
    }))
    .unwrap()
}

#[tokio::test]
async fn an_id_matches_as_its_path_segment() {
    let server = MockServer::start_async().await;
    let id = types::CustomerId(12);
    let mut mock = server.api_customers_id_get(|when, then| {
        when.id(&id);
        then.ok(&customer());
    });

    let got = client(&server)
        .api_customers_id_get()
        .id(12)
        .send()
        .await
        .unwrap()
        .into_inner();

    assert_eq!(got, customer());
    mock.assert();
    // The same request, matched by its raw path.
    let raw = server.mock(|when, then| {
        when.path("/api/customers/12");
        then.status(204);
    });
    mock.delete();
    let _ = client(&server).api_customers_id_get().id(12).send().await;
    raw.assert();
}

#[tokio::test]
async fn a_write_without_a_body() {
    let server = MockServer::start_async().await;
    let mock = server.api_customers_id_meta_patch(|when, then| {
        // Kimai's client sends `{}`, as its SDK does: `None` matches it.
        when.id(&types::CustomerId(12)).body(None);
        then.ok(&customer());
    });

    client(&server)
        .api_customers_id_meta_patch()
        .id(12)
        .body(None::<types::MetaFieldValue>)
        .send()
        .await
        .unwrap();

    mock.assert();
}
