//! FeaturesApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn get_features() {
    let wire = WireTest::start("kinow", "get_features").await;
    let page = wire.replay(
        client(&wire)
            .get_features()
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(170));
    assert_eq!(page.data[0].name.as_deref(), Some("Feature 93"));
    assert_eq!(page.data[0].position, Some(1));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}
