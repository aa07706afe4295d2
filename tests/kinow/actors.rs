//! ActorsApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn create_actor() {
    let wire = WireTest::start("kinow", "create_actor").await;
    let actor = wire.replay(
        client(&wire)
            .create_actor()
            .body(types::CreateActorRequest {
                active: Some(true),
                description: vec![types::I18nFieldInput {
                    lang: Some(1),
                    value: Some("A short description of the actor.".to_string()),
                }],
                description_short: vec![types::I18nFieldInput {
                    lang: Some(1),
                    value: Some("A short description of the actor.".to_string()),
                }],
                link_rewrite: vec![types::I18nFieldInput {
                    lang: Some(1),
                    value: Some("actor-443".to_string()),
                }],
                meta_description: vec![types::I18nFieldInput {
                    lang: Some(1),
                    value: Some("A short description of the actor.".to_string()),
                }],
                meta_keywords: vec![types::I18nFieldInput {
                    lang: Some(1),
                    value: Some("meta keywords".to_string()),
                }],
                meta_title: vec![types::I18nFieldInput {
                    lang: Some(1),
                    value: Some("Actor 46".to_string()),
                }],
                name: "Actor 46".to_string(),
            })
            .send()
            .await,
    );
    assert_eq!(actor.id, Some(20));
    assert_eq!(actor.date_add.as_deref(), Some("2024-03-15 10:15:00"));
    assert_eq!(actor.date_upd.as_deref(), Some("2024-03-03 10:15:00"));
}

#[tokio::test]
async fn delete_actor() {
    let wire = WireTest::start("kinow", "delete_actor").await;
    wire.replay(client(&wire).delete_actor().actor_id(405).send().await);
}

#[tokio::test]
async fn get_actor() {
    let wire = WireTest::start("kinow", "get_actor").await;
    let actor = wire.replay(client(&wire).get_actor().actor_id(276).send().await);
    assert_eq!(actor.id, Some(20));
    assert_eq!(actor.date_add.as_deref(), Some("2024-03-15 10:15:00"));
    assert_eq!(actor.date_upd.as_deref(), Some("2024-03-03 10:15:00"));
}

#[tokio::test]
async fn get_actor_cover_image() {
    let wire = WireTest::start("kinow", "get_actor_cover_image").await;
    let image = wire.replay(
        client(&wire)
            .get_actor_cover_image()
            .actor_id(245)
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
async fn get_actor_features() {
    let wire = WireTest::start("kinow", "get_actor_features").await;
    let page = wire.replay(
        client(&wire)
            .get_actor_features()
            .actor_id(298)
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
async fn get_actor_products() {
    let wire = WireTest::start("kinow", "get_actor_products").await;
    let page = wire.replay(
        client(&wire)
            .get_actor_products()
            .actor_id(230)
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
    assert_eq!(page.data[0].id, Some(704));
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
async fn get_actor_products_role() {
    let wire = WireTest::start("kinow", "get_actor_products_role").await;
    let page = wire.replay(
        client(&wire)
            .get_actor_products_role()
            .actor_id(416)
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(385));
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
async fn get_actors() {
    let wire = WireTest::start("kinow", "get_actors").await;
    let page = wire.replay(client(&wire).get_actors().page(2).per_page(20).send().await);
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
async fn update_actor() {
    let wire = WireTest::start("kinow", "update_actor").await;
    wire.replay(
        client(&wire)
            .update_actor()
            .actor_id(289)
            .body(types::UpdateActorRequest {
                active: Some(true),
                description: vec![types::I18nFieldInput {
                    lang: Some(1),
                    value: Some("A short description of the actor.".to_string()),
                }],
                description_short: vec![types::I18nFieldInput {
                    lang: Some(1),
                    value: Some("A short description of the actor.".to_string()),
                }],
                link_rewrite: vec![types::I18nFieldInput {
                    lang: Some(1),
                    value: Some("actor-78".to_string()),
                }],
                meta_description: vec![types::I18nFieldInput {
                    lang: Some(1),
                    value: Some("A short description of the actor.".to_string()),
                }],
                meta_keywords: vec![types::I18nFieldInput {
                    lang: Some(1),
                    value: Some("meta keywords".to_string()),
                }],
                meta_title: vec![types::I18nFieldInput {
                    lang: Some(1),
                    value: Some("Actor 27".to_string()),
                }],
                name: Some("Actor 27".to_string()),
            })
            .send()
            .await,
    );
}

#[tokio::test]
async fn attach_actor_to_category() {
    let wire = WireTest::start("kinow", "attach_actor_to_category").await;
    wire.replay(
        client(&wire)
            .attach_actor_to_category()
            .category_id(110)
            .actor_id(249)
            .send()
            .await,
    );
}

#[tokio::test]
async fn attach_actor_to_product() {
    let wire = WireTest::start("kinow", "attach_actor_to_product").await;
    wire.replay(
        client(&wire)
            .attach_actor_to_product()
            .product_id(240)
            .actor_id(96)
            .send()
            .await,
    );
}

#[tokio::test]
async fn attach_features_to_actor() {
    let wire = WireTest::start("kinow", "attach_features_to_actor").await;
    wire.replay(
        client(&wire)
            .attach_features_to_actor()
            .actor_id(499)
            .features("[{\"id_feature\": 3, \"id_feature_value\": 5}]")
            .send()
            .await,
    );
}
