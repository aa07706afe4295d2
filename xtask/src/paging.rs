//! `x-pagination` on a list operation -> a `.stream()` method on its
//! builder, driven by `vendor_clients_core::__private::paginate`.
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

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use crate::lint::resolve;
use crate::spec::rust_ident;

/// A response field path, as the generated types spell it: each step's
/// field name and whether the field is an `Option`.
#[derive(Clone, Debug)]
pub struct FieldPath(Vec<(String, bool)>);

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
        item_type: format!("types::{}", crate::generate::type_name(item_ref)),
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
        let required = crate::lint::required_properties(schema).any(|n| n == name);
        let property = resolve(spec, property);
        let nullable = property.get("nullable").and_then(Value::as_bool) == Some(true);
        steps.push((rust_ident(name), !required || nullable));
        schema = property;
    }
    Ok(FieldPath(steps))
}

impl FieldPath {
    /// An expression of type `Option<&Leaf>` reading this path from `page`.
    fn read(&self) -> TokenStream {
        let mut expr = quote!(Some(&page));
        for (name, optional) in &self.0 {
            let field = format_ident!("{name}");
            expr = if *optional {
                quote!(#expr.and_then(|x| x.#field.as_ref()))
            } else {
                quote!(#expr.map(|x| &x.#field))
            };
        }
        expr
    }
}

/// The `.stream()` method of an operation's builder.
pub fn stream_method(
    pagination: &Pagination,
    operation_static: &syn::Ident,
    page_type: &syn::Type,
) -> Result<syn::ImplItemFn, String> {
    let private = quote!(vendor_clients_core::__private);
    let item_type: syn::Type = syn::parse_str(&pagination.item_type).map_err(|e| e.to_string())?;
    let items = format_ident!("{}", pagination.items);
    let number = |path: &Option<FieldPath>| match path {
        Some(path) => {
            let read = path.read();
            quote!(#read.and_then(#private::PageNumber::page_number))
        }
        None => quote!(None),
    };
    let (paging, signals, doc) = match &pagination.style {
        Style::Page {
            param,
            current_page,
            last_page,
            next_page_url,
        } => {
            let param = format_ident!("{param}");
            let (current, last) = (number(current_page), number(last_page));
            let has_next = match next_page_url {
                Some(path) => {
                    let read = path.read();
                    quote!(Some(#read.and_then(#private::PageToken::page_token).is_some()))
                }
                None => quote!(None),
            };
            (
                quote!(#private::Paging::Page {
                    first: match &self.#param {
                        Ok(Some(page)) => #private::PageNumber::page_number(page),
                        _ => None,
                    },
                    set: |builder, page| builder.#param(page),
                }),
                quote!(#private::PageSignals {
                    current_page: #current,
                    last_page: #last,
                    has_next: #has_next,
                    ..Default::default()
                }),
                "Pages are asked for by number, from the page set on this builder (or the \
                 first); the stream ends after an empty page, the last page, or (where the last \
                 page is not given) a page that links to no next one, and with an \
                 `ErrorKind::RepeatedPage` error if a page says it is one already read, or, not \
                 saying its number, has the same items as the page before.",
            )
        }
        Style::Offset { param, total } => {
            let param = format_ident!("{param}");
            let total = number(total);
            (
                quote!(#private::Paging::Offset {
                    first: match &self.#param {
                        Ok(Some(offset)) => #private::PageNumber::page_number(offset),
                        _ => None,
                    },
                    set: |builder, offset| builder.#param(offset),
                }),
                quote!(#private::PageSignals {
                    total: #total,
                    ..Default::default()
                }),
                "Pages are asked for by offset, from the offset set on this builder (or 0), \
                 advanced by the number of items received; the stream ends after an empty page \
                 or once the total count is reached, and with an `ErrorKind::RepeatedPage` \
                 error if a page has the same items as the page before (a server ignoring the \
                 offset).",
            )
        }
        Style::Cursor { param, next_cursor } => {
            let param = format_ident!("{param}");
            let read = next_cursor.read();
            (
                quote!(#private::Paging::Cursor {
                    first: match &self.#param {
                        Ok(Some(token)) => Some(token.to_string()),
                        _ => None,
                    },
                    set: |builder, token| builder.#param(token),
                }),
                quote!(#private::PageSignals {
                    next_cursor: #read
                        .and_then(#private::PageToken::page_token)
                        .map(str::to_string),
                    ..Default::default()
                }),
                "Pages are asked for by the token each page gives for the next one; the stream \
                 ends after a page without a token (an empty page with a token is not the \
                 end), and with an `ErrorKind::RepeatedPage` error if the server gives a token \
                 twice.",
            )
        }
    };
    let doc = format!(
        "Every item of every page, one at a time, as a `Stream` (use \
         `futures::StreamExt` or `futures::TryStreamExt` to read it). Each page's \
         request is this builder's, with every filter and the page size kept; only one \
         page is held at a time, and the next one is asked for when the items run out. \
         {doc} An error ends the stream after being yielded."
    );
    syn::parse2(quote! {
        #[doc = #doc]
        pub fn stream(self) -> vendor_clients_core::BoxStream<'static, Result<#item_type, Error>> {
            #private::paginate(
                &#operation_static,
                self.clone(),
                #paging,
                |builder: Self| builder.send(),
                |page: #page_type| {
                    let signals = #signals;
                    (page.#items, signals)
                },
            )
        }
    })
    .map_err(|e| format!("generated stream(): {e}"))
}
