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
use std::io::Write;
use std::path::{Path, PathBuf};

/// The lock file's name inside the data directory.
pub const LOCK_FILE: &str = "tuntun.lock";
/// Who holds the lock ("window 4242", "command import 4243"), written by each holder beside
/// the lock file: Windows keeps a locked file from other readers, so the lock file itself
/// cannot say it there.
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

/// What the window does when the data folder's lock is taken.
#[derive(Debug)]
pub enum WindowLock {
    Held(InstanceLock),
    /// Another window has it: "already open".
    AlreadyRunning,
}

/// Takes the lock of `data_dir` for the window. A command that only reads holds it for a
/// moment (up to `patience`); a command that writes (`import`, `backup` …) holds it until
/// it is done, and the window waits for it, calling `waiting` once. Whenever the lock is
/// still taken after that, who holds it is read again: if a window took it meanwhile (the
/// learner started Tuntun twice during an import), this start ends as "already open" instead
/// of waiting for that window to close.
pub fn acquire_for_window(
    data_dir: &Path,
    patience: std::time::Duration,
    mut waiting: impl FnMut(),
) -> Result<WindowLock, InstanceError> {
    let start = std::time::Instant::now();
    let mut told = false;
    loop {
        match acquire(data_dir) {
            Ok(lock) => return Ok(WindowLock::Held(lock)),
            Err(InstanceError::AlreadyRunning) => {}
            Err(e) => return Err(e),
        }
        // Readers (`learners`, `report` …) hold the lock shared, writers exclusively: a shared
        // hold of our own succeeds only while readers alone have it.
        let readers = hold_if_free(data_dir).is_some();
        let command = holder_of(data_dir).is_some_and(|who| who.starts_with("command "));
        if readers {
            // A report may take a while on a big class; it never writes, so wait for it.
        } else if command {
            if !told {
                told = true;
                waiting();
            }
        } else if start.elapsed() >= patience {
            return Ok(WindowLock::AlreadyRunning);
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}

/// For a command that only reads: a shared hold on the lock of `data_dir` while no writer
/// has it, taken without creating or writing anything, so no writer starts while it reads
/// (other readers may). None when the lock file is missing or a writer holds the lock.
pub fn hold_if_free(data_dir: &Path) -> Option<File> {
    let file = OpenOptions::new()
        .read(true)
        .open(data_dir.join(LOCK_FILE))
        .ok()?;
    file.try_lock_shared().ok()?;
    Some(file)
}

/// Who holds the lock of `data_dir`, as it wrote itself into [`HOLDER_FILE`] ("window" or
/// "command import"). Only meaningful while the lock is held.
pub fn holder_of(data_dir: &Path) -> Option<String> {
    let text = std::fs::read_to_string(data_dir.join(HOLDER_FILE)).ok()?;
    let who = text.lines().next()?.rsplit_once(' ')?.0.trim();
    (!who.is_empty()).then(|| who.to_owned())
}

fn open_lock_file(data_dir: &Path) -> Result<(File, PathBuf), InstanceError> {
    // Private from the start (`0700`): the lock is often the first thing made in the folder.
    crate::private::create_dir_all(data_dir).map_err(|source| InstanceError::Io {
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
    let said = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .open(&who)
        .and_then(|mut f| writeln!(f, "{holder} {}", std::process::id()));
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
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("read dir")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names.len(), 2, "{names:?}");
        assert!(names.iter().any(|n| n == LOCK_FILE) && names.iter().any(|n| n == HOLDER_FILE));
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

    /// Started during an import the window waits for it; if another window takes the
    /// folder when the import ends, this start says "already open" instead of waiting.
    #[test]
    fn the_window_waits_for_a_command_but_not_for_another_window() {
        let dir = tempfile::tempdir().expect("temp dir");
        let patience = std::time::Duration::from_millis(300);
        let import = wait_for(dir.path(), Holder::Command("import"), |_| {}).expect("import");
        let path = dir.path().to_owned();
        let (tx, rx) = std::sync::mpsc::channel();
        let second = std::thread::spawn(move || {
            acquire_for_window(&path, patience, || tx.send(()).expect("send"))
        });
        rx.recv_timeout(std::time::Duration::from_secs(10))
            .expect("told that it waits");
        std::thread::sleep(patience * 3);
        assert!(!second.is_finished(), "it waits while the import runs");
        // A first window takes the folder the moment the import ends: the lock stays taken,
        // now by a window (written as a window writes it).
        std::fs::write(dir.path().join(HOLDER_FILE), "window 1\n").expect("holder");
        let outcome = second.join().expect("thread").expect("no io error");
        assert!(matches!(outcome, WindowLock::AlreadyRunning), "{outcome:?}");
        drop(import);
        assert!(matches!(
            acquire_for_window(dir.path(), patience, || {}),
            Ok(WindowLock::Held(_))
        ));
    }

    /// A command that only reads (a long report) holds the folder shared: the window waits
    /// for it past its patience instead of saying "already open", and takes the folder after.
    #[test]
    fn the_window_waits_for_readers_however_long_they_read() {
        let dir = tempfile::tempdir().expect("temp dir");
        // A window ran here once (its holder file says so), then a report started.
        drop(acquire(dir.path()).expect("an earlier window"));
        let report = hold_if_free(dir.path()).expect("the report reads");
        let second_report = hold_if_free(dir.path()).expect("readers share");
        assert!(matches!(
            acquire(dir.path()),
            Err(InstanceError::AlreadyRunning)
        ));
        let path = dir.path().to_owned();
        let window = std::thread::spawn(move || {
            acquire_for_window(&path, std::time::Duration::from_millis(200), || {})
        });
        std::thread::sleep(std::time::Duration::from_millis(1000));
        assert!(!window.is_finished(), "still waiting for the reports");
        drop(report);
        drop(second_report);
        let outcome = window.join().expect("thread").expect("no io error");
        assert!(matches!(outcome, WindowLock::Held(_)), "{outcome:?}");
    }

    /// The data folder the lock creates is the owner's only, like the one the store creates.
    #[cfg(unix)]
    #[test]
    fn a_folder_made_for_the_lock_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let data = dir.path().join("new/data");
        let _lock = wait_for(&data, Holder::Command("import"), |_| {}).expect("lock");
        let mode = std::fs::metadata(&data).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o700);
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
