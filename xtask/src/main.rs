//! Maintainer tasks for the vendor-clients workspace.
//!
//! - `cargo xtask regen [VENDOR...]`: lint each spec, generate its client with
//!   progenitor and write every file that follows from `specs/vendors.toml`.
//! - `cargo xtask check`: the same in memory; fails, with a diff, when a
//!   committed file differs, is missing, or is an orphan.

mod generate;
mod lint;
mod manifest;
mod outputs;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use manifest::Manifest;
use outputs::{Output, Problem};

const USAGE: &str = "usage: cargo xtask regen [VENDOR...] | cargo xtask check";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = workspace_root();
    let result = match args.split_first() {
        Some((cmd, vendors)) if cmd == "regen" => regen(&root, vendors),
        Some((cmd, rest)) if cmd == "check" && rest.is_empty() => check(&root),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root: the parent of the xtask crate. `cargo run` sets
/// CARGO_MANIFEST_DIR at run time; the build-time value is the fallback (it
/// can be stale when one target directory serves two checkouts).
fn workspace_root() -> PathBuf {
    let xtask_dir = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    xtask_dir
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or(xtask_dir)
}

/// Writes the outputs of the named vendors (all when none is named) and the
/// files every vendor shares (facade, README table).
fn regen(root: &Path, only: &[String]) -> Result<(), String> {
    let manifest = Manifest::load(root)?;
    for name in only {
        if manifest.vendor(name).is_none() {
            return Err(format!(
                "no vendor {name:?} in specs/vendors.toml (known: {})",
                manifest.names().join(", ")
            ));
        }
    }
    let outputs = outputs::all(root, &manifest, only)?;
    for Output { path, contents } in &outputs {
        let full = root.join(path);
        if std::fs::read_to_string(&full).ok().as_deref() == Some(contents.as_str()) {
            continue;
        }
        if let Some(dir) = full.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(&full, contents).map_err(|e| format!("{}: {e}", full.display()))?;
        println!("wrote {}", path.display());
    }
    for vendor in &manifest.vendors {
        let lib = root.join(vendor.crate_path()).join("src/lib.rs");
        if !lib.exists() {
            std::fs::write(&lib, outputs::lib_rs_starter(vendor))
                .map_err(|e| format!("{}: {e}", lib.display()))?;
            println!(
                "wrote {} (a starter: add the vendor's credentials, docs and an example)",
                vendor.crate_path().join("src/lib.rs").display()
            );
        }
    }
    for orphan in outputs::orphans(root, &manifest) {
        println!(
            "warning: {} has no vendor in specs/vendors.toml; delete it",
            orphan.display()
        );
    }
    Ok(())
}

/// Regenerates everything in memory and compares it with the work tree.
fn check(root: &Path) -> Result<(), String> {
    let manifest = Manifest::load(root)?;
    let outputs = outputs::all(root, &manifest, &[])?;
    let mut problems = outputs::compare(root, &outputs);
    problems.extend(
        outputs::orphans(root, &manifest)
            .into_iter()
            .map(Problem::Orphan),
    );
    if problems.is_empty() {
        println!(
            "ok: {} generated files match specs/ ({} vendors)",
            outputs.len(),
            manifest.vendors.len()
        );
        return Ok(());
    }
    for problem in &problems {
        eprintln!("{problem}");
    }
    Err(format!(
        "{} generated file(s) out of date; run `cargo xtask regen` and commit the result",
        problems.len()
    ))
}
