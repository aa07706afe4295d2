//! A spec edit that gives a generated crate a new dependency: `check` names
//! the stale `Cargo.lock`, and `regen` leaves the workspace buildable with
//! `--locked`. Runs the real xtask binary and cargo on a copy of the
//! workspace (offline: every crate involved is already in the lock's cache).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .into()
}

/// Copies the workspace's sources (no `target/`, no `.git/`) to `to`.
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        if name == "target" || name == ".git" {
            continue;
        }
        let (source, dest) = (entry.path(), to.join(&name));
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&source, &dest);
        } else {
            std::fs::copy(&source, &dest).unwrap();
        }
    }
}

fn xtask(root: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .env("CARGO_MANIFEST_DIR", root.join("xtask"))
        .output()
        .unwrap()
}

fn cargo_locked(root: &Path) -> Output {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--locked", "--offline"])
        .current_dir(root)
        .output()
        .unwrap()
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

#[test]
fn a_new_dependency_is_locked_by_regen_and_a_stale_lock_fails_check() {
    let root = std::env::temp_dir().join(format!("xtask-lockfile-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    copy_tree(&workspace(), &root);
    let original_lock = std::fs::read_to_string(root.join("Cargo.lock")).unwrap();

    // The first date-time field of the kinow spec brings in chrono.
    let spec_path = root.join("specs/kinow.yaml");
    let spec = std::fs::read_to_string(&spec_path).unwrap();
    let anchor = "    PrepaymentBonus:\n      type: object\n      description: A prepayment bonus, as listed (response only).\n      properties:\n";
    assert!(
        spec.contains(anchor),
        "the kinow spec changed: update this test"
    );
    let edited = spec.replace(
        anchor,
        &format!(
            "{anchor}        expires_at:\n          type: string\n          format: date-time\n"
        ),
    );
    std::fs::write(&spec_path, edited).unwrap();

    let check = xtask(&root, &["check"]);
    let said = text(&check);
    assert!(!check.status.success(), "{said}");
    assert!(
        said.contains(
            "Cargo.lock: kinow-client depends on chrono, which Cargo.lock does not record for it"
        ),
        "{said}"
    );

    let regen = xtask(&root, &["regen", "kinow"]);
    assert!(regen.status.success(), "{}", text(&regen));
    assert!(
        text(&regen).contains("updated Cargo.lock"),
        "{}",
        text(&regen)
    );
    let locked = cargo_locked(&root);
    assert!(locked.status.success(), "{}", text(&locked));
    let check = xtask(&root, &["check"]);
    assert!(check.status.success(), "{}", text(&check));

    // The generated files are current, but the lock is the old one again.
    std::fs::write(root.join("Cargo.lock"), original_lock).unwrap();
    let check = xtask(&root, &["check"]);
    let said = text(&check);
    assert!(!check.status.success(), "{said}");
    assert!(
        said.contains("kinow-client depends on chrono") && !said.contains("differs"),
        "{said}"
    );

    std::fs::remove_dir_all(&root).unwrap();
}

/// `cargo xtask ..` as a user types it in `root`: through the alias of
/// `.cargo/config.toml`, offline, building into a directory of its own.
fn cargo_xtask(root: &Path, args: &[&str]) -> Output {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    Command::new(cargo)
        .arg("xtask")
        .args(args)
        .current_dir(root)
        .env("CARGO_NET_OFFLINE", "true")
        .env(
            "CARGO_TARGET_DIR",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("alias-target"),
        )
        .output()
        .unwrap()
}

#[test]
fn the_documented_check_refuses_a_stale_lock_and_leaves_it_alone() {
    let root = std::env::temp_dir().join(format!("xtask-alias-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    copy_tree(&workspace(), &root);
    let original_lock = std::fs::read(root.join("Cargo.lock")).unwrap();

    // A generated crate with a dependency the lock does not record: what a
    // spec edit and `regen` give, with the old Cargo.lock put back.
    let manifest_path = root.join("crates/kinow/Cargo.toml");
    let manifest = std::fs::read_to_string(&manifest_path).unwrap();
    let anchor = "[dependencies]\n";
    assert!(manifest.contains(anchor), "{manifest}");
    std::fs::write(
        &manifest_path,
        manifest.replacen(anchor, "[dependencies]\nchrono.workspace = true\n", 1),
    )
    .unwrap();

    for args in [&["check"][..], &["check", "--full"]] {
        let check = cargo_xtask(&root, args);
        let said = text(&check);
        assert!(!check.status.success(), "cargo xtask {args:?}: {said}");
        assert!(said.contains("Cargo.lock"), "{said}");
        let lock = std::fs::read(root.join("Cargo.lock")).unwrap();
        assert!(
            lock == original_lock,
            "cargo xtask {args:?} rewrote Cargo.lock"
        );
    }
    std::fs::remove_dir_all(&root).unwrap();
}

#[test]
fn the_stamp_never_hides_an_edited_generated_file() {
    let root = std::env::temp_dir().join(format!("xtask-stamp-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    copy_tree(&workspace(), &root);

    // Every vendor of the manifest, however many, vouched for by the stamp.
    let check = xtask(&root, &["check"]);
    let said = text(&check);
    assert!(check.status.success(), "{said}");
    let vendors = said
        .split_once("check: ")
        .and_then(|(_, rest)| rest.split_once(" vendors"))
        .map(|(n, _)| n.to_string())
        .unwrap_or_else(|| panic!("no vendor count in: {said}"));
    assert!(
        said.contains(&format!("({vendors} vendors unchanged since their stamp)")),
        "{said}"
    );

    // One byte of a generated file: the stamp no longer vouches for it.
    let generated = root.join("crates/kinow/src/generated.rs");
    let code = std::fs::read_to_string(&generated).unwrap();
    std::fs::write(&generated, code.replacen("pub struct", "pub  struct", 1)).unwrap();
    let check = xtask(&root, &["check"]);
    let said = text(&check);
    assert!(!check.status.success(), "{said}");
    assert!(
        said.contains("crates/kinow/src/generated.rs: differs"),
        "{said}"
    );
    std::fs::write(&generated, code).unwrap();

    // A spec edit: regenerated and compared in full.
    let spec = root.join("specs/brevo.yaml");
    let text_before = std::fs::read_to_string(&spec).unwrap();
    std::fs::write(
        &spec,
        text_before.replacen("Get balance definition list", "List balance definitions", 1),
    )
    .unwrap();
    let check = xtask(&root, &["check"]);
    let said = text(&check);
    assert!(!check.status.success(), "{said}");
    assert!(
        said.contains("crates/brevo/src/generated.rs: differs"),
        "{said}"
    );

    std::fs::remove_dir_all(&root).unwrap();
}
