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

/// Whether a window can be opened at all. On Linux and the BSDs that needs an X11 or
/// Wayland display; Windows and macOS always have one.
pub fn has_display() -> bool {
    if cfg!(any(target_os = "windows", target_os = "macos")) {
        return true;
    }
    ["DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET"]
        .iter()
        .any(|v| std::env::var_os(v).is_some_and(|s| !s.is_empty()))
}
