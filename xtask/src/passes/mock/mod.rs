//! The `mock` feature of a vendor crate (`server`: `src/mock.rs`, the typed
//! httpmock extension) and the wire tests' glue that serves each fixture
//! through it (`replay`, which reads what `server` found of each operation).

pub mod replay;
pub mod server;
