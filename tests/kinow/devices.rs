//! DevicesApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn create_devices() {
    let wire = WireTest::start("kinow", "create_devices").await;
    let device = wire.replay(
        client(&wire)
            .create_devices()
            .body(types::CreateDeviceRequest {
                application: Some("application".to_string()),
                fingerprint: Some("fingerprint".to_string()),
                id_customer: Some(321),
                os: Some("tvOS".to_string()),
                type_: Some("video".to_string()),
            })
            .send()
            .await,
    );
    assert_eq!(device.id, Some(154));
    assert_eq!(device.application.as_deref(), Some("application"));
    assert_eq!(device.date_add.as_deref(), Some("2024-03-22 10:15:00"));
}

#[tokio::test]
async fn delete_device() {
    let wire = WireTest::start("kinow", "delete_device").await;
    wire.replay(client(&wire).delete_device().device_id(89).send().await);
}

#[tokio::test]
async fn get_customer_devices() {
    let wire = WireTest::start("kinow", "get_customer_devices").await;
    let page = wire.replay(
        client(&wire)
            .get_customer_devices()
            .customer_id(435)
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(73));
    assert_eq!(page.data[0].application.as_deref(), Some("application"));
    assert_eq!(
        page.data[0].date_add.as_deref(),
        Some("2024-03-14 10:15:00")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}
