//! OrderHistoriesApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn get_order_histories() {
    let wire = WireTest::start("kinow", "get_order_histories").await;
    let page = wire.replay(
        client(&wire)
            .get_order_histories()
            .order_id(10)
            .page(2)
            .per_page(20)
            .sort_by("date_add")
            .sort_direction("desc")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(552));
    assert_eq!(
        page.data[0].date_add.as_deref(),
        Some("2024-03-24 10:15:00")
    );
    assert_eq!(page.data[0].id_order, Some(87));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}
