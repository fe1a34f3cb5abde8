//! Computes the data fingerprint (FNV-1a over every file in static/data/, in name order) so the
//! browser build, which fetches part of the data, cites the same version as native builds.

use std::fs;
use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../static/data");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut names: Vec<_> = fs::read_dir(&dir)
        .expect("static/data exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".csv"))
        .collect();
    names.sort();
    let mut h: u64 = 0xcbf29ce484222325;
    for n in &names {
        println!("cargo:rerun-if-changed={}", dir.join(n).display());
        let text = fs::read(dir.join(n)).expect("readable data file");
        for b in n.bytes().chain(text) {
            h ^= b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
    }
    println!("cargo:rustc-env=DATA_FINGERPRINT={:012x}", h >> 16);
}
