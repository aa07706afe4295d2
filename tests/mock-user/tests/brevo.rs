//! brevo-client's typed mocks, as a user's tests use them.

use brevo_client::mock::MockServerExt as _;
use brevo_client::{Client, ErrorKind, types};
use httpmock::MockServer;

const PID: &str = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
const BDID: &str = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

fn client(server: &MockServer) -> Client {
    Client::builder("my-api-key")
        .base_url(server.base_url())
        .build()
        .unwrap()
}

fn uuid(text: &str) -> brevo_client::uuid::Uuid {
    text.parse().unwrap()
}

#[tokio::test]
async fn a_path_value_matches_as_its_percent_encoded_segment() {
    let server = MockServer::start_async().await;
    let balances = types::ModelSubscriptionBalanceResp {
        balance: vec![types::AggregateBalance {
            balance_definition_id: Some(BDID.into()),
            value: Some(12.5),
        }],
    };
    let mock = server.get_subscription_balances(|when, then| {
        when.pid(&uuid(PID)).cid("a b/c?d#e%f");
        then.ok(&balances);
    });

    let got = client(&server)
        .get_subscription_balances()
        .pid(PID)
        .cid("a b/c?d#e%f")
        .send()
        .await
        .unwrap()
        .into_inner();

    assert_eq!(got, balances);
    mock.assert();
}

#[tokio::test]
async fn a_documented_error_with_its_typed_body() {
    let server = MockServer::start_async().await;
    let mock = server.get_balance_definition(|when, then| {
        when.pid(&uuid(PID)).bdid(&uuid(BDID));
        then.not_found(&types::ErrorResponse {
            code: None,
            message: Some("Balance definition not found".into()),
        });
    });

    let error = client(&server)
        .get_balance_definition()
        .pid(PID)
        .bdid(BDID)
        .send()
        .await
        .unwrap_err();

    assert_eq!(error.kind(), ErrorKind::ErrorStatus);
    assert_eq!(error.status(), Some(404));
    assert_eq!(
        error.error_body().unwrap().message.as_deref(),
        Some("Balance definition not found")
    );
    mock.assert();
}

#[tokio::test]
async fn list_query_parameters_and_an_empty_page() {
    let server = MockServer::start_async().await;
    let history = server.loyalty_balance_programs_pid_transaction_history_get(|when, then| {
        when.pid(&uuid(PID))
            .contact_id(1042)
            .balance_definition_id(&uuid(BDID))
            .filters(&vec![
                "status=completed".to_string(),
                "amount>10".to_string(),
            ])
            .limit(None);
        then.ok(&types::TransactionHistoryResp::default());
    });
    let list = server.get_balance_definition_list(|when, then| {
        when.pid(&uuid(PID));
        // Brevo's documented 204 for an empty list.
        then.no_content();
    });

    client(&server)
        .loyalty_balance_programs_pid_transaction_history_get()
        .pid(PID)
        .contact_id(1042)
        .balance_definition_id(BDID)
        .filters(vec![
            "status=completed".to_string(),
            "amount>10".to_string(),
        ])
        .send()
        .await
        .unwrap();
    let page = client(&server)
        .get_balance_definition_list()
        .pid(PID)
        .send()
        .await
        .unwrap()
        .into_inner();

    history.assert();
    list.assert();
    assert!(page.items.is_empty());
}
