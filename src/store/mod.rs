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
pub mod exchange;
mod incidents;
mod learners;
pub mod mentor;
mod migrations;
mod progress;
mod settings;

pub use access::{Mentor, PIN_TRIES, PinCheck, PinError, learner_pin_ok, mentor_pin_ok};
pub use derive::Event;
pub use incidents::Incident;
pub use learners::{Learner, LearnerError, NewLearner};
pub use mentor::{
    Assignment, DayActivity, HardStep, HelpReason, LearnerDetail, LearnerRow, ModuleFigures,
    ModuleProgress, NewSession, Note, ReportRow, Session, StepDetail, StepRow, TextError,
    TimelineItem,
};
pub use migrations::MIGRATIONS;
pub use progress::LessonState;

use rusqlite::{Connection, ErrorCode};
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
    #[error(transparent)]
    Learner(#[from] LearnerError),
    #[error(transparent)]
    Pin(#[from] PinError),
    /// Hashing failed (no randomness for the salt) or a stored hash is unreadable.
    #[error("the PIN could not be protected or checked: {0}")]
    PinHash(argon2::password_hash::Error),
    #[error("there is no learner with the id {0}")]
    NoSuchLearner(String),
    #[error("there is no mentor with the id {0}")]
    NoSuchMentor(String),
    #[error("there is no module with the id {0}")]
    NoSuchModule(String),
    #[error(transparent)]
    Text(#[from] mentor::TextError),
}

/// A handle on the open store.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: PathBuf,
    dir: PathBuf,
    device: String,
    recovery: Option<Recovery>,
}

/// What start-up did about a damaged database file; shown to the mentor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovery {
    /// Where the damaged file (and its -wal/-shm) now is.
    pub moved_to: PathBuf,
    /// What SQLite said about it.
    pub detail: String,
    /// The backup that replaced it (None: no sound backup, so progress starts empty).
    pub restored: Option<backup::Backup>,
}

impl Store {
    /// Opens (creating if needed) the store in `dir`.
    ///
    /// In order: a file from a newer Tuntun is refused untouched; a damaged or foreign file is
    /// moved aside and the newest sound backup restored (see [`Store::recovery`]); a backup of
    /// the sound file is made; then the schema is migrated.
    pub fn open(dir: &Path) -> Result<Self, StoreError> {
        crate::private::create_dir_all(dir).map_err(|source| StoreError::DataDir {
            path: dir.to_owned(),
            source,
        })?;
        let path = dir.join(FILE_NAME);
        let existed = path.exists();
        let (mut conn, recovery) = match open_checked(&path) {
            Ok(conn) => (conn, None),
            Err(StoreError::Corrupt { detail, .. }) => {
                tracing::error!(
                    "{} is damaged ({detail}); restoring a backup",
                    path.display()
                );
                let moved_to = backup::move_aside(dir)?;
                let restored = backup::restore_newest(dir)?;
                let conn = open_checked(&path)?;
                (
                    conn,
                    Some(Recovery {
                        moved_to,
                        detail,
                        restored,
                    }),
                )
            }
            Err(e) => return Err(e),
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
        if existed && recovery.is_none() {
            // Before migrations, so an upgrade that goes wrong can be undone.
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
                        "moved_to": r.moved_to.display().to_string(),
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

/// Opens the file and checks, before anything is written, that it is a sound database of a
/// version this build knows.
fn open_checked(path: &Path) -> Result<Connection, StoreError> {
    let conn = Connection::open(path).map_err(|source| open_error(path, source))?;
    let found: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(|e| open_error(path, e))?;
    backup::quick_check(&conn).map_err(|detail| StoreError::Corrupt {
        path: path.to_owned(),
        detail,
    })?;
    let known = migrations::latest();
    if found > known {
        return Err(StoreError::TooNew {
            path: path.to_owned(),
            found,
            known,
        });
    }
    Ok(conn)
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
