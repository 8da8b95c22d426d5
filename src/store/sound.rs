//! What makes a database file *sound*: an SQLite file with Tuntun's schema (`user_version`
//! within the versions this build knows and every table of that version present) that passes
//! `PRAGMA quick_check`. One test, used for the progress file at start-up, for a backup
//! before it takes its name, for choosing a backup to restore and for thinning.
//!
//! SQLite itself takes an empty (0- or 1-byte) file for an empty database and another
//! program's database for a good one; to Tuntun both are damage.

use super::migrations::{self, MIGRATIONS};
use rusqlite::{Connection, OpenFlags};
use std::collections::{BTreeSet, HashMap};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::time::SystemTime;

/// The first 16 bytes of every SQLite 3 database file.
const MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// What a sound file holds: enough to tell which of two copies has more progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Contents {
    /// Its schema version (`PRAGMA user_version`).
    pub version: i64,
    pub learners: i64,
    pub events: i64,
}

impl Contents {
    /// Whether this holds something `other` does not have room for: more learners or more
    /// events.
    pub fn holds_more_than(&self, other: &Contents) -> bool {
        self.learners > other.learners || self.events > other.events
    }
}

/// Why a file is not sound.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Unsound {
    #[error("the file is empty or too short to be a database ({0} bytes)")]
    TooShort(u64),
    #[error("the file is not an SQLite database")]
    NotSqlite,
    #[error(
        "the file was made by a newer Tuntun (schema {found}; this version knows up to {known})"
    )]
    TooNew { found: i64, known: i64 },
    #[error("the file is a database of another program (schema version {0})")]
    Foreign(i64),
    #[error("the table `{0}` is missing")]
    MissingTable(String),
    #[error("{0}")]
    Check(String),
    #[error("the file cannot be read: {0}")]
    Unreadable(String),
}

/// Examines the file at `path` without writing to it.
pub fn examine_file(path: &Path) -> Result<Contents, Unsound> {
    check_header(path)?;
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| Unsound::Unreadable(e.to_string()))?;
    examine(&conn)
}

/// Whether the file starts like an SQLite database and is at least one header long.
pub fn check_header(path: &Path) -> Result<(), Unsound> {
    let mut file = std::fs::File::open(path).map_err(|e| Unsound::Unreadable(e.to_string()))?;
    let len = file
        .metadata()
        .map_err(|e| Unsound::Unreadable(e.to_string()))?
        .len();
    // The header is 100 bytes; the smallest real database is one page of 512.
    if len < 512 {
        return Err(Unsound::TooShort(len));
    }
    let mut head = [0u8; 16];
    file.read_exact(&mut head)
        .map_err(|e| Unsound::Unreadable(e.to_string()))?;
    if &head != MAGIC {
        return Err(Unsound::NotSqlite);
    }
    Ok(())
}

/// Examines an open connection: schema version, tables, `quick_check`, counts.
pub fn examine(conn: &Connection) -> Result<Contents, Unsound> {
    // Damage is what SQLite calls damage; anything else (busy, locked, no permission) is
    // not a verdict on the file.
    let sql = |e: rusqlite::Error| match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => Unsound::NotSqlite,
        Some(rusqlite::ErrorCode::DatabaseCorrupt) | None => Unsound::Check(e.to_string()),
        Some(_) => Unsound::Unreadable(e.to_string()),
    };
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(sql)?;
    let known = migrations::latest();
    if version > known {
        return Err(Unsound::TooNew {
            found: version,
            known,
        });
    }
    if version < 1 {
        return Err(Unsound::Foreign(version));
    }
    let present = table_names(conn).map_err(sql)?;
    for table in tables_at(version) {
        if !present.contains(table) {
            return Err(Unsound::MissingTable(table.clone()));
        }
    }
    super::backup::quick_check(conn).map_err(Unsound::Check)?;
    counts(conn).map_err(sql)
}

/// How many learners and events a Tuntun database holds (no checks: for a file already
/// found sound).
pub fn counts(conn: &Connection) -> rusqlite::Result<Contents> {
    let count = |table: &str| -> rusqlite::Result<i64> {
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
    };
    Ok(Contents {
        version: conn.pragma_query_value(None, "user_version", |r| r.get(0))?,
        learners: count("learners")?,
        events: count("events")?,
    })
}

/// The tables a Tuntun database of `version` has (1 ≤ version ≤ latest), found by building
/// that schema in memory once.
fn tables_at(version: i64) -> &'static BTreeSet<String> {
    static TABLES: OnceLock<Vec<BTreeSet<String>>> = OnceLock::new();
    let all = TABLES.get_or_init(|| {
        (1..=migrations::latest())
            .map(|v| schema_tables(v).unwrap_or_default())
            .collect()
    });
    let index = usize::try_from(version - 1).unwrap_or(0);
    static EMPTY: BTreeSet<String> = BTreeSet::new();
    all.get(index).unwrap_or(&EMPTY)
}

fn schema_tables(version: i64) -> rusqlite::Result<BTreeSet<String>> {
    let mut mem = Connection::open_in_memory()?;
    let to = usize::try_from(version).unwrap_or(0);
    if MIGRATIONS.to_version(&mut mem, to).is_err() {
        return Ok(BTreeSet::new());
    }
    table_names(&mem)
}

/// The names of the tables in a database.
fn table_names(conn: &Connection) -> rusqlite::Result<BTreeSet<String>> {
    let mut stmt = conn.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'")?;
    let names = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<Result<_, _>>()?;
    Ok(names)
}

/// [`examine_file`] for a backup, remembered for as long as the file keeps its size and time
/// (a backup is never changed after it is made), so thinning every 30 minutes does not read
/// every backup again.
pub fn examine_backup(path: &Path) -> Result<Contents, Unsound> {
    type Seen = HashMap<PathBuf, (u64, Option<SystemTime>, Result<Contents, Unsound>)>;
    static SEEN: OnceLock<Mutex<Seen>> = OnceLock::new();
    let stamp = std::fs::metadata(path)
        .map(|m| (m.len(), m.modified().ok()))
        .map_err(|e| Unsound::Unreadable(e.to_string()))?;
    let seen = SEEN.get_or_init(|| Mutex::new(HashMap::new()));
    if let Ok(map) = seen.lock()
        && let Some((len, time, result)) = map.get(path)
        && (*len, *time) == stamp
    {
        return result.clone();
    }
    let result = examine_file(path);
    if let Ok(mut map) = seen.lock() {
        map.insert(path.to_owned(), (stamp.0, stamp.1, result.clone()));
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_version_has_the_core_tables() {
        for v in 1..=migrations::latest() {
            let t = tables_at(v);
            for name in ["learners", "events", "lesson_state", "device"] {
                assert!(t.contains(name), "v{v} lacks {name}: {t:?}");
            }
        }
        assert!(tables_at(4).contains("assignments"));
        assert!(!tables_at(3).contains("assignments"));
    }

    #[test]
    fn damage_of_every_kind_is_told_apart() {
        let dir = tempfile::tempdir().expect("dir");
        let p = |name: &str| dir.path().join(name);
        std::fs::write(p("empty"), b"").expect("w");
        assert_eq!(examine_file(&p("empty")), Err(Unsound::TooShort(0)));
        std::fs::write(p("zeros"), vec![0u8; 4096]).expect("w");
        assert_eq!(examine_file(&p("zeros")), Err(Unsound::NotSqlite));
        let foreign = Connection::open(p("foreign")).expect("open");
        foreign
            .execute_batch("CREATE TABLE learners (x); INSERT INTO learners VALUES (1);")
            .expect("foreign");
        drop(foreign);
        assert_eq!(examine_file(&p("foreign")), Err(Unsound::Foreign(0)));
        let mut ours = Connection::open(p("ours")).expect("open");
        MIGRATIONS.to_latest(&mut ours).expect("migrate");
        drop(ours);
        assert_eq!(
            examine_file(&p("ours")),
            Ok(Contents {
                version: migrations::latest(),
                learners: 0,
                events: 0
            })
        );
        Connection::open(p("ours"))
            .expect("open")
            .execute_batch("DROP TABLE lesson_state")
            .expect("drop");
        assert_eq!(
            examine_file(&p("ours")),
            Err(Unsound::MissingTable("lesson_state".into()))
        );
    }
}
