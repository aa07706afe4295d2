//! The shared runtime against a scripted server with real sockets: retries,
//! redirects, body limits, the User-Agent. Each behaviour is checked through
//! a real vendor client; it lives once in `vendor-clients-core`, so one
//! vendor per case is enough, and every vendor where credentials are at
//! stake.

use std::time::{Duration, Instant};

use vendor_clients::{brevo, kimai, kinow, togai};
use vendor_clients_core::{CallOptions, ErrorKind, RetryBudget, RetryConfig};
use vendor_clients_tests::server::{Received, Reply, ScriptedServer};

/// Retries that do not make the tests slow: 3 attempts, 10 ms backoff.
fn fast_retries() -> RetryConfig {
    RetryConfig::standard().with_initial_backoff(Duration::from_millis(10))
}

fn kinow_at(server: &ScriptedServer) -> kinow::Client {
    kinow::Client::builder("kinow-id", "kinow-secret")
        .base_url(server.base_url())
        .retry_config(fast_retries())
        .build()
        .unwrap()
}

fn kimai_at(server: &ScriptedServer) -> kimai::Client {
    kimai::Client::builder(server.base_url(), "kimai-user", "kimai-token")
        .retry_config(fast_retries())
        .build()
        .unwrap()
}

/// A Kimai customer with every required field.
fn acme(form: kimai::types::builder::CustomerEditForm) -> kimai::types::builder::CustomerEditForm {
    form.name("ACME".to_string())
        .country("DE".to_string())
        .currency("EUR".to_string())
        .timezone("Europe/Berlin".to_string())
}

const BONUS: &str = r#"{"id": 7, "name": "Welcome bonus"}"#;

async fn get_bonus(
    client: &kinow::Client,
) -> Result<kinow::types::PrepaymentBonusResponse, kinow::Error> {
    client
        .get_prepayment_bonus()
        .prepayment_bonus_id(7)
        .send()
        .await
        .map(|r| r.into_inner())
}

fn gap(server: &ScriptedServer, from: usize) -> Duration {
    let received = server.received();
    received[from + 1].at - received[from].at
}

// --- Retries -------------------------------------------------------------

#[tokio::test]
async fn a_429_with_retry_after_is_retried_after_the_wait() {
    let server = ScriptedServer::start(vec![
        Reply::json(429, "").header("retry-after", "1"),
        Reply::json(200, BONUS),
    ])
    .await;
    let bonus = get_bonus(&kinow_at(&server)).await.unwrap();
    assert_eq!(bonus.id, Some(7));
    assert_eq!(server.received().len(), 2);
    assert!(
        gap(&server, 0) >= Duration::from_secs(1),
        "{:?}",
        gap(&server, 0)
    );
}

#[tokio::test]
async fn gateway_errors_on_a_get_are_retried_up_to_three_attempts() {
    let server = ScriptedServer::start(vec![
        Reply::json(503, ""),
        Reply::json(503, ""),
        Reply::json(200, BONUS),
    ])
    .await;
    assert!(get_bonus(&kinow_at(&server)).await.is_ok());
    assert_eq!(server.received().len(), 3);

    let server = ScriptedServer::start(vec![Reply::json(503, "")]).await;
    let error = get_bonus(&kinow_at(&server)).await.unwrap_err();
    assert_eq!(server.received().len(), 3, "exactly 3 attempts");
    assert_eq!(error.status(), Some(503));
    assert!(error.is_retryable());
}

/// Compiles only for a `Send` value.
fn assert_send<T: Send>(value: T) -> T {
    value
}

#[tokio::test]
async fn send_futures_are_send_and_run_on_other_threads() {
    let server = ScriptedServer::start(vec![Reply::json(200, BONUS)]).await;
    let client = kinow_at(&server);
    // A body, a path parameter, a query: each operation's future is `Send`.
    drop(assert_send(
        client.get_prepayment_bonus().prepayment_bonus_id(7).send(),
    ));
    drop(assert_send(
        client
            .get_prepayment_bonus_amount()
            .body_map(|b| b.prepayment_bonus_ids("42".to_string()))
            .send(),
    ));
    // `send()`'s future owns what it needs: it outlives the builder and
    // the client it came from, and can be spawned as it is.
    let spawned = tokio::spawn(client.get_prepayment_bonus().prepayment_bonus_id(7).send());
    drop(client);
    let bonus = spawned.await.unwrap().unwrap().into_inner();
    assert_eq!(bonus.id, Some(7));
}

#[tokio::test]
async fn a_stream_can_be_spawned_too() {
    let page = r#"{"data": [{"id": "a1", "name": "A", "status": "ACTIVE"}]}"#;
    let server = ScriptedServer::start(vec![Reply::json(200, page)]).await;
    let client = togai::Client::builder("togai-token")
        .base_url(server.base_url())
        .build()
        .unwrap();
    let stream = client.get_accounts().customer_id("c1").stream();
    drop(client);
    let ids = tokio::spawn(async move {
        use futures::TryStreamExt;
        stream
            .map_ok(|account| account.id)
            .try_collect::<Vec<_>>()
            .await
    });
    assert_eq!(ids.await.unwrap().unwrap(), ["a1"]);
}

// --- The retry budget ------------------------------------------------------

/// A server that answers every request with `503` (no `Retry-After`), as a
/// vendor in a full outage; `calls` concurrent calls of one client.
async fn requests_in_an_outage(
    calls: usize,
    configure: impl Fn(kinow::Client) -> kinow::Client,
) -> (usize, Vec<kinow::Error>) {
    let server = ScriptedServer::start(vec![Reply::json(503, "")]).await;
    // The standard retries and budget, as a user gets them.
    let client = configure(
        kinow::Client::builder("kinow-id", "kinow-secret")
            .base_url(server.base_url())
            .build()
            .unwrap(),
    );
    let tasks: Vec<_> = (0..calls)
        .map(|_| {
            // Clones share the budget.
            let client = client.clone();
            tokio::spawn(async move { get_bonus(&client).await })
        })
        .collect();
    let mut errors = Vec::new();
    for task in tasks {
        errors.push(task.await.unwrap().unwrap_err());
    }
    (server.received().len(), errors)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_outage_is_not_multiplied_by_retries() {
    let (requests, errors) = requests_in_an_outage(64, |client| client).await;
    // Without a budget, 64 calls of 3 attempts each: 192 requests.
    assert!(requests <= 96, "{requests} requests for 64 calls");
    assert!(requests > 64, "some calls were still retried: {requests}");
    assert!(errors.iter().all(|e| e.status() == Some(503)));
    let spent: Vec<_> = errors
        .iter()
        .filter(|e| e.retry_budget_exhausted())
        .collect();
    assert!(!spent.is_empty());
    assert!(
        spent[0].to_string().contains("retry budget is spent"),
        "{}",
        spent[0]
    );
}

#[tokio::test]
async fn a_lone_failure_among_successes_is_still_retried() {
    let mut script = vec![Reply::json(200, BONUS); 30];
    script.push(Reply::json(503, ""));
    script.push(Reply::json(200, BONUS));
    let server = ScriptedServer::start(script).await;
    let client = kinow_at(&server);
    for _ in 0..31 {
        get_bonus(&client).await.unwrap();
    }
    assert_eq!(server.received().len(), 32, "the 503 was retried");
}

#[tokio::test]
async fn each_client_has_its_own_budget_and_it_can_be_set() {
    let client_of = |server: &ScriptedServer, budget| {
        kinow::Client::builder("kinow-id", "kinow-secret")
            .base_url(server.base_url())
            .retry_config(fast_retries())
            .retry_budget(budget)
            .build()
            .unwrap()
    };
    let server = ScriptedServer::start(vec![Reply::json(503, "")]).await;
    // Room for two retries: the first call's.
    let budget = RetryBudget::token_bucket(10, 5, 1);
    let spent = client_of(&server, budget);
    assert!(
        !get_bonus(&spent)
            .await
            .unwrap_err()
            .retry_budget_exhausted()
    );
    assert!(
        get_bonus(&spent)
            .await
            .unwrap_err()
            .retry_budget_exhausted()
    );
    assert_eq!(server.received().len(), 3 + 1);
    // Another client built the same way starts full.
    let other = client_of(&server, budget);
    assert!(
        !get_bonus(&other)
            .await
            .unwrap_err()
            .retry_budget_exhausted()
    );
    assert_eq!(server.received().len(), 4 + 3);
    // No budget: every call makes its 3 attempts.
    let unlimited = client_of(&server, RetryBudget::unlimited());
    for _ in 0..5 {
        assert!(
            !get_bonus(&unlimited)
                .await
                .unwrap_err()
                .retry_budget_exhausted()
        );
    }
    assert_eq!(server.received().len(), 7 + 15);
}

// --- Per-call options ------------------------------------------------------

#[tokio::test]
async fn every_operation_takes_call_options() {
    let server = ScriptedServer::start(vec![
        Reply::json(503, ""),
        Reply::json(200, BONUS).after(Duration::from_millis(300)),
        Reply::json(200, BONUS),
    ])
    .await;
    let client = kinow_at(&server);
    // Retries off for this call only: one attempt.
    let error = client
        .get_prepayment_bonus()
        .prepayment_bonus_id(7)
        .options(CallOptions::new().retries(false))
        .send()
        .await
        .unwrap_err();
    assert!(error.status() == Some(503));
    assert_eq!(server.received().len(), 1);
    // A timeout for this call only (the client's is 30 s).
    let error = client
        .get_prepayment_bonus()
        .prepayment_bonus_id(7)
        .options(
            CallOptions::new()
                .timeout(Duration::from_millis(50))
                .retries(false),
        )
        .send()
        .await
        .unwrap_err();
    assert!(error.is_timeout(), "{error}");
    // Headers for this call only.
    let id = client
        .get_prepayment_bonus()
        .prepayment_bonus_id(7)
        .options(CallOptions::new().header("X-Request-Id", "req-42"))
        .send()
        .await
        .unwrap()
        .into_inner()
        .id;
    assert_eq!(id, Some(7));
    let received = server.received();
    let last = received.last().unwrap();
    assert_eq!(last.header("x-request-id"), Some("req-42"));
    assert_eq!(last.header("x-client-id"), Some("kinow-id"));
    assert!(
        received[..2]
            .iter()
            .all(|r| r.header("x-request-id").is_none())
    );
}

#[tokio::test]
async fn a_per_call_header_never_replaces_a_credential_or_the_body_type() {
    let server = ScriptedServer::start(vec![Reply::json(200, "{}")]).await;
    let client = kimai_at(&server);
    for name in [
        "X-AUTH-TOKEN",
        "x-auth-user",
        "Content-Type",
        "Content-Length",
    ] {
        let error = client
            .api_customers_post()
            .body_map(acme)
            .options(CallOptions::new().header(name, "marker-value"))
            .send()
            .await
            .unwrap_err();
        assert_eq!(error.kind(), ErrorKind::InvalidRequest, "{name}");
        let shown = format!("{error} {error:?}");
        assert!(shown.contains(&name.to_ascii_lowercase()), "{shown}");
        assert!(!shown.contains("marker"), "{shown}");
    }
    assert!(server.received().is_empty(), "nothing was sent");
    // In a builder's Debug, options show no value either.
    let builder = client
        .api_customers_get()
        .options(CallOptions::new().header("Idempotency-Key", "marker-value"));
    assert!(!format!("{builder:?}").contains("marker"));
}

#[tokio::test]
async fn a_deadline_bounds_the_whole_call_across_retries() {
    let server = ScriptedServer::start(vec![Reply::json(503, "")]).await;
    let client = kinow::Client::builder("kinow-id", "kinow-secret")
        .base_url(server.base_url())
        // The first wait is 300 to 600 ms (with jitter).
        .retry_config(RetryConfig::standard().with_initial_backoff(Duration::from_millis(300)))
        .build()
        .unwrap();
    let call = |deadline| {
        client
            .get_prepayment_bonus()
            .prepayment_bonus_id(7)
            .options(CallOptions::new().deadline(deadline))
            .send()
    };
    let started = Instant::now();
    let error = call(Duration::from_millis(200)).await.unwrap_err();
    // No retry could end in time: the 503 is returned at once, and says why.
    assert!(error.status() == Some(503), "{error}");
    assert!(error.to_string().contains("deadline would pass"), "{error}");
    assert_eq!(server.received().len(), 1);
    assert!(
        started.elapsed() < Duration::from_millis(300),
        "{:?}",
        started.elapsed()
    );
    // A deadline with room for the retries changes nothing.
    let error = call(Duration::from_secs(10)).await.unwrap_err();
    assert!(error.status() == Some(503), "{error}");
    assert!(!error.to_string().contains("deadline"), "{error}");
    assert_eq!(server.received().len(), 1 + 3);
}

#[tokio::test]
async fn a_retried_get_is_sent_again_as_it_was() {
    // The runtime builds the request again for each attempt: the same
    // target (path and query), the same headers in the same order.
    let server = ScriptedServer::start(vec![
        Reply::json(503, ""),
        Reply::json(200, r#"{"data": [], "pagination": {}}"#),
    ])
    .await;
    kinow_at(&server)
        .get_customer_prepayment_operations()
        .customer_id(1)
        .page(2)
        .per_page(10)
        .send()
        .await
        .unwrap();
    let received = server.received();
    assert_eq!(received.len(), 2);
    assert_eq!(
        received[0].target,
        "/customers/1/prepayment-operations?page=2&per_page=10"
    );
    for field in [
        |r: &Received| format!("{} {}", r.method, r.target),
        |r: &Received| format!("{:?}", r.headers),
        |r: &Received| format!("{:?}", r.body),
    ] {
        assert_eq!(field(&received[0]), field(&received[1]));
    }
}

#[tokio::test]
async fn an_http_date_retry_after_is_honoured() {
    let in_two_seconds =
        httpdate::fmt_http_date(std::time::SystemTime::now() + Duration::from_secs(2));
    let server = ScriptedServer::start(vec![
        Reply::json(503, "").header("retry-after", &in_two_seconds),
        Reply::json(200, BONUS),
    ])
    .await;
    assert!(get_bonus(&kinow_at(&server)).await.is_ok());
    assert_eq!(server.received().len(), 2);
    // HTTP-dates have whole seconds: at least one second of the two is left.
    assert!(
        gap(&server, 0) >= Duration::from_millis(900),
        "{:?}",
        gap(&server, 0)
    );
}

#[tokio::test]
async fn a_wait_longer_than_allowed_returns_at_once_with_the_wait() {
    let server = ScriptedServer::start(vec![
        Reply::json(429, "").header("retry-after", "3600"),
        Reply::json(200, BONUS),
    ])
    .await;
    let started = Instant::now();
    let error = get_bonus(&kinow_at(&server)).await.unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(server.received().len(), 1);
    assert_eq!(error.status(), Some(429));
    assert_eq!(error.retry_after(), Some(Duration::from_secs(3600)));
}

#[tokio::test]
async fn other_client_errors_are_not_retried() {
    let server = ScriptedServer::start(vec![Reply::json(404, ""), Reply::json(200, BONUS)]).await;
    let error = get_bonus(&kinow_at(&server)).await.unwrap_err();
    assert_eq!(server.received().len(), 1);
    assert_eq!(error.kind(), ErrorKind::UnexpectedStatus);
    assert!(!error.is_retryable());
}

#[tokio::test]
async fn posts_and_patches_that_reached_the_server_are_not_retried() {
    let server = ScriptedServer::start(vec![Reply::json(503, ""), Reply::json(200, "[]")]).await;
    let error = kinow_at(&server)
        .get_prepayment_bonus_amount()
        .body_map(|b| b.prepayment_bonus_ids("42".to_string()))
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(503));
    assert_eq!(server.received().len(), 1, "POST answered 503");

    let server = ScriptedServer::start(vec![Reply::json(503, ""), Reply::json(200, "{}")]).await;
    let error = kimai_at(&server)
        .api_customers_id_patch()
        .id(12)
        .body_map(acme)
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(503));
    assert_eq!(server.received().len(), 1, "PATCH answered 503");
}

#[tokio::test]
async fn a_post_refused_with_429_is_resent_with_the_same_body() {
    let server = ScriptedServer::start(vec![
        Reply::json(429, "").header("retry-after", "1"),
        Reply::json(200, r#"[{"prepayment_bonus_id": 42, "amount": 5}]"#),
    ])
    .await;
    let amounts = kinow_at(&server)
        .get_prepayment_bonus_amount()
        .body_map(|b| b.prepayment_bonus_ids("42".to_string()).currency_id(3))
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(amounts[0].prepayment_bonus_id, Some(42));
    let received = server.received();
    assert_eq!(received.len(), 2);
    assert_eq!(received[0].method, "POST");
    assert_eq!(received[1].method, "POST");
    assert!(!received[0].body.is_empty());
    assert_eq!(
        received[0].body, received[1].body,
        "the body is resent byte for byte"
    );
    assert!(gap(&server, 0) >= Duration::from_secs(1));
}

#[tokio::test]
async fn a_get_whose_connection_closed_without_answer_is_retried() {
    let server = ScriptedServer::start(vec![Reply::Close, Reply::json(200, BONUS)]).await;
    assert!(get_bonus(&kinow_at(&server)).await.is_ok());
    assert_eq!(server.received().len(), 2);
}

#[tokio::test]
async fn a_get_that_timed_out_is_retried() {
    let server = ScriptedServer::start(vec![
        Reply::json(200, BONUS).after(Duration::from_secs(2)),
        Reply::json(200, BONUS),
    ])
    .await;
    let client = kinow::Client::builder("kinow-id", "kinow-secret")
        .base_url(server.base_url())
        .timeout(Duration::from_millis(300))
        .retry_config(fast_retries())
        .build()
        .unwrap();
    assert!(get_bonus(&client).await.is_ok());
    assert_eq!(server.received().len(), 2);
}

/// A GET answered after 2 s through a caller's own reqwest client with
/// `own_timeout`, from a vendor client with `timeout` set on its builder
/// where given: the error, and how long it took.
async fn through_own_http_client(
    own_timeout: Option<Duration>,
    timeout: Option<Duration>,
) -> (kinow::Error, Duration) {
    let server =
        ScriptedServer::start(vec![Reply::json(200, BONUS).after(Duration::from_secs(2))]).await;
    let mut own =
        kinow::reqwest::Client::builder().redirect(kinow::reqwest::redirect::Policy::none());
    if let Some(own_timeout) = own_timeout {
        own = own.timeout(own_timeout);
    }
    let mut builder = kinow::Client::builder("kinow-id", "kinow-secret")
        .base_url(server.base_url())
        .http_client(own.build().unwrap())
        .retry_config(RetryConfig::disabled());
    if let Some(timeout) = timeout {
        builder = builder.timeout(timeout);
    }
    let client = builder.build().unwrap();
    let started = Instant::now();
    let error = get_bonus(&client).await.unwrap_err();
    (error, started.elapsed())
}

#[tokio::test]
async fn the_timeout_holds_with_the_callers_own_http_client() {
    // The runtime's own HTTP client carries the timeout; a caller's client
    // gets it on every request instead.
    let (error, took) = through_own_http_client(None, Some(Duration::from_millis(300))).await;
    assert!(error.is_timeout(), "{error}");
    assert!(took < Duration::from_secs(2));
}

#[tokio::test]
async fn the_callers_own_http_client_keeps_its_timeout_unless_one_is_set() {
    let (error, took) = through_own_http_client(Some(Duration::from_millis(300)), None).await;
    assert!(error.is_timeout(), "{error}");
    assert!(
        took < Duration::from_secs(2),
        "the default 30 s replaced it"
    );
}

#[tokio::test]
async fn retries_can_be_switched_off() {
    let server = ScriptedServer::start(vec![Reply::json(503, ""), Reply::json(200, BONUS)]).await;
    let client = kinow::Client::builder("kinow-id", "kinow-secret")
        .base_url(server.base_url())
        .retry_config(RetryConfig::disabled())
        .build()
        .unwrap();
    assert!(get_bonus(&client).await.is_err());
    assert_eq!(server.received().len(), 1);
}

#[tokio::test]
async fn brevo_rate_limit_headers_say_how_long_to_wait() {
    const PID: &str = "3f1c2b9e-8a4d-4e5f-9c7b-1a2b3c4d5e6f";
    let page = r#"{"items": [], "totalCount": 0}"#;
    let server = ScriptedServer::start(vec![
        Reply::json(429, r#"{"message":"Too many requests"}"#)
            .header("x-sib-ratelimit-limit", "10")
            .header("x-sib-ratelimit-remaining", "0")
            .header("x-sib-ratelimit-reset", "2"),
        Reply::json(200, page),
    ])
    .await;
    let client = brevo::Client::builder("brevo-key")
        .base_url(server.base_url())
        .retry_config(fast_retries())
        .build()
        .unwrap();
    client
        .get_balance_definition_list()
        .pid(PID)
        .send()
        .await
        .unwrap();
    assert_eq!(server.received().len(), 2);
    assert!(
        gap(&server, 0) >= Duration::from_secs(2),
        "{:?}",
        gap(&server, 0)
    );

    let server = ScriptedServer::start(vec![
        Reply::json(429, r#"{"message":"Too many requests"}"#)
            .header("x-sib-ratelimit-reset", "3000"),
        Reply::json(200, page),
    ])
    .await;
    let client = brevo::Client::builder("brevo-key")
        .base_url(server.base_url())
        .build()
        .unwrap();
    let error = client
        .get_balance_definition_list()
        .pid(PID)
        .send()
        .await
        .unwrap_err();
    assert_eq!(server.received().len(), 1);
    assert_eq!(error.retry_after(), Some(Duration::from_secs(3000)));
    assert_eq!(error.status(), Some(429));
}

// --- Redirects -------------------------------------------------------------

/// Every vendor's client, with credentials that are easy to look for.
async fn each_vendor_get(base_url: &str) -> Vec<(&'static str, ErrorKind, Option<u16>, String)> {
    let mut outcomes = Vec::new();
    let kinow = kinow::Client::builder("leak-kinow-id", "leak-kinow-secret")
        .base_url(base_url)
        .build()
        .unwrap();
    let e = get_bonus(&kinow).await.unwrap_err();
    outcomes.push(("kinow", e.kind(), e.status(), e.to_string()));
    let brevo = brevo::Client::builder("leak-brevo-key")
        .base_url(base_url)
        .build()
        .unwrap();
    let e = brevo
        .get_balance_definition()
        .pid("3f1c2b9e-8a4d-4e5f-9c7b-1a2b3c4d5e6f")
        .bdid("3f1c2b9e-8a4d-4e5f-9c7b-1a2b3c4d5e6f")
        .send()
        .await
        .unwrap_err();
    outcomes.push(("brevo", e.kind(), e.status(), e.to_string()));
    let kimai = kimai::Client::builder(base_url, "leak-kimai-user", "leak-kimai-token")
        .build()
        .unwrap();
    let e = kimai.api_customers_get().send().await.unwrap_err();
    outcomes.push(("kimai", e.kind(), e.status(), e.to_string()));
    let togai = togai::Client::builder("leak-togai-token")
        .base_url(base_url)
        .build()
        .unwrap();
    let e = togai
        .get_accounts()
        .customer_id("cust")
        .send()
        .await
        .unwrap_err();
    outcomes.push(("togai", e.kind(), e.status(), e.to_string()));
    outcomes
}

#[tokio::test]
async fn no_vendor_follows_a_redirect_to_another_origin() {
    let other = ScriptedServer::start(vec![Reply::json(200, "{}")]).await;
    let location = format!("{}/collect?x=1", other.base_url());
    let server =
        ScriptedServer::start(vec![Reply::json(302, "").header("location", &location)]).await;
    for (vendor, kind, status, shown) in each_vendor_get(server.base_url()).await {
        assert_eq!(kind, ErrorKind::Redirect, "{vendor}: {shown}");
        assert_eq!(status, Some(302), "{vendor}");
        assert!(
            shown.contains(other.base_url()),
            "{vendor}: names the origin: {shown}"
        );
        assert!(
            !shown.contains("collect") && !shown.contains("x=1"),
            "{vendor}: {shown}"
        );
    }
    assert!(
        other.received().is_empty(),
        "the other origin saw {:?}",
        other.received()
    );
    for request in server.received() {
        assert_eq!(request.header("referer"), None);
    }
}

#[tokio::test]
async fn a_write_is_never_resent_as_a_read() {
    // POST answered 301 to another origin.
    let other = ScriptedServer::start(vec![Reply::json(200, "{}")]).await;
    let location = format!("{}/api/customers", other.base_url());
    let server =
        ScriptedServer::start(vec![Reply::json(301, "").header("location", &location)]).await;
    let error = kimai_at(&server)
        .api_customers_post()
        .body_map(acme)
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Redirect);
    assert!(other.received().is_empty());

    // PATCH answered 303 on the same origin.
    let server = ScriptedServer::start(vec![
        Reply::json(303, "").header("location", "/api/customers/12"),
        Reply::json(200, r#"{"id": 12, "name": "ACME"}"#),
    ])
    .await;
    let error = kimai_at(&server)
        .api_customers_id_patch()
        .id(12)
        .body_map(acme)
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Redirect);
    assert_eq!(error.status(), Some(303));
    let received = server.received();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].method, "PATCH");
}

#[tokio::test]
async fn same_origin_redirects_keep_the_request() {
    // 307 on a POST: same method, same body, credentials, same origin.
    let server = ScriptedServer::start(vec![
        Reply::json(307, "").header("location", "/v2/prepayment/bonus/amount"),
        Reply::json(200, r#"[{"prepayment_bonus_id": 42}]"#),
    ])
    .await;
    kinow_at(&server)
        .get_prepayment_bonus_amount()
        .body_map(|b| b.prepayment_bonus_ids("42".to_string()))
        .send()
        .await
        .unwrap();
    let received = server.received();
    assert_eq!(received.len(), 2);
    assert_eq!(received[1].method, "POST");
    assert_eq!(received[1].target, "/v2/prepayment/bonus/amount");
    assert_eq!(received[0].body, received[1].body);
    assert_eq!(received[1].header("x-client-secret"), Some("kinow-secret"));
    assert_eq!(received[1].header("referer"), None);

    // 302 on a GET, then a loop: bounded.
    let server =
        ScriptedServer::start(vec![Reply::json(302, "").header("location", "/again")]).await;
    let error = get_bonus(&kinow_at(&server)).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Redirect);
    assert_eq!(
        server.received().len(),
        6,
        "the first request and 5 redirects"
    );
}

// --- Bounded responses ------------------------------------------------------

#[tokio::test]
async fn a_body_over_the_limit_is_refused() {
    let server = ScriptedServer::start(vec![Reply::Stream {
        total: 4 * 1024 * 1024,
        chunk: 64 * 1024,
    }])
    .await;
    let client = kinow::Client::builder("kinow-id", "kinow-secret")
        .base_url(server.base_url())
        .max_response_body(1024 * 1024)
        .build()
        .unwrap();
    let error = get_bonus(&client).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::BodyTooLarge);
    assert_eq!(error.status(), Some(200));
    assert!(!error.is_retryable());

    // Declared too large: refused before reading the body.
    let server = ScriptedServer::start(vec![Reply::DeclaredLength(10 << 30)]).await;
    let error = get_bonus(&kinow_at(&server)).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::BodyTooLarge);
}

#[tokio::test]
async fn a_server_that_stalls_after_the_headers_is_cut_by_the_timeout() {
    let server = ScriptedServer::start(vec![Reply::Stall]).await;
    let client = kinow::Client::builder("kinow-id", "kinow-secret")
        .base_url(server.base_url())
        .timeout(Duration::from_millis(300))
        .retry_config(RetryConfig::disabled())
        .build()
        .unwrap();
    let started = Instant::now();
    let error = get_bonus(&client).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Timeout, "{error:?}");
    assert!(started.elapsed() < Duration::from_secs(5));
}

// --- User-Agent ---------------------------------------------------------------

#[tokio::test]
async fn every_request_names_the_crate_and_the_callers_product() {
    let server = ScriptedServer::start(vec![Reply::json(200, BONUS)]).await;
    get_bonus(&kinow_at(&server)).await.unwrap();
    let client = kinow::Client::builder("kinow-id", "kinow-secret")
        .base_url(server.base_url())
        .user_agent_product("my-app/1.2")
        .build()
        .unwrap();
    get_bonus(&client).await.unwrap();
    let received = server.received();
    let version = env!("CARGO_PKG_VERSION");
    assert_eq!(
        received[0].header("user-agent"),
        Some(format!("kinow-client/{version}").as_str())
    );
    assert_eq!(
        received[1].header("user-agent"),
        Some(format!("kinow-client/{version} my-app/1.2").as_str())
    );
}

#[tokio::test]
async fn a_404_is_matched_by_its_status_whatever_its_body() {
    let html = Reply::Answer {
        status: 404,
        headers: vec![("content-type".into(), "text/html".into())],
        body: b"<html>Not found</html>".to_vec(),
    };
    let documented = r#"{"errorMessage": "account not found"}"#;
    for answer in [
        Reply::json(404, documented),
        Reply::json(404, ""),
        Reply::json(404, "{}"),
        html,
    ] {
        let server = ScriptedServer::start(vec![answer]).await;
        let client = togai::Client::builder("togai-token")
            .base_url(server.base_url())
            .build()
            .unwrap();
        let error = client
            .get_account()
            .customer_id("c1")
            .account_id("a1")
            .send()
            .await
            .unwrap_err();
        // The kind says whether the body was the documented one; the
        // status does not depend on it.
        assert!(error.status() == Some(404), "{error}");
        assert!(
            matches!(
                error.kind(),
                ErrorKind::ErrorStatus | ErrorKind::ErrorStatusUnknownBody
            ),
            "{error}"
        );
    }
}

#[tokio::test]
async fn a_write_is_not_sent_again_when_the_callers_client_followed_a_redirect() {
    // The caller's own client follows redirects (reqwest's default policy):
    // a 307 to a host that refuses the connection fails in reqwest with a
    // connection error, but the first server already had the POST.
    let elsewhere = format!("{}/api/customers", vendor_clients_tests::refused_base_url());
    let server = ScriptedServer::start(vec![
        Reply::json(307, "").header("location", &elsewhere),
        Reply::json(200, "{}"),
    ])
    .await;
    let client = kimai::Client::builder(server.base_url(), "kimai-user", "kimai-token")
        .http_client(reqwest::Client::new())
        .retry_config(fast_retries())
        .build()
        .unwrap();
    let error = client
        .api_customers_post()
        .body_map(acme)
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Connect, "{error}");
    assert!(!error.is_retryable(), "{error}");
    assert!(
        error.to_string().contains("may have followed a redirect"),
        "{error}"
    );
    assert_eq!(server.received().len(), 1, "the POST was sent once");
    // The runtime's own client follows no redirect itself: there, a POST
    // that could not connect was not sent, and is sent again.
    let refused = kimai::Client::builder(&vendor_clients_tests::refused_base_url(), "u", "t")
        .retry_config(RetryConfig::disabled())
        .build()
        .unwrap();
    let error = refused
        .api_customers_post()
        .body_map(acme)
        .send()
        .await
        .unwrap_err();
    assert!(error.is_connect() && error.is_retryable(), "{error}");
}
