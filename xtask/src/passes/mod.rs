//! The generation passes: each is a function of the model (`crate::model`)
//! that makes one artefact, or one part of one. No pass imports another:
//! what two passes share (a name, a type path, a helper) lives in the model
//! or in `shared`, below them; `outputs` puts the passes together.

pub mod adapt;
pub mod docs;
pub mod features;
pub mod mock;
pub mod shared;
pub mod spec_tests;
pub mod streams;
