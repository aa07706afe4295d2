//! CMSCategoriesApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn create_cms_category() {
    let wire = WireTest::start("kinow", "create_cms_category").await;
    let cms_category = wire.replay(
        client(&wire)
            .create_cms_category()
            .body(types::CreateCmsCategoryRequest {
                active: Some(true),
                description: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("A short description of the CMS category.".to_string()),
                }],
                id_parent: Some(646),
                level_depth: Some(1),
                link_rewrite: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("CMS-category-336".to_string()),
                }],
                meta_description: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("A short description of the CMS category.".to_string()),
                }],
                meta_keywords: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("meta keywords".to_string()),
                }],
                meta_title: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("Cms category 93".to_string()),
                }],
                name: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("Cms category 93".to_string()),
                }],
                position: Some(1),
            })
            .send()
            .await,
    );
    assert_eq!(cms_category.id, Some(750));
    assert_eq!(
        cms_category.date_add.as_deref(),
        Some("2024-03-02 10:15:00")
    );
    assert_eq!(
        cms_category.date_upd.as_deref(),
        Some("2024-03-24 10:15:00")
    );
}

#[tokio::test]
async fn get_cms_categories() {
    let wire = WireTest::start("kinow", "get_cms_categories").await;
    let page = wire.replay(
        client(&wire)
            .get_cms_categories()
            .page(2)
            .per_page(20)
            .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
            .sort_by("date_add")
            .sort_direction("desc")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(89));
    assert_eq!(
        page.data[0].date_add.as_deref(),
        Some("2024-03-02 10:15:00")
    );
    assert_eq!(
        page.data[0].date_upd.as_deref(),
        Some("2024-03-24 10:15:00")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn update_cms_category() {
    let wire = WireTest::start("kinow", "update_cms_category").await;
    let cms_category = wire.replay(
        client(&wire)
            .update_cms_category()
            .cms_category_id(491)
            .body(types::UpdateCmsCategoryRequest {
                active: Some(true),
                description: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("A short description of the CMS category.".to_string()),
                }],
                id_parent: Some(854),
                level_depth: Some(1),
                link_rewrite: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("CMS-category-116".to_string()),
                }],
                meta_description: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("A short description of the CMS category.".to_string()),
                }],
                meta_keywords: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("meta keywords".to_string()),
                }],
                meta_title: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("Cms category 49".to_string()),
                }],
                name: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("Cms category 49".to_string()),
                }],
                position: Some(1),
            })
            .send()
            .await,
    );
    assert_eq!(cms_category.id, Some(750));
    assert_eq!(
        cms_category.date_add.as_deref(),
        Some("2024-03-02 10:15:00")
    );
    assert_eq!(
        cms_category.date_upd.as_deref(),
        Some("2024-03-24 10:15:00")
    );
}
