// The lessons, locales and fonts are embedded with `include_dir!`/`include_bytes!`;
// make Cargo rebuild when any of them changes (include_dir cannot tell it on stable Rust).
fn main() {
    println!("cargo:rerun-if-changed=assets");
    println!("cargo:rerun-if-changed=locales");
}
