//! Where Tuntun keeps its data: `--data-dir`, else `TUNTUN_DATA_DIR`, else the platform's
//! data directory from `directories` (e.g. `~/.local/share/tuntun` on Linux,
//! `%APPDATA%\Tuntun\Tuntun\data` on Windows).

use std::path::PathBuf;

/// The environment variable that overrides the data directory.
pub const DATA_DIR_ENV: &str = "TUNTUN_DATA_DIR";

/// The data directory, or `None` when the platform gives no home directory.
pub fn data_dir(flag: Option<PathBuf>) -> Option<PathBuf> {
    flag.or_else(|| {
        std::env::var_os(DATA_DIR_ENV)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    })
    .or_else(|| {
        directories::ProjectDirs::from("id", "Tuntun", "Tuntun").map(|d| d.data_dir().to_owned())
    })
}
