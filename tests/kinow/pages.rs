//! PagesApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn get_page() {
    let wire = WireTest::start("kinow", "get_page").await;
    let page = wire.replay(client(&wire).get_page().page_id(342).send().await);
    assert_eq!(page.id, Some(647));
    assert_eq!(page.page.as_deref(), Some("page"));
    assert_eq!(page.enabled, Some(true));
}

#[tokio::test]
async fn get_pages() {
    let wire = WireTest::start("kinow", "get_pages").await;
    let page = wire.replay(
        client(&wire)
            .get_pages()
            .page(2)
            .per_page(20)
            .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
            .sort_by("date_add")
            .sort_direction("desc")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(151));
    assert_eq!(page.data[0].page.as_deref(), Some("page"));
    assert_eq!(page.data[0].enabled, Some(true));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}
