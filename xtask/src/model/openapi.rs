//! Walking an OpenAPI document as JSON: its operations in document order,
//! `$ref`s followed. What every reader of a spec (the lint, the model of
//! its operations, the passes) needs, so that none of them imports another.

use serde_json::Value;

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// One operation of a spec, as the lint and the generator name it.
pub struct OperationRef<'a> {
    pub path: &'a str,
    pub method: &'a str,
    pub operation: &'a Value,
}

impl OperationRef<'_> {
    pub fn id(&self) -> Option<&str> {
        self.operation.get("operationId").and_then(Value::as_str)
    }

    /// The operation's tags: its API group (the SDK class) is its one tag.
    pub fn tags(&self) -> Vec<&str> {
        self.operation
            .get("tags")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect()
    }

    /// The parameters shared by every operation of this path (JSON pointer
    /// escaping: `~` is `~0`, `/` is `~1`).
    pub fn path_item_parameters<'s>(&self, spec: &'s Value) -> Option<&'s Value> {
        let escaped = self.path.replace('~', "~0").replace('/', "~1");
        spec.pointer(&format!("/paths/{escaped}/parameters"))
    }

    pub fn describe(&self) -> String {
        format!(
            "operation {} ({} {})",
            self.id().unwrap_or("<no operationId>"),
            self.method.to_uppercase(),
            self.path
        )
    }
}

/// Every operation in document order.
pub fn operations(spec: &Value) -> Vec<OperationRef<'_>> {
    let Some(paths) = spec.get("paths").and_then(Value::as_object) else {
        return Vec::new();
    };
    paths
        .iter()
        .flat_map(|(path, item)| {
            METHODS.iter().filter_map(move |method| {
                item.get(*method).map(|operation| OperationRef {
                    path,
                    method,
                    operation,
                })
            })
        })
        .collect()
}

/// A schema with its `$ref`s followed, and a single-element `allOf` (the
/// OpenAPI 3.0 way to put a default beside a `$ref`) looked through.
pub fn resolve_schema<'a>(spec: &'a Value, schema: &'a Value) -> &'a Value {
    let mut schema = resolve(spec, schema);
    while let Some([only]) = schema
        .get("allOf")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
    {
        schema = resolve(spec, only);
    }
    schema
}

/// The spec's component schemas: name and schema.
pub fn components(spec: &Value) -> impl Iterator<Item = (&String, &Value)> {
    spec.pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
}

/// The names an object `schema` lists as `required`.
pub fn required_properties(schema: &Value) -> impl Iterator<Item = &str> {
    schema
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
}

pub fn resolve<'a>(spec: &'a Value, value: &'a Value) -> &'a Value {
    match value.get("$ref").and_then(Value::as_str) {
        Some(reference) => reference
            .strip_prefix('#')
            .and_then(|pointer| spec.pointer(pointer))
            .unwrap_or(value),
        None => value,
    }
}
