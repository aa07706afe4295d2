//! The code for what progenitor was not shown (`shared::progenitor::
//! for_progenitor`): a value by status (an enum in `types`, decoded by
//! status), a `multipart/form-data` body (the parts' builder fields,
//! setters and the form `send()` builds), and the `Accept` header a spec
//! sets (`x-accept`).

use quote::{format_ident, quote};
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, ImplItem, Item, Stmt, parse_quote};

use crate::model::bodies::{Form, Part, Variant};

/// A model type path (`types::X`) as code inside `mod types` names it.
fn inside_types(ty: &str) -> Result<syn::Type, String> {
    let local = ty.strip_prefix("types::").unwrap_or(ty);
    syn::parse_str(local).map_err(|e| format!("type {ty}: {e}"))
}

/// A model type path as code outside `mod types` names it.
pub fn outside_types(ty: &str) -> Result<syn::Type, String> {
    syn::parse_str(ty).map_err(|e| format!("type {ty}: {e}"))
}

/// The enum of a value by status and its decoding, for `mod types`.
pub fn success_enum(
    operation_id: &str,
    name: &str,
    variants: &[Variant],
) -> Result<Vec<Item>, String> {
    let name = format_ident!("{name}");
    let mut declared = Vec::new();
    let mut arms = Vec::new();
    for variant in variants {
        let ident = format_ident!("{}", variant.name);
        let status = variant.status;
        let doc = match &variant.description {
            Some(description) => format!("`{status}`: {description}"),
            None => format!("`{status}`"),
        };
        match &variant.body {
            Some(ty) => {
                let ty = inside_types(ty)?;
                declared.push(quote!(#[doc = #doc] #ident(#ty)));
                arms.push(quote!(#status => ::serde_json::from_slice(body).map(Self::#ident),));
            }
            None => {
                declared.push(quote!(#[doc = #doc] #ident));
                arms.push(quote!(#status => Ok(Self::#ident),));
            }
        }
    }
    let doc = format!(
        "What `{operation_id}` returns, by the status of its answer: one variant per documented success status (a success status the spec does not list is decoded as the first documented one of its kind, with a body or without). Serializes as its body (`null` without one)."
    );
    let enumeration: Item = parse_quote! {
        #[doc = #doc]
        #[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
        #[serde(untagged)]
        pub enum #name {
            #(#declared,)*
        }
    };
    let unknown = format!("{{status}} is no documented success status of {operation_id}");
    let decoding: Item = parse_quote! {
        impl vendor_clients_core::__private::SuccessValue for #name {
            fn decode(status: u16, body: &[u8]) -> ::std::result::Result<Self, ::serde_json::Error> {
                match status {
                    #(#arms)*
                    status => Err(<::serde_json::Error as ::serde::de::Error>::custom(format!(#unknown))),
                }
            }
        }
    };
    Ok(vec![enumeration, decoding])
}

/// The Rust type a part's builder field holds.
fn part_type(part: &Part) -> Result<syn::Type, String> {
    match &part.value {
        None => Ok(parse_quote!(vendor_clients_core::File)),
        Some(ty) => outside_types(ty),
    }
}

/// Adds the parts' fields to the operation's builder struct.
pub fn form_fields(builder: &mut syn::ItemStruct, form: &Form) -> Result<(), String> {
    let syn::Fields::Named(fields) = &mut builder.fields else {
        return Err("the builder is not a struct with named fields".into());
    };
    for part in &form.parts {
        let ident = format_ident!("{}", part.ident);
        if fields
            .named
            .iter()
            .any(|f| f.ident.as_ref().is_some_and(|i| *i == ident))
        {
            return Err(format!(
                "part {} has the name of another parameter",
                part.wire_name
            ));
        }
        let ty = part_type(part)?;
        fields.named.push(if part.required {
            parse_quote!(#ident: Result<#ty, String>)
        } else {
            parse_quote!(#ident: Result<Option<#ty>, String>)
        });
    }
    Ok(())
}

/// The parts' initial values in the builder's `new`: unset.
pub fn form_initial_values(new: &mut syn::ImplItemFn, form: &Form) -> Result<(), String> {
    struct Initial<'a>(&'a Form, bool);
    impl VisitMut for Initial<'_> {
        fn visit_expr_struct_mut(&mut self, expr: &mut syn::ExprStruct) {
            if !expr.path.is_ident("Self") {
                return;
            }
            for part in &self.0.parts {
                let ident = format_ident!("{}", part.ident);
                let message = format!("{} is required", part.ident);
                expr.fields.push(if part.required {
                    parse_quote!(#ident: Err(#message.to_string()))
                } else {
                    parse_quote!(#ident: Ok(None))
                });
            }
            self.1 = true;
        }
    }
    let mut initial = Initial(form, false);
    initial.visit_impl_item_fn_mut(new);
    if initial.1 {
        Ok(())
    } else {
        Err("`new` builds no `Self { .. }`".into())
    }
}

/// The parts' setters: a file takes a `vendor_clients_core::File`, any
/// other part what converts into its type (`rule` says what it must be).
pub fn form_setters(
    form: &Form,
    rule: impl Fn(&str) -> Option<String>,
) -> Result<Vec<ImplItem>, String> {
    let mut setters = Vec::new();
    for part in &form.parts {
        let ident = format_ident!("{}", part.ident);
        let (item, media_type) = (form.encoding.item(), form.encoding.media_type());
        let item_upper = format!("{}{}", item[..1].to_uppercase(), &item[1..]);
        let mut doc = match &part.description {
            Some(description) => format!(
                "{item_upper} `{}` of the `{media_type}` body: {}",
                part.wire_name,
                description.trim_end_matches('.')
            ),
            None => format!(
                "{item_upper} `{}` of the `{media_type}` body",
                part.wire_name
            ),
        };
        doc.push_str(&if part.required {
            " (required).".to_string()
        } else {
            format!(" (optional: no {item} unless set).")
        });
        let setter: ImplItem = match &part.value {
            None => {
                let value = if part.required {
                    quote!(value.try_into())
                } else {
                    quote!(value.try_into().map(Some))
                };
                let message = format!("{} must be a file", part.ident);
                let doc = format!(
                    "{doc} A [`File`](crate::File): its bytes, file name and media type{}.",
                    match &part.content_type {
                        Some(media_type) =>
                            format!(" (`{media_type}` unless the file sets its own)"),
                        None => String::new(),
                    }
                );
                parse_quote! {
                    #[doc = #doc]
                    pub fn #ident<V>(mut self, value: V) -> Self
                    where
                        V: std::convert::TryInto<vendor_clients_core::File>,
                    {
                        self.#ident = #value.map_err(|_| #message.to_string());
                        self
                    }
                }
            }
            Some(ty) => {
                let ty = outside_types(ty)?;
                let message =
                    rule(&part.ident).unwrap_or_else(|| format!("{} must be valid", part.ident));
                let value = if part.required {
                    quote!(value.try_into())
                } else {
                    quote!(value.try_into().map(Some))
                };
                parse_quote! {
                    #[doc = #doc]
                    pub fn #ident<V>(mut self, value: V) -> Self
                    where
                        V: std::convert::TryInto<#ty>,
                    {
                        self.#ident = #value.map_err(|_| #message.to_string());
                        self
                    }
                }
            }
        };
        setters.push(setter);
    }
    Ok(setters)
}

/// Adds the parts to `send`'s `let Self { .. } = self;`, and their
/// extraction (progenitor's `let x = x.map_err(Error::InvalidRequest)?;`,
/// which the `send` rewrite turns into argument checks) after it.
pub fn form_extraction(send: &mut syn::ImplItemFn, form: &Form) -> Result<(), String> {
    let at = send
        .block
        .stmts
        .iter()
        .position(|stmt| quote!(#stmt).to_string().starts_with("let Self {"))
        .ok_or("`send` does not take its builder apart")?;
    let Stmt::Local(syn::Local {
        pat: syn::Pat::Struct(pattern),
        ..
    }) = &mut send.block.stmts[at]
    else {
        return Err("unexpected destructuring in `send`".into());
    };
    for part in &form.parts {
        let ident = format_ident!("{}", part.ident);
        pattern.fields.push(syn::FieldPat {
            attrs: Vec::new(),
            member: syn::Member::Named(ident.clone()),
            colon_token: None,
            pat: Box::new(parse_quote!(#ident)),
        });
    }
    for (offset, part) in form.parts.iter().enumerate() {
        let ident = format_ident!("{}", part.ident);
        send.block.stmts.insert(
            at + 1 + offset,
            parse_quote!(let #ident = #ident.map_err(Error::InvalidRequest)?;),
        );
    }
    Ok(())
}

/// The statements that build the form, in the parts' wire order, after
/// the URL: `form` is what the request is built from.
pub fn form_statements(form: &Form) -> Vec<Stmt> {
    if !form.is_multipart() {
        return urlencoded_statements(form);
    }
    let mut stmts: Vec<Stmt> =
        vec![parse_quote!(let mut form = vendor_clients_core::__private::Form::new(&OPERATION);)];
    for part in &form.parts {
        let ident = format_ident!("{}", part.ident);
        let wire = &part.wire_name;
        let content_type = match &part.content_type {
            Some(media_type) => quote!(Some(#media_type)),
            None => quote!(None),
        };
        let add = if part.is_file() {
            quote!(form.file(#wire, value, #content_type)?;)
        } else {
            quote!(form.text(#wire, &value, #content_type)?;)
        };
        stmts.push(if part.required {
            parse_quote!({ let value = #ident; #add })
        } else {
            parse_quote!(if let Some(value) = #ident { #add })
        });
    }
    stmts
}

/// An `application/x-www-form-urlencoded` form's statements: the fields
/// set, in wire order (`vendor_clients_core::__private::UrlEncodedForm`).
fn urlencoded_statements(form: &Form) -> Vec<Stmt> {
    let mut stmts: Vec<Stmt> = vec![parse_quote!(
        let mut form = vendor_clients_core::__private::UrlEncodedForm::new(&OPERATION);
    )];
    for part in &form.parts {
        let ident = format_ident!("{}", part.ident);
        let wire = &part.wire_name;
        stmts.push(if part.required {
            parse_quote!(form.field(#wire, &#ident)?;)
        } else {
            parse_quote!(if let Some(value) = #ident { form.field(#wire, &value)?; })
        });
    }
    stmts
}

/// `client.client.post(&url)..build()` -> `form.attach(client.client
/// .post(&url)..).build()`.
pub fn attach_form(chain: Expr) -> Result<Expr, String> {
    let Expr::MethodCall(call) = chain else {
        return Err("the request is not built by a method chain".into());
    };
    if call.method != "build" {
        return Err("the request chain does not end with `.build()`".into());
    }
    let receiver = call.receiver;
    Ok(parse_quote!(form.attach(#receiver).build()))
}

/// Sets the chain's `Accept` header to `value`: progenitor's replaced, or
/// one added.
pub fn set_accept(chain: &mut Expr, value: &str) -> Result<(), String> {
    struct Accept<'a>(&'a str, bool);
    impl VisitMut for Accept<'_> {
        fn visit_expr_method_call_mut(&mut self, call: &mut syn::ExprMethodCall) {
            visit_mut::visit_expr_method_call_mut(self, call);
            if call.method == "header"
                && call.args.len() == 2
                && quote!(#call).to_string().contains("header :: ACCEPT")
            {
                let value = self.0;
                call.args[1] = parse_quote!(::reqwest::header::HeaderValue::from_static(#value));
                self.1 = true;
            }
        }
    }
    let mut accept = Accept(value, false);
    accept.visit_expr_mut(chain);
    if accept.1 {
        return Ok(());
    }
    let Expr::MethodCall(call) = chain else {
        return Err("the request is not built by a method chain".into());
    };
    let receiver = &call.receiver;
    let with: Expr = parse_quote!(#receiver.header(
        ::reqwest::header::ACCEPT,
        ::reqwest::header::HeaderValue::from_static(#value),
    ));
    *call.receiver = with;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_accept_header_is_replaced_or_added() {
        let mut chain: Expr = parse_quote!(
            client
                .client
                .get(&url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json")
                )
                .build()
        );
        set_accept(&mut chain, "application/pdf").unwrap();
        let text = quote!(#chain).to_string();
        assert!(
            text.contains("\"application/pdf\"") && !text.contains("application/json"),
            "{text}"
        );
        let mut bare: Expr = parse_quote!(client.client.get(&url).build());
        set_accept(&mut bare, "application/json").unwrap();
        let text = quote!(#bare).to_string().replace(' ', "");
        assert!(
            text.ends_with(".get(&url).header(::reqwest::header::ACCEPT,::reqwest::header::HeaderValue::from_static(\"application/json\"),).build()"),
            "{text}"
        );
    }
}
