//! A documented enum in a response, tolerant of values the vendor adds later.

use std::fmt;

/// A value of the documented enum `T`, or one the API description does not
/// list (yet): a vendor that adds a status must not make a response
/// undecodable. Specs declare such a field as
/// `oneOf: [{$ref: '#/components/schemas/T'}, {title: Other, type: string}]`.
///
/// ```
/// use vendor_clients_core::Tolerant;
///
/// #[derive(Debug, PartialEq, serde::Deserialize, serde::Serialize)]
/// enum Status { #[serde(rename = "ACTIVE")] Active }
///
/// let known: Tolerant<Status> = serde_json::from_str(r#""ACTIVE""#).unwrap();
/// assert_eq!(known, Tolerant::Known(Status::Active));
/// let new: Tolerant<Status> = serde_json::from_str(r#""ARCHIVED""#).unwrap();
/// assert_eq!(new, Tolerant::Other("ARCHIVED".into()));
/// ```
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Deserialize, serde::Serialize,
)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum Tolerant<T> {
    /// A value the description documents.
    Known(T),
    /// Any other value, as the server sent it.
    Other(String),
}

impl<T> Tolerant<T> {
    /// The documented value, if it is one.
    pub fn known(&self) -> Option<&T> {
        match self {
            Self::Known(value) => Some(value),
            Self::Other(_) => None,
        }
    }
}

impl<T> From<T> for Tolerant<T> {
    fn from(value: T) -> Self {
        Self::Known(value)
    }
}

impl<T: fmt::Display> fmt::Display for Tolerant<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Known(value) => value.fmt(f),
            Self::Other(value) => f.write_str(value),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values_and_display() {
        let known: Tolerant<u8> = 7.into();
        assert_eq!(known.known(), Some(&7));
        assert_eq!(known.to_string(), "7");
        let other: Tolerant<u8> = Tolerant::Other("ARCHIVED".into());
        assert_eq!(other.known(), None);
        assert_eq!(other.to_string(), "ARCHIVED");
    }
}
