//! ExtractsApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn create_extract() {
    let wire = WireTest::start("kinow", "create_extract").await;
    let extract = wire.replay(
        client(&wire)
            .create_extract()
            .body(types::CreateExtractRequest {
                active: Some(true),
                advertising_url: Some(
                    "https://cdn.kinow.example/extract/advertising_url.jpg".to_string(),
                ),
                can_watch: Some(true),
                cover: Some("https://cdn.kinow.example/extract/cover.jpg".to_string()),
                date_add: Some("2024-03-08 10:15:00".to_string()),
                date_upd: Some("2024-03-23 10:15:00".to_string()),
                description: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("A short description of the extract.".to_string()),
                }],
                filename: "trailer.mp4".to_string(),
                id_media_player: Some(869),
                id_media_source: Some(303),
                id_product: Some(894),
                id_product_image: Some(811),
                name: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("Extract 89".to_string()),
                }],
                position: Some(1),
                thumbnail: Some("https://cdn.kinow.example/extract/thumbnail.jpg".to_string()),
            })
            .send()
            .await,
    );
    assert_eq!(extract.id, Some(111));
    assert_eq!(
        extract.advertising_url.as_deref(),
        Some("https://cdn.kinow.example/extract/advertising_url.jpg")
    );
    assert_eq!(
        extract.cover.as_deref(),
        Some("https://cdn.kinow.example/extract/cover.jpg")
    );
}

#[tokio::test]
async fn create_extract_subtitle() {
    let wire = WireTest::start("kinow", "create_extract_subtitle").await;
    let subtitle = wire.replay(
        client(&wire)
            .create_extract_subtitle()
            .extract_id(119)
            .body(types::CreateExtractSubtitleRequest {
                background: Some(888),
                color: Some("#ff6600".to_string()),
                filename: "trailer.mp4".to_string(),
                font: Some(835),
                id_lang: 1,
                name: "Extract subtitle 82".to_string(),
                size: Some(719),
                text_shadow: Some("text shadow".to_string()),
            })
            .send()
            .await,
    );
    assert_eq!(subtitle.id, Some(588));
    assert_eq!(subtitle.background.as_deref(), Some("background"));
    assert_eq!(subtitle.color.as_deref(), Some("#ff6600"));
}

#[tokio::test]
async fn delete_extract() {
    let wire = WireTest::start("kinow", "delete_extract").await;
    wire.replay(client(&wire).delete_extract().extract_id(345).send().await);
}

#[tokio::test]
async fn get_extract() {
    let wire = WireTest::start("kinow", "get_extract").await;
    let extract = wire.replay(client(&wire).get_extract().extract_id(315).send().await);
    assert_eq!(extract.id, Some(111));
    assert_eq!(
        extract.advertising_url.as_deref(),
        Some("https://cdn.kinow.example/extract/advertising_url.jpg")
    );
    assert_eq!(
        extract.cover.as_deref(),
        Some("https://cdn.kinow.example/extract/cover.jpg")
    );
}

#[tokio::test]
async fn get_extract_features() {
    let wire = WireTest::start("kinow", "get_extract_features").await;
    let page = wire.replay(
        client(&wire)
            .get_extract_features()
            .extract_id(314)
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

#[tokio::test]
async fn get_extract_player() {
    let wire = WireTest::start("kinow", "get_extract_player").await;
    let player_configuration = wire.replay(
        client(&wire)
            .get_extract_player()
            .extract_id(48)
            .customer_id(161)
            .ip_address("203.0.113.7")
            .iso_code("fr")
            .send()
            .await,
    );
    assert_eq!(player_configuration.captions.as_deref(), Some("captions"));
    assert_eq!(
        player_configuration.session_id.as_deref(),
        Some("session id")
    );
    assert_eq!(
        player_configuration.url.as_deref(),
        Some("https://cdn.kinow.example/player-configuration/url.jpg")
    );
}

#[tokio::test]
async fn get_extract_subtitles() {
    let wire = WireTest::start("kinow", "get_extract_subtitles").await;
    let page = wire.replay(
        client(&wire)
            .get_extract_subtitles()
            .extract_id(120)
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

#[tokio::test]
async fn get_extracts() {
    let wire = WireTest::start("kinow", "get_extracts").await;
    let page = wire.replay(
        client(&wire)
            .get_extracts()
            .page(2)
            .per_page(20)
            .features("{\"*\": {\"value\": \"drama\", \"operator\": \"strict\"}}")
            .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
            .ip("203.0.113.7")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(866));
    assert_eq!(
        page.data[0].advertising_url.as_deref(),
        Some("https://cdn.kinow.example/extract/advertising_url.jpg")
    );
    assert_eq!(
        page.data[0].cover.as_deref(),
        Some("https://cdn.kinow.example/extract/cover.jpg")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn has_access_to_extracts() {
    let wire = WireTest::start("kinow", "has_access_to_extracts").await;
    let items = wire.replay(
        client(&wire)
            .has_access_to_extracts()
            .body(types::ExtractIdList {
                extract_ids: Some("42,21,84".to_string()),
                ip_address: Some("203.0.113.7".to_string()),
            })
            .send()
            .await,
    );
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].error_code, Some(851));
    assert_eq!(items[0].id_extract, Some(415));
    assert_eq!(items[0].streaming, Some(true));
}

#[tokio::test]
async fn update_extract() {
    let wire = WireTest::start("kinow", "update_extract").await;
    let extract = wire.replay(
        client(&wire)
            .update_extract()
            .extract_id(443)
            .body(types::UpdateExtractRequest {
                active: Some(true),
                advertising_url: Some(
                    "https://cdn.kinow.example/extract/advertising_url.jpg".to_string(),
                ),
                can_watch: Some(true),
                cover: Some("https://cdn.kinow.example/extract/cover.jpg".to_string()),
                date_add: Some("2024-03-08 10:15:00".to_string()),
                date_upd: Some("2024-03-17 10:15:00".to_string()),
                description: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("A short description of the extract.".to_string()),
                }],
                filename: Some("trailer.mp4".to_string()),
                id_media_player: Some(470),
                id_media_source: Some(854),
                id_product: Some(391),
                id_product_image: Some(168),
                name: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("Extract 41".to_string()),
                }],
                position: Some(1),
                thumbnail: Some("https://cdn.kinow.example/extract/thumbnail.jpg".to_string()),
            })
            .send()
            .await,
    );
    assert_eq!(extract.id, Some(111));
    assert_eq!(
        extract.advertising_url.as_deref(),
        Some("https://cdn.kinow.example/extract/advertising_url.jpg")
    );
    assert_eq!(
        extract.cover.as_deref(),
        Some("https://cdn.kinow.example/extract/cover.jpg")
    );
}

#[tokio::test]
async fn attach_cover_to_extract() {
    let wire = WireTest::start("kinow", "attach_cover_to_extract").await;
    wire.replay(
        client(&wire)
            .attach_cover_to_extract()
            .extract_id(35)
            .id_image(481)
            .send()
            .await,
    );
}

#[tokio::test]
async fn attach_features_to_extract() {
    let wire = WireTest::start("kinow", "attach_features_to_extract").await;
    wire.replay(
        client(&wire)
            .attach_features_to_extract()
            .extract_id(304)
            .features("[{\"id_feature\": 3, \"id_feature_value\": 5}]")
            .send()
            .await,
    );
}
