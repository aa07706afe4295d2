//! PaymentModulesApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn get_payment_modules() {
    let wire = WireTest::start("kinow", "get_payment_modules").await;
    let page = wire.replay(
        client(&wire)
            .get_payment_modules()
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(218));
    assert_eq!(
        page.data[0].description.as_deref(),
        Some("A short description of the payment module.")
    );
    assert_eq!(page.data[0].display_name.as_deref(), Some("displayname"));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_payment_token() {
    let wire = WireTest::start("kinow", "get_payment_token").await;
    let payment_token1 = wire.replay(client(&wire).get_payment_token().token(525).send().await);
    assert_eq!(payment_token1.id_cart.as_deref(), Some("id cart"));
    assert_eq!(payment_token1.token.as_deref(), Some("c2f1e9a7b3d84f6e"));
}
