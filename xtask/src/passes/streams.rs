//! `x-pagination` -> a `.stream()` method on the operation's builder, driven
//! by `vendor_clients_core::__private::paginate`. How an operation pages is
//! read into the model (`model::paging`, which documents the extension).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::model::paging::{FieldPath, Pagination, Style};

/// An expression of type `Option<&Leaf>` reading `path` from `page`.
fn read_field(path: &FieldPath) -> TokenStream {
    let mut expr = quote!(Some(&page));
    for (name, optional) in &path.0 {
        let field = format_ident!("{name}");
        expr = if *optional {
            quote!(#expr.and_then(|x| x.#field.as_ref()))
        } else {
            quote!(#expr.map(|x| &x.#field))
        };
    }
    expr
}

/// The pattern that reads the page, offset or token `var` set on the
/// builder: a required parameter's field holds no `Option`.
fn set_value(var: &syn::Ident, required: bool) -> TokenStream {
    if required {
        quote!(Ok(#var))
    } else {
        quote!(Ok(Some(#var)))
    }
}

/// `first: .., set: ..,` of a numbered style (page numbers, offsets): the
/// number set on the builder as `param` starts the stream, and `set` puts
/// the next one there (`var` names it in the closures).
fn numbered_start(param: &syn::Ident, var: &str, required: bool) -> TokenStream {
    let private = quote!(vendor_clients_core::__private);
    let var = format_ident!("{var}");
    let set = set_value(&var, required);
    quote! {
        first: match &self.#param {
            #set => #private::PageNumber::page_number(#var),
            _ => None,
        },
        set: |builder, #var| builder.#param(#var),
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
    let items = match &pagination.items {
        Some(items) => {
            let items = format_ident!("{items}");
            quote!(page.#items)
        }
        None => quote!(page),
    };
    let number = |path: &Option<FieldPath>| match path {
        Some(path) => {
            let read = read_field(path);
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
                    let read = read_field(path);
                    quote!(Some(#read.and_then(#private::PageToken::page_token).is_some()))
                }
                None => quote!(None),
            };
            (
                {
                    let start = numbered_start(&param, "page", pagination.param_required);
                    quote!(#private::Paging::Page { #start })
                },
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
                {
                    let start = numbered_start(&param, "offset", pagination.param_required);
                    quote!(#private::Paging::Offset { #start })
                },
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
        Style::PageHeaders {
            param,
            page_header,
            pages_header,
        } => {
            let param = format_ident!("{param}");
            (
                {
                    let start = numbered_start(&param, "page", pagination.param_required);
                    quote!(#private::Paging::PageHeaders {
                        #start
                        page: #page_header,
                        pages: #pages_header,
                    })
                },
                quote!(#private::PageSignals::default()),
                "Pages are asked for by number, from the page set on this builder (or the \
                 first), and the response headers say which page came and how many there are; \
                 the stream ends after the last page, an empty page, a page without those \
                 headers (a server that does not page sends everything at once) or a `404` for \
                 a page after the first (a short page is not the end: the server may cap the \
                 page size), and with an `ErrorKind::RepeatedPage` error if a page has the same \
                 items as the page before (a server ignoring the page asked for).",
            )
        }
        Style::Cursor { param, next_cursor } => {
            let param = format_ident!("{param}");
            let read = read_field(next_cursor);
            let set = set_value(&format_ident!("token"), pagination.param_required);
            (
                quote!(#private::Paging::Cursor {
                    first: match &self.#param {
                        #set => Some(token.to_string()),
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
                    (#items, signals)
                },
            )
        }
    })
    .map_err(|e| format!("generated stream(): {e}"))
}
