//! Brevo MasterAccountApi and EcommerceApi (the brevo_b slice): each
//! operation sends what brevo-python 1.2.0 sends (fixtures/brevo, captured
//! by capture/brevo_brevo_b.py) and decodes a realistic response.

use futures::StreamExt;
use serde_json::{Value, json};
use vendor_clients_core::RetryConfig;
use vendor_clients_tests::Fixture;
use vendor_clients_tests::server::{Reply, ScriptedServer};

use super::*;

const GROUP_ID: &str = "65c4f1b2e3a4d5c6b7a8e9f0";
const SUB_ACCOUNT_ID: i64 = 7866556;
// The credentials the capture's answers carry: never in `Debug`.
const SUB_ACCOUNT_KEY: &str = "xkeysib-subaccount-secret-0001";
const SSO_TOKEN: &str = "sso-token-secret-5cada5a179f85a0";

/// A client of a scripted server, without retries.
fn client_at(server: &ScriptedServer) -> Client {
    Client::builder(API_KEY)
        .base_url(server.base_url())
        .retry_config(RetryConfig::disabled())
        .build()
        .unwrap()
}

/// The decoded query pairs of a request the scripted server received.
fn query_of(target: &str) -> Vec<(String, String)> {
    let url = reqwest::Url::parse(&format!("http://x{target}")).unwrap();
    url.query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn query_value<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// The fixture's answer with its `items` list made of copies of its first
/// item, one per id (at `id_field`), and `set` applied.
fn page_of(
    operation: &str,
    items: &str,
    id_field: &str,
    ids: &[Value],
    set: impl Fn(&mut Value),
) -> Reply {
    let mut body = Fixture::load("brevo", operation).response.body;
    let template = body[items][0].clone();
    body[items] = ids
        .iter()
        .map(|id| {
            let mut item = template.clone();
            item[id_field] = id.clone();
            item
        })
        .collect();
    set(&mut body);
    Reply::json(200, &body.to_string())
}

// MasterAccountApi

#[tokio::test]
async fn corporate_group_id_delete() {
    let wire = WireTest::start("brevo", "corporate_group_id_delete").await;
    let response = client(&wire)
        .corporate_group_id_delete()
        .id(GROUP_ID)
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn corporate_group_id_get() {
    let wire = WireTest::start("brevo", "corporate_group_id_get").await;
    let details = wire.replay(
        client(&wire)
            .corporate_group_id_get()
            .id(GROUP_ID)
            .send()
            .await,
    );
    let group = details.group.unwrap();
    assert_eq!(group.group_name.as_deref(), Some("EMEA shops"));
    assert_eq!(
        group.created_at.as_deref(),
        Some("2024-02-09T06:14:40+00:00")
    );
    // The `sub-accounts` key.
    assert_eq!(details.sub_accounts.len(), 2);
    assert_eq!(details.sub_accounts[0].id, Some(SUB_ACCOUNT_ID));
    assert_eq!(details.users[1].first_name, None);
}

#[tokio::test]
async fn corporate_group_id_put() {
    let wire = WireTest::start("brevo", "corporate_group_id_put").await;
    let response = client(&wire)
        .corporate_group_id_put()
        .id(GROUP_ID)
        .body(types::UpdateCorporateGroup {
            group_name: Some("EMEA stores".into()),
            sub_account_ids: vec![SUB_ACCOUNT_ID, 6563051],
        })
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn corporate_group_id_put_name_only() {
    // No `subAccountIds` key at all when none are given.
    let wire = WireTest::start("brevo", "corporate_group_id_put__name_only").await;
    client(&wire)
        .corporate_group_id_put()
        .id(GROUP_ID)
        .body_map(|b| b.group_name("EMEA stores".to_string()))
        .send()
        .await
        .unwrap();
    wire.assert_request();
}

#[tokio::test]
async fn corporate_group_post() {
    let wire = WireTest::start("brevo", "corporate_group_post").await;
    let created = wire.replay(
        client(&wire)
            .corporate_group_post()
            .body(types::CreateCorporateGroup {
                group_name: "EMEA shops".into(),
                sub_account_ids: vec![SUB_ACCOUNT_ID],
            })
            .send()
            .await,
    );
    assert_eq!(created.id.as_deref(), Some(GROUP_ID));
}

#[tokio::test]
async fn corporate_group_unlink_group_id_sub_accounts_put() {
    let wire = WireTest::start("brevo", "corporate_group_unlink_group_id_sub_accounts_put").await;
    let response = client(&wire)
        .corporate_group_unlink_group_id_sub_accounts_put()
        .group_id(GROUP_ID)
        .body(types::CorporateGroupSubAccounts {
            sub_account_ids: vec![6563051, 3524191],
        })
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn corporate_ip_get() {
    // The SDK drops this answer (it declares none); Brevo documents the list.
    let wire = WireTest::start("brevo", "corporate_ip_get").await;
    let ips = wire.replay(client(&wire).corporate_ip_get().send().await);
    assert_eq!(ips.len(), 2);
    assert_eq!(ips[0].ip.as_deref(), Some("192.168.1.1"));
    assert_eq!(ips[1].transactional, Some(false));
}

#[tokio::test]
async fn corporate_master_account_get() {
    let wire = WireTest::start("brevo", "corporate_master_account_get").await;
    let master = wire.replay(client(&wire).corporate_master_account_get().send().await);
    assert_eq!(master.id, Some(1003286));
    let billing = master.billing_info.unwrap();
    assert_eq!(
        billing.address.unwrap().postal_code.as_deref(),
        Some("75002")
    );
    let plan = master.plan_info.unwrap();
    assert!(matches!(
        plan.plan_period,
        Some(Tolerant::Known(types::PlanPeriod::Month))
    ));
    // `unitValue`: a number or a string, as Brevo sends it.
    assert_eq!(plan.features[0].unit_value, Some(json!(1)));
    assert_eq!(plan.features[1].unit_value, Some(json!("5")));
    assert_eq!(plan.features[0].used_overages, Some(3));
}

#[tokio::test]
async fn corporate_sso_token_post() {
    let wire = WireTest::start("brevo", "corporate_sso_token_post").await;
    let response = client(&wire)
        .corporate_sso_token_post()
        .body_map(|b| b.email("jane.admin@myshop.com".to_string()))
        .send()
        .await;
    let shown = format!("{response:?}");
    let sso = wire.replay(response);
    assert_eq!(sso.token, SSO_TOKEN);
    // The token is a credential: neither the answer's nor the value's
    // `Debug` shows it.
    for shown in [shown, format!("{sso:?}")] {
        assert!(!shown.contains(SSO_TOKEN), "{shown}");
        assert!(shown.contains("Sensitive"), "{shown}");
    }
}

#[tokio::test]
async fn corporate_sso_token_post_forbidden() {
    let wire = WireTest::start("brevo", "corporate_sso_token_post__forbidden").await;
    let error = wire.replay_error(
        client(&wire)
            .corporate_sso_token_post()
            .body_map(|b| b.email("jane.admin@myshop.com".to_string()))
            .send()
            .await,
    );
    assert!(matches!(
        error.error_body().unwrap().code,
        Some(Tolerant::Known(types::ErrorCode::PermissionDenied))
    ));
}

#[tokio::test]
async fn corporate_sub_account_get() {
    let wire = WireTest::start("brevo", "corporate_sub_account_get").await;
    let page = wire.replay(
        client(&wire)
            .corporate_sub_account_get()
            .offset(20)
            .limit(10u64)
            .send()
            .await,
    );
    assert_eq!(page.count, Some(3));
    assert_eq!(
        page.sub_accounts[0].groups[1].name.as_deref(),
        Some("Outlets")
    );
    assert!(!page.sub_accounts[1].active);
    assert_eq!(page.sub_accounts[1].created_at, 1629439311);
}

#[tokio::test]
async fn corporate_sub_account_get_needs_offset_and_limit() {
    // Both are required (by Brevo and the SDK): nothing is sent without
    // one (the base URL refuses connections).
    let client = Client::builder(API_KEY)
        .base_url(vendor_clients_tests::refused_base_url())
        .build()
        .unwrap();
    for (call, missing) in [
        (client.corporate_sub_account_get().limit(10u64), "offset"),
        (client.corporate_sub_account_get().offset(0), "limit"),
    ] {
        let error = call.send().await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::InvalidRequest, "{error}");
        assert!(error.to_string().contains(missing), "{error}");
    }
}

#[tokio::test]
async fn corporate_sub_account_get_streams_every_page() {
    // `count` says 5 in all, from the caller's offset 0: no request after
    // the fifth sub-account; the page size stays on every request.
    let op = "corporate_sub_account_get";
    let total = |body: &mut Value| body["count"] = json!(5);
    let server = ScriptedServer::start(vec![
        page_of(op, "subAccounts", "id", &[json!(1), json!(2)], total),
        page_of(op, "subAccounts", "id", &[json!(3), json!(4)], total),
        page_of(op, "subAccounts", "id", &[json!(5)], total),
    ])
    .await;
    let ids: Vec<_> = client_at(&server)
        .corporate_sub_account_get()
        .offset(0)
        .limit(2u64)
        .stream()
        .map(|sub_account| sub_account.unwrap().id)
        .collect()
        .await;
    assert_eq!(ids, [1, 2, 3, 4, 5]);
    let received = server.received();
    let pages: Vec<_> = received
        .iter()
        .map(|r| {
            let pairs = query_of(&r.target);
            (
                query_value(&pairs, "offset").map(str::to_string),
                query_value(&pairs, "limit").map(str::to_string),
            )
        })
        .collect();
    let page = |offset: &str| (Some(offset.to_string()), Some("2".to_string()));
    assert_eq!(pages, [page("0"), page("2"), page("4")]);
}

#[tokio::test]
async fn corporate_sub_account_id_applications_toggle_put() {
    let wire = WireTest::start("brevo", "corporate_sub_account_id_applications_toggle_put").await;
    let response = client(&wire)
        .corporate_sub_account_id_applications_toggle_put()
        .id(SUB_ACCOUNT_ID)
        .body(types::SubAccountAppsToggleRequest {
            inbox: Some(false),
            whatsapp: Some(true),
            automation: Some(true),
            email_campaigns: Some(true),
            sms_campaigns: Some(false),
            landing_pages: Some(true),
            transactional_emails: Some(true),
            transactional_sms: Some(false),
            facebook_ads: Some(false),
            web_push: Some(false),
            meetings: Some(true),
            conversations: Some(true),
            crm: Some(true),
        })
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn corporate_sub_account_id_delete() {
    let wire = WireTest::start("brevo", "corporate_sub_account_id_delete").await;
    let response = client(&wire)
        .corporate_sub_account_id_delete()
        .id(SUB_ACCOUNT_ID)
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn corporate_sub_account_id_delete_not_found() {
    let wire = WireTest::start("brevo", "corporate_sub_account_id_delete__not_found").await;
    let error = wire.replay_error(
        client(&wire)
            .corporate_sub_account_id_delete()
            .id(2039885)
            .send()
            .await,
    );
    let body = error.error_body().unwrap();
    assert!(matches!(
        body.code,
        Some(Tolerant::Known(types::ErrorCode::DocumentNotFound))
    ));
    assert_eq!(
        body.message.as_deref(),
        Some("Sub-account 2039885 was not found")
    );
}

#[tokio::test]
async fn corporate_sub_account_id_get() {
    let wire = WireTest::start("brevo", "corporate_sub_account_id_get").await;
    let details = wire.replay(
        client(&wire)
            .corporate_sub_account_id_get()
            .id(SUB_ACCOUNT_ID)
            .send()
            .await,
    );
    assert_eq!(details.groups[0].id.as_deref(), Some(GROUP_ID));
    let plan = details.plan_info.unwrap();
    let credits = plan.credits.unwrap();
    assert_eq!(credits.whatsapp.unwrap().remaining, Some(50));
    assert_eq!(
        plan.features.unwrap().sales_users.unwrap().quantity,
        Some(30)
    );
    assert_eq!(plan.plan_type.as_deref(), Some("paid"));
}

#[tokio::test]
async fn corporate_sub_account_id_plan_put() {
    let wire = WireTest::start("brevo", "corporate_sub_account_id_plan_put").await;
    let response = client(&wire)
        .corporate_sub_account_id_plan_put()
        .id(SUB_ACCOUNT_ID)
        .body(types::SubAccountUpdatePlanRequest {
            credits: Some(types::SubAccountPlanCredits {
                email: Some(5000),
                sms: Some(2000.0),
                wp_subscribers: Some(-1),
                external_feeds: Some(1.0),
                whatsapp: Some(100.0),
            }),
            features: Some(types::SubAccountUpdatePlanRequestFeatures {
                users: Some(15),
                landing_page: Some(20),
                inbox: Some(10),
                sales_users: Some(6),
            }),
        })
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn plan_credits_keep_to_their_documented_range() {
    // -1 is unlimited; push credits are 0 or -1, external feeds 0 or 1.
    // Nothing is sent (the base URL refuses connections).
    let client = Client::builder(API_KEY)
        .base_url(vendor_clients_tests::refused_base_url())
        .build()
        .unwrap();
    for credits in [
        types::SubAccountPlanCredits {
            email: Some(-2),
            ..Default::default()
        },
        types::SubAccountPlanCredits {
            wp_subscribers: Some(1),
            ..Default::default()
        },
        types::SubAccountPlanCredits {
            external_feeds: Some(2.0),
            ..Default::default()
        },
    ] {
        let error = client
            .corporate_sub_account_id_plan_put()
            .id(SUB_ACCOUNT_ID)
            .body(types::SubAccountUpdatePlanRequest {
                credits: Some(credits),
                features: None,
            })
            .send()
            .await
            .unwrap_err();
        assert_eq!(error.kind(), ErrorKind::InvalidRequest, "{error}");
    }
}

#[tokio::test]
async fn corporate_sub_account_ip_associate_post() {
    // Brevo documents an object and shows `[]`: any JSON value decodes.
    let wire = WireTest::start("brevo", "corporate_sub_account_ip_associate_post").await;
    let answer = wire.replay(
        client(&wire)
            .corporate_sub_account_ip_associate_post()
            .body(types::SubAccountsIp {
                ip: "103.11.32.88".into(),
                ids: vec![SUB_ACCOUNT_ID, 6563051],
            })
            .send()
            .await,
    );
    assert_eq!(answer, json!([]));
}

#[tokio::test]
async fn corporate_sub_account_ip_dissociate_put() {
    let wire = WireTest::start("brevo", "corporate_sub_account_ip_dissociate_put").await;
    let response = client(&wire)
        .corporate_sub_account_ip_dissociate_put()
        .body(types::SubAccountsIp {
            ip: "103.11.32.88".into(),
            ids: vec![6563051],
        })
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn corporate_sub_account_key_post() {
    let wire = WireTest::start("brevo", "corporate_sub_account_key_post").await;
    let response = client(&wire)
        .corporate_sub_account_key_post()
        .body(types::CreateApiKeyRequest {
            id: SUB_ACCOUNT_ID,
            name: "Paris shop integration".into(),
        })
        .send()
        .await;
    let shown = format!("{response:?}");
    let created = wire.replay(response);
    assert_eq!(created.key.as_deref(), Some(SUB_ACCOUNT_KEY));
    assert_eq!(created.status.as_deref(), Some("success"));
    // The new key is a credential: neither the answer's nor the value's
    // `Debug` shows it.
    for shown in [shown, format!("{created:?}")] {
        assert!(!shown.contains(SUB_ACCOUNT_KEY), "{shown}");
        assert!(shown.contains("key: Sensitive"), "{shown}");
    }
}

#[tokio::test]
async fn corporate_sub_account_post() {
    let wire = WireTest::start("brevo", "corporate_sub_account_post").await;
    let created = wire.replay(
        client(&wire)
            .corporate_sub_account_post()
            .body(types::CreateSubAccount {
                company_name: "MyShop Nice".into(),
                email: "nice@myshop.com".into(),
                language: Some(types::SubAccountLanguage::Fr),
                timezone: Some("Europe/Paris".into()),
                group_ids: vec![GROUP_ID.into()],
            })
            .send()
            .await,
    );
    assert_eq!(created.id, 4109344);
}

#[tokio::test]
async fn corporate_sub_account_sso_token_post() {
    let wire = WireTest::start("brevo", "corporate_sub_account_sso_token_post").await;
    let sso = wire.replay(
        client(&wire)
            .corporate_sub_account_sso_token_post()
            .body(types::SsoTokenRequest {
                id: SUB_ACCOUNT_ID,
                email: Some("paris@myshop.com".into()),
                target: Some(types::SsoTarget::Contacts),
                url: Some("https://app.brevo.com/senders/domain/list".into()),
            })
            .send()
            .await,
    );
    assert_eq!(sso.token, SSO_TOKEN);
    assert!(!format!("{sso:?}").contains(SSO_TOKEN));
}

#[tokio::test]
async fn corporate_sub_account_sso_token_post_required_only() {
    let wire = WireTest::start(
        "brevo",
        "corporate_sub_account_sso_token_post__required_only",
    )
    .await;
    let sso = wire.replay(
        client(&wire)
            .corporate_sub_account_sso_token_post()
            .body_map(|b| b.id(SUB_ACCOUNT_ID))
            .send()
            .await,
    );
    assert_eq!(sso.token, SSO_TOKEN);
}

#[tokio::test]
async fn corporate_sub_accounts_plan_put() {
    let wire = WireTest::start("brevo", "corporate_sub_accounts_plan_put").await;
    let response = client(&wire)
        .corporate_sub_accounts_plan_put()
        .body(types::SubAccountsUpdatePlanRequest {
            sub_account_ids: vec![SUB_ACCOUNT_ID, 6563051],
            credits: Some(types::SubAccountPlanCredits {
                email: Some(-1),
                sms: Some(-1.0),
                wp_subscribers: Some(0),
                external_feeds: Some(0.0),
                whatsapp: Some(-1.0),
            }),
            features: Some(types::SubAccountsUpdatePlanRequestFeatures {
                users: Some(5),
                landing_page: Some(10),
                sales_users: Some(2),
            }),
        })
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 202);
}

#[tokio::test]
async fn corporate_user_email_permissions_put() {
    use types::AdminUserPermission::{All, CreateAlerts, DownloadData, ExploreCreate, MyLooks};
    let wire = WireTest::start("brevo", "corporate_user_email_permissions_put").await;
    let response = client(&wire)
        .corporate_user_email_permissions_put()
        .email("jane.admin@myshop.com")
        .body(types::UpdateAdminUserPermissions {
            all_features_access: false,
            privileges: vec![
                types::AdminUserPrivileges {
                    feature: Some(types::AdminUserFeature::AppsManagement),
                    permissions: vec![All],
                },
                types::AdminUserPrivileges {
                    feature: Some(types::AdminUserFeature::Analytics),
                    permissions: vec![CreateAlerts, DownloadData, MyLooks, ExploreCreate],
                },
            ],
        })
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn corporate_user_invitation_action_email_put() {
    let wire = WireTest::start("brevo", "corporate_user_invitation_action_email_put").await;
    let outcome = wire.replay(
        client(&wire)
            .corporate_user_invitation_action_email_put()
            .action(types::InvitationAction::Resend)
            .email("ops@myshop.com")
            .send()
            .await,
    );
    assert_eq!(
        outcome.message.as_deref(),
        Some("Invitation resent successfully")
    );
}

#[tokio::test]
async fn corporate_user_revoke_email_delete() {
    let wire = WireTest::start("brevo", "corporate_user_revoke_email_delete").await;
    let response = client(&wire)
        .corporate_user_revoke_email_delete()
        .email("ops@myshop.com")
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn corporate_user_revoke_email_delete_encoded() {
    // `+`, `/` and `@` stay inside the one path segment, as the SDK sends them.
    let wire = WireTest::start("brevo", "corporate_user_revoke_email_delete__encoded").await;
    client(&wire)
        .corporate_user_revoke_email_delete()
        .email("ops+eu/fr@myshop.com")
        .send()
        .await
        .unwrap();
    wire.assert_request();
}

#[tokio::test]
async fn get_corporate_invited_users_list() {
    let wire = WireTest::start("brevo", "get_corporate_invited_users_list").await;
    let list = wire.replay(
        client(&wire)
            .get_corporate_invited_users_list()
            .send()
            .await,
    );
    let (owner, pending) = (&list.users[0], &list.users[1]);
    // A list of groups (the SDK's model reads one group, and loses them).
    assert_eq!(owner.groups[0].name.as_deref(), Some("EMEA shops"));
    assert_eq!(owner.is_owner, json!(false));
    assert_eq!(pending.is_owner, json!("false"));
    assert_eq!(owner.feature_access.analytics.len(), 4);
    assert_eq!(pending.feature_access.user_management, ["all"]);
    assert!(pending.feature_access.api_keys.is_empty());
}

#[tokio::test]
async fn get_corporate_user_permission() {
    let wire = WireTest::start("brevo", "get_corporate_user_permission").await;
    let permission = wire.replay(
        client(&wire)
            .get_corporate_user_permission()
            .email("jane.admin@myshop.com")
            .send()
            .await,
    );
    assert_eq!(permission.status, "active");
    assert_eq!(permission.groups.len(), 2);
    assert_eq!(
        permission.feature_access.sub_organization_groups,
        ["create", "edit_delete"]
    );
}

#[tokio::test]
async fn get_sub_account_groups() {
    let wire = WireTest::start("brevo", "get_sub_account_groups").await;
    let groups = wire.replay(client(&wire).get_sub_account_groups().send().await);
    assert_eq!(groups[0].id.as_deref(), Some(GROUP_ID));
    assert_eq!(groups[1].group_name.as_deref(), Some("Outlets"));
    assert_eq!(groups[1].created_at, None);
}

#[tokio::test]
async fn invite_admin_user() {
    use types::AdminUserPermission::{All, Create, EditDelete};
    // The SDK fails on Brevo's answer (it reads its request model); this
    // decodes the invitation's id.
    let wire = WireTest::start("brevo", "invite_admin_user").await;
    let invitation = wire.replay(
        client(&wire)
            .invite_admin_user()
            .body(types::InviteAdminUser {
                email: "ops@myshop.com".into(),
                all_features_access: false,
                group_ids: vec![GROUP_ID.into()],
                privileges: vec![
                    types::InviteAdminUserPrivileges {
                        feature: Some(types::AdminInvitationFeature::AppManagement),
                        permissions: vec![All],
                    },
                    types::InviteAdminUserPrivileges {
                        feature: Some(types::AdminInvitationFeature::SubOrganizationGroups),
                        permissions: vec![Create, EditDelete],
                    },
                ],
            })
            .send()
            .await,
    );
    assert_eq!(invitation.id.as_deref(), Some("659f3c2a1b0e4d5c6a7b8c9d"));
}
