//! One Tuntun at a time per data directory.
//!
//! Two windows on one progress file would each believe they know who is signed in, and a
//! learner could end up working in a window the mentor already left. So start-up takes an
//! exclusive lock on `tuntun.lock` in the data directory and keeps it until the app ends.
//!
//! The lock is on a file of its own, never on `tuntun.sqlite3`: a second start must be able
//! to say "already open" without opening, migrating or backing up the database, and SQLite
//! takes its own locks on the database file that a lock of ours must not disturb.
//!
//! It is an OS advisory lock (`flock` on Linux, `LockFileEx` on Windows) held through an
//! open file, so the OS drops it when the process ends in any way, even killed or by a power
//! cut: a stale lock file never keeps Tuntun from starting. The file itself stays (empty);
//! removing it on exit would let a third start lock a new file while the second still holds
//! the old one.
//!
//! Who holds the lock ("window", "command import") is written into a second file,
//! `tuntun.holder`, not into the lock file: Windows' lock covers the whole locked file, so
//! nobody else could read it there while it is held, and a window started during an import
//! would say "already open" instead of waiting for the import.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

/// The lock file's name inside the data directory.
pub const LOCK_FILE: &str = "tuntun.lock";

/// Who holds the lock, as the holder wrote it (see the module's description).
pub const HOLDER_FILE: &str = "tuntun.holder";

/// Held for as long as this Tuntun runs; dropping it lets another start.
#[derive(Debug)]
pub struct InstanceLock {
    // Never read: holding the open file is what holds the lock.
    _file: File,
    path: PathBuf,
}

impl InstanceLock {
    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

#[derive(Debug, thiserror::Error)]
pub enum InstanceError {
    #[error("Tuntun is already open on this computer")]
    AlreadyRunning,
    #[error("the lock file {path} cannot be used: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Who holds the lock: the window, or a command that writes (`import`, `backup` …).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holder {
    Window,
    Command(&'static str),
}

impl std::fmt::Display for Holder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Holder::Window => f.write_str("window"),
            Holder::Command(name) => write!(f, "command {name}"),
        }
    }
}

/// Takes the lock of `data_dir` for the window (creating the folder if needed), or says
/// that someone holds it.
pub fn acquire(data_dir: &Path) -> Result<InstanceLock, InstanceError> {
    let (file, path) = open_lock_file(data_dir)?;
    match file.try_lock() {
        Ok(()) => Ok(held(file, path, Holder::Window)),
        Err(TryLockError::WouldBlock) => Err(InstanceError::AlreadyRunning),
        Err(TryLockError::Error(source)) => Err(InstanceError::Io { path, source }),
    }
}

/// Takes the lock of `data_dir` for `holder`, waiting for as long as another holds it;
/// `waiting` is called once, before the wait, with whoever holds it (when that can be read).
/// Every writer (the window, `import`, `backup`, `export`, `drill`) goes through the lock,
/// so two never race.
pub fn wait_for(
    data_dir: &Path,
    holder: Holder,
    waiting: impl FnOnce(Option<String>),
) -> Result<InstanceLock, InstanceError> {
    let (file, path) = open_lock_file(data_dir)?;
    match file.try_lock() {
        Ok(()) => return Ok(held(file, path, holder)),
        Err(TryLockError::WouldBlock) => waiting(holder_of(data_dir)),
        Err(TryLockError::Error(source)) => return Err(InstanceError::Io { path, source }),
    }
    match file.lock() {
        Ok(()) => Ok(held(file, path, holder)),
        Err(source) => Err(InstanceError::Io { path, source }),
    }
}

/// Takes the lock of `data_dir` for the window, trying for up to `patience` before saying
/// that someone holds it: a command that only reads holds it for a moment.
pub fn acquire_patiently(
    data_dir: &Path,
    patience: std::time::Duration,
) -> Result<InstanceLock, InstanceError> {
    let start = std::time::Instant::now();
    loop {
        match acquire(data_dir) {
            Err(InstanceError::AlreadyRunning) if start.elapsed() < patience => {
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
            other => return other,
        }
    }
}

/// For a command that only reads: the lock of `data_dir` while nobody holds it, taken
/// without creating or writing anything, so no writer starts while it reads. None when the
/// lock file is missing or someone holds the lock.
pub fn hold_if_free(data_dir: &Path) -> Option<File> {
    let file = OpenOptions::new()
        .read(true)
        .open(data_dir.join(LOCK_FILE))
        .ok()?;
    file.try_lock().ok()?;
    Some(file)
}

/// Who holds the lock of `data_dir`, as it wrote itself into [`HOLDER_FILE`] ("window" or
/// "command import"), when that can be read. Only meaningful while the lock is held.
pub fn holder_of(data_dir: &Path) -> Option<String> {
    let text = std::fs::read_to_string(data_dir.join(HOLDER_FILE)).ok()?;
    let who = text.lines().next()?.rsplit_once(' ')?.0.trim();
    (!who.is_empty()).then(|| who.to_owned())
}

fn open_lock_file(data_dir: &Path) -> Result<(File, PathBuf), InstanceError> {
    std::fs::create_dir_all(data_dir).map_err(|source| InstanceError::Io {
        path: data_dir.to_owned(),
        source,
    })?;
    let path = data_dir.join(LOCK_FILE);
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(|source| InstanceError::Io {
            path: path.clone(),
            source,
        })?;
    Ok((file, path))
}

/// The lock is ours: say who holds it (best effort: the lock works without it).
fn held(file: File, path: PathBuf, holder: Holder) -> InstanceLock {
    let who = path.with_file_name(HOLDER_FILE);
    let said = std::fs::write(&who, format!("{holder} {}\n", std::process::id()));
    if let Err(e) = said {
        tracing::debug!("cannot write the holder into {}: {e}", who.display());
    }
    InstanceLock { _file: file, path }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_start_is_refused_until_the_first_ends() {
        let dir = tempfile::tempdir().expect("temp dir");
        let data = dir.path().join("data");
        let first = acquire(&data).expect("first start");
        assert_eq!(first.path(), data.join(LOCK_FILE));
        assert!(matches!(acquire(&data), Err(InstanceError::AlreadyRunning)));
        // Still refused: a refused start does not disturb the lock.
        assert!(matches!(acquire(&data), Err(InstanceError::AlreadyRunning)));
        drop(first);
        let again = acquire(&data).expect("after the first ended");
        drop(again);
    }

    #[test]
    fn the_lock_does_not_touch_the_database() {
        let dir = tempfile::tempdir().expect("temp dir");
        let _lock = acquire(dir.path()).expect("lock");
        let mut names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("read dir")
            .map(|e| e.expect("entry").file_name())
            .collect();
        names.sort();
        assert_eq!(names, [HOLDER_FILE, LOCK_FILE]);
        assert_eq!(holder_of(dir.path()).as_deref(), Some("window"));
        assert!(!dir.path().join(crate::store::FILE_NAME).exists());
    }

    /// Windows' lock keeps everyone else from reading the locked file, so who holds it is
    /// never kept there: the lock file stays empty and the holder is read from its own file.
    #[test]
    fn who_holds_the_lock_is_readable_without_reading_the_locked_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let lock = wait_for(dir.path(), Holder::Command("sync"), |_| {}).expect("lock");
        let len = std::fs::metadata(lock.path()).expect("lock file").len();
        assert_eq!(len, 0, "nothing to read in the locked file");
        assert_eq!(holder_of(dir.path()).as_deref(), Some("command sync"));
        // A later holder replaces the name.
        drop(lock);
        let _window = acquire(dir.path()).expect("window");
        assert_eq!(holder_of(dir.path()).as_deref(), Some("window"));
    }

    #[test]
    fn a_command_waits_for_the_lock_and_says_who_holds_it() {
        let dir = tempfile::tempdir().expect("temp dir");
        let first = wait_for(dir.path(), Holder::Command("import"), |_| {
            panic!("nobody holds it yet")
        })
        .expect("first");
        assert_eq!(holder_of(dir.path()).as_deref(), Some("command import"));
        let (tx, rx) = std::sync::mpsc::channel();
        let path = dir.path().to_owned();
        let second = std::thread::spawn(move || {
            let lock = wait_for(&path, Holder::Command("backup"), |who| {
                tx.send(who).expect("send")
            })
            .expect("second");
            holder_of(lock.path().parent().expect("dir"))
        });
        let told = rx
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("the waiter is told");
        assert_eq!(told.as_deref(), Some("command import"));
        assert!(!second.is_finished(), "it waits while the lock is held");
        drop(first);
        let after = second.join().expect("thread");
        assert_eq!(after.as_deref(), Some("command backup"));
    }

    #[test]
    fn another_data_dir_has_its_own_lock() {
        let dir = tempfile::tempdir().expect("temp dir");
        let _a = acquire(&dir.path().join("a")).expect("a");
        let _b = acquire(&dir.path().join("b")).expect("b");
    }

    #[test]
    fn an_unusable_data_dir_is_an_io_error() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("not-a-folder");
        std::fs::write(&file, b"x").expect("write");
        let err = acquire(&file).expect_err("a file is not a folder");
        assert!(matches!(err, InstanceError::Io { .. }), "{err}");
    }
}
