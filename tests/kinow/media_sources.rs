//! MediaSourcesApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn get_media_source() {
    let wire = WireTest::start("kinow", "get_media_source").await;
    let media_source = wire.replay(client(&wire).get_media_source().source_id(256).send().await);
    assert_eq!(media_source.id, Some(47));
    assert_eq!(media_source.name.as_deref(), Some("Media source 66"));
    assert_eq!(media_source.active, Some(true));
}

#[tokio::test]
async fn get_media_sources() {
    let wire = WireTest::start("kinow", "get_media_sources").await;
    let page = wire.replay(
        client(&wire)
            .get_media_sources()
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(65));
    assert_eq!(page.data[0].name.as_deref(), Some("Media source 26"));
    assert_eq!(page.data[0].active, Some(true));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}
