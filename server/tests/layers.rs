//! The app's layers, read from its source: which module may import which, and no circle of
//! imports between files. The README's "How the code is laid out" draws the same picture.
//!
//! Read as text: every `crate::…` path in a file (outside its comments and unit tests) is an
//! import of the file it names.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Each layer, from the bottom up, with the layers it may import (besides itself).
const LAYERS: &[(&str, &[&str])] = &[
    ("domain", &[]),
    ("i18n", &["domain"]),
    ("error", &["domain", "i18n"]),
    ("context", &["domain", "i18n", "error"]),
    ("ssr", &["domain", "i18n", "error", "context"]),
    ("components", &["domain", "i18n", "error", "context"]),
    ("api", &["domain", "i18n", "error", "context", "ssr"]),
    ("pages", &["domain", "i18n", "error", "context", "components", "api"]),
    (
        "app",
        &[
            "domain",
            "i18n",
            "error",
            "context",
            "components",
            "pages",
            "api",
            "ssr",
        ],
    ),
    ("lib", &["app", "api", "domain", "ssr"]),
];

fn source_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../app/src")
}

/// Every `.rs` file under `dir`, as paths relative to the source root.
fn files(dir: &Path, root: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("source folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            files(&path, root, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path.strip_prefix(root).expect("inside").to_owned());
        }
    }
}

/// The module path of a file: `domain/signup.rs` → `domain::signup`, `ssr/db/mod.rs` → `ssr::db`.
fn module_of(file: &Path) -> String {
    let mut parts: Vec<String> = file.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let last = parts.pop().expect("name");
    let stem = last.trim_end_matches(".rs");
    if stem != "mod" {
        parts.push(stem.to_owned());
    }
    parts.join("::")
}

/// The paths named after `crate::`, with `{a, b::c}` groups spelled out.
fn crate_paths(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        expand("", rest, &mut found);
    }
    found
}

/// Reads one path (and its group, if any) at the start of `text`, prefixed by `prefix`.
fn expand(prefix: &str, text: &str, found: &mut Vec<String>) {
    let end = text
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
        .unwrap_or(text.len());
    let path = text[..end].trim_end_matches(':');
    let full = format!("{prefix}{path}");
    if text[end..].starts_with('{') && text[..end].ends_with("::") {
        let group = &text[end + 1..];
        let mut depth = 0;
        let mut start = 0;
        for (i, c) in group.char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => {
                    expand(&format!("{full}::"), group[start..i].trim(), found);
                    return;
                }
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    expand(&format!("{full}::"), group[start..i].trim(), found);
                    start = i + 1;
                }
                _ => {}
            }
        }
    } else if !path.is_empty() {
        found.push(full);
    }
}

/// The longest module of `modules` that `path` starts with.
fn module_named<'a>(path: &str, modules: &'a BTreeSet<String>) -> Option<&'a String> {
    let parts: Vec<&str> = path.split("::").collect();
    (1..=parts.len())
        .rev()
        .map(|n| parts[..n].join("::"))
        .find_map(|candidate| modules.get(&candidate))
}

fn layer_of(module: &str) -> &str {
    module.split("::").next().expect("a module")
}

/// File → the files it imports.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let root = source_root();
    let mut all = Vec::new();
    files(&root, &root, &mut all);
    let modules: BTreeSet<String> = all.iter().map(|file| module_of(file)).collect();
    let mut graph = BTreeMap::new();
    for file in &all {
        let text = std::fs::read_to_string(root.join(file)).expect("source");
        // A file's unit tests may reach anywhere.
        let code: String = text
            .split("#[cfg(test)]\nmod tests")
            .next()
            .unwrap_or_default()
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let me = module_of(file);
        let named: BTreeSet<String> = crate_paths(&code)
            .iter()
            .filter_map(|path| module_named(path, &modules))
            .filter(|module| **module != me)
            .cloned()
            .collect();
        graph.insert(me, named);
    }
    graph
}

#[test]
fn paths_with_groups_are_spelled_out() {
    let paths = crate_paths(
        "use crate::domain::{form::{FieldProblem, Problem}, mine::MyWeek};\nlet x = crate::ssr::db::groups::get(",
    );
    assert_eq!(
        paths,
        [
            "domain::form::FieldProblem",
            "domain::form::Problem",
            "domain::mine::MyWeek",
            "ssr::db::groups::get"
        ]
    );
}

#[test]
fn each_layer_imports_only_the_layers_below_it() {
    let mut wrong = Vec::new();
    for (module, named) in imports() {
        let layer = layer_of(&module);
        let allowed = LAYERS
            .iter()
            .find(|(name, _)| *name == layer)
            .map(|(_, allowed)| *allowed)
            .unwrap_or_else(|| panic!("{module} is in no layer: add it to LAYERS"));
        for other in named {
            let to = layer_of(&other);
            if to != layer && !allowed.contains(&to) {
                wrong.push(format!("{module} imports {other}"));
            }
        }
    }
    assert!(wrong.is_empty(), "imports against the layers:\n{}", wrong.join("\n"));
}

#[test]
fn no_file_imports_itself_through_others() {
    let graph = imports();
    // Depth-first search; a file met again on the current path closes a circle.
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
        circles: &mut Vec<String>,
    ) {
        if let Some(at) = path.iter().position(|n| n == node) {
            circles.push(format!("{} → {node}", path[at..].join(" → ")));
            return;
        }
        if !done.insert(node.to_owned()) {
            return;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            visit(next, graph, path, done, circles);
        }
        path.pop();
    }
    let mut circles = Vec::new();
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        visit(node, &graph, &mut Vec::new(), &mut done, &mut circles);
    }
    assert!(circles.is_empty(), "import circles:\n{}", circles.join("\n"));
}
