//! Kinow PrepaymentsApi: each operation sends what kinow_client 2.0.28 sends
//! (fixtures/kinow, captured by capture/kinow.py) and decodes a realistic
//! response.

use vendor_clients::kinow::{Client, ConfigProblem, DEFAULT_BASE_URL, types};
use vendor_clients_tests::{ErrorPaths, MARKER, Target, WireTest, assert_error_paths};

// The credentials the capture script gave the SDK.
const CLIENT_ID: &str = "test-client-id";
const CLIENT_SECRET: &str = "test-client-secret";

fn client(wire: &WireTest) -> Client {
    Client::builder(CLIENT_ID, CLIENT_SECRET)
        .base_url(wire.base_url())
        .build()
        .unwrap()
}

#[tokio::test]
async fn get_customer_prepayment_balances() {
    let wire = WireTest::start("kinow", "get_customer_prepayment_balances").await;
    let balances = wire.replay(
        client(&wire)
            .get_customer_prepayment_balances()
            .customer_id(42)
            .currency_id(3)
            .send()
            .await,
    );
    assert_eq!(balances.len(), 2);
    assert_eq!(balances[0].amount, Some(120.5));
    assert_eq!(balances[0].amount_formatted.as_deref(), Some("120,50 €"));
    assert_eq!(balances[1].type_.as_deref(), Some("bonus"));
}

#[tokio::test]
async fn get_customer_prepayment_operations() {
    let wire = WireTest::start("kinow", "get_customer_prepayment_operations").await;
    let page = wire.replay(
        client(&wire)
            .get_customer_prepayment_operations()
            .customer_id(42)
            .type_("credit")
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    let operation = &page.data[0];
    assert_eq!(operation.id, Some(311));
    assert_eq!(operation.id_order, Some(1207));
    assert_eq!(operation.amount, Some(19.99));
    let pagination = page.pagination.unwrap();
    assert_eq!(pagination.from, Some(21));
    assert_eq!(pagination.last_page, Some(3));
}

#[tokio::test]
async fn get_prepayment_bonus() {
    let wire = WireTest::start("kinow", "get_prepayment_bonus").await;
    let bonus = wire.replay(
        client(&wire)
            .get_prepayment_bonus()
            .prepayment_bonus_id(7)
            .send()
            .await,
    );
    assert_eq!(bonus.name.as_deref(), Some("Welcome bonus"));
    assert_eq!(bonus.id_product_attribute, Some(3));
    assert_eq!(bonus.date_upd.as_deref(), Some("2024-02-11 12:30:00"));
}

#[tokio::test]
async fn get_prepayment_bonus_amount() {
    let wire = WireTest::start("kinow", "get_prepayment_bonus_amount").await;
    let amounts = wire.replay(
        client(&wire)
            .get_prepayment_bonus_amount()
            .body(types::PrepaymentBonusIdList {
                prepayment_bonus_ids: Some("42,21,84".into()),
                currency_id: Some(3),
            })
            .send()
            .await,
    );
    assert_eq!(amounts[1].prepayment_bonus_id, Some(21));
    assert_eq!(amounts[1].amount, Some(10.0));
}

#[tokio::test]
async fn get_prepayment_bonus_list() {
    let wire = WireTest::start("kinow", "get_prepayment_bonus_list").await;
    let page = wire.replay(
        client(&wire)
            .get_prepayment_bonus_list()
            .page(1)
            .per_page(10)
            .send()
            .await,
    );
    assert_eq!(page.data[0].amount, Some(5.5));
    assert_eq!(page.pagination.unwrap().total, Some(57));
}

#[tokio::test]
async fn get_prepayment_operation() {
    let wire = WireTest::start("kinow", "get_prepayment_operation").await;
    let operation = wire.replay(
        client(&wire)
            .get_prepayment_operation()
            .prepayment_operation_id(311)
            .send()
            .await,
    );
    assert_eq!(operation.id_customer, Some(42));
    assert_eq!(operation.type_.as_deref(), Some("credit"));
}

#[tokio::test]
async fn get_prepayment_operations() {
    let wire = WireTest::start("kinow", "get_prepayment_operations").await;
    let page = wire.replay(
        client(&wire)
            .get_prepayment_operations()
            .type_("debit")
            .page(3)
            .per_page(50)
            .send()
            .await,
    );
    assert_eq!(page.data.len(), 1);
    assert_eq!(
        page.pagination.unwrap().next_page_url.as_deref(),
        Some("https://api.kinow.com/api/prepayment/operations?page=3")
    );
}

#[tokio::test]
async fn get_prepayment_operations_amount() {
    let wire = WireTest::start("kinow", "get_prepayment_operations_amount").await;
    let amounts = wire.replay(
        client(&wire)
            .get_prepayment_operations_amount()
            .body_map(|body| {
                body.prepayment_operation_ids("311,312".to_string())
                    .currency_id(3)
            })
            .send()
            .await,
    );
    assert_eq!(amounts[0].prepayment_operation_id, Some(311));
    assert_eq!(amounts[0].amount_formatted.as_deref(), Some("19,99 €"));
}

#[tokio::test]
async fn get_prepayment_recharge() {
    let wire = WireTest::start("kinow", "get_prepayment_recharge").await;
    let recharge = wire.replay(
        client(&wire)
            .get_prepayment_recharge()
            .prepayment_recharge_id(12)
            .send()
            .await,
    );
    assert_eq!(recharge.active, Some(true));
    assert_eq!(recharge.amount, Some(50.0));
}

#[tokio::test]
async fn get_prepayment_recharges() {
    let wire = WireTest::start("kinow", "get_prepayment_recharges").await;
    let page = wire.replay(
        client(&wire)
            .get_prepayment_recharges()
            .page(1)
            .per_page(25)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id_product, Some(80));
}

#[tokio::test]
async fn unset_query_parameters_are_not_sent() {
    let wire = WireTest::start("kinow", "get_customer_prepayment_balances__required_only").await;
    let balances = wire.replay(
        client(&wire)
            .get_customer_prepayment_balances()
            .customer_id(42)
            .send()
            .await,
    );
    assert_eq!(balances[0].amount_formatted.as_deref(), Some("120.50"));

    let wire = WireTest::start("kinow", "get_prepayment_operations__no_filters").await;
    let page = client(&wire)
        .get_prepayment_operations()
        .send()
        .await
        .unwrap()
        .into_inner();
    wire.assert_request();
    // null in the response decodes as absent.
    let pagination = page.pagination.unwrap();
    assert_eq!(pagination.next_page_url, None);
    assert_eq!(pagination.from, Some(1));
}

#[tokio::test]
async fn unset_body_fields_are_not_sent() {
    let wire = WireTest::start("kinow", "get_prepayment_bonus_amount__ids_only").await;
    let amounts = wire.replay(
        client(&wire)
            .get_prepayment_bonus_amount()
            .body_map(|body| body.prepayment_bonus_ids("42".to_string()))
            .send()
            .await,
    );
    assert_eq!(amounts[0].prepayment_bonus_id, Some(42));
}

#[tokio::test]
async fn a_page_past_the_end_decodes() {
    let wire = WireTest::start("kinow", "get_prepayment_recharges__empty_page").await;
    let page = client(&wire)
        .get_prepayment_recharges()
        .page(4)
        .per_page(25)
        .send()
        .await
        .unwrap()
        .into_inner();
    wire.assert_request();
    assert!(page.data.is_empty());
    let pagination = page.pagination.unwrap();
    assert_eq!((pagination.from, pagination.to), (None, None));
    assert_eq!(pagination.current_page, Some(4));
}

#[tokio::test]
async fn missing_fields_and_unknown_fields_still_decode() {
    // Every field is optional in the SDK, and Kinow may add fields.
    let server =
        vendor_clients_tests::answering(200, r#"{"id": 7, "brand_new_field": [1, 2]}"#).await;
    let bonus = Client::builder(CLIENT_ID, CLIENT_SECRET)
        .base_url(server.base_url())
        .build()
        .unwrap()
        .get_prepayment_bonus()
        .prepayment_bonus_id(7)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(bonus.id, Some(7));
    assert_eq!(bonus.name, None);
}

#[tokio::test]
async fn error_paths() {
    let paths = ErrorPaths {
        base_path: "/api",
        secrets: &[CLIENT_ID, CLIENT_SECRET],
        documented_error: None,
    };
    assert_error_paths(paths, |target: Target| async move {
        let client = Client::builder(CLIENT_ID, CLIENT_SECRET)
            .base_url(target.base_url)
            .timeout(target.timeout)
            .retry_config(target.retry)
            .build()
            .unwrap();
        client
            .get_prepayment_operations()
            .type_(MARKER)
            .send()
            .await
    })
    .await;
}

#[test]
fn debug_output_never_shows_credentials() {
    let client = Client::builder(CLIENT_ID, CLIENT_SECRET).build().unwrap();
    let builder = Client::builder(CLIENT_ID, CLIENT_SECRET);
    for shown in [format!("{client:?}"), format!("{builder:?}")] {
        assert!(!shown.contains(CLIENT_ID), "{shown}");
        assert!(!shown.contains(CLIENT_SECRET), "{shown}");
        assert!(shown.contains("Sensitive"), "{shown}");
    }
}

#[test]
fn defaults_to_the_kinow_api() {
    assert_eq!(DEFAULT_BASE_URL, "https://api.kinow.com/api");
    let client = Client::builder(CLIENT_ID, CLIENT_SECRET).build().unwrap();
    assert_eq!(
        progenitor_client::ClientInfo::baseurl(&client),
        DEFAULT_BASE_URL
    );
}

#[test]
fn bad_credentials_are_typed_errors() {
    let err = Client::builder("", CLIENT_SECRET).build().unwrap_err();
    assert!(
        matches!(
            err.problem(),
            ConfigProblem::EmptyCredential {
                header: "X-Client-Id"
            }
        ),
        "{err}"
    );
    let err = Client::builder(CLIENT_ID, "bad\r\nsecret")
        .build()
        .unwrap_err();
    assert!(
        matches!(
            err.problem(),
            ConfigProblem::InvalidHeaderValue {
                header: "X-Client-Secret"
            }
        ),
        "{err}"
    );
    assert!(!format!("{err:?}").contains("secret\""));
}

#[test]
fn types_have_json_schemas() {
    let schema = schemars::schema_for!(types::PrepaymentOperationListResponse);
    let json = serde_json::to_value(&schema).unwrap();
    assert!(
        json["definitions"]["PrepaymentOperation"]["properties"]["id_order"].is_object(),
        "{json}"
    );
    assert!(
        json["definitions"]["Pagination"]["properties"]["from"].is_object(),
        "{json}"
    );
}

// Every class beyond PrepaymentsApi: one module per API group.
#[path = "kinow/actors.rs"]
mod actors;
#[path = "kinow/address.rs"]
mod address;
#[path = "kinow/attributes.rs"]
mod attributes;
#[path = "kinow/blog_categories.rs"]
mod blog_categories;
#[path = "kinow/blog_pages.rs"]
mod blog_pages;
#[path = "kinow/bookmarks.rs"]
mod bookmarks;
#[path = "kinow/bundles.rs"]
mod bundles;
#[path = "kinow/cart_rules.rs"]
mod cart_rules;
#[path = "kinow/carts.rs"]
mod carts;
#[path = "kinow/categories.rs"]
mod categories;
#[path = "kinow/cms_categories.rs"]
mod cms_categories;
#[path = "kinow/cms_pages.rs"]
mod cms_pages;
#[path = "kinow/comments.rs"]
mod comments;
#[path = "kinow/configuration.rs"]
mod configuration;
#[path = "kinow/countries.rs"]
mod countries;
#[path = "kinow/currencies.rs"]
mod currencies;
#[path = "kinow/customers.rs"]
mod customers;
#[path = "kinow/devices.rs"]
mod devices;
#[path = "kinow/directors.rs"]
mod directors;
#[path = "kinow/employees.rs"]
mod employees;
#[path = "kinow/extracts.rs"]
mod extracts;
#[path = "kinow/feature_values.rs"]
mod feature_values;
#[path = "kinow/features.rs"]
mod features;
#[path = "kinow/free_gifts.rs"]
mod free_gifts;
#[path = "kinow/genders.rs"]
mod genders;
#[path = "kinow/geolocations.rs"]
mod geolocations;
#[path = "kinow/gifts.rs"]
mod gifts;
#[path = "kinow/groups.rs"]
mod groups;
#[path = "kinow/images.rs"]
mod images;
#[path = "kinow/languages.rs"]
mod languages;
#[path = "kinow/media_files.rs"]
mod media_files;
#[path = "kinow/media_sources.rs"]
mod media_sources;
#[path = "kinow/order_histories.rs"]
mod order_histories;
#[path = "kinow/order_states.rs"]
mod order_states;
#[path = "kinow/orders.rs"]
mod orders;
#[path = "kinow/pages.rs"]
mod pages;
#[path = "kinow/payment_modules.rs"]
mod payment_modules;
#[path = "kinow/playlists.rs"]
mod playlists;
#[path = "kinow/product_accesses.rs"]
mod product_accesses;
#[path = "kinow/products.rs"]
mod products;
#[path = "kinow/recommendations.rs"]
mod recommendations;
#[path = "kinow/stats.rs"]
mod stats;
#[path = "kinow/streams.rs"]
mod streams;
#[path = "kinow/subscriptions.rs"]
mod subscriptions;
#[path = "kinow/subtitles.rs"]
mod subtitles;
#[path = "kinow/support.rs"]
mod support;
#[path = "kinow/tasks.rs"]
mod tasks;
#[path = "kinow/tax_rules.rs"]
mod tax_rules;
#[path = "kinow/video_groups.rs"]
mod video_groups;
#[path = "kinow/videos.rs"]
mod videos;
#[path = "kinow/widgets.rs"]
mod widgets;
