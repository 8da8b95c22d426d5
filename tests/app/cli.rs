//! The command line, run as a real process.

use std::process::Command;

fn tuntun() -> Command {
    Command::new(env!("CARGO_BIN_EXE_tuntun"))
}

#[test]
fn check_content_passes_on_the_shipped_content() {
    let out = tuntun().arg("check-content").output().expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.starts_with("ok: "), "{stdout}");
}

#[test]
fn check_content_prints_file_line_column_and_fails_on_broken_content() {
    let dir = super::root().join("tests/fixtures/broken/unknown-event");
    let out = tuntun()
        .arg("check-content")
        .arg("--content")
        .arg(&dir)
        .output()
        .expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("90-event.toml:12:18: steps[0].goal.event: unknown event `dasar.clickd`"),
        "{stdout}"
    );
}

/// `check-content` runs the checks that keep lessons true to the screen and the calendar.
#[test]
fn check_content_fails_on_a_copied_label_and_on_a_holiday() {
    for (case, want) in [
        ("copied-label", "copies the label \"Kirim\" of the screen"),
        ("holiday", "is a holiday: Idul Adha 1446 H"),
    ] {
        let dir = super::root().join("tests/fixtures/broken").join(case);
        let out = tuntun()
            .arg("check-content")
            .arg("--content")
            .arg(&dir)
            .output()
            .expect("run");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(1), "{case}: {stdout}");
        assert!(stdout.contains(want), "{case}: {stdout}");
    }
}

#[test]
fn a_missing_content_folder_is_one_sentence_and_a_failure() {
    let out = tuntun()
        .args(["check-content", "--content", "/no/such/folder"])
        .output()
        .expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success());
    assert!(
        stdout.contains("/no/such/folder:1:1: the content folder does not exist"),
        "{stdout}"
    );
}

#[test]
fn a_bad_language_is_refused_before_any_window() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = tuntun()
        .arg("--data-dir")
        .arg(dir.path())
        .args(["--lang", "!!"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a language"));
}

#[test]
fn a_second_start_on_the_same_data_folder_says_so_and_leaves_the_database_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    // The first Tuntun holds the lock…
    let first = tuntun::instance::acquire(dir.path()).expect("first instance");
    let out = tuntun()
        .arg("--data-dir")
        .arg(dir.path())
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("already open"), "{stderr}");
    assert!(
        !dir.path().join(tuntun::store::FILE_NAME).exists(),
        "the database was not created or touched"
    );
    // …and keeps working.
    let store = tuntun::store::Store::open(dir.path()).expect("the first one still works");
    store.set_setting("lang", "id").expect("write");
    drop(first);
}

#[test]
fn version_names_the_content() {
    let out = tuntun().arg("--version").output().expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    let re = regex::Regex::new(
        r"^tuntun \d+\.\d+\.\d+ \(content [0-9a-f]{16}, (\d+) lessons in (\d+) modules\)\n$",
    )
    .expect("regex");
    let caps = re.captures(&stdout).unwrap_or_else(|| panic!("{stdout}"));
    let course = tuntun::course::load(None).course;
    assert_eq!(
        caps[1].parse::<usize>().ok(),
        Some(course.entries().count())
    );
    assert_eq!(caps[2].parse::<usize>().ok(), Some(course.modules.len()));
}

/// Runs `tuntun import FILE` and gives its stderr; a run that does not end within a minute
/// is killed and fails the test (it used to read /dev/zero until the memory ran out, and wait
/// on a pipe for ever).
#[cfg(unix)]
fn import_ends(file: &std::path::Path) -> String {
    let data = tempfile::tempdir().expect("data");
    let mut child = tuntun()
        .arg("--data-dir")
        .arg(data.path())
        .arg("import")
        .arg(file)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            let out = child.wait_with_output().expect("output");
            assert!(!status.success());
            assert!(
                !data.path().join("tuntun.sqlite3").exists(),
                "refused before the progress file was opened"
            );
            return String::from_utf8_lossy(&out.stderr).into_owned();
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("import of {} did not end", file.display());
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

#[cfg(unix)]
#[test]
fn importing_a_device_or_a_pipe_ends_at_once_with_one_sentence() {
    let err = import_ends(std::path::Path::new("/dev/zero"));
    assert!(
        err.contains("not a file but a folder, a device or a pipe"),
        "{err}"
    );
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    let dir = tempfile::tempdir().expect("temp");
    let fifo = dir.path().join("x.tuntun");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if made.is_ok_and(|s| s.success()) {
        let err = import_ends(&fifo);
        assert!(
            err.contains("not a file but a folder, a device or a pipe"),
            "{err}"
        );
    }
    // A regular file without a line break: refused after the first megabyte.
    let flat = dir.path().join("flat.tuntun");
    std::fs::write(&flat, vec![b'x'; 3 * 1024 * 1024]).expect("write");
    let err = import_ends(&flat);
    assert!(err.contains("line 1 is longer than 1 MB"), "{err}");
}

/// Every file under `dir` with its bytes (folders as names only).
fn snapshot(dir: &std::path::Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut out = std::collections::BTreeMap::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read dir") {
            let p = e.expect("entry").path();
            let name = p.strip_prefix(dir).expect("inside").display().to_string();
            if p.is_dir() {
                out.insert(format!("{name}/"), Vec::new());
                stack.push(p);
            } else {
                out.insert(name, std::fs::read(&p).expect("read"));
            }
        }
    }
    out
}

/// `learners`, `check-content`, `report` and `certificate` only read: they open the progress file read-only,
/// make no backup and leave the data folder byte-for-byte as it was (before, each of them
/// made a backup and thinned the others away).
#[test]
fn commands_that_read_change_nothing_in_the_data_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let out = dir.path().join("out");
    std::fs::create_dir_all(&out).expect("out");
    {
        let store = tuntun::store::Store::open(&data).expect("store");
        store
            .add_learner(&tuntun::store::NewLearner {
                name: "Siti Rahmawati".into(),
                ..Default::default()
            })
            .expect("learner");
    }
    // The window once ran here: its lock file exists (the usual case).
    drop(tuntun::instance::acquire(&data).expect("lock"));
    let before = snapshot(&data);
    let pdf = out.join("ringkasan.pdf");
    let cert = out.join("c.pdf");
    let runs: [Vec<&std::ffi::OsStr>; 5] = [
        vec!["learners".as_ref()],
        vec!["check-content".as_ref()],
        vec!["report".as_ref(), "--format".as_ref(), "csv".as_ref()],
        vec![
            "report".as_ref(),
            "--format".as_ref(),
            "pdf".as_ref(),
            "--learner".as_ref(),
            "Siti Rahmawati".as_ref(),
            "--out".as_ref(),
            pdf.as_os_str(),
        ],
        vec![
            "certificate".as_ref(),
            "--learner".as_ref(),
            "Siti Rahmawati".as_ref(),
            "--module".as_ref(),
            "email".as_ref(),
            "--out".as_ref(),
            cert.as_os_str(),
        ],
    ];
    for args in runs {
        let result = tuntun()
            .arg("--data-dir")
            .arg(&data)
            .args(&args)
            .output()
            .expect("run");
        // The certificate is refused (the module is not finished); the others succeed.
        if args[0] != "certificate" {
            assert!(
                result.status.success(),
                "{args:?}: {}",
                String::from_utf8_lossy(&result.stderr)
            );
        }
        assert_eq!(snapshot(&data), before, "{args:?} changed the data folder");
    }
    assert!(pdf.exists(), "the summary was written where asked");
    let listed = tuntun()
        .arg("--data-dir")
        .arg(&data)
        .arg("learners")
        .output()
        .expect("run");
    assert!(String::from_utf8_lossy(&listed.stdout).contains("Siti Rahmawati"));

    // A folder with no progress yet stays without any: one sentence, nothing created.
    let empty = dir.path().join("nothing-here");
    let result = tuntun()
        .arg("--data-dir")
        .arg(&empty)
        .arg("learners")
        .output()
        .expect("run");
    assert!(!result.status.success());
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(stderr.contains("no progress"), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(!empty.exists(), "nothing was created");
}

/// A damaged progress file makes a reading command say so in one sentence and point to the
/// repair; it repairs nothing itself and changes nothing.
#[test]
fn a_reading_command_reports_damage_without_repairing() {
    let dir = tempfile::tempdir().expect("temp dir");
    drop(tuntun::store::Store::open(dir.path()).expect("store"));
    std::fs::write(dir.path().join(tuntun::store::FILE_NAME), b"").expect("emptied");
    let before = snapshot(dir.path());
    let result = tuntun()
        .arg("--data-dir")
        .arg(dir.path())
        .arg("learners")
        .output()
        .expect("run");
    assert!(!result.status.success());
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(
        stderr.contains("damaged") && stderr.contains("tuntun backup"),
        "{stderr}"
    );
    assert_eq!(snapshot(dir.path()), before);
}

/// A command that writes waits, with one sentence, while the data folder is in use.
#[test]
fn a_writing_command_waits_for_the_window_and_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    drop(tuntun::store::Store::open(dir.path()).expect("store"));
    let window = tuntun::instance::acquire(dir.path()).expect("the window's lock");
    let child = tuntun()
        .arg("--data-dir")
        .arg(dir.path())
        .arg("backup")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    std::thread::sleep(std::time::Duration::from_millis(1500));
    assert!(
        tuntun::store::backup::list(dir.path()).is_empty(),
        "no backup while the window holds the folder"
    );
    drop(window);
    let out = child.wait_with_output().expect("wait");
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("in use") && stderr.contains("waiting"),
        "{stderr}"
    );
    assert_eq!(tuntun::store::backup::list(dir.path()).len(), 1);
}

/// The made-up class for screenshots and benchmarks: 30 learners in three units, added once.
#[test]
fn demo_class_adds_thirty_learners_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    for _ in 0..2 {
        let out = tuntun()
            .arg("--data-dir")
            .arg(dir.path())
            .arg("demo-class")
            .output()
            .expect("run");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let listed = tuntun()
        .arg("--data-dir")
        .arg(dir.path())
        .arg("learners")
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&listed.stdout);
    assert_eq!(text.lines().count(), 30, "{text}");
    assert!(
        text.contains("Siti Rahmawati\t\tSeksi Pemerintahan"),
        "{text}"
    );
}

/// `tuntun backup` on a folder with progress makes exactly one backup (not a start-up copy
/// plus its own, a millisecond apart, which would push an older backup out of the newest
/// four), and it is sound.
#[test]
fn tuntun_backup_makes_one_backup() {
    let dir = tempfile::tempdir().expect("temp dir");
    tuntun::store::Store::open(dir.path())
        .expect("store")
        .add_learner(&tuntun::store::NewLearner {
            name: "Siti Rahmawati".into(),
            ..Default::default()
        })
        .expect("learner");
    for made in 1..=3 {
        let out = tuntun()
            .arg("--data-dir")
            .arg(dir.path())
            .arg("backup")
            .output()
            .expect("run");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let list = tuntun::store::backup::list(dir.path());
        assert_eq!(list.len(), made, "one backup per run: {list:?}");
        assert!(tuntun::store::backup::is_sound(&list[0].path));
    }
}

/// The review's finding 7: a long `tuntun import` used to hold SQLite's write lock while the
/// window wrote a finished step, so the window froze for 5 s and then said "belum
/// tersimpan". Now the import waits for the data folder's lock with one sentence and does not
/// even open the progress file while the window has it: every step the window writes
/// meanwhile is saved at once, and the import runs when the window is closed.
#[test]
fn an_import_waits_for_the_window_which_keeps_writing_steps() {
    use tuntun::progress::Record;
    let other = tempfile::tempdir().expect("other laptop");
    {
        let store = tuntun::store::Store::open(other.path()).expect("other");
        for name in ["Budi Santoso", "Dewi Lestari"] {
            store
                .add_learner(&tuntun::store::NewLearner {
                    name: name.into(),
                    ..Default::default()
                })
                .expect("learner");
        }
    }
    let file = other.path().join("kelas.tuntun");
    tuntun::cli::export(
        other.path(),
        &tuntun::store::exchange::Selection::All,
        &file,
        &mut Vec::new(),
    )
    .expect("export");

    let dir = tempfile::tempdir().expect("temp dir");
    let window = tuntun::instance::acquire(dir.path()).expect("the window's lock");
    let mut store = tuntun::store::Store::open(dir.path()).expect("the window's store");
    let siti = store
        .add_learner(&tuntun::store::NewLearner {
            name: "Siti Rahmawati".into(),
            ..Default::default()
        })
        .expect("learner")
        .id;
    store.start_lesson(&siti, "dasar.klik", 10).expect("start");
    let child = tuntun()
        .arg("--data-dir")
        .arg(dir.path())
        .arg("import")
        .arg(&file)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    for step in 0..8 {
        std::thread::sleep(std::time::Duration::from_millis(200));
        store
            .record(
                &siti,
                "dasar.klik",
                10,
                &[Record::StepCompleted {
                    step,
                    snapshot: None,
                }],
            )
            .expect("the window's step is written at once");
        assert_eq!(
            store.learners().expect("learners").len(),
            1,
            "the import has not touched the progress file"
        );
    }
    drop(store);
    drop(window);
    let out = child.wait_with_output().expect("wait");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("in use") && stderr.contains("the Tuntun window"),
        "one sentence about the wait: {stderr}"
    );
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    let store = tuntun::store::Store::open(dir.path()).expect("after");
    assert_eq!(store.learners().expect("learners").len(), 3);
    assert_eq!(
        store.lesson_states(&siti).expect("states")["dasar.klik"].next_step,
        8,
        "every step the window wrote is there"
    );
}
