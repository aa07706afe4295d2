//! A first run of the Kimai client: build a client, make one call, handle an
//! error by its kind. (Kimai's paged lists, such as `api_timesheets_get`, have
//! no `.stream()` yet: their `page`/`size` are set by hand.)
//!
//! `cargo run -p kimai-client --example kimai_quickstart` runs offline, against a
//! local mock server this example starts (no network, no credentials). With
//! `KIMAI_URL`, `KIMAI_USER` and `KIMAI_TOKEN` set, it calls that Kimai
//! instance instead, with read-only operations only (`KIMAI_USER` empty: the
//! token is a Kimai 2 API token, sent as a Bearer token).

use kimai_client::{Client, ErrorKind, types};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut _mock = None;
    let env = |name| std::env::var(name).ok();
    let client = match (env("KIMAI_URL"), env("KIMAI_USER"), env("KIMAI_TOKEN")) {
        (Some(url), user, Some(token)) => {
            println!("calling the Kimai instance at {url}");
            match user.filter(|u| !u.is_empty()) {
                Some(user) => Client::builder(&url, &user, &token).build()?,
                None => Client::bearer_builder(&url, &token).build()?,
            }
        }
        _ => {
            let server = offline::server().await;
            println!(
                "no KIMAI_URL/KIMAI_USER/KIMAI_TOKEN: calling a local mock at {}",
                server.base_url()
            );
            let client =
                Client::builder(&server.base_url(), "susan", "example-password").build()?;
            _mock = Some(server);
            client
        }
    };

    // One call: visible and hidden customers, by name.
    let customers = client
        .api_customers_get()
        .visible(types::VisibilityFilter::Both)
        .order_by(types::CustomerOrderBy::Name)
        .send()
        .await?
        .into_inner();
    println!("{} customer(s)", customers.len());
    for customer in &customers {
        println!(
            "  customer {:?}: {} ({})",
            customer.id, customer.name, customer.currency
        );
    }

    // An error, handled by its kind.
    match client.api_customers_id_get().id(999999).send().await {
        Ok(customer) => println!("found: {}", customer.into_inner().name),
        Err(e) if e.status() == Some(404) => {
            println!("customer 999999: not found ({:?})", e.kind());
        }
        Err(e) if e.kind() == ErrorKind::Connect => println!("is the instance up? {e}"),
        Err(e) => return Err(e.into()),
    }
    Ok(())
}

/// The answers a Kimai instance would give, from a local mock server.
mod offline {
    use httpmock::MockServer;
    use serde_json::json;

    pub async fn server() -> MockServer {
        let server = MockServer::start_async().await;
        let customer = |id: u32, name: &str| json!({"id": id, "name": name, "visible": true, "billable": true, "currency": "EUR"});
        server
            .mock_async(|when, then| {
                when.path("/api/customers");
                then.status(200)
                    .json_body(json!([customer(1, "Acme"), customer(2, "Globex")]));
            })
            .await;
        server
            .mock_async(|when, then| {
                when.path("/api/customers/999999");
                then.status(404)
                    .json_body(json!({"code": 404, "message": "Not found"}));
            })
            .await;
        server
    }
}
