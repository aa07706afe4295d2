//! Arguments checked before anything is sent: every rule the API description
//! states for a parameter (required, format, range, length, enum), and path
//! parameters kept inside their own path segment.

use std::borrow::Cow;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use crate::error::Error;
use crate::operation::Operation;

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
pub fn path_segment(
    operation: &'static Operation,
    name: &'static str,
    value: &str,
) -> Result<String, InvalidArgument> {
    match value {
        "" => Err(InvalidArgument::new(
            operation,
            format!("{name} must not be empty"),
        )),
        "." | ".." => Err(InvalidArgument::new(
            operation,
            format!("{name} must not be `.` or `..`, which address another path"),
        )),
        _ => Ok(utf8_percent_encode(value, PATH_SEGMENT).to_string()),
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

    #[test]
    fn segments_are_encoded_like_the_sdks() {
        let encoded = path_segment(&OP, "id", "a b/c?d#e%f+g:h@i(j)~k.l_m-n é").unwrap();
        assert_eq!(
            encoded,
            "a%20b%2Fc%3Fd%23e%25f%2Bg%3Ah%40i%28j%29~k.l_m-n%20%C3%A9"
        );
        assert_eq!(path_segment(&OP, "id", "%2e%2e").unwrap(), "%252e%252e");
        assert_eq!(path_segment(&OP, "id", "...").unwrap(), "...");
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
