//! One cargo feature per API group (the SDK's API class, each operation's
//! tag): `#[cfg(..)]` on the generated code, so that a group's feature
//! compiles its operations and only the types they reach.
//!
//! Reachability is computed on the generated Rust code itself (typify
//! invents names for inline schemas): the nodes are the items of
//! `mod types` (and of its `builder`, `defaults` and `null_defaults`
//! modules: a type and its builder twin share a name, and are one node),
//! with every `impl` counted with its self type; an edge runs from A to B
//! where B's name appears in A's code (or in a `#[serde(..)]` path string,
//! such as `default = "defaults::x"`). An operation's roots are the names
//! in its items: its builder (struct, impls, `static`), its `Client` method
//! and its arm of `__decode_response`.
//!
//! Gates (`cfg`):
//! - a type, its builder twin and their impls: `any` of the groups of the
//!   operations that reach it; none when the rest of the client reaches it
//!   (the `Error` alias names the vendor's error body); `any()` (never
//!   compiled) when nothing reaches it;
//! - an operation's items: `any` of its groups (a list, for an operation
//!   that belongs to several);
//! - the mock (`gate_mock`): each operation's `When`/`Then` and its
//!   `MockServerExt` methods as the operation, the helpers they share as
//!   the operations that use them;
//! - the spec tests (`gate_tests`): each test and example by all of what it
//!   names (operations, types), from the gated client's own `cfg`s.
//!
//! `mod error` and everything else stays ungated: `Client`, `Error` and the
//! builder of nothing build with no group at all.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use quote::{ToTokens, quote};
use syn::{Attribute, File, ImplItem, Item, parse_quote};

use crate::model::names::OPTIONAL_DEPENDENCIES;

/// Each operation's group features, by operationId.
pub type OperationFeatures = BTreeMap<String, Vec<String>>;

/// When an item compiles: `None` always, `Some(features)` with any of them
/// (`Some` of nothing: never).
type Gate = Option<BTreeSet<String>>;

/// The `cfg` of the items of the gated client: what the mock and the spec
/// tests need to gate theirs the same way.
#[derive(Clone, Debug, Default)]
pub struct Gates {
    /// Type (and builder, default function) names: their gate.
    types: BTreeMap<String, Gate>,
    /// operationId: its features.
    operations: OperationFeatures,
    /// Each optional dependency the client names (`model::names::
    /// OPTIONAL_DEPENDENCIES`): the gate of the code that names it.
    dependencies: BTreeMap<String, Gate>,
}

impl Gates {
    /// Whether the client names the optional dependency `name` (`uuid`,
    /// `chrono`, ..), and under which features: `Some(None)` always,
    /// `Some(Some(features))` with any of those groups, `None` never. A
    /// dependency only some groups use is an optional one, which those
    /// groups' features enable: a program that uses none of them does not
    /// build it.
    pub fn of_dependency(&self, name: &str) -> Option<Option<&BTreeSet<String>>> {
        self.dependencies.get(name).map(Option::as_ref)
    }

    /// The features under which the type `name` compiles (`None`: always;
    /// unknown names are always there too).
    pub fn of_type(&self, name: &str) -> Option<&BTreeSet<String>> {
        self.types.get(name).and_then(Option::as_ref)
    }
}

/// Which types each side of the wire needs serde for: a type only sent is
/// `Serialize`, a type only received `Deserialize`; the other derive comes
/// with a feature (`deserialize`; `serialize`, or `mock`, whose answers are
/// encoded and whose matchers decode), as async-stripe's. serde's derives
/// are most of what a crate of hundreds of types costs to build.
struct SerdeSides {
    /// Types a request names (a body, a parameter) and what they reach.
    sent: BTreeSet<String>,
    /// Types an answer decodes into, and what they reach.
    received: BTreeSet<String>,
    /// Types that must do both: error bodies (the runtime re-encodes one to
    /// tell it from a gateway's), paged lists' items (a stream tells pages
    /// apart by their encoding), and what the whole client names.
    both: BTreeSet<String>,
}

/// The features that bring back a derive a type does not need.
pub const SERDE_FEATURES: &str = "\
# `serde::Serialize` on every type (by default only on what a request sends),
# and `serde::Deserialize` on every type (by default only on what an answer
# holds); the mocks have both.
serialize = []
deserialize = []
";

impl SerdeSides {
    /// Moves a serde derive the type `name` does not need into a
    /// `cfg_attr` of the feature that brings it back; a decoding helper
    /// (`deserialize_with`) of a type that is never decoded compiles with
    /// that feature only.
    fn gate_derives(&self, name: &str, item: &mut Item) {
        let sent = self.sent.contains(name) || self.both.contains(name);
        let received = self.received.contains(name);
        // Neither side (never compiled) or both: as generated.
        if sent == received {
            return;
        }
        let (dropped, other, condition): (&str, &str, TokenStream) = if sent {
            (
                "Deserialize",
                "Serialize",
                quote!(any(feature = "deserialize", feature = "mock")),
            )
        } else {
            (
                "Serialize",
                "Deserialize",
                quote!(any(feature = "serialize", feature = "mock")),
            )
        };
        if let Item::Fn(f) = item {
            if dropped == "Deserialize" && quote!(#f).to_string().contains("Deserializer") {
                f.attrs.insert(0, parse_quote!(#[cfg(#condition)]));
            }
            return;
        }
        let inner_serde = has_inner_serde_attrs(item);
        let Some(attrs) = item_attrs(item) else {
            return;
        };
        let is_serde = |p: &syn::Path, trait_name: &str| {
            p.segments.len() == 2
                && p.segments[0].ident == "serde"
                && p.segments[1].ident == trait_name
        };
        let derive_of = |attr: &Attribute| {
            attr.path().is_ident("derive").then(|| {
                attr.parse_args_with(
                    syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
                )
                .ok()
            })?
        };
        let Some((at, paths)) = attrs.iter().enumerate().find_map(|(at, a)| {
            derive_of(a)
                .filter(|paths| paths.iter().any(|p| is_serde(p, dropped)))
                .map(|paths| (at, paths))
        }) else {
            return;
        };
        let keeps_serde = paths.iter().any(|p| is_serde(p, other));
        // Without a serde derive left, its `#[serde(..)]` attributes go with
        // the dropped one: only those of the item itself can.
        if !keeps_serde && inner_serde {
            return;
        }
        let kept: Vec<&syn::Path> = paths.iter().filter(|p| !is_serde(p, dropped)).collect();
        attrs[at] = parse_quote!(#[derive(#(#kept),*)]);
        let derive = syn::Ident::new(dropped, proc_macro2::Span::call_site());
        let gated: Attribute = parse_quote!(#[cfg_attr(#condition, derive(::serde::#derive))]);
        if keeps_serde {
            attrs.push(gated);
        } else {
            for attr in attrs.iter_mut().filter(|a| a.path().is_ident("serde")) {
                let meta = &attr.meta;
                let inner = match meta {
                    syn::Meta::List(list) => list.tokens.clone(),
                    _ => continue,
                };
                *attr = parse_quote!(#[cfg_attr(#condition, serde(#inner))]);
            }
            attrs.insert(at + 1, gated);
        }
    }
}

/// Whether a field or variant of `item` has a `#[serde(..)]` attribute.
fn has_inner_serde_attrs(item: &Item) -> bool {
    let serde = |attrs: &[Attribute]| attrs.iter().any(|a| a.path().is_ident("serde"));
    let fields = |fields: &syn::Fields| fields.iter().any(|f| serde(&f.attrs));
    match item {
        Item::Struct(s) => fields(&s.fields),
        Item::Enum(e) => e
            .variants
            .iter()
            .any(|v| serde(&v.attrs) || fields(&v.fields)),
        _ => false,
    }
}

/// `feature = "a"`, `any(feature = "a", ..)`; `any()` (false) for none.
fn any_feature(features: &BTreeSet<String>) -> TokenStream {
    match features.iter().collect::<Vec<_>>().as_slice() {
        [one] => quote!(feature = #one),
        all => quote!(any(#(feature = #all),*)),
    }
}

/// `#[cfg(feature = "a")]`, `#[cfg(any(feature = "a", ..))]`;
/// `#[cfg(any())]` for none.
fn cfg_any(features: &BTreeSet<String>) -> Attribute {
    let condition = any_feature(features);
    parse_quote!(#[cfg(#condition)])
}

/// `#[cfg(..)]` for a conjunction of clauses, each `any` of its features.
fn cfg_all(clauses: &[BTreeSet<String>]) -> Option<Attribute> {
    match clauses {
        [] => None,
        [one] => Some(cfg_any(one)),
        many => {
            let clauses = many.iter().map(any_feature);
            Some(parse_quote!(#[cfg(all(#(#clauses),*))]))
        }
    }
}

/// The names a piece of code mentions: its identifiers (doc comments
/// left out), and the words of the strings of its `#[serde(..)]`
/// attributes (`default = "defaults::x"`, `deserialize_with = ".."`).
fn names(code: &impl ToTokens) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    collect(code.to_token_stream(), false, &mut out);
    out
}

fn collect(tokens: TokenStream, in_serde: bool, out: &mut BTreeSet<String>) {
    let mut after_hash = false;
    for token in tokens {
        match token {
            TokenTree::Ident(ident) => {
                out.insert(ident.to_string().trim_start_matches("r#").to_string());
                after_hash = false;
            }
            TokenTree::Literal(literal) if in_serde => {
                let text = literal.to_string();
                out.extend(
                    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
                        .filter(|w| !w.is_empty())
                        .map(str::to_string),
                );
                after_hash = false;
            }
            TokenTree::Punct(punct) => {
                // `#` or `#!` before an attribute's brackets.
                after_hash = punct.as_char() == '#' || (after_hash && punct.as_char() == '!');
            }
            TokenTree::Group(group) => {
                let attribute = after_hash && group.delimiter() == Delimiter::Bracket;
                after_hash = false;
                let first = group.stream().into_iter().next().map(|t| t.to_string());
                match (attribute, first.as_deref()) {
                    (true, Some("doc")) => {}
                    (true, Some("serde")) => collect(group.stream(), true, out),
                    _ => collect(group.stream(), in_serde, out),
                }
            }
            TokenTree::Literal(_) => after_hash = false,
        }
    }
}

/// The name an item declares.
fn declared(item: &Item) -> Option<String> {
    let ident = match item {
        Item::Struct(i) => &i.ident,
        Item::Enum(i) => &i.ident,
        Item::Union(i) => &i.ident,
        Item::Type(i) => &i.ident,
        Item::Fn(i) => &i.sig.ident,
        Item::Const(i) => &i.ident,
        Item::Static(i) => &i.ident,
        Item::Trait(i) => &i.ident,
        _ => return None,
    };
    Some(ident.to_string())
}

/// The last identifier of a type's path (`super::X` -> `X`, `&X` -> `X`).
fn type_ident(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        syn::Type::Reference(r) => type_ident(&r.elem),
        _ => None,
    }
}

/// The node an item belongs to, among `nodes`: what it declares, or for an
/// `impl`, its self type, else the first node its trait names
/// (`impl From<X> for String` is `X`'s).
fn owner(item: &Item, nodes: &BTreeSet<String>) -> Option<String> {
    if let Item::Impl(imp) = item {
        if let Some(name) = type_ident(&imp.self_ty).filter(|n| nodes.contains(n)) {
            return Some(name);
        }
        let (trait_path, _) = imp.trait_.as_ref()?;
        let mut found = None;
        for token in trait_path.to_token_stream() {
            walk_idents(token, &mut |ident| {
                if found.is_none() && nodes.contains(ident) {
                    found = Some(ident.to_string());
                }
            });
        }
        return found;
    }
    declared(item).filter(|n| nodes.contains(n))
}

fn walk_idents(token: TokenTree, f: &mut impl FnMut(&str)) {
    match token {
        TokenTree::Ident(ident) => f(&ident.to_string()),
        TokenTree::Group(group) => group.stream().into_iter().for_each(|t| walk_idents(t, f)),
        _ => {}
    }
}

/// Every item of `mod types` and its modules but `error`, with `f`.
fn type_items<'a>(items: &'a [Item], f: &mut impl FnMut(&'a Item)) {
    for item in items {
        match item {
            Item::Mod(m) if m.ident == "error" => {}
            Item::Mod(m) => {
                if let Some((_, inner)) = &m.content {
                    type_items(inner, f);
                }
            }
            Item::Use(_) | Item::Macro(_) => {}
            other => f(other),
        }
    }
}

fn type_items_mut(items: &mut [Item], f: &mut impl FnMut(&mut Item)) {
    for item in items {
        match item {
            Item::Mod(m) if m.ident == "error" => {}
            Item::Mod(m) => {
                if let Some((_, inner)) = &mut m.content {
                    type_items_mut(inner, f);
                }
            }
            Item::Use(_) | Item::Macro(_) => {}
            other => f(other),
        }
    }
}

/// The graph of named nodes: a node's name -> the names its code mentions.
type Graph = BTreeMap<String, BTreeSet<String>>;

/// The types `start` names and every type they reach.
fn walk(graph: &Graph, start: &BTreeSet<String>) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut stack: Vec<&String> = start.iter().collect();
    while let Some(name) = stack.pop() {
        if let Some(refs) = graph.get(name)
            && seen.insert(name.clone())
        {
            stack.extend(refs.iter());
        }
    }
    seen
}

/// Each node reached from the roots: the features of the roots reaching
/// it (through any path of `graph`).
fn reach(
    graph: &Graph,
    roots: &[(BTreeSet<String>, Vec<String>)],
    always: &BTreeSet<String>,
) -> BTreeMap<String, Gate> {
    let walk = |start: &BTreeSet<String>| walk(graph, start);
    let mut gates: BTreeMap<String, Gate> = graph
        .keys()
        .map(|name| (name.clone(), Some(BTreeSet::new())))
        .collect();
    for (names, features) in roots {
        for name in walk(names) {
            if let Some(Some(gate)) = gates.get_mut(&name) {
                gate.extend(features.iter().cloned());
            }
        }
    }
    for name in walk(always) {
        gates.insert(name, None);
    }
    gates
}

fn push_cfg(attrs: &mut Vec<Attribute>, gate: &Gate) {
    if let Some(features) = gate {
        attrs.insert(0, cfg_any(features));
    }
}

fn item_attrs(item: &mut Item) -> Option<&mut Vec<Attribute>> {
    Some(match item {
        Item::Struct(i) => &mut i.attrs,
        Item::Enum(i) => &mut i.attrs,
        Item::Union(i) => &mut i.attrs,
        Item::Type(i) => &mut i.attrs,
        Item::Fn(i) => &mut i.attrs,
        Item::Const(i) => &mut i.attrs,
        Item::Static(i) => &mut i.attrs,
        Item::Trait(i) => &mut i.attrs,
        Item::Impl(i) => &mut i.attrs,
        Item::Mod(i) => &mut i.attrs,
        _ => return None,
    })
}

/// The `id: ".."` of a `static X: Operation = Operation { id: "..", .. }`.
fn static_operation_id(item: &syn::ItemStatic) -> Option<String> {
    let syn::Expr::Struct(init) = &*item.expr else {
        return None;
    };
    init.fields
        .iter()
        .find_map(|field| match (&field.member, &field.expr) {
            (syn::Member::Named(name), syn::Expr::Lit(lit)) if name == "id" => match &lit.lit {
                syn::Lit::Str(s) => Some(s.value()),
                _ => None,
            },
            _ => None,
        })
}

fn is_inherent_client_impl(item: &Item) -> Option<&syn::ItemImpl> {
    match item {
        Item::Impl(imp)
            if imp.trait_.is_none() && type_ident(&imp.self_ty).as_deref() == Some("Client") =>
        {
            Some(imp)
        }
        _ => None,
    }
}

/// Which operation each part of the client belongs to.
struct ClientOperations {
    /// Builder struct name (`GetThing`) -> operationId.
    builders: BTreeMap<String, String>,
}

impl ClientOperations {
    fn read(file: &File, operations: &OperationFeatures) -> Self {
        let mut builders = BTreeMap::new();
        for imp in file.items.iter().filter_map(is_inherent_client_impl) {
            for item in &imp.items {
                if let ImplItem::Fn(method) = item {
                    let id = method.sig.ident.to_string();
                    if !operations.contains_key(&id) {
                        continue;
                    }
                    if let syn::ReturnType::Type(_, ty) = &method.sig.output
                        && let Some(builder) = type_ident(ty)
                    {
                        builders.insert(builder, id);
                    }
                }
            }
        }
        Self { builders }
    }

    /// The operation an item of `mod operations` belongs to.
    fn of_builder_item(&self, item: &Item) -> Option<String> {
        match item {
            Item::Struct(s) => self.builders.get(&s.ident.to_string()).cloned(),
            Item::Impl(imp) => {
                type_ident(&imp.self_ty).and_then(|n| self.builders.get(&n).cloned())
            }
            Item::Static(s) => static_operation_id(s),
            _ => None,
        }
    }
}

fn module_items<'a>(file: &'a File, name: &str) -> &'a [Item] {
    file.items
        .iter()
        .find_map(|item| match item {
            Item::Mod(m) if m.ident == name => m.content.as_ref().map(|(_, i)| i.as_slice()),
            _ => None,
        })
        .unwrap_or(&[])
}

/// The arms of `__decode_response`'s `match`.
fn decode_arms(item: &mut Item) -> Option<&mut Vec<syn::Arm>> {
    let Item::Fn(f) = item else { return None };
    if f.sig.ident != "__decode_response" {
        return None;
    }
    f.block.stmts.iter_mut().find_map(|stmt| match stmt {
        syn::Stmt::Expr(syn::Expr::Match(m), _) => Some(&mut m.arms),
        _ => None,
    })
}

fn arm_operation(arm: &syn::Arm) -> Option<String> {
    match &arm.pat {
        syn::Pat::Lit(syn::ExprLit {
            lit: syn::Lit::Str(s),
            ..
        }) => Some(s.value()),
        _ => None,
    }
}

fn gate_of(operations: &OperationFeatures, id: &str) -> Gate {
    Some(operations.get(id).into_iter().flatten().cloned().collect())
}

/// Gates the adapted client (`generated.rs`): see the module docs.
pub fn gate_client(file: &mut File, operations: &OperationFeatures) -> Gates {
    let ops = ClientOperations::read(file, operations);

    // The type graph.
    let types = module_items(file, "types");
    let mut nodes = BTreeSet::new();
    type_items(types, &mut |item| nodes.extend(declared(item)));
    let mut graph: Graph = nodes.iter().map(|n| (n.clone(), BTreeSet::new())).collect();
    type_items(types, &mut |item| {
        if let Some(name) = owner(item, &nodes) {
            let mut refs = names(item);
            refs.retain(|r| nodes.contains(r) && *r != name);
            graph.entry(name).or_default().extend(refs);
        }
    });

    // The roots: each operation's items, and the rest of the client.
    let mut roots: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut always = BTreeSet::new();
    // What the request side names (each operation's builder struct: its
    // parameters and body), and what must decode and encode both (each
    // operation's description, with its per-status error bodies).
    let mut sent = BTreeSet::new();
    let mut both = BTreeSet::new();
    // What the response side names (each operation's decoded value).
    let mut received = BTreeSet::new();
    for item in &file.items {
        match item {
            Item::Mod(m) if m.ident == "types" => {}
            Item::Mod(m) if m.ident == "operations" => {
                for inner in m.content.iter().flat_map(|(_, i)| i) {
                    match ops.of_builder_item(inner) {
                        Some(id) => {
                            match inner {
                                Item::Struct(_) => sent.extend(names(inner)),
                                Item::Static(_) => both.extend(names(inner)),
                                // A paged list's items: the stream tells
                                // pages apart by their encoding.
                                Item::Impl(imp) => {
                                    for method in &imp.items {
                                        if let ImplItem::Fn(f) = method
                                            && f.sig.ident == "stream"
                                        {
                                            both.extend(names(f));
                                        }
                                    }
                                }
                                _ => {}
                            }
                            roots.entry(id).or_default().extend(names(inner))
                        }
                        None => always.extend(names(inner)),
                    }
                }
            }
            Item::Impl(imp) if is_inherent_client_impl(item).is_some() => {
                for inner in &imp.items {
                    match inner {
                        ImplItem::Fn(f) if operations.contains_key(&f.sig.ident.to_string()) => {
                            roots
                                .entry(f.sig.ident.to_string())
                                .or_default()
                                .extend(names(f));
                        }
                        other => always.extend(names(other)),
                    }
                }
            }
            Item::Fn(f) if f.sig.ident == "__decode_response" => {
                let mut item = item.clone();
                for arm in decode_arms(&mut item).into_iter().flatten() {
                    received.extend(names(arm));
                    match arm_operation(arm) {
                        Some(id) if operations.contains_key(&id) => {
                            roots.entry(id).or_default().extend(names(arm));
                        }
                        _ => always.extend(names(arm)),
                    }
                }
                always.extend(names(&f.sig));
            }
            other => always.extend(names(other)),
        }
    }
    let roots: Vec<(BTreeSet<String>, Vec<String>)> = roots
        .into_iter()
        .map(|(id, names)| (names, operations.get(&id).cloned().unwrap_or_default()))
        .collect();
    let type_gates = reach(&graph, &roots, &always);
    both.extend(always.iter().cloned());
    received.extend(both.iter().cloned());
    let serde = SerdeSides {
        sent: walk(&graph, &sent),
        received: walk(&graph, &received),
        both: walk(&graph, &both),
    };
    // Gate, and note what each gated item names of the optional
    // dependencies.
    let mut dependencies = DependencyUses::default();
    for item in &mut file.items {
        let item_ref: &Item = item;
        let gated_method = is_inherent_client_impl(item_ref).is_some();
        match item {
            Item::Mod(m) if m.ident == "types" => {
                if let Some((_, inner)) = &mut m.content {
                    type_items_mut(inner, &mut |item| {
                        let gate = match owner(item, &nodes) {
                            Some(name) => {
                                if let Some(attrs) = item_attrs(item) {
                                    push_cfg(attrs, &type_gates[&name]);
                                    serde.gate_derives(&name, item);
                                }
                                type_gates[&name].clone()
                            }
                            None => None,
                        };
                        dependencies.add(item, &gate);
                    });
                }
            }
            Item::Mod(m) if m.ident == "operations" => {
                for inner in m.content.iter_mut().flat_map(|(_, i)| i) {
                    let gate = ops
                        .of_builder_item(inner)
                        .and_then(|id| gate_of(operations, &id));
                    if let Some(attrs) = item_attrs(inner) {
                        push_cfg(attrs, &gate);
                    }
                    dependencies.add(inner, &gate);
                }
            }
            Item::Impl(imp) if gated_method => {
                for inner in &mut imp.items {
                    let gate = match inner {
                        ImplItem::Fn(f) if operations.contains_key(&f.sig.ident.to_string()) => {
                            let gate = gate_of(operations, &f.sig.ident.to_string());
                            push_cfg(&mut f.attrs, &gate);
                            gate
                        }
                        _ => None,
                    };
                    dependencies.add(inner, &gate);
                }
            }
            Item::Fn(_) => {
                if let Item::Fn(f) = item
                    && f.sig.ident == "__decode_response"
                {
                    // With no operation compiled, `status` and `body` are unused.
                    f.attrs.push(parse_quote!(#[allow(unused_variables)]));
                } else {
                    dependencies.add(item, &None);
                }
                // (Its arms name the operations' types, not dependencies.)
                for arm in decode_arms(item).into_iter().flatten() {
                    if let Some(id) = arm_operation(arm).filter(|id| operations.contains_key(id)) {
                        push_cfg(&mut arm.attrs, &gate_of(operations, &id));
                    }
                }
            }
            other => dependencies.add(other, &None),
        }
    }
    Gates {
        types: type_gates,
        operations: operations.clone(),
        dependencies: dependencies.0,
    }
}

/// The gate of each optional dependency the client names: the union of
/// the gates of the items naming it (a type's, an operation's, or always).
#[derive(Default)]
struct DependencyUses(BTreeMap<String, Gate>);

impl DependencyUses {
    /// Counts the dependencies `code`, compiled under `gate`, names.
    fn add(&mut self, code: &impl ToTokens, gate: &Gate) {
        let text = code.to_token_stream().to_string();
        for dependency in OPTIONAL_DEPENDENCIES {
            if !names_crate(&text, dependency) {
                continue;
            }
            let merged = self
                .0
                .entry(dependency.to_string())
                .or_insert_with(|| Some(BTreeSet::new()));
            match (merged.as_mut(), gate) {
                (Some(features), Some(more)) => features.extend(more.iter().cloned()),
                (Some(_), None) => *merged = None,
                (None, _) => {}
            }
        }
    }
}

/// Whether `code` (a token stream's text) names the crate `name` in a path
/// (`uuid :: Uuid`), not as a field or a word.
fn names_crate(code: &str, name: &str) -> bool {
    let path = format!("{name} ::");
    code.match_indices(&path)
        .any(|(at, _)| at == 0 || !code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_'))
}

/// Gates the mock module (`mock.rs`): each operation's `When`/`Then` types
/// and `MockServerExt` methods as the operation, the helpers they share by
/// the operations that use them.
pub fn gate_mock(file: &mut File, operations: &OperationFeatures) {
    // Each operation's `When`/`Then`, from the names its methods mention.
    let mut owned: BTreeMap<String, String> = BTreeMap::new();
    for item in &file.items {
        let methods: Vec<&syn::Signature> = match item {
            Item::Trait(t) => t
                .items
                .iter()
                .filter_map(|i| match i {
                    syn::TraitItem::Fn(f) => Some(&f.sig),
                    _ => None,
                })
                .collect(),
            Item::Impl(imp) => imp
                .items
                .iter()
                .filter_map(|i| match i {
                    ImplItem::Fn(f) => Some(&f.sig),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        for sig in methods {
            let id = sig.ident.to_string();
            if operations.contains_key(&id) {
                for name in names(sig) {
                    if name.ends_with("When") || name.ends_with("Then") {
                        owned.insert(name, id.clone());
                    }
                }
            }
        }
    }
    let of_item = |item: &Item| match item {
        Item::Struct(s) => owned.get(&s.ident.to_string()).cloned(),
        Item::Impl(imp) => type_ident(&imp.self_ty).and_then(|n| owned.get(&n).cloned()),
        _ => None,
    };
    // The helpers of `mod operations`, by the operations using them.
    let helpers_module = module_items(file, "operations");
    let nodes: BTreeSet<String> = helpers_module
        .iter()
        .filter(|item| of_item(item).is_none())
        .filter_map(declared)
        .collect();
    let mut graph: Graph = nodes.iter().map(|n| (n.clone(), BTreeSet::new())).collect();
    let mut roots: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut always = BTreeSet::new();
    for item in helpers_module {
        if let Some(id) = of_item(item) {
            roots.entry(id).or_default().extend(names(item));
        } else if let Some(name) = owner(item, &nodes) {
            let mut refs = names(item);
            refs.retain(|r| nodes.contains(r) && *r != name);
            graph.entry(name).or_default().extend(refs);
        } else {
            always.extend(names(item));
        }
    }
    for item in &file.items {
        if !matches!(item, Item::Mod(m) if m.ident == "operations") {
            for method in mock_methods(item) {
                let id = method.0;
                if operations.contains_key(&id) {
                    roots.entry(id).or_default().extend(method.1);
                }
            }
        }
    }
    let roots: Vec<(BTreeSet<String>, Vec<String>)> = roots
        .into_iter()
        .map(|(id, names)| (names, operations.get(&id).cloned().unwrap_or_default()))
        .collect();
    let helper_gates = reach(&graph, &roots, &always);

    for item in &mut file.items {
        match item {
            Item::Mod(m) if m.ident == "operations" => {
                for inner in m.content.iter_mut().flat_map(|(_, i)| i) {
                    let gate = match of_item(inner) {
                        Some(id) => gate_of(operations, &id),
                        None => match owner(inner, &nodes) {
                            Some(name) => helper_gates[&name].clone(),
                            None => None,
                        },
                    };
                    if let Some(attrs) = item_attrs(inner) {
                        push_cfg(attrs, &gate);
                    }
                }
            }
            Item::Trait(t) => {
                for inner in &mut t.items {
                    if let syn::TraitItem::Fn(f) = inner
                        && operations.contains_key(&f.sig.ident.to_string())
                    {
                        push_cfg(&mut f.attrs, &gate_of(operations, &f.sig.ident.to_string()));
                    }
                }
            }
            Item::Impl(imp) => {
                for inner in &mut imp.items {
                    if let ImplItem::Fn(f) = inner
                        && operations.contains_key(&f.sig.ident.to_string())
                    {
                        push_cfg(&mut f.attrs, &gate_of(operations, &f.sig.ident.to_string()));
                    }
                }
            }
            _ => {}
        }
    }
}

/// The methods of a trait or impl: (name, the names they mention).
fn mock_methods(item: &Item) -> Vec<(String, BTreeSet<String>)> {
    match item {
        Item::Trait(t) => t
            .items
            .iter()
            .filter_map(|i| match i {
                syn::TraitItem::Fn(f) => Some((f.sig.ident.to_string(), names(f))),
                _ => None,
            })
            .collect(),
        Item::Impl(imp) => imp
            .items
            .iter()
            .filter_map(|i| match i {
                ImplItem::Fn(f) => Some((f.sig.ident.to_string(), names(f))),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Keeps the clauses that say something: no duplicate, none implied by a
/// smaller one (`any(a)` implies `any(a, b)`).
fn simplify(mut clauses: Vec<BTreeSet<String>>) -> Vec<BTreeSet<String>> {
    clauses.sort_by_key(BTreeSet::len);
    let mut out: Vec<BTreeSet<String>> = Vec::new();
    for clause in clauses {
        if !out.iter().any(|kept| kept.is_subset(&clause)) {
            out.push(clause);
        }
    }
    out
}

/// Gates the generated spec tests (`tests/spec.rs`): every item of its test
/// modules (not `support`) compiles when all it names does: each operation
/// it calls, each type it names, each example or body it uses.
pub fn gate_tests(file: &mut File, gates: &Gates) {
    for item in &mut file.items {
        let Item::Mod(m) = item else { continue };
        if m.ident == "support" {
            continue;
        }
        let Some((_, inner)) = &mut m.content else {
            continue;
        };
        // Examples and bodies first: the tests name them.
        let mut local: BTreeMap<String, Vec<BTreeSet<String>>> = BTreeMap::new();
        let mut gated = Vec::new();
        for item in inner.iter() {
            let mut clauses = Vec::new();
            for name in names(item) {
                if let Some(features) = gates.operations.get(&name) {
                    clauses.push(features.iter().cloned().collect());
                } else if name.starts_with(char::is_uppercase)
                    && let Some(features) = gates.of_type(&name)
                {
                    clauses.push(features.clone());
                } else if let Some(more) = local.get(&name) {
                    clauses.extend(more.iter().cloned());
                }
            }
            let clauses = simplify(clauses);
            if let Some(name) = declared(item) {
                local.insert(name, clauses.clone());
            }
            gated.push(clauses);
        }
        for (item, clauses) in inner.iter_mut().zip(gated) {
            if let (Some(attrs), Some(cfg)) = (item_attrs(item), cfg_all(&clauses)) {
                attrs.insert(0, cfg);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_skip_docs_and_read_serde_paths() {
        let item: Item = parse_quote! {
            /// A `Hidden` in the docs.
            #[serde(default = "defaults::thing_mode")]
            pub struct Thing { a: Other }
        };
        let found = names(&item);
        assert!(
            found.contains("Other") && found.contains("thing_mode"),
            "{found:?}"
        );
        assert!(!found.contains("Hidden"), "{found:?}");
    }

    #[test]
    fn clauses_implied_by_others_go() {
        let set = |s: &[&str]| s.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
        assert_eq!(
            simplify(vec![
                set(&["a", "b"]),
                set(&["a"]),
                set(&["a"]),
                set(&["c"])
            ]),
            vec![set(&["a"]), set(&["c"])]
        );
    }

    fn ops(pairs: &[(&str, &[&str])]) -> OperationFeatures {
        pairs
            .iter()
            .map(|(id, f)| (id.to_string(), f.iter().map(|f| f.to_string()).collect()))
            .collect()
    }

    /// The `cfg`s of `file`'s items, as text without spaces, in order.
    fn cfgs(file: &File) -> String {
        let code = prettyplease::unparse(file);
        code.split_whitespace().collect()
    }

    #[test]
    fn mock_items_follow_their_operation_and_helpers_their_users() {
        let mut file: File = parse_quote! {
            pub mod operations {
                pub struct GetAWhen(::httpmock::When);
                impl GetAWhen { pub fn id(self) -> Self { path_param(); self } }
                pub struct GetAThen(::httpmock::Then);
                pub struct GetBWhen(::httpmock::When);
                impl GetBWhen { pub fn q(self) -> Self { query_param(); self } }
                pub struct GetBThen(::httpmock::Then);
                fn regex_literal() {}
                fn path_param() { regex_literal() }
                fn query_param() { regex_literal() }
                fn unused() {}
            }
            pub trait MockServerExt {
                fn get_a<F>(&self, f: F) where F: FnOnce(operations::GetAWhen, operations::GetAThen);
                fn get_b<F>(&self, f: F) where F: FnOnce(operations::GetBWhen, operations::GetBThen);
            }
            impl MockServerExt for ::httpmock::MockServer {
                fn get_a<F>(&self, f: F) where F: FnOnce(operations::GetAWhen, operations::GetAThen) {}
                fn get_b<F>(&self, f: F) where F: FnOnce(operations::GetBWhen, operations::GetBThen) {}
            }
        };
        gate_mock(
            &mut file,
            &ops(&[("get_a", &["alpha"]), ("get_b", &["beta"])]),
        );
        let code = cfgs(&file);
        for expected in [
            r#"#[cfg(feature="alpha")]pubstructGetAWhen"#,
            r#"#[cfg(feature="alpha")]implGetAWhen"#,
            r#"#[cfg(feature="alpha")]pubstructGetAThen"#,
            r#"#[cfg(feature="beta")]pubstructGetBThen"#,
            r#"#[cfg(any(feature="alpha",feature="beta"))]fnregex_literal"#,
            r#"#[cfg(feature="alpha")]fnpath_param"#,
            r#"#[cfg(feature="beta")]fnquery_param"#,
            r#"#[cfg(any())]fnunused"#,
            r#"#[cfg(feature="alpha")]fnget_a<F>(&self,f:F)whereF:FnOnce(operations::GetAWhen,operations::GetAThen);"#,
            r#"#[cfg(feature="beta")]fnget_b<F>(&self,f:F)whereF:FnOnce(operations::GetBWhen,operations::GetBThen),{}"#,
        ] {
            assert!(code.contains(expected), "missing {expected} in {code}");
        }
    }

    #[test]
    fn spec_tests_compile_when_all_they_name_does() {
        let set = |s: &[&str]| Some(s.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>());
        let gates = Gates {
            types: BTreeMap::from([
                ("Shared".to_string(), set(&["alpha", "beta"])),
                ("OnlyB".to_string(), set(&["beta"])),
                ("ErrorBody".to_string(), None),
            ]),
            operations: ops(&[("get_a", &["alpha"]), ("make_b", &["beta"])]),
            dependencies: BTreeMap::new(),
        };
        let mut file: File = parse_quote! {
            mod responses {
                const SHARED: Example<types::Shared> = Example::new("{}");
                #[test]
                fn shared() { SHARED.decodes(); }
                const ONLY_B: Example<types::OnlyB> = Example::new("{}");
                #[test]
                fn only_b() { ONLY_B.decodes(); }
                const ERROR_BODY: Example<types::ErrorBody> = Example::new("{}");
                #[test]
                fn error_body() { ERROR_BODY.decodes(); }
            }
            mod bodies {
                pub fn make_b() -> types::OnlyB { from_json("{}") }
            }
            mod arguments {
                #[tokio::test]
                async fn get_a_without_id() { let _ = client.get_a().send().await; }
                #[tokio::test]
                async fn both() { let _ = client.get_a().send().await; let _ = client.make_b().body(bodies::make_b()); }
            }
            mod support {
                pub fn helper() {}
            }
        };
        gate_tests(&mut file, &gates);
        let code = cfgs(&file);
        for expected in [
            r#"#[cfg(any(feature="alpha",feature="beta"))]constSHARED"#,
            r#"#[cfg(any(feature="alpha",feature="beta"))]#[test]fnshared"#,
            r#"#[cfg(feature="beta")]#[test]fnonly_b"#,
            r#"constERROR_BODY"#,
            r#"#[test]fnerror_body"#,
            r#"#[cfg(feature="beta")]pubfnmake_b"#,
            r#"#[cfg(feature="alpha")]#[tokio::test]asyncfnget_a_without_id"#,
            r#"#[cfg(all(feature="alpha",feature="beta"))]#[tokio::test]asyncfnboth"#,
            r#"modsupport{pubfnhelper"#,
        ] {
            assert!(code.contains(expected), "missing {expected} in {code}");
        }
        assert!(!code.contains(r#")]constERROR_BODY"#), "{code}");
    }
}
