//! A first run of the Kinow client: build a client, make one call, stream a
//! paged list, handle an error by its kind.
//!
//! `cargo run -p kinow-client --example kinow_quickstart` runs offline, against a
//! local mock server this example starts (no network, no credentials). With
//! `KINOW_CLIENT_ID` and `KINOW_CLIENT_SECRET` set, it calls the real API
//! instead, with read-only operations only.

use futures::TryStreamExt;
use kinow_client::{Client, ErrorKind};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let credentials = (
        std::env::var("KINOW_CLIENT_ID").ok(),
        std::env::var("KINOW_CLIENT_SECRET").ok(),
    );
    // Keeps the mock server alive for the whole run.
    let mut _mock = None;
    let client = match credentials {
        (Some(id), Some(secret)) => {
            println!(
                "calling the Kinow API at {}",
                kinow_client::DEFAULT_BASE_URL
            );
            Client::builder(&id, &secret).build()?
        }
        _ => {
            let server = offline::server().await;
            println!(
                "no KINOW_CLIENT_ID/KINOW_CLIENT_SECRET: calling a local mock at {}",
                server.base_url()
            );
            let client = Client::builder("example-id", "example-secret")
                .base_url(server.base_url())
                .build()?;
            _mock = Some(server);
            client
        }
    };

    // One call.
    let page = client
        .get_prepayment_bonus_list()
        .per_page(2)
        .send()
        .await?
        .into_inner();
    println!("first page of bonuses: {} item(s)", page.data.len());
    for bonus in &page.data {
        println!(
            "  bonus {:?}: {:?}, amount {:?}",
            bonus.id, bonus.name, bonus.amount
        );
    }

    // Every item of every page, one page at a time.
    let mut operations = client.get_prepayment_operations().per_page(2).stream();
    let mut count = 0;
    while let Some(operation) = operations.try_next().await? {
        count += 1;
        println!(
            "  operation {:?}: {:?} {:?}",
            operation.id, operation.type_, operation.amount
        );
        if count == 10 {
            break;
        }
    }
    println!("streamed {count} prepayment operation(s)");

    // An error, handled by its kind.
    match client
        .get_prepayment_bonus()
        .prepayment_bonus_id(999_999)
        .send()
        .await
    {
        Ok(bonus) => println!("bonus 999999 exists: {:?}", bonus.into_inner().name),
        Err(e) if e.status() == Some(404) => {
            println!(
                "bonus 999999: not found ({:?}, status {:?})",
                e.kind(),
                e.status()
            );
        }
        Err(e) if e.kind() == ErrorKind::Timeout => println!("too slow, try again: {e}"),
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
        let bonus = |id: u32, name: &str| json!({"id": id, "name": name, "amount": 5.5, "type": "fixed", "id_product": 55});
        server
            .mock_async(|when, then| {
                when.path("/prepayment/bonus");
                then.status(200).json_body(json!({
                    "data": [bonus(7, "Welcome bonus"), bonus(8, "Loyalty bonus")],
                    "pagination": {"current_page": 1, "last_page": 1, "per_page": 2, "total": 2}
                }));
            })
            .await;
        let operation = |id: u32, kind: &str| json!({"id": id, "id_customer": 42, "amount": 19.99, "type": kind, "date_add": "2024-03-01 10:15:00"});
        for (page, items) in [(1, [311, 312]), (2, [313, 314]), (3, [315, 316])] {
            let next = (page < 3).then(|| format!("/prepayment/operations?page={}", page + 1));
            server
                .mock_async(move |when, then| {
                    let when = when.path("/prepayment/operations");
                    if page > 1 {
                        when.query_param("page", page.to_string());
                    } else {
                        when.query_param_missing("page");
                    }
                    then.status(200).json_body(json!({
                        "data": items.iter().map(|id| operation(*id, "credit")).collect::<Vec<_>>(),
                        "pagination": {"current_page": page, "last_page": 3, "per_page": 2, "next_page_url": next}
                    }));
                })
                .await;
        }
        server
            .mock_async(|when, then| {
                when.path("/prepayment/bonus/999999");
                then.status(404).json_body(json!({"message": "Not found"}));
            })
            .await;
        server
    }
}
