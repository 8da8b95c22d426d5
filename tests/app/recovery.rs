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
    // A copy a power cut left half-made is cleared away by the next backup.
    let stale = dir
        .path()
        .join("backups/tuntun-20260101-000000.sqlite3.part");
    std::fs::write(&stale, b"half a copy").expect("stale part");
    let made = store.backup().expect("backup now");
    assert!(made.exists());
    assert!(!stale.exists(), "unfinished copies are removed");
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
        r.moved_to.exists(),
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
