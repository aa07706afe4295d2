//! DirectorsApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn create_director() {
    let wire = WireTest::start("kinow", "create_director").await;
    let director = wire.replay(
        client(&wire)
            .create_director()
            .body(types::CreateDirectorRequest {
                active: Some(true),
                description: vec![types::I18nFieldInput {
                    lang: Some(1),
                    value: Some("A short description of the director.".to_string()),
                }],
                description_short: vec![types::I18nFieldInput {
                    lang: Some(1),
                    value: Some("A short description of the director.".to_string()),
                }],
                link_rewrite: vec![types::I18nFieldInput {
                    lang: Some(1),
                    value: Some("director-387".to_string()),
                }],
                meta_description: vec![types::I18nFieldInput {
                    lang: Some(1),
                    value: Some("A short description of the director.".to_string()),
                }],
                meta_keywords: vec![types::I18nFieldInput {
                    lang: Some(1),
                    value: Some("meta keywords".to_string()),
                }],
                meta_title: vec![types::I18nFieldInput {
                    lang: Some(1),
                    value: Some("Director 26".to_string()),
                }],
                name: "Director 26".to_string(),
            })
            .send()
            .await,
    );
    assert_eq!(director.id, Some(35));
    assert_eq!(director.date_add.as_deref(), Some("2024-03-27 10:15:00"));
    assert_eq!(director.date_upd.as_deref(), Some("2024-03-12 10:15:00"));
}

#[tokio::test]
async fn delete_director() {
    let wire = WireTest::start("kinow", "delete_director").await;
    wire.replay(
        client(&wire)
            .delete_director()
            .director_id(134)
            .send()
            .await,
    );
}

#[tokio::test]
async fn get_director() {
    let wire = WireTest::start("kinow", "get_director").await;
    let director = wire.replay(client(&wire).get_director().director_id(258).send().await);
    assert_eq!(director.id, Some(762));
    assert_eq!(director.date_add.as_deref(), Some("2024-03-13 10:15:00"));
    assert_eq!(director.date_upd.as_deref(), Some("2024-03-24 10:15:00"));
}

#[tokio::test]
async fn get_director_cover_image() {
    let wire = WireTest::start("kinow", "get_director_cover_image").await;
    let image = wire.replay(
        client(&wire)
            .get_director_cover_image()
            .director_id(186)
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
async fn get_director_features() {
    let wire = WireTest::start("kinow", "get_director_features").await;
    let page = wire.replay(
        client(&wire)
            .get_director_features()
            .director_id(26)
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
async fn get_director_products() {
    let wire = WireTest::start("kinow", "get_director_products").await;
    let page = wire.replay(
        client(&wire)
            .get_director_products()
            .director_id(4)
            .page(2)
            .per_page(20)
            .sort_by("date_add")
            .sort_direction("desc")
            .ip("203.0.113.7")
            .features("{\"*\": {\"value\": \"drama\", \"operator\": \"strict\"}}")
            .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(454));
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
async fn get_director_products_role() {
    let wire = WireTest::start("kinow", "get_director_products_role").await;
    let page = wire.replay(
        client(&wire)
            .get_director_products_role()
            .director_id(21)
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(545));
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
async fn get_directors() {
    let wire = WireTest::start("kinow", "get_directors").await;
    let page = wire.replay(
        client(&wire)
            .get_directors()
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
async fn update_director() {
    let wire = WireTest::start("kinow", "update_director").await;
    wire.replay(
        client(&wire)
            .update_director()
            .director_id(297)
            .body(types::UpdateDirectorRequest {
                active: Some(true),
                description: vec![types::I18nFieldInput {
                    lang: Some(1),
                    value: Some("A short description of the director.".to_string()),
                }],
                description_short: vec![types::I18nFieldInput {
                    lang: Some(1),
                    value: Some("A short description of the director.".to_string()),
                }],
                link_rewrite: vec![types::I18nFieldInput {
                    lang: Some(1),
                    value: Some("director-827".to_string()),
                }],
                meta_description: vec![types::I18nFieldInput {
                    lang: Some(1),
                    value: Some("A short description of the director.".to_string()),
                }],
                meta_keywords: vec![types::I18nFieldInput {
                    lang: Some(1),
                    value: Some("meta keywords".to_string()),
                }],
                meta_title: vec![types::I18nFieldInput {
                    lang: Some(1),
                    value: Some("Director 68".to_string()),
                }],
                name: Some("Director 68".to_string()),
            })
            .send()
            .await,
    );
}

#[tokio::test]
async fn attach_director_to_product() {
    let wire = WireTest::start("kinow", "attach_director_to_product").await;
    wire.replay(
        client(&wire)
            .attach_director_to_product()
            .product_id(318)
            .director_id(92)
            .send()
            .await,
    );
}

#[tokio::test]
async fn attach_features_to_director() {
    let wire = WireTest::start("kinow", "attach_features_to_director").await;
    wire.replay(
        client(&wire)
            .attach_features_to_director()
            .director_id(158)
            .features("[{\"id_feature\": 3, \"id_feature_value\": 5}]")
            .send()
            .await,
    );
}
