//! Runs progenitor on one spec and formats the result.

use std::panic::{AssertUnwindSafe, catch_unwind};

use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle};
use serde_json::Value;

use crate::lint::operations;

/// The generated client's settings, the same for every vendor.
fn settings() -> GenerationSettings {
    let mut settings = GenerationSettings::default();
    settings
        // The builder interface names every argument; positional sorts them.
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_derive("schemars::JsonSchema")
        // The inner value carries the vendor's wire rules; the hooks that apply
        // them come from `vendor_clients_core::wire_hooks!`.
        .with_inner_type(quote::quote!(vendor_clients_core::Wire))
        .with_hooks(HooksMode::Expected);
    settings
}

/// Generates and formats the client for `spec`. Errors name `spec_name`
/// and, where progenitor fails on one operation, that operation.
pub fn client_code(spec_name: &str, spec: &Value) -> Result<String, String> {
    match run_progenitor(spec) {
        Ok(code) => Ok(code),
        Err(message) => Err(match culprit(spec) {
            Some((operation, why)) => format!("{spec_name}: {operation}: progenitor: {why}"),
            None => format!("{spec_name}: progenitor: {message}"),
        }),
    }
}

fn run_progenitor(spec: &Value) -> Result<String, String> {
    let openapi: openapiv3::OpenAPI = serde_json::from_value(spec.clone())
        .map_err(|e| format!("not an OpenAPI document: {e}"))?;
    // progenitor panics on some input it does not support; report those as
    // errors too. The default hook would print a backtrace hint: silence it.
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let generated = catch_unwind(AssertUnwindSafe(|| {
        Generator::new(&settings()).generate_tokens(&openapi)
    }));
    std::panic::set_hook(previous_hook);
    let tokens = match generated {
        Ok(Ok(tokens)) => tokens,
        Ok(Err(e)) => return Err(e.to_string()),
        Err(panic) => return Err(format!("panicked: {}", panic_message(&panic))),
    };
    let file: syn::File =
        syn::parse2(tokens).map_err(|e| format!("generated code does not parse: {e}"))?;
    Ok(prettyplease::unparse(&file))
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
        run_progenitor(&single)
            .err()
            .map(|why| (op.describe(), why))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec_with(responses: Value) -> Value {
        serde_json::json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {"/things": {"get": {"operationId": "list_things", "responses": responses}}},
            "components": {"schemas": {
                "A": {"type": "object", "properties": {"a": {"type": "string"}}},
                "B": {"type": "array", "items": {"type": "string"}}
            }}
        })
    }

    fn json_body(schema: &str) -> Value {
        serde_json::json!({"description": "d", "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{schema}")}}}})
    }

    #[test]
    fn generates_formatted_code() {
        let code = client_code(
            "specs/t.yaml",
            &spec_with(serde_json::json!({"200": json_body("A")})),
        )
        .unwrap();
        assert!(code.contains("pub fn list_things(&self)"), "{code}");
        assert!(code.contains("schemars::JsonSchema"), "{code}");
        // prettyplease output, not one long token line.
        assert!(code.lines().count() > 50);
    }

    #[test]
    fn a_progenitor_panic_is_an_error_naming_spec_and_operation() {
        // Two success body types: progenitor asserts (panics) on this.
        let spec = spec_with(serde_json::json!({"200": json_body("A"), "201": json_body("B")}));
        let error = client_code("specs/t.yaml", &spec).unwrap_err();
        assert!(
            error.starts_with(
                "specs/t.yaml: operation list_things (GET /things): progenitor: panicked"
            ),
            "{error}"
        );
    }

    #[test]
    fn output_is_the_same_on_every_run() {
        let spec = spec_with(serde_json::json!({"200": json_body("A")}));
        assert_eq!(
            client_code("s", &spec).unwrap(),
            client_code("s", &spec).unwrap()
        );
    }
}
