//! Learners' personal data (names, NIPs, notes, PIN hashes) is for this computer account
//! only: on Linux and macOS the data folder is `0700` and every file Tuntun writes with such
//! data (database, backups, log, exports, reports) is `0600`, whatever the umask.
//!
//! On Windows the data folder lies in the user's own profile (`%APPDATA%`), whose access list
//! already admits only that user and the administrators; nothing is changed there.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::Path;

/// Creates `dir` (and its parents) if needed; a folder created here is `0700`.
pub fn create_dir_all(dir: &Path) -> io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Creates (or truncates) `path` for writing, readable and writable by its owner only.
pub fn create_file(path: &Path) -> io::Result<File> {
    let file = options()
        .write(true)
        .create(true)
        .truncate(true)
        .open(path)?;
    narrow(path)?;
    Ok(file)
}

/// Creates `path`, failing if it exists, readable and writable by its owner only.
pub fn create_new_file(path: &Path) -> io::Result<File> {
    options().write(true).create_new(true).open(path)
}

/// Opens `path` for appending (creating it `0600`).
pub fn append_file(path: &Path) -> io::Result<File> {
    let file = options().create(true).append(true).open(path)?;
    narrow(path)?;
    Ok(file)
}

fn options() -> OpenOptions {
    #[allow(unused_mut)]
    let mut o = OpenOptions::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    o
}

/// Takes the group's and others' rights away from an existing file or folder (the mode given
/// at creation does not change a file that was already there).
#[cfg(unix)]
pub fn narrow(path: &Path) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let meta = std::fs::symlink_metadata(path)?;
    if meta.file_type().is_symlink() {
        return Ok(());
    }
    let mode = meta.permissions().mode();
    if mode & 0o077 != 0 {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode & 0o7700))?;
    }
    Ok(())
}

#[cfg(not(unix))]
pub fn narrow(_path: &Path) -> io::Result<()> {
    Ok(())
}

/// Makes a data folder private: the folder itself, its `backups` and `damaged` folders and
/// every file directly in them. A folder everyone may write to (one with the sticky bit, such
/// as `/tmp`) is left as it is: it is shared by design, and taking it over would break other
/// programs; the files in it are still narrowed.
pub fn secure_data_dir(dir: &Path) {
    let shared = is_shared(dir);
    if !shared && let Err(e) = narrow(dir) {
        tracing::warn!("cannot make {} private: {e}", dir.display());
    }
    for sub in [dir.to_owned(), dir.join("backups"), dir.join("damaged")] {
        let Ok(entries) = std::fs::read_dir(&sub) else {
            continue;
        };
        if sub != dir
            && let Err(e) = narrow(&sub)
        {
            tracing::warn!("cannot make {} private: {e}", sub.display());
        }
        for entry in entries.filter_map(Result::ok) {
            let is_file = entry.file_type().is_ok_and(|t| t.is_file());
            if is_file && let Err(e) = narrow(&entry.path()) {
                tracing::warn!("cannot make {} private: {e}", entry.path().display());
            }
        }
    }
}

#[cfg(unix)]
fn is_shared(dir: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(dir).is_ok_and(|m| m.permissions().mode() & 0o1000 != 0)
}

#[cfg(not(unix))]
fn is_shared(_dir: &Path) -> bool {
    false
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(p: &Path) -> u32 {
        std::fs::metadata(p).expect("meta").permissions().mode() & 0o777
    }

    #[test]
    fn new_folders_and_files_are_the_owners_only() {
        let tmp = tempfile::tempdir().expect("tmp");
        let dir = tmp.path().join("a/b");
        create_dir_all(&dir).expect("dir");
        assert_eq!(mode(&dir), 0o700);
        let f = dir.join("x");
        create_file(&f).expect("file");
        assert_eq!(mode(&f), 0o600);
        // An existing, readable file is narrowed too.
        let g = dir.join("g");
        std::fs::write(&g, "x").expect("w");
        std::fs::set_permissions(&g, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        create_file(&g).expect("again");
        assert_eq!(mode(&g), 0o600);
    }

    #[test]
    fn an_old_open_data_folder_is_closed() {
        let tmp = tempfile::tempdir().expect("tmp");
        let dir = tmp.path().join("data");
        std::fs::create_dir_all(dir.join("backups")).expect("dirs");
        for p in [&dir, &dir.join("backups")] {
            std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        }
        for f in ["tuntun.sqlite3", "backups/tuntun-1.sqlite3"] {
            std::fs::write(dir.join(f), "x").expect("w");
            std::fs::set_permissions(dir.join(f), std::fs::Permissions::from_mode(0o644))
                .expect("chmod");
        }
        secure_data_dir(&dir);
        assert_eq!(mode(&dir), 0o700);
        assert_eq!(mode(&dir.join("backups")), 0o700);
        assert_eq!(mode(&dir.join("tuntun.sqlite3")), 0o600);
        assert_eq!(mode(&dir.join("backups/tuntun-1.sqlite3")), 0o600);
    }
}
