//! GeolocationsApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn get_geoloc_settings() {
    let wire = WireTest::start("kinow", "get_geoloc_settings").await;
    let geoloc_settings = wire.replay(
        client(&wire)
            .get_geoloc_settings()
            .type_("video")
            .type_id(107)
            .send()
            .await,
    );
    assert_eq!(
        geoloc_settings.behavior_detected_countries.as_deref(),
        Some("behavior detected countries")
    );
    assert_eq!(
        geoloc_settings.behavior_non_detected_countries.as_deref(),
        Some("behavior non detected countries")
    );
    assert_eq!(geoloc_settings.geoloc_enabled, Some(true));
}

#[tokio::test]
async fn get_ip_location() {
    let wire = WireTest::start("kinow", "get_ip_location").await;
    let ip_location = wire.replay(
        client(&wire)
            .get_ip_location()
            .ip_address("203.0.113.7")
            .send()
            .await,
    );
    assert_eq!(ip_location.continent.as_deref(), Some("continent"));
    assert_eq!(ip_location.country.as_deref(), Some("France"));
    assert_eq!(ip_location.ip.as_deref(), Some("203.0.113.7"));
}

#[tokio::test]
async fn get_platform_access_info() {
    let wire = WireTest::start("kinow", "get_platform_access_info").await;
    let platform_access = wire.replay(
        client(&wire)
            .get_platform_access_info()
            .ip_address("203.0.113.7")
            .send()
            .await,
    );
    assert_eq!(platform_access.can_access, Some(true));
    assert_eq!(platform_access.can_buy, Some(true));
}

#[tokio::test]
async fn get_product_geolocations_by_ip() {
    let wire = WireTest::start("kinow", "get_product_geolocations_by_ip").await;
    wire.replay(
        client(&wire)
            .get_product_geolocations_by_ip()
            .product_id(183)
            .page(2)
            .per_page(20)
            .ip_address("203.0.113.7")
            .send()
            .await,
    );
}

#[tokio::test]
async fn set_product_geolocation() {
    let wire = WireTest::start("kinow", "set_product_geolocation").await;
    wire.replay(
        client(&wire)
            .set_product_geolocation()
            .product_id(363)
            .page(2)
            .per_page(20)
            .countries("250,276")
            .enabled(1)
            .behavior_detected_countries("allow")
            .behavior_non_detected_countries("block")
            .send()
            .await,
    );
}

#[tokio::test]
async fn set_video_geolocation() {
    let wire = WireTest::start("kinow", "set_video_geolocation").await;
    wire.replay(
        client(&wire)
            .set_video_geolocation()
            .video_id(118)
            .countries("250,276")
            .enabled(1)
            .behavior_detected_countries("allow")
            .behavior_non_detected_countries("block")
            .send()
            .await,
    );
}
