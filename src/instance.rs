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

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

/// The lock file's name inside the data directory.
pub const LOCK_FILE: &str = "tuntun.lock";

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

/// Takes the single-instance lock of `data_dir` (creating the folder if needed).
pub fn acquire(data_dir: &Path) -> Result<InstanceLock, InstanceError> {
    std::fs::create_dir_all(data_dir).map_err(|source| InstanceError::Io {
        path: data_dir.to_owned(),
        source,
    })?;
    let path = data_dir.join(LOCK_FILE);
    let io = |source| InstanceError::Io {
        path: path.clone(),
        source,
    };
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(io)?;
    match file.try_lock() {
        Ok(()) => Ok(InstanceLock { _file: file, path }),
        Err(TryLockError::WouldBlock) => Err(InstanceError::AlreadyRunning),
        Err(TryLockError::Error(source)) => Err(io(source)),
    }
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
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("read dir")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, [LOCK_FILE]);
        assert!(!dir.path().join(crate::store::FILE_NAME).exists());
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
