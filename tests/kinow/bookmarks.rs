//! BookmarksApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn attach_bookmark_to_customer() {
    let wire = WireTest::start("kinow", "attach_bookmark_to_customer").await;
    wire.replay(
        client(&wire)
            .attach_bookmark_to_customer()
            .customer_id(445)
            .product_id(296)
            .send()
            .await,
    );
}
