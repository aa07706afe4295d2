//! `x-pagination` on a list operation, read into the model: how it pages
//! (the `.stream()` it gets is the `streams` pass's).
//!
//! ```yaml
//! x-pagination:
//!   style: page            # page | offset | cursor
//!   items: data            # the response's list of items
//!   page: page             # page style: the page-number query parameter
//!   current_page: pagination.current_page   # optional end signals (response fields)
//!   last_page: pagination.last_page
//!   next_page_url: pagination.next_page_url
//!   offset: offset         # offset style: the offset query parameter
//!   total: count           # optional: the number of items in all pages
//!   cursor: nextToken      # cursor style: the token query parameter
//!   next_cursor: nextToken # the response's next token
//! ```

use serde_json::Value;

use crate::model::names::{rust_ident, type_name};
use crate::model::openapi::{required_properties, resolve};

/// A response field path, as the generated types spell it: each step's
/// field name and whether the field is an `Option`.
#[derive(Clone, Debug)]
pub struct FieldPath(pub Vec<(String, bool)>);

#[derive(Clone, Debug)]
pub enum Style {
    Page {
        param: String,
        current_page: Option<FieldPath>,
        last_page: Option<FieldPath>,
        next_page_url: Option<FieldPath>,
    },
    Offset {
        param: String,
        total: Option<FieldPath>,
    },
    Cursor {
        param: String,
        next_cursor: FieldPath,
    },
}

/// An operation's paging, read from its spec.
#[derive(Clone, Debug)]
pub struct Pagination {
    pub style: Style,
    /// The response's item list (a top-level field, a `Vec`).
    pub items: String,
    /// The item type, as generated code names it (`types::Account`).
    pub item_type: String,
}

/// Reads `x-pagination` of `operation`; `Ok(None)` when it has none.
pub fn read(spec: &Value, operation: &Value) -> Result<Option<Pagination>, String> {
    let Some(declared) = operation.get("x-pagination") else {
        return Ok(None);
    };
    let text = |key: &str| declared.get(key).and_then(Value::as_str);
    let page_schema = operation
        .get("responses")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter(|(status, _)| status.starts_with('2'))
        .find_map(|(_, r)| resolve(spec, r).pointer("/content/application~1json/schema"))
        .map(|s| resolve(spec, s))
        .ok_or("x-pagination: the operation has no JSON success body")?;
    let items = text("items").ok_or("x-pagination: `items` names the response's item list")?;
    let items_schema = page_schema
        .pointer(&format!("/properties/{items}"))
        .map(|s| resolve(spec, s))
        .filter(|s| s.get("type").and_then(Value::as_str) == Some("array"))
        .ok_or_else(|| format!("x-pagination: `items: {items}` is not a list of the response"))?;
    let item_ref = items_schema
        .pointer("/items/$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.rsplit('/').next())
        .ok_or_else(|| {
            format!("x-pagination: the items of `{items}` must be a $ref to a component")
        })?;
    let params: Vec<String> = operation
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|p| resolve(spec, p))
        .filter(|p| p.get("in").and_then(Value::as_str) == Some("query"))
        .filter_map(|p| p.get("name").and_then(Value::as_str).map(str::to_string))
        .collect();
    let param = |key: &str| -> Result<String, String> {
        let name =
            text(key).ok_or_else(|| format!("x-pagination: `{key}` is required for this style"))?;
        if !params.iter().any(|p| p == name) {
            return Err(format!(
                "x-pagination: `{key}: {name}` is not a query parameter of the operation"
            ));
        }
        Ok(rust_ident(name))
    };
    let field = |key: &str| -> Result<Option<FieldPath>, String> {
        text(key)
            .map(|path| field_path(spec, page_schema, path))
            .transpose()
    };
    let style = match text("style") {
        Some("page") => Style::Page {
            param: param("page")?,
            current_page: field("current_page")?,
            last_page: field("last_page")?,
            next_page_url: field("next_page_url")?,
        },
        Some("offset") => Style::Offset {
            param: param("offset")?,
            total: field("total")?,
        },
        Some("cursor") => Style::Cursor {
            param: param("cursor")?,
            next_cursor: field("next_cursor")?
                .ok_or("x-pagination: `next_cursor` is required for the cursor style")?,
        },
        other => {
            return Err(format!(
                "x-pagination: style {other:?} is not one of page, offset, cursor"
            ));
        }
    };
    Ok(Some(Pagination {
        style,
        items: rust_ident(items),
        item_type: format!("types::{}", type_name(item_ref)),
    }))
}

/// `pagination.current_page` in `schema` -> the generated fields' path.
fn field_path(spec: &Value, schema: &Value, path: &str) -> Result<FieldPath, String> {
    let mut steps = Vec::new();
    let mut schema = schema;
    for name in path.split('.') {
        let property = schema
            .pointer(&format!("/properties/{name}"))
            .ok_or_else(|| format!("x-pagination: the response has no field `{path}`"))?;
        let required = required_properties(schema).any(|n| n == name);
        let property = resolve(spec, property);
        let nullable = property.get("nullable").and_then(Value::as_bool) == Some(true);
        steps.push((rust_ident(name), !required || nullable));
        schema = property;
    }
    Ok(FieldPath(steps))
}
