//! Reads a crate's `src/` and checks its module layering: each module imports (`crate::…`,
//! `super::…`, outside `#[cfg(test)]` code) only from its own layer or lower ones, and no modules
//! import each other in a circle. Shared by `crates/survey/tests/layers.rs` and the app's
//! `tests/layers.rs`.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Every `.rs` file under `src`, as (module path like `engine::summary`, source text); `lib` for
/// `lib.rs`, and `src/bin/` left out (binaries are not modules of the library).
pub fn modules(src: &Path) -> Vec<(String, String)> {
    fn walk(dir: &Path, prefix: &str, out: &mut Vec<(String, String)>) {
        let mut entries: Vec<_> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for p in entries {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            if p.is_dir() {
                if prefix.is_empty() && name == "bin" {
                    continue;
                }
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
    walk(src, "", &mut out);
    out
}

/// The modules a source file names through `crate::` (or `super::`, resolved against `module`),
/// outside `#[cfg(test)]` code and comments, as the longest known module path (`lib` for a name
/// of the crate root, such as a facade re-export).
pub fn imports(module: &str, src: &str, known: &BTreeSet<String>) -> BTreeSet<String> {
    let code = without_test_code(src);
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
                let best = (1..=parts.len())
                    .rev()
                    .map(|n| parts[..n].join("::"))
                    .find(|cand| known.contains(cand));
                out.insert(best.unwrap_or_else(|| "lib".into()));
                rest = &tail[path.len()..];
            }
        }
    }
    out.remove(module);
    out
}

/// The standard library's slice sorts called in `src` (the text of `module`) outside
/// `#[cfg(test)]` code and comments, as `module: line`. Each element type sorted that way adds its
/// own copy of the sorting code to a WASM bundle (about 3 kB each, issue 13); `survey::sort` holds
/// the one copy every module sorts through.
pub fn std_sorts_in(module: &str, src: &str) -> Vec<String> {
    const CALLS: [&str; 7] = [
        ".sort(",
        ".sort_by(",
        ".sort_by_key(",
        ".sort_by_cached_key(",
        ".sort_unstable(",
        ".sort_unstable_by(",
        ".sort_unstable_by_key(",
    ];
    code_lines(module, src, |l| CALLS.iter().any(|c| l.contains(c)))
}

/// [`std_sorts_in`] for every module under `src`.
pub fn std_sorts(src: &Path) -> Vec<String> {
    in_every_module(src, std_sorts_in)
}

/// Lines of `src` outside test code and comments that format or parse a float with the standard
/// library: `parse::<f64>()` or `parse::<f32>()`, or a format precision (`{:.1}`, `{x:+.2}`,
/// `{:.places$}`), each of which links `core`'s float formatting or parsing, about 20 kB of WASM,
/// into the bundle (issue 13): use `data::format::{fixed, coord, parse_decimal}`. A float written
/// with a plain `{}` is not seen here.
pub fn float_text_in(module: &str, src: &str) -> Vec<String> {
    let precision = |l: &str| {
        l.match_indices(':').any(|(i, _)| {
            let before = l[..i].rsplit('{').next().unwrap_or("");
            let opened =
                l[..i].contains('{') && before.chars().all(|c| c.is_alphanumeric() || c == '_');
            let after = l[i + 1..].trim_start_matches(['+', '-']);
            opened
                && after.starts_with('.')
                && after[1..].starts_with(|c: char| c.is_ascii_alphanumeric())
        })
    };
    code_lines(module, src, |l| {
        l.contains("parse::<f64>") || l.contains("parse::<f32>") || precision(l)
    })
}

/// [`float_text_in`] for every module under `src`.
pub fn float_text(src: &Path) -> Vec<String> {
    in_every_module(src, float_text_in)
}

/// The trimmed lines of `src` outside test code and comments that `keep` accepts, each as
/// `module: line`.
fn code_lines(module: &str, src: &str, keep: impl Fn(&str) -> bool) -> Vec<String> {
    without_test_code(src)
        .lines()
        .map(str::trim)
        .filter(|l| !l.starts_with("//") && keep(l))
        .map(|l| format!("{module}: {l}"))
        .collect()
}

/// `check` run on every module under `src`, its findings together.
fn in_every_module(src: &Path, check: fn(&str, &str) -> Vec<String>) -> Vec<String> {
    modules(src)
        .iter()
        .flat_map(|(module, text)| check(module, text))
        .collect()
}

/// `src` without its `#[cfg(test)]` items (up to the brace that closes each; braces inside string
/// literals are assumed balanced, as format strings are).
fn without_test_code(src: &str) -> String {
    let mut out = String::new();
    let mut rest = src;
    while let Some(i) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..i]);
        let after = &rest[i..];
        let Some(open) = after.find('{') else {
            return out;
        };
        let mut depth = 0usize;
        let mut end = after.len();
        for (j, c) in after[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + j + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// Upward imports: `layer` gives a module's layer (bottom = 0); `None` fails the check, so every
/// module must be placed. `lib` is the crate root and is not checked.
pub fn upward_imports(src: &Path, layer: impl Fn(&str) -> Option<usize>) -> Vec<String> {
    let mods = modules(src);
    let known: BTreeSet<String> = mods.iter().map(|(m, _)| m.clone()).collect();
    let mut bad = Vec::new();
    for (m, text) in &mods {
        if m == "lib" {
            continue;
        }
        let Some(own) = layer(m) else {
            bad.push(format!("`{m}` is in no layer"));
            continue;
        };
        for dep in imports(m, text, &known) {
            match layer(&dep) {
                Some(l) if l <= own => {}
                Some(_) => bad.push(format!("{m} imports {dep} (a higher layer)")),
                None => bad.push(format!("{m} imports {dep}, which is in no layer")),
            }
        }
    }
    bad
}

/// Fails, listing them, if any module under `src` imports from a higher layer (see
/// [`upward_imports`]).
pub fn assert_no_upward_imports(src: &Path, layer: impl Fn(&str) -> Option<usize>) {
    let bad = upward_imports(src, layer);
    assert!(bad.is_empty(), "upward imports:\n{}", bad.join("\n"));
}

/// Fails, naming it, if modules under `src` import each other in a circle (see [`import_circle`]).
pub fn assert_no_import_circle(src: &Path) {
    if let Some(c) = import_circle(src) {
        panic!("import circle: {}", c.join(" → "));
    }
}

/// An import circle between modules, if any. A folder's `mod.rs` that only declares and
/// re-exports its children stands for them, so edges from and to folders are left out.
pub fn import_circle(src: &Path) -> Option<Vec<String>> {
    let mods = modules(src);
    let known: BTreeSet<String> = mods.iter().map(|(m, _)| m.clone()).collect();
    let folders: BTreeSet<&String> = known
        .iter()
        .filter(|k| known.iter().any(|c| c.starts_with(&format!("{k}::"))))
        .collect();
    let graph: BTreeMap<String, BTreeSet<String>> = mods
        .iter()
        .filter(|(m, _)| m != "lib" && !folders.contains(m))
        .map(|(m, text)| {
            let deps = imports(m, text, &known)
                .into_iter()
                .filter(|d| !folders.contains(d) && d != "lib")
                .collect();
            (m.clone(), deps)
        })
        .collect();
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
                return Some(c);
            }
        }
    }
    None
}
