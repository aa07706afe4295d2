//! CartsApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn add_product_to_cart() {
    let wire = WireTest::start("kinow", "add_product_to_cart").await;
    let cart = wire.replay(
        client(&wire)
            .add_product_to_cart()
            .cart_id(103)
            .body(types::AddProductToCartRequest {
                gift_id: Some(171),
                ip_address: Some("203.0.113.7".to_string()),
                is_gift: Some(true),
                product_attribute_id: Some(403),
                product_id: 698,
                switch_subscription_id: Some(623),
            })
            .send()
            .await,
    );
    assert_eq!(cart.id, Some(237));
    assert_eq!(cart.affiliate.as_deref(), Some("spring-campaign"));
    assert_eq!(cart.date_add.as_deref(), Some("2024-03-20 10:15:00"));
}

#[tokio::test]
async fn create_cart() {
    let wire = WireTest::start("kinow", "create_cart").await;
    let cart = wire.replay(
        client(&wire)
            .create_cart()
            .body(types::CreateCartRequest {
                affiliate: Some(94),
                id_currency: 883,
                id_customer: 771,
                id_lang: 1,
            })
            .send()
            .await,
    );
    assert_eq!(cart.id, Some(237));
    assert_eq!(cart.affiliate.as_deref(), Some("spring-campaign"));
    assert_eq!(cart.date_add.as_deref(), Some("2024-03-20 10:15:00"));
}

#[tokio::test]
async fn delete_cart() {
    let wire = WireTest::start("kinow", "delete_cart").await;
    wire.replay(client(&wire).delete_cart().cart_id(77).send().await);
}

#[tokio::test]
async fn detach_cart_rule_from_cart() {
    let wire = WireTest::start("kinow", "detach_cart_rule_from_cart").await;
    wire.replay(
        client(&wire)
            .detach_cart_rule_from_cart()
            .cart_id(63)
            .cart_rule_id(249)
            .send()
            .await,
    );
}

#[tokio::test]
async fn empty_cart() {
    let wire = WireTest::start("kinow", "empty_cart").await;
    wire.replay(client(&wire).empty_cart().cart_id(299).send().await);
}

#[tokio::test]
async fn get_cart() {
    let wire = WireTest::start("kinow", "get_cart").await;
    let cart = wire.replay(client(&wire).get_cart().cart_id(318).send().await);
    assert_eq!(cart.id, Some(237));
    assert_eq!(cart.affiliate.as_deref(), Some("spring-campaign"));
    assert_eq!(cart.date_add.as_deref(), Some("2024-03-20 10:15:00"));
}

#[tokio::test]
async fn get_cart_payment_modules() {
    let wire = WireTest::start("kinow", "get_cart_payment_modules").await;
    let page = wire.replay(
        client(&wire)
            .get_cart_payment_modules()
            .cart_id(131)
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(218));
    assert_eq!(
        page.data[0].description.as_deref(),
        Some("A short description of the payment module.")
    );
    assert_eq!(page.data[0].display_name.as_deref(), Some("displayname"));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_carts() {
    let wire = WireTest::start("kinow", "get_carts").await;
    let page = wire.replay(
        client(&wire)
            .get_carts()
            .page(2)
            .per_page(20)
            .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
            .sort_by("date_add")
            .sort_direction("desc")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(22));
    assert_eq!(page.data[0].affiliate.as_deref(), Some("spring-campaign"));
    assert_eq!(
        page.data[0].date_add.as_deref(),
        Some("2024-03-01 10:15:00")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_last_cart() {
    let wire = WireTest::start("kinow", "get_last_cart").await;
    let cart = wire.replay(client(&wire).get_last_cart().customer_id(471).send().await);
    assert_eq!(cart.id, Some(237));
    assert_eq!(cart.affiliate.as_deref(), Some("spring-campaign"));
    assert_eq!(cart.date_add.as_deref(), Some("2024-03-20 10:15:00"));
}

#[tokio::test]
async fn get_losts_carts() {
    let wire = WireTest::start("kinow", "get_losts_carts").await;
    let page = wire.replay(
        client(&wire)
            .get_losts_carts()
            .page(2)
            .per_page(20)
            .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
            .sort_by("date_add")
            .sort_direction("desc")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(22));
    assert_eq!(page.data[0].affiliate.as_deref(), Some("spring-campaign"));
    assert_eq!(
        page.data[0].date_add.as_deref(),
        Some("2024-03-01 10:15:00")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_payment_url() {
    let wire = WireTest::start("kinow", "get_payment_url").await;
    let payment_url = wire.replay(
        client(&wire)
            .get_payment_url()
            .cart_id(111)
            .payment_name("stripe")
            .send()
            .await,
    );
    assert_eq!(payment_url.type_.as_deref(), Some("video"));
    assert_eq!(
        payment_url.url.as_deref(),
        Some("https://cdn.kinow.example/payment-url/url.jpg")
    );
}

#[tokio::test]
async fn get_price() {
    let wire = WireTest::start("kinow", "get_price").await;
    let items = wire.replay(
        client(&wire)
            .get_price()
            .body(types::CartIdList {
                cart_ids: Some("42,21,84".to_string()),
                currency_id: Some(318),
                iso_code: Some("fr".to_string()),
            })
            .send()
            .await,
    );
    assert_eq!(items.len(), 1);
    assert_eq!(
        items[0].total_discount_formatted.as_deref(),
        Some("total discount formatted")
    );
    assert_eq!(items[0].total_formatted.as_deref(), Some("total formatted"));
    assert_eq!(
        items[0].total_tax_formatted.as_deref(),
        Some("total tax formatted")
    );
}

#[tokio::test]
async fn recurring_payment() {
    let wire = WireTest::start("kinow", "recurring_payment").await;
    wire.replay(
        client(&wire)
            .recurring_payment()
            .cart_id(218)
            .payment_name("stripe")
            .body(types::PaymentArguments {
                token: Some("c2f1e9a7b3d84f6e".to_string()),
                type_: Some("video".to_string()),
            })
            .send()
            .await,
    );
}

#[tokio::test]
async fn remove_product_from_cart() {
    let wire = WireTest::start("kinow", "remove_product_from_cart").await;
    wire.replay(
        client(&wire)
            .remove_product_from_cart()
            .cart_id(162)
            .product_id(163)
            .product_attribute_id(416)
            .gift_id(60)
            .send()
            .await,
    );
}

#[tokio::test]
async fn update_cart() {
    let wire = WireTest::start("kinow", "update_cart").await;
    let cart = wire.replay(
        client(&wire)
            .update_cart()
            .cart_id(471)
            .body(types::UpdateCartRequest {
                affiliate: Some(873),
                id_currency: Some(858),
                id_customer: Some(688),
                id_lang: Some(1),
            })
            .send()
            .await,
    );
    assert_eq!(cart.id, Some(237));
    assert_eq!(cart.affiliate.as_deref(), Some("spring-campaign"));
    assert_eq!(cart.date_add.as_deref(), Some("2024-03-20 10:15:00"));
}

#[tokio::test]
async fn validate_free_order() {
    let wire = WireTest::start("kinow", "validate_free_order").await;
    wire.replay(
        client(&wire)
            .validate_free_order()
            .cart_id(418)
            .send()
            .await,
    );
}

#[tokio::test]
async fn validate_payment() {
    let wire = WireTest::start("kinow", "validate_payment").await;
    wire.replay(
        client(&wire)
            .validate_payment()
            .cart_id(93)
            .payment_name("stripe")
            .body(types::PaymentArgumentsResponse {
                token: Some("c2f1e9a7b3d84f6e".to_string()),
                type_: Some("video".to_string()),
            })
            .send()
            .await,
    );
}

#[tokio::test]
async fn attach_cart_to_customer() {
    let wire = WireTest::start("kinow", "attach_cart_to_customer").await;
    let cart = wire.replay(
        client(&wire)
            .attach_cart_to_customer()
            .customer_id(402)
            .cart_id(352)
            .send()
            .await,
    );
    assert_eq!(cart.id, Some(237));
    assert_eq!(cart.affiliate.as_deref(), Some("spring-campaign"));
    assert_eq!(cart.date_add.as_deref(), Some("2024-03-20 10:15:00"));
}

#[tokio::test]
async fn prepare_payment() {
    let wire = WireTest::start("kinow", "prepare_payment").await;
    let payment_details = wire.replay(
        client(&wire)
            .prepare_payment()
            .cart_id(453)
            .payment_name("stripe")
            .ip_address("203.0.113.7")
            .send()
            .await,
    );
    assert_eq!(payment_details.identifier.as_deref(), Some("identifier"));
    assert_eq!(payment_details.metadata.as_deref(), Some("metadata"));
}

/// No field set: no body, as the SDK sends (its `Content-Type` still).
#[tokio::test]
async fn an_unset_form_field_is_not_sent() {
    let wire = WireTest::start("kinow", "prepare_payment__no_ip").await;
    let payment_details = wire.replay(
        client(&wire)
            .prepare_payment()
            .cart_id(453)
            .payment_name("stripe")
            .send()
            .await,
    );
    assert_eq!(payment_details.identifier.as_deref(), Some("identifier"));
    assert_eq!(payment_details.metadata.as_deref(), Some("metadata"));
}
