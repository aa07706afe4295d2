//! The TLS stack of the runtime's own `reqwest::Client`, by the crate's
//! features; no process-wide state is set.
//!
//! - `rustls` (default): reqwest's own rustls with aws-lc-rs built in, so
//!   every `reqwest::Client` of the program has a provider.
//! - `native-tls`: the platform's TLS library, reqwest's choice when both
//!   it and rustls are compiled in.
//! - `rustls-ring` alone: reqwest has no provider of its own
//!   (`rustls-no-provider`). The runtime's client gets a rustls
//!   `ClientConfig` with ring's provider and the platform verifier, as
//!   reqwest would build it. No process default is installed: it would
//!   apply to every reqwest client of the program, one with aws-lc-rs
//!   included (reqwest prefers the process default), losing post-quantum key
//!   exchange there, and whether a caller's client works would depend on
//!   which was built first. A provider the program installed
//!   (`CryptoProvider::install_default`) is left to reqwest, which uses it.
//!
//! Roots: the platform verifier (rustls-platform-verifier). On Linux and
//! the other Unixes but Apple's it reads the system store through
//! rustls-native-certs (`SSL_CERT_FILE` / `SSL_CERT_DIR` replace the system
//! locations when set) and refuses to start with no certificate at all:
//! `build()` fails, with `ConfigProblem::HttpClient` under `rustls` (reqwest
//! starts the verifier) and `ConfigProblem::Tls` under `rustls-ring` (the
//! runtime does).

use crate::error::ConfigProblem;

/// A `reqwest::ClientBuilder` with the TLS stack the features chose, or
/// why there can be none.
pub(crate) fn client_builder() -> Result<reqwest::ClientBuilder, ConfigProblem> {
    let builder = reqwest::Client::builder();
    #[cfg(all(
        feature = "rustls-ring",
        not(feature = "rustls"),
        not(feature = "native-tls")
    ))]
    let builder = ring_only::configure(builder)?;
    Ok(builder)
}

#[cfg(all(
    feature = "rustls-ring",
    not(feature = "rustls"),
    not(feature = "native-tls")
))]
mod ring_only {
    use std::sync::Arc;

    use rustls::SignatureScheme;
    use rustls::crypto::{
        CryptoProvider, GetRandomFailed, KeyProvider, SecureRandom, WebPkiSupportedAlgorithms,
    };
    use rustls::pki_types::PrivateKeyDer;

    use super::ConfigProblem;
    use webpki::ring as algs;

    pub(super) fn configure(
        builder: reqwest::ClientBuilder,
    ) -> Result<reqwest::ClientBuilder, ConfigProblem> {
        if CryptoProvider::get_default().is_some() {
            return Ok(builder);
        }
        let config = client_config().map_err(|error| ConfigProblem::Tls {
            reason: error.to_string(),
        })?;
        Ok(builder.tls_backend_preconfigured(config))
    }

    /// What reqwest builds for rustls, with ring's provider: safe default
    /// versions, the platform verifier, HTTP/1.1 (reqwest's ALPN without
    /// its `http2` feature, which the workspace leaves off).
    pub(super) fn client_config() -> Result<rustls::ClientConfig, rustls::Error> {
        let provider = Arc::new(provider());
        // Fails without a single root certificate, as under reqwest's own
        // rustls.
        let verifier = Arc::new(rustls_platform_verifier::Verifier::new(provider.clone())?);
        let mut config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()?
            .dangerous()
            .with_custom_certificate_verifier(verifier)
            .with_no_client_auth();
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        Ok(config)
    }

    /// rustls's ring provider (`rustls::crypto::ring::default_provider`,
    /// deprecated since 0.23.48), from the parts rustls and webpki export.
    pub(super) fn provider() -> CryptoProvider {
        CryptoProvider {
            cipher_suites: rustls::crypto::ring::DEFAULT_CIPHER_SUITES.to_vec(),
            kx_groups: rustls::crypto::ring::DEFAULT_KX_GROUPS.to_vec(),
            signature_verification_algorithms: SIGNATURE_ALGORITHMS,
            secure_random: &Ring,
            key_provider: &Ring,
        }
    }

    #[derive(Debug)]
    struct Ring;

    impl SecureRandom for Ring {
        fn fill(&self, buf: &mut [u8]) -> Result<(), GetRandomFailed> {
            ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), buf)
                .map_err(|_| GetRandomFailed)
        }
    }

    impl KeyProvider for Ring {
        fn load_private_key(
            &self,
            key_der: PrivateKeyDer<'static>,
        ) -> Result<Arc<dyn rustls::sign::SigningKey>, rustls::Error> {
            rustls::crypto::ring::sign::any_supported_type(&key_der)
        }
    }

    /// rustls 0.23.48's table for ring (`SUPPORTED_SIG_ALGS`, private);
    /// a test compares it with rustls's own.
    static SIGNATURE_ALGORITHMS: WebPkiSupportedAlgorithms = WebPkiSupportedAlgorithms {
        all: &[
            algs::ECDSA_P256_SHA256,
            algs::ECDSA_P256_SHA384,
            algs::ECDSA_P384_SHA256,
            algs::ECDSA_P384_SHA384,
            algs::ED25519,
            algs::RSA_PSS_2048_8192_SHA256_LEGACY_KEY,
            algs::RSA_PSS_2048_8192_SHA384_LEGACY_KEY,
            algs::RSA_PSS_2048_8192_SHA512_LEGACY_KEY,
            algs::RSA_PKCS1_2048_8192_SHA256,
            algs::RSA_PKCS1_2048_8192_SHA384,
            algs::RSA_PKCS1_2048_8192_SHA512,
            algs::RSA_PKCS1_2048_8192_SHA256_ABSENT_PARAMS,
            algs::RSA_PKCS1_2048_8192_SHA384_ABSENT_PARAMS,
            algs::RSA_PKCS1_2048_8192_SHA512_ABSENT_PARAMS,
        ],
        mapping: &[
            // For TLS 1.2 the curve is not fixed by the scheme.
            (
                SignatureScheme::ECDSA_NISTP384_SHA384,
                &[algs::ECDSA_P384_SHA384, algs::ECDSA_P256_SHA384],
            ),
            (
                SignatureScheme::ECDSA_NISTP256_SHA256,
                &[algs::ECDSA_P256_SHA256, algs::ECDSA_P384_SHA256],
            ),
            (SignatureScheme::ED25519, &[algs::ED25519]),
            (
                SignatureScheme::RSA_PSS_SHA512,
                &[algs::RSA_PSS_2048_8192_SHA512_LEGACY_KEY],
            ),
            (
                SignatureScheme::RSA_PSS_SHA384,
                &[algs::RSA_PSS_2048_8192_SHA384_LEGACY_KEY],
            ),
            (
                SignatureScheme::RSA_PSS_SHA256,
                &[algs::RSA_PSS_2048_8192_SHA256_LEGACY_KEY],
            ),
            (
                SignatureScheme::RSA_PKCS1_SHA512,
                &[algs::RSA_PKCS1_2048_8192_SHA512],
            ),
            (
                SignatureScheme::RSA_PKCS1_SHA384,
                &[algs::RSA_PKCS1_2048_8192_SHA384],
            ),
            (
                SignatureScheme::RSA_PKCS1_SHA256,
                &[algs::RSA_PKCS1_2048_8192_SHA256],
            ),
        ],
    };

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn the_provider_is_rustls_own_ring_provider() {
            // rustls's deprecated constructor is the one reference for what
            // ring's provider is; only this test names it.
            #[allow(deprecated)]
            let theirs = rustls::crypto::ring::default_provider();
            let ours = provider();
            assert_eq!(
                format!("{:?}", ours.cipher_suites),
                format!("{:?}", theirs.cipher_suites)
            );
            assert_eq!(
                format!("{:?}", ours.kx_groups),
                format!("{:?}", theirs.kx_groups)
            );
            assert_eq!(
                format!("{:?}", ours.signature_verification_algorithms.all),
                format!("{:?}", theirs.signature_verification_algorithms.all)
            );
            assert_eq!(
                format!("{:?}", ours.signature_verification_algorithms.mapping),
                format!("{:?}", theirs.signature_verification_algorithms.mapping)
            );
            let mut bytes = [0u8; 32];
            ours.secure_random.fill(&mut bytes).unwrap();
            assert_ne!(bytes, [0u8; 32]);
        }

        #[test]
        fn the_client_gets_ring_and_the_process_no_default() {
            let config = client_config().unwrap();
            assert_eq!(
                format!("{:?}", config.crypto_provider().kx_groups),
                format!("{:?}", provider().kx_groups)
            );
            super::super::client_builder().unwrap().build().unwrap();
            assert!(CryptoProvider::get_default().is_none());
        }
    }
}
