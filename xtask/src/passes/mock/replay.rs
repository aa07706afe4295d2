//! The wire tests' glue (`tests/support/mock_replay/`): for each fixture,
//! the vendor's typed mock (`<crate>::mock`, see `server`) set up from the
//! fixture's request (path parameters, query, body) and answering its
//! response, so that `WireTest` serves every wire test through it. The glue
//! reads each value with the setter's own type from the fixture
//! (`Fixture::path_param`, `query`, `request_body`, `response_body` in
//! `tests/support/lib.rs`).

use std::path::Path;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::visit_mut::{self, VisitMut};
use syn::{File, parse_quote};

use crate::model::manifest::{MANIFEST, Vendor};
use crate::model::names::OPTIONAL_DEPENDENCIES;
use crate::passes::mock::server::{Argument, OperationMock, generic_arg};
use crate::passes::shared::file::{Output, do_not_edit};

/// `mock_replay.rs` (one `serve` for every vendor) and `mock_replay/<vendor>.rs`.
pub const DIR: &str = "tests/support/mock_replay";

/// `tests/support/mock_replay/<vendor>.rs`.
pub fn vendor_glue(
    vendor: &Vendor,
    spec_name: &str,
    operations: &[OperationMock],
) -> Result<Output, String> {
    let file = glue(operations, &vendor.name).map_err(|e| format!("{spec_name}: mock: {e}"))?;
    Ok(Output {
        path: Path::new(DIR).join(format!("{}.rs", vendor.name)),
        contents: format!(
            "{}\n//! `{}` fixtures served through the typed mock.\n\n{}",
            do_not_edit("//", spec_name),
            vendor.name,
            prettyplease::unparse(&file)
        ),
    })
}

/// `tests/support/mock_replay.rs`: one `serve` for every vendor's fixtures.
pub fn dispatch(vendors: &[&Vendor]) -> Output {
    let modules = vendors.iter().map(|v| format_ident!("{}", v.name));
    let names = vendors.iter().map(|v| v.name.as_str());
    let modules2 = modules.clone();
    let file: File = parse_quote! {
        #(mod #modules;)*

        use httpmock::{Mock, MockServer};

        use crate::Fixture;

        /// Sets up the typed mock (`<vendor crate>::mock`) of the fixture's
        /// operation from the fixture's request, answering its response.
        pub fn serve<'a>(vendor: &str, server: &'a MockServer, fixture: &Fixture) -> Mock<'a> {
            match vendor {
                #(#names => #modules2::serve(server, fixture),)*
                other => panic!("no vendor {other} in specs/vendors.toml"),
            }
        }
    };
    Output {
        path: Path::new(DIR).with_extension("rs"),
        contents: format!(
            "{}\n//! Fixtures served through each vendor's typed mock (`<vendor crate>::mock`),\n\
             //! set up from the fixture's request: what `WireTest` answers with.\n\n{}",
            do_not_edit("//", MANIFEST),
            prettyplease::unparse(&file)
        ),
    }
}

/// The wire tests' glue: `serve(server, fixture)` sets up the typed mock of
/// the fixture's operation from its request and answers its response.
fn glue(mocks: &[OperationMock], facade_name: &str) -> Result<File, String> {
    let api = format_ident!("{facade_name}");
    let mut arms = Vec::new();
    for mock in mocks {
        let id = &mock.id;
        let method = format_ident!("{id}");
        let template = &mock.path;
        let setters = mock.when.iter().map(|(name, param, argument)| {
            let wire = &param.wire_name;
            let owned = |ty: &syn::Type| -> syn::Type {
                let mut ty = ty.clone();
                if quote!(#ty).to_string() == "str" {
                    ty = parse_quote!(String);
                }
                ApiPaths.visit_type_mut(&mut ty);
                ty
            };
            let (ty, optional) = match argument {
                Argument::Value(t) | Argument::Ref(t) => (owned(t), false),
                Argument::OptionRef(t) | Argument::IntoOption(t) | Argument::IntoOptionRef(t) => {
                    (owned(t), true)
                }
            };
            let is_file = quote!(#ty).to_string().replace(' ', "") == "vendor_clients_core::File";
            let value: TokenStream = match param.location.as_str() {
                "path" => quote!(fixture.path_param::<#ty>(#template, #wire)),
                "part" if is_file && optional => quote!(fixture.optional_part_file(#wire)),
                "part" if is_file => quote!(fixture.part_file(#wire)),
                "part" if optional => quote!(fixture.optional_part::<#ty>(#wire)),
                "part" => quote!(fixture.part::<#ty>(#wire)),
                "field" if optional => quote!(fixture.optional_form_field::<#ty>(#wire)),
                "field" => quote!(fixture.form_field::<#ty>(#wire)),
                "query" => {
                    let read = match generic_arg(ty.clone(), "Vec") {
                        Some(item) => quote!(fixture.query_list::<#item>(#wire)),
                        None => quote!(fixture.query::<#ty>(#wire)),
                    };
                    if optional {
                        read
                    } else {
                        let message = format!("the fixture has no {wire} query parameter");
                        quote!(#read.expect(#message))
                    }
                }
                _ if optional => quote!(fixture.optional_request_body::<#ty>()),
                _ => quote!(fixture.request_body::<#ty>()),
            };
            let passed = match argument {
                Argument::Value(_) | Argument::IntoOption(_) => value,
                Argument::Ref(_) => quote!(&#value),
                Argument::OptionRef(_) => quote!(#value.as_ref()),
                Argument::IntoOptionRef(t) if quote!(#t).to_string() == "str" => {
                    quote!(#value.as_deref())
                }
                Argument::IntoOptionRef(_) => quote!(#value.as_ref()),
            };
            quote!(.#name(#passed))
        });
        let statuses = mock.then.iter().map(|(status, (helper, body))| match body {
            None if mock.download == Some(*status) => quote!(#status => {
                then.#helper(
                    &fixture.response_content_type(),
                    fixture.response_file_name().as_deref(),
                    &fixture.response_bytes(),
                );
            }),
            Some(Argument::Ref(body)) => {
                let mut body = body.clone();
                ApiPaths.visit_type_mut(&mut body);
                quote!(#status => { then.#helper(&fixture.response_body::<#body>()); })
            }
            Some(body) => {
                let mut body = body.ty().clone();
                ApiPaths.visit_type_mut(&mut body);
                quote!(#status => { then.#helper(fixture.response_body::<#body>()); })
            }
            None => quote!(#status => { then.#helper(); }),
        });
        let when = if mock.when.is_empty() {
            quote!(_when)
        } else {
            quote!(when)
        };
        let setters = if mock.when.is_empty() {
            quote!()
        } else {
            quote!(when #(#setters)*;)
        };
        let undocumented = format!("{{}}: {{status}} is not a documented status of {id}");
        arms.push(quote! {
            #id => server.#method(|#when, then| {
                #setters
                match fixture.response.status {
                    #(#statuses)*
                    status => panic!(#undocumented, fixture.operation),
                }
            }),
        });
    }
    let doc = format!(
        "Sets up the typed mock (`{facade_name}::mock`) of the fixture's operation from the fixture's request, answering its response."
    );
    let no_such_operation = format!("{facade_name} has no operation {{other}}");
    syn::parse2(quote! {
        use httpmock::{Mock, MockServer};
        use vendor_clients::#api as api;
        use api::mock::MockServerExt as _;

        use crate::Fixture;

        #[doc = #doc]
        pub fn serve<'a>(server: &'a MockServer, fixture: &Fixture) -> Mock<'a> {
            match fixture.operation_id() {
                #(#arms)*
                other => panic!(#no_such_operation),
            }
        }
    })
    .map_err(|e| format!("replay glue: {e}"))
}

/// Names the vendor crate's items from outside it: `types::X` ->
/// `api::types::X`, `::uuid::Uuid` -> `api::uuid::Uuid` (the crate re-exports
/// the crates its types use).
struct ApiPaths;

impl VisitMut for ApiPaths {
    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        let first = path.segments.first().map(|s| s.ident.to_string());
        let reexported = path.leading_colon.is_some()
            && first
                .as_deref()
                .is_some_and(|first| OPTIONAL_DEPENDENCIES.contains(&first));
        if reexported || (path.leading_colon.is_none() && first.as_deref() == Some("types")) {
            path.leading_colon = None;
            path.segments.insert(0, parse_quote!(api));
        }
        visit_mut::visit_path_mut(self, path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::passes::mock::server::mock_code;
    use serde_json::json;

    #[test]
    fn the_replay_glue_reads_each_parameter_from_the_fixture() {
        let spec = crate::passes::mock::server::tests::get_thing(
            json!({"200": crate::passes::mock::server::tests::json_body("Thing", "application/json")}),
        );
        let glue = glue(&mock_code("specs/t.yaml", &spec).unwrap().operations, "t")
            .map(|f| prettyplease::unparse(&f))
            .unwrap();
        let code: String = glue.split_whitespace().collect();
        for expected in [
            r#"when.thing_id(&fixture.path_param::<String>("/things/{thing_id}.json","thing_id")"#,
            r#".tags(fixture.query_list::<::std::string::String>("tags").as_ref()"#,
            "200u16=>{then.ok(&fixture.response_body::<api::types::Thing>());}",
        ] {
            assert!(code.contains(expected), "{expected} in {glue}");
        }
    }
}
