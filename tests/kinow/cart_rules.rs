//! CartRulesApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn create_cart_rule() {
    let wire = WireTest::start("kinow", "create_cart_rule").await;
    wire.replay(
        client(&wire)
            .create_cart_rule()
            .body(types::CreateCartRuleRequest {
                active: Some(true),
                code: Some("SPRING24".to_string()),
                date_from: Some("2024-01-01 00:00:00".to_string()),
                date_to: Some("2024-12-31 23:59:59".to_string()),
                description: Some("A short description of the cart rule.".to_string()),
                every_recurring_payments: Some(true),
                id_customer: Some(526),
                minimum_amount: Some(14),
                minimum_amount_currency: Some(281),
                minimum_amount_tax: Some(179),
                name: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("Cart rule 60".to_string()),
                }],
                partial_use: Some(true),
                priority: Some(876),
                quantity: Some(1),
                quantity_per_user: Some(260),
                reduction_amount: Some(9.99),
                reduction_currency: Some(604),
                reduction_percent: Some(9.99),
                reduction_tax: Some(119),
                restriction_groups: vec![types::CartRuleRestrictionGroup {
                    items: vec![types::CartRuleRestrictionGroupItem {
                        id_item: Some(600),
                        type_: Some("video".to_string()),
                    }],
                    quantity: Some(1),
                }],
            })
            .send()
            .await,
    );
}

#[tokio::test]
async fn delete_cart_rule() {
    let wire = WireTest::start("kinow", "delete_cart_rule").await;
    wire.replay(
        client(&wire)
            .delete_cart_rule()
            .cart_rule_id(129)
            .send()
            .await,
    );
}

#[tokio::test]
async fn get_cart_rule() {
    let wire = WireTest::start("kinow", "get_cart_rule").await;
    let cart_rule = wire.replay(client(&wire).get_cart_rule().cart_rule_id(321).send().await);
    assert_eq!(cart_rule.id, Some(238));
    assert_eq!(cart_rule.code.as_deref(), Some("SPRING24"));
    assert_eq!(cart_rule.date_add.as_deref(), Some("2024-03-04 10:15:00"));
}

#[tokio::test]
async fn get_cart_rules() {
    let wire = WireTest::start("kinow", "get_cart_rules").await;
    let page = wire.replay(
        client(&wire)
            .get_cart_rules()
            .page(2)
            .per_page(20)
            .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(379));
    assert_eq!(page.data[0].code.as_deref(), Some("SPRING24"));
    assert_eq!(
        page.data[0].date_add.as_deref(),
        Some("2024-03-04 10:15:00")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn update_cart_rule() {
    let wire = WireTest::start("kinow", "update_cart_rule").await;
    wire.replay(
        client(&wire)
            .update_cart_rule()
            .cart_rule_id(424)
            .body(types::UpdateCartRuleRequest {
                active: Some(true),
                code: Some("SPRING24".to_string()),
                date_from: Some("2024-01-01 00:00:00".to_string()),
                date_to: Some("2024-12-31 23:59:59".to_string()),
                description: Some("A short description of the cart rule.".to_string()),
                every_recurring_payments: Some(true),
                id_customer: Some(280),
                minimum_amount: Some(633),
                minimum_amount_currency: Some(70),
                minimum_amount_tax: Some(496),
                name: vec![types::I18nField {
                    iso_code: Some("en".to_string()),
                    lang: Some(1),
                    value: Some("Cart rule 2".to_string()),
                }],
                partial_use: Some(true),
                priority: Some(31),
                quantity: Some(1),
                quantity_per_user: Some(613),
                reduction_amount: Some(9.99),
                reduction_currency: Some(131),
                reduction_percent: Some(9.99),
                reduction_tax: Some(452),
                restriction_groups: vec![types::CartRuleRestrictionGroup {
                    items: vec![types::CartRuleRestrictionGroupItem {
                        id_item: Some(600),
                        type_: Some("video".to_string()),
                    }],
                    quantity: Some(1),
                }],
            })
            .send()
            .await,
    );
}

#[tokio::test]
async fn attach_cart_rule_to_cart() {
    let wire = WireTest::start("kinow", "attach_cart_rule_to_cart").await;
    wire.replay(
        client(&wire)
            .attach_cart_rule_to_cart()
            .cart_id(182)
            .ip("203.0.113.7")
            .code("SPRING24")
            .send()
            .await,
    );
}
