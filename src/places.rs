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
    out.extend(removable_drives());
    // Documents and Downloads as the system names them (on Windows through the known-folder
    // API, so a moved or renamed "Dokumen" folder is found too).
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

/// Windows: the drives Windows calls removable (USB sticks, memory cards), by letter.
#[cfg(windows)]
fn removable_drives() -> Vec<Place> {
    #[link(name = "kernel32")]
    unsafe extern "system" {
        fn GetDriveTypeW(root: *const u16) -> u32;
    }
    const DRIVE_REMOVABLE: u32 = 2;
    (b'A'..=b'Z')
        .filter_map(|letter| {
            let root = format!("{}:\\", char::from(letter));
            let wide: Vec<u16> = root.encode_utf16().chain([0]).collect();
            // SAFETY: `wide` is a NUL-terminated UTF-16 string that outlives the call.
            let kind = unsafe { GetDriveTypeW(wide.as_ptr()) };
            (kind == DRIVE_REMOVABLE).then(|| Place {
                kind: PlaceKind::Usb(format!("{}:", char::from(letter))),
                path: PathBuf::from(root),
            })
        })
        .collect()
}

/// Elsewhere, plugged-in drives are found under /media above.
#[cfg(not(windows))]
fn removable_drives() -> Vec<Place> {
    Vec::new()
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

/// `text` made into a file name stem every system takes (Windows is the strictest): the
/// characters `< > : " / \ | ? *` and control characters become `-`, no trailing dot or
/// space, at most 120 characters, and never a name Windows keeps for devices (`CON`, `PRN`,
/// `AUX`, `NUL`, `COM1`…`COM9`, `LPT1`…`LPT9`, in any case, even before an extension: `NUL.txt`
/// is the device too): those get a `_` after the device name (`NUL_.txt`). Empty text gives
/// `fallback`.
pub fn safe_stem(text: &str, fallback: &str) -> String {
    let cleaned: String = text
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, '<' | '>' | ':' | '"' | '/' | '\\' | '|' | '?' | '*') {
                '-'
            } else {
                c
            }
        })
        .take(120)
        .collect();
    let trimmed = cleaned.trim_start().trim_end_matches(['.', ' ']);
    if trimmed.is_empty() {
        return fallback.to_owned();
    }
    // Windows reads the part before the first dot, without its trailing spaces, as the name.
    let first = trimmed.split('.').next().unwrap_or_default().trim_end();
    if is_device_name(first) {
        format!("{first}_{}", &trimmed[first.len()..])
    } else {
        trimmed.to_owned()
    }
}

/// Whether Windows keeps `name` (the part of a file name before its first dot) for a device:
/// `CON`, `PRN`, `AUX`, `NUL`, `CONIN$`, `CONOUT$`, `COM1`…`COM9` and `LPT1`…`LPT9` (also with
/// the superscript digits ¹ ² ³), in any case.
pub fn is_device_name(name: &str) -> bool {
    let upper = name.to_uppercase();
    if matches!(
        upper.as_str(),
        "CON" | "PRN" | "AUX" | "NUL" | "CONIN$" | "CONOUT$"
    ) {
        return true;
    }
    let Some(rest) = upper
        .strip_prefix("COM")
        .or_else(|| upper.strip_prefix("LPT"))
    else {
        return false;
    };
    let mut digits = rest.chars();
    matches!(
        (digits.next(), digits.next()),
        (Some('1'..='9' | '¹' | '²' | '³'), None)
    )
}

/// Whether Windows takes `name` as a file name, by its rules: not empty, none of
/// `< > : " / \ | ? *` nor control characters, no trailing dot or space, at most 255
/// characters, and not a device name, even before an extension (see [`is_device_name`]).
pub fn windows_accepts(name: &str) -> bool {
    let first = name.split('.').next().unwrap_or_default().trim_end();
    !name.is_empty()
        && name.encode_utf16().count() <= 255
        && !name.ends_with(['.', ' '])
        && !name.chars().any(|c| {
            c.is_control() || matches!(c, '<' | '>' | ':' | '"' | '/' | '\\' | '|' | '?' | '*')
        })
        && !is_device_name(first)
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
    fn file_names_from_anything_a_learner_types_are_safe_on_windows() {
        let cases = [
            ("Surat Undangan Rapat", "Surat Undangan Rapat"),
            ("Laporan: Mei/Juni?", "Laporan- Mei-Juni-"),
            ("a<b>c\"d|e*f\\g", "a-b-c-d-e-f-g"),
            ("tab\there\nline", "tab-here-line"),
            ("akhir titik...", "akhir titik"),
            ("spasi di akhir   ", "spasi di akhir"),
            ("CON", "CON_"),
            ("con", "con_"),
            ("Nul.txt", "Nul_.txt"),
            ("aux .surat", "aux_ .surat"),
            ("LPT3.tar.gz", "LPT3_.tar.gz"),
            ("CONOUT$", "CONOUT$_"),
            ("com²", "com²_"),
            ("COM10", "COM10"),
            ("COM1", "COM1_"),
            ("lpt9", "lpt9_"),
            ("COM0", "COM0"),
            ("CONTOH", "CONTOH"),
            ("Siti Rahmawati, S.Pd", "Siti Rahmawati, S.Pd"),
            ("...", "dokumen"),
            ("", "dokumen"),
        ];
        for (text, want) in cases {
            assert_eq!(safe_stem(text, "dokumen"), want, "{text:?}");
        }
        assert_eq!(safe_stem(&"x".repeat(500), "d").chars().count(), 120);
    }

    #[test]
    fn the_windows_rules_refuse_what_windows_refuses() {
        for bad in [
            "",
            "CON",
            "con.pdf",
            "NUL.tar.gz",
            "Aux .txt",
            "COM1.pdf",
            "lpt9",
            "COM³.x",
            "CONIN$",
            "a:b.pdf",
            "a?.pdf",
            "a*",
            "a\"b",
            "a<b",
            "a>b",
            "a|b",
            "a/b",
            "a\\b",
            "tab\t.pdf",
            "titik.",
            "spasi ",
        ] {
            assert!(!windows_accepts(bad), "{bad:?} is refused by Windows");
        }
        let long = format!("{}.pdf", "x".repeat(252));
        assert!(!windows_accepts(&long));
        for good in [
            "CONTOH.pdf",
            "COM0.pdf",
            "COM10",
            "console.pdf",
            "ringkasan-con.pdf",
            "Surat (2).pdf",
            ".tersembunyi",
            "Siti Rahmawati, S.Pd.pdf",
            "李.pdf",
        ] {
            assert!(windows_accepts(good), "{good:?} is taken by Windows");
        }
    }

    /// Every file name Tuntun makes from something a person typed (a learner's name, a
    /// module, a document's title, a laptop's name) or from the clock is one Windows takes.
    fn assert_every_name_is_taken(typed: &str) {
        let stem = safe_stem(typed, "dokumen");
        let names = [
            crate::output::summary_file_name(typed),
            crate::output::certificate_file_name(typed, typed),
            crate::output::certificate_file_name("email", typed),
            export_name(typed, typed),
            // "Simpan PDF asli" of the document tool: the title, then "(2)" if taken.
            format!("{stem}.pdf"),
            format!("{stem} (2).pdf"),
            crate::output::class_report::file_name(jiff::civil::date(2026, 12, 3), "xlsx"),
            crate::sync::file_name(&uuid::Uuid::new_v4().to_string()),
        ];
        for name in names {
            assert!(windows_accepts(&name), "{name:?} (from {typed:?})");
        }
    }

    #[test]
    fn every_file_name_made_from_typed_text_is_one_windows_takes() {
        for typed in [
            "",
            " ",
            ".",
            "...",
            "CON",
            "con",
            "Nul.txt",
            "COM1",
            "lpt¹",
            "AUX . laporan",
            "Laporan: Mei/Juni?",
            "Siti \"Ani\" <Rahmawati> | S.Pd *",
            "akhir titik.",
            "spasi ",
            "\t\n",
            "李小龙",
            "Ümi Çelik",
            "\\\\server\\share",
            "../../etc/passwd",
        ] {
            assert_every_name_is_taken(typed);
        }
    }

    proptest::proptest! {
        #[test]
        fn every_file_name_made_from_any_text_is_one_windows_takes(typed in "\\PC{0,200}") {
            assert_every_name_is_taken(&typed);
        }

        #[test]
        fn device_names_in_any_case_and_with_any_extension_are_renamed(
            device in "(?i)(con|prn|aux|nul|com[1-9]|lpt[1-9])",
            rest in "( *\\.[a-z]{1,4}){0,2}",
        ) {
            let stem = safe_stem(&format!("{device}{rest}"), "d");
            proptest::prop_assert!(windows_accepts(&format!("{stem}.pdf")), "{}", stem);
        }
    }

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
