//! BlogCategoriesApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn get_blog_categories() {
    let wire = WireTest::start("kinow", "get_blog_categories").await;
    let page = wire.replay(
        client(&wire)
            .get_blog_categories()
            .page(2)
            .per_page(20)
            .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
            .sort_by("date_add")
            .sort_direction("desc")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(295));
    assert_eq!(
        page.data[0].date_add.as_deref(),
        Some("2024-03-19 10:15:00")
    );
    assert_eq!(
        page.data[0].date_upd.as_deref(),
        Some("2024-03-01 10:15:00")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_blog_category() {
    let wire = WireTest::start("kinow", "get_blog_category").await;
    let blog_category = wire.replay(
        client(&wire)
            .get_blog_category()
            .blog_category_id(435)
            .send()
            .await,
    );
    assert_eq!(blog_category.id, Some(861));
    assert_eq!(
        blog_category.date_add.as_deref(),
        Some("2024-03-05 10:15:00")
    );
    assert_eq!(
        blog_category.date_upd.as_deref(),
        Some("2024-03-18 10:15:00")
    );
}
