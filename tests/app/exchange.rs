//! Export / import between laptops: round trip, refusals that change nothing, and the merge
//! properties (idempotent, commutative, one learner on both sides).

use proptest::prelude::*;
use std::path::{Path, PathBuf};
use tuntun::cli;
use tuntun::progress::Record;
use tuntun::store::exchange::{ImportError, Selection};
use tuntun::store::{FILE_NAME, NewLearner, Store};

fn export(dir: &Path, file: &Path) {
    cli::export(dir, &Selection::All, file, &mut Vec::new()).expect("export");
}

fn import(dir: &Path, file: &Path) -> Result<(), cli::CommandError> {
    cli::import(dir, file, &mut Vec::new())
}

fn bytes(dir: &Path) -> Vec<u8> {
    std::fs::read(dir.join(FILE_NAME)).expect("read db")
}

/// Everything a merge may change, in a fixed order, without the device's own id.
fn dump(dir: &Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(dir.join(FILE_NAME)).expect("open");
    let mut out = Vec::new();
    for (table, order) in [
        ("learners", "uuid"),
        ("events", "uuid"),
        ("lesson_state", "learner, lesson"),
        ("step_stats", "learner, lesson, step"),
    ] {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY {order}"))
            .expect("select");
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                let mut cols = Vec::new();
                for i in 0..n {
                    cols.push(format!("{:?}", r.get_ref(i)?));
                }
                Ok(format!("{table}: {}", cols.join(" | ")))
            })
            .expect("rows");
        out.extend(rows.map(|r| r.expect("row")));
    }
    out
}

fn learner(store: &Store, name: &str) -> String {
    store
        .add_learner(&NewLearner {
            name: name.into(),
            ..NewLearner::default()
        })
        .expect("learner")
        .id
}

fn some_progress(store: &mut Store, id: &str, steps: usize) {
    store.start_lesson(id, "dasar.klik", 8).expect("start");
    for step in 0..steps {
        store
            .record(
                id,
                "dasar.klik",
                8,
                &[
                    Record::HintShown { step, number: 1 },
                    Record::StepCompleted {
                        step,
                        snapshot: Some(format!("{{\"s\":{step}}}")),
                    },
                ],
            )
            .expect("record");
    }
}

#[test]
fn progress_moves_to_another_laptop_and_resumes_at_the_same_step() {
    let a = tempfile::tempdir().expect("a");
    let b = tempfile::tempdir().expect("b");
    let id;
    {
        let mut store = Store::open(a.path()).expect("open a");
        id = learner(&store, "Siti Rahmawati");
        some_progress(&mut store, &id, 5);
    }
    let file = a.path().join("usb.tuntun");
    export(a.path(), &file);
    import(b.path(), &file).expect("import");
    let sa = Store::open(a.path()).expect("a");
    let sb = Store::open(b.path()).expect("b");
    assert_eq!(
        sa.lesson_states(&id).expect("a"),
        sb.lesson_states(&id).expect("b"),
        "replayed state equals the state written step by step"
    );
    assert_eq!(sb.lesson_states(&id).expect("b")["dasar.klik"].next_step, 5);
    assert_eq!(sb.learners().expect("b")[0].name, "Siti Rahmawati");
}

#[test]
fn the_same_file_twice_changes_nothing_byte_for_byte() {
    let a = tempfile::tempdir().expect("a");
    let b = tempfile::tempdir().expect("b");
    {
        let mut store = Store::open(a.path()).expect("open a");
        let id = learner(&store, "Budi");
        some_progress(&mut store, &id, 3);
    }
    let file = a.path().join("usb.tuntun");
    export(a.path(), &file);
    import(b.path(), &file).expect("first");
    let after_first = bytes(b.path());
    import(b.path(), &file).expect("second");
    assert_eq!(bytes(b.path()), after_first);
}

/// A file whose checksum is right but whose content was edited must also be refused: the
/// checksum is over the bytes, so editing one byte without recomputing it is "changed".
#[test]
fn truncated_tampered_foreign_and_future_files_are_refused_and_nothing_changes() {
    let a = tempfile::tempdir().expect("a");
    let b = tempfile::tempdir().expect("b");
    {
        let mut store = Store::open(a.path()).expect("open a");
        let id = learner(&store, "Siti");
        some_progress(&mut store, &id, 4);
        let mut sb = Store::open(b.path()).expect("open b");
        let other = learner(&sb, "Ani");
        some_progress(&mut sb, &other, 2);
    }
    let good = a.path().join("good.tuntun");
    export(a.path(), &good);
    let text = std::fs::read(&good).expect("read");
    let before = bytes(b.path());
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("truncated", text[..text.len() * 2 / 3].to_vec()),
        ("no end", text[..text.len() - 1].to_vec()),
        (
            "tampered",
            String::from_utf8(text.clone())
                .expect("utf8")
                .replacen("\"step\":2", "\"step\":7", 1)
                .into_bytes(),
        ),
        ("foreign", b"PK\x03\x04 a zip file, not ours".to_vec()),
        ("empty", Vec::new()),
        (
            "future",
            String::from_utf8(text.clone())
                .expect("utf8")
                .replacen(
                    &format!("\"version\":{}", tuntun::store::exchange::VERSION),
                    "\"version\":99",
                    1,
                )
                .into_bytes(),
        ),
    ];
    for (name, content) in cases {
        let file: PathBuf = a.path().join(format!("{name}.tuntun"));
        std::fs::write(&file, &content).expect("write");
        let err = import(b.path(), &file).expect_err(name);
        let sentence = err.to_string();
        let expected = match name {
            "truncated" | "no end" => "incomplete",
            "tampered" => "changed after it was made",
            "foreign" | "empty" => "not a Tuntun progress file",
            _ => "newer Tuntun",
        };
        assert!(sentence.contains(expected), "{name}: {sentence}");
        assert_eq!(bytes(b.path()), before, "{name}: database unchanged");
    }
    // The store's own import refuses the same way (and the file stays as it was).
    let mut store = Store::open(b.path()).expect("b");
    let tampered = a.path().join("tampered.tuntun");
    let err = store
        .import(|| std::fs::File::open(&tampered).map(std::io::BufReader::new))
        .expect_err("tampered");
    assert!(matches!(err, ImportError::Tampered(_)));
    drop(store);
    assert_eq!(bytes(b.path()), before);
}

/// One learner's actions on one laptop: (learner 0..3, lesson 0..2, kind 0..5, step 0..6).
type Op = (usize, usize, u8, usize);

fn play(dir: &Path, ids: &[String], ops: &[Op]) {
    let mut store = Store::open(dir).expect("open");
    for &(who, lesson, kind, step) in ops {
        let id = &ids[who % ids.len()];
        let lesson = ["dasar.klik", "dasar.ketik"][lesson % 2];
        match kind {
            0 => store.start_lesson(id, lesson, 6).expect("start"),
            4 => store
                .update_learner(
                    id,
                    &NewLearner {
                        name: format!("Nama {step}"),
                        ..NewLearner::default()
                    },
                )
                .expect("rename"),
            _ => {
                let record = match kind {
                    1 => Record::StepCompleted {
                        step,
                        snapshot: Some(format!("{step}")),
                    },
                    2 => Record::HintShown { step, number: 1 },
                    _ => Record::QuizAnswered {
                        step,
                        option: 1,
                        correct: step % 2 == 0,
                    },
                };
                store.record(id, lesson, 6, &[record]).expect("record");
            }
        }
    }
}

fn ops() -> impl Strategy<Value = Vec<Op>> {
    prop::collection::vec((0usize..3, 0usize..2, 0u8..5, 0usize..6), 0..12)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    /// Two laptops share learners (one laptop's export was imported on the other), then
    /// both go on; merging in either order gives the same database, and merging again
    /// changes nothing.
    #[test]
    fn merging_is_commutative_and_idempotent(ops_a in ops(), ops_b in ops()) {
        let origin = tempfile::tempdir().expect("origin");
        let ids: Vec<String> = {
            let store = Store::open(origin.path()).expect("open");
            ["Siti", "Budi", "Ani"].iter().map(|n| learner(&store, n)).collect()
        };
        let seed = origin.path().join("seed.tuntun");
        export(origin.path(), &seed);
        let a = tempfile::tempdir().expect("a");
        let b = tempfile::tempdir().expect("b");
        import(a.path(), &seed).expect("seed a");
        import(b.path(), &seed).expect("seed b");
        play(a.path(), &ids, &ops_a);
        play(b.path(), &ids, &ops_b);
        let fa = a.path().join("a.tuntun");
        let fb = b.path().join("b.tuntun");
        export(a.path(), &fa);
        export(b.path(), &fb);

        let ab = tempfile::tempdir().expect("ab");
        let ba = tempfile::tempdir().expect("ba");
        import(ab.path(), &fa).expect("ab a");
        import(ab.path(), &fb).expect("ab b");
        import(ba.path(), &fb).expect("ba b");
        import(ba.path(), &fa).expect("ba a");
        let merged = dump(ab.path());
        prop_assert_eq!(&merged, &dump(ba.path()));

        // Three learners, however many laptops they went through.
        let learners = merged.iter().filter(|l| l.starts_with("learners:")).count();
        prop_assert_eq!(learners, 3);

        import(ab.path(), &fa).expect("again");
        import(ab.path(), &fb).expect("again");
        prop_assert_eq!(&merged, &dump(ab.path()));
    }
}
