//! Adapts progenitor's output to the shared runtime in `vendor_clients_core`.
//!
//! progenitor generates the types, the `Client` and one builder per
//! operation. What it cannot be told is done here, on its syntax tree, by
//! rules that hold for every vendor:
//!
//! - every operation's builder owns a clone of the `Client` (cheap: its
//!   parts are shared), so that `send()`'s future and `.stream()` are
//!   `'static` and a call can be spawned; and takes `.options(CallOptions)`,
//!   the call's own timeout, deadline, headers and retries;
//! - every operation's `send()` returns the crate's one `Error` (an alias of
//!   `vendor_clients_core::Error` with the vendor's error body), checks every
//!   argument against the spec's rules before anything is sent, keeps path
//!   parameters in their segment, and hands the request to
//!   `vendor_clients_core::__private::execute`, with the documented responses;
//! - setter errors say the rule broken in plain words (`limit must be an
//!   integer from 1 to 500`), never the value;
//! - progenitor's `api-version` header (no vendor SDK sends it) and its
//!   panicking `Client::new` are left out;
//! - a tolerant enum (`oneOf: [{$ref: T}, {title: Other, type: string}]`,
//!   which typify makes a wrapper per field with a `T(T)` variant) is
//!   `vendor_clients_core::Tolerant<T>`, one generic type;
//! - response fields decode as the vendor SDK does (`null` lists as empty,
//!   numeric strings as numbers where the SDK coerces them), and enum
//!   variants take the names a spec gives them (`x-enum-varnames`);
//! - an optional field with a documented default decodes `null` as that
//!   default, as it does a missing value (every other optional field takes
//!   `null` as absent already);
//! - what progenitor was not shown (`shared::progenitor::for_progenitor`)
//!   is written here (`bodies`): a value by status is an enum in `types`
//!   that the status decodes, a download returns the crate's `Download`,
//!   an error status with a body of its own names its decoder in the
//!   operation's `static`, a `multipart/form-data` body gets one setter per
//!   part and is sent as a `vendor_clients_core::__private::Form` (an
//!   `application/x-www-form-urlencoded` one: a setter per field, sent as a
//!   `vendor_clients_core::__private::UrlEncodedForm`), and
//!   `x-accept` sets the `Accept` header;
//! - `schemars::JsonSchema` is the crate's `schemars` feature's (off by
//!   default: schemars_derive brings a second `syn` major into a build):
//!   progenitor's derive of it, typify's impls of it and any
//!   `#[schemars(..)]` attribute apply only with that feature on.
//!
//! Every rule fails loudly when progenitor's output does not have the shape
//! it expects, naming what it looked for.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, File, ImplItem, ImplItemFn, Item, ItemMod, LitStr, ReturnType, Stmt, parse_quote};

use crate::model::bodies::Success;
use crate::model::paging::Pagination;
use crate::model::spec::{Operation, Response};
use crate::passes::shared::renames::{OperationsPaths, tolerant_wrappers, use_tolerant};

mod bodies;

/// How one vendor's code is adapted.
pub struct Settings<'a> {
    /// Operations of the spec, by operationId.
    pub operations: &'a BTreeMap<String, Operation>,
    /// The vendor's documented error body type (`types::ErrorResponse`), or
    /// `None` when its spec documents none.
    pub error_body: Option<String>,
    /// Number fields take numeric strings (the SDK coerces them).
    pub lenient_numbers: bool,
    /// Enum variant names from the spec (`x-enum-varnames`), in the order of
    /// the enum's values: type name -> names.
    pub variant_names: BTreeMap<String, Vec<String>>,
    /// Credential fields (`format: password`): type name -> field idents.
    pub sensitive_fields: BTreeMap<String, BTreeSet<String>>,
    /// The documentation of each operation's `Client` method, by operationId.
    pub docs: BTreeMap<String, String>,
    /// The documentation of the `Client` type.
    pub client_doc: String,
    /// The `.stream()` method of a paged operation's builder: the `streams`
    /// pass's, handed in by `outputs` so that neither pass imports the other.
    pub stream_method: StreamMethod,
}

/// Makes a paged builder's `.stream()` from its paging, the operation's
/// static and the page type.
pub type StreamMethod = fn(&Pagination, &syn::Ident, &syn::Type) -> Result<syn::ImplItemFn, String>;

pub fn adapt(file: &mut File, settings: &Settings) -> Result<(), String> {
    let mut problems = Vec::new();
    tolerant_enums(file);
    let mut found_builder = false;
    let mut decoders = Vec::new();
    let mut items = Vec::with_capacity(file.items.len() + 1);
    for mut item in std::mem::take(&mut file.items) {
        match &mut item {
            // `pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};`
            Item::Use(use_item) if quote!(#use_item).to_string().contains("ByteStream") => {
                let error_body = match &settings.error_body {
                    Some(name) => syn::parse_str::<syn::Type>(name)
                        .map_err(|e| format!("error body type {name}: {e}"))?,
                    None => parse_quote!(vendor_clients_core::NoErrorBody),
                };
                items.push(parse_quote! {
                    #[allow(unused_imports)]
                    pub use progenitor_client::{ClientInfo, ResponseValue};
                });
                items.push(parse_quote! {
                    /// Why a call failed: one shape for every operation. Match on
                    /// [`kind()`](vendor_clients_core::Error::kind); the status, headers,
                    /// typed error body and raw body are behind accessors. `Display` and
                    /// `Debug` never show a query string, header value or body.
                    pub type Error = vendor_clients_core::Error<#error_body>;
                });
                if has_downloads(settings) {
                    items.push(parse_quote! {
                        /// The body of a download, unread: stream it (`chunk()`,
                        /// `into_stream()`) or collect it within a limit (`bytes(limit)`);
                        /// its `content_type()` and a safe `file_name()` are at hand.
                        /// Reading errors are the crate's [`Error`].
                        pub type Download = vendor_clients_core::Download<#error_body>;
                    });
                }
                continue;
            }
            Item::Impl(impl_item) if is_client_impl(impl_item) => {
                adapt_client_impl(impl_item);
            }
            Item::Impl(impl_item)
                if impl_item.trait_.is_none() && is_client(&impl_item.self_ty) =>
            {
                document_operations(impl_item, &settings.docs, &mut problems);
            }
            Item::Struct(item) if item.ident == "Client" => {
                set_doc(&mut item.attrs, &settings.client_doc);
            }
            Item::Mod(module) if module.ident == "builder" => {
                found_builder = true;
                decoders = adapt_builder_module(module, settings, &mut problems);
                // `types::builder` holds typify's struct builders: one public
                // module called `builder` is enough.
                module.ident = format_ident!("operations");
                module.attrs.retain(|a| !a.path().is_ident("doc"));
                module.attrs.push(parse_quote!(
                    #[doc = "One request builder per operation, returned by the `Client` method of the same name."]
                ));
            }
            Item::Mod(module) if module.ident == "types" => {
                adapt_types_module(module, settings, &mut problems);
                add_success_enums(module, settings, &mut problems);
            }
            _ => {}
        }
        items.push(item);
    }
    let error_body = match &settings.error_body {
        Some(name) => {
            syn::parse_str::<syn::Type>(name).map_err(|e| format!("error body type {name}: {e}"))?
        }
        None => parse_quote!(vendor_clients_core::NoErrorBody),
    };
    items.push(decode_entry_point(&decoders, &error_body));
    file.items = items;
    let mut base_url = SharedBaseUrl(0);
    for item in &mut file.items {
        if !matches!(item, Item::Mod(m) if m.ident == "types") {
            OperationsPaths.visit_item_mut(item);
        }
        if !matches!(item, Item::Mod(_)) {
            base_url.visit_item_mut(item);
        }
    }
    if base_url.0 != 3 {
        problems.push(format!(
            "the client's base URL: {} of 3 places (field, constructor, ClientInfo) adapted",
            base_url.0
        ));
    }
    if !found_builder {
        problems.push("no `pub mod builder` in progenitor's output".into());
    }
    problems.extend(optional_json_schema(file));
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// Whether some operation returns a download.
fn has_downloads(settings: &Settings) -> bool {
    settings
        .operations
        .values()
        .any(|op| matches!(op.success, Success::Download { .. }))
}

/// The `Client`'s base URL as an `Arc<str>`: every builder holds a clone
/// of the client, which then costs no allocation. Counts the places
/// adapted: the field, its value in `new_with_client`, `ClientInfo`.
struct SharedBaseUrl(usize);

impl VisitMut for SharedBaseUrl {
    fn visit_field_mut(&mut self, field: &mut syn::Field) {
        if field.ident.as_ref().is_some_and(|i| i == "baseurl") {
            field.ty = parse_quote!(::std::sync::Arc<str>);
            self.0 += 1;
        }
    }

    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        if let Expr::MethodCall(call) = expr {
            let receiver = &*call.receiver;
            let text = quote!(#receiver).to_string();
            if call.method == "to_string" && text == "baseurl" {
                *expr = parse_quote!(::std::sync::Arc::<str>::from(baseurl));
                self.0 += 1;
                return;
            }
            if call.method == "as_str" && text == "self . baseurl" {
                *expr = parse_quote!(&self.baseurl);
                self.0 += 1;
                return;
            }
        }
        visit_mut::visit_expr_mut(self, expr);
    }
}

/// `impl Client { pub fn new(..); pub fn new_with_client(..) }`
fn is_client_impl(item: &syn::ItemImpl) -> bool {
    let self_ty = &item.self_ty;
    item.trait_.is_none()
        && quote!(#self_ty).to_string() == "Client"
        && item
            .items
            .iter()
            .any(|i| matches!(i, ImplItem::Fn(f) if f.sig.ident == "new_with_client"))
}

/// Leaves out `Client::new` (it panics when no TLS backend is available and
/// bypasses the credentials); `new_with_client` is for `ClientBuilder` only.
fn adapt_client_impl(item: &mut syn::ItemImpl) {
    item.items
        .retain(|i| !matches!(i, ImplItem::Fn(f) if f.sig.ident == "new"));
    for i in &mut item.items {
        if let ImplItem::Fn(f) = i {
            f.vis = parse_quote!(pub(crate));
            f.attrs.retain(|a| !a.path().is_ident("doc"));
        }
    }
}

/// Adapts every operation's builder; returns how to decode each one's answers.
fn adapt_builder_module(
    module: &mut ItemMod,
    settings: &Settings,
    problems: &mut Vec<String>,
) -> Vec<Decoder> {
    let Some((_, items)) = &mut module.content else {
        problems.push("`mod builder` has no content".into());
        return Vec::new();
    };
    let mut statics = Vec::new();
    let mut decoders = Vec::new();
    // Each builder struct's operation, for the fields of a form's parts.
    let forms: BTreeMap<String, &crate::model::bodies::Form> = items
        .iter()
        .filter_map(|item| match item {
            Item::Impl(imp) => {
                let id = operation_id(imp)?;
                let form = settings.operations.get(&id)?.form.as_ref()?;
                let self_ty = &imp.self_ty;
                let name = quote!(#self_ty).to_string();
                let name = name.split_whitespace().next()?.to_string();
                Some((name, form))
            }
            _ => None,
        })
        .collect();
    for item in items.iter_mut() {
        match item {
            Item::Struct(builder) => {
                if let Some(form) = forms.get(&builder.ident.to_string())
                    && let Err(problem) = bodies::form_fields(builder, form)
                {
                    problems.push(format!("builder {}: {problem}", builder.ident));
                    continue;
                }
                if let Err(problem) = own_client(builder) {
                    problems.push(format!("builder {}: {problem}", builder.ident));
                    continue;
                }
                if let Some(debug) = opaque_debug(builder) {
                    statics.push(debug);
                }
            }
            Item::Use(use_item) if quote!(#use_item).to_string().contains("ResponseValue") => {
                *use_item = if has_downloads(settings) {
                    parse_quote! {
                        #[allow(unused_imports)]
                        use super::{Download, Error, ResponseValue};
                    }
                } else {
                    parse_quote! {
                        #[allow(unused_imports)]
                        use super::{Error, ResponseValue};
                    }
                };
            }
            Item::Impl(impl_item) => {
                let Some(id) = operation_id(impl_item) else {
                    continue;
                };
                let Some(operation) = settings.operations.get(&id) else {
                    problems.push(format!("builder for {id}: no such operation in the spec"));
                    continue;
                };
                match adapt_operation(impl_item, &id, operation, settings.stream_method) {
                    Ok((declaration, decoder)) => {
                        statics.push(declaration);
                        decoders.push(decoder);
                    }
                    Err(problem) => problems.push(format!("operation {id}: {problem}")),
                }
            }
            _ => {}
        }
    }
    items.extend(statics);
    decoders
}

/// `struct X<'a> { client: &'a super::Client, .. }` ->
/// `struct X { client: super::Client, .., options: CallOptions }`.
fn own_client(builder: &mut syn::ItemStruct) -> Result<(), String> {
    let syn::Fields::Named(fields) = &mut builder.fields else {
        return Err("not a struct with named fields".into());
    };
    let client = fields
        .named
        .iter_mut()
        .find(|f| f.ident.as_ref().is_some_and(|i| i == "client"))
        .ok_or("no `client` field")?;
    client.ty = parse_quote!(super::Client);
    if fields
        .named
        .iter()
        .any(|f| f.ident.as_ref().is_some_and(|i| i == "options"))
    {
        return Err("a parameter is named `options`, which the call's options take".into());
    }
    fields.named.push(parse_quote!(
        options: vendor_clients_core::CallOptions
    ));
    builder.generics = syn::Generics::default();
    Ok(())
}

/// A builder's arguments may be customer data: its `Debug` (which progenitor
/// derives) shows only its name. Drops `Debug` from the derive and returns
/// the impl that replaces it.
fn opaque_debug(builder: &mut syn::ItemStruct) -> Option<Item> {
    if !drop_derived_debug(&mut builder.attrs) {
        return None;
    }
    let name = &builder.ident;
    let text = name.to_string();
    let (impl_generics, type_generics, where_clause) = builder.generics.split_for_impl();
    Some(parse_quote! {
        impl #impl_generics ::std::fmt::Debug for #name #type_generics #where_clause {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                // What was set may be customer data or a credential: not shown.
                f.debug_struct(#text).finish_non_exhaustive()
            }
        }
    })
}

/// The paths a `#[derive(..)]` attribute names; `None` for any other
/// attribute.
fn derived_paths(
    attr: &syn::Attribute,
) -> Option<syn::punctuated::Punctuated<syn::Path, syn::Token![,]>> {
    if !attr.path().is_ident("derive") {
        return None;
    }
    attr.parse_args_with(syn::punctuated::Punctuated::parse_terminated)
        .ok()
}

/// `__decode_response`: the runtime's decode path for every operation, by
/// operationId, for the fuzz tests (hidden: not part of the API).
///
/// `#[inline]`, so that it is compiled only where it is used: a public
/// function that is not would be compiled in every build of the crate, and
/// with it the decoding of every operation's answer (a third of the code
/// of a build with every group), which otherwise only the operations a
/// program calls bring in.
fn decode_entry_point(decoders: &[Decoder], error_body: &syn::Type) -> Item {
    let arms = decoders.iter().map(|(id, name, success)| {
        quote! {
            #id => Some(vendor_clients_core::__private::decode_body::<#success, #error_body>(
                &operations::#name, status, body,
            )),
        }
    });
    parse_quote! {
        /// Decodes `body` as the answer with `status` to operation
        /// `operation_id`, exactly as a call would (`None` for an unknown
        /// operation). For fuzzing the decode path; not part of the API.
        /// Inline: compiled only where it is called.
        #[doc(hidden)]
        #[inline]
        pub fn __decode_response(
            operation_id: &str,
            status: u16,
            body: &[u8],
        ) -> Option<Result<(), vendor_clients_core::ErrorKind>> {
            match operation_id {
                #(#arms)*
                _ => None,
            }
        }
    }
}

/// The operationId of an operation's builder impl, from the
/// `OperationInfo { operation_id: "..." }` in its `send`.
fn operation_id(item: &syn::ItemImpl) -> Option<String> {
    let send = item.items.iter().find_map(|i| match i {
        ImplItem::Fn(f) if f.sig.ident == "send" => Some(f),
        _ => None,
    })?;
    let text = quote!(#send).to_string();
    let rest = text.split_once("operation_id :")?.1;
    let literal = rest.trim_start().split('"').nth(1)?;
    Some(literal.to_string())
}

/// An operation as the fuzzing entry point decodes it: its id, its static,
/// its success type.
type Decoder = (String, syn::Ident, syn::Type);

/// Adapts one operation's builder; returns the `static` that describes the
/// operation to the runtime, for the module, and how to decode its answers.
fn adapt_operation(
    item: &mut syn::ItemImpl,
    id: &str,
    operation: &Operation,
    stream_method: StreamMethod,
) -> Result<(Item, Decoder), String> {
    // Setter and constructor messages: the rule broken, in plain words.
    let mut messages = Messages {
        operation,
        problems: Vec::new(),
    };
    for i in &mut item.items {
        if let ImplItem::Fn(f) = i
            && f.sig.ident != "send"
        {
            messages.visit_impl_item_fn_mut(f);
        }
    }
    if !messages.problems.is_empty() {
        return Err(messages.problems.join("; "));
    }
    if operation.optional_body {
        // progenitor requires every body; one the spec does not require is
        // `None` (nothing sent, or what the vendor sends instead) until set.
        let new = method_mut(item, "new").ok_or("no `new` method")?;
        let mut unset = UnsetBody(false);
        unset.visit_impl_item_fn_mut(new);
        if !unset.0 {
            return Err("an optional request body, but `new` sets no `body`".into());
        }
    }
    own_client_impl(item)?;
    if let Some(form) = &operation.form {
        let new = method_mut(item, "new").ok_or("no `new` method")?;
        bodies::form_initial_values(new, form)?;
        let rule = |ident: &str| operation.params.get(ident).map(|p| p.rule.clone());
        item.items.extend(bodies::form_setters(form, rule)?);
        let send = method_mut(item, "send").ok_or("no `send` method")?;
        bodies::form_extraction(send, form)?;
    }
    let send = method_mut(item, "send").ok_or("no `send` method")?;
    let name = format_ident!("{}", id.to_uppercase());
    let page_type = adapt_send(send, operation)?;
    RenameOperation(&name).visit_impl_item_fn_mut(send);
    if let Some(pagination) = &operation.pagination {
        let stream = stream_method(pagination, &name, &page_type)?;
        item.items.push(ImplItem::Fn(stream));
    }
    let declaration = operation_static(&name, id, operation)?;
    Ok((declaration, (id.to_string(), name, page_type)))
}

/// `impl<'a> X<'a> { fn new(client: &'a super::Client) .. }` ->
/// `impl X { fn new(client: &super::Client) { client: client.clone(), ..,
/// options: CallOptions::new() } .. fn options(..) }`.
fn own_client_impl(item: &mut syn::ItemImpl) -> Result<(), String> {
    item.generics = syn::Generics::default();
    let syn::Type::Path(self_ty) = &mut *item.self_ty else {
        return Err("the builder impl is not for a named type".into());
    };
    let last = self_ty.path.segments.last_mut().ok_or("empty self type")?;
    last.arguments = syn::PathArguments::None;
    let new = method_mut(item, "new").ok_or("no `new` method")?;
    new.sig.inputs = parse_quote!(client: &super::Client);
    let mut owned = OwnClient(false);
    owned.visit_impl_item_fn_mut(new);
    if !owned.0 {
        return Err("`new` does not set `client`".into());
    }
    item.items.push(parse_quote! {
        /// Settings for this call only, over the client's: a timeout per
        /// attempt, a deadline for the whole call, extra headers, retries
        /// on or off (see [`CallOptions`](vendor_clients_core::CallOptions)).
        pub fn options(mut self, options: vendor_clients_core::CallOptions) -> Self {
            self.options = options;
            self
        }
    });
    Ok(())
}

/// In `new`'s `Self { client: client, .. }`: a clone of the client, and
/// empty call options.
struct OwnClient(bool);

impl VisitMut for OwnClient {
    fn visit_expr_struct_mut(&mut self, expr: &mut syn::ExprStruct) {
        for field in &mut expr.fields {
            if matches!(&field.member, syn::Member::Named(name) if name == "client") {
                field.expr = parse_quote!(::std::clone::Clone::clone(client));
                self.0 = true;
            }
        }
        if self.0 {
            expr.fields
                .push(parse_quote!(options: vendor_clients_core::CallOptions::new()));
        }
    }
}

/// The method `name` of a builder impl.
fn method_mut<'a>(item: &'a mut syn::ItemImpl, name: &str) -> Option<&'a mut ImplItemFn> {
    item.items.iter_mut().find_map(|i| match i {
        ImplItem::Fn(f) if f.sig.ident == name => Some(f),
        _ => None,
    })
}

/// Sets the builder's initial `body` to `Ok(None)`; records that it did.
struct UnsetBody(bool);

impl VisitMut for UnsetBody {
    fn visit_field_value_mut(&mut self, field: &mut syn::FieldValue) {
        if matches!(&field.member, syn::Member::Named(name) if name == "body") {
            field.expr = syn::parse_quote!(Ok(None));
            self.0 = true;
        }
    }
}

/// The generated statements name the operation's static `OPERATION`; it is
/// the module's `<OPERATION_ID>`.
struct RenameOperation<'a>(&'a syn::Ident);

impl VisitMut for RenameOperation<'_> {
    fn visit_ident_mut(&mut self, ident: &mut syn::Ident) {
        if ident == "OPERATION" {
            *ident = self.0.clone();
        }
    }

    // `format!`'s arguments are tokens to syn.
    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        mac.tokens = self.rename_tokens(std::mem::take(&mut mac.tokens));
    }
}

impl RenameOperation<'_> {
    fn rename_tokens(&self, tokens: TokenStream) -> TokenStream {
        use proc_macro2::{Group, TokenTree};
        tokens
            .into_iter()
            .map(|tree| match tree {
                TokenTree::Ident(ident) if ident == "OPERATION" => TokenTree::Ident(self.0.clone()),
                TokenTree::Group(group) => {
                    let mut renamed =
                        Group::new(group.delimiter(), self.rename_tokens(group.stream()));
                    renamed.set_span(group.span());
                    TokenTree::Group(renamed)
                }
                other => other,
            })
            .collect()
    }
}

/// Rewrites progenitor's setter messages (`"x was not initialized"`,
/// ``"conversion to `T` for x failed"``) into rules.
struct Messages<'a> {
    operation: &'a Operation,
    problems: Vec<String>,
}

impl VisitMut for Messages<'_> {
    // `format!("conversion to `T` for body failed: {}", s)`: its arguments
    // are tokens to syn.
    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        if !mac.path.is_ident("format") {
            return;
        }
        if let Ok(mut args) = mac
            .parse_body_with(syn::punctuated::Punctuated::<Expr, syn::Token![,]>::parse_terminated)
        {
            for arg in args.iter_mut() {
                self.visit_expr_mut(arg);
            }
            mac.tokens = quote!(#args);
        }
    }

    fn visit_lit_str_mut(&mut self, lit: &mut LitStr) {
        let value = lit.value();
        let new = if let Some(name) = value.strip_suffix(" was not initialized") {
            Some(format!("{name} is required"))
        } else if let Some(rest) = value.strip_prefix("conversion to `") {
            let name = rest
                .split_once("` for ")
                .and_then(|(_, rest)| rest.split_once(" failed"));
            match name.and_then(|(name, tail)| Some((self.operation.params.get(name)?, tail))) {
                // A body's conversion error says what is wrong with it.
                Some((param, tail)) if tail.starts_with(':') => {
                    Some(format!("{}: {{}}", param.rule))
                }
                Some((param, _)) => Some(param.rule.clone()),
                None => {
                    self.problems
                        .push(format!("setter message {value:?} names no spec parameter"));
                    None
                }
            }
        } else {
            None
        };
        if let Some(new) = new {
            *lit = LitStr::new(&new, lit.span());
        }
    }
}

/// Adapts `send`; returns its success type.
fn adapt_send(send: &mut ImplItemFn, operation: &Operation) -> Result<syn::Type, String> {
    // Result<ResponseValue<T>, Error<E>> -> Result<ResponseValue<T>, Error>
    let ReturnType::Type(_, return_type) = &send.sig.output else {
        return Err("`send` returns nothing".into());
    };
    let text = quote!(#return_type).to_string();
    let success = text
        .strip_prefix("Result < ResponseValue < ")
        .and_then(|rest| rest.rsplit_once(" > , Error <"))
        .map(|(success, _)| success)
        .ok_or_else(|| format!("`send` returns {text}, not Result<ResponseValue<T>, Error<E>>"))?;
    let success: syn::Type = match &operation.success {
        Success::Plain => syn::parse_str(success).map_err(|e| e.to_string())?,
        Success::ByStatus { name, .. } => bodies::outside_types(&format!("types::{name}"))?,
        Success::Download { .. } if success == "ByteStream" => parse_quote!(Download),
        Success::Download { .. } => {
            return Err(format!(
                "a download, but progenitor's value is {success}, not its ByteStream"
            ));
        }
    };

    let statements = std::mem::take(&mut send.block.stmts);
    let mut stmts: Vec<Stmt> = Vec::with_capacity(statements.len());
    let mut built = None;
    for stmt in statements {
        let text = quote!(#stmt).to_string();
        if text.contains("map_err (Error :: InvalidRequest)") {
            // let x = x.map_err(Error::InvalidRequest)?;
            stmts.push(argument_stmt(stmt)?);
        } else if text.starts_with("let url = format !") {
            // Every argument is extracted by now.
            stmts.extend(range_checks(operation));
            if let Some(rules) = &operation.body_rules {
                let rules = body_rules_tokens(rules);
                stmts.push(parse_quote! {
                    vendor_clients_core::__private::check_body(&OPERATION, &#rules, &body)?;
                });
            }
            let mut stmt = stmt;
            let found = path_segments(&mut stmt)?;
            let expected = operation.path.matches('{').count();
            if found != expected {
                return Err(format!(
                    "{found} path arguments encoded, but {} has {expected}",
                    operation.path
                ));
            }
            stmts.push(stmt);
            if let Some(form) = &operation.form {
                stmts.extend(bodies::form_statements(form));
            }
        } else if text.contains("header_map") && !text.starts_with("# [allow (unused_mut)]") {
            // progenitor's `api-version` header map: no vendor SDK sends it.
            if !text.contains("api-version") && !text.contains("HeaderMap :: with_capacity") {
                return Err(format!("a header parameter is not supported yet: {text}"));
            }
        } else if text.starts_with("let Self {") {
            // `let Self { client, x, .. } = self;`: the options too.
            let Stmt::Local(syn::Local {
                pat: syn::Pat::Struct(pattern),
                ..
            }) = &stmt
            else {
                return Err(format!("unexpected destructuring: {text}"));
            };
            let fields = pattern.fields.iter();
            stmts.push(parse_quote!(let Self { #(#fields,)* options } = self;));
        } else if text.starts_with("# [allow (unused_mut)] let mut request") {
            built = Some(request_chain(stmt)?);
        } else if built.is_some() {
            // `let info = ..`, the hooks, and the status match: the runtime's.
            continue;
        } else {
            stmts.push(stmt);
        }
    }
    let Some((mut chain, queries)) = built else {
        return Err("`send` does not build a request".into());
    };
    if let Some(accept) = &operation.accept {
        bodies::set_accept(&mut chain, accept)?;
    }
    if operation.form.is_some() {
        chain = bodies::attach_form(chain)?;
    }
    if !queries.is_empty() {
        // The whole query in one pass, before the request is built.
        stmts.push(parse_quote! {
            let mut query = vendor_clients_core::__private::Query::new(&OPERATION, url);
        });
        for parameter in queries {
            stmts.push(parse_quote!(query.append(#parameter)?;));
        }
        stmts.push(parse_quote!(let url = query.finish();));
    }
    // What the request is built from; the builder itself is not kept.
    let chain_text = quote!(#chain).to_string();
    let mut kept = vec![
        format_ident!("client"),
        format_ident!("options"),
        format_ident!("url"),
    ];
    if chain_text
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .any(|word| word == "body")
    {
        kept.push(format_ident!("body"));
    }
    if operation.form.is_some() {
        kept.push(format_ident!("form"));
    }
    // The body boxed: the future holds it twice (before and after `?`).
    let values = kept.iter().map(|name| {
        if name == "body" || name == "form" {
            quote!(::std::boxed::Box::new(#name))
        } else {
            quote!(#name)
        }
    });
    stmts.push(parse_quote!(return Ok((#(#values),*));));
    // `send` checks the arguments at once and returns a future that holds
    // only what the request is built from (the builder would make every
    // call's future larger: a copy each time it moves). The runtime builds
    // the request itself, for each attempt, right before sending it.
    send.sig.asyncness = None;
    send.sig.output = parse_quote! {
        -> impl ::std::future::Future<Output = Result<ResponseValue<#success>, Error>>
            + ::std::marker::Send + 'static
    };
    // A multipart form may stream a file: `Upload` says whether the body
    // can be sent again. A url-encoded one is bytes, sent again as it is.
    let make: Expr = if operation.form.as_ref().is_some_and(|f| f.is_multipart()) {
        parse_quote!(vendor_clients_core::__private::Upload::new(&form, || #chain))
    } else {
        parse_quote!(|| #chain)
    };
    send.block.stmts = vec![
        parse_quote! {
            let prepared = (move || -> Result<_, Error> { #(#stmts)* })();
        },
        Stmt::Expr(
            parse_quote! {
                async move {
                    let (#(#kept),*) = prepared?;
                    vendor_clients_core::__private::execute(
                        &client.client,
                        &client.inner,
                        &options,
                        &OPERATION,
                        #make,
                    )
                    .await
                }
            },
            None,
        ),
    ];
    Ok(success)
}

/// `static NAME: vendor_clients_core::__private::Operation = ..;`, what the
/// runtime knows of an operation (its errors name it).
fn operation_static(name: &syn::Ident, id: &str, operation: &Operation) -> Result<Item, String> {
    let method = format_ident!("{}", operation.method);
    let path = &operation.path;
    let responses = operation.responses.iter().map(|(status, response)| {
        let response = match response {
            Response::Success => quote!(Success),
            Response::SuccessWithoutBody(json) => quote!(SuccessWithoutBody(#json)),
            Response::Error => quote!(Error),
            Response::ErrorWithoutBody => quote!(ErrorWithoutBody),
            Response::ErrorBody(ty) => match bodies::outside_types(ty) {
                Ok(ty) => quote!(ErrorBody(vendor_clients_core::__private::error_body::<#ty>)),
                Err(e) => quote!(compile_error!(#e)),
            },
        };
        quote!((#status, vendor_clients_core::__private::Response::#response))
    });
    let doc = format!("`{id}` as the runtime sees it.");
    syn::parse2(quote! {
        #[doc = #doc]
        pub(crate) static #name: vendor_clients_core::__private::Operation =
            vendor_clients_core::__private::Operation {
                id: #id,
                method: ::reqwest::Method::#method,
                path_template: #path,
                responses: &[#(#responses),*],
            };
    })
    .map_err(|e| e.to_string())
}

/// `let x = x.map_err(Error::InvalidRequest)?;` ->
/// `let x = argument(&OPERATION, x)?;` (the body's conversion error is
/// prefixed with `body: `).
fn argument_stmt(stmt: Stmt) -> Result<Stmt, String> {
    let Stmt::Local(mut local) = stmt else {
        return Err("argument extraction is not a `let`".into());
    };
    let init = local
        .init
        .as_mut()
        .ok_or("argument `let` without a value")?;
    let Expr::Try(try_expr) = &mut *init.expr else {
        return Err("argument extraction does not end with `?`".into());
    };
    let Expr::MethodCall(call) = &mut *try_expr.expr else {
        return Err("argument extraction is not `.map_err(Error::InvalidRequest)`".into());
    };
    let mut value = (*call.receiver).clone();
    BodyMessage.visit_expr_mut(&mut value);
    *try_expr.expr = parse_quote!(vendor_clients_core::__private::argument(&OPERATION, #value));
    Ok(Stmt::Local(local))
}

/// In a body's `.and_then(|v| T::try_from(v).map_err(|e| e.to_string()))`,
/// says which argument the message is about.
struct BodyMessage;

impl VisitMut for BodyMessage {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        if let Expr::MethodCall(call) = expr
            && call.method == "to_string"
            && is_ident(&call.receiver, "e")
        {
            *expr = parse_quote!(format!("body: {}", e));
            return;
        }
        visit_mut::visit_expr_mut(self, expr);
    }
}

fn is_ident(expr: &Expr, name: &str) -> bool {
    matches!(expr, Expr::Path(p) if p.path.is_ident(name))
}

/// In `let url = format!("{}/things/{}", client.baseurl, encode_path(&x.to_string()))`,
/// each `encode_path(&x.to_string())` becomes
/// `path_segment(&OPERATION, "x", &x.to_string())?`. Returns how many.
fn path_segments(stmt: &mut Stmt) -> Result<usize, String> {
    let Stmt::Local(local) = stmt else {
        return Err("the URL is not built by a `let`".into());
    };
    let Some(Expr::Macro(mac)) = local.init.as_mut().map(|init| &mut *init.expr) else {
        return Err("the URL is not built by `format!`".into());
    };
    // format!'s arguments are tokens, not expressions, to syn.
    let mut args = mac
        .mac
        .parse_body_with(syn::punctuated::Punctuated::<Expr, syn::Token![,]>::parse_terminated)
        .map_err(|e| format!("format! arguments: {e}"))?;
    let mut found = 0;
    for arg in args.iter_mut() {
        let Expr::Call(call) = arg else { continue };
        if !is_ident(&call.func, "encode_path") {
            continue;
        }
        // &x.to_string()
        let value = call.args[0].clone();
        let name = match &value {
            Expr::Reference(reference) => match &*reference.expr {
                Expr::MethodCall(m) if m.method == "to_string" => match &*m.receiver {
                    Expr::Path(p) => p.path.get_ident().map(ToString::to_string),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
        .ok_or_else(|| format!("unexpected path argument {}", quote!(#value)))?;
        *arg = parse_quote!(
            vendor_clients_core::__private::path_segment(&OPERATION, #name, #value)?
        );
        found += 1;
    }
    mac.mac.tokens = quote!(#args);
    Ok(found)
}

/// A `vendor_clients_core::__private::BodyRules` constant.
fn body_rules_tokens(rules: &crate::model::spec::BodyRule) -> TokenStream {
    use crate::model::spec::BodyRule;
    let path = quote!(vendor_clients_core::__private::BodyRules);
    match rules {
        BodyRule::Any => quote!(#path::Any),
        BodyRule::Object(fields) => {
            let fields = fields.iter().map(|(wire, name, rules)| {
                let rules = body_rules_tokens(rules);
                quote!((#wire, #name, #rules))
            });
            quote!(#path::Object(&[#(#fields),*]))
        }
        BodyRule::List { min, max, items } => {
            let option = |n: &Option<u64>| match n {
                Some(n) => quote!(Some(#n)),
                None => quote!(None),
            };
            let (min, max, items) = (option(min), option(max), body_rules_tokens(items));
            quote!(#path::List { min: #min, max: #max, items: &#items })
        }
        BodyRule::Map(values) => {
            let values = body_rules_tokens(values);
            quote!(#path::Map(&#values))
        }
        BodyRule::Number { min, max, rule } => {
            let (min, max) = (bound(*min), bound(*max));
            quote!(#path::Number { min: #min, max: #max, rule: #rule })
        }
    }
}

/// A range bound as Rust source.
fn bound(v: f64) -> TokenStream {
    if v == f64::INFINITY {
        quote!(f64::INFINITY)
    } else if v == f64::NEG_INFINITY {
        quote!(f64::NEG_INFINITY)
    } else {
        quote!(#v)
    }
}

/// Checks of documented numeric ranges, which the generated types do not
/// enforce.
fn range_checks(operation: &Operation) -> Vec<Stmt> {
    operation
        .params
        .iter()
        .filter_map(|(name, param)| {
            let (min, max) = param.range?;
            let ident = format_ident!("{name}");
            let rule = &param.rule;
            let (min, max) = (bound(min), bound(max));
            Some(parse_quote! {
                vendor_clients_core::__private::range(&OPERATION, &#ident, (#min, #max), #rule)?;
            })
        })
        .collect()
}

/// `#[allow(unused_mut)] let mut request = client.client.get(url)...headers(header_map).build()?;`
/// -> `client.client.get(&url)....build()`, which the runtime calls, and
/// the arguments of its `.query(..)` calls, in order, taken out of it.
fn request_chain(stmt: Stmt) -> Result<(Expr, Vec<Expr>), String> {
    let Stmt::Local(local) = stmt else {
        return Err("the request is not built by a `let`".into());
    };
    let init = local.init.ok_or("request `let` without a value")?;
    let Expr::Try(try_expr) = *init.expr else {
        return Err("the request build does not end with `?`".into());
    };
    let mut chain = *try_expr.expr;
    StripHeaderMap.visit_expr_mut(&mut chain);
    let mut borrow = BorrowUrl(false);
    borrow.visit_expr_mut(&mut chain);
    if !borrow.0 {
        return Err("the request is not built from `url`".into());
    }
    let mut queries = TakeQueries(Vec::new());
    queries.visit_expr_mut(&mut chain);
    Ok((chain, queries.0))
}

/// Takes `.query(parameter)` calls out of a request builder chain,
/// keeping their arguments in the order they were called.
struct TakeQueries(Vec<Expr>);

impl VisitMut for TakeQueries {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        if let Expr::MethodCall(call) = expr
            && call.method == "query"
            && call.args.len() == 1
        {
            let parameter = call.args[0].clone();
            *expr = (*call.receiver).clone();
            // Calls nearer the start of the chain come first.
            self.visit_expr_mut(expr);
            self.0.push(parameter);
            return;
        }
        visit_mut::visit_expr_mut(self, expr);
    }
}

/// `client.client.get(url)` -> `client.client.get(&url)`: the request may
/// be built more than once.
struct BorrowUrl(bool);

impl VisitMut for BorrowUrl {
    fn visit_expr_method_call_mut(&mut self, call: &mut syn::ExprMethodCall) {
        visit_mut::visit_expr_method_call_mut(self, call);
        let is_method = ["get", "post", "put", "patch", "delete", "head", "request"]
            .iter()
            .any(|m| call.method == m);
        if is_method
            && let Some(arg) = call.args.last_mut()
            && is_ident(arg, "url")
        {
            *arg = parse_quote!(&url);
            self.0 = true;
        }
    }
}

/// Removes `.headers(header_map)` from a request builder chain.
struct StripHeaderMap;

impl VisitMut for StripHeaderMap {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        if let Expr::MethodCall(call) = expr
            && call.method == "headers"
            && call.args.len() == 1
            && is_ident(&call.args[0], "header_map")
        {
            *expr = (*call.receiver).clone();
            self.visit_expr_mut(expr);
            return;
        }
        visit_mut::visit_expr_mut(self, expr);
    }
}

fn adapt_types_module(module: &mut ItemMod, settings: &Settings, problems: &mut Vec<String>) {
    if let Some((_, items)) = &mut module.content {
        for item in items.iter_mut() {
            if let Item::Mod(builders) = item
                && builders.ident == "builder"
            {
                box_struct_builders(builders);
                redact_builders(builders, &settings.sensitive_fields);
            }
        }
        problems.extend(redact_types(items, &settings.sensitive_fields));
    }
    let mut fields = Fields {
        lenient_numbers: settings.lenient_numbers,
        null_defaults: Vec::new(),
    };
    fields.visit_item_mod_mut(module);
    if !fields.null_defaults.is_empty()
        && let Some((_, items)) = &mut module.content
    {
        let functions = &fields.null_defaults;
        items.push(parse_quote! {
            /// Added by the xtask: a field with a documented default decodes
            /// `null` as that default, as it does a missing value.
            mod null_defaults {
                use super::*;
                #(#functions)*
            }
        });
    }
    for (type_name, names) in &settings.variant_names {
        let mut renamer = Variants {
            type_name,
            names,
            renames: BTreeMap::new(),
        };
        renamer.visit_item_mod_mut(module);
        if renamer.renames.len() != names.len() {
            problems.push(format!(
                "x-enum-varnames of {type_name}: {} names, but the generated enum has {} variants",
                names.len(),
                renamer.renames.len()
            ));
        }
    }
}

/// The enums of the values by status, in `mod types`.
fn add_success_enums(module: &mut ItemMod, settings: &Settings, problems: &mut Vec<String>) {
    let Some((_, items)) = &mut module.content else {
        return;
    };
    for (id, operation) in settings.operations {
        let Success::ByStatus { name, variants } = &operation.success else {
            continue;
        };
        let taken = items.iter().any(|item| match item {
            Item::Struct(s) => s.ident == name,
            Item::Enum(e) => e.ident == name,
            Item::Type(t) => t.ident == name,
            _ => false,
        });
        if taken {
            problems.push(format!(
                "operation {id}: its value by status would be `types::{name}`, which a schema already names"
            ));
            continue;
        }
        match bodies::success_enum(id, name, variants) {
            Ok(enumeration) => items.extend(enumeration),
            Err(problem) => problems.push(format!("operation {id}: {problem}")),
        }
    }
}

/// A type with credential fields shows them as `Sensitive` in `Debug`
/// (the derive is replaced); returns what could not be done.
fn redact_types(
    items: &mut Vec<Item>,
    sensitive: &BTreeMap<String, BTreeSet<String>>,
) -> Vec<String> {
    let mut problems = Vec::new();
    let mut impls = Vec::new();
    for item in items.iter_mut() {
        let Item::Struct(strukt) = item else { continue };
        let Some(redacted) = sensitive.get(&strukt.ident.to_string()) else {
            continue;
        };
        let syn::Fields::Named(fields) = &strukt.fields else {
            problems.push(format!(
                "{}: credential fields, but not a struct with named fields",
                strukt.ident
            ));
            continue;
        };
        let names: Vec<&syn::Ident> = fields
            .named
            .iter()
            .filter_map(|f| f.ident.as_ref())
            .collect();
        for missing in redacted.iter().filter(|r| !names.iter().any(|n| n == r)) {
            problems.push(format!(
                "{}: no field `{missing}` to keep out of Debug",
                strukt.ident
            ));
        }
        if !drop_derived_debug(&mut strukt.attrs) {
            continue;
        }
        let name = &strukt.ident;
        let text = name.to_string();
        let shown = names.iter().map(|field| {
            let label = field.to_string();
            if redacted.contains(&label) {
                quote!(.field(#label, &::std::format_args!("Sensitive")))
            } else {
                quote!(.field(#label, &self.#field))
            }
        });
        impls.push(parse_quote! {
            impl ::std::fmt::Debug for #name {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    // A credential (`format: password`) is not shown.
                    f.debug_struct(#text) #(#shown)* .finish()
                }
            }
        });
    }
    items.extend(impls);
    problems
}

/// The builders of types with credential fields (`types::builder::X`, and
/// its boxed `XFields`) show only their name in `Debug`.
fn redact_builders(module: &mut ItemMod, sensitive: &BTreeMap<String, BTreeSet<String>>) {
    let Some((_, items)) = &mut module.content else {
        return;
    };
    let mut impls = Vec::new();
    for item in items.iter_mut() {
        let Item::Struct(builder) = item else {
            continue;
        };
        let name = builder.ident.to_string();
        let owner = name.strip_suffix("Fields").unwrap_or(&name);
        if !sensitive.contains_key(owner) {
            continue;
        }
        if owner == name {
            impls.extend(opaque_debug(builder));
        } else {
            // The boxed fields: their builder's `Debug` no longer shows them.
            drop_derived_debug(&mut builder.attrs);
        }
    }
    items.extend(impls);
}

/// Removes `Debug` from an item's `#[derive(..)]`; whether it was there.
fn drop_derived_debug(attrs: &mut [syn::Attribute]) -> bool {
    let mut derived = false;
    for attr in attrs.iter_mut() {
        let Some(paths) = derived_paths(attr) else {
            continue;
        };
        let kept: Vec<&syn::Path> = paths.iter().filter(|p| !p.is_ident("Debug")).collect();
        if kept.len() < paths.len() {
            derived = true;
            *attr = parse_quote!(#[derive(#(#kept),*)]);
        }
    }
    derived
}

/// typify's struct builders (`types::builder::X`, one `Result` per field:
/// 500 bytes and more) hold their fields in a `Box`: each setter takes and
/// returns the builder by value, and a builder that large is copied in and
/// out of every call. `struct X { f.. }` becomes `struct X(Box<XFields>)`
/// with `struct XFields { f.. }`; the setters write `self.0.f`, the
/// conversions unbox first.
fn box_struct_builders(module: &mut ItemMod) {
    let Some((_, items)) = &mut module.content else {
        return;
    };
    let mut boxed = Vec::new();
    let mut fields_structs = Vec::new();
    for item in items.iter_mut() {
        let Item::Struct(builder) = item else {
            continue;
        };
        let syn::Fields::Named(_) = &builder.fields else {
            continue;
        };
        let name = builder.ident.clone();
        let fields_name = format_ident!("{}Fields", name);
        let mut fields = builder.clone();
        fields.ident = fields_name.clone();
        fields.vis = syn::Visibility::Inherited;
        fields.attrs.retain(|attr| attr.path().is_ident("derive"));
        fields_structs.push(Item::Struct(fields));
        builder.fields = syn::Fields::Unnamed(parse_quote!((::std::boxed::Box<#fields_name>)));
        builder.semi_token = Some(Default::default());
        boxed.push((name, fields_name));
    }
    for item in items.iter_mut() {
        let Item::Impl(imp) = item else {
            continue;
        };
        let self_ty = &imp.self_ty;
        let self_name = quote!(#self_ty).to_string();
        if let Some((_, fields_name)) = boxed.iter().find(|(name, _)| *name == self_name) {
            // Default, the setters, From<super::X>: the builder's own impls.
            let mut rewrite = BoxedBuilder(fields_name.clone());
            rewrite.visit_item_impl_mut(imp);
        } else if let Some((trait_path, _)) = &imp.trait_
            && let trait_text = quote!(#trait_path).to_string()
            && trait_text.contains("TryFrom")
            && boxed
                .iter()
                .any(|(name, _)| trait_text.contains(&format!("< {name} >")))
        {
            // TryFrom<X> for super::X: take the fields out of the box.
            for impl_item in &mut imp.items {
                if let ImplItem::Fn(f) = impl_item {
                    f.block.stmts.insert(0, parse_quote!(let value = *value.0;));
                }
            }
        }
    }
    items.extend(fields_structs);
}

/// In a boxed builder's own impls: `Self { f.. }` -> `Self(Box::new(XFields
/// { f.. }))`, `self.f` -> `self.0.f`.
struct BoxedBuilder(syn::Ident);

impl VisitMut for BoxedBuilder {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        visit_mut::visit_expr_mut(self, expr);
        match expr {
            Expr::Struct(literal) if literal.path.is_ident("Self") => {
                let fields_name = &self.0;
                let mut fields = literal.clone();
                fields.path = parse_quote!(#fields_name);
                *expr = parse_quote!(Self(::std::boxed::Box::new(#fields)));
            }
            Expr::Field(field)
                if is_ident(&field.base, "self")
                    && matches!(field.member, syn::Member::Named(_)) =>
            {
                let member = &field.member;
                *expr = parse_quote!(self.0.#member);
            }
            _ => {}
        }
    }
}

/// Adds the SDK's decoding rules to struct fields (see `vendor_clients_core::de`).
struct Fields {
    lenient_numbers: bool,
    /// `types::null_defaults`: one function per field with a documented
    /// default (`#[serde(default = "defaults::..")]`), decoding `null` as it.
    null_defaults: Vec<syn::Item>,
}

const NUMBERS: [&str; 10] = [
    "i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "f32", "f64",
];

impl Fields {
    /// Whether the SDK would coerce this field's numbers.
    fn number_like(field: &syn::Field) -> bool {
        let field_ty = &field.ty;
        let ty = quote!(#field_ty).to_string().replace(' ', "");
        let inner = |wrapper: &str| {
            ty.strip_prefix(wrapper)
                .and_then(|rest| rest.strip_suffix('>'))
                .map(str::to_string)
        };
        let is_number = |t: &str| NUMBERS.contains(&t) || t.starts_with("::std::num::NonZero");
        is_number(&ty)
            || inner("::std::option::Option<").is_some_and(|t| is_number(&t))
            || inner("::std::vec::Vec<").is_some_and(|t| is_number(&t))
    }

    /// For a field with a documented default (typify's
    /// `#[serde(default = "defaults::x")]`, on a field that is not an
    /// `Option`), a function that decodes `null` as that default, added to
    /// `null_defaults`; returns its path for `deserialize_with`.
    fn null_default(&mut self, owner: &syn::Ident, field: &syn::Field) -> Option<String> {
        let mut default = None;
        for attr in field.attrs.iter().filter(|a| a.path().is_ident("serde")) {
            // Unparsable serde arguments are not typify's `default = ".."`.
            let _ = attr.parse_nested_meta(|meta| {
                if meta.input.peek(syn::Token![=]) {
                    let value: syn::LitStr = meta.value()?.parse()?;
                    if meta.path.is_ident("default") {
                        default = Some(value.value());
                    }
                }
                Ok(())
            });
        }
        let default: syn::ExprPath = syn::parse_str(&default?).ok()?;
        let ty = &field.ty;
        let field_name = field.ident.as_ref()?;
        let name = format_ident!(
            "{}_{}",
            heck::ToSnakeCase::to_snake_case(owner.to_string().as_str()),
            field_name
        );
        let decode = if self.lenient_numbers && Self::number_like(field) {
            quote!(vendor_clients_core::de::lenient::<_, ::std::option::Option<#ty>>(deserializer))
        } else {
            quote!(<::std::option::Option<#ty> as ::serde::Deserialize>::deserialize(deserializer))
        };
        self.null_defaults.push(parse_quote! {
            pub(super) fn #name<'de, D>(deserializer: D) -> ::std::result::Result<#ty, D::Error>
            where
                D: ::serde::Deserializer<'de>,
            {
                #decode.map(|value| value.unwrap_or_else(#default))
            }
        });
        Some(format!("null_defaults::{name}"))
    }

    /// The `deserialize_with` function a field needs: numbers the SDK
    /// coerces, defaulted lists and maps that take `null`; `None` for others.
    fn rule(&self, field: &syn::Field) -> Option<&'static str> {
        let field_ty = &field.ty;
        let ty = quote!(#field_ty).to_string().replace(' ', "");
        let number_like = Self::number_like(field);
        let serde_attrs: String = field
            .attrs
            .iter()
            .filter(|a| a.path().is_ident("serde"))
            .map(|a| quote!(#a).to_string())
            .collect();
        if serde_attrs.contains("deserialize_with") || serde_attrs.contains("with =") {
            return None;
        }
        if self.lenient_numbers && number_like {
            return Some("vendor_clients_core::de::lenient");
        }
        let collection = ty.starts_with("::std::vec::Vec<")
            || ty.starts_with("::std::collections::HashMap<")
            || ty.starts_with("::serde_json::Map<");
        if collection && serde_attrs.contains("default") {
            return Some("vendor_clients_core::de::null_as_default");
        }
        None
    }
}

impl VisitMut for Fields {
    fn visit_item_struct_mut(&mut self, item: &mut syn::ItemStruct) {
        // Only the types' own structs: their builders hold `Result`s.
        let derives_deserialize = item
            .attrs
            .iter()
            .any(|a| quote!(#a).to_string().contains("Deserialize"));
        if derives_deserialize {
            for field in &mut item.fields {
                let custom = field.attrs.iter().any(|a| {
                    a.path().is_ident("serde")
                        && (quote!(#a).to_string().contains("deserialize_with")
                            || quote!(#a).to_string().contains("with ="))
                });
                let optional = {
                    let field_ty = &field.ty;
                    quote!(#field_ty)
                        .to_string()
                        .starts_with(":: std :: option :: Option")
                };
                if !custom
                    && !optional
                    && let Some(path) = self.null_default(&item.ident, field)
                {
                    field
                        .attrs
                        .push(parse_quote!(#[serde(deserialize_with = #path)]));
                    continue;
                }
                if let Some(path) = self.rule(field) {
                    field
                        .attrs
                        .push(parse_quote!(#[serde(deserialize_with = #path)]));
                    // serde takes a missing `Option` as `None` by itself, but
                    // not once the field has its own `deserialize_with`.
                    let field_ty = &field.ty;
                    let optional = quote!(#field_ty)
                        .to_string()
                        .starts_with(":: std :: option :: Option");
                    let defaulted = field.attrs.iter().any(|a| {
                        a.path().is_ident("serde") && quote!(#a).to_string().contains("default")
                    });
                    if optional && !defaulted {
                        field.attrs.push(parse_quote!(#[serde(default)]));
                    }
                }
            }
        }
    }

    fn visit_item_mod_mut(&mut self, module: &mut ItemMod) {
        // `types::builder` holds builders, not wire types.
        if module.ident != "builder" {
            visit_mut::visit_item_mod_mut(self, module);
        }
    }
}

/// Renames the variants of one enum, by position, everywhere it is named.
struct Variants<'a> {
    type_name: &'a str,
    names: &'a [String],
    /// Generated name -> spec name, filled from the enum's definition.
    renames: BTreeMap<String, String>,
}

impl VisitMut for Variants<'_> {
    fn visit_item_enum_mut(&mut self, item: &mut syn::ItemEnum) {
        if item.ident == self.type_name && item.variants.len() == self.names.len() {
            for (variant, name) in item.variants.iter_mut().zip(self.names) {
                self.renames.insert(variant.ident.to_string(), name.clone());
                variant.ident = format_ident!("{name}");
            }
        }
    }

    fn visit_item_impl_mut(&mut self, item: &mut syn::ItemImpl) {
        let self_ty = &item.self_ty;
        let mut prefixes = vec![self.type_name.to_string()];
        if quote!(#self_ty).to_string() == self.type_name {
            // `Self::X1` inside the enum's own impls.
            prefixes.push("Self".into());
        }
        VariantPaths {
            prefixes,
            renames: &self.renames,
        }
        .visit_item_impl_mut(item);
    }
}

struct VariantPaths<'a> {
    prefixes: Vec<String>,
    renames: &'a BTreeMap<String, String>,
}

impl VisitMut for VariantPaths<'_> {
    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        let n = path.segments.len();
        if n >= 2 {
            let owner = path.segments[n - 2].ident.to_string();
            let last = path.segments[n - 1].ident.to_string();
            if self.prefixes.contains(&owner)
                && let Some(new) = self.renames.get(&last)
            {
                path.segments[n - 1].ident = format_ident!("{new}");
            }
        }
        visit_mut::visit_path_mut(self, path);
    }
}

/// Replaces typify's tolerant-enum wrappers by `vendor_clients_core::Tolerant<T>`.
fn tolerant_enums(file: &mut File) {
    let wrappers = tolerant_wrappers(file);
    if wrappers.is_empty() {
        return;
    }
    if let Some(types) = file.items.iter_mut().find_map(|item| match item {
        Item::Mod(module) if module.ident == "types" => module.content.as_mut(),
        _ => None,
    }) {
        types.1.retain(|item| match item {
            Item::Enum(e) => !wrappers.contains_key(&e.ident.to_string()),
            Item::Impl(i) => {
                let self_ty = &i.self_ty;
                !wrappers.contains_key(&quote!(#self_ty).to_string())
            }
            _ => true,
        });
    }
    use_tolerant(file, &wrappers);
}

/// The cargo feature that turns `schemars::JsonSchema` on.
const SCHEMARS_FEATURE: &str = "schemars";

/// Makes every use of `schemars` in `file` conditional on the
/// [`SCHEMARS_FEATURE`]: `schemars::JsonSchema` in a `#[derive(..)]` moves to
/// a `#[cfg_attr(feature = "schemars", derive(..))]` of its own, a
/// `#[schemars(..)]` helper attribute becomes a `cfg_attr` too, and an impl
/// of a schemars trait or a `use` of schemars gets `#[cfg(feature =
/// "schemars")]`. Returns any other mention of schemars, which would not
/// compile without the feature, as problems.
fn optional_json_schema(file: &mut File) -> Vec<String> {
    let mut gate = SchemarsFeature {
        problems: Vec::new(),
    };
    gate.visit_file_mut(file);
    gate.problems
}

struct SchemarsFeature {
    problems: Vec<String>,
}

/// `schemars::..` or `::schemars::..`.
fn is_schemars(path: &syn::Path) -> bool {
    path.segments
        .first()
        .is_some_and(|segment| segment.ident == "schemars")
}

impl SchemarsFeature {
    fn attributes(attrs: &mut Vec<syn::Attribute>) {
        let feature = SCHEMARS_FEATURE;
        let mut out = Vec::with_capacity(attrs.len() + 1);
        for attr in attrs.drain(..) {
            if let Some(paths) = derived_paths(&attr)
                && paths.iter().any(is_schemars)
            {
                let (schemars, kept): (Vec<syn::Path>, Vec<syn::Path>) =
                    paths.into_iter().partition(is_schemars);
                if !kept.is_empty() {
                    out.push(parse_quote!(#[derive(#(#kept),*)]));
                }
                out.push(parse_quote!(#[cfg_attr(feature = #feature, derive(#(#schemars),*))]));
            } else if attr.path().is_ident("schemars") {
                let meta = &attr.meta;
                out.push(parse_quote!(#[cfg_attr(feature = #feature, #meta)]));
            } else {
                out.push(attr);
            }
        }
        *attrs = out;
    }

    fn gate(attrs: &mut Vec<syn::Attribute>) {
        let feature = SCHEMARS_FEATURE;
        attrs.push(parse_quote!(#[cfg(feature = #feature)]));
    }
}

impl VisitMut for SchemarsFeature {
    fn visit_item_struct_mut(&mut self, item: &mut syn::ItemStruct) {
        Self::attributes(&mut item.attrs);
        visit_mut::visit_item_struct_mut(self, item);
    }

    fn visit_item_enum_mut(&mut self, item: &mut syn::ItemEnum) {
        Self::attributes(&mut item.attrs);
        visit_mut::visit_item_enum_mut(self, item);
    }

    fn visit_item_union_mut(&mut self, item: &mut syn::ItemUnion) {
        Self::attributes(&mut item.attrs);
        visit_mut::visit_item_union_mut(self, item);
    }

    fn visit_field_mut(&mut self, field: &mut syn::Field) {
        Self::attributes(&mut field.attrs);
        visit_mut::visit_field_mut(self, field);
    }

    fn visit_variant_mut(&mut self, variant: &mut syn::Variant) {
        Self::attributes(&mut variant.attrs);
        visit_mut::visit_variant_mut(self, variant);
    }

    // typify's `impl ::schemars::JsonSchema for T` (enum-valued newtypes).
    fn visit_item_impl_mut(&mut self, item: &mut syn::ItemImpl) {
        if let Some((path, _)) = &item.trait_
            && is_schemars(path)
        {
            Self::gate(&mut item.attrs);
            return;
        }
        visit_mut::visit_item_impl_mut(self, item);
    }

    fn visit_item_use_mut(&mut self, item: &mut syn::ItemUse) {
        let root = match &item.tree {
            syn::UseTree::Path(path) => Some(&path.ident),
            syn::UseTree::Name(name) => Some(&name.ident),
            syn::UseTree::Rename(rename) => Some(&rename.ident),
            _ => None,
        };
        if root.is_some_and(|ident| ident == "schemars") {
            Self::gate(&mut item.attrs);
        } else {
            let tree = &item.tree;
            if quote!(#tree).to_string().contains("schemars") {
                self.problems.push(format!(
                    "`use {}` names schemars among other crates: it cannot be made \
                     conditional on the `{SCHEMARS_FEATURE}` feature",
                    quote!(#tree)
                ));
            }
        }
    }

    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        if is_schemars(path) {
            self.problems.push(format!(
                "`{}` outside a derive or an impl of schemars: it would not compile \
                 without the `{SCHEMARS_FEATURE}` feature",
                quote!(#path).to_string().replace(' ', "")
            ));
        }
        visit_mut::visit_path_mut(self, path);
    }
}

fn is_client(ty: &syn::Type) -> bool {
    quote!(#ty).to_string() == "Client"
}

/// Replaces an item's doc comments with `doc`.
fn set_doc(attrs: &mut Vec<syn::Attribute>, doc: &str) {
    attrs.retain(|a| !a.path().is_ident("doc"));
    attrs.insert(0, parse_quote!(#[doc = #doc]));
}

/// The `Client` methods that start an operation get the spec's docs.
fn document_operations(
    item: &mut syn::ItemImpl,
    docs: &BTreeMap<String, String>,
    problems: &mut Vec<String>,
) {
    for method in item.items.iter_mut() {
        let ImplItem::Fn(method) = method else {
            continue;
        };
        // `operations::X<'_>` -> `operations::X`: the builder owns a clone.
        if let ReturnType::Type(_, ty) = &mut method.sig.output
            && let syn::Type::Path(path) = &mut **ty
            && let Some(last) = path.path.segments.last_mut()
        {
            last.arguments = syn::PathArguments::None;
        }
        match docs.get(&method.sig.ident.to_string()) {
            Some(doc) => set_doc(&mut method.attrs, doc),
            None => problems.push(format!(
                "Client::{} starts no operation of the spec",
                method.sig.ident
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builders_debug_shows_only_their_name() {
        let mut builder: syn::ItemStruct = parse_quote! {
            #[derive(Debug, Clone)]
            pub struct GetThing<'a> {
                client: &'a super::Client,
                id: Result<String, String>,
            }
        };
        let debug = opaque_debug(&mut builder).expect("a Debug impl");
        let derive = &builder.attrs[0];
        assert_eq!(quote!(#derive).to_string(), "# [derive (Clone)]");
        let debug = quote!(#debug).to_string();
        assert!(debug.contains("Debug for GetThing < 'a >"), "{debug}");
        assert!(
            debug.contains("debug_struct (\"GetThing\") . finish_non_exhaustive ()"),
            "{debug}"
        );

        // Nothing derived, nothing replaced.
        let mut plain: syn::ItemStruct = parse_quote! {
            #[derive(Clone)]
            pub struct Other;
        };
        assert!(opaque_debug(&mut plain).is_none());
    }

    #[test]
    fn json_schema_is_the_schemars_features() {
        let mut file: File = parse_quote! {
            pub mod types {
                #[derive(::serde::Deserialize, Clone, schemars::JsonSchema)]
                #[serde(transparent)]
                pub struct Name(String);

                #[derive(schemars::JsonSchema)]
                #[schemars(rename = "Other")]
                pub enum Kind {
                    #[schemars(description = "a")]
                    A,
                }

                #[derive(Clone, Debug)]
                pub struct Plain {
                    #[schemars(skip)]
                    pub field: u8,
                }

                impl ::schemars::JsonSchema for Code {
                    fn schema_name() -> ::std::string::String {
                        "Code".to_string()
                    }
                }

                impl ::std::fmt::Display for Code {}
            }
        };
        assert!(optional_json_schema(&mut file).is_empty());
        let code = quote!(#file).to_string();
        for expected in [
            "# [derive (:: serde :: Deserialize , Clone)] \
             # [cfg_attr (feature = \"schemars\" , derive (schemars :: JsonSchema))] \
             # [serde (transparent)] pub struct Name",
            "# [cfg_attr (feature = \"schemars\" , derive (schemars :: JsonSchema))] \
             # [cfg_attr (feature = \"schemars\" , schemars (rename = \"Other\"))] pub enum Kind",
            "# [cfg_attr (feature = \"schemars\" , schemars (description = \"a\"))] A",
            "# [derive (Clone , Debug)] pub struct Plain { \
             # [cfg_attr (feature = \"schemars\" , schemars (skip))] pub field",
            "# [cfg (feature = \"schemars\")] impl :: schemars :: JsonSchema for Code",
        ] {
            assert!(code.contains(expected), "missing {expected} in {code}");
        }
        assert!(!code.contains("# [derive (schemars"), "{code}");
        assert!(
            !code.contains("cfg (feature = \"schemars\")] impl :: std"),
            "{code}"
        );
    }

    #[test]
    fn schemars_elsewhere_is_a_problem() {
        let mut file: File = parse_quote! {
            pub fn schema<T: schemars::JsonSchema>() {}
            pub use {reqwest, schemars};
        };
        let problems = optional_json_schema(&mut file);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(
            problems[0].starts_with("`schemars::JsonSchema` outside"),
            "{problems:?}"
        );
        assert!(problems[1].contains("among other crates"), "{problems:?}");

        let mut file: File = parse_quote!(
            pub use schemars;
        );
        assert!(optional_json_schema(&mut file).is_empty());
        assert_eq!(
            quote!(#file).to_string(),
            "# [cfg (feature = \"schemars\")] pub use schemars ;"
        );
    }
}
