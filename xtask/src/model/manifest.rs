//! `specs/vendors.toml`: the one list of vendors everything else follows.

use std::path::{Path, PathBuf};

use serde::Deserialize;

pub const MANIFEST: &str = "specs/vendors.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    #[serde(rename = "vendor")]
    pub vendors: Vec<Vendor>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vendor {
    /// Short name: the facade feature and module, the xtask argument.
    pub name: String,
    /// Spec file name in `specs/`.
    pub spec: String,
    /// Crate directory name in `crates/`.
    pub crate_dir: String,
    /// Package name of the vendor crate.
    pub crate_name: String,
    /// Default base URL; empty for self-hosted APIs.
    pub base_url: String,
    /// How the client authenticates, for the README.
    pub auth: String,
    /// The vendor SDK converts response numbers with `int()`/`float()`, so
    /// it accepts numeric strings; the client's number fields do too.
    #[serde(default)]
    pub sdk_coerces_numbers: bool,
    /// Response headers in which the vendor says how many seconds to wait
    /// before trying again, besides `Retry-After` (read by the retry policy).
    #[serde(default)]
    pub wait_headers: Vec<String>,
    /// How a user starts a client, as Rust code after the crate name (for
    /// the generated docs): `Client::builder("my-client-id", "my-client-secret")`.
    pub example_client: String,
}

impl Vendor {
    pub fn spec_path(&self) -> PathBuf {
        Path::new("specs").join(&self.spec)
    }

    pub fn crate_path(&self) -> PathBuf {
        Path::new("crates").join(&self.crate_dir)
    }

    pub fn generated_path(&self) -> PathBuf {
        self.crate_path().join("src/generated.rs")
    }

    /// The crate documentation's guide, included by the hand-written lib.rs.
    pub fn guide_path(&self) -> PathBuf {
        self.crate_path().join("src/guide.md")
    }

    /// The crate name as Rust code spells it.
    pub fn crate_ident(&self) -> String {
        self.crate_name.replace('-', "_")
    }
}

impl Manifest {
    pub fn load(root: &Path) -> Result<Self, String> {
        let text =
            std::fs::read_to_string(root.join(MANIFEST)).map_err(|e| format!("{MANIFEST}: {e}"))?;
        let manifest: Self = toml::from_str(&text).map_err(|e| format!("{MANIFEST}: {e}"))?;
        let mut seen = std::collections::BTreeSet::new();
        for vendor in &manifest.vendors {
            let keys = [
                ("name", &vendor.name),
                ("crate_dir", &vendor.crate_dir),
                ("crate_name", &vendor.crate_name),
                ("spec", &vendor.spec),
            ];
            for (field, value) in keys {
                if !seen.insert((field, value.as_str())) {
                    return Err(format!("{MANIFEST}: {field} {value:?} appears twice"));
                }
            }
            let valid = |s: &str| {
                !s.is_empty()
                    && s.chars().all(|c| {
                        c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_'
                    })
            };
            if !valid(&vendor.name) || !valid(&vendor.crate_dir) || !valid(&vendor.crate_name) {
                return Err(format!(
                    "{MANIFEST}: vendor {:?}: name, crate_dir and crate_name must be lower-case identifiers",
                    vendor.name
                ));
            }
        }
        Ok(manifest)
    }

    pub fn vendor(&self, name: &str) -> Option<&Vendor> {
        self.vendors.iter().find(|v| v.name == name)
    }

    pub fn names(&self) -> Vec<&str> {
        self.vendors.iter().map(|v| v.name.as_str()).collect()
    }
}
