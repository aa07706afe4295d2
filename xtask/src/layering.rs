//! The xtask's layering, checked on its own sources: imports run model ->
//! passes (with `passes::shared` below the passes) -> outputs -> the commands
//! (`main.rs`) only, no pass names another, and no module imports one that
//! imports it back, directly or not. `semver` (the comparison of two
//! revisions' APIs) sits beside the passes: it names the model only, and
//! only the commands name it. A test, so that `cargo test -p xtask`
//! fails when a change breaks the layout that lets a maintainer find things.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use syn::visit_mut::{self, VisitMut};

/// A module's path in the crate (`["passes", "mock", "server"]`); `[]` is
/// `main.rs`.
type Module = Vec<String>;

/// The module a source file (relative to `src/`) is.
fn module_of(file: &str) -> Module {
    let file = file.trim_end_matches(".rs");
    let mut parts: Vec<String> = file.split('/').map(str::to_string).collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "main")) {
        parts.pop();
    }
    parts
}

/// Where a module sits: its layer (higher may import lower) and, for a
/// pass, the pass.
fn layer(module: &[String]) -> (u8, Option<&str>) {
    match module.first().map(String::as_str) {
        Some("model") => (1, None),
        Some("passes") => match module.get(1).map(String::as_str) {
            Some("shared") => (2, None),
            None => (3, None),
            Some(pass) => (3, Some(pass)),
        },
        Some("outputs") => (4, None),
        // Above the model only: passes::shared (2, no pass) is out of reach.
        Some(SEMVER) => (2, Some(SEMVER)),
        _ => (5, None),
    }
}

/// The module only the commands may name.
const SEMVER: &str = "semver";

/// Every `crate::..` and `super::..` path a file names (outside macros: code
/// that quotes `crate::` for generated code is not an import).
struct Paths {
    module: Module,
    /// How deep inside inline modules (`mod tests`) the visitor is.
    depth: usize,
    found: Vec<Vec<String>>,
}

impl Paths {
    fn add(&mut self, segments: Vec<String>) {
        match segments.first().map(String::as_str) {
            // `crate` alone is a visibility (`pub(crate)`), not a path.
            Some("crate") if segments.len() > 1 => self.found.push(segments[1..].to_vec()),
            Some("super") => {
                let ups = segments.iter().take_while(|s| *s == "super").count();
                // Inside the file (a `mod tests` naming its parent): no edge.
                if ups > self.depth {
                    let keep = self.module.len().saturating_sub(ups - self.depth);
                    let mut path = self.module[..keep].to_vec();
                    path.extend(segments[ups..].iter().cloned());
                    self.found.push(path);
                }
            }
            _ => {}
        }
    }

    fn use_tree(&mut self, prefix: Vec<String>, tree: &syn::UseTree) {
        let with = |name: String| {
            let mut p = prefix.clone();
            p.push(name);
            p
        };
        match tree {
            syn::UseTree::Path(p) => self.use_tree(with(p.ident.to_string()), &p.tree),
            syn::UseTree::Name(n) => self.add(with(n.ident.to_string())),
            syn::UseTree::Rename(r) => self.add(with(r.ident.to_string())),
            syn::UseTree::Glob(_) => self.add(prefix),
            syn::UseTree::Group(g) => g
                .items
                .iter()
                .for_each(|t| self.use_tree(prefix.clone(), t)),
        }
    }
}

impl VisitMut for Paths {
    fn visit_item_use_mut(&mut self, item: &mut syn::ItemUse) {
        self.use_tree(Vec::new(), &item.tree);
    }

    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        self.add(path.segments.iter().map(|s| s.ident.to_string()).collect());
        visit_mut::visit_path_mut(self, path);
    }

    fn visit_item_mod_mut(&mut self, item: &mut syn::ItemMod) {
        self.depth += 1;
        visit_mut::visit_item_mod_mut(self, item);
        self.depth -= 1;
    }
}

/// The layering rules broken by `sources` (path under `src/`, text).
fn problems(sources: &[(String, String)]) -> Vec<String> {
    let modules: BTreeSet<Module> = sources.iter().map(|(f, _)| module_of(f)).collect();
    let mut edges: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    let mut problems = Vec::new();
    for (file, text) in sources {
        let module = module_of(file);
        let mut syntax = match syn::parse_file(text) {
            Ok(syntax) => syntax,
            Err(e) => {
                problems.push(format!("{file}: does not parse: {e}"));
                continue;
            }
        };
        let mut paths = Paths {
            module: module.clone(),
            depth: 0,
            found: Vec::new(),
        };
        paths.visit_file_mut(&mut syntax);
        for path in paths.found {
            // The longest module the path starts with.
            let target = (0..=path.len())
                .rev()
                .map(|n| path[..n].to_vec())
                .find(|prefix| modules.contains(prefix))
                .unwrap_or_default();
            // A module naming itself or one of its own submodules.
            if target.starts_with(&module) {
                continue;
            }
            let (from, from_pass) = layer(&module);
            let (to, to_pass) = layer(&target);
            let allowed = (to < from || (to == from && from_pass == to_pass))
                && (target.first().map(String::as_str) != Some(SEMVER)
                    || from == 5
                    || from_pass == Some(SEMVER));
            if !allowed {
                problems.push(format!(
                    "{file} names crate::{}: imports run model -> passes (shared below them, no pass naming another) -> outputs -> main, and model -> semver -> main",
                    path.join("::")
                ));
            }
            edges.entry(module.clone()).or_default().insert(target);
        }
    }
    // No cycle at all: no module reaches itself.
    for start in &modules {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<&Module> = edges.get(start).into_iter().flatten().collect();
        while let Some(next) = stack.pop() {
            if next == start {
                problems.push(format!(
                    "an import cycle runs through crate::{}",
                    start.join("::")
                ));
                break;
            }
            if seen.insert(next) {
                stack.extend(edges.get(next).into_iter().flatten());
            }
        }
    }
    problems
}

/// Every `.rs` file under `dir`, relative to `root`.
fn sources(root: &Path, dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let name = path.strip_prefix(root).unwrap().to_string_lossy();
            let text = std::fs::read_to_string(&path).unwrap();
            out.push((name.replace('\\', "/"), text));
        }
    }
}

#[test]
fn the_xtask_is_layered() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    sources(&src, &src, &mut found);
    assert!(
        found.iter().any(|(f, _)| f == "passes/mock/server.rs"),
        "the sources are read from their folders"
    );
    let problems = problems(&found);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn each_broken_rule_is_found() {
    let file = |name: &str, text: &str| (name.to_string(), text.to_string());
    let layered = [
        file(
            "main.rs",
            "use crate::outputs::all; use crate::semver::compare; fn main() {}",
        ),
        file("model/spec.rs", "pub fn read() {}"),
        file("passes/shared/file.rs", "use crate::model::spec::read;"),
        file("passes/docs.rs", "use crate::passes::shared::file::x;"),
        file("passes/mock/server.rs", "pub fn mock() {}"),
        file(
            "passes/mock/replay.rs",
            "use crate::passes::mock::server::mock;",
        ),
        file("outputs/mod.rs", "fn f() { crate::passes::docs::guide(); }"),
        // Quoted for generated code: not an import.
        file("passes/adapt.rs", "fn f() { quote!(crate::outputs::x); }"),
        file("semver/mod.rs", "use crate::model::spec::read;"),
        file("semver/diff.rs", "use crate::semver::surface::x;"),
        file("semver/surface.rs", "use crate::model::spec::read;"),
    ];
    assert_eq!(problems(&layered), Vec::<String>::new());
    let broken = |extra: (String, String)| {
        let mut sources = layered.to_vec();
        sources.retain(|(f, _)| *f != extra.0);
        sources.push(extra);
        problems(&sources)
    };
    for (name, text) in [
        ("model/spec.rs", "use crate::passes::docs::x;"),
        ("model/spec.rs", "fn f() { crate::outputs::all(); }"),
        ("passes/docs.rs", "use crate::passes::mock::server::mock;"),
        ("passes/shared/file.rs", "use crate::passes::docs::x;"),
        ("passes/mock/server.rs", "use crate::outputs::all;"),
        ("outputs/mod.rs", "use crate::workspace_root;"),
        ("passes/mock/server.rs", "use super::replay::x;"),
        ("semver/diff.rs", "use crate::passes::docs::x;"),
        ("semver/diff.rs", "use crate::passes::shared::file::x;"),
        ("semver/diff.rs", "use crate::outputs::all;"),
        ("passes/docs.rs", "use crate::semver::diff::x;"),
        ("outputs/mod.rs", "use crate::semver::compare;"),
    ] {
        assert!(
            !broken(file(name, text)).is_empty(),
            "{name}: {text} is not found"
        );
    }
    let cycle = broken(file("passes/mock/server.rs", "use super::replay::x;"));
    assert!(
        cycle.iter().any(|p| p.contains("cycle")),
        "{}",
        cycle.join("\n")
    );
}
