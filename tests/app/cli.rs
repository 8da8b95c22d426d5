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
