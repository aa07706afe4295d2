//! SubscriptionsApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn detach_category_from_subscription() {
    let wire = WireTest::start("kinow", "detach_category_from_subscription").await;
    wire.replay(
        client(&wire)
            .detach_category_from_subscription()
            .subscription_id(390)
            .category_id(3)
            .send()
            .await,
    );
}

#[tokio::test]
async fn get_subscription() {
    let wire = WireTest::start("kinow", "get_subscription").await;
    let subscription = wire.replay(
        client(&wire)
            .get_subscription()
            .subscription_id(326)
            .send()
            .await,
    );
    assert_eq!(subscription.id, Some(319));
    assert_eq!(subscription.alert_type.as_deref(), Some("email"));
    assert_eq!(subscription.active, Some(true));
}

#[tokio::test]
async fn get_subscriptions() {
    let wire = WireTest::start("kinow", "get_subscriptions").await;
    let page = wire.replay(
        client(&wire)
            .get_subscriptions()
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(711));
    assert_eq!(page.data[0].alert_type.as_deref(), Some("email"));
    assert_eq!(page.data[0].active, Some(true));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn attach_categories_to_subscription() {
    let wire = WireTest::start("kinow", "attach_categories_to_subscription").await;
    wire.replay(
        client(&wire)
            .attach_categories_to_subscription()
            .subscription_id(421)
            .category_ids("42,21,84")
            .send()
            .await,
    );
}
