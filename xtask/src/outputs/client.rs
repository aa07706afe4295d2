//! `src/generated.rs` of a vendor crate: progenitor's client (run by
//! `passes::shared::progenitor`), adapted to the shared runtime by the
//! `adapt` pass, with the `streams` pass's `.stream()` on paged builders
//! and the `docs` pass's documentation; formatted.

use serde_json::Value;

use crate::model::spec;
use crate::passes::shared::progenitor;
use crate::passes::{adapt, docs, features, streams};

/// What differs per vendor in the generated code, besides its spec.
pub struct Options {
    /// Number fields take numeric strings, as the vendor SDK does.
    pub lenient_numbers: bool,
    /// The vendor crate as Rust code names it (`kinow_client`), for doc
    /// examples.
    pub crate_ident: String,
    /// The vendor's API and how much of it, for the `Client` docs (`Kimai API (all 12 SDK classes)`).
    pub api: String,
}

/// Generates and formats the client for `spec`. Errors name `spec_name`
/// and, where progenitor fails on one operation, that operation.
#[cfg(test)]
pub fn client_code(spec_name: &str, spec: &Value, options: &Options) -> Result<String, String> {
    client(spec_name, spec, options).map(|(code, _)| code)
}

/// The client for `spec`, formatted, with each API group's code behind its
/// feature (the `features` pass), and the gates the mock and the spec tests
/// follow.
pub fn client(
    spec_name: &str,
    spec: &Value,
    options: &Options,
) -> Result<(String, features::Gates), String> {
    let mut file = progenitor::client(spec_name, spec)?;
    let operations = spec::operations_by_id(spec).map_err(|e| format!("{spec_name}: {e}"))?;
    let error_body = spec::error_body(spec);
    let docs = crate::model::openapi::operations(spec)
        .iter()
        .filter_map(|op| {
            let id = op.id()?;
            let doc = docs::operation_doc(
                spec,
                op,
                operations.get(id)?,
                &options.crate_ident,
                error_body.as_deref(),
            );
            Some((id.to_string(), doc))
        })
        .collect();
    adapt::adapt(
        &mut file,
        &adapt::Settings {
            operations: &operations,
            error_body,
            lenient_numbers: options.lenient_numbers,
            variant_names: spec::variant_names(spec),
            sensitive_fields: spec::sensitive_fields(spec),
            docs,
            client_doc: docs::client_doc(&options.api),
            stream_method: streams::stream_method,
        },
    )
    .map_err(|e| format!("{spec_name}: adapting progenitor's output: {e}"))?;
    let gates = features::gate_client(&mut file, &spec::operation_features(spec));
    Ok((prettyplease::unparse(&file), gates))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};

    fn options() -> Options {
        Options {
            lenient_numbers: false,
            crate_ident: "t_client".into(),
            api: "T".into(),
        }
    }

    fn spec_with(responses: Value) -> Value {
        serde_json::json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {"/things": {"get": {"operationId": "list_things", "responses": responses}}},
            "components": {"schemas": {
                "A": {"type": "object", "properties": {"a": {"type": "string"}}},
                "B": {"type": "array", "items": {"type": "string"}}
            }}
        })
    }

    fn json_body(schema: &str) -> Value {
        serde_json::json!({"description": "d", "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{schema}")}}}})
    }

    #[test]
    fn generates_formatted_code() {
        let code = client_code(
            "specs/t.yaml",
            &spec_with(serde_json::json!({"200": json_body("A")})),
            &options(),
        )
        .unwrap();
        assert!(code.contains("pub fn list_things(&self)"), "{code}");
        // `JsonSchema` only with the `schemars` feature.
        assert!(
            code.contains(r#"#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]"#),
            "{code}"
        );
        assert_eq!(
            code.matches("schemars::JsonSchema").count(),
            code.matches(r#"#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]"#)
                .count(),
            "an unconditional JsonSchema: {code}"
        );
        // prettyplease output, not one long token line.
        assert!(code.lines().count() > 50);
    }

    #[test]
    fn a_progenitor_panic_is_an_error_naming_spec_and_operation() {
        // A JSON body without a schema: progenitor panics (`todo!`) on this.
        let spec = spec_with(
            serde_json::json!({"200": {"description": "d", "content": {"application/json": {}}}}),
        );
        let error = client_code("specs/t.yaml", &spec, &options()).unwrap_err();
        assert!(
            error.starts_with(
                "specs/t.yaml: operation list_things (GET /things): progenitor: panicked"
            ),
            "{error}"
        );
    }

    #[test]
    fn a_field_with_a_default_decodes_null_as_it() {
        let mut spec = spec_with(serde_json::json!({"200": json_body("A")}));
        spec["components"]["schemas"]["A"]["properties"]["mode"] =
            serde_json::json!({"type": "string", "enum": ["FAST", "SLOW"], "default": "SLOW"});
        let code = client_code("specs/t.yaml", &spec, &options()).unwrap();
        assert!(
            code.contains(r#"#[serde(deserialize_with = "null_defaults::a_mode")]"#),
            "{code}"
        );
        assert!(
            code.contains("value.unwrap_or_else(defaults::a_mode)"),
            "{code}"
        );
    }

    #[test]
    fn output_is_the_same_on_every_run() {
        let spec = spec_with(serde_json::json!({"200": json_body("A")}));
        assert_eq!(
            client_code("s", &spec, &options()).unwrap(),
            client_code("s", &spec, &options()).unwrap()
        );
    }

    /// A spec that exercises every adaptation rule.
    fn rich_spec() -> Value {
        let json = |schema: &str| serde_json::json!({"description": "d", "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{schema}")}}}});
        serde_json::json!({
            "openapi": "3.0.3",
            "info": {"title": "T API", "version": "1"},
            "paths": {
                "/things/{id}": {"get": {
                    "operationId": "get_thing",
                    "summary": "Get a thing",
                    "parameters": [
                        {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}},
                        {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 500}},
                        {"name": "visibility", "in": "query", "schema": {"$ref": "#/components/schemas/Visibility"}}
                    ],
                    "responses": {"200": json("Thing"), "404": json("ErrorBody")}
                }},
                "/things": {
                    "post": {
                        "operationId": "make_thing",
                        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                        "responses": {"201": json("Thing")}
                    },
                    "get": {
                        "operationId": "list_things",
                        "x-pagination": {"style": "cursor", "items": "data", "cursor": "nextToken", "next_cursor": "nextToken"},
                        "parameters": [{"name": "nextToken", "in": "query", "schema": {"type": "string"}}],
                        "responses": {"200": json("ThingPage"), "204": {"description": "no page"}}
                    }
                }
            },
            "components": {"schemas": {
                "Thing": {"type": "object", "required": ["id"], "properties": {
                    "id": {"type": "integer"},
                    "count": {"type": "integer"},
                    "tags": {"type": "array", "items": {"type": "string"}},
                    "status": {"oneOf": [{"$ref": "#/components/schemas/Status"}, {"title": "Other", "type": "string"}]}
                }},
                "ThingPage": {"type": "object", "properties": {
                    "data": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
                    "nextToken": {"type": "string"}
                }},
                "Status": {"type": "string", "enum": ["ACTIVE"]},
                "Visibility": {"type": "string", "enum": ["1", "2"], "x-enum-varnames": ["Visible", "Hidden"]},
                "ErrorBody": {"type": "object", "properties": {"message": {"type": "string"}}}
            }}
        })
    }

    /// The generated code without whitespace, for robust substring checks.
    fn compact(lenient_numbers: bool) -> String {
        let options = Options {
            lenient_numbers,
            ..options()
        };
        let code = client_code("specs/t.yaml", &rich_spec(), &options).unwrap();
        code.split_whitespace().collect()
    }

    #[test]
    fn send_returns_the_crates_error_and_hands_the_request_to_the_runtime() {
        let code = compact(false);
        for expected in [
            "pubtypeError=vendor_clients_core::Error<types::ErrorBody>;",
            // Arguments are checked at once; the future holds what the request is built from.
            // The future owns what it needs: it can be spawned.
            "pubfnsend(self,)->impl::std::future::Future<Output=Result<ResponseValue<types::Thing>,Error>,>+::std::marker::Send+'static{letprepared=(move||->Result<_,Error>{letSelf{client,body,options}=self;",
            "returnOk((client,options,url,::std::boxed::Box::new(body)));})();asyncmove{let(client,options,url,body)=prepared?;",
            "vendor_clients_core::__private::execute(&client.client,&client.inner,&options,&GET_THING,||{client.client.get(&url)",
            // The query is written in one pass, in the spec's order, before the request.
            "letmutquery=vendor_clients_core::__private::Query::new(&GET_THING,url,);query.append(&progenitor_client::QueryParam::new(\"limit\",&limit))?;query.append(&progenitor_client::QueryParam::new(\"visibility\",&visibility),)?;leturl=query.finish();returnOk((client,options,url));",
            "staticGET_THING:vendor_clients_core::__private::Operation",
            "(200u16,vendor_clients_core::__private::Response::Success)",
            "(204u16,vendor_clients_core::__private::Response::SuccessWithoutBody(\"{}\"))",
            "(404u16,vendor_clients_core::__private::Response::Error)",
            "(201u16,vendor_clients_core::__private::Response::Success)",
        ] {
            assert!(code.contains(expected), "missing {expected}");
        }
        for absent in [
            "api-version",
            "pubfnnew(baseurl",
            "OperationInfo{",
            "client.exec(",
            // Every query parameter went to `Query`.
            ".query(",
        ] {
            assert!(!code.contains(absent), "still has {absent}");
        }
    }

    #[test]
    fn struct_builders_hold_their_fields_in_a_box() {
        let code = compact(false);
        for expected in [
            "pubstructThing(::std::boxed::Box<ThingFields>);",
            "structThingFields{",
            "Self(::std::boxed::Box::new(ThingFields{",
            "{self.0.id=value.try_into()",
            "fntry_from(value:Thing,)->::std::result::Result<Self,super::error::ConversionError>{letvalue=*value.0;",
        ] {
            assert!(code.contains(expected), "missing {expected}");
        }
    }

    #[test]
    fn arguments_are_checked_with_rules_in_words() {
        let code = compact(false);
        for expected in [
            "vendor_clients_core::__private::path_segment(&GET_THING,\"id\",&id.to_string())?",
            "vendor_clients_core::__private::range(&GET_THING,&limit,(1f64,500f64),\"limitmustbeanintegerfrom1to500\",)?;",
            "vendor_clients_core::__private::argument(&GET_THING,id)?",
            "\"idisrequired\"",
            "\"limitmustbeanintegerfrom1to500\"",
            "\"bodymustbeavalid`Thing`:{}\"",
        ] {
            assert!(code.contains(expected), "missing {expected}");
        }
        assert!(!code.contains("wasnotinitialized") && !code.contains("conversionto"));
    }

    #[test]
    fn names_read_as_the_vendors_words() {
        let code = compact(false);
        assert!(code.contains("vendor_clients_core::Tolerant<Status>"));
        assert!(!code.contains("pubenumThingStatus"), "the wrapper is gone");
        assert!(code.contains("Visible,") && code.contains("Hidden,") && !code.contains("X1"));
        assert!(code.contains("pubmodoperations{"));
        assert_eq!(code.matches("pubmodbuilder{").count(), 1, "typify's only");
        assert!(code.contains("->operations::GetThing{"));
    }

    #[test]
    fn builders_own_a_client_and_take_call_options() {
        let code = compact(false);
        for expected in [
            "pubstructGetThing{client:super::Client,",
            "options:vendor_clients_core::CallOptions,}",
            "implGetThing{pubfnnew(client:&super::Client)->Self{Self{client:::std::clone::Clone::clone(client),",
            "options:vendor_clients_core::CallOptions::new(),}}",
            "pubfnoptions(mutself,options:vendor_clients_core::CallOptions)->Self{self.options=options;self}",
            // The client's base URL is shared, not copied, by each builder.
            "pub(crate)baseurl:::std::sync::Arc<str>,",
        ] {
            assert!(code.contains(expected), "missing {expected}");
        }
        assert!(!code.contains("'a"), "no builder borrows the client");
    }

    #[test]
    fn responses_decode_as_the_sdk_does() {
        let strict = compact(false);
        assert!(strict.contains("deserialize_with=\"vendor_clients_core::de::null_as_default\""));
        assert!(!strict.contains("vendor_clients_core::de::lenient"));
        let lenient = compact(true);
        assert!(lenient.contains("deserialize_with=\"vendor_clients_core::de::lenient\""));
    }

    #[test]
    fn paged_operations_stream_and_operations_are_documented() {
        let code = compact(false);
        assert!(code.contains(
            "pubfnstream(self,)->vendor_clients_core::BoxStream<'static,Result<types::Thing,Error>>"
        ));
        assert!(code.contains("vendor_clients_core::__private::Paging::Cursor"));
        assert_eq!(code.matches("pubfnstream(").count(), 1);
        assert!(code.contains("#Parameters") && code.contains("`id`(**required**,path)"));
        assert!(code.contains("```no_run"));
    }

    /// The spec tests pass on the client pass's code: every group of tests.
    #[test]
    fn spec_tests_follow_the_spec_and_the_client() {
        let spec = serde_json::json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "servers": [{"url": "https://api.example/v2"}],
            // A camelCase path parameter: the template names it as the
            // wire does, the setter is snake case.
            "paths": {"/things/{thingId}": {"get": {
                "operationId": "get_thing",
                "parameters": [
                    {"name": "thingId", "in": "path", "required": true,
                     "schema": {"type": "string", "maxLength": 5}},
                    {"name": "limit", "in": "query",
                     "schema": {"type": "integer", "minimum": 1, "maximum": 10}}
                ],
                "responses": {"200": {"description": "d", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Thing"}}}}}
            }}},
            "components": {"schemas": {"Thing": {"type": "object", "required": ["id"],
                "properties": {
                    "id": {"type": "string"},
                    "count": {"type": "integer"},
                    "tags": {"type": "array", "items": {"type": "string"}}
                }}}}
        });
        let options = Options {
            lenient_numbers: true,
            crate_ident: "t_client".into(),
            api: "A".into(),
        };
        let code = client_code("specs/t.yaml", &spec, &options).unwrap();
        let vendor: crate::model::manifest::Vendor = toml::from_str(
            r#"name = "t"
               spec = "t.yaml"
               crate_dir = "t"
               crate_name = "t-client"
               base_url = ""
               auth = "x"
               sdk_coerces_numbers = true
               example_client = 'Client::builder("key")'"#,
        )
        .unwrap();
        let file = crate::passes::spec_tests::file(&vendor, "specs/t.yaml", &spec, &code).unwrap();
        for expected in [
            "const THING: Example<types::Thing>",
            "fn thing_without_count()",
            "fn thing_with_null_tags()",
            "fn thing_with_count_as_string()",
            "async fn get_thing_without_thing_id()",
            "async fn get_thing_thing_id_too_long()",
            "async fn get_thing_limit_below_minimum()",
            "async fn get_thing_limit_above_maximum()",
            "let value = 11",
            "\"limit must be an integer from 1 to 10\"",
            "async fn get_thing_thing_id()",
            "\"/v2/things/{thingId}\", \"thingId\", value",
            "Client::builder(\"key\")",
        ] {
            assert!(file.contains(expected), "no {expected:?} in:\n{file}");
        }
        // `id` is required: no test removes it or sets it null.
        assert!(!file.contains("fn thing_without_id()"), "{file}");
    }

    /// Two groups sharing a type, a type one group reaches (through an
    /// inline schema typify names), one nothing reaches, the error body.
    fn grouped_spec() -> Value {
        let json = |schema: &str| serde_json::json!({"description": "d", "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{schema}")}}}});
        serde_json::json!({
            "openapi": "3.0.3",
            "info": {"title": "T API", "version": "1"},
            "paths": {
                "/a": {"get": {
                    "operationId": "get_a", "tags": ["AlphaApi"],
                    "responses": {"200": json("Shared"), "404": json("ErrorBody")}
                }},
                "/b": {"post": {
                    "operationId": "make_b", "tags": ["BetaApi"],
                    "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/OnlyB"}}}},
                    "responses": {"200": json("Shared"), "404": json("ErrorBody")}
                }}
            },
            "components": {"schemas": {
                "Shared": {"type": "object", "properties": {"name": {"type": "string"}}},
                "OnlyB": {"type": "object", "properties": {
                    "inner": {"type": "object", "properties": {"mode": {"type": "string", "enum": ["FAST", "SLOW"], "default": "SLOW"}}},
                    "leaf": {"$ref": "#/components/schemas/Leaf"}
                }},
                "Leaf": {"type": "string", "enum": ["x", "y"]},
                "Unused": {"type": "object", "properties": {"n": {"type": "integer"}}},
                "ErrorBody": {"type": "object", "properties": {"message": {"type": "string"}, "detail": {"$ref": "#/components/schemas/Detail"}}},
                "Detail": {"type": "object", "properties": {"code": {"type": "string"}}}
            }}
        })
    }

    #[test]
    fn a_type_derives_what_its_side_of_the_wire_needs() {
        let (code, _) = client("specs/t.yaml", &grouped_spec(), &options()).unwrap();
        let file = syn::parse_file(&code).unwrap();
        let types = file
            .items
            .iter()
            .find_map(|i| match i {
                syn::Item::Mod(m) if m.ident == "types" => m.content.as_ref(),
                _ => None,
            })
            .unwrap();
        let derives = |name: &str| -> String {
            types
                .1
                .iter()
                .find_map(|i| match i {
                    syn::Item::Struct(s) if s.ident == name => Some(&s.attrs),
                    _ => None,
                })
                .unwrap_or_else(|| panic!("no {name}"))
                .iter()
                .map(|a| quote::quote!(#a).to_string().replace(' ', ""))
                .filter(|a| a.contains("derive"))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let plain = |d: &str, t: &str| {
            d.split(' ')
                .any(|a| a.starts_with("#[derive(") && a.contains(&format!("serde::{t}")))
        };
        let gated = |d: &str, t: &str, f: &str| {
            d.contains(&format!(
                "#[cfg_attr(any(feature=\"{f}\",feature=\"mock\"),derive(::serde::{t}))]"
            ))
        };
        // Sent only (make_b's body): Deserialize with its feature.
        let only_b = derives("OnlyB");
        assert!(
            plain(&only_b, "Serialize") && !plain(&only_b, "Deserialize"),
            "{only_b}"
        );
        assert!(gated(&only_b, "Deserialize", "deserialize"), "{only_b}");
        // Received only (the answers): Serialize with its feature.
        let shared = derives("Shared");
        assert!(
            plain(&shared, "Deserialize") && !plain(&shared, "Serialize"),
            "{shared}"
        );
        assert!(gated(&shared, "Serialize", "serialize"), "{shared}");
        // The error body: both, always.
        let error = derives("ErrorBody");
        assert!(
            plain(&error, "Serialize") && plain(&error, "Deserialize"),
            "{error}"
        );
    }

    #[test]
    fn an_optional_dependency_is_gated_by_the_groups_whose_code_names_it() {
        let mut spec = grouped_spec();
        // A uuid in a type only `make_b` (beta) reaches, a date in the error
        // body (every group's), and a field merely named like a crate.
        spec["components"]["schemas"]["OnlyB"]["properties"]["id"] =
            serde_json::json!({"type": "string", "format": "uuid"});
        spec["components"]["schemas"]["Detail"]["properties"]["at"] =
            serde_json::json!({"type": "string", "format": "date-time"});
        spec["components"]["schemas"]["Shared"]["properties"]["regress"] =
            serde_json::json!({"type": "string"});
        let (_, gates) = client("specs/t.yaml", &spec, &options()).unwrap();
        let beta = BTreeSet::from(["beta".to_string()]);
        assert_eq!(gates.of_dependency("uuid"), Some(Some(&beta)));
        assert_eq!(gates.of_dependency("chrono"), Some(None), "always");
        assert_eq!(
            gates.of_dependency("regress"),
            None,
            "a field's name is no use"
        );
    }

    /// The `cfg` of each item of the generated code, by where it is
    /// (`types::Shared`, `types::builder::Shared`, `impl types::Shared`,
    /// `Client::get_a`, `operations::GetA`, `arm get_a`); several items at
    /// one place give several entries.
    fn cfgs(code: &str) -> BTreeMap<String, Vec<String>> {
        fn cfg(attrs: &[syn::Attribute]) -> String {
            attrs
                .iter()
                .filter(|a| a.path().is_ident("cfg"))
                .map(|a| quote::quote!(#a).to_string().replace(' ', ""))
                .collect::<Vec<_>>()
                .join(" ")
        }
        fn walk(prefix: &str, items: &[syn::Item], out: &mut BTreeMap<String, Vec<String>>) {
            for item in items {
                let (place, attrs) = match item {
                    syn::Item::Struct(i) => (format!("{prefix}{}", i.ident), &i.attrs),
                    syn::Item::Enum(i) => (format!("{prefix}{}", i.ident), &i.attrs),
                    syn::Item::Static(i) => (format!("{prefix}{}", i.ident), &i.attrs),
                    syn::Item::Fn(i) => {
                        if i.sig.ident == "__decode_response" {
                            for stmt in &i.block.stmts {
                                if let syn::Stmt::Expr(syn::Expr::Match(m), _) = stmt {
                                    for arm in &m.arms {
                                        let pat = &arm.pat;
                                        let key = format!("arm {}", quote::quote!(#pat));
                                        out.entry(key).or_default().push(cfg(&arm.attrs));
                                    }
                                }
                            }
                        }
                        (format!("{prefix}{}", i.sig.ident), &i.attrs)
                    }
                    syn::Item::Impl(i) => {
                        let ty = &i.self_ty;
                        let ty = quote::quote!(#ty).to_string().replace(' ', "");
                        let ty = ty.trim_start_matches("super::");
                        if ty == "Client" {
                            for inner in &i.items {
                                if let syn::ImplItem::Fn(f) = inner {
                                    out.entry(format!("Client::{}", f.sig.ident))
                                        .or_default()
                                        .push(cfg(&f.attrs));
                                }
                            }
                        }
                        (format!("impl {prefix}{ty}"), &i.attrs)
                    }
                    syn::Item::Mod(m) => {
                        if let Some((_, inner)) = &m.content {
                            walk(&format!("{prefix}{}::", m.ident), inner, out);
                        }
                        continue;
                    }
                    _ => continue,
                };
                out.entry(place).or_default().push(cfg(attrs));
            }
        }
        let file = syn::parse_file(code).unwrap();
        let mut out = BTreeMap::new();
        walk("", &file.items, &mut out);
        out
    }

    #[test]
    fn each_group_compiles_its_operations_and_the_types_they_reach() {
        let (code, gates) = client("specs/t.yaml", &grouped_spec(), &options()).unwrap();
        let cfgs = cfgs(&code);
        let alpha = r#"#[cfg(feature="alpha")]"#;
        let beta = r#"#[cfg(feature="beta")]"#;
        let both = r#"#[cfg(any(feature="alpha",feature="beta"))]"#;
        let never = "#[cfg(any())]";
        let all_are = |place: &str, expected: &str| {
            let found = cfgs
                .get(place)
                .unwrap_or_else(|| panic!("no {place} in {cfgs:#?}"));
            assert!(
                found.iter().all(|c| c == expected),
                "{place}: {found:?}, expected {expected}"
            );
        };
        // Types: shared by both groups, one group's (also through typify's
        // own name for the inline schema, and a field default), none.
        for place in [
            "types::Shared",
            "types::builder::Shared",
            "impl types::Shared",
        ] {
            all_are(place, both);
        }
        for place in [
            "types::OnlyB",
            "types::builder::OnlyB",
            "types::OnlyBInner",
            "types::OnlyBInnerMode",
            "types::Leaf",
            "impl types::Leaf",
            "types::defaults::only_b_inner_mode",
        ] {
            all_are(place, beta);
        }
        for place in ["types::Unused", "types::builder::Unused"] {
            all_are(place, never);
        }
        // The error body and what it reaches: always.
        for place in [
            "types::ErrorBody",
            "types::Detail",
            "types::builder::Detail",
        ] {
            all_are(place, "");
        }
        assert!(
            cfgs.keys()
                .all(|k| !k.starts_with("types::error::") || cfgs[k].iter().all(String::is_empty))
        );
        // Each operation's builder, static, method and decoding.
        for place in [
            "operations::GetA",
            "impl operations::GetA",
            "operations::GET_A",
            "Client::get_a",
            r#"arm "get_a""#,
        ] {
            all_are(place, alpha);
        }
        for place in [
            "operations::MakeB",
            "impl operations::MakeB",
            "operations::MAKE_B",
            "Client::make_b",
            r#"arm "make_b""#,
        ] {
            all_are(place, beta);
        }
        for place in ["Client", "impl Client", "arm _"] {
            all_are(place, "");
        }
        assert_eq!(
            gates.of_type("Shared").map(|g| g.len()),
            Some(2),
            "the gates the mock and the tests follow"
        );
    }

    #[test]
    fn an_operation_of_two_groups_compiles_with_either() {
        let mut spec = grouped_spec();
        spec["paths"]["/a"]["get"]["tags"] = serde_json::json!(["AlphaApi", "GammaApi"]);
        let (code, _) = client("specs/t.yaml", &spec, &options()).unwrap();
        let cfgs = cfgs(&code);
        assert_eq!(
            cfgs["Client::get_a"],
            [r#"#[cfg(any(feature="alpha",feature="gamma"))]"#]
        );
        assert_eq!(
            cfgs["types::Shared"],
            [r#"#[cfg(any(feature="alpha",feature="beta",feature="gamma"))]"#]
        );
    }

    #[test]
    fn what_progenitor_cannot_generate_is_generated_from_the_spec() {
        let spec = crate::model::bodies::tests::mechanisms_spec();
        let (code, _) = client("specs/t.yaml", &spec, &options()).unwrap();
        let code: String = code.split_whitespace().collect();
        for expected in [
            // A form: one setter per part, the form built in the spec's order.
            "pubstructImportThings{client:super::Client,mapping:Result<Option<types::Mapping>,String>,owner_id:Result<Option<i64>,String>,file:Result<vendor_clients_core::File,String>,",
            "file:Err(\"fileisrequired\".to_string())",
            "pubfnfile<V>(mutself,value:V)->SelfwhereV:std::convert::TryInto<vendor_clients_core::File>,",
            "vendor_clients_core::__private::range(&IMPORT_THINGS,&owner_id,",
            "letmutform=vendor_clients_core::__private::Form::new(&IMPORT_THINGS);ifletSome(value)=mapping{form.text(\"mapping\",&value,None)?;}ifletSome(value)=owner_id{form.text(\"ownerId\",&value,None)?;}{letvalue=file;form.file(\"file\",value,Some(\"text/csv\"))?;}",
            "returnOk((client,options,url,::std::boxed::Box::new(form)));",
            "vendor_clients_core::__private::Upload::new(&form,||{form.attach(client.client.post(&url)",
            // A url-encoded form: one setter per field, encoded by the runtime
            // in the spec's order, the bytes sent again as they are.
            "pubstructCreatePlaylist{client:super::Client,customer_id:Result<i64,String>,name:Result<::std::string::String,String>,notify:Result<Option<bool>,String>,",
            "letmutform=vendor_clients_core::__private::UrlEncodedForm::new(&CREATE_PLAYLIST,);form.field(\"customer_id\",&customer_id)?;form.field(\"name\",&name)?;ifletSome(value)=notify{form.field(\"notify\",&value)?;}",
            "&CREATE_PLAYLIST,||{form.attach(client.client.post(&url)",
            // A download: the crate's `Download`, asked for as the spec says.
            "pubtypeDownload=vendor_clients_core::Download<types::Problem>;",
            "Output=Result<ResponseValue<Download>,Error>",
            ".get(&url).header(::reqwest::header::ACCEPT,::reqwest::header::HeaderValue::from_static(\"application/json\",),)",
            // A value by status.
            "pubenumSendMailResponse{///`201`:dCreated(Thing),///`202`:dAccepted(Later),///`204`:noneNoContent,}",
            "201u16=>::serde_json::from_slice(body).map(Self::Created),",
            "204u16=>Ok(Self::NoContent),",
            "Output=Result<ResponseValue<types::SendMailResponse>,Error>",
            "(204u16,vendor_clients_core::__private::Response::SuccessWithoutBody(\"null\"),)",
            // Error bodies of their own; the usual one is the most documented.
            "pubtypeError=vendor_clients_core::Error<types::Problem>;",
            "(400u16,vendor_clients_core::__private::Response::ErrorBody(vendor_clients_core::__private::error_body::<types::Failed>,),)",
            "(404u16,vendor_clients_core::__private::Response::Error)",
            "(422u16,vendor_clients_core::__private::Response::ErrorBody(vendor_clients_core::__private::error_body::<::std::string::String>,),)",
            "`error_body_as::<types::Failed>()`",
        ] {
            assert!(code.contains(expected), "missing {expected}");
        }
    }
}
