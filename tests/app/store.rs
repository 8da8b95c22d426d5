//! The SQLite store: migrations, durability of finished steps, refusing newer files.

use std::sync::Arc;
use tuntun::course::{self, Lesson};
use tuntun::progress::{Input, Player};
use tuntun::store::{FILE_NAME, NewLearner, Store, StoreError};

fn first_dasar_lesson() -> Arc<Lesson> {
    let content = course::load(None);
    content
        .course
        .entries()
        .find_map(|e| e.lesson.clone())
        .expect("the embedded course has a playable lesson")
}

fn learner(store: &Store) -> String {
    store
        .add_learner(&NewLearner {
            name: "Siti Rahmawati".into(),
            nip: "198003152005011002".into(),
            unit: "Kecamatan Sukamaju".into(),
        })
        .expect("added")
        .id
}

#[test]
fn migrations_validate() {
    assert!(tuntun::store::MIGRATIONS.validate().is_ok());
}

#[test]
fn a_finished_step_survives_closing_and_the_learner_resumes_at_the_next_step() {
    let dir = tempfile::tempdir().expect("temp dir");
    let lesson = first_dasar_lesson();
    let id;
    {
        let mut store = Store::open(dir.path()).expect("open");
        id = learner(&store);
        store
            .start_lesson(&id, &lesson.id, lesson.steps.len())
            .expect("start");
        let mut player = Player::start(lesson.clone());
        let records = player.update(Input::Next); // the first step is a read step
        assert!(
            !records.is_empty(),
            "the first step of {} must be a read step",
            lesson.id
        );
        store
            .record(&id, &lesson.id, lesson.steps.len(), &records)
            .expect("record");
        // Dropped without any further call: nothing else flushes.
    }
    let store = Store::open(dir.path()).expect("reopen");
    let states = store.lesson_states(&id).expect("states");
    let state = &states[&lesson.id];
    assert_eq!(state.next_step, 1);
    assert!(!state.completed);
    let resumed = Player::resume(lesson.clone(), state.next_step, state.snapshot.as_deref());
    assert_eq!(resumed.index, 1, "resumes at the next step");
    assert_eq!(
        store
            .event_count(&id, Some("step_completed"))
            .expect("count"),
        1
    );
    assert_eq!(
        store
            .event_count(&id, Some("lesson_started"))
            .expect("count"),
        1
    );
}

#[test]
fn events_carry_device_and_increasing_sequence_numbers() {
    let dir = tempfile::tempdir().expect("temp dir");
    let lesson = first_dasar_lesson();
    let mut store = Store::open(dir.path()).expect("open");
    let id = learner(&store);
    store
        .start_lesson(&id, &lesson.id, lesson.steps.len())
        .expect("start");
    let mut player = Player::start(lesson.clone());
    let r = player.update(Input::Next);
    store
        .record(&id, &lesson.id, lesson.steps.len(), &r)
        .expect("record");
    drop(store);
    let conn = rusqlite::Connection::open(dir.path().join(FILE_NAME)).expect("raw open");
    let rows: Vec<(String, i64, String)> = conn
        .prepare("SELECT device, seq, kind FROM events ORDER BY seq")
        .expect("prepare")
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].0, rows[1].0, "one device");
    assert_eq!((rows[0].1, rows[1].1), (1, 2));
    assert_eq!(rows[1].2, "step_completed");
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .expect("mode");
    assert_eq!(mode, "wal");
}

#[test]
fn a_newer_schema_is_refused_without_any_write() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(FILE_NAME);
    {
        let conn = rusqlite::Connection::open(&path).expect("create");
        conn.execute_batch("CREATE TABLE future (x INTEGER); PRAGMA user_version = 99;")
            .expect("future schema");
    }
    let before = std::fs::read(&path).expect("read");
    match Store::open(dir.path()) {
        Err(StoreError::TooNew { found, .. }) => assert_eq!(found, 99),
        other => panic!("expected TooNew, got {other:?}"),
    }
    assert_eq!(
        std::fs::read(&path).expect("read"),
        before,
        "the file is byte-for-byte unchanged"
    );
}

#[test]
fn an_unusable_data_dir_is_a_clear_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("a-file");
    std::fs::write(&file, b"x").expect("write");
    let err = Store::open(&file.join("data")).expect_err("cannot create a folder inside a file");
    assert!(matches!(err, StoreError::DataDir { .. }), "{err:?}");
    assert!(err.to_string().contains("data folder"), "{err}");
}

#[test]
fn learners_are_validated_and_listed_most_recent_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(dir.path()).expect("open");
    let err = store.add_learner(&NewLearner {
        name: " ".into(),
        ..NewLearner::default()
    });
    assert!(matches!(
        err,
        Err(StoreError::Invalid(tuntun::store::Invalid::Learner(_)))
    ));
    let a = store
        .add_learner(&NewLearner {
            name: "Agus".into(),
            ..NewLearner::default()
        })
        .expect("a");
    let b = store
        .add_learner(&NewLearner {
            name: "Budi".into(),
            ..NewLearner::default()
        })
        .expect("b");
    assert_eq!(
        store.learners().expect("list")[0].id,
        a.id,
        "never active: by name"
    );
    let lesson = first_dasar_lesson();
    store
        .start_lesson(&b.id, &lesson.id, lesson.steps.len())
        .expect("start");
    let names: Vec<String> = store
        .learners()
        .expect("list")
        .into_iter()
        .map(|l| l.name)
        .collect();
    assert_eq!(names, ["Budi", "Agus"], "the active learner comes first");
}
