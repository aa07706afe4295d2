//! The workspace's `Cargo.toml`: the version every published crate is
//! released at (one version for all), and the version requirements of the
//! dependencies whose types the crates' public API exposes.

use std::collections::BTreeMap;
use std::path::Path;

pub const CARGO_TOML: &str = "Cargo.toml";

/// The dependencies the vendor crates re-export or name in their public
/// API (`pub use reqwest;`, progenitor-client's `ResponseValue`): a new
/// major of one is a break of ours.
pub const EXPOSED_DEPENDENCIES: [&str; 5] =
    ["reqwest", "progenitor-client", "chrono", "uuid", "schemars"];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Workspace {
    /// `[workspace.package] version`.
    pub version: String,
    /// `[workspace.dependencies]` version requirements of the
    /// [`EXPOSED_DEPENDENCIES`], by name.
    pub exposed: BTreeMap<String, String>,
}

impl Workspace {
    pub fn load(root: &Path) -> Result<Self, String> {
        let text = std::fs::read_to_string(root.join(CARGO_TOML))
            .map_err(|e| format!("{CARGO_TOML}: {e}"))?;
        Self::parse(&text)
    }

    /// The requirement a user writes to depend on this version: `0.1` for
    /// 0.1.3 (any 0.1.x, the versions semver calls compatible), `1.2` for
    /// 1.2.0.
    pub fn requirement(&self) -> String {
        let mut parts = self.version.split(['.', '-', '+']);
        match (parts.next(), parts.next()) {
            (Some(major), Some(minor)) => format!("{major}.{minor}"),
            _ => self.version.clone(),
        }
    }

    pub fn parse(text: &str) -> Result<Self, String> {
        let toml: toml::Table = toml::from_str(text).map_err(|e| format!("{CARGO_TOML}: {e}"))?;
        let version = toml
            .get("workspace")
            .and_then(|w| w.get("package"))
            .and_then(|p| p.get("version"))
            .and_then(toml::Value::as_str)
            .ok_or(format!("{CARGO_TOML}: no [workspace.package] version"))?
            .to_string();
        let dependencies = toml
            .get("workspace")
            .and_then(|w| w.get("dependencies"))
            .and_then(toml::Value::as_table);
        let exposed = EXPOSED_DEPENDENCIES
            .iter()
            .filter_map(|name| {
                let requirement = match dependencies?.get(*name)? {
                    toml::Value::String(version) => version.as_str(),
                    other => other.get("version")?.as_str()?,
                };
                Some((name.to_string(), requirement.to_string()))
            })
            .collect();
        Ok(Self { version, exposed })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_version_and_the_exposed_requirements() {
        let workspace = Workspace::parse(
            r#"[workspace.package]
               version = "0.3.1"
               [workspace.dependencies]
               progenitor-client = "=0.15.1"
               reqwest = { version = "0.13.5", default-features = false }
               serde = "1""#,
        )
        .unwrap();
        assert_eq!(workspace.version, "0.3.1");
        assert_eq!(workspace.requirement(), "0.3");
        assert_eq!(
            workspace.exposed,
            BTreeMap::from([
                ("progenitor-client".to_string(), "=0.15.1".to_string()),
                ("reqwest".to_string(), "0.13.5".to_string()),
            ])
        );
        assert!(Workspace::parse("[workspace]").is_err());
    }
}
