//! WidgetsApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn get_widget_analytics() {
    let wire = WireTest::start("kinow", "get_widget_analytics").await;
    let google_analytics = wire.replay(client(&wire).get_widget_analytics().send().await);
    assert_eq!(
        google_analytics.analytics_id.as_deref(),
        Some("analytics id")
    );
    assert_eq!(google_analytics.analytics_universal, Some(true));
    assert_eq!(google_analytics.analytics_user_id, Some(true));
}

#[tokio::test]
async fn get_widget_footer_menu() {
    let wire = WireTest::start("kinow", "get_widget_footer_menu").await;
    let page = wire.replay(
        client(&wire)
            .get_widget_footer_menu()
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(53));
    assert_eq!(page.data[0].column.as_deref(), Some("column"));
    assert_eq!(page.data[0].type_.as_deref(), Some("video"));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_widget_home_rail() {
    let wire = WireTest::start("kinow", "get_widget_home_rail").await;
    let page = wire.replay(
        client(&wire)
            .get_widget_home_rail()
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(529));
    assert_eq!(page.data[0].type_.as_deref(), Some("video"));
    assert_eq!(page.data[0].visibility.as_deref(), Some("visibility"));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_widget_home_rail_video() {
    let wire = WireTest::start("kinow", "get_widget_home_rail_video").await;
    let page = wire.replay(
        client(&wire)
            .get_widget_home_rail_video()
            .homerail_id(33)
            .page(2)
            .per_page(20)
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
async fn get_widget_hook_phrase() {
    let wire = WireTest::start("kinow", "get_widget_hook_phrase").await;
    let page = wire.replay(
        client(&wire)
            .get_widget_hook_phrase()
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(866));
    assert_eq!(page.data[0].type_.as_deref(), Some("video"));
    assert_eq!(page.data[0].blank, Some(true));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_widget_slider() {
    let wire = WireTest::start("kinow", "get_widget_slider").await;
    let page = wire.replay(
        client(&wire)
            .get_widget_slider()
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(654));
    assert_eq!(
        page.data[0].image.as_deref(),
        Some("https://cdn.kinow.example/widget-slider/image.jpg")
    );
    assert_eq!(page.data[0].type_.as_deref(), Some("video"));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_widget_slider_item() {
    let wire = WireTest::start("kinow", "get_widget_slider_item").await;
    let widget_slider = wire.replay(
        client(&wire)
            .get_widget_slider_item()
            .slider_id(71)
            .send()
            .await,
    );
    assert_eq!(widget_slider.id, Some(430));
    assert_eq!(
        widget_slider.image.as_deref(),
        Some("https://cdn.kinow.example/widget-slider/image.jpg")
    );
    assert_eq!(widget_slider.type_.as_deref(), Some("video"));
}

#[tokio::test]
async fn get_widget_slider_video_player() {
    let wire = WireTest::start("kinow", "get_widget_slider_video_player").await;
    let player = wire.replay(
        client(&wire)
            .get_widget_slider_video_player()
            .slider_id(140)
            .customer_id(121)
            .country_id(164)
            .send()
            .await,
    );
    assert_eq!(
        player.url.as_deref(),
        Some("https://cdn.kinow.example/player/url.jpg")
    );
}

#[tokio::test]
async fn get_widget_top_menu() {
    let wire = WireTest::start("kinow", "get_widget_top_menu").await;
    let page = wire.replay(
        client(&wire)
            .get_widget_top_menu()
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(594));
    assert_eq!(page.data[0].type_.as_deref(), Some("video"));
    assert_eq!(page.data[0].visibility.as_deref(), Some("visibility"));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}
