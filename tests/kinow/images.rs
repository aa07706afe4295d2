//! ImagesApi: each operation sends what kinow_client 2.0.28 sends and decodes
//! a realistic response (fixtures/kinow, captured by
//! capture/kinow.py with kinow_classes.py; the uploads with
//! kinow_mechanisms.py), but for the uploads' body, which is the one the SDK
//! declares (below).

use super::*;

#[tokio::test]
async fn delete_image() {
    let wire = WireTest::start("kinow", "delete_image").await;
    wire.replay(client(&wire).delete_image().image_id(134).send().await);
}

#[tokio::test]
async fn get_category_image_types() {
    let wire = WireTest::start("kinow", "get_category_image_types").await;
    let items = wire.replay(client(&wire).get_category_image_types().send().await);
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].name.as_deref(), Some("Image type 76"));
    assert_eq!(items[0].height, Some(631));
    assert_eq!(items[0].width, Some(637));
}

#[tokio::test]
async fn get_product_image_types() {
    let wire = WireTest::start("kinow", "get_product_image_types").await;
    let items = wire.replay(client(&wire).get_product_image_types().send().await);
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].name.as_deref(), Some("Image type 76"));
    assert_eq!(items[0].height, Some(631));
    assert_eq!(items[0].width, Some(637));
}

#[tokio::test]
async fn get_slider_image() {
    let wire = WireTest::start("kinow", "get_slider_image").await;
    let page = wire.replay(client(&wire).get_slider_image().send().await);
    assert_eq!(page.data[0].id, Some(817));
    assert_eq!(
        page.data[0].source.as_deref(),
        Some("https://cdn.kinow.example/image/source.jpg")
    );
    assert_eq!(page.data[0].type_.as_deref(), Some("video"));
    assert_eq!(page.pagination.unwrap().total, Some(41));
}

#[tokio::test]
async fn get_subscription_cover_image() {
    let wire = WireTest::start("kinow", "get_subscription_cover_image").await;
    let image = wire.replay(
        client(&wire)
            .get_subscription_cover_image()
            .subscription_id(73)
            .send()
            .await,
    );
    assert_eq!(image.id, Some(594));
    assert_eq!(
        image.source.as_deref(),
        Some("https://cdn.kinow.example/image/source.jpg")
    );
    assert_eq!(image.type_.as_deref(), Some("video"));
}

// --- uploads ---
//
// The SDK declares `multipart/form-data` but sends its fields url-encoded,
// the file as the text of a Python tuple (the fixtures keep that); the
// client sends the multipart body the SDK declares (the spec says why). Each
// test turns the SDK's request into that body, checking on the way that the
// SDK sent the same fields and the same file, and then compares the client's
// request with it byte for byte (but for the random boundary).

use base64::Engine as _;
use vendor_clients::kinow::File;
use vendor_clients_tests::CapturedRequest;

/// A PNG's signature and a 1x1 IHDR chunk (capture/kinow_mechanisms.py).
const COVER_PNG: &[u8] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde";
/// A JPEG's first and last bytes.
const POSTER_JPG: &[u8] =
    b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9";
/// COVER_PNG's sha256.
const COVER_SHA256: &str = "9eaf66cb2ab9389f42744617015dfdbfa9a382221513149241ab355a2bd32ea4";
/// A boundary as long as the client's (32 hex digits), which the wire test
/// puts in place of the client's.
const BOUNDARY: &str = "0123456789abcdef0123456789abcdef";

/// The file an upload's SDK call was given: its name, bytes and the media
/// type the SDK guessed from the name.
struct SdkFile<'a> {
    name: &'a str,
    bytes: &'a [u8],
    media_type: &'a str,
}

/// Turns the SDK's url-encoded upload into the `multipart/form-data` body it
/// declares: each field a part, in the SDK's order, the file a file part
/// with its (escaped) name and media type.
fn as_declared(request: &mut CapturedRequest, file: &SdkFile<'_>) {
    assert_eq!(
        request.headers["content-type"],
        "application/x-www-form-urlencoded"
    );
    let sent = request.body.as_str().expect("the SDK's url-encoded body");
    let mut body = Vec::new();
    for (name, value) in form_urlencoded::parse(sent.as_bytes()) {
        body.extend(
            format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"").bytes(),
        );
        if name == "file" {
            // What the SDK did with the file: the text of a Python tuple.
            assert_eq!(value, python_tuple(file), "the SDK's file");
            let name = escaped(file.name);
            body.extend(
                format!(
                    "; filename=\"{name}\"\r\nContent-Type: {}\r\n\r\n",
                    file.media_type
                )
                .bytes(),
            );
            body.extend_from_slice(file.bytes);
        } else {
            body.extend(b"\r\n\r\n");
            body.extend(value.bytes());
        }
        body.extend(b"\r\n");
    }
    body.extend(format!("--{BOUNDARY}--\r\n").bytes());
    request.headers.insert(
        "content-type".into(),
        format!("multipart/form-data; boundary={BOUNDARY}"),
    );
    request.body_kind = "base64".into();
    request.body = base64::engine::general_purpose::STANDARD
        .encode(body)
        .into();
}

/// A file name as a part's header carries it: `"`, `\` and control
/// characters percent-escaped, the rest as UTF-8.
fn escaped(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            '"' | '\\' | '\0'..='\x1f' | '\x7f' => format!("%{:02X}", c as u32),
            c => c.to_string(),
        })
        .collect()
}

/// Python's `repr` of the tuple `(name, bytes, media_type)`.
fn python_tuple(file: &SdkFile<'_>) -> String {
    fn quoted(units: impl Iterator<Item = u32> + Clone, bytes: bool) -> String {
        let has = |q| units.clone().any(|u| u == q);
        let quote = if has(u32::from(b'\'')) && !has(u32::from(b'"')) {
            '"'
        } else {
            '\''
        };
        let mut out = String::from(quote);
        for unit in units {
            match char::from_u32(unit).unwrap() {
                '\\' => out.push_str("\\\\"),
                '\t' => out.push_str("\\t"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                c if c == quote => out.extend(['\\', c]),
                c if c < ' ' || c == '\x7f' || (bytes && !c.is_ascii()) => {
                    out.push_str(&format!("\\x{unit:02x}"))
                }
                c => out.push(c),
            }
        }
        out.push(quote);
        out
    }
    format!(
        "({}, b{}, {})",
        quoted(file.name.chars().map(u32::from), false),
        quoted(file.bytes.iter().map(|&b| u32::from(b)), true),
        quoted(file.media_type.chars().map(u32::from), false),
    )
}

const COVER: SdkFile<'static> = SdkFile {
    name: "cover.png",
    bytes: COVER_PNG,
    media_type: "image/png",
};

fn cover() -> File {
    File::from_bytes(COVER.name, COVER_PNG)
}

#[tokio::test]
async fn upload_actor_cover() {
    let wire = WireTest::start_corrected("kinow", "upload_actor_cover", |request| {
        as_declared(request, &COVER)
    })
    .await;
    let image = wire.replay(
        client(&wire)
            .upload_actor_cover()
            .actor_id(354)
            .hash(COVER_SHA256)
            .hash_algorithm("sha256")
            .file(cover())
            .send()
            .await,
    );
    assert_eq!(image.id, Some(817));
    assert_eq!(image.type_.as_deref(), Some("cover"));
}

#[tokio::test]
async fn upload_category_cover() {
    let wire = WireTest::start_corrected("kinow", "upload_category_cover", |request| {
        as_declared(request, &COVER)
    })
    .await;
    let image = wire.replay(
        client(&wire)
            .upload_category_cover()
            .category_id(521)
            .hash(COVER_SHA256)
            .hash_algorithm("sha256")
            .file(cover())
            .send()
            .await,
    );
    assert_eq!(image.id, Some(817));
}

#[tokio::test]
async fn upload_category_image() {
    let wire = WireTest::start_corrected("kinow", "upload_category_image", |request| {
        as_declared(request, &COVER)
    })
    .await;
    let image = wire.replay(
        client(&wire)
            .upload_category_image()
            .category_id(521)
            .image_type_name("banner")
            .hash(COVER_SHA256)
            .hash_algorithm("sha256")
            .file(cover())
            .send()
            .await,
    );
    assert_eq!(
        image.source.as_deref(),
        Some("https://cdn.kinow.example/image/source.jpg")
    );
}

/// A file on disk, as the SDK was given it.
fn on_disk(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("kinow-wire-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[tokio::test]
async fn upload_director_cover() {
    let wire = WireTest::start_corrected("kinow", "upload_director_cover", |request| {
        as_declared(request, &COVER)
    })
    .await;
    // From a path, as the SDK reads it: its name, its extension's media type.
    let file = File::open(on_disk("cover.png", COVER_PNG)).await.unwrap();
    let image = wire.replay(
        client(&wire)
            .upload_director_cover()
            .director_id(35)
            .hash(COVER_SHA256)
            .hash_algorithm("sha256")
            .file(file)
            .send()
            .await,
    );
    assert_eq!(image.position, Some(1));
}

#[tokio::test]
async fn upload_product_cover() {
    let wire = WireTest::start_corrected("kinow", "upload_product_cover", |request| {
        as_declared(request, &COVER)
    })
    .await;
    let image = wire.replay(
        client(&wire)
            .upload_product_cover()
            .product_id(102)
            .hash(COVER_SHA256)
            .hash_algorithm("sha256")
            .file(cover())
            .send()
            .await,
    );
    assert_eq!(image.id, Some(817));
}

#[tokio::test]
async fn upload_product_image() {
    let wire = WireTest::start_corrected("kinow", "upload_product_image", |request| {
        as_declared(request, &COVER)
    })
    .await;
    let image = wire.replay(
        client(&wire)
            .upload_product_image()
            .product_id(102)
            .image_type_name("screenshot")
            .hash(COVER_SHA256)
            .hash_algorithm("sha256")
            .file(cover())
            .send()
            .await,
    );
    assert_eq!(image.id, Some(817));
}

#[tokio::test]
async fn upload_subscription_cover() {
    let wire = WireTest::start_corrected("kinow", "upload_subscription_cover", |request| {
        as_declared(request, &COVER)
    })
    .await;
    let image = wire.replay(
        client(&wire)
            .upload_subscription_cover()
            .subscription_id(61)
            .hash(COVER_SHA256)
            .hash_algorithm("sha256")
            .file(cover())
            .send()
            .await,
    );
    assert_eq!(image.id, Some(817));
}

#[tokio::test]
async fn upload_product_image_sends_no_part_for_what_is_not_set() {
    let poster = SdkFile {
        name: "poster.jpg",
        bytes: POSTER_JPG,
        media_type: "image/jpeg",
    };
    let wire = WireTest::start_corrected("kinow", "upload_product_image__file_only", |request| {
        as_declared(request, &poster)
    })
    .await;
    let image = wire.replay(
        client(&wire)
            .upload_product_image()
            .product_id(102)
            .image_type_name("poster")
            .file(File::from_bytes("poster.jpg", POSTER_JPG))
            .send()
            .await,
    );
    assert_eq!(image.type_.as_deref(), Some("poster"));
}

#[tokio::test]
async fn upload_actor_cover_escapes_a_hostile_file_name() {
    let name = "portrait \"final\"\r\nv2 \u{e9}t\u{e9}.png";
    let hostile = SdkFile { name, ..COVER };
    let wire = WireTest::start_corrected("kinow", "upload_actor_cover__hostile_name", |request| {
        as_declared(request, &hostile)
    })
    .await;
    wire.replay(
        client(&wire)
            .upload_actor_cover()
            .actor_id(354)
            .hash(COVER_SHA256)
            .file(File::from_bytes(name, COVER_PNG))
            .send()
            .await,
    );
    // The name cannot end its header: the part's header line, as sent.
    let body = wire.fixture.request.body_bytes();
    let header = "filename=\"portrait %22final%22%0D%0Av2 \u{e9}t\u{e9}.png\"\r\n";
    assert!(
        body.windows(header.len()).any(|w| w == header.as_bytes()),
        "{}",
        String::from_utf8_lossy(&body)
    );
}

#[tokio::test]
async fn upload_product_image_needs_its_image_type() {
    let wire = WireTest::start_corrected("kinow", "upload_product_image", |request| {
        as_declared(request, &COVER)
    })
    .await;
    let error = client(&wire)
        .upload_product_image()
        .product_id(102)
        .file(cover())
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        error.kind(),
        vendor_clients::kinow::ErrorKind::InvalidRequest
    );
    assert!(
        error.to_string().ends_with(": image_type_name is required"),
        "{error}"
    );
}
