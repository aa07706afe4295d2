//! A first run of the Brevo client: build a client, make one call, stream a
//! paged list, handle an error by its kind.
//!
//! `cargo run -p brevo-client --example brevo_quickstart` runs offline, against a
//! local mock server this example starts (no network, no credentials). With
//! `BREVO_API_KEY` (and `BREVO_PROGRAM_ID`, a loyalty program's id) set, it
//! calls the real API instead, with read-only operations only.

use brevo_client::{Client, ErrorKind};
use futures::TryStreamExt;

const EXAMPLE_PROGRAM: &str = "3f1c2b9e-8a4d-4e5f-9c7b-1a2b3c4d5e6f";

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut _mock = None;
    let (client, program) = match std::env::var("BREVO_API_KEY") {
        Ok(key) => {
            println!(
                "calling the Brevo API at {}",
                brevo_client::DEFAULT_BASE_URL
            );
            let program = std::env::var("BREVO_PROGRAM_ID")?;
            (Client::builder(&key).build()?, program)
        }
        Err(_) => {
            let server = offline::server().await;
            println!(
                "no BREVO_API_KEY: calling a local mock at {}",
                server.base_url()
            );
            let client = Client::builder("xkeysib-example")
                .base_url(server.base_url())
                .build()?;
            _mock = Some(server);
            (client, EXAMPLE_PROGRAM.to_string())
        }
    };

    // One call.
    let page = client
        .get_balance_definition_list()
        .pid(program.as_str())
        .limit(2)
        .send()
        .await?
        .into_inner();
    println!(
        "first page of balance definitions: {} item(s)",
        page.items.len()
    );

    // Every item of every page: offsets advance by what each page held.
    let mut definitions = client
        .get_balance_definition_list()
        .pid(program.as_str())
        .limit(2)
        .stream();
    while let Some(definition) = definitions.try_next().await? {
        println!(
            "  definition {:?}: {:?} ({:?})",
            definition.id, definition.name, definition.unit
        );
    }

    // An error, handled by its kind: Brevo documents 404 with its error body.
    let missing = "00000000-0000-4000-8000-000000000000";
    match client
        .get_balance_definition()
        .pid(program.as_str())
        .bdid(missing)
        .send()
        .await
    {
        Ok(definition) => println!("found: {:?}", definition.into_inner().name),
        Err(e) if e.kind() == ErrorKind::ErrorStatus => {
            let message = e.error_body().and_then(|body| body.message.clone());
            println!("definition {missing}: {:?} {message:?}", e.status());
        }
        Err(e) if e.retry_after().is_some() => println!("rate limited, wait {:?}", e.retry_after()),
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
        let path = format!(
            "/loyalty/balance/programs/{}/balance-definitions",
            super::EXAMPLE_PROGRAM
        );
        let definition = |id: &str, name: &str| json!({"id": id, "name": name, "unit": "POINTS"});
        let pages = [
            (
                None,
                vec![definition("bd-1", "Points"), definition("bd-2", "Miles")],
            ),
            (Some("2"), vec![definition("bd-3", "Stars")]),
        ];
        for (offset, items) in pages {
            let path = path.clone();
            server
                .mock_async(move |when, then| {
                    let when = when.path(path);
                    match offset {
                        Some(offset) => when.query_param("offset", offset),
                        None => when.query_param_missing("offset"),
                    };
                    then.status(200).json_body(json!({ "items": items }));
                })
                .await;
        }
        // Nothing after the third definition: Brevo answers 204 No Content.
        let end = path.clone();
        server
            .mock_async(move |when, then| {
                when.path(end).query_param("offset", "3");
                then.status(204);
            })
            .await;
        server
            .mock_async(move |when, then| {
                when.path_includes("/balance-definitions/00000000-0000-4000-8000-000000000000");
                then.status(404)
                    .json_body(json!({"message": "Balance definition not found"}));
            })
            .await;
        server
    }
}
