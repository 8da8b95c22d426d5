//! Crash safety, proven: the real `tuntun` process writes progress as the lesson player does
//! and is killed with SIGKILL at random moments; after every kill the database is sound and
//! holds every event the process said was written.

use rusqlite::{Connection, OpenFlags};
use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;
use tuntun::store::{FILE_NAME, backup};

/// How many times the process is killed.
const KILLS: usize = 200;

/// A small deterministic generator, so a failure can be replayed (the seed is printed).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
}

#[test]
fn killing_the_writer_200_times_loses_nothing_it_reported() {
    let dir = tempfile::tempdir().expect("temp dir");
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(7);
    eprintln!("kill loop seed: {seed}");
    let mut rng = Lcg(seed);
    let mut reported: HashSet<String> = HashSet::new();
    let mut killed_while_writing = 0;
    let mut killed_mid_backup = 0;
    let mut backup_rounds = 0;
    let mut ballast_added = false;
    for round in 0..KILLS {
        if !ballast_added && dir.path().join(FILE_NAME).exists() {
            // A class big enough (some MB) that a backup takes long enough to be killed in.
            ballast_added = add_ballast(dir.path());
        }
        // Every tenth round (once there is a file) is `tuntun backup`, killed while it
        // copies: a half-made copy must never carry a backup's name.
        let backing_up = round % 10 == 5 && ballast_added;
        let mut child = Command::new(env!("CARGO_BIN_EXE_tuntun"))
            .args(["--data-dir"])
            .arg(dir.path())
            .arg(if backing_up { "backup" } else { "drill" })
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start tuntun drill");
        let stdout = child.stdout.take().expect("piped");
        let (tx, rx) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if let Some(uuid) = line.strip_prefix("written ")
                    && tx.send(uuid.to_owned()).is_err()
                {
                    break;
                }
            }
        });
        let before = reported.len();
        let mut copying = false;
        if backing_up {
            backup_rounds += 1;
            // Killed while its copy exists under its `.part` name: mid-backup.
            copying = wait_for_part(dir.path(), child.id(), &mut child);
            std::thread::sleep(Duration::from_millis(rng.next() % 5));
        } else if round % 5 == 0 {
            // Early: while it opens the file, backs it up or migrates it.
            std::thread::sleep(Duration::from_millis(rng.next() % 25));
        } else {
            // In the middle of writing: after its first report, at a random moment.
            if let Ok(first) = rx.recv_timeout(Duration::from_secs(20)) {
                reported.insert(first);
            }
            std::thread::sleep(Duration::from_millis(rng.next() % 40));
        }
        child.kill().expect("SIGKILL");
        let _ = child.wait();
        let _ = reader.join();
        reported.extend(rx.try_iter());
        if reported.len() > before {
            killed_while_writing += 1;
        }

        // Read-only check, as a mentor's copy would be opened; the WAL is replayed by SQLite.
        let conn = Connection::open_with_flags(
            dir.path().join(FILE_NAME),
            OpenFlags::SQLITE_OPEN_READ_WRITE,
        );
        let Ok(conn) = conn else {
            // Killed before the file was first created.
            assert!(reported.is_empty(), "round {round}: file missing");
            continue;
        };
        let check: String = conn
            .query_row("PRAGMA quick_check", [], |r| r.get(0))
            .expect("quick_check runs");
        assert_eq!(check, "ok", "round {round} (seed {seed})");
        let mut present: HashSet<String> = HashSet::new();
        if let Ok(mut stmt) = conn.prepare("SELECT uuid FROM events") {
            let rows = stmt
                .query_map([], |r| r.get::<_, String>(0))
                .expect("query");
            present.extend(rows.map(|r| r.expect("row")));
        }
        for b in backup::list(dir.path()) {
            assert!(
                backup::is_sound(&b.path),
                "round {round} (seed {seed}): {} carries a backup's name but is not sound",
                b.path.display()
            );
        }
        if copying && part_of(dir.path(), child.id()).is_some() {
            // The copy it was making is left half-made, and no backup name was taken.
            killed_mid_backup += 1;
        }
        let missing: Vec<_> = reported.difference(&present).collect();
        assert!(
            missing.is_empty(),
            "round {round} (seed {seed}): {} reported events missing, e.g. {:?}",
            missing.len(),
            missing.first()
        );
    }
    assert!(
        killed_while_writing >= KILLS / 2,
        "most kills should hit a process that was writing ({killed_while_writing} of {KILLS})"
    );
    assert!(
        killed_mid_backup * 2 >= backup_rounds,
        "most backup rounds should be killed while the copy is made ({killed_mid_backup} of {backup_rounds})"
    );
    eprintln!(
        "{KILLS} kills, {killed_while_writing} while writing, {killed_mid_backup} of {backup_rounds} `tuntun backup` runs in the middle of the copy, {} events reported and all present",
        reported.len()
    );
}

/// Adds 20,000 made-up learners straight to the file (a few MB), so that a backup takes
/// long enough to be killed in the middle; false while the file is not ready for it.
fn add_ballast(dir: &std::path::Path) -> bool {
    let Ok(mut conn) = Connection::open(dir.join(FILE_NAME)) else {
        return false;
    };
    let _ = conn.busy_timeout(Duration::from_secs(10));
    let Ok(tx) = conn.transaction() else {
        return false;
    };
    let unit = "Seksi Pemerintahan dan Pelayanan Umum ".repeat(3);
    for i in 0..20_000 {
        if tx
            .execute(
                "INSERT INTO learners (uuid, name, unit, created_at, updated_at)
                 VALUES (?1, ?2, ?3, 1, 1)",
                rusqlite::params![format!("ballast-{i}"), format!("Peserta {i}"), unit],
            )
            .is_err()
        {
            return false;
        }
    }
    tx.commit().is_ok()
}

/// The `.part` copy process `pid` is writing in `backups/`, if there is one.
fn part_of(dir: &std::path::Path, pid: u32) -> Option<std::path::PathBuf> {
    let tail = format!("-{pid}.sqlite3.part");
    std::fs::read_dir(dir.join(backup::DIR))
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.to_string_lossy().ends_with(&tail))
}

/// Waits (up to 20 s) until `child` has begun its backup copy; false if it ended first.
fn wait_for_part(dir: &std::path::Path, pid: u32, child: &mut std::process::Child) -> bool {
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while std::time::Instant::now() < deadline {
        if part_of(dir, pid).is_some() {
            return true;
        }
        if child.try_wait().ok().flatten().is_some() {
            return false;
        }
        std::thread::sleep(Duration::from_micros(200));
    }
    false
}

/// Runs `tuntun ARGS` on `dir` to the end; returns stdout, failing the test on a non-zero exit.
fn run(dir: &std::path::Path, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_tuntun"))
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .output()
        .expect("run tuntun");
    assert!(
        out.status.success(),
        "tuntun {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn written(stdout: &str) -> impl Iterator<Item = String> + '_ {
    stdout
        .lines()
        .filter_map(|l| l.strip_prefix("written ").map(str::to_owned))
}

/// Commands that write (drill, backup, import, export) started at the same moment take the
/// data folder's lock in turn; commands that read run beside them. Afterwards every file
/// with a backup's name is sound, no half-made copy is left, and no reported event is lost.
#[test]
fn commands_started_at_once_take_turns_and_leave_only_sound_backups() {
    let dir = tempfile::tempdir().expect("temp dir");
    let files = tempfile::tempdir().expect("temp dir");
    let mut reported: HashSet<String> =
        written(&run(dir.path(), &["drill", "--steps", "20"])).collect();
    let class = files.path().join("class.tuntun");
    run(
        dir.path(),
        &["export", "--all", "--out", class.to_str().expect("utf-8")],
    );
    for round in 0..4 {
        let mut children = Vec::new();
        let spawn = |args: Vec<String>| {
            Command::new(env!("CARGO_BIN_EXE_tuntun"))
                .arg("--data-dir")
                .arg(dir.path())
                .args(args)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn")
        };
        let out = files.path().join(format!("again-{round}.tuntun"));
        let jobs: Vec<Vec<String>> = vec![
            vec!["drill".into(), "--steps".into(), "12".into()],
            vec!["backup".into()],
            vec!["drill".into(), "--steps".into(), "12".into()],
            vec!["import".into(), class.display().to_string()],
            vec!["learners".into()],
            vec!["backup".into()],
            vec!["drill".into(), "--steps".into(), "12".into()],
            vec![
                "export".into(),
                "--all".into(),
                "--out".into(),
                out.display().to_string(),
            ],
            vec!["report".into(), "--format".into(), "csv".into()],
        ];
        for args in jobs {
            children.push((args.clone(), spawn(args)));
        }
        for (args, child) in children {
            let out = child.wait_with_output().expect("wait");
            assert!(
                out.status.success(),
                "round {round}: tuntun {args:?} failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            reported.extend(written(&String::from_utf8_lossy(&out.stdout)));
        }
    }
    let backups = backup::list(dir.path());
    assert!(!backups.is_empty());
    for b in &backups {
        assert!(
            backup::is_sound(&b.path),
            "{} is not sound",
            b.path.display()
        );
    }
    let parts: Vec<_> = std::fs::read_dir(dir.path().join(backup::DIR))
        .expect("backups")
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "part"))
        .collect();
    assert!(parts.is_empty(), "half-made copies left: {parts:?}");
    let conn =
        Connection::open_with_flags(dir.path().join(FILE_NAME), OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("open");
    let check: String = conn
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .expect("quick_check");
    assert_eq!(check, "ok");
    let mut stmt = conn.prepare("SELECT uuid FROM events").expect("prepare");
    let present: HashSet<String> = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .expect("query")
        .map(|r| r.expect("row"))
        .collect();
    // Each drill step writes a hint and a finished step (and more at a lesson's start/end).
    assert!(
        reported.len() >= 20 * 2 + 4 * 3 * 12 * 2,
        "every drill step was reported ({})",
        reported.len()
    );
    let missing: Vec<_> = reported.difference(&present).collect();
    assert!(missing.is_empty(), "{} events lost", missing.len());
}
