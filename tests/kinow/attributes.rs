//! AttributesApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn create_product_attribute() {
    let wire = WireTest::start("kinow", "create_product_attribute").await;
    let product_attribute = wire.replay(
        client(&wire)
            .create_product_attribute()
            .body(types::CreateAttributeRequest {
                duration: Some(5400),
                maximum_views: Some(431),
                mode: Some("mode".to_string()),
                price: Some(9.99),
                price_mode: Some(643),
                product_id: Some(872),
                quality: Some("1080p".to_string()),
                type_: Some("video".to_string()),
                video_group_id: Some(589),
                video_id: Some(79),
                watching_duration: Some(5400),
            })
            .send()
            .await,
    );
    assert_eq!(product_attribute.id, Some(359));
    assert_eq!(product_attribute.mode.as_deref(), Some("mode"));
    assert_eq!(
        product_attribute.name.as_deref(),
        Some("Product attribute 31")
    );
}

#[tokio::test]
async fn delete_attribute() {
    let wire = WireTest::start("kinow", "delete_attribute").await;
    wire.replay(
        client(&wire)
            .delete_attribute()
            .attribute_id(329)
            .send()
            .await,
    );
}

#[tokio::test]
async fn get_attribute() {
    let wire = WireTest::start("kinow", "get_attribute").await;
    let product_attribute =
        wire.replay(client(&wire).get_attribute().attribute_id(295).send().await);
    assert_eq!(product_attribute.id, Some(359));
    assert_eq!(product_attribute.mode.as_deref(), Some("mode"));
    assert_eq!(
        product_attribute.name.as_deref(),
        Some("Product attribute 31")
    );
}
