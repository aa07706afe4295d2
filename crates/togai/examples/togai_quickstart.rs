//! A first run of the Togai client: build a client, make one call, stream a
//! paged list, handle an error by its kind.
//!
//! `cargo run -p togai-client --example togai_quickstart` runs offline, against a
//! local mock server this example starts (no network, no credentials). With
//! `TOGAI_TOKEN` (and `TOGAI_CUSTOMER_ID`) set, it calls the real API (the
//! sandbox) instead, with read-only operations only.

use futures::TryStreamExt;
use togai_client::{Client, ErrorKind};

const EXAMPLE_CUSTOMER: &str = "01BX5ZZKBKACTAV9WEVGEMMVRZ";

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut _mock = None;
    let (client, customer) = match std::env::var("TOGAI_TOKEN") {
        Ok(token) => {
            println!(
                "calling the Togai API at {}",
                togai_client::DEFAULT_BASE_URL
            );
            let customer = std::env::var("TOGAI_CUSTOMER_ID")?;
            (Client::builder(&token).build()?, customer)
        }
        Err(_) => {
            let server = offline::server().await;
            println!(
                "no TOGAI_TOKEN: calling a local mock at {}",
                server.base_url()
            );
            let client = Client::builder("example-token")
                .base_url(server.base_url())
                .build()?;
            _mock = Some(server);
            (client, EXAMPLE_CUSTOMER.to_string())
        }
    };

    // One call.
    let page = client
        .get_accounts()
        .customer_id(customer.as_str())
        .page_size("2")
        .send()
        .await?
        .into_inner();
    println!(
        "first page of accounts: {} item(s), next token {:?}",
        page.data.len(),
        page.next_token
    );

    // Every item of every page, following the next-page tokens.
    let mut accounts = client
        .get_accounts()
        .customer_id(customer.as_str())
        .page_size("2")
        .stream();
    while let Some(account) = accounts.try_next().await? {
        println!(
            "  account {}: {} ({})",
            account.id.as_str(),
            account.name.as_str(),
            account.status
        );
    }

    // An error, handled by its kind: Togai documents 404 with its error body.
    match client
        .get_account()
        .customer_id(customer.as_str())
        .account_id("no-such-account")
        .send()
        .await
    {
        Ok(account) => println!("found: {}", account.into_inner().name.as_str()),
        Err(e) if e.kind() == ErrorKind::ErrorStatus => {
            let message = e.error_body().map(|body| body.message.clone());
            println!("account no-such-account: {:?} {message:?}", e.status());
        }
        Err(e) => return Err(e.into()),
    }
    Ok(())
}

/// The answers the real API would give, from a local mock server.
mod offline {
    use httpmock::MockServer;
    use serde_json::json;

    pub async fn server() -> MockServer {
        let server = MockServer::start_async().await;
        let path = format!("/customers/{}/accounts", super::EXAMPLE_CUSTOMER);
        let account = |id: &str, name: &str| json!({"id": id, "name": name, "status": "ACTIVE"});
        let pages = [
            (
                None,
                vec![account("acc-1", "Acme Europe"), account("acc-2", "Acme US")],
                Some("t1"),
            ),
            (Some("t1"), vec![account("acc-3", "Acme Asia")], None),
        ];
        for (token, items, next) in pages {
            let path = path.clone();
            server
                .mock_async(move |when, then| {
                    let when = when.path(path);
                    match token {
                        Some(token) => when.query_param("nextToken", token),
                        None => when.query_param_missing("nextToken"),
                    };
                    then.status(200)
                        .json_body(json!({ "data": items, "nextToken": next }));
                })
                .await;
        }
        server
            .mock_async(move |when, then| {
                when.path_includes("/accounts/no-such-account");
                then.status(404)
                    .json_body(json!({"message": "Account not found"}));
            })
            .await;
        server
    }
}
