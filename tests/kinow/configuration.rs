//! ConfigurationApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn get_configuration() {
    let wire = WireTest::start("kinow", "get_configuration").await;
    let page = wire.replay(
        client(&wire)
            .get_configuration()
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    // A free-form value (the SDK's `object`): here an object.
    assert_eq!(page.data[0].name.as_deref(), Some("PLAYER_SETTINGS"));
    assert_eq!(
        page.data[0].value,
        Some(serde_json::json!({"theme": "dark", "autoplay": true}))
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_configuration_analytics() {
    let wire = WireTest::start("kinow", "get_configuration_analytics").await;
    let page = wire.replay(
        client(&wire)
            .get_configuration_analytics()
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].tag.as_deref(), Some("tag"));
    assert_eq!(page.data[0].type_.as_deref(), Some("video"));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_configuration_by_name() {
    let wire = WireTest::start("kinow", "get_configuration_by_name").await;
    let configuration = wire.replay(
        client(&wire)
            .get_configuration_by_name()
            .configuration_name("PS_SHOP_NAME")
            .send()
            .await,
    );
    // A free-form value (the SDK's `object`): here a string.
    assert_eq!(configuration.name.as_deref(), Some("PS_SHOP_NAME"));
    assert_eq!(configuration.value, Some(serde_json::json!("Kinow Films")));
}

#[tokio::test]
async fn get_configuration_logo() {
    let wire = WireTest::start("kinow", "get_configuration_logo").await;
    let logo_settings = wire.replay(client(&wire).get_configuration_logo().send().await);
    assert_eq!(logo_settings.favicon_16.as_deref(), Some("favicon 16"));
    assert_eq!(
        logo_settings.url.as_deref(),
        Some("https://cdn.kinow.example/logo-settings/url.jpg")
    );
}

#[tokio::test]
async fn get_configuration_social() {
    let wire = WireTest::start("kinow", "get_configuration_social").await;
    let social_settings = wire.replay(client(&wire).get_configuration_social().send().await);
    assert_eq!(social_settings.dailymotion.as_deref(), Some("dailymotion"));
    assert_eq!(social_settings.discord.as_deref(), Some("discord"));
    assert_eq!(social_settings.facebook.as_deref(), Some("facebook"));
}
