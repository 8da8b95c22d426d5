//! Automatic backups in `backups/` of the data directory, made with SQLite's online backup
//! API (a consistent copy even while the app writes), and thinned like Anki's: the newest
//! few, then one per day for a week, one per week for two months, one per month for a year.
//!
//! File names carry the local time they were made: `tuntun-20261123-084500.sqlite3`, so a
//! mentor can tell them apart in a file manager.

use super::{FILE_NAME, StoreError};
use jiff::civil::DateTime;
use rusqlite::{Connection, OpenFlags};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The folder, inside the data directory.
pub const DIR: &str = "backups";
const PREFIX: &str = "tuntun-";
const SUFFIX: &str = ".sqlite3";
const STAMP: &str = "%Y%m%d-%H%M%S";

/// How many of each kind are kept.
pub const KEEP_NEWEST: usize = 4;
pub const KEEP_DAILY: usize = 7;
pub const KEEP_WEEKLY: usize = 8;
pub const KEEP_MONTHLY: usize = 12;

/// One backup file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Backup {
    pub made: DateTime,
    pub path: PathBuf,
}

fn now_local() -> DateTime {
    jiff::Zoned::now().datetime()
}

/// Copies the open database into a new backup file; returns its path.
pub(super) fn make(conn: &Connection, data_dir: &Path) -> Result<PathBuf, StoreError> {
    let dir = data_dir.join(DIR);
    std::fs::create_dir_all(&dir).map_err(|source| StoreError::DataDir {
        path: dir.clone(),
        source,
    })?;
    remove_unfinished(&dir);
    let name = format!("{PREFIX}{}{SUFFIX}", now_local().strftime(STAMP));
    let path = dir.join(&name);
    let part = dir.join(format!("{name}.part"));
    conn.backup(rusqlite::MAIN_DB, &part, None)?;
    // A backup is a plain single file (no -wal/-shm beside it), easy to copy and to check.
    Connection::open(&part)?.pragma_update_and_check(None, "journal_mode", "DELETE", |_| Ok(()))?;
    // The copy is complete and synced before it takes its real name.
    let io = |source| StoreError::DataDir {
        path: part.clone(),
        source,
    };
    std::fs::File::open(&part)
        .and_then(|f| f.sync_all())
        .map_err(io)?;
    std::fs::rename(&part, &path).map_err(io)?;
    thin(data_dir, now_local());
    Ok(path)
}

/// Removes copies a crash or power cut left half-made (`*.part`): they never became backups.
fn remove_unfinished(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.filter_map(Result::ok) {
        if e.path().extension().is_some_and(|x| x == "part") {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// Every backup in the data directory, newest first.
pub fn list(data_dir: &Path) -> Vec<Backup> {
    let Ok(entries) = std::fs::read_dir(data_dir.join(DIR)) else {
        return Vec::new();
    };
    let mut out: Vec<Backup> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let stamp = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
            let made = DateTime::strptime(STAMP, stamp).ok()?;
            Some(Backup {
                made,
                path: e.path(),
            })
        })
        .collect();
    out.sort_by(|a, b| b.cmp(a));
    out
}

/// Which of these times (newest first) to keep at `now`.
pub fn keep(made: &[DateTime], now: DateTime) -> BTreeSet<DateTime> {
    let mut sorted: Vec<DateTime> = made.to_vec();
    sorted.sort_by(|a, b| b.cmp(a));
    let mut kept: BTreeSet<DateTime> = sorted.iter().take(KEEP_NEWEST).copied().collect();
    let mut bucket = |key: &dyn Fn(DateTime) -> i64, count: usize| {
        let mut seen = BTreeSet::new();
        for t in &sorted {
            let k = key(*t);
            if seen.len() >= count && !seen.contains(&k) {
                break;
            }
            if seen.insert(k) {
                kept.insert(*t); // the newest of its day / week / month
            }
        }
    };
    let day = |t: DateTime| i64::from(t.date().year()) * 1000 + i64::from(t.date().day_of_year());
    bucket(&day, KEEP_DAILY);
    let week = |t: DateTime| {
        let w = t.date().iso_week_date();
        i64::from(w.year()) * 100 + i64::from(w.week())
    };
    bucket(&week, KEEP_WEEKLY);
    let month = |t: DateTime| i64::from(t.date().year()) * 100 + i64::from(t.date().month());
    bucket(&month, KEEP_MONTHLY);
    // A clock set wrong once must not delete every real backup: keep anything "from the future".
    kept.extend(sorted.iter().filter(|t| **t > now).copied());
    kept
}

/// Deletes the backups `keep` does not keep. Failures are logged, never fatal.
fn thin(data_dir: &Path, now: DateTime) {
    let all = list(data_dir);
    let times: Vec<DateTime> = all.iter().map(|b| b.made).collect();
    let kept = keep(&times, now);
    for b in all.iter().filter(|b| !kept.contains(&b.made)) {
        if let Err(e) = std::fs::remove_file(&b.path) {
            tracing::warn!("cannot remove old backup {}: {e}", b.path.display());
        }
    }
}

/// Whether a file is a sound Tuntun database (`PRAGMA quick_check` says ok).
pub fn is_sound(path: &Path) -> bool {
    let Ok(conn) = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    ) else {
        return false;
    };
    quick_check(&conn).is_ok()
}

/// `PRAGMA quick_check`: Ok when the file is sound, else what SQLite found.
pub(super) fn quick_check(conn: &Connection) -> Result<(), String> {
    let result: rusqlite::Result<String> = conn.query_row("PRAGMA quick_check", [], |r| r.get(0));
    match result {
        Ok(s) if s == "ok" => Ok(()),
        Ok(s) => Err(s),
        Err(e) => Err(e.to_string()),
    }
}

/// Copies the newest sound backup over the database file; returns it, or None if there is none.
pub(super) fn restore_newest(data_dir: &Path) -> Result<Option<Backup>, StoreError> {
    let target = data_dir.join(FILE_NAME);
    for b in list(data_dir) {
        if !is_sound(&b.path) {
            tracing::warn!(
                "backup {} is not sound; trying an older one",
                b.path.display()
            );
            continue;
        }
        let part = data_dir.join(format!("{FILE_NAME}.restoring"));
        let io = |source| StoreError::DataDir {
            path: target.clone(),
            source,
        };
        std::fs::copy(&b.path, &part).map_err(io)?;
        std::fs::File::open(&part)
            .and_then(|f| f.sync_all())
            .map_err(io)?;
        std::fs::rename(&part, &target).map_err(io)?;
        return Ok(Some(b));
    }
    Ok(None)
}

/// Moves a damaged database (with its `-wal` and `-shm`) into `damaged/` under a dated name;
/// returns the new path of the main file.
pub(super) fn move_aside(data_dir: &Path) -> Result<PathBuf, StoreError> {
    let dir = data_dir.join("damaged");
    let io = |source| StoreError::DataDir {
        path: dir.clone(),
        source,
    };
    std::fs::create_dir_all(&dir).map_err(io)?;
    let stamp = now_local().strftime(STAMP).to_string();
    let main = dir.join(format!("{PREFIX}{stamp}{SUFFIX}"));
    for suffix in ["", "-wal", "-shm"] {
        let from = data_dir.join(format!("{FILE_NAME}{suffix}"));
        if from.exists() {
            let to = dir.join(format!("{PREFIX}{stamp}{SUFFIX}{suffix}"));
            std::fs::rename(&from, &to).map_err(io)?;
        }
    }
    Ok(main)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::ToSpan;

    #[test]
    fn thinning_keeps_newest_then_daily_weekly_monthly() {
        let now: DateTime = "2026-11-23T09:00:00".parse().expect("time");
        // A backup every 30 minutes for 400 days.
        let made: Vec<DateTime> = (0..(400 * 48))
            .map(|i| now.checked_sub((i * 30).minutes()).expect("in range"))
            .collect();
        let kept = keep(&made, now);
        // The newest 4 are kept as they are.
        for t in &made[..KEEP_NEWEST] {
            assert!(kept.contains(t));
        }
        // Never more than newest + daily + weekly + monthly.
        assert!(kept.len() <= KEEP_NEWEST + KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY);
        // Today and each of the six days before have one.
        for d in 0..7 {
            let day = now.date().checked_sub(d.days()).expect("day");
            assert!(kept.iter().any(|t| t.date() == day), "day -{d}");
        }
        // Something from about ten months ago survives (monthly); nothing older than a year.
        let ten_months = now.checked_sub(300.days()).expect("t");
        assert!(
            kept.iter()
                .any(|t| t.year() == ten_months.year() && t.month() == ten_months.month())
        );
        let oldest = kept.iter().next().expect("some");
        assert!(*oldest > now.checked_sub(366.days()).expect("t"));
        // Thinning again keeps the same set (it is stable).
        let again: Vec<DateTime> = kept.iter().copied().collect();
        assert_eq!(keep(&again, now), kept);
    }

    #[test]
    fn few_backups_are_all_kept() {
        let now: DateTime = "2026-11-23T09:00:00".parse().expect("time");
        let made = vec![now, now.checked_sub(2.days()).expect("t")];
        assert_eq!(keep(&made, now).len(), 2);
    }
}
