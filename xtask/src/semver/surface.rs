//! A spec's public API in spec terms: what a user's code names in the
//! client progenitor generates from it. Operations are builder methods
//! (by operationId) behind their group's feature, with a setter per
//! parameter, a body, a response type and maybe `.stream()`; component
//! schemas are `types::*`. Each value is a [`Shape`], as precise as the
//! Rust type typify makes of it: a scalar's format and rules (a length
//! limit makes a newtype, a minimum of 1 a `NonZero`), an enum's values,
//! an object's fields and which are `Option`s.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::model::names::{group_feature, rust_ident};
use crate::model::openapi::{components, operations, required_properties, resolve};

/// One vendor's API.
#[derive(Debug, Default)]
pub struct Surface {
    /// By operationId.
    pub operations: BTreeMap<String, Operation>,
    /// Component schemas by their spec name.
    pub types: BTreeMap<String, Shape>,
}

#[derive(Debug)]
pub struct Operation {
    /// Its API groups' features.
    pub groups: Vec<String>,
    /// `GET /api/timesheets`.
    pub request: String,
    /// By the builder's setter (`order_by`).
    pub params: BTreeMap<String, Param>,
    pub body: Option<Field>,
    /// The documented success body; [`Shape::Nothing`] without one.
    pub response: Shape,
    /// `x-pagination`: the builder has `.stream()`.
    pub paged: bool,
}

#[derive(Debug)]
pub struct Param {
    /// Its name in the spec (`orderBy`).
    pub name: String,
    /// `path`, `query` or `header`.
    pub location: String,
    pub value: Field,
}

/// A value that may be left out: a parameter, a body, an object's field.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub shape: Shape,
    /// Listed as required.
    pub required: bool,
    /// `nullable: true`.
    pub nullable: bool,
    /// Has a `default`.
    pub default: bool,
}

impl Field {
    /// Whether typify makes it an `Option`: not required and no default
    /// (a list without one defaults to empty), or nullable.
    pub fn is_option(&self) -> bool {
        self.nullable || (!self.required && !self.default && !matches!(self.shape, Shape::List(_)))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// A component schema (`$ref`), compared by name: its own changes are
    /// the type's.
    Named(String),
    /// `integer (int64, at least 1)`, `string (uuid)`, `string (at most 50
    /// characters)`, `boolean`, `any`.
    Scalar(String),
    /// The values, each with its variant name where `x-enum-varnames`
    /// gives one.
    Enum(Vec<(String, Option<String>)>),
    List(Box<Shape>),
    /// `additionalProperties`: a map from strings.
    Map(Box<Shape>),
    /// By the field's name in the spec.
    Object(BTreeMap<String, Field>),
    /// `oneOf`, `anyOf` or an `allOf` of several: compared whole.
    Union(String, Vec<Shape>),
    /// No body.
    Nothing,
}

impl Shape {
    /// In words, for a message: `integer (int64)`, `list of Account`.
    pub fn describe(&self) -> String {
        match self {
            Self::Named(name) => name.clone(),
            Self::Scalar(scalar) => scalar.clone(),
            Self::Enum(values) => {
                let values: Vec<&str> = values.iter().map(|(v, _)| v.as_str()).collect();
                format!("enum ({})", values.join(", "))
            }
            Self::List(items) => format!("list of {}", items.describe()),
            Self::Map(values) => format!("map of {}", values.describe()),
            Self::Object(fields) => {
                let names: Vec<&str> = fields.keys().map(String::as_str).collect();
                format!("object ({})", names.join(", "))
            }
            Self::Union(kind, shapes) => {
                let shapes: Vec<String> = shapes.iter().map(Shape::describe).collect();
                format!("{kind} ({})", shapes.join(", "))
            }
            Self::Nothing => "no body".to_string(),
        }
    }
}

/// The API of `spec`.
pub fn surface(spec: &Value) -> Surface {
    let mut out = Surface::default();
    for op in operations(spec) {
        let Some(id) = op.id() else { continue };
        let mut params = BTreeMap::new();
        let item_params = op.path_item_parameters(spec).and_then(Value::as_array);
        let op_params = op.operation.get("parameters").and_then(Value::as_array);
        for param in item_params.into_iter().chain(op_params).flatten() {
            let param = resolve(spec, param);
            let Some(name) = param.get("name").and_then(Value::as_str) else {
                continue;
            };
            let schema = param.get("schema").unwrap_or(&Value::Null);
            let location = param.get("in").and_then(Value::as_str).unwrap_or_default();
            params.insert(
                rust_ident(name),
                Param {
                    name: name.to_string(),
                    location: location.to_string(),
                    value: Field {
                        shape: shape(schema, 0),
                        required: location == "path" || is_true(param, "required"),
                        nullable: is_true(schema, "nullable"),
                        default: schema.get("default").is_some(),
                    },
                },
            );
        }
        let body = op.operation.get("requestBody").map(|body| {
            let body = resolve(spec, body);
            Field {
                shape: body_schema(body)
                    .map_or(Shape::Scalar("any".into()), |schema| shape(schema, 0)),
                required: is_true(body, "required"),
                nullable: false,
                default: false,
            }
        });
        let response = op
            .operation
            .get("responses")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .filter(|(status, _)| status.starts_with('2'))
            .find_map(|(_, response)| body_schema(resolve(spec, response)))
            .map_or(Shape::Nothing, |schema| shape(schema, 0));
        out.operations.insert(
            id.to_string(),
            Operation {
                groups: op.tags().into_iter().map(group_feature).collect(),
                request: format!("{} {}", op.method.to_uppercase(), op.path),
                params,
                body,
                response,
                paged: op.operation.get("x-pagination").is_some(),
            },
        );
    }
    for (name, schema) in components(spec) {
        out.types.insert(name.clone(), shape(schema, 0));
    }
    out
}

fn is_true(value: &Value, key: &str) -> bool {
    value.get(key).and_then(Value::as_bool) == Some(true)
}

/// A request or response's schema: its JSON one, else its first.
fn body_schema(body: &Value) -> Option<&Value> {
    let content = body.get("content")?.as_object()?;
    content
        .get("application/json")
        .or_else(|| content.values().next())?
        .get("schema")
}

/// The shape of `schema`; a `$ref` stays a name.
pub fn shape(schema: &Value, depth: usize) -> Shape {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        return Shape::Named(
            reference
                .rsplit('/')
                .next()
                .unwrap_or(reference)
                .to_string(),
        );
    }
    if depth > 32 {
        return Shape::Scalar("any".into());
    }
    let list = |key: &str| schema.get(key).and_then(Value::as_array);
    if let Some([only]) = list("allOf").map(Vec::as_slice) {
        return shape(only, depth + 1);
    }
    for (key, kind) in [
        ("oneOf", "one of"),
        ("anyOf", "any of"),
        ("allOf", "all of"),
    ] {
        if let Some(shapes) = list(key) {
            let shapes = shapes.iter().map(|s| shape(s, depth + 1)).collect();
            return Shape::Union(kind.into(), shapes);
        }
    }
    if let Some(values) = list("enum") {
        let names = schema.get("x-enum-varnames").and_then(Value::as_array);
        return Shape::Enum(
            values
                .iter()
                .enumerate()
                .map(|(i, value)| {
                    let value = value
                        .as_str()
                        .map_or_else(|| value.to_string(), str::to_string);
                    let name = names
                        .and_then(|names| names.get(i))
                        .and_then(Value::as_str)
                        .map(str::to_string);
                    (value, name)
                })
                .collect(),
        );
    }
    let kind = schema.get("type").and_then(Value::as_str);
    if kind == Some("array") {
        let items = schema
            .get("items")
            .map_or(Shape::Scalar("any".into()), |items| shape(items, depth + 1));
        return Shape::List(Box::new(items));
    }
    let properties = schema.get("properties").and_then(Value::as_object);
    if kind == Some("object") || properties.is_some() {
        if let Some(properties) = properties.filter(|p| !p.is_empty()) {
            let required: Vec<&str> = required_properties(schema).collect();
            let fields = properties
                .iter()
                .map(|(name, property)| {
                    let field = Field {
                        shape: shape(property, depth + 1),
                        required: required.contains(&name.as_str()),
                        nullable: is_true(property, "nullable"),
                        default: property.get("default").is_some(),
                    };
                    (name.clone(), field)
                })
                .collect();
            return Shape::Object(fields);
        }
        return match schema.get("additionalProperties") {
            Some(values @ Value::Object(map)) if !map.is_empty() => {
                Shape::Map(Box::new(shape(values, depth + 1)))
            }
            _ => Shape::Scalar("object".into()),
        };
    }
    Shape::Scalar(scalar(schema, kind))
}

/// A scalar in words: its type, format and the rules that make typify
/// choose another Rust type or check values (`integer (int64, at least 1)`).
fn scalar(schema: &Value, kind: Option<&str>) -> String {
    let Some(kind) = kind else {
        return "any".into();
    };
    let mut details: Vec<String> = Vec::new();
    if let Some(format) = schema.get("format").and_then(Value::as_str) {
        // Formats typify maps to a type of their own; the others are text.
        let typed = match kind {
            "string" => ["date", "date-time", "uuid", "binary", "byte"].contains(&format),
            _ => true,
        };
        if typed {
            details.push(format.to_string());
        }
    }
    let number = |key: &str| schema.get(key).and_then(Value::as_f64);
    let exclusive = |key: &str| is_true(schema, key);
    if let Some(min) = number("minimum") {
        let word = if exclusive("exclusiveMinimum") {
            "above"
        } else {
            "at least"
        };
        details.push(format!("{word} {min}"));
    }
    if let Some(max) = number("maximum") {
        let word = if exclusive("exclusiveMaximum") {
            "below"
        } else {
            "at most"
        };
        details.push(format!("{word} {max}"));
    }
    if let Some(min) = number("minLength") {
        details.push(format!("at least {min} characters"));
    }
    if let Some(max) = number("maxLength") {
        details.push(format!("at most {max} characters"));
    }
    if let Some(pattern) = schema.get("pattern").and_then(Value::as_str) {
        details.push(format!("matching `{pattern}`"));
    }
    if details.is_empty() {
        kind.to_string()
    } else {
        format!("{kind} ({})", details.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn shapes_follow_the_rust_types() {
        let cases = [
            (json!({"$ref": "#/components/schemas/Account"}), "Account"),
            (
                json!({"allOf": [{"$ref": "#/components/schemas/Account"}]}),
                "Account",
            ),
            (
                json!({"type": "integer", "format": "int64", "minimum": 1}),
                "integer (int64, at least 1)",
            ),
            (json!({"type": "string", "format": "email"}), "string"),
            (json!({"type": "string", "format": "uuid"}), "string (uuid)"),
            (
                json!({"type": "string", "maxLength": 50}),
                "string (at most 50 characters)",
            ),
            (
                json!({"type": "array", "items": {"type": "string"}}),
                "list of string",
            ),
            (
                json!({"type": "object", "additionalProperties": {"type": "integer"}}),
                "map of integer",
            ),
            (json!({"type": "object"}), "object"),
            (json!({"type": "string", "enum": ["a", "b"]}), "enum (a, b)"),
            (json!({}), "any"),
        ];
        for (schema, expected) in cases {
            assert_eq!(shape(&schema, 0).describe(), expected, "{schema}");
        }
    }

    #[test]
    fn options_are_what_typify_makes_options() {
        let field = |required, nullable, default, shape| Field {
            shape,
            required,
            nullable,
            default,
        };
        let text = || Shape::Scalar("string".into());
        assert!(!field(true, false, false, text()).is_option());
        assert!(field(false, false, false, text()).is_option());
        assert!(field(true, true, false, text()).is_option());
        assert!(!field(false, false, true, text()).is_option());
        assert!(!field(false, false, false, Shape::List(Box::new(text()))).is_option());
    }

    #[test]
    fn an_operation_with_its_parameters_body_response_and_group() {
        let spec = json!({
            "paths": {"/things/{id}": {
                "parameters": [{"name": "id", "in": "path", "schema": {"type": "integer"}}],
                "post": {
                    "operationId": "update_thing",
                    "tags": ["ThingsApi"],
                    "x-pagination": {"style": "offset"},
                    "parameters": [
                        {"name": "orderBy", "in": "query", "schema": {"type": "string", "default": "name"}}
                    ],
                    "requestBody": {"required": true, "content": {"application/json": {
                        "schema": {"$ref": "#/components/schemas/Thing"}}}},
                    "responses": {
                        "404": {"description": "no"},
                        "200": {"content": {"application/json": {"schema": {
                            "type": "array", "items": {"$ref": "#/components/schemas/Thing"}}}}}
                    }
                }
            }},
            "components": {"schemas": {"Thing": {"type": "object", "required": ["name"],
                "properties": {"name": {"type": "string"}, "size": {"type": "integer"}}}}}
        });
        let api = surface(&spec);
        let op = &api.operations["update_thing"];
        assert_eq!(op.groups, ["things"]);
        assert_eq!(op.request, "POST /things/{id}");
        assert!(op.paged);
        assert!(op.params["id"].value.required);
        let order_by = &op.params["order_by"];
        assert_eq!(
            (order_by.name.as_str(), order_by.value.required),
            ("orderBy", false)
        );
        assert!(order_by.value.default);
        let body = op.body.as_ref().unwrap();
        assert_eq!(
            (body.shape.describe(), body.required),
            ("Thing".to_string(), true)
        );
        assert_eq!(op.response.describe(), "list of Thing");
        let Shape::Object(fields) = &api.types["Thing"] else {
            panic!("{:?}", api.types["Thing"])
        };
        assert!(fields["name"].required && !fields["size"].required);
    }
}
