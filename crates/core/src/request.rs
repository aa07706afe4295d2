//! Arguments checked before anything is sent: every rule the API description
//! states for a parameter (required, format, range, length, enum), and path
//! parameters kept inside their own path segment.

use std::borrow::Cow;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use crate::description::Operation;
use crate::error::Error;

/// An argument that breaks a rule. Generated code turns it into the crate's
/// [`Error`] with `?`.
#[derive(Debug)]
pub struct InvalidArgument {
    operation: &'static Operation,
    problem: Problem,
}

#[derive(Debug)]
enum Problem {
    /// Names the parameter and the rule, never the value.
    Rule(Cow<'static, str>),
    /// reqwest could not build the request (such as a body that does not
    /// serialize).
    Build(reqwest::Error),
}

impl InvalidArgument {
    /// `message` names the parameter and the rule, never the value.
    pub fn new(operation: &'static Operation, message: impl Into<Cow<'static, str>>) -> Self {
        Self {
            operation,
            problem: Problem::Rule(message.into()),
        }
    }

    /// The request could not be built.
    pub fn build(operation: &'static Operation, error: reqwest::Error) -> Self {
        Self {
            operation,
            problem: Problem::Build(error),
        }
    }
}

impl<E> From<InvalidArgument> for Error<E> {
    fn from(invalid: InvalidArgument) -> Self {
        match invalid.problem {
            Problem::Rule(message) => Error::invalid_request(invalid.operation, message),
            Problem::Build(error) => Error::http(invalid.operation, error),
        }
    }
}

/// What the vendor SDKs (Python's `quote(value, safe='')`) percent-encode in
/// a path segment: everything but RFC 3986 unreserved characters, so `/`,
/// `?`, `#`, `%`, spaces and non-ASCII stay inside the segment.
const PATH_SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// A path parameter as one encoded path segment. An empty value, `.` or `..`
/// would address another resource (the collection, or a parent), so they are
/// refused: the vendor SDKs would send them, and reach another path.
///
/// The segment is written where it is formatted (into the URL), without a
/// string of its own.
pub fn path_segment<'a>(
    operation: &'static Operation,
    name: &'static str,
    value: &'a str,
) -> Result<impl std::fmt::Display + std::fmt::Debug + 'a, InvalidArgument> {
    match value {
        "" => Err(InvalidArgument::new(
            operation,
            format!("{name} must not be empty"),
        )),
        "." | ".." => Err(InvalidArgument::new(
            operation,
            format!("{name} must not be `.` or `..`, which address another path"),
        )),
        _ => Ok(utf8_percent_encode(value, PATH_SEGMENT)),
    }
}

/// A parameter's value as the builder holds it: set, or why not (the
/// message the generated setter wrote, such as `"limit is required"`).
pub fn argument<T>(
    operation: &'static Operation,
    value: Result<T, String>,
) -> Result<T, InvalidArgument> {
    value.map_err(|message| InvalidArgument::new(operation, message))
}

/// A request URL's query, written in one pass: the generated code appends
/// every query parameter, in the order progenitor gives them, then takes
/// the URL (no `?` when nothing is set).
///
/// The bytes are those of the vendor SDKs (Python's `urlencode`, which
/// quotes with `quote_plus`): a space is `+`, and everything but letters,
/// digits and `_.-~` is percent-encoded. reqwest's `RequestBuilder::query`
/// (the WHATWG form encoding) differs in two characters, which are
/// rewritten: it leaves `*` as it is and encodes `~`.
pub struct Query {
    operation: &'static Operation,
    url: String,
    /// Where the query starts in the URL (after its `?`).
    start: usize,
}

impl Query {
    /// Starts the query of `url` (a URL without a fragment).
    pub fn new(operation: &'static Operation, mut url: String) -> Self {
        // A base URL with a query of its own keeps it, as reqwest does.
        let start = match url.find('?') {
            Some(mark) => mark + 1,
            None => {
                url.push('?');
                url.len()
            }
        };
        Self {
            operation,
            url,
            start,
        }
    }

    /// Appends a parameter (progenitor's `QueryParam`): nothing for `None`,
    /// one pair per value of a list.
    pub fn append<T: serde::Serialize>(&mut self, parameter: &T) -> Result<(), InvalidArgument> {
        let written = self.url.len();
        // Held only here: the serializer is not `Send`, a request future is.
        let mut pairs = form_urlencoded::Serializer::for_suffix(&mut self.url, self.start);
        parameter
            .serialize(serde_urlencoded::Serializer::new(&mut pairs))
            .map_err(|_| {
                InvalidArgument::new(
                    self.operation,
                    "a query parameter cannot be written as a query string",
                )
            })?;
        // The form encoding writes only letters, digits, `*-._+&=` and
        // `%XX`: `%7E` is always a `~`, and a `*` always a `*`.
        let appended = &self.url[written..];
        if appended.contains(['*', '%']) {
            let python = appended.replace("%7E", "~").replace('*', "%2A");
            self.url.truncate(written);
            self.url.push_str(&python);
        }
        Ok(())
    }

    /// The URL with its query.
    pub fn finish(mut self) -> String {
        // Nothing after the `?` that starts the query: no query at all.
        if self.url.len() == self.start {
            self.url.pop();
        }
        self.url
    }
}

/// Numbers whose range the description limits.
pub trait Numbers {
    /// Whether every number held is within `min..=max`.
    fn within(&self, min: f64, max: f64) -> bool;
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl Numbers for $t {
            #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
            fn within(&self, min: f64, max: f64) -> bool {
                (min..=max).contains(&(*self as f64))
            }
        }
    )*};
}
numbers!(i8, i16, i32, i64, u8, u16, u32, u64, f32, f64);

macro_rules! non_zero_numbers {
    ($($t:ty),*) => {$(
        impl Numbers for $t {
            fn within(&self, min: f64, max: f64) -> bool {
                self.get().within(min, max)
            }
        }
    )*};
}
non_zero_numbers!(
    std::num::NonZeroU8,
    std::num::NonZeroU16,
    std::num::NonZeroU32,
    std::num::NonZeroU64,
    std::num::NonZeroI64
);

impl<T: Numbers> Numbers for Option<T> {
    fn within(&self, min: f64, max: f64) -> bool {
        self.as_ref().is_none_or(|n| n.within(min, max))
    }
}

impl<T: Numbers> Numbers for Vec<T> {
    fn within(&self, min: f64, max: f64) -> bool {
        self.iter().all(|n| n.within(min, max))
    }
}

/// Checks a documented `minimum`/`maximum`; `rule` says it in words
/// (`"limit must be an integer from 1 to 500"`).
pub fn range(
    operation: &'static Operation,
    value: &impl Numbers,
    (min, max): (f64, f64),
    rule: &'static str,
) -> Result<(), InvalidArgument> {
    if value.within(min, max) {
        Ok(())
    } else {
        Err(InvalidArgument::new(operation, rule))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;

    static OP: Operation = Operation {
        id: "get_thing",
        method: reqwest::Method::GET,
        path_template: "/things/{id}",
        responses: &[],
    };

    fn message(invalid: InvalidArgument) -> String {
        let error: Error = invalid.into();
        assert_eq!(error.kind(), ErrorKind::InvalidRequest);
        error.to_string()
    }

    /// A base URL and three query parameters: a word, a list, a text.
    type QueryCase = (&'static str, Option<&'static str>, Vec<u32>, Option<String>);

    /// The URL reqwest's `RequestBuilder::query` writes for the same
    /// parameters, one call each.
    fn reqwest_query((url, order, ids, term): &QueryCase) -> String {
        use progenitor_client::QueryParam;
        // The runtime's TLS setup: with `rustls-ring` alone reqwest has no
        // provider of its own.
        let request = crate::tls::client_builder()
            .unwrap()
            .build()
            .unwrap()
            .get(*url)
            .query(&QueryParam::new("order", order))
            .query(&QueryParam::new("ids", ids))
            .query(&QueryParam::new("term", term))
            .build()
            .unwrap();
        request.url().to_string()
    }

    #[test]
    fn the_query_is_written_as_reqwest_writes_it_but_for_two_characters() {
        use progenitor_client::QueryParam;
        let cases: [QueryCase; 6] = [
            ("http://h/things", None, vec![], None),
            ("http://h/things", Some("ASC"), vec![], None),
            (
                "http://h/things",
                None,
                vec![1, 2],
                Some("a b&c=d/é+%".into()),
            ),
            (
                "http://h/things",
                None,
                vec![],
                Some("~tilde*star%7E".into()),
            ),
            ("http://h/base?x=1", Some("DESC"), vec![3], None),
            ("http://h/base?x=1", None, vec![], None),
        ];
        for case in cases {
            let (url, order, ids, term) = &case;
            let mut query = Query::new(&OP, url.to_string());
            query.append(&QueryParam::new("order", order)).unwrap();
            query.append(&QueryParam::new("ids", ids)).unwrap();
            query.append(&QueryParam::new("term", term)).unwrap();
            let ours: reqwest::Url = query.finish().parse().unwrap();
            // Besides `~` and `*`, the bytes are reqwest's.
            let theirs = reqwest_query(&case).replace("%7E", "~").replace('*', "%2A");
            assert_eq!(ours.as_str(), theirs);
        }
    }

    #[test]
    fn the_query_is_encoded_as_pythons_urlencode_encodes_it() {
        use progenitor_client::QueryParam;
        // urllib.parse.urlencode([("term", "~a*b c+d%7E"), ("ids", 1), ("ids", 2)])
        let mut query = Query::new(&OP, "http://h/things".into());
        query
            .append(&QueryParam::new("term", &Some("~a*b c+d%7E")))
            .unwrap();
        query.append(&QueryParam::new("ids", &vec![1, 2])).unwrap();
        assert_eq!(
            query.finish(),
            "http://h/things?term=~a%2Ab+c%2Bd%257E&ids=1&ids=2"
        );
    }

    #[test]
    fn a_query_that_cannot_be_written_is_an_invalid_argument() {
        use progenitor_client::QueryParam;
        let nested = vec![vec![1]];
        let mut query = Query::new(&OP, "http://h/things".into());
        let shown = message(query.append(&QueryParam::new("ids", &nested)).unwrap_err());
        assert!(
            shown.contains("a query parameter cannot be written"),
            "{shown}"
        );
    }

    #[test]
    fn segments_are_encoded_like_the_sdks() {
        let encoded = path_segment(&OP, "id", "a b/c?d#e%f+g:h@i(j)~k.l_m-n é")
            .unwrap()
            .to_string();
        assert_eq!(
            encoded,
            "a%20b%2Fc%3Fd%23e%25f%2Bg%3Ah%40i%28j%29~k.l_m-n%20%C3%A9"
        );
        let encoded = |value| path_segment(&OP, "id", value).unwrap().to_string();
        assert_eq!(encoded("%2e%2e"), "%252e%252e");
        assert_eq!(encoded("..."), "...");
    }

    #[test]
    fn segments_that_leave_their_place_are_refused_without_the_value() {
        for value in ["", ".", ".."] {
            let shown = message(path_segment(&OP, "id", value).unwrap_err());
            assert!(shown.contains("get_thing (GET /things/{id})"), "{shown}");
            assert!(shown.contains(": id must not be"), "{shown}");
        }
    }

    #[test]
    fn ranges_hold_for_every_shape() {
        let rule = "limit must be an integer from 1 to 500";
        assert!(range(&OP, &500_u64, (1.0, 500.0), rule).is_ok());
        assert!(range(&OP, &None::<u64>, (1.0, 500.0), rule).is_ok());
        assert!(range(&OP, &vec![1_i32, 2], (1.0, 500.0), rule).is_ok());
        let nonzero = std::num::NonZeroU64::new(501).unwrap();
        let shown = message(range(&OP, &Some(nonzero), (1.0, 500.0), rule).unwrap_err());
        assert!(
            shown.ends_with(": limit must be an integer from 1 to 500"),
            "{shown}"
        );
        assert!(range(&OP, &0_i64, (1.0, 500.0), rule).is_err());
        assert!(range(&OP, &vec![1.5_f64, 600.0], (1.0, 500.0), rule).is_err());
    }

    #[test]
    fn unset_arguments_carry_the_setters_message() {
        let shown = message(argument::<u8>(&OP, Err("id is required".into())).unwrap_err());
        assert!(shown.ends_with(": id is required"), "{shown}");
        assert_eq!(argument(&OP, Ok(3)).unwrap(), 3);
    }
}

/// The rules of a request body that its Rust type does not enforce by
/// itself (list lengths, number ranges), as generated code declares them;
/// everything else (required fields, string lengths, patterns, enums) is in
/// the generated types.
#[derive(Debug)]
pub enum BodyRules {
    /// Nothing to check here.
    Any,
    /// The rules of some fields: (wire name, name in Rust, rules).
    Object(&'static [(&'static str, &'static str, BodyRules)]),
    /// A list's length, and its items' rules.
    List {
        /// Fewest items.
        min: Option<u64>,
        /// Most items.
        max: Option<u64>,
        /// The rules of each item.
        items: &'static BodyRules,
    },
    /// The values of a map.
    Map(&'static BodyRules),
    /// A number's inclusive range, and the rule in words (`"a number from
    /// 1 to 10"`).
    Number {
        /// Smallest.
        min: f64,
        /// Largest.
        max: f64,
        /// The rule in words.
        rule: &'static str,
    },
}

/// Checks `body` against the rules its type does not enforce; the error
/// names the field (`body.ratecards[0].bundle_strategy.order`) and the rule,
/// never the value.
pub fn check_body<T: serde::Serialize>(
    operation: &'static Operation,
    rules: &'static BodyRules,
    body: &T,
) -> Result<(), InvalidArgument> {
    let value = serde_json::to_value(body)
        .map_err(|_| InvalidArgument::new(operation, "body cannot be represented as JSON"))?;
    let mut path = String::from("body");
    match broken_rule(rules, &value, &mut path) {
        Some(message) => Err(InvalidArgument::new(operation, message)),
        None => Ok(()),
    }
}

fn broken_rule(rules: &BodyRules, value: &serde_json::Value, path: &mut String) -> Option<String> {
    use serde_json::Value;
    match (rules, value) {
        (BodyRules::Object(fields), Value::Object(object)) => {
            fields.iter().find_map(|(wire, name, rules)| {
                let child = object.get(*wire)?;
                let len = path.len();
                path.push('.');
                path.push_str(name);
                let broken = broken_rule(rules, child, path);
                path.truncate(len);
                broken
            })
        }
        (BodyRules::List { min, max, items }, Value::Array(list)) => {
            let n = list.len() as u64;
            match (min, max) {
                (Some(low), _) if n < *low => return Some(length_rule(path, *min, *max)),
                (_, Some(high)) if n > *high => return Some(length_rule(path, *min, *max)),
                _ => {}
            }
            list.iter().enumerate().find_map(|(i, item)| {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                let broken = broken_rule(items, item, path);
                path.truncate(len);
                broken
            })
        }
        (BodyRules::Map(values), Value::Object(object)) => object.values().find_map(|item| {
            let len = path.len();
            path.push_str("[..]");
            let broken = broken_rule(values, item, path);
            path.truncate(len);
            broken
        }),
        (BodyRules::Number { min, max, rule }, Value::Number(n)) => {
            let n = n.as_f64()?;
            (!(min..=max).contains(&&n)).then(|| format!("{path} must be {rule}"))
        }
        _ => None,
    }
}

fn length_rule(path: &str, min: Option<u64>, max: Option<u64>) -> String {
    match (min, max) {
        (Some(min), Some(max)) => format!("{path} must have {min} to {max} items"),
        (Some(min), None) => format!("{path} must have at least {min} items"),
        (None, Some(max)) => format!("{path} must have at most {max} items"),
        (None, None) => format!("{path} is not a valid list"),
    }
}

#[cfg(test)]
mod body_tests {
    use super::*;

    static OP: Operation = Operation {
        id: "add_aliases",
        method: reqwest::Method::POST,
        path_template: "/accounts/{id}/add_aliases",
        responses: &[],
    };

    static RULES: BodyRules = BodyRules::Object(&[
        (
            "aliases",
            "aliases",
            BodyRules::List {
                min: Some(1),
                max: Some(2),
                items: &BodyRules::Any,
            },
        ),
        (
            "rateCards",
            "rate_cards",
            BodyRules::List {
                min: None,
                max: None,
                items: &BodyRules::Object(&[(
                    "order",
                    "order",
                    BodyRules::Number {
                        min: 1.0,
                        max: 10.0,
                        rule: "an integer from 1 to 10",
                    },
                )]),
            },
        ),
    ]);

    fn check(body: serde_json::Value) -> Result<(), String> {
        check_body(&OP, &RULES, &body).map_err(|e| {
            let error: crate::Error = e.into();
            error.to_string()
        })
    }

    #[test]
    fn map_values_are_checked() {
        static MAP: BodyRules = BodyRules::Object(&[(
            "usage",
            "usage",
            BodyRules::Map(&BodyRules::Number {
                min: 0.0,
                max: 1.0,
                rule: "a number from 0 to 1",
            }),
        )]);
        let check = |body: serde_json::Value| check_body(&OP, &MAP, &body).is_ok();
        assert!(check(serde_json::json!({"usage": {"a": 0.5, "b": 1}})));
        assert!(!check(serde_json::json!({"usage": {"a": 0.5, "b": 2}})));
    }

    #[test]
    fn lists_and_nested_numbers_are_checked_with_their_path() {
        assert!(check(serde_json::json!({"aliases": ["a"], "rateCards": [{"order": 10}]})).is_ok());
        let message = check(serde_json::json!({"aliases": []})).unwrap_err();
        assert!(
            message.ends_with(": body.aliases must have 1 to 2 items"),
            "{message}"
        );
        let message = check(serde_json::json!({"aliases": ["a", "b", "c"]})).unwrap_err();
        assert!(
            message.ends_with(": body.aliases must have 1 to 2 items"),
            "{message}"
        );
        let message = check(
            serde_json::json!({"aliases": ["a"], "rateCards": [{"order": 1}, {"order": 11}]}),
        )
        .unwrap_err();
        assert!(
            message.ends_with(": body.rate_cards[1].order must be an integer from 1 to 10"),
            "{message}"
        );
        assert!(
            !message.contains("11"),
            "the value is never shown: {message}"
        );
        // Exactly the limits is within them.
        assert!(
            check(serde_json::json!({"aliases": ["a", "b"], "rateCards": [{"order": 1}]})).is_ok()
        );
        // Absent fields and no body break no rule.
        assert!(check(serde_json::json!({})).is_ok());
        assert!(check(serde_json::Value::Null).is_ok());
    }
}
