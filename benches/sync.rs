//! The sync folder at district scale (run: `cargo bench --no-default-features --bench sync`):
//! a folder holding 300 laptops' files of 1,000 events each is synced into one laptop. Prints
//! the time and the peak memory of that round, then of a second round (nothing new: nothing
//! may be written, checked here).
//!
//! `TUNTUN_BENCH_LAPTOPS` and `TUNTUN_BENCH_EVENTS` change the 300 and the 1,000.

use std::time::Instant;
use tuntun::progress::Record;
use tuntun::store::{NewLearner, Store};
use tuntun::sync::{self, Outcome, Own};

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

/// Peak resident memory of this process so far, in MB (Linux; 0 elsewhere).
fn peak_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

/// Starts counting the peak again from the current use (Linux 4.0+).
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// One laptop with three learners and `events` events, its file put into `folder`.
fn laptop(
    n: usize,
    events: usize,
    folder: &std::path::Path,
) -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let own = tempfile::tempdir()?;
    let mut store = Store::open(dir.path())?;
    store.set_setting("laptop_name", &format!("Kios Desa {n}"))?;
    let mut ids = Vec::new();
    for who in ["Siti", "Budi", "Ani"] {
        ids.push(
            store
                .add_learner(&NewLearner {
                    name: format!("{who} {n}"),
                    ..NewLearner::default()
                })?
                .id,
        );
    }
    let per = events / ids.len();
    for (i, id) in ids.iter().enumerate() {
        let count = if i + 1 == ids.len() {
            events - per * i
        } else {
            per
        };
        let records: Vec<Record> = (0..count)
            .map(|k| {
                if k % 3 == 0 {
                    Record::HintShown {
                        step: k % 8,
                        number: 1,
                    }
                } else {
                    Record::StepCompleted {
                        step: k % 8,
                        snapshot: Some(format!("{{\"board\":\"targets\",\"n\":{k}}}")),
                    }
                }
            })
            .collect();
        store.record(id, "dasar.klik", 8, &records)?;
    }
    sync::round(&mut store, own.path())?;
    let name = sync::file_name(store.device());
    std::fs::copy(own.path().join(&name), folder.join(&name))?;
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let laptops = env("TUNTUN_BENCH_LAPTOPS", 300);
    let events = env("TUNTUN_BENCH_EVENTS", 1_000);
    let folder = tempfile::tempdir()?;
    let t = Instant::now();
    for n in 0..laptops {
        laptop(n, events, folder.path())?;
    }
    let size: u64 = std::fs::read_dir(folder.path())?
        .filter_map(Result::ok)
        .filter_map(|e| e.metadata().ok())
        .map(|m| m.len())
        .sum();
    println!(
        "sync folder: {laptops} laptops x {events} events, {:.1} MB, made in {:.1} s",
        size as f64 / 1e6,
        t.elapsed().as_secs_f64()
    );

    let hub = tempfile::tempdir()?;
    let mut store = Store::open(hub.path())?;
    reset_peak();
    let before = peak_mb();
    let t = Instant::now();
    let first = sync::round(&mut store, folder.path())?;
    let took = t.elapsed();
    let merged = first
        .files
        .iter()
        .filter(|f| matches!(f.outcome, Outcome::Merged { .. }))
        .count();
    assert_eq!(merged, laptops, "every file taken");
    println!(
        "first round: {merged} files merged in {:.2} s ({:.1} ms per file); peak memory {:.1} MB (before the round {:.1} MB)",
        took.as_secs_f64(),
        took.as_secs_f64() * 1000.0 / laptops as f64,
        peak_mb(),
        before
    );
    let learners = store.learners()?.len();
    assert_eq!(learners, laptops * 3);

    let listing = |p: &std::path::Path| -> Vec<(String, u64, std::time::SystemTime)> {
        let mut v: Vec<_> = std::fs::read_dir(p)
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
            .filter_map(|e| {
                let m = e.metadata().ok()?;
                Some((
                    e.file_name().to_string_lossy().into_owned(),
                    m.len(),
                    m.modified().ok()?,
                ))
            })
            .collect();
        v.sort();
        v
    };
    let folder_before = listing(folder.path());
    let db_before = listing(hub.path());
    reset_peak();
    let t = Instant::now();
    let second = sync::round(&mut store, folder.path())?;
    let took = t.elapsed();
    assert!(matches!(second.own, Own::Unchanged));
    assert!(
        second
            .files
            .iter()
            .all(|f| matches!(f.outcome, Outcome::UpToDate { .. }))
    );
    let nothing_written =
        listing(folder.path()) == folder_before && listing(hub.path()) == db_before;
    assert!(nothing_written, "a quiet round wrote something");
    println!(
        "second round (nothing new): {:.2} s; peak memory {:.1} MB; files written: none (folder and progress file unchanged)",
        took.as_secs_f64(),
        peak_mb()
    );
    Ok(())
}
