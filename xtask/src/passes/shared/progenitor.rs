//! Runs progenitor with our settings, the same for every vendor: for the
//! client (`outputs::client`) and for the mock pass (`Generator::httpmock`).

use std::panic::{AssertUnwindSafe, catch_unwind};

use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle};
use serde_json::Value;

use crate::model::bodies::{self, Success};
use crate::model::openapi::operations;

/// The generated client's settings, the same for every vendor.
fn settings() -> GenerationSettings {
    let mut settings = GenerationSettings::default();
    settings
        // The builder interface names every argument; positional sorts them.
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        // Only with the crate's `schemars` feature (`adapt` makes it a `cfg_attr`).
        .with_derive("schemars::JsonSchema")
        // Users compare values in their own tests.
        .with_derive("PartialEq")
        // Every call goes through `vendor_clients_core::__private::execute`
        // with the client's settings (see `adapt`), not through hooks.
        .with_inner_type(quote::quote!(vendor_clients_core::ClientConfig))
        .with_hooks(HooksMode::Optional);
    settings
}

/// progenitor's client for `spec`, unformatted. Errors name `spec_name`
/// and, where progenitor fails on one operation, that operation.
pub fn client(spec_name: &str, spec: &Value) -> Result<syn::File, String> {
    let for_progenitor = for_progenitor(spec);
    match run(&for_progenitor) {
        Ok(file) => Ok(file),
        Err(message) => Err(match culprit(&for_progenitor) {
            Some((operation, why)) => format!("{spec_name}: {operation}: progenitor: {why}"),
            None => format!("{spec_name}: progenitor: {message}"),
        }),
    }
}

/// The spec as progenitor is shown it: what it cannot generate is taken
/// away, for the `adapt` pass (and the mock's) to generate instead.
///
/// - progenitor takes one success type: a bodiless success beside a typed
///   one (Brevo's `204 No Content` for an empty page) is left to the
///   runtime, which decodes it as an empty value (`spec::Response`); of a
///   value by status (`bodies::Success::ByStatus`), only the first typed
///   success is shown (the enum replaces its type);
/// - progenitor takes one error type: an error status whose body is not the
///   vendor's usual one is not shown (`spec::Response::ErrorBody`);
/// - progenitor rejects `multipart/form-data`, and encodes
///   `application/x-www-form-urlencoded` otherwise than the vendor SDKs
///   (`serde_urlencoded`: `~` escaped, `*` not, fields in the order its
///   type has them): such a request body is not shown (`adapt` writes the
///   parts' or fields' setters).
pub fn for_progenitor(spec: &Value) -> Value {
    let usual_error = bodies::usual_error_schema(spec);
    // What each operation keeps, read from the spec as it is.
    let mut plans: Vec<(String, String, Vec<String>, bool)> = Vec::new();
    for op in operations(spec) {
        let Some(responses) = op.operation.get("responses").and_then(Value::as_object) else {
            continue;
        };
        let has_body = |r: &Value| r.get("content").is_some() || r.get("$ref").is_some();
        let mut dropped: Vec<String> = Vec::new();
        match bodies::success(spec, &op) {
            Success::ByStatus { .. } => {
                let mut kept = false;
                for (status, response) in responses.iter().filter(|(s, _)| s.starts_with('2')) {
                    if kept || !has_body(response) {
                        dropped.push(status.clone());
                    } else {
                        kept = true;
                    }
                }
            }
            _ => {
                let typed = responses
                    .iter()
                    .any(|(status, r)| status.starts_with('2') && has_body(r));
                if typed {
                    dropped.extend(
                        responses
                            .iter()
                            .filter(|(status, r)| status.starts_with('2') && !has_body(r))
                            .map(|(status, _)| status.clone()),
                    );
                }
            }
        }
        dropped.extend(
            responses
                .iter()
                .filter(|(status, response)| {
                    !status.starts_with('2')
                        && bodies::own_error_body(spec, usual_error.as_deref(), response).is_some()
                })
                .map(|(status, _)| status.clone()),
        );
        let form = bodies::form(spec, &op).is_some();
        plans.push((op.path.to_string(), op.method.to_string(), dropped, form));
    }
    let mut spec = spec.clone();
    let Some(paths) = spec.get_mut("paths").and_then(Value::as_object_mut) else {
        return spec;
    };
    for (path, method, dropped, form) in plans {
        let Some(operation) = paths
            .get_mut(&path)
            .and_then(|item| item.get_mut(&method))
            .and_then(Value::as_object_mut)
        else {
            continue;
        };
        if form {
            operation.remove("requestBody");
        }
        if let Some(responses) = operation
            .get_mut("responses")
            .and_then(Value::as_object_mut)
        {
            responses.retain(|status, _| !dropped.contains(status));
        }
    }
    spec
}

fn run(spec: &Value) -> Result<syn::File, String> {
    progenitor_with(spec, |generator, openapi| {
        generator.generate_tokens(openapi)
    })
}

/// Runs `generate` on a fresh progenitor `Generator` with the client's
/// settings and parses what it returns. progenitor panics on some input it
/// does not support; those are reported as errors too.
pub fn progenitor_with(
    spec: &Value,
    generate: impl FnOnce(
        &mut Generator,
        &openapiv3::OpenAPI,
    ) -> Result<proc_macro2::TokenStream, progenitor::Error>,
) -> Result<syn::File, String> {
    let openapi: openapiv3::OpenAPI = serde_json::from_value(spec.clone())
        .map_err(|e| format!("not an OpenAPI document: {e}"))?;
    // The default hook would print a backtrace hint: silence it.
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let generated = catch_unwind(AssertUnwindSafe(|| {
        generate(&mut Generator::new(&settings()), &openapi)
    }));
    std::panic::set_hook(previous_hook);
    let tokens = match generated {
        Ok(Ok(tokens)) => tokens,
        Ok(Err(e)) => return Err(e.to_string()),
        Err(panic) => return Err(format!("panicked: {}", panic_message(&panic))),
    };
    syn::parse2(tokens).map_err(|e| format!("generated code does not parse: {e}"))
}

fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".into())
}

/// Finds the first operation that fails on its own, by generating a copy of
/// the spec that holds only that operation.
fn culprit(spec: &Value) -> Option<(String, String)> {
    operations(spec).into_iter().find_map(|op| {
        let mut single = spec.clone();
        let mut item = serde_json::Map::new();
        item.insert(op.method.to_string(), op.operation.clone());
        if let Some(shared) = op.path_item_parameters(spec) {
            item.insert("parameters".into(), shared.clone());
        }
        let mut paths = serde_json::Map::new();
        paths.insert(op.path.to_string(), Value::Object(item));
        single["paths"] = Value::Object(paths);
        run(&single).err().map(|why| (op.describe(), why))
    })
}
