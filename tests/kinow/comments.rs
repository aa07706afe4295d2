//! CommentsApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn get_comment() {
    let wire = WireTest::start("kinow", "get_comment").await;
    let comment = wire.replay(client(&wire).get_comment().comment_id(261).send().await);
    assert_eq!(comment.id, Some(232));
    assert_eq!(comment.author.as_deref(), Some("Jane Doe"));
    assert_eq!(
        comment.content.as_deref(),
        Some("<p>Welcome to our catalog.</p>")
    );
}

#[tokio::test]
async fn get_comments() {
    let wire = WireTest::start("kinow", "get_comments").await;
    let page = wire.replay(
        client(&wire)
            .get_comments()
            .page(2)
            .per_page(20)
            .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
            .sort_by("date_add")
            .sort_direction("desc")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(232));
    assert_eq!(page.data[0].author.as_deref(), Some("Jane Doe"));
    assert_eq!(
        page.data[0].content.as_deref(),
        Some("<p>Welcome to our catalog.</p>")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}
