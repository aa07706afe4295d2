//! Brevo TransactionalEmailsApi and ContactsApi: each operation sends what
//! brevo-python 1.2.0 sends (fixtures/brevo, captured by
//! capture/brevo_brevo_c.py) and decodes a realistic response.

use super::*;

use futures::StreamExt;
use serde_json::json;
use vendor_clients_tests::Fixture;
use vendor_clients_tests::server::{Reply, ScriptedServer};

const TEMPLATE_ID: i64 = 33;
const BATCH_ID: &str = "4320f270-a4e3-4a2e-b591-edfe30a5e627";
const MESSAGE_ID: &str = "<202202231031.53307417725@smtp-relay.mailin.fr>";

/// Asserts a bodiless success with its status.
fn assert_status<T>(
    wire: &WireTest,
    result: Result<progenitor_client::ResponseValue<T>, vendor_clients::brevo::Error>,
    status: u16,
) {
    let response = result.unwrap();
    wire.assert_request();
    assert_eq!(response.status().as_u16(), status);
}

// ---- TransactionalEmailsApi ---------------------------------------------

#[tokio::test]
async fn block_new_domain() {
    let wire = WireTest::start("brevo", "block_new_domain").await;
    let result = client(&wire)
        .block_new_domain()
        .body(types::BlockDomain {
            domain: "example.com".into(),
        })
        .send()
        .await;
    assert_status(&wire, result, 201);
}

#[tokio::test]
async fn create_smtp_template() {
    let wire = WireTest::start("brevo", "create_smtp_template").await;
    let created = wire.replay(
        client(&wire)
            .create_smtp_template()
            .body(types::CreateSmtpTemplate {
                tag: Some("OrderConfirmation".into()),
                sender: types::CreateSmtpTemplateSender {
                    name: Some("Mary from MyShop".into()),
                    email: None,
                    id: Some(3),
                },
                template_name: "Order Confirmation - EN".into(),
                html_content: Some(
                    "The order n°xxxxx has been confirmed. Thanks for your purchase".into(),
                ),
                html_url: Some("https://html.domain.com".into()),
                subject: "Thanks for your purchase !".into(),
                reply_to: Some("support@myshop.com".into()),
                to_field: Some("{FNAME} {LNAME}".into()),
                attachment_url: Some("https://attachment.domain.com".into()),
                is_active: Some(true),
            })
            .send()
            .await,
    );
    assert_eq!(created.id, TEMPLATE_ID);
}

#[tokio::test]
async fn delete_blocked_domain() {
    let wire = WireTest::start("brevo", "delete_blocked_domain").await;
    let result = client(&wire)
        .delete_blocked_domain()
        .domain("example.com")
        .send()
        .await;
    assert_status(&wire, result, 204);
}

#[tokio::test]
async fn delete_hardbounces() {
    let wire = WireTest::start("brevo", "delete_hardbounces").await;
    let result = client(&wire)
        .delete_hardbounces()
        .body(types::DeleteHardbounces {
            start_date: Some("2016-12-31".into()),
            end_date: Some("2017-01-31".into()),
            contact_email: Some("alex76@example.com".into()),
        })
        .send()
        .await;
    assert_status(&wire, result, 204);
}

#[tokio::test]
async fn delete_hardbounces_without_a_body_sends_none() {
    // The SDK's body is optional: left out, nothing is sent (Content-Type
    // aside), and Brevo deletes every hard bounce.
    let wire = WireTest::start("brevo", "delete_hardbounces__no_body").await;
    let result = client(&wire).delete_hardbounces().send().await;
    assert_status(&wire, result, 204);
}

#[tokio::test]
async fn delete_scheduled_email_by_id() {
    // `<`, `@` and `>` of a message id are percent-encoded in the segment.
    let wire = WireTest::start("brevo", "delete_scheduled_email_by_id").await;
    let result = client(&wire)
        .delete_scheduled_email_by_id()
        .identifier(MESSAGE_ID)
        .send()
        .await;
    assert_status(&wire, result, 204);
}

#[tokio::test]
async fn delete_smtp_template() {
    let wire = WireTest::start("brevo", "delete_smtp_template").await;
    let result = client(&wire)
        .delete_smtp_template()
        .template_id(TEMPLATE_ID)
        .send()
        .await;
    assert_status(&wire, result, 204);
}

#[tokio::test]
async fn get_aggregated_smtp_report() {
    let wire = WireTest::start("brevo", "get_aggregated_smtp_report").await;
    let report = wire.replay(
        client(&wire)
            .get_aggregated_smtp_report()
            .start_date("2016-09-08")
            .end_date("2017-04-28")
            .tag("summer")
            .send()
            .await,
    );
    assert_eq!(report.range.as_deref(), Some("2016-09-08|2017-04-28"));
    assert_eq!(report.unique_opens, Some(13688));
}

#[tokio::test]
async fn get_blocked_domains() {
    let wire = WireTest::start("brevo", "get_blocked_domains").await;
    let blocked = wire.replay(client(&wire).get_blocked_domains().send().await);
    assert_eq!(blocked.domains, ["example.com", "testdomain.com"]);
}

#[tokio::test]
async fn get_email_event_report() {
    let wire = WireTest::start("brevo", "get_email_event_report").await;
    let report = wire.replay(
        client(&wire)
            .get_email_event_report()
            .limit(100)
            .offset(200)
            .start_date("2017-03-01")
            .end_date("2017-03-31")
            .email("john.smith@example.com")
            .event(types::EmailEvent::Delivered)
            .tags("OrderConfirmation,Summer")
            .message_id("<201798300811.5787683@example.domain.com>")
            .template_id(4)
            .sort(SortOrder::Asc)
            .send()
            .await,
    );
    let [deferred, clicked] = &report.events[..] else {
        panic!("{:?}", report.events)
    };
    assert!(matches!(
        deferred.event,
        Tolerant::Known(types::EmailEvent::Deferred)
    ));
    assert_eq!(deferred.reason.as_deref(), Some("Error connection timeout"));
    assert_eq!(clicked.ip.as_deref(), Some("165.87.3.15"));
    assert_eq!(clicked.template_id, Some(5));
}

#[tokio::test]
async fn get_scheduled_email_by_batch_id() {
    let wire = WireTest::start("brevo", "get_scheduled_email_by_batch_id").await;
    let page = wire.replay(
        client(&wire)
            .get_scheduled_email_by_batch_id()
            .batch_id(BATCH_ID)
            .start_date("2022-02-02")
            .end_date("2022-03-02")
            .sort(SortOrder::Asc)
            .status(types::ScheduledEmailStatusFilter::Queued)
            .limit(100)
            .offset(0)
            .send()
            .await,
    );
    assert_eq!(page.count, Some(3));
    let statuses: Vec<_> = page.batches.iter().map(|b| b.status.clone()).collect();
    assert_eq!(
        statuses,
        [
            types::ScheduledEmailStatus::Queued,
            types::ScheduledEmailStatus::Processed,
            types::ScheduledEmailStatus::InProgress
        ]
        .map(Tolerant::Known)
    );
    assert_eq!(
        page.batches[0].scheduled_at,
        "2022-02-28T11:36:43.576000000Z"
    );
}

#[tokio::test]
async fn get_smtp_report() {
    let wire = WireTest::start("brevo", "get_smtp_report").await;
    let report = wire.replay(
        client(&wire)
            .get_smtp_report()
            .limit(20)
            .offset(10)
            .start_date("2017-04-30")
            .end_date("2017-05-01")
            .tag("summer")
            .sort(SortOrder::Asc)
            .send()
            .await,
    );
    let days: Vec<_> = report
        .reports
        .iter()
        .map(|d| (d.date.as_str(), d.requests))
        .collect();
    assert_eq!(days, [("2017-04-30", 10756), ("2017-05-01", 18812)]);
}

fn assert_template(template: &types::GetSmtpTemplateOverview) {
    assert_eq!(template.id, TEMPLATE_ID);
    assert!(template.is_active && !template.test_sent);
    // A sender id is a string here, as Brevo documents it.
    assert_eq!(template.sender.id.as_deref(), Some("26"));
    assert_eq!(template.to_field, "");
}

#[tokio::test]
async fn get_smtp_template() {
    let wire = WireTest::start("brevo", "get_smtp_template").await;
    let template = wire.replay(
        client(&wire)
            .get_smtp_template()
            .template_id(TEMPLATE_ID)
            .send()
            .await,
    );
    assert_template(&template);
    assert_eq!(template.doi_template, Some(false));
}

#[tokio::test]
async fn get_smtp_template_not_found_decodes_the_error() {
    let wire = WireTest::start("brevo", "get_smtp_template__not_found").await;
    let error = wire.replay_error(
        client(&wire)
            .get_smtp_template()
            .template_id(999)
            .send()
            .await,
    );
    let body = error.error_body().unwrap();
    assert!(matches!(
        body.code,
        Some(Tolerant::Known(types::ErrorCode::DocumentNotFound))
    ));
}

#[tokio::test]
async fn get_smtp_templates() {
    // Brevo documents `true`/`false` (not the `True` of a Python bool).
    let wire = WireTest::start("brevo", "get_smtp_templates").await;
    let page = wire.replay(
        client(&wire)
            .get_smtp_templates()
            .template_status(true)
            .limit(20)
            .offset(40)
            .sort(SortOrder::Asc)
            .send()
            .await,
    );
    assert_eq!(page.count, Some(2));
    let names: Vec<_> = page.templates.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["ChristomasTimeTemplate", "SummerSales2017Template"]);
    assert_eq!(page.templates[1].doi_template, None);
}

#[tokio::test]
async fn get_smtp_templates_of_the_inactive_ones() {
    let wire = WireTest::start("brevo", "get_smtp_templates__inactive").await;
    let page = wire.replay(
        client(&wire)
            .get_smtp_templates()
            .template_status(false)
            .send()
            .await,
    );
    assert!(!page.templates[0].is_active);
}

#[tokio::test]
async fn get_transac_blocked_contacts() {
    let wire = WireTest::start("brevo", "get_transac_blocked_contacts").await;
    let page = wire.replay(
        client(&wire)
            .get_transac_blocked_contacts()
            .start_date("2017-05-01")
            .end_date("2017-05-31")
            .limit(20)
            .offset(0)
            .sort(SortOrder::Asc)
            .send()
            .await,
    );
    let [contact] = &page.contacts[..] else {
        panic!("{:?}", page.contacts)
    };
    assert_eq!(contact.sender_email, "ez312@gmal.com");
    assert_eq!(
        contact.reason.code,
        Some(Tolerant::Known(
            types::BlockedContactReasonCode::AdminBlocked
        ))
    );
}

#[tokio::test]
async fn get_transac_email_content() {
    let wire = WireTest::start("brevo", "get_transac_email_content").await;
    let email = wire.replay(
        client(&wire)
            .get_transac_email_content()
            .uuid("5a78c-209ok98262910-std2341")
            .send()
            .await,
    );
    assert_eq!(email.attachment_count, 2);
    let events: Vec<_> = email.events.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(events, ["sent", "delivered"]);
}

#[tokio::test]
async fn get_transac_emails_list() {
    let wire = WireTest::start("brevo", "get_transac_emails_list").await;
    let page = wire.replay(
        client(&wire)
            .get_transac_emails_list()
            .email("abc@xyz.com")
            .template_id(15)
            .message_id("<201798300811.5787683@relay.domain.com>")
            .start_date("2019-05-01")
            .end_date("2019-05-30")
            .sort(SortOrder::Asc)
            .limit(100)
            .offset(0)
            .send()
            .await,
    );
    assert_eq!(page.count, Some(120));
    assert_eq!(
        page.transactional_emails[0].from.as_deref(),
        Some("diana.doe@example.com")
    );
    assert_eq!(page.transactional_emails[0].tags, ["summer"]);
}

#[tokio::test]
async fn post_preview_smtp_email_templates() {
    let wire = WireTest::start("brevo", "post_preview_smtp_email_templates").await;
    let params = serde_json::Map::from_iter([
        ("Firstname".to_string(), json!("John")),
        ("Lastname".to_string(), json!("Doe")),
    ]);
    let preview = wire.replay(
        client(&wire)
            .post_preview_smtp_email_templates()
            .body(types::FetchTemplatePreview {
                template_id: TEMPLATE_ID,
                email: Some("jane@example.com".into()),
                params,
            })
            .send()
            .await,
    );
    assert_eq!(preview.html.as_deref(), Some("<p>Hello John</p>"));
    assert_eq!(preview.used_feed_names, ["products"]);
}

#[tokio::test]
async fn smtp_blocked_contacts_email_delete() {
    // `+` and `@` of the address are percent-encoded in the segment.
    let wire = WireTest::start("brevo", "smtp_blocked_contacts_email_delete").await;
    let result = client(&wire)
        .smtp_blocked_contacts_email_delete()
        .email("john.smith+news@example.com")
        .send()
        .await;
    assert_status(&wire, result, 204);
}

#[tokio::test]
async fn smtp_log_identifier_delete() {
    let wire = WireTest::start("brevo", "smtp_log_identifier_delete").await;
    let result = client(&wire)
        .smtp_log_identifier_delete()
        .identifier("john.smith@example.com")
        .send()
        .await;
    assert_status(&wire, result, 204);
}

#[tokio::test]
async fn update_smtp_template() {
    let wire = WireTest::start("brevo", "update_smtp_template").await;
    let result = client(&wire)
        .update_smtp_template()
        .template_id(TEMPLATE_ID)
        .body(types::UpdateSmtpTemplate {
            tag: Some("OrderConfirmation".into()),
            sender: Some(types::UpdateSmtpTemplateSender {
                name: Some("Mary".into()),
                email: Some("contact@myshop.com".into()),
                id: None,
            }),
            template_name: Some("Order Confirmation - EN".into()),
            html_content: Some("<p>Your order n°xxxxx is confirmed</p>".into()),
            html_url: Some("https://html.domain.com".into()),
            subject: Some("Thanks !".into()),
            reply_to: Some("support@myshop.com".into()),
            to_field: Some("{FNAME} {LNAME}".into()),
            attachment_url: Some("https://attachment.domain.com".into()),
            is_active: Some(false),
        })
        .send()
        .await;
    assert_status(&wire, result, 204);
}

// ---- Streams: offsets advanced by the items received, filters kept ----------

/// The fixture's response of `operation` with its `items` list replaced by
/// copies of its first item, their `key` set to each of `keys`, and `count`
/// set when given.
fn page_of(operation: &str, items: &str, key: &str, keys: &[&str], count: Option<u64>) -> Reply {
    let mut body = Fixture::load("brevo", operation).response.body;
    let template = body[items][0].clone();
    body[items] = keys
        .iter()
        .map(|k| {
            let mut item = template.clone();
            item[key] = json!(k);
            item
        })
        .collect();
    if let Some(count) = count {
        body["count"] = json!(count);
    }
    Reply::json(200, &body.to_string())
}

/// The three pages a stream reads: two items, one, and the end (an empty
/// page, or the total `count` reached without asking for it).
fn three_pages(operation: &str, items: &str, key: &str, total: bool) -> Vec<Reply> {
    let count = total.then_some(3);
    let mut pages = vec![
        page_of(operation, items, key, &["a", "b"], count),
        page_of(operation, items, key, &["c"], count),
    ];
    if !total {
        pages.push(page_of(operation, items, key, &[], None));
    }
    pages
}

fn brevo_at(server: &ScriptedServer) -> Client {
    Client::builder(API_KEY)
        .base_url(server.base_url())
        .retry_config(vendor_clients_core::RetryConfig::disabled())
        .build()
        .unwrap()
}

/// Checks the offsets (none, then 2 and 3 where a third page was asked for)
/// and the `kept` query pairs on every request.
fn check_pages(server: &ScriptedServer, requests: usize, kept: &[(&str, &str)]) {
    let received = server.received();
    let pairs = |target: &str| -> Vec<(String, String)> {
        let url = reqwest::Url::parse(&format!("http://x{target}")).unwrap();
        url.query_pairs().into_owned().collect()
    };
    let value = |pairs: &[(String, String)], name: &str| {
        pairs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    let offsets: Vec<_> = received
        .iter()
        .map(|r| value(&pairs(&r.target), "offset"))
        .collect();
    let expected = [None, Some("2".to_string()), Some("3".to_string())];
    assert_eq!(offsets, expected[..requests]);
    for request in &received {
        let pairs = pairs(&request.target);
        for (name, want) in kept {
            assert_eq!(
                value(&pairs, name).as_deref(),
                Some(*want),
                "{}",
                request.target
            );
        }
    }
}

#[tokio::test]
async fn get_email_event_report_streams_every_page() {
    let op = "get_email_event_report";
    let server = ScriptedServer::start(three_pages(op, "events", "messageId", false)).await;
    let ids: Vec<_> = brevo_at(&server)
        .get_email_event_report()
        .email("john.smith@example.com")
        .limit(2)
        .stream()
        .map(|event| event.unwrap().message_id)
        .collect()
        .await;
    assert_eq!(ids, ["a", "b", "c"]);
    check_pages(
        &server,
        3,
        &[("limit", "2"), ("email", "john.smith@example.com")],
    );
}

#[tokio::test]
async fn get_smtp_report_streams_every_page() {
    let op = "get_smtp_report";
    let server = ScriptedServer::start(three_pages(op, "reports", "date", false)).await;
    let days: Vec<_> = brevo_at(&server)
        .get_smtp_report()
        .tag("summer")
        .limit(2)
        .stream()
        .map(|day| day.unwrap().date)
        .collect()
        .await;
    assert_eq!(days, ["a", "b", "c"]);
    check_pages(&server, 3, &[("limit", "2"), ("tag", "summer")]);
}

#[tokio::test]
async fn get_smtp_templates_streams_up_to_the_count() {
    let op = "get_smtp_templates";
    let server = ScriptedServer::start(three_pages(op, "templates", "name", true)).await;
    let names: Vec<_> = brevo_at(&server)
        .get_smtp_templates()
        .template_status(true)
        .limit(2)
        .stream()
        .map(|template| template.unwrap().name)
        .collect()
        .await;
    assert_eq!(names, ["a", "b", "c"]);
    check_pages(&server, 2, &[("limit", "2"), ("templateStatus", "true")]);
}

#[tokio::test]
async fn get_transac_blocked_contacts_streams_up_to_the_count() {
    let op = "get_transac_blocked_contacts";
    let server = ScriptedServer::start(three_pages(op, "contacts", "email", true)).await;
    let emails: Vec<_> = brevo_at(&server)
        .get_transac_blocked_contacts()
        .sort(SortOrder::Asc)
        .limit(2)
        .stream()
        .map(|contact| contact.unwrap().email)
        .collect()
        .await;
    assert_eq!(emails, ["a", "b", "c"]);
    check_pages(&server, 2, &[("limit", "2"), ("sort", "asc")]);
}

#[tokio::test]
async fn get_transac_emails_list_streams_up_to_the_count() {
    let op = "get_transac_emails_list";
    let server = ScriptedServer::start(three_pages(op, "transactionalEmails", "uuid", true)).await;
    let uuids: Vec<_> = brevo_at(&server)
        .get_transac_emails_list()
        .template_id(15)
        .limit(2)
        .stream()
        .map(|email| email.unwrap().uuid)
        .collect()
        .await;
    assert_eq!(uuids, ["a", "b", "c"]);
    check_pages(&server, 2, &[("limit", "2"), ("templateId", "15")]);
}

#[tokio::test]
async fn get_scheduled_email_by_batch_id_streams_up_to_the_count() {
    let op = "get_scheduled_email_by_batch_id";
    let server = ScriptedServer::start(three_pages(op, "batches", "createdAt", true)).await;
    let created: Vec<_> = brevo_at(&server)
        .get_scheduled_email_by_batch_id()
        .batch_id(BATCH_ID)
        .status(types::ScheduledEmailStatusFilter::Queued)
        .limit(2)
        .stream()
        .map(|email| email.unwrap().created_at)
        .collect()
        .await;
    assert_eq!(created, ["a", "b", "c"]);
    check_pages(&server, 2, &[("limit", "2"), ("status", "queued")]);
}
