//! CategoriesApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn create_category() {
    let wire = WireTest::start("kinow", "create_category").await;
    let category = wire.replay(
        client(&wire)
            .create_category()
            .body(types::CreateCategoryRequest {
                active: Some(true),
                description: vec![types::I18nFieldInput {
                    lang: Some(1),
                    value: Some("A short description of the category.".to_string()),
                }],
                description_short: vec![types::I18nFieldInput {
                    lang: Some(1),
                    value: Some("A short description of the category.".to_string()),
                }],
                id_parent: Some(702),
                link_rewrite: vec![types::I18nFieldInput {
                    lang: Some(1),
                    value: Some("category-485".to_string()),
                }],
                meta_description: vec![types::I18nFieldInput {
                    lang: Some(1),
                    value: Some("A short description of the category.".to_string()),
                }],
                meta_keywords: vec![types::I18nFieldInput {
                    lang: Some(1),
                    value: Some("meta keywords".to_string()),
                }],
                meta_title: vec![types::I18nFieldInput {
                    lang: Some(1),
                    value: Some("Category 2".to_string()),
                }],
                name: vec![types::I18nFieldInput {
                    lang: Some(1),
                    value: Some("Category 2".to_string()),
                }],
            })
            .send()
            .await,
    );
    assert_eq!(category.id, Some(238));
    assert_eq!(category.date_add.as_deref(), Some("2024-03-15 10:15:00"));
    assert_eq!(category.date_upd.as_deref(), Some("2024-03-10 10:15:00"));
}

#[tokio::test]
async fn delete_category() {
    let wire = WireTest::start("kinow", "delete_category").await;
    wire.replay(
        client(&wire)
            .delete_category()
            .category_id(259)
            .send()
            .await,
    );
}

#[tokio::test]
async fn detach_actor_from_category() {
    let wire = WireTest::start("kinow", "detach_actor_from_category").await;
    wire.replay(
        client(&wire)
            .detach_actor_from_category()
            .category_id(308)
            .actor_id(248)
            .send()
            .await,
    );
}

#[tokio::test]
async fn detach_director_from_category() {
    let wire = WireTest::start("kinow", "detach_director_from_category").await;
    wire.replay(
        client(&wire)
            .detach_director_from_category()
            .category_id(228)
            .director_id(114)
            .send()
            .await,
    );
}

#[tokio::test]
async fn get_available_category() {
    let wire = WireTest::start("kinow", "get_available_category").await;
    let category = wire.replay(
        client(&wire)
            .get_available_category()
            .category_id(266)
            .customer_id(447)
            .send()
            .await,
    );
    assert_eq!(category.id, Some(238));
    assert_eq!(category.date_add.as_deref(), Some("2024-03-15 10:15:00"));
    assert_eq!(category.date_upd.as_deref(), Some("2024-03-10 10:15:00"));
}

#[tokio::test]
async fn get_categories() {
    let wire = WireTest::start("kinow", "get_categories").await;
    let page = wire.replay(
        client(&wire)
            .get_categories()
            .page(2)
            .per_page(20)
            .features("{\"*\": {\"value\": \"drama\", \"operator\": \"strict\"}}")
            .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
            .sort_by("date_add")
            .sort_direction("desc")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(521));
    assert_eq!(
        page.data[0].date_add.as_deref(),
        Some("2024-03-17 10:15:00")
    );
    assert_eq!(
        page.data[0].date_upd.as_deref(),
        Some("2024-03-25 10:15:00")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_categories_from_category() {
    let wire = WireTest::start("kinow", "get_categories_from_category").await;
    let page = wire.replay(
        client(&wire)
            .get_categories_from_category()
            .category_id(20)
            .page(2)
            .per_page(20)
            .sort_by("date_add")
            .sort_direction("desc")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(521));
    assert_eq!(
        page.data[0].date_add.as_deref(),
        Some("2024-03-17 10:15:00")
    );
    assert_eq!(
        page.data[0].date_upd.as_deref(),
        Some("2024-03-25 10:15:00")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_category() {
    let wire = WireTest::start("kinow", "get_category").await;
    let category = wire.replay(client(&wire).get_category().category_id(217).send().await);
    assert_eq!(category.id, Some(238));
    assert_eq!(category.date_add.as_deref(), Some("2024-03-15 10:15:00"));
    assert_eq!(category.date_upd.as_deref(), Some("2024-03-10 10:15:00"));
}

#[tokio::test]
async fn get_category_actors() {
    let wire = WireTest::start("kinow", "get_category_actors").await;
    let page = wire.replay(
        client(&wire)
            .get_category_actors()
            .category_id(265)
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(354));
    assert_eq!(
        page.data[0].date_add.as_deref(),
        Some("2024-03-15 10:15:00")
    );
    assert_eq!(
        page.data[0].date_upd.as_deref(),
        Some("2024-03-13 10:15:00")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_category_banner() {
    let wire = WireTest::start("kinow", "get_category_banner").await;
    let image = wire.replay(
        client(&wire)
            .get_category_banner()
            .category_id(440)
            .send()
            .await,
    );
    assert_eq!(image.id, Some(594));
    assert_eq!(
        image.source.as_deref(),
        Some("https://cdn.kinow.example/image/source.jpg")
    );
    assert_eq!(image.type_.as_deref(), Some("video"));
}

#[tokio::test]
async fn get_category_directors() {
    let wire = WireTest::start("kinow", "get_category_directors").await;
    let page = wire.replay(
        client(&wire)
            .get_category_directors()
            .category_id(445)
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(35));
    assert_eq!(
        page.data[0].date_add.as_deref(),
        Some("2024-03-27 10:15:00")
    );
    assert_eq!(
        page.data[0].date_upd.as_deref(),
        Some("2024-03-12 10:15:00")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_category_features() {
    let wire = WireTest::start("kinow", "get_category_features").await;
    let page = wire.replay(
        client(&wire)
            .get_category_features()
            .category_id(148)
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
async fn get_category_images() {
    let wire = WireTest::start("kinow", "get_category_images").await;
    let page = wire.replay(
        client(&wire)
            .get_category_images()
            .category_id(292)
            .type_("video")
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(817));
    assert_eq!(
        page.data[0].source.as_deref(),
        Some("https://cdn.kinow.example/image/source.jpg")
    );
    assert_eq!(page.data[0].type_.as_deref(), Some("video"));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_category_player() {
    let wire = WireTest::start("kinow", "get_category_player").await;
    let player = wire.replay(
        client(&wire)
            .get_category_player()
            .video_id(119)
            .customer_id(45)
            .country_id(365)
            .iso_code("fr")
            .send()
            .await,
    );
    assert_eq!(
        player.url.as_deref(),
        Some("https://cdn.kinow.example/player/url.jpg")
    );
}

#[tokio::test]
async fn get_category_video_subtitles() {
    let wire = WireTest::start("kinow", "get_category_video_subtitles").await;
    let page = wire.replay(
        client(&wire)
            .get_category_video_subtitles()
            .video_id(383)
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(779));
    assert_eq!(page.data[0].background.as_deref(), Some("background"));
    assert_eq!(page.data[0].color.as_deref(), Some("#ff6600"));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_subscription_categories() {
    let wire = WireTest::start("kinow", "get_subscription_categories").await;
    let page = wire.replay(
        client(&wire)
            .get_subscription_categories()
            .subscription_id(440)
            .page(2)
            .per_page(20)
            .sort_by("date_add")
            .sort_direction("desc")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(521));
    assert_eq!(
        page.data[0].date_add.as_deref(),
        Some("2024-03-17 10:15:00")
    );
    assert_eq!(
        page.data[0].date_upd.as_deref(),
        Some("2024-03-25 10:15:00")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_videos_from_categories() {
    let wire = WireTest::start("kinow", "get_videos_from_categories").await;
    let page = wire.replay(
        client(&wire)
            .get_videos_from_categories()
            .page(2)
            .per_page(20)
            .sort_by("date_add")
            .sort_direction("desc")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(181));
    assert_eq!(
        page.data[0].cover.as_deref(),
        Some("https://cdn.kinow.example/video-category/cover.jpg")
    );
    assert_eq!(
        page.data[0].date_add.as_deref(),
        Some("2024-03-25 10:15:00")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_videos_from_category() {
    let wire = WireTest::start("kinow", "get_videos_from_category").await;
    let page = wire.replay(
        client(&wire)
            .get_videos_from_category()
            .category_id(291)
            .page(2)
            .per_page(20)
            .sort_by("date_add")
            .sort_direction("desc")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(181));
    assert_eq!(
        page.data[0].cover.as_deref(),
        Some("https://cdn.kinow.example/video-category/cover.jpg")
    );
    assert_eq!(
        page.data[0].date_add.as_deref(),
        Some("2024-03-25 10:15:00")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn update_category() {
    let wire = WireTest::start("kinow", "update_category").await;
    let category = wire.replay(
        client(&wire)
            .update_category()
            .category_id(106)
            .body(types::UpdateCategoryRequest {
                active: Some(true),
                date_add: Some("2024-03-03 10:15:00".to_string()),
                date_upd: Some("2024-03-15 10:15:00".to_string()),
                description: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("A short description of the category.".to_string()),
                }],
                description_short: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("A short description of the category.".to_string()),
                }],
                id_parent: Some(197),
                images: vec![types::Image {
                    id: Some(817),
                    position: Some(1),
                    source: Some("https://cdn.kinow.example/image/source.jpg".to_string()),
                    type_: Some("video".to_string()),
                }],
                level_depth: Some(1),
                link_rewrite: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("category-477".to_string()),
                }],
                meta_description: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("A short description of the category.".to_string()),
                }],
                meta_keywords: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("meta keywords".to_string()),
                }],
                meta_title: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("Category 76".to_string()),
                }],
                name: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("Category 76".to_string()),
                }],
                position: Some(1),
            })
            .send()
            .await,
    );
    assert_eq!(category.id, Some(238));
    assert_eq!(category.date_add.as_deref(), Some("2024-03-15 10:15:00"));
    assert_eq!(category.date_upd.as_deref(), Some("2024-03-10 10:15:00"));
}

#[tokio::test]
async fn attach_director_to_category() {
    let wire = WireTest::start("kinow", "attach_director_to_category").await;
    wire.replay(
        client(&wire)
            .attach_director_to_category()
            .category_id(486)
            .director_id(46)
            .send()
            .await,
    );
}

#[tokio::test]
async fn attach_features_to_category() {
    let wire = WireTest::start("kinow", "attach_features_to_category").await;
    wire.replay(
        client(&wire)
            .attach_features_to_category()
            .category_id(283)
            .features("[{\"id_feature\": 3, \"id_feature_value\": 5}]")
            .send()
            .await,
    );
}
