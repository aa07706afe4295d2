//! OrdersApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn get_order() {
    let wire = WireTest::start("kinow", "get_order").await;
    let order = wire.replay(client(&wire).get_order().order_id(317).send().await);
    assert_eq!(order.id, Some(868));
    assert_eq!(order.date_add.as_deref(), Some("2024-03-21 10:15:00"));
    assert_eq!(order.date_upd.as_deref(), Some("2024-03-15 10:15:00"));
}

#[tokio::test]
async fn get_orders() {
    let wire = WireTest::start("kinow", "get_orders").await;
    let page = wire.replay(
        client(&wire)
            .get_orders()
            .page(2)
            .per_page(20)
            .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
            .sort_by("date_add")
            .sort_direction("desc")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(359));
    assert_eq!(
        page.data[0].date_add.as_deref(),
        Some("2024-03-02 10:15:00")
    );
    assert_eq!(
        page.data[0].date_upd.as_deref(),
        Some("2024-03-02 10:15:00")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}
