//! Checks a spec before progenitor sees it, so that a mistake is reported
//! against the spec file and operation instead of as a progenitor panic.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::model::names::is_snake_case;
use crate::model::openapi::{OperationRef, operations, resolve, resolve_schema};
use crate::model::sdk::Methods;

/// Returns every problem found; empty when the spec is fit for progenitor
/// and every operation is one of the vendor SDK's methods, with its request.
pub fn lint(spec: &Value, sdk: &Methods) -> Vec<String> {
    let mut problems = Vec::new();
    let version = spec.get("openapi").and_then(Value::as_str).unwrap_or("");
    if !version.starts_with("3.0.") {
        problems.push(format!(
            "openapi is {version:?}: progenitor 0.15 takes OpenAPI 3.0.x only"
        ));
    }
    let has_server = spec
        .get("servers")
        .and_then(Value::as_array)
        .is_some_and(|s| s.iter().any(|s| s.get("url").is_some()));
    if !has_server {
        problems.push("no servers: the default base URL comes from servers[0].url".into());
    }
    let schemes = spec
        .pointer("/components/securitySchemes")
        .and_then(Value::as_object);
    if schemes.is_none_or(|s| s.is_empty()) {
        problems.push("no components.securitySchemes: document how the API authenticates".into());
    }
    if spec
        .get("security")
        .and_then(Value::as_array)
        .is_none_or(|s| s.is_empty())
    {
        problems.push("no top-level security requirement".into());
    }
    check_refs(spec, spec, "#", &mut problems);
    check_descriptions(spec, "#", &mut problems);

    let mut ids = BTreeMap::new();
    for op in operations(spec) {
        let mut say = |message: String| problems.push(format!("{}: {message}", op.describe()));
        match op.id() {
            None => say("no operationId (progenitor needs one per operation)".into()),
            Some(id) if !is_snake_case(id) => {
                say("operationId must be the SDK's snake_case method name".into())
            }
            Some(id) => {
                if let Some(other) = ids.insert(id.to_string(), op.describe()) {
                    say(format!("operationId also used by {other}"));
                }
            }
        }
        match op.tags().as_slice() {
            [_] => {}
            [] => say("no tag: give it its API group, the SDK class it is a method of (`tags: [TimesheetApi]`), which is its cargo feature".into()),
            tags => say(format!(
                "tags {tags:?}: one tag, its API group (the SDK class it is a method of), which is its cargo feature"
            )),
        }
        check_path_params(spec, &op, &mut say);
        check_responses(spec, &op, &mut say);
        check_content_types(op.operation, &mut say);
        check_optional_body(spec, op.operation, &mut say);
        for problem in crate::model::bodies::problems(spec, &op) {
            say(problem);
        }
    }
    // Two groups with one feature name would be one feature.
    let mut features: BTreeMap<String, String> = BTreeMap::new();
    for op in operations(spec) {
        for tag in op.tags() {
            let feature = crate::model::names::group_feature(tag);
            match features.get(&feature) {
                Some(other) if other != tag => problems.push(format!(
                    "tags {other} and {tag} are both the cargo feature {feature:?}: rename one"
                )),
                Some(_) => {}
                None => {
                    features.insert(feature, tag.to_string());
                }
            }
        }
    }
    let spec_ids: BTreeMap<String, String> = operations(spec)
        .iter()
        .filter_map(|op| {
            let request = format!("{} {}", op.method.to_uppercase(), op.path);
            op.id().map(|id| (id.to_string(), request))
        })
        .collect();
    for (name, request) in sdk {
        match spec_ids.get(name) {
            None => problems.push(format!(
                "SDK method {name} ({request}) has no operation with that operationId"
            )),
            Some(spec_request) if spec_request != request => problems.push(format!(
                "operation {name} is {spec_request}, but the SDK method sends {request}"
            )),
            Some(_) => {}
        }
    }
    for extra in spec_ids.keys().filter(|id| !sdk.contains_key(*id)) {
        problems.push(format!(
            "operationId {extra} is not an SDK method (specs/sdk lists the SDK's methods)"
        ));
    }
    problems
}

/// Descriptions are the generated docs: a bare URL in one fails `cargo doc`
/// (rustdoc's `bare_urls`), so it must be written `<https://...>` or as a
/// Markdown link.
fn check_descriptions(value: &Value, at: &str, problems: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let here = format!("{at}/{key}");
                match (key.as_str(), child) {
                    ("description" | "summary", Value::String(text)) if has_bare_url(text) => {
                        problems.push(format!(
                            "{here}: a bare URL; write it as <https://...> (the docs are built with rustdoc's bare_urls lint)"
                        ));
                    }
                    _ => check_descriptions(child, &here, problems),
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                check_descriptions(child, &format!("{at}/{i}"), problems);
            }
        }
        _ => {}
    }
}

/// Whether `text` has a URL that is neither `<...>` nor a Markdown link's
/// target `](...)`.
fn has_bare_url(text: &str) -> bool {
    ["http://", "https://"].iter().any(|scheme| {
        text.match_indices(scheme).any(|(at, _)| {
            let before = &text[..at];
            !(before.ends_with('<') || before.ends_with("]("))
        })
    })
}

fn check_refs(spec: &Value, value: &Value, at: &str, problems: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            if let Some(reference) = map.get("$ref").and_then(Value::as_str) {
                let resolves = reference
                    .strip_prefix('#')
                    .is_some_and(|pointer| spec.pointer(pointer).is_some());
                if !resolves {
                    problems.push(format!("{at}: $ref {reference:?} does not resolve"));
                }
            }
            for (key, child) in map {
                check_refs(spec, child, &format!("{at}/{key}"), problems);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                check_refs(spec, child, &format!("{at}/{i}"), problems);
            }
        }
        _ => {}
    }
}

fn check_path_params(spec: &Value, op: &OperationRef, say: &mut impl FnMut(String)) {
    let in_template: BTreeSet<&str> = op
        .path
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect();
    let item_params = op.path_item_parameters(spec).and_then(Value::as_array);
    let op_params = op.operation.get("parameters").and_then(Value::as_array);
    let mut declared = BTreeSet::new();
    for param in item_params.into_iter().chain(op_params).flatten() {
        let param = resolve(spec, param);
        if param.get("in").and_then(Value::as_str) != Some("path") {
            continue;
        }
        let name = param.get("name").and_then(Value::as_str).unwrap_or("");
        if param.get("required").and_then(Value::as_bool) != Some(true) {
            say(format!("path parameter {name:?} must be required: true"));
        }
        if param.get("schema").is_none() {
            say(format!(
                "path parameter {name:?} needs a schema (progenitor ignores `content`)"
            ));
        }
        if !in_template.contains(name) {
            say(format!(
                "path parameter {name:?} is not in the path template"
            ));
        }
        declared.insert(name);
    }
    for name in in_template.difference(&declared) {
        say(format!(
            "path template names {{{name}}} but no path parameter declares it"
        ));
    }
}

fn check_responses(spec: &Value, op: &OperationRef, say: &mut impl FnMut(String)) {
    let Some(responses) = op.operation.get("responses").and_then(Value::as_object) else {
        say("no responses".into());
        return;
    };
    let schema_of = |response: &Value| {
        resolve(spec, response)
            .get("content")
            .and_then(Value::as_object)
            .and_then(|c| c.get("application/json"))
            .and_then(|m| m.get("schema"))
            .cloned()
    };
    let mut success = BTreeSet::new();
    let mut has_success = false;
    for (status, response) in responses {
        // Success statuses with different bodies are a value by status, and
        // error statuses with another body than the vendor's usual one have
        // their own type (`model::bodies`, which checks them).
        let schema = schema_of(response).map(|s| s.to_string());
        if status.starts_with('2') {
            has_success = true;
            success.extend(schema);
        }
    }
    if !has_success {
        say("no 2xx response".into());
    }
    if responses.contains_key("default") && !success.is_empty() {
        say("a `default` response beside a typed success: progenitor rejects it; list the error statuses".into());
    }
}

fn check_content_types(operation: &Value, say: &mut impl FnMut(String)) {
    let bodies = operation.pointer("/requestBody/content").into_iter().chain(
        operation
            .get("responses")
            .and_then(Value::as_object)
            .into_iter()
            .flat_map(|r| r.values())
            .filter_map(|r| r.get("content")),
    );
    for content in bodies.filter_map(Value::as_object) {
        for media_type in content.keys().filter(|m| m.contains('*')) {
            say(format!(
                "content type {media_type:?}: progenitor rejects wildcards; write what the SDK sends"
            ));
        }
    }
}

/// A body that is not required is left out by default: its Rust type must
/// hold "no body", which progenitor makes only of a nullable schema.
fn check_optional_body(spec: &Value, operation: &Value, say: &mut impl FnMut(String)) {
    let Some(body) = operation.get("requestBody") else {
        return;
    };
    // A form's parts are each required or not.
    if body.get("required").and_then(Value::as_bool) == Some(true)
        || body.pointer("/content/application~1json").is_none()
    {
        return;
    }
    // `nullable` beside an `allOf` of one `$ref`, or on the schema itself.
    let nullable = body
        .pointer("/content/application~1json/schema")
        .into_iter()
        .flat_map(|schema| [schema, resolve_schema(spec, schema)])
        .any(|schema| schema.get("nullable").and_then(Value::as_bool) == Some(true));
    if !nullable {
        say("a request body that is not required must have a `nullable: true` schema (the builder's body is then `None` until set), or be `required: true`".into());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(paths: Value) -> Value {
        serde_json::json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "servers": [{"url": "https://x.example"}],
            "security": [{"key": []}],
            "paths": paths,
            "components": {
                "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "k"}},
                "schemas": {"Thing": {"type": "object"}}
            }
        })
    }

    fn ok() -> Value {
        serde_json::json!({"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}})
    }

    #[test]
    fn bare_urls_in_descriptions_are_refused() {
        assert!(has_bare_url("see https://x.example/docs."));
        assert!(has_bare_url("(http://x.example)"));
        assert!(!has_bare_url("see <https://x.example/docs>."));
        assert!(!has_bare_url("see [the docs](https://x.example/docs)."));
        assert!(!has_bare_url("no link at all"));
        let mut s = spec(serde_json::json!({}));
        s["components"]["schemas"]["Thing"]["description"] = "see https://x.example".into();
        let problems = lint(&s, &Methods::new());
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with("#/components/schemas/Thing/description: a bare URL")),
            "{problems:?}"
        );
    }

    #[test]
    fn a_good_spec_passes() {
        let s = spec(serde_json::json!({"/things/{id}": {"get": {
            "operationId": "get_thing",
            "tags": ["ThingApi"],
            "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
            "responses": ok()
        }}}));
        let sdk = Methods::from([("get_thing".into(), "GET /things/{id}".into())]);
        assert_eq!(lint(&s, &sdk), Vec::<String>::new());
    }

    #[test]
    fn each_mistake_names_the_operation() {
        let s = spec(serde_json::json!({
            "/things/{id}": {"get": {"responses": ok()}},
            "/wild": {"post": {
                "operationId": "postWild",
                "requestBody": {"content": {"*/*": {"schema": {"$ref": "#/components/schemas/Nope"}}}},
                "responses": {"200": ok()["200"].clone(), "default": {"description": "err"}}
            }}
        }));
        let problems = lint(&s, &Methods::new()).join("\n");
        for expected in [
            "operation <no operationId> (GET /things/{id}): no operationId",
            "operation <no operationId> (GET /things/{id}): path template names {id}",
            "operation postWild (POST /wild): operationId must be the SDK's snake_case",
            "operation postWild (POST /wild): a `default` response beside a typed success",
            "operation postWild (POST /wild): content type \"*/*\"",
            "$ref \"#/components/schemas/Nope\" does not resolve",
        ] {
            assert!(
                problems.contains(expected),
                "missing {expected:?} in:\n{problems}"
            );
        }
    }

    #[test]
    fn each_operation_has_one_group() {
        let s = spec(serde_json::json!({
            "/a": {"get": {"operationId": "get_a", "responses": ok()}},
            "/b": {"get": {"operationId": "get_b", "tags": ["BApi", "CApi"], "responses": ok()}},
            "/c": {"get": {"operationId": "get_c", "tags": ["Default"], "responses": ok()}},
            "/d": {"get": {"operationId": "get_d", "tags": ["DefaultApi"], "responses": ok()}}
        }));
        let sdk = Methods::from([
            ("get_a".into(), "GET /a".into()),
            ("get_b".into(), "GET /b".into()),
            ("get_c".into(), "GET /c".into()),
            ("get_d".into(), "GET /d".into()),
        ]);
        let problems = lint(&s, &sdk).join("\n");
        for expected in [
            "operation get_a (GET /a): no tag",
            "operation get_b (GET /b): tags [\"BApi\", \"CApi\"]: one tag",
            "tags Default and DefaultApi are both the cargo feature \"default-api\"",
        ] {
            assert!(
                problems.contains(expected),
                "missing {expected:?} in:\n{problems}"
            );
        }
    }

    #[test]
    fn an_optional_body_must_be_nullable() {
        let body = |required: bool, nullable: bool| {
            let s = spec(serde_json::json!({"/things": {"post": {
                "operationId": "add_thing",
                "tags": ["ThingApi"],
                "requestBody": {"required": required, "content": {"application/json": {"schema": {
                    "nullable": nullable, "allOf": [{"$ref": "#/components/schemas/Thing"}]
                }}}},
                "responses": ok()
            }}}));
            let sdk = Methods::from([("add_thing".into(), "POST /things".into())]);
            lint(&s, &sdk).join("\n")
        };
        assert!(body(false, false).contains("must have a `nullable: true` schema"));
        assert_eq!(body(false, true), "");
        assert_eq!(body(true, false), "");
    }

    #[test]
    fn openapi_31_and_missing_servers_fail() {
        let mut s = spec(serde_json::json!({}));
        s["openapi"] = "3.1.0".into();
        s["servers"] = serde_json::json!([]);
        let problems = lint(&s, &Methods::new()).join("\n");
        assert!(problems.contains("OpenAPI 3.0.x only"), "{problems}");
        assert!(problems.contains("no servers"), "{problems}");
    }

    #[test]
    fn operations_must_be_the_sdk_methods() {
        let sdk = Methods::from([
            ("get_thing".into(), "GET /things".into()),
            ("drop_thing".into(), "DELETE /things".into()),
            ("make_thing".into(), "POST /things".into()),
        ]);
        let s = spec(serde_json::json!({"/things": {
            "get": {"operationId": "get_things", "tags": ["ThingApi"], "responses": ok()},
            "put": {"operationId": "make_thing", "tags": ["ThingApi"], "responses": ok()}
        }}));
        let problems = lint(&s, &sdk);
        assert_eq!(
            problems,
            [
                "SDK method drop_thing (DELETE /things) has no operation with that operationId",
                "SDK method get_thing (GET /things) has no operation with that operationId",
                "operation make_thing is PUT /things, but the SDK method sends POST /things",
                "operationId get_things is not an SDK method (specs/sdk lists the SDK's methods)",
            ]
        );
    }
}
