//! CurrenciesApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn get_currencies() {
    let wire = WireTest::start("kinow", "get_currencies").await;
    let page = wire.replay(
        client(&wire)
            .get_currencies()
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(554));
    assert_eq!(page.data[0].iso_code.as_deref(), Some("fr"));
    assert_eq!(page.data[0].iso_code_num.as_deref(), Some("978"));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}
