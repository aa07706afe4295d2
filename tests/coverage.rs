//! Every operation of every spec has a captured SDK fixture and a wire test
//! that replays it: adding an operation to a spec without both fails here.

use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

/// (vendor, spec file) from the manifest, read as plain text.
fn vendors() -> Vec<(String, String)> {
    let manifest = std::fs::read_to_string(root().join("specs/vendors.toml")).unwrap();
    let field = |block: &str, key: &str| {
        block
            .lines()
            .find_map(|line| line.strip_prefix(&format!("{key} = \"")))
            .map(|rest| rest.trim_end_matches('"').to_string())
            .unwrap()
    };
    manifest
        .split("[[vendor]]")
        .skip(1)
        .map(|block| (field(block, "name"), field(block, "spec")))
        .collect()
}

fn operation_ids(spec: &str) -> Vec<String> {
    spec.lines()
        .filter_map(|line| line.trim().strip_prefix("operationId: "))
        .map(|id| id.trim_matches(['"', '\'']).to_string())
        .collect()
}

#[test]
fn every_operation_has_a_fixture_and_a_wire_test() {
    let vendors = vendors();
    assert_eq!(vendors.len(), 4, "{vendors:?}");
    for (vendor, spec) in vendors {
        let spec = std::fs::read_to_string(root().join("specs").join(spec)).unwrap();
        let tests =
            std::fs::read_to_string(root().join("tests").join(format!("{vendor}.rs"))).unwrap();
        // rustfmt may break a long call over lines.
        let tests: String = tests.split_whitespace().collect();
        let ids = operation_ids(&spec);
        assert!(!ids.is_empty(), "{vendor}: no operations found");
        for id in ids {
            let fixture = root().join(format!("tests/fixtures/{vendor}/{id}.json"));
            assert!(fixture.exists(), "{vendor}: no fixture for {id}");
            assert!(
                tests.contains(&format!("WireTest::start(\"{vendor}\",\"{id}\"")),
                "{vendor}: no wire test replays {id}"
            );
        }
    }
}
