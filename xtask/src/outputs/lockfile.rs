//! `Cargo.lock` must follow the generated manifests: a spec edit can give a
//! generated crate a new dependency (the first `format: date-time` brings in
//! `chrono`), and `cargo build --locked` then fails on a clean clone.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Stdio};

use toml::Value;

use crate::passes::shared::file::Output;

pub const LOCKFILE: &str = "Cargo.lock";

/// Where `Cargo.lock` disagrees with the generated `Cargo.toml` files among
/// `outputs`, one line each; empty when it is current.
pub fn stale(root: &Path, outputs: &[Output]) -> Result<Vec<String>, String> {
    let text = std::fs::read_to_string(root.join(LOCKFILE))
        .map_err(|e| format!("{LOCKFILE}: {e} (run `cargo xtask regen` to write it)"))?;
    let lock: Value = toml::from_str(&text).map_err(|e| format!("{LOCKFILE}: {e}"))?;
    let packages = lock
        .get("package")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let mut problems = Vec::new();
    for output in outputs.iter().filter(|o| o.path.ends_with("Cargo.toml")) {
        let manifest: Value = toml::from_str(&output.contents)
            .map_err(|e| format!("{}: {e}", output.path.display()))?;
        let Some(name) = manifest
            .get("package")
            .and_then(|p| p.get("name"))
            .and_then(Value::as_str)
        else {
            continue;
        };
        let wanted = dependency_names(&manifest);
        // A workspace member has no `source` in the lock.
        let entry = packages.iter().find(|p| {
            p.get("name").and_then(Value::as_str) == Some(name) && p.get("source").is_none()
        });
        let Some(entry) = entry else {
            problems.push(format!("{LOCKFILE} has no entry for {name}"));
            continue;
        };
        let locked: BTreeSet<String> = entry
            .get("dependencies")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .filter_map(|d| d.split_whitespace().next())
            .map(str::to_string)
            .collect();
        for missing in wanted.difference(&locked) {
            problems.push(format!(
                "{LOCKFILE}: {name} depends on {missing}, which {LOCKFILE} does not record for it"
            ));
        }
        for gone in locked.difference(&wanted) {
            problems.push(format!(
                "{LOCKFILE}: records {gone} for {name}, which no longer depends on it"
            ));
        }
    }
    Ok(problems)
}

/// Package names of every dependency table of a manifest (normal, dev and
/// build; a renamed dependency counts under its `package` name).
fn dependency_names(manifest: &Value) -> BTreeSet<String> {
    ["dependencies", "dev-dependencies", "build-dependencies"]
        .iter()
        .filter_map(|table| manifest.get(table).and_then(Value::as_table))
        .flatten()
        .map(|(key, spec)| {
            spec.get("package")
                .and_then(Value::as_str)
                .unwrap_or(key)
                .to_string()
        })
        .collect()
}

/// Brings `Cargo.lock` up to date with the manifests, changing only what
/// they require (`cargo metadata` resolves without upgrading anything).
/// Tries offline first: the crates a spec can bring in are usually cached.
pub fn update(root: &Path) -> Result<(), String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let manifest = root.join("Cargo.toml");
    let run = |offline: bool| {
        let mut command = Command::new(&cargo);
        command
            .args(["metadata", "--format-version", "1", "--manifest-path"])
            .arg(&manifest)
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        if offline {
            command.arg("--offline");
        }
        command.output()
    };
    let output = match run(true) {
        Ok(out) if out.status.success() => return Ok(()),
        _ => run(false).map_err(|e| format!("could not run cargo to update {LOCKFILE}: {e}"))?,
    };
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "cargo could not update {LOCKFILE}:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest(deps: &str) -> Output {
        Output {
            path: "crates/a/Cargo.toml".into(),
            contents: format!(
                "[package]\nname = \"a-client\"\n[dependencies]\n{deps}\n\
                 [dev-dependencies]\ntokio.workspace = true\n"
            ),
        }
    }

    fn lock_dir(name: &str, lock: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-lock-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(LOCKFILE), lock).unwrap();
        dir
    }

    const LOCK: &str = r#"
version = 4

[[package]]
name = "a-client"
version = "0.1.0"
dependencies = ["serde", "tokio", "uuid 1.18.0"]

[[package]]
name = "chrono"
version = "0.4.42"
source = "registry+https://github.com/rust-lang/crates.io-index"
"#;

    #[test]
    fn names_each_missing_and_extra_dependency() {
        let dir = lock_dir("stale", LOCK);
        let outputs = [manifest("serde.workspace = true\nchrono.workspace = true")];
        let problems = stale(&dir, &outputs).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(
            problems,
            [
                "Cargo.lock: a-client depends on chrono, which Cargo.lock does not record for it",
                "Cargo.lock: records uuid for a-client, which no longer depends on it",
            ]
        );
    }

    #[test]
    fn a_current_lock_has_no_problem_and_a_new_crate_is_named() {
        let dir = lock_dir("current", LOCK);
        let current = [manifest("serde = \"1\"\nuuid.workspace = true")];
        assert_eq!(stale(&dir, &current).unwrap(), Vec::<String>::new());
        let mut new_crate = manifest("");
        new_crate.contents = new_crate.contents.replace("a-client", "b-client");
        let problems = stale(&dir, &[new_crate]).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(problems, ["Cargo.lock has no entry for b-client"]);
    }
}
