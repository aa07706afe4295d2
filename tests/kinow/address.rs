//! AddressApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn get_customer_address() {
    let wire = WireTest::start("kinow", "get_customer_address").await;
    let address = wire.replay(
        client(&wire)
            .get_customer_address()
            .customer_id(244)
            .send()
            .await,
    );
    assert_eq!(address.id, Some(476));
    assert_eq!(address.address1.as_deref(), Some("12 rue de la Paix"));
    assert_eq!(address.city.as_deref(), Some("Paris"));
}

#[tokio::test]
async fn update_address() {
    let wire = WireTest::start("kinow", "update_address").await;
    let address = wire.replay(
        client(&wire)
            .update_address()
            .address_id(317)
            .body(types::UpdateAddressRequest {
                address1: Some("12 rue de la Paix".to_string()),
                city: Some("Paris".to_string()),
                company: Some("Kinow Films SAS".to_string()),
                id_country: Some(604),
                id_state: Some(680),
                postcode: Some("75002".to_string()),
            })
            .send()
            .await,
    );
    assert_eq!(address.id, Some(476));
    assert_eq!(address.address1.as_deref(), Some("12 rue de la Paix"));
    assert_eq!(address.city.as_deref(), Some("Paris"));
}
