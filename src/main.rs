//! Entry point of the explorer's bundle, the site root's (the other pages, profiles too, are in
//! the bundles of `src/bin/`: `survey::url::Bundle`).
//!
//! In the browser it hydrates the server-rendered default view. Natively,
//! `time-in-cell prerender DIR` renders every view at build time into its own document under DIR
//! (`DIR/index.html` is the template and becomes the explorer's; see `prerender`),
//! `time-in-cell encode-data DIR` writes the data the bundles fetch (`survey::data::codec`) under
//! `DIR/data/`, and `time-in-cell bundles` prints the bundles and which one each `view=` value
//! (or page folder) loads, for the boot script (all called by the Trunk post-build hook,
//! `scripts/postbuild.mjs`).

#[cfg(target_arch = "wasm32")]
fn main() {
    time_in_cell::start(time_in_cell::pages::EXPLORER, true);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.as_slice() {
        [_, cmd, dir] if cmd == "prerender" => match time_in_cell::prerender::into_site(dir) {
            Ok(n) => println!("prerendered {n} documents under {dir}"),
            Err(e) => {
                eprintln!("prerender failed: {e}");
                std::process::exit(1);
            }
        },
        [_, cmd, dir] if cmd == "encode-data" => match encode_data(dir) {
            Ok(names) => println!("{names}"),
            Err(e) => {
                eprintln!("encode-data failed: {e}");
                std::process::exit(1);
            }
        },
        [_, cmd] if cmd == "bundles" => {
            // The post-build hook's list of bundles to build and the boot script's table of which
            // bundle each `view=` value loads (scripts/postbuild.mjs).
            println!("{}", survey::url::Bundle::manifest_json());
        }
        _ => {
            eprintln!("usage: time-in-cell prerender <dir> | time-in-cell encode-data <dir> | time-in-cell bundles\n(the app itself runs in the browser: ./scripts/serve)");
            std::process::exit(2);
        }
    }
}

/// Writes the data the bundles fetch, encoded from the CSV files compiled into this binary (the
/// same `static/data/` files the build copies to `DIR/data/`), as `DIR/data/tables-<hash>.bin`,
/// one `DIR/data/<part>-<hash>.bin` per part of the report's text and `DIR/data/notes-<hash>.bin`;
/// returns their paths below DIR as JSON for the post-build hook
/// (`{"tables":…,"notes":…,"parts":{"figures":…,…}}`).
#[cfg(not(target_arch = "wasm32"))]
fn encode_data(dir: &str) -> Result<String, String> {
    use survey::data::codec::{
        encode_notes, encode_part, encode_tables, part_file, Part, NOTES_FILE, TABLES_FILE,
    };
    // With the audit's counts, for the errata's file (the about page states them from it).
    let data = survey::sections::about::with_audit(
        survey::Dataset::embedded().map_err(|e| e.to_string())?,
    );
    let out = std::path::Path::new(dir).join("data");
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut files = vec![
        (TABLES_FILE, encode_tables(&data)),
        (NOTES_FILE, encode_notes(&data)),
    ];
    files.extend(Part::ALL.map(|p| (part_file(p), encode_part(&data, p))));
    for (name, bytes) in files {
        let bytes = bytes.map_err(|e| e.to_string())?;
        std::fs::write(out.join(name), bytes).map_err(|e| format!("{name}: {e}"))?;
    }
    let parts: Vec<String> = Part::ALL
        .iter()
        .map(|p| format!("\"{}\":\"data/{}\"", p.name(), part_file(*p)))
        .collect();
    Ok(format!(
        "{{\"tables\":\"data/{TABLES_FILE}\",\"notes\":\"data/{NOTES_FILE}\",\"parts\":{{{}}}}}",
        parts.join(",")
    ))
}
