//! The crate's layers, enforced: a module under `src/<layer>/` may import only from its own layer
//! or the layers below it (not through the `lib.rs` facade), and no two modules import each other
//! in a circle. Reads the source files, so a new upward import fails here before review.

mod layering;

use std::collections::BTreeSet;
use std::path::Path;

/// Bottom to top. `sort` (one copy of the sorting code for every layer) imports nothing.
const LAYERS: [&str; 8] = [
    "sort", "data", "engine", "checks", "sections", "chart", "url", "export",
];

fn layer(module: &str) -> Option<usize> {
    let top = module.split("::").next()?;
    LAYERS.iter().position(|l| *l == top)
}

fn src() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn no_module_imports_from_a_higher_layer_or_the_facade() {
    let known = layering::modules(&src());
    assert!(known.iter().any(|(m, _)| m == "engine::summary"));
    layering::assert_no_upward_imports(&src(), layer);
}

#[test]
fn no_import_circles_between_modules() {
    layering::assert_no_import_circle(&src());
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
    let src = "use crate::data::dataset::Dataset;\n#[cfg(test)]\nmod tests {\n    use crate::engine::summary;\n}\nuse crate::url::query::{Sort};\nuse super::about;\n// use crate::engine::summary;\nuse crate::Dataset;\n";
    let got = layering::imports("sections::lab", src, &known);
    let want: BTreeSet<String> = ["data::dataset", "url::query", "sections::about", "lib"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(got, want);
    assert!(layer("url::query") > layer("sections::lab"));
}

#[test]
fn every_sort_goes_through_the_one_copy() {
    // `sort` itself calls the standard sort, once.
    let found: Vec<String> = layering::std_sorts(&src())
        .into_iter()
        .filter(|s| !s.starts_with("sort: "))
        .collect();
    assert!(
        found.is_empty(),
        "sort with survey::sort instead: {found:#?}"
    );
    // The check sees a sort, and not one in test code or a comment.
    let src = "fn f(v: &mut Vec<u8>) {\n    v.sort_by_key(|x| *x);\n    // v.sort();\n}\n#[cfg(test)]\nmod tests {\n    fn g(v: &mut [u8]) { v.sort(); }\n}\n";
    assert_eq!(
        layering::std_sorts_in("engine::x", src),
        ["engine::x: v.sort_by_key(|x| *x);"]
    );
}

#[test]
fn no_float_is_formatted_or_parsed_by_the_standard_library() {
    let found = layering::float_text(&src());
    assert!(
        found.is_empty(),
        "use data::format::{{fixed, coord, parse_decimal}}: {found:#?}"
    );
    // The check sees each form, and not one in test code, a comment or a path.
    let src = "fn f(x: f64, s: &str) -> String {\n    let y = s.parse::<f64>();\n    let a = format!(\"{x:.1}\");\n    let b = format!(\"{:+.2}\", x);\n    let c = format!(\"{:.places$}\", x);\n    let d = format!(\"{}\", x::y);\n    // format!(\"{:.1}\", x)\n}\n#[cfg(test)]\nmod tests {\n    fn g(x: f64) -> String { format!(\"{x:.3}\") }\n}\n";
    assert_eq!(
        layering::float_text_in("chart::x", src),
        [
            "chart::x: let y = s.parse::<f64>();",
            "chart::x: let a = format!(\"{x:.1}\");",
            "chart::x: let b = format!(\"{:+.2}\", x);",
            "chart::x: let c = format!(\"{:.places$}\", x);",
        ]
    );
}
