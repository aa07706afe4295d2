//! Renames that both the client (`adapt`) and its mock (`mock`) make in
//! progenitor's output, so that the mock names the types and builders as the
//! adapted client does: typify's tolerant-enum wrappers become
//! `vendor_clients_core::Tolerant<T>`, `builder::X` becomes `operations::X`.

use std::collections::BTreeMap;

use quote::{format_ident, quote};
use syn::visit_mut::{self, VisitMut};
use syn::{File, Item, parse_quote};

/// typify's wrapper for a tolerant enum: `#[serde(untagged)] enum W { T(T), Other(String) }`;
/// returns the wrapped type.
fn tolerant_wrapper(item: &syn::ItemEnum) -> Option<syn::Type> {
    let untagged = item
        .attrs
        .iter()
        .any(|a| a.path().is_ident("serde") && quote!(#a).to_string().contains("untagged"));
    if !untagged || item.variants.len() != 2 {
        return None;
    }
    let field_type = |variant: &syn::Variant| match &variant.fields {
        syn::Fields::Unnamed(fields) if fields.unnamed.len() == 1 => {
            Some(fields.unnamed[0].ty.clone())
        }
        _ => None,
    };
    let (known, other) = (&item.variants[0], &item.variants[1]);
    let other_type = field_type(other)?;
    let is_string = quote!(#other_type).to_string().replace(' ', "") == "::std::string::String";
    (other.ident == "Other" && is_string).then(|| field_type(known))?
}

/// typify's tolerant-enum wrappers in progenitor's (unadapted) output:
/// wrapper name -> the wrapped type.
pub fn tolerant_wrappers(file: &File) -> BTreeMap<String, syn::Type> {
    file.items
        .iter()
        .filter_map(|item| match item {
            Item::Mod(module) if module.ident == "types" => module.content.as_ref(),
            _ => None,
        })
        .flat_map(|(_, items)| items)
        .filter_map(|item| match item {
            Item::Enum(e) => tolerant_wrapper(e).map(|t| (e.ident.to_string(), t)),
            _ => None,
        })
        .collect()
}

/// Names `vendor_clients_core::Tolerant<T>` wherever code names a wrapper of
/// `wrappers` (see [`tolerant_wrappers`]).
pub fn use_tolerant(file: &mut File, wrappers: &BTreeMap<String, syn::Type>) {
    if !wrappers.is_empty() {
        TolerantTypes { wrappers }.visit_file_mut(file);
    }
}

/// Names the operation builders `operations::X` where code names them
/// `builder::X` (progenitor's module name).
pub fn use_operations_module(file: &mut File) {
    OperationsPaths.visit_file_mut(file);
}

struct TolerantTypes<'a> {
    wrappers: &'a BTreeMap<String, syn::Type>,
}

impl VisitMut for TolerantTypes<'_> {
    fn visit_type_mut(&mut self, ty: &mut syn::Type) {
        if let syn::Type::Path(path) = ty
            && path.qself.is_none()
            && let Some(last) = path.path.segments.last()
            && let Some(inner) = self.wrappers.get(&last.ident.to_string())
        {
            // Keep the path's prefix (`super::`, `types::`) for the inner type.
            let mut inner_path = path.path.clone();
            inner_path.segments.pop();
            let inner = if inner_path.segments.is_empty() {
                inner.clone()
            } else {
                let prefix = inner_path.segments.iter().map(|s| &s.ident);
                parse_quote!(#(#prefix::)* #inner)
            };
            *ty = parse_quote!(vendor_clients_core::Tolerant<#inner>);
            return;
        }
        visit_mut::visit_type_mut(self, ty);
    }

    /// `super::Wrapper::Status(..)` in expressions (field defaults) ->
    /// `vendor_clients_core::Tolerant::Known(..)`.
    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        let n = path.segments.len();
        if n >= 2
            && self
                .wrappers
                .contains_key(&path.segments[n - 2].ident.to_string())
        {
            *path = if path.segments[n - 1].ident == "Other" {
                parse_quote!(vendor_clients_core::Tolerant::Other)
            } else {
                parse_quote!(vendor_clients_core::Tolerant::Known)
            };
            return;
        }
        visit_mut::visit_path_mut(self, path);
    }
}

/// `builder::GetThing` -> `operations::GetThing` outside `types`.
pub struct OperationsPaths;

impl VisitMut for OperationsPaths {
    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        if path.leading_colon.is_none()
            && path.segments.len() > 1
            && path.segments[0].ident == "builder"
        {
            path.segments[0].ident = format_ident!("operations");
        }
        visit_mut::visit_path_mut(self, path);
    }
}
