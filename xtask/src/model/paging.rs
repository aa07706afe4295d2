//! `x-pagination` on a list operation, read into the model: how it pages
//! (the `.stream()` it gets is the `streams` pass's).
//!
//! ```yaml
//! x-pagination:
//!   style: page            # page | page_headers | offset | cursor
//!   items: data            # the response's list of items (none: the
//!                          # response is the list itself)
//!   page: page             # page style: the page-number query parameter
//!   current_page: pagination.current_page   # optional end signals (response fields)
//!   last_page: pagination.last_page
//!   next_page_url: pagination.next_page_url
//!   offset: offset         # offset style: the offset query parameter
//!   total: count           # optional: the number of items in all pages
//!   cursor: nextToken      # cursor style: the token query parameter
//!   next_cursor: nextToken # the response's next token
//!   page_header: X-Page    # page_headers style (with `page`): the response
//!   pages_header: X-Total-Pages  # headers holding the page's number and
//!                          # the number of pages
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
    /// Page numbers, the page's number and the page count in response
    /// headers (lower case).
    PageHeaders {
        param: String,
        page_header: String,
        pages_header: String,
    },
}

/// An operation's paging, read from its spec.
#[derive(Clone, Debug)]
pub struct Pagination {
    pub style: Style,
    /// The response's item list (a top-level field, a `Vec`), or `None`
    /// when the response is the list itself.
    pub items: Option<String>,
    /// The item type, as generated code names it (`types::Account`).
    pub item_type: String,
    /// Whether the page, offset or token parameter is required (its
    /// builder field then holds no `Option`).
    pub param_required: bool,
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
    // The list: a field of the response, or the response itself.
    let items = text("items");
    let items_schema = match items {
        Some(items) => page_schema
            .pointer(&format!("/properties/{items}"))
            .map(|s| resolve(spec, s))
            .filter(|s| s.get("type").and_then(Value::as_str) == Some("array"))
            .ok_or_else(|| {
                format!("x-pagination: `items: {items}` is not a list of the response")
            })?,
        None if page_schema.get("type").and_then(Value::as_str) == Some("array") => page_schema,
        None => {
            return Err(
                "x-pagination: `items` names the response's item list (or the response is one)"
                    .into(),
            );
        }
    };
    let item_ref = items_schema
        .pointer("/items/$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.rsplit('/').next())
        .ok_or_else(|| {
            format!(
                "x-pagination: the items of `{}` must be a $ref to a component",
                items.unwrap_or("the response")
            )
        })?;
    // The query parameters: (name, required).
    let params: Vec<(String, bool)> = operation
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|p| resolve(spec, p))
        .filter(|p| p.get("in").and_then(Value::as_str) == Some("query"))
        .filter_map(|p| {
            let name = p.get("name").and_then(Value::as_str)?;
            let required = p.get("required").and_then(Value::as_bool) == Some(true);
            Some((name.to_string(), required))
        })
        .collect();
    let param = |key: &str| -> Result<String, String> {
        let name =
            text(key).ok_or_else(|| format!("x-pagination: `{key}` is required for this style"))?;
        if !params.iter().any(|(p, _)| p == name) {
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
        Some("page_headers") => {
            let header = |key: &str| -> Result<String, String> {
                text(key).map(str::to_ascii_lowercase).ok_or_else(|| {
                    format!("x-pagination: `{key}` names a response header for this style")
                })
            };
            Style::PageHeaders {
                param: param("page")?,
                page_header: header("page_header")?,
                pages_header: header("pages_header")?,
            }
        }
        other => {
            return Err(format!(
                "x-pagination: style {other:?} is not one of page, page_headers, offset, cursor"
            ));
        }
    };
    let param_key = match &style {
        Style::Offset { .. } => "offset",
        Style::Cursor { .. } => "cursor",
        Style::Page { .. } | Style::PageHeaders { .. } => "page",
    };
    let param_required = params
        .iter()
        .any(|(p, required)| *required && text(param_key) == Some(p.as_str()));
    Ok(Some(Pagination {
        style,
        items: items.map(rust_ident),
        item_type: format!("types::{}", type_name(item_ref)),
        param_required,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn spec_and_operation(pagination: Value) -> (Value, Value) {
        let spec = serde_json::json!({"components": {"schemas": {
            "Timesheet": {"type": "object", "properties": {"id": {"type": "integer"}}}
        }}});
        let operation = serde_json::json!({
            "x-pagination": pagination,
            "parameters": [
                {"name": "page", "in": "query", "schema": {"type": "integer"}},
                {"name": "size", "in": "query", "schema": {"type": "integer"}}
            ],
            "responses": {"200": {"content": {"application/json": {"schema": {
                "type": "array", "items": {"$ref": "#/components/schemas/Timesheet"}
            }}}}}
        });
        (spec, operation)
    }

    #[test]
    fn header_pages_of_a_list_response() {
        let (spec, operation) = spec_and_operation(serde_json::json!({
            "style": "page_headers", "page": "page",
            "page_header": "X-Page", "pages_header": "X-Total-Pages"
        }));
        let pagination = read(&spec, &operation).unwrap().unwrap();
        assert_eq!(pagination.items, None, "the response is the list");
        assert_eq!(pagination.item_type, "types::Timesheet");
        let Style::PageHeaders {
            param,
            page_header,
            pages_header,
        } = pagination.style
        else {
            panic!("{:?}", pagination.style);
        };
        assert_eq!(
            (param.as_str(), page_header.as_str(), pages_header.as_str()),
            ("page", "x-page", "x-total-pages")
        );
    }

    #[test]
    fn a_required_page_parameter_is_known() {
        for (required, expected) in [
            (serde_json::json!(true), true),
            (serde_json::json!(false), false),
        ] {
            let (spec, mut operation) = spec_and_operation(serde_json::json!({
                "style": "page_headers", "page": "page",
                "page_header": "X-Page", "pages_header": "X-Total-Pages"
            }));
            operation["parameters"][0]["required"] = required;
            let pagination = read(&spec, &operation).unwrap().unwrap();
            assert_eq!(pagination.param_required, expected);
        }
    }

    #[test]
    fn header_pages_need_both_headers_and_a_page_parameter() {
        for (pagination, problem) in [
            (
                serde_json::json!({"style": "page_headers", "page": "page", "page_header": "X-Page"}),
                "`pages_header`",
            ),
            (
                serde_json::json!({"style": "page_headers", "page": "p", "page_header": "X-Page", "pages_header": "X-Total-Pages"}),
                "`page: p` is not a query parameter",
            ),
            (
                serde_json::json!({"style": "page_headers", "items": "data", "page": "page", "page_header": "X-Page", "pages_header": "X-Total-Pages"}),
                "`items: data` is not a list",
            ),
        ] {
            let (spec, operation) = spec_and_operation(pagination);
            let error = read(&spec, &operation).unwrap_err();
            assert!(error.contains(problem), "{error}");
        }
    }
}
