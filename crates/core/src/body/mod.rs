//! Bodies the generator cannot type: `multipart/form-data` requests built
//! part by part ([`multipart`]), `application/x-www-form-urlencoded` ones
//! encoded as the vendor SDKs encode them ([`form`]), and responses read as a stream of bytes
//! ([`download`]).

pub mod download;
pub mod form;
pub mod multipart;
