//! CustomersApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn create_customer() {
    let wire = WireTest::start("kinow", "create_customer").await;
    let customer = wire.replay(
        client(&wire)
            .create_customer()
            .body(types::CreateCustomerRequest {
                active: Some(true),
                address1: Some("12 rue de la Paix".to_string()),
                birthday: Some("1985-06-15".to_string()),
                city: Some("Paris".to_string()),
                company: Some("Kinow Films SAS".to_string()),
                custom: Some("custom".to_string()),
                email: "jane.doe@example.com".to_string(),
                firstname: "Jane".to_string(),
                id_country: 31,
                id_gender: Some(859),
                id_lang: Some(1),
                id_state: Some(700),
                lastname: "Doe".to_string(),
                max_viewing: Some(375),
                newsletter: Some(true),
                notification: Some(true),
                optin: Some(true),
                password: "S3cure-pass!".to_string(),
                postcode: Some("75002".to_string()),
                send_mail: Some(true),
            })
            .send()
            .await,
    );
    assert_eq!(customer.id, Some(642));
    assert_eq!(customer.birthday.as_deref(), Some("1985-06-15"));
    assert_eq!(customer.custom.as_deref(), Some("custom"));
}

#[tokio::test]
async fn delete_customer() {
    let wire = WireTest::start("kinow", "delete_customer").await;
    wire.replay(
        client(&wire)
            .delete_customer()
            .customer_id(486)
            .send()
            .await,
    );
}

#[tokio::test]
async fn detach_bookmark_from_customer() {
    let wire = WireTest::start("kinow", "detach_bookmark_from_customer").await;
    wire.replay(
        client(&wire)
            .detach_bookmark_from_customer()
            .customer_id(190)
            .product_id(147)
            .send()
            .await,
    );
}

#[tokio::test]
async fn generate_authentication_token() {
    let wire = WireTest::start("kinow", "generate_authentication_token").await;
    let token = wire.replay(
        client(&wire)
            .generate_authentication_token()
            .customer_id(94)
            .force_client_api_refresh(true)
            .force_client_api_access(true)
            .send()
            .await,
    );
    assert_eq!(token.as_str(), "5f2b8c1e9d7a4b3c8e6f0a1b2c3d4e5f");
}

#[tokio::test]
async fn get_customer() {
    let wire = WireTest::start("kinow", "get_customer").await;
    let customer = wire.replay(client(&wire).get_customer().customer_id(360).send().await);
    assert_eq!(customer.id, Some(642));
    assert_eq!(customer.birthday.as_deref(), Some("1985-06-15"));
    assert_eq!(customer.custom.as_deref(), Some("custom"));
}

#[tokio::test]
async fn get_customer_accesses_subscriptions() {
    let wire = WireTest::start("kinow", "get_customer_accesses_subscriptions").await;
    let page = wire.replay(
        client(&wire)
            .get_customer_accesses_subscriptions()
            .customer_id(380)
            .page(2)
            .per_page(20)
            .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(758));
    assert_eq!(
        page.data[0].date_add.as_deref(),
        Some("2024-03-07 10:15:00")
    );
    assert_eq!(
        page.data[0].date_exp.as_deref(),
        Some("2024-12-31 23:59:59")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_customer_accesses_videos() {
    let wire = WireTest::start("kinow", "get_customer_accesses_videos").await;
    let page = wire.replay(
        client(&wire)
            .get_customer_accesses_videos()
            .customer_id(353)
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(758));
    assert_eq!(
        page.data[0].date_add.as_deref(),
        Some("2024-03-07 10:15:00")
    );
    assert_eq!(
        page.data[0].date_exp.as_deref(),
        Some("2024-12-31 23:59:59")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_customer_bookmarks() {
    let wire = WireTest::start("kinow", "get_customer_bookmarks").await;
    let page = wire.replay(
        client(&wire)
            .get_customer_bookmarks()
            .customer_id(120)
            .page(2)
            .per_page(20)
            .sort_by("date_add")
            .sort_direction("desc")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(102));
    assert_eq!(
        page.data[0].behavior_detected_countries.as_deref(),
        Some("behavior detected countries")
    );
    assert_eq!(
        page.data[0].date_add.as_deref(),
        Some("2024-03-24 10:15:00")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_customer_can_see_product() {
    let wire = WireTest::start("kinow", "get_customer_can_see_product").await;
    wire.replay(
        client(&wire)
            .get_customer_can_see_product()
            .customer_id(34)
            .product_id(129)
            .send()
            .await,
    );
}

#[tokio::test]
async fn get_customer_carts() {
    let wire = WireTest::start("kinow", "get_customer_carts").await;
    let page = wire.replay(
        client(&wire)
            .get_customer_carts()
            .customer_id(197)
            .page(2)
            .per_page(20)
            .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
            .sort_by("date_add")
            .sort_direction("desc")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(22));
    assert_eq!(page.data[0].affiliate.as_deref(), Some("spring-campaign"));
    assert_eq!(
        page.data[0].date_add.as_deref(),
        Some("2024-03-01 10:15:00")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_customer_comments() {
    let wire = WireTest::start("kinow", "get_customer_comments").await;
    let page = wire.replay(
        client(&wire)
            .get_customer_comments()
            .customer_id(139)
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(450));
    assert_eq!(
        page.data[0].content.as_deref(),
        Some("<p>Welcome to our catalog.</p>")
    );
    assert_eq!(
        page.data[0].date_add.as_deref(),
        Some("2024-03-09 10:15:00")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_customer_current_views() {
    let wire = WireTest::start("kinow", "get_customer_current_views").await;
    let customer_current_views = wire.replay(
        client(&wire)
            .get_customer_current_views()
            .customer_id(256)
            .send()
            .await,
    );
    assert_eq!(customer_current_views.count, Some(303));
}

#[tokio::test]
async fn get_customer_groups() {
    let wire = WireTest::start("kinow", "get_customer_groups").await;
    let page = wire.replay(
        client(&wire)
            .get_customer_groups()
            .customer_id(237)
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(810));
    assert_eq!(
        page.data[0].date_add.as_deref(),
        Some("2024-03-21 10:15:00")
    );
    assert_eq!(
        page.data[0].date_upd.as_deref(),
        Some("2024-03-21 10:15:00")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_customer_has_access_to_video() {
    let wire = WireTest::start("kinow", "get_customer_has_access_to_video").await;
    wire.replay(
        client(&wire)
            .get_customer_has_access_to_video()
            .customer_id(414)
            .video_id(86)
            .send()
            .await,
    );
}

#[tokio::test]
async fn get_customer_has_access_to_videos() {
    let wire = WireTest::start("kinow", "get_customer_has_access_to_videos").await;
    let items = wire.replay(
        client(&wire)
            .get_customer_has_access_to_videos()
            .customer_id(275)
            .body(types::VideoIdList {
                ip_address: Some("203.0.113.7".to_string()),
                video_ids: Some("42,21,84".to_string()),
            })
            .send()
            .await,
    );
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].expires.as_deref(), Some("expires"));
    assert_eq!(items[0].download, Some(true));
    assert_eq!(items[0].error_code, Some(190));
}

#[tokio::test]
async fn get_customer_orders() {
    let wire = WireTest::start("kinow", "get_customer_orders").await;
    let page = wire.replay(
        client(&wire)
            .get_customer_orders()
            .customer_id(370)
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(359));
    assert_eq!(
        page.data[0].date_add.as_deref(),
        Some("2024-03-02 10:15:00")
    );
    assert_eq!(
        page.data[0].date_upd.as_deref(),
        Some("2024-03-02 10:15:00")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_customer_playlists() {
    let wire = WireTest::start("kinow", "get_customer_playlists").await;
    let page = wire.replay(
        client(&wire)
            .get_customer_playlists()
            .customer_id(178)
            .page(2)
            .per_page(20)
            .sort_by("date_add")
            .sort_direction("desc")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(723));
    assert_eq!(page.data[0].name.as_deref(), Some("Playlist 68"));
    assert_eq!(page.data[0].id_customer, Some(52));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_customers() {
    let wire = WireTest::start("kinow", "get_customers").await;
    let page = wire.replay(
        client(&wire)
            .get_customers()
            .page(2)
            .per_page(20)
            .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
            .sort_by("date_add")
            .sort_direction("desc")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(613));
    assert_eq!(page.data[0].birthday.as_deref(), Some("1985-06-15"));
    assert_eq!(page.data[0].custom.as_deref(), Some("custom"));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_facebook_customer() {
    let wire = WireTest::start("kinow", "get_facebook_customer").await;
    let customer_id = wire.replay(
        client(&wire)
            .get_facebook_customer()
            .facebook_id(303)
            .send()
            .await,
    );
    assert_eq!(customer_id.customer_id, Some(890));
}

#[tokio::test]
async fn get_google_customer() {
    let wire = WireTest::start("kinow", "get_google_customer").await;
    let customer_id = wire.replay(
        client(&wire)
            .get_google_customer()
            .google_id(489)
            .send()
            .await,
    );
    assert_eq!(customer_id.customer_id, Some(890));
}

#[tokio::test]
async fn get_payment_methods() {
    let wire = WireTest::start("kinow", "get_payment_methods").await;
    let items = wire.replay(
        client(&wire)
            .get_payment_methods()
            .customer_id(209)
            .payment_name("stripe")
            .send()
            .await,
    );
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].identifier.as_deref(), Some("identifier"));
    assert_eq!(items[0].metadata.as_deref(), Some("metadata"));
}

#[tokio::test]
async fn get_payment_methods_with_ip() {
    let wire = WireTest::start("kinow", "get_payment_methods_with_ip").await;
    let items = wire.replay(
        client(&wire)
            .get_payment_methods_with_ip()
            .customer_id(69)
            .payment_name("stripe")
            .ip_address("203.0.113.7")
            .send()
            .await,
    );
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].identifier.as_deref(), Some("identifier"));
    assert_eq!(items[0].metadata.as_deref(), Some("metadata"));
}

#[tokio::test]
async fn get_pending_payments() {
    let wire = WireTest::start("kinow", "get_pending_payments").await;
    let items = wire.replay(
        client(&wire)
            .get_pending_payments()
            .customer_id(415)
            .payment_name("stripe")
            .send()
            .await,
    );
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].identifier.as_deref(), Some("identifier"));
    assert_eq!(items[0].metadata.as_deref(), Some("metadata"));
    assert_eq!(items[0].id_customer, Some(719));
}

#[tokio::test]
async fn get_pending_payments_with_ip() {
    let wire = WireTest::start("kinow", "get_pending_payments_with_ip").await;
    let items = wire.replay(
        client(&wire)
            .get_pending_payments_with_ip()
            .customer_id(117)
            .payment_name("stripe")
            .ip_address("203.0.113.7")
            .send()
            .await,
    );
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].identifier.as_deref(), Some("identifier"));
    assert_eq!(items[0].metadata.as_deref(), Some("metadata"));
    assert_eq!(items[0].id_customer, Some(719));
}

#[tokio::test]
async fn get_registration_fields() {
    let wire = WireTest::start("kinow", "get_registration_fields").await;
    let page = wire.replay(
        client(&wire)
            .get_registration_fields()
            .page(2)
            .per_page(20)
            .send()
            .await,
    );
    assert_eq!(page.data[0].name.as_deref(), Some("Registration field 52"));
    assert_eq!(page.data[0].displayed, Some(true));
    assert_eq!(page.data[0].required, Some(true));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn update_customer() {
    let wire = WireTest::start("kinow", "update_customer").await;
    let customer = wire.replay(
        client(&wire)
            .update_customer()
            .customer_id(35)
            .body(types::UpdateCustomerRequest {
                active: Some(true),
                birthday: Some("1985-06-15".to_string()),
                custom: Some("custom".to_string()),
                email: Some("jane.doe@example.com".to_string()),
                firstname: Some("Jane".to_string()),
                id_gender: Some(858),
                id_lang: Some(1),
                lastname: Some("Doe".to_string()),
                max_viewing: Some(425),
                newsletter: Some(true),
                notification: Some(true),
                optin: Some(true),
                password: Some("S3cure-pass!".to_string()),
            })
            .send()
            .await,
    );
    assert_eq!(customer.id, Some(642));
    assert_eq!(customer.birthday.as_deref(), Some("1985-06-15"));
    assert_eq!(customer.custom.as_deref(), Some("custom"));
}

#[tokio::test]
async fn update_payment_method() {
    let wire = WireTest::start("kinow", "update_payment_method").await;
    wire.replay(
        client(&wire)
            .update_payment_method()
            .customer_id(7)
            .payment_name("stripe")
            .body(types::UpdatePaymentRequest {
                token: Some("pm_1OaBcD2eFgHiJkLm".to_string()),
                type_: Some("card".to_string()),
                ..Default::default()
            })
            .send()
            .await,
    );
}

/// `ip_address` goes in the JSON body: the SDK takes it as a form field
/// beside its JSON body and raises when it is given, so there is no SDK
/// capture of it (specs/kinow.yaml, `UpdatePaymentRequest`).
#[tokio::test]
async fn update_payment_method_sends_the_ip_address_in_the_body() {
    use vendor_clients::kinow::mock::MockServerExt as _;
    let server = httpmock::MockServer::start_async().await;
    let method = types::UpdatePaymentRequest {
        token: Some("pm_1OaBcD2eFgHiJkLm".to_string()),
        type_: Some("card".to_string()),
        ip_address: Some("203.0.113.7".to_string()),
    };
    let mock = server.update_payment_method(|when, then| {
        when.customer_id(7).payment_name("stripe").body(&method);
        then.ok();
    });
    let client = Client::builder(CLIENT_ID, CLIENT_SECRET)
        .base_url(server.base_url())
        .build()
        .unwrap();
    client
        .update_payment_method()
        .customer_id(7)
        .payment_name("stripe")
        .body(method.clone())
        .send()
        .await
        .unwrap();
    // The typed mock matches the whole JSON body, `ip_address` included.
    mock.assert();
}

#[tokio::test]
async fn check_authentication_token() {
    let wire = WireTest::start("kinow", "check_authentication_token").await;
    let customer = wire.replay(
        client(&wire)
            .check_authentication_token()
            .token("c2f1e9a7b3d84f6e")
            .send()
            .await,
    );
    assert_eq!(customer.id, Some(642));
    assert_eq!(customer.birthday.as_deref(), Some("1985-06-15"));
    assert_eq!(customer.custom.as_deref(), Some("custom"));
}

#[tokio::test]
async fn check_customer_credentials() {
    let wire = WireTest::start("kinow", "check_customer_credentials").await;
    let customer = wire.replay(
        client(&wire)
            .check_customer_credentials()
            .email("jane.doe@example.com")
            .password("S3cure-pass!")
            .send()
            .await,
    );
    assert_eq!(customer.id, Some(642));
    assert_eq!(customer.birthday.as_deref(), Some("1985-06-15"));
    assert_eq!(customer.custom.as_deref(), Some("custom"));
}

#[tokio::test]
async fn create_facebook_id() {
    let wire = WireTest::start("kinow", "create_facebook_id").await;
    wire.replay(
        client(&wire)
            .create_facebook_id()
            .customer_id(34)
            .facebook_id("10157321789012345")
            .send()
            .await,
    );
}

#[tokio::test]
async fn create_google_id() {
    let wire = WireTest::start("kinow", "create_google_id").await;
    wire.replay(
        client(&wire)
            .create_google_id()
            .customer_id(373)
            .google_id("109876543210987654321")
            .send()
            .await,
    );
}

#[tokio::test]
async fn login_with_facebook() {
    let wire = WireTest::start("kinow", "login_with_facebook").await;
    let customer = wire.replay(
        client(&wire)
            .login_with_facebook()
            .token_type("authorization")
            .token("c2f1e9a7b3d84f6e")
            .redirect_uri("https://shop.example.com/auth/facebook")
            .send()
            .await,
    );
    assert_eq!(customer.id, Some(613));
    assert_eq!(customer.birthday.as_deref(), Some("1985-06-15"));
    assert_eq!(customer.custom.as_deref(), Some("custom"));
}

#[tokio::test]
async fn login_with_google() {
    let wire = WireTest::start("kinow", "login_with_google").await;
    let customer = wire.replay(
        client(&wire)
            .login_with_google()
            .token("c2f1e9a7b3d84f6e")
            .send()
            .await,
    );
    assert_eq!(customer.id, Some(613));
    assert_eq!(customer.birthday.as_deref(), Some("1985-06-15"));
    assert_eq!(customer.custom.as_deref(), Some("custom"));
}

#[tokio::test]
async fn password_token() {
    let wire = WireTest::start("kinow", "password_token").await;
    let token = wire.replay(
        client(&wire)
            .password_token()
            .email("jane.doe@example.com")
            .send_notification(true)
            .send()
            .await,
    );
    assert_eq!(token.token.as_deref(), Some("c2f1e9a7b3d84f6e"));
}

#[tokio::test]
async fn password_token_consume() {
    let wire = WireTest::start("kinow", "password_token_consume").await;
    wire.replay(
        client(&wire)
            .password_token_consume()
            .token("c2f1e9a7b3d84f6e")
            .password("S3cure-pass!")
            .send()
            .await,
    );
}

#[tokio::test]
async fn stop_subscription() {
    let wire = WireTest::start("kinow", "stop_subscription").await;
    wire.replay(
        client(&wire)
            .stop_subscription()
            .customer_id(33)
            .product_access_id(332)
            .send()
            .await,
    );
}

#[tokio::test]
async fn validate_customer_credentials() {
    let wire = WireTest::start("kinow", "validate_customer_credentials").await;
    let credentials_validation = wire.replay(
        client(&wire)
            .validate_customer_credentials()
            .email("jane.doe@example.com")
            .password("S3cure-pass!")
            .send()
            .await,
    );
    assert_eq!(credentials_validation.customer_id, Some(377));
    assert_eq!(credentials_validation.valid, Some(true));
}
