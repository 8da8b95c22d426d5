//! Crash safety, proven: the real `tuntun` process writes progress as the lesson player does
//! and is killed with SIGKILL at random moments; after every kill the database is sound and
//! holds every event the process said was written.

use rusqlite::{Connection, OpenFlags};
use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;
use tuntun::store::FILE_NAME;

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
    for round in 0..KILLS {
        let mut child = Command::new(env!("CARGO_BIN_EXE_tuntun"))
            .args(["--data-dir"])
            .arg(dir.path())
            .arg("drill")
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
        if round % 5 == 0 {
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
    eprintln!(
        "{KILLS} kills, {killed_while_writing} while writing, {} events reported and all present",
        reported.len()
    );
}
