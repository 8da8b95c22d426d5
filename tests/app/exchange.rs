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

// ---- Files from elsewhere are untrusted (issue 20) ----

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `text` (an export) with its middle lines passed through `edit`, its header naming `device`
/// (when given) and `key`'s public half, then checksummed and signed by `key` exactly as an
/// export is: what someone holding their own key can make.
fn resign(
    text: &str,
    key: &ed25519_dalek::SigningKey,
    device: Option<&str>,
    edit: impl Fn(&str) -> String,
) -> Vec<u8> {
    use ed25519_dalek::Signer as _;
    use sha2::Digest as _;
    let lines: Vec<&str> = text.lines().collect();
    let mut header: serde_json::Value = serde_json::from_str(lines[0]).expect("header");
    header["key"] = hex(&key.verifying_key().to_bytes()).into();
    if let Some(d) = device {
        header["device"] = d.into();
    }
    let mut body = format!("{header}\n");
    for l in &lines[1..lines.len() - 1] {
        body.push_str(&edit(l));
        body.push('\n');
    }
    let digest = sha2::Sha256::digest(body.as_bytes());
    let mut end: serde_json::Value = serde_json::from_str(lines[lines.len() - 1]).expect("end");
    end["end"]["sha256"] = hex(&digest).into();
    let mut message = b"tuntun-progress/3 sha256:".to_vec();
    message.extend_from_slice(&digest);
    end["end"]["signature"] = hex(&key.sign(&message).to_bytes()).into();
    body.push_str(&format!("{end}\n"));
    body.into_bytes()
}

fn import_out(dir: &Path, file: &Path) -> Result<String, cli::CommandError> {
    let mut out = Vec::new();
    cli::import(dir, file, &mut out)?;
    Ok(String::from_utf8(out).expect("utf8"))
}

/// Laptop A with one learner who did 3 steps, its export, and laptop B that took it once.
fn a_and_b() -> (tempfile::TempDir, tempfile::TempDir, PathBuf, String) {
    let a = tempfile::tempdir().expect("a");
    let b = tempfile::tempdir().expect("b");
    let id = {
        let mut store = Store::open(a.path()).expect("open a");
        let id = learner(&store, "Siti Rahmawati");
        some_progress(&mut store, &id, 3);
        id
    };
    let file = a.path().join("a.tuntun");
    export(a.path(), &file);
    import(b.path(), &file).expect("first import");
    (a, b, file, id)
}

#[test]
fn the_first_file_from_a_laptop_names_it_and_its_fingerprint_once() {
    let a = tempfile::tempdir().expect("a");
    let b = tempfile::tempdir().expect("b");
    {
        let store = Store::open(a.path()).expect("a");
        learner(&store, "Budi");
        store
            .set_setting("laptop_name", "Laptop Kasi Pemerintahan")
            .expect("name");
    }
    let file = a.path().join("a.tuntun");
    let mut said = Vec::new();
    cli::export(a.path(), &Selection::All, &file, &mut said).expect("export");
    let said = String::from_utf8(said).expect("utf8");
    let fingerprint = Store::open(a.path())
        .expect("a")
        .signer()
        .expect("signer")
        .fingerprint();
    assert!(said.contains(&fingerprint), "{said}");
    assert!(
        said.contains("names and NIPs"),
        "the mentor is warned: {said}"
    );

    let first = import_out(b.path(), &file).expect("first");
    assert!(
        first.contains("first file from the laptop \"Laptop Kasi Pemerintahan\"")
            && first.contains(&fingerprint),
        "{first}"
    );
    let again = import_out(b.path(), &file).expect("again");
    assert!(!again.contains("first file"), "{again}");
    let known = Store::open(b.path())
        .expect("b")
        .known_laptops()
        .expect("known");
    assert_eq!(
        known,
        [("Laptop Kasi Pemerintahan".to_owned(), fingerprint)]
    );
}

/// The review's forged file: events added and the checksum recomputed. Without A's key the
/// signature cannot follow; with another key under A's name, the key does not match the one B
/// knows for A. Either way: one sentence, and B's database byte for byte as it was.
#[test]
fn an_edited_resealed_or_resigned_file_is_refused_and_nothing_changes() {
    let (a, b, file, _) = a_and_b();
    let text = std::fs::read_to_string(&file).expect("read");
    let before = bytes(b.path());
    let a_device = Store::open(a.path()).expect("a").device().to_owned();
    let stranger = ed25519_dalek::SigningKey::from_bytes(&[5; 32]);

    // Edited, checksum recomputed, the old signature kept.
    let mut resealed: Vec<&str> = text.lines().collect();
    let edited = resealed[1].replace("Siti Rahmawati", "Nama Palsu");
    resealed[1] = &edited;
    let mut body: String = resealed[..resealed.len() - 1]
        .iter()
        .map(|l| format!("{l}\n"))
        .collect();
    let digest = {
        use sha2::Digest as _;
        hex(&sha2::Sha256::digest(body.as_bytes()))
    };
    let mut end: serde_json::Value =
        serde_json::from_str(resealed[resealed.len() - 1]).expect("end");
    end["end"]["sha256"] = digest.into();
    body.push_str(&format!("{end}\n"));
    // Signed by another key in A's name.
    let swapped = resign(&text, &stranger, Some(&a_device), |l| {
        l.replace("Siti Rahmawati", "Nama Palsu")
    });
    // No signature at all.
    let mut unsigned = text.lines().map(|l| format!("{l}\n")).collect::<Vec<_>>();
    let last = unsigned.len() - 1;
    let mut end: serde_json::Value = serde_json::from_str(&unsigned[last]).expect("end");
    end["end"]
        .as_object_mut()
        .expect("object")
        .remove("signature");
    unsigned[last] = format!("{end}\n");
    // A file of the format before signatures.
    let old = text.replacen("\"version\":3", "\"version\":2", 1);

    for (name, content, expected) in [
        ("resealed", body.into_bytes(), "changed after it was made"),
        ("swapped", swapped, "not signed with that laptop's key"),
        (
            "unsigned",
            unsigned.concat().into_bytes(),
            "changed after it was made",
        ),
        ("old", old.into_bytes(), "older Tuntun and is not signed"),
    ] {
        let f = a.path().join(format!("{name}.tuntun"));
        std::fs::write(&f, content).expect("write");
        let err = import(b.path(), &f).expect_err(name).to_string();
        assert!(err.contains(expected), "{name}: {err}");
        assert!(!err.contains('\n'), "{name}: one sentence: {err}");
        assert_eq!(bytes(b.path()), before, "{name}: database unchanged");
    }
}

/// A file made with a key of one's own is a new laptop (the mentor is told), and its times
/// stop at the moment of import: a forged `updated_at` far in the future no longer pins a
/// learner's name against later real changes.
#[test]
fn times_from_the_future_are_clamped_so_a_later_real_rename_still_wins() {
    let (a, b, file, id) = a_and_b();
    let text = std::fs::read_to_string(&file).expect("read");
    let forged = resign(
        &text,
        &ed25519_dalek::SigningKey::from_bytes(&[6; 32]),
        Some("0190aaaa-evil"),
        |l| {
            if l.starts_with("{\"learner\"") {
                let mut v: serde_json::Value = serde_json::from_str(l).expect("learner");
                v["learner"]["name"] = "Nama Palsu".into();
                v["learner"]["nip"] = "199999999999999999".into();
                v["learner"]["updated_at"] = i64::MAX.into();
                v.to_string()
            } else if l.starts_with("{\"event\"") {
                let mut v: serde_json::Value = serde_json::from_str(l).expect("event");
                v["event"]["at"] = i64::MAX.into();
                v["event"]["uuid"] =
                    format!("f{}", &v["event"]["uuid"].as_str().expect("uuid")[1..]).into();
                v.to_string()
            } else {
                l.to_owned()
            }
        },
    );
    let f = a.path().join("forged.tuntun");
    std::fs::write(&f, forged).expect("write");
    let before = tuntun::store::now_ms();
    let said = import_out(b.path(), &f).expect("a new laptop's file is taken");
    let after = tuntun::store::now_ms();
    assert!(said.contains("first file from the laptop"), "{said}");
    let conn = rusqlite::Connection::open(b.path().join(FILE_NAME)).expect("open");
    let (name, updated): (String, i64) = conn
        .query_row(
            "SELECT name, updated_at FROM learners WHERE uuid = ?1",
            [&id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("learner");
    assert_eq!(name, "Nama Palsu");
    assert!((before..=after).contains(&updated), "clamped: {updated}");
    let latest: i64 = conn
        .query_row("SELECT MAX(at) FROM events", [], |r| r.get(0))
        .expect("events");
    assert!(latest <= after, "event times clamped too: {latest}");
    drop(conn);

    // The real learner renames on A afterwards; that change wins on B.
    std::thread::sleep(std::time::Duration::from_millis(5));
    Store::open(a.path())
        .expect("a")
        .update_learner(
            &id,
            &NewLearner {
                name: "Siti Rahmawati, S.Pd".into(),
                ..NewLearner::default()
            },
        )
        .expect("rename");
    export(a.path(), &file);
    import(b.path(), &file).expect("rename arrives");
    let b_store = Store::open(b.path()).expect("b");
    let l = b_store.learner(&id).expect("read").expect("learner");
    assert_eq!(l.name, "Siti Rahmawati, S.Pd");
}

/// What the GUI's forms refuse is refused in a file too, naming the line; what they tidy is
/// tidied (an invisible joiner is dropped, so no look-alike of a real learner gets in).
#[test]
fn imported_names_and_nips_follow_the_forms_rules() {
    let (a, b, file, id) = a_and_b();
    let text = std::fs::read_to_string(&file).expect("read");
    let key = ed25519_dalek::SigningKey::from_bytes(&[7; 32]);
    let before = bytes(b.path());
    let with = |field: &'static str, value: serde_json::Value| {
        resign(&text, &key, Some("0190bbbb-other"), move |l| {
            if l.starts_with("{\"learner\"") {
                let mut v: serde_json::Value = serde_json::from_str(l).expect("learner");
                v["learner"][field] = value.clone();
                v.to_string()
            } else {
                l.to_owned()
            }
        })
    };
    for (name, content, expected) in [
        ("empty", with("name", "  ".into()), "the name is empty"),
        (
            "long",
            with("name", "x".repeat(10_000_000).into()),
            "longer than 1 MB",
        ),
        (
            "81",
            with("name", "x".repeat(81).into()),
            "longer than 80 characters",
        ),
        ("nip", with("nip", "FAKE\t123".into()), "18 digits"),
        (
            "unit",
            with("unit", "u".repeat(121).into()),
            "longer than 120",
        ),
    ] {
        let f = a.path().join(format!("{name}.tuntun"));
        std::fs::write(&f, content).expect("write");
        let err = import(b.path(), &f).expect_err(name).to_string();
        assert!(err.contains(expected), "{name}: {err}");
        assert_eq!(bytes(b.path()), before, "{name}: database unchanged");
    }
    let f = a.path().join("joiner.tuntun");
    std::fs::write(
        &f,
        with("name", "Siti\u{200d} Rahma\u{202e}wati\u{0}".into()),
    )
    .expect("write");
    import(b.path(), &f).expect("tidied and taken");
    let l = Store::open(b.path())
        .expect("b")
        .learner(&id)
        .expect("read")
        .expect("learner");
    assert_eq!(l.name, "Siti Rahmawati");
}

#[cfg(unix)]
#[test]
fn the_data_folder_and_every_file_with_personal_data_are_the_owners_only() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
    let root = tempfile::tempdir().expect("root");
    let dir = root.path().join("data");
    {
        let store = Store::open(&dir).expect("open");
        learner(&store, "Siti");
    }
    // A second start makes a backup.
    drop(Store::open(&dir).expect("again"));
    let file = root.path().join("out.tuntun");
    export(&dir, &file);
    let report = root.path().join("laporan.csv");
    cli::report(
        &dir,
        None,
        None,
        cli::ReportFormat::Csv,
        None,
        Some(&report),
        &mut Vec::new(),
    )
    .expect("report");
    let xlsx = root.path().join("laporan.xlsx");
    cli::report(
        &dir,
        None,
        None,
        cli::ReportFormat::Xlsx,
        None,
        Some(&xlsx),
        &mut Vec::new(),
    )
    .expect("xlsx");
    // A damaged file is repaired: what is set aside in damaged/ is private too.
    std::fs::write(dir.join(FILE_NAME), [0u8; 100]).expect("damage");
    assert!(Store::open(&dir).expect("repaired").recovery().is_some());
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&dir.join("backups")), 0o700);
    assert_eq!(mode(&dir.join("damaged")), 0o700);
    let mut files = vec![dir.join(FILE_NAME), file, report, xlsx];
    for e in std::fs::read_dir(dir.join("damaged")).expect("damaged") {
        files.push(e.expect("entry").path());
    }
    for e in std::fs::read_dir(dir.join("backups")).expect("backups") {
        files.push(e.expect("entry").path());
    }
    assert!(files.len() > 3, "a backup was made");
    for entry in std::fs::read_dir(&dir).expect("dir") {
        let p = entry.expect("entry").path();
        if p.is_file() {
            files.push(p);
        }
    }
    for f in files {
        assert_eq!(mode(&f), 0o600, "{}", f.display());
    }
}

/// The import reader's fuzz seeds (`fuzz/corpus/import_reader`) are replayed through the
/// fuzz target's two entries on stable Rust: every seed is a valid file of today's format
/// (so the fuzzer starts from files that reach the signature and the value rules), and every
/// single byte of the smallest one changed is refused without a panic, never taken.
#[test]
fn the_fuzz_seeds_are_current_and_every_changed_byte_is_refused() {
    use tuntun::store::exchange;
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/import_reader");
    let mut seeds = 0;
    for e in std::fs::read_dir(&corpus).expect("corpus") {
        let path = e.expect("entry").path();
        let data = std::fs::read(&path).expect("seed");
        // As the fuzz target does: a first byte 0 means "seal and sign the rest".
        let input = match data.split_first() {
            Some((0, body)) => exchange::seal(body, &[7; 32]),
            _ => data,
        };
        exchange::check(&mut &input[..]).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        seeds += 1;
    }
    assert!(seeds >= 4, "{seeds} seeds");
    let tiny = std::fs::read(corpus.join("tiny.tuntun")).expect("tiny");
    for i in 0..tiny.len() {
        for flip in [0x01u8, 0x80] {
            let mut changed = tiny.clone();
            changed[i] ^= flip;
            let result = std::panic::catch_unwind(|| exchange::check(&mut &changed[..]).is_ok());
            match result {
                Ok(taken) => assert!(!taken, "byte {i} ^ {flip:#x} was taken"),
                Err(_) => panic!("byte {i} ^ {flip:#x} made the reader panic"),
            }
        }
    }
}
