//! The `mock` feature: `<crate>::mock`, progenitor's typed extension of
//! `httpmock` (`Generator::httpmock`), adapted like the client (`adapt`) and
//! to what the client puts on the wire:
//!
//! - a path parameter matches the one percent-encoded segment the client
//!   sends (`vendor_clients_core::__private::path_segment`), as a regex
//!   literal; the other segments match one segment each, and the path may
//!   start with the spec's server base path (`/api` of
//!   `https://api.kinow.com/api`) or not;
//! - a query parameter matches the pairs the client's query serializer
//!   writes for that value (lists too), and only those;
//! - an optional body left out matches a request with no body, or with the
//!   `{}` some vendors' clients send instead;
//! - every documented status has its `then` helper, named after its reason
//!   phrase (`not_found`), or `status_<code>` where `http` knows none
//!   (progenitor would panic on it); a bodiless status beside a typed
//!   success (Brevo's `204`) gets one too; bodies go out with the spec's
//!   media type;
//! - what progenitor was not shown (`shared::progenitor::for_progenitor`)
//!   is added: each variant of a value by status and each error status with
//!   a body of its own gets its typed `then` helper; a download's helper
//!   answers bytes, with a media type and a file name; each part of a
//!   `multipart/form-data` body gets a `when` setter that matches the part
//!   the client sends for a value (a file: its file name, media type and
//!   bytes), or its absence.
//!
//! What the wire tests need to serve each fixture through the typed mock is
//! in `replay`.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;
use syn::visit_mut::{self, VisitMut};
use syn::{File, FnArg, ImplItem, ImplItemFn, Item, ItemImpl, parse_quote};

use crate::model::bodies::{Part, Success};
use crate::model::names::rust_ident;
use crate::model::openapi::{operations, resolve};
use crate::model::spec::{self, Operation};
use crate::passes::shared::progenitor;
use crate::passes::shared::renames::{tolerant_wrappers, use_operations_module, use_tolerant};

/// The mock module, beside `src/generated.rs` in a vendor crate.
pub const FILE: &str = "src/mock.rs";

/// What the mock module says of itself (its inner docs).
pub const MODULE_DOCS: &str = "\
//! Typed `httpmock` mocks of every operation (cargo feature `mock`).
//!
//! [`MockServerExt`] adds one method per operation to
//! [`httpmock::MockServer`], named like the client's: its closure gets the
//! operation's `When`, whose setters match what the client sends for a value
//! (a path parameter as its one percent-encoded segment, query parameters as
//! the client serializes them, the JSON body), and its `Then`, with one helper
//! per documented status (`ok`, `not_found`, ...) that answers with a typed
//! body. Give the client `server.base_url()` as its base URL (the API's base
//! path may follow it). `into_inner()` on either leads to plain `httpmock`.
";

/// The vendor crate's `mock` feature (a line of `[features]`).
pub const FEATURE: &str = "mock = [\"dep:httpmock\", \"dep:serde_urlencoded\"]\n";
/// What the mock module needs beyond the client (lines of `[dependencies]`).
pub const DEPENDENCIES: &str = "\
httpmock = { workspace = true, optional = true }
serde_urlencoded = { workspace = true, optional = true }
";
/// The mock module's declaration, at the end of `src/generated.rs`: the crate's
/// `lib.rs` re-exports it with `pub use generated::*`.
pub const DECLARATION: &str = "
// Added by the xtask: the `mock` feature's typed httpmock extension.
#[cfg(feature = \"mock\")]
#[path = \"mock.rs\"]
pub mod mock;
";

/// One vendor's mock module, and what the wire tests' glue needs of it.
pub struct MockCode {
    /// `src/mock.rs`, formatted, without its header.
    pub module: String,
    /// Each operation's `when` setters and `then` helpers, in the order of
    /// the `MockServerExt` methods.
    pub operations: Vec<OperationMock>,
}

/// Generates the mock module of `spec`.
pub fn mock_code(spec_name: &str, spec: &Value) -> Result<MockCode, String> {
    let error = |e: String| format!("{spec_name}: mock: {e}");
    let operations = spec::operations_by_id(spec).map_err(error)?;
    let statuses = documented_statuses(spec);
    let (for_progenitor, stand_ins) =
        with_stand_in_statuses(&progenitor::for_progenitor(spec)).map_err(error)?;
    let mut client = None;
    let mut file = progenitor::progenitor_with(&for_progenitor, |generator, openapi| {
        client = Some(generator.generate_tokens(openapi)?);
        generator.httpmock(openapi, "crate")
    })
    .map_err(|e| error(format!("progenitor: {e}")))?;
    let client: File = client
        .map(syn::parse2)
        .transpose()
        .map_err(|e| error(e.to_string()))?
        .ok_or_else(|| error("progenitor generated no client".into()))?;

    // The client's adaptations that change names the mock uses.
    use_tolerant(&mut file, &tolerant_wrappers(&client));
    use_operations_module(&mut file);

    let context = Context {
        operations: &operations,
        statuses: &statuses,
        stand_ins: &stand_ins,
        base_path: base_path(spec),
    };
    let operations = context.adapt(&mut file).map_err(error)?;
    Ok(MockCode {
        module: prettyplease::unparse(&file),
        operations,
    })
}

/// What a spec documents for one status of an operation.
#[derive(Clone, Debug)]
struct Status {
    /// The response's media type, when it has a body.
    media_type: Option<String>,
}

/// Every operation's documented statuses (numeric ones), by operationId.
fn documented_statuses(spec: &Value) -> BTreeMap<String, BTreeMap<u16, Status>> {
    operations(spec)
        .iter()
        .filter_map(|op| {
            let responses = op.operation.get("responses")?.as_object()?;
            let statuses = responses
                .iter()
                .filter_map(|(status, response)| {
                    let media_type = resolve(spec, response)
                        .get("content")
                        .and_then(Value::as_object)
                        .and_then(|content| content.keys().next().cloned());
                    Some((status.parse().ok()?, Status { media_type }))
                })
                .collect();
            Some((op.id()?.to_string(), statuses))
        })
        .collect()
}

/// The path of the spec's `servers[0].url` (`/api`), without a final `/`;
/// empty when the API sits at the server's root.
fn base_path(spec: &Value) -> String {
    let url = spec
        .pointer("/servers/0/url")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    after_scheme
        .find('/')
        .map(|slash| after_scheme[slash..].trim_end_matches('/').to_string())
        .unwrap_or_default()
}

/// The reason phrase `http` (and so progenitor) knows for a status.
fn reason(status: u16) -> Option<&'static str> {
    http::StatusCode::from_u16(status).ok()?.canonical_reason()
}

/// (operationId, stand-in status) -> documented status.
type StandIns = BTreeMap<(String, u16), u16>;

/// progenitor names a `then` helper after the status's reason phrase and
/// panics on a status without one (`499`, `520`). Such a status is given to
/// progenitor as an unused status of its class that has one (a stand-in),
/// so that its helper is generated with the right body type, and renamed
/// back afterwards.
fn with_stand_in_statuses(spec: &Value) -> Result<(Value, StandIns), String> {
    let mut spec = spec.clone();
    let mut stand_ins = StandIns::new();
    let Some(paths) = spec.get_mut("paths").and_then(Value::as_object_mut) else {
        return Ok((spec, stand_ins));
    };
    for item in paths.values_mut().filter_map(Value::as_object_mut) {
        for operation in item.values_mut().filter_map(Value::as_object_mut) {
            let id = operation
                .get("operationId")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            let Some(responses) = operation
                .get_mut("responses")
                .and_then(Value::as_object_mut)
            else {
                continue;
            };
            let unnamed: Vec<u16> = responses
                .keys()
                .filter_map(|status| status.parse::<u16>().ok())
                .filter(|status| reason(*status).is_none())
                .collect();
            for status in unnamed {
                let class = status / 100;
                let classes: &[u16] = if class == 2 { &[2] } else { &[class, 4, 5] };
                let stand_in = classes
                    .iter()
                    .flat_map(|class| class * 100..class * 100 + 100)
                    .find(|code| reason(*code).is_some() && !responses.contains_key(&code.to_string()))
                    .ok_or_else(|| {
                        format!("operation {id}: no unused status with a reason phrase to stand in for {status}")
                    })?;
                let response = responses
                    .remove(&status.to_string())
                    .expect("a documented status");
                responses.insert(stand_in.to_string(), response);
                stand_ins.insert((id.clone(), stand_in), status);
            }
        }
    }
    Ok((spec, stand_ins))
}

struct Context<'a> {
    operations: &'a BTreeMap<String, Operation>,
    statuses: &'a BTreeMap<String, BTreeMap<u16, Status>>,
    stand_ins: &'a StandIns,
    base_path: String,
}

/// One operation's typed mock, as the replay glue calls it.
pub struct OperationMock {
    pub id: String,
    /// The path template.
    pub path: String,
    /// The `when` setters: (name, parameter location and wire name, argument).
    pub when: Vec<(syn::Ident, spec::Param, Argument)>,
    /// The `then` helpers for one status each: status -> (name, how it
    /// takes the body, if it has one).
    pub then: BTreeMap<u16, (syn::Ident, Option<Argument>)>,
    /// The status whose helper answers a download (media type, file name,
    /// bytes), if the operation is one.
    pub download: Option<u16>,
}

/// How a `when` setter (or a `then` helper) takes its value.
pub enum Argument {
    /// `value: T`
    Value(syn::Type),
    /// `value: &T` (`&str`: T is `str`)
    Ref(syn::Type),
    /// `value: Option<&T>`
    OptionRef(syn::Type),
    /// `value: V` where `V: Into<Option<T>>`
    IntoOption(syn::Type),
    /// `value: V` where `V: Into<Option<&'a T>>`
    IntoOptionRef(syn::Type),
}

impl Argument {
    /// The type named, without the reference or `Option` around it.
    pub fn ty(&self) -> &syn::Type {
        match self {
            Self::Value(t)
            | Self::Ref(t)
            | Self::OptionRef(t)
            | Self::IntoOption(t)
            | Self::IntoOptionRef(t) => t,
        }
    }
}

impl Context<'_> {
    /// Adapts progenitor's mock module in place; returns what the replay
    /// glue needs of each operation, in document order of the trait.
    fn adapt(&self, file: &mut File) -> Result<Vec<OperationMock>, String> {
        // operationId of each `When`/`Then` struct, from the trait's methods
        // (`fn get_x<F>(..) where F: FnOnce(operations::GetXWhen, operations::GetXThen)`).
        let mut owners: BTreeMap<String, String> = BTreeMap::new();
        let mut ids = Vec::new();
        for item in &mut file.items {
            if let Item::Trait(tr) = item
                && tr.ident == "MockServerExt"
            {
                for trait_item in &mut tr.items {
                    let syn::TraitItem::Fn(f) = trait_item else {
                        continue;
                    };
                    let id = f.sig.ident.to_string();
                    let Some(operation) = self.operations.get(&id) else {
                        return Err(format!(
                            "MockServerExt::{id}: no such operation in the spec"
                        ));
                    };
                    let where_clause = &f.sig.generics.where_clause;
                    for name in quote!(#where_clause)
                        .to_string()
                        .split(|c: char| !c.is_alphanumeric() && c != '_')
                        .filter(|word| word.ends_with("When") || word.ends_with("Then"))
                    {
                        owners.insert(name.to_string(), id.clone());
                    }
                    let doc = format!(
                        "Mocks `{id}` (`{} {}`): `config_fn` gets its conditions and its answer.",
                        operation.method, operation.path
                    );
                    f.attrs.push(parse_quote!(#[doc = #doc]));
                    ids.push(id);
                }
                tr.attrs.retain(|a| !a.path().is_ident("doc"));
                tr.attrs.push(parse_quote!(
                    #[doc = "Typed [`mock`](::httpmock::MockServer::mock) calls on a [`MockServer`](::httpmock::MockServer), one per operation, named like the client's: `server.get_thing(|when, then| { when.id(7); then.ok(&thing); })`. Give the client `server.base_url()` as its base URL (the API's base path may follow it)."]
                ));
                // Sealed: implemented for httpmock's server only, so that a
                // new operation's method is an addition, not a break of
                // someone's implementation (what cargo-semver-checks sees).
                tr.colon_token = Some(Default::default());
                tr.supertraits.push(parse_quote!(sealed::Sealed));
            }
        }
        file.items.push(parse_quote! {
            /// Keeps [`MockServerExt`] to httpmock's server.
            mod sealed {
                pub trait Sealed {}
                impl Sealed for ::httpmock::MockServer {}
            }
        });
        let mut mocks: BTreeMap<String, OperationMock> = ids
            .iter()
            .map(|id| {
                let path = self.operations[id].path.clone();
                let mock = OperationMock {
                    id: id.clone(),
                    path,
                    when: Vec::new(),
                    then: BTreeMap::new(),
                    download: None,
                };
                (id.clone(), mock)
            })
            .collect();

        let module = file
            .items
            .iter_mut()
            .find_map(|item| match item {
                Item::Mod(m) if m.ident == "operations" => m.content.as_mut(),
                _ => None,
            })
            .ok_or("no `pub mod operations` in progenitor's mock output")?;
        for item in &mut module.1 {
            if let Item::Struct(st) = item {
                let name = st.ident.to_string();
                let id = owners
                    .get(&name)
                    .ok_or_else(|| format!("{name}: no MockServerExt method uses it"))?;
                let doc = if name.ends_with("When") {
                    format!("The conditions of a `{id}` mock: which requests it answers.")
                } else {
                    format!("The answer of a `{id}` mock: one helper per documented status.")
                };
                st.attrs.push(parse_quote!(#[doc = #doc]));
                continue;
            }
            let Item::Impl(imp) = item else { continue };
            let self_ty = &imp.self_ty;
            let name = quote!(#self_ty).to_string();
            let id = owners
                .get(&name)
                .ok_or_else(|| format!("{name}: no MockServerExt method uses it"))?;
            let mock = mocks.get_mut(id).expect("every owner is an operation");
            if name.ends_with("When") {
                self.adapt_when(imp, id, mock)?;
            } else {
                self.adapt_then(imp, id, mock)?;
            }
        }
        // Only the helpers some setter calls (and what they call).
        let items = &module.1;
        let code = quote!(#(#items)*).to_string();
        module
            .1
            .extend(helpers().into_iter().filter(|helper| match helper {
                Item::Fn(f) if f.sig.ident == "regex_literal" => {
                    code.contains("path_param (") || code.contains("query_param (")
                }
                Item::Fn(f) if f.sig.ident == "parts" => {
                    code.contains("value_part (")
                        || code.contains("file_part (")
                        || code.contains("no_part (")
                }
                Item::Fn(f) if f.sig.ident == "form_fields" => code.contains("form_field ("),
                Item::Fn(f) => code.contains(&format!("{} (", f.sig.ident)),
                _ => true,
            }));
        Ok(ids
            .iter()
            .map(|id| mocks.remove(id).expect("one mock per id"))
            .collect())
    }

    /// The regex of the operation's path: `^`, the optional base path, the
    /// template with `[^/]+` for each parameter but `param`, `$`. With
    /// `param`, returns what goes before and after its segment.
    fn path_regex(&self, template: &str, param: Option<&str>) -> (String, String) {
        let mut before = String::from("^");
        if !self.base_path.is_empty() {
            before.push_str(&format!("(?:{})?", regex_literal(&self.base_path)));
        }
        let mut after = String::new();
        let mut rest = template;
        let mut target = &mut before;
        while let Some(open) = rest.find('{') {
            target.push_str(&regex_literal(&rest[..open]));
            let close = rest[open..].find('}').map_or(rest.len(), |c| open + c);
            let name = &rest[open + 1..close];
            if Some(rust_ident(name).as_str()) == param {
                target = &mut after;
            } else {
                target.push_str("[^/]+");
            }
            rest = rest.get(close + 1..).unwrap_or_default();
        }
        target.push_str(&regex_literal(rest));
        target.push('$');
        (before, after)
    }

    /// Rewrites one `When` impl; returns the `Operation` static its path
    /// setters need, if any.
    fn adapt_when(
        &self,
        imp: &mut ItemImpl,
        id: &str,
        mock: &mut OperationMock,
    ) -> Result<(), String> {
        let operation = &self.operations[id];
        let operation_static = format_ident!("{}", id.to_uppercase());
        for item in &mut imp.items {
            let ImplItem::Fn(f) = item else { continue };
            let name = f.sig.ident.to_string();
            match name.as_str() {
                "new" => {
                    let method = format_ident!("{}", operation.method);
                    let (regex, _) = self.path_regex(&operation.path, None);
                    f.block = parse_quote!({
                        Self(inner.method(::httpmock::Method::#method).path_matches(#regex))
                    });
                    let doc = format!(
                        "Matches a `{} {}` request; the setters add conditions.",
                        operation.method, operation.path
                    );
                    f.attrs.push(parse_quote!(#[doc = #doc]));
                    continue;
                }
                "into_inner" => {
                    f.attrs.push(parse_quote!(
                        #[doc = "The `httpmock::When`, for conditions the typed setters do not cover."]
                    ));
                    continue;
                }
                _ => {}
            }
            let param = operation
                .params
                .get(&name)
                .ok_or_else(|| format!("{id}: setter {name} names no parameter of the spec"))?;
            let argument = argument(f).ok_or_else(|| {
                let sig = &f.sig;
                format!("{id}: setter {name}: unexpected signature {}", quote!(#sig))
            })?;
            let wire = &param.wire_name;
            let doc;
            match param.location.as_str() {
                "path" => {
                    let (before, after) = self.path_regex(&operation.path, Some(&name));
                    f.block = parse_quote!({
                        Self(path_param(
                            self.0,
                            // The client's own description of the operation.
                            &crate::operations::#operation_static,
                            #name,
                            &value.to_string(),
                            #before,
                            #after,
                        ))
                    });
                    doc = format!(
                        "Path parameter `{wire}`: matches the one percent-encoded segment the client sends for `value`."
                    );
                }
                "query" => {
                    f.block = if matches!(argument, Argument::Value(_) | Argument::Ref(_)) {
                        parse_quote!({ Self(query_param(self.0, #wire, &value)) })
                    } else {
                        parse_quote!({
                            match value.into() {
                                Some(value) => Self(query_param(self.0, #wire, &value)),
                                None => Self(self.0.query_param_missing(#wire)),
                            }
                        })
                    };
                    doc = format!(
                        "Query parameter `{wire}`: matches the pairs the client sends for `value` and no other{}.",
                        if matches!(argument, Argument::Value(_) | Argument::Ref(_)) {
                            ""
                        } else {
                            "; `None` matches a request without it"
                        }
                    );
                }
                "body" => {
                    if matches!(argument, Argument::OptionRef(_)) {
                        f.block = parse_quote!({
                            match value {
                                Some(value) => Self(self.0.json_body_obj(value)),
                                None => Self(no_body(self.0)),
                            }
                        });
                        doc = "The JSON body; `None` matches a request without one (or with the `{}` some clients send instead).".to_string();
                    } else {
                        doc = "The JSON body, compared as JSON.".to_string();
                    }
                }
                other => {
                    return Err(format!(
                        "{id}: setter {name}: {other} parameters are not supported yet"
                    ));
                }
            }
            f.attrs.push(parse_quote!(#[doc = #doc]));
            mock.when
                .push((f.sig.ident.clone(), param.clone(), argument));
        }
        for part in operation.form.iter().flat_map(|form| &form.parts) {
            let param = operation.params.get(&part.ident).ok_or_else(|| {
                format!("{id}: part {} is no parameter of the model", part.wire_name)
            })?;
            let (setter, argument) = match &operation.form {
                Some(form) if !form.is_multipart() => field_setter(part)?,
                _ => part_setter(part)?,
            };
            mock.when
                .push((format_ident!("{}", part.ident), param.clone(), argument));
            imp.items.push(ImplItem::Fn(setter));
        }
        imp.attrs.retain(|a| !a.path().is_ident("doc"));
        Ok(())
    }

    /// Rewrites one `Then` impl: stand-in statuses renamed back, media types
    /// from the spec, a helper for each documented status.
    fn adapt_then(
        &self,
        imp: &mut ItemImpl,
        id: &str,
        mock: &mut OperationMock,
    ) -> Result<(), String> {
        let statuses = self.statuses.get(id).cloned().unwrap_or_default();
        let operation = &self.operations[id];
        for item in &mut imp.items {
            let ImplItem::Fn(f) = item else { continue };
            match f.sig.ident.to_string().as_str() {
                "new" => {
                    f.attrs
                        .push(parse_quote!(#[doc = "Wraps an `httpmock::Then`."]));
                    continue;
                }
                "into_inner" => {
                    f.attrs.push(parse_quote!(
                        #[doc = "The `httpmock::Then`, for answers the typed helpers do not cover."]
                    ));
                    continue;
                }
                _ => {}
            }
            let mut visitor = StatusLiteral {
                stand_ins: self.stand_ins,
                id,
                found: None,
                stood_in: false,
            };
            visitor.visit_block_mut(&mut f.block);
            let Some(status) = visitor.found else {
                // A status class (progenitor asserts it) or `default`: the
                // caller names the status, which httpmock would only refuse
                // when serving it.
                f.block.stmts.insert(
                    0,
                    parse_quote! {
                        assert!(
                            (100..=999).contains(&status),
                            "{status} is not an HTTP status (100 to 999)"
                        );
                    },
                );
                continue;
            };
            if visitor.stood_in {
                f.sig.ident = helper_name(status);
            }
            let documented = statuses.get(&status).ok_or_else(|| {
                format!("{id}: progenitor answers {status}, which the spec does not document")
            })?;
            if let (Success::Download { .. }, true) =
                (&operation.success, (200..300).contains(&status))
            {
                *f = download_helper(&f.sig.ident, status);
                mock.then.insert(status, (f.sig.ident.clone(), None));
                mock.download = Some(status);
                continue;
            }
            let body = body_type(f);
            let reason = reason(status).map_or(String::new(), |r| format!(" {r}"));
            let doc = match (&body, &documented.media_type) {
                (Some(_), Some(media_type)) => {
                    MediaType(media_type).visit_block_mut(&mut f.block);
                    format!("Answers `{status}{reason}` with `value` as `{media_type}`.")
                }
                _ => format!("Answers `{status}{reason}` without a body."),
            };
            f.attrs.push(parse_quote!(#[doc = #doc]));
            mock.then.insert(status, (f.sig.ident.clone(), body));
        }
        // Documented statuses progenitor was not shown (a bodiless one
        // beside a typed success): a helper without a body each.
        for (status, documented) in &statuses {
            if mock.then.contains_key(status) {
                continue;
            }
            let name = helper_name(*status);
            let reason = reason(*status).map_or(String::new(), |r| format!(" {r}"));
            match (own_body(operation, *status), &documented.media_type) {
                (Some(ty), Some(media_type)) => {
                    let ty: syn::Type =
                        syn::parse_str(&ty).map_err(|e| format!("{id}: {ty}: {e}"))?;
                    let doc = format!("Answers `{status}{reason}` with `value` as `{media_type}`.");
                    imp.items.push(parse_quote! {
                        #[doc = #doc]
                        pub fn #name(self, value: &#ty) -> Self {
                            Self(
                                self.0
                                    .status(#status)
                                    .header("content-type", #media_type)
                                    .json_body_obj(value),
                            )
                        }
                    });
                    mock.then.insert(*status, (name, Some(Argument::Ref(ty))));
                }
                (None, Some(_)) => {
                    return Err(format!(
                        "{id}: no `then` helper for the documented {status}"
                    ));
                }
                (_, None) => {
                    let doc = format!("Answers `{status}{reason}` without a body.");
                    imp.items.push(parse_quote! {
                        #[doc = #doc]
                        pub fn #name(self) -> Self {
                            Self(self.0.status(#status))
                        }
                    });
                    mock.then.insert(*status, (name, None));
                }
            }
        }
        imp.attrs.retain(|a| !a.path().is_ident("doc"));
        Ok(())
    }
}

/// The type of a status's body that progenitor was not shown: a variant of
/// a value by status, or an error body of its own.
fn own_body(operation: &Operation, status: u16) -> Option<String> {
    if let Success::ByStatus { variants, .. } = &operation.success
        && let Some(variant) = variants.iter().find(|v| v.status == status)
    {
        return variant.body.clone();
    }
    operation
        .responses
        .iter()
        .find_map(|(code, response)| match response {
            spec::Response::ErrorBody(ty) if *code == status => Some(ty.clone()),
            _ => None,
        })
}

/// A download's `then` helper: the status, the media type, a file name in
/// `Content-Disposition` where given, the bytes.
fn download_helper(name: &syn::Ident, status: u16) -> ImplItemFn {
    let reason = reason(status).map_or(String::new(), |r| format!(" {r}"));
    let doc = format!(
        "Answers `{status}{reason}` with the bytes of a download: `body`, as `content_type`, with `Content-Disposition: attachment; filename=\"..\"` where `file_name` is given."
    );
    parse_quote! {
        #[doc = #doc]
        pub fn #name(self, content_type: &str, file_name: Option<&str>, body: &[u8]) -> Self {
            let then = self.0.status(#status).header("content-type", content_type);
            let then = match file_name {
                Some(name) => then.header(
                    "content-disposition",
                    format!("attachment; filename=\"{name}\""),
                ),
                None => then,
            };
            Self(then.body(body))
        }
    }
}

/// The `when` setter of one part of a form, and how it takes its value.
fn part_setter(part: &Part) -> Result<(ImplItemFn, Argument), String> {
    let ident = format_ident!("{}", part.ident);
    let wire = &part.wire_name;
    let ty: syn::Type = match &part.value {
        None => parse_quote!(vendor_clients_core::File),
        Some(ty) => syn::parse_str(ty).map_err(|e| format!("part {wire}: {ty}: {e}"))?,
    };
    let declared = match &part.content_type {
        Some(media_type) => quote!(Some(#media_type)),
        None => quote!(None),
    };
    let matcher = if part.is_file() {
        quote!(file_part(self.0, #wire, value, #declared))
    } else {
        quote!(value_part(self.0, #wire, value, #declared))
    };
    let what = if part.is_file() {
        "the file the client sends for `value`: its file name, media type and bytes (a stream's bytes are not compared)"
    } else {
        "the part the client sends for `value`"
    };
    if part.required {
        let doc = format!("Form part `{wire}`: matches {what}.");
        Ok((
            parse_quote! {
                #[doc = #doc]
                pub fn #ident(self, value: &#ty) -> Self {
                    Self(#matcher)
                }
            },
            Argument::Ref(ty),
        ))
    } else {
        let doc = format!(
            "Form part `{wire}`: matches {what}; `None` matches a request without that part."
        );
        Ok((
            parse_quote! {
                #[doc = #doc]
                pub fn #ident(self, value: Option<&#ty>) -> Self {
                    match value {
                        Some(value) => Self(#matcher),
                        None => Self(no_part(self.0, #wire)),
                    }
                }
            },
            Argument::OptionRef(ty),
        ))
    }
}

/// The `when` setter of one field of an `application/x-www-form-urlencoded`
/// body, and how it takes its value.
fn field_setter(part: &Part) -> Result<(ImplItemFn, Argument), String> {
    let ident = format_ident!("{}", part.ident);
    let wire = &part.wire_name;
    let ty: syn::Type = match &part.value {
        Some(ty) => syn::parse_str(ty).map_err(|e| format!("field {wire}: {ty}: {e}"))?,
        None => return Err(format!("field {wire}: a file in a url-encoded form")),
    };
    if part.required {
        let doc = format!("Form field `{wire}`: matches the field the client sends for `value`.");
        Ok((
            parse_quote! {
                #[doc = #doc]
                pub fn #ident(self, value: &#ty) -> Self {
                    Self(form_field(self.0, #wire, value))
                }
            },
            Argument::Ref(ty),
        ))
    } else {
        let doc = format!(
            "Form field `{wire}`: matches the field the client sends for `value`; `None` matches a request without that field."
        );
        Ok((
            parse_quote! {
                #[doc = #doc]
                pub fn #ident(self, value: Option<&#ty>) -> Self {
                    match value {
                        Some(value) => Self(form_field(self.0, #wire, value)),
                        None => Self(no_form_field(self.0, #wire)),
                    }
                }
            },
            Argument::OptionRef(ty),
        ))
    }
}

/// progenitor's name for a status's helper (`not_found`), or `status_<code>`.
fn helper_name(status: u16) -> syn::Ident {
    use heck::ToSnakeCase;
    match reason(status) {
        Some(reason) => format_ident!(
            "{}",
            reason
                .replace('\'', "")
                .replace(|c: char| !c.is_alphanumeric(), "-")
                .to_snake_case()
        ),
        None => format_ident!("status_{status}"),
    }
}

/// Finds the status a `then` helper answers (`.status(404u16)`), putting
/// the documented status where progenitor was given a stand-in.
struct StatusLiteral<'a> {
    stand_ins: &'a StandIns,
    id: &'a str,
    found: Option<u16>,
    /// Whether the helper was generated for a stand-in.
    stood_in: bool,
}

impl VisitMut for StatusLiteral<'_> {
    fn visit_expr_method_call_mut(&mut self, call: &mut syn::ExprMethodCall) {
        if call.method == "status"
            && let [
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Int(int),
                    ..
                }),
            ] = call.args.iter().collect::<Vec<_>>()[..]
            && let Ok(status) = int.base10_parse::<u16>()
        {
            let real = self.stand_ins.get(&(self.id.to_string(), status)).copied();
            self.stood_in = real.is_some();
            let real = real.unwrap_or(status);
            self.found = Some(real);
            call.args = parse_quote!(#real);
        }
        visit_mut::visit_expr_method_call_mut(self, call);
    }
}

/// Puts the spec's media type in `.header("content-type", ..)`.
struct MediaType<'a>(&'a str);

impl VisitMut for MediaType<'_> {
    fn visit_expr_method_call_mut(&mut self, call: &mut syn::ExprMethodCall) {
        if call.method == "header"
            && let Some(syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(name),
                ..
            })) = call.args.first()
            && name.value().eq_ignore_ascii_case("content-type")
        {
            let media_type = self.0;
            call.args = parse_quote!("content-type", #media_type);
        }
        visit_mut::visit_expr_method_call_mut(self, call);
    }
}

/// How a `then` helper takes its body: `value: &T` (typed) or
/// `value: serde_json::Value` (a body progenitor does not type).
fn body_type(f: &ImplItemFn) -> Option<Argument> {
    f.sig.inputs.iter().find_map(|input| match input {
        FnArg::Typed(arg) if quote!(#arg).to_string().starts_with("value") => match &*arg.ty {
            syn::Type::Reference(r) => Some(Argument::Ref((*r.elem).clone())),
            other => Some(Argument::Value(other.clone())),
        },
        _ => None,
    })
}

/// How a `when` setter takes its value; `None` for an unknown signature.
fn argument(f: &ImplItemFn) -> Option<Argument> {
    let value = f.sig.inputs.iter().find_map(|input| match input {
        FnArg::Typed(arg) => Some(&*arg.ty),
        FnArg::Receiver(_) => None,
    })?;
    let generic = f.sig.generics.type_params().next();
    if let Some(param) = generic {
        // `where T: Into<Option<X>>`
        let bound = f
            .sig
            .generics
            .where_clause
            .as_ref()?
            .predicates
            .iter()
            .find_map(|p| match p {
                syn::WherePredicate::Type(t) if quote_eq(&t.bounded_ty, &param.ident) => {
                    t.bounds.first()
                }
                _ => None,
            })?;
        let inner = generic_arg(generic_arg_of_bound(bound, "Into")?, "Option")?;
        return Some(match inner {
            syn::Type::Reference(r) => Argument::IntoOptionRef((*r.elem).clone()),
            other => Argument::IntoOption(other),
        });
    }
    Some(match value {
        syn::Type::Reference(r) => Argument::Ref((*r.elem).clone()),
        ty => match generic_arg(ty.clone(), "Option") {
            Some(syn::Type::Reference(r)) => Argument::OptionRef((*r.elem).clone()),
            _ => Argument::Value(ty.clone()),
        },
    })
}

fn quote_eq(ty: &syn::Type, ident: &syn::Ident) -> bool {
    *ident == quote!(#ty).to_string()
}

/// `Into<X>` -> `X`.
fn generic_arg_of_bound(bound: &syn::TypeParamBound, trait_name: &str) -> Option<syn::Type> {
    let syn::TypeParamBound::Trait(t) = bound else {
        return None;
    };
    let last = t.path.segments.last()?;
    if last.ident != trait_name {
        return None;
    }
    first_type_arg(&last.arguments)
}

/// `Option<X>` (any path to it) -> `X`.
pub fn generic_arg(ty: syn::Type, name: &str) -> Option<syn::Type> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    if last.ident != name {
        return None;
    }
    first_type_arg(&last.arguments)
}

fn first_type_arg(arguments: &syn::PathArguments) -> Option<syn::Type> {
    let syn::PathArguments::AngleBracketed(args) = arguments else {
        return None;
    };
    args.args.iter().find_map(|a| match a {
        syn::GenericArgument::Type(t) => Some(t.clone()),
        _ => None,
    })
}

/// `text` as a regex matching it literally.
fn regex_literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\.+*?()|[]{}^$".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The private helpers the adapted setters call, emitted into every mock
/// module (they use only what every vendor crate depends on).
fn helpers() -> Vec<Item> {
    let items: TokenStream = quote! {
        /// `text` as a regex matching it literally.
        fn regex_literal(text: &str) -> String {
            let mut out = String::with_capacity(text.len());
            for c in text.chars() {
                if "\\.+*?()|[]{}^$".contains(c) {
                    out.push('\\');
                }
                out.push(c);
            }
            out
        }

        /// The path condition for one parameter: `value` encoded as the client
        /// encodes it, between the regexes `before` and `after`. A value the
        /// client refuses to send (empty, `.` or `..`) is a mistake in the test.
        fn path_param(
            when: ::httpmock::When,
            operation: &'static vendor_clients_core::__private::Operation,
            name: &'static str,
            value: &str,
            before: &str,
            after: &str,
        ) -> ::httpmock::When {
            let segment = match vendor_clients_core::__private::path_segment(operation, name, value) {
                Ok(segment) => segment.to_string(),
                Err(invalid) => panic!(
                    "no request can match this mock: {}",
                    vendor_clients_core::Error::<vendor_clients_core::NoErrorBody>::from(invalid)
                ),
            };
            when.path_matches(format!("{before}{}{after}", regex_literal(&segment)))
        }

        /// The query condition for one parameter: exactly the pairs the client's
        /// query serializer writes for `value` (none: the parameter is absent).
        fn query_param<T: ::serde::Serialize>(
            when: ::httpmock::When,
            name: &str,
            value: &T,
        ) -> ::httpmock::When {
            let encoded = ::serde_urlencoded::to_string(
                ::progenitor_client::QueryParam::new(name, value),
            )
            .expect("the value serializes as a query parameter");
            let url = ::reqwest::Url::parse(&format!("http://mock.invalid/?{encoded}"))
                .expect("a valid query");
            let pairs: Vec<(String, String)> = url.query_pairs().into_owned().collect();
            if pairs.is_empty() {
                return when.query_param_missing(name);
            }
            let count = pairs.len();
            let mut when = when;
            for (key, value) in pairs {
                when = when.query_param(key, value);
            }
            when.query_param_count(format!("^{}$", regex_literal(name)), ".*", count)
        }

        /// The parts of a `multipart/form-data` request (none for another).
        fn parts(request: &::httpmock::HttpMockRequest) -> Vec<vendor_clients_core::__private::ReceivedPart> {
            let headers = request.headers();
            let content_type = headers
                .get("content-type")
                .and_then(|value| value.to_str().ok())
                .unwrap_or_default();
            vendor_clients_core::__private::parse(content_type, request.body_ref()).unwrap_or_default()
        }

        /// A form part named `name` holding what the client writes for `value`,
        /// with `Content-Type: content_type` where the spec declares one, and
        /// only then.
        fn value_part<T: ::serde::Serialize>(
            when: ::httpmock::When,
            name: &'static str,
            value: &T,
            content_type: Option<&'static str>,
        ) -> ::httpmock::When {
            let data = vendor_clients_core::__private::part_text(value)
                .expect("the value is written as a form part");
            when.is_true(move |request| {
                parts(request).iter().any(|part| {
                    part.name == name
                        && part.file_name.is_none()
                        && part.content_type.as_deref() == content_type
                        && part.data == data
                })
            })
        }

        /// A form part named `name` holding `file` as the client sends it:
        /// its file name, media type (`declared` where the spec gives one) and
        /// bytes (not compared for a stream, which cannot be read twice).
        fn file_part(
            when: ::httpmock::When,
            name: &'static str,
            file: &vendor_clients_core::File,
            declared: Option<&'static str>,
        ) -> ::httpmock::When {
            let (file_name, content_type, data) =
                vendor_clients_core::__private::expected_file(file, declared);
            when.is_true(move |request| {
                parts(request).iter().any(|part| {
                    part.name == name
                        && part.file_name.as_deref() == Some(file_name.as_str())
                        && part.content_type.as_deref() == Some(content_type.as_str())
                        && data.as_ref().is_none_or(|data| part.data == *data)
                })
            })
        }

        /// No form part named `name`.
        fn no_part(when: ::httpmock::When, name: &'static str) -> ::httpmock::When {
            when.is_true(move |request| parts(request).iter().all(|part| part.name != name))
        }

        /// The fields of an `application/x-www-form-urlencoded` request, decoded
        /// (none for another).
        fn form_fields(request: &::httpmock::HttpMockRequest) -> Vec<(String, String)> {
            let content_type = request
                .headers()
                .get("content-type")
                .and_then(|value| value.to_str().ok())
                .unwrap_or_default()
                .to_string();
            if content_type != "application/x-www-form-urlencoded" {
                return Vec::new();
            }
            vendor_clients_core::__private::received_fields(request.body_ref())
        }

        /// One field named `name` holding what the client writes for `value`.
        fn form_field<T: ::serde::Serialize>(
            when: ::httpmock::When,
            name: &'static str,
            value: &T,
        ) -> ::httpmock::When {
            let text = vendor_clients_core::__private::field_text(value)
                .expect("the value is written as a form field");
            when.is_true(move |request| {
                let fields = form_fields(request);
                let named: Vec<&(String, String)> =
                    fields.iter().filter(|(key, _)| key == name).collect();
                named.len() == 1 && named[0].1 == text
            })
        }

        /// No form field named `name`.
        fn no_form_field(when: ::httpmock::When, name: &'static str) -> ::httpmock::When {
            when.is_true(move |request| form_fields(request).iter().all(|(key, _)| key != name))
        }

        /// A request without a body, or with the `{}` some vendors' clients send
        /// where a write has none.
        fn no_body(when: ::httpmock::When) -> ::httpmock::When {
            when.is_true(|request| {
                let body = request.body_ref();
                body.is_empty() || body == b"{}"
            })
        }
    };
    let file: File = syn::parse2(items).expect("the helpers parse");
    file.items
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use serde_json::json;

    fn spec(paths: Value) -> Value {
        json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "servers": [{"url": "https://api.example.com/v2/"}],
            "paths": paths,
            "components": {"schemas": {
                "Thing": {"type": "object", "properties": {"a": {"type": "string"}}},
                "Problem": {"type": "object", "properties": {"message": {"type": "string"}}}
            }}
        })
    }

    pub fn json_body(schema: &str, media_type: &str) -> Value {
        json!({"description": "d", "content": {media_type: {"schema": {"$ref": format!("#/components/schemas/{schema}")}}}})
    }

    pub fn get_thing(responses: Value) -> Value {
        spec(json!({"/things/{thing_id}.json": {"get": {
            "operationId": "get_thing",
            "parameters": [
                {"name": "thing_id", "in": "path", "required": true, "schema": {"type": "string"}},
                {"name": "tags", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}}
            ],
            "responses": responses
        }}}))
    }

    #[test]
    fn path_regexes_take_the_base_path_and_match_segments_literally() {
        let spec = get_thing(json!({"200": json_body("Thing", "application/json")}));
        let code = mock_code("specs/t.yaml", &spec).unwrap().module;
        // The whole path, for `new`; before and after the parameter's segment,
        // for its setter.
        assert!(
            code.contains(r#".path_matches("^(?:/v2)?/things/[^/]+\\.json$")"#),
            "{code}"
        );
        assert!(code.contains(r#""^(?:/v2)?/things/","#), "{code}");
        assert!(code.contains(r#""\\.json$","#), "{code}");
        // The path value is encoded by the client's own rule, for its operation.
        assert!(code.contains("&crate::operations::GET_THING"), "{code}");
    }

    #[test]
    fn a_status_without_a_reason_phrase_gets_a_status_helper() {
        let spec = get_thing(json!({
            "200": json_body("Thing", "application/json"),
            "499": json_body("Problem", "application/problem+json")
        }));
        let code = mock_code("specs/t.yaml", &spec).unwrap().module;
        // Not JSON: progenitor takes the body as a `serde_json::Value`.
        assert!(
            code.contains("pub fn status_499(self, value: ::serde_json::Value)"),
            "{code}"
        );
        assert!(code.contains(".status(499u16)"), "{code}");
        assert!(code.contains(r#""application/problem+json""#), "{code}");
        assert!(
            code.contains("pub fn ok(self, value: &types::Thing)"),
            "{code}"
        );
        let spec = get_thing(json!({
            "200": json_body("Thing", "application/json"),
            "520": json_body("Problem", "application/json")
        }));
        let code = mock_code("specs/t.yaml", &spec).unwrap().module;
        assert!(
            code.contains("pub fn status_520(self, value: &types::Problem)"),
            "{code}"
        );
    }

    #[test]
    fn a_status_the_caller_names_is_checked() {
        for (responses, helper) in [
            (
                json!({"204": {"description": "done"}, "4XX": json_body("Problem", "application/json")}),
                "pubfnclient_error(self,status:u16,value:&types::Problem)->Self{assert!((100..=999).contains(&status),",
            ),
            (
                json!({"default": json_body("Problem", "application/json")}),
                "pubfndefault_response(self,status:u16,value:&types::Problem)->Self{assert!((100..=999).contains(&status),",
            ),
        ] {
            let code = mock_code("specs/t.yaml", &get_thing(responses))
                .unwrap()
                .module;
            let code: String = code.split_whitespace().collect();
            assert!(code.contains(helper), "{helper} in {code}");
        }
    }

    #[test]
    fn a_bodiless_success_beside_a_typed_one_gets_its_helper() {
        let spec = get_thing(json!({
            "200": json_body("Thing", "application/json"),
            "204": {"description": "nothing"}
        }));
        let code = mock_code("specs/t.yaml", &spec).unwrap().module;
        assert!(code.contains("pub fn no_content(self) -> Self"), "{code}");
    }

    #[test]
    fn base_paths() {
        let with = |url: &str| base_path(&json!({"servers": [{"url": url}]}));
        assert_eq!(with("https://api.kinow.com/api"), "/api");
        assert_eq!(with("https://api.brevo.com/v3/"), "/v3");
        assert_eq!(with("https://sandbox-api.togai.com"), "");
    }

    #[test]
    fn what_progenitor_was_not_shown_gets_its_typed_mock() {
        let spec = crate::model::bodies::tests::mechanisms_spec();
        let mock = mock_code("specs/t.yaml", &spec).unwrap();
        let code: String = mock.module.split_whitespace().collect();
        for expected in [
            // Each part of a form: matched as the client sends it.
            "pubfnfile(self,value:&vendor_clients_core::File)->Self{Self(file_part(self.0,\"file\",value,Some(\"text/csv\")))}",
            "pubfnowner_id(self,value:Option<&i64>)->Self{matchvalue{Some(value)=>Self(value_part(self.0,\"ownerId\",value,None)),None=>Self(no_part(self.0,\"ownerId\")),}}",
            "fnparts(request:&::httpmock::HttpMockRequest,)",
            // Each field of a url-encoded form: matched as the client sends it.
            "pubfnname(self,value:&::std::string::String)->Self{Self(form_field(self.0,\"name\",value))}",
            "pubfnnotify(self,value:Option<&bool>)->Self{matchvalue{Some(value)=>Self(form_field(self.0,\"notify\",value)),None=>Self(no_form_field(self.0,\"notify\")),}}",
            "fnform_fields(request:&::httpmock::HttpMockRequest)->Vec<(String,String)>",
            // A download answers bytes, with a media type and a file name.
            "pubfnok(self,content_type:&str,file_name:Option<&str>,body:&[u8],)->Self",
            // Each variant of a value by status, each error body of its own.
            "pubfncreated(self,value:&types::Thing)->Self",
            "pubfnaccepted(self,value:&types::Later)->Self",
            "pubfnno_content(self)->Self",
            "pubfnbad_request(self,value:&types::Failed)->Self",
            "pubfnunprocessable_entity(self,value:&::std::string::String)->Self",
            "pubfnnot_found(self,value:&types::Problem)->Self",
        ] {
            assert!(code.contains(expected), "missing {expected} in {code}");
        }
        let import = mock
            .operations
            .iter()
            .find(|m| m.id == "import_things")
            .unwrap();
        let parts: Vec<(String, &str)> = import
            .when
            .iter()
            .map(|(name, param, _)| (name.to_string(), param.location.as_str()))
            .collect();
        assert_eq!(
            parts,
            [
                ("mapping".to_string(), "part"),
                ("owner_id".to_string(), "part"),
                ("file".to_string(), "part")
            ]
        );
        let download = mock.operations.iter().find(|m| m.id == "get_file").unwrap();
        assert_eq!(download.download, Some(200));
    }
}
