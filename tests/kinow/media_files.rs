//! MediaFilesApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn convert_live_to_vod() {
    let wire = WireTest::start("kinow", "convert_live_to_vod").await;
    wire.replay(
        client(&wire)
            .convert_live_to_vod()
            .source_id(398)
            .body(types::ConvertMediaLiveRequest {
                date_from: Some("2024-01-01 00:00:00".to_string()),
                date_to: Some("2024-12-31 23:59:59".to_string()),
                live_id: Some("live id".to_string()),
                name: Some("Convert media live 68".to_string()),
                stream_id: "stream id".to_string(),
            })
            .send()
            .await,
    );
}

#[tokio::test]
async fn create_live() {
    let wire = WireTest::start("kinow", "create_live").await;
    wire.replay(
        client(&wire)
            .create_live()
            .source_id(405)
            .body(types::CreateMediaLiveRequest {
                name: "Media live 91".to_string(),
            })
            .send()
            .await,
    );
}

#[tokio::test]
async fn get_live_streams() {
    let wire = WireTest::start("kinow", "get_live_streams").await;
    let page = wire.replay(
        client(&wire)
            .get_live_streams()
            .media_file_id(433)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(584));
    assert_eq!(
        page.data[0].date_add.as_deref(),
        Some("2024-03-07 10:15:00")
    );
    assert_eq!(
        page.data[0].date_end.as_deref(),
        Some("2024-12-31 23:59:59")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_media_file() {
    let wire = WireTest::start("kinow", "get_media_file").await;
    let media_file = wire.replay(
        client(&wire)
            .get_media_file()
            .media_file_id(89)
            .send()
            .await,
    );
    assert_eq!(media_file.id, Some(103));
    assert_eq!(
        media_file.cover.as_deref(),
        Some("https://cdn.kinow.example/media-file/cover.jpg")
    );
    assert_eq!(media_file.details.as_deref(), Some("details"));
}

#[tokio::test]
async fn get_media_source_files() {
    let wire = WireTest::start("kinow", "get_media_source_files").await;
    let page = wire.replay(
        client(&wire)
            .get_media_source_files()
            .source_id(381)
            .page(2)
            .per_page(20)
            .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
            .sort_by("date_add")
            .sort_direction("desc")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(275));
    assert_eq!(
        page.data[0].cover.as_deref(),
        Some("https://cdn.kinow.example/media-file/cover.jpg")
    );
    assert_eq!(page.data[0].details.as_deref(), Some("details"));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn post_media_source_files() {
    let wire = WireTest::start("kinow", "post_media_source_files").await;
    let media_file = wire.replay(
        client(&wire)
            .post_media_source_files()
            .source_id(465)
            .body(types::CreateMediaFileRequest {
                cover: Some("https://cdn.kinow.example/media-file/cover.jpg".to_string()),
                details: Some("details".to_string()),
                filename: "trailer.mp4".to_string(),
                thumbnail: Some("https://cdn.kinow.example/media-file/thumbnail.jpg".to_string()),
                title: "Trailer".to_string(),
            })
            .send()
            .await,
    );
    assert_eq!(media_file.id, Some(103));
    assert_eq!(
        media_file.cover.as_deref(),
        Some("https://cdn.kinow.example/media-file/cover.jpg")
    );
    assert_eq!(media_file.details.as_deref(), Some("details"));
}
