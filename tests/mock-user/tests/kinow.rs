//! kinow-client's typed mocks, as a user's tests use them.

use httpmock::MockServer;
use kinow_client::mock::MockServerExt as _;
use kinow_client::{Client, types};

fn client(base_url: &str) -> Client {
    Client::builder("my-client-id", "my-client-secret")
        .base_url(base_url)
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_bonus_served_by_its_typed_mock() {
    let server = MockServer::start_async().await;
    let bonus = types::PrepaymentBonusResponse {
        id: Some(42),
        name: Some("Welcome bonus".into()),
        amount: Some(10.0),
        ..Default::default()
    };
    let mock = server.get_prepayment_bonus(|when, then| {
        when.prepayment_bonus_id(42);
        then.ok(&bonus);
    });

    let got = client(&server.base_url())
        .get_prepayment_bonus()
        .prepayment_bonus_id(42)
        .send()
        .await
        .unwrap()
        .into_inner();

    assert_eq!(got, bonus);
    mock.assert();
}

#[tokio::test]
async fn query_parameters_and_the_api_base_path() {
    let server = MockServer::start_async().await;
    let page = types::PrepaymentOperationListResponse {
        data: vec![types::PrepaymentOperation {
            id: Some(311),
            type_: Some("debit".into()),
            ..Default::default()
        }],
        pagination: None,
    };
    let mock = server.get_prepayment_operations(|when, then| {
        // `None` matches a request without the parameter.
        when.type_("debit").page(2).per_page(None);
        then.ok(&page);
    });

    // Kinow's API lives under /api: the mocks match with or without it.
    let got = client(&server.url("/api"))
        .get_prepayment_operations()
        .type_("debit")
        .page(2)
        .send()
        .await
        .unwrap()
        .into_inner();

    assert_eq!(got, page);
    mock.assert();
}

#[tokio::test]
async fn a_different_request_is_not_answered() {
    let server = MockServer::start_async().await;
    let mock = server.get_prepayment_bonus(|when, then| {
        when.prepayment_bonus_id(42);
        then.ok(&types::PrepaymentBonusResponse::default());
    });

    let error = client(&server.base_url())
        .get_prepayment_bonus()
        .prepayment_bonus_id(43)
        .send()
        .await
        .unwrap_err();

    // httpmock answers what no mock matches with a 404, which Kinow's spec
    // does not document.
    assert_eq!(error.status(), Some(404));
    assert_eq!(mock.calls(), 0);
}
