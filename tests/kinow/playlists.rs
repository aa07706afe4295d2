//! PlaylistsApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py).

use super::*;

#[tokio::test]
async fn delete_playlist() {
    let wire = WireTest::start("kinow", "delete_playlist").await;
    wire.replay(
        client(&wire)
            .delete_playlist()
            .playlist_id(275)
            .send()
            .await,
    );
}

#[tokio::test]
async fn detach_bookmark_from_playlist() {
    let wire = WireTest::start("kinow", "detach_bookmark_from_playlist").await;
    wire.replay(
        client(&wire)
            .detach_bookmark_from_playlist()
            .playlist_id(235)
            .product_id(320)
            .send()
            .await,
    );
}

#[tokio::test]
async fn get_playlist() {
    let wire = WireTest::start("kinow", "get_playlist").await;
    let playlist = wire.replay(client(&wire).get_playlist().playlist_id(237).send().await);
    assert_eq!(playlist.id, Some(55));
    assert_eq!(playlist.name.as_deref(), Some("Playlist 36"));
    assert_eq!(playlist.id_customer, Some(490));
}

#[tokio::test]
async fn get_playlist_bookmarks() {
    let wire = WireTest::start("kinow", "get_playlist_bookmarks").await;
    let page = wire.replay(
        client(&wire)
            .get_playlist_bookmarks()
            .playlist_id(467)
            .page(2)
            .per_page(20)
            .sort_by("date_add")
            .sort_direction("desc")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(102));
    assert_eq!(
        page.data[0].behavior_detected_countries.as_deref(),
        Some("behavior detected countries")
    );
    assert_eq!(
        page.data[0].behavior_non_detected_countries.as_deref(),
        Some("behavior non detected countries")
    );
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_playlists() {
    let wire = WireTest::start("kinow", "get_playlists").await;
    let page = wire.replay(
        client(&wire)
            .get_playlists()
            .page(2)
            .per_page(20)
            .sort_by("date_add")
            .sort_direction("desc")
            .send()
            .await,
    );
    assert_eq!(page.data[0].id, Some(723));
    assert_eq!(page.data[0].name.as_deref(), Some("Playlist 68"));
    assert_eq!(page.data[0].id_customer, Some(52));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn update_playlist() {
    let wire = WireTest::start("kinow", "update_playlist").await;
    let playlist = wire.replay(
        client(&wire)
            .update_playlist()
            .playlist_id(136)
            .body(types::PlaylistUpdate {
                name: Some("Playlist update 18".to_string()),
            })
            .send()
            .await,
    );
    assert_eq!(playlist.id, Some(55));
    assert_eq!(playlist.name.as_deref(), Some("Playlist 36"));
    assert_eq!(playlist.id_customer, Some(490));
}

#[tokio::test]
async fn attach_bookmark_to_playlist() {
    let wire = WireTest::start("kinow", "attach_bookmark_to_playlist").await;
    wire.replay(
        client(&wire)
            .attach_bookmark_to_playlist()
            .playlist_id(260)
            .product_id(255)
            .send()
            .await,
    );
}

#[tokio::test]
async fn create_playlist() {
    let wire = WireTest::start("kinow", "create_playlist").await;
    let playlist = wire.replay(
        client(&wire)
            .create_playlist()
            .customer_id(184)
            .name("Create playlist 32")
            .send()
            .await,
    );
    assert_eq!(playlist.id, Some(55));
    assert_eq!(playlist.name.as_deref(), Some("Playlist 36"));
    assert_eq!(playlist.id_customer, Some(490));
}

/// `&`, `=`, `+`, `%`, `*`, `/`, `?`, `#`, a newline and non-ASCII are
/// escaped, `~` is not, a space is `+`: byte for byte what the SDK sent.
#[tokio::test]
async fn form_fields_are_encoded_as_python_urlencode_encodes_them() {
    let wire = WireTest::start("kinow", "create_playlist__hostile").await;
    let playlist = wire.replay(
        client(&wire)
            .create_playlist()
            .customer_id(184)
            .name("a&b=c+d%e~f*g h\nй/?#é")
            .send()
            .await,
    );
    assert_eq!(playlist.id, Some(55));
    assert_eq!(playlist.name.as_deref(), Some("a&b=c+d%e~f*g h\nй/?#é"));
    assert_eq!(playlist.id_customer, Some(184));
}
