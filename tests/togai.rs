//! Togai, every API class of togai_client (2022-09-30): each operation sends
//! what the SDK sends (fixtures/togai, captured by capture/togai.py) and
//! decodes a realistic response.

use std::collections::HashMap;
use std::num::NonZeroU32;

use vendor_clients::togai::types::{
    BundleRateStrategy, BundleStrategy, BundleStrategyUsageMetersValue, PricePlanType, RateCard,
    RateCardBundle, RateCardUsage, RateCardUsageValue, SlabStrategy, Status, UsageRateStrategy,
    UsageStrategy,
};
use vendor_clients::togai::{Client, ConfigProblem, DEFAULT_BASE_URL, ErrorKind, types};
use vendor_clients_core::Tolerant;
use vendor_clients_tests::{
    ErrorPaths, MARKER, Target, WireTest, assert_error_paths, assert_round_trip,
};

// The token and ids the capture script gave the SDK.
const TOKEN: &str = "test-bearer-token";
const CUSTOMER: &str = "01BX5ZZKBKACTAV9WEVGEMMVRZ";
const ACCOUNT: &str = "acc-7f3a";
const PLAN: &str = "growth-2022";
const SCHEMA: &str = "rides";
const METER: &str = "ride-distance";
const EVENT_ID: &str = "f4a52f2d-b798-4e08-8b24-db0a5a468ba3";
const OTHER_EVENT_ID: &str = "0b1c6f52-3f7e-4b8e-9a55-0d6e2f7f8c11";
const ADDRESS: &str = "Acme Europe GmbH, Friedrichstrasse 123, 10117 Berlin, Germany";

fn client(wire: &WireTest) -> Client {
    Client::builder(TOKEN)
        .base_url(wire.base_url())
        .build()
        .unwrap()
}

fn order(n: u32) -> NonZeroU32 {
    NonZeroU32::new(n).unwrap()
}

/// The whole RateCard tree, every field set, as the capture script sends it.
fn rate_card() -> RateCard {
    RateCard {
        type_: Tolerant::Known(PricePlanType::Usage),
        usage_config: Some(RateCardUsage(HashMap::from([(
            "api_calls".to_string(),
            RateCardUsageValue {
                name: "API calls".into(),
                rate_strategy: Tolerant::Known(UsageRateStrategy::PerUnit),
                slab_strategy: Tolerant::Known(SlabStrategy::Tier),
                slabs: vec![
                    UsageStrategy {
                        rate: 0.5,
                        start_after: 0.0,
                        order: order(1),
                    },
                    UsageStrategy {
                        rate: 0.25,
                        start_after: 1000.0,
                        order: order(2),
                    },
                ],
            },
        )]))),
        bundle_config: Some(RateCardBundle {
            rate_strategy: Tolerant::Known(BundleRateStrategy::Flat),
            slab_strategy: Tolerant::Known(SlabStrategy::Tier),
            bundles: vec![BundleStrategy {
                name: "Starter".parse().unwrap(),
                rate: 49.0,
                order: order(1),
                usage_meters: HashMap::from([(
                    "api_calls".to_string(),
                    BundleStrategyUsageMetersValue { start_after: 500.0 },
                )]),
            }],
        }),
    }
}

fn assert_account(account: &types::Account) {
    assert_eq!(account.id, ACCOUNT);
    assert!(matches!(account.status, Tolerant::Known(Status::Active)));
}

#[tokio::test]
async fn add_aliases() {
    let wire = WireTest::start("togai", "add_aliases").await;
    let account = wire.replay(
        client(&wire)
            .add_aliases()
            .customer_id(CUSTOMER)
            .account_id(ACCOUNT)
            .body_map(|b| {
                b.aliases(vec![
                    "acme-eu".parse().unwrap(),
                    "acme-emea".parse().unwrap(),
                ])
            })
            .send()
            .await,
    );
    assert_account(&account);
    assert_eq!(account.aliases[1].alias.as_deref(), Some("acme-old"));
}

#[tokio::test]
async fn associate_price_plan() {
    let wire = WireTest::start("togai", "associate_price_plan").await;
    let response = client(&wire)
        .associate_price_plan()
        .customer_id(CUSTOMER)
        .account_id(ACCOUNT)
        .body_map(|b| {
            b.price_plan_name("growth-2022")
                .effective_from(chrono::NaiveDate::from_ymd_opt(2022, 10, 1))
                .effective_until(chrono::NaiveDate::from_ymd_opt(2023, 9, 30))
                .rate_card_override(Some(rate_card()))
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    // The full RateCard tree, as the SDK serialised it.
    wire.assert_request();
    assert_round_trip(&response, wire.response_body());
    let schedule = &response.pricing_schedules[0];
    assert_eq!(
        schedule.start_date.to_rfc3339(),
        "2022-10-01T00:00:00+00:00"
    );
    let usage = &schedule
        .override_
        .as_ref()
        .unwrap()
        .usage_config
        .as_ref()
        .unwrap()["api_calls"];
    assert_eq!(usage.slabs[1].start_after, 1000.0);
}

#[tokio::test]
async fn create_account() {
    let wire = WireTest::start("togai", "create_account").await;
    let response = client(&wire)
        .create_account()
        .customer_id(CUSTOMER)
        .body_map(|b| {
            b.id(ACCOUNT).name("Acme Europe").aliases(vec![
                "acme-eu".parse().unwrap(),
                "acme-old".parse().unwrap(),
            ])
        })
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 201);
    let account = response.into_inner();
    assert_round_trip(&account, wire.response_body());
    assert_account(&account);
}

#[tokio::test]
async fn delete_account() {
    let wire = WireTest::start("togai", "delete_account").await;
    let response = client(&wire)
        .delete_account()
        .customer_id(CUSTOMER)
        .account_id(ACCOUNT)
        .send()
        .await
        .unwrap()
        .into_inner();
    wire.assert_request();
    assert!(response.success);
}

#[tokio::test]
async fn get_account() {
    let wire = WireTest::start("togai", "get_account").await;
    let account = wire.replay(
        client(&wire)
            .get_account()
            .customer_id(CUSTOMER)
            .account_id(ACCOUNT)
            .send()
            .await,
    );
    assert_account(&account);
}

#[tokio::test]
async fn path_ids_are_percent_encoded_like_the_sdk() {
    let wire = WireTest::start("togai", "get_account__encoded").await;
    client(&wire)
        .get_account()
        .customer_id("cust 1/2")
        .account_id("a?b#c%d")
        .send()
        .await
        .unwrap();
    wire.assert_request();
}

#[tokio::test]
async fn get_accounts() {
    let wire = WireTest::start("togai", "get_accounts").await;
    let page = wire.replay(
        client(&wire)
            .get_accounts()
            .customer_id(CUSTOMER)
            .next_token("eyJsYXN0SXRlbUlkIjogImFjYy03ZjNhIn0=")
            .page_size("10")
            .send()
            .await,
    );
    // A string in the query, an integer in the response.
    assert_eq!(page.context.as_ref().unwrap().page_size, Some(10));
    assert_eq!(
        page.next_token.as_deref(),
        Some("eyJsYXN0SXRlbUlkIjogImFjYy05OTkifQ==")
    );
}

#[tokio::test]
async fn remove_aliases() {
    let wire = WireTest::start("togai", "remove_aliases").await;
    let account = wire.replay(
        client(&wire)
            .remove_aliases()
            .customer_id(CUSTOMER)
            .account_id(ACCOUNT)
            .body_map(|b| b.aliases(vec!["acme-old".parse().unwrap()]))
            .send()
            .await,
    );
    assert_eq!(account.aliases.len(), 1);
}

#[tokio::test]
async fn update_account() {
    let wire = WireTest::start("togai", "update_account").await;
    let account = wire.replay(
        client(&wire)
            .update_account()
            .customer_id(CUSTOMER)
            .account_id(ACCOUNT)
            .body_map(|b| b.name(Some("Acme Europe GmbH".parse().unwrap())))
            .send()
            .await,
    );
    assert_eq!(account.name, "Acme Europe GmbH");
}

#[tokio::test]
async fn get_accounts_without_paging_sends_no_query() {
    let wire = WireTest::start("togai", "get_accounts__no_paging").await;
    wire.replay(
        client(&wire)
            .get_accounts()
            .customer_id(CUSTOMER)
            .send()
            .await,
    );
}

#[tokio::test]
async fn associate_price_plan_with_only_the_plan_name() {
    let wire = WireTest::start("togai", "associate_price_plan__required_only").await;
    wire.replay(
        client(&wire)
            .associate_price_plan()
            .customer_id(CUSTOMER)
            .account_id(ACCOUNT)
            .body_map(|b| b.price_plan_name("growth-2022"))
            .send()
            .await,
    );
}

#[tokio::test]
async fn strategies_default_like_the_sdk() {
    // Left out, slabStrategy goes out as TIER and the bundle rateStrategy as
    // FLAT: the SDK's defaults.
    let wire = WireTest::start("togai", "associate_price_plan__sdk_defaults").await;
    let usage = types::RateCardUsageValue::builder()
        .name("API calls")
        .rate_strategy(Tolerant::Known(UsageRateStrategy::Flat))
        .slabs(vec![UsageStrategy {
            rate: 10.0,
            start_after: 0.0,
            order: order(1),
        }]);
    let bundle = types::RateCardBundle::builder().bundles(vec![BundleStrategy {
        name: "Starter".parse().unwrap(),
        rate: 49.0,
        order: order(1),
        usage_meters: HashMap::new(),
    }]);
    let card = RateCard {
        type_: Tolerant::Known(PricePlanType::Bundle),
        usage_config: Some(RateCardUsage(HashMap::from([(
            "api_calls".to_string(),
            usage.try_into().unwrap(),
        )]))),
        bundle_config: Some(bundle.try_into().unwrap()),
    };
    wire.replay(
        client(&wire)
            .associate_price_plan()
            .customer_id(CUSTOMER)
            .account_id(ACCOUNT)
            .body_map(|b| {
                b.price_plan_name("growth-2022")
                    .rate_card_override(Some(card))
            })
            .send()
            .await,
    );
}

#[tokio::test]
async fn documented_errors_decode_into_error_response() {
    let wire = WireTest::start("togai", "get_account__not_found").await;
    let error = wire.replay_error(
        client(&wire)
            .get_account()
            .customer_id(CUSTOMER)
            .account_id(ACCOUNT)
            .send()
            .await,
    );
    assert_eq!(error.error_body().unwrap().message, "Account not found");
}

#[tokio::test]
async fn new_values_and_fields_still_decode() {
    // Togai's spec says additionalProperties: false; the client tolerates more.
    let server = vendor_clients_tests::answering(
        200,
        r#"{"id": "a", "name": "abc", "status": "SUSPENDED", "aliases": [], "region": "eu"}"#,
    )
    .await;
    let account = Client::builder(TOKEN)
        .base_url(server.base_url())
        .build()
        .unwrap()
        .get_account()
        .customer_id(CUSTOMER)
        .account_id(ACCOUNT)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert!(matches!(account.status, Tolerant::Other(ref s) if s == "SUSPENDED"));
}

#[tokio::test]
async fn requests_are_checked_before_sending() {
    let server = vendor_clients_tests::answering(200, "{}").await;
    let client = Client::builder(TOKEN)
        .base_url(server.base_url())
        .build()
        .unwrap();
    // Path ids are at most 50 characters.
    let error = client
        .get_account()
        .customer_id("c".repeat(51))
        .account_id(ACCOUNT)
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidRequest, "{error:?}");
    // Aliases are 3 to 50 characters.
    assert!("ab".parse::<types::Alias>().is_err());

    // At most 10 aliases. (None is no list at all: the field is left out.)
    let alias = |i: usize| format!("alias-{i}").parse::<types::Alias>().unwrap();
    for count in [11, 25] {
        let error = client
            .add_aliases()
            .customer_id(CUSTOMER)
            .account_id(ACCOUNT)
            .body_map(|b| b.aliases((0..count).map(alias).collect::<Vec<_>>()))
            .send()
            .await
            .unwrap_err();
        assert_eq!(error.kind(), ErrorKind::InvalidRequest, "{error:?}");
        assert!(
            error
                .to_string()
                .ends_with("body.aliases must have 1 to 10 items"),
            "{error}"
        );
    }
    // A bundle's order is 1 to 10, deep in the rate card.
    let mut card = rate_card();
    card.bundle_config.as_mut().unwrap().bundles[0].order = order(11);
    let error = client
        .associate_price_plan()
        .customer_id(CUSTOMER)
        .account_id(ACCOUNT)
        .body_map(|b| {
            b.price_plan_name("growth-2022")
                .rate_card_override(Some(card))
        })
        .send()
        .await
        .unwrap_err();
    assert!(
        error.to_string().ends_with(
            "body.rate_card_override.bundle_config.bundles[0].order must be an integer from 1 to 10"
        ),
        "{error}"
    );
    assert_eq!(error.kind(), ErrorKind::InvalidRequest, "nothing was sent");
}

#[tokio::test]
async fn error_paths() {
    let not_found = format!(r#"{{"message":"Account {MARKER} not found"}}"#);
    let paths = ErrorPaths {
        base_path: "",
        secrets: &[TOKEN],
        documented_error: Some((404, &not_found)),
    };
    assert_error_paths(paths, |target: Target| async move {
        let client = Client::builder(TOKEN)
            .base_url(target.base_url)
            .timeout(target.timeout)
            .retry_config(target.retry)
            .build()
            .unwrap();
        client
            .get_account()
            .customer_id(CUSTOMER)
            .account_id(MARKER)
            .send()
            .await
    })
    .await;
}

#[test]
fn debug_output_never_shows_the_token() {
    assert_eq!(DEFAULT_BASE_URL, "https://sandbox-api.togai.com");
    let client = Client::builder(TOKEN).build().unwrap();
    let shown = format!("{client:?}");
    assert!(!shown.contains(TOKEN), "{shown}");
    let err = Client::builder("").build().unwrap_err();
    assert!(
        matches!(
            err.problem(),
            ConfigProblem::EmptyCredential {
                header: "Authorization"
            }
        ),
        "{err}"
    );
}

#[test]
fn a_builders_debug_shows_no_argument() {
    let client = Client::builder("tok").build().unwrap();
    let builder = client
        .get_accounts()
        .customer_id("cust-SECRET-1")
        .next_token("NEXTTOK");
    let shown = format!("{builder:?}");
    assert_eq!(shown, "GetAccounts { .. }");
}

/// A tolerant enum field's schema (the runtime's `Tolerant`, which derives
/// `JsonSchema` with the runtime's `schemars` feature) takes the documented
/// values or any string.
#[test]
fn tolerant_fields_have_json_schemas() {
    let schema = vendor_clients::togai::schemars::schema_for!(types::Account);
    let json = serde_json::to_value(&schema).unwrap();
    let tolerant = &json["definitions"]["Tolerant_for_Status"]["anyOf"];
    assert_eq!(
        json["properties"]["status"]["allOf"][0]["$ref"], "#/definitions/Tolerant_for_Status",
        "{json}"
    );
    assert_eq!(
        tolerant[0]["allOf"][0]["$ref"], "#/definitions/Status",
        "{json}"
    );
    assert_eq!(tolerant[1]["type"], "string", "{json}");
    assert_eq!(
        json["definitions"]["Status"]["enum"],
        serde_json::json!(["ACTIVE", "ARCHIVED"]),
        "{json}"
    );
}

// CustomersApi

#[tokio::test]
async fn create_customer() {
    let wire = WireTest::start("togai", "create_customer").await;
    let account = types::CreateAccountRequest {
        id: ACCOUNT.parse().unwrap(),
        name: "Acme Europe".parse().unwrap(),
        aliases: vec!["acme-eu".parse().unwrap()],
    };
    let response = client(&wire)
        .create_customer()
        .body_map(|b| {
            b.id(CUSTOMER)
                .name("Acme Corp")
                .primary_email("billing@acme.example")
                .billing_address(ADDRESS)
                .account(Some(account))
        })
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 201);
    let customer = response.into_inner();
    assert_round_trip(&customer, wire.response_body());
    assert_account(customer.account.as_ref().unwrap());
}

#[tokio::test]
async fn create_customer_without_an_account() {
    // No account: the field is left out, not sent as null.
    let wire = WireTest::start("togai", "create_customer__required_only").await;
    let customer = wire.replay(
        client(&wire)
            .create_customer()
            .body_map(|b| {
                b.id(CUSTOMER)
                    .name("Acme Corp")
                    .primary_email("billing@acme.example")
                    .billing_address(ADDRESS)
            })
            .send()
            .await,
    );
    assert!(customer.account.is_none());
}

#[tokio::test]
async fn delete_customer() {
    let wire = WireTest::start("togai", "delete_customer").await;
    let response = wire.replay(
        client(&wire)
            .delete_customer()
            .customer_id(CUSTOMER)
            .send()
            .await,
    );
    assert!(response.success);
}

#[tokio::test]
async fn delete_customer_not_found() {
    let wire = WireTest::start("togai", "delete_customer__not_found").await;
    let error = wire.replay_error(
        client(&wire)
            .delete_customer()
            .customer_id(CUSTOMER)
            .send()
            .await,
    );
    assert_eq!(error.error_body().unwrap().message, "Customer not found");
}

#[tokio::test]
async fn get_customer() {
    let wire = WireTest::start("togai", "get_customer").await;
    let customer = wire.replay(
        client(&wire)
            .get_customer()
            .customer_id(CUSTOMER)
            .send()
            .await,
    );
    assert!(matches!(customer.status, Tolerant::Known(Status::Active)));
    assert_eq!(
        customer.updated_at.to_rfc3339(),
        "2022-09-30T11:20:00+00:00"
    );
}

#[tokio::test]
async fn get_customer_encodes_its_id() {
    let wire = WireTest::start("togai", "get_customer__encoded").await;
    wire.replay(
        client(&wire)
            .get_customer()
            .customer_id("cust 1/2")
            .send()
            .await,
    );
}

#[tokio::test]
async fn get_customers() {
    let wire = WireTest::start("togai", "get_customers").await;
    let page = wire.replay(
        client(&wire)
            .get_customers()
            .next_token("eyJsYXN0SXRlbUlkIjogImN1c3QtMSJ9")
            .page_size("10")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, CUSTOMER);
    assert_eq!(
        page.next_token.as_deref(),
        Some("eyJsYXN0SXRlbUlkIjogImN1c3QtOSJ9")
    );
}

#[tokio::test]
async fn get_customers_last_page() {
    // No paging arguments: no query string; the last page has no nextToken.
    let wire = WireTest::start("togai", "get_customers__last_page").await;
    let page = wire.replay(client(&wire).get_customers().send().await);
    assert_eq!(page.next_token, None);
}

#[tokio::test]
async fn update_customer() {
    let wire = WireTest::start("togai", "update_customer").await;
    let customer = wire.replay(
        client(&wire)
            .update_customer()
            .customer_id(CUSTOMER)
            .body_map(|b| {
                b.name(Some("Acme Corporation".parse().unwrap()))
                    .primary_email(Some("finance@acme.example".parse().unwrap()))
                    .billing_address(Some(ADDRESS.parse().unwrap()))
            })
            .send()
            .await,
    );
    assert_eq!(customer.name, "Acme Corporation");
}

#[tokio::test]
async fn customer_fields_are_checked_before_sending() {
    let server = vendor_clients_tests::answering(201, "{}").await;
    let client = Client::builder(TOKEN)
        .base_url(server.base_url())
        .build()
        .unwrap();
    // Togai's (and the SDK's) limits: a billing address of 50 to 1000
    // characters, a name of 3 to 255, an id of at most 50.
    assert!("Short street 1".parse::<types::BillingAddress>().is_err());
    assert!("ab".parse::<types::CustomerName>().is_err());
    let error = client
        .create_customer()
        .body_map(|b| {
            b.id("c".repeat(51))
                .name("Acme Corp")
                .primary_email("billing@acme.example")
                .billing_address(ADDRESS)
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidRequest, "{error:?}");
}

// PricePlansApi

fn pricing_cycle() -> types::PricingCycle {
    types::PricingCycle {
        interval: Tolerant::Known(types::PricingInterval::Quarterly),
        start_type: Tolerant::Known(types::CycleStartType::Static),
        start_offset: types::PricingCycleStartOffset {
            day_offset: "15".into(),
            month_offset: "LAST".into(),
        },
        grace_period: 3,
    }
}

fn assert_price_plan(plan: &types::PricePlan) {
    assert_eq!(plan.pricing_cycle, pricing_cycle());
    let card = plan.pricing_schedule[0].rate_payload.as_ref().unwrap();
    assert_eq!(card, &rate_card());
}

#[tokio::test]
async fn activate_price_plan() {
    let wire = WireTest::start("togai", "activate_price_plan").await;
    let plan = wire.replay(
        client(&wire)
            .activate_price_plan()
            .price_plan_name(PLAN)
            .send()
            .await,
    );
    assert!(matches!(
        plan.status,
        Tolerant::Known(types::PlanStatus::Active)
    ));
}

#[tokio::test]
async fn create_price_plan() {
    let wire = WireTest::start("togai", "create_price_plan").await;
    let plan = wire.replay(
        client(&wire)
            .create_price_plan()
            .body_map(|b| {
                b.name(PLAN)
                    .description(Some("Growth plan, 2022".parse().unwrap()))
                    .pricing_cycle(pricing_cycle())
                    .rate_card(rate_card())
            })
            .send()
            .await,
    );
    assert_price_plan(&plan);
    assert!(matches!(
        plan.status,
        Tolerant::Known(types::PlanStatus::Draft)
    ));
}

#[tokio::test]
async fn create_price_plan_sends_the_sdk_default_start_type() {
    // startType left unset goes out as STATIC, as the SDK sends it.
    let wire = WireTest::start("togai", "create_price_plan__sdk_defaults").await;
    let cycle = types::PricingCycle::builder()
        .interval(Tolerant::Known(types::PricingInterval::Monthly))
        .start_offset(types::PricingCycleStartOffset {
            day_offset: "LAST".into(),
            month_offset: "1".into(),
        })
        .grace_period(0);
    let card = RateCard {
        type_: Tolerant::Known(PricePlanType::Usage),
        usage_config: None,
        bundle_config: None,
    };
    wire.replay(
        client(&wire)
            .create_price_plan()
            .body_map(|b| {
                b.name("Rides - pro plan")
                    .pricing_cycle(cycle)
                    .rate_card(card)
            })
            .send()
            .await,
    );
}

#[tokio::test]
async fn get_price_plan() {
    let wire = WireTest::start("togai", "get_price_plan").await;
    let plan = wire.replay(
        client(&wire)
            .get_price_plan()
            .price_plan_name(PLAN)
            .send()
            .await,
    );
    assert_price_plan(&plan);
}

#[tokio::test]
async fn get_price_plan_encodes_its_name() {
    let wire = WireTest::start("togai", "get_price_plan__encoded").await;
    wire.replay(
        client(&wire)
            .get_price_plan()
            .price_plan_name("Rides - pro plan")
            .send()
            .await,
    );
}

#[tokio::test]
async fn get_price_plans() {
    let wire = WireTest::start("togai", "get_price_plans").await;
    let page = wire.replay(
        client(&wire)
            .get_price_plans()
            .next_token("eyJsYXN0SXRlbUlkIjogImdyb3d0aC0yMDIyIn0=")
            .page_size("10")
            .send()
            .await,
    );
    assert_eq!(page.data[0].usage_meters, ["api_calls"]);
    assert_eq!(page.data[0].pricing_cycle, pricing_cycle());
}

#[tokio::test]
async fn update_price_plan() {
    let wire = WireTest::start("togai", "update_price_plan").await;
    let plan = wire.replay(
        client(&wire)
            .update_price_plan()
            .price_plan_name(PLAN)
            .body_map(|b| {
                b.description(Some("Growth plan, 2022 (revised)".parse().unwrap()))
                    .pricing_cycle(Some(pricing_cycle()))
                    .rate_card(Some(rate_card()))
            })
            .send()
            .await,
    );
    assert_eq!(
        plan.description.as_deref(),
        Some("Growth plan, 2022 (revised)")
    );
}

#[tokio::test]
async fn update_price_plan_sends_only_what_is_set() {
    let wire = WireTest::start("togai", "update_price_plan__description_only").await;
    wire.replay(
        client(&wire)
            .update_price_plan()
            .price_plan_name(PLAN)
            .body_map(|b| b.description(Some("Growth plan".parse().unwrap())))
            .send()
            .await,
    );
}

// EventsApi

fn attributes() -> Vec<types::EventAttributeSchema> {
    vec![
        types::EventAttributeSchema {
            name: "distance".parse().unwrap(),
            default_unit: Some("km".parse().unwrap()),
        },
        types::EventAttributeSchema {
            name: "duration".parse().unwrap(),
            default_unit: None,
        },
    ]
}

fn dimensions() -> Vec<types::DimensionsSchema> {
    ["city", "vehicle"]
        .map(|name| types::DimensionsSchema {
            name: name.parse().unwrap(),
        })
        .into()
}

fn assert_event_schema(schema: &types::EventSchema) {
    assert_eq!(schema.name, SCHEMA);
    assert_eq!(schema.attributes, attributes());
    assert_eq!(schema.dimensions, dimensions());
}

#[tokio::test]
async fn activate_event_schema() {
    let wire = WireTest::start("togai", "activate_event_schema").await;
    let schema = wire.replay(
        client(&wire)
            .activate_event_schema()
            .event_schema_name(SCHEMA)
            .send()
            .await,
    );
    assert_event_schema(&schema);
    assert!(matches!(
        schema.status,
        Some(Tolerant::Known(types::SchemaStatus::Active))
    ));
}

#[tokio::test]
async fn create_event_schema() {
    let wire = WireTest::start("togai", "create_event_schema").await;
    let response = client(&wire)
        .create_event_schema()
        .body_map(|b| {
            b.name(SCHEMA)
                .description(Some("A ride taken".parse().unwrap()))
                .attributes(attributes())
                .dimensions(dimensions())
        })
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 201);
    let schema = response.into_inner();
    assert_round_trip(&schema, wire.response_body());
    assert_eq!(schema.version, 1);
}

#[tokio::test]
async fn create_event_schema_with_empty_lists() {
    // Required lists, even empty, go out as []. (The answer's empty optional
    // `dimensions` decodes as empty, so it does not round-trip as `[]`.)
    let wire = WireTest::start("togai", "create_event_schema__required_only").await;
    let schema = client(&wire)
        .create_event_schema()
        .body_map(|b| b.name(SCHEMA).attributes(vec![]).dimensions(vec![]))
        .send()
        .await
        .unwrap()
        .into_inner();
    wire.assert_request();
    assert!(schema.attributes.is_empty() && schema.dimensions.is_empty());
}

#[tokio::test]
async fn deactivate_event_schema() {
    let wire = WireTest::start("togai", "deactivate_event_schema").await;
    let schema = wire.replay(
        client(&wire)
            .deactivate_event_schema()
            .event_schema_name(SCHEMA)
            .send()
            .await,
    );
    assert!(matches!(
        schema.status,
        Some(Tolerant::Known(types::SchemaStatus::Inactive))
    ));
}

#[tokio::test]
async fn delete_event_schema() {
    let wire = WireTest::start("togai", "delete_event_schema").await;
    let response = wire.replay(
        client(&wire)
            .delete_event_schema()
            .event_schema_name(SCHEMA)
            .send()
            .await,
    );
    assert!(response.success);
}

#[tokio::test]
async fn get_event_schema() {
    let wire = WireTest::start("togai", "get_event_schema").await;
    let schema = wire.replay(
        client(&wire)
            .get_event_schema()
            .event_schema_name(SCHEMA)
            .version(std::num::NonZeroU32::new(2).unwrap())
            .send()
            .await,
    );
    assert_event_schema(&schema);
    assert_eq!(schema.version, 2);
}

#[tokio::test]
async fn get_event_schema_latest_version() {
    // No version: no query string; the name percent-encoded.
    let wire = WireTest::start("togai", "get_event_schema__latest").await;
    wire.replay(
        client(&wire)
            .get_event_schema()
            .event_schema_name("rides 2/b")
            .send()
            .await,
    );
}

#[tokio::test]
async fn list_event_schema_versions() {
    let wire = WireTest::start("togai", "list_event_schema_versions").await;
    let versions = wire.replay(
        client(&wire)
            .list_event_schema_versions()
            .event_schema_name(SCHEMA)
            .send()
            .await,
    );
    let numbers: Vec<_> = versions.data.iter().map(|s| s.version).collect();
    assert_eq!(numbers, [1, 2]);
}

#[tokio::test]
async fn list_event_schemas() {
    // A realistic page, every item with associatedUsageMeters: the SDK fails to
    // decode it (the fixture's sdk_error); this client decodes every field.
    let wire = WireTest::start("togai", "list_event_schemas").await;
    assert!(
        wire.fixture.sdk_args.is_object(),
        "the SDK's arguments are documented"
    );
    let page = wire.replay(
        client(&wire)
            .list_event_schemas()
            .statuses("ACTIVE,DRAFT")
            .next_token("eyJsYXN0SXRlbUlkIjogInJpZGVzIn0=")
            .page_size("10")
            .sort_order(types::SortOrder::Desc)
            .send()
            .await,
    );
    let schema = &page.data[0];
    assert_eq!(schema.associated_usage_meters, [METER, "ride-count"]);
    assert_eq!(schema.attributes, attributes());
    assert_eq!(
        page.next_token.as_deref(),
        Some("eyJsYXN0SXRlbUlkIjogInRyaXBzIn0=")
    );
}

#[tokio::test]
async fn list_event_schemas_without_usage_meters() {
    let wire = WireTest::start("togai", "list_event_schemas__no_usage_meters").await;
    let page = wire.replay(client(&wire).list_event_schemas().send().await);
    assert!(page.data[0].associated_usage_meters.is_empty());
}

#[tokio::test]
async fn update_event_schema() {
    let wire = WireTest::start("togai", "update_event_schema").await;
    let schema = wire.replay(
        client(&wire)
            .update_event_schema()
            .event_schema_name(SCHEMA)
            .body_map(|b| {
                b.description(Some("A ride taken, v3".parse().unwrap()))
                    .attributes(attributes())
                    .dimensions(dimensions())
            })
            .send()
            .await,
    );
    assert_eq!(schema.version, 3);
}

#[tokio::test]
async fn event_schema_fields_are_checked_before_sending() {
    let server = vendor_clients_tests::answering(201, "{}").await;
    let client = Client::builder(TOKEN)
        .base_url(server.base_url())
        .build()
        .unwrap();
    // At most 50 attributes; a unit of at most 10 characters.
    assert!(
        "kilometres"
            .repeat(2)
            .parse::<types::EventAttributeSchemaDefaultUnit>()
            .is_err()
    );
    let many = (0..51)
        .map(|i| types::EventAttributeSchema {
            name: format!("a{i}").parse().unwrap(),
            default_unit: None,
        })
        .collect::<Vec<_>>();
    let error = client
        .create_event_schema()
        .body_map(|b| b.name(SCHEMA).attributes(many).dimensions(vec![]))
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidRequest, "{error:?}");
    assert!(
        error
            .to_string()
            .ends_with("body.attributes must have at most 50 items"),
        "{error}"
    );
}

// UsageMetersApi

const FILTERS: &str = r#"{"==": [{"var": "dimension.city"}, "Berlin"]}"#;
const COMPUTATION: &str = r#"{"*": [{"var": "attribute.distance"}, 1000]}"#;

fn assert_usage_meter(meter: &types::UsageMeter) {
    assert_eq!(meter.name, METER);
    assert!(matches!(
        meter.type_,
        Tolerant::Known(types::MeterType::Counter)
    ));
    assert_eq!(meter.filters.as_deref(), Some(FILTERS));
}

#[tokio::test]
async fn activate_usage_meter() {
    let wire = WireTest::start("togai", "activate_usage_meter").await;
    let meter = wire.replay(
        client(&wire)
            .activate_usage_meter()
            .event_schema_name(SCHEMA)
            .usage_meter_name(METER)
            .send()
            .await,
    );
    assert_usage_meter(&meter);
    assert!(matches!(
        meter.status,
        Some(Tolerant::Known(types::MeterStatus::Active))
    ));
}

#[tokio::test]
async fn create_usage_meter() {
    let wire = WireTest::start("togai", "create_usage_meter").await;
    let response = client(&wire)
        .create_usage_meter()
        .event_schema_name(SCHEMA)
        .body_map(|b| {
            b.name(METER)
                .type_(types::MeterType::Counter)
                .aggregation(types::MeterAggregation::Sum)
                .description(Some("Distance ridden".parse().unwrap()))
                .filters(Some(FILTERS.parse().unwrap()))
                .computation(Some(COMPUTATION.parse().unwrap()))
        })
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 201);
    let meter = response.into_inner();
    assert_round_trip(&meter, wire.response_body());
    assert_usage_meter(&meter);
}

#[tokio::test]
async fn create_usage_meter_with_only_the_required_fields() {
    let wire = WireTest::start("togai", "create_usage_meter__required_only").await;
    let meter = wire.replay(
        client(&wire)
            .create_usage_meter()
            .event_schema_name(SCHEMA)
            .body_map(|b| {
                b.name("ride-count")
                    .type_(types::MeterType::Counter)
                    .aggregation(types::MeterAggregation::Count)
            })
            .send()
            .await,
    );
    assert_eq!(meter.created_at, None);
}

#[tokio::test]
async fn deactivate_usage_meter() {
    let wire = WireTest::start("togai", "deactivate_usage_meter").await;
    let meter = wire.replay(
        client(&wire)
            .deactivate_usage_meter()
            .event_schema_name(SCHEMA)
            .usage_meter_name(METER)
            .send()
            .await,
    );
    assert!(matches!(
        meter.status,
        Some(Tolerant::Known(types::MeterStatus::Inactive))
    ));
}

#[tokio::test]
async fn delete_usage_meter() {
    let wire = WireTest::start("togai", "delete_usage_meter").await;
    let response = wire.replay(
        client(&wire)
            .delete_usage_meter()
            .usage_meter_name(METER)
            .send()
            .await,
    );
    assert!(response.success);
}

#[tokio::test]
async fn get_usage_meter() {
    let wire = WireTest::start("togai", "get_usage_meter").await;
    let meter = wire.replay(
        client(&wire)
            .get_usage_meter()
            .event_schema_name(SCHEMA)
            .usage_meter_name(METER)
            .send()
            .await,
    );
    assert_usage_meter(&meter);
    assert_eq!(
        meter.last_activated_at.unwrap().to_rfc3339(),
        "2022-09-02T08:00:00+00:00"
    );
}

#[tokio::test]
async fn get_usage_meter_encodes_both_names() {
    let wire = WireTest::start("togai", "get_usage_meter__encoded").await;
    wire.replay(
        client(&wire)
            .get_usage_meter()
            .event_schema_name("rides/eu")
            .usage_meter_name("km ridden?")
            .send()
            .await,
    );
}

#[tokio::test]
async fn get_usage_meters_for_event_schema() {
    let wire = WireTest::start("togai", "get_usage_meters_for_event_schema").await;
    let page = wire.replay(
        client(&wire)
            .get_usage_meters_for_event_schema()
            .event_schema_name(SCHEMA)
            .statuses("ACTIVE")
            .aggregations("SUM,COUNT")
            .next_token("eyJsYXN0SXRlbUlkIjogInJpZGUtY291bnQifQ==")
            .page_size("10")
            .sort_order(types::SortOrder::Asc)
            .send()
            .await,
    );
    assert_usage_meter(&page.data[0]);
}

#[tokio::test]
async fn update_usage_meter() {
    let wire = WireTest::start("togai", "update_usage_meter").await;
    let meter = wire.replay(
        client(&wire)
            .update_usage_meter()
            .event_schema_name(SCHEMA)
            .usage_meter_name(METER)
            .body_map(|b| {
                b.type_(types::MeterType::Counter)
                    .aggregation(types::MeterAggregation::Count)
                    .description(Some("Rides".parse().unwrap()))
                    .filters(Some(FILTERS.parse().unwrap()))
                    .computation(Some(COMPUTATION.parse().unwrap()))
            })
            .send()
            .await,
    );
    assert!(matches!(
        meter.aggregation,
        Tolerant::Known(types::MeterAggregation::Count)
    ));
}

// EventIngestionApi

/// The event the capture script ingests, with id `id`.
fn event(id: &str) -> types::Event {
    let attribute = |name: &str, value: &str, unit: Option<&str>| types::EventAttribute {
        attribute_name: name.parse().unwrap(),
        attribute_value: value.parse().unwrap(),
        attribute_value_unit: unit.map(|u| u.parse().unwrap()),
    };
    types::Event {
        event_name: SCHEMA.parse().unwrap(),
        id: id.parse().unwrap(),
        // What the SDK sends for a UTC datetime (Python's isoformat), and what
        // chrono's to_rfc3339() gives.
        event_timestamp: chrono::DateTime::parse_from_rfc3339("2022-09-30T10:15:00Z")
            .unwrap()
            .to_rfc3339(),
        account_id: ACCOUNT.parse().unwrap(),
        event_attributes: vec![
            attribute("distance", "12.5", Some("km")),
            attribute("duration", "30", None),
        ],
        dimensions: types::Dimensions(HashMap::from([
            ("city".to_string(), "Berlin".to_string()),
            ("vehicle".to_string(), "bike".to_string()),
        ])),
    }
}

/// The event as the capture server answers it: Togai's timestamp with `Z`,
/// kept as sent.
fn answered_event(id: &str) -> types::Event {
    types::Event {
        event_timestamp: "2022-09-30T10:15:00Z".into(),
        ..event(id)
    }
}

#[tokio::test]
async fn ingest() {
    // 202 without a body.
    let wire = WireTest::start("togai", "ingest").await;
    let response = client(&wire)
        .ingest()
        .body_map(|b| b.event(Some(event(EVENT_ID))))
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 202);
}

#[tokio::test]
async fn ingest_an_empty_request() {
    // The request's one field is optional: `{}`.
    let wire = WireTest::start("togai", "ingest__empty").await;
    client(&wire)
        .ingest()
        .body(types::IngestEventRequest::default())
        .send()
        .await
        .unwrap();
    wire.assert_request();
}

#[tokio::test]
async fn ingest_throttled() {
    let wire = WireTest::start("togai", "ingest__throttled").await;
    let error = wire.replay_error(
        client(&wire)
            .ingest()
            .body_map(|b| b.event(Some(event(EVENT_ID))))
            .options(vendor_clients::togai::CallOptions::new().retries(false))
            .send()
            .await,
    );
    assert_eq!(error.error_body().unwrap().message, "Too many requests");
}

#[tokio::test]
async fn ingest_batch() {
    let wire = WireTest::start("togai", "ingest_batch").await;
    let response = wire.replay(
        client(&wire)
            .ingest_batch()
            .body_map(|b| b.events(vec![event(EVENT_ID), event(OTHER_EVENT_ID)]))
            .send()
            .await,
    );
    assert!(response.errors.is_empty());
}

#[tokio::test]
async fn ingest_batch_partly_accepted() {
    // 207: the events not accepted come back, each with the reason.
    let wire = WireTest::start("togai", "ingest_batch__partial").await;
    let response = client(&wire)
        .ingest_batch()
        .body_map(|b| b.events(vec![event(EVENT_ID), event(OTHER_EVENT_ID)]))
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 207);
    let response = response.into_inner();
    assert_round_trip(&response, wire.response_body());
    let rejected = &response.errors[0];
    assert_eq!(rejected.event_payload, Some(answered_event(OTHER_EVENT_ID)));
}

#[tokio::test]
async fn ingest_batch_is_checked_before_sending() {
    let server = vendor_clients_tests::answering(202, r#"{"errors": []}"#).await;
    let client = Client::builder(TOKEN)
        .base_url(server.base_url())
        .build()
        .unwrap();
    // 1 to 100 events; an attribute value of at most 50 characters.
    for count in [0, 101] {
        let events = (0..count)
            .map(|i| event(&format!("evt-{i}")))
            .collect::<Vec<_>>();
        let error = client
            .ingest_batch()
            .body_map(|b| b.events(events))
            .send()
            .await
            .unwrap_err();
        assert!(
            error
                .to_string()
                .ends_with("body.events must have 1 to 100 items"),
            "{error}"
        );
    }
    assert!(
        "1".repeat(51)
            .parse::<types::EventAttributeAttributeValue>()
            .is_err()
    );
}

// EventManagementApi

#[tokio::test]
async fn get_events() {
    let wire = WireTest::start("togai", "get_events").await;
    let page = wire.replay(
        client(&wire)
            .get_events()
            .next_token("eyJsYXN0SXRlbUlkIjogImY0YTUyZjJkIn0=")
            .status("PROCESSED")
            .account_id(ACCOUNT)
            .page_size(std::num::NonZeroU32::new(10).unwrap())
            .start_time(1_664_496_000_000_i64)
            .end_time(1_664_582_399_999_i64)
            .send()
            .await,
    );
    let first = &page.events[0];
    assert_eq!(first.event_payload, answered_event(EVENT_ID));
    assert!(matches!(
        first.ingestion_status.status,
        Tolerant::Known(types::IngestionState::IngestionCompletedEventMetered)
    ));
}

#[tokio::test]
async fn get_events_last_page() {
    let wire = WireTest::start("togai", "get_events__last_page").await;
    let page = wire.replay(client(&wire).get_events().send().await);
    assert_eq!(page.next_token, None);
}

#[tokio::test]
async fn get_single_event() {
    // A realistic answer, with the pipeline info the docs describe: the SDK
    // fails to decode it (the fixture's sdk_error); this client decodes it all.
    let wire = WireTest::start("togai", "get_single_event").await;
    let response = wire.replay(
        client(&wire)
            .get_single_event()
            .event_id(EVENT_ID)
            .send()
            .await,
    );
    let found = &response.events[0];
    assert_eq!(found.event_payload, answered_event(EVENT_ID));
    let info = found.event_pipeline_info.as_ref().unwrap();
    assert_eq!(info.event_schema.as_ref().unwrap().version, 2);
    let meter = &info.usage_meters[0];
    assert!(matches!(
        meter.status,
        Tolerant::Known(types::MeterProcessingStatus::ProcessedUnitsComputed)
    ));
    assert_eq!(meter.units, Some(12500.0));
    let plan = &info.price_plans[0];
    assert_eq!(
        plan.cycle_end,
        chrono::NaiveDate::from_ymd_opt(2022, 9, 30).unwrap()
    );
    assert_eq!(info.customer.as_ref().unwrap().id, CUSTOMER);
}

#[tokio::test]
async fn get_single_event_encodes_its_id() {
    // (An empty `events` decodes as empty; it does not round-trip as `[]`.)
    let wire = WireTest::start("togai", "get_single_event__encoded").await;
    let response = client(&wire)
        .get_single_event()
        .event_id("evt 1/2")
        .send()
        .await
        .unwrap()
        .into_inner();
    wire.assert_request();
    assert!(response.events.is_empty());
}

// MetricsApi

#[tokio::test]
async fn get_metrics() {
    let wire = WireTest::start("togai", "get_metrics").await;
    let filter = |name: &str, values: &[&str]| types::MetricQueryFilterEntry {
        field_name: name.into(),
        field_values: values.iter().map(|v| v.to_string()).collect(),
    };
    let queries = vec![
        types::MetricQuery {
            id: "m1".into(),
            name: types::MetricName::Events,
            aggregation_period: types::AggregationPeriod::Day,
            group_by: Some("ACCOUNT_ID".into()),
            filters: vec![
                filter("ACCOUNT_ID", &[ACCOUNT]),
                filter("EVENT_STATUS", &["PROCESSED", "UNPROCESSED"]),
            ],
        },
        types::MetricQuery {
            id: "m2".into(),
            name: types::MetricName::Revenue,
            aggregation_period: types::AggregationPeriod::Month,
            group_by: None,
            filters: vec![],
        },
    ];
    let response = wire.replay(
        client(&wire)
            .get_metrics()
            .body(types::GetMetricsRequest {
                start_time: "2022-09-01T00:00:00+00:00".into(),
                end_time: "2022-09-30T23:59:59+00:00".into(),
                metric_queries: queries,
            })
            .send()
            .await,
    );
    let events = &response.results[0];
    assert!(matches!(
        events.name,
        Tolerant::Known(types::MetricName::Events)
    ));
    assert_eq!(events.data[0].metric_values, [120.0, 98.5]);
    assert_eq!(
        events.data[0].grouped_by.as_ref().unwrap().field_value,
        ACCOUNT
    );
}

#[tokio::test]
async fn get_metrics_without_a_body() {
    // The body is optional in the SDK: left unset, none is sent.
    let wire = WireTest::start("togai", "get_metrics__no_body").await;
    let error = wire.replay_error(client(&wire).get_metrics().send().await);
    assert_eq!(
        error.error_body().unwrap().message,
        "Request body is required"
    );
}
