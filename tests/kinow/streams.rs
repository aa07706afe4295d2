//! Every paged list operation's `.stream()` (but PrepaymentsApi's, in
//! tests/paging.rs) against a scripted server: three Laravel pages of 2, 2
//! and 1 items built from the operation's captured response, every item in
//! order, pages 2 and 3 asked for after the first request, and `per_page`
//! and a filter kept on every page.

use futures::StreamExt;
use serde_json::json;
use vendor_clients::kinow;
use vendor_clients_core::RetryConfig;
use vendor_clients_tests::Fixture;
use vendor_clients_tests::server::{Received, Reply, ScriptedServer};

fn client_at(server: &ScriptedServer) -> kinow::Client {
    kinow::Client::builder("id", "secret")
        .base_url(server.base_url())
        .retry_config(RetryConfig::disabled())
        .build()
        .unwrap()
}

/// Three pages of 2, 2 and 1 copies of the fixture's first item, numbered
/// 1 to 5 in `key` (`id`, or the field that identifies the item; as text
/// when `text`).
fn pages(operation: &str, key: &str, text: bool) -> Vec<Reply> {
    let body = Fixture::load("kinow", operation).response.body;
    [(1, vec![1, 2]), (2, vec![3, 4]), (3, vec![5])]
        .into_iter()
        .map(|(current, ids)| {
            let mut page = body.clone();
            page["data"] = ids
                .into_iter()
                .map(|id| {
                    let mut item = body["data"][0].clone();
                    item[key] = if text {
                        json!(id.to_string())
                    } else {
                        json!(id)
                    };
                    item
                })
                .collect();
            page["pagination"]["current_page"] = json!(current);
            page["pagination"]["last_page"] = json!(3);
            Reply::json(200, &page.to_string())
        })
        .collect()
}

/// The decoded query pairs of a received request.
fn query(request: &Received) -> Vec<(String, String)> {
    let url = reqwest::Url::parse(&format!("http://x{}", request.target)).unwrap();
    url.query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn value(pairs: &[(String, String)], name: &str) -> Option<String> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
}

/// Items 1..=5 in order; three requests to `path`, pages none, 2 and 3;
/// `per_page=2` (where the operation has it) and `filter` on each.
fn check(
    ids: Vec<Option<i64>>,
    server: &ScriptedServer,
    path: &str,
    per_page: bool,
    filter: (&str, &str),
) {
    assert_eq!(ids, [1, 2, 3, 4, 5].map(Some));
    let received = server.received();
    assert_eq!(received.len(), 3, "no request after the last page");
    let pages: Vec<Option<String>> = received.iter().map(|r| value(&query(r), "page")).collect();
    assert_eq!(pages, [None, Some("2".into()), Some("3".into())]);
    for request in &received {
        assert!(
            request.target.starts_with(&format!("{path}?")),
            "{}",
            request.target
        );
        let pairs = query(request);
        let expected = per_page.then_some("2");
        assert_eq!(
            value(&pairs, "per_page").as_deref(),
            expected,
            "{}",
            request.target
        );
        if !filter.0.is_empty() {
            assert_eq!(
                value(&pairs, filter.0).as_deref(),
                Some(filter.1),
                "{}",
                request.target
            );
        }
    }
}

#[tokio::test]
async fn get_tax_rules() {
    let server = ScriptedServer::start(pages("get_tax_rules", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_tax_rules()
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/tax-rules", true, ("", ""));
}

#[tokio::test]
async fn get_currencies() {
    let server = ScriptedServer::start(pages("get_currencies", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_currencies()
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/currencies", true, ("", ""));
}

#[tokio::test]
async fn get_category_products() {
    let server = ScriptedServer::start(pages("get_category_products", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_category_products()
        .category_id(182)
        .sort_by("date_add")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/categories/182/products",
        true,
        ("sort_by", "date_add"),
    );
}

#[tokio::test]
async fn get_products() {
    let server = ScriptedServer::start(pages("get_products", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_products()
        .sort_by("date_add")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/products", true, ("sort_by", "date_add"));
}

#[tokio::test]
async fn get_best_sales() {
    let server = ScriptedServer::start(pages("get_best_sales", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_best_sales()
        .ip("203.0.113.7")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/products/best-sales",
        true,
        ("ip", "203.0.113.7"),
    );
}

#[tokio::test]
async fn get_most_watched() {
    let server = ScriptedServer::start(pages("get_most_watched", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_most_watched()
        .ip("203.0.113.7")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/products/most-watched",
        true,
        ("ip", "203.0.113.7"),
    );
}

#[tokio::test]
async fn get_new_products() {
    let server = ScriptedServer::start(pages("get_new_products", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_new_products()
        .ip("203.0.113.7")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/products/new", true, ("ip", "203.0.113.7"));
}

#[tokio::test]
async fn search_products() {
    let server = ScriptedServer::start(pages("search_products", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .search_products()
        .search_query("star wars")
        .sort_by("date_add")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/products/search/star%20wars",
        true,
        ("sort_by", "date_add"),
    );
}

#[tokio::test]
async fn get_product_actors() {
    let server = ScriptedServer::start(pages("get_product_actors", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_product_actors()
        .product_id(442)
        .image_type("cover")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/products/442/actors",
        true,
        ("image_type", "cover"),
    );
}

#[tokio::test]
async fn get_product_actors_role() {
    let server = ScriptedServer::start(pages("get_product_actors_role", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_product_actors_role()
        .product_id(140)
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/products/140/actors-role", true, ("", ""));
}

#[tokio::test]
async fn get_product_attributes() {
    let server = ScriptedServer::start(pages("get_product_attributes", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_product_attributes()
        .product_id(449)
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/products/449/attributes", true, ("", ""));
}

#[tokio::test]
async fn get_product_categories() {
    let server = ScriptedServer::start(pages("get_product_categories", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_product_categories()
        .product_id(292)
        .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/products/292/categories",
        true,
        (
            "filters",
            "{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}",
        ),
    );
}

#[tokio::test]
async fn get_product_comments() {
    let server = ScriptedServer::start(pages("get_product_comments", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_product_comments()
        .product_id(95)
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/products/95/comments", true, ("", ""));
}

#[tokio::test]
async fn get_product_directors() {
    let server = ScriptedServer::start(pages("get_product_directors", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_product_directors()
        .product_id(118)
        .image_type("cover")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/products/118/directors",
        true,
        ("image_type", "cover"),
    );
}

#[tokio::test]
async fn get_product_directors_role() {
    let server = ScriptedServer::start(pages("get_product_directors_role", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_product_directors_role()
        .product_id(471)
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/products/471/directors-role", true, ("", ""));
}

#[tokio::test]
async fn get_product_extracts() {
    let server = ScriptedServer::start(pages("get_product_extracts", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_product_extracts()
        .product_id(149)
        .ip("203.0.113.7")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/products/149/extracts",
        true,
        ("ip", "203.0.113.7"),
    );
}

#[tokio::test]
async fn get_product_features() {
    let server = ScriptedServer::start(pages("get_product_features", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_product_features()
        .product_id(439)
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/products/439/features", true, ("", ""));
}

#[tokio::test]
async fn get_product_geolocations() {
    let server = ScriptedServer::start(pages("get_product_geolocations", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_product_geolocations()
        .product_id(55)
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/products/55/geolocations", true, ("", ""));
}

#[tokio::test]
async fn get_product_groups() {
    let server = ScriptedServer::start(pages("get_product_groups", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_product_groups()
        .product_id(309)
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/products/309/groups", true, ("", ""));
}

#[tokio::test]
async fn get_product_images() {
    let server = ScriptedServer::start(pages("get_product_images", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_product_images()
        .product_id(179)
        .type_("video")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/products/179/images",
        true,
        ("type", "video"),
    );
}

#[tokio::test]
async fn get_products_from_product() {
    let server = ScriptedServer::start(pages("get_products_from_product", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_products_from_product()
        .product_id(345)
        .features("{\"*\": {\"value\": \"drama\", \"operator\": \"strict\"}}")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/products/345/products",
        true,
        (
            "features",
            "{\"*\": {\"value\": \"drama\", \"operator\": \"strict\"}}",
        ),
    );
}

#[tokio::test]
async fn get_video_groups_from_product() {
    let server = ScriptedServer::start(pages("get_video_groups_from_product", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_video_groups_from_product()
        .product_id(402)
        .sort_by("date_add")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/products/402/video-groups",
        true,
        ("sort_by", "date_add"),
    );
}

#[tokio::test]
async fn get_videos_from_product() {
    let server = ScriptedServer::start(pages("get_videos_from_product", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_videos_from_product()
        .product_id(426)
        .sort_by("date_add")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/products/426/videos",
        true,
        ("sort_by", "date_add"),
    );
}

#[tokio::test]
async fn get_registration_fields() {
    let server = ScriptedServer::start(pages("get_registration_fields", "name", true)).await;
    let ids: Vec<_> = client_at(&server)
        .get_registration_fields()
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().name.and_then(|key| key.parse().ok()))
        .collect()
        .await;
    check(
        ids,
        &server,
        "/customer/registration-fields",
        true,
        ("", ""),
    );
}

#[tokio::test]
async fn get_customers() {
    let server = ScriptedServer::start(pages("get_customers", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_customers()
        .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/customers",
        true,
        (
            "filters",
            "{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}",
        ),
    );
}

#[tokio::test]
async fn get_customer_accesses_subscriptions() {
    let server =
        ScriptedServer::start(pages("get_customer_accesses_subscriptions", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_customer_accesses_subscriptions()
        .customer_id(380)
        .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/customers/380/accesses/subscriptions",
        true,
        (
            "filters",
            "{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}",
        ),
    );
}

#[tokio::test]
async fn get_customer_accesses_videos() {
    let server = ScriptedServer::start(pages("get_customer_accesses_videos", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_customer_accesses_videos()
        .customer_id(353)
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/customers/353/accesses/videos",
        true,
        ("", ""),
    );
}

#[tokio::test]
async fn get_customer_bookmarks() {
    let server = ScriptedServer::start(pages("get_customer_bookmarks", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_customer_bookmarks()
        .customer_id(120)
        .sort_by("date_add")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/customers/120/bookmarks",
        true,
        ("sort_by", "date_add"),
    );
}

#[tokio::test]
async fn get_customer_carts() {
    let server = ScriptedServer::start(pages("get_customer_carts", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_customer_carts()
        .customer_id(197)
        .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/customers/197/carts",
        true,
        (
            "filters",
            "{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}",
        ),
    );
}

#[tokio::test]
async fn get_customer_comments() {
    let server = ScriptedServer::start(pages("get_customer_comments", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_customer_comments()
        .customer_id(139)
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/customers/139/comments", true, ("", ""));
}

#[tokio::test]
async fn get_customer_groups() {
    let server = ScriptedServer::start(pages("get_customer_groups", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_customer_groups()
        .customer_id(237)
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/customers/237/groups", true, ("", ""));
}

#[tokio::test]
async fn get_customer_orders() {
    let server = ScriptedServer::start(pages("get_customer_orders", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_customer_orders()
        .customer_id(370)
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/customers/370/orders", true, ("", ""));
}

#[tokio::test]
async fn get_customer_playlists() {
    let server = ScriptedServer::start(pages("get_customer_playlists", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_customer_playlists()
        .customer_id(178)
        .sort_by("date_add")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/customers/178/playlists",
        true,
        ("sort_by", "date_add"),
    );
}

#[tokio::test]
async fn get_categories() {
    let server = ScriptedServer::start(pages("get_categories", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_categories()
        .features("{\"*\": {\"value\": \"drama\", \"operator\": \"strict\"}}")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/categories",
        true,
        (
            "features",
            "{\"*\": {\"value\": \"drama\", \"operator\": \"strict\"}}",
        ),
    );
}

#[tokio::test]
async fn get_videos_from_categories() {
    let server = ScriptedServer::start(pages("get_videos_from_categories", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_videos_from_categories()
        .sort_by("date_add")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/categories/videos",
        true,
        ("sort_by", "date_add"),
    );
}

#[tokio::test]
async fn get_category_video_subtitles() {
    let server = ScriptedServer::start(pages("get_category_video_subtitles", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_category_video_subtitles()
        .video_id(383)
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/categories/videos/383/subtitles",
        true,
        ("", ""),
    );
}

#[tokio::test]
async fn get_category_actors() {
    let server = ScriptedServer::start(pages("get_category_actors", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_category_actors()
        .category_id(265)
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/categories/265/actors", true, ("", ""));
}

#[tokio::test]
async fn get_categories_from_category() {
    let server = ScriptedServer::start(pages("get_categories_from_category", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_categories_from_category()
        .category_id(20)
        .sort_by("date_add")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/categories/20/categories",
        true,
        ("sort_by", "date_add"),
    );
}

#[tokio::test]
async fn get_category_directors() {
    let server = ScriptedServer::start(pages("get_category_directors", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_category_directors()
        .category_id(445)
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/categories/445/directors", true, ("", ""));
}

#[tokio::test]
async fn get_category_features() {
    let server = ScriptedServer::start(pages("get_category_features", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_category_features()
        .category_id(148)
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/categories/148/features", true, ("", ""));
}

#[tokio::test]
async fn get_category_images() {
    let server = ScriptedServer::start(pages("get_category_images", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_category_images()
        .category_id(292)
        .type_("video")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/categories/292/images",
        true,
        ("type", "video"),
    );
}

#[tokio::test]
async fn get_videos_from_category() {
    let server = ScriptedServer::start(pages("get_videos_from_category", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_videos_from_category()
        .category_id(291)
        .sort_by("date_add")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/categories/291/videos",
        true,
        ("sort_by", "date_add"),
    );
}

#[tokio::test]
async fn get_subscription_categories() {
    let server = ScriptedServer::start(pages("get_subscription_categories", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_subscription_categories()
        .subscription_id(440)
        .sort_by("date_add")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/subscriptions/440/categories",
        true,
        ("sort_by", "date_add"),
    );
}

#[tokio::test]
async fn get_videos() {
    let server = ScriptedServer::start(pages("get_videos", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_videos()
        .features("{\"*\": {\"value\": \"drama\", \"operator\": \"strict\"}}")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/videos",
        true,
        (
            "features",
            "{\"*\": {\"value\": \"drama\", \"operator\": \"strict\"}}",
        ),
    );
}

#[tokio::test]
async fn get_disabled_subscriptions() {
    let server = ScriptedServer::start(pages("get_disabled_subscriptions", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_disabled_subscriptions()
        .video_id(252)
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/videos/252/disabled-subscriptions",
        true,
        ("", ""),
    );
}

#[tokio::test]
async fn get_video_features() {
    let server = ScriptedServer::start(pages("get_video_features", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_video_features()
        .video_id(14)
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/videos/14/features", true, ("", ""));
}

#[tokio::test]
async fn get_video_geolocation() {
    let server = ScriptedServer::start(pages("get_video_geolocation", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_video_geolocation()
        .video_id(94)
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/videos/94/geolocation", true, ("", ""));
}

#[tokio::test]
async fn get_video_subtitles() {
    let server = ScriptedServer::start(pages("get_video_subtitles", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_video_subtitles()
        .video_id(421)
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/videos/421/subtitles", true, ("", ""));
}

#[tokio::test]
async fn get_carts() {
    let server = ScriptedServer::start(pages("get_carts", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_carts()
        .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/carts",
        true,
        (
            "filters",
            "{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}",
        ),
    );
}

#[tokio::test]
async fn get_losts_carts() {
    let server = ScriptedServer::start(pages("get_losts_carts", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_losts_carts()
        .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/carts/losts-carts",
        true,
        (
            "filters",
            "{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}",
        ),
    );
}

#[tokio::test]
async fn get_cart_payment_modules() {
    let server = ScriptedServer::start(pages("get_cart_payment_modules", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_cart_payment_modules()
        .cart_id(131)
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/carts/131/payments", true, ("", ""));
}

#[tokio::test]
async fn get_actors() {
    let server = ScriptedServer::start(pages("get_actors", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_actors()
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/actors", true, ("", ""));
}

#[tokio::test]
async fn get_actor_features() {
    let server = ScriptedServer::start(pages("get_actor_features", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_actor_features()
        .actor_id(298)
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/actors/298/features", true, ("", ""));
}

#[tokio::test]
async fn get_actor_products() {
    let server = ScriptedServer::start(pages("get_actor_products", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_actor_products()
        .actor_id(230)
        .sort_by("date_add")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/actors/230/products",
        true,
        ("sort_by", "date_add"),
    );
}

#[tokio::test]
async fn get_actor_products_role() {
    let server = ScriptedServer::start(pages("get_actor_products_role", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_actor_products_role()
        .actor_id(416)
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/actors/416/products-role", true, ("", ""));
}

#[tokio::test]
async fn get_directors() {
    let server = ScriptedServer::start(pages("get_directors", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_directors()
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/directors", true, ("", ""));
}

#[tokio::test]
async fn get_director_features() {
    let server = ScriptedServer::start(pages("get_director_features", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_director_features()
        .director_id(26)
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/directors/26/features", true, ("", ""));
}

#[tokio::test]
async fn get_director_products() {
    let server = ScriptedServer::start(pages("get_director_products", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_director_products()
        .director_id(4)
        .sort_by("date_add")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/directors/4/products",
        true,
        ("sort_by", "date_add"),
    );
}

#[tokio::test]
async fn get_director_products_role() {
    let server = ScriptedServer::start(pages("get_director_products_role", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_director_products_role()
        .director_id(21)
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/directors/21/products-role", true, ("", ""));
}

#[tokio::test]
async fn get_gifts() {
    let server = ScriptedServer::start(pages("get_gifts", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_gifts()
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/gifts", true, ("", ""));
}

#[tokio::test]
async fn get_customer_group_total_watched() {
    let server =
        ScriptedServer::start(pages("get_customer_group_total_watched", "group_id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_customer_group_total_watched()
        .group_id(345)
        .date_from("2024-01-01 00:00:00")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().group_id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/video-stats/customer-group",
        true,
        ("date_from", "2024-01-01 00:00:00"),
    );
}

#[tokio::test]
async fn get_customer_video_stats() {
    let server =
        ScriptedServer::start(pages("get_customer_video_stats", "customer_id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_customer_video_stats()
        .customer_id(21)
        .date_from("2024-01-01 00:00:00")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().customer_id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/video-stats/customers",
        true,
        ("date_from", "2024-01-01 00:00:00"),
    );
}

#[tokio::test]
async fn get_products_watched() {
    let server = ScriptedServer::start(pages("get_products_watched", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_products_watched()
        .customer_id(127)
        .ip("203.0.113.7")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/video-stats/products-watched",
        true,
        ("ip", "203.0.113.7"),
    );
}

#[tokio::test]
async fn get_customer_sessions() {
    let server = ScriptedServer::start(pages("get_customer_sessions", "customer_id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_customer_sessions()
        .date_from("2024-01-01 00:00:00")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().customer_id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/video-stats/sessions",
        true,
        ("date_from", "2024-01-01 00:00:00"),
    );
}

#[tokio::test]
async fn get_video_stats() {
    let server = ScriptedServer::start(pages("get_video_stats", "played", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_video_stats()
        .date_from("2024-01-01 00:00:00")
        .stream()
        .map(|item| item.unwrap().played)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/video-stats/videos",
        false,
        ("date_from", "2024-01-01 00:00:00"),
    );
}

#[tokio::test]
async fn get_videos_watching() {
    let server = ScriptedServer::start(pages("get_videos_watching", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_videos_watching()
        .customer_id(229)
        .ip("203.0.113.7")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/video-stats/videos-watching",
        true,
        ("ip", "203.0.113.7"),
    );
}

#[tokio::test]
async fn get_widget_footer_menu() {
    let server = ScriptedServer::start(pages("get_widget_footer_menu", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_widget_footer_menu()
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/widgets/footer-menu", true, ("", ""));
}

#[tokio::test]
async fn get_widget_home_rail() {
    let server = ScriptedServer::start(pages("get_widget_home_rail", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_widget_home_rail()
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/widgets/home-rail", true, ("", ""));
}

#[tokio::test]
async fn get_widget_home_rail_video() {
    let server = ScriptedServer::start(pages("get_widget_home_rail_video", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_widget_home_rail_video()
        .homerail_id(33)
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/widgets/home-rail/33/videos", true, ("", ""));
}

#[tokio::test]
async fn get_widget_hook_phrase() {
    let server = ScriptedServer::start(pages("get_widget_hook_phrase", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_widget_hook_phrase()
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/widgets/hook-phrase", true, ("", ""));
}

#[tokio::test]
async fn get_widget_slider() {
    let server = ScriptedServer::start(pages("get_widget_slider", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_widget_slider()
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/widgets/slider", true, ("", ""));
}

#[tokio::test]
async fn get_widget_top_menu() {
    let server = ScriptedServer::start(pages("get_widget_top_menu", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_widget_top_menu()
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/widgets/top-menu", true, ("", ""));
}

#[tokio::test]
async fn get_extracts() {
    let server = ScriptedServer::start(pages("get_extracts", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_extracts()
        .features("{\"*\": {\"value\": \"drama\", \"operator\": \"strict\"}}")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/extracts",
        true,
        (
            "features",
            "{\"*\": {\"value\": \"drama\", \"operator\": \"strict\"}}",
        ),
    );
}

#[tokio::test]
async fn get_extract_features() {
    let server = ScriptedServer::start(pages("get_extract_features", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_extract_features()
        .extract_id(314)
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/extracts/314/features", true, ("", ""));
}

#[tokio::test]
async fn get_extract_subtitles() {
    let server = ScriptedServer::start(pages("get_extract_subtitles", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_extract_subtitles()
        .extract_id(120)
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/extracts/120/subtitles", true, ("", ""));
}

#[tokio::test]
async fn get_payment_modules() {
    let server = ScriptedServer::start(pages("get_payment_modules", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_payment_modules()
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/payment-modules", true, ("", ""));
}

#[tokio::test]
async fn get_product_accesses() {
    let server = ScriptedServer::start(pages("get_product_accesses", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_product_accesses()
        .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/product-accesses",
        true,
        (
            "filters",
            "{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}",
        ),
    );
}

#[tokio::test]
async fn get_blog_categories() {
    let server = ScriptedServer::start(pages("get_blog_categories", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_blog_categories()
        .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/blog-categories",
        true,
        (
            "filters",
            "{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}",
        ),
    );
}

#[tokio::test]
async fn get_blog_pages() {
    let server = ScriptedServer::start(pages("get_blog_pages", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_blog_pages()
        .sort_by("date_add")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/blog-pages", true, ("sort_by", "date_add"));
}

#[tokio::test]
async fn get_blog_page_features() {
    let server = ScriptedServer::start(pages("get_blog_page_features", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_blog_page_features()
        .blog_page_id(42)
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/blog-pages/42/features", true, ("", ""));
}

#[tokio::test]
async fn get_blog_page_products() {
    let server = ScriptedServer::start(pages("get_blog_page_products", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_blog_page_products()
        .blog_page_id(28)
        .sort_by("date_add")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/blog-pages/28/products",
        true,
        ("sort_by", "date_add"),
    );
}

#[tokio::test]
async fn get_bundle_products() {
    let server = ScriptedServer::start(pages("get_bundle_products", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_bundle_products()
        .bundle_id(237)
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/bundles/237/products", true, ("", ""));
}

#[tokio::test]
async fn get_cms_categories() {
    let server = ScriptedServer::start(pages("get_cms_categories", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_cms_categories()
        .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/cms-categories",
        true,
        (
            "filters",
            "{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}",
        ),
    );
}

#[tokio::test]
async fn get_cms_pages() {
    let server = ScriptedServer::start(pages("get_cms_pages", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_cms_pages()
        .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/cms-pages",
        true,
        (
            "filters",
            "{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}",
        ),
    );
}

#[tokio::test]
async fn get_cart_rules() {
    let server = ScriptedServer::start(pages("get_cart_rules", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_cart_rules()
        .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/cart-rules",
        true,
        (
            "filters",
            "{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}",
        ),
    );
}

#[tokio::test]
async fn get_comments() {
    let server = ScriptedServer::start(pages("get_comments", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_comments()
        .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/comments",
        true,
        (
            "filters",
            "{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}",
        ),
    );
}

#[tokio::test]
async fn get_configuration() {
    let server = ScriptedServer::start(pages("get_configuration", "name", true)).await;
    let ids: Vec<_> = client_at(&server)
        .get_configuration()
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().name.and_then(|key| key.parse().ok()))
        .collect()
        .await;
    check(ids, &server, "/configuration", true, ("", ""));
}

#[tokio::test]
async fn get_configuration_analytics() {
    let server = ScriptedServer::start(pages("get_configuration_analytics", "tag", true)).await;
    let ids: Vec<_> = client_at(&server)
        .get_configuration_analytics()
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().tag.and_then(|key| key.parse().ok()))
        .collect()
        .await;
    check(ids, &server, "/configuration/analytics", true, ("", ""));
}

#[tokio::test]
async fn get_countries() {
    let server = ScriptedServer::start(pages("get_countries", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_countries()
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/countries", true, ("", ""));
}

#[tokio::test]
async fn get_states() {
    let server = ScriptedServer::start(pages("get_states", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_states()
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/countries/states", true, ("", ""));
}

#[tokio::test]
async fn get_customer_devices() {
    let server = ScriptedServer::start(pages("get_customer_devices", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_customer_devices()
        .customer_id(435)
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/devices/435", true, ("", ""));
}

#[tokio::test]
async fn get_employees() {
    let server = ScriptedServer::start(pages("get_employees", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_employees()
        .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/employees",
        true,
        (
            "filters",
            "{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}",
        ),
    );
}

#[tokio::test]
async fn get_feature_values() {
    let server = ScriptedServer::start(pages("get_feature_values", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_feature_values()
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/feature-values", true, ("", ""));
}

#[tokio::test]
async fn get_features() {
    let server = ScriptedServer::start(pages("get_features", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_features()
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/features", true, ("", ""));
}

#[tokio::test]
async fn get_genders() {
    let server = ScriptedServer::start(pages("get_genders", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_genders()
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/genders", true, ("", ""));
}

#[tokio::test]
async fn get_groups() {
    let server = ScriptedServer::start(pages("get_groups", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_groups()
        .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/groups",
        true,
        (
            "filters",
            "{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}",
        ),
    );
}

#[tokio::test]
async fn get_group_customers() {
    let server = ScriptedServer::start(pages("get_group_customers", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_group_customers()
        .group_id(457)
        .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/groups/457/customers",
        true,
        (
            "filters",
            "{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}",
        ),
    );
}

#[tokio::test]
async fn get_languages() {
    let server = ScriptedServer::start(pages("get_languages", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_languages()
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/languages", true, ("", ""));
}

#[tokio::test]
async fn get_media_source_files() {
    let server = ScriptedServer::start(pages("get_media_source_files", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_media_source_files()
        .source_id(381)
        .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/media-sources/381/files",
        true,
        (
            "filters",
            "{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}",
        ),
    );
}

#[tokio::test]
async fn get_media_sources() {
    let server = ScriptedServer::start(pages("get_media_sources", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_media_sources()
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/media-sources", true, ("", ""));
}

#[tokio::test]
async fn get_order_histories() {
    let server = ScriptedServer::start(pages("get_order_histories", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_order_histories()
        .order_id(10)
        .sort_by("date_add")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/orders/10/histories",
        true,
        ("sort_by", "date_add"),
    );
}

#[tokio::test]
async fn get_order_states() {
    let server = ScriptedServer::start(pages("get_order_states", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_order_states()
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/order-states", true, ("", ""));
}

#[tokio::test]
async fn get_orders() {
    let server = ScriptedServer::start(pages("get_orders", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_orders()
        .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/orders",
        true,
        (
            "filters",
            "{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}",
        ),
    );
}

#[tokio::test]
async fn get_pages() {
    let server = ScriptedServer::start(pages("get_pages", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_pages()
        .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/pages",
        true,
        (
            "filters",
            "{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}",
        ),
    );
}

#[tokio::test]
async fn get_playlists() {
    let server = ScriptedServer::start(pages("get_playlists", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_playlists()
        .sort_by("date_add")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/playlists", true, ("sort_by", "date_add"));
}

#[tokio::test]
async fn get_playlist_bookmarks() {
    let server = ScriptedServer::start(pages("get_playlist_bookmarks", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_playlist_bookmarks()
        .playlist_id(467)
        .sort_by("date_add")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/playlists/467/bookmarks",
        true,
        ("sort_by", "date_add"),
    );
}

#[tokio::test]
async fn get_customer_recommendations() {
    let server = ScriptedServer::start(pages("get_customer_recommendations", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_customer_recommendations()
        .customer_id(235)
        .sort_by("date_add")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/customers/235/recommendations",
        true,
        ("sort_by", "date_add"),
    );
}

#[tokio::test]
async fn get_subscriptions() {
    let server = ScriptedServer::start(pages("get_subscriptions", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_subscriptions()
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/subscriptions", true, ("", ""));
}

#[tokio::test]
async fn get_subtitles() {
    let server = ScriptedServer::start(pages("get_subtitles", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_subtitles()
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(ids, &server, "/subtitles", true, ("", ""));
}

#[tokio::test]
async fn get_contacts() {
    let server = ScriptedServer::start(pages("get_contacts", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_contacts()
        .sort_by("date_add")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/support/contacts",
        true,
        ("sort_by", "date_add"),
    );
}

#[tokio::test]
async fn get_video_groups() {
    let server = ScriptedServer::start(pages("get_video_groups", "id", false)).await;
    let ids: Vec<_> = client_at(&server)
        .get_video_groups()
        .filters("{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}")
        .per_page(2)
        .stream()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    check(
        ids,
        &server,
        "/video-groups",
        true,
        (
            "filters",
            "{\"name\": {\"value\": \"star\", \"operator\": \"contains\"}}",
        ),
    );
}
