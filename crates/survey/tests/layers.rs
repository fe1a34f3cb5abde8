//! The crate's layers, enforced: a module under `src/<layer>/` may import (`crate::…`, `super::…`)
//! only from its own layer or the layers below it, and no two modules import each other in a
//! circle. Reads the source files, so a new upward import fails here before review.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Bottom to top, as `lib.rs` lists them.
const LAYERS: [&str; 7] = [
    "data", "engine", "checks", "sections", "chart", "url", "export",
];

/// Every `.rs` file under `src/`, as (module path like `engine::summary`, source text).
fn modules() -> Vec<(String, String)> {
    fn walk(dir: &Path, prefix: &str, out: &mut Vec<(String, String)>) {
        let mut entries: Vec<_> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for p in entries {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            if p.is_dir() {
                walk(&p, &format!("{prefix}{name}::"), out);
            } else if p.extension().is_some_and(|e| e == "rs") {
                let module = match name.as_str() {
                    "mod" => prefix.trim_end_matches("::").to_string(),
                    _ => format!("{prefix}{name}"),
                };
                out.push((module, fs::read_to_string(&p).unwrap()));
            }
        }
    }
    let mut out = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        "",
        &mut out,
    );
    out
}

/// The modules a source file names through `crate::` (or `super::`, resolved against `module`),
/// outside `#[cfg(test)]` code, as the longest known module path (`lib` for a facade name).
fn imports(module: &str, src: &str, known: &BTreeSet<String>) -> BTreeSet<String> {
    let code = src.split("#[cfg(test)]").next().unwrap_or(src);
    // `super` is the enclosing module: a file's folder, or a folder's parent (`mod.rs`).
    let sup = match module.rsplit_once("::") {
        Some((p, _)) => p.to_string(),
        None => String::new(),
    };
    let mut out = BTreeSet::new();
    for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
        for (prefix, base) in [("crate::", String::new()), ("super::", sup.clone())] {
            let mut rest = line;
            while let Some(i) = rest.find(prefix) {
                let tail = &rest[i + prefix.len()..];
                let path: String = tail
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                    .collect();
                let mut parts: Vec<&str> = Vec::new();
                if !base.is_empty() {
                    parts.extend(base.split("::"));
                }
                parts.extend(path.split("::").filter(|s| !s.is_empty()));
                // Longest prefix that names a module; a bare `crate::` name is the facade.
                let mut best = None;
                for n in (1..=parts.len()).rev() {
                    let cand = parts[..n].join("::");
                    if known.contains(&cand) {
                        best = Some(cand);
                        break;
                    }
                }
                out.insert(best.unwrap_or_else(|| "lib".into()));
                rest = &tail[path.len()..];
            }
        }
    }
    out.remove(module);
    out
}

fn layer(module: &str) -> Option<usize> {
    let top = module.split("::").next()?;
    LAYERS.iter().position(|l| *l == top)
}

#[test]
fn no_module_imports_from_a_higher_layer_or_the_facade() {
    let mods = modules();
    let known: BTreeSet<String> = mods.iter().map(|(m, _)| m.clone()).collect();
    assert!(known.contains("engine::summary") && known.contains("data::dataset"));
    let mut bad = Vec::new();
    for (m, src) in &mods {
        if m == "lib" {
            continue;
        }
        let own = layer(m).unwrap_or_else(|| panic!("`{m}` is in no layer: put it in a folder"));
        for dep in imports(m, src, &known) {
            match layer(&dep) {
                Some(l) if l <= own => {}
                Some(_) => bad.push(format!("{m} imports {dep} (a higher layer)")),
                None => bad.push(format!("{m} imports the `lib.rs` facade; name the module")),
            }
        }
    }
    assert!(bad.is_empty(), "upward imports:\n{}", bad.join("\n"));
}

#[test]
fn no_import_circles_between_modules() {
    let mods = modules();
    let known: BTreeSet<String> = mods.iter().map(|(m, _)| m.clone()).collect();
    // A folder's `mod.rs` only declares and re-exports its children, so an edge to a folder
    // stands for the child it re-exports; edges *from* a folder are left out for the same reason.
    let folders: BTreeSet<&String> = known
        .iter()
        .filter(|k| known.iter().any(|c| c.starts_with(&format!("{k}::"))))
        .collect();
    let graph: BTreeMap<String, BTreeSet<String>> = mods
        .iter()
        .filter(|(m, _)| m != "lib" && !folders.contains(m))
        .map(|(m, src)| {
            let deps = imports(m, src, &known)
                .into_iter()
                .filter(|d| !folders.contains(d) && d != "lib")
                .collect();
            (m.clone(), deps)
        })
        .collect();
    // Depth-first search for a back edge.
    fn visit(
        n: &str,
        g: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        state.insert(n.into(), 1);
        stack.push(n.into());
        for d in g.get(n).into_iter().flatten() {
            match state.get(d.as_str()) {
                Some(1) => {
                    let i = stack.iter().position(|s| s == d).unwrap();
                    let mut cycle = stack[i..].to_vec();
                    cycle.push(d.clone());
                    return Some(cycle);
                }
                Some(_) => {}
                None => {
                    if let Some(c) = visit(d, g, state, stack) {
                        return Some(c);
                    }
                }
            }
        }
        stack.pop();
        state.insert(n.into(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for n in graph.keys() {
        if !state.contains_key(n.as_str()) {
            if let Some(c) = visit(n, &graph, &mut state, &mut Vec::new()) {
                panic!("import circle: {}", c.join(" → "));
            }
        }
    }
}

#[test]
fn the_check_sees_imports() {
    // The checks above pass trivially if `imports` finds nothing; make sure it does.
    let known: BTreeSet<String> = [
        "data::dataset",
        "engine::summary",
        "url::query",
        "sections",
        "sections::about",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let src =
        "use crate::data::dataset::Dataset;\nuse crate::url::query::{Sort};\nuse super::about;\n";
    let got = imports("sections::lab", src, &known);
    assert_eq!(
        got,
        ["data::dataset", "url::query", "sections::about"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    );
    assert_eq!(layer("url::query"), Some(5));
    assert!(layer("url::query") > layer("sections::lab"));
}
