//! The bodies progenitor cannot generate code for, as the spec declares
//! them, read into the model: a value that depends on the success status
//! (several success statuses with different bodies), a download (a success
//! whose body is a binary media type), an error status whose body has a
//! type of its own, and a form request body (`multipart/form-data`, or
//! `application/x-www-form-urlencoded`: progenitor's own encoding of the
//! latter is not the vendor SDKs', see `vendor_clients_core`'s `body::form`).
//!
//! The rules follow the spec's own words (status codes, media types,
//! `format: binary`, `encoding`), never an operation's name, so that every
//! vendor gets them. Where OpenAPI has no word for a fact, an extension
//! says it: `x-part-order` (the order of a form's parts on the wire, which
//! a JSON object cannot keep) and `x-accept` (the `Accept` header, where a
//! vendor SDK sends another than the responses' media types).

use serde_json::Value;

use crate::model::names::{rust_ident, type_name};
use crate::model::openapi::{OperationRef, operations, resolve, resolve_schema};

/// The request body media types this module handles.
pub const MULTIPART: &str = "multipart/form-data";
pub const URLENCODED: &str = "application/x-www-form-urlencoded";

/// How a form goes on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormEncoding {
    /// `multipart/form-data`: one part per value, files too.
    Multipart,
    /// `application/x-www-form-urlencoded`: `name=value` pairs, no files.
    UrlEncoded,
}

impl FormEncoding {
    /// The media type, as the spec names it.
    pub fn media_type(self) -> &'static str {
        match self {
            Self::Multipart => MULTIPART,
            Self::UrlEncoded => URLENCODED,
        }
    }

    /// What one value of the form is called in docs (`part`, `field`).
    pub fn item(self) -> &'static str {
        match self {
            Self::Multipart => "part",
            Self::UrlEncoded => "field",
        }
    }
}

/// How an operation's value is made from a success answer.
#[derive(Clone, Debug, PartialEq)]
pub enum Success {
    /// One type for every success status (or none): progenitor's.
    Plain,
    /// A generated enum: the status picks the variant.
    ByStatus {
        /// The enum's name in `types` (`SendTransacEmailResponse`).
        name: String,
        variants: Vec<Variant>,
    },
    /// The body itself, unread (`vendor_clients_core::Download`).
    Download {
        /// The media type the spec documents for it.
        media_type: String,
    },
}

/// One success status of a value by status.
#[derive(Clone, Debug, PartialEq)]
pub struct Variant {
    pub status: u16,
    /// The variant's name: the status's reason phrase (`Created`), or
    /// `Status<code>`.
    pub name: String,
    /// The Rust type of its body (`types::CreateSmtpEmail`), or none.
    pub body: Option<String>,
    pub description: Option<String>,
}

/// A form request body.
#[derive(Clone, Debug, PartialEq)]
pub struct Form {
    pub encoding: FormEncoding,
    /// Its parts (fields), in the order they go on the wire.
    pub parts: Vec<Part>,
    pub required: bool,
}

impl Form {
    pub fn is_multipart(&self) -> bool {
        self.encoding == FormEncoding::Multipart
    }
}

/// One part of a form: one property of its schema.
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    /// The part's name on the wire (`dealId`).
    pub wire_name: String,
    /// Its setter (`deal_id`).
    pub ident: String,
    pub required: bool,
    /// `None` for a file (`format: binary`), else the value's Rust type.
    pub value: Option<String>,
    /// The part's media type, where the spec's `encoding` declares one.
    pub content_type: Option<String>,
    pub description: Option<String>,
    /// The value's schema, resolved.
    pub schema: Value,
}

impl Part {
    pub fn is_file(&self) -> bool {
        self.value.is_none()
    }
}

/// The `Accept` header an operation sends where it is not progenitor's:
/// its `x-accept`, else `application/json` where its only JSON answers are
/// error bodies of their own (progenitor, which does not see those, would
/// send none).
pub fn accept(spec: &Value, op: &OperationRef, usual_error: Option<&str>) -> Option<String> {
    if let Some(accept) = op.operation.get("x-accept").and_then(Value::as_str) {
        return Some(accept.to_string());
    }
    let responses = op.operation.get("responses")?.as_object()?;
    let (own, others): (Vec<_>, Vec<_>) = responses
        .iter()
        .filter(|(_, response)| json_schema(spec, response).is_some())
        .partition(|(status, response)| {
            !status.starts_with('2') && own_error_body(spec, usual_error, response).is_some()
        });
    (!own.is_empty() && others.is_empty()).then(|| "application/json".to_string())
}

/// The Rust type generated code gives a value of `schema`, as a path from
/// the crate root (`types::Thing`, `::std::string::String`); `None` for a
/// schema that needs typify to name it (an inline object or enum), or a
/// binary string (a file).
pub fn rust_type(spec: &Value, schema: &Value) -> Option<String> {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        return Some(format!(
            "types::{}",
            type_name(reference.rsplit('/').next()?)
        ));
    }
    let schema = resolve_schema(spec, schema);
    if schema.get("enum").is_some() {
        return None;
    }
    let format = schema.get("format").and_then(Value::as_str);
    Some(
        match (schema.get("type").and_then(Value::as_str)?, format) {
            ("string", Some("binary")) => return None,
            ("string", _) => "::std::string::String".into(),
            ("integer", Some("int32")) => "i32".into(),
            ("integer", _) => "i64".into(),
            ("number", _) => "f64".into(),
            ("boolean", _) => "bool".into(),
            ("array", _) => format!(
                "::std::vec::Vec<{}>",
                rust_type(spec, schema.get("items")?)?
            ),
            _ => return None,
        },
    )
}

/// Whether `schema` is a file's bytes (`type: string, format: binary`).
pub fn is_binary(spec: &Value, schema: &Value) -> bool {
    let schema = resolve_schema(spec, schema);
    schema.get("type").and_then(Value::as_str) == Some("string")
        && schema.get("format").and_then(Value::as_str) == Some("binary")
}

/// The JSON schema of a response, if its body is JSON.
pub fn json_schema<'a>(spec: &'a Value, response: &'a Value) -> Option<&'a Value> {
    resolve(spec, response).pointer("/content/application~1json/schema")
}

/// The media type of a response whose body is binary (a download).
pub fn binary_media_type(spec: &Value, response: &Value) -> Option<String> {
    let content = resolve(spec, response).get("content")?.as_object()?;
    content.iter().find_map(|(media_type, body)| {
        let schema = body.get("schema")?;
        (media_type != "application/json" && is_binary(spec, schema)).then(|| media_type.clone())
    })
}

/// The vendor's usual error body: the `$ref` most documented error
/// statuses of the spec carry (the first met, on a tie).
pub fn usual_error_schema(spec: &Value) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for op in operations(spec) {
        let Some(responses) = op.operation.get("responses").and_then(Value::as_object) else {
            continue;
        };
        for (status, response) in responses {
            if status.starts_with('2') {
                continue;
            }
            let Some(reference) = json_schema(spec, response)
                .and_then(|schema| schema.get("$ref"))
                .and_then(Value::as_str)
            else {
                continue;
            };
            match counts.iter_mut().find(|(r, _)| r == reference) {
                Some((_, n)) => *n += 1,
                None => counts.push((reference.to_string(), 1)),
            }
        }
    }
    let most = counts.iter().map(|(_, n)| *n).max()?;
    counts
        .into_iter()
        .find(|(_, n)| *n == most)
        .map(|(reference, _)| reference)
}

/// The Rust type of an error status's body where it is not the vendor's
/// usual one (`None` for the usual one, or no JSON body).
pub fn own_error_body(spec: &Value, usual: Option<&str>, response: &Value) -> Option<String> {
    let schema = json_schema(spec, response)?;
    let reference = schema.get("$ref").and_then(Value::as_str);
    if reference.is_some() && reference == usual {
        return None;
    }
    // A type that cannot be named is the lint's to report.
    rust_type(spec, schema).or_else(|| Some("::serde_json::Value".into()))
}

/// The name of a variant for `status`: its reason phrase in Pascal case.
fn variant_name(status: u16) -> String {
    use heck::ToPascalCase;
    match http::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
    {
        Some(reason) => reason.replace('\'', "").to_pascal_case(),
        None => format!("Status{status}"),
    }
}

/// How `op`'s value is made: see [`Success`].
pub fn success(spec: &Value, op: &OperationRef) -> Success {
    let Some(responses) = op.operation.get("responses").and_then(Value::as_object) else {
        return Success::Plain;
    };
    let successes: Vec<(u16, &Value)> = responses
        .iter()
        .filter_map(|(status, response)| {
            let code: u16 = status.parse().ok()?;
            (200..300).contains(&code).then_some((code, response))
        })
        .collect();
    if let Some(media_type) = successes
        .iter()
        .find_map(|(_, response)| binary_media_type(spec, response))
    {
        return Success::Download { media_type };
    }
    let mut bodies: Vec<Option<String>> = successes
        .iter()
        .map(|(_, response)| json_schema(spec, response).map(Value::to_string))
        .collect();
    bodies.sort();
    bodies.dedup();
    let typed = bodies.iter().flatten().count();
    // A paged list's bodiless success is an empty page (the runtime's
    // `SuccessWithoutBody`): its value stays the page.
    let paged = op.operation.get("x-pagination").is_some();
    if bodies.len() <= 1 || (paged && typed <= 1) {
        return Success::Plain;
    }
    let id = op.id().unwrap_or_default();
    let variants = successes
        .iter()
        .map(|(status, response)| Variant {
            status: *status,
            name: variant_name(*status),
            body: json_schema(spec, response)
                .and_then(|schema| rust_type(spec, schema))
                .or_else(|| json_schema(spec, response).map(|_| "::serde_json::Value".into())),
            description: resolve(spec, response)
                .get("description")
                .and_then(Value::as_str)
                .map(|d| d.trim().to_string()),
        })
        .collect();
    Success::ByStatus {
        name: format!("{}Response", type_name(id)),
        variants,
    }
}

/// The media type and encoding of `op`'s form body, if it takes one.
fn form_media<'a>(spec: &'a Value, op: &'a OperationRef) -> Option<(&'a Value, FormEncoding)> {
    let body = resolve(spec, op.operation.get("requestBody")?);
    [FormEncoding::Multipart, FormEncoding::UrlEncoded]
        .into_iter()
        .find_map(|encoding| {
            let pointer = format!("/content/{}", encoding.media_type().replace('/', "~1"));
            Some((body.pointer(&pointer)?, encoding))
        })
}

/// The form body of `op` (`multipart/form-data` or
/// `application/x-www-form-urlencoded`), if it takes one.
pub fn form(spec: &Value, op: &OperationRef) -> Option<Form> {
    let body = resolve(spec, op.operation.get("requestBody")?);
    let (media, encoding) = form_media(spec, op)?;
    let schema = resolve_schema(spec, media.get("schema")?);
    let properties = schema.get("properties").and_then(Value::as_object)?;
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    let order: Vec<String> = match media.get("x-part-order").and_then(Value::as_array) {
        Some(order) => order
            .iter()
            .filter_map(|name| name.as_str().map(str::to_string))
            .collect(),
        None => properties.keys().cloned().collect(),
    };
    let parts = order
        .iter()
        .filter_map(|name| {
            let property = properties.get(name)?;
            let resolved = resolve_schema(spec, property);
            Some(Part {
                wire_name: name.clone(),
                ident: rust_ident(name),
                required: required.contains(&name.as_str()),
                value: if is_binary(spec, property) {
                    None
                } else {
                    Some(rust_type(spec, property).unwrap_or_else(|| "::serde_json::Value".into()))
                },
                content_type: media
                    .pointer(&format!(
                        "/encoding/{}/contentType",
                        name.replace('~', "~0").replace('/', "~1")
                    ))
                    .and_then(Value::as_str)
                    .map(str::to_string),
                description: resolved
                    .get("description")
                    .or_else(|| property.get("description"))
                    .and_then(Value::as_str)
                    .map(|d| d.trim().to_string()),
                schema: resolved.clone(),
            })
        })
        .collect();
    Some(Form {
        encoding,
        parts,
        required: body.get("required").and_then(Value::as_bool) == Some(true),
    })
}

/// What the lint says of the bodies of `op` that this module reads.
pub fn problems(spec: &Value, usual: Option<&str>, op: &OperationRef) -> Vec<String> {
    let mut out = Vec::new();
    let responses = op.operation.get("responses").and_then(Value::as_object);
    for (status, response) in responses.into_iter().flatten() {
        let success = status.starts_with('2');
        if let Some(content) = resolve(spec, response)
            .get("content")
            .and_then(Value::as_object)
        {
            for (media_type, body) in content {
                let schema = body.get("schema");
                let binary = schema.is_some_and(|s| is_binary(spec, s));
                if media_type != "application/json" && !(success && binary) {
                    out.push(format!(
                        "response {status}: {media_type:?} is neither JSON nor a binary download (`type: string, format: binary`)"
                    ));
                }
            }
        }
    }
    match success(spec, op) {
        Success::ByStatus { .. } => {
            for (status, response) in responses.into_iter().flatten() {
                if status.starts_with('2')
                    && let Some(schema) = json_schema(spec, response)
                    && rust_type(spec, schema).is_none()
                {
                    out.push(format!(
                        "response {status}: a success whose body differs from the others' must be a $ref (or a plain type), to be its variant's type"
                    ));
                }
            }
        }
        Success::Download { .. } => {
            let successes = responses
                .into_iter()
                .flatten()
                .filter(|(status, _)| status.starts_with('2'))
                .count();
            if successes > 1 {
                out.push(
                    "a download beside another success status: one success status only".into(),
                );
            }
        }
        Success::Plain => {}
    }
    for (status, response) in responses.into_iter().flatten() {
        if !status.starts_with('2')
            && let Some(schema) = json_schema(spec, response)
            && schema.get("$ref").and_then(Value::as_str) != usual
            && rust_type(spec, schema).is_none()
        {
            out.push(format!(
                "response {status}: an error body other than the vendor's usual one must be a $ref (or a plain type)"
            ));
        }
    }
    if let Some(content) = op
        .operation
        .get("requestBody")
        .map(|body| resolve(spec, body))
        .and_then(|body| body.get("content"))
        .and_then(Value::as_object)
    {
        for media_type in content.keys() {
            if !["application/json", MULTIPART, URLENCODED].contains(&media_type.as_str()) {
                out.push(format!(
                    "request body {media_type:?}: only application/json, {MULTIPART} and {URLENCODED} are supported"
                ));
            }
        }
        if content.len() > 1 {
            out.push("a request body with several media types: give the one the SDK sends".into());
        }
    }
    if let Some((media, encoding)) = form_media(spec, op) {
        out.extend(form_problems(spec, media, encoding));
    }
    out
}

fn form_problems(spec: &Value, media: &Value, encoding: FormEncoding) -> Vec<String> {
    if encoding == FormEncoding::UrlEncoded {
        return urlencoded_problems(spec, media);
    }
    let mut out = Vec::new();
    let Some(schema) = media.get("schema").map(|s| resolve_schema(spec, s)) else {
        return vec![format!("{MULTIPART}: no schema")];
    };
    let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
        return vec![format!(
            "{MULTIPART}: the schema has no properties (one per part)"
        )];
    };
    out.extend(order_problems(MULTIPART, media, properties));
    for (name, property) in properties {
        if !is_binary(spec, property) && rust_type(spec, property).is_none() {
            out.push(format!(
                "{MULTIPART}: part {name:?} must be a file (`format: binary`), a plain type or a $ref"
            ));
        }
    }
    if let Some(encoding) = media.get("encoding").and_then(Value::as_object) {
        for (name, part) in encoding {
            if !properties.contains_key(name) {
                out.push(format!(
                    "{MULTIPART}: encoding names {name:?}, which is no part"
                ));
            }
            let content_type = part.get("contentType").and_then(Value::as_str);
            if content_type.is_some_and(|c| c.contains([',', '*'])) {
                out.push(format!(
                    "{MULTIPART}: encoding of {name:?}: one media type, the one sent"
                ));
            }
        }
    }
    out
}

/// An `application/x-www-form-urlencoded` body: fields in a declared
/// order, each a string, a number or a boolean (a list or an object has no
/// encoding the vendors' SDKs agree on: Python's writes its `repr`).
fn urlencoded_problems(spec: &Value, media: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let Some(schema) = media.get("schema").map(|s| resolve_schema(spec, s)) else {
        return vec![format!("{URLENCODED}: no schema")];
    };
    let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
        return vec![format!(
            "{URLENCODED}: the schema has no properties (one per field)"
        )];
    };
    out.extend(order_problems(URLENCODED, media, properties));
    for (name, property) in properties {
        let property = resolve_schema(spec, property);
        let plain = matches!(
            property.get("type").and_then(Value::as_str),
            Some("string" | "integer" | "number" | "boolean")
        ) && !is_binary(spec, property);
        if !plain {
            out.push(format!(
                "{URLENCODED}: field {name:?} must be a string, a number or a boolean (no file, list or object)"
            ));
        }
    }
    if media.get("encoding").is_some() {
        out.push(format!(
            "{URLENCODED}: `encoding` is not supported (every field is plain text)"
        ));
    }
    out
}

/// `x-part-order` names each property once, and is there when order matters.
fn order_problems(
    media_type: &str,
    media: &Value,
    properties: &serde_json::Map<String, Value>,
) -> Vec<String> {
    let names: Vec<&String> = properties.keys().collect();
    match media.get("x-part-order").and_then(Value::as_array) {
        Some(order) => {
            let order: Vec<&str> = order.iter().filter_map(Value::as_str).collect();
            let mut sorted = order.clone();
            sorted.sort_unstable();
            let mut expected: Vec<&str> = names.iter().map(|n| n.as_str()).collect();
            expected.sort_unstable();
            if sorted != expected {
                return vec![format!(
                    "{media_type}: x-part-order must name each property once ({})",
                    expected.join(", ")
                )];
            }
            Vec::new()
        }
        None if names.len() > 1 => vec![format!(
            "{media_type}: x-part-order must give the order on the wire (a JSON object has none)"
        )],
        None => Vec::new(),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use serde_json::json;

    /// A spec with what progenitor cannot generate: forms (multipart and
    /// url-encoded), a download, a
    /// value by status, an error body of its own.
    pub(crate) fn mechanisms_spec() -> Value {
        let json = |schema: &str| json!({"description": "d", "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{schema}")}}}});
        json!({
            "openapi": "3.0.3",
            "info": {"title": "T API", "version": "1"},
            "servers": [{"url": "https://api.example/v2"}],
            "paths": {
                "/import": {"post": {
                    "operationId": "import_things",
                    "requestBody": {"required": true, "content": {"multipart/form-data": {
                        "schema": {"type": "object", "required": ["file"], "properties": {
                            "file": {"type": "string", "format": "binary"},
                            "mapping": {"$ref": "#/components/schemas/Mapping"},
                            "ownerId": {"type": "integer", "format": "int64", "minimum": 1}
                        }},
                        "encoding": {"file": {"contentType": "text/csv"}},
                        "x-part-order": ["mapping", "ownerId", "file"]
                    }}},
                    "responses": {"200": json("Thing"), "400": json("Problem")}
                }},
                "/playlists": {"post": {
                    "operationId": "create_playlist",
                    "requestBody": {"required": true, "content": {"application/x-www-form-urlencoded": {
                        "schema": {"type": "object", "required": ["customer_id", "name"], "properties": {
                            "name": {"type": "string"},
                            "customer_id": {"type": "integer", "format": "int64"},
                            "notify": {"type": "boolean"}
                        }},
                        "x-part-order": ["customer_id", "name", "notify"]
                    }}},
                    "responses": {"200": json("Thing")}
                }},
                "/files/{token}": {"get": {
                    "operationId": "get_file",
                    "x-accept": "application/json",
                    "parameters": [{"name": "token", "in": "path", "required": true, "schema": {"type": "string"}}],
                    "responses": {
                        "200": {"description": "d", "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}}},
                        "404": json("Problem")
                    }
                }},
                "/mail": {"post": {
                    "operationId": "send_mail",
                    "responses": {"201": json("Thing"), "202": json("Later"), "204": {"description": "none"},
                                  "400": json("Failed"), "404": json("Problem"), "409": json("Problem"),
                                  "422": {"description": "d", "content": {"application/json": {"schema": {"type": "string"}}}}}
                }}
            },
            "components": {"schemas": {
                "Thing": {"type": "object", "properties": {"id": {"type": "integer"}}},
                "Later": {"type": "object", "properties": {"batch": {"type": "string"}}},
                "Mapping": {"type": "object", "properties": {"link": {"type": "boolean"}}},
                "Failed": {"type": "object", "properties": {"unknown": {"type": "array", "items": {"type": "string"}}}},
                "Problem": {"type": "object", "properties": {"message": {"type": "string"}}}
            }}
        })
    }

    fn spec(paths: Value) -> Value {
        json!({
            "openapi": "3.0.3",
            "paths": paths,
            "components": {"schemas": {
                "Made": {"type": "object"},
                "Later": {"type": "object"},
                "Problem": {"type": "object"},
                "Failed": {"type": "object"},
                "Mapping": {"type": "object"}
            }}
        })
    }

    fn json(schema: &str) -> Value {
        json!({"description": "d", "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{schema}")}}}})
    }

    fn first(spec: &Value) -> OperationRef<'_> {
        operations(spec).into_iter().next().unwrap()
    }

    #[test]
    fn the_status_picks_the_value_where_success_bodies_differ() {
        let s = spec(
            json!({"/mail": {"post": {"operationId": "send_mail", "responses": {
                "201": json("Made"), "202": json("Later"), "204": {"description": "none"}, "400": json("Problem")
            }}}}),
        );
        let Success::ByStatus { name, variants } = success(&s, &first(&s)) else {
            panic!("not by status");
        };
        assert_eq!(name, "SendMailResponse");
        let shown: Vec<(u16, &str, Option<&str>)> = variants
            .iter()
            .map(|v| (v.status, v.name.as_str(), v.body.as_deref()))
            .collect();
        assert_eq!(
            shown,
            [
                (201, "Created", Some("types::Made")),
                (202, "Accepted", Some("types::Later")),
                (204, "NoContent", None)
            ]
        );
        // One body type, or an empty page beside a page: one value.
        let same = spec(json!({"/a": {"post": {"operationId": "a", "responses": {
            "202": json("Made"), "207": json("Made")}}}}));
        assert_eq!(success(&same, &first(&same)), Success::Plain);
        let paged = spec(
            json!({"/a": {"get": {"operationId": "a", "x-pagination": {"style": "offset"},
            "responses": {"200": json("Made"), "204": {"description": "empty"}}}}}),
        );
        assert_eq!(success(&paged, &first(&paged)), Success::Plain);
        let unpaged = spec(json!({"/a": {"post": {"operationId": "a",
            "responses": {"201": json("Made"), "204": {"description": "updated"}}}}}));
        assert!(matches!(
            success(&unpaged, &first(&unpaged)),
            Success::ByStatus { .. }
        ));
        let bodiless = spec(json!({"/a": {"post": {"operationId": "a",
            "responses": {"201": {"description": "c"}, "204": {"description": "u"}}}}}));
        assert_eq!(success(&bodiless, &first(&bodiless)), Success::Plain);
    }

    #[test]
    fn a_binary_success_is_a_download() {
        let s = spec(
            json!({"/f/{t}": {"get": {"operationId": "get_file", "responses": {
                "200": {"description": "d", "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}}},
                "404": json("Problem")
            }}}}),
        );
        assert_eq!(
            success(&s, &first(&s)),
            Success::Download {
                media_type: "application/pdf".into()
            }
        );
        assert!(problems(&s, usual_error_schema(&s).as_deref(), &first(&s)).is_empty());
        let text = spec(
            json!({"/f": {"get": {"operationId": "get_text", "responses": {
            "200": {"description": "d", "content": {"text/plain": {"schema": {"type": "string"}}}}}}}}),
        );
        assert!(
            problems(&text, usual_error_schema(&text).as_deref(), &first(&text))[0]
                .contains("neither JSON nor a binary download")
        );
    }

    #[test]
    fn the_usual_error_body_is_the_most_documented() {
        let s = spec(json!({
            "/a": {"post": {"operationId": "a", "responses": {"200": json("Made"), "400": json("Failed"), "404": json("Problem")}}},
            "/b": {"get": {"operationId": "b", "responses": {"200": json("Made"), "404": json("Problem")}}}
        }));
        let usual = usual_error_schema(&s);
        assert_eq!(usual.as_deref(), Some("#/components/schemas/Problem"));
        let op = first(&s);
        let own =
            |status: &str| own_error_body(&s, usual.as_deref(), &op.operation["responses"][status]);
        assert_eq!(own("400").as_deref(), Some("types::Failed"));
        assert_eq!(own("404"), None);
        let string = json!({"description": "d", "content": {"application/json": {"schema": {"type": "string"}}}});
        assert_eq!(
            own_error_body(&s, usual.as_deref(), &string).as_deref(),
            Some("::std::string::String")
        );
    }

    #[test]
    fn json_error_bodies_of_their_own_ask_for_json() {
        // Progenitor sees neither of b's error bodies, and so would send no
        // Accept: the model says application/json; a's 404 keeps progenitor's.
        let s = spec(json!({
            "/a": {"post": {"operationId": "a", "responses": {"204": {"description": "d"}, "400": json("Failed"), "404": json("Problem")}}},
            "/b": {"post": {"operationId": "b", "responses": {"204": {"description": "d"}, "400": json("Failed"), "404": json("Failed")}}},
            "/c": {"get": {"operationId": "c", "responses": {"200": json("Made"), "400": json("Problem"), "404": json("Problem"), "409": json("Problem")}}}
        }));
        let usual = usual_error_schema(&s);
        let accept = |path: &str| {
            let op = operations(&s)
                .into_iter()
                .find(|op| op.path == path)
                .unwrap();
            accept(&s, &op, usual.as_deref())
        };
        assert_eq!(accept("/a"), None);
        assert_eq!(accept("/b").as_deref(), Some("application/json"));
        assert_eq!(accept("/c"), None);
    }

    #[test]
    fn forms_keep_their_declared_order_and_part_types() {
        let s = spec(
            json!({"/import": {"post": {"operationId": "import", "requestBody": {"required": true, "content": {
            "multipart/form-data": {
                "schema": {"type": "object", "required": ["file"], "properties": {
                    "file": {"type": "string", "format": "binary", "description": "The CSV"},
                    "mapping": {"$ref": "#/components/schemas/Mapping"},
                    "contactId": {"type": "integer", "format": "int64"}
                }},
                "encoding": {"file": {"contentType": "text/csv"}},
                "x-part-order": ["mapping", "contactId", "file"]
            }}}, "responses": {"200": json("Made")}}}}),
        );
        let form = form(&s, &first(&s)).unwrap();
        assert!(form.required);
        let parts: Vec<String> = form
            .parts
            .iter()
            .map(|p| {
                format!(
                    "{} {} {} {:?} {:?}",
                    p.wire_name, p.ident, p.required, p.value, p.content_type
                )
            })
            .collect();
        assert_eq!(
            parts,
            [
                "mapping mapping false Some(\"types::Mapping\") None",
                "contactId contact_id false Some(\"i64\") None",
                "file file true None Some(\"text/csv\")",
            ]
        );
        assert!(
            problems(&s, usual_error_schema(&s).as_deref(), &first(&s)).is_empty(),
            "{:?}",
            problems(&s, usual_error_schema(&s).as_deref(), &first(&s))
        );
        let mut unordered = s.clone();
        unordered["paths"]["/import"]["post"]["requestBody"]["content"]["multipart/form-data"]
            .as_object_mut()
            .unwrap()
            .remove("x-part-order");
        assert!(
            problems(
                &unordered,
                usual_error_schema(&unordered).as_deref(),
                &first(&unordered)
            )[0]
            .contains("x-part-order must give")
        );
        let mut wrong = s.clone();
        wrong["paths"]["/import"]["post"]["requestBody"]["content"]["multipart/form-data"]["x-part-order"] =
            json!(["file", "mapping"]);
        assert!(
            problems(
                &wrong,
                usual_error_schema(&wrong).as_deref(),
                &first(&wrong)
            )[0]
            .contains("must name each property once")
        );
    }

    #[test]
    fn url_encoded_forms_are_read_in_their_order_and_hold_plain_fields_only() {
        let s = spec(
            json!({"/p": {"post": {"operationId": "create_playlist", "requestBody": {"required": true, "content": {
            "application/x-www-form-urlencoded": {
                "schema": {"type": "object", "required": ["customer_id", "name"], "properties": {
                    "name": {"type": "string", "description": "Its name"},
                    "customer_id": {"type": "integer", "format": "int64"},
                    "notify": {"type": "boolean"}
                }},
                "x-part-order": ["customer_id", "name", "notify"]
            }}}, "responses": {"200": json("Made")}}}}),
        );
        let form = form(&s, &first(&s)).unwrap();
        assert_eq!(form.encoding, FormEncoding::UrlEncoded);
        let fields: Vec<String> = form
            .parts
            .iter()
            .map(|p| format!("{} {} {:?}", p.wire_name, p.required, p.value))
            .collect();
        assert_eq!(
            fields,
            [
                "customer_id true Some(\"i64\")",
                "name true Some(\"::std::string::String\")",
                "notify false Some(\"bool\")",
            ]
        );
        assert!(
            problems(&s, usual_error_schema(&s).as_deref(), &first(&s)).is_empty(),
            "{:?}",
            problems(&s, usual_error_schema(&s).as_deref(), &first(&s))
        );
        let media = "/paths/~1p/post/requestBody/content/application~1x-www-form-urlencoded";
        let broken = |edit: &dyn Fn(&mut Value)| {
            let mut s = s.clone();
            edit(s.pointer_mut(media).unwrap());
            problems(&s, usual_error_schema(&s).as_deref(), &first(&s)).join("; ")
        };
        let list = broken(&|m| {
            m["schema"]["properties"]["name"] =
                json!({"type": "array", "items": {"type": "string"}})
        });
        assert!(
            list.contains("field \"name\" must be a string, a number or a boolean"),
            "{list}"
        );
        let object = broken(&|m| {
            m["schema"]["properties"]["name"] = json!({"$ref": "#/components/schemas/Made"})
        });
        assert!(object.contains("field \"name\" must be"), "{object}");
        let file = broken(&|m| {
            m["schema"]["properties"]["name"] = json!({"type": "string", "format": "binary"})
        });
        assert!(file.contains("field \"name\" must be"), "{file}");
        let unordered = broken(&|m| {
            m.as_object_mut().unwrap().remove("x-part-order");
        });
        assert!(unordered.contains("x-part-order must give"), "{unordered}");
        let encoded = broken(&|m| m["encoding"] = json!({"name": {"contentType": "text/plain"}}));
        assert!(encoded.contains("`encoding` is not supported"), "{encoded}");
    }
}
