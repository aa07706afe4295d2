//! FreeGiftsApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn consume_free_gift() {
    let wire = WireTest::start("kinow", "consume_free_gift").await;
    wire.replay(
        client(&wire)
            .consume_free_gift()
            .free_gift_id(474)
            .customer_id(129)
            .token("c2f1e9a7b3d84f6e")
            .send()
            .await,
    );
}

#[tokio::test]
async fn create_free_gift() {
    let wire = WireTest::start("kinow", "create_free_gift").await;
    let free_gift = wire.replay(
        client(&wire)
            .create_free_gift()
            .body(types::CreateFreeGiftRequest {
                email: "jane.doe@example.com".to_string(),
                firstname: "Jane".to_string(),
                id_customer: 186,
                id_product: 254,
                id_product_attribute: Some(284),
                lastname: "Doe".to_string(),
            })
            .send()
            .await,
    );
    assert_eq!(free_gift.id, Some(293));
    assert_eq!(free_gift.date_send.as_deref(), Some("2024-03-10 10:15:00"));
    assert_eq!(free_gift.email.as_deref(), Some("jane.doe@example.com"));
}

#[tokio::test]
async fn delete_free_gift() {
    let wire = WireTest::start("kinow", "delete_free_gift").await;
    wire.replay(
        client(&wire)
            .delete_free_gift()
            .free_gift_id(307)
            .send()
            .await,
    );
}

#[tokio::test]
async fn get_free_gift() {
    let wire = WireTest::start("kinow", "get_free_gift").await;
    let free_gift = wire.replay(client(&wire).get_free_gift().free_gift_id(335).send().await);
    assert_eq!(free_gift.id, Some(564));
    assert_eq!(free_gift.date_send.as_deref(), Some("2024-03-03 10:15:00"));
    assert_eq!(free_gift.email.as_deref(), Some("jane.doe@example.com"));
}

#[tokio::test]
async fn get_free_gift_token() {
    let wire = WireTest::start("kinow", "get_free_gift_token").await;
    let gift_token = wire.replay(
        client(&wire)
            .get_free_gift_token()
            .free_gift_id(21)
            .send()
            .await,
    );
    assert_eq!(gift_token.token.as_deref(), Some("c2f1e9a7b3d84f6e"));
}

#[tokio::test]
async fn get_free_gifts() {
    let wire = WireTest::start("kinow", "get_free_gifts").await;
    let page = wire.replay(client(&wire).get_free_gifts().unused_only(750).send().await);
    assert_eq!(page.data[0].id, Some(293));
    assert_eq!(
        page.data[0].date_send.as_deref(),
        Some("2024-03-10 10:15:00")
    );
    assert_eq!(page.data[0].email.as_deref(), Some("jane.doe@example.com"));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn send_free_gift() {
    let wire = WireTest::start("kinow", "send_free_gift").await;
    wire.replay(
        client(&wire)
            .send_free_gift()
            .free_gift_id(193)
            .send()
            .await,
    );
}
