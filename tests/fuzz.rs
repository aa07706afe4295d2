//! Fuzzing every operation's response decoding, through the runtime's own
//! decode path (`<vendor crate>::__decode_response`: status dispatch,
//! lenient numbers, null lists, tolerant enums, typed error bodies, error
//! rendering). Inputs are the captured fixtures' answers, mutated: truncated
//! JSON, values of the wrong type, nulls, huge numbers, deep nesting, 1 MB
//! strings, invalid UTF-8, a BOM, HTML error pages, empty and random bodies,
//! every status from 100 to 599. The outcome must be a value or a typed
//! error: never a panic (proptest reports one as a failure, with the input),
//! an abort or a hang.
//!
//! `cargo test` runs 256 cases per vendor (`PROPTEST_CASES` changes it);
//! `cargo xtask fuzz` runs a long campaign in release mode.

use std::path::PathBuf;
use std::time::Instant;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::Value;
use vendor_clients_tests::Fixture;
use vendor_clients_tests::decoders::VENDORS;

/// A captured answer to start from.
#[derive(Clone, Debug)]
struct Seed {
    operation: String,
    status: u16,
    body: Value,
}

fn seeds(vendor: &str) -> Vec<Seed> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(vendor);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter_map(|name| name.strip_suffix(".json").map(str::to_string))
        .collect();
    names.sort();
    names
        .iter()
        .map(|name| {
            let fixture = Fixture::load(vendor, name);
            Seed {
                operation: name.split("__").next().unwrap().to_string(),
                status: fixture.response.status,
                body: fixture.response.body,
            }
        })
        .collect()
}

/// How an answer is spoiled.
#[derive(Clone, Debug)]
enum Mutation {
    /// The captured answer as it is.
    Keep,
    /// Cut after this fraction of its bytes (in thousandths).
    Truncate(u16),
    /// A value (chosen by index among all values) replaced.
    Replace(usize, Value),
    /// A 1 MB string in place of a value.
    LongString(usize),
    /// A number literal no type holds.
    HugeNumber(usize, &'static str),
    /// The answer nested this deep in arrays.
    Nest(usize),
    /// A byte that is not UTF-8, at a fraction (thousandths) of the body.
    InvalidUtf8(u16),
    /// A UTF-8 byte order mark first.
    Bom,
    /// A proxy's HTML error page.
    Html,
    /// No body at all.
    Empty,
    /// Noise.
    Random(Vec<u8>),
}

fn any_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        "[a-zA-Z0-9 ./@-]{0,16}".prop_map(Value::from),
        Just(serde_json::json!([])),
        Just(serde_json::json!({})),
        Just(serde_json::json!([1, "two", null])),
        Just(serde_json::json!({"unexpected": {"nested": [true]}})),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => Just(Mutation::Keep),
        8 => (0u16..1000).prop_map(Mutation::Truncate),
        16 => (any::<usize>(), any_value()).prop_map(|(i, v)| Mutation::Replace(i, v)),
        1 => any::<usize>().prop_map(Mutation::LongString),
        4 => (
            any::<usize>(),
            prop_oneof![
                Just("1e400"),
                Just("-1e400"),
                Just("99999999999999999999999999999"),
                Just("-0"),
                Just("18446744073709551616"),
                Just("1.5e-400"),
            ]
        )
            .prop_map(|(i, n)| Mutation::HugeNumber(i, n)),
        2 => (1usize..20_000).prop_map(Mutation::Nest),
        3 => (0u16..1000).prop_map(Mutation::InvalidUtf8),
        1 => Just(Mutation::Bom),
        2 => Just(Mutation::Html),
        2 => Just(Mutation::Empty),
        2 => proptest::collection::vec(any::<u8>(), 0..256).prop_map(Mutation::Random),
    ]
}

/// Every value of `body`, as JSON pointers, in document order.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let key = key.replace('~', "~0").replace('/', "~1");
                pointers(child, format!("{at}/{key}"), out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                pointers(child, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// `body` with the value at index `index` (modulo their count) replaced.
fn replaced(body: &Value, index: usize, new: Value) -> Value {
    let mut all = Vec::new();
    pointers(body, String::new(), &mut all);
    let mut body = body.clone();
    if let Some(slot) = body.pointer_mut(&all[index % all.len()]) {
        *slot = new;
    }
    body
}

/// The bytes a mutated answer sends.
fn apply(seed: &Seed, mutation: &Mutation) -> Vec<u8> {
    let text = |v: &Value| v.to_string().into_bytes();
    let original = text(&seed.body);
    let at = |thousandths: u16| original.len() * usize::from(thousandths) / 1000;
    match mutation {
        Mutation::Keep => original,
        Mutation::Truncate(t) => original[..at(*t)].to_vec(),
        Mutation::Replace(i, value) => text(&replaced(&seed.body, *i, value.clone())),
        Mutation::LongString(i) => text(&replaced(&seed.body, *i, Value::from("x".repeat(1 << 20)))),
        Mutation::HugeNumber(i, literal) => {
            // A marker string, then the literal in its place, unquoted.
            let marked = text(&replaced(&seed.body, *i, Value::from("\u{1}huge\u{1}")));
            String::from_utf8(marked)
                .unwrap()
                .replace("\"\\u0001huge\\u0001\"", literal)
                .into_bytes()
        }
        Mutation::Nest(depth) => {
            let mut nested = "[".repeat(*depth).into_bytes();
            nested.extend_from_slice(&original);
            nested.extend(std::iter::repeat_n(b']', *depth));
            nested
        }
        Mutation::InvalidUtf8(t) => {
            let mut bytes = original.clone();
            bytes.insert(at(*t), 0xFF);
            bytes
        }
        Mutation::Bom => [b"\xEF\xBB\xBF".as_slice(), &original].concat(),
        Mutation::Html => {
            b"<!DOCTYPE html><html><head><title>Attention Required!</title></head><body>blocked</body></html>"
                .to_vec()
        }
        Mutation::Empty => Vec::new(),
        Mutation::Random(bytes) => bytes.clone(),
    }
}

/// Runs the campaign for every vendor; returns (vendor, cases, seconds).
fn campaign(config: Config) -> Vec<(&'static str, u32, f64)> {
    let mut ran = Vec::new();
    for (vendor, decode) in VENDORS {
        let seeds = seeds(vendor);
        assert!(!seeds.is_empty(), "{vendor}: no fixtures to start from");
        let mut runner = TestRunner::new(config.clone());
        let started = Instant::now();
        let strategy = (
            0..seeds.len(),
            prop_oneof![3 => Just(None), 1 => (100u16..600).prop_map(Some)],
            mutation(),
        );
        runner
            .run(&strategy, |(seed, status, mutation)| {
                let seed = &seeds[seed];
                let status = status.unwrap_or(seed.status);
                let body = apply(seed, &mutation);
                let outcome = decode(&seed.operation, status, &body);
                prop_assert!(
                    outcome.is_some(),
                    "{vendor}: no operation {}",
                    seed.operation
                );
                Ok(())
            })
            .unwrap_or_else(|failure| panic!("{vendor}: {failure}"));
        ran.push((*vendor, config.cases, started.elapsed().as_secs_f64()));
    }
    ran
}

#[test]
fn every_answer_decodes_to_a_value_or_a_typed_error() {
    let config = Config {
        // Failures persist nowhere: the input is in the report.
        failure_persistence: None,
        ..Config::default()
    };
    for (vendor, cases, seconds) in campaign(config) {
        eprintln!("fuzz: {vendor}: {cases} inputs in {seconds:.1} s, no panic");
    }
}

#[test]
fn the_seeds_decode_as_captured() {
    // The mutations start from answers the client decodes.
    for (vendor, decode) in VENDORS {
        for seed in seeds(vendor) {
            let outcome = decode(
                &seed.operation,
                seed.status,
                seed.body.to_string().as_bytes(),
            );
            let documented_error = !(200..300).contains(&seed.status);
            match outcome {
                Some(Ok(())) => assert!(!documented_error, "{vendor} {}", seed.operation),
                Some(Err(kind)) => assert!(
                    documented_error && kind == vendor_clients_core::ErrorKind::ErrorStatus,
                    "{vendor} {}: {kind:?}",
                    seed.operation
                ),
                None => panic!("{vendor}: no operation {}", seed.operation),
            }
        }
    }
}
