//! GendersApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn get_genders() {
    let wire = WireTest::start("kinow", "get_genders").await;
    let page = wire.replay(
        client(&wire)
            .get_genders()
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(488));
    assert_eq!(page.data[0].type_, Some(40));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}
