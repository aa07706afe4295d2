//! `application/x-www-form-urlencoded` request bodies, written as the vendor
//! SDKs write them (Python's `urllib.parse.urlencode`, which urllib3 calls):
//! `name=value` pairs joined by `&`, in the order the API description gives,
//! a field left unset not sent at all.
//!
//! Names and values are percent-encoded as Python's `quote_plus` encodes
//! them: ASCII letters, digits and `-._~` as they are, a space as `+`, every
//! other byte of the UTF-8 text as `%XX` (upper-case hex). That differs from
//! the WHATWG encoding (`form_urlencoded`, `serde_urlencoded`, and so
//! progenitor's `form_urlencoded`), which writes `~` as `%7E` and leaves `*`
//! as it is, where Python writes `~` and `%2A`.
//!
//! A value: text as it is, a number or a boolean as its JSON text (`42`,
//! `1.5`, `true`); a list, an object or `null` has no form encoding the
//! vendors' SDKs agree on (Python writes its own `repr`), and is refused.
//!
//! The body is made once, before the first attempt, and sent again as it is
//! on a retry or a redirect.

use bytes::Bytes;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;

use crate::description::Operation;
use crate::request::InvalidArgument;

/// The media type of the body, and its `Content-Type`.
pub const CONTENT_TYPE: &str = "application/x-www-form-urlencoded";

/// What Python's `quote_plus` escapes: all but ASCII letters, digits and
/// `-._~` (the space is escaped too, then written `+`).
const ESCAPED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// One call's `application/x-www-form-urlencoded` body, built field by
/// field in wire order. Its `Debug` shows the body's length, never the
/// fields (a password, a customer's data).
pub struct UrlEncodedForm {
    operation: &'static Operation,
    body: String,
}

impl std::fmt::Debug for UrlEncodedForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UrlEncodedForm")
            .field("operation", &self.operation.id)
            .field("bytes", &self.body.len())
            .finish()
    }
}

impl UrlEncodedForm {
    /// An empty form for a call of `operation`.
    pub fn new(operation: &'static Operation) -> Self {
        Self {
            operation,
            body: String::new(),
        }
    }

    /// Adds the field `name` holding `value` (see the module's docs for
    /// what a value may be); the error names the field, never the value.
    pub fn field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), InvalidArgument> {
        let text = field_text(value).ok_or_else(|| {
            InvalidArgument::new(
                self.operation,
                format!("{name} cannot be written as a form field (text, a number or a boolean)"),
            )
        })?;
        if !self.body.is_empty() {
            self.body.push('&');
        }
        self.body.push_str(&encode(name));
        self.body.push('=');
        self.body.push_str(&encode(&text));
        Ok(())
    }

    /// The encoded body.
    pub fn body(&self) -> &str {
        &self.body
    }

    /// Puts the body and its `Content-Type` on a request; a form with no
    /// field set is no body, and no `Content-Type` (the SDKs send no body
    /// either, and a bodiless request needs no media type: as every other
    /// bodiless request of these clients).
    pub fn attach(&self, builder: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        if self.body.is_empty() {
            return builder;
        }
        builder
            .header(
                reqwest::header::CONTENT_TYPE,
                reqwest::header::HeaderValue::from_static(CONTENT_TYPE),
            )
            .body(Bytes::copy_from_slice(self.body.as_bytes()))
    }
}

/// The text a field holds for `value`: a string as it is, a number or a
/// boolean as its JSON text; `None` for anything else.
pub fn field_text<T: Serialize + ?Sized>(value: &T) -> Option<String> {
    match serde_json::to_value(value).ok()? {
        serde_json::Value::String(text) => Some(text),
        value @ (serde_json::Value::Number(_) | serde_json::Value::Bool(_)) => {
            Some(value.to_string())
        }
        _ => None,
    }
}

/// `text` percent-encoded as Python's `quote_plus` encodes it.
pub fn encode(text: &str) -> String {
    // `%20` can only come from a space: a `%` of the text is `%25`.
    utf8_percent_encode(text, ESCAPED)
        .to_string()
        .replace("%20", "+")
}

/// The fields of a received body, decoded (`+` as a space, `%XX` as its
/// byte; both spellings of a character read alike), in order.
pub fn received_fields(body: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(body).into_owned().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    static OPERATION: Operation = Operation {
        id: "create_playlist",
        method: reqwest::Method::POST,
        path_template: "/playlists",
        responses: &[],
    };

    /// The body of a form of `fields` (JSON values, as the setters' values
    /// serialize).
    fn form(fields: &[(&'static str, serde_json::Value)]) -> Result<String, crate::Error> {
        let mut form = UrlEncodedForm::new(&OPERATION);
        for (name, value) in fields {
            form.field(name, value)?;
        }
        Ok(form.body().to_string())
    }

    #[test]
    fn debug_shows_no_field() {
        let mut form = UrlEncodedForm::new(&OPERATION);
        form.field("password", "hunter2").unwrap();
        let debug = format!("{form:?}");
        assert!(
            !debug.contains("hunter2") && !debug.contains("password"),
            "{debug}"
        );
        assert!(debug.contains("create_playlist"), "{debug}");
    }

    #[test]
    fn hostile_text_is_encoded_as_python_quote_plus_encodes_it() {
        // What `urllib.parse.urlencode` writes (and kinow_client sends: the
        // fixture `create_playlist__hostile`).
        let body = form(&[("name", "a&b=c+d%e~f*g h\n\u{439}/?#\u{e9}".into())]).unwrap();
        assert_eq!(
            body,
            "name=a%26b%3Dc%2Bd%25e~f%2Ag+h%0A%D0%B9%2F%3F%23%C3%A9"
        );
        // Not what the WHATWG encoding writes.
        let whatwg: String = form_urlencoded::Serializer::new(String::new())
            .append_pair("name", "~*")
            .finish();
        assert_eq!(whatwg, "name=%7E*");
        assert_eq!(form(&[("name", "~*".into())]).unwrap(), "name=~%2A");
        assert_eq!(encode("a b%20"), "a+b%2520");
    }

    #[test]
    fn fields_go_out_in_order_with_numbers_and_booleans_as_json_text() {
        let body = form(&[
            ("customer_id", 42.into()),
            ("name", "My list".into()),
            ("send_notification", true.into()),
            ("ratio", 1.5.into()),
            ("field name", "".into()),
        ])
        .unwrap();
        assert_eq!(
            body,
            "customer_id=42&name=My+list&send_notification=true&ratio=1.5&field+name="
        );
        assert_eq!(form(&[]).unwrap(), "");
    }

    #[test]
    fn attach_sets_the_body_and_its_media_type_only_with_fields() {
        let client = reqwest::Client::new();
        let mut form = UrlEncodedForm::new(&OPERATION);
        let request = form
            .attach(client.post("http://127.0.0.1:9/playlists"))
            .build()
            .unwrap();
        assert!(request.body().is_none());
        assert!(request.headers().get("content-type").is_none());
        form.field("name", "a b").unwrap();
        let request = form
            .attach(client.post("http://127.0.0.1:9/playlists"))
            .build()
            .unwrap();
        assert_eq!(request.headers()["content-type"], CONTENT_TYPE);
        assert_eq!(
            request.body().and_then(reqwest::Body::as_bytes),
            Some(&b"name=a+b"[..])
        );
    }

    #[test]
    fn lists_objects_and_null_are_refused_without_the_value() {
        for value in [
            serde_json::json!(["secret"]),
            serde_json::json!({"a": "secret"}),
            serde_json::Value::Null,
        ] {
            let error = form(&[("ids", value)]).unwrap_err().to_string();
            assert!(
                error.contains("ids cannot be written as a form field"),
                "{error}"
            );
            assert!(!error.contains("secret"), "{error}");
        }
    }

    #[test]
    fn received_fields_read_both_spellings() {
        assert_eq!(
            received_fields(b"name=a+b%7E~%2A*&n=5"),
            [
                ("name".to_string(), "a b~~**".to_string()),
                ("n".to_string(), "5".to_string())
            ]
        );
        let body = form(&[("name", "a&b=c+d%e~f*g h\n\u{e9}".into())]).unwrap();
        assert_eq!(
            received_fields(body.as_bytes()),
            [("name".to_string(), "a&b=c+d%e~f*g h\n\u{e9}".to_string())]
        );
    }
}
