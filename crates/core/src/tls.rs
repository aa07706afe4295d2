//! The TLS crypto provider, by the crate's features. `rustls` (default)
//! builds rustls with `ring`, which reqwest does not bring itself
//! (its `rustls-no-provider` feature): when a client is built and the
//! process has no default rustls provider yet, `ring`'s is installed as the
//! default, so that every `reqwest::Client` of the process can use rustls,
//! a caller's own included. A provider the program installed first
//! (`CryptoProvider::install_default`) is kept and used.
//! `rustls-aws-lc-rs` and `native-tls` leave the choice to reqwest
//! (aws-lc-rs, or the platform's TLS library).

/// Installs `ring` as the process's default rustls provider, unless one is
/// installed.
#[cfg(all(feature = "rustls", not(feature = "rustls-aws-lc-rs")))]
pub(crate) fn install_default_provider() {
    use rustls::crypto::CryptoProvider;
    if CryptoProvider::get_default().is_none() {
        // Another thread may install one meanwhile: the first one stays.
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
}

/// reqwest brings its own provider, or none is needed.
#[cfg(not(all(feature = "rustls", not(feature = "rustls-aws-lc-rs"))))]
pub(crate) fn install_default_provider() {}
