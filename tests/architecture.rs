//! The module picture of ARCHITECTURE.md holds: no module reaches, through `crate::` or
//! `super::` paths, a module that reaches back to it (no import cycles), and the lowest layers stay the lowest.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Every source file as its module path ("guide::validate", "app") and its text.
fn modules() -> BTreeMap<String, String> {
    fn walk(dir: &Path, prefix: &str, out: &mut BTreeMap<String, String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            if path.is_dir() {
                walk(&path, &format!("{prefix}{name}::"), out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let module = match name.as_str() {
                    "lib" | "main" if prefix.is_empty() => continue,
                    "mod" => prefix.trim_end_matches("::").to_string(),
                    _ => format!("{prefix}{name}"),
                };
                let text = std::fs::read_to_string(&path).unwrap();
                out.entry(module).or_default().push_str(&text);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        "",
        &mut out,
    );
    out
}

/// The paths a use tree names, from just after its `crate::` or `super::`: `a::b` is one,
/// `a::{b, c::{d, e}}` is `a::b`, `a::c::d` and `a::c::e` (`self` names `a` itself).
fn use_tree(text: &str) -> Vec<String> {
    let head: String = text
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
        .collect();
    let rest = &text[head.len()..];
    let head = head.trim_end_matches(':');
    let join = |tail: &str| match (head.is_empty(), tail.is_empty() || tail == "self") {
        (_, true) => head.to_string(),
        (true, false) => tail.to_string(),
        (false, false) => format!("{head}::{tail}"),
    };
    if !rest.starts_with('{') {
        return vec![head.to_string()];
    }
    // The group, to its closing brace, split at its own commas.
    let (mut depth, mut items, mut start) = (0, Vec::new(), 1);
    for (i, c) in rest.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    items.push(&rest[start..i]);
                    break;
                }
            }
            ',' if depth == 1 => {
                items.push(&rest[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    items
        .into_iter()
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .flat_map(use_tree)
        .map(|tail| join(&tail))
        .collect()
}

/// The modules each module names with a `crate::` or `super::` path (a chain of `super::`
/// climbs one module each, a group in braces names each of its items), as the longest known
/// module path.
fn edges(mods: &BTreeMap<String, String>) -> BTreeMap<String, BTreeSet<String>> {
    let related = |a: &str, b: &str| {
        a == b || a.starts_with(&format!("{b}::")) || b.starts_with(&format!("{a}::"))
    };
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (m, text) in mods {
        let set = out.entry(m.clone()).or_default();
        let bytes = text.as_bytes();
        let starts_a_word =
            |i: usize| i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b':');
        let crates = text
            .match_indices("crate::")
            .filter(|(i, _)| starts_a_word(*i) || bytes[i - 1] == b'$')
            .map(|(i, _)| (String::new(), i + "crate::".len()));
        // `super::x` in module `a::b` is `crate::a::x`; `super::super::x` is `crate::x`.
        let supers = text
            .match_indices("super::")
            .filter(|(i, _)| starts_a_word(*i))
            .map(|(i, _)| {
                let mut at = i + "super::".len();
                let mut base = m.rsplit_once("::").map_or("", |(p, _)| p);
                while text[at..].starts_with("super::") {
                    at += "super::".len();
                    base = base.rsplit_once("::").map_or("", |(p, _)| p);
                }
                (base.to_string(), at)
            });
        for (base, at) in crates.chain(supers) {
            for path in use_tree(&text[at..]) {
                let path = if base.is_empty() {
                    path
                } else {
                    format!("{base}::{path}")
                };
                let parts: Vec<&str> = path.split("::").filter(|p| !p.is_empty()).collect();
                let target = (1..=parts.len())
                    .rev()
                    .map(|n| parts[..n].join("::"))
                    .find(|p| mods.contains_key(p));
                if let Some(t) = target
                    && !related(m, &t)
                {
                    set.insert(t);
                }
            }
        }
    }
    out
}

#[test]
fn there_are_no_import_cycles() {
    let mods = modules();
    let graph = edges(&mods);
    // Depth-first search for a way back to where it started.
    for start in graph.keys() {
        let mut stack = vec![(start.clone(), vec![start.clone()])];
        let mut seen = BTreeSet::new();
        while let Some((node, path)) = stack.pop() {
            for next in graph.get(&node).into_iter().flatten() {
                if next == start {
                    panic!("import cycle: {} -> {start}", path.join(" -> "));
                }
                if seen.insert(next.clone()) {
                    let mut p = path.clone();
                    p.push(next.clone());
                    stack.push((next.clone(), p));
                }
            }
        }
    }
}

/// The module picture, from the floor up: a module may use only modules in layers below its own.
const LAYERS: &[&[&str]] = &[
    &["i18n", "signals"],
    &[
        "text", "console", "input", "output", "prompt", "speech", "file",
    ],
    &["guide", "label"],
    &["kiosk", "search", "questions", "print", "watch"],
    &["doc"],
    &["action"],
    &["layout", "keymap"],
    &["app"],
    &["hit", "ui"],
    &["tui", "check", "cli", "linear", "lookup"],
    &["settings", "shell"],
    &["commands"],
];

#[test]
fn every_module_looks_only_down_the_layers() {
    let graph = edges(&modules());
    let layer = |m: &str| {
        let top = m.split("::").next().unwrap();
        LAYERS
            .iter()
            .position(|l| l.contains(&top))
            .unwrap_or_else(|| panic!("{top} is in no layer of the picture; add it to LAYERS"))
    };
    for (from, uses) in &graph {
        for to in uses {
            let (a, b) = (layer(from), layer(to));
            let same_top = from.split("::").next() == to.split("::").next();
            assert!(
                same_top || b < a,
                "{from} (layer {a}) uses {to} (layer {b}), which is not below it"
            );
        }
    }
}

/// One signal set-up: only `signals` registers a handler, so what each signal does in a kiosk
/// and on a desktop is read in one place.
#[test]
fn only_the_signals_module_handles_signals() {
    let mods = modules();
    let handlers: Vec<&String> = mods
        .iter()
        .filter(|(m, text)| *m != "signals" && text.contains("signal_hook"))
        .map(|(m, _)| m)
        .collect();
    assert!(
        handlers.is_empty(),
        "{handlers:?} set up signals; do it in src/signals.rs"
    );
    // (`modules` leaves out the crate roots: read them too.)
    for root in ["main.rs", "lib.rs"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(root);
        let text = std::fs::read_to_string(path).unwrap();
        assert!(!text.contains("signal_hook"), "src/{root} sets up signals");
    }
    assert!(mods["signals"].contains("SIGWINCH"));
}

#[test]
fn the_lowest_layers_look_only_down() {
    let graph = edges(&modules());
    let uses = |m: &str| -> Vec<String> {
        graph
            .iter()
            .filter(|(k, _)| *k == m || k.starts_with(&format!("{m}::")))
            .flat_map(|(_, v)| v.iter().cloned())
            .collect()
    };
    // The catalogs of words and the text module are the floor; the guide model and the document
    // layer know no terminal, app state or drawing.
    assert!(uses("i18n").is_empty(), "i18n uses {:?}", uses("i18n"));
    assert!(uses("text").is_empty(), "text uses {:?}", uses("text"));
    // The document layer lays out the guide, search results and the take-away list; it knows
    // no keys, app state, layout or drawing. The guide layer writes only its catalogue of
    // headers, and My questions only its file of saved lists (whole, with `file`).
    for (m, allowed) in [
        ("guide", &["text", "i18n", "file"][..]),
        ("search", &["guide", "text", "i18n"][..]),
        ("questions", &["guide", "text", "i18n", "file"][..]),
        ("doc", &["text", "guide", "search", "questions", "i18n"][..]),
    ] {
        for u in uses(m) {
            let top = u.split("::").next().unwrap().to_string();
            assert!(
                top == m || allowed.contains(&top.as_str()),
                "{m} uses {u}, which is not below it"
            );
        }
    }
    for m in [
        "guide",
        "doc",
        "app",
        "search",
        "layout",
        "questions",
        "hit",
    ] {
        let text = modules()
            .into_iter()
            .filter(|(k, _)| k == m || k.starts_with(&format!("{m}::")))
            .map(|(_, t)| t)
            .collect::<String>();
        let code: String = text
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect();
        assert!(!code.contains("crossterm"), "{m} uses crossterm");
    }
}

/// A file a person can hold in their head: none over 600 lines (the program's, the tests', the
/// benchmarks' and the examples'), and the app's core (the state and its one dispatch) at most
/// 500.
#[test]
fn no_source_file_is_too_long() {
    fn walk(dir: &Path, out: &mut Vec<(String, usize)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let lines = std::fs::read_to_string(&path).unwrap().lines().count();
                out.push((path.display().to_string(), lines));
            }
        }
    }
    let mut files = Vec::new();
    for dir in ["src", "tests", "benches", "examples"] {
        walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join(dir), &mut files);
    }
    assert!(files.len() > 100, "found only {} files", files.len());
    for (path, lines) in files {
        let most = if path.ends_with("src/app/mod.rs") {
            500
        } else {
            600
        };
        assert!(lines <= most, "{path} has {lines} lines (at most {most})");
    }
}

/// A module names what it takes from its parent (`use super::{A, B}`), so that a reader sees
/// where each name comes from and an edge of the module picture is never hidden in a glob.
/// Unit-test files (`tests.rs`) and `mod tests` blocks, which test all of their parent, may
/// take it whole.
#[test]
fn no_module_takes_its_parent_whole() {
    let mods = modules();
    assert!(mods.len() > 100, "read only {} modules", mods.len());
    let mut found = Vec::new();
    for (m, text) in mods.iter().filter(|(m, _)| !m.ends_with("::tests")) {
        // At the top of a file (not indented): not in a `mod tests { ... }` block.
        for (n, line) in text.lines().enumerate() {
            if line.starts_with("use super::*") || line.starts_with("pub use super::*") {
                found.push(format!("{m}, line {}", n + 1));
            }
        }
    }
    assert!(found.is_empty(), "glob imports of a parent: {found:#?}");
}
