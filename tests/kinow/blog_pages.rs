//! BlogPagesApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn detach_product_from_blog_page() {
    let wire = WireTest::start("kinow", "detach_product_from_blog_page").await;
    wire.replay(
        client(&wire)
            .detach_product_from_blog_page()
            .blog_page_id(184)
            .product_id(84)
            .send()
            .await,
    );
}

#[tokio::test]
async fn get_blog_page() {
    let wire = WireTest::start("kinow", "get_blog_page").await;
    let blog_page = wire.replay(client(&wire).get_blog_page().blog_page_id(134).send().await);
    assert_eq!(blog_page.id, Some(477));
    assert_eq!(
        blog_page.cover.as_deref(),
        Some("https://cdn.kinow.example/blog-page/cover.jpg")
    );
    assert_eq!(blog_page.date_add.as_deref(), Some("2024-03-24 10:15:00"));
}

#[tokio::test]
async fn get_blog_page_features() {
    let wire = WireTest::start("kinow", "get_blog_page_features").await;
    let page = wire.replay(
        client(&wire)
            .get_blog_page_features()
            .blog_page_id(42)
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(170));
    assert_eq!(page.data[0].name.as_deref(), Some("Feature 93"));
    assert_eq!(page.data[0].position, Some(1));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_blog_page_products() {
    let wire = WireTest::start("kinow", "get_blog_page_products").await;
    let page = wire.replay(
        client(&wire)
            .get_blog_page_products()
            .blog_page_id(28)
            .page(2)
            .per_page(20)
            .sort_by("date_add")
            .sort_direction("desc")
            .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(102));
    assert_eq!(
        page.data[0].behavior_detected_countries.as_deref(),
        Some("behavior detected countries")
    );
    assert_eq!(
        page.data[0].behavior_non_detected_countries.as_deref(),
        Some("behavior non detected countries")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_blog_pages() {
    let wire = WireTest::start("kinow", "get_blog_pages").await;
    let page = wire.replay(
        client(&wire)
            .get_blog_pages()
            .page(2)
            .per_page(20)
            .sort_by("date_add")
            .sort_direction("desc")
            .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(649));
    assert_eq!(
        page.data[0].cover.as_deref(),
        Some("https://cdn.kinow.example/blog-page/cover.jpg")
    );
    assert_eq!(
        page.data[0].date_add.as_deref(),
        Some("2024-03-15 10:15:00")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn attach_features_to_blog_page() {
    let wire = WireTest::start("kinow", "attach_features_to_blog_page").await;
    wire.replay(
        client(&wire)
            .attach_features_to_blog_page()
            .blog_page_id(13)
            .features("[{\"id_feature\": 3, \"id_feature_value\": 5}]")
            .send()
            .await,
    );
}

#[tokio::test]
async fn attach_product_to_blog_page() {
    let wire = WireTest::start("kinow", "attach_product_to_blog_page").await;
    wire.replay(
        client(&wire)
            .attach_product_to_blog_page()
            .blog_page_id(18)
            .product_id(216)
            .send()
            .await,
    );
}
