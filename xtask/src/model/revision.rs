//! The inputs of the generated API at one revision: the work tree, or a git
//! revision read with `git show <rev>:<path>` (no checkout, no build). Each
//! vendor's spec is read as `regen` reads it (YAML into JSON); the manifest
//! only for each vendor's name, crate and spec, so that a manifest from
//! before a field was added still reads.

use std::path::Path;
use std::process::Command;

use serde::Deserialize;
use serde_json::Value;

use crate::model::manifest::MANIFEST;
use crate::model::workspace::{CARGO_TOML, Workspace};

/// Where the files are read from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    WorkTree,
    /// A commit, by any name git takes (`v0.1.0`, `main`, `HEAD~1`, a hash).
    Git(String),
}

/// One vendor's spec at the revision.
pub struct VendorSpec {
    pub name: String,
    pub crate_name: String,
    pub spec: Value,
}

/// Everything the public API is made from, at one revision.
pub struct Snapshot {
    pub workspace: Workspace,
    pub vendors: Vec<VendorSpec>,
}

/// The manifest's fields the comparison needs (unknown fields ignored).
#[derive(Deserialize)]
struct ManifestNames {
    #[serde(rename = "vendor")]
    vendors: Vec<VendorNames>,
}

#[derive(Deserialize)]
struct VendorNames {
    name: String,
    spec: String,
    crate_name: String,
}

impl Source {
    /// The file at `path` (relative to the root), `None` where it does not
    /// exist at this revision.
    fn read(&self, root: &Path, path: &str) -> Result<Option<String>, String> {
        match self {
            Self::WorkTree => match std::fs::read_to_string(root.join(path)) {
                Ok(text) => Ok(Some(text)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(e) => Err(format!("{path}: {e}")),
            },
            Self::Git(rev) => {
                let object = format!("{rev}:{path}");
                // `cat-file -e` tells a missing file from a failing git.
                let exists = Command::new("git")
                    .current_dir(root)
                    .args(["cat-file", "-e", &object])
                    .output()
                    .map_err(|e| format!("could not run git: {e}"))?
                    .status
                    .success();
                if !exists {
                    return Ok(None);
                }
                git(root, &["show", &object]).map(Some)
            }
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Self::WorkTree => "the work tree".to_string(),
            Self::Git(rev) => rev.clone(),
        }
    }
}

impl Snapshot {
    pub fn load(root: &Path, source: &Source) -> Result<Self, String> {
        let at = source.describe();
        if let Source::Git(rev) = source {
            git(
                root,
                &[
                    "rev-parse",
                    "--verify",
                    "--quiet",
                    &format!("{rev}^{{commit}}"),
                ],
            )
            .map_err(|_| format!("{rev:?} is not a commit of this repository"))?;
        }
        let required = |path: &str| -> Result<String, String> {
            source
                .read(root, path)?
                .ok_or(format!("{path}: missing at {at}"))
        };
        let workspace =
            Workspace::parse(&required(CARGO_TOML)?).map_err(|e| format!("{e} (at {at})"))?;
        let manifest: ManifestNames =
            toml::from_str(&required(MANIFEST)?).map_err(|e| format!("{MANIFEST} at {at}: {e}"))?;
        let mut vendors = Vec::new();
        for vendor in manifest.vendors {
            let path = format!("specs/{}", vendor.spec);
            let Some(text) = source.read(root, &path)? else {
                continue;
            };
            let spec: Value = serde_norway::from_str(&text)
                .map_err(|e| format!("{path} at {at}: not YAML: {e}"))?;
            vendors.push(VendorSpec {
                name: vendor.name,
                crate_name: vendor.crate_name,
                spec,
            });
        }
        Ok(Self { workspace, vendors })
    }
}

/// A git command's output, trimmed of its last newline.
pub fn git(root: &Path, args: &[&str]) -> Result<String, String> {
    let output = Command::new("git")
        .current_dir(root)
        .args(args)
        .output()
        .map_err(|e| format!("could not run git: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "git {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    let mut text = String::from_utf8_lossy(&output.stdout).into_owned();
    if text.ends_with('\n') {
        text.pop();
    }
    Ok(text)
}

/// The release tags are `v<version>` (`v0.1.0`), one for the workspace.
pub const RELEASE_TAGS: &str = "v[0-9]*";

/// The baseline when none is given: the last release tag reachable from
/// `HEAD`, or else the merge base with `main` (`origin/main` where there
/// is no local `main`). The revision and how it was chosen.
pub fn default_baseline(root: &Path) -> Result<(String, String), String> {
    if let Ok(tag) = git(
        root,
        &[
            "describe",
            "--tags",
            "--abbrev=0",
            "--match",
            RELEASE_TAGS,
            "HEAD",
        ],
    ) {
        return Ok((tag.clone(), format!("{tag} (the last release tag)")));
    }
    for main in ["main", "origin/main"] {
        if let Ok(base) = git(root, &["merge-base", "HEAD", main]) {
            let short = base.get(..10).unwrap_or(&base).to_string();
            return Ok((
                base,
                format!("{short} (no release tag yet: the merge base with {main})"),
            ));
        }
    }
    Err("no baseline: no release tag (v*) and no merge base with main; give one with --baseline <git rev>".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    /// A scratch git repository under the system temp dir, removed on drop.
    struct Repo(PathBuf);

    impl Repo {
        fn new(name: &str) -> Self {
            let dir = std::env::temp_dir().join(format!("xtask-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(dir.join("specs")).unwrap();
            let repo = Self(dir);
            repo.git(&["init", "--quiet", "--initial-branch=main"]);
            repo
        }

        fn git(&self, args: &[&str]) -> String {
            let identity = [
                "-c",
                "user.name=xtask test",
                "-c",
                "user.email=xtask@example.invalid",
                "-c",
                "commit.gpgsign=false",
                "-c",
                "tag.gpgsign=false",
            ];
            let all: Vec<&str> = identity.iter().chain(args).copied().collect();
            git(&self.0, &all).unwrap()
        }

        fn write(&self, path: &str, contents: &str) {
            std::fs::write(self.0.join(path), contents).unwrap();
        }

        fn commit(&self, message: &str) {
            self.git(&["add", "--all"]);
            self.git(&["commit", "--quiet", "-m", message]);
        }
    }

    impl Drop for Repo {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    const MANIFEST_TEXT: &str = r#"
[[vendor]]
name = "togai"
spec = "togai.yaml"
crate_name = "togai-client"
a_field_this_reader_does_not_know = true
"#;

    fn spec(operations: &[&str]) -> String {
        let mut text = "openapi: 3.0.3\npaths:\n".to_string();
        for id in operations {
            text.push_str(&format!("  /{id}:\n    get:\n      operationId: {id}\n"));
        }
        text
    }

    fn ids(snapshot: &Snapshot) -> Vec<String> {
        let spec = &snapshot.vendors[0].spec;
        let mut ids: Vec<String> = crate::model::openapi::operations(spec)
            .iter()
            .filter_map(|op| op.id().map(str::to_string))
            .collect();
        ids.sort();
        ids
    }

    #[test]
    fn a_revision_is_read_from_git_and_the_work_tree_from_disk() {
        let repo = Repo::new("revision");
        repo.write("Cargo.toml", "[workspace.package]\nversion = \"0.1.0\"\n");
        repo.write("specs/vendors.toml", MANIFEST_TEXT);
        repo.write("specs/togai.yaml", &spec(&["get_accounts", "get_account"]));
        repo.commit("first");
        repo.git(&["tag", "v0.1.0"]);
        repo.write("Cargo.toml", "[workspace.package]\nversion = \"0.2.0\"\n");
        repo.write("specs/togai.yaml", &spec(&["get_account"]));
        repo.commit("second");
        repo.write("specs/togai.yaml", &spec(&["get_account", "get_customers"]));

        let old = Snapshot::load(&repo.0, &Source::Git("v0.1.0".into())).unwrap();
        assert_eq!(old.workspace.version, "0.1.0");
        assert_eq!(
            (
                old.vendors[0].name.as_str(),
                old.vendors[0].crate_name.as_str()
            ),
            ("togai", "togai-client")
        );
        assert_eq!(ids(&old), ["get_account", "get_accounts"]);
        let head = Snapshot::load(&repo.0, &Source::Git("HEAD".into())).unwrap();
        assert_eq!(
            (head.workspace.version.as_str(), ids(&head)),
            ("0.2.0", vec!["get_account".to_string()])
        );
        let work_tree = Snapshot::load(&repo.0, &Source::WorkTree).unwrap();
        assert_eq!(ids(&work_tree), ["get_account", "get_customers"]);

        let error = Snapshot::load(&repo.0, &Source::Git("v9".into()))
            .err()
            .unwrap();
        assert!(error.contains("\"v9\" is not a commit"), "{error}");
    }

    #[test]
    fn a_vendor_whose_spec_is_missing_at_the_revision_is_left_out() {
        let repo = Repo::new("revision-missing");
        repo.write("Cargo.toml", "[workspace.package]\nversion = \"0.1.0\"\n");
        repo.write("specs/vendors.toml", MANIFEST_TEXT);
        repo.commit("no spec yet");
        let old = Snapshot::load(&repo.0, &Source::Git("HEAD".into())).unwrap();
        assert!(old.vendors.is_empty());
    }

    #[test]
    fn the_default_baseline_is_the_last_release_tag_else_the_merge_base_with_main() {
        let repo = Repo::new("baseline");
        repo.write("Cargo.toml", "");
        repo.commit("first");
        let first = repo.git(&["rev-parse", "HEAD"]);
        repo.git(&["checkout", "--quiet", "-b", "topic"]);
        repo.write("Cargo.toml", "# edited");
        repo.commit("on a branch");
        let (rev, how) = default_baseline(&repo.0).unwrap();
        assert_eq!(rev, first);
        assert!(how.contains("the merge base with main"), "{how}");

        repo.git(&["tag", "v0.1.0", &first]);
        assert_eq!(
            default_baseline(&repo.0).unwrap(),
            (
                "v0.1.0".to_string(),
                "v0.1.0 (the last release tag)".to_string()
            )
        );
    }
}
