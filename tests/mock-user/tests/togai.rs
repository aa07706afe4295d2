//! togai-client's typed mocks, as a user's tests use them.

use httpmock::MockServer;
use togai_client::mock::MockServerExt as _;
use togai_client::{Client, ErrorKind, RetryConfig, types};

fn client(server: &MockServer) -> Client {
    Client::builder("my-token")
        .base_url(server.base_url())
        // One request per call: a 429 would be retried.
        .retry_config(RetryConfig::disabled())
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_documented_error_for_a_percent_encoded_id() {
    let server = MockServer::start_async().await;
    let customer: types::CustomerId = "customer 1/7".parse().unwrap();
    let account: types::AccountId = "acc-7f3a".parse().unwrap();
    let mock = server.get_account(|when, then| {
        when.customer_id(&customer).account_id(&account);
        then.not_found(&types::ErrorResponse {
            message: "Account not found".into(),
        });
    });

    let error = client(&server)
        .get_account()
        .customer_id("customer 1/7")
        .account_id("acc-7f3a")
        .send()
        .await
        .unwrap_err();

    assert_eq!(error.kind(), ErrorKind::ErrorStatus);
    assert_eq!(error.status(), Some(404));
    assert_eq!(error.error_body().unwrap().message, "Account not found");
    mock.assert();
}

#[tokio::test]
async fn rate_limited() {
    let server = MockServer::start_async().await;
    let mock = server.get_accounts(|when, then| {
        when.customer_id(&"c1".parse().unwrap()).next_token(None);
        then.too_many_requests(&types::ErrorResponse {
            message: "Too many requests".into(),
        });
    });

    let error = client(&server)
        .get_accounts()
        .customer_id("c1")
        .send()
        .await
        .unwrap_err();

    assert_eq!(error.status(), Some(429));
    assert!(error.is_retryable());
    mock.assert();
}

#[test]
#[should_panic(expected = "no request can match this mock")]
fn a_value_the_client_refuses_to_send_is_a_mistake_in_the_test() {
    let server = MockServer::start();
    // The client refuses `..` (it would address another path).
    let customer: types::CustomerId = "..".parse().unwrap();
    let account: types::AccountId = "acc-7f3a".parse().unwrap();
    server.get_account(|when, then| {
        when.customer_id(&customer).account_id(&account);
        then.not_found(&types::ErrorResponse {
            message: "Account not found".into(),
        });
    });
}
