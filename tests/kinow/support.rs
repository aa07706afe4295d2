//! SupportApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn create_message() {
    let wire = WireTest::start("kinow", "create_message").await;
    let support = wire.replay(
        client(&wire)
            .create_message()
            .body(types::CreateMessageRequest {
                email: "jane.doe@example.com".to_string(),
                id_contact: 435,
                id_lang: 1,
                id_order: Some(402),
                id_product: Some(194),
                id_support: Some(36),
                message: "Thanks for watching!".to_string(),
                send_mail: Some(true),
            })
            .send()
            .await,
    );
    assert_eq!(support.id, Some(608));
    assert_eq!(support.date_add.as_deref(), Some("2024-03-05 10:15:00"));
    assert_eq!(support.date_upd.as_deref(), Some("2024-03-07 10:15:00"));
}

#[tokio::test]
async fn get_contacts() {
    let wire = WireTest::start("kinow", "get_contacts").await;
    let page = wire.replay(
        client(&wire)
            .get_contacts()
            .page(2)
            .per_page(20)
            .sort_by("date_add")
            .sort_direction("desc")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(153));
    assert_eq!(page.data[0].email.as_deref(), Some("jane.doe@example.com"));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}
