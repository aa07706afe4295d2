//! ProductAccessesApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn create_product_access() {
    let wire = WireTest::start("kinow", "create_product_access").await;
    let product_access = wire.replay(
        client(&wire)
            .create_product_access()
            .body(types::CreateProductAccessRequest {
                active: Some(1),
                date_exp: Some("2024-12-31 23:59:59".to_string()),
                id_customer: 250,
                id_product: 615,
                id_product_attribute: Some(832),
                type_: Some("video".to_string()),
            })
            .send()
            .await,
    );
    assert_eq!(product_access.id, Some(83));
    assert_eq!(
        product_access.date_add.as_deref(),
        Some("2024-03-17 10:15:00")
    );
    assert_eq!(
        product_access.date_exp.as_deref(),
        Some("2024-12-31 23:59:59")
    );
}

#[tokio::test]
async fn delete_product_access() {
    let wire = WireTest::start("kinow", "delete_product_access").await;
    wire.replay(
        client(&wire)
            .delete_product_access()
            .product_access_id(235)
            .send()
            .await,
    );
}

#[tokio::test]
async fn get_product_access() {
    let wire = WireTest::start("kinow", "get_product_access").await;
    let product_access = wire.replay(
        client(&wire)
            .get_product_access()
            .product_access_id(190)
            .send()
            .await,
    );
    assert_eq!(product_access.id, Some(83));
    assert_eq!(
        product_access.date_add.as_deref(),
        Some("2024-03-17 10:15:00")
    );
    assert_eq!(
        product_access.date_exp.as_deref(),
        Some("2024-12-31 23:59:59")
    );
}

#[tokio::test]
async fn get_product_accesses() {
    let wire = WireTest::start("kinow", "get_product_accesses").await;
    let page = wire.replay(
        client(&wire)
            .get_product_accesses()
            .page(2)
            .per_page(20)
            .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
            .type_("video")
            .date_add("2024-03-16 10:15:00")
            .date_add_direction("after")
            .date_exp("2024-12-31 23:59:59")
            .date_exp_direction("before")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(758));
    assert_eq!(
        page.data[0].date_add.as_deref(),
        Some("2024-03-07 10:15:00")
    );
    assert_eq!(
        page.data[0].date_exp.as_deref(),
        Some("2024-12-31 23:59:59")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn subscribe() {
    let wire = WireTest::start("kinow", "subscribe").await;
    wire.replay(
        client(&wire)
            .subscribe()
            .product_access_id(209)
            .send()
            .await,
    );
}

#[tokio::test]
async fn switch_subscription_delete() {
    let wire = WireTest::start("kinow", "switch_subscription_delete").await;
    wire.replay(
        client(&wire)
            .switch_subscription_delete()
            .product_access_id(20)
            .send()
            .await,
    );
}

#[tokio::test]
async fn switch_subscription_pending() {
    let wire = WireTest::start("kinow", "switch_subscription_pending").await;
    let subscription = wire.replay(
        client(&wire)
            .switch_subscription_pending()
            .product_access_id(219)
            .send()
            .await,
    );
    assert_eq!(subscription.id, Some(319));
    assert_eq!(subscription.alert_type.as_deref(), Some("email"));
    assert_eq!(subscription.active, Some(true));
}

#[tokio::test]
async fn update_product_access() {
    let wire = WireTest::start("kinow", "update_product_access").await;
    let product_access = wire.replay(
        client(&wire)
            .update_product_access()
            .product_access_id(189)
            .body(types::UpdateProductAccessRequest {
                active: Some(1),
                date_exp: Some("2024-12-31 23:59:59".to_string()),
                id_customer: Some(460),
                id_product: Some(658),
                id_product_attribute: Some(28),
                type_: Some("video".to_string()),
            })
            .send()
            .await,
    );
    assert_eq!(product_access.id, Some(83));
    assert_eq!(
        product_access.date_add.as_deref(),
        Some("2024-03-17 10:15:00")
    );
    assert_eq!(
        product_access.date_exp.as_deref(),
        Some("2024-12-31 23:59:59")
    );
}

#[tokio::test]
async fn switch_subscription() {
    let wire = WireTest::start("kinow", "switch_subscription").await;
    wire.replay(
        client(&wire)
            .switch_subscription()
            .product_access_id(367)
            .subscription_id(256)
            .send()
            .await,
    );
}

#[tokio::test]
async fn unsubscribe() {
    let wire = WireTest::start("kinow", "unsubscribe").await;
    wire.replay(
        client(&wire)
            .unsubscribe()
            .product_access_id(81)
            .message("Thanks for watching!")
            .send()
            .await,
    );
}
