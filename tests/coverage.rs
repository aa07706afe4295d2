//! Every operation of every spec has a captured SDK fixture and a wire test
//! that replays it. The vendors and their operations come from
//! `specs/vendors.toml` and the specs, so a new vendor or operation is
//! covered without editing this file, and a failure names what to add.

use std::path::{Path, PathBuf};

use serde_json::Value;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

/// (vendor name, spec file) of every vendor in the manifest.
fn vendors() -> Vec<(String, String)> {
    let path = root().join("specs/vendors.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let manifest: toml::Value = toml::from_str(&text).unwrap();
    manifest["vendor"]
        .as_array()
        .expect("specs/vendors.toml lists [[vendor]] entries")
        .iter()
        .map(|v| {
            let field = |key: &str| v[key].as_str().unwrap().to_string();
            (field("name"), field("spec"))
        })
        .collect()
}

/// The operationIds of a spec, in document order.
fn operation_ids(spec: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(spec).unwrap();
    let spec: Value = serde_norway::from_str(&text).unwrap();
    let methods = ["get", "put", "post", "delete", "options", "head", "patch"];
    spec["paths"]
        .as_object()
        .into_iter()
        .flatten()
        .flat_map(|(_, item)| methods.iter().filter_map(|m| item.get(*m)))
        .filter_map(|op| op["operationId"].as_str().map(str::to_string))
        .collect()
}

/// The text of `vendor`'s wire tests, whitespace removed (rustfmt may break
/// a long call over lines): `tests/<vendor>.rs` and the modules it keeps in
/// `tests/<vendor>/`.
fn wire_tests(vendor: &str) -> String {
    let dir = root().join("tests").join(vendor);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .collect();
    files.sort();
    files.insert(0, root().join("tests").join(format!("{vendor}.rs")));
    files
        .iter()
        .map(|file| std::fs::read_to_string(file).unwrap_or_default())
        .collect::<String>()
        .split_whitespace()
        .collect()
}

/// Whether the wire tests replay the fixture `name` (an operation, or an
/// `<operation>__<variant>`): with `WireTest::start` or, where the client
/// deliberately differs from the SDK, `WireTest::start_corrected`.
fn replays(tests: &str, vendor: &str, name: &str) -> bool {
    ["start", "start_corrected"]
        .iter()
        .any(|start| tests.contains(&format!("WireTest::{start}(\"{vendor}\",\"{name}\"")))
}

/// What `vendor` lacks, as instructions; empty when it is covered.
fn missing(vendor: &str, spec: &str) -> Vec<String> {
    let ids = operation_ids(&root().join("specs").join(spec));
    if ids.is_empty() {
        return vec![format!("{vendor}: specs/{spec} has no operations")];
    }
    let tests = wire_tests(vendor);
    let no_fixture: Vec<&str> = ids
        .iter()
        .filter(|id| {
            !root()
                .join(format!("tests/fixtures/{vendor}/{id}.json"))
                .exists()
        })
        .map(String::as_str)
        .collect();
    let no_test: Vec<&str> = ids
        .iter()
        .filter(|id| !replays(&tests, vendor, id))
        .map(String::as_str)
        .collect();
    let mut todo = Vec::new();
    if !no_fixture.is_empty() {
        todo.push(format!(
            "{vendor}: {} of {} operations have no captured SDK fixture: {}.\n    \
             Add tests/fixtures/{vendor}/<operation>.json for each: capture what the vendor SDK \
             sends with a tests/capture/{vendor}.py driver (see tests/capture/ and \
             tests/fixtures/README.md).",
            no_fixture.len(),
            ids.len(),
            no_fixture.join(", ")
        ));
    }
    if !no_test.is_empty() {
        todo.push(format!(
            "{vendor}: {} of {} operations have no wire test: {}.\n    \
             Add a test per operation to tests/{vendor}.rs (or a module of it in tests/{vendor}/) that calls \
             `WireTest::start(\"{vendor}\", \"<operation>\")` and checks the call with \
             `wire.replay(..)` (see the other vendors' files).",
            no_test.len(),
            ids.len(),
            no_test.join(", ")
        ));
    }
    todo
}

#[test]
fn every_operation_has_a_fixture_and_a_wire_test() {
    let vendors = vendors();
    assert!(!vendors.is_empty(), "specs/vendors.toml lists no vendor");
    let todo: Vec<String> = vendors
        .iter()
        .flat_map(|(vendor, spec)| missing(vendor, spec))
        .collect();
    assert!(todo.is_empty(), "\n{}\n", todo.join("\n"));
}

/// Every captured fixture is replayed by a wire test, and `WireTest` serves
/// it through the vendor's typed mock (`<vendor crate>::mock`), set up from
/// the fixture's request: so every fixture also checks that typed mock.
#[test]
fn every_fixture_is_replayed_through_the_typed_mock() {
    let mut unreplayed = Vec::new();
    let mut replayed = 0;
    for (vendor, _) in vendors() {
        let tests = wire_tests(&vendor);
        let dir = root().join(format!("tests/fixtures/{vendor}"));
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
            .filter_map(|entry| {
                let name = entry.file_name().to_string_lossy().into_owned();
                name.strip_suffix(".json").map(str::to_string)
            })
            .collect();
        names.sort();
        for name in names {
            if replays(&tests, &vendor, &name) {
                replayed += 1;
            } else {
                unreplayed.push(format!("tests/fixtures/{vendor}/{name}.json"));
            }
        }
    }
    assert!(
        unreplayed.is_empty(),
        "no wire test replays (add one calling `WireTest::start(\"<vendor>\", \"<name>\")`):\n  {}",
        unreplayed.join("\n  ")
    );
    assert!(replayed > 0, "no fixtures found");
}
