//! Brevo BalanceApi: each operation sends what brevo-python 1.2.0 sends
//! (fixtures/brevo, captured by capture/brevo.py) and decodes a realistic
//! response.

use vendor_clients::brevo::types::{
    BalanceAvailabilityDurationModifier, BalanceAvailabilityDurationUnit, BalanceDefinition,
    BalanceDefinitionVersion, BalanceOptionAmountOvertakingStrategy, BalanceOptionCreditRounding,
    BalanceOptionDebitRounding, BalanceUnit, ConstraintType, DurationUnit, SortField, SortOrder,
    TransactionType,
};
use vendor_clients::brevo::{Client, ConfigProblem, DEFAULT_BASE_URL, ErrorKind, types};
use vendor_clients_core::Tolerant;
use vendor_clients_tests::{ErrorPaths, MARKER, Target, WireTest, assert_error_paths};

// The credentials and ids the capture script gave the SDK.
const API_KEY: &str = "test-api-key";
const PARTNER_KEY: &str = "test-partner-key";
const PID: &str = "3f1c2b9e-8a4d-4e5f-9c7b-1a2b3c4d5e6f";
const BDID: &str = "7d9e0f1a-2b3c-4d5e-8f9a-0b1c2d3e4f5a";
const BLID: &str = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
const TID: &str = "c0ffee00-1234-4abc-9def-56789abcdef0";

fn client(wire: &WireTest) -> Client {
    Client::builder(API_KEY)
        .base_url(wire.base_url())
        .build()
        .unwrap()
}

fn meta(key: &str, value: &str) -> serde_json::Map<String, serde_json::Value> {
    serde_json::Map::from_iter([(key.to_string(), value.into())])
}

#[tokio::test]
async fn begin_transaction() {
    let wire = WireTest::start("brevo", "begin_transaction").await;
    let transaction = wire.replay(
        client(&wire)
            .begin_transaction()
            .pid(PID)
            .body_map(|b| {
                b.loyalty_subscription_id("sub-77".to_string())
                    .amount(150.5)
                    .auto_complete(true)
                    .balance_definition_id(BDID)
                    .balance_expiry_in_minutes(1440)
                    .contact_id(std::num::NonZeroU64::new(1042))
                    .event_time("2025-03-01T09:59:00Z".to_string())
                    .meta(meta("store", "paris-01"))
                    .ttl(600)
            })
            .send()
            .await,
    );
    assert_eq!(transaction.id.as_deref(), Some(TID));
    assert_eq!(transaction.status.as_deref(), Some("completed"));
    assert_eq!(transaction.reject_reason.as_deref(), Some("limit exceeded"));
}

#[tokio::test]
async fn cancel_transaction() {
    let wire = WireTest::start("brevo", "cancel_transaction").await;
    let transaction = wire.replay(
        client(&wire)
            .cancel_transaction()
            .pid(PID)
            .tid(TID)
            .send()
            .await,
    );
    assert_eq!(transaction.status.as_deref(), Some("cancelled"));
}

#[tokio::test]
async fn complete_transaction() {
    let wire = WireTest::start("brevo", "complete_transaction").await;
    let transaction = wire.replay(
        client(&wire)
            .complete_transaction()
            .pid(PID)
            .tid(TID)
            .send()
            .await,
    );
    assert_eq!(
        transaction.completed_at.as_deref(),
        Some("2025-03-01T10:05:00Z")
    );
}

#[tokio::test]
async fn create_balance_limit() {
    let wire = WireTest::start("brevo", "create_balance_limit").await;
    let limit = wire.replay(
        client(&wire)
            .create_balance_limit()
            .pid(PID)
            .bdid(BDID)
            .body(types::CreateBalanceLimitPayload {
                constraint_type: ConstraintType::Amount,
                duration_unit: DurationUnit::Month,
                duration_value: 1,
                sliding_schedule: Some(true),
                transaction_type: TransactionType::Credit,
                value: 500,
            })
            .send()
            .await,
    );
    assert_eq!(limit.id.as_deref(), Some(BLID));
    assert_eq!(limit.value, Some(500));
}

#[tokio::test]
async fn create_balance_order() {
    let wire = WireTest::start("brevo", "create_balance_order").await;
    let order = wire.replay(
        client(&wire)
            .create_balance_order()
            .pid(PID)
            .body_map(|b| {
                b.amount(25.0)
                    .balance_definition_id(BDID)
                    .contact_id(std::num::NonZeroU64::new(1042).unwrap())
                    .due_at("2025-04-01T00:00:00Z")
                    .expires_at("2025-05-01T00:00:00Z".to_string())
                    .meta(meta("orderRef", "A-1001"))
                    .source("engine")
            })
            .send()
            .await,
    );
    // Brevo spells this key all lower case.
    assert_eq!(order.transactionid.as_deref(), Some(TID));
    assert_eq!(order.processed_at.as_deref(), Some("2025-03-01T12:00:05Z"));
}

#[tokio::test]
async fn delete_balance_definition() {
    let wire = WireTest::start("brevo", "delete_balance_definition").await;
    let response = client(&wire)
        .delete_balance_definition()
        .pid(PID)
        .bdid(BDID)
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn delete_balance_limit() {
    let wire = WireTest::start("brevo", "delete_balance_limit").await;
    let response = client(&wire)
        .delete_balance_limit()
        .pid(PID)
        .bdid(BDID)
        .blid(BLID)
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

fn assert_definition(definition: &BalanceDefinition) {
    assert_eq!(definition.id.as_deref(), Some(BDID));
    assert!(matches!(
        definition.balance_availability_duration_modifier,
        Some(Tolerant::Known(
            BalanceAvailabilityDurationModifier::EndOfPeriod
        ))
    ));
    assert_eq!(
        definition.balance_expiration_date.as_deref(),
        Some("2025-12-31T00:00:00Z")
    );
    assert_eq!(definition.meta["tier"], "gold");
}

#[tokio::test]
async fn get_balance_definition() {
    let wire = WireTest::start("brevo", "get_balance_definition").await;
    let definition = wire.replay(
        client(&wire)
            .get_balance_definition()
            .pid(PID)
            .bdid(BDID)
            .version(BalanceDefinitionVersion::Active)
            .send()
            .await,
    );
    assert_definition(&definition);
}

#[tokio::test]
async fn get_balance_definition_list() {
    let wire = WireTest::start("brevo", "get_balance_definition_list").await;
    let page = wire.replay(
        client(&wire)
            .get_balance_definition_list()
            .pid(PID)
            .limit(50)
            .offset(100)
            .sort_field(SortField::Name)
            .sort(SortOrder::Asc)
            .version(BalanceDefinitionVersion::Active)
            .send()
            .await,
    );
    assert_definition(&page.items[0]);
}

#[tokio::test]
async fn get_balance_limit() {
    let wire = WireTest::start("brevo", "get_balance_limit").await;
    let limit = wire.replay(
        client(&wire)
            .get_balance_limit()
            .pid(PID)
            .bdid(BDID)
            .blid(BLID)
            .version(BalanceDefinitionVersion::Draft)
            .send()
            .await,
    );
    assert_eq!(limit.sliding_schedule, Some(true));
}

#[tokio::test]
async fn get_contact_balances() {
    let wire = WireTest::start("brevo", "get_contact_balances").await;
    let balances = wire.replay(client(&wire).get_contact_balances().pid(PID).send().await);
    assert_eq!(balances.count, Some(2));
    assert_eq!(
        balances.balances[1].loyalty_subscription_id.as_deref(),
        Some("sub-78")
    );
}

#[tokio::test]
async fn get_contact_balances_with_partner_key() {
    let wire = WireTest::start("brevo", "get_contact_balances__partner_key").await;
    let balances = Client::partner_builder(PARTNER_KEY)
        .base_url(wire.base_url())
        .build()
        .unwrap()
        .get_contact_balances()
        .pid(PID)
        .send()
        .await
        .unwrap()
        .into_inner();
    wire.assert_request();
    assert!(balances.balances.is_empty());
}

#[tokio::test]
async fn get_subscription_balances() {
    let wire = WireTest::start("brevo", "get_subscription_balances").await;
    let balances = wire.replay(
        client(&wire)
            .get_subscription_balances()
            .cid("1042")
            .pid(PID)
            .send()
            .await,
    );
    assert_eq!(balances.balance[0].value, Some(150.5));
}

#[tokio::test]
async fn path_parameters_are_percent_encoded_like_the_sdk() {
    let wire = WireTest::start("brevo", "get_subscription_balances__encoded").await;
    client(&wire)
        .get_subscription_balances()
        .cid("a b/c?d#e%f")
        .pid(PID)
        .send()
        .await
        .unwrap();
    wire.assert_request();
}

#[tokio::test]
async fn loyalty_balance_programs_pid_active_balance_get() {
    let wire = WireTest::start("brevo", "loyalty_balance_programs_pid_active_balance_get").await;
    let limit = wire.replay(
        client(&wire)
            .loyalty_balance_programs_pid_active_balance_get()
            .pid(PID)
            .contact_id(std::num::NonZeroU64::new(1042).unwrap())
            .balance_definition_id(BDID)
            .limit(std::num::NonZeroU64::new(10).unwrap())
            .offset(20u64)
            .sort_field("createdAt")
            .sort("desc")
            .send()
            .await,
    );
    assert_eq!(limit.balance_definition_id.as_deref(), Some(BDID));
}

/// Every field of a balance definition payload, as the capture script sets
/// them; create and update payloads have the same fields but distinct types.
macro_rules! definition_payload {
    ($builder:expr, $description:ty, $expiration:expr) => {
        $builder
            .balance_availability_duration_modifier(
                BalanceAvailabilityDurationModifier::EndOfPeriod,
            )
            .balance_availability_duration_unit(BalanceAvailabilityDurationUnit::Month)
            .balance_availability_duration_value(6)
            .balance_expiration_date($expiration.to_string())
            .balance_option_amount_overtaking_strategy(
                BalanceOptionAmountOvertakingStrategy::Partial,
            )
            .balance_option_credit_rounding(BalanceOptionCreditRounding::Natural)
            .balance_option_debit_rounding(BalanceOptionDebitRounding::Upper)
            .description(Some(
                "Points earned on purchases"
                    .parse::<$description>()
                    .unwrap(),
            ))
            .image_ref("https://img.example.com/points.png".to_string())
            .max_amount(10000.0)
            .max_credit_amount_limit(500.0)
            .max_debit_amount_limit(250.0)
            .meta(meta("tier", "gold"))
            .min_amount(0.0)
            .name("Loyalty points")
            .unit(BalanceUnit::Points)
    };
}

#[tokio::test]
async fn loyalty_balance_programs_pid_balance_definitions_post() {
    let wire = WireTest::start(
        "brevo",
        "loyalty_balance_programs_pid_balance_definitions_post",
    )
    .await;
    let definition = wire.replay(
        client(&wire)
            .loyalty_balance_programs_pid_balance_definitions_post()
            .pid(PID)
            .body_map(|b| definition_payload!(b, types::BalanceDefinitionDescription, "31/12"))
            .send()
            .await,
    );
    assert_definition(&definition);
}

#[tokio::test]
async fn loyalty_balance_programs_pid_subscriptions_cid_balances_post() {
    let wire = WireTest::start(
        "brevo",
        "loyalty_balance_programs_pid_subscriptions_cid_balances_post",
    )
    .await;
    let balance = wire.replay(
        client(&wire)
            .loyalty_balance_programs_pid_subscriptions_cid_balances_post()
            .pid(PID)
            .cid("5b1e4c2a-9d8f-4e7a-b6c5-d4e3f2a1b0c9")
            .body(types::CreateBalancePayload {
                balance_definition_id: BDID.into(),
            })
            .send()
            .await,
    );
    assert_eq!(balance.organization_id, Some(88));
}

#[tokio::test]
async fn loyalty_balance_programs_pid_transaction_history_get() {
    let wire = WireTest::start(
        "brevo",
        "loyalty_balance_programs_pid_transaction_history_get",
    )
    .await;
    let history = wire.replay(
        client(&wire)
            .loyalty_balance_programs_pid_transaction_history_get()
            .pid(PID)
            .contact_id(1042)
            .balance_definition_id(BDID)
            .limit(5)
            .offset(10)
            .sort_field(SortField::UpdatedAt)
            .sort(SortOrder::Asc)
            .filters(vec![
                "status:completed".to_string(),
                "amount>10".to_string(),
            ])
            .send()
            .await,
    );
    // dd/mm, as Brevo documents it in one place.
    assert_eq!(
        history.transaction_history[0]
            .balance_expiration_date
            .as_deref(),
        Some("31/12")
    );
}

#[tokio::test]
async fn transaction_history_sends_no_defaults() {
    // The documented defaults are the server's: the SDK does not send them.
    let wire = WireTest::start(
        "brevo",
        "loyalty_balance_programs_pid_transaction_history_get__required_only",
    )
    .await;
    client(&wire)
        .loyalty_balance_programs_pid_transaction_history_get()
        .pid(PID)
        .contact_id(1042)
        .balance_definition_id(BDID)
        .send()
        .await
        .unwrap();
    wire.assert_request();
}

#[tokio::test]
async fn update_balance_definition() {
    let wire = WireTest::start("brevo", "update_balance_definition").await;
    let definition = wire.replay(
        client(&wire)
            .update_balance_definition()
            .pid(PID)
            .bdid(BDID)
            .body_map(|b| definition_payload!(b, types::BalanceDefinitionDescription, "30/06"))
            .send()
            .await,
    );
    assert_definition(&definition);
}

#[tokio::test]
async fn update_balance_limit() {
    let wire = WireTest::start("brevo", "update_balance_limit").await;
    let limit = wire.replay(
        client(&wire)
            .update_balance_limit()
            .pid(PID)
            .bdid(BDID)
            .blid(BLID)
            .body(types::UpdateBalanceLimitPayload {
                constraint_type: ConstraintType::Amount,
                duration_unit: DurationUnit::Month,
                duration_value: 1,
                sliding_schedule: Some(true),
                transaction_type: TransactionType::Credit,
                value: 500,
            })
            .send()
            .await,
    );
    assert_eq!(limit.constraint_type.as_deref(), Some("amount"));
}

#[tokio::test]
async fn documented_errors_decode_into_error_response() {
    let wire = WireTest::start("brevo", "get_balance_definition__not_found").await;
    let error = wire.replay_error(
        client(&wire)
            .get_balance_definition()
            .pid(PID)
            .bdid(BDID)
            .send()
            .await,
    );
    assert_eq!(
        error.error_body().unwrap().message.as_deref(),
        Some("Balance definition not found")
    );
}

#[tokio::test]
async fn new_enum_values_still_decode() {
    let server = vendor_clients_tests::answering(
        200,
        r#"{"id": "x", "balanceAvailabilityDurationModifier": "startOfQuarter", "meta": {}}"#,
    )
    .await;
    let definition = Client::builder(API_KEY)
        .base_url(server.base_url())
        .build()
        .unwrap()
        .get_balance_definition()
        .pid(PID)
        .bdid(BDID)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert!(matches!(
        definition.balance_availability_duration_modifier,
        Some(Tolerant::Other(ref v)) if v == "startOfQuarter"
    ));
}

#[tokio::test]
async fn invalid_arguments_are_errors_not_requests() {
    let server = vendor_clients_tests::answering(200, "{}").await;
    let client = Client::builder(API_KEY)
        .base_url(server.base_url())
        .build()
        .unwrap();
    let error = client
        .get_contact_balances()
        .pid("not-a-uuid")
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidRequest, "{error:?}");
    let error = client
        .loyalty_balance_programs_pid_balance_definitions_post()
        .pid(PID)
        .body_map(|b| b.name("x".repeat(129)).unit(BalanceUnit::Eur))
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidRequest, "{error:?}");
}

#[tokio::test]
async fn error_paths() {
    let not_found = format!(r#"{{"message":"Contact {MARKER} not found"}}"#);
    let paths = ErrorPaths {
        base_path: "/v3",
        secrets: &[API_KEY],
        documented_error: Some((404, &not_found)),
    };
    assert_error_paths(paths, |target: Target| async move {
        let client = Client::builder(API_KEY)
            .base_url(target.base_url)
            .timeout(target.timeout)
            .retry_config(target.retry)
            .build()
            .unwrap();
        client
            .get_subscription_balances()
            .pid(PID)
            .cid(MARKER)
            .send()
            .await
    })
    .await;
}

#[test]
fn debug_output_never_shows_credentials() {
    let by_key = Client::builder(API_KEY).build().unwrap();
    let by_partner = Client::partner_builder(PARTNER_KEY).build().unwrap();
    for shown in [format!("{by_key:?}"), format!("{by_partner:?}")] {
        assert!(
            !shown.contains(API_KEY) && !shown.contains(PARTNER_KEY),
            "{shown}"
        );
        assert!(shown.contains("Sensitive"), "{shown}");
    }
    assert_eq!(DEFAULT_BASE_URL, "https://api.brevo.com/v3");
    let err = Client::builder("").build().unwrap_err();
    assert!(matches!(
        err.problem(),
        ConfigProblem::EmptyCredential { header: "api-key" }
    ));
}

#[tokio::test]
async fn no_content_is_an_empty_page() {
    let server = vendor_clients_tests::answering_with(204, "text/plain", "", &[]).await;
    let page = Client::builder(API_KEY)
        .base_url(server.base_url())
        .build()
        .unwrap()
        .get_balance_definition_list()
        .pid(PID)
        .send()
        .await
        .unwrap();
    assert_eq!(page.status().as_u16(), 204);
    assert!(page.into_inner().items.is_empty());
}

// AccountApi and SendersApi: Brevo's API outside the loyalty classes, whose
// error body adds a `code` to the `message` of `types::ErrorResponse`.

#[tokio::test]
async fn get_account() {
    let wire = WireTest::start("brevo", "get_account").await;
    let account = wire.replay(client(&wire).get_account().send().await);
    assert_eq!(account.company_name, "MyShop");
    assert_eq!(account.address.zip_code, "7665");
    assert!(matches!(
        account.plan[1].type_,
        Tolerant::Known(types::PlanType::Subscription)
    ));
    assert_eq!(account.plan[1].start_date.as_deref(), Some("2017-03-11"));
    assert_eq!(account.relay.data.port, 587);
    assert_eq!(account.marketing_automation.map(|m| m.enabled), Some(true));
}

#[tokio::test]
async fn new_plan_types_still_decode() {
    // The SDK rejects a plan type it does not know (ValueError); this client keeps it.
    let server = vendor_clients_tests::answering(
        200,
        r#"{"email": "a@b.c", "firstName": "A", "lastName": "B", "companyName": "C",
            "address": {"street": "s", "city": "c", "zipCode": "z", "country": "FR"},
            "plan": [{"type": "enterprise", "creditsType": "sendLimit", "credits": 1}],
            "relay": {"enabled": false, "data": {"userName": "u", "relay": "r", "port": 25}}}"#,
    )
    .await;
    let account = Client::builder(API_KEY)
        .base_url(server.base_url())
        .build()
        .unwrap()
        .get_account()
        .send()
        .await
        .unwrap()
        .into_inner();
    assert!(matches!(account.plan[0].type_, Tolerant::Other(ref v) if v == "enterprise"));
    assert!(account.marketing_automation.is_none());
}

#[tokio::test]
async fn get_account_activity() {
    let wire = WireTest::start("brevo", "get_account_activity").await;
    let page = wire.replay(
        client(&wire)
            .get_account_activity()
            .start_date("2026-11-01")
            .end_date("2026-11-30")
            .email("test@mycompany.com")
            .limit(std::num::NonZeroU64::new(50).unwrap())
            .offset(100)
            .send()
            .await,
    );
    assert_eq!(page.logs[0].action, "login-success");
    assert_eq!(page.logs[0].user_ip, "192.158.1.34");
}

fn sender_ips() -> Vec<types::CreateSenderIps> {
    [
        ("123.65.8.22", "mailing.myshop.com", 40),
        ("123.43.21.3", "newsletter.myshop.com", 60),
    ]
    .map(|(ip, domain, weight)| types::CreateSenderIps {
        ip: ip.into(),
        domain: domain.into(),
        weight: std::num::NonZeroU64::new(weight),
    })
    .to_vec()
}

#[tokio::test]
async fn create_sender() {
    let wire = WireTest::start("brevo", "create_sender").await;
    let created = wire.replay(
        client(&wire)
            .create_sender()
            .body(types::CreateSender {
                name: "Newsletter".into(),
                email: "newsletter@mycompany.com".into(),
                ips: sender_ips(),
            })
            .send()
            .await,
    );
    assert_eq!(created.id, 3);
    assert_eq!(
        (created.spf_error, created.dkim_error),
        (Some(true), Some(false))
    );
}

#[tokio::test]
async fn create_sender_without_a_body_sends_none() {
    // The SDK's body is optional: left out, nothing is sent (Content-Type
    // aside); Brevo's {code, message} error decodes.
    let wire = WireTest::start("brevo", "create_sender__no_body").await;
    let error = wire.replay_error(client(&wire).create_sender().send().await);
    let body = error.error_body().unwrap();
    assert!(matches!(
        body.code,
        Some(Tolerant::Known(types::ErrorCode::MissingParameter))
    ));
    assert_eq!(body.message.as_deref(), Some("name is missing"));
}

#[tokio::test]
async fn delete_sender() {
    let wire = WireTest::start("brevo", "delete_sender").await;
    let response = client(&wire)
        .delete_sender()
        .sender_id(3)
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn get_ips() {
    let wire = WireTest::start("brevo", "get_ips").await;
    let ips = wire.replay(client(&wire).get_ips().send().await);
    assert_eq!(ips.ips.len(), 2);
    assert!(!ips.ips[1].active);
}

#[tokio::test]
async fn get_ips_from_sender() {
    let wire = WireTest::start("brevo", "get_ips_from_sender").await;
    let ips = wire.replay(
        client(&wire)
            .get_ips_from_sender()
            .sender_id(3)
            .send()
            .await,
    );
    assert_eq!(ips.ips[0].weight, 40);
}

#[tokio::test]
async fn sender_not_found_decodes_the_error_code() {
    let wire = WireTest::start("brevo", "get_ips_from_sender__not_found").await;
    let error = wire.replay_error(
        client(&wire)
            .get_ips_from_sender()
            .sender_id(999)
            .send()
            .await,
    );
    let body = error.error_body().unwrap();
    assert!(matches!(
        body.code,
        Some(Tolerant::Known(types::ErrorCode::DocumentNotFound))
    ));
    assert_eq!(body.message.as_deref(), Some("Sender ID not found"));
}

#[tokio::test]
async fn get_senders() {
    let wire = WireTest::start("brevo", "get_senders").await;
    let list = wire.replay(
        client(&wire)
            .get_senders()
            .ip("123.65.8.22")
            .domain("mycompany.com")
            .send()
            .await,
    );
    assert_eq!(list.senders[0].ips[0].domain, "mailing.myshop.com");
    // No dedicated IP: no `ips`, an empty list.
    assert!(list.senders[1].ips.is_empty());
}

#[tokio::test]
async fn update_sender() {
    let wire = WireTest::start("brevo", "update_sender").await;
    let response = client(&wire)
        .update_sender()
        .sender_id(3)
        .body(types::UpdateSender {
            name: Some("News".into()),
            email: Some("news@mycompany.com".into()),
            ips: sender_ips(),
        })
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn validate_sender_by_otp() {
    // The SDK sends the code as `name`, not Brevo's documented `otp`.
    let wire = WireTest::start("brevo", "validate_sender_by_otp").await;
    let response = client(&wire)
        .validate_sender_by_otp()
        .sender_id(3)
        .body(types::Otp { name: Some(123456) })
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

// DomainsApi and WebhooksApi.

fn assert_dns_records(records: &types::DnsRecords) {
    let dkim = records.dkim_record.as_ref().unwrap();
    assert_eq!(dkim.host_name.as_deref(), Some("mail._domainkey"));
    assert_eq!(records.brevo_code.as_ref().unwrap().status, Some(true));
}

#[tokio::test]
async fn create_domain() {
    let wire = WireTest::start("brevo", "create_domain").await;
    let created = wire.replay(
        client(&wire)
            .create_domain()
            .body(types::CreateDomain {
                name: "mycompany.com".into(),
            })
            .send()
            .await,
    );
    assert_eq!(created.id, 7);
    assert_dns_records(created.dns_records.as_ref().unwrap());
}

#[tokio::test]
async fn get_domains() {
    let wire = WireTest::start("brevo", "get_domains").await;
    let list = client(&wire)
        .get_domains()
        .send()
        .await
        .unwrap()
        .into_inner();
    wire.assert_request();
    // `"ip": null` for a domain without a dedicated IP is None, which is
    // not serialized again: else the whole answer round-trips.
    assert_eq!(list.domains[1].ip, None);
    let mut sent = wire.response_body().clone();
    sent["domains"][1].as_object_mut().unwrap().remove("ip");
    vendor_clients_tests::assert_round_trip(&list, &sent);
    assert_eq!(list.domains[0].ip.as_deref(), Some("123.98.68.7"));
}

fn webhook_auth() -> types::WebhookAuth {
    types::WebhookAuth {
        type_: Some("bearer".into()),
        token: Some("test-auth-token1234".into()),
    }
}

fn webhook_headers() -> Vec<types::WebhookHeader> {
    vec![types::WebhookHeader {
        key: Some("cf-secret".into()),
        value: Some("test-header-value".into()),
    }]
}

#[tokio::test]
async fn create_webhook() {
    use types::WebhookEvent::{Click, Opened};
    let wire = WireTest::start("brevo", "create_webhook").await;
    let body = types::CreateWebhook {
        url: "https://example.domain.com/webhook/events/kzfxxxxxxxx0uyo1".into(),
        description: Some("Webhook triggered on campaign openings".into()),
        events: vec![Opened, Click],
        type_: types::WebhookType::Marketing,
        channel: types::WebhookChannel::Sms,
        domain: Some("inbound.mycompany.com".into()),
        batched: Some(true),
        auth: Some(webhook_auth()),
        headers: webhook_headers(),
    };
    // The webhook's token and header values are credentials.
    let shown = format!("{body:?}");
    assert!(
        !shown.contains("test-auth-token1234") && !shown.contains("test-header-value"),
        "{shown}"
    );
    let created = wire.replay(client(&wire).create_webhook().body(body).send().await);
    assert_eq!(created.id, 9864);
}

#[tokio::test]
async fn create_webhook_sends_the_sdk_defaults() {
    // The SDK's model always sends type and channel, transactional and email
    // unless given.
    let wire = WireTest::start("brevo", "create_webhook__required_only").await;
    let created = wire.replay(
        client(&wire)
            .create_webhook()
            .body_map(|b| {
                b.url("https://example.domain.com/hook")
                    .events(vec![types::WebhookEvent::Delivered])
            })
            .send()
            .await,
    );
    assert_eq!(created.id, 9865);
}

#[tokio::test]
async fn delete_webhook() {
    let wire = WireTest::start("brevo", "delete_webhook").await;
    let response = client(&wire)
        .delete_webhook()
        .webhook_id(9864)
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn export_webhooks_history() {
    let wire = WireTest::start("brevo", "export_webhooks_history").await;
    let process = wire.replay(
        client(&wire)
            .export_webhooks_history()
            .body(types::ExportWebhooksHistory {
                days: Some(7),
                start_date: Some("2026-11-01".into()),
                end_date: Some("2026-11-07".into()),
                sort: Some("desc".into()),
                type_: types::ExportWebhooksHistoryType::Transactional,
                event: types::ExportWebhooksHistoryEvent::HardBounce,
                notify_url: "https://hooks.mycompany.com/csv".into(),
                webhook_id: Some(9864),
                email: Some("john.smith@example.com".into()),
                message_id: Some(4242),
            })
            .send()
            .await,
    );
    assert_eq!(process.process_id, 78);
}

#[tokio::test]
async fn get_webhook() {
    let wire = WireTest::start("brevo", "get_webhook").await;
    let webhook = wire.replay(client(&wire).get_webhook().webhook_id(9864).send().await);
    assert!(matches!(
        webhook.type_,
        Tolerant::Known(types::WebhookType::Transactional)
    ));
    assert_eq!(webhook.events, ["opened", "click"]);
    assert_eq!(webhook.auth, Some(webhook_auth()));
    assert!(!format!("{webhook:?}").contains("test-auth-token1234"));
}

#[tokio::test]
async fn get_webhooks() {
    let wire = WireTest::start("brevo", "get_webhooks").await;
    let list = wire.replay(
        client(&wire)
            .get_webhooks()
            .type_(types::WebhookType::Marketing)
            .sort(SortOrder::Asc)
            .send()
            .await,
    );
    assert!(matches!(
        list.webhooks[0].channel,
        Some(Tolerant::Known(types::WebhookChannel::Sms))
    ));
    assert!(list.webhooks[1].headers.is_empty());
}

#[tokio::test]
async fn update_webhook() {
    use types::WebhookEvent::{Click, Opened, Unsubscribed};
    let wire = WireTest::start("brevo", "update_webhook").await;
    let response = client(&wire)
        .update_webhook()
        .webhook_id(9864)
        .body(types::UpdateWebhook {
            url: Some("https://example.domain.com/webhook/v2".into()),
            description: Some("openings and clicks".into()),
            events: vec![Opened, Click, Unsubscribed],
            domain: Some("inbound.mycompany.com".into()),
            batched: Some(false),
            auth: Some(webhook_auth()),
            headers: webhook_headers(),
        })
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

// ProcessApi and NotesApi.

#[tokio::test]
async fn get_process() {
    let wire = WireTest::start("brevo", "get_process").await;
    let process = wire.replay(client(&wire).get_process().process_id(194).send().await);
    assert!(matches!(
        process.status,
        Tolerant::Known(types::ProcessStatus::Completed)
    ));
    assert_eq!(
        process.export_url.as_deref(),
        Some("https://export-url.com/upload/file-name.csv")
    );
}

#[tokio::test]
async fn get_processes() {
    let wire = WireTest::start("brevo", "get_processes").await;
    let page = wire.replay(
        client(&wire)
            .get_processes()
            .limit(20u64)
            .offset(40)
            .sort(SortOrder::Asc)
            .send()
            .await,
    );
    assert_eq!(page.count, Some(3));
    assert!(matches!(
        page.processes[1].status,
        Tolerant::Known(types::ProcessStatus::Queued)
    ));
}

const NOTE_ID: &str = "61a5ce58c5d4795761045990";

fn note_data(b: types::builder::NoteData) -> types::builder::NoteData {
    b.text("Called about the renewal")
        .contact_ids(vec![247, 1])
        .deal_ids(vec!["61a5ce58c5d4795761045991".to_string()])
        .company_ids(vec!["61a5ce58c5d4795761045992".to_string()])
}

#[tokio::test]
async fn crm_notes_get() {
    let wire = WireTest::start("brevo", "crm_notes_get").await;
    let notes = wire.replay(
        client(&wire)
            .crm_notes_get()
            .entity(types::CrmEntity::Deals)
            .entity_ids("61a5ce58c5d4795761045991,61a5ce58c5d4795761045993")
            .date_from(1_761_955_200_000i64)
            .date_to(1_764_547_199_000i64)
            .offset(0)
            .limit(10)
            .sort(SortOrder::Asc)
            .send()
            .await,
    );
    // The list itself, not an object holding it.
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].author_id["name"]["fullName"], "John Doe");
}

#[tokio::test]
async fn crm_notes_id_delete() {
    let wire = WireTest::start("brevo", "crm_notes_id_delete").await;
    let response = client(&wire)
        .crm_notes_id_delete()
        .id(NOTE_ID)
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn crm_notes_id_get() {
    let wire = WireTest::start("brevo", "crm_notes_id_get").await;
    let note = wire.replay(client(&wire).crm_notes_id_get().id(NOTE_ID).send().await);
    assert_eq!(note.contact_ids, [247, 1]);
    assert_eq!(note.created_at.as_deref(), Some("2026-11-02T10:00:00.000Z"));
}

#[tokio::test]
async fn crm_notes_id_patch() {
    let wire = WireTest::start("brevo", "crm_notes_id_patch").await;
    let response = client(&wire)
        .crm_notes_id_patch()
        .id(NOTE_ID)
        .body_map(note_data)
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn crm_notes_post() {
    let wire = WireTest::start("brevo", "crm_notes_post").await;
    let created = wire.replay(
        client(&wire)
            .crm_notes_post()
            .body_map(note_data)
            .send()
            .await,
    );
    assert_eq!(created.id.as_deref(), Some(NOTE_ID));
}

#[tokio::test]
async fn note_text_limits_are_checked_before_sending() {
    let server = vendor_clients_tests::answering(200, "{}").await;
    let client = Client::builder(API_KEY)
        .base_url(server.base_url())
        .build()
        .unwrap();
    for text in [String::new(), "x".repeat(3001)] {
        let error = client
            .crm_notes_post()
            .body_map(|b| b.text(text))
            .send()
            .await
            .unwrap_err();
        assert_eq!(error.kind(), ErrorKind::InvalidRequest, "{error:?}");
    }
}

// TasksApi and CouponsApi.

const TASK_ID: &str = "61a5ce58c5d4795761045999";
const TASK_TYPE_ID: &str = "61a5ce58c5d4795761045980";

#[tokio::test]
async fn crm_tasks_get() {
    // Query names with brackets (`filter[type]`) go out percent-encoded.
    let wire = WireTest::start("brevo", "crm_tasks_get").await;
    let list = wire.replay(
        client(&wire)
            .crm_tasks_get()
            .filter_type(TASK_TYPE_ID)
            .filter_status(types::TaskStatusFilter::Undone)
            .filter_date(types::TaskDateFilter::Range)
            .filter_assign_to("johndoe@example.com")
            .filter_contacts("1,2")
            .filter_deals("61a5ce58c5d4795761045990")
            .filter_companies("61a5ce58c5d4795761045992")
            .date_from(1_764_547_200_000i64)
            .date_to(1_765_152_000_000i64)
            .offset(20)
            .limit(10)
            .sort(SortOrder::Desc)
            .sort_by("date")
            .send()
            .await,
    );
    assert_eq!(list.items[0].id.as_deref(), Some(TASK_ID));
    assert_eq!(list.items[0].contacts_ids, [1, 2]);
}

#[tokio::test]
async fn crm_tasks_id_delete() {
    let wire = WireTest::start("brevo", "crm_tasks_id_delete").await;
    let response = client(&wire)
        .crm_tasks_id_delete()
        .id(TASK_ID)
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn crm_tasks_id_get() {
    let wire = WireTest::start("brevo", "crm_tasks_id_get").await;
    let task = wire.replay(client(&wire).crm_tasks_id_get().id(TASK_ID).send().await);
    assert_eq!(task.task_type_id, TASK_TYPE_ID);
    assert_eq!(task.name, "Call back");
}

#[tokio::test]
async fn crm_tasks_id_patch() {
    let wire = WireTest::start("brevo", "crm_tasks_id_patch").await;
    let response = client(&wire)
        .crm_tasks_id_patch()
        .id(TASK_ID)
        .body(types::UpdateTask {
            name: Some("Call back (moved)".into()),
            duration: Some(1_800_000),
            task_type_id: Some(TASK_TYPE_ID.into()),
            // What the SDK makes of a UTC datetime.
            date: Some("2026-12-10T09:00:00+00:00".into()),
            notes: Some("Moved to Thursday".into()),
            done: Some(true),
            assign_to_id: Some("johndoe@example.com".into()),
            contacts_ids: vec![1, 2],
            deals_ids: vec!["61a5ce58c5d4795761045990".into()],
            companies_ids: vec!["61a5ce58c5d4795761045992".into()],
        })
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn crm_tasks_post() {
    use types::TaskReminderType::{Email, Push};
    let wire = WireTest::start("brevo", "crm_tasks_post").await;
    let created = wire.replay(
        client(&wire)
            .crm_tasks_post()
            .body(types::CreateTask {
                name: "Call back".into(),
                duration: Some(600_000),
                task_type_id: TASK_TYPE_ID.into(),
                date: "2026-12-10T09:00:00+00:00".into(),
                notes: Some("About the renewal".into()),
                done: Some(false),
                assign_to_id: Some("johndoe@example.com".into()),
                contacts_ids: vec![1, 2],
                deals_ids: vec!["61a5ce58c5d4795761045990".into()],
                companies_ids: vec!["61a5ce58c5d4795761045992".into()],
                reminder: Some(types::TaskReminder {
                    value: 30,
                    unit: types::TaskReminderUnit::Minutes,
                    types: vec![Email, Push],
                }),
            })
            .send()
            .await,
    );
    assert_eq!(created.id, TASK_ID);
}

#[tokio::test]
async fn crm_tasktypes_get() {
    let wire = WireTest::start("brevo", "crm_tasktypes_get").await;
    let task_type = wire.replay(client(&wire).crm_tasktypes_get().send().await);
    assert_eq!(task_type.title.as_deref(), Some("Call"));
}

const COLLECTION_ID: &str = "23befbae-1505-47a8-bd27-e30ef739f32c";

#[tokio::test]
async fn create_coupon_collection() {
    let wire = WireTest::start("brevo", "create_coupon_collection").await;
    let created = wire.replay(
        client(&wire)
            .create_coupon_collection()
            .body(types::CreateCouponCollection {
                name: "Summer".into(),
                default_coupon: "10 OFF".into(),
                expiration_date: Some("2027-09-01T00:00:00+00:00".into()),
                remaining_days_alert: Some(7),
                remaining_coupons_alert: Some(100),
            })
            .send()
            .await,
    );
    assert_eq!(created.id, COLLECTION_ID);
}

#[tokio::test]
async fn create_coupons() {
    let wire = WireTest::start("brevo", "create_coupons").await;
    let response = client(&wire)
        .create_coupons()
        .body(types::CreateCoupons {
            collection_id: COLLECTION_ID.parse().unwrap(),
            coupons: vec!["SUMMER-0001".into(), "SUMMER-0002".into()],
        })
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn coupon_limits_are_checked_before_sending() {
    let server = vendor_clients_tests::answering(204, "").await;
    let client = Client::builder(API_KEY)
        .base_url(server.base_url())
        .build()
        .unwrap();
    for coupons in [vec![], vec!["C".to_string(); 10_001]] {
        let error = client
            .create_coupons()
            .body(types::CreateCoupons {
                collection_id: COLLECTION_ID.parse().unwrap(),
                coupons,
            })
            .send()
            .await
            .unwrap_err();
        assert_eq!(error.kind(), ErrorKind::InvalidRequest, "{error:?}");
    }
    let error = client
        .get_coupon_collection()
        .id("not-a-uuid")
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidRequest, "{error:?}");
}

#[tokio::test]
async fn get_coupon_collection() {
    let wire = WireTest::start("brevo", "get_coupon_collection").await;
    let collection = wire.replay(
        client(&wire)
            .get_coupon_collection()
            .id(COLLECTION_ID)
            .send()
            .await,
    );
    assert_eq!(collection.remaining_coupons, 5000);
    assert_eq!(collection.remaining_days_alert, Some(7));
}

#[tokio::test]
async fn get_coupon_collections() {
    // The SDK fails on this answer (it expects one collection); the client
    // decodes the page.
    let wire = WireTest::start("brevo", "get_coupon_collections").await;
    let page = wire.replay(
        client(&wire)
            .get_coupon_collections()
            .limit(20u64)
            .offset(40u64)
            .sort(SortOrder::Asc)
            .sort_by(types::CouponCollectionSortBy::RemainingCoupons)
            .send()
            .await,
    );
    assert_eq!(page.collections[0].name, "Summer");
}

#[tokio::test]
async fn update_coupon_collection() {
    let wire = WireTest::start("brevo", "update_coupon_collection").await;
    let updated = wire.replay(
        client(&wire)
            .update_coupon_collection()
            .id(COLLECTION_ID)
            .body(types::UpdateCouponCollection {
                default_coupon: Some("15 OFF".into()),
                expiration_date: Some("2027-09-01T00:00:00+00:00".into()),
                remaining_days_alert: Some(3),
                remaining_coupons_alert: Some(50),
            })
            .send()
            .await,
    );
    assert_eq!(updated.default_coupon.as_deref(), Some("15 OFF"));
}

// ExternalFeedsApi.

const FEED_ID: &str = "d955aaa4-f4d6-4557-aa14-24286542ed8d";

fn feed_headers() -> Vec<types::FeedHeader> {
    vec![types::FeedHeader {
        name: Some("key".into()),
        value: Some("test-feed-header".into()),
    }]
}

#[tokio::test]
async fn create_external_feed() {
    let wire = WireTest::start("brevo", "create_external_feed").await;
    let body = types::CreateExternalFeed {
        name: "api feed basic".into(),
        url: "https://abc.com/".into(),
        auth_type: types::FeedAuthType::Basic,
        username: Some("user".into()),
        password: Some("test-feed-password".into()),
        token: Some("test-feed-token".into()),
        headers: feed_headers(),
        max_retries: Some(2),
        cache: true,
    };
    // The feed's credentials stay out of Debug.
    let shown = format!("{body:?}");
    for secret in ["test-feed-password", "test-feed-token", "test-feed-header"] {
        assert!(!shown.contains(secret), "{shown}");
    }
    let created = wire.replay(client(&wire).create_external_feed().body(body).send().await);
    assert_eq!(created.id, FEED_ID);
}

#[tokio::test]
async fn create_external_feed_sends_the_sdk_defaults() {
    // The SDK's model always sends authType and cache: noAuth and false
    // unless given.
    let wire = WireTest::start("brevo", "create_external_feed__required_only").await;
    let created = wire.replay(
        client(&wire)
            .create_external_feed()
            .body_map(|b| b.name("api feed").url("https://abc.com/"))
            .send()
            .await,
    );
    assert_eq!(created.id, FEED_ID);
}

#[tokio::test]
async fn delete_external_feed() {
    let wire = WireTest::start("brevo", "delete_external_feed").await;
    let response = client(&wire)
        .delete_external_feed()
        .uuid(FEED_ID)
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn get_all_external_feeds() {
    // Brevo's `"headers": null` (on which the SDK fails) is an empty list.
    let wire = WireTest::start("brevo", "get_all_external_feeds").await;
    let page = client(&wire)
        .get_all_external_feeds()
        .search("api feed")
        .start_date("2026-11-10")
        .end_date("2026-12-05")
        .sort(SortOrder::Asc)
        .auth_type(types::FeedAuthType::Token)
        .limit(20u64)
        .offset(40)
        .send()
        .await
        .unwrap()
        .into_inner();
    wire.assert_request();
    assert!(page.feeds[1].headers.is_empty());
    let mut sent = wire.response_body().clone();
    sent["feeds"][1].as_object_mut().unwrap().remove("headers");
    vendor_clients_tests::assert_round_trip(&page, &sent);
    assert_eq!(page.feeds[0].token.as_deref(), Some("test-feed-token"));
    assert!(!format!("{page:?}").contains("test-feed-password"));
}

#[tokio::test]
async fn get_external_feed_by_uuid() {
    let wire = WireTest::start("brevo", "get_external_feed_by_uuid").await;
    let feed = wire.replay(
        client(&wire)
            .get_external_feed_by_uuid()
            .uuid(FEED_ID)
            .send()
            .await,
    );
    assert!(matches!(
        feed.auth_type,
        Tolerant::Known(types::FeedAuthType::Token)
    ));
    assert_eq!(feed.max_retries, 4);
}

#[tokio::test]
async fn update_external_feed() {
    let wire = WireTest::start("brevo", "update_external_feed").await;
    let response = client(&wire)
        .update_external_feed()
        .uuid(FEED_ID)
        .body(types::UpdateExternalFeed {
            name: Some("api feed token".into()),
            url: Some("https://abc.com/v2".into()),
            auth_type: Some(types::FeedAuthType::Token),
            username: Some("user".into()),
            password: Some("test-feed-password".into()),
            token: Some("test-feed-token".into()),
            headers: feed_headers(),
            max_retries: Some(5),
            cache: Some(false),
        })
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

// UserApi.

fn invitation() -> types::Inviteuser {
    use types::UserPermission::{CreateEditDelete, Import, SendScheduleSuspend, View};
    types::Inviteuser {
        email: "inviteuser@example.com".into(),
        all_features_access: false,
        privileges: vec![
            types::InviteuserPrivileges {
                feature: Some(types::UserFeature::EmailCampaigns),
                permissions: vec![CreateEditDelete, SendScheduleSuspend],
            },
            types::InviteuserPrivileges {
                feature: Some(types::UserFeature::Contacts),
                permissions: vec![View, Import],
            },
        ],
    }
}

#[tokio::test]
async fn edit_user_permission() {
    // The SDK fails on this answer (it expects its own request model back).
    let wire = WireTest::start("brevo", "edit_user_permission").await;
    let outcome = wire.replay(
        client(&wire)
            .edit_user_permission()
            .body(invitation())
            .send()
            .await,
    );
    assert_eq!(outcome.status, "OK");
    assert_eq!(outcome.credit_notes, ["TEST-123"]);
}

#[tokio::test]
async fn get_invited_users_list() {
    let wire = WireTest::start("brevo", "get_invited_users_list").await;
    let list = wire.replay(client(&wire).get_invited_users_list().send().await);
    // `is_owner` as Brevo sends it: a boolean or a string.
    assert_eq!(list.users[0].is_owner, serde_json::json!(true));
    assert_eq!(list.users[1].is_owner, serde_json::json!("false"));
    assert_eq!(list.users[1].feature_access.crm.as_deref(), Some("full"));
}

#[tokio::test]
async fn get_user_permission() {
    // `@` goes out percent-encoded, as the SDK sends it.
    let wire = WireTest::start("brevo", "get_user_permission").await;
    let permission = wire.replay(
        client(&wire)
            .get_user_permission()
            .email("invitedUser@company.com")
            .send()
            .await,
    );
    assert_eq!(permission.privileges[1].permissions, ["View"]);
}

#[tokio::test]
async fn user_emails_are_percent_encoded_like_the_sdk() {
    let wire = WireTest::start("brevo", "get_user_permission__encoded").await;
    let permission = wire.replay(
        client(&wire)
            .get_user_permission()
            .email("a+b/c@company.com")
            .send()
            .await,
    );
    assert!(permission.privileges.is_empty());
}

#[tokio::test]
async fn inviteuser() {
    let wire = WireTest::start("brevo", "inviteuser").await;
    let outcome = wire.replay(client(&wire).inviteuser().body(invitation()).send().await);
    assert_eq!(outcome.invoice_id.as_deref(), Some("TEST-ID"));
}

#[tokio::test]
async fn put_revoke_user_permission() {
    let wire = WireTest::start("brevo", "put_revoke_user_permission").await;
    let outcome = wire.replay(
        client(&wire)
            .put_revoke_user_permission()
            .email("invitedUser@company.com")
            .send()
            .await,
    );
    assert_eq!(outcome.status.as_deref(), Some("OK"));
}

#[tokio::test]
async fn putresendcancelinvitation() {
    let wire = WireTest::start("brevo", "putresendcancelinvitation").await;
    let outcome = wire.replay(
        client(&wire)
            .putresendcancelinvitation()
            .action(types::InvitationAction::Resend)
            .email("invitedUser@company.com")
            .send()
            .await,
    );
    assert!(outcome.credit_notes.is_empty());
}

// CompaniesApi.

const COMPANY_ID: &str = "61a5ce58c5d4795761045970";

fn attributes(pairs: &[(&str, serde_json::Value)]) -> serde_json::Map<String, serde_json::Value> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
}

fn assert_company(company: &types::Company) {
    assert_eq!(company.id.as_deref(), Some(COMPANY_ID));
    assert_eq!(company.attributes["revenue"], 10000.5);
    assert_eq!(company.linked_contacts_ids, [1, 2]);
}

#[tokio::test]
async fn companies_get() {
    let wire = WireTest::start("brevo", "companies_get").await;
    let list = wire.replay(
        client(&wire)
            .companies_get()
            .filters(r#"{"attributes.owner":"6299dcf3874a14eacbc65c46"}"#)
            .linked_contacts_ids(1)
            .linked_deals_ids("61a5ce58c5d4795761045990")
            .modified_since("2026-11-01T00:00:00.000+01:00")
            .created_since("2026-10-01T00:00:00.000Z")
            .page(2)
            .limit(10)
            .sort(SortOrder::Asc)
            .sort_by("name")
            .send()
            .await,
    );
    assert_company(&list.items[0]);
}

#[tokio::test]
async fn companies_id_delete() {
    let wire = WireTest::start("brevo", "companies_id_delete").await;
    let response = client(&wire)
        .companies_id_delete()
        .id(COMPANY_ID)
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn companies_id_get() {
    let wire = WireTest::start("brevo", "companies_id_get").await;
    let company = wire.replay(client(&wire).companies_id_get().id(COMPANY_ID).send().await);
    assert_company(&company);
}

#[tokio::test]
async fn companies_id_patch() {
    let wire = WireTest::start("brevo", "companies_id_patch").await;
    let company = wire.replay(
        client(&wire)
            .companies_id_patch()
            .id(COMPANY_ID)
            .body(types::UpdateCompany {
                name: Some("MyShop".into()),
                attributes: attributes(&[
                    ("industry", "Retail".into()),
                    ("number_of_employees", 100.into()),
                ]),
                country_code: Some(33),
                linked_contacts_ids: vec![1, 2],
                linked_deals_ids: vec!["61a5ce58c5d4795761045990".into()],
            })
            .send()
            .await,
    );
    assert_company(&company);
}

#[tokio::test]
async fn companies_link_unlink_id_patch() {
    let wire = WireTest::start("brevo", "companies_link_unlink_id_patch").await;
    let response = client(&wire)
        .companies_link_unlink_id_patch()
        .id(COMPANY_ID)
        .body(types::LinkUnlinkCompany {
            link_contact_ids: vec![1, 2],
            unlink_contact_ids: vec![4],
            link_deals_ids: vec!["61a5ce58c5d4795761045990".into()],
            unlink_deals_ids: vec!["61a5ce58c5d4795761045994".into()],
        })
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn companies_post() {
    let wire = WireTest::start("brevo", "companies_post").await;
    let created = wire.replay(
        client(&wire)
            .companies_post()
            .body(types::CreateCompany {
                name: "MyShop".into(),
                attributes: attributes(&[
                    ("domain", "example.com".into()),
                    ("industry", "Retail".into()),
                ]),
                country_code: Some(33),
                linked_contacts_ids: vec![1, 2],
                linked_deals_ids: vec!["61a5ce58c5d4795761045990".into()],
            })
            .send()
            .await,
    );
    assert_eq!(created.id, COMPANY_ID);
}

#[tokio::test]
async fn crm_attributes_companies_get() {
    let wire = WireTest::start("brevo", "crm_attributes_companies_get").await;
    let attributes = wire.replay(client(&wire).crm_attributes_companies_get().send().await);
    assert_eq!(attributes[0].internal_name.as_deref(), Some("industry"));
    assert_eq!(attributes[0].attribute_options[0]["value"], "Retail");
}

#[tokio::test]
async fn crm_attributes_post() {
    let wire = WireTest::start("brevo", "crm_attributes_post").await;
    let created = wire.replay(
        client(&wire)
            .crm_attributes_post()
            .body_map(|b| {
                b.label("Industry")
                    .attribute_type(types::CrmAttributeType::SingleSelect)
                    .description(Some("The company's industry".to_string()))
                    .options_labels(vec!["Retail".to_string(), "Fabric".to_string()])
                    .object_type(types::CrmObjectType::Companies)
            })
            .send()
            .await,
    );
    assert_eq!(created.id, "6633a1b2c3d4e5f607182930");
}

// DealsApi.

const DEAL_ID: &str = "61a5ce58c5d4795761045990";

fn assert_deal(deal: &types::Deal) {
    assert_eq!(deal.id.as_deref(), Some(DEAL_ID));
    assert_eq!(deal.attributes["deal_name"], "Renewal 2027");
    assert_eq!(deal.linked_companies_ids, [COMPANY_ID]);
}

#[tokio::test]
async fn crm_attributes_deals_get() {
    let wire = WireTest::start("brevo", "crm_attributes_deals_get").await;
    let attributes = wire.replay(client(&wire).crm_attributes_deals_get().send().await);
    assert_eq!(attributes[0].is_required, Some(true));
}

#[tokio::test]
async fn crm_deals_get() {
    let wire = WireTest::start("brevo", "crm_deals_get").await;
    let list = wire.replay(
        client(&wire)
            .crm_deals_get()
            .filters_attributes_deal_name("Renewal")
            .filters_linked_companies_ids(COMPANY_ID)
            .filters_linked_contacts_ids("1")
            .modified_since("2026-11-01T00:00:00.000Z")
            .created_since("2026-10-01T00:00:00.000Z")
            .offset(20)
            .limit(10)
            .sort(SortOrder::Desc)
            .sort_by("deal_name")
            .send()
            .await,
    );
    assert_deal(&list.items[0]);
}

#[tokio::test]
async fn crm_deals_id_delete() {
    let wire = WireTest::start("brevo", "crm_deals_id_delete").await;
    let response = client(&wire)
        .crm_deals_id_delete()
        .id(DEAL_ID)
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn crm_deals_id_get() {
    let wire = WireTest::start("brevo", "crm_deals_id_get").await;
    let deal = wire.replay(client(&wire).crm_deals_id_get().id(DEAL_ID).send().await);
    assert_deal(&deal);
}

#[tokio::test]
async fn crm_deals_id_patch() {
    let wire = WireTest::start("brevo", "crm_deals_id_patch").await;
    let response = client(&wire)
        .crm_deals_id_patch()
        .id(DEAL_ID)
        .body(types::UpdateDeal {
            name: Some("Renewal 2027".into()),
            attributes: attributes(&[
                ("amount", 15000.into()),
                ("deal_stage", "6262f6f5bf80d13a4e6ec2b6".into()),
            ]),
            linked_contacts_ids: vec![1],
            linked_companies_ids: vec![COMPANY_ID.into()],
        })
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn crm_deals_link_unlink_id_patch() {
    let wire = WireTest::start("brevo", "crm_deals_link_unlink_id_patch").await;
    let response = client(&wire)
        .crm_deals_link_unlink_id_patch()
        .id(DEAL_ID)
        .body(types::LinkUnlinkDeal {
            link_contact_ids: vec![3],
            unlink_contact_ids: vec![2],
            link_company_ids: vec![COMPANY_ID.into()],
            unlink_company_ids: vec!["61a5ce58c5d4795761045971".into()],
        })
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn crm_deals_post() {
    let wire = WireTest::start("brevo", "crm_deals_post").await;
    let created = wire.replay(
        client(&wire)
            .crm_deals_post()
            .body(types::CreateDeal {
                name: "Renewal 2027".into(),
                attributes: attributes(&[
                    ("deal_owner", "62260474111b1101704a9d85".into()),
                    ("amount", 12000.into()),
                ]),
                linked_contacts_ids: vec![1, 2],
                linked_companies_ids: vec![COMPANY_ID.into()],
            })
            .send()
            .await,
    );
    assert_eq!(created.id, DEAL_ID);
}

#[tokio::test]
async fn crm_pipeline_details_all_get() {
    let wire = WireTest::start("brevo", "crm_pipeline_details_all_get").await;
    let pipelines = wire.replay(client(&wire).crm_pipeline_details_all_get().send().await);
    assert_eq!(pipelines[0].stages[1].name.as_deref(), Some("Won"));
}

#[tokio::test]
async fn crm_pipeline_details_get() {
    let wire = WireTest::start("brevo", "crm_pipeline_details_get").await;
    let pipeline = wire.replay(client(&wire).crm_pipeline_details_get().send().await);
    assert_eq!(pipeline.pipeline_name.as_deref(), Some("Sales"));
}

// TransactionalSMSApi.

fn assert_sms_counts(requests: Option<i64>, replied: Option<i64>) {
    assert_eq!((requests, replied), (Some(10), Some(2)));
}

#[tokio::test]
async fn get_sms_events() {
    let wire = WireTest::start("brevo", "get_sms_events").await;
    let page = wire.replay(
        client(&wire)
            .get_sms_events()
            .limit(20u64)
            .start_date("2026-11-01")
            .end_date("2026-11-30")
            .offset(40)
            .days(30)
            .phone_number("33689965433")
            .event(types::SmsEvent::Delivered)
            .tags(r#"["otp","login"]"#)
            .sort(SortOrder::Asc)
            .send()
            .await,
    );
    assert!(matches!(
        page.events[1].event,
        Some(Tolerant::Known(types::SmsEvent::Replies))
    ));
    assert_eq!(page.events[1].reply.as_deref(), Some("STOP"));
}

#[tokio::test]
async fn get_transac_aggregated_sms_report() {
    let wire = WireTest::start("brevo", "get_transac_aggregated_sms_report").await;
    let report = wire.replay(
        client(&wire)
            .get_transac_aggregated_sms_report()
            .start_date("2026-11-01")
            .end_date("2026-11-30")
            .days(30)
            .tag("otp")
            .send()
            .await,
    );
    assert_eq!(report.range.as_deref(), Some("2026-11-01|2026-11-30"));
    assert_sms_counts(report.requests, report.replied);
}

#[tokio::test]
async fn get_transac_sms_report() {
    let wire = WireTest::start("brevo", "get_transac_sms_report").await;
    let report = wire.replay(
        client(&wire)
            .get_transac_sms_report()
            .start_date("2026-11-01")
            .end_date("2026-11-02")
            .days(2)
            .tag("otp")
            .sort(SortOrder::Desc)
            .send()
            .await,
    );
    assert_eq!(report.reports[1].date.as_deref(), Some("2026-11-01"));
    assert_sms_counts(report.reports[1].requests, report.reports[1].replied);
}

#[tokio::test]
async fn send_transac_sms() {
    let wire = WireTest::start("brevo", "send_transac_sms").await;
    let sent = wire.replay(
        client(&wire)
            .send_transac_sms()
            .body_map(|b| {
                b.sender("MyShop")
                    .recipient("33689965433")
                    .content("Your code is 123456")
                    .type_(types::SmsType::Marketing)
                    .tag(Some(types::SmsTag::Several(vec![
                        "otp".into(),
                        "login".into(),
                    ])))
                    .web_url(Some("https://hooks.mycompany.com/sms".to_string()))
                    .unicode_enabled(true)
                    .organisation_prefix(Some("MyShop".to_string()))
            })
            .send()
            .await,
    );
    assert_eq!(sent.message_id, 1511882900176220);
    assert_eq!(sent.remaining_credits, Some(82.85));
}

#[tokio::test]
async fn send_transac_sms_sends_the_sdk_defaults() {
    // One tag as a string; type and unicodeEnabled always go out, as the
    // SDK's model fills them in.
    let wire = WireTest::start("brevo", "send_transac_sms__defaults").await;
    let sent = wire.replay(
        client(&wire)
            .send_transac_sms()
            .body_map(|b| {
                b.sender("MyShop")
                    .recipient("33689965433")
                    .content("Your code is 654321")
                    .tag(Some(types::SmsTag::One("otp".into())))
            })
            .send()
            .await,
    );
    assert_eq!(sent.reference, "ab1cde2fgh3i4jklmnp");
}

// SMSCampaignsApi.

fn sms_recipients() -> types::SmsCampaignRecipients {
    types::SmsCampaignRecipients {
        list_ids: vec![2, 5],
        exclusion_list_ids: vec![7],
    }
}

fn assert_sms_campaign(campaign: &types::GetSmsCampaign) {
    assert_eq!(campaign.id, 2);
    assert!(matches!(
        campaign.status,
        Tolerant::Known(types::SmsCampaignStatus::Sent)
    ));
    assert_eq!(campaign.recipients.exclusion_lists, [7]);
    assert_eq!(campaign.statistics.answered, 12);
}

#[tokio::test]
async fn create_sms_campaign() {
    let wire = WireTest::start("brevo", "create_sms_campaign").await;
    let created = wire.replay(
        client(&wire)
            .create_sms_campaign()
            .body_map(|b| {
                b.name("Black Friday")
                    .sender("MyShop")
                    .content("-30% on everything today only")
                    .recipients(Some(sms_recipients()))
                    .scheduled_at(Some("2026-11-27T08:00:00.000+01:00".to_string()))
                    .unicode_enabled(true)
                    .organisation_prefix(Some("MyShop".to_string()))
                    .unsubscribe_instruction(Some("STOP to 38999".to_string()))
            })
            .send()
            .await,
    );
    assert_eq!(created.id, 2);
}

#[tokio::test]
async fn delete_sms_campaign() {
    let wire = WireTest::start("brevo", "delete_sms_campaign").await;
    let response = client(&wire)
        .delete_sms_campaign()
        .campaign_id(2)
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn get_sms_campaign() {
    let wire = WireTest::start("brevo", "get_sms_campaign").await;
    let campaign = wire.replay(client(&wire).get_sms_campaign().campaign_id(2).send().await);
    assert_sms_campaign(&campaign);
}

#[tokio::test]
async fn get_sms_campaigns() {
    let wire = WireTest::start("brevo", "get_sms_campaigns").await;
    let page = wire.replay(
        client(&wire)
            .get_sms_campaigns()
            .status(types::SmsCampaignStatus::Sent)
            .start_date("2026-11-01T00:00:00.000Z")
            .end_date("2026-11-30T23:59:59.000Z")
            .limit(20u64)
            .offset(40)
            .sort(SortOrder::Asc)
            .send()
            .await,
    );
    assert_sms_campaign(&page.campaigns[0]);
    assert_eq!(page.count, Some(1));
}

#[tokio::test]
async fn request_sms_recipient_export() {
    let wire = WireTest::start("brevo", "request_sms_recipient_export").await;
    let process = wire.replay(
        client(&wire)
            .request_sms_recipient_export()
            .campaign_id(2)
            .body(types::RequestSmsRecipientExport {
                notify_url: Some("https://hooks.mycompany.com/export".into()),
                recipients_type: types::SmsRecipientsType::Answered,
            })
            .send()
            .await,
    );
    assert_eq!(process.process_id, 79);
}

#[tokio::test]
async fn request_sms_recipient_export_without_a_body_sends_none() {
    let wire = WireTest::start("brevo", "request_sms_recipient_export__no_body").await;
    let process = wire.replay(
        client(&wire)
            .request_sms_recipient_export()
            .campaign_id(2)
            .send()
            .await,
    );
    assert_eq!(process.process_id, 80);
}

#[tokio::test]
async fn send_sms_campaign_now() {
    let wire = WireTest::start("brevo", "send_sms_campaign_now").await;
    let response = client(&wire)
        .send_sms_campaign_now()
        .campaign_id(2)
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn send_sms_report() {
    let wire = WireTest::start("brevo", "send_sms_report").await;
    let response = client(&wire)
        .send_sms_report()
        .campaign_id(2)
        .body(types::SendReport {
            language: types::ReportLanguage::En,
            email: types::SendReportEmail {
                to: vec!["boss@mycompany.com".into(), "team@mycompany.com".into()],
                body: "Black Friday results".into(),
            },
        })
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn send_sms_report_sends_the_sdk_default_language() {
    let wire = WireTest::start("brevo", "send_sms_report__defaults").await;
    client(&wire)
        .send_sms_report()
        .campaign_id(2)
        .body_map(|b| {
            b.email(types::SendReportEmail {
                to: vec!["boss@mycompany.com".into()],
                body: "Results".into(),
            })
        })
        .send()
        .await
        .unwrap();
    wire.assert_request();
}

#[tokio::test]
async fn update_sms_campaign() {
    let wire = WireTest::start("brevo", "update_sms_campaign").await;
    let response = client(&wire)
        .update_sms_campaign()
        .campaign_id(2)
        .body_map(|b| {
            b.name(Some("Black Friday (2)".to_string()))
                .sender(Some("MyShop".parse().unwrap()))
                .content(Some("-40% today".to_string()))
                .recipients(Some(sms_recipients()))
                .scheduled_at(Some("2026-11-28T08:00:00.000+01:00".to_string()))
                .unicode_enabled(true)
                .organisation_prefix(Some("MyShop".to_string()))
                .unsubscribe_instruction(Some("STOP to 38999".to_string()))
        })
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn update_sms_campaign_sends_the_sdk_defaults() {
    // unicodeEnabled goes out (false) on every update, as the SDK sends it.
    let wire = WireTest::start("brevo", "update_sms_campaign__defaults").await;
    client(&wire)
        .update_sms_campaign()
        .campaign_id(2)
        .body_map(|b| b.name(Some("Renamed".to_string())))
        .send()
        .await
        .unwrap();
    wire.assert_request();
}

#[tokio::test]
async fn update_sms_campaign_status() {
    let wire = WireTest::start("brevo", "update_sms_campaign_status").await;
    let response = client(&wire)
        .update_sms_campaign_status()
        .campaign_id(2)
        .body(types::UpdateCampaignStatus {
            status: Some(types::CampaignStatusUpdate::Suspended),
        })
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

// InboundParsingApi and PaymentsApi.

const INBOUND_UUID: &str = "6b6c8a1e-3f2d-4c5b-9a8e-7d6c5b4a3f2e";

#[tokio::test]
async fn get_inbound_email_events() {
    let wire = WireTest::start("brevo", "get_inbound_email_events").await;
    let page = wire.replay(
        client(&wire)
            .get_inbound_email_events()
            .sender("john.smith@example.com")
            .start_date("2026-11-01")
            .end_date("2026-11-30")
            .limit(20u64)
            .offset(40)
            .sort(SortOrder::Asc)
            .send()
            .await,
    );
    assert_eq!(page.events[0].uuid, INBOUND_UUID);
}

#[tokio::test]
async fn get_inbound_email_events_by_uuid() {
    // `"deliveredAt": null` (not delivered yet) is None.
    let wire = WireTest::start("brevo", "get_inbound_email_events_by_uuid").await;
    let history = client(&wire)
        .get_inbound_email_events_by_uuid()
        .uuid(INBOUND_UUID)
        .send()
        .await
        .unwrap()
        .into_inner();
    wire.assert_request();
    assert_eq!(history.delivered_at, None);
    let mut sent = wire.response_body().clone();
    sent.as_object_mut().unwrap().remove("deliveredAt");
    vendor_clients_tests::assert_round_trip(&history, &sent);
    assert_eq!(history.attachments[0].content_length, Some(40960));
    assert!(matches!(
        history.logs[1].type_,
        Some(Tolerant::Known(types::InboundEventType::WebhookFailed))
    ));
}

#[tokio::test]
async fn create_payment_request() {
    let wire = WireTest::start("brevo", "create_payment_request").await;
    let created = wire.replay(
        client(&wire)
            .create_payment_request()
            .body(types::CreatePaymentRequest {
                reference: "Invoice #INV0001".into(),
                cart: types::Cart {
                    currency: types::PaymentCurrency::Eur,
                    specific_amount: 1200,
                },
                contact_id: 43,
                description: Some("Your November order".into()),
                notification: Some(types::PaymentNotification {
                    channel: types::PaymentNotificationChannel::Email,
                    text: "Thanks!".into(),
                }),
                configuration: Some(types::PaymentConfiguration {
                    custom_success_url: "https://mycompany.com/paid".into(),
                }),
            })
            .send()
            .await,
    );
    assert_eq!(created.id, 9001);
    assert_eq!(created.url.as_deref(), Some("https://pay.brevo.com/r/9001"));
}

#[tokio::test]
async fn delete_payment_request() {
    let wire = WireTest::start("brevo", "delete_payment_request").await;
    let response = client(&wire)
        .delete_payment_request()
        .id("9001")
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn get_payment_request() {
    // The SDK fails on this answer; the client decodes it.
    let wire = WireTest::start("brevo", "get_payment_request").await;
    let request = wire.replay(client(&wire).get_payment_request().id("9001").send().await);
    assert!(matches!(
        request.status,
        Tolerant::Known(types::PaymentRequestStatus::Paid)
    ));
    assert_eq!(request.cart.specific_amount, 1200);
    assert_eq!(
        request
            .configuration
            .map(|c| c.custom_success_url)
            .as_deref(),
        Some("https://mycompany.com/paid")
    );
}

// EventsApi and TransactionalWhatsAppApi.

#[tokio::test]
async fn create_event() {
    let wire = WireTest::start("brevo", "create_event").await;
    let response = client(&wire)
        .create_event()
        .body_map(|b| {
            b.event_name("video_played")
                .event_date(Some("2026-11-24T17:39:57+01:00".to_string()))
                .identifiers(types::EventIdentifiers {
                    email_id: Some("jane.doe@example.com".into()),
                    phone_id: Some("+33689965433".into()),
                    whatsapp_id: Some("+33689965433".into()),
                    landline_number_id: Some("+33144556677".into()),
                    ext_id: Some("crm-1042".into()),
                })
                .contact_properties(attributes(&[
                    ("FIRSTNAME", "Jane".into()),
                    ("AGE", 37.into()),
                ]))
                .event_properties(attributes(&[
                    ("video_title", "Brevo".into()),
                    ("duration", 142.into()),
                    ("autoplayed", false.into()),
                    ("tags", serde_json::json!([{"name": "crm"}])),
                ]))
        })
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn get_whatsapp_event_report() {
    let wire = WireTest::start("brevo", "get_whatsapp_event_report").await;
    let page = wire.replay(
        client(&wire)
            .get_whatsapp_event_report()
            .limit(20u64)
            .offset(40)
            .start_date("2026-11-01")
            .end_date("2026-11-30")
            .days(30)
            .contact_number("85264318721")
            .event(types::WhatsappEvent::SoftBounce)
            .sort(SortOrder::Asc)
            .send()
            .await,
    );
    assert!(matches!(
        page.events[0].event,
        Tolerant::Known(types::WhatsappEvent::SoftBounce)
    ));
    assert_eq!(page.events[1].body.as_deref(), Some("Thanks"));
}

#[tokio::test]
async fn send_whatsapp_message() {
    let wire = WireTest::start("brevo", "send_whatsapp_message").await;
    let sent = wire.replay(
        client(&wire)
            .send_whatsapp_message()
            .body(types::SendWhatsappMessage {
                template_id: Some(7),
                text: Some("Hello".into()),
                sender_number: "85264318700".into(),
                params: attributes(&[("FNAME", "Joe".into()), ("LNAME", "Doe".into())]),
                contact_numbers: vec!["85264318721".into(), "85264318722".into()],
            })
            .send()
            .await,
    );
    assert_eq!(sent.message_id, "wamid.HBgLOF");
}

// FilesApi.

const FILE_ID: &str = "6633a1b2c3d4e5f607182931";

#[tokio::test]
async fn crm_files_get() {
    let wire = WireTest::start("brevo", "crm_files_get").await;
    let files = wire.replay(
        client(&wire)
            .crm_files_get()
            .entity(types::CrmEntity::Deals)
            .entity_ids(DEAL_ID)
            .date_from(1_761_955_200_000i64)
            .date_to(1_764_547_199_000i64)
            .offset(0)
            .limit(10)
            .sort(SortOrder::Asc)
            .send()
            .await,
    );
    // The list itself, not an object holding it.
    assert_eq!(files[0].size, Some(40960));
}

#[tokio::test]
async fn crm_files_id_data_get() {
    let wire = WireTest::start("brevo", "crm_files_id_data_get").await;
    let file = wire.replay(
        client(&wire)
            .crm_files_id_data_get()
            .id(FILE_ID)
            .send()
            .await,
    );
    assert_eq!(file.name.as_deref(), Some("contract.pdf"));
    assert_eq!(file.deal_id.as_deref(), Some(DEAL_ID));
}

#[tokio::test]
async fn crm_files_id_delete() {
    let wire = WireTest::start("brevo", "crm_files_id_delete").await;
    let response = client(&wire)
        .crm_files_id_delete()
        .id(FILE_ID)
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn crm_files_id_get() {
    let wire = WireTest::start("brevo", "crm_files_id_get").await;
    let link = wire.replay(client(&wire).crm_files_id_get().id(FILE_ID).send().await);
    assert_eq!(link.file_url, "https://files.brevo.com/d/6633a1b2?sig=abc");
}

// ConversationsApi.

const MESSAGE_ID: &str = "pYJrxaBgP2dXcbP3S";
const VISITOR_ID: &str = "kZMvWhf8npAu3H6qd57w2Hv6nh6rnxvg";

fn assert_message(message: &types::ConversationsMessage) {
    assert_eq!(message.id.as_deref(), Some(MESSAGE_ID));
    assert!(matches!(
        message.type_,
        Some(Tolerant::Known(types::ConversationsAuthorType::Agent))
    ));
    assert_eq!(
        message
            .file
            .as_ref()
            .unwrap()
            .image_info
            .as_ref()
            .unwrap()
            .width,
        Some(800)
    );
    assert_eq!(message.to[0].email.as_deref(), Some("jane@example.com"));
    // A string in the SDK, a boolean here as Brevo sends it.
    assert_eq!(
        message.attachments[0].is_inline,
        Some(serde_json::json!(true))
    );
}

#[tokio::test]
async fn conversations_agent_online_ping_post() {
    let wire = WireTest::start("brevo", "conversations_agent_online_ping_post").await;
    let response = client(&wire)
        .conversations_agent_online_ping_post()
        .body(types::AgentOnlinePing {
            agent_id: Some("d9nKoegKSjmCtyK78".into()),
            received_from: Some("MyShop CRM".into()),
            agent_email: Some("liza@mycompany.com".into()),
            agent_name: Some("Liza".into()),
        })
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 201);
}

#[tokio::test]
async fn conversations_messages_id_delete() {
    let wire = WireTest::start("brevo", "conversations_messages_id_delete").await;
    let response = client(&wire)
        .conversations_messages_id_delete()
        .id(MESSAGE_ID)
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn conversations_messages_id_get() {
    let wire = WireTest::start("brevo", "conversations_messages_id_get").await;
    let message = wire.replay(
        client(&wire)
            .conversations_messages_id_get()
            .id(MESSAGE_ID)
            .send()
            .await,
    );
    assert_message(&message);
}

#[tokio::test]
async fn conversations_messages_id_put() {
    let wire = WireTest::start("brevo", "conversations_messages_id_put").await;
    let message = wire.replay(
        client(&wire)
            .conversations_messages_id_put()
            .id(MESSAGE_ID)
            .body(types::UpdateMessageText {
                text: "Hello again!".into(),
            })
            .send()
            .await,
    );
    assert_eq!(message.text.as_deref(), Some("Hello again!"));
}

#[tokio::test]
async fn conversations_messages_id_put_without_a_body_sends_none() {
    let wire = WireTest::start("brevo", "conversations_messages_id_put__no_body").await;
    let message = wire.replay(
        client(&wire)
            .conversations_messages_id_put()
            .id(MESSAGE_ID)
            .send()
            .await,
    );
    assert_message(&message);
}

#[tokio::test]
async fn conversations_messages_post() {
    let wire = WireTest::start("brevo", "conversations_messages_post").await;
    let message = wire.replay(
        client(&wire)
            .conversations_messages_post()
            .body(types::SendAgentMessage {
                visitor_id: VISITOR_ID.into(),
                text: "Hello! How can I help you?".into(),
                agent_id: Some("d9nKoegKSjmCtyK78".into()),
                received_from: Some("MyShop CRM".into()),
                agent_email: Some("liza@mycompany.com".into()),
                agent_name: Some("Liza".into()),
            })
            .send()
            .await,
    );
    assert_message(&message);
}

#[tokio::test]
async fn conversations_pushed_messages_id_delete() {
    let wire = WireTest::start("brevo", "conversations_pushed_messages_id_delete").await;
    let response = client(&wire)
        .conversations_pushed_messages_id_delete()
        .id(MESSAGE_ID)
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn conversations_pushed_messages_id_get() {
    let wire = WireTest::start("brevo", "conversations_pushed_messages_id_get").await;
    let message = wire.replay(
        client(&wire)
            .conversations_pushed_messages_id_get()
            .id(MESSAGE_ID)
            .send()
            .await,
    );
    assert_eq!(message.is_pushed, Some(true));
}

#[tokio::test]
async fn conversations_pushed_messages_id_put() {
    let wire = WireTest::start("brevo", "conversations_pushed_messages_id_put").await;
    let message = wire.replay(
        client(&wire)
            .conversations_pushed_messages_id_put()
            .id(MESSAGE_ID)
            .body(types::UpdateMessageText {
                text: "Shipped!".into(),
            })
            .send()
            .await,
    );
    assert_eq!(message.text.as_deref(), Some("Shipped!"));
}

#[tokio::test]
async fn conversations_pushed_messages_post() {
    let wire = WireTest::start("brevo", "conversations_pushed_messages_post").await;
    let message = wire.replay(
        client(&wire)
            .conversations_pushed_messages_post()
            .body(types::SendPushedMessage {
                visitor_id: VISITOR_ID.into(),
                text: "Your order has shipped".into(),
                agent_id: Some("d9nKoegKSjmCtyK78".into()),
                group_id: Some("PjRBMhWGen6aRHjif".into()),
            })
            .send()
            .await,
    );
    assert_eq!(message.is_pushed, Some(true));
}

// TierApi.

const GID: &str = "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b";
const TIER_ID: &str = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d";
const REWARD_ID: &str = "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e";

fn tier_conditions() -> Vec<types::TierRequestAccessConditions> {
    vec![types::TierRequestAccessConditions {
        balance_definition_id: Some(BDID.parse().unwrap()),
        minimum_value: Some(1000),
    }]
}

fn tier_rewards() -> Vec<types::TierRequestTierRewards> {
    vec![types::TierRequestTierRewards {
        reward_id: Some(REWARD_ID.parse().unwrap()),
    }]
}

fn assert_tier(tier: &types::Tier) {
    assert_eq!(tier.tier_id.as_deref(), Some(TIER_ID));
    assert_eq!(tier.access_conditions[0].minimum_value, Some(1000));
    assert_eq!(tier.tier_rewards[0].reward_id.as_deref(), Some(REWARD_ID));
}

fn assert_tier_group(group: &types::TierGroup) {
    assert_eq!(group.id.as_deref(), Some(GID));
    assert_eq!(group.tier_order, [TIER_ID]);
}

#[tokio::test]
async fn add_subscription_to_tier() {
    let wire = WireTest::start("brevo", "add_subscription_to_tier").await;
    let assigned = wire.replay(
        client(&wire)
            .add_subscription_to_tier()
            .pid(PID)
            .cid("2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f")
            .tid(TIER_ID)
            .send()
            .await,
    );
    assert_eq!(assigned.contact_id, Some(1042));
    assert_eq!(assigned.meta["source"], "manual");
}

#[tokio::test]
async fn create_tier_for_tier_group() {
    let wire = WireTest::start("brevo", "create_tier_for_tier_group").await;
    let tier = wire.replay(
        client(&wire)
            .create_tier_for_tier_group()
            .pid(PID)
            .gid(GID)
            .body(types::TierRequest {
                name: "Gold".into(),
                image_ref: Some("https://img.example.com/gold.png".into()),
                access_conditions: tier_conditions(),
                tier_rewards: tier_rewards(),
            })
            .send()
            .await,
    );
    assert_tier(&tier);
}

#[tokio::test]
async fn create_tier_group() {
    let wire = WireTest::start("brevo", "create_tier_group").await;
    let group = wire.replay(
        client(&wire)
            .create_tier_group()
            .pid(PID)
            .body(types::CreateTierGroupRequest {
                name: "Status".into(),
                upgrade_strategy: types::TierStrategy::RealTime,
                downgrade_strategy: types::TierStrategy::MembershipAnniversary,
                tier_order: vec![TIER_ID.into()],
            })
            .send()
            .await,
    );
    assert_tier_group(&group);
}

#[tokio::test]
async fn create_tier_group_sends_the_sdk_defaults() {
    // Both strategies go out as real_time, as the SDK's model fills them in.
    let wire = WireTest::start("brevo", "create_tier_group__defaults").await;
    let group = wire.replay(
        client(&wire)
            .create_tier_group()
            .pid(PID)
            .body_map(|b| b.name("Status"))
            .send()
            .await,
    );
    assert_tier_group(&group);
}

#[tokio::test]
async fn delete_tier() {
    let wire = WireTest::start("brevo", "delete_tier").await;
    let response = client(&wire)
        .delete_tier()
        .pid(PID)
        .tid(TIER_ID)
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn delete_tier_group() {
    let wire = WireTest::start("brevo", "delete_tier_group").await;
    let response = client(&wire)
        .delete_tier_group()
        .pid(PID)
        .gid(GID)
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn get_list_of_tier_groups() {
    let wire = WireTest::start("brevo", "get_list_of_tier_groups").await;
    let page = wire.replay(
        client(&wire)
            .get_list_of_tier_groups()
            .pid(PID)
            .version(BalanceDefinitionVersion::Active)
            .send()
            .await,
    );
    assert_tier_group(&page.items[0]);
    assert!(matches!(
        page.items[0].downgrade_strategy,
        Some(Tolerant::Known(types::TierStrategy::MembershipAnniversary))
    ));
}

#[tokio::test]
async fn get_loyalty_program_tier() {
    let wire = WireTest::start("brevo", "get_loyalty_program_tier").await;
    let page = wire.replay(
        client(&wire)
            .get_loyalty_program_tier()
            .pid(PID)
            .version(BalanceDefinitionVersion::Draft)
            .send()
            .await,
    );
    assert_tier(&page.items[0]);
}

#[tokio::test]
async fn get_tier_group() {
    let wire = WireTest::start("brevo", "get_tier_group").await;
    let group = wire.replay(
        client(&wire)
            .get_tier_group()
            .pid(PID)
            .gid(GID)
            .version(BalanceDefinitionVersion::Active)
            .send()
            .await,
    );
    assert_tier_group(&group);
}

#[tokio::test]
async fn update_tier() {
    let wire = WireTest::start("brevo", "update_tier").await;
    let tier = wire.replay(
        client(&wire)
            .update_tier()
            .pid(PID)
            .tid(TIER_ID)
            .body(types::TierRequestPutPayload {
                name: "Gold+".into(),
                image_ref: Some("https://img.example.com/gold2.png".into()),
                access_conditions: tier_conditions(),
                tier_rewards: tier_rewards(),
            })
            .send()
            .await,
    );
    assert_eq!(tier.name.as_deref(), Some("Gold+"));
}

#[tokio::test]
async fn update_tier_group() {
    let wire = WireTest::start("brevo", "update_tier_group").await;
    let group = wire.replay(
        client(&wire)
            .update_tier_group()
            .pid(PID)
            .gid(GID)
            .body(types::UpdateTierGroupRequest {
                name: "Status".into(),
                tier_order: vec![TIER_ID.parse().unwrap()],
                upgrade_strategy: types::TierStrategy::TierAnniversary,
                downgrade_strategy: types::TierStrategy::RealTime,
            })
            .send()
            .await,
    );
    assert!(matches!(
        group.upgrade_strategy,
        Some(Tolerant::Known(types::TierStrategy::TierAnniversary))
    ));
}

// ProgramApi.

fn assert_program(program: &types::LoyaltyProgram) {
    assert_eq!(program.id.as_deref(), Some(PID));
    assert!(matches!(
        program.state,
        Some(Tolerant::Known(types::ProgramState::Active))
    ));
    assert_eq!(program.meta["brand"], "MyShop");
}

fn brand() -> serde_json::Map<String, serde_json::Value> {
    meta("brand", "MyShop")
}

#[tokio::test]
async fn create_new_lp() {
    let wire = WireTest::start("brevo", "create_new_lp").await;
    let program = wire.replay(
        client(&wire)
            .create_new_lp()
            .body_map(|b| {
                b.description(Some("Points on every purchase".parse().unwrap()))
                    .document_id(Some("doc-7".to_string()))
                    .meta(brand())
                    .name("MyShop Rewards")
            })
            .send()
            .await,
    );
    assert_program(&program);
}

#[tokio::test]
async fn delete_contact_members() {
    let wire = WireTest::start("brevo", "delete_contact_members").await;
    let response = client(&wire)
        .delete_contact_members()
        .pid(PID)
        .member_contact_ids("1043,1044")
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn delete_loyalty_program() {
    let wire = WireTest::start("brevo", "delete_loyalty_program").await;
    let response = client(&wire)
        .delete_loyalty_program()
        .pid(PID)
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn get_loyalty_program_info() {
    let wire = WireTest::start("brevo", "get_loyalty_program_info").await;
    let program = wire.replay(
        client(&wire)
            .get_loyalty_program_info()
            .pid(PID)
            .send()
            .await,
    );
    assert_program(&program);
}

#[tokio::test]
async fn get_lp_list() {
    let wire = WireTest::start("brevo", "get_lp_list").await;
    let page = wire.replay(
        client(&wire)
            .get_lp_list()
            .limit(20)
            .offset(40)
            .sort_field(SortField::CreatedAt)
            .sort(SortOrder::Asc)
            .send()
            .await,
    );
    assert_program(&page.items[0]);
}

#[tokio::test]
async fn get_parameter_subscription_info() {
    let wire = WireTest::start("brevo", "get_parameter_subscription_info").await;
    let info = wire.replay(
        client(&wire)
            .get_parameter_subscription_info()
            .pid(PID)
            .contact_id("1042")
            .params("balance,tier")
            .loyalty_subscription_id("sub-77")
            .send()
            .await,
    );
    assert_eq!(info.balance["contactId"], 1042);
    assert_eq!(info.members[0].member_contact_id, Some(1043));
    assert_eq!(info.reward[0].code.as_deref(), Some("GOLD-10"));
    assert_eq!(info.tier[0].tier_id.as_deref(), Some(TIER_ID));
}

#[tokio::test]
async fn partially_update_loyalty_program() {
    let wire = WireTest::start("brevo", "partially_update_loyalty_program").await;
    let program = wire.replay(
        client(&wire)
            .partially_update_loyalty_program()
            .pid(PID)
            .body(types::PatchLoyaltyProgramPayload {
                name: Some("MyShop Rewards+".into()),
                description: Some("More points".into()),
                meta: brand(),
            })
            .send()
            .await,
    );
    assert_eq!(program.name.as_deref(), Some("MyShop Rewards+"));
}

#[tokio::test]
async fn publish_loyalty_program() {
    // A 200 with no body.
    let wire = WireTest::start("brevo", "publish_loyalty_program").await;
    let response = client(&wire)
        .publish_loyalty_program()
        .pid(PID)
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 200);
}

#[tokio::test]
async fn subscribe_member_to_a_subscription() {
    let wire = WireTest::start("brevo", "subscribe_member_to_a_subscription").await;
    let members = wire.replay(
        client(&wire)
            .subscribe_member_to_a_subscription()
            .pid(PID)
            .body_map(|b| {
                b.contact_id(std::num::NonZeroU64::new(1042))
                    .loyalty_subscription_id(Some("sub-77".parse().unwrap()))
                    .member_contact_ids(vec![
                        std::num::NonZeroU64::new(1043).unwrap(),
                        std::num::NonZeroU64::new(1044).unwrap(),
                    ])
            })
            .send()
            .await,
    );
    assert_eq!(members.member_contact_ids, [1043, 1044]);
}

#[tokio::test]
async fn subscribe_to_loyalty_program() {
    let wire = WireTest::start("brevo", "subscribe_to_loyalty_program").await;
    let subscription = wire.replay(
        client(&wire)
            .subscribe_to_loyalty_program()
            .pid(PID)
            .body_map(|b| {
                b.contact_id(std::num::NonZeroU64::new(1042).unwrap())
                    .creation_date(Some("2026-11-01T00:00:00Z".to_string()))
                    .loyalty_subscription_id(Some("sub-77".parse().unwrap()))
            })
            .send()
            .await,
    );
    assert_eq!(subscription.version_id, Some(1));
}

#[tokio::test]
async fn update_loyalty_program() {
    let wire = WireTest::start("brevo", "update_loyalty_program").await;
    let program = wire.replay(
        client(&wire)
            .update_loyalty_program()
            .pid(PID)
            .body(types::UpdateLoyaltyProgramPayload {
                name: "MyShop Rewards".into(),
                description: Some("Points on every purchase".into()),
                meta: brand(),
            })
            .send()
            .await,
    );
    assert_program(&program);
}

#[path = "brevo/brevo_c.rs"]
mod brevo_c;

#[path = "brevo/brevo_b.rs"]
mod brevo_b;
#[path = "brevo/mechanisms.rs"]
mod mechanisms;

#[path = "brevo/brevo_a.rs"]
mod brevo_a;
