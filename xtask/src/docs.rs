//! The documentation users read on each operation, written from the spec:
//! what the operation does, each parameter (required or not, its meaning,
//! format, units, default), what it returns and which error statuses the
//! vendor documents, and an example that compiles (a doc test).

use std::fmt::Write as _;

use serde_json::Value;

use crate::lint::{OperationRef, resolve};
use crate::spec::{Operation, Response, rust_ident};

/// A value the setter of a parameter of `schema` accepts, as Rust source,
/// for examples; `None` where no literal fits.
pub fn example_value(spec: &Value, schema: &Value) -> Option<String> {
    let schema = crate::lint::resolve_schema(spec, schema);
    if let Some(example) = schema.get("example") {
        return literal(schema, example);
    }
    if let Some(first) = schema
        .get("enum")
        .and_then(Value::as_array)
        .and_then(|e| e.first())
    {
        return literal(schema, first);
    }
    match schema.get("type").and_then(Value::as_str)? {
        "string" => {
            let format = schema.get("format").and_then(Value::as_str);
            let min = schema.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
            Some(match format {
                Some("uuid") => "\"3f1c2b9e-8a4d-4e5f-9c7b-1a2b3c4d5e6f\"".into(),
                Some("date" | "date-time") => return None,
                _ => format!("{:?}", "example".repeat(min.div_ceil(7).max(1))),
            })
        }
        "integer" => {
            let min = schema.get("minimum").and_then(Value::as_i64).unwrap_or(1);
            Some(format!("{}", min.max(1)))
        }
        "number" => Some("1.5".into()),
        "boolean" => Some("true".into()),
        _ => None,
    }
}

fn literal(schema: &Value, value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(format!("{s:?}")),
        Value::Number(n) if schema.get("type").and_then(Value::as_str) == Some("number") => {
            Some(format!("{}", n.as_f64()?))
        }
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// The builder calls of an example: every required parameter, and the
/// required plain fields of a required body.
pub fn example_call(spec: &Value, op: &OperationRef) -> String {
    let mut call = format!("client\n    .{}()", op.id().unwrap_or_default());
    for param in parameters(spec, op) {
        if param.get("required").and_then(Value::as_bool) != Some(true) {
            continue;
        }
        let (Some(name), Some(schema)) = (
            param.get("name").and_then(Value::as_str),
            param.get("schema"),
        ) else {
            continue;
        };
        if let Some(value) = example_value(spec, schema) {
            let _ = write!(call, "\n    .{}({value})", rust_ident(name));
        }
    }
    let body_required = op
        .operation
        .pointer("/requestBody/required")
        .and_then(Value::as_bool)
        == Some(true);
    if let Some(schema) = op
        .operation
        .pointer("/requestBody/content/application~1json/schema")
        .filter(|_| body_required)
    {
        let schema = resolve(spec, schema);
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let mut fields = String::new();
        for name in required {
            let Some(property) = schema.pointer(&format!("/properties/{name}")) else {
                continue;
            };
            let property = resolve(spec, property);
            // A plain string field's setter takes `String`.
            let value = match (
                property.get("type").and_then(Value::as_str),
                example_value(spec, property),
            ) {
                (Some("string"), Some(v))
                    if property.get("enum").is_none() && property.get("format").is_none() =>
                {
                    format!("{v}.to_string()")
                }
                (_, Some(v)) => v,
                (_, None) => continue,
            };
            let _ = write!(fields, ".{}({value})", rust_ident(name));
        }
        let _ = write!(call, "\n    .body_map(|body| body{fields})");
    }
    call.push_str("\n    .send()\n    .await?");
    call
}

fn text<'a>(value: &'a Value, key: &str) -> Option<&'a str> {
    value.get(key).and_then(Value::as_str).map(str::trim)
}

fn parameters<'a>(spec: &'a Value, op: &'a OperationRef) -> Vec<&'a Value> {
    op.path_item_parameters(spec)
        .and_then(Value::as_array)
        .into_iter()
        .chain(op.operation.get("parameters").and_then(Value::as_array))
        .flatten()
        .map(|p| resolve(spec, p))
        .collect()
}

/// The doc comment of the `Client` method of one operation.
pub fn operation_doc(
    spec: &Value,
    op: &OperationRef,
    operation: &Operation,
    krate: &str,
    error_body: Option<&str>,
) -> String {
    let mut doc = String::new();
    if let Some(summary) = text(op.operation, "summary") {
        let _ = writeln!(doc, "{summary}.\n");
    }
    if let Some(description) = text(op.operation, "description") {
        let _ = writeln!(doc, "{description}\n");
    }
    let _ = writeln!(doc, "`{} {}`", operation.method, operation.path);
    let params = parameters(spec, op);
    let body = op.operation.get("requestBody");
    if !params.is_empty() || body.is_some() {
        doc.push_str("\n# Parameters\n\nSet each on the returned builder; `send()` checks them before sending anything.\n\n");
    }
    for param in params {
        let Some(name) = text(param, "name") else {
            continue;
        };
        let required = param.get("required").and_then(Value::as_bool) == Some(true);
        let ident = rust_ident(name);
        let place = text(param, "in").unwrap_or("query");
        let _ = write!(
            doc,
            "- `{ident}` ({}, {place}{}): ",
            if required { "**required**" } else { "optional" },
            if ident == name {
                String::new()
            } else {
                format!(" `{name}`")
            },
        );
        if let Some(description) = text(param, "description") {
            let _ = write!(doc, "{}. ", description.trim_end_matches('.'));
        }
        if let Some(rule) = operation.params.get(&ident) {
            let rule = rule
                .rule
                .strip_prefix(&format!("{ident} must be "))
                .unwrap_or(&rule.rule);
            let _ = write!(doc, "Must be {rule}.");
        }
        let default = param.pointer("/schema/default").or_else(|| {
            param
                .get("schema")
                .and_then(|s| crate::lint::resolve_schema(spec, s).get("default"))
        });
        if let Some(default) = default {
            let _ = write!(doc, " The server's default: `{default}`.");
        }
        doc.push('\n');
    }
    if let Some(body) = body {
        let required = body.get("required").and_then(Value::as_bool) == Some(true);
        let schema = body
            .pointer("/content/application~1json/schema/$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.rsplit('/').next())
            .map(crate::generate::type_name);
        let _ = write!(
            doc,
            "- `body` ({}): ",
            if required { "**required**" } else { "optional" }
        );
        if let Some(name) = &schema {
            let _ = write!(
                doc,
                "a [`types::{name}`], or built field by field with `body_map(|body| ..)`. "
            );
        }
        if let Some(description) = text(body, "description") {
            let _ = write!(doc, "{}.", description.trim_end_matches('.'));
        }
        doc.push('\n');
    }
    doc.push_str("\n# Returns\n\n");
    let successes: Vec<String> = operation
        .responses
        .iter()
        .filter(|(status, _)| (200..300).contains(status))
        .map(|(status, response)| match response {
            Response::SuccessWithoutBody("null") => format!("`{status}` (no body)"),
            Response::SuccessWithoutBody(json) => {
                format!("`{status}` (no body: an empty value, `{json}`)")
            }
            _ => format!("`{status}`"),
        })
        .collect();
    let _ = writeln!(
        doc,
        "On {}, the decoded body in a `ResponseValue` (`.into_inner()`; `.status()` and `.headers()` are kept).",
        successes.join(" or ")
    );
    if operation.pagination.is_some() {
        doc.push_str(
            "The list is paged: the builder's `.stream()` yields every item of every page.\n",
        );
    }
    let errors: Vec<String> = operation
        .responses
        .iter()
        .filter(|(status, _)| !(200..300).contains(status))
        .map(|(status, _)| format!("`{status}`"))
        .collect();
    if errors.is_empty() {
        doc.push_str("\nThe vendor documents no error status: any other answer is an [`Error`] of kind `UnexpectedStatus`.\n");
    } else {
        let _ = write!(
            doc,
            "\nThe vendor documents {} as errors: an [`Error`] of kind `ErrorStatus`",
            errors.join(", ")
        );
        match error_body {
            Some(body) => {
                let _ = writeln!(doc, ", with its [`{body}`] in `error_body()`.");
            }
            None => doc.push_str(".\n"),
        }
    }
    let _ = write!(
        doc,
        "\n# Example\n\n```no_run\n# async fn example(client: &{krate}::Client) -> Result<(), {krate}::Error> {{\nlet response = {};\n# let _ = response;\n# Ok(())\n# }}\n```\n",
        example_call(spec, op)
    );
    doc
}
