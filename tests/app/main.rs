//! Integration tests, in one binary (each file directly under `tests/` would link iced again).

mod background;
mod cli;
mod comfort;
mod content;
mod dokumen;
mod durability;
mod email;
mod exchange;
mod gui;
mod i18n;
mod kinerja;
mod kiosk;
mod mentor;
mod newcomer;
mod office;
mod pointer;
mod presensi;
mod privacy;
mod recovery;
mod review;
mod skill_check;
mod srikandi;
mod store;
mod sync;
mod window;

use std::path::PathBuf;

/// The repository's root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}
