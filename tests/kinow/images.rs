//! ImagesApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn delete_image() {
    let wire = WireTest::start("kinow", "delete_image").await;
    wire.replay(client(&wire).delete_image().image_id(134).send().await);
}

#[tokio::test]
async fn get_category_image_types() {
    let wire = WireTest::start("kinow", "get_category_image_types").await;
    let items = wire.replay(client(&wire).get_category_image_types().send().await);
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].name.as_deref(), Some("Image type 76"));
    assert_eq!(items[0].height, Some(631));
    assert_eq!(items[0].width, Some(637));
}

#[tokio::test]
async fn get_product_image_types() {
    let wire = WireTest::start("kinow", "get_product_image_types").await;
    let items = wire.replay(client(&wire).get_product_image_types().send().await);
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].name.as_deref(), Some("Image type 76"));
    assert_eq!(items[0].height, Some(631));
    assert_eq!(items[0].width, Some(637));
}

#[tokio::test]
async fn get_slider_image() {
    let wire = WireTest::start("kinow", "get_slider_image").await;
    let page = wire.replay(client(&wire).get_slider_image().send().await);
    assert_eq!(page.data[0].id, Some(817));
    assert_eq!(
        page.data[0].source.as_deref(),
        Some("https://cdn.kinow.example/image/source.jpg")
    );
    assert_eq!(page.data[0].type_.as_deref(), Some("video"));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_subscription_cover_image() {
    let wire = WireTest::start("kinow", "get_subscription_cover_image").await;
    let image = wire.replay(
        client(&wire)
            .get_subscription_cover_image()
            .subscription_id(73)
            .send()
            .await,
    );
    assert_eq!(image.id, Some(594));
    assert_eq!(
        image.source.as_deref(),
        Some("https://cdn.kinow.example/image/source.jpg")
    );
    assert_eq!(image.type_.as_deref(), Some("video"));
}
