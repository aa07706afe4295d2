//! `cargo xtask semver`: what changed in the generated public API between
//! two revisions, in spec terms ("kimai: api_timesheets_get parameter
//! `user` became required"), each change with the version bump it needs,
//! and the bump that covers them all. Compares the models of the two
//! revisions' specs (no build: cargo-semver-checks, which CI also runs,
//! is the Rust-level check).
//!
//! Beside the passes: it reads the model only, and only the commands
//! (`main.rs`) read it.

pub mod diff;
pub mod surface;

use std::fmt::Write as _;

use crate::model::revision::Snapshot;
use crate::model::workspace::Workspace;
use diff::{Change, Effect, Section};

/// The changes of one crate (or, for `vendor` "all crates", of the
/// dependencies every crate re-exports).
pub struct CrateChanges {
    /// The vendor's short name, as the messages start.
    pub vendor: String,
    pub crate_name: String,
    pub changes: Vec<Change>,
}

/// Every change between two snapshots and the versions at each.
pub struct Report {
    pub crates: Vec<CrateChanges>,
    pub old_version: String,
    pub new_version: String,
}

/// A `major.minor.patch` version (a pre-release or build suffix is
/// ignored).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Version(u64, u64, u64);

impl Version {
    pub fn parse(text: &str) -> Result<Self, String> {
        let core = text.split(['-', '+']).next().unwrap_or(text);
        let numbers: Vec<u64> = core
            .split('.')
            .map(str::parse)
            .collect::<Result<_, _>>()
            .map_err(|_| format!("{text:?} is not a version"))?;
        match numbers[..] {
            [major, minor, patch] => Ok(Self(major, minor, patch)),
            _ => Err(format!("{text:?} is not a major.minor.patch version")),
        }
    }

    /// The smallest version after `self` that a change of `effect` allows:
    /// before 1.0 a break needs a minor bump and an addition a patch bump;
    /// from 1.0 a break needs a major one and an addition a minor one.
    pub fn needed(self, effect: Effect) -> Self {
        let Self(major, minor, patch) = self;
        match (effect, major) {
            (Effect::Breaking, 0) => Self(0, minor + 1, 0),
            (Effect::Breaking, _) => Self(major + 1, 0, 0),
            (Effect::Addition, 0) | (Effect::Other, _) => Self(major, minor, patch + 1),
            (Effect::Addition, _) => Self(major, minor + 1, 0),
        }
    }

    /// The bump's name: `minor` for a break before 1.0.
    pub fn bump_name(self, effect: Effect) -> &'static str {
        match (effect, self.0) {
            (Effect::Breaking, 0) | (Effect::Addition, 1..) => "minor",
            (Effect::Breaking, _) => "major",
            _ => "patch",
        }
    }
}

impl std::fmt::Display for Version {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}.{}", self.0, self.1, self.2)
    }
}

/// The changes from `old` to `new`.
pub fn compare(old: &Snapshot, new: &Snapshot) -> Report {
    let mut crates = Vec::new();
    for vendor in &old.vendors {
        if !new.vendors.iter().any(|v| v.name == vendor.name) {
            crates.push(CrateChanges {
                vendor: vendor.name.clone(),
                crate_name: vendor.crate_name.clone(),
                changes: vec![Change {
                    effect: Effect::Breaking,
                    section: Section::Removed,
                    text: format!("crate {} removed", vendor.crate_name),
                }],
            });
        }
    }
    for vendor in &new.vendors {
        let new_api = surface::surface(&vendor.spec);
        let changes = match old.vendors.iter().find(|v| v.name == vendor.name) {
            Some(old_vendor) => diff::compare(&surface::surface(&old_vendor.spec), &new_api),
            None => vec![Change {
                effect: Effect::Addition,
                section: Section::Added,
                text: format!(
                    "crate {} added ({} operations)",
                    vendor.crate_name,
                    new_api.operations.len()
                ),
            }],
        };
        if !changes.is_empty() {
            crates.push(CrateChanges {
                vendor: vendor.name.clone(),
                crate_name: vendor.crate_name.clone(),
                changes,
            });
        }
    }
    let dependencies = dependencies(&old.workspace, &new.workspace);
    if !dependencies.is_empty() {
        crates.push(CrateChanges {
            vendor: "all crates".into(),
            crate_name: "all crates".into(),
            changes: dependencies,
        });
    }
    Report {
        crates,
        old_version: old.workspace.version.clone(),
        new_version: new.workspace.version.clone(),
    }
}

/// A re-exported dependency's new semver-incompatible version is a break
/// of every crate (its types are in ours).
fn dependencies(old: &Workspace, new: &Workspace) -> Vec<Change> {
    // What semver calls compatible: the same major, or before 1.0 the same
    // minor (`0.13.5` and `^0.13` agree).
    let compatible = |requirement: &str| -> Vec<u64> {
        let numbers: Vec<u64> = requirement
            .trim_start_matches(['=', '^', '~', ' '])
            .split('.')
            .map_while(|n| n.parse().ok())
            .collect();
        let significant = numbers
            .iter()
            .position(|n| *n != 0)
            .map_or(numbers.len(), |i| i + 1);
        numbers[..significant].to_vec()
    };
    let mut out = Vec::new();
    for (name, old_requirement) in &old.exposed {
        if let Some(new_requirement) = new.exposed.get(name)
            && compatible(old_requirement) != compatible(new_requirement)
        {
            out.push(Change {
                effect: Effect::Breaking,
                section: Section::Changed,
                text: format!(
                    "re-exported dependency `{name}` went from {old_requirement} to \
                     {new_requirement}, not semver-compatible: its types are in the public API"
                ),
            });
        }
    }
    out
}

impl Report {
    fn count(&self, effect: Effect) -> usize {
        self.crates
            .iter()
            .flat_map(|c| &c.changes)
            .filter(|c| c.effect == effect)
            .count()
    }

    /// The most a change asks for: a break before an addition before the rest.
    fn strongest(&self) -> Option<Effect> {
        self.crates
            .iter()
            .flat_map(|c| &c.changes)
            .map(|c| c.effect)
            .min()
    }

    /// The report: the changes by effect with the bump each needs, then
    /// the bump that covers them and whether the version has it.
    pub fn render(&self, baseline: &str) -> Result<String, String> {
        let old = Version::parse(&self.old_version)?;
        let new = Version::parse(&self.new_version)?;
        let mut out = format!("semver: the generated API of the work tree against {baseline}\n");
        let Some(strongest) = self.strongest() else {
            out.push_str("no change to the generated public API\n");
            return Ok(out);
        };
        for (effect, heading) in [
            (Effect::Breaking, "breaking"),
            (Effect::Addition, "additions"),
            (Effect::Other, "other changes (the wire, not the Rust API)"),
        ] {
            if self.count(effect) == 0 {
                continue;
            }
            let _ = writeln!(
                out,
                "\n{heading}: each needs a {} bump ({old} -> {}):",
                old.bump_name(effect),
                old.needed(effect)
            );
            for krate in &self.crates {
                for change in krate.changes.iter().filter(|c| c.effect == effect) {
                    let _ = writeln!(out, "  {}: {}", krate.vendor, change.text);
                }
            }
        }
        let crates: Vec<&str> = self
            .crates
            .iter()
            .filter(|c| c.vendor != "all crates")
            .map(|c| c.crate_name.as_str())
            .collect();
        let needed = old.needed(strongest);
        let _ = write!(
            out,
            "\n{} breaking, {} additions, {} other{}.\n\
             Pre-1.0 (0.x) a break needs a minor bump and an addition a patch bump; from 1.0, a major and a minor.\n\
             The bump that covers them: {} ({old} -> {needed}), of the workspace version every crate is released at \
             (the facade vendor-clients re-exports the vendor crates, so it takes the same bump). ",
            self.count(Effect::Breaking),
            self.count(Effect::Addition),
            self.count(Effect::Other),
            if crates.is_empty() {
                String::new()
            } else {
                format!(" in {}", crates.join(", "))
            },
            old.bump_name(strongest),
        );
        if new >= needed {
            let _ = writeln!(out, "The version is {new} now: covered.");
        } else if strongest == Effect::Breaking {
            let _ = writeln!(out, "The version is {new} now: not covered.");
        } else {
            let _ = writeln!(out, "The version is {new} now: bump it when releasing.");
        }
        Ok(out)
    }

    /// An error when a break is not covered by the version: the exit
    /// status of `cargo xtask semver`.
    pub fn verdict(&self) -> Result<(), String> {
        let breaks = self.count(Effect::Breaking);
        if breaks == 0 {
            return Ok(());
        }
        let old = Version::parse(&self.old_version)?;
        let new = Version::parse(&self.new_version)?;
        let needed = old.needed(Effect::Breaking);
        if new >= needed {
            return Ok(());
        }
        Err(format!(
            "{breaks} breaking change(s) need version {needed} (a {} bump of {old}); the workspace version is {new}",
            old.bump_name(Effect::Breaking)
        ))
    }

    /// The changes as Keep a Changelog lines, by section, each naming its
    /// crate, to paste under `## [Unreleased]` in CHANGELOG.md.
    pub fn changelog(&self) -> String {
        let mut out = String::new();
        for (section, heading) in [
            (Section::Added, "Added"),
            (Section::Changed, "Changed"),
            (Section::Removed, "Removed"),
        ] {
            let lines: Vec<String> = self
                .crates
                .iter()
                .flat_map(|krate| {
                    krate
                        .changes
                        .iter()
                        .filter(move |c| c.section == section)
                        .map(move |c| {
                            let breaking = if c.effect == Effect::Breaking {
                                " (breaking)"
                            } else {
                                ""
                            };
                            format!("- `{}`: {}{breaking}", krate.crate_name, c.text)
                        })
                })
                .collect();
            if !lines.is_empty() {
                let _ = writeln!(out, "### {heading}\n\n{}\n", lines.join("\n"));
            }
        }
        if out.is_empty() {
            out.push_str("(no change to the generated public API)\n");
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::revision::VendorSpec;
    use serde_json::json;
    use std::collections::BTreeMap;

    fn snapshot(version: &str, reqwest: &str, operations: &[&str]) -> Snapshot {
        let mut paths = serde_json::Map::new();
        for id in operations {
            paths.insert(
                format!("/{id}"),
                json!({"get": {"operationId": id, "tags": ["AccountsApi"], "responses": {}}}),
            );
        }
        Snapshot {
            workspace: Workspace {
                version: version.into(),
                exposed: BTreeMap::from([("reqwest".to_string(), reqwest.to_string())]),
            },
            vendors: vec![VendorSpec {
                name: "togai".into(),
                crate_name: "togai-client".into(),
                spec: json!({ "paths": paths }),
            }],
        }
    }

    #[test]
    fn versions_and_the_bumps_they_need() {
        let v = |t| Version::parse(t).unwrap();
        assert_eq!(v("0.1.0").needed(Effect::Breaking), v("0.2.0"));
        assert_eq!(v("0.1.3").needed(Effect::Addition), v("0.1.4"));
        assert_eq!(v("1.4.2").needed(Effect::Breaking), v("2.0.0"));
        assert_eq!(v("1.4.2").needed(Effect::Addition), v("1.5.0"));
        assert_eq!(v("0.2.0-rc.1"), v("0.2.0"));
        assert_eq!(v("0.1.0").bump_name(Effect::Breaking), "minor");
        assert_eq!(v("0.1.0").bump_name(Effect::Addition), "patch");
        assert!(Version::parse("0.1").is_err());
    }

    #[test]
    fn a_removed_operation_fails_until_the_version_covers_it() {
        let old = snapshot("0.1.0", "0.13.5", &["get_accounts", "get_account"]);
        let report = compare(&old, &snapshot("0.1.0", "0.13.5", &["get_account"]));
        let text = report.render("v0.1.0").unwrap();
        assert!(
            text.contains("breaking: each needs a minor bump (0.1.0 -> 0.2.0):\n  togai: operation get_accounts removed\n"),
            "{text}"
        );
        assert!(
            text.contains("The bump that covers them: minor (0.1.0 -> 0.2.0)"),
            "{text}"
        );
        assert!(
            text.contains("Pre-1.0 (0.x) a break needs a minor bump and an addition a patch bump"),
            "{text}"
        );
        let error = report.verdict().unwrap_err();
        assert!(error.contains("need version 0.2.0"), "{error}");
        assert_eq!(
            report.changelog(),
            "### Removed\n\n- `togai-client`: operation get_accounts removed (breaking)\n\n"
        );

        let bumped = compare(&old, &snapshot("0.2.0", "0.13.5", &["get_account"]));
        assert_eq!(bumped.verdict(), Ok(()));
        assert!(
            bumped
                .render("v0.1.0")
                .unwrap()
                .contains("The version is 0.2.0 now: covered.")
        );
    }

    #[test]
    fn an_added_operation_passes_and_needs_a_patch_bump() {
        let old = snapshot("0.1.0", "0.13.5", &["get_account"]);
        let report = compare(
            &old,
            &snapshot("0.1.0", "0.13.5", &["get_account", "get_accounts"]),
        );
        assert_eq!(report.verdict(), Ok(()));
        let text = report.render("main").unwrap();
        assert!(text.contains("additions: each needs a patch bump (0.1.0 -> 0.1.1):\n  togai: operation get_accounts added (GET /get_accounts)\n"), "{text}");
        assert!(
            text.contains("The bump that covers them: patch (0.1.0 -> 0.1.1)"),
            "{text}"
        );
        assert!(text.contains("bump it when releasing"), "{text}");
        assert_eq!(
            report.changelog(),
            "### Added\n\n- `togai-client`: operation get_accounts added (GET /get_accounts)\n\n"
        );
    }

    #[test]
    fn no_change_passes() {
        let old = snapshot("0.1.0", "0.13.5", &["get_account"]);
        let report = compare(&old, &snapshot("0.1.0", "0.13.6", &["get_account"]));
        assert_eq!(report.verdict(), Ok(()));
        assert!(
            report
                .render("HEAD")
                .unwrap()
                .contains("no change to the generated public API")
        );
    }

    #[test]
    fn a_new_major_of_a_re_exported_dependency_is_a_break() {
        let old = snapshot("0.1.0", "0.13.5", &["get_account"]);
        let report = compare(&old, &snapshot("0.1.0", "0.14.0", &["get_account"]));
        assert!(report.verdict().is_err());
        assert!(
            report.render("HEAD").unwrap().contains(
                "all crates: re-exported dependency `reqwest` went from 0.13.5 to 0.14.0"
            )
        );
    }

    #[test]
    fn a_vendor_removed_or_added_is_its_crate() {
        let old = snapshot("0.1.0", "0.13.5", &["get_account"]);
        let mut none = snapshot("0.1.0", "0.13.5", &[]);
        none.vendors.clear();
        let removed = compare(&old, &none);
        assert!(
            removed
                .render("x")
                .unwrap()
                .contains("togai: crate togai-client removed")
        );
        assert!(removed.verdict().is_err());
        let added = compare(&none, &old);
        assert!(
            added
                .render("x")
                .unwrap()
                .contains("togai: crate togai-client added (1 operations)")
        );
        assert_eq!(added.verdict(), Ok(()));
    }

    /// The workspace's own specs, with one edit.
    fn edited(edit: impl FnOnce(&mut Snapshot)) -> Report {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .unwrap();
        let load = || Snapshot::load(root, &crate::model::revision::Source::WorkTree).unwrap();
        let old = load();
        let mut new = load();
        edit(&mut new);
        compare(&old, &new)
    }

    fn spec<'a>(snapshot: &'a mut Snapshot, vendor: &str) -> &'a mut serde_json::Value {
        &mut snapshot
            .vendors
            .iter_mut()
            .find(|v| v.name == vendor)
            .unwrap()
            .spec
    }

    /// The breaks of one edit of the real specs, as the report words them.
    fn breaks(report: &Report) -> Vec<String> {
        report
            .crates
            .iter()
            .flat_map(|c| c.changes.iter().map(move |change| (c, change)))
            .filter(|(_, change)| change.effect == Effect::Breaking)
            .map(|(c, change)| format!("{}: {}", c.vendor, change.text))
            .collect()
    }

    #[test]
    fn each_breaking_edit_of_a_real_spec_is_named_with_its_bump() {
        type Case = (&'static str, fn(&mut Snapshot));
        let cases: [Case; 4] = [
            ("togai: operation get_accounts removed", |s| {
                let path = spec(s, "togai")
                    .pointer_mut("/paths/~1customers~1{customer_id}~1accounts")
                    .unwrap();
                path.as_object_mut().unwrap().remove("get");
            }),
            (
                "kimai: api_timesheets_get parameter `user` became required",
                |s| {
                    let user = spec(s, "kimai")
                        .pointer_mut("/paths/~1api~1timesheets/get/parameters/0")
                        .unwrap();
                    assert_eq!(user["name"], "user");
                    user["required"] = json!(true);
                },
            ),
            (
                "togai: type Account field `name` type changed from string to integer",
                |s| {
                    *spec(s, "togai")
                        .pointer_mut("/components/schemas/Account/properties/name")
                        .unwrap() = json!({"type": "integer"});
                },
            ),
            ("togai: type MeterStatus value `ARCHIVED` removed", |s| {
                *spec(s, "togai")
                    .pointer_mut("/components/schemas/MeterStatus/enum")
                    .unwrap() = json!(["DRAFT", "ACTIVE", "INACTIVE"]);
            }),
        ];
        for (expected, edit) in cases {
            let report = edited(edit);
            assert_eq!(breaks(&report), [expected]);
            let text = report.render("v0.1.0").unwrap();
            assert!(
                text.contains(&format!(
                    "breaking: each needs a minor bump (0.1.0 -> 0.2.0):\n  {expected}\n"
                )),
                "{text}"
            );
            assert!(report.verdict().is_err(), "{expected}");
        }
    }

    #[test]
    fn additive_edits_of_a_real_spec_pass() {
        let report = edited(|s| {
            let kimai = spec(s, "kimai");
            kimai["paths"]["/api/timesheets/export"] = json!({"get": {
                "operationId": "api_timesheets_export_get",
                "tags": ["TimesheetApi"],
                "responses": {"200": {"description": "the export"}}
            }});
            kimai["components"]["schemas"]["TimesheetEntity"]["properties"]["exportedAt"] =
                json!({"type": "string"});
        });
        assert_eq!(breaks(&report), Vec::<String>::new());
        assert_eq!(report.verdict(), Ok(()));
        let text = report.render("v0.1.0").unwrap();
        assert!(
            text.contains(
                "  kimai: operation api_timesheets_export_get added (GET /api/timesheets/export)\n"
            ),
            "{text}"
        );
        assert!(
            text.contains("  kimai: type TimesheetEntity field `exportedAt` added\n"),
            "{text}"
        );
        assert!(
            text.contains("0 breaking, 2 additions, 0 other in kimai-client."),
            "{text}"
        );
    }
}
