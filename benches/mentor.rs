//! Mentor-view benchmarks that print numbers (run:
//! `cargo bench --no-default-features --bench mentor`).
//!
//! A generated district: 10,000 learners in kantor camat of 30, 5,000,000 events written in
//! the shape the lesson player writes them (lessons of the shipped course in order, hints,
//! mistakes with their simulator event, wrong quiz answers, restarts; a tenth of the learners
//! stopped ten days ago, a tenth are stuck), with the derived tables filled in as the store
//! would. Then:
//! - the class overview of one kantor camat (30 learners, filtered by unit);
//! - the district report as CSV to a file;
//! - a learner's steps and the hardest steps of the district, for reference.
//!
//! Set `TUNTUN_BENCH_EVENTS` to change the event count (default 5,000,000).
//!
//! On the 2-core development machine (2026-11-23): generating 32 s; overview median 2.7 ms
//! (first 3.6 ms; target < 50 ms); district CSV, 20,000 rows, 0.25 s (target < 5 s); one
//! learner's steps 0.4 ms; hardest steps 0.9 s (a scan of `step_stats`). No new index was
//! needed: the overview reads through the primary keys of `lesson_state` and `step_stats`,
//! `events_by_learner (learner, at, …)` and a scan of the 10,000 `learners` rows for the unit.

use rusqlite::params;
use std::collections::HashMap;
use std::time::{Duration, Instant};
use tuntun::course::Step;
use tuntun::store::{FILE_NAME, Store};

const LEARNERS: u64 = 10_000;
const CLASS: u64 = 30;
/// 2026-11-01 00:00 UTC: the district's "now".
const NOW: i64 = 1_793_491_200_000;
const DAY: i64 = 24 * 60 * 60 * 1000;

/// A small deterministic mixer (splitmix64), so every run generates the same district.
fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

#[derive(Default)]
struct StepStat {
    hints: i64,
    mistakes: i64,
    wrong: i64,
    completed: Option<i64>,
}

struct LessonRow {
    next_step: i64,
    total: i64,
    started: i64,
    updated: i64,
    completed: Option<i64>,
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let events: u64 = std::env::var("TUNTUN_BENCH_EVENTS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5_000_000);
    let course = tuntun::course::load(None).course;
    let lessons: Vec<(String, Vec<&'static str>)> = course
        .entries()
        .filter_map(|e| {
            let l = e.lesson.as_ref()?;
            let kinds = l.steps.iter().map(Step::kind).collect();
            Some((l.id.clone(), kinds))
        })
        .collect();

    let dir = tempfile::tempdir()?;
    drop(Store::open(dir.path())?);
    let t = Instant::now();
    let mut written = 0u64;
    {
        let mut conn = rusqlite::Connection::open(dir.path().join(FILE_NAME))?;
        conn.pragma_update(None, "cache_size", -262_144)?;
        let tx = conn.transaction()?;
        {
            let mut add = tx.prepare(
                "INSERT INTO learners (uuid, name, nip, unit, created_at, updated_at, last_active)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6)",
            )?;
            let mut touch = tx.prepare("UPDATE learners SET last_active = ?2 WHERE uuid = ?1")?;
            let mut ev = tx.prepare(
                "INSERT INTO events (uuid, device, seq, learner, lesson, step, kind, payload, at)
                 VALUES (?1, 'bench-device', ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?;
            let mut ls = tx.prepare(
                "INSERT INTO lesson_state (learner, lesson, next_step, steps_total, started_at, updated_at, completed_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            let mut ss = tx.prepare(
                "INSERT INTO step_stats (learner, lesson, step, hints, mistakes, wrong_answers, completed_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            let per = events / LEARNERS;
            let mut seq = 0i64;
            for l in 0..LEARNERS {
                let lid = format!("00000000-0000-4000-8000-{l:012}");
                // Some learners stopped a while ago (the idle ones), some are stuck where they
                // stop; both stop early, in their first pass through the course, so the lesson
                // they stop in is unfinished. The others do between about half and one and a
                // half times the average (retaking lessons), so the class is uneven and the
                // total is about `events`.
                let stopped = mix(l).is_multiple_of(10);
                let stuck = mix(l ^ 3).is_multiple_of(10);
                let mine = if stopped || stuck {
                    per / 4
                } else {
                    (per / 2 + (l % 11) * per / 10) * 19 / 16
                };
                let away = if stopped { 10 * DAY } else { 0 };
                // Sittings of about 40 events a day, the last one ending within the last day (or,
                // for the learners who stopped, ten days earlier).
                let mut at = NOW - (mine as i64 / 40 + 1) * DAY - away
                    + (mix(l ^ 7) % (DAY as u64 / 4)) as i64;
                let mut next_sitting = 40u64;
                add.execute(params![
                    lid,
                    format!("Peserta {l}, S.Sos"),
                    format!("19800315200501{:04}", l % 10_000),
                    format!("Kecamatan {}", l / CLASS),
                    NOW - 40 * DAY,
                    None::<i64>
                ])?;
                let mut lesson_rows: HashMap<&str, LessonRow> = HashMap::new();
                let mut stats: HashMap<(&str, i64), StepStat> = HashMap::new();
                let mut n = 0u64;
                let mut li = 0usize;
                let mut emit = |lesson: &str,
                                step: Option<i64>,
                                kind: &str,
                                payload: String,
                                at: i64|
                 -> rusqlite::Result<()> {
                    seq += 1;
                    ev.execute(params![
                        uuid::Uuid::now_v7().to_string(),
                        seq,
                        lid,
                        lesson,
                        step,
                        kind,
                        payload,
                        at
                    ])?;
                    Ok(())
                };
                'learning: while n < mine {
                    let (lesson, kinds) = &lessons[li % lessons.len()];
                    li += 1;
                    let total = kinds.len() as i64;
                    emit(
                        lesson,
                        None,
                        "lesson_started",
                        format!("{{\"steps_total\":{total}}}"),
                        at,
                    )?;
                    n += 1;
                    let row = lesson_rows.entry(lesson).or_insert(LessonRow {
                        next_step: 0,
                        total,
                        started: at,
                        updated: at,
                        completed: None,
                    });
                    row.next_step = 0;
                    row.updated = at;
                    for (i, kind) in kinds.iter().enumerate() {
                        let step = i as i64;
                        let r = mix(l << 20 ^ (li as u64) << 8 ^ i as u64);
                        let stat = stats.entry((lesson, step)).or_default();
                        // A sitting is about 40 events; the next one is a day later.
                        if n >= next_sitting {
                            at += DAY;
                            next_sitting += 40;
                        }
                        at += 20_000 + (r % 40_000) as i64;
                        if *kind == "do" && r.is_multiple_of(7) {
                            emit(
                                lesson,
                                Some(step),
                                "hint_shown",
                                "{\"number\":1}".into(),
                                at,
                            )?;
                            stat.hints += 1;
                            n += 1;
                        }
                        if *kind == "do" && r.is_multiple_of(11) {
                            emit(lesson, Some(step), "mistake", "{\"event\":{\"name\":\"email.compose_started\",\"fields\":{\"kind\":\"reply_all\"}},\"feedback\":\"email-balas-not-all\"}".into(), at)?;
                            stat.mistakes += 1;
                            n += 1;
                        }
                        if *kind == "quiz" {
                            let wrong = r.is_multiple_of(5);
                            if wrong {
                                emit(
                                    lesson,
                                    Some(step),
                                    "quiz_answered",
                                    "{\"option\":1,\"correct\":false}".into(),
                                    at,
                                )?;
                                stat.wrong += 1;
                                n += 1;
                            }
                            emit(
                                lesson,
                                Some(step),
                                "quiz_answered",
                                "{\"option\":0,\"correct\":true}".into(),
                                at,
                            )?;
                            n += 1;
                        }
                        if n >= mine {
                            if stuck {
                                for _ in 0..3 {
                                    emit(lesson, Some(step), "mistake", "{\"event\":{\"name\":\"dasar.missed\",\"fields\":{}},\"feedback\":\"dasar-klik-missed\"}".into(), at)?;
                                    stat.mistakes += 1;
                                    n += 1;
                                }
                            }
                            break 'learning;
                        }
                        emit(
                            lesson,
                            Some(step),
                            "step_completed",
                            format!("{{\"snapshot\":null,\"steps_total\":{total}}}"),
                            at,
                        )?;
                        n += 1;
                        stat.completed.get_or_insert(at);
                        let row = lesson_rows.get_mut(lesson.as_str()).ok_or("lesson row")?;
                        row.next_step = row.next_step.max(step + 1);
                        row.updated = at;
                    }
                    emit(
                        lesson,
                        None,
                        "lesson_completed",
                        format!("{{\"steps_total\":{total}}}"),
                        at,
                    )?;
                    n += 1;
                    let row = lesson_rows.get_mut(lesson.as_str()).ok_or("lesson row")?;
                    row.completed.get_or_insert(at);
                    row.updated = at;
                }
                written += n;
                touch.execute(params![lid, at])?;
                for (lesson, r) in &lesson_rows {
                    ls.execute(params![
                        lid,
                        lesson,
                        r.next_step,
                        r.total,
                        r.started,
                        r.updated,
                        r.completed
                    ])?;
                }
                for ((lesson, step), s) in &stats {
                    ss.execute(params![
                        lid,
                        lesson,
                        step,
                        s.hints,
                        s.mistakes,
                        s.wrong,
                        s.completed
                    ])?;
                }
            }
        }
        tx.commit()?;
    }
    println!(
        "generated {LEARNERS} learners, {written} events in {:.0} s",
        t.elapsed().as_secs_f64()
    );

    let store = Store::open(dir.path())?;
    let unit = "Kecamatan 17";
    let mut times = Vec::new();
    let mut flagged = 0;
    for _ in 0..21 {
        let t = Instant::now();
        let rows = store.class_overview(&course, Some(unit), NOW)?;
        times.push(t.elapsed());
        flagged = rows.iter().filter(|r| r.needs_help.is_some()).count();
        assert_eq!(rows.len(), CLASS as usize);
    }
    println!(
        "class overview of one kantor camat ({CLASS} learners, {flagged} flagged): first {:.1} ms, median {:.1} ms of {} (target < 50 ms)",
        times[0].as_secs_f64() * 1e3,
        median(times.clone()).as_secs_f64() * 1e3,
        times.len()
    );

    let file = dir.path().join("laporan.csv");
    let t = Instant::now();
    let rows = store.report_rows(&course, None)?;
    let mut out = std::io::BufWriter::new(std::fs::File::create(&file)?);
    let tr = tuntun::course::load(None)
        .catalog
        .translator(tuntun::i18n::Lang::Id);
    let tz = jiff::tz::TimeZone::system();
    tuntun::output::class_report::write_csv(&rows, &course, &tr, &tz, &mut out)?;
    drop(out);
    println!(
        "district report: {} rows to CSV in {:.2} s, {:.1} MB (target < 5 s)",
        rows.len(),
        t.elapsed().as_secs_f64(),
        std::fs::metadata(&file)?.len() as f64 / 1e6
    );

    let t = Instant::now();
    let steps = store.learner_steps("00000000-0000-4000-8000-000000000517")?;
    println!(
        "one learner's steps: {} rows in {:.1} ms",
        steps.len(),
        t.elapsed().as_secs_f64() * 1e3
    );
    let t = Instant::now();
    let hard = store.hardest_steps(10)?;
    println!(
        "hardest 10 steps of the district: {:.2} s (top: {} step {}, {} learners)",
        t.elapsed().as_secs_f64(),
        hard.first().map_or("-", |h| h.lesson.as_str()),
        hard.first().map_or(0, |h| h.step),
        hard.first().map_or(0, |h| h.learners)
    );
    Ok(())
}
