//! VideoGroupsApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn get_video_group() {
    let wire = WireTest::start("kinow", "get_video_group").await;
    let video_group = wire.replay(
        client(&wire)
            .get_video_group()
            .video_group_id(23)
            .send()
            .await,
    );
    assert_eq!(video_group.id, Some(319));
    assert_eq!(video_group.date_add.as_deref(), Some("2024-03-22 10:15:00"));
    assert_eq!(video_group.date_upd.as_deref(), Some("2024-03-03 10:15:00"));
}

#[tokio::test]
async fn get_video_groups() {
    let wire = WireTest::start("kinow", "get_video_groups").await;
    let page = wire.replay(
        client(&wire)
            .get_video_groups()
            .page(2)
            .per_page(20)
            .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
            .sort_by("date_add")
            .sort_direction("desc")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(382));
    assert_eq!(
        page.data[0].date_add.as_deref(),
        Some("2024-03-08 10:15:00")
    );
    assert_eq!(
        page.data[0].date_upd.as_deref(),
        Some("2024-03-22 10:15:00")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}
