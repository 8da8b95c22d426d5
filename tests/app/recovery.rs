//! Start-up recovery: backups, a damaged file moved aside and the newest sound backup
//! restored, a newer file refused untouched, an unusable folder named clearly.

use std::path::Path;
use tuntun::progress::Record;
use tuntun::store::{FILE_NAME, NewLearner, Store, StoreError, backup};

/// A store with a learner who finished a few steps; returns the learner's id.
fn seeded(dir: &Path, steps: usize) -> String {
    let mut store = Store::open(dir).expect("open");
    let id = store
        .add_learner(&NewLearner {
            name: "Siti Rahmawati".into(),
            ..NewLearner::default()
        })
        .expect("learner")
        .id;
    store.start_lesson(&id, "dasar.klik", 200).expect("start");
    for step in 0..steps {
        store
            .record(
                &id,
                "dasar.klik",
                200,
                &[Record::StepCompleted {
                    step,
                    snapshot: Some("x".repeat(500)),
                }],
            )
            .expect("record");
    }
    id
}

fn next_step(store: &Store, id: &str) -> usize {
    store
        .lesson_states(id)
        .expect("states")
        .get("dasar.klik")
        .map_or(0, |s| s.next_step)
}

#[test]
fn opening_makes_a_backup_and_tuntun_backup_makes_one_now() {
    let dir = tempfile::tempdir().expect("temp dir");
    seeded(dir.path(), 3);
    assert!(
        backup::list(dir.path()).is_empty(),
        "a new file has nothing to back up"
    );
    let store = Store::open(dir.path()).expect("reopen");
    let list = backup::list(dir.path());
    assert_eq!(list.len(), 1, "start-up backup");
    assert!(backup::is_sound(&list[0].path));
    // A copy a power cut left half-made is cleared away by the next backup once it is an
    // hour old; a younger one may be another process's copy in progress and stays.
    let stale = dir
        .path()
        .join("backups/tuntun-20260101-000000-000-1.sqlite3.part");
    std::fs::write(&stale, b"half a copy").expect("stale part");
    let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .and_then(|f| f.set_modified(two_hours_ago))
        .expect("age it");
    let busy = dir
        .path()
        .join("backups/tuntun-20260101-000001-000-2.sqlite3.part");
    std::fs::write(&busy, b"another process is writing this").expect("busy part");
    let made = store.backup().expect("backup now");
    assert!(made.exists());
    assert!(!stale.exists(), "unfinished copies are removed");
    assert!(busy.exists(), "a copy in progress is left alone");
    // The backup holds the progress.
    let copy = tempfile::tempdir().expect("temp dir");
    std::fs::copy(&made, copy.path().join(FILE_NAME)).expect("copy");
    let restored = Store::open(copy.path()).expect("open copy");
    let learners = restored.learners().expect("learners");
    assert_eq!(learners.len(), 1);
    assert_eq!(next_step(&restored, &learners[0].id), 3);
}

fn assert_restored(dir: &Path, id: &str, steps: usize) {
    let store = Store::open(dir).expect("recovered");
    let r = store.recovery().expect("a recovery is reported").clone();
    assert!(
        r.moved_to.as_ref().is_some_and(|p| p.exists()),
        "the damaged file is kept for inspection"
    );
    assert!(r.restored.is_some(), "a backup was restored");
    assert_eq!(
        next_step(&store, id),
        steps,
        "the backup's progress is back"
    );
    assert_eq!(
        store.incidents().expect("incidents").len(),
        1,
        "the mentor is told"
    );
    drop(store);
    // The next start is normal again.
    let again = Store::open(dir).expect("reopen");
    assert!(again.recovery().is_none());
}

#[test]
fn a_garbage_file_is_moved_aside_and_the_newest_backup_restored() {
    let dir = tempfile::tempdir().expect("temp dir");
    let id = seeded(dir.path(), 4);
    drop(Store::open(dir.path()).expect("reopen makes a backup"));
    std::fs::write(
        dir.path().join(FILE_NAME),
        b"this is not a database at all, sorry",
    )
    .expect("overwrite");
    assert_restored(dir.path(), &id, 4);
}

#[test]
fn a_truncated_file_is_moved_aside_and_the_newest_backup_restored() {
    let dir = tempfile::tempdir().expect("temp dir");
    let id = seeded(dir.path(), 120);
    drop(Store::open(dir.path()).expect("reopen makes a backup"));
    let path = dir.path().join(FILE_NAME);
    let len = std::fs::metadata(&path).expect("meta").len();
    assert!(len > 40_000, "a file of several pages ({len} bytes)");
    let f = std::fs::OpenOptions::new()
        .write(true)
        .open(&path)
        .expect("open");
    f.set_len(len / 2).expect("truncate");
    drop(f);
    assert_restored(dir.path(), &id, 120);
}

#[test]
fn without_any_backup_a_damaged_file_still_gives_a_working_empty_store() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join(FILE_NAME), vec![0x5a; 8192]).expect("garbage");
    let store = Store::open(dir.path()).expect("opens");
    let r = store.recovery().expect("reported");
    assert!(r.restored.is_none());
    assert!(store.learners().expect("learners").is_empty());
}

#[test]
fn a_file_from_a_newer_tuntun_is_refused_without_any_write() {
    let dir = tempfile::tempdir().expect("temp dir");
    seeded(dir.path(), 2);
    let path = dir.path().join(FILE_NAME);
    {
        let conn = rusqlite::Connection::open(&path).expect("open");
        conn.pragma_update(None, "user_version", 99).expect("bump");
    }
    let before = std::fs::read(&path).expect("read");
    let backups_before = backup::list(dir.path()).len();
    match Store::open(dir.path()) {
        Err(StoreError::TooNew { found: 99, .. }) => {}
        other => panic!("expected TooNew, got {other:?}"),
    }
    assert_eq!(std::fs::read(&path).expect("read"), before, "byte-for-byte");
    assert_eq!(backup::list(dir.path()).len(), backups_before);
}

#[test]
fn an_unusable_data_folder_is_one_clear_error() {
    // /proc refuses new folders even to root, like a read-only USB stick or a locked folder.
    let err = Store::open(Path::new("/proc/tuntun-test/data")).expect_err("unusable");
    assert!(matches!(err, StoreError::DataDir { .. }), "{err:?}");
    assert!(
        err.to_string()
            .starts_with("cannot use the data folder /proc/tuntun-test/data")
    );
}

/// A folder with a learner at step `steps` and a sound start-up backup of it; returns the
/// learner's id and that backup.
fn with_backup(dir: &Path, steps: usize) -> (String, backup::Backup) {
    let id = seeded(dir, steps);
    drop(Store::open(dir).expect("reopen makes a backup"));
    let list = backup::list(dir);
    assert_eq!(list.len(), 1, "one start-up backup");
    (id, list[0].clone())
}

fn foreign_database(path: &Path) {
    let _ = std::fs::remove_file(path);
    rusqlite::Connection::open(path)
        .expect("open")
        .execute_batch(
            "CREATE TABLE learners (who TEXT); INSERT INTO learners VALUES ('not ours');
             CREATE TABLE photos (name TEXT, data BLOB);",
        )
        .expect("another program's tables");
}

#[test]
fn every_kind_of_damage_is_moved_aside_and_the_backup_restored() {
    type Damage = fn(&Path);
    let kinds: [(&str, Damage); 6] = [
        ("empty", |p| std::fs::write(p, b"").expect("w")),
        ("one byte", |p| std::fs::write(p, b"S").expect("w")),
        ("100 bytes of zeros", |p| {
            std::fs::write(p, [0u8; 100]).expect("w")
        }),
        ("4 KiB of zeros", |p| {
            std::fs::write(p, [0u8; 4096]).expect("w")
        }),
        ("another program's database", foreign_database),
        ("a Tuntun file with a table dropped", |p| {
            rusqlite::Connection::open(p)
                .expect("open")
                .execute_batch("DROP TABLE lesson_state")
                .expect("drop")
        }),
    ];
    for (name, damage) in kinds {
        let dir = tempfile::tempdir().expect("temp dir");
        let (id, good) = with_backup(dir.path(), 7);
        let path = dir.path().join(FILE_NAME);
        damage(&path);
        let damaged_bytes = std::fs::read(&path).expect("read");
        let store = Store::open(dir.path()).expect(name);
        let r = store
            .recovery()
            .unwrap_or_else(|| panic!("{name}: not taken for damage"));
        assert_eq!(
            r.restored.as_ref().map(|b| &b.path),
            Some(&good.path),
            "{name}: the sound backup was restored"
        );
        let moved = r.moved_to.clone().expect("moved aside");
        assert_eq!(
            std::fs::read(&moved).expect("moved file"),
            damaged_bytes,
            "{name}: the damaged file is kept as it was (nothing was added to it)"
        );
        assert_eq!(next_step(&store, &id), 7, "{name}: progress is back");
        assert_eq!(store.learners().expect("learners").len(), 1, "{name}");
        let incidents = store.incidents().expect("incidents");
        assert_eq!(incidents.len(), 1, "{name}: the mentor is told");
        assert!(incidents[0].field("backup_made").is_some(), "{name}");
    }
}

#[test]
fn unsound_backups_are_never_restored_and_never_take_a_good_ones_place() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (id, good) = with_backup(dir.path(), 6);
    let backups = dir.path().join(backup::DIR);
    // Newer than the good one by their names: what a race, a crash or a stranger could leave.
    let bogus = [
        "tuntun-29991231-235959.sqlite3",
        "tuntun-29991231-235958-000-1.sqlite3",
        "tuntun-29991231-235957-000-2.sqlite3",
        "tuntun-29991231-235956-000-3.sqlite3",
        "tuntun-29991231-235955-000-4.sqlite3",
    ];
    std::fs::write(backups.join(bogus[0]), b"").expect("empty");
    std::fs::write(backups.join(bogus[1]), [0u8; 100]).expect("zeros");
    foreign_database(&backups.join(bogus[2]));
    std::fs::copy(&good.path, backups.join(bogus[3])).expect("copy");
    rusqlite::Connection::open(backups.join(bogus[3]))
        .expect("open")
        .execute_batch("DROP TABLE events")
        .expect("drop");
    std::fs::write(
        backups.join(bogus[4]),
        b"SQLite format 3\0 and then nothing",
    )
    .expect("w");
    for b in bogus {
        assert!(!backup::is_sound(&backups.join(b)), "{b} is not sound");
    }
    assert!(backup::is_sound(&good.path));
    std::fs::write(dir.path().join(FILE_NAME), b"garbage, garbage").expect("damage");

    let store = Store::open(dir.path()).expect("recovered");
    let r = store.recovery().expect("recovery");
    assert_eq!(
        r.restored.as_ref().map(|b| &b.path),
        Some(&good.path),
        "the older sound backup, not a newer bogus one"
    );
    assert_eq!(next_step(&store, &id), 6);
    drop(store);
    // The next start makes a backup and thins: the unsound ones are set aside (kept in
    // damaged/, not deleted) and every backup left is sound.
    drop(Store::open(dir.path()).expect("reopen"));
    let left = backup::list(dir.path());
    assert!(left.len() >= 2, "the good backup and the new one");
    for b in &left {
        assert!(backup::is_sound(&b.path), "{} is sound", b.path.display());
    }
    assert!(left.iter().any(|b| b.path == good.path));
    for b in bogus {
        assert!(
            dir.path().join(backup::DAMAGED).join(b).exists(),
            "{b} set aside"
        );
    }
}

#[test]
fn thinning_never_removes_the_last_backup_holding_more_than_the_database() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_, rich) = with_backup(dir.path(), 30);
    // The live file is replaced by a sound one holding much less (one new learner, nothing
    // done): what an unlucky copy or a wrong file could leave.
    let other = tempfile::tempdir().expect("temp dir");
    let small = Store::open(other.path()).expect("small");
    small
        .add_learner(&NewLearner {
            name: "Baru".into(),
            ..NewLearner::default()
        })
        .expect("learner");
    drop(small);
    std::fs::copy(other.path().join(FILE_NAME), dir.path().join(FILE_NAME)).expect("copy");
    // Many starts, each with its backup: far more than the newest 4 kept.
    for _ in 0..(backup::KEEP_NEWEST + 4) {
        std::thread::sleep(std::time::Duration::from_millis(3));
        let store = Store::open(dir.path()).expect("open");
        assert!(store.recovery().is_none(), "a sound file is not repaired");
        drop(store);
    }
    let left = backup::list(dir.path());
    assert!(
        left.iter().any(|b| b.path == rich.path),
        "the backup with 30 steps of progress survives thinning: {left:?}"
    );
    assert!(left.len() <= backup::KEEP_NEWEST + 1, "{}", left.len());
}

#[test]
fn a_missing_progress_file_beside_backups_is_restored_and_the_mentor_told() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (id, good) = with_backup(dir.path(), 5);
    std::fs::remove_file(dir.path().join(FILE_NAME)).expect("someone deleted it");
    let store = Store::open(dir.path()).expect("open");
    let r = store.recovery().expect("recovery");
    assert_eq!(r.moved_to, None);
    assert_eq!(r.restored.as_ref().map(|b| &b.path), Some(&good.path));
    assert_eq!(next_step(&store, &id), 5);
    let incidents = store.incidents().expect("incidents");
    assert_eq!(incidents.len(), 1);
    assert!(incidents[0].flag("missing"));
}

#[test]
fn an_empty_file_without_backups_is_still_damage_and_the_mentor_is_told() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join(FILE_NAME), b"").expect("empty");
    let store = Store::open(dir.path()).expect("opens");
    let r = store.recovery().expect("not taken for a new laptop");
    assert!(r.restored.is_none());
    assert_eq!(store.incidents().expect("incidents").len(), 1);
    assert!(store.learners().expect("learners").is_empty());
}

#[test]
fn a_new_folder_gets_a_complete_file_and_nothing_else() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path()).expect("open");
    assert!(store.recovery().is_none());
    drop(store);
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("read")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, [FILE_NAME], "no temporary file, no empty backup");
    assert!(backup::is_sound(&dir.path().join(FILE_NAME)));
}

/// The window backs up a sound file once when it starts, whatever is done afterwards (the
/// 30-minute backups aside), and never backs up a damaged file: it restores instead.
#[test]
fn the_window_makes_one_start_up_backup_and_none_of_a_damaged_file() {
    use tuntun::ui::app::Message;
    let dir = tempfile::tempdir().expect("temp dir");
    seeded(dir.path(), 4);
    assert!(backup::list(dir.path()).is_empty());
    let mut h = crate::gui::Harness::in_dir(dir);
    assert_eq!(backup::list(h.dir.path()).len(), 1, "one start-up backup");
    for _ in 0..3 {
        let _ = h.state.update(Message::Activity);
        h.state.open_settings();
        let _ = h.state.update(Message::IdleTick(std::time::Instant::now()));
    }
    assert_eq!(
        backup::list(h.dir.path()).len(),
        1,
        "nothing after start-up makes another start-up backup"
    );
    let dir = h.dir;

    // The progress file is damaged: the next start restores that backup and adds none.
    let good = backup::list(dir.path());
    std::fs::write(dir.path().join(FILE_NAME), b"").expect("emptied");
    let h = crate::gui::Harness::in_dir(dir);
    assert!(h.state.store.recovery().is_some(), "repaired");
    assert_eq!(
        backup::list(h.dir.path()),
        good,
        "no backup of the damaged or the restored file"
    );
}

/// A damaged file goes to `damaged/` together with its `-wal` and `-shm`, each unchanged, so
/// the restored backup never meets the old file's log.
#[test]
fn a_damaged_file_is_moved_aside_with_its_wal_and_shm() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (id, good) = with_backup(dir.path(), 5);
    let path = dir.path().join(FILE_NAME);
    let side = |suffix: &str| dir.path().join(format!("{FILE_NAME}{suffix}"));
    std::fs::write(&path, [0u8; 100]).expect("damage");
    std::fs::write(side("-wal"), b"the damaged file's log").expect("wal");
    std::fs::write(side("-shm"), b"the damaged file's index").expect("shm");
    let store = Store::open(dir.path()).expect("recovered");
    let r = store.recovery().expect("recovery").clone();
    assert_eq!(r.restored.map(|b| b.path), Some(good.path));
    let moved = r.moved_to.expect("moved");
    let beside = |suffix: &str| {
        let mut p = moved.as_os_str().to_owned();
        p.push(suffix);
        std::fs::read(std::path::PathBuf::from(p)).expect("moved beside")
    };
    assert_eq!(std::fs::read(&moved).expect("main"), [0u8; 100]);
    assert_eq!(beside("-wal"), b"the damaged file's log");
    assert_eq!(beside("-shm"), b"the damaged file's index");
    assert_eq!(next_step(&store, &id), 5);
    assert!(
        !std::fs::read(side("-wal")).is_ok_and(|w| w == b"the damaged file's log"),
        "the old log is not beside the restored file"
    );
}
