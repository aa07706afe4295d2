//! RecommendationsApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn get_customer_recommendations() {
    let wire = WireTest::start("kinow", "get_customer_recommendations").await;
    let page = wire.replay(
        client(&wire)
            .get_customer_recommendations()
            .customer_id(235)
            .page(2)
            .per_page(20)
            .sort_by("date_add")
            .sort_direction("desc")
            .ip("203.0.113.7")
            .iso_code("fr")
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
