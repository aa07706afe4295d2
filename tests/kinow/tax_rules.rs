//! TaxRulesApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn get_tax_rules() {
    let wire = WireTest::start("kinow", "get_tax_rules").await;
    let page = wire.replay(
        client(&wire)
            .get_tax_rules()
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(271));
    assert_eq!(page.data[0].name.as_deref(), Some("Tax rule 54"));
    assert_eq!(page.data[0].id_country, Some(496));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}
