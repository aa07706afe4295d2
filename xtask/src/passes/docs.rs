//! The documentation users read on each operation, written from the spec:
//! what the operation does, each parameter (required or not, its meaning,
//! format, units, default), what it returns and which error statuses the
//! vendor documents, and an example that compiles (a doc test).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde_json::Value;

use crate::model::bodies::{self, Success};
use crate::model::names::{rust_ident, type_name};
use crate::model::openapi::{OperationRef, required_properties, resolve, resolve_schema};
use crate::model::spec::{Operation, Response};

/// A value the setter of a parameter of `schema` accepts, as Rust source,
/// for examples; `None` where no literal fits.
pub fn example_value(spec: &Value, schema: &Value) -> Option<String> {
    let schema = resolve_schema(spec, schema);
    if let Some(example) = schema.get("example") {
        return literal(schema, example);
    }
    if let Some(first) = schema
        .get("enum")
        .and_then(Value::as_array)
        .and_then(|e| e.first())
    {
        return literal(schema, first);
    }
    match schema.get("type").and_then(Value::as_str)? {
        "string" => {
            let format = schema.get("format").and_then(Value::as_str);
            let min = schema.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
            Some(match format {
                Some("uuid") => "\"3f1c2b9e-8a4d-4e5f-9c7b-1a2b3c4d5e6f\"".into(),
                Some("date" | "date-time") => return None,
                _ => format!("{:?}", "example".repeat(min.div_ceil(7).max(1))),
            })
        }
        "integer" => {
            let min = schema.get("minimum").and_then(Value::as_i64).unwrap_or(1);
            Some(format!("{}", min.max(1)))
        }
        "number" => Some("1.5".into()),
        "boolean" => Some("true".into()),
        _ => None,
    }
}

fn literal(schema: &Value, value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(format!("{s:?}")),
        Value::Number(n) if schema.get("type").and_then(Value::as_str) == Some("number") => {
            Some(format!("{}", n.as_f64()?))
        }
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// The `Client` type's documentation: how to get one, where the rest is.
pub fn client_doc(api: &str) -> String {
    format!(
        "A client for the {api}: one method per operation, named after the vendor \
         SDK's method, each returning a request builder whose `send()` makes the call.\n\n\
         Build one with `Client::builder(..)` (the vendor's credentials; see the crate \
         documentation), which also sets the base URL, timeouts, retries and limits. A \
         `Client` is cheap to clone and meant to be shared: it holds one connection pool.\n\n\
         See the [crate documentation](crate) for a guide: a call, paging, errors, \
         retries, testing.",
        api = api
    )
}

/// A value of a `oneOf` component (`krate::types::Name`), its first
/// variant, as Rust source: typify's externally tagged variant for an object
/// of one property (`AddContactToList::Emails(vec![..])`), else its newtype
/// variant named by its title (`ContactIdentifier::Email(..)`); `None` where
/// no value is written.
fn one_of_example(spec: &Value, schema: &Value, krate: &str) -> Option<String> {
    let component = schema.get("$ref")?.as_str()?.rsplit('/').next()?;
    let first = resolve_schema(spec, schema)
        .get("oneOf")?
        .as_array()?
        .first()?;
    let first = resolve_schema(spec, first);
    let (variant, value) = match first.get("properties").and_then(Value::as_object) {
        Some(properties) if properties.len() == 1 => {
            let (name, property) = properties.iter().next()?;
            (type_name(name), owned_value(spec, property)?)
        }
        _ => (
            type_name(first.get("title")?.as_str()?),
            owned_value(spec, first)?,
        ),
    };
    Some(format!(
        "{krate}::types::{}::{variant}({value})",
        type_name(component)
    ))
}

/// An owned value of `schema` as Rust source (`String`, `Vec`), for a
/// variant of a `oneOf`.
fn owned_value(spec: &Value, schema: &Value) -> Option<String> {
    let schema = resolve_schema(spec, schema);
    match schema.get("type").and_then(Value::as_str)? {
        "array" => {
            let item = owned_value(spec, schema.get("items")?)?;
            Some(format!("vec![{item}]"))
        }
        "string" if schema.get("enum").is_none() && schema.get("format").is_none() => {
            Some(format!("{}.to_string()", example_value(spec, schema)?))
        }
        "string" => None,
        _ => example_value(spec, schema),
    }
}

/// The builder calls of an example: every required parameter, and the
/// required plain fields of a required body (one variant of a `oneOf` body,
/// or the required parts of a form, a file from bytes of `krate`'s `File`).
pub fn example_call(spec: &Value, op: &OperationRef, krate: &str) -> String {
    let mut call = format!("client\n    .{}()", op.id().unwrap_or_default());
    for param in parameters(spec, op) {
        if param.get("required").and_then(Value::as_bool) != Some(true) {
            continue;
        }
        let (Some(name), Some(schema)) = (
            param.get("name").and_then(Value::as_str),
            param.get("schema"),
        ) else {
            continue;
        };
        if let Some(value) =
            example_value(spec, schema).or_else(|| one_of_example(spec, schema, krate))
        {
            let _ = write!(call, "\n    .{}({value})", rust_ident(name));
        }
    }
    let body_required = op
        .operation
        .pointer("/requestBody/required")
        .and_then(Value::as_bool)
        == Some(true);
    if let Some(schema) = op
        .operation
        .pointer("/requestBody/content/application~1json/schema")
        .filter(|_| body_required)
    {
        if resolve(spec, schema).get("oneOf").is_some() {
            // An enum (typify makes no field-by-field builder for it).
            if let Some(value) = one_of_example(spec, schema, krate) {
                let _ = write!(call, "\n    .body({value})");
            }
            call.push_str("\n    .send()\n    .await?");
            return call;
        }
        let schema = resolve(spec, schema);
        let mut fields = String::new();
        for name in required_properties(schema) {
            let Some(property) = schema.pointer(&format!("/properties/{name}")) else {
                continue;
            };
            let property = resolve(spec, property);
            // A plain string field's setter takes `String`.
            let value = match (
                property.get("type").and_then(Value::as_str),
                example_value(spec, property),
            ) {
                (Some("string"), Some(v))
                    if property.get("enum").is_none() && property.get("format").is_none() =>
                {
                    format!("{v}.to_string()")
                }
                (_, Some(v)) => v,
                (_, None) => continue,
            };
            let _ = write!(fields, ".{}({value})", rust_ident(name));
        }
        let _ = write!(call, "\n    .body_map(|body| body{fields})");
    }
    for part in bodies::form(spec, op)
        .map(|form| form.parts)
        .unwrap_or_default()
        .iter()
        .filter(|part| part.required)
    {
        let value = match &part.value {
            None => format!("{krate}::File::from_bytes(\"example.txt\", \"example\")"),
            Some(ty) if ty.starts_with("types::") => format!("{krate}::{ty}::builder()"),
            Some(_) => match example_value(spec, &part.schema) {
                Some(value) => value,
                None => continue,
            },
        };
        let _ = write!(call, "\n    .{}({value})", part.ident);
    }
    call.push_str("\n    .send()\n    .await?");
    call
}

fn text<'a>(value: &'a Value, key: &str) -> Option<&'a str> {
    value.get(key).and_then(Value::as_str).map(str::trim)
}

fn parameters<'a>(spec: &'a Value, op: &'a OperationRef) -> Vec<&'a Value> {
    op.path_item_parameters(spec)
        .and_then(Value::as_array)
        .into_iter()
        .chain(op.operation.get("parameters").and_then(Value::as_array))
        .flatten()
        .map(|p| resolve(spec, p))
        .collect()
}

/// The doc comment of the `Client` method of one operation.
pub fn operation_doc(
    spec: &Value,
    op: &OperationRef,
    operation: &Operation,
    krate: &str,
    error_body: Option<&str>,
) -> String {
    let mut doc = String::new();
    if let Some(summary) = text(op.operation, "summary") {
        let _ = writeln!(doc, "{summary}.\n");
    }
    if let Some(description) = text(op.operation, "description") {
        let _ = writeln!(doc, "{description}\n");
    }
    let _ = writeln!(doc, "`{} {}`", operation.method, operation.path);
    let params = parameters(spec, op);
    let body = op
        .operation
        .get("requestBody")
        .filter(|_| operation.form.is_none());
    if !params.is_empty() || body.is_some() || operation.form.is_some() {
        doc.push_str("\n# Parameters\n\nSet each on the returned builder; `send()` checks them before sending anything.\n\n");
    }
    for param in params {
        let Some(name) = text(param, "name") else {
            continue;
        };
        let required = param.get("required").and_then(Value::as_bool) == Some(true);
        let ident = rust_ident(name);
        let place = text(param, "in").unwrap_or("query");
        let _ = write!(
            doc,
            "- `{ident}` ({}, {place}{}): ",
            if required { "**required**" } else { "optional" },
            if ident == name {
                String::new()
            } else {
                format!(" `{name}`")
            },
        );
        if let Some(description) = text(param, "description") {
            let _ = write!(doc, "{}. ", description.trim_end_matches('.'));
        }
        if let Some(rule) = operation.params.get(&ident) {
            let rule = rule
                .rule
                .strip_prefix(&format!("{ident} must be "))
                .unwrap_or(&rule.rule);
            let _ = write!(doc, "Must be {rule}.");
        }
        let default = param.pointer("/schema/default").or_else(|| {
            param
                .get("schema")
                .and_then(|s| resolve_schema(spec, s).get("default"))
        });
        if let Some(default) = default {
            let _ = write!(doc, " The server's default: `{default}`.");
        }
        doc.push('\n');
    }
    if let Some(body) = body {
        let required = !operation.optional_body;
        let schema = body
            .pointer("/content/application~1json/schema/$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.rsplit('/').next())
            .map(type_name);
        let _ = write!(
            doc,
            "- `body` ({}): ",
            if required { "**required**" } else { "optional" }
        );
        let one_of = body
            .pointer("/content/application~1json/schema")
            .is_some_and(|schema| resolve(spec, schema).get("oneOf").is_some());
        match &schema {
            Some(name) if one_of => {
                let _ = write!(doc, "a [`types::{name}`] (one of its variants). ");
            }
            Some(name) => {
                let _ = write!(
                    doc,
                    "a [`types::{name}`], or built field by field with `body_map(|body| ..)`. "
                );
            }
            None => {}
        }
        if let Some(description) = text(body, "description") {
            let _ = write!(doc, "{}.", description.trim_end_matches('.'));
        }
        doc.push('\n');
    }
    for part in operation.form.iter().flat_map(|form| &form.parts) {
        let _ = write!(
            doc,
            "- `{}` ({}, form {}{}): ",
            part.ident,
            if part.required {
                "**required**"
            } else {
                "optional"
            },
            operation
                .form
                .as_ref()
                .map_or("part", |form| form.encoding.item()),
            if part.ident == part.wire_name {
                String::new()
            } else {
                format!(" `{}`", part.wire_name)
            },
        );
        if let Some(description) = &part.description {
            let _ = write!(doc, "{}. ", description.trim_end_matches('.'));
        }
        if part.is_file() {
            let _ = write!(
                doc,
                "A [`File`](crate::File) (bytes, a path, or a stream of known length), sent with its file name and media type{}.",
                match &part.content_type {
                    Some(media_type) => format!(" (`{media_type}` unless the file sets its own)"),
                    None => String::new(),
                }
            );
        } else if let Some(rule) = operation.params.get(&part.ident) {
            let rule = rule
                .rule
                .strip_prefix(&format!("{} must be ", part.ident))
                .unwrap_or(&rule.rule);
            let _ = write!(doc, "Must be {rule}.");
        }
        doc.push('\n');
    }
    match &operation.form {
        Some(form) if form.is_multipart() => doc.push_str(
            "\nThe body is `multipart/form-data`, one part per value set, in the order the vendor's SDK sends them; \
             a part left unset is not sent. A file from bytes or a path is sent again on a retry; \
             one from a stream is sent once, and the call is then not retried.\n",
        ),
        Some(_) => doc.push_str(
            "\nThe body is `application/x-www-form-urlencoded`, one `name=value` field per value set, \
             in the order the vendor's SDK sends them, encoded as it encodes them (a space as `+`, \
             `~` as it is, `*` as `%2A`); a field left unset is not sent.\n",
        ),
        None => {}
    }
    doc.push_str("\n# Returns\n\n");
    let successes: Vec<String> = operation
        .responses
        .iter()
        .filter(|(status, _)| (200..300).contains(status))
        .map(|(status, response)| match response {
            Response::SuccessWithoutBody("null") => format!("`{status}` (no body)"),
            Response::SuccessWithoutBody(json) => {
                format!("`{status}` (no body: an empty value, `{json}`)")
            }
            _ => format!("`{status}`"),
        })
        .collect();
    match &operation.success {
        Success::Plain => {
            let _ = writeln!(
                doc,
                "On {}, the decoded body in a `ResponseValue` (`.into_inner()`; `.status()` and `.headers()` are kept).",
                successes.join(" or ")
            );
        }
        Success::ByStatus { name, variants } => {
            let _ = writeln!(
                doc,
                "A [`types::{name}`] in a `ResponseValue` (`.into_inner()`; `.status()` and `.headers()` are kept): the status picks the variant."
            );
            for variant in variants {
                let _ = match &variant.body {
                    Some(ty) => writeln!(
                        doc,
                        "- `{}`: `{name}::{}`, with its `{}`.",
                        variant.status,
                        variant.name,
                        ty.trim_start_matches("::")
                    ),
                    None => writeln!(
                        doc,
                        "- `{}`: `{name}::{}` (no body).",
                        variant.status, variant.name
                    ),
                };
            }
        }
        Success::Download { media_type } => {
            let _ = writeln!(
                doc,
                "On {}, a [`Download`](crate::Download) in a `ResponseValue`, once the answer's head has arrived: \
                 the body (`{media_type}` in the spec), unread, to stream (`chunk()`, `into_stream()`) or to collect \
                 within a limit of your choosing (`bytes(limit)`), with the media type the server gave (`content_type()`) \
                 and a file name safe to use (`file_name()`). The call's timeout covers the head and each wait for a \
                 piece of body; the client's limit on JSON bodies does not apply.",
                successes.join(" or ")
            );
        }
    }
    if operation.pagination.is_some() {
        doc.push_str(
            "The list is paged: the builder's `.stream()` yields every item of every page.\n",
        );
    }
    let errors: Vec<String> = operation
        .responses
        .iter()
        .filter(|(status, _)| !(200..300).contains(status))
        .map(|(status, _)| format!("`{status}`"))
        .collect();
    if errors.is_empty() {
        doc.push_str("\nThe vendor documents no error status: any other answer is an [`Error`] of kind `UnexpectedStatus`.\n");
    } else {
        let _ = write!(
            doc,
            "\nThe vendor documents {} as errors: an [`Error`] of kind `ErrorStatus`",
            errors.join(", ")
        );
        match error_body {
            Some(body) => {
                let _ = writeln!(doc, ", with its [`{body}`] in `error_body()`.");
            }
            None => doc.push_str(".\n"),
        }
        for (status, response) in &operation.responses {
            if let Response::ErrorBody(ty) = response {
                let _ = writeln!(
                    doc,
                    "\nOn `{status}` the body is not that one: `error_body_as::<{}>()` has it.",
                    ty.trim_start_matches("::")
                );
            }
        }
    }
    let _ = write!(
        doc,
        "\n# Example\n\n```no_run\n# async fn example(client: &{krate}::Client) -> Result<(), {krate}::Error> {{\nlet response = {};\n# let _ = response;\n# Ok(())\n# }}\n```\n",
        example_call(spec, op, krate)
    );
    doc
}

/// What the crate guide needs to know about a vendor.
pub struct GuideVendor<'a> {
    pub crate_ident: &'a str,
    /// `Client::builder("id", "secret")`: how a user starts a client.
    pub example_client: &'a str,
    /// `Kinow PrepaymentsApi`.
    pub title: &'a str,
    pub spec_path: &'a str,
    /// The requirement a user writes for the crate's version (`0.1`).
    pub requirement: &'a str,
}

/// The example call of `op` without `.send().await?`.
fn example_builder(spec: &Value, op: &OperationRef, krate: &str) -> String {
    example_call(spec, op, krate)
        .trim_end_matches("\n    .send()\n    .await?")
        .to_string()
}

/// The error example's arm for the statuses `operation` documents as
/// errors: with the typed error body where there is one; `UnexpectedStatus`
/// where the spec documents none (so `ErrorStatus` cannot happen).
fn error_status_arm(operation: &Operation) -> String {
    let errors: Vec<(u16, &Response)> = operation
        .responses
        .iter()
        .filter(|(_, response)| {
            matches!(
                response,
                Response::Error | Response::ErrorWithoutBody | Response::ErrorBody(_)
            )
        })
        .map(|(status, response)| (*status, response))
        .collect();
    if errors.is_empty() {
        return "    // The spec documents no error status here: each is unexpected.\n    \
                Err(e) if e.kind() == ErrorKind::UnexpectedStatus => eprintln!(\"status {:?}\", e.status()),\n"
            .into();
    }
    let statuses: Vec<String> = errors.iter().map(|(s, _)| s.to_string()).collect();
    let typed = errors
        .iter()
        .any(|(_, response)| matches!(response, Response::Error));
    let (with, print) = if typed {
        (
            ", with the vendor's typed error body",
            "eprintln!(\"{:?}: {:?}\", e.status(), e.error_body())",
        )
    } else {
        ("", "eprintln!(\"status {:?}\", e.status())")
    };
    format!(
        "    // A status the spec documents as an error ({}){with}.\n    \
         Err(e) if e.kind() == ErrorKind::ErrorStatus => {print},\n",
        statuses.join(", "),
    )
}

/// The crate documentation's guide (`crates/<vendor>/src/guide.md`): a
/// client, a call, paging, errors, retries, in that order, with examples
/// from the vendor's own spec that compile as the crate's doc tests.
pub fn guide(
    spec: &Value,
    operations: &BTreeMap<String, Operation>,
    vendor: &GuideVendor,
) -> Result<String, String> {
    let ops = crate::model::openapi::operations(spec);
    let krate = vendor.crate_ident;
    // The first GET (a read is the friendliest first call), else the first.
    let first = ops
        .iter()
        .find(|op| op.method == "get")
        .or_else(|| ops.first());
    let paged = ops
        .iter()
        .find(|op| op.operation.get("x-pagination").is_some());
    let mut out = format!(
        "Typed async client for the {title} ({n} operations), generated from \
         `{spec_path}`. Every operation is a method of [`Client`] named after the \
         vendor SDK's method, and sends what that SDK sends; request and response \
         types are in [`types`]. They derive `serde`'s traits and `PartialEq`; the \
         `schemars` feature (off by default) adds `schemars::JsonSchema` and \
         re-exports the schemars it uses as `{krate}::schemars`.\n\n",
        title = vendor.title,
        n = ops.len(),
        spec_path = vendor.spec_path,
    );
    let groups = crate::model::spec::groups(spec);
    if let Some((_, example, _)) = groups.first() {
        let package = krate.replace('_', "-");
        let _ = write!(
            out,
            "## API groups (cargo features)\n\n\
             The operations come in {n} group{s}, the SDK's API classes, each a cargo \
             feature that compiles its operations, their mocks (the `mock` feature) and \
             only the types they use. The default features turn on every group (and \
             `rustls`); to build only the groups you call, turn them off and name the \
             groups:\n\n\
             ```toml\n\
             {package} = {{ version = \"{requirement}\", default-features = false, features = [\"rustls\", \"{example}\"] }}\n\
             ```\n\n\
             | feature | SDK class | operations |\n|---|---|---|\n",
            n = groups.len(),
            s = if groups.len() == 1 { "" } else { "s" },
            requirement = vendor.requirement,
        );
        for (class, feature, count) in &groups {
            let _ = writeln!(out, "| `{feature}` | `{class}` | {count} |");
        }
        out.push('\n');
    }
    let _ = write!(
        out,
        "## A client\n\n\
         ```no_run\n\
         # fn example() -> Result<(), {krate}::ConfigError> {{\n\
         let client = {krate}::{client}.build()?;\n\
         # let _ = client;\n\
         # Ok(())\n\
         # }}\n\
         ```\n\n\
         The builder also takes `.base_url(..)`, `.timeout(..)` (per request, body \
         included; 30 s unless set), `.connect_timeout(..)`, `.retry_config(..)`, \
         `.max_response_body(..)` (16 MiB unless set), `.user_agent_product(..)` and \
         `.http_client(reqwest::Client)`; `build()` reports a bad URL or credential as a \
         [`ConfigError`] that never shows the credential. A `Client` is cheap to clone and \
         meant to be shared.\n\n",
        client = vendor.example_client,
    );
    if let Some(op) = first {
        let _ = write!(
            out,
            "## A call\n\n\
             Set the operation's parameters on the builder it returns, then `send()`: \
             every argument is checked against the spec's rules before anything is sent.\n\n\
             ```no_run\n\
             # async fn example(client: &{krate}::Client) -> Result<(), {krate}::Error> {{\n\
             let response = {call};\n\
             println!(\"{{:?}}\", response.into_inner());\n\
             # Ok(())\n\
             # }}\n\
             ```\n\n",
            call = example_call(spec, op, krate),
        );
    }
    if let Some(op) = paged {
        let _ = write!(
            out,
            "## Paging\n\n\
             A paged list operation's builder has `.stream()`: every item of every page, \
             fetched one page at a time, with every filter and the page size kept.\n\n\
             ```no_run\n\
             use futures::TryStreamExt;\n\n\
             # async fn example(client: &{krate}::Client) -> Result<(), {krate}::Error> {{\n\
             let mut items = {call}\n    .stream();\n\
             while let Some(item) = items.try_next().await? {{\n\
             \x20   println!(\"{{item:?}}\");\n\
             }}\n\
             # Ok(())\n\
             # }}\n\
             ```\n\n",
            call = example_builder(spec, op, krate),
        );
    }
    if let Some(op) = first {
        let id = op.id().ok_or("an operation without an operationId")?;
        let operation = operations
            .get(id)
            .ok_or_else(|| format!("operation {id}: not in the spec's operations"))?;
        let _ = write!(
            out,
            "## Errors\n\n\
             Every operation fails with this crate's one [`Error`]. Match a status with \
             [`status()`](Error::status), which holds whatever the body was (the documented \
             error body, an empty one, a proxy's HTML page), and on its \
             [`kind()`](Error::kind) where the kind matters.\n\n\
             ```no_run\n\
             use {krate}::ErrorKind;\n\n\
             # async fn example(client: &{krate}::Client) -> Result<(), {krate}::Error> {{\n\
             match {call}\n    .send()\n    .await\n{{\n\
             \x20   Ok(response) => println!(\"{{:?}}\", response.into_inner()),\n\
             \x20   // Retried as configured, and the server still asks for a wait (first:\n\
             \x20   // such an error also has a status).\n\
             \x20   Err(e) if e.retry_after().is_some() => eprintln!(\"try again in {{:?}}\", e.retry_after()),\n\
             \x20   // Every 404, whatever its body (the kind says whether it was the documented one).\n\
             \x20   Err(e) if e.status() == Some(404) => eprintln!(\"not found ({{:?}})\", e.kind()),\n\
             {status_arm}\
             \x20   Err(e) => return Err(e),\n\
             }}\n\
             # Ok(())\n\
             # }}\n\
             ```\n\n\
             The status, headers and raw body are kept, already read; `error_body()` is the \
             vendor's typed error body where the spec documents one. `Display` and `Debug` \
             show the operation, method, path template, status and kind, never a query \
             string, header value or body.\n\n",
            call = example_builder(spec, op, krate),
            status_arm = error_status_arm(operation),
        );
        let _ = write!(
            out,
            "## Testing your code\n\n\
             The `mock` feature adds typed [httpmock](https://docs.rs/httpmock) mocks \
             (`{krate}::mock`): one `MockServer` method per operation, named like the \
             client's, whose `when` matches what the client sends and whose `then` has a \
             helper per documented status (`ok(..)`, ...) answering with the typed body; \
             `into_inner()` on either leads to plain httpmock. In your `Cargo.toml`, \
             `[dev-dependencies]`: this crate with `features = [\"mock\"]`, and `httpmock`.\n\n\
             ```\n\
             use {krate}::mock::MockServerExt as _;\n\
             use {krate}::RetryConfig;\n\n\
             # #[tokio::main(flavor = \"current_thread\")]\n\
             # async fn main() -> Result<(), Box<dyn std::error::Error>> {{\n\
             let server = httpmock::MockServer::start_async().await;\n\
             // How does your code take an outage? Every request of this operation gets a 503.\n\
             let mock = server.{op_id}(|_when, then| {{\n\
             \x20   then.into_inner().status(503);\n\
             }});\n\
             let client = {krate}::{client}\n\
             \x20   .base_url(server.base_url())\n\
             \x20   .retry_config(RetryConfig::disabled())\n\
             \x20   .build()?;\n\
             let error = {call}\n    .send()\n    .await\n    .unwrap_err();\n\
             assert_eq!(error.status(), Some(503));\n\
             mock.assert();\n\
             # Ok(())\n\
             # }}\n\
             ```\n\n",
            op_id = op.id().unwrap_or_default(),
            client = vendor.example_client,
            call = example_builder(spec, op, krate),
        );
    }
    let _ = write!(
        out,
        "## Retries, timeouts, limits\n\n\
         ```no_run\n\
         use std::time::Duration;\n\
         use {krate}::{{CallOptions, RetryConfig}};\n\n\
         # async fn example() -> Result<(), Box<dyn std::error::Error>> {{\n\
         let client = {krate}::{client}\n\
         \x20   .timeout(Duration::from_secs(20))\n\
         \x20   .retry_config(RetryConfig::standard().with_max_attempts(5))\n\
         \x20   .build()?;\n\
         // One call with its own settings: the same client, any operation.\n\
         let response = {call}\n\
         \x20   .options(CallOptions::new().deadline(Duration::from_secs(5)).retries(false))\n\
         \x20   .send()\n\
         \x20   .await?;\n\
         # let _ = response;\n\
         # Ok(())\n\
         # }}\n\
         ```\n\n\
         By default a call makes up to 3 attempts: a failed connection or a `429` for \
         any method; `408`, `500`, `502`, `503`, `504`, a timeout or a lost connection \
         for GET, HEAD, PUT, DELETE and OPTIONS only (a POST or PATCH that reached the \
         server is never sent twice). The wait is what the server asks (`Retry-After`, or \
         the vendor's rate-limit header), else exponential backoff; `RetryConfig::disabled()` \
         turns retries off. Retries also need room in the client's retry budget, shared by \
         its clones (`RetryBudget`: at most 20 retries in a row without a success, so an \
         outage is not multiplied by retries). `CallOptions` set a timeout, a deadline for \
         the whole call, extra headers or retries off for one call. A `Client` is a cheap \
         clone and `send()`'s future is `Send + 'static`: `tokio::spawn` takes it as it is. Redirects are followed to the same origin only, and never \
         when they would turn a write into a read.\n\n\
         Each call is one `tracing` span (`vendor_clients.call`, target `vendor_clients`, \
         `debug` level) with OpenTelemetry's HTTP field names; no header, query string or \
         body is ever logged.\n",
        client = vendor.example_client,
        call = first
            .map(|op| example_builder(spec, op, krate))
            .unwrap_or_default(),
    );
    Ok(out)
}
