//! Tests only (`tests/`): each vendor crate's `mock` feature used as a user
//! would, with its own dev-dependencies, a `httpmock::MockServer` and the
//! client pointed at it.
