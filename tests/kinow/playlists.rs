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
