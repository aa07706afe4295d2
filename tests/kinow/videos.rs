//! VideosApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn create_video() {
    let wire = WireTest::start("kinow", "create_video").await;
    let video = wire.replay(
        client(&wire)
            .create_video()
            .body(types::CreateVideoRequest {
                active: Some(true),
                advertising_url: Some(
                    "https://cdn.kinow.example/video/advertising_url.jpg".to_string(),
                ),
                behavior_detected_countries: Some("behavior detected countries".to_string()),
                behavior_non_detected_countries: Some(
                    "behavior non detected countries".to_string(),
                ),
                can_watch: Some(true),
                cover: Some("https://cdn.kinow.example/video/cover.jpg".to_string()),
                date_add: Some("2024-03-02 10:15:00".to_string()),
                date_upd: Some("2024-03-10 10:15:00".to_string()),
                description: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("A short description of the video.".to_string()),
                }],
                description_short: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("A short description of the video.".to_string()),
                }],
                download: Some(542),
                duration: Some(5400),
                filename: "trailer.mp4".to_string(),
                free: Some(442),
                geoloc_enabled: Some(true),
                has_free_access: Some(types::VideoFreeAccess {
                    has_download: Some(true),
                    has_streaming: Some(true),
                }),
                id_language: 205,
                id_media_source: 533,
                id_product: 427,
                id_product_image: Some(181),
                id_video_group: Some(712),
                language_filter: Some(359),
                name: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("Video 15".to_string()),
                }],
                position: Some(1),
                subscription: Some(3),
                thumbnail: Some("https://cdn.kinow.example/video/thumbnail.jpg".to_string()),
            })
            .send()
            .await,
    );
    assert_eq!(video.id, Some(201));
    assert_eq!(
        video.advertising_url.as_deref(),
        Some("https://cdn.kinow.example/video/advertising_url.jpg")
    );
    assert_eq!(
        video.behavior_detected_countries.as_deref(),
        Some("behavior detected countries")
    );
}

#[tokio::test]
async fn create_video_subtitle() {
    let wire = WireTest::start("kinow", "create_video_subtitle").await;
    let subtitle = wire.replay(
        client(&wire)
            .create_video_subtitle()
            .video_id(355)
            .body(types::CreateVideoSubtitleRequest {
                background: Some(636),
                color: Some("#ff6600".to_string()),
                filename: "trailer.mp4".to_string(),
                font: Some(185),
                id_lang: 1,
                name: "Video subtitle 48".to_string(),
                size: Some(683),
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
async fn delete_video() {
    let wire = WireTest::start("kinow", "delete_video").await;
    wire.replay(client(&wire).delete_video().video_id(66).send().await);
}

#[tokio::test]
async fn get_disabled_subscriptions() {
    let wire = WireTest::start("kinow", "get_disabled_subscriptions").await;
    let page = wire.replay(
        client(&wire)
            .get_disabled_subscriptions()
            .video_id(252)
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(711));
    assert_eq!(page.data[0].alert_type.as_deref(), Some("email"));
    assert_eq!(page.data[0].active, Some(true));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_video() {
    let wire = WireTest::start("kinow", "get_video").await;
    let video = wire.replay(client(&wire).get_video().video_id(175).send().await);
    assert_eq!(video.id, Some(201));
    assert_eq!(
        video.advertising_url.as_deref(),
        Some("https://cdn.kinow.example/video/advertising_url.jpg")
    );
    assert_eq!(
        video.behavior_detected_countries.as_deref(),
        Some("behavior detected countries")
    );
}

#[tokio::test]
async fn get_video_access() {
    let wire = WireTest::start("kinow", "get_video_access").await;
    wire.replay(
        client(&wire)
            .get_video_access()
            .video_id(364)
            .customer_id(497)
            .send()
            .await,
    );
}

#[tokio::test]
async fn get_video_bonus() {
    let wire = WireTest::start("kinow", "get_video_bonus").await;
    let items = wire.replay(client(&wire).get_video_bonus().video_id(80).send().await);
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].id, Some(191));
    assert_eq!(items[0].file_name.as_deref(), Some("file name"));
    assert_eq!(items[0].mime.as_deref(), Some("video/mp4"));
}

#[tokio::test]
async fn get_video_cover() {
    let wire = WireTest::start("kinow", "get_video_cover").await;
    let image = wire.replay(client(&wire).get_video_cover().video_id(224).send().await);
    assert_eq!(image.id, Some(594));
    assert_eq!(
        image.source.as_deref(),
        Some("https://cdn.kinow.example/image/source.jpg")
    );
    assert_eq!(image.type_.as_deref(), Some("video"));
}

#[tokio::test]
async fn get_video_download_url() {
    let wire = WireTest::start("kinow", "get_video_download_url").await;
    let download_informations = wire.replay(
        client(&wire)
            .get_video_download_url()
            .video_id(478)
            .customer_id(287)
            .ip_address("203.0.113.7")
            .send()
            .await,
    );
    assert_eq!(download_informations.captions.as_deref(), Some("captions"));
    assert_eq!(
        download_informations.session_id.as_deref(),
        Some("session id")
    );
    assert_eq!(
        download_informations.source_url.as_deref(),
        Some("https://cdn.kinow.example/download-informations/source_url.jpg")
    );
}

#[tokio::test]
async fn get_video_features() {
    let wire = WireTest::start("kinow", "get_video_features").await;
    let page = wire.replay(
        client(&wire)
            .get_video_features()
            .video_id(14)
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
async fn get_video_geolocation() {
    let wire = WireTest::start("kinow", "get_video_geolocation").await;
    let page = wire.replay(
        client(&wire)
            .get_video_geolocation()
            .video_id(94)
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(897));
    assert_eq!(page.data[0].iso_code.as_deref(), Some("fr"));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_video_geolocation_by_ip() {
    let wire = WireTest::start("kinow", "get_video_geolocation_by_ip").await;
    wire.replay(
        client(&wire)
            .get_video_geolocation_by_ip()
            .video_id(210)
            .ip_address("203.0.113.7")
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
}

#[tokio::test]
async fn get_video_player() {
    let wire = WireTest::start("kinow", "get_video_player").await;
    let player_configuration = wire.replay(
        client(&wire)
            .get_video_player()
            .video_id(376)
            .customer_id(263)
            .country_id(194)
            .ip_address("203.0.113.7")
            .iso_code("fr")
            .force_reload(true)
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
async fn get_video_subtitles() {
    let wire = WireTest::start("kinow", "get_video_subtitles").await;
    let page = wire.replay(
        client(&wire)
            .get_video_subtitles()
            .video_id(421)
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
async fn get_video_views() {
    let wire = WireTest::start("kinow", "get_video_views").await;
    let video_views = wire.replay(client(&wire).get_video_views().video_id(327).send().await);
    assert_eq!(video_views.duration, Some(125.5));
    assert_eq!(video_views.played, Some(105));
    assert_eq!(video_views.video_id, Some(297));
}

#[tokio::test]
async fn get_videos() {
    let wire = WireTest::start("kinow", "get_videos").await;
    let page = wire.replay(
        client(&wire)
            .get_videos()
            .page(2)
            .per_page(20)
            .features("{\"*\": {\"value\": \"drama\", \"operator\": \"strict\"}}")
            .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
            .ip("203.0.113.7")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(773));
    assert_eq!(
        page.data[0].advertising_url.as_deref(),
        Some("https://cdn.kinow.example/video/advertising_url.jpg")
    );
    assert_eq!(
        page.data[0].behavior_detected_countries.as_deref(),
        Some("behavior detected countries")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn update_video() {
    let wire = WireTest::start("kinow", "update_video").await;
    let video = wire.replay(
        client(&wire)
            .update_video()
            .video_id(382)
            .body(types::UpdateVideoRequest {
                active: Some(true),
                advertising_url: Some(
                    "https://cdn.kinow.example/video/advertising_url.jpg".to_string(),
                ),
                behavior_detected_countries: Some("behavior detected countries".to_string()),
                behavior_non_detected_countries: Some(
                    "behavior non detected countries".to_string(),
                ),
                can_watch: Some(true),
                cover: Some("https://cdn.kinow.example/video/cover.jpg".to_string()),
                date_add: Some("2024-03-19 10:15:00".to_string()),
                date_upd: Some("2024-03-12 10:15:00".to_string()),
                description: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("A short description of the video.".to_string()),
                }],
                description_short: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("A short description of the video.".to_string()),
                }],
                download: Some(799),
                duration: Some(5400),
                filename: Some("trailer.mp4".to_string()),
                free: Some(720),
                geoloc_enabled: Some(true),
                has_free_access: Some(types::VideoFreeAccess {
                    has_download: Some(true),
                    has_streaming: Some(true),
                }),
                id_language: Some(650),
                id_media_source: Some(713),
                id_product: Some(592),
                id_product_image: Some(402),
                id_video_group: Some(178),
                language_filter: Some(169),
                name: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("Video 68".to_string()),
                }],
                position: Some(1),
                subscription: Some(102),
                thumbnail: Some("https://cdn.kinow.example/video/thumbnail.jpg".to_string()),
            })
            .send()
            .await,
    );
    assert_eq!(video.id, Some(201));
    assert_eq!(
        video.advertising_url.as_deref(),
        Some("https://cdn.kinow.example/video/advertising_url.jpg")
    );
    assert_eq!(
        video.behavior_detected_countries.as_deref(),
        Some("behavior detected countries")
    );
}

#[tokio::test]
async fn attach_cover_to_video() {
    let wire = WireTest::start("kinow", "attach_cover_to_video").await;
    wire.replay(
        client(&wire)
            .attach_cover_to_video()
            .video_id(471)
            .id_image(532)
            .send()
            .await,
    );
}
