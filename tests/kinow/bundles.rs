//! BundlesApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn get_bundle_products() {
    let wire = WireTest::start("kinow", "get_bundle_products").await;
    let page = wire.replay(
        client(&wire)
            .get_bundle_products()
            .bundle_id(237)
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(102));
    assert_eq!(
        page.data[0].behavior_detected_countries.as_deref(),
        Some("behavior detected countries")
    );
    assert_eq!(
        page.data[0].behavior_non_detected_countries.as_deref(),
        Some("behavior non detected countries")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn remove_product_from_bundle() {
    let wire = WireTest::start("kinow", "remove_product_from_bundle").await;
    wire.replay(
        client(&wire)
            .remove_product_from_bundle()
            .bundle_id(460)
            .product_id(211)
            .send()
            .await,
    );
}

#[tokio::test]
async fn add_product_to_bundle() {
    let wire = WireTest::start("kinow", "add_product_to_bundle").await;
    wire.replay(
        client(&wire)
            .add_product_to_bundle()
            .bundle_id(244)
            .product_id(30)
            .position(1)
            .send()
            .await,
    );
}
