// The lessons, locales and fonts are embedded with `include_dir!`/`include_bytes!`;
// make Cargo rebuild when any of them changes (include_dir cannot tell it on stable Rust).
//
// It also names the embedded content for `tuntun --version`: how many lessons in how many
// modules, and a fingerprint of every lesson and locale file (64-bit FNV-1a over the sorted
// paths and contents: enough to tell two builds' content apart, not a security measure).
use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn main() {
    println!("cargo:rerun-if-changed=assets");
    println!("cargo:rerun-if-changed=locales");
    let mut all = Vec::new();
    files(Path::new("assets/lessons"), &mut all);
    files(Path::new("locales"), &mut all);
    all.sort();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for path in &all {
        let bytes = std::fs::read(path).unwrap_or_default();
        for b in path.to_string_lossy().bytes().chain(bytes) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    let lesson = |p: &&PathBuf| {
        p.starts_with("assets/lessons")
            && p.extension().is_some_and(|e| e == "toml")
            && p.file_name().is_some_and(|n| n != "module.toml")
    };
    let lessons = all.iter().filter(lesson).count();
    let modules = all
        .iter()
        .filter(|p| p.file_name().is_some_and(|n| n == "module.toml"))
        .count();
    println!(
        "cargo:rustc-env=TUNTUN_CONTENT_VERSION={hash:016x}, {lessons} lessons in {modules} modules"
    );
}
