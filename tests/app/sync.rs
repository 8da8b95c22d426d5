//! The sync folder (issue 25): three laptops (real progress files in temp folders) and one
//! folder between them, as Syncthing, a share or a USB stick would carry it.

use proptest::prelude::*;
use std::path::{Path, PathBuf};
use tuntun::progress::Record;
use tuntun::store::{FILE_NAME, NewLearner, Store};
use tuntun::sync::{self, Outcome, Own};

fn learner(store: &Store, name: &str, nip: &str) -> String {
    store
        .add_learner(&NewLearner {
            name: name.into(),
            nip: nip.into(),
            ..NewLearner::default()
        })
        .expect("learner")
        .id
}

/// Steps `from..to` of `dasar.klik` done, each with its simulator snapshot.
fn practise(store: &mut Store, id: &str, from: usize, to: usize) {
    if from == 0 {
        store.start_lesson(id, "dasar.klik", 8).expect("start");
    }
    for step in from..to {
        store
            .record(
                id,
                "dasar.klik",
                8,
                &[Record::StepCompleted {
                    step,
                    snapshot: Some(format!("{{\"step\":{step}}}")),
                }],
            )
            .expect("record");
    }
}

fn round(store: &mut Store, folder: &Path) -> sync::Round {
    sync::round(store, folder).expect("round")
}

/// Everything a merge may change, in a fixed order (not the device's own id or settings).
fn dump(store_dir: &Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(store_dir.join(FILE_NAME)).expect("open");
    let mut out = Vec::new();
    for (table, order) in [
        ("learners", "uuid"),
        ("events", "uuid"),
        ("lesson_state", "learner, lesson"),
        ("step_stats", "learner, lesson, step"),
        ("notes", "uuid"),
    ] {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY {order}"))
            .expect("select");
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                let mut cols = Vec::new();
                for i in 0..n {
                    cols.push(format!("{:?}", r.get::<_, rusqlite::types::Value>(i)?));
                }
                Ok(format!("{table}: {}", cols.join(" | ")))
            })
            .expect("rows");
        out.extend(rows.map(|r| r.expect("row")));
    }
    out
}

fn own_file(store: &Store, folder: &Path) -> PathBuf {
    folder.join(sync::file_name(store.device()))
}

struct Three {
    a: tempfile::TempDir,
    b: tempfile::TempDir,
    c: tempfile::TempDir,
    folder: tempfile::TempDir,
}

fn three() -> Three {
    Three {
        a: tempfile::tempdir().expect("a"),
        b: tempfile::tempdir().expect("b"),
        c: tempfile::tempdir().expect("c"),
        folder: tempfile::tempdir().expect("folder"),
    }
}

#[test]
fn practise_on_a_continue_on_b_and_the_mentor_on_c_sees_both() {
    let t = three();
    let folder = t.folder.path();
    let mut a = Store::open(t.a.path()).expect("a");
    let mut b = Store::open(t.b.path()).expect("b");
    let mut c = Store::open(t.c.path()).expect("c");
    a.set_setting("laptop_name", "Kios Kantor Camat")
        .expect("name");
    b.set_setting("laptop_name", "Laptop Rumah Siti")
        .expect("name");

    // Siti starts on the kiosk and stops after 3 steps.
    let siti = learner(&a, "Siti Rahmawati", "");
    practise(&mut a, &siti, 0, 3);
    let r = round(&mut a, folder);
    assert!(
        matches!(
            r.own,
            Own::Written {
                learners: 1,
                events: 4
            }
        ),
        "{r:?}"
    );

    // At home: she is there, and "Lanjutkan" resumes at step 3 with the kiosk's snapshot.
    let r = round(&mut b, folder);
    assert!(r.took_something(), "{r:?}");
    let home = b.learners().expect("learners");
    assert_eq!(home.len(), 1);
    assert_eq!(home[0].id, siti, "one learner: the same id on both laptops");
    let state = &b.lesson_states(&siti).expect("states")["dasar.klik"];
    assert_eq!(state.next_step, 3);
    assert_eq!(state.snapshot.as_deref(), Some("{\"step\":2}"));
    assert_eq!(
        b.lesson_states(&siti).expect("b"),
        a.lesson_states(&siti).expect("a")
    );

    // She goes on at home; Budi practises at home too.
    practise(&mut b, &siti, 3, 6);
    let budi = learner(&b, "Budi Santoso", "");
    practise(&mut b, &budi, 0, 2);
    round(&mut b, folder);

    // The mentor's laptop sees both learners and every step, wherever it was done.
    let r = round(&mut c, folder);
    assert_eq!(r.files.len(), 2, "{r:?}");
    assert!(
        r.files
            .iter()
            .all(|f| matches!(f.outcome, Outcome::Merged { .. })),
        "{r:?}"
    );
    let mut names: Vec<String> = c
        .learners()
        .expect("c")
        .into_iter()
        .map(|l| l.name)
        .collect();
    names.sort();
    assert_eq!(names, ["Budi Santoso", "Siti Rahmawati"]);
    assert_eq!(
        c.lesson_states(&siti).expect("c")["dasar.klik"].next_step,
        6
    );
    assert_eq!(
        c.lesson_states(&budi).expect("c")["dasar.klik"].next_step,
        2
    );

    // Back at the kiosk, Siti continues at step 6.
    round(&mut a, folder);
    assert_eq!(
        a.lesson_states(&siti).expect("a")["dasar.klik"].next_step,
        6
    );

    // Kelas on C lists the laptops by name, with when each last wrote its file.
    let laptops = sync::laptops::all(&c).expect("laptops");
    let mut seen: Vec<&str> = laptops.iter().map(|l| l.name.as_str()).collect();
    seen.sort_unstable();
    assert!(seen.contains(&"Kios Kantor Camat"), "{seen:?}");
    assert!(seen.contains(&"Laptop Rumah Siti"), "{seen:?}");
    assert!(laptops.iter().all(|l| l.made_at > 0));
    drop((a, b, c));
    assert_eq!(dump(t.a.path()), dump(t.c.path()));
    assert_eq!(dump(t.b.path()), dump(t.c.path()));
}

#[test]
fn a_round_with_nothing_new_writes_nothing() {
    let t = three();
    let folder = t.folder.path();
    let mut a = Store::open(t.a.path()).expect("a");
    let mut b = Store::open(t.b.path()).expect("b");
    let id = learner(&a, "Siti", "");
    practise(&mut a, &id, 0, 2);
    round(&mut a, folder);
    round(&mut b, folder);
    round(&mut a, folder);
    let files = |f: &Path| -> Vec<(PathBuf, Vec<u8>, std::time::SystemTime)> {
        let mut v: Vec<_> = std::fs::read_dir(f)
            .expect("dir")
            .map(|e| {
                let p = e.expect("entry").path();
                let m = std::fs::metadata(&p)
                    .expect("meta")
                    .modified()
                    .expect("mtime");
                (p.clone(), std::fs::read(&p).expect("read"), m)
            })
            .collect();
        v.sort();
        v
    };
    let before = files(folder);
    let db_a = std::fs::read(t.a.path().join(FILE_NAME)).expect("a");
    let wal_a = std::fs::read(t.a.path().join(format!("{FILE_NAME}-wal"))).unwrap_or_default();
    for store in [&mut a, &mut b] {
        let r = round(store, folder);
        assert!(matches!(r.own, Own::Unchanged), "{r:?}");
        assert!(
            r.files
                .iter()
                .all(|f| matches!(f.outcome, Outcome::UpToDate { .. })),
            "{r:?}"
        );
    }
    assert_eq!(files(folder), before, "no file in the folder was written");
    assert_eq!(std::fs::read(t.a.path().join(FILE_NAME)).expect("a"), db_a);
    assert_eq!(
        std::fs::read(t.a.path().join(format!("{FILE_NAME}-wal"))).unwrap_or_default(),
        wal_a,
        "nothing written to the progress file either"
    );
    // New progress: the file is written again.
    practise(&mut a, &id, 2, 3);
    assert!(matches!(
        round(&mut a, folder).own,
        Own::Written { events: 4, .. }
    ));
}

#[test]
fn partial_altered_conflict_and_in_transfer_files_are_skipped_and_the_rest_is_taken() {
    let t = three();
    let folder = t.folder.path();
    let mut a = Store::open(t.a.path()).expect("a");
    let mut b = Store::open(t.b.path()).expect("b");
    let mut c = Store::open(t.c.path()).expect("c");
    let siti = learner(&a, "Siti", "");
    practise(&mut a, &siti, 0, 3);
    round(&mut a, folder);
    let budi = learner(&b, "Budi", "");
    practise(&mut b, &budi, 0, 2);
    round(&mut b, folder);
    let a_file = own_file(&a, folder);
    let b_file = own_file(&b, folder);
    let a_bytes = std::fs::read(&a_file).expect("a");
    let b_bytes = std::fs::read(&b_file).expect("b");

    // A's file cut off half-way (a copy interrupted), B's with one letter changed.
    std::fs::write(&a_file, &a_bytes[..a_bytes.len() / 2]).expect("cut");
    let altered = String::from_utf8(b_bytes.clone())
        .expect("utf8")
        .replacen("Budi", "Bodi", 1);
    std::fs::write(&b_file, altered).expect("alter");
    // Syncthing's files in transfer and a conflict copy (here: a good file!) are not read.
    std::fs::write(folder.join(".syncthing.tuntun-x.progress.tmp"), &b_bytes).expect("tmp");
    std::fs::write(folder.join("~syncthing~tuntun-y.progress.tmp"), &b_bytes).expect("tmp");
    let conflict = format!(
        "tuntun-{}.sync-conflict-20261203-101500-ABCDEFG.progress",
        b.device()
    );
    std::fs::write(folder.join(&conflict), &b_bytes).expect("conflict");
    // A good file under another laptop's name is not taken either.
    std::fs::write(folder.join(sync::file_name("someone-else")), &b_bytes).expect("misnamed");
    // A folder and a stray note are ignored.
    std::fs::create_dir(folder.join(".stfolder")).expect("stfolder");
    std::fs::write(folder.join("catatan.txt"), "halo").expect("note");

    let r = round(&mut c, folder);
    let by_name = |name: &str| {
        &r.files
            .iter()
            .find(|f| f.name == name)
            .unwrap_or_else(|| panic!("{name} not reported: {r:?}"))
            .outcome
    };
    let a_name = sync::file_name(a.device());
    let b_name = sync::file_name(b.device());
    assert!(matches!(by_name(&a_name), Outcome::Refused(_)), "{r:?}");
    assert!(matches!(by_name(&b_name), Outcome::Refused(_)), "{r:?}");
    assert!(matches!(by_name(&conflict), Outcome::ConflictCopy));
    assert!(matches!(
        by_name(".syncthing.tuntun-x.progress.tmp"),
        Outcome::InTransfer
    ));
    assert!(matches!(
        by_name("~syncthing~tuntun-y.progress.tmp"),
        Outcome::InTransfer
    ));
    assert!(matches!(
        by_name(&sync::file_name("someone-else")),
        Outcome::Misnamed { .. }
    ));
    assert_eq!(r.files.len(), 6, "the folder and the note are not reported");
    for f in &r.files {
        // One sentence each, for `tuntun sync`.
        assert!(!f.to_string().contains('\n'));
    }
    assert!(c.learners().expect("c").is_empty(), "nothing half-merged");
    assert_eq!(c.event_count(&siti, None).expect("n"), 0);

    // The engine finishes the copies: the next round takes both.
    std::fs::write(&a_file, &a_bytes).expect("whole");
    std::fs::write(&b_file, &b_bytes).expect("whole");
    let r = round(&mut c, folder);
    assert_eq!(
        r.files
            .iter()
            .filter(|f| matches!(f.outcome, Outcome::Merged { .. }))
            .count(),
        2,
        "{r:?}"
    );
    assert_eq!(
        c.lesson_states(&siti).expect("c")["dasar.klik"].next_step,
        3
    );
    assert_eq!(
        c.lesson_states(&budi).expect("c")["dasar.klik"].next_step,
        2
    );
}

#[test]
fn a_missing_folder_is_one_sentence_and_changes_nothing() {
    let t = three();
    let mut a = Store::open(t.a.path()).expect("a");
    let gone = t.folder.path().join("usb-not-plugged-in");
    let err = sync::round(&mut a, &gone).expect_err("missing");
    assert!(matches!(err, sync::SyncError::Missing(_)));
    assert!(err.to_string().contains("not there"), "{err}");
    assert!(!gone.exists());
}

#[test]
fn the_command_prints_one_line_per_file() {
    let t = three();
    let folder = t.folder.path();
    {
        let mut a = Store::open(t.a.path()).expect("a");
        let id = learner(&a, "Siti", "");
        practise(&mut a, &id, 0, 2);
    }
    let mut out = Vec::new();
    tuntun::cli::sync(t.a.path(), folder, &mut out).expect("a");
    assert_eq!(
        String::from_utf8(out).expect("utf8").trim(),
        "this laptop's file written: 1 learner(s), 3 event(s)"
    );
    std::fs::write(folder.join("~syncthing~x.tmp"), "x").expect("tmp");
    let mut out = Vec::new();
    tuntun::cli::sync(t.b.path(), folder, &mut out).expect("b");
    let text = String::from_utf8(out).expect("utf8");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(
        lines
            .iter()
            .any(|l| l.contains("new here 1 learner(s), 3 event(s)")),
        "{text}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("~syncthing~x.tmp: skipped")),
        "{text}"
    );
}

/// Two laptops doing rounds at the same moment, in two processes, while progress is written:
/// never a refused or half-read file, and in the end both hold everything.
#[test]
fn concurrent_rounds_in_two_processes() {
    let t = three();
    let folder = t.folder.path();
    let exe = env!("CARGO_BIN_EXE_tuntun");
    for (dir, name) in [(t.a.path(), "Siti"), (t.b.path(), "Budi")] {
        let mut s = Store::open(dir).expect("open");
        let id = learner(&s, name, "");
        practise(&mut s, &id, 0, 4);
    }
    let spawn = |dir: &Path| {
        std::process::Command::new(exe)
            .arg("--data-dir")
            .arg(dir)
            .arg("sync")
            .arg("--folder")
            .arg(folder)
            .output()
            .expect("run")
    };
    for _ in 0..6 {
        let (ra, rb) = std::thread::scope(|s| {
            let ha = s.spawn(|| spawn(t.a.path()));
            let hb = s.spawn(|| spawn(t.b.path()));
            (ha.join().expect("a"), hb.join().expect("b"))
        });
        for r in [ra, rb] {
            let text = String::from_utf8_lossy(&r.stdout).to_string();
            assert!(
                r.status.success(),
                "{text} {}",
                String::from_utf8_lossy(&r.stderr)
            );
            assert!(!text.contains("not taken"), "{text}");
        }
        // More practice on A between rounds.
        let mut s = Store::open(t.a.path()).expect("a");
        let id = s
            .learners()
            .expect("l")
            .into_iter()
            .find(|l| l.name == "Siti")
            .expect("siti")
            .id;
        let next = s.lesson_states(&id).expect("s")["dasar.klik"].next_step;
        if next < 8 {
            practise(&mut s, &id, next, next + 1);
        }
    }
    for dir in [t.a.path(), t.b.path(), t.a.path()] {
        let mut s = Store::open(dir).expect("open");
        round(&mut s, folder);
    }
    assert_eq!(dump(t.a.path()), dump(t.b.path()));
    assert_eq!(
        dump(t.a.path())
            .iter()
            .filter(|l| l.starts_with("learners:"))
            .count(),
        2
    );
}

/// What one laptop does next: practise (learner 0..2, steps) or a round.
type Op = (usize, u8, usize);

fn ops() -> impl Strategy<Value = Vec<Op>> {
    prop::collection::vec((0usize..3, 0u8..3, 0usize..2), 1..10)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10))]

    /// Any order of practice and rounds on three laptops: once each has done two more rounds,
    /// all three hold the same progress, and every step made anywhere is there.
    #[test]
    fn any_order_of_rounds_reaches_the_same_state_everywhere(ops in ops()) {
        let t = three();
        let folder = t.folder.path();
        let dirs = [t.a.path(), t.b.path(), t.c.path()];
        let mut stores: Vec<Store> = dirs.iter().map(|d| Store::open(d).expect("open")).collect();
        // Two learners made on A and known everywhere; one made on C later.
        let ids: Vec<String> = ["Siti", "Budi"].iter().map(|n| learner(&stores[0], n, "")).collect();
        round(&mut stores[0], folder);
        let mut made = 2;
        let mut steps = 0usize;
        for &(laptop, what, who) in &ops {
            let store = &mut stores[laptop];
            match what {
                0 => {
                    round(store, folder);
                }
                1 if laptop == 2 && made < 3 => {
                    learner(store, "Ani", "");
                    made += 1;
                }
                _ => {
                    let known = store.learners().expect("l");
                    if let Some(l) = known.iter().find(|l| l.id == ids[who]) {
                        let next = store
                            .lesson_states(&l.id)
                            .expect("s")
                            .get("dasar.klik")
                            .map_or(0, |s| s.next_step);
                        practise(store, &l.id, next, next + 1);
                        steps += 1;
                    }
                }
            }
        }
        for _ in 0..2 {
            for store in stores.iter_mut() {
                round(store, folder);
            }
        }
        drop(stores);
        let a = dump(dirs[0]);
        prop_assert_eq!(&a, &dump(dirs[1]));
        prop_assert_eq!(&a, &dump(dirs[2]));
        let completed = a.iter().filter(|l| l.starts_with("events:") && l.contains("step_completed")).count();
        prop_assert_eq!(completed, steps);
        prop_assert_eq!(a.iter().filter(|l| l.starts_with("learners:")).count(), made);
    }
}

// ---- The window: Settings → "Folder sinkron", Kelas, rounds in the background ----

use crate::gui::Harness;
use tuntun::ui::app::{Message, Screen};
use tuntun::ui::sync::{Message as SyncMessage, Status};

/// Runs the round the window started, as its background thread does, and hands the result
/// back to the window.
fn finish_round(h: &mut Harness) -> Status {
    assert!(h.state.sync.running, "a round was started");
    let folder = h.state.sync.folder.clone().expect("a folder");
    let (status, took) = tuntun::ui::sync::run(h.state.store.reopen(), folder, true);
    let _ = h
        .state
        .update(Message::Sync(SyncMessage::Done(status.clone(), took)));
    assert!(!h.state.sync.running);
    status
}

#[test]
fn the_mentor_chooses_a_folder_in_settings_and_kelas_lists_the_laptops() {
    let folder = tempfile::tempdir().expect("folder");
    let sync_dir = folder.path().join("Tuntun");
    // Another laptop already put a learner in the folder.
    let other = tempfile::tempdir().expect("other");
    {
        let mut o = Store::open(other.path()).expect("other");
        o.set_setting("laptop_name", "Kios Desa Sukamaju")
            .expect("name");
        let id = learner(&o, "Siti Rahmawati", "");
        practise(&mut o, &id, 0, 2);
        std::fs::create_dir(&sync_dir).expect("mkdir");
        round(&mut o, &sync_dir);
    }

    let mut h = Harness::new();
    h.click("settings");
    assert!(h.shows(&h.tr("sync-none")));
    h.act(|ui| {
        ui.click(iced_test::selector::id("sync-folder"))
            .expect("field");
        ui.typewrite(&sync_dir.display().to_string());
    });
    h.scroll_and_click("sync-save".into());
    assert_eq!(
        h.state
            .store
            .setting(tuntun::sync::FOLDER_SETTING)
            .expect("setting")
            .as_deref(),
        Some(sync_dir.display().to_string().as_str())
    );
    // The harness runs the round's Task to its end, as the window's runtime would.
    assert!(!h.state.sync.running, "the round ran to its end");
    let status = h.state.sync.status.clone().expect("a round ran");
    assert!(
        matches!(
            status,
            Status::Done {
                taken: 1,
                refused: 0,
                own_failed: false,
                ..
            }
        ),
        "{status:?}"
    );
    assert!(
        sync_dir
            .join(tuntun::sync::file_name(h.state.store.device()))
            .is_file()
    );
    // While a round runs, Settings says so; a second round takes nothing new.
    let _running = h.state.start_sync();
    assert!(h.shows(&h.tr("sync-running")));
    let again = finish_round(&mut h);
    assert!(matches!(again, Status::Done { taken: 0, .. }), "{again:?}");
    h.click("close-settings");
    // The sign-in list shows the learner from the other laptop at once.
    assert!(h.shows("Siti Rahmawati"));

    // Kelas: both laptops, by name, and the last round.
    h.click("mentor-view");
    assert!(matches!(h.state.screen, Screen::Mentor(_)));
    assert!(h.shows(&h.tr("sync-laptops")));
    assert!(h.shows("Kios Desa Sukamaju"));
    let own = h.state.store.laptop_name();
    assert!(
        h.shows(
            &h.state
                .tr
                .tr_args("sync-laptop-own", &[("name", own.into())])
        )
    );
}

#[test]
fn a_missing_usb_stick_is_one_calm_sentence_in_kelas_and_never_stops_a_learner() {
    let usb = tempfile::tempdir().expect("usb");
    let stick = usb.path().join("Tuntun-sinkron");
    let mut h = Harness::new();
    h.state
        .store
        .set_setting(tuntun::sync::FOLDER_SETTING, &stick.display().to_string())
        .expect("set");
    h.state.sync = tuntun::ui::sync::Syncer::load(&h.state.store);
    // The stick is pulled out: its mount point is gone.
    drop(usb);
    h.add_learner("Budi Santoso", "");
    // Signing out starts a round; the learner is on the sign-in list at once.
    h.click("sign-out");
    assert!(matches!(h.state.screen, Screen::Learners(_)));
    let (status, took) = tuntun::ui::sync::run(h.state.store.reopen(), stick.clone(), false);
    assert_eq!((status.clone(), took), (Status::Missing, false));
    let _ = h
        .state
        .update(Message::Sync(SyncMessage::Done(status, took)));
    assert!(h.state.notice.is_none(), "nothing is shown to the learner");
    assert!(!h.shows(&h.tr("sync-missing")), "not on the sign-in screen");
    h.click("mentor-view");
    assert!(h.shows(&h.tr("sync-missing")));
}

// ---- "Gabungkan": one person added separately on two laptops ----

#[test]
fn two_learners_with_one_nip_are_joined_by_the_mentor_and_every_laptop_follows() {
    let t = three();
    let folder = t.folder.path();
    let nip = "196512121990031002";
    let mut a = Store::open(t.a.path()).expect("a");
    let mut b = Store::open(t.b.path()).expect("b");
    let mut c = Store::open(t.c.path()).expect("c");
    let first = learner(&a, "Siti Rahmawati", nip);
    practise(&mut a, &first, 0, 3);
    std::thread::sleep(std::time::Duration::from_millis(5));
    let second = learner(&b, "Siti R.", nip);
    b.start_lesson(&second, "dasar.ketik", 5).expect("start");
    b.record(
        &second,
        "dasar.ketik",
        5,
        &[Record::StepCompleted {
            step: 0,
            snapshot: None,
        }],
    )
    .expect("record");
    for s in [&mut a, &mut b, &mut c] {
        round(s, folder);
    }
    // The mentor sees the two, joins them: the one added first stays.
    let groups = c.same_nip().expect("groups");
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0].len(), 2);
    let mut out = Vec::new();
    drop(c);
    tuntun::cli::join(t.c.path(), &second, &first, &mut out).expect("join");
    assert!(String::from_utf8(out).expect("utf8").contains(&first));
    let mut c = Store::open(t.c.path()).expect("c");
    let left = c.learners().expect("c");
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].id, first);
    let states = c.lesson_states(&first).expect("states");
    assert_eq!(states["dasar.klik"].next_step, 3);
    assert_eq!(
        states["dasar.ketik"].next_step, 1,
        "the other laptop's steps are kept"
    );

    // B, still showing the old id, goes on: the step is kept under the id that stays.
    b.record(
        &second,
        "dasar.ketik",
        5,
        &[Record::StepCompleted {
            step: 1,
            snapshot: None,
        }],
    )
    .expect("record under the old id");
    // Before B hears of the join, its rounds bring "Siti R." back to C: folded in again.
    round(&mut b, folder);
    round(&mut c, folder);
    for _ in 0..2 {
        for s in [&mut c, &mut a, &mut b] {
            round(s, folder);
        }
    }
    for s in [&a, &b, &c] {
        let l = s.learners().expect("l");
        assert_eq!(l.len(), 1, "one learner on every laptop");
        assert_eq!(l[0].id, first);
        assert_eq!(
            s.lesson_states(&first).expect("s")["dasar.ketik"].next_step,
            2
        );
    }
    drop((a, b, c));
    assert_eq!(dump(t.a.path()), dump(t.b.path()));
    assert_eq!(dump(t.a.path()), dump(t.c.path()));
}

#[test]
fn only_learners_with_the_same_nip_can_be_joined() {
    let dir = tempfile::tempdir().expect("dir");
    let s = Store::open(dir.path()).expect("open");
    let a = learner(&s, "Siti", "196512121990031002");
    let b = learner(&s, "Budi", "197001011995031001");
    let c = learner(&s, "Ani", "");
    let before = dump(dir.path());
    for (x, y) in [(&a, &b), (&a, &c), (&c, &c), (&a, &"nobody".to_owned())] {
        assert!(s.join_learners(x, y).is_err(), "{x} {y}");
    }
    assert_eq!(dump(dir.path()), before);
}

#[test]
fn gabungkan_in_kelas_makes_one_learner_of_two_with_the_same_nip() {
    let nip = "196512121990031002";
    let mut h = Harness::new();
    let first = learner(&h.state.store, "Siti Rahmawati", nip);
    practise(&mut h.state.store, &first, 0, 2);
    std::thread::sleep(std::time::Duration::from_millis(5));
    let second = learner(&h.state.store, "Siti R.", nip);
    practise(&mut h.state.store, &second, 0, 4);
    learner(&h.state.store, "Budi Santoso", "197001011995031001");
    h.click("mentor-view");
    assert!(h.shows(&h.tr("mentor-same-nip")));
    // Below the charts of six modules: the wheel over the page, a notch at a time.
    h.act(|ui| crate::gui::reveal_click(ui, "join-0", "charts"));
    let left: Vec<String> = h
        .state
        .store
        .learners()
        .expect("learners")
        .into_iter()
        .map(|l| l.id)
        .collect();
    assert_eq!(left.len(), 2, "Siti once, and Budi");
    assert!(left.contains(&first) && !left.contains(&second));
    assert_eq!(
        h.state.store.lesson_states(&first).expect("s")["dasar.klik"].next_step,
        4,
        "both learners' steps are kept"
    );
    assert!(
        h.shows(
            &h.state
                .tr
                .tr_args("mentor-joined", &[("name", "Siti Rahmawati".into())])
        )
    );
    assert!(!h.shows(&h.tr("mentor-same-nip")), "nothing left to join");
}
