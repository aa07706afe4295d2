//! The spec-driven tests of each vendor crate, `crates/<vendor>/tests/spec.rs`.
//!
//! They are generated from the spec and from the generated client, so that a
//! new operation, parameter or schema is covered without hand-written test
//! code. Three groups, one module each:
//!
//! 1. `responses`: every component schema reachable from a response body
//!    decodes as its Rust type from a full example (every property, values
//!    valid for type, format, enum, range and length), without each optional
//!    property, with it `null`, and (where the vendor SDK coerces numbers)
//!    with each number given as a numeric string.
//! 2. `arguments`: every documented parameter rule the builder's setter can be
//!    given a breaking value for (required, UUID, range, length, enum) is
//!    checked before sending: the error is `InvalidRequest`, names the
//!    operation, the parameter and the rule (`spec::Param::rule`), never the
//!    value, and the mock server receives nothing.
//! 3. `path_segments`: every string path parameter, given `""`, `.`, `..`,
//!    `../x`, `%2e%2e`, `a/b`, `?x=1`, `#f`, `a b` and `é`, is either refused
//!    before sending (the first three must be) or arrives as exactly its own
//!    segment of the operation's path.
//!
//! Setter argument types are read from the generated builders (`V:
//! TryInto<T>`), and every component type a test names is checked to exist in
//! the generated code, so a mismatch fails `regen` with a message instead of
//! a compile error in the generated test.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use serde_json::{Map, Value};

use crate::model::manifest::Vendor;
use crate::model::names::type_name;
use crate::model::openapi::{OperationRef, operations, required_properties, resolve};
use crate::model::spec;

/// Where the file goes, in the vendor crate.
pub const PATH: &str = "tests/spec.rs";

/// A UUID for arguments that must be valid.
const UUID: &str = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

/// The generated test file of one vendor (without its do-not-edit header).
pub fn file(vendor: &Vendor, spec_name: &str, spec: &Value, code: &str) -> Result<String, String> {
    let client = Generated::parse(code).map_err(|e| format!("{spec_name}: {e}"))?;
    // The manifest's `Client::builder(..)` of the docs, pointed at the mock server.
    let test_client: syn::Expr = syn::parse_str(&vendor.example_client).map_err(|e| {
        format!(
            "{}: vendor {:?}: example_client {:?} is not a Rust expression: {e}",
            crate::model::manifest::MANIFEST,
            vendor.name,
            vendor.example_client
        )
    })?;
    let generator = Generator {
        spec,
        client: &client,
        lenient_numbers: vendor.sdk_coerces_numbers,
        base_path: base_path(spec),
        rules: spec::operations_by_id(spec).map_err(|e| format!("{spec_name}: {e}"))?,
    };
    let responses = generator
        .responses()
        .map_err(|e| format!("{spec_name}: spec tests: {e}"))?;
    let arguments = generator
        .arguments()
        .map_err(|e| format!("{spec_name}: spec tests: {e}"))?;
    let segments = generator
        .path_segments()
        .map_err(|e| format!("{spec_name}: spec tests: {e}"))?;

    let krate = format_ident!("{}", vendor.crate_ident());
    let base_path = &generator.base_path;
    let mut items: Vec<TokenStream> = responses.module.into_iter().collect();
    items.extend(arguments.module);
    items.extend(segments.module);
    let used: String = items.iter().map(ToString::to_string).collect();
    items.extend(
        generator
            .bodies(&used)
            .map_err(|e| format!("{spec_name}: spec tests: {e}"))?,
    );
    let support = support(&krate, &test_client, base_path);
    let docs = [
        format!(" Tests generated from `{spec_name}` and the generated client"),
        " (`xtask/src/spec_tests.rs` says how): every response schema decodes, every".into(),
        " documented argument rule is checked before sending, and path parameters".into(),
        " stay in their segment.".into(),
        String::new(),
        format!(
            " - `responses`: {} of {}",
            count(responses.tests, "test"),
            count(responses.schemas, "schema")
        ),
        format!(" - `arguments`: {}", count(arguments.tests, "test")),
        format!(" - `path_segments`: {}", count(segments.tests, "test")),
    ];
    let tokens = quote! {
        #(#![doc = #docs])*
        #(#items)*
        #support
    };
    let file: syn::File = syn::parse2(tokens)
        .map_err(|e| format!("{spec_name}: spec tests: generated code does not parse: {e}"))?;
    Ok(prettyplease::unparse(&file))
}

/// `1 test`, `2 tests`.
fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// What the tests need to know about the generated client.
struct Generated {
    /// Type names defined in `mod types`.
    types: BTreeSet<String>,
    /// Setter argument types (`T` of `V: TryInto<T>`), by operationId and
    /// setter name.
    setters: BTreeMap<String, BTreeMap<String, syn::Type>>,
}

impl Generated {
    fn parse(code: &str) -> Result<Self, String> {
        let file = syn::parse_file(code).map_err(|e| format!("generated code: {e}"))?;
        let mut types = BTreeSet::new();
        let mut setters = BTreeMap::new();
        for item in &file.items {
            let syn::Item::Mod(module) = item else {
                continue;
            };
            let Some((_, items)) = &module.content else {
                continue;
            };
            if module.ident == "types" {
                for item in items {
                    match item {
                        syn::Item::Struct(s) => types.insert(s.ident.to_string()),
                        syn::Item::Enum(e) => types.insert(e.ident.to_string()),
                        syn::Item::Type(t) => types.insert(t.ident.to_string()),
                        _ => false,
                    };
                }
            } else {
                // The operation builders' module (`operations`): each builder's
                // `send` names its operation's `Operation` static.
                let statics = operation_statics(items);
                for item in items {
                    if let syn::Item::Impl(block) = item
                        && let Some(id) = operation_id(block, &statics)
                    {
                        setters.insert(id, setter_types(block));
                    }
                }
            }
        }
        if setters.is_empty() {
            return Err("no operation builders found in the generated code".into());
        }
        Ok(Self { types, setters })
    }

    fn setter(&self, operation: &str, name: &str) -> Result<&syn::Type, String> {
        self.setters
            .get(operation)
            .and_then(|s| s.get(name))
            .ok_or_else(|| {
                format!("operation {operation}: the generated builder has no setter `{name}`")
            })
    }

    /// `types::Name` for a component, checked to exist.
    fn component_type(&self, component: &str) -> Result<syn::Type, String> {
        let name = type_name(component);
        if !self.types.contains(&name) {
            return Err(format!(
                "component schema {component} is reachable from a response, but the generated \
                 code defines no `types::{name}` (typify named it otherwise?)"
            ));
        }
        let ident = format_ident!("{name}");
        Ok(syn::parse_quote!(types::#ident))
    }
}

/// The `id` of an `Operation { id: "..", .. }` in `tokens`.
fn id_in(tokens: &str) -> Option<String> {
    let rest = tokens.split_once("Operation { id : \"")?.1;
    Some(rest.split('"').next()?.to_string())
}

/// `static NAME: Operation = Operation { id: "..", .. }` of a module, by name.
fn operation_statics(items: &[syn::Item]) -> BTreeMap<String, String> {
    items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Static(s) => {
                let id = id_in(&quote!(#s).to_string())?;
                Some((s.ident.to_string(), id))
            }
            _ => None,
        })
        .collect()
}

/// The operationId of a builder impl: the `Operation` its adapted `send`
/// declares or names.
fn operation_id(block: &syn::ItemImpl, statics: &BTreeMap<String, String>) -> Option<String> {
    let send = block.items.iter().find_map(|i| match i {
        syn::ImplItem::Fn(f) if f.sig.ident == "send" => Some(f),
        _ => None,
    })?;
    let text = quote!(#send).to_string();
    id_in(&text).or_else(|| {
        let words: BTreeSet<&str> = text
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .collect();
        statics
            .iter()
            .find(|(name, _)| words.contains(name.as_str()))
            .map(|(_, id)| id.clone())
    })
}

/// `name -> T` for every `fn name<V>(self, value: V) where V: TryInto<T>`.
fn setter_types(block: &syn::ItemImpl) -> BTreeMap<String, syn::Type> {
    let mut out = BTreeMap::new();
    for item in &block.items {
        let syn::ImplItem::Fn(f) = item else { continue };
        let Some(clause) = &f.sig.generics.where_clause else {
            continue;
        };
        for predicate in &clause.predicates {
            let syn::WherePredicate::Type(p) = predicate else {
                continue;
            };
            let bounded = &p.bounded_ty;
            if quote!(#bounded).to_string() != "V" {
                continue;
            }
            for bound in &p.bounds {
                let syn::TypeParamBound::Trait(t) = bound else {
                    continue;
                };
                let Some(last) = t.path.segments.last() else {
                    continue;
                };
                if last.ident != "TryInto" {
                    continue;
                }
                if let syn::PathArguments::AngleBracketed(args) = &last.arguments
                    && let Some(syn::GenericArgument::Type(ty)) = args.args.first()
                {
                    out.insert(f.sig.ident.to_string(), ty.clone());
                }
            }
        }
    }
    out
}

/// The path of `servers[0].url` (`/v3`), without a trailing `/`.
fn base_path(spec: &Value) -> String {
    let url = spec
        .pointer("/servers/0/url")
        .and_then(Value::as_str)
        .unwrap_or("");
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = after_scheme.find('/').map_or("", |i| &after_scheme[i..]);
    path.trim_end_matches('/').to_string()
}

struct Generator<'a> {
    spec: &'a Value,
    client: &'a Generated,
    lenient_numbers: bool,
    base_path: String,
    rules: BTreeMap<String, spec::Operation>,
}

/// One group's module (none when it has no test) and what it holds.
struct OptionalGroup {
    module: Option<TokenStream>,
    tests: usize,
    /// Response schemas (group 1).
    schemas: usize,
}

impl OptionalGroup {
    /// The group `mod name` of the tests `items`, none if there are none and
    /// no operation was `skipped`; its docs say `doc`, then what was not
    /// generated and why; it uses the support `helpers` the tests name.
    fn checks(
        name: &str,
        doc: &str,
        skipped: &[String],
        items: Vec<TokenStream>,
        helpers: &[&str],
    ) -> Self {
        let tests = items.len();
        if tests == 0 && skipped.is_empty() {
            return Self {
                module: None,
                tests,
                schemas: 0,
            };
        }
        let mut doc = doc.to_string();
        if !skipped.is_empty() {
            doc.push_str("\n\n Not generated:");
            for why in skipped {
                let _ = write!(doc, "\n - {why}");
            }
        }
        let uses = support_uses(&items, helpers);
        let docs = docs(&doc);
        let name = format_ident!("{name}");
        let module = quote! {
            #(#docs)*
            #[rustfmt::skip]
            mod #name {
                #uses

                #(#items)*
            }
        };
        Self {
            module: Some(module),
            tests,
            schemas: 0,
        }
    }
}

/// A path or query parameter of an operation, as the tests need it.
struct Param<'a> {
    /// The wire name.
    name: &'a str,
    /// The generated setter's name.
    ident: String,
    location: &'a str,
    required: bool,
    schema: &'a Value,
}

impl<'a> Generator<'a> {
    // ---- 1. responses --------------------------------------------------

    fn responses(&self) -> Result<OptionalGroup, String> {
        let mut found = BTreeSet::new();
        for op in operations(self.spec) {
            let Some(responses) = op.operation.get("responses").and_then(Value::as_object) else {
                continue;
            };
            for response in responses.values() {
                if let Some(schema) =
                    resolve(self.spec, response).pointer("/content/application~1json/schema")
                {
                    self.reachable(schema, &mut found);
                }
            }
        }
        let mut items = Vec::new();
        let mut tests = 0;
        for component in &found {
            let ty = self.client.component_type(component)?;
            let schema = self.component(component).ok_or_else(|| {
                format!("component schema {component} is referenced but not defined")
            })?;
            let mut stack = vec![component.clone()];
            let example = self
                .example(schema, &mut stack, Mode::Full)
                .ok_or_else(|| {
                    format!("component schema {component}: no example without endless recursion")
                })?;
            let base = snake(component);
            let constant = format_ident!("{}", base.to_uppercase());
            let text = serde_json::to_string_pretty(&example).map_err(|e| e.to_string())?;
            let literal = raw_string(&text);
            let doc = format!(" `{component}` with every property.");
            items.push(quote! {
                #[doc = #doc]
                const #constant: Example<#ty> = Example::new(#literal);
            });
            let mut test = |name: String, check: TokenStream| {
                let name = format_ident!("{name}");
                items.push(quote! {
                    #[test]
                    fn #name() {
                        #constant.#check;
                    }
                });
                tests += 1;
            };
            test(base.clone(), quote!(decodes()));
            let (properties, required) = self.object_shape(schema);
            let present = example.as_object();
            let mut names = Names::default();
            for (property, property_schema) in &properties {
                if !present.is_some_and(|o| o.contains_key(property)) {
                    continue;
                }
                let prop = names.unique(&snake(property));
                if !required.contains(property) {
                    test(
                        format!("{base}_without_{prop}"),
                        quote!(decodes_without(#property)),
                    );
                    test(
                        format!("{base}_with_null_{prop}"),
                        quote!(decodes_with_null(#property)),
                    );
                }
                if self.lenient_numbers && self.is_number_like(property_schema) {
                    test(
                        format!("{base}_with_{prop}_as_string"),
                        quote!(decodes_with_number_as_string(#property)),
                    );
                }
            }
        }
        if items.is_empty() {
            return Ok(OptionalGroup {
                module: None,
                tests: 0,
                schemas: 0,
            });
        }
        let docs = docs(
            " Group 1: every response the vendor SDK accepts decodes: each component schema\n \
             reachable from a response body, with every property, without each\n \
             optional one, with it `null` and, where the SDK coerces numbers, with\n \
             each number as a numeric string.",
        );
        let module = quote! {
            #(#docs)*
            #[rustfmt::skip]
            mod responses {
                use super::support::{types, Example};

                #(#items)*
            }
        };
        Ok(OptionalGroup {
            module: Some(module),
            tests,
            schemas: found.len(),
        })
    }

    fn component(&self, name: &str) -> Option<&'a Value> {
        self.spec
            .pointer("/components/schemas")
            .and_then(|s| s.get(name))
    }

    /// Adds the component schemas `schema` leads to.
    fn reachable(&self, schema: &Value, found: &mut BTreeSet<String>) {
        if let Some(name) = component_ref(schema) {
            if found.insert(name.to_string())
                && let Some(target) = self.component(name)
            {
                self.reachable(target, found);
            }
            return;
        }
        for key in ["items", "additionalProperties", "not"] {
            if let Some(child) = schema.get(key).filter(|c| c.is_object()) {
                self.reachable(child, found);
            }
        }
        if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
            for child in properties.values() {
                self.reachable(child, found);
            }
        }
        for key in ["oneOf", "anyOf", "allOf"] {
            for child in schema
                .get(key)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                self.reachable(child, found);
            }
        }
    }

    /// An object schema's properties (`allOf` parts merged) and required names.
    fn object_shape(&self, schema: &'a Value) -> (Vec<(String, &'a Value)>, BTreeSet<String>) {
        let mut properties = Vec::new();
        let mut required = BTreeSet::new();
        self.collect_shape(schema, &mut properties, &mut required, 0);
        (properties, required)
    }

    fn collect_shape(
        &self,
        schema: &'a Value,
        properties: &mut Vec<(String, &'a Value)>,
        required: &mut BTreeSet<String>,
        depth: usize,
    ) {
        if depth > 8 {
            return;
        }
        let schema = resolve(self.spec, schema);
        for part in schema
            .get("allOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            self.collect_shape(part, properties, required, depth + 1);
        }
        if let Some(own) = schema.get("properties").and_then(Value::as_object) {
            for (name, property) in own {
                if !properties.iter().any(|(n, _)| n == name) {
                    properties.push((name.clone(), property));
                }
            }
        }
        required.extend(required_properties(schema).map(str::to_string));
    }

    /// Whether a property is a number (or a list of numbers) without an enum:
    /// the fields the SDK's `int()`/`float()` coerce.
    fn is_number_like(&self, schema: &Value) -> bool {
        let schema = resolve(self.spec, schema);
        let number = |s: &Value| {
            let s = resolve(self.spec, s);
            s.get("enum").is_none()
                && matches!(
                    s.get("type").and_then(Value::as_str),
                    Some("integer" | "number")
                )
        };
        number(schema)
            || (schema.get("type").and_then(Value::as_str) == Some("array")
                && schema.get("items").is_some_and(number))
    }

    /// An example value valid for `schema`; `None` when it cannot be built
    /// without recursing into a schema already being built.
    fn example(&self, schema: &Value, stack: &mut Vec<String>, mode: Mode) -> Option<Value> {
        if let Some(name) = component_ref(schema) {
            if stack.iter().any(|s| s == name) || stack.len() > 12 {
                return None;
            }
            stack.push(name.to_string());
            let value = self
                .component(name)
                .and_then(|target| self.example(target, stack, mode));
            stack.pop();
            return value;
        }
        if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            return values.iter().find(|v| !v.is_null()).cloned();
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(alternatives) = schema.get(key).and_then(Value::as_array) {
                return alternatives
                    .iter()
                    .find_map(|alternative| self.example(alternative, stack, mode));
            }
        }
        if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
            if let [only] = parts.as_slice() {
                return self.example(only, stack, mode);
            }
            let mut merged = Map::new();
            for part in parts {
                match self.example(part, stack, mode)? {
                    Value::Object(fields) => merged.extend(fields),
                    _ => return None,
                }
            }
            return Some(Value::Object(merged));
        }
        let kind = schema.get("type").and_then(Value::as_str);
        let object_like = schema.get("properties").is_some()
            || schema.get("additionalProperties").is_some()
            || kind == Some("object");
        match kind {
            Some("string") => Some(Value::String(string_example(schema))),
            Some("integer") => Some(Value::from(integer_example(schema))),
            Some("number") => Some(
                serde_json::Number::from_f64(number_example(schema))
                    .map_or(Value::from(7), Value::Number),
            ),
            Some("boolean") => Some(Value::Bool(true)),
            Some("array") => {
                let min = schema.get("minItems").and_then(Value::as_u64).unwrap_or(0);
                let max = schema.get("maxItems").and_then(Value::as_u64);
                let wanted = match mode {
                    Mode::Full => min.max(1),
                    Mode::Required => min,
                };
                let count = max.map_or(wanted, |max| wanted.min(max));
                if count == 0 {
                    return Some(Value::Array(Vec::new()));
                }
                let item = schema
                    .get("items")
                    .and_then(|items| self.example(items, stack, mode));
                match item {
                    Some(item) => Some(Value::Array(vec![item; count as usize])),
                    None if min == 0 => Some(Value::Array(Vec::new())),
                    None => None,
                }
            }
            _ if object_like => self.object_example(schema, stack, mode),
            // Any value.
            _ => Some(Value::String("value".into())),
        }
    }

    fn object_example(&self, schema: &Value, stack: &mut Vec<String>, mode: Mode) -> Option<Value> {
        let mut fields = Map::new();
        let required: BTreeSet<&str> = required_properties(schema).collect();
        if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
            for (name, property) in properties {
                let needed = required.contains(name.as_str());
                if mode == Mode::Required && !needed {
                    continue;
                }
                match self.example(property, stack, mode) {
                    Some(value) => {
                        fields.insert(name.clone(), value);
                    }
                    None if needed => return None,
                    None => {}
                }
            }
        }
        if mode == Mode::Full {
            match schema.get("additionalProperties") {
                Some(Value::Bool(false)) => {}
                Some(Value::Object(values)) if !values.is_empty() => {
                    if let Some(value) = self.example(&Value::Object(values.clone()), stack, mode) {
                        fields.insert("key".into(), value);
                    }
                }
                Some(_) => {
                    fields.insert("key".into(), Value::String("value".into()));
                }
                None if schema.get("properties").is_none() => {
                    fields.insert("key".into(), Value::String("value".into()));
                }
                None => {}
            }
        }
        Some(Value::Object(fields))
    }

    // ---- 2. arguments --------------------------------------------------

    fn params(&self, op: &OperationRef<'a>) -> Vec<Param<'a>> {
        let item_params = op.path_item_parameters(self.spec).and_then(Value::as_array);
        let op_params = op.operation.get("parameters").and_then(Value::as_array);
        let mut out: Vec<Param<'a>> = Vec::new();
        for param in item_params.into_iter().chain(op_params).flatten() {
            let param = resolve(self.spec, param);
            let (Some(name), Some(location), Some(schema)) = (
                param.get("name").and_then(Value::as_str),
                param.get("in").and_then(Value::as_str),
                param.get("schema"),
            ) else {
                continue;
            };
            if !matches!(location, "path" | "query") {
                continue;
            }
            // An operation's own parameter overrides the path item's.
            out.retain(|p| !(p.name == name && p.location == location));
            out.push(Param {
                name,
                ident: crate::model::names::rust_ident(name),
                location,
                required: location == "path"
                    || param.get("required").and_then(Value::as_bool) == Some(true),
                schema: resolve(self.spec, schema),
            });
        }
        // A form's parts, each a setter of the builder.
        if let Some(properties) = ["multipart~1form-data", "application~1x-www-form-urlencoded"]
            .iter()
            .find_map(|media| {
                op.operation
                    .pointer(&format!("/requestBody/content/{media}/schema"))
            })
            .map(|schema| crate::model::openapi::resolve_schema(self.spec, schema))
            .and_then(|schema| {
                let required: Vec<&str> = required_properties(schema).collect();
                let properties = schema.get("properties")?.as_object()?;
                Some((properties, required))
            })
        {
            let (properties, required) = properties;
            for (name, schema) in properties {
                out.push(Param {
                    name,
                    ident: crate::model::names::rust_ident(name),
                    location: "part",
                    required: required.contains(&name.as_str()),
                    schema: resolve(self.spec, schema),
                });
            }
        }
        out
    }

    /// `.name(value)` for every required parameter but `except`, and a
    /// valid body where the operation requires one.
    fn valid_calls(
        &self,
        id: &str,
        params: &[Param],
        except: Option<&str>,
        op: &OperationRef,
    ) -> Result<Vec<TokenStream>, String> {
        let mut calls = Vec::new();
        for param in params {
            if !param.required || Some(param.ident.as_str()) == except {
                continue;
            }
            let ty = self.client.setter(id, &param.ident)?;
            let example = self
                .example(param.schema, &mut Vec::new(), Mode::Required)
                .ok_or_else(|| {
                    format!("operation {id}: no example for parameter {}", param.name)
                })?;
            let value = valid_value(ty, &example, param.schema);
            let setter = format_ident!("{}", param.ident);
            calls.push(quote!(.#setter(#value)));
        }
        if self.required_body(id, op)?.is_some() {
            let body = format_ident!("{id}");
            calls.push(quote!(.body(bodies::#body())));
        }
        Ok(calls)
    }

    /// The body type and a JSON example with its required properties, when
    /// the operation requires a body.
    fn required_body(
        &self,
        id: &str,
        op: &OperationRef,
    ) -> Result<Option<(syn::Type, String)>, String> {
        let required = op
            .operation
            .pointer("/requestBody/required")
            .and_then(Value::as_bool)
            == Some(true);
        let schema = op
            .operation
            .pointer("/requestBody/content/application~1json/schema");
        let (true, Some(schema)) = (required, schema) else {
            return Ok(None);
        };
        let ty = self.client.setter(id, "body")?.clone();
        let example = self
            .example(schema, &mut Vec::new(), Mode::Required)
            .ok_or_else(|| format!("operation {id}: no example for the request body"))?;
        Ok(Some((
            ty,
            serde_json::to_string(&example).map_err(|e| e.to_string())?,
        )))
    }

    /// `mod bodies`: a valid body (its required properties) of each
    /// operation that requires one and has a generated test, for the tests
    /// that need one.
    fn bodies(&self, used: &str) -> Result<Option<TokenStream>, String> {
        let mut items = Vec::new();
        for op in operations(self.spec) {
            let Some(id) = op.id() else { continue };
            let Some((ty, json)) = self.required_body(id, &op)? else {
                continue;
            };
            if !used.contains(&format!("bodies :: {id} ()")) {
                continue;
            }
            let name = format_ident!("{id}");
            let json = raw_string(&json);
            let doc = format!(" A valid body of `{id}`: its required properties.");
            items.push(quote! {
                #[doc = #doc]
                pub fn #name() -> #ty {
                    from_json(#json)
                }
            });
        }
        if items.is_empty() {
            return Ok(None);
        }
        Ok(Some(quote! {
            /// Request bodies for the tests of operations that require one.
            #[rustfmt::skip]
            mod bodies {
                use super::support::{from_json, types};

                #(#items)*
            }
        }))
    }

    fn arguments(&self) -> Result<OptionalGroup, String> {
        let mut items = Vec::new();
        let mut skipped = Vec::new();
        for op in operations(self.spec) {
            let Some(id) = op.id() else { continue };
            let params = self.params(&op);
            let rules = self
                .rules
                .get(id)
                .ok_or_else(|| format!("operation {id}: no rules"))?;
            let method = format_ident!("{id}");
            for param in &params {
                let ty = self.client.setter(id, &param.ident)?;
                let canon = canonical(ty);
                let rule = &rules
                    .params
                    .get(&param.ident)
                    .ok_or_else(|| format!("operation {id}: no rule for {}", param.ident))?
                    .rule;
                let mut cases: Vec<(String, Option<Bad>, String)> = Vec::new();
                let short = param.ident.trim_end_matches('_');
                if param.required {
                    cases.push((
                        format!("{id}_without_{short}"),
                        None,
                        format!("{} is required", param.ident),
                    ));
                }
                let schema = param.schema;
                let kind = schema.get("type").and_then(Value::as_str);
                let takes_str = takes_str(&canon);
                let mut not_generated = |why: String| {
                    skipped.push(format!("{id}: `{}` {why}", param.ident));
                };
                if kind == Some("string") {
                    let format = schema.get("format").and_then(Value::as_str);
                    let enumerated = schema.get("enum").is_some();
                    let min = schema.get("minLength").and_then(Value::as_u64);
                    let max = schema.get("maxLength").and_then(Value::as_u64);
                    let mut bad_strings = Vec::new();
                    if format == Some("uuid") {
                        bad_strings.push(("not_a_uuid", "not-a-uuid".to_string()));
                    }
                    if enumerated {
                        bad_strings.push(("not_in_enum", "not-in-enum".to_string()));
                    }
                    if let Some(min) = min.filter(|m| *m > 0) {
                        bad_strings.push(("too_short", "Q".repeat(min as usize - 1)));
                    }
                    if let Some(max) = max {
                        bad_strings.push(("too_long", "Q".repeat(max as usize + 1)));
                    }
                    for (what, bad) in bad_strings {
                        if takes_str {
                            cases.push((
                                format!("{id}_{short}_{what}"),
                                Some(Bad::string(&bad)),
                                rule.clone(),
                            ));
                        } else {
                            not_generated(format!(
                                "{what}: the setter takes `{canon}`, not a string"
                            ));
                        }
                    }
                    if let Some(format) = format.filter(|f| matches!(*f, "date" | "date-time")) {
                        not_generated(format!(
                            "not a {format}: the setter takes `{canon}`, which only holds valid values"
                        ));
                    }
                    if schema.get("pattern").is_some() {
                        not_generated(
                            "not matching its pattern: no breaking value is generated for patterns"
                                .into(),
                        );
                    }
                } else if matches!(kind, Some("integer" | "number"))
                    && let Some((low, high)) = spec::range(schema)
                {
                    let integer = kind == Some("integer");
                    let exclusive = |key| schema.get(key).and_then(Value::as_bool) == Some(true);
                    let below = if integer {
                        low - 1.0
                    } else if exclusive("exclusiveMinimum") {
                        schema.get("minimum").and_then(Value::as_f64).unwrap_or(low)
                    } else {
                        low - 1.0
                    };
                    let above = if integer {
                        high + 1.0
                    } else if exclusive("exclusiveMaximum") {
                        schema
                            .get("maximum")
                            .and_then(Value::as_f64)
                            .unwrap_or(high)
                    } else {
                        high + 1.0
                    };
                    for (what, bad, finite) in [
                        ("below_minimum", below, low.is_finite()),
                        ("above_maximum", above, high.is_finite()),
                    ] {
                        if !finite {
                            continue;
                        }
                        match number_literal(&canon, bad) {
                            Some(value) => cases.push((
                                format!("{id}_{short}_{what}"),
                                Some(Bad {
                                    init: value,
                                    argument: quote!(value),
                                    shown: quote!(None),
                                }),
                                rule.clone(),
                            )),
                            None => not_generated(format!(
                                "{what}: {bad} is not a value of `{canon}` or of a type it converts from"
                            )),
                        }
                    }
                } else if schema.get("enum").is_some() {
                    not_generated(
                        "not in its enum: no breaking value is generated for a non-string enum"
                            .into(),
                    );
                } else if kind == Some("array") {
                    let items = schema.get("items").map(|i| resolve(self.spec, i));
                    let constrained = items.is_some_and(|i| {
                        [
                            "enum",
                            "format",
                            "minLength",
                            "maxLength",
                            "minimum",
                            "maximum",
                            "pattern",
                        ]
                        .iter()
                        .any(|k| i.get(k).is_some())
                    }) || ["minItems", "maxItems"]
                        .iter()
                        .any(|k| schema.get(k).is_some());
                    if constrained {
                        not_generated("list rules: no breaking list value is generated".into());
                    }
                }
                for (name, bad, expected) in cases {
                    let mut calls = self.valid_calls(id, &params, Some(&param.ident), &op)?;
                    let name = format_ident!("{name}");
                    let test = match bad {
                        Some(Bad {
                            init,
                            argument,
                            shown,
                        }) => {
                            let setter = format_ident!("{}", param.ident);
                            calls.push(quote!(.#setter(#argument)));
                            quote! {
                                let value = #init;
                                let result = server.client().#method()#(#calls)*.send().await;
                                server.assert_refused(result, #id, #expected, #shown);
                            }
                        }
                        None => quote! {
                            let result = server.client().#method()#(#calls)*.send().await;
                            server.assert_refused(result, #id, #expected, None);
                        },
                    };
                    items.push(quote! {
                        #[tokio::test]
                        async fn #name() {
                            let server = Server::start().await;
                            #test
                        }
                    });
                }
            }
        }
        Ok(OptionalGroup::checks(
            "arguments",
            " Group 2: every documented argument rule is checked before anything is sent:\n \
             the error is `InvalidRequest`, names the operation, the parameter and the\n \
             rule but not the value, and the server receives nothing.",
            &skipped,
            items,
            &["from_json", "types", "Server", "bodies"],
        ))
    }

    // ---- 3. path segments ----------------------------------------------

    fn path_segments(&self) -> Result<OptionalGroup, String> {
        let mut items = Vec::new();
        let mut skipped = Vec::new();
        for op in operations(self.spec) {
            let Some(id) = op.id() else { continue };
            let params = self.params(&op);
            let method = format_ident!("{id}");
            let template = format!("{}{}", self.base_path, op.path);
            for param in params.iter().filter(|p| p.location == "path") {
                if param.schema.get("type").and_then(Value::as_str) != Some("string") {
                    continue;
                }
                let ty = self.client.setter(id, &param.ident)?;
                let canon = canonical(ty);
                if !takes_str(&canon) {
                    skipped.push(format!(
                        "{id}: `{}`: the setter takes `{canon}`, not a string",
                        param.ident
                    ));
                    continue;
                }
                let mut calls = self.valid_calls(id, &params, Some(&param.ident), &op)?;
                let setter = format_ident!("{}", param.ident);
                calls.push(quote!(.#setter(value)));
                let name = format_ident!("{id}_{}", param.ident.trim_end_matches('_'));
                // The template names the parameter as the wire does
                // (`{domainName}`), not as the setter (`domain_name`).
                let wire = param.name;
                items.push(quote! {
                    #[tokio::test]
                    async fn #name() {
                        let server = Server::start().await;
                        let client = server.client();
                        for value in PATH_VALUES {
                            let result = client.#method()#(#calls)*.send().await;
                            server.assert_in_segment(result, #template, #wire, value);
                        }
                    }
                });
            }
        }
        Ok(OptionalGroup::checks(
            "path_segments",
            " Group 3: every string path parameter stays in its segment: given each of\n \
             `PATH_VALUES`, the call is refused before sending (as `\"\"`, `.` and `..`\n \
             must be), or the server receives one request whose path has the\n \
             template's segments, the parameter's segment decoding to the value.",
            &skipped,
            items,
            &["from_json", "types", "Server", "PATH_VALUES", "bodies"],
        ))
    }
}

/// A breaking argument: `let value = init;`, then `.param(argument)`;
/// `shown` is the `Option<&str>` the error must not show.
struct Bad {
    init: TokenStream,
    argument: TokenStream,
    shown: TokenStream,
}

impl Bad {
    fn string(bad: &str) -> Self {
        let count = bad.chars().count();
        let repeated = bad
            .chars()
            .next()
            .filter(|c| count > 12 && bad.chars().all(|b| b == *c));
        match repeated {
            Some(c) => {
                let c = c.to_string();
                let count = Literal::usize_unsuffixed(count);
                Self {
                    init: quote!(#c.repeat(#count)),
                    argument: quote!(value.as_str()),
                    shown: quote!(Some(&value)),
                }
            }
            None => Self {
                init: quote!(#bad),
                argument: quote!(value),
                // A value too short to be told from the rule's words is not looked for.
                shown: if count >= 3 {
                    quote!(Some(value))
                } else {
                    quote!(None)
                },
            },
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Every property (responses).
    Full,
    /// Required properties only (request bodies and arguments).
    Required,
}

fn component_ref(schema: &Value) -> Option<&str> {
    schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/components/schemas/"))
}

fn string_example(schema: &Value) -> String {
    let value = match schema.get("format").and_then(Value::as_str) {
        Some("uuid") => UUID,
        Some("date") => "2024-01-02",
        Some("date-time") => "2024-01-02T03:04:05Z",
        _ => "example",
    };
    let min = schema.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
    let max = schema
        .get("maxLength")
        .and_then(Value::as_u64)
        .map(|m| m as usize);
    let mut value: String = match max {
        Some(max) => value.chars().take(max).collect(),
        None => value.to_string(),
    };
    while value.chars().count() < min {
        value.push('x');
    }
    value
}

fn integer_example(schema: &Value) -> i64 {
    let (low, high) = spec::range(schema).unwrap_or((f64::NEG_INFINITY, f64::INFINITY));
    let pick = if (low..=high).contains(&7.0) {
        7.0
    } else if low.is_finite() {
        low.ceil()
    } else {
        high.floor()
    };
    pick as i64
}

fn number_example(schema: &Value) -> f64 {
    let (low, high) = spec::range(schema).unwrap_or((f64::NEG_INFINITY, f64::INFINITY));
    if (low..=high).contains(&7.5) {
        7.5
    } else if low.is_finite() {
        low
    } else {
        high
    }
}

/// A type's tokens without spaces (`::std::num::NonZeroU64`).
fn canonical(ty: &syn::Type) -> String {
    quote!(#ty).to_string().replace(' ', "")
}

/// Whether a setter of this type takes a `&str`: strings, UUIDs, and the
/// generated string types (enums and constrained strings implement
/// `TryFrom<&str>`).
fn takes_str(canon: &str) -> bool {
    canon == "::std::string::String" || canon == "::uuid::Uuid" || canon.starts_with("types::")
}

const INTEGERS: [(&str, i128, i128); 8] = [
    ("i8", i8::MIN as i128, i8::MAX as i128),
    ("i16", i16::MIN as i128, i16::MAX as i128),
    ("i32", i32::MIN as i128, i32::MAX as i128),
    ("i64", i64::MIN as i128, i64::MAX as i128),
    ("u8", 0, u8::MAX as i128),
    ("u16", 0, u16::MAX as i128),
    ("u32", 0, u32::MAX as i128),
    ("u64", 0, u64::MAX as i128),
];

/// An integer literal of `suffix`, negated with `-` where negative.
fn int_literal(suffix: &str, n: i128) -> TokenStream {
    let digits: TokenStream = format!("{}{suffix}", n.unsigned_abs())
        .parse()
        .expect("an integer literal");
    if n < 0 { quote!(-#digits) } else { digits }
}

/// A literal the setter of type `canon` takes for the number `n`: of the
/// setter's own type where `n` fits it, otherwise of a type that converts
/// into it (and fails to, for `n`). `None` where there is none.
fn number_literal(canon: &str, n: f64) -> Option<TokenStream> {
    match canon {
        "f64" | "f32" => {
            let literal: TokenStream = format!("{:?}{canon}", n.abs()).parse().ok()?;
            return Some(if n < 0.0 { quote!(-#literal) } else { literal });
        }
        _ => {}
    }
    if n.fract() != 0.0 || !n.is_finite() {
        return None;
    }
    let n = n as i128;
    let fits = |name: &str| {
        INTEGERS
            .iter()
            .find(|(t, _, _)| *t == name)
            .is_some_and(|(_, lo, hi)| (*lo..=*hi).contains(&n))
    };
    if INTEGERS.iter().any(|(t, _, _)| *t == canon) {
        // `i64` and `u64` convert (fallibly) into every integer type.
        return [canon, "i64", "u64"]
            .into_iter()
            .find(|t| fits(t))
            .map(|t| int_literal(t, n));
    }
    // NonZero types convert (fallibly) from their primitive.
    let inner = canon
        .strip_prefix("::std::num::NonZero")
        .map(str::to_lowercase)?;
    fits(&inner).then(|| int_literal(&inner, n))
}

/// A valid argument of the setter type `ty` for the example value.
fn valid_value(ty: &syn::Type, example: &Value, schema: &Value) -> TokenStream {
    let canon = canonical(ty);
    if canon == "vendor_clients_core::File" {
        return quote!(vendor_clients_core::File::from_bytes(
            "example.txt",
            "example"
        ));
    }
    let string_schema = schema.get("type").and_then(Value::as_str) == Some("string");
    match example {
        Value::Number(n) => {
            if let Some(literal) = n.as_f64().and_then(|n| number_literal(&canon, n)) {
                return literal;
            }
        }
        Value::Bool(b) if canon == "bool" => return quote!(#b),
        Value::String(s) if takes_str(&canon) && string_schema => return quote!(#s),
        _ => {}
    }
    let json = raw_string(&example.to_string());
    quote!(from_json::<#ty>(#json))
}

/// `#[doc]` attributes, one a line (printed as `///` lines).
fn docs(text: &str) -> Vec<TokenStream> {
    text.lines().map(|line| quote!(#[doc = #line])).collect()
}

/// `use super::support::{..}` of the helpers `items` name.
fn support_uses(items: &[TokenStream], names: &[&str]) -> TokenStream {
    let text: String = items.iter().map(ToString::to_string).collect();
    let used = |name: &&&str| {
        text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .any(|word| word == **name)
    };
    let bodies = names
        .iter()
        .filter(used)
        .any(|name| *name == "bodies")
        .then(|| {
            quote!(
                use super::bodies;
            )
        });
    let helpers: Vec<syn::Ident> = names
        .iter()
        .filter(used)
        .filter(|name| **name != "bodies")
        .map(|name| format_ident!("{name}"))
        .collect();
    let helpers = (!helpers.is_empty()).then(|| quote!(use super::support::{#(#helpers),*};));
    quote!(#bodies #helpers)
}

/// A raw string literal holding `text`.
fn raw_string(text: &str) -> Literal {
    let mut hashes = String::from("#");
    while text.contains(&format!("\"{hashes}")) {
        hashes.push('#');
    }
    format!("r{hashes}\"{text}\"{hashes}")
        .parse()
        .expect("a raw string literal")
}

/// snake_case for test names: letters, digits and `_` only.
fn snake(name: &str) -> String {
    use heck::ToSnakeCase;
    let cleaned: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    let snake = cleaned.to_snake_case();
    if snake.starts_with(|c: char| c.is_ascii_digit()) || snake.is_empty() {
        format!("n{snake}")
    } else {
        snake
    }
}

/// Test-name parts made unique (`id`, `id_2`).
#[derive(Default)]
struct Names(BTreeSet<String>);

impl Names {
    fn unique(&mut self, name: &str) -> String {
        let mut candidate = name.to_string();
        let mut n = 2;
        while !self.0.insert(candidate.clone()) {
            candidate = format!("{name}_{n}");
            n += 1;
        }
        candidate
    }
}

/// The helpers every generated test uses.
fn support(krate: &syn::Ident, test_client: &syn::Expr, base_path: &str) -> TokenStream {
    quote! {
        /// What the generated tests share: decoding examples, building arguments
        /// from JSON, and a mock server that records the path of every request.
        #[rustfmt::skip]
        #[allow(dead_code)] // not every vendor's tests use every helper
        mod support {
            use std::marker::PhantomData;
            use std::sync::{Arc, Mutex};

            use httpmock::{HttpMockRequest, MockServer};
            use serde::de::DeserializeOwned;
            use serde_json::Value;

            pub use #krate::types;
            use #krate::{Client, Error, ErrorKind};

            /// The path of the spec's `servers[0].url`.
            pub const BASE_PATH: &str = #base_path;

            /// The values every string path parameter is given.
            pub const PATH_VALUES: [&str; 10] =
                ["", ".", "..", "../x", "%2e%2e", "a/b", "?x=1", "#f", "a b", "é"];

            /// A JSON example of the response type `T`, with every property.
            pub struct Example<T>(&'static str, PhantomData<fn() -> T>);

            impl<T: DeserializeOwned> Example<T> {
                pub const fn new(json: &'static str) -> Self {
                    Self(json, PhantomData)
                }

                fn value(&self) -> Value {
                    serde_json::from_str(self.0).expect("the example is JSON")
                }

                /// The example decodes as `T`.
                pub fn decodes(&self) {
                    assert_decodes::<T>(self.value());
                }

                /// The example without the optional `property` decodes.
                pub fn decodes_without(&self, property: &str) {
                    let mut value = self.value();
                    let fields = value.as_object_mut().expect("an object");
                    assert!(fields.remove(property).is_some(), "no {property} in the example");
                    assert_decodes::<T>(value);
                }

                /// The example with the optional `property` null decodes.
                pub fn decodes_with_null(&self, property: &str) {
                    let mut value = self.value();
                    *field(&mut value, property) = Value::Null;
                    assert_decodes::<T>(value);
                }

                /// The example with the number (or each number of the list)
                /// `property` as a numeric string decodes.
                pub fn decodes_with_number_as_string(&self, property: &str) {
                    let mut value = self.value();
                    let number = field(&mut value, property);
                    *number = as_string(number.take());
                    assert_decodes::<T>(value);
                }
            }

            fn field<'a>(value: &'a mut Value, property: &str) -> &'a mut Value {
                value
                    .get_mut(property)
                    .unwrap_or_else(|| panic!("no {property} in the example"))
            }

            fn assert_decodes<T: DeserializeOwned>(value: Value) {
                if let Err(error) = serde_json::from_value::<T>(value.clone()) {
                    panic!(
                        "{} does not decode: {error}\n{value:#}",
                        std::any::type_name::<T>()
                    );
                }
            }

            /// A number, or each number of a list, as a numeric string.
            fn as_string(value: Value) -> Value {
                match value {
                    Value::Number(n) => Value::String(n.to_string()),
                    Value::Array(items) => Value::Array(items.into_iter().map(as_string).collect()),
                    other => panic!("not a number: {other}"),
                }
            }

            /// An argument of a type that has no literal, from JSON.
            pub fn from_json<T: DeserializeOwned>(json: &str) -> T {
                serde_json::from_str(json).unwrap_or_else(|e| {
                    panic!("{json} is not a valid {}: {e}", std::any::type_name::<T>())
                })
            }

            /// A mock server that answers every request with 418 and records its path.
            pub struct Server {
                server: MockServer,
                paths: Arc<Mutex<Vec<String>>>,
            }

            impl Server {
                pub async fn start() -> Self {
                    let server = MockServer::start_async().await;
                    let paths = Arc::new(Mutex::new(Vec::new()));
                    let seen = Arc::clone(&paths);
                    server
                        .mock_async(move |when, then| {
                            when.is_true(move |request: &HttpMockRequest| {
                                let path = request.uri().path().to_string();
                                seen.lock().unwrap().push(path);
                                true
                            });
                            then.status(418);
                        })
                        .await;
                    Self { server, paths }
                }

                /// A client of the vendor for the mock server.
                pub fn client(&self) -> Client {
                    #test_client
                        .base_url(format!("{}{BASE_PATH}", self.server.base_url()))
                        .build()
                        .expect("a client for the mock server")
                }

                /// The paths received since the last call.
                fn received(&self) -> Vec<String> {
                    std::mem::take(&mut *self.paths.lock().unwrap())
                }

                /// The call was refused before sending, naming the operation and
                /// the rule (which begins with the parameter's name), not the value.
                pub fn assert_refused<T>(
                    &self,
                    result: Result<T, Error>,
                    operation: &str,
                    rule: &str,
                    value: Option<&str>,
                ) {
                    let received = self.received();
                    let Err(error) = result else {
                        panic!("{operation}: the call was not refused (expected: {rule})");
                    };
                    let shown = error.to_string();
                    assert_eq!(error.kind(), ErrorKind::InvalidRequest, "{shown}");
                    assert!(shown.contains(operation), "no operation in: {shown}");
                    assert!(shown.contains(rule), "expected `{rule}` in: {shown}");
                    if let Some(value) = value {
                        let debug = format!("{error:?}");
                        assert!(
                            !shown.contains(value) && !debug.contains(value),
                            "the error shows the value: {shown} / {debug}"
                        );
                    }
                    assert!(received.is_empty(), "{shown}; yet the server received {received:?}");
                }

                /// The call was refused before sending, or `value` arrived as the
                /// `param` segment of `template`, the path otherwise intact.
                pub fn assert_in_segment<T>(
                    &self,
                    result: Result<T, Error>,
                    template: &str,
                    param: &str,
                    value: &str,
                ) {
                    let received = self.received();
                    if let Err(error) = &result
                        && error.kind() == ErrorKind::InvalidRequest
                    {
                        assert!(
                            received.is_empty(),
                            "{param} = {value:?}: {error}; yet the server received {received:?}"
                        );
                        return;
                    }
                    assert!(
                        !["", ".", ".."].contains(&value),
                        "{param} = {value:?} must be refused, but {received:?} was sent"
                    );
                    let [path] = received.as_slice() else {
                        panic!("{param} = {value:?}: expected one request, the server received {received:?}");
                    };
                    let expected: Vec<&str> = template.split('/').collect();
                    let segments: Vec<&str> = path.split('/').collect();
                    assert_eq!(
                        segments.len(),
                        expected.len(),
                        "{param} = {value:?}: {path} does not have the segments of {template}"
                    );
                    let at = expected
                        .iter()
                        .position(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) == Some(param))
                        .expect("the parameter is in the template");
                    assert_eq!(
                        percent_decode(segments[at]).as_deref(),
                        Some(value),
                        "{param} = {value:?}: segment {at} of {path}"
                    );
                }
            }

            /// `%XX` escapes decoded; `None` when malformed or not UTF-8.
            fn percent_decode(segment: &str) -> Option<String> {
                let bytes = segment.as_bytes();
                let mut out = Vec::with_capacity(bytes.len());
                let mut i = 0;
                while i < bytes.len() {
                    if bytes[i] == b'%' {
                        let hex = segment.get(i + 1..i + 3)?;
                        out.push(u8::from_str_radix(hex, 16).ok()?);
                        i += 3;
                    } else {
                        out.push(bytes[i]);
                        i += 1;
                    }
                }
                String::from_utf8(out).ok()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn number_literals_fit_the_setter_or_convert_into_it() {
        let text = |canon, n| number_literal(canon, n).map(|t| t.to_string());
        assert_eq!(text("i64", 501.0).as_deref(), Some("501i64"));
        assert_eq!(text("u64", -1.0).as_deref(), Some("- 1i64"));
        assert_eq!(text("::std::num::NonZeroU64", 0.0).as_deref(), Some("0u64"));
        assert_eq!(text("::std::num::NonZeroU64", -1.0), None);
        assert_eq!(
            text("i32", 3_000_000_000.0).as_deref(),
            Some("3000000000i64")
        );
        assert_eq!(text("u64", 7.0).as_deref(), Some("7u64"));
        assert_eq!(text("f64", -1.0).as_deref(), Some("- 1.0f64"));
        assert_eq!(text("types::X", 1.0), None);
    }

    #[test]
    fn examples_follow_the_rules() {
        let spec = json!({"components": {"schemas": {
            "Node": {"type": "object", "required": ["name"], "properties": {
                "name": {"type": "string", "minLength": 9, "maxLength": 12},
                "child": {"$ref": "#/components/schemas/Node"},
                "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                "size": {"type": "integer", "minimum": 10},
                "status": {"oneOf": [{"$ref": "#/components/schemas/Status"}, {"type": "string"}]}
            }},
            "Status": {"type": "string", "enum": ["ON", "OFF"]}
        }}});
        let generated = Generated {
            types: BTreeSet::new(),
            setters: BTreeMap::new(),
        };
        let generator = Generator {
            spec: &spec,
            client: &generated,
            lenient_numbers: false,
            base_path: String::new(),
            rules: BTreeMap::new(),
        };
        let node = json!({"$ref": "#/components/schemas/Node"});
        let full = generator
            .example(&node, &mut Vec::new(), Mode::Full)
            .unwrap();
        assert_eq!(
            full,
            json!({"name": "examplexx", "size": 10, "status": "ON", "children": []})
        );
        let required = generator
            .example(&node, &mut Vec::new(), Mode::Required)
            .unwrap();
        assert_eq!(required, json!({"name": "examplexx"}));
    }

    #[test]
    fn a_response_schema_without_its_type_fails_regen() {
        let generated = Generated {
            types: BTreeSet::from(["Other".to_string()]),
            setters: BTreeMap::new(),
        };
        let Err(error) = generated.component_type("thing") else {
            panic!("a type that is not there");
        };
        assert!(
            error.contains("component schema thing") && error.contains("`types::Thing`"),
            "{error}"
        );
    }

    #[test]
    fn base_paths() {
        let path = |url| base_path(&json!({"servers": [{"url": url}]}));
        assert_eq!(path("https://api.brevo.com/v3"), "/v3");
        assert_eq!(path("https://a.example/api/"), "/api");
        assert_eq!(path("https://a.example"), "");
    }
}
