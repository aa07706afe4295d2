//! Maintainer tasks for the vendor-clients workspace.
//!
//! - `cargo xtask regen [VENDOR...]`: lint each spec, generate its client with
//!   progenitor and write every file that follows from `specs/vendors.toml`.
//! - `cargo xtask check [--full]`: the same in memory; fails, with a diff,
//!   when a committed file differs, is missing, or is an orphan, or when
//!   `Cargo.lock` does not follow the generated manifests. A vendor whose
//!   inputs and files are those `specs/regen.stamp.toml` records is not
//!   regenerated, unless `--full`.
//! - `cargo xtask fuzz [CASES]`: the fuzz test of every operation's response
//!   decoding (`tests/fuzz.rs`), in release mode, CASES inputs per vendor
//!   (1,000,000 unless given).
//! - `cargo xtask sdk-methods VENDOR DOCS.md...`: writes `specs/sdk/VENDOR.toml`,
//!   the SDK methods the lint checks operations against, from the SDK's
//!   generated API docs (one `<Class>.md` per API class); a method new to
//!   the list is `left_out` until the spec has it.
//! - `cargo xtask semver [--baseline REV] [--changelog]`: the changes of the
//!   generated public API since REV (the last release tag `v*`, else the
//!   merge base with main), in spec terms with the version bump each needs;
//!   fails on a break the workspace version does not cover. `--changelog`
//!   prints them as CHANGELOG.md lines instead.

#[cfg(test)]
mod layering;
mod model;
mod outputs;
mod passes;
mod semver;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use model::manifest::Manifest;
use model::revision::{self, Snapshot, Source};
use model::sdk;
use outputs::{Output, Problem, lockfile, stamp};

const USAGE: &str = "usage: cargo xtask regen [VENDOR...] | cargo xtask check [--full] | cargo xtask sdk-methods VENDOR DOCS.md... | cargo xtask fuzz [CASES] | cargo xtask semver [--baseline REV] [--changelog]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = workspace_root();
    let result = match args.split_first() {
        Some((cmd, vendors)) if cmd == "regen" => regen(&root, vendors),
        Some((cmd, rest)) if cmd == "check" && rest.is_empty() => check(&root, false),
        Some((cmd, [flag])) if cmd == "check" && flag == "--full" => check(&root, true),
        Some((cmd, [vendor, docs @ ..])) if cmd == "sdk-methods" && !docs.is_empty() => {
            sdk_methods(&root, vendor, docs)
        }
        Some((cmd, [])) if cmd == "fuzz" => fuzz(&root, "1000000"),
        Some((cmd, [cases])) if cmd == "fuzz" => fuzz(&root, cases),
        Some((cmd, rest)) if cmd == "semver" => semver_options(rest)
            .and_then(|(baseline, changelog)| semver(&root, baseline, changelog)),
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
/// files every vendor shares (facade, README table, test targets), then
/// brings `Cargo.lock` up to date with the manifests written.
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
    let generated = outputs::all(root, &manifest, only, None)?;
    let mut written = 0;
    for Output { path, contents } in &generated.outputs {
        let full = root.join(path);
        if std::fs::read_to_string(&full).ok().as_deref() == Some(contents.as_str()) {
            continue;
        }
        write(root, path, contents)?;
        written += 1;
        println!("wrote {}", path.display());
    }
    for vendor in &manifest.vendors {
        let starters = [
            (
                vendor.crate_path().join("src/lib.rs"),
                outputs::lib_rs_starter(vendor),
                "add what is special about the vendor to its docs",
            ),
            (
                vendor.crate_path().join("src/auth.rs"),
                outputs::auth_rs_starter(vendor),
                "add the vendor's credentials to Client::builder",
            ),
            (
                Path::new("tests").join(format!("{}.rs", vendor.name)),
                outputs::wire_tests_starter(vendor),
                "add a wire test per operation",
            ),
        ];
        for (path, contents, todo) in starters {
            if !root.join(&path).exists() {
                write(root, &path, &contents)?;
                written += 1;
                println!("wrote {} (a starter: {todo})", path.display());
            }
        }
    }
    for orphan in outputs::orphans(root, &manifest) {
        println!(
            "warning: {} has no vendor in specs/vendors.toml; delete it",
            orphan.display()
        );
    }
    let lock = if lockfile::stale(root, &generated.outputs)?.is_empty() {
        "current"
    } else {
        lockfile::update(root)?;
        let still = lockfile::stale(root, &generated.outputs)?;
        if !still.is_empty() {
            return Err(format!(
                "{} is still stale after updating it:\n  {}",
                lockfile::LOCKFILE,
                still.join("\n  ")
            ));
        }
        println!("updated {}", lockfile::LOCKFILE);
        "updated"
    };
    println!(
        "regen: {} vendors, {} operations; {written} files written, {} unchanged; {} {lock}",
        generated.vendors,
        generated.operations,
        generated.outputs.len() - written.min(generated.outputs.len()),
        lockfile::LOCKFILE,
    );
    Ok(())
}

fn write(root: &Path, path: &Path, contents: &str) -> Result<(), String> {
    let full = root.join(path);
    if let Some(dir) = full.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(&full, contents).map_err(|e| format!("{}: {e}", full.display()))
}

/// Regenerates everything in memory and compares it with the work tree;
/// without `full`, a vendor the stamp shows unchanged is not regenerated.
fn check(root: &Path, full: bool) -> Result<(), String> {
    let manifest = Manifest::load(root)?;
    let stamp = (!full).then(|| stamp::Stamp::load(root));
    let generated = outputs::all(root, &manifest, &[], stamp.as_ref())?;
    let mut problems: Vec<String> = outputs::compare(root, &generated.outputs)
        .iter()
        .map(ToString::to_string)
        .collect();
    problems.extend(
        outputs::orphans(root, &manifest)
            .into_iter()
            .map(|orphan| Problem::Orphan(orphan).to_string()),
    );
    problems.extend(lockfile::stale(root, &generated.outputs)?);
    if problems.is_empty() {
        println!(
            "check: {} vendors, {} operations; {} generated files match specs/ ({} vendors unchanged since their stamp); {} current",
            generated.vendors,
            generated.operations,
            generated.outputs.len(),
            generated.reused,
            lockfile::LOCKFILE,
        );
        return Ok(());
    }
    for problem in &problems {
        eprintln!("{problem}");
    }
    Err(format!(
        "{} problem(s): the committed files do not follow specs/; run `cargo xtask regen` and commit the result",
        problems.len()
    ))
}

/// Runs the fuzz test with `cases` inputs per vendor, in release mode.
fn fuzz(root: &Path, cases: &str) -> Result<(), String> {
    let cases: u32 = cases
        .parse()
        .map_err(|_| format!("{cases:?} is not a number of cases"))?;
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = std::process::Command::new(cargo)
        .current_dir(root)
        .args([
            "test",
            "--release",
            "--locked",
            "-p",
            "vendor-clients-tests",
            "--test",
            "fuzz",
        ])
        .args(["--", "--nocapture", "every_answer_decodes"])
        .env("PROPTEST_CASES", cases.to_string())
        .status()
        .map_err(|e| format!("could not run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("the fuzz run failed ({status})"))
    }
}

/// `semver`'s options: the baseline, if given, and `--changelog`.
fn semver_options(args: &[String]) -> Result<(Option<&str>, bool), String> {
    let (mut baseline, mut changelog) = (None, false);
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--baseline" => baseline = Some(args.next().ok_or(USAGE)?.as_str()),
            "--changelog" => changelog = true,
            _ => return Err(USAGE.to_string()),
        }
    }
    Ok((baseline, changelog))
}

/// Compares the generated API of the work tree with the baseline's.
fn semver(root: &Path, baseline: Option<&str>, changelog: bool) -> Result<(), String> {
    let (rev, how) = match baseline {
        Some(rev) => (rev.to_string(), rev.to_string()),
        None => revision::default_baseline(root)?,
    };
    let old = Snapshot::load(root, &Source::Git(rev))?;
    let new = Snapshot::load(root, &Source::WorkTree)?;
    let report = semver::compare(&old, &new);
    if changelog {
        print!("{}", report.changelog());
        return Ok(());
    }
    print!("{}", report.render(&how)?);
    report.verdict()
}

/// Imports the SDK's method list from its generated API docs, one file per
/// class (the file's stem is the class), keeping what the current list says.
fn sdk_methods(root: &Path, vendor: &str, docs: &[String]) -> Result<(), String> {
    let mut imported = Vec::new();
    for doc in docs {
        let text = std::fs::read_to_string(doc).map_err(|e| format!("{doc}: {e}"))?;
        let class = Path::new(doc)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .ok_or_else(|| format!("{doc}: no file name, which names the class"))?;
        let methods = sdk::parse_docs(&class, &text);
        if methods.is_empty() {
            return Err(format!("{doc}: no operation table found"));
        }
        imported.extend(methods);
    }
    let current = sdk::load(root, vendor).ok();
    let source = current.as_ref().map_or_else(
        || {
            format!(
                "docs/{{{}}}.md",
                docs.iter()
                    .filter_map(|d| Path::new(d).file_stem())
                    .map(|s| s.to_string_lossy())
                    .collect::<Vec<_>>()
                    .join(",")
            )
        },
        |c| c.source.clone(),
    );
    let methods = sdk::Methods {
        source,
        methods: sdk::merge(current.as_ref(), imported),
    };
    let path = sdk::path(vendor);
    write(root, &path, &sdk::render(&methods))?;
    let left_out = methods.methods.len() - methods.covered().count();
    println!(
        "wrote {} ({} methods, {left_out} left out)",
        path.display(),
        methods.methods.len()
    );
    Ok(())
}
