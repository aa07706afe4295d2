//! What the adaptation of progenitor's output needs to know about a spec's
//! operations: documented responses, and each parameter's rule in words.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::model::bodies::{self, Form, Success};
use crate::model::names::{group_feature, rust_ident, type_name};
use crate::model::openapi::{OperationRef, components, operations, resolve, resolve_schema};

/// What an operation documents for one status (mirrors
/// `vendor_clients_core::__private::Response`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Response {
    Success,
    /// The JSON the operation's value is decoded from when there is no body.
    SuccessWithoutBody(&'static str),
    Error,
    ErrorWithoutBody,
    /// An error whose body has a type of its own (not the vendor's usual
    /// error body): its Rust type.
    ErrorBody(String),
}

/// A parameter (or the body) as the generated builder names it.
#[derive(Clone, Debug)]
pub struct Param {
    /// Where the value goes: `path`, `query`, `header` or `body`.
    pub location: String,
    /// Its name on the wire (`orderBy`; `body` for the body).
    pub wire_name: String,
    /// The rule the value must follow, in words (`must be a UUID`).
    pub rule: String,
    /// A documented numeric range, inclusive, to check before sending.
    pub range: Option<(f64, f64)>,
}

/// One operation, by its operationId.
#[derive(Clone, Debug)]
pub struct Operation {
    pub method: String,
    pub path: String,
    pub responses: Vec<(u16, Response)>,
    /// Parameters by the generated builder's setter name.
    pub params: BTreeMap<String, Param>,
    /// How the operation pages (`x-pagination`), if it does.
    pub pagination: Option<crate::model::paging::Pagination>,
    /// The request body's rules its Rust type does not enforce, if any.
    pub body_rules: Option<BodyRule>,
    /// Whether the operation takes a request body that is not required
    /// (the builder's body is then unset, `None`, until set).
    pub optional_body: bool,
    /// How its value is made from a success answer.
    pub success: Success,
    /// Its `multipart/form-data` body, if it takes one.
    pub form: Option<Form>,
    /// The `Accept` header it sends where the spec says (`x-accept`).
    pub accept: Option<String>,
}

/// A request body's rules that the generated types do not enforce (list
/// lengths, number ranges); mirrors `vendor_clients_core::__private::BodyRules`.
#[derive(Clone, Debug, PartialEq)]
pub enum BodyRule {
    Any,
    /// (wire name, Rust name, rules) of the fields that have some.
    Object(Vec<(String, String, BodyRule)>),
    List {
        min: Option<u64>,
        max: Option<u64>,
        items: Box<BodyRule>,
    },
    Map(Box<BodyRule>),
    Number {
        min: f64,
        max: f64,
        rule: String,
    },
}

/// The rules of a body `schema` its Rust type does not enforce.
pub fn body_rules(spec: &Value, schema: &Value, depth: usize) -> BodyRule {
    let schema = resolve_schema(spec, schema);
    if depth > 16 {
        return BodyRule::Any;
    }
    match schema.get("type").and_then(Value::as_str) {
        Some("array") => {
            let min = schema
                .get("minItems")
                .and_then(Value::as_u64)
                .filter(|n| *n > 0);
            let max = schema.get("maxItems").and_then(Value::as_u64);
            let items = schema
                .get("items")
                .map_or(BodyRule::Any, |items| body_rules(spec, items, depth + 1));
            if min.is_none() && max.is_none() && items == BodyRule::Any {
                BodyRule::Any
            } else {
                BodyRule::List {
                    min,
                    max,
                    items: Box::new(items),
                }
            }
        }
        Some("integer" | "number") => match range(schema) {
            Some((min, max)) => BodyRule::Number {
                min,
                max,
                rule: rule(spec, schema),
            },
            None => BodyRule::Any,
        },
        _ => {
            // An object's own properties, and those of its `oneOf`/`anyOf`
            // object variants (`{"emails": [..]}` or `{"ids": [..]}`): the
            // rules are checked on the JSON sent, field by field where present.
            let variants = ["oneOf", "anyOf"]
                .iter()
                .filter_map(|key| schema.get(*key).and_then(Value::as_array))
                .flatten()
                .map(|variant| resolve_schema(spec, variant));
            let mut fields: Vec<(String, String, BodyRule)> = Vec::new();
            for shape in std::iter::once(schema).chain(variants) {
                for (name, property) in shape
                    .get("properties")
                    .and_then(Value::as_object)
                    .into_iter()
                    .flatten()
                {
                    let rules = body_rules(spec, property, depth + 1);
                    if rules != BodyRule::Any && !fields.iter().any(|(wire, ..)| wire == name) {
                        fields.push((name.clone(), rust_ident(name), rules));
                    }
                }
            }
            if !fields.is_empty() {
                return BodyRule::Object(fields);
            }
            match schema.get("additionalProperties") {
                Some(values @ Value::Object(_)) => match body_rules(spec, values, depth + 1) {
                    BodyRule::Any => BodyRule::Any,
                    rules => BodyRule::Map(Box::new(rules)),
                },
                _ => BodyRule::Any,
            }
        }
    }
}

/// Every operation of `spec`, by operationId.
pub fn operations_by_id(spec: &Value) -> Result<BTreeMap<String, Operation>, String> {
    let mut out = BTreeMap::new();
    let usual_error = bodies::usual_error_schema(spec);
    for op in operations(spec) {
        let Some(id) = op.id() else { continue };
        let pagination = crate::model::paging::read(spec, op.operation)
            .map_err(|e| format!("{}: {e}", op.describe()))?;
        let success = bodies::success(spec, &op);
        let mut responses = responses(spec, &op, usual_error.as_deref());
        if matches!(success, Success::ByStatus { .. }) {
            // A bodiless status is its own variant, not an empty value.
            for (_, response) in &mut responses {
                if let Response::SuccessWithoutBody(json) = response {
                    *json = "null";
                }
            }
        }
        out.insert(
            id.to_string(),
            Operation {
                method: op.method.to_uppercase(),
                path: op.path.to_string(),
                responses,
                params: params(spec, &op),
                pagination,
                body_rules: op
                    .operation
                    .pointer("/requestBody/content/application~1json/schema")
                    .map(|schema| body_rules(spec, schema, 0))
                    .filter(|rules| *rules != BodyRule::Any),
                optional_body: op
                    .operation
                    .pointer("/requestBody/content/application~1json")
                    .is_some()
                    && op.operation.get("requestBody").is_some_and(|body| {
                        body.get("required").and_then(Value::as_bool) != Some(true)
                    }),
                success,
                form: bodies::form(spec, &op),
                accept: bodies::accept(spec, &op, usual_error.as_deref()),
            },
        );
    }
    Ok(out)
}

/// Each operation's group features (`crate::model::names::group_feature`
/// of its tags), by operationId.
pub fn operation_features(spec: &Value) -> BTreeMap<String, Vec<String>> {
    operations(spec)
        .iter()
        .filter_map(|op| {
            let features = op.tags().into_iter().map(group_feature).collect();
            Some((op.id()?.to_string(), features))
        })
        .collect()
}

/// The API groups of a spec: (SDK class, its feature, its number of
/// operations), by feature name.
pub fn groups(spec: &Value) -> Vec<(String, String, usize)> {
    let mut out: Vec<(String, String, usize)> = Vec::new();
    for op in operations(spec) {
        for tag in op.tags() {
            match out.iter_mut().find(|(t, _, _)| t == tag) {
                Some((_, _, n)) => *n += 1,
                None => out.push((tag.to_string(), group_feature(tag), 1)),
            }
        }
    }
    out.sort_by(|a, b| a.1.cmp(&b.1));
    out
}

/// The Rust type of the vendor's usual error body (the crate's `Error`'s
/// parameter), when its spec documents one: the one most error statuses
/// carry; a status with another body has its own (`Response::ErrorBody`).
pub fn error_body(spec: &Value) -> Option<String> {
    let reference = bodies::usual_error_schema(spec)?;
    Some(format!(
        "types::{}",
        type_name(reference.rsplit('/').next()?)
    ))
}

/// `x-enum-varnames` of the spec's component enums, by generated type name.
pub fn variant_names(spec: &Value) -> BTreeMap<String, Vec<String>> {
    components(spec)
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

/// The fields a spec marks `format: password` (a credential: `Debug`
/// shows none of it), by the generated type that has them: type name ->
/// field idents.
pub fn sensitive_fields(spec: &Value) -> BTreeMap<String, BTreeSet<String>> {
    components(spec)
        .filter_map(|(name, schema)| {
            let fields: BTreeSet<String> = schema
                .get("properties")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
                .filter(|(_, property)| {
                    property.get("format").and_then(Value::as_str) == Some("password")
                })
                .map(|(property, _)| rust_ident(property))
                .collect();
            (!fields.is_empty()).then(|| (type_name(name), fields))
        })
        .collect()
}

fn json_schema<'a>(spec: &'a Value, response: &'a Value) -> Option<&'a Value> {
    resolve(spec, response)
        .pointer("/content/application~1json/schema")
        .map(|schema| resolve(spec, schema))
}

fn responses(spec: &Value, op: &OperationRef, usual_error: Option<&str>) -> Vec<(u16, Response)> {
    let Some(documented) = op.operation.get("responses").and_then(Value::as_object) else {
        return Vec::new();
    };
    let typed_success = documented
        .iter()
        .filter(|(status, _)| status.starts_with('2'))
        .find_map(|(_, response)| json_schema(spec, response));
    documented
        .iter()
        .filter_map(|(status, response)| {
            let code: u16 = status.parse().ok()?;
            let has_body = json_schema(spec, response).is_some()
                || bodies::binary_media_type(spec, response).is_some();
            let kind = match (status.starts_with('2'), has_body) {
                (true, true) => Response::Success,
                (true, false) => Response::SuccessWithoutBody(match typed_success {
                    None => "null",
                    Some(schema) if schema.get("type").and_then(Value::as_str) == Some("array") => {
                        "[]"
                    }
                    Some(_) => "{}",
                }),
                (false, true) => match bodies::own_error_body(spec, usual_error, response) {
                    Some(ty) => Response::ErrorBody(ty),
                    None => Response::Error,
                },
                (false, false) => Response::ErrorWithoutBody,
            };
            Some((code, kind))
        })
        .collect()
}

fn params(spec: &Value, op: &OperationRef) -> BTreeMap<String, Param> {
    let item_params = op.path_item_parameters(spec).and_then(Value::as_array);
    let op_params = op.operation.get("parameters").and_then(Value::as_array);
    let mut out = BTreeMap::new();
    for param in item_params.into_iter().chain(op_params).flatten() {
        let param = resolve(spec, param);
        let (Some(name), Some(schema)) = (
            param.get("name").and_then(Value::as_str),
            param.get("schema"),
        ) else {
            continue;
        };
        let ident = rust_ident(name);
        let schema = resolve_schema(spec, schema);
        let location = param.get("in").and_then(Value::as_str).unwrap_or_default();
        out.insert(
            ident.clone(),
            Param {
                location: location.to_string(),
                wire_name: name.to_string(),
                rule: format!("{ident} must be {}", rule(spec, schema)),
                range: range(schema),
            },
        );
    }
    let form = bodies::form(spec, op);
    let location = form.as_ref().map_or("part", |form| form.encoding.item());
    for part in form.map(|form| form.parts).unwrap_or_default() {
        let rule = match part.value.as_deref() {
            None => format!("{} must be a file", part.ident),
            Some(ty) if ty.starts_with("types::") => {
                format!(
                    "{} must be a valid `{}`",
                    part.ident,
                    &ty["types::".len()..]
                )
            }
            Some(_) => format!("{} must be {}", part.ident, rule(spec, &part.schema)),
        };
        out.insert(
            part.ident.clone(),
            Param {
                location: location.into(),
                wire_name: part.wire_name.clone(),
                rule,
                range: range(&part.schema),
            },
        );
    }
    if let Some(schema) = op
        .operation
        .pointer("/requestBody/content/application~1json/schema")
    {
        let rule = match schema
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.rsplit('/').next())
        {
            Some(name) => format!("body must be a valid `{name}`"),
            None => "body must be a valid request body".to_string(),
        };
        out.insert(
            "body".into(),
            Param {
                location: "body".into(),
                wire_name: "body".into(),
                rule,
                range: None,
            },
        );
    }
    out
}

/// A schema's rule in words, to follow "must be".
fn rule(spec: &Value, schema: &Value) -> String {
    let schema = resolve_schema(spec, schema);
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        let values: Vec<String> = values
            .iter()
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
            .collect();
        return format!("one of: {}", values.join(", "));
    }
    let number = |f: fn(f64) -> String, what: &str| -> String {
        let min = schema.get("minimum").and_then(Value::as_f64);
        let max = schema.get("maximum").and_then(Value::as_f64);
        let exclusive = |key| schema.get(key).and_then(Value::as_bool) == Some(true);
        let (low, high) = (
            if exclusive("exclusiveMinimum") {
                "greater than"
            } else {
                "at least"
            },
            if exclusive("exclusiveMaximum") {
                "less than"
            } else {
                "at most"
            },
        );
        match (min, max) {
            (Some(a), Some(b)) if low == "at least" && high == "at most" => {
                format!("{what} from {} to {}", f(a), f(b))
            }
            (Some(a), Some(b)) => format!("{what} {low} {} and {high} {}", f(a), f(b)),
            (Some(a), None) => format!("{what} of {low} {}", f(a)),
            (None, Some(b)) => format!("{what} of {high} {}", f(b)),
            (None, None) => what.to_string(),
        }
    };
    match schema.get("type").and_then(Value::as_str) {
        Some("integer") => number(|n| format!("{n}"), "an integer"),
        Some("number") => number(|n| format!("{n}"), "a number"),
        Some("boolean") => "true or false".into(),
        Some("array") => match schema.get("items") {
            Some(items) => format!("a list of {}", plural(&rule(spec, items))),
            None => "a list".into(),
        },
        Some("string") => {
            let mut rule = match schema.get("format").and_then(Value::as_str) {
                Some("uuid") => "a UUID".to_string(),
                Some("date") => "a date (YYYY-MM-DD)".to_string(),
                Some("date-time") => "an RFC 3339 date-time".to_string(),
                _ => "a string".to_string(),
            };
            let min = schema.get("minLength").and_then(Value::as_u64);
            let max = schema.get("maxLength").and_then(Value::as_u64);
            match (min, max) {
                (Some(a), Some(b)) => rule.push_str(&format!(" of {a} to {b} characters")),
                (Some(a), None) => rule.push_str(&format!(" of at least {a} characters")),
                (None, Some(b)) => rule.push_str(&format!(" of at most {b} characters")),
                (None, None) => {}
            }
            if let Some(pattern) = schema.get("pattern").and_then(Value::as_str) {
                rule.push_str(&format!(" matching `{pattern}`"));
            }
            rule
        }
        _ => "valid".into(),
    }
}

fn plural(rule: &str) -> String {
    for (one, many) in [
        ("an integer", "integers"),
        ("a number", "numbers"),
        ("a UUID", "UUIDs"),
        ("a string", "strings"),
        ("a date", "dates"),
        ("an RFC 3339 date-time", "RFC 3339 date-times"),
    ] {
        if let Some(rest) = rule.strip_prefix(one) {
            return format!("{many}{rest}");
        }
    }
    rule.to_string()
}

/// The inclusive numeric range a schema (or its list items) documents.
pub fn range(schema: &Value) -> Option<(f64, f64)> {
    let schema = match schema.get("type").and_then(Value::as_str) {
        Some("array") => schema.get("items")?,
        _ => schema,
    };
    if !matches!(
        schema.get("type").and_then(Value::as_str),
        Some("integer" | "number")
    ) {
        return None;
    }
    let integer = schema.get("type").and_then(Value::as_str) == Some("integer");
    let exclusive = |key| schema.get(key).and_then(Value::as_bool) == Some(true);
    let min = schema.get("minimum").and_then(Value::as_f64).map(|min| {
        match (exclusive("exclusiveMinimum"), integer) {
            (false, _) => min,
            (true, true) => min + 1.0,
            (true, false) => min.next_up(),
        }
    });
    let max = schema.get("maximum").and_then(Value::as_f64).map(|max| {
        match (exclusive("exclusiveMaximum"), integer) {
            (false, _) => max,
            (true, true) => max - 1.0,
            (true, false) => max.next_down(),
        }
    });
    if min.is_none() && max.is_none() {
        return None;
    }
    Some((
        min.unwrap_or(f64::NEG_INFINITY),
        max.unwrap_or(f64::INFINITY),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn rules_in_words() {
        let spec = json!({});
        let cases = [
            (
                json!({"type": "integer", "minimum": 1, "maximum": 500}),
                "an integer from 1 to 500",
            ),
            (
                json!({"type": "integer", "minimum": 0}),
                "an integer of at least 0",
            ),
            (
                json!({"type": "number", "exclusiveMinimum": true, "minimum": 0}),
                "a number of greater than 0",
            ),
            (json!({"type": "string", "format": "uuid"}), "a UUID"),
            (
                json!({"type": "string", "maxLength": 50}),
                "a string of at most 50 characters",
            ),
            (
                json!({"type": "string", "enum": ["asc", "desc"]}),
                "one of: asc, desc",
            ),
            (
                json!({"type": "array", "items": {"type": "integer", "maximum": 9}}),
                "a list of integers of at most 9",
            ),
        ];
        for (schema, expected) in cases {
            assert_eq!(rule(&spec, &schema), expected, "{schema}");
        }
    }

    #[test]
    fn the_fields_of_one_of_variants_have_their_rules() {
        let spec = json!({});
        let list = |item: Value| json!({"type": "array", "maxItems": 150, "items": item});
        let body = json!({"oneOf": [
            {"type": "object", "required": ["emails"], "properties": {"emails": list(json!({"type": "string"}))}},
            {"type": "object", "required": ["ids"], "properties": {"ids": list(json!({"type": "integer"}))}},
            {"type": "object", "properties": {"all": {"type": "boolean"}}},
        ]});
        let most = |name: &str| {
            (
                name.to_string(),
                name.to_string(),
                BodyRule::List {
                    min: None,
                    max: Some(150),
                    items: Box::new(BodyRule::Any),
                },
            )
        };
        assert_eq!(
            body_rules(&spec, &body, 0),
            BodyRule::Object(vec![most("emails"), most("ids")])
        );
    }

    #[test]
    fn ranges() {
        assert_eq!(
            range(&json!({"type": "integer", "minimum": 1, "maximum": 500})),
            Some((1.0, 500.0))
        );
        assert_eq!(
            range(&json!({"type": "integer", "minimum": 0, "exclusiveMinimum": true})),
            Some((1.0, f64::INFINITY))
        );
        assert_eq!(range(&json!({"type": "string", "maxLength": 3})), None);
        assert_eq!(range(&json!({"type": "integer"})), None);
    }
}
