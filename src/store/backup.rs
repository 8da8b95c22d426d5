//! Automatic backups in `backups/` of the data directory, made with SQLite's online backup
//! API (a consistent copy even while the app writes), and thinned like Anki's: the newest
//! few, then one per day for a week, one per week for two months, one per month for a year.
//!
//! File names carry the local time they were made and the process that made them:
//! `tuntun-20261123-084500-123-4567.sqlite3`, so a mentor can tell them apart in a file
//! manager and no two processes ever write under one name.

use super::sound::{self, Contents};
use super::{FILE_NAME, StoreError};
use jiff::civil::DateTime;
use rusqlite::Connection;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// The folder, inside the data directory.
pub const DIR: &str = "backups";
const PREFIX: &str = "tuntun-";
const SUFFIX: &str = ".sqlite3";
const STAMP: &str = "%Y%m%d-%H%M%S";
/// New backups: to the millisecond, then the process id (see [`make`]).
const STAMP_MS: &str = "%Y%m%d-%H%M%S-%3f";
/// Where damaged files (the progress file, unsound backups) are set aside.
pub const DAMAGED: &str = "damaged";

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
///
/// The copy is written under a `.part` name that only this process uses (created
/// exclusively), turned into a plain single file, synced, checked [sound](super::sound), and
/// only then renamed to a backup name of its own (local time to the millisecond and the
/// process id). A half-written or unsound copy never carries a backup's name. Thinning
/// follows.
pub(super) fn make(conn: &Connection, data_dir: &Path) -> Result<PathBuf, StoreError> {
    let dir = data_dir.join(DIR);
    let io_dir = |source| StoreError::DataDir {
        path: dir.clone(),
        source,
    };
    std::fs::create_dir_all(&dir).map_err(io_dir)?;
    remove_unfinished(&dir);
    let name = format!(
        "{PREFIX}{}-{}{SUFFIX}",
        now_local().strftime(STAMP_MS),
        std::process::id()
    );
    let path = dir.join(&name);
    let part = dir.join(format!("{name}.part"));
    let io = |source| StoreError::DataDir {
        path: part.clone(),
        source,
    };
    // Exclusive: if the name were somehow taken, fail rather than share a file.
    drop(
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&part)
            .map_err(io)?,
    );
    let result = copy_into(conn, &part).and_then(|()| {
        sync_file(&part).map_err(io)?;
        std::fs::rename(&part, &path).map_err(io)?;
        sync_dir(&dir);
        Ok(())
    });
    if let Err(e) = result {
        let _ = std::fs::remove_file(&part);
        return Err(e);
    }
    let current = sound::counts(conn).unwrap_or_default();
    thin(data_dir, now_local(), &current);
    Ok(path)
}

/// Writes the copy into `part` (an empty file of this process) and checks it.
fn copy_into(conn: &Connection, part: &Path) -> Result<(), StoreError> {
    conn.backup(rusqlite::MAIN_DB, part, None)?;
    // A backup is a plain single file (no -wal/-shm beside it), easy to copy and to check.
    Connection::open(part)?.pragma_update_and_check(None, "journal_mode", "DELETE", |_| Ok(()))?;
    sound::examine_file(part)
        .map(|_| ())
        .map_err(|why| StoreError::Corrupt {
            path: part.to_owned(),
            detail: why.to_string(),
        })
}

/// Puts a file's bytes on the disk. Opened for writing: Windows refuses to flush a file
/// opened only for reading.
pub(super) fn sync_file(path: &Path) -> std::io::Result<()> {
    std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .and_then(|f| f.sync_all())
}

/// Makes a rename inside `dir` durable (Unix; elsewhere the rename is as durable as the OS
/// makes it).
pub(super) fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Err(e) = std::fs::File::open(dir).and_then(|d| d.sync_all()) {
        tracing::warn!("cannot sync {}: {e}", dir.display());
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// How old a `.part` must be before it counts as left by a crash: younger ones may be
/// another process's copy in progress.
const UNFINISHED_AFTER: Duration = Duration::from_secs(60 * 60);

/// Removes copies a crash or power cut left half-made (`*.part` older than an hour): they
/// never became backups.
fn remove_unfinished(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let now = SystemTime::now();
    for e in entries.filter_map(Result::ok) {
        let stale = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| now.duration_since(t).ok())
            .is_some_and(|age| age >= UNFINISHED_AFTER);
        if stale && e.path().extension().is_some_and(|x| x == "part") {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// Every backup in the data directory, newest first (by the time in its name).
pub fn list(data_dir: &Path) -> Vec<Backup> {
    let Ok(entries) = std::fs::read_dir(data_dir.join(DIR)) else {
        return Vec::new();
    };
    let mut out: Vec<Backup> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let made = made_from_name(&name)?;
            Some(Backup {
                made,
                path: e.path(),
            })
        })
        .collect();
    out.sort_by(|a, b| b.cmp(a));
    out
}

/// The time in a backup's name: `tuntun-YYYYMMDD-HHMMSS-mmm-PID.sqlite3`, or the older
/// `tuntun-YYYYMMDD-HHMMSS.sqlite3`.
fn made_from_name(name: &str) -> Option<DateTime> {
    let stamp = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    let seconds = DateTime::strptime(STAMP, stamp.get(..15)?).ok()?;
    let rest = stamp.get(15..)?;
    if rest.is_empty() {
        return Some(seconds);
    }
    let (millis, pid) = rest.strip_prefix('-')?.split_once('-')?;
    if millis.len() != 3 || pid.is_empty() || !pid.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let millis: i64 = millis.parse().ok()?;
    seconds
        .checked_add(jiff::SignedDuration::from_millis(millis))
        .ok()
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

/// Thins the backups. Only sound backups count: an unsound one (empty, foreign, damaged)
/// is moved to `damaged/` and never takes the place of a good one. Never deleted: what
/// [`keep`] keeps, and the newest sound backup of the last year that holds more learners or
/// events than the database now (`current`), so a database that lost its progress cannot
/// rotate the last good copy away. Failures are logged, never fatal.
fn thin(data_dir: &Path, now: DateTime, current: &Contents) {
    let mut sound = Vec::new();
    for b in list(data_dir) {
        match sound::examine_backup(&b.path) {
            Ok(contents) => sound.push((b, contents)),
            Err(why) => {
                tracing::warn!(
                    "backup {} is not sound ({why}); set aside",
                    b.path.display()
                );
                if let Err(e) = set_aside(data_dir, &b.path) {
                    tracing::warn!("cannot set aside {}: {e}", b.path.display());
                }
            }
        }
    }
    let times: Vec<DateTime> = sound.iter().map(|(b, _)| b.made).collect();
    let mut kept = keep(&times, now);
    // Within the year backups are kept for: a learner removed on purpose is not kept for
    // ever by this guard (see the README on erasure).
    let year_ago = now.checked_sub(jiff::Span::new().days(366)).unwrap_or(now);
    if let Some((b, _)) = sound
        .iter()
        .find(|(b, c)| b.made >= year_ago && c.holds_more_than(current))
    {
        kept.insert(b.made);
    }
    for (b, _) in sound.iter().filter(|(b, _)| !kept.contains(&b.made)) {
        if let Err(e) = std::fs::remove_file(&b.path) {
            tracing::warn!("cannot remove old backup {}: {e}", b.path.display());
        }
    }
}

/// Moves an unsound backup into `damaged/` under its own name.
fn set_aside(data_dir: &Path, path: &Path) -> std::io::Result<()> {
    let dir = data_dir.join(DAMAGED);
    std::fs::create_dir_all(&dir)?;
    let Some(name) = path.file_name() else {
        return Ok(());
    };
    std::fs::rename(path, dir.join(name))
}

/// Whether a file is a sound Tuntun database (see [`sound`]).
pub fn is_sound(path: &Path) -> bool {
    sound::examine_file(path).is_ok()
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
        if let Err(why) = sound::examine_file(&b.path) {
            tracing::warn!(
                "backup {} is not sound ({why}); trying an older one",
                b.path.display()
            );
            continue;
        }
        let part = data_dir.join(format!("{FILE_NAME}.restoring-{}", std::process::id()));
        let io = |source| StoreError::DataDir {
            path: target.clone(),
            source,
        };
        std::fs::copy(&b.path, &part).map_err(io)?;
        sync_file(&part).map_err(io)?;
        std::fs::rename(&part, &target).map_err(io)?;
        sync_dir(data_dir);
        return Ok(Some(b));
    }
    Ok(None)
}

/// Moves a damaged database (with its `-wal` and `-shm`) into `damaged/` under a dated name;
/// returns the new path of the main file.
pub(super) fn move_aside(data_dir: &Path) -> Result<PathBuf, StoreError> {
    let dir = data_dir.join(DAMAGED);
    let io = |source| StoreError::DataDir {
        path: dir.clone(),
        source,
    };
    std::fs::create_dir_all(&dir).map_err(io)?;
    let stamp = format!("{}-{}", now_local().strftime(STAMP_MS), std::process::id());
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
