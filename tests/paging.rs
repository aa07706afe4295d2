//! Every paged list operation's `.stream()` against a scripted server: items
//! in order across pages, the page number / offset / token advanced, every
//! filter and the page size kept, and the end read from the vendor's own
//! signals. Pages are built from the captured fixtures' responses. (The
//! paging rules themselves, per style, are unit-tested in
//! `vendor-clients-core`.)

use futures::StreamExt;
use serde_json::{Value, json};
use vendor_clients::{brevo, kimai, kinow, togai};
use vendor_clients_core::{ErrorKind, RetryConfig};
use vendor_clients_tests::Fixture;
use vendor_clients_tests::server::{Reply, ScriptedServer};

/// The fixture's response with its item list (`items` field) replaced by
/// copies of its first item, with ids `ids`, and `set` applied.
fn page(
    vendor: &str,
    operation: &str,
    items: &str,
    ids: &[Value],
    set: impl Fn(&mut Value),
) -> Reply {
    let mut body = Fixture::load(vendor, operation).response.body;
    let template = body[items][0].clone();
    body[items] = ids
        .iter()
        .map(|id| {
            let mut item = template.clone();
            item["id"] = id.clone();
            item
        })
        .collect();
    set(&mut body);
    Reply::json(200, &body.to_string())
}

/// The decoded query pairs of a received request.
fn query(target: &str) -> Vec<(String, String)> {
    let url = reqwest::Url::parse(&format!("http://x{target}")).unwrap();
    url.query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn value<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

fn kinow_at(server: &ScriptedServer) -> kinow::Client {
    kinow::Client::builder("id", "secret")
        .base_url(server.base_url())
        .retry_config(RetryConfig::disabled())
        .build()
        .unwrap()
}

/// Three kinow pages of 2, 2 and 1 items (the last one short), numbered.
fn kinow_pages(operation: &str) -> Vec<Reply> {
    let numbered = |current: u64| {
        move |body: &mut Value| {
            body["pagination"]["current_page"] = json!(current);
            body["pagination"]["last_page"] = json!(3);
        }
    };
    vec![
        page(
            "kinow",
            operation,
            "data",
            &[json!(1), json!(2)],
            numbered(1),
        ),
        page(
            "kinow",
            operation,
            "data",
            &[json!(3), json!(4)],
            numbered(2),
        ),
        page("kinow", operation, "data", &[json!(5)], numbered(3)),
    ]
}

/// Checks a kinow stream: items 1..=5 in order, pages 2 and 3 asked for,
/// `per_page=2` and the `extra` query pairs on every request.
fn check_kinow(ids: Vec<Option<i64>>, server: &ScriptedServer, extra: &[(&str, &str)]) {
    assert_eq!(ids, [1, 2, 3, 4, 5].map(Some));
    let received = server.received();
    assert_eq!(received.len(), 3, "no request after the last page");
    let pages: Vec<Option<String>> = received
        .iter()
        .map(|r| value(&query(&r.target), "page").map(str::to_string))
        .collect();
    assert_eq!(pages, [None, Some("2".into()), Some("3".into())]);
    for request in &received {
        let pairs = query(&request.target);
        assert_eq!(value(&pairs, "per_page"), Some("2"), "{}", request.target);
        for (name, expected) in extra {
            assert_eq!(value(&pairs, name), Some(*expected), "{}", request.target);
        }
        assert_eq!(request.header("x-client-secret"), Some("secret"));
    }
}

#[tokio::test]
async fn kinow_get_prepayment_operations() {
    let server = ScriptedServer::start(kinow_pages("get_prepayment_operations")).await;
    let ids: Vec<_> = kinow_at(&server)
        .get_prepayment_operations()
        .type_("debit")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check_kinow(ids, &server, &[("type", "debit")]);
}

#[tokio::test]
async fn kinow_get_customer_prepayment_operations() {
    let server = ScriptedServer::start(kinow_pages("get_customer_prepayment_operations")).await;
    let ids: Vec<_> = kinow_at(&server)
        .get_customer_prepayment_operations()
        .customer_id(42)
        .type_("credit")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check_kinow(ids, &server, &[("type", "credit")]);
    assert!(
        server
            .received()
            .iter()
            .all(|r| r.target.starts_with("/customers/42/prepayment-operations?"))
    );
}

#[tokio::test]
async fn kinow_get_prepayment_bonus_list() {
    let server = ScriptedServer::start(kinow_pages("get_prepayment_bonus_list")).await;
    let ids: Vec<_> = kinow_at(&server)
        .get_prepayment_bonus_list()
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check_kinow(ids, &server, &[]);
}

#[tokio::test]
async fn kinow_get_prepayment_recharges() {
    let server = ScriptedServer::start(kinow_pages("get_prepayment_recharges")).await;
    let ids: Vec<_> = kinow_at(&server)
        .get_prepayment_recharges()
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check_kinow(ids, &server, &[]);
}

#[tokio::test]
async fn kinow_pages_end_at_an_empty_page_or_without_a_next_link() {
    // No last page: a page without a next link ends it.
    let no_next = |body: &mut Value| {
        body["pagination"]["last_page"] = Value::Null;
        body["pagination"]["next_page_url"] = Value::Null;
    };
    let server = ScriptedServer::start(vec![page(
        "kinow",
        "get_prepayment_recharges",
        "data",
        &[json!(1)],
        no_next,
    )])
    .await;
    let items: Vec<_> = kinow_at(&server)
        .get_prepayment_recharges()
        .stream()
        .collect()
        .await;
    assert_eq!((items.len(), server.received().len()), (1, 1));

    // Only links: an empty page ends it.
    let links_only = |current: u64| {
        move |body: &mut Value| {
            body["pagination"]["last_page"] = Value::Null;
            body["pagination"]["current_page"] = json!(current);
        }
    };
    let server = ScriptedServer::start(vec![
        page(
            "kinow",
            "get_prepayment_recharges",
            "data",
            &[json!(1)],
            links_only(1),
        ),
        page(
            "kinow",
            "get_prepayment_recharges",
            "data",
            &[],
            links_only(2),
        ),
    ])
    .await;
    let items: Vec<_> = kinow_at(&server)
        .get_prepayment_recharges()
        .stream()
        .collect()
        .await;
    assert_eq!((items.len(), server.received().len()), (1, 2));
}

const PID: &str = "3f1c2b9e-8a4d-4e5f-9c7b-1a2b3c4d5e6f";

fn brevo_at(server: &ScriptedServer) -> brevo::Client {
    brevo::Client::builder("key")
        .base_url(server.base_url())
        .retry_config(RetryConfig::disabled())
        .build()
        .unwrap()
}

#[tokio::test]
async fn brevo_get_balance_definition_list() {
    // The server caps pages at 2 items (3 asked); the end is a 204.
    let op = "get_balance_definition_list";
    let same = |_: &mut Value| {};
    let server = ScriptedServer::start(vec![
        page("brevo", op, "items", &[json!("a"), json!("b")], same),
        page("brevo", op, "items", &[json!("c"), json!("d")], same),
        page("brevo", op, "items", &[json!("e")], same),
        Reply::json(204, ""),
    ])
    .await;
    let ids: Vec<_> = brevo_at(&server)
        .get_balance_definition_list()
        .pid(PID)
        .limit(3)
        .sort(brevo::types::SortOrder::Asc)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    assert_eq!(ids, ["a", "b", "c", "d", "e"].map(|s| Some(s.to_string())));
    let received = server.received();
    let offsets: Vec<_> = received
        .iter()
        .map(|r| value(&query(&r.target), "offset").map(str::to_string))
        .collect();
    assert_eq!(
        offsets,
        [None, Some("2".into()), Some("4".into()), Some("5".into())]
    );
    for request in &received {
        let pairs = query(&request.target);
        assert_eq!(
            (value(&pairs, "limit"), value(&pairs, "sort")),
            (Some("3"), Some("asc"))
        );
    }
}

#[tokio::test]
async fn brevo_transaction_history() {
    // `count` says 15 in all, from offset 10: no request after the fifth item.
    let op = "loyalty_balance_programs_pid_transaction_history_get";
    let total = |body: &mut Value| body["count"] = json!(15);
    let server = ScriptedServer::start(vec![
        page(
            "brevo",
            op,
            "transactionHistory",
            &[json!("t1"), json!("t2")],
            total,
        ),
        page(
            "brevo",
            op,
            "transactionHistory",
            &[json!("t3"), json!("t4")],
            total,
        ),
        page("brevo", op, "transactionHistory", &[json!("t5")], total),
    ])
    .await;
    let ids: Vec<_> = brevo_at(&server)
        .loyalty_balance_programs_pid_transaction_history_get()
        .pid(PID)
        .contact_id(1042)
        .balance_definition_id("7d9e0f1a-2b3c-4d5e-8f9a-0b1c2d3e4f5a")
        .filters(vec!["status:completed".to_string()])
        .limit(2)
        .offset(10)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    assert_eq!(ids.len(), 5);
    let received = server.received();
    let offsets: Vec<_> = received
        .iter()
        .map(|r| value(&query(&r.target), "offset").map(str::to_string))
        .collect();
    // From the caller's offset, by the items received.
    assert_eq!(
        offsets,
        [Some("10".into()), Some("12".into()), Some("14".into())]
    );
    for request in &received {
        let pairs = query(&request.target);
        assert_eq!(value(&pairs, "filters"), Some("status:completed"));
        assert_eq!(value(&pairs, "contact_id"), Some("1042"));
    }
}

#[tokio::test]
async fn brevo_get_account_activity() {
    // No total: the end is an empty page; the filters stay on every page.
    let op = "get_account_activity";
    let logs = |ips: &[&str]| {
        let mut body = Fixture::load("brevo", op).response.body;
        let template = body["logs"][0].clone();
        body["logs"] = ips
            .iter()
            .map(|ip| {
                let mut log = template.clone();
                log["user_ip"] = json!(ip);
                log
            })
            .collect();
        Reply::json(200, &body.to_string())
    };
    let server = ScriptedServer::start(vec![
        logs(&["10.0.0.1", "10.0.0.2"]),
        logs(&["10.0.0.3"]),
        logs(&[]),
    ])
    .await;
    let ips: Vec<_> = brevo_at(&server)
        .get_account_activity()
        .email("test@mycompany.com")
        .limit(std::num::NonZeroU64::new(2).unwrap())
        .stream()
        .map(|log| log.unwrap().user_ip)
        .collect()
        .await;
    assert_eq!(ips, ["10.0.0.1", "10.0.0.2", "10.0.0.3"]);
    let received = server.received();
    let offsets: Vec<_> = received
        .iter()
        .map(|r| value(&query(&r.target), "offset").map(str::to_string))
        .collect();
    assert_eq!(offsets, [None, Some("2".into()), Some("3".into())]);
    for request in &received {
        let pairs = query(&request.target);
        assert_eq!(
            (value(&pairs, "limit"), value(&pairs, "email")),
            (Some("2"), Some("test@mycompany.com"))
        );
    }
}

#[tokio::test]
async fn brevo_get_processes() {
    // `count` says 5 in all: no request after the fifth process.
    let op = "get_processes";
    let total = |body: &mut Value| body["count"] = json!(5);
    let server = ScriptedServer::start(vec![
        page("brevo", op, "processes", &[json!(1), json!(2)], total),
        page("brevo", op, "processes", &[json!(3), json!(4)], total),
        page("brevo", op, "processes", &[json!(5)], total),
    ])
    .await;
    let ids: Vec<_> = brevo_at(&server)
        .get_processes()
        .limit(2u64)
        .sort(brevo::types::SortOrder::Asc)
        .stream()
        .map(|process| process.unwrap().id)
        .collect()
        .await;
    assert_eq!(ids, [1, 2, 3, 4, 5]);
    let received = server.received();
    let offsets: Vec<_> = received
        .iter()
        .map(|r| value(&query(&r.target), "offset").map(str::to_string))
        .collect();
    assert_eq!(offsets, [None, Some("2".into()), Some("4".into())]);
    for request in &received {
        let pairs = query(&request.target);
        assert_eq!(
            (value(&pairs, "limit"), value(&pairs, "sort")),
            (Some("2"), Some("asc"))
        );
    }
}

#[tokio::test]
async fn brevo_crm_notes_get() {
    // The page is the list itself; the end is an empty one.
    let op = "crm_notes_get";
    let notes = |ids: &[&str]| {
        let template = Fixture::load("brevo", op).response.body[0].clone();
        let body: Vec<Value> = ids
            .iter()
            .map(|id| {
                let mut note = template.clone();
                note["id"] = json!(id);
                note
            })
            .collect();
        Reply::json(200, &Value::from(body).to_string())
    };
    let server = ScriptedServer::start(vec![notes(&["a", "b"]), notes(&["c"]), notes(&[])]).await;
    let ids: Vec<_> = brevo_at(&server)
        .crm_notes_get()
        .entity(brevo::types::CrmEntity::Deals)
        .limit(2)
        .stream()
        .map(|note| note.unwrap().id)
        .collect()
        .await;
    assert_eq!(ids, ["a", "b", "c"].map(|s| Some(s.to_string())));
    let received = server.received();
    let offsets: Vec<_> = received
        .iter()
        .map(|r| value(&query(&r.target), "offset").map(str::to_string))
        .collect();
    assert_eq!(offsets, [None, Some("2".into()), Some("3".into())]);
    for request in &received {
        let pairs = query(&request.target);
        assert_eq!(
            (value(&pairs, "limit"), value(&pairs, "entity")),
            (Some("2"), Some("deals"))
        );
    }
}

/// Three brevo pages of 2, 1 and 0 items (the end: an empty page), with ids.
fn brevo_pages(operation: &str, items: &str) -> Vec<Reply> {
    let same = |_: &mut Value| {};
    vec![
        page("brevo", operation, items, &[json!("a"), json!("b")], same),
        page("brevo", operation, items, &[json!("c")], same),
        page("brevo", operation, items, &[], same),
    ]
}

/// Checks a brevo stream of `brevo_pages`: offsets from 0 by the items
/// received, and the `kept` query pairs on every request.
fn check_brevo(server: &ScriptedServer, kept: &[(&str, &str)]) {
    let received = server.received();
    let offsets: Vec<_> = received
        .iter()
        .map(|r| value(&query(&r.target), "offset").map(str::to_string))
        .collect();
    assert_eq!(offsets, [None, Some("2".into()), Some("3".into())]);
    for request in &received {
        let pairs = query(&request.target);
        for (name, expected) in kept {
            assert_eq!(value(&pairs, name), Some(*expected), "{}", request.target);
        }
    }
}

#[tokio::test]
async fn brevo_crm_tasks_get() {
    let server = ScriptedServer::start(brevo_pages("crm_tasks_get", "items")).await;
    let ids: Vec<_> = brevo_at(&server)
        .crm_tasks_get()
        .filter_status(brevo::types::TaskStatusFilter::Undone)
        .limit(2)
        .stream()
        .map(|task| task.unwrap().id)
        .collect()
        .await;
    assert_eq!(ids, ["a", "b", "c"].map(|s| Some(s.to_string())));
    check_brevo(&server, &[("limit", "2"), ("filter[status]", "undone")]);
}

#[tokio::test]
async fn brevo_get_coupon_collections() {
    let server = ScriptedServer::start(brevo_pages("get_coupon_collections", "collections")).await;
    let ids: Vec<_> = brevo_at(&server)
        .get_coupon_collections()
        .limit(2u64)
        .sort_by(brevo::types::CouponCollectionSortBy::ExpirationDate)
        .stream()
        .map(|collection| collection.unwrap().id)
        .collect()
        .await;
    assert_eq!(ids, ["a", "b", "c"]);
    check_brevo(&server, &[("limit", "2"), ("sortBy", "expirationDate")]);
}

#[tokio::test]
async fn brevo_get_all_external_feeds() {
    let server = ScriptedServer::start(brevo_pages("get_all_external_feeds", "feeds")).await;
    let ids: Vec<_> = brevo_at(&server)
        .get_all_external_feeds()
        .search("api")
        .limit(2u64)
        .stream()
        .map(|feed| feed.unwrap().id)
        .collect()
        .await;
    assert_eq!(ids, ["a", "b", "c"]);
    check_brevo(&server, &[("limit", "2"), ("search", "api")]);
}

#[tokio::test]
async fn brevo_crm_deals_get() {
    let server = ScriptedServer::start(brevo_pages("crm_deals_get", "items")).await;
    let ids: Vec<_> = brevo_at(&server)
        .crm_deals_get()
        .filters_attributes_deal_name("Renewal")
        .limit(2)
        .stream()
        .map(|deal| deal.unwrap().id)
        .collect()
        .await;
    assert_eq!(ids, ["a", "b", "c"].map(|s| Some(s.to_string())));
    check_brevo(
        &server,
        &[("limit", "2"), ("filters[attributes.deal_name]", "Renewal")],
    );
}

#[tokio::test]
async fn brevo_get_sms_events() {
    let op = "get_sms_events";
    let events = |ids: &[&str]| {
        let mut body = Fixture::load("brevo", op).response.body;
        let template = body["events"][0].clone();
        body["events"] = ids
            .iter()
            .map(|id| {
                let mut event = template.clone();
                event["messageId"] = json!(id);
                event
            })
            .collect();
        Reply::json(200, &body.to_string())
    };
    let server =
        ScriptedServer::start(vec![events(&["a", "b"]), events(&["c"]), events(&[])]).await;
    let ids: Vec<_> = brevo_at(&server)
        .get_sms_events()
        .phone_number("33689965433")
        .limit(2u64)
        .stream()
        .map(|event| event.unwrap().message_id)
        .collect()
        .await;
    assert_eq!(ids, ["a", "b", "c"].map(|s| Some(s.to_string())));
    check_brevo(&server, &[("limit", "2"), ("phoneNumber", "33689965433")]);
}

#[tokio::test]
async fn brevo_get_sms_campaigns() {
    let op = "get_sms_campaigns";
    let same = |_: &mut Value| {};
    let server = ScriptedServer::start(vec![
        page("brevo", op, "campaigns", &[json!(1), json!(2)], same),
        page("brevo", op, "campaigns", &[json!(3)], same),
        page("brevo", op, "campaigns", &[], same),
    ])
    .await;
    let ids: Vec<_> = brevo_at(&server)
        .get_sms_campaigns()
        .status(brevo::types::SmsCampaignStatus::Sent)
        .limit(2u64)
        .stream()
        .map(|campaign| campaign.unwrap().id)
        .collect()
        .await;
    assert_eq!(ids, [1, 2, 3]);
    check_brevo(&server, &[("limit", "2"), ("status", "sent")]);
}

#[tokio::test]
async fn brevo_get_inbound_email_events() {
    let op = "get_inbound_email_events";
    let events = |ids: &[&str]| {
        let mut body = Fixture::load("brevo", op).response.body;
        let template = body["events"][0].clone();
        body["events"] = ids
            .iter()
            .map(|id| {
                let mut event = template.clone();
                event["uuid"] = json!(id);
                event
            })
            .collect();
        Reply::json(200, &body.to_string())
    };
    let server =
        ScriptedServer::start(vec![events(&["a", "b"]), events(&["c"]), events(&[])]).await;
    let ids: Vec<_> = brevo_at(&server)
        .get_inbound_email_events()
        .sender("john.smith@example.com")
        .limit(2u64)
        .stream()
        .map(|event| event.unwrap().uuid)
        .collect()
        .await;
    assert_eq!(ids, ["a", "b", "c"]);
    check_brevo(
        &server,
        &[("limit", "2"), ("sender", "john.smith@example.com")],
    );
}

#[tokio::test]
async fn brevo_get_whatsapp_event_report() {
    let op = "get_whatsapp_event_report";
    let events = |ids: &[&str]| {
        let mut body = Fixture::load("brevo", op).response.body;
        let template = body["events"][0].clone();
        body["events"] = ids
            .iter()
            .map(|id| {
                let mut event = template.clone();
                event["messageId"] = json!(id);
                event
            })
            .collect();
        Reply::json(200, &body.to_string())
    };
    let server =
        ScriptedServer::start(vec![events(&["a", "b"]), events(&["c"]), events(&[])]).await;
    let ids: Vec<_> = brevo_at(&server)
        .get_whatsapp_event_report()
        .contact_number("85264318721")
        .limit(2u64)
        .stream()
        .map(|event| event.unwrap().message_id)
        .collect()
        .await;
    assert_eq!(ids, ["a", "b", "c"]);
    check_brevo(&server, &[("limit", "2"), ("contactNumber", "85264318721")]);
}

#[tokio::test]
async fn brevo_crm_files_get() {
    // The page is the list itself; the end is an empty one.
    let op = "crm_files_get";
    let files = |names: &[&str]| {
        let template = Fixture::load("brevo", op).response.body[0].clone();
        let body: Vec<Value> = names
            .iter()
            .map(|name| {
                let mut file = template.clone();
                file["name"] = json!(name);
                file
            })
            .collect();
        Reply::json(200, &Value::from(body).to_string())
    };
    let server = ScriptedServer::start(vec![files(&["a", "b"]), files(&["c"]), files(&[])]).await;
    let names: Vec<_> = brevo_at(&server)
        .crm_files_get()
        .entity(brevo::types::CrmEntity::Deals)
        .limit(2)
        .stream()
        .map(|file| file.unwrap().name)
        .collect()
        .await;
    assert_eq!(names, ["a", "b", "c"].map(|s| Some(s.to_string())));
    check_brevo(&server, &[("limit", "2"), ("entity", "deals")]);
}

#[tokio::test]
async fn brevo_get_lp_list() {
    let server = ScriptedServer::start(brevo_pages("get_lp_list", "items")).await;
    let ids: Vec<_> = brevo_at(&server)
        .get_lp_list()
        .sort_field(brevo::types::SortField::Name)
        .limit(2)
        .stream()
        .map(|program| program.unwrap().id)
        .collect()
        .await;
    assert_eq!(ids, ["a", "b", "c"].map(|s| Some(s.to_string())));
    check_brevo(&server, &[("limit", "2"), ("sort_field", "name")]);
}

fn togai_at(server: &ScriptedServer) -> togai::Client {
    togai::Client::builder("token")
        .base_url(server.base_url())
        .retry_config(RetryConfig::disabled())
        .build()
        .unwrap()
}

fn token(next: Value) -> impl Fn(&mut Value) {
    move |body: &mut Value| body["nextToken"] = next.clone()
}

#[tokio::test]
async fn togai_get_accounts() {
    let op = "get_accounts";
    let server = ScriptedServer::start(vec![
        page(
            "togai",
            op,
            "data",
            &[json!("acc-1"), json!("acc-2")],
            token(json!("t1")),
        ),
        // An empty page with a token is not the end.
        page("togai", op, "data", &[], token(json!("t2"))),
        page("togai", op, "data", &[json!("acc-3")], token(Value::Null)),
    ])
    .await;
    let ids: Vec<_> = togai_at(&server)
        .get_accounts()
        .customer_id("cust")
        .page_size("2")
        .stream()
        .map(|item| item.unwrap().id.to_string())
        .collect()
        .await;
    assert_eq!(ids, ["acc-1", "acc-2", "acc-3"]);
    let received = server.received();
    let tokens: Vec<_> = received
        .iter()
        .map(|r| value(&query(&r.target), "nextToken").map(str::to_string))
        .collect();
    assert_eq!(tokens, [None, Some("t1".into()), Some("t2".into())]);
    assert!(
        received
            .iter()
            .all(|r| value(&query(&r.target), "pageSize") == Some("2"))
    );
    assert!(
        received
            .iter()
            .all(|r| r.header("authorization") == Some("Bearer token"))
    );
}

#[tokio::test]
async fn togai_ends_without_a_token_and_stops_on_a_repeated_one() {
    let op = "get_accounts";
    // An absent token ends it, as does an empty one.
    for last in [Value::Null, json!("")] {
        let mut reply = page("togai", op, "data", &[json!("acc-1")], token(last.clone()));
        if last.is_null() {
            let mut body = Fixture::load("togai", op).response.body;
            body.as_object_mut().unwrap().remove("nextToken");
            reply = Reply::json(200, &body.to_string());
        }
        let server = ScriptedServer::start(vec![reply]).await;
        let items: Vec<_> = togai_at(&server)
            .get_accounts()
            .customer_id("cust")
            .stream()
            .collect()
            .await;
        assert_eq!((items.len(), server.received().len()), (1, 1), "{last}");
    }

    let server = ScriptedServer::start(vec![
        page("togai", op, "data", &[json!("acc-1")], token(json!("t1"))),
        page("togai", op, "data", &[json!("acc-2")], token(json!("t1"))),
    ])
    .await;
    let items: Vec<_> = togai_at(&server)
        .get_accounts()
        .customer_id("cust")
        .stream()
        .collect()
        .await;
    assert_eq!(items.len(), 3);
    assert!(items[0].is_ok() && items[1].is_ok());
    assert_eq!(
        items[2].as_ref().unwrap_err().kind(),
        ErrorKind::RepeatedPage
    );
    assert_eq!(server.received().len(), 2);
}

#[tokio::test]
async fn an_error_on_a_later_page_is_yielded_and_ends_the_stream() {
    let op = "get_accounts";
    let server = ScriptedServer::start(vec![
        page("togai", op, "data", &[json!("acc-1")], token(json!("t1"))),
        Reply::json(502, "<html>bad gateway</html>"),
    ])
    .await;
    let items: Vec<_> = togai_at(&server)
        .get_accounts()
        .customer_id("cust")
        .stream()
        .collect()
        .await;
    assert_eq!(items.len(), 2);
    let error = items[1].as_ref().unwrap_err();
    assert_eq!(error.status(), Some(502));
    assert_eq!(server.received().len(), 2);
}

/// Three pages of a togai list `op` (2, 0 and 1 items; each item's `key`
/// set), streamed by `stream`: the items in order, the tokens advanced, the
/// page size and `filter` (a query pair the call sets) kept on every page.
async fn togai_streams<T>(
    op: &str,
    key: &str,
    filter: (&str, &str),
    stream: impl FnOnce(
        togai::Client,
    ) -> vendor_clients_core::BoxStream<'static, Result<T, togai::Error>>,
    id: impl Fn(&T) -> String,
) {
    let keyed = |ids: &[&str], next: Value| {
        let mut body = Fixture::load("togai", op).response.body;
        let template = body["data"][0].clone();
        body["data"] = ids
            .iter()
            .map(|id| {
                let mut item = template.clone();
                item[key] = json!(id);
                item
            })
            .collect();
        body["nextToken"] = next;
        Reply::json(200, &body.to_string())
    };
    let server = ScriptedServer::start(vec![
        keyed(&["a-1", "a-2"], json!("t1")),
        // An empty page with a token is not the end.
        keyed(&[], json!("t2")),
        keyed(&["a-3"], Value::Null),
    ])
    .await;
    let ids: Vec<_> = stream(togai_at(&server))
        .map(|item| id(&item.unwrap()))
        .collect()
        .await;
    assert_eq!(ids, ["a-1", "a-2", "a-3"], "{op}");
    let received = server.received();
    let tokens: Vec<_> = received
        .iter()
        .map(|r| value(&query(&r.target), "nextToken").map(str::to_string))
        .collect();
    assert_eq!(tokens, [None, Some("t1".into()), Some("t2".into())], "{op}");
    for request in &received {
        let pairs = query(&request.target);
        assert_eq!(value(&pairs, "pageSize"), Some("2"), "{op}");
        assert_eq!(value(&pairs, filter.0), Some(filter.1), "{op}");
    }
}

#[tokio::test]
async fn togai_get_customers() {
    togai_streams(
        "get_customers",
        "id",
        ("pageSize", "2"),
        |client| client.get_customers().page_size("2").stream(),
        |customer: &togai::types::Customer| customer.id.clone(),
    )
    .await;
}

#[tokio::test]
async fn togai_get_price_plans() {
    togai_streams(
        "get_price_plans",
        "name",
        ("pageSize", "2"),
        |client| client.get_price_plans().page_size("2").stream(),
        |plan: &togai::types::PricePlanListData| plan.name.clone(),
    )
    .await;
}

#[tokio::test]
async fn togai_list_event_schemas() {
    togai_streams(
        "list_event_schemas",
        "name",
        ("sortOrder", "DESC"),
        |client| {
            client
                .list_event_schemas()
                .page_size("2")
                .sort_order(togai::types::SortOrder::Desc)
                .stream()
        },
        |schema: &togai::types::EventSchemaListData| schema.name.clone(),
    )
    .await;
}

#[tokio::test]
async fn togai_get_usage_meters_for_event_schema() {
    togai_streams(
        "get_usage_meters_for_event_schema",
        "name",
        ("statuses", "ACTIVE"),
        |client| {
            client
                .get_usage_meters_for_event_schema()
                .event_schema_name("rides")
                .statuses("ACTIVE")
                .page_size("2")
                .stream()
        },
        |meter: &togai::types::UsageMeter| meter.name.clone(),
    )
    .await;
}

#[tokio::test]
async fn togai_get_events() {
    // Items under `events` (not `data`) and an integer pageSize.
    let op = "get_events";
    let events = |ids: &[&str], next: Value| {
        let mut body = Fixture::load("togai", op).response.body;
        let template = body["events"][0].clone();
        body["events"] = ids
            .iter()
            .map(|id| {
                let mut item = template.clone();
                item["eventPayload"]["id"] = json!(id);
                item
            })
            .collect();
        body["nextToken"] = next;
        Reply::json(200, &body.to_string())
    };
    let server = ScriptedServer::start(vec![
        events(&["e-1", "e-2"], json!("t1")),
        events(&[], json!("t2")),
        events(&["e-3"], Value::Null),
    ])
    .await;
    let ids: Vec<_> = togai_at(&server)
        .get_events()
        .account_id("acc-1")
        .page_size(std::num::NonZeroU32::new(2).unwrap())
        .stream()
        .map(|item| item.unwrap().event_payload.id.to_string())
        .collect()
        .await;
    assert_eq!(ids, ["e-1", "e-2", "e-3"]);
    let received = server.received();
    let tokens: Vec<_> = received
        .iter()
        .map(|r| value(&query(&r.target), "nextToken").map(str::to_string))
        .collect();
    assert_eq!(tokens, [None, Some("t1".into()), Some("t2".into())]);
    for request in &received {
        let pairs = query(&request.target);
        assert_eq!(value(&pairs, "pageSize"), Some("2"));
        assert_eq!(value(&pairs, "account_id"), Some("acc-1"));
    }
}

// --- Kimai: page numbers, the page and the page count in headers ----------

/// A Kimai list page: copies of the fixture's first item with ids `ids`,
/// and the paging headers Kimai sends (`X-Page`, `X-Total-Pages`, ...) for
/// page `page` of `pages`.
fn kimai_page(operation: &str, ids: &[i64], page: Option<(u64, u64)>) -> Reply {
    let body = Fixture::load("kimai", operation).response.body;
    let template = body[0].clone();
    let items: Vec<Value> = ids
        .iter()
        .map(|id| {
            let mut item = template.clone();
            item["id"] = json!(id);
            item
        })
        .collect();
    let mut reply = Reply::json(200, &Value::Array(items).to_string());
    if let Some((page, pages)) = page {
        reply = reply
            .header("X-Page", &page.to_string())
            .header("X-Total-Pages", &pages.to_string())
            .header("X-Total-Count", "5")
            .header("X-Per-Page", "2");
    }
    reply
}

fn kimai_at(server: &ScriptedServer) -> kimai::Client {
    kimai::Client::builder(server.base_url(), "user", "token")
        .retry_config(RetryConfig::disabled())
        .build()
        .unwrap()
}

#[tokio::test]
async fn kimai_lists_page_by_the_headers() {
    // The server caps the page size at 2 although 50 were asked for: a
    // short page is not the end, the page count is.
    let server = ScriptedServer::start(vec![
        kimai_page("api_timesheets_get", &[1, 2], Some((1, 3))),
        kimai_page("api_timesheets_get", &[3, 4], Some((2, 3))),
        kimai_page("api_timesheets_get", &[5], Some((3, 3))),
    ])
    .await;
    let ids: Vec<i64> = kimai_at(&server)
        .api_timesheets_get()
        .size(50u64)
        .active("1")
        .stream()
        .map(|t| *t.unwrap().id.unwrap())
        .collect()
        .await;
    assert_eq!(ids, [1, 2, 3, 4, 5]);
    let received = server.received();
    assert_eq!(received.len(), 3, "never a page past the last");
    let pages: Vec<_> = received
        .iter()
        .map(|r| value(&query(&r.target), "page").map(str::to_string))
        .collect();
    assert_eq!(pages, [None, Some("2".into()), Some("3".into())]);
    for request in &received {
        let pairs = query(&request.target);
        assert_eq!(value(&pairs, "size"), Some("50"));
        assert_eq!(value(&pairs, "active"), Some("1"));
    }
}

#[tokio::test]
async fn kimai_lists_end_on_a_404_after_the_first_page_or_without_headers() {
    // A 404 for page 2 (the page count said 9): the end, not an error.
    let server = ScriptedServer::start(vec![
        kimai_page("api_expenses_get", &[1, 2], Some((1, 9))),
        Reply::json(404, r#"{"code":404,"message":"Not Found"}"#),
    ])
    .await;
    let items: Vec<_> = kimai_at(&server)
        .api_expenses_get()
        .stream()
        .collect()
        .await;
    assert_eq!(items.len(), 2);
    assert!(items.iter().all(Result::is_ok));
    // A 404 for the first page is an error.
    let server = ScriptedServer::start(vec![Reply::json(404, "")]).await;
    let items: Vec<_> = kimai_at(&server)
        .api_expenses_get()
        .stream()
        .collect()
        .await;
    assert_eq!(items.len(), 1);
    assert!(items[0].as_ref().unwrap_err().status() == Some(404));
    // Kimai 1.x sends everything, without paging headers: one page.
    let server = ScriptedServer::start(vec![kimai_page("api_kiosks_get", &[1, 2, 3], None)]).await;
    let items: Vec<_> = kimai_at(&server).api_kiosks_get().stream().collect().await;
    assert_eq!((items.len(), server.received().len()), (3, 1));
}

#[tokio::test]
async fn kimai_lists_stop_when_the_server_ignores_the_page() {
    // Page 1 again, whatever was asked: an error, not a loop.
    let server = ScriptedServer::start(vec![kimai_page(
        "api_timesheets_get",
        &[1, 2],
        Some((1, 3)),
    )])
    .await;
    let items: Vec<_> = kimai_at(&server)
        .api_timesheets_get()
        .stream()
        .collect()
        .await;
    assert_eq!(items.len(), 3);
    assert_eq!(
        items[2].as_ref().unwrap_err().kind(),
        ErrorKind::RepeatedPage
    );
    assert_eq!(server.received().len(), 2);
}
