//! OrderStatesApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn get_order_state() {
    let wire = WireTest::start("kinow", "get_order_state").await;
    let order_state = wire.replay(
        client(&wire)
            .get_order_state()
            .order_state_id(63)
            .send()
            .await,
    );
    assert_eq!(order_state.id, Some(263));
    assert_eq!(order_state.deleted, Some(false));
    assert_eq!(order_state.paid, Some(true));
}

#[tokio::test]
async fn get_order_states() {
    let wire = WireTest::start("kinow", "get_order_states").await;
    let page = wire.replay(
        client(&wire)
            .get_order_states()
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(661));
    assert_eq!(page.data[0].deleted, Some(false));
    assert_eq!(page.data[0].paid, Some(true));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}
