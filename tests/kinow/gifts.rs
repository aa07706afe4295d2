//! GiftsApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn consume_gift() {
    let wire = WireTest::start("kinow", "consume_gift").await;
    wire.replay(
        client(&wire)
            .consume_gift()
            .gift_id(88)
            .customer_id(402)
            .token("c2f1e9a7b3d84f6e")
            .send()
            .await,
    );
}

#[tokio::test]
async fn create_gift() {
    let wire = WireTest::start("kinow", "create_gift").await;
    let gift = wire.replay(
        client(&wire)
            .create_gift()
            .body(types::CreateGiftRequest {
                auto_link: Some(true),
                custom: Some("custom".to_string()),
                date_send: Some("2024-03-26 10:15:00".to_string()),
                email: "jane.doe@example.com".to_string(),
                firstname: "Jane".to_string(),
                id_cart: 13,
                id_product: 302,
                id_product_attribute: Some(585),
                lastname: "Doe".to_string(),
                message: "Thanks for watching!".to_string(),
            })
            .send()
            .await,
    );
    assert_eq!(gift.id, Some(118));
    assert_eq!(gift.custom.as_deref(), Some("custom"));
    assert_eq!(gift.date_send.as_deref(), Some("2024-03-07 10:15:00"));
}

#[tokio::test]
async fn delete_gift() {
    let wire = WireTest::start("kinow", "delete_gift").await;
    wire.replay(client(&wire).delete_gift().gift_id(76).send().await);
}

#[tokio::test]
async fn delete_gifts_in_cart() {
    let wire = WireTest::start("kinow", "delete_gifts_in_cart").await;
    wire.replay(
        client(&wire)
            .delete_gifts_in_cart()
            .cart_id(371)
            .send()
            .await,
    );
}

#[tokio::test]
async fn get_gift() {
    let wire = WireTest::start("kinow", "get_gift").await;
    let gift = wire.replay(client(&wire).get_gift().gift_id(451).send().await);
    assert_eq!(gift.id, Some(118));
    assert_eq!(gift.custom.as_deref(), Some("custom"));
    assert_eq!(gift.date_send.as_deref(), Some("2024-03-07 10:15:00"));
}

#[tokio::test]
async fn get_gift_in_cart() {
    let wire = WireTest::start("kinow", "get_gift_in_cart").await;
    let gift = wire.replay(client(&wire).get_gift_in_cart().cart_id(450).send().await);
    assert_eq!(gift.id, Some(118));
    assert_eq!(gift.custom.as_deref(), Some("custom"));
    assert_eq!(gift.date_send.as_deref(), Some("2024-03-07 10:15:00"));
}

#[tokio::test]
async fn get_gift_token() {
    let wire = WireTest::start("kinow", "get_gift_token").await;
    let gift_token = wire.replay(client(&wire).get_gift_token().gift_id(116).send().await);
    assert_eq!(gift_token.token.as_deref(), Some("c2f1e9a7b3d84f6e"));
}

#[tokio::test]
async fn get_gifts() {
    let wire = WireTest::start("kinow", "get_gifts").await;
    let page = wire.replay(
        client(&wire)
            .get_gifts()
            .unused_only(true)
            .paid_only(true)
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(105));
    assert_eq!(page.data[0].custom.as_deref(), Some("custom"));
    assert_eq!(
        page.data[0].date_send.as_deref(),
        Some("2024-03-10 10:15:00")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_gifts_in_cart() {
    let wire = WireTest::start("kinow", "get_gifts_in_cart").await;
    let page = wire.replay(client(&wire).get_gifts_in_cart().cart_id(346).send().await);
    assert_eq!(page.data[0].id, Some(105));
    assert_eq!(page.data[0].custom.as_deref(), Some("custom"));
    assert_eq!(
        page.data[0].date_send.as_deref(),
        Some("2024-03-10 10:15:00")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn send_gift() {
    let wire = WireTest::start("kinow", "send_gift").await;
    wire.replay(client(&wire).send_gift().gift_id(346).send().await);
}

#[tokio::test]
async fn update_gift() {
    let wire = WireTest::start("kinow", "update_gift").await;
    let gift = wire.replay(
        client(&wire)
            .update_gift()
            .gift_id(30)
            .body(types::UpdateGiftRequest {
                custom: Some("custom".to_string()),
                date_send: Some("2024-03-26 10:15:00".to_string()),
                email: Some("jane.doe@example.com".to_string()),
                firstname: Some("Jane".to_string()),
                lastname: Some("Doe".to_string()),
                message: Some("Thanks for watching!".to_string()),
            })
            .send()
            .await,
    );
    assert_eq!(gift.id, Some(118));
    assert_eq!(gift.custom.as_deref(), Some("custom"));
    assert_eq!(gift.date_send.as_deref(), Some("2024-03-07 10:15:00"));
}
