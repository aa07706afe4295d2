//! Runs progenitor on one spec, adapts its output to the shared runtime
//! (`adapt`) and formats the result.

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};

use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle};
use serde_json::Value;

use crate::adapt;
use crate::lint::operations;
use crate::spec;

/// The generated client's settings, the same for every vendor.
fn settings() -> GenerationSettings {
    let mut settings = GenerationSettings::default();
    settings
        // The builder interface names every argument; positional sorts them.
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_derive("schemars::JsonSchema")
        // Users compare values in their own tests.
        .with_derive("PartialEq")
        // Every call goes through `vendor_clients_core::__private::execute`
        // with the client's settings (see `adapt`), not through hooks.
        .with_inner_type(quote::quote!(vendor_clients_core::ClientConfig))
        .with_hooks(HooksMode::Optional);
    settings
}

/// What differs per vendor in the generated code, besides its spec.
pub struct Options {
    /// Number fields take numeric strings, as the vendor SDK does.
    pub lenient_numbers: bool,
}

/// Generates and formats the client for `spec`. Errors name `spec_name`
/// and, where progenitor fails on one operation, that operation.
pub fn client_code(spec_name: &str, spec: &Value, options: &Options) -> Result<String, String> {
    let for_progenitor = without_bodiless_alternatives(spec);
    let file = match run_progenitor(&for_progenitor) {
        Ok(file) => file,
        Err(message) => {
            return Err(match culprit(&for_progenitor) {
                Some((operation, why)) => format!("{spec_name}: {operation}: progenitor: {why}"),
                None => format!("{spec_name}: progenitor: {message}"),
            });
        }
    };
    let mut file = file;
    let operations = spec::operations_by_id(spec).map_err(|e| format!("{spec_name}: {e}"))?;
    adapt::adapt(
        &mut file,
        &adapt::Settings {
            operations: &operations,
            error_body: error_body(spec),
            lenient_numbers: options.lenient_numbers,
            variant_names: variant_names(spec),
        },
    )
    .map_err(|e| format!("{spec_name}: adapting progenitor's output: {e}"))?;
    Ok(prettyplease::unparse(&file))
}

/// progenitor takes one success type per operation; a bodiless success
/// beside a typed one (Brevo's `204 No Content` for an empty list) is left
/// to the runtime, which decodes it as an empty value (`spec::Response`).
fn without_bodiless_alternatives(spec: &Value) -> Value {
    let mut spec = spec.clone();
    let Some(paths) = spec.get_mut("paths").and_then(Value::as_object_mut) else {
        return spec;
    };
    for item in paths.values_mut().filter_map(Value::as_object_mut) {
        for operation in item.values_mut() {
            let Some(responses) = operation
                .get_mut("responses")
                .and_then(Value::as_object_mut)
            else {
                continue;
            };
            let has_body = |r: &Value| r.get("content").is_some() || r.get("$ref").is_some();
            let typed = responses
                .iter()
                .any(|(status, r)| status.starts_with('2') && has_body(r));
            if typed {
                responses.retain(|status, r| !status.starts_with('2') || has_body(r));
            }
        }
    }
    spec
}

/// The Rust type of the vendor's documented error body, when its spec
/// documents one (the lint makes it the same for every operation).
fn error_body(spec: &Value) -> Option<String> {
    operations(spec).iter().find_map(|op| {
        let responses = op.operation.get("responses")?.as_object()?;
        responses
            .iter()
            .filter(|(status, _)| !status.starts_with('2'))
            .find_map(|(_, response)| {
                let schema = crate::lint::resolve(spec, response)
                    .pointer("/content/application~1json/schema/$ref")?
                    .as_str()?;
                Some(format!("types::{}", type_name(schema.rsplit('/').next()?)))
            })
    })
}

/// typify's name for a component schema.
pub fn type_name(component: &str) -> String {
    use heck::ToPascalCase;
    component.to_pascal_case()
}

/// `x-enum-varnames` of the spec's component enums, by generated type name.
fn variant_names(spec: &Value) -> BTreeMap<String, Vec<String>> {
    spec.pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter_map(|(name, schema)| {
            let names = schema.get("x-enum-varnames")?.as_array()?;
            let names = names
                .iter()
                .filter_map(|n| n.as_str().map(str::to_string))
                .collect();
            Some((type_name(name), names))
        })
        .collect()
}

fn run_progenitor(spec: &Value) -> Result<syn::File, String> {
    let openapi: openapiv3::OpenAPI = serde_json::from_value(spec.clone())
        .map_err(|e| format!("not an OpenAPI document: {e}"))?;
    // progenitor panics on some input it does not support; report those as
    // errors too. The default hook would print a backtrace hint: silence it
    // on this thread (vendors are generated on threads of their own).
    quiet_panics(true);
    let generated = catch_unwind(AssertUnwindSafe(|| {
        Generator::new(&settings()).generate_tokens(&openapi)
    }));
    quiet_panics(false);
    let tokens = match generated {
        Ok(Ok(tokens)) => tokens,
        Ok(Err(e)) => return Err(e.to_string()),
        Err(panic) => return Err(format!("panicked: {}", panic_message(&panic))),
    };
    syn::parse2(tokens).map_err(|e| format!("generated code does not parse: {e}"))
}

thread_local! {
    static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Silences the panic hook on the current thread only; the hook is wrapped
/// once, so threads never restore each other's hooks.
fn quiet_panics(quiet: bool) {
    static WRAP: std::sync::Once = std::sync::Once::new();
    WRAP.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(std::cell::Cell::get) {
                previous(info);
            }
        }));
    });
    QUIET.with(|q| q.set(quiet));
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

    const OPTIONS: Options = Options {
        lenient_numbers: false,
    };

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
            &OPTIONS,
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
        let error = client_code("specs/t.yaml", &spec, &OPTIONS).unwrap_err();
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
            client_code("s", &spec, &OPTIONS).unwrap(),
            client_code("s", &spec, &OPTIONS).unwrap()
        );
    }
}
