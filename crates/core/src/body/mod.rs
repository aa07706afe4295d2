//! Bodies the generator cannot type: `multipart/form-data` requests built
//! part by part ([`multipart`]), and responses read as a stream of bytes
//! ([`download`]).

pub mod download;
pub mod multipart;
