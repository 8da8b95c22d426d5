//! Where progress files can be carried: USB sticks that are plugged in, and the learner's
//! Documents and Downloads folders. Used by the "move to another laptop" part of Settings.

use std::path::{Path, PathBuf};

/// The file extension of an export.
pub const EXTENSION: &str = "tuntun";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlaceKind {
    /// A removable drive, with its label (the folder name under /media).
    Usb(String),
    Documents,
    Downloads,
    /// The home folder, offered only when there is no Documents or Downloads folder.
    Home,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub kind: PlaceKind,
    pub path: PathBuf,
}

/// Plugged-in drives first (as mounted by the desktop under `/media/USER/LABEL` or
/// `/run/media/USER/LABEL`), then Documents and Downloads.
pub fn discover() -> Vec<Place> {
    let mut out = Vec::new();
    for root in ["/media", "/run/media"] {
        for user in subdirs(Path::new(root)) {
            if is_mount_point(&user) {
                out.push(usb(user)); // e.g. /media/usb0 on older setups
                continue;
            }
            out.extend(
                subdirs(&user)
                    .into_iter()
                    .filter(|d| is_mount_point(d))
                    .map(usb),
            );
        }
    }
    if let Some(dirs) = directories::UserDirs::new() {
        if let Some(d) = dirs.document_dir() {
            out.push(Place {
                kind: PlaceKind::Documents,
                path: d.to_owned(),
            });
        }
        if let Some(d) = dirs.download_dir() {
            out.push(Place {
                kind: PlaceKind::Downloads,
                path: d.to_owned(),
            });
        }
    }
    out.retain(|p| p.path.is_dir());
    if !out
        .iter()
        .any(|p| matches!(p.kind, PlaceKind::Documents | PlaceKind::Downloads))
        && let Some(home) = directories::BaseDirs::new().map(|d| d.home_dir().to_owned())
        && home.is_dir()
    {
        out.push(Place {
            kind: PlaceKind::Home,
            path: home,
        });
    }
    out
}

fn usb(path: PathBuf) -> Place {
    let label = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    Place {
        kind: PlaceKind::Usb(label),
        path,
    }
}

fn subdirs(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    out.sort();
    out
}

#[cfg(unix)]
fn is_mount_point(dir: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(dir), dir.parent().map(std::fs::metadata)) {
        (Ok(d), Some(Ok(parent))) => d.dev() != parent.dev(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn is_mount_point(_: &Path) -> bool {
    false
}

/// Progress files in these places (not in sub-folders), the newest first.
pub fn find_exports(places: &[Place]) -> Vec<PathBuf> {
    let mut found: Vec<(std::time::SystemTime, PathBuf)> = places
        .iter()
        .filter_map(|p| std::fs::read_dir(&p.path).ok())
        .flatten()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == EXTENSION) && p.is_file())
        .map(|p| {
            let modified = std::fs::metadata(&p)
                .and_then(|m| m.modified())
                .unwrap_or(std::time::UNIX_EPOCH);
            (modified, p)
        })
        .collect();
    found.sort_by(|a, b| b.cmp(a));
    found.into_iter().map(|(_, p)| p).collect()
}

/// A file name for a new export by `laptop` (its name) with device id `device`:
/// `tuntun-kemajuan-20261123-101503-laptop-camat-3f2a.tuntun`. The seconds and the laptop keep
/// two laptops that save to one USB stick in the same minute from sharing a name.
pub fn export_name(laptop: &str, device: &str) -> String {
    let mut slug = String::new();
    for c in laptop.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= 24 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    let id: String = device
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(4)
        .collect::<String>()
        .to_ascii_lowercase();
    let who = [slug, id.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    format!(
        "tuntun-kemajuan-{}-{who}.{EXTENSION}",
        jiff::Zoned::now().strftime("%Y%m%d-%H%M%S")
    )
}

/// Where a new export goes in `dir`: [`export_name`], with `-2`, `-3`… added if a file of
/// that name is already there, so an export never replaces another.
pub fn new_export_path(dir: &Path, laptop: &str, device: &str) -> PathBuf {
    let name = export_name(laptop, device);
    let first = dir.join(&name);
    if !first.exists() {
        return first;
    }
    let stem = name.trim_end_matches(&format!(".{EXTENSION}")).to_owned();
    (2..)
        .map(|n| dir.join(format!("{stem}-{n}.{EXTENSION}")))
        .find(|p| !p.exists())
        .unwrap_or(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_progress_files_newest_first_and_ignores_others() {
        let dir = tempfile::tempdir().expect("temp");
        let place = Place {
            kind: PlaceKind::Documents,
            path: dir.path().to_owned(),
        };
        std::fs::write(dir.path().join("old.tuntun"), "x").expect("w");
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(dir.path().join("new.tuntun"), "x").expect("w");
        std::fs::write(dir.path().join("letter.pdf"), "x").expect("w");
        let found = find_exports(&[place]);
        let names: Vec<_> = found
            .iter()
            .filter_map(|p| p.file_name()?.to_str())
            .collect();
        assert_eq!(names, ["new.tuntun", "old.tuntun"]);
    }

    #[test]
    fn export_names_carry_seconds_and_the_laptop_and_never_repeat() {
        let name = export_name("Laptop Camat #2", "3F2A9c01-0000");
        let re = regex::Regex::new(r"^tuntun-kemajuan-\d{8}-\d{6}-laptop-camat-2-3f2a\.tuntun$")
            .expect("re");
        assert!(re.is_match(&name), "{name}");
        let dir = tempfile::tempdir().expect("temp");
        let first = new_export_path(dir.path(), "Laptop", "abcd");
        std::fs::write(&first, "a").expect("w");
        let second = new_export_path(dir.path(), "Laptop", "abcd");
        assert_ne!(first, second);
        // Within the same second the second file gets "-2"; a second later a new name.
        assert!(!second.exists());
    }
}
