//! CMSPagesApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn create_cms_page() {
    let wire = WireTest::start("kinow", "create_cms_page").await;
    let cms_page = wire.replay(
        client(&wire)
            .create_cms_page()
            .body(types::CreateCmsPageRequest {
                active: Some(true),
                content: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("<p>Welcome to our catalog.</p>".to_string()),
                }],
                id_cms_category: Some(897),
                link_rewrite: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("CMS-page-64".to_string()),
                }],
                meta_description: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("A short description of the CMS page.".to_string()),
                }],
                meta_keywords: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("meta keywords".to_string()),
                }],
                meta_title: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("Cms page 91".to_string()),
                }],
                position: Some(1),
            })
            .send()
            .await,
    );
    assert_eq!(cms_page.id, Some(317));
    assert_eq!(cms_page.active, Some(true));
    assert_eq!(cms_page.id_cms_category, Some(793));
}

#[tokio::test]
async fn get_cms_pages() {
    let wire = WireTest::start("kinow", "get_cms_pages").await;
    let page = wire.replay(
        client(&wire)
            .get_cms_pages()
            .page(2)
            .per_page(20)
            .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
            .sort_by("date_add")
            .sort_direction("desc")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(778));
    assert_eq!(page.data[0].active, Some(true));
    assert_eq!(page.data[0].id_cms_category, Some(72));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn update_cms_page() {
    let wire = WireTest::start("kinow", "update_cms_page").await;
    let cms_page = wire.replay(
        client(&wire)
            .update_cms_page()
            .cms_page_id(282)
            .body(types::UpdateCmsPageRequest {
                active: Some(true),
                content: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("<p>Welcome to our catalog.</p>".to_string()),
                }],
                id_cms_category: Some(670),
                link_rewrite: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("CMS-page-796".to_string()),
                }],
                meta_description: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("A short description of the CMS page.".to_string()),
                }],
                meta_keywords: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("meta keywords".to_string()),
                }],
                meta_title: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("Cms page 73".to_string()),
                }],
                position: Some(1),
            })
            .send()
            .await,
    );
    assert_eq!(cms_page.id, Some(317));
    assert_eq!(cms_page.active, Some(true));
    assert_eq!(cms_page.id_cms_category, Some(793));
}
