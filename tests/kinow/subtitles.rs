//! SubtitlesApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn get_subtitles() {
    let wire = WireTest::start("kinow", "get_subtitles").await;
    let page = wire.replay(
        client(&wire)
            .get_subtitles()
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(779));
    assert_eq!(page.data[0].background.as_deref(), Some("background"));
    assert_eq!(page.data[0].color.as_deref(), Some("#ff6600"));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}
