//! CountriesApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn get_countries() {
    let wire = WireTest::start("kinow", "get_countries").await;
    let page = wire.replay(
        client(&wire)
            .get_countries()
            .page(2)
            .per_page(20)
            .bypass_pagination(true)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(793));
    assert_eq!(page.data[0].id_zone.as_deref(), Some("id zone"));
    assert_eq!(page.data[0].iso_code.as_deref(), Some("fr"));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_states() {
    let wire = WireTest::start("kinow", "get_states").await;
    let page = wire.replay(
        client(&wire)
            .get_states()
            .page(2)
            .per_page(20)
            .bypass_pagination(true)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(115));
    assert_eq!(page.data[0].iso_code.as_deref(), Some("fr"));
    assert_eq!(page.data[0].name.as_deref(), Some("State 74"));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}
