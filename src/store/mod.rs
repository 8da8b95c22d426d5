//! The SQLite store: one file, `tuntun.sqlite3`, in the data directory.
//!
//! Progress is an append-only event log (`events`): every event has a UUID, the device's
//! id and a per-device sequence number, the learner's UUID, lesson, step, kind, JSON
//! payload and time. The derived tables (`lesson_state`, `step_stats`) are updated in the
//! same transaction, so they never disagree with the log.
//!
//! Durability: WAL with `synchronous=FULL`, set on every connection; every write is an
//! `IMMEDIATE` transaction that has reached the disk when the call returns. The lesson
//! player writes a finished step before it shows "Langkah selesai", so a power cut a
//! moment later loses nothing the learner was told.
//!
//! Access to a shared laptop (learners' PINs, mentors, lock-outs, removing a learner) is in
//! `access`. What the mentor reads (class overview, a learner's detail, the report) and
//! writes (notes, coaching sessions, assignments) is in `mentor`.
//!
//! Opening checks the schema version *before* anything is written: a file from a newer
//! Tuntun is refused untouched; a file that is not a database is reported as damaged.

mod access;
pub mod backup;
mod derive;
pub mod event;
pub mod exchange;
mod incidents;
pub mod join;
mod learners;
pub mod mentor;
mod migrations;
mod progress;
pub mod review;
pub mod second;
mod settings;
pub mod skill_check;
pub mod sound;

pub use crate::progress::LessonState;
pub use access::{Mentor, PIN_TRIES, PinCheck, PinError, learner_pin_ok, mentor_pin_ok};
pub use event::{Body, Event};
pub use incidents::Incident;
pub use learners::{Learner, LearnerError, NewLearner};
pub use mentor::{
    Assignment, DayActivity, HardStep, HelpReason, LearnerDetail, LearnerRow, ModuleFigures,
    ModuleProgress, NewSession, Note, ReportRow, Session, StepDetail, StepRow, TextError,
    TimelineItem,
};
pub use migrations::MIGRATIONS;
pub use skill_check::{Attempt, SkillCheck};

use rusqlite::{Connection, ErrorCode, OpenFlags};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

/// The database file's name inside the data directory.
pub const FILE_NAME: &str = "tuntun.sqlite3";

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot use the data folder {path}: {source}")]
    DataDir {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "{path} was made by a newer version of Tuntun (schema {found}; this version knows up to {known}); it was left untouched"
    )]
    TooNew {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    #[error("{path} is damaged or is not a Tuntun progress file ({detail})")]
    Corrupt { path: PathBuf, detail: String },
    #[error(
        "{path} is damaged or is not a Tuntun progress file ({detail}); open Tuntun or run `tuntun backup` once to repair it from a backup"
    )]
    NeedsRepair { path: PathBuf, detail: String },
    #[error("there is no progress in {0} yet")]
    NoProgress(PathBuf),
    #[error("cannot read {path}: {detail}")]
    Unreadable { path: PathBuf, detail: String },
    #[error("cannot open {path}: {source}")]
    Open {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    #[error("progress could not be saved: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("the progress file could not be upgraded: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    /// Hashing failed (no randomness for the salt) or a stored hash is unreadable.
    #[error("the PIN could not be protected or checked: {0}")]
    PinHash(argon2::password_hash::Error),
    /// A value refused: nothing went wrong with the disk, and nothing was written.
    #[error(transparent)]
    Invalid(#[from] Invalid),
}

/// What the store refuses to write (a name, a PIN, a note as typed) or cannot find (an id):
/// the screen says so in one sentence and the person tries again. Unlike the rest of
/// [`StoreError`], these say nothing about the disk or the progress file.
#[derive(Debug, thiserror::Error)]
pub enum Invalid {
    #[error(transparent)]
    Learner(#[from] LearnerError),
    #[error(transparent)]
    Pin(#[from] PinError),
    #[error(transparent)]
    Text(#[from] mentor::TextError),
    #[error("there is no learner with the id {0}")]
    NoSuchLearner(String),
    #[error("there is no mentor with the id {0}")]
    NoSuchMentor(String),
    #[error("there is no module with the id {0}")]
    NoSuchModule(String),
}

impl From<LearnerError> for StoreError {
    fn from(e: LearnerError) -> Self {
        StoreError::Invalid(e.into())
    }
}

impl From<PinError> for StoreError {
    fn from(e: PinError) -> Self {
        StoreError::Invalid(e.into())
    }
}

impl From<mentor::TextError> for StoreError {
    fn from(e: mentor::TextError) -> Self {
        StoreError::Invalid(e.into())
    }
}

/// A handle on the open store.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: PathBuf,
    dir: PathBuf,
    device: String,
    recovery: Option<Recovery>,
    /// A reader's hold on the data folder's lock (see [`Store::open_read_only`]).
    _reading: Option<std::fs::File>,
}

/// Whether opening makes the start-up backup (see [`Store::open_with`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartUp {
    Backup,
    NoBackup,
}

/// What start-up did about a damaged database file; shown to the mentor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovery {
    /// Where the damaged file (and its -wal/-shm) now is; None when it was missing.
    pub moved_to: Option<PathBuf>,
    /// What SQLite said about it.
    pub detail: String,
    /// The backup that replaced it (None: no sound backup, so progress starts empty).
    pub restored: Option<backup::Backup>,
}

impl Store {
    /// Opens (creating if needed) the store in `dir`, for reading and writing. The caller
    /// holds the data folder's lock (see `crate::instance`): one writer at a time.
    ///
    /// In order: a file from a newer Tuntun is refused untouched; a file that is not
    /// [sound](sound) (empty, short, garbage, another program's database, a table missing,
    /// failing `quick_check`) is moved aside with its `-wal`/`-shm` and the newest sound
    /// backup restored (see [`Store::recovery`]); a missing file beside sound backups is
    /// restored the same way; a backup of the sound file is made; then the schema is migrated.
    /// A new file is built under a temporary name and renamed into place when complete, so
    /// a power cut during the first start never leaves a half-made file behind.
    pub fn open(dir: &Path) -> Result<Self, StoreError> {
        Self::open_with(dir, StartUp::Backup)
    }

    /// [`Store::open`], with or without the start-up backup: `tuntun backup` makes its own
    /// right after opening, and two copies a millisecond apart would only push an older
    /// backup out of the newest four.
    pub fn open_with(dir: &Path, start_up: StartUp) -> Result<Self, StoreError> {
        crate::private::create_dir_all(dir).map_err(|source| StoreError::DataDir {
            path: dir.to_owned(),
            source,
        })?;
        let path = dir.join(FILE_NAME);
        let (mut conn, recovery) = match open_main(&path)? {
            Main::Sound(conn) => (conn, None),
            Main::Missing if backup::list(dir).is_empty() => (create_new(dir)?, None),
            Main::Missing => {
                tracing::error!("{} is missing; restoring a backup", path.display());
                recover(dir, None, "missing".to_owned())?
            }
            Main::Damaged(detail) => {
                tracing::error!(
                    "{} is damaged ({detail}); restoring a backup",
                    path.display()
                );
                let moved_to = backup::move_aside(dir)?;
                recover(dir, Some(moved_to), detail)?
            }
        };
        // Before the -wal and -shm files exist: SQLite gives them the database's mode.
        crate::private::secure_data_dir(dir);
        conn.busy_timeout(std::time::Duration::from_secs(5))
            .map_err(|e| open_error(&path, e))?;
        let mode: String = conn
            .pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))
            .map_err(|e| open_error(&path, e))?;
        if !mode.eq_ignore_ascii_case("wal") {
            tracing::warn!(mode, "WAL is not available; using the rollback journal");
        }
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.set_prepared_statement_cache_capacity(32);
        if start_up == StartUp::Backup
            && recovery.is_none()
            && sound::counts(&conn).is_ok_and(|c| c.learners + c.events > 0)
        {
            // Before migrations, so an upgrade that goes wrong can be undone. Only of a sound
            // file (checked above) that holds something: an empty one needs no copy.
            if let Err(e) = backup::make(&conn, dir) {
                tracing::warn!("start-up backup failed: {e}");
            }
        }
        MIGRATIONS.to_latest(&mut conn)?;
        if let Some(r) = &recovery {
            // Events written after the restored backup may exist on other laptops under the
            // old device id and sequence: continue as a new device so nothing collides.
            conn.execute("DELETE FROM device", [])?;
            conn.execute(
                "INSERT INTO incidents (at, kind, detail) VALUES (?1, 'restored', ?2)",
                rusqlite::params![
                    now_ms(),
                    serde_json::json!({
                        "moved_to": r.moved_to.as_ref().map(|p| p.display().to_string()),
                        "missing": r.moved_to.is_none(),
                        "detail": r.detail,
                        "backup": r.restored.as_ref().map(|b| b.path.display().to_string()),
                        "backup_made": r.restored.as_ref().map(|b| b.made.strftime("%d-%m-%Y %H:%M").to_string()),
                    })
                    .to_string()
                ],
            )?;
        }
        let device = device_id(&conn)?;
        crate::private::secure_data_dir(dir);
        Ok(Self {
            conn,
            path,
            dir: dir.to_owned(),
            device,
            recovery,
            _reading: None,
        })
    }

    /// Opens the store in `dir` for reading only: nothing in the data folder is created,
    /// changed, backed up or repaired (for `learners`, `report`, `certificate`). A damaged
    /// file is reported, not repaired; a file of an older schema is upgraded in memory.
    pub fn open_read_only(dir: &Path) -> Result<Self, StoreError> {
        let path = dir.join(FILE_NAME);
        match std::fs::symlink_metadata(&path) {
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(StoreError::NoProgress(dir.to_owned()));
            }
            Err(source) => return Err(StoreError::DataDir { path, source }),
        }
        let needs_repair = |detail: String| StoreError::NeedsRepair {
            path: path.clone(),
            detail,
        };
        sound::check_header(&path).map_err(|why| match why {
            sound::Unsound::Unreadable(detail) => StoreError::Unreadable {
                path: path.clone(),
                detail,
            },
            other => needs_repair(other.to_string()),
        })?;
        // While no writer runs (the lock is free, and held by this reader until it is done,
        // or no Tuntun ever wrote here) the file may be read as it is.
        let guard = crate::instance::hold_if_free(dir);
        let quiet = guard.is_some() || !dir.join(crate::instance::LOCK_FILE).exists();
        let conn = open_for_reading(&path, quiet).map_err(|e| open_error(&path, e))?;
        let contents = sound::examine(&conn).map_err(|why| match why {
            sound::Unsound::TooNew { found, known } => StoreError::TooNew {
                path: path.clone(),
                found,
                known,
            },
            sound::Unsound::Unreadable(detail) => StoreError::Unreadable {
                path: path.clone(),
                detail,
            },
            other => needs_repair(other.to_string()),
        })?;
        let conn = if contents.version < migrations::latest() {
            let mut mem = Connection::open_in_memory()?;
            rusqlite::backup::Backup::new(&conn, &mut mem)?.run_to_completion(
                1024,
                std::time::Duration::ZERO,
                None,
            )?;
            MIGRATIONS.to_latest(&mut mem)?;
            mem
        } else {
            conn
        };
        conn.pragma_update(None, "query_only", true)?;
        let device = conn
            .query_row("SELECT uuid FROM device WHERE id = 1", [], |r| r.get(0))
            .unwrap_or_default();
        Ok(Self {
            conn,
            path,
            dir: dir.to_owned(),
            device,
            recovery: None,
            _reading: guard,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// This device's id (stamped on every event written here).
    pub fn device(&self) -> &str {
        &self.device
    }

    /// What start-up had to repair, if anything.
    pub fn recovery(&self) -> Option<&Recovery> {
        self.recovery.as_ref()
    }

    /// Makes a backup now (the GUI calls this every 30 minutes; `tuntun backup`).
    pub fn backup(&self) -> Result<PathBuf, StoreError> {
        let made = backup::make(&self.conn, &self.dir);
        crate::private::secure_data_dir(&self.dir);
        made
    }

    /// Makes every later write fail, as on a full disk or a folder that became read-only,
    /// until [`Store::simulate_writable`]. For tests of what the learner sees then.
    #[doc(hidden)]
    pub fn simulate_unwritable(&self) -> Result<(), StoreError> {
        self.conn.pragma_update(None, "query_only", true)?;
        Ok(())
    }

    #[doc(hidden)]
    pub fn simulate_writable(&self) -> Result<(), StoreError> {
        self.conn.pragma_update(None, "query_only", false)?;
        Ok(())
    }
}

/// The progress file as start-up finds it.
enum Main {
    /// Sound, of a version this build knows (perhaps older): open for writing.
    Sound(Connection),
    Missing,
    /// Not sound: what is wrong with it.
    Damaged(String),
}

/// Opens the progress file and checks, before anything is written, that it is sound and of
/// a version this build knows. A file from a newer Tuntun is an error (left untouched); a
/// file that cannot be read for another reason (permissions, a lock) is an error too, never
/// taken for damage.
fn open_main(path: &Path) -> Result<Main, StoreError> {
    match std::fs::symlink_metadata(path) {
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Main::Missing),
        Err(source) => {
            return Err(StoreError::DataDir {
                path: path.to_owned(),
                source,
            });
        }
    }
    let unreadable = |detail: String| StoreError::Unreadable {
        path: path.to_owned(),
        detail,
    };
    match sound::check_header(path) {
        Ok(()) => {}
        Err(sound::Unsound::Unreadable(detail)) => return Err(unreadable(detail)),
        Err(why) => return Ok(Main::Damaged(why.to_string())),
    }
    // Examined read-only, so a damaged file (and a -wal beside it) is moved aside exactly
    // as it was found: a connection that could write might checkpoint into it on closing.
    let examined = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| sound::Unsound::Unreadable(e.to_string()))
    .and_then(|conn| sound::examine(&conn));
    match examined {
        Ok(_) => {}
        Err(sound::Unsound::TooNew { found, known }) => {
            return Err(StoreError::TooNew {
                path: path.to_owned(),
                found,
                known,
            });
        }
        Err(sound::Unsound::Unreadable(detail)) => return Err(unreadable(detail)),
        Err(why) => return Ok(Main::Damaged(why.to_string())),
    }
    // Never created here: a file that vanished meanwhile is an error, not a new database.
    Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map(Main::Sound)
    .map_err(|e| open_error(path, e))
}

/// Restores the newest sound backup (or, without one, starts a new file) after the
/// progress file was moved aside (`moved_to`) or found missing.
fn recover(
    dir: &Path,
    moved_to: Option<PathBuf>,
    detail: String,
) -> Result<(Connection, Option<Recovery>), StoreError> {
    let restored = backup::restore_newest(dir)?;
    let conn = match open_main(&dir.join(FILE_NAME))? {
        Main::Sound(conn) => conn,
        // Nothing could be restored: a new, empty file.
        Main::Missing => create_new(dir)?,
        Main::Damaged(detail) => {
            return Err(StoreError::Corrupt {
                path: dir.join(FILE_NAME),
                detail,
            });
        }
    };
    Ok((
        conn,
        Some(Recovery {
            moved_to,
            detail,
            restored,
        }),
    ))
}

/// Builds a new progress file under a temporary name, with the whole schema, and renames it
/// into place; returns it opened.
fn create_new(dir: &Path) -> Result<Connection, StoreError> {
    let path = dir.join(FILE_NAME);
    let part = dir.join(format!("{FILE_NAME}.new-{}", std::process::id()));
    let io = |source| StoreError::DataDir {
        path: part.clone(),
        source,
    };
    let _ = std::fs::remove_file(&part);
    {
        let mut conn = Connection::open(&part).map_err(|e| open_error(&part, e))?;
        MIGRATIONS.to_latest(&mut conn)?;
    }
    backup::sync_file(&part).map_err(io)?;
    std::fs::rename(&part, &path).map_err(io)?;
    backup::sync_dir(dir);
    match open_main(&path)? {
        Main::Sound(conn) => Ok(conn),
        Main::Missing | Main::Damaged(_) => Err(StoreError::Corrupt {
            path,
            detail: "the new file could not be made".to_owned(),
        }),
    }
}

/// Opens `path` read-only without creating anything beside it. When no writer runs (`quiet`)
/// and no `-wal` (or `-journal`) is there, the file is complete on its own and is opened
/// `immutable`, so SQLite does not add a `-wal`/`-shm` pair; otherwise (Tuntun is open, or
/// the last writer was cut off) it is opened read-only in the usual way, which reads what
/// the WAL holds.
fn open_for_reading(path: &Path, quiet: bool) -> rusqlite::Result<Connection> {
    let beside = |suffix: &str| {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        PathBuf::from(p).exists()
    };
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if !quiet || beside("-wal") || beside("-journal") {
        return Connection::open_with_flags(path, flags);
    }
    Connection::open_with_flags(
        format!("{}?immutable=1", file_uri(path)),
        flags | OpenFlags::SQLITE_OPEN_URI,
    )
}

/// A `file:` URI for SQLite: the absolute path with every byte but the unreserved ones
/// percent-encoded (`\` becomes `/` on Windows, with a `/` before the drive letter).
fn file_uri(path: &Path) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    let text = absolute.to_string_lossy().replace('\\', "/");
    let mut uri = String::from("file:");
    if !text.starts_with('/') {
        uri.push('/');
    }
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~:".contains(&b) {
            uri.push(char::from(b));
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri
}

fn open_error(path: &Path, source: rusqlite::Error) -> StoreError {
    match source.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) | Some(ErrorCode::DatabaseCorrupt) => StoreError::Corrupt {
            path: path.to_owned(),
            detail: source.to_string(),
        },
        _ => StoreError::Open {
            path: path.to_owned(),
            source,
        },
    }
}

fn device_id(conn: &Connection) -> Result<String, StoreError> {
    let existing: Option<String> = conn
        .query_row("SELECT uuid FROM device WHERE id = 1", [], |r| r.get(0))
        .ok();
    if let Some(id) = existing {
        return Ok(id);
    }
    let id = uuid::Uuid::new_v4().to_string();
    conn.execute(
        "INSERT INTO device (id, uuid, next_seq) VALUES (1, ?1, 1)",
        [&id],
    )?;
    Ok(id)
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}
