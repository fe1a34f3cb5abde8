//! Computes the data fingerprint (FNV-1a over every file in static/data/, in name order) so the
//! browser build, which fetches the data, cites the same version as native builds; and the hash in
//! the names of the encoded data files (`data::codec`): the same CSV files, then the source of the
//! code that reads and encodes them (src/data/, src/data/dataset/, src/data/codec/ and
//! src/data/codec/decode/) and of the audit whose counts the errata's file carries (src/checks/,
//! src/sections/), so a new name comes with any change to the bytes.

use std::fs;
use std::path::Path;

fn fnv(h: &mut u64, bytes: impl IntoIterator<Item = u8>) {
    for b in bytes {
        *h ^= b as u64;
        *h = h.wrapping_mul(0x100000001b3);
    }
}

fn sorted(dir: &Path, ext: &str) -> Vec<String> {
    let mut names: Vec<_> = fs::read_dir(dir)
        .expect("directory exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(ext))
        .collect();
    names.sort();
    names
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("../../static/data");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut h: u64 = 0xcbf29ce484222325;
    for n in sorted(&dir, ".csv") {
        println!("cargo:rerun-if-changed={}", dir.join(&n).display());
        let text = fs::read(dir.join(&n)).expect("readable data file");
        fnv(&mut h, n.bytes().chain(text));
    }
    println!("cargo:rustc-env=DATA_FINGERPRINT={:012x}", h >> 16);
    for code in [
        root.join("src/data"),
        root.join("src/data/codec"),
        root.join("src/data/codec/decode"),
        root.join("src/data/dataset"),
        // The errata's file carries the audit's counts (`sections::about::with_audit`).
        root.join("src/checks"),
        root.join("src/sections"),
    ] {
        println!("cargo:rerun-if-changed={}", code.display());
        for n in sorted(&code, ".rs") {
            println!("cargo:rerun-if-changed={}", code.join(&n).display());
            let text = fs::read(code.join(&n)).expect("readable source file");
            fnv(&mut h, n.bytes().chain(text));
        }
    }
    println!("cargo:rustc-env=DATA_FILE_HASH={h:016x}");
}
