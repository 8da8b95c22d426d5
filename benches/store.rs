//! Store benchmarks that print numbers (run: `cargo bench --no-default-features --bench store`).
//!
//! - record one finished step, fsync'd (median and p99 of 500 writes);
//! - export and import of a 1,000-learner, 1,000,000-event file (time, file size), and
//!   importing the same file again (the no-change path).
//!
//! Set `TUNTUN_BENCH_EVENTS` to change the event count (default 1,000,000).

use rusqlite::params;
use std::time::{Duration, Instant};
use tuntun::progress::Record;
use tuntun::store::exchange::Selection;
use tuntun::store::{FILE_NAME, NewLearner, Store};

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let events: u64 = std::env::var("TUNTUN_BENCH_EVENTS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    let learners: u64 = 1_000;

    // 1. One finished step, as the lesson player records it.
    let dir = tempfile::tempdir()?;
    let mut store = Store::open(dir.path())?;
    let id = store
        .add_learner(&NewLearner {
            name: "Siti Rahmawati".into(),
            ..NewLearner::default()
        })?
        .id;
    store.start_lesson(&id, "dasar.klik", 8)?;
    let mut times = Vec::new();
    for i in 0..500 {
        let step = i % 8;
        let t = Instant::now();
        store.record(
            &id,
            "dasar.klik",
            8,
            &[Record::StepCompleted {
                step,
                snapshot: Some(format!("{{\"board\":\"targets\",\"n\":{i}}}")),
            }],
        )?;
        times.push(t.elapsed());
    }
    times.sort();
    println!(
        "record one finished step (fsync'd): median {:.2} ms, p99 {:.2} ms ({} writes)",
        percentile(&times, 0.5).as_secs_f64() * 1e3,
        percentile(&times, 0.99).as_secs_f64() * 1e3,
        times.len()
    );
    drop(store);

    // 2. A big class: learners and events inserted in bulk, then exported.
    let src = tempfile::tempdir()?;
    drop(Store::open(src.path())?);
    {
        let mut conn = rusqlite::Connection::open(src.path().join(FILE_NAME))?;
        let tx = conn.transaction()?;
        {
            let mut add = tx.prepare(
                "INSERT INTO learners (uuid, name, nip, unit, created_at, updated_at)
                 VALUES (?1, ?2, ?3, 'Kecamatan Sukamaju', 1, 1)",
            )?;
            let mut ev = tx.prepare(
                "INSERT INTO events (uuid, device, seq, learner, lesson, step, kind, payload, at)
                 VALUES (?1, 'bench-device', ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?;
            let per = events / learners;
            let mut seq = 0i64;
            for l in 0..learners {
                let lid = format!("00000000-0000-4000-8000-{l:012}");
                add.execute(params![
                    lid,
                    format!("Peserta {l}"),
                    format!("1980031520050110{:02}", l % 100)
                ])?;
                for e in 0..per {
                    seq += 1;
                    let lesson = format!("dasar.l{}", (e / 40) % 5);
                    let step = (e % 40 / 5) as i64;
                    let (kind, payload) = match e % 5 {
                        0 => ("hint_shown", "{\"number\":1}".to_owned()),
                        1 => ("mistake", "{\"event\":{\"name\":\"dasar.missed\"},\"feedback\":\"dasar-klik-missed\"}".to_owned()),
                        _ => ("step_completed", format!("{{\"snapshot\":\"{{}}\",\"steps_total\":8,\"n\":{e}}}")),
                    };
                    ev.execute(params![
                        uuid::Uuid::now_v7().to_string(),
                        seq,
                        lid,
                        lesson,
                        step,
                        kind,
                        payload,
                        1_795_000_000_000i64 + seq
                    ])?;
                }
            }
        }
        tx.commit()?;
    }
    let file = src.path().join("class.tuntun");
    let store = Store::open(src.path())?;
    let t = Instant::now();
    let mut out = std::io::BufWriter::new(std::fs::File::create(&file)?);
    let (nl, ne) = store.export(&Selection::All, &mut out)?;
    drop(out);
    let export_time = t.elapsed();
    let size = std::fs::metadata(&file)?.len();
    println!(
        "export {nl} learners, {ne} events: {:.1} s, file {:.0} MB",
        export_time.as_secs_f64(),
        size as f64 / 1e6
    );
    drop(store);

    // 3. Import into an empty laptop, then the same file again.
    let dst = tempfile::tempdir()?;
    let mut store = Store::open(dst.path())?;
    let open = || std::fs::File::open(&file).map(|f| std::io::BufReader::with_capacity(1 << 20, f));
    let t = Instant::now();
    let s = store.import(open)?;
    println!(
        "import into an empty laptop: {:.1} s ({} learners, {} events added; check + merge + replay)",
        t.elapsed().as_secs_f64(),
        s.learners_added,
        s.events_added
    );
    let t = Instant::now();
    let s = store.import(open)?;
    println!(
        "import the same file again: {:.1} s ({} events added)",
        t.elapsed().as_secs_f64(),
        s.events_added
    );
    let db = std::fs::metadata(dst.path().join(FILE_NAME))?.len();
    println!("database after import: {:.0} MB", db as f64 / 1e6);
    Ok(())
}
