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
