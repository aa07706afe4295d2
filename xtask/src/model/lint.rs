//! Checks a spec before progenitor sees it, so that a mistake is reported
//! against the spec file and operation instead of as a progenitor panic.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::model::names::is_snake_case;
use crate::model::openapi::{OperationRef, operations, resolve, resolve_schema};
use crate::model::sdk::{Method, Methods};

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

    // Once per spec, not per operation (it reads every operation).
    let usual_error = crate::model::bodies::usual_error_schema(spec);
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
        if op.tags().is_empty() {
            say("no tag: give it its API group, the SDK class it is a method of (`tags: [TimesheetApi]`), which is its cargo feature".into());
        }
        check_path_params(spec, &op, &mut say);
        check_responses(spec, &op, &mut say);
        check_content_types(op.operation, &mut say);
        check_optional_body(spec, op.operation, &mut say);
        for problem in crate::model::bodies::problems(spec, usual_error.as_deref(), &op) {
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
    check_sdk_methods(spec, sdk, &mut problems);
    problems
}

/// Every operation is one endpoint of the SDK: the methods it stands for are
/// those its `x-sdk-methods` names (`[CartsApi.get_price]`, for a method name
/// two endpoints share), else every method named as its operationId, in any
/// class. Its tags are exactly those methods' classes (one cargo feature
/// each), each method sends the operation's request (or the one its
/// `x-sdk-request` documents, with why the spec differs), and every method
/// not `left_out` is exactly one operation.
fn check_sdk_methods(spec: &Value, sdk: &Methods, problems: &mut Vec<String>) {
    let mut claimed: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for op in operations(spec) {
        let Some(id) = op.id() else { continue };
        let mut say = |message: String| problems.push(format!("operation {id}: {message}"));
        let mut request = format!("{} {}", op.method.to_uppercase(), op.path);
        if let Some(differs) = op.operation.get("x-sdk-request") {
            let sends = differs.get("sends").and_then(Value::as_str);
            let why = differs.get("why").and_then(Value::as_str);
            match (sends, why) {
                (Some(sends), Some(why)) if !why.trim().is_empty() => request = sends.to_string(),
                _ => say("x-sdk-request needs `sends` (the SDK's request line) and `why` (the reason the spec differs)".into()),
            }
        }
        let methods: Vec<&Method> = match op.operation.get("x-sdk-methods") {
            Some(names) => {
                let names: Vec<&str> = names
                    .as_array()
                    .map(|a| a.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                if names.is_empty() {
                    say("x-sdk-methods must list `Class.method` names".into());
                }
                names
                    .iter()
                    .filter_map(|name| {
                        let found = sdk.methods.iter().find(|m| m.qualified() == *name);
                        if found.is_none() {
                            say(format!(
                                "x-sdk-methods names {name}, which specs/sdk does not list"
                            ));
                        }
                        found
                    })
                    .collect()
            }
            None => sdk.methods.iter().filter(|m| m.name == id).collect(),
        };
        if methods.is_empty() {
            say("not an SDK method (specs/sdk lists the SDK's methods; an operationId is the SDK's method name)".into());
            continue;
        }
        for method in &methods {
            let name = method.qualified();
            if let Some(why) = &method.left_out {
                say(format!(
                    "covers {name}, which specs/sdk leaves out ({why}): remove its left_out"
                ));
            }
            if !same_endpoint(&method.request, &request) {
                say(format!(
                    "is {request}, but the SDK method {name} sends {}",
                    method.request
                ));
            }
            claimed.entry(name).or_default().push(id.to_string());
        }
        let classes: BTreeSet<&str> = methods.iter().map(|m| m.class.as_str()).collect();
        let tags: BTreeSet<&str> = op.tags().into_iter().collect();
        if !tags.is_empty() && tags != classes {
            say(format!(
                "tags {tags:?}, but the SDK classes listing it are {classes:?}: its tags are those classes (a cargo feature each)"
            ));
        }
    }
    for method in sdk.covered() {
        let name = method.qualified();
        match claimed.get(&name).map(Vec::as_slice) {
            None | Some([]) => problems.push(format!(
                "SDK method {name} ({}) has no operation: give one that operationId, or mark it left_out in specs/sdk",
                method.request
            )),
            Some([_]) => {}
            Some(ids) => problems.push(format!(
                "SDK method {name} is operations {ids:?}: one endpoint is one operation"
            )),
        }
    }
}

/// Whether two request lines (`GET /things/{id}`) are one endpoint: the same
/// method and path, whatever their path parameters are called (an SDK may
/// name one endpoint's parameter `{batchId}` in one method and `{messageId}`
/// in another).
fn same_endpoint(a: &str, b: &str) -> bool {
    fn shape(request: &str) -> String {
        let mut out = String::with_capacity(request.len());
        let mut in_param = false;
        for c in request.chars() {
            match c {
                '{' => {
                    in_param = true;
                    out.push_str("{}");
                }
                '}' => in_param = false,
                _ if in_param => {}
                _ => out.push(c),
            }
        }
        out
    }
    shape(a) == shape(b)
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
        let problems = lint(&s, &Methods::default());
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
        let sdk = Methods::new(vec![Method::new(
            "ThingApi",
            "get_thing",
            "GET /things/{id}",
        )]);
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
        let problems = lint(&s, &Methods::default()).join("\n");
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
    fn an_operation_is_in_every_group_whose_class_lists_it() {
        let s = spec(serde_json::json!({
            "/a": {"get": {"operationId": "get_a", "responses": ok()}},
            "/b": {"get": {"operationId": "get_b", "tags": ["BApi", "CApi"], "responses": ok()}},
            "/c": {"get": {"operationId": "get_c", "tags": ["Default"], "responses": ok()}},
            "/d": {"get": {"operationId": "get_d", "tags": ["DefaultApi"], "responses": ok()}},
            "/e": {"get": {"operationId": "get_e", "tags": ["BApi"], "responses": ok()}}
        }));
        let sdk = Methods::new(vec![
            Method::new("AApi", "get_a", "GET /a"),
            Method::new("BApi", "get_b", "GET /b"),
            Method::new("CApi", "get_b", "GET /b"),
            Method::new("Default", "get_c", "GET /c"),
            Method::new("DefaultApi", "get_d", "GET /d"),
            Method::new("BApi", "get_e", "GET /e"),
            Method::new("CApi", "get_e", "GET /e"),
        ]);
        let problems = lint(&s, &sdk);
        assert_eq!(
            problems,
            [
                "operation get_a (GET /a): no tag: give it its API group, the SDK class it is a method of (`tags: [TimesheetApi]`), which is its cargo feature",
                "tags Default and DefaultApi are both the cargo feature \"default-api\": rename one",
                "operation get_e: tags {\"BApi\"}, but the SDK classes listing it are {\"BApi\", \"CApi\"}: its tags are those classes (a cargo feature each)",
            ]
        );
    }

    #[test]
    fn a_method_name_two_endpoints_share_is_named_by_class() {
        let s = spec(serde_json::json!({
            "/carts/{id}/price": {"get": {"operationId": "get_cart_price", "tags": ["CartsApi"],
                "x-sdk-methods": ["CartsApi.get_price"],
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
                "responses": ok()}},
            "/products/{id}/price": {"get": {"operationId": "get_price", "tags": ["ProductsApi"],
                "x-sdk-methods": ["ProductsApi.get_price", "ProductsApi.nope"],
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
                "responses": ok()}}
        }));
        let sdk = Methods::new(vec![
            Method::new("CartsApi", "get_price", "GET /carts/{cart_id}/price"),
            Method::new("ProductsApi", "get_price", "GET /products/{id}/price"),
        ]);
        assert_eq!(
            lint(&s, &sdk),
            [
                "operation get_price: x-sdk-methods names ProductsApi.nope, which specs/sdk does not list"
            ]
        );
    }

    #[test]
    fn a_deliberate_path_difference_says_why() {
        let op = |differs: serde_json::Value| {
            let mut op = serde_json::json!({"operationId": "make_thing", "tags": ["ThingApi"], "responses": ok()});
            if !differs.is_null() {
                op["x-sdk-request"] = differs;
            }
            spec(serde_json::json!({"/things": {"post": op}}))
        };
        let sdk = Methods::new(vec![Method::new("ThingApi", "make_thing", "POST /thngs")]);
        assert_eq!(
            lint(&op(serde_json::Value::Null), &sdk),
            [
                "operation make_thing: is POST /things, but the SDK method ThingApi.make_thing sends POST /thngs"
            ]
        );
        let documented = serde_json::json!({"sends": "POST /thngs", "why": "a typo in the SDK"});
        assert_eq!(lint(&op(documented), &sdk), Vec::<String>::new());
        let no_reason = serde_json::json!({"sends": "POST /thngs", "why": " "});
        assert_eq!(
            lint(&op(no_reason), &sdk)[0],
            "operation make_thing: x-sdk-request needs `sends` (the SDK's request line) and `why` (the reason the spec differs)"
        );
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
            let sdk = Methods::new(vec![Method::new("ThingApi", "add_thing", "POST /things")]);
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
        let problems = lint(&s, &Methods::default()).join("\n");
        assert!(problems.contains("OpenAPI 3.0.x only"), "{problems}");
        assert!(problems.contains("no servers"), "{problems}");
    }

    #[test]
    fn operations_must_be_the_sdk_methods() {
        let mut sdk = Methods::new(vec![
            Method::new("ThingApi", "get_thing", "GET /things"),
            Method::new("ThingApi", "drop_thing", "DELETE /things"),
            Method::new("ThingApi", "make_thing", "POST /things"),
            Method::new("ThingApi", "list_things", "GET /all"),
            Method::new("ThingApi", "patch_thing", "PATCH /things"),
        ]);
        sdk.methods[3].left_out = Some("not yet".into());
        sdk.methods[4].left_out = Some("not yet".into());
        let s = spec(serde_json::json!({"/things": {
            "get": {"operationId": "get_things", "tags": ["ThingApi"], "responses": ok()},
            "put": {"operationId": "make_thing", "tags": ["ThingApi"], "responses": ok()},
            "patch": {"operationId": "patch_thing", "tags": ["ThingApi"], "responses": ok()}
        }}));
        let problems = lint(&s, &sdk);
        assert_eq!(
            problems,
            [
                "operation get_things: not an SDK method (specs/sdk lists the SDK's methods; an operationId is the SDK's method name)",
                "operation make_thing: is PUT /things, but the SDK method ThingApi.make_thing sends POST /things",
                "operation patch_thing: covers ThingApi.patch_thing, which specs/sdk leaves out (not yet): remove its left_out",
                "SDK method ThingApi.get_thing (GET /things) has no operation: give one that operationId, or mark it left_out in specs/sdk",
                "SDK method ThingApi.drop_thing (DELETE /things) has no operation: give one that operationId, or mark it left_out in specs/sdk",
            ]
        );
    }
}
