//! Runtime shared by every `vendor-clients` crate.
//!
//! Each vendor crate is progenitor output plus a few lines of auth code. What
//! they have in common lives here, once:
//!
//! - [`ClientBuilder`]: base URL, timeouts, an optional caller-supplied
//!   `reqwest::Client`, and the headers a vendor needs on every request
//!   (credentials are marked sensitive, so `Debug` shows `Sensitive`).
//! - [`Wire`]: the rules applied to every outgoing request by the generated
//!   client's `ClientHooks::pre` (see [`wire_hooks!`]): the vendor headers are
//!   set, the per-request timeout is applied, and progenitor's `api-version`
//!   header, which no vendor SDK sends, is removed.
//! - [`ConfigError`]: what can go wrong while building a client. Nothing the
//!   caller gave as a credential ever appears in it.
//! - Tracing: each request is logged at `debug` level under the target
//!   `vendor_clients` (operation, method, path, then status or error) through
//!   the `tracing` crate. Headers, query strings and bodies are never logged.

mod builder;
mod error;
mod trace;
mod wire;

pub use builder::{ClientBuilder, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT, FromParts};
pub use error::ConfigError;
pub use wire::Wire;

/// Items the [`wire_hooks!`] expansion names; not part of the public API.
#[doc(hidden)]
pub mod __private {
    pub use crate::trace::{trace_request, trace_response};
    pub use progenitor_client::{ClientHooks, ClientInfo, Error, OperationInfo};
    pub use reqwest;
}

/// Connects a progenitor-generated `Client` (generated with
/// `vendor_clients_core::Wire` as its inner type and `HooksMode::Expected`)
/// to this crate: its `ClientHooks` apply the [`Wire`] rules to every request,
/// and [`ClientBuilder`] can construct it.
#[macro_export]
macro_rules! wire_hooks {
    ($client:ty) => {
        impl $crate::__private::ClientHooks<$crate::Wire> for $client {
            async fn pre<E>(
                &self,
                request: &mut $crate::__private::reqwest::Request,
                info: &$crate::__private::OperationInfo,
            ) -> ::std::result::Result<(), $crate::__private::Error<E>> {
                $crate::__private::ClientInfo::inner(self).apply(request);
                $crate::__private::trace_request(request, info);
                Ok(())
            }

            async fn post<E>(
                &self,
                result: &$crate::__private::reqwest::Result<$crate::__private::reqwest::Response>,
                info: &$crate::__private::OperationInfo,
            ) -> ::std::result::Result<(), $crate::__private::Error<E>> {
                $crate::__private::trace_response(result, info);
                Ok(())
            }
        }

        impl $crate::FromParts for $client {
            fn from_parts(
                base_url: &str,
                http: $crate::__private::reqwest::Client,
                wire: $crate::Wire,
            ) -> Self {
                Self::new_with_client(base_url, http, wire)
            }
        }
    };
}
