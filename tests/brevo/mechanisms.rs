//! Brevo operations that need the runtime's own mechanisms: multipart
//! uploads (identical to the SDK's body but for the random boundary), a
//! binary download, values that depend on the success status, and error
//! statuses whose bodies have types of their own (fixtures captured by
//! capture/brevo_mechanisms.py).

use super::*;

use futures::TryStreamExt;
use vendor_clients::brevo::File;
use vendor_clients::brevo::types::{
    CreateContactResponse, CreateUpdateCategoryResponse, CreateUpdateProductResponse,
    SendTransacEmailResponse,
};

const COMPANIES_CSV: &[u8] =
    b"name,industry,associated_contact\nAcme,Retail,1042\nGlobex,Energy,\n";
const DEALS_CSV: &[u8] = b"deal_name,amount,associated_company\nRenewal,1200,Acme\n";
const CONTRACT_PDF: &[u8] =
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n\x00\x01\x02\xff\n%%EOF\n";
const ATTACHMENT_PNG: &[u8] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde";
const REWARD_ID: &str = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

#[tokio::test]
async fn companies_import_post() {
    let wire = WireTest::start("brevo", "companies_import_post").await;
    let import = wire.replay(
        client(&wire)
            .companies_import_post()
            .mapping(types::CompaniesImportMapping {
                link_entities: Some(true),
                unlink_entities: Some(false),
                update_existing_records: Some(true),
                unset_empty_attributes: Some(false),
                use_company_identifier: Some(true),
            })
            .file(File::from_bytes("companies.csv", COMPANIES_CSV))
            .send()
            .await,
    );
    assert_eq!(import.process_id, 50);
}

#[tokio::test]
async fn crm_deals_import_post() {
    let wire = WireTest::start("brevo", "crm_deals_import_post").await;
    let import = wire.replay(
        client(&wire)
            .crm_deals_import_post()
            .mapping(types::DealsImportMapping {
                link_entities: Some(true),
                update_existing_records: Some(false),
                ..Default::default()
            })
            .file(File::from_bytes("deals.csv", DEALS_CSV))
            .send()
            .await,
    );
    assert_eq!(import.process_id, 51);
}

/// A file on disk, named as the SDK's test file was.
fn on_disk(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("brevo-wire-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[tokio::test]
async fn crm_files_post() {
    let wire = WireTest::start("brevo", "crm_files_post").await;
    // From a path, as the SDK reads it: its name, its extension's media type.
    let file = File::open(on_disk("contract.pdf", CONTRACT_PDF))
        .await
        .unwrap();
    let uploaded = wire.replay(
        client(&wire)
            .crm_files_post()
            .file(file)
            .deal_id("61a5ce58c5d4795761045990")
            .contact_id(1042)
            .company_id("61a5ce58c5d4795761045991")
            .send()
            .await,
    );
    assert_eq!(uploaded.name.as_deref(), Some("contract.pdf"));
    assert_eq!(uploaded.size, Some(CONTRACT_PDF.len() as i64));
}

#[tokio::test]
async fn crm_files_post_sends_no_part_for_what_is_not_set() {
    let wire = WireTest::start("brevo", "crm_files_post__file_only").await;
    let uploaded = wire.replay(
        client(&wire)
            .crm_files_post()
            .file(File::from_bytes("notes.txt", &b"plain notes\n"[..]))
            .send()
            .await,
    );
    assert_eq!(uploaded.name.as_deref(), Some("notes.txt"));
}

#[tokio::test]
async fn crm_files_post_escapes_a_hostile_file_name_as_the_sdk_does() {
    let wire = WireTest::start("brevo", "crm_files_post__hostile_name").await;
    let name = "r\u{e9}sum\u{e9} \"final\"\r\nv2.pdf";
    wire.replay(
        client(&wire)
            .crm_files_post()
            .file(File::from_bytes(name, CONTRACT_PDF))
            .send()
            .await,
    );
}

#[tokio::test]
async fn crm_files_post_from_a_stream_is_the_same_request() {
    let wire = WireTest::start("brevo", "crm_files_post__file_only").await;
    let chunks = futures::stream::iter([Ok::<_, std::io::Error>("plain "), Ok("notes\n")]);
    wire.replay(
        client(&wire)
            .crm_files_post()
            .file(File::from_stream("notes.txt", 12, chunks).content_type("text/plain"))
            .send()
            .await,
    );
}

#[tokio::test]
async fn a_missing_file_part_is_refused_before_sending() {
    let wire = WireTest::start("brevo", "crm_files_post__file_only").await;
    let error = client(&wire)
        .crm_files_post()
        .deal_id("61a5ce58c5d4795761045990")
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidRequest);
    assert!(error.to_string().ends_with(": file is required"), "{error}");
}

#[tokio::test]
async fn get_inbound_email_attachment() {
    let wire = WireTest::start("brevo", "get_inbound_email_attachment").await;
    let answer = client(&wire)
        .get_inbound_email_attachment()
        .download_token("dl-7f3a/9c")
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(answer.status().as_u16(), 200);
    let download = answer.into_inner();
    // The SDK cannot read it (it decodes every body as UTF-8: sdk_error);
    // the client hands over the bytes, their media type and file name.
    assert_eq!(download.content_type(), Some("image/png"));
    assert_eq!(download.file_name(), Some("download.png"));
    assert_eq!(download.content_length(), Some(ATTACHMENT_PNG.len() as u64));
    let body = download.bytes(1 << 20).await.unwrap();
    assert_eq!(&body[..], ATTACHMENT_PNG);
    assert_eq!(wire.fixture.response_bytes(), ATTACHMENT_PNG);
}

#[tokio::test]
async fn get_inbound_email_attachment_streams_past_the_json_body_limit() {
    let wire = WireTest::start("brevo", "get_inbound_email_attachment").await;
    let client = Client::builder(API_KEY)
        .base_url(wire.base_url())
        .max_response_body(8)
        .build()
        .unwrap();
    let download = client
        .get_inbound_email_attachment()
        .download_token("dl-7f3a/9c")
        .send()
        .await
        .unwrap()
        .into_inner();
    let pieces: Vec<_> = download.into_stream().try_collect().await.unwrap();
    assert_eq!(pieces.concat(), ATTACHMENT_PNG);
}

#[tokio::test]
async fn get_inbound_email_attachment_not_found() {
    let wire = WireTest::start("brevo", "get_inbound_email_attachment__not_found").await;
    let error = wire.replay_error(
        client(&wire)
            .get_inbound_email_attachment()
            .download_token("expired")
            .send()
            .await,
    );
    assert_eq!(
        error.error_body().unwrap().message.as_deref(),
        Some("Attachment not found")
    );
}

fn recipient(email: &str, name: Option<&str>) -> types::SendSmtpEmailRecipient {
    types::SendSmtpEmailRecipient {
        email: email.into(),
        name: name.map(str::to_string),
    }
}

fn map(pairs: &[(&str, serde_json::Value)]) -> serde_json::Map<String, serde_json::Value> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
}

#[tokio::test]
async fn send_transac_email() {
    let wire = WireTest::start("brevo", "send_transac_email").await;
    let sent = wire.replay(
        client(&wire)
            .send_transac_email()
            .body_map(|b| {
                b.sender(Some(types::SendSmtpEmailSender {
                    name: Some("MyShop".into()),
                    email: Some("shop@example.com".into()),
                    id: None,
                }))
                .to(vec![recipient("jimmy@example.com", Some("Jimmy"))])
                .cc(vec![recipient("joe@example.com", None)])
                .bcc(vec![recipient("audit@example.com", Some("Audit"))])
                .reply_to(Some(recipient("support@example.com", Some("Support"))))
                .subject(Some("Your order".into()))
                .html_content(Some("<p>Thanks, {{params.FNAME}}</p>".into()))
                .text_content(Some("Thanks".into()))
                .attachment(vec![types::SendSmtpEmailAttachment {
                    url: Some("https://example.com/invoice.pdf".into()),
                    name: Some("invoice.pdf".into()),
                    content: None,
                }])
                .headers(map(&[
                    ("X-Mailin-custom", "order-1001".into()),
                    ("idempotencyKey", "abc-123".into()),
                ]))
                .params(map(&[("FNAME", "Jimmy".into()), ("ORDER", 1001.into())]))
                .tags(vec!["orders".to_string(), "receipts".to_string()])
                .preheader(Some("Order 1001".into()))
            })
            .send()
            .await,
    );
    // 201: sent, with its message id.
    let SendTransacEmailResponse::Created(sent) = sent else {
        panic!("not Created: {sent:?}");
    };
    assert_eq!(
        sent.message_id.as_deref(),
        Some("<201798300811.5787683@relay.domain.com>")
    );
}

#[tokio::test]
async fn send_transac_email_scheduled() {
    let wire = WireTest::start("brevo", "send_transac_email__scheduled").await;
    let scheduled = wire.replay(
        client(&wire)
            .send_transac_email()
            .body_map(|b| {
                b.template_id(Some(12))
                    .params(map(&[("FNAME", "Jimmy".into())]))
                    .scheduled_at(Some("2026-12-24T09:00:00+01:00".into()))
                    .batch_id(Some("5c6cfa04-eed9-42c2-8b5c-6d470d978e9d".into()))
                    .message_versions(vec![types::SendSmtpEmailMessageVersion {
                        to: vec![recipient("a@example.com", None)],
                        params: map(&[("FNAME", "Ann".into())]),
                        subject: Some("Hello Ann".into()),
                        reply_to: Some(recipient("support@example.com", None)),
                        bcc: vec![],
                        cc: vec![],
                        html_content: None,
                        text_content: None,
                    }])
            })
            .send()
            .await,
    );
    // 202: scheduled, with the batch id the SDK's CreateSmtpEmail loses.
    let SendTransacEmailResponse::Accepted(scheduled) = scheduled else {
        panic!("not Accepted: {scheduled:?}");
    };
    assert_eq!(
        scheduled.batch_id.as_deref(),
        Some("5c6cfa04-eed9-42c2-8b5c-6d470d978e9d")
    );
}

fn contact() -> types::CreateContact {
    types::CreateContact {
        email: Some("elly@example.com".into()),
        ext_id: Some("ext-77".into()),
        attributes: map(&[("FNAME", "Elly".into()), ("SMS", "+33612345678".into())]),
        email_blacklisted: Some(false),
        sms_blacklisted: Some(false),
        list_ids: vec![2, 4],
        update_enabled: false,
        smtp_blacklist_sender: vec!["news@example.com".into()],
    }
}

#[tokio::test]
async fn create_contact() {
    let wire = WireTest::start("brevo", "create_contact").await;
    let created = wire.replay(client(&wire).create_contact().body(contact()).send().await);
    assert_eq!(
        created,
        CreateContactResponse::Created(types::CreateUpdateContactModel { id: Some(21) })
    );
}

#[tokio::test]
async fn create_contact_updated() {
    let wire = WireTest::start("brevo", "create_contact__updated").await;
    let updated = wire.replay(
        client(&wire)
            .create_contact()
            .body_map(|b| {
                b.email(Some("elly@example.com".into()))
                    .update_enabled(true)
            })
            .send()
            .await,
    );
    // The SDK decodes this 204 as a contact without an id.
    assert_eq!(updated, CreateContactResponse::NoContent);
}

fn doi_contact() -> types::CreateDoiContact {
    types::CreateDoiContact {
        email: "elly@example.com".into(),
        attributes: map(&[("FNAME", "Elly".into())]),
        include_list_ids: vec![2],
        exclude_list_ids: vec![9],
        template_id: 3,
        redirection_url: "https://example.com/confirmed".into(),
    }
}

#[tokio::test]
async fn create_doi_contact() {
    let wire = WireTest::start("brevo", "create_doi_contact").await;
    let answer = client(&wire)
        .create_doi_contact()
        .body(doi_contact())
        .send()
        .await
        .unwrap();
    wire.assert_request();
    // Both successes are bodiless: the status says which happened.
    assert_eq!(answer.status().as_u16(), 201);
}

#[tokio::test]
async fn create_doi_contact_updated() {
    let wire = WireTest::start("brevo", "create_doi_contact__updated").await;
    let answer = client(&wire)
        .create_doi_contact()
        .body(doi_contact())
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(answer.status().as_u16(), 204);
}

#[tokio::test]
async fn create_update_category() {
    let wire = WireTest::start("brevo", "create_update_category").await;
    let created = wire.replay(
        client(&wire)
            .create_update_category()
            .body_map(|b| {
                b.id("cat-12")
                    .name(Some("Shoes".into()))
                    .url(Some("https://example.com/shoes".into()))
                    .deleted_at(Some("2026-12-01T00:00:00Z".into()))
                    .is_deleted(Some(false))
            })
            .send()
            .await,
    );
    assert_eq!(
        created,
        CreateUpdateCategoryResponse::Created(types::CreateCategoryModel { id: Some(12) })
    );
}

#[tokio::test]
async fn create_update_category_updated() {
    let wire = WireTest::start("brevo", "create_update_category__updated").await;
    let updated = wire.replay(
        client(&wire)
            .create_update_category()
            .body_map(|b| {
                b.id("cat-12")
                    .name(Some("Sneakers".into()))
                    .update_enabled(true)
            })
            .send()
            .await,
    );
    assert_eq!(updated, CreateUpdateCategoryResponse::NoContent);
}

#[tokio::test]
async fn create_update_product() {
    let wire = WireTest::start("brevo", "create_update_product").await;
    let created = wire.replay(
        client(&wire)
            .create_update_product()
            .body_map(|b| {
                b.id("p-1001")
                    .name("Runner")
                    .url(Some("https://example.com/p/1001".into()))
                    .image_url(Some("https://example.com/p/1001.png".into()))
                    .sku(Some("RUN-42".into()))
                    .price(Some(89.9))
                    .categories(vec!["cat-12".to_string()])
                    .parent_id(Some("p-1000".into()))
                    .meta_info(
                        [("color", "blue"), ("size", "42")]
                            .into_iter()
                            .map(|(k, v)| (k.to_string(), v.to_string()))
                            .collect::<std::collections::HashMap<_, _>>(),
                    )
                    .stock(Some(7.0))
            })
            .send()
            .await,
    );
    assert_eq!(
        created,
        CreateUpdateProductResponse::Created(types::CreateProductModel { id: Some(1001) })
    );
}

#[tokio::test]
async fn create_update_product_updated() {
    let wire = WireTest::start("brevo", "create_update_product__updated").await;
    let updated = wire.replay(
        client(&wire)
            .create_update_product()
            .body_map(|b| {
                b.id("p-1001")
                    .name("Runner 2")
                    .update_enabled(true)
                    .is_deleted(Some(false))
            })
            .send()
            .await,
    );
    assert_eq!(updated, CreateUpdateProductResponse::NoContent);
}

#[tokio::test]
async fn send_test_sms() {
    let wire = WireTest::start("brevo", "send_test_sms").await;
    let answer = client(&wire)
        .send_test_sms()
        .campaign_id(3)
        .body(types::SendTestSms {
            phone_number: Some("33689965433".into()),
        })
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(answer.status().as_u16(), 204);
}

#[tokio::test]
async fn send_test_sms_failed() {
    let wire = WireTest::start("brevo", "send_test_sms__failed").await;
    let error = wire.replay_error(
        client(&wire)
            .send_test_sms()
            .campaign_id(3)
            .body(types::SendTestSms {
                phone_number: Some("33600000000".into()),
            })
            .send()
            .await,
    );
    // Its 400's own body, not Brevo's usual one.
    assert!(error.error_body().is_none());
    let failed = error
        .error_body_as::<types::PostSendSmsTestFailed>()
        .unwrap();
    assert_eq!(failed.unexisting_sms, ["33600000000"]);
    assert_eq!(failed.code, Some(400));
}

#[tokio::test]
async fn send_test_sms_not_found() {
    let wire = WireTest::start("brevo", "send_test_sms__not_found").await;
    let error = wire.replay_error(
        client(&wire)
            .send_test_sms()
            .campaign_id(999)
            .body(types::SendTestSms {
                phone_number: Some("33689965433".into()),
            })
            .send()
            .await,
    );
    assert_eq!(
        error.error_body().unwrap().message.as_deref(),
        Some("Campaign ID not found")
    );
    assert!(
        error
            .error_body_as::<types::PostSendSmsTestFailed>()
            .is_none()
    );
}

#[tokio::test]
async fn send_test_template() {
    let wire = WireTest::start("brevo", "send_test_template").await;
    let answer = client(&wire)
        .send_test_template()
        .template_id(7)
        .body(types::SendTestEmail {
            email_to: vec!["helen.jurado@example.com".into()],
        })
        .send()
        .await
        .unwrap();
    wire.assert_request();
    assert_eq!(answer.status().as_u16(), 204);
}

#[tokio::test]
async fn send_test_template_failed() {
    let wire = WireTest::start("brevo", "send_test_template__failed").await;
    let error = wire.replay_error(
        client(&wire)
            .send_test_template()
            .template_id(7)
            .body(types::SendTestEmail {
                email_to: vec!["nobody@example.com".into(), "blocked@example.com".into()],
            })
            .send()
            .await,
    );
    let failed = error.into_error_body_as::<types::PostSendFailed>().unwrap();
    assert_eq!(failed.unexisting_emails, ["nobody@example.com"]);
    assert_eq!(failed.black_listed_emails, ["blocked@example.com"]);
}

#[tokio::test]
async fn send_test_template_not_found() {
    let wire = WireTest::start("brevo", "send_test_template__not_found").await;
    let error = wire.replay_error(
        client(&wire)
            .send_test_template()
            .template_id(999)
            .body(types::SendTestEmail { email_to: vec![] })
            .send()
            .await,
    );
    assert_eq!(
        error
            .error_body_as::<types::ErrorResponse>()
            .unwrap()
            .message
            .as_deref(),
        Some("Template ID not found")
    );
}

#[tokio::test]
async fn loyalty_offer_programs_pid_rewards_attribute_post() {
    let wire = WireTest::start("brevo", "loyalty_offer_programs_pid_rewards_attribute_post").await;
    let voucher = wire.replay(
        client(&wire)
            .loyalty_offer_programs_pid_rewards_attribute_post()
            .pid(PID)
            .body_map(|b| {
                b.reward_id(REWARD_ID)
                    .contact_id(Some(1042))
                    .code(Some("GOLD-10".into()))
                    .value(Some(10.0))
                    .expiration_date(Some("2027-12-31T23:59:59Z".into()))
                    .loyalty_subscription_id(Some("sub-77".into()))
                    .meta(map(&[("channel", "web".into())]))
            })
            .send()
            .await,
    );
    assert_eq!(voucher.code.as_deref(), Some("GOLD-10"));
    assert_eq!(voucher.reward_id.as_deref(), Some(REWARD_ID));
}

#[tokio::test]
async fn loyalty_offer_programs_pid_rewards_attribute_post_bad_request() {
    let wire = WireTest::start(
        "brevo",
        "loyalty_offer_programs_pid_rewards_attribute_post__bad_request",
    )
    .await;
    let error = wire.replay_error(
        client(&wire)
            .loyalty_offer_programs_pid_rewards_attribute_post()
            .pid(PID)
            .body_map(|b| b.reward_id(REWARD_ID))
            .send()
            .await,
    );
    // A bare JSON string.
    assert_eq!(
        error.error_body_as::<String>().map(String::as_str),
        Some("reward has no stock left")
    );
}

#[tokio::test]
async fn loyalty_offer_programs_pid_rewards_attribute_post_not_found() {
    let wire = WireTest::start(
        "brevo",
        "loyalty_offer_programs_pid_rewards_attribute_post__not_found",
    )
    .await;
    let error = wire.replay_error(
        client(&wire)
            .loyalty_offer_programs_pid_rewards_attribute_post()
            .pid(PID)
            .body_map(|b| b.reward_id(REWARD_ID))
            .send()
            .await,
    );
    assert_eq!(
        error.error_body().unwrap().message.as_deref(),
        Some("Reward not found")
    );
    assert!(error.error_body_as::<String>().is_none());
}
