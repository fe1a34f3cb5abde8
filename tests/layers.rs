//! The app's layers, enforced (issue 12): bottom to top, the store and its contexts (`state`), the
//! platform glue (`platform`), shared widgets (`components`), charts (`charts`), pages (`pages`)
//! and the shell (`app`, `prerender`, the `main` entry point). A module imports only from its own layer or lower ones, and
//! no modules import each other in a circle. The checker is survey's (`crates/survey/tests/layering`).

#[path = "../crates/survey/tests/layering/mod.rs"]
mod layering;

use std::path::Path;

const LAYERS: [&[&str]; 6] = [
    &["state"],
    &["platform"],
    &["components"],
    &["charts"],
    &["pages"],
    &["app", "prerender", "main"],
];

fn layer(module: &str) -> Option<usize> {
    let top = module.split("::").next()?;
    LAYERS.iter().position(|l| l.contains(&top))
}

fn src() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn no_module_imports_from_a_higher_layer() {
    assert!(layering::modules(&src())
        .iter()
        .any(|(m, _)| m == "pages::explorer::results_table"));
    layering::assert_no_upward_imports(&src(), layer);
}

#[test]
fn no_import_circles_between_modules() {
    layering::assert_no_import_circle(&src());
}

#[test]
fn every_sort_goes_through_survey_sort() {
    // Each element type the standard sort is called on adds a copy of it to the bundle.
    let found = layering::std_sorts(&src());
    assert!(
        found.is_empty(),
        "sort with survey::sort instead: {found:#?}"
    );
}

#[test]
fn no_float_is_formatted_or_parsed_by_the_standard_library() {
    // Each links core's float formatting or parsing (about 20 kB of WASM) into the bundle.
    let found = layering::float_text(&src());
    assert!(
        found.is_empty(),
        "use survey::data::format::{{fixed, coord, parse_decimal}}: {found:#?}"
    );
}
