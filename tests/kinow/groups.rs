//! GroupsApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn create_group() {
    let wire = WireTest::start("kinow", "create_group").await;
    let group = wire.replay(
        client(&wire)
            .create_group()
            .body(types::CreateGroupRequest {
                name: vec![types::I18nFieldInput {
                    lang: Some(1),
                    value: Some("Group 32".to_string()),
                }],
            })
            .send()
            .await,
    );
    assert_eq!(group.id, Some(311));
    assert_eq!(group.date_add.as_deref(), Some("2024-03-16 10:15:00"));
    assert_eq!(group.date_upd.as_deref(), Some("2024-03-19 10:15:00"));
}

#[tokio::test]
async fn detach_customer_from_group() {
    let wire = WireTest::start("kinow", "detach_customer_from_group").await;
    wire.replay(
        client(&wire)
            .detach_customer_from_group()
            .group_id(455)
            .customer_id(228)
            .send()
            .await,
    );
}

#[tokio::test]
async fn get_group() {
    let wire = WireTest::start("kinow", "get_group").await;
    let group = wire.replay(client(&wire).get_group().group_id(9).send().await);
    assert_eq!(group.id, Some(311));
    assert_eq!(group.date_add.as_deref(), Some("2024-03-16 10:15:00"));
    assert_eq!(group.date_upd.as_deref(), Some("2024-03-19 10:15:00"));
}

#[tokio::test]
async fn get_group_customers() {
    let wire = WireTest::start("kinow", "get_group_customers").await;
    let page = wire.replay(
        client(&wire)
            .get_group_customers()
            .group_id(457)
            .page(2)
            .per_page(20)
            .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
            .sort_by("date_add")
            .sort_direction("desc")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(613));
    assert_eq!(page.data[0].birthday.as_deref(), Some("1985-06-15"));
    assert_eq!(page.data[0].custom.as_deref(), Some("custom"));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_groups() {
    let wire = WireTest::start("kinow", "get_groups").await;
    let page = wire.replay(
        client(&wire)
            .get_groups()
            .page(2)
            .per_page(20)
            .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
            .sort_by("date_add")
            .sort_direction("desc")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(810));
    assert_eq!(
        page.data[0].date_add.as_deref(),
        Some("2024-03-21 10:15:00")
    );
    assert_eq!(
        page.data[0].date_upd.as_deref(),
        Some("2024-03-21 10:15:00")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn attach_customer_to_group() {
    let wire = WireTest::start("kinow", "attach_customer_to_group").await;
    wire.replay(
        client(&wire)
            .attach_customer_to_group()
            .group_id(259)
            .customer_id(483)
            .send()
            .await,
    );
}
