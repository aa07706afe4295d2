//! LanguagesApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn get_languages() {
    let wire = WireTest::start("kinow", "get_languages").await;
    let page = wire.replay(
        client(&wire)
            .get_languages()
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(238));
    assert_eq!(page.data[0].iso_code.as_deref(), Some("fr"));
    assert_eq!(page.data[0].name.as_deref(), Some("Language 72"));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}
