//! StatsApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn create_video_stat_session() {
    let wire = WireTest::start("kinow", "create_video_stat_session").await;
    let create_video_stat_session = wire.replay(
        client(&wire)
            .create_video_stat_session()
            .body(types::CreateVideoStatSessionRequest {
                access_id: Some(193),
                customer_id: 709,
                date: "2024-03-23 10:15:00".to_string(),
                device_id: Some(326),
                group_id: Some(791),
                iso_code: Some("fr".to_string()),
                seek: Some(125.5),
                user_agent: "Mozilla/5.0".to_string(),
                video_id: 252,
                watched_time: 576,
            })
            .send()
            .await,
    );
    assert_eq!(create_video_stat_session.date, "2024-03-26 10:15:00");
    assert_eq!(create_video_stat_session.iso_code.as_deref(), Some("fr"));
    assert_eq!(create_video_stat_session.user_agent, "Mozilla/5.0");
}

#[tokio::test]
async fn get_customer_group_total_watched() {
    let wire = WireTest::start("kinow", "get_customer_group_total_watched").await;
    let page = wire.replay(
        client(&wire)
            .get_customer_group_total_watched()
            .group_id(345)
            .date_from("2024-01-01 00:00:00")
            .date_to("2024-12-31 23:59:59")
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].duration, Some(125.5));
    assert_eq!(page.data[0].group_id, Some(758));
    assert_eq!(page.data[0].played, Some(304));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_customer_sessions() {
    let wire = WireTest::start("kinow", "get_customer_sessions").await;
    let page = wire.replay(
        client(&wire)
            .get_customer_sessions()
            .customer_id(306)
            .group_id(307)
            .video_id(338)
            .date_from("2024-01-01 00:00:00")
            .date_to("2024-12-31 23:59:59")
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].date.as_deref(), Some("2024-03-22 10:15:00"));
    assert_eq!(page.data[0].iso_code.as_deref(), Some("fr"));
    assert_eq!(page.data[0].customer_id, Some(726));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_customer_sessions_multiple() {
    let wire = WireTest::start("kinow", "get_customer_sessions_multiple").await;
    let items = wire.replay(
        client(&wire)
            .get_customer_sessions_multiple()
            .customer_id(466)
            .body(types::VideoIdList2 {
                video_ids: Some("42,21,84".to_string()),
            })
            .send()
            .await,
    );
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].date.as_deref(), Some("2024-03-22 10:15:00"));
    assert_eq!(items[0].iso_code.as_deref(), Some("fr"));
    assert_eq!(items[0].customer_id, Some(726));
}

#[tokio::test]
async fn get_customer_video_stats() {
    let wire = WireTest::start("kinow", "get_customer_video_stats").await;
    let page = wire.replay(
        client(&wire)
            .get_customer_video_stats()
            .customer_id(21)
            .date_from("2024-01-01 00:00:00")
            .date_to("2024-12-31 23:59:59")
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].customer_id, Some(95));
    assert_eq!(page.data[0].duration, Some(125.5));
    assert_eq!(page.data[0].played, Some(502));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_customer_videos_view_informations() {
    let wire = WireTest::start("kinow", "get_customer_videos_view_informations").await;
    let items = wire.replay(
        client(&wire)
            .get_customer_videos_view_informations()
            .customer_id(420)
            .body(types::VideoIdList1 {
                video_ids: Some("42,21,84".to_string()),
            })
            .send()
            .await,
    );
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].id_product_video, Some(244));
    assert_eq!(items[0].view, Some(true));
}

#[tokio::test]
async fn get_products_watched() {
    let wire = WireTest::start("kinow", "get_products_watched").await;
    let page = wire.replay(
        client(&wire)
            .get_products_watched()
            .customer_id(127)
            .page(2)
            .per_page(20)
            .ip("203.0.113.7")
            .iso_code("fr")
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
async fn get_video_stats() {
    let wire = WireTest::start("kinow", "get_video_stats").await;
    let page = wire.replay(
        client(&wire)
            .get_video_stats()
            .video_id(65)
            .date_from("2024-01-01 00:00:00")
            .date_to("2024-12-31 23:59:59")
            .page(2)
            .send()
            .await,
    );
    assert_eq!(page.data[0].duration, Some(125.5));
    assert_eq!(page.data[0].played, Some(84));
    assert_eq!(page.data[0].video_id, Some(221));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_videos_watching() {
    let wire = WireTest::start("kinow", "get_videos_watching").await;
    let page = wire.replay(
        client(&wire)
            .get_videos_watching()
            .customer_id(229)
            .page(2)
            .per_page(20)
            .ip("203.0.113.7")
            .iso_code("fr")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(865));
    assert_eq!(
        page.data[0].advertising_url.as_deref(),
        Some("https://cdn.kinow.example/video-watching/advertising_url.jpg")
    );
    assert_eq!(
        page.data[0].behavior_detected_countries.as_deref(),
        Some("behavior detected countries")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn set_customer_video_view_informations() {
    let wire = WireTest::start("kinow", "set_customer_video_view_informations").await;
    wire.replay(
        client(&wire)
            .set_customer_video_view_informations()
            .customer_id(346)
            .video_id(310)
            .body(types::View { view: Some(true) })
            .send()
            .await,
    );
}
