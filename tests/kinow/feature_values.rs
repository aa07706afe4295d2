//! FeatureValuesApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn get_feature_values() {
    let wire = WireTest::start("kinow", "get_feature_values").await;
    let page = wire.replay(
        client(&wire)
            .get_feature_values()
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(29));
    assert_eq!(page.data[0].custom, Some(true));
    assert_eq!(page.data[0].id_feature, Some(24));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn attach_features_to_product() {
    let wire = WireTest::start("kinow", "attach_features_to_product").await;
    wire.replay(
        client(&wire)
            .attach_features_to_product()
            .product_id(106)
            .features("[{\"id_feature\": 3, \"id_feature_value\": 5}]")
            .send()
            .await,
    );
}

#[tokio::test]
async fn attach_features_to_video() {
    let wire = WireTest::start("kinow", "attach_features_to_video").await;
    wire.replay(
        client(&wire)
            .attach_features_to_video()
            .video_id(292)
            .features("[{\"id_feature\": 3, \"id_feature_value\": 5}]")
            .send()
            .await,
    );
}
