//! A first run of the Brevo client: send a transactional email, page through
//! your contacts, handle an error by its kind.
//!
//! `cargo run -p brevo-client --example brevo_quickstart` runs offline, against a
//! local mock server this example starts (no network, no credentials). With
//! `BREVO_API_KEY` set, it calls the real API instead: it pages through your
//! contacts and sends nothing, unless `BREVO_SEND_TO` (an address of yours)
//! and `BREVO_SENDER` (a sender address verified in your account) are set too.

use brevo_client::types::{
    ContactIdentifier, SendSmtpEmailRecipient, SendSmtpEmailSender, SendTransacEmailResponse,
};
use brevo_client::{Client, ErrorKind};
use futures::TryStreamExt;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut _mock = None;
    let (client, send_to) = match std::env::var("BREVO_API_KEY") {
        Ok(key) => {
            println!(
                "calling the Brevo API at {}",
                brevo_client::DEFAULT_BASE_URL
            );
            let send_to = std::env::var("BREVO_SEND_TO")
                .ok()
                .zip(std::env::var("BREVO_SENDER").ok());
            (Client::builder(&key).build()?, send_to)
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
            let send_to = Some((
                "jimmy@example.com".to_string(),
                "shop@example.com".to_string(),
            ));
            (client, send_to)
        }
    };

    // A transactional email: Brevo answers 201 (sent) or 202 (scheduled, when
    // `scheduledAt` is given), and the status picks the variant.
    if let Some((to, from)) = send_to {
        let answer = client
            .send_transac_email()
            .body_map(|email| {
                email
                    .sender(SendSmtpEmailSender {
                        email: Some(from),
                        name: Some("MyShop".to_string()),
                        id: None,
                    })
                    .to(vec![SendSmtpEmailRecipient {
                        email: to,
                        name: Some("Jimmy".to_string()),
                    }])
                    .subject("Your order".to_string())
                    .html_content("<p>Thanks for your order.</p>".to_string())
            })
            .send()
            .await?
            .into_inner();
        match answer {
            SendTransacEmailResponse::Created(sent) => println!("sent: {:?}", sent.message_id),
            SendTransacEmailResponse::Accepted(scheduled) => {
                println!("scheduled: batch {:?}", scheduled.batch_id)
            }
        }
    }

    // Every contact, two per page: offsets advance by what each page held,
    // and the stream ends at Brevo's `count`.
    let mut contacts = client.get_contacts().limit(2).stream();
    while let Some(contact) = contacts.try_next().await? {
        println!("  contact {}: {:?}", contact.id, contact.email);
    }

    // An error, handled by its kind: Brevo documents 404 with its error body.
    let missing = ContactIdentifier::Email("nobody@example.com".to_string());
    match client.get_contact_info().identifier(missing).send().await {
        Ok(contact) => println!("found: {:?}", contact.into_inner().id),
        Err(e) if e.kind() == ErrorKind::ErrorStatus => {
            let message = e.error_body().and_then(|body| body.message.clone());
            println!("nobody@example.com: {:?} {message:?}", e.status());
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
        server
            .mock_async(|when, then| {
                when.method("POST").path("/smtp/email");
                then.status(201)
                    .json_body(json!({"messageId": "<201798300811.5787683@relay.domain.com>"}));
            })
            .await;
        let contact = |id: i64, email: &str| {
            json!({
                "id": id, "email": email, "emailBlacklisted": false, "smsBlacklisted": false,
                "createdAt": "2024-01-02T10:00:00Z", "modifiedAt": "2024-01-02T10:00:00Z",
                "listIds": [2], "attributes": {}
            })
        };
        let pages = [
            (
                None,
                vec![contact(1, "ann@example.com"), contact(2, "bob@example.com")],
            ),
            (Some("2"), vec![contact(3, "cid@example.com")]),
        ];
        for (offset, contacts) in pages {
            server
                .mock_async(move |when, then| {
                    let when = when.method("GET").path("/contacts");
                    match offset {
                        Some(offset) => when.query_param("offset", offset),
                        None => when.query_param_missing("offset"),
                    };
                    then.status(200)
                        .json_body(json!({ "contacts": contacts, "count": 3 }));
                })
                .await;
        }
        server
            .mock_async(|when, then| {
                when.method("GET").path("/contacts/nobody%40example.com");
                then.status(404).json_body(
                    json!({"code": "document_not_found", "message": "Contact does not exist"}),
                );
            })
            .await;
        server
    }
}
