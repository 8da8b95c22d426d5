//! The derived tables (`lesson_state`, `step_stats`, `learners.last_active`) as a fold over
//! the event log. The same `apply` runs when the lesson player writes an event and when an
//! import replays a learner's whole log, so the two can never disagree.
//!
//! Replay order is `(at, device, seq)`: a total order on any set of events, so merging the
//! same events in any order gives the same tables.

use super::StoreError;
use super::event::{Body, EVENT_COLUMNS, Event};
use rusqlite::{Transaction, params};

/// Updates the derived tables for one event (`e` is its row, `body` what it says). Unknown
/// kinds (from a newer Tuntun) and unreadable payloads are kept in the log and change
/// nothing here.
pub(super) fn apply(tx: &Transaction<'_>, e: &Event, body: &Body) -> Result<(), StoreError> {
    run(
        tx,
        "UPDATE learners SET last_active = MAX(COALESCE(last_active, ?2), ?2) WHERE uuid = ?1",
        params![e.learner, e.at],
    )?;
    let Some(lesson) = e.lesson.as_deref() else {
        return Ok(());
    };
    let learner = e.learner.as_str();
    match body {
        Body::LessonStarted(p) => {
            run(
                tx,
                "INSERT INTO lesson_state (learner, lesson, next_step, steps_total, started_at, updated_at)
                 VALUES (?1, ?2, 0, ?3, ?4, ?4)
                 ON CONFLICT (learner, lesson) DO UPDATE SET
                    next_step = 0, steps_total = excluded.steps_total, snapshot = NULL,
                    started_at = MIN(started_at, excluded.started_at), updated_at = excluded.updated_at",
                params![learner, lesson, to_i64(p.steps_total), e.at],
            )?;
        }
        Body::StepCompleted(p) if e.step.is_some() => {
            ensure_state(tx, learner, lesson, p.steps_total.map(to_i64), e.at)?;
            stats_row(tx, learner, lesson, e.step)?;
            run(
                tx,
                "UPDATE step_stats SET completed_at = COALESCE(completed_at, ?4)
                 WHERE learner = ?1 AND lesson = ?2 AND step = ?3",
                params![learner, lesson, e.step, e.at],
            )?;
            run(
                tx,
                "UPDATE lesson_state SET next_step = MAX(next_step, ?3 + 1), snapshot = ?4, updated_at = ?5
                 WHERE learner = ?1 AND lesson = ?2",
                params![learner, lesson, e.step, p.snapshot, e.at],
            )?;
        }
        Body::HintShown(_) => bump(tx, "hints", learner, lesson, e.step)?,
        Body::Mistake(_) => bump(tx, "mistakes", learner, lesson, e.step)?,
        Body::QuizAnswered(q) if !q.correct => {
            bump(tx, "wrong_answers", learner, lesson, e.step)?;
        }
        Body::LessonCompleted(p) => {
            ensure_state(tx, learner, lesson, p.steps_total.map(to_i64), e.at)?;
            run(
                tx,
                "UPDATE lesson_state SET completed_at = COALESCE(completed_at, ?3), updated_at = ?3
                 WHERE learner = ?1 AND lesson = ?2",
                params![learner, lesson, e.at],
            )?;
        }
        _ => {}
    }
    Ok(())
}

/// Recomputes every derived row of these learners from their events.
pub(super) fn rebuild<'a>(
    tx: &Transaction<'_>,
    learners: impl IntoIterator<Item = &'a str>,
) -> Result<(), StoreError> {
    let mut select = tx.prepare(&format!(
        "SELECT {EVENT_COLUMNS} FROM events WHERE learner = ?1 ORDER BY at, device, seq"
    ))?;
    for learner in learners {
        run(tx, "DELETE FROM lesson_state WHERE learner = ?1", [learner])?;
        run(tx, "DELETE FROM step_stats WHERE learner = ?1", [learner])?;
        run(
            tx,
            "UPDATE learners SET last_active = NULL WHERE uuid = ?1",
            [learner],
        )?;
        let events = select.query_map([learner], Event::from_row)?;
        for e in events {
            let e = e?;
            apply(tx, &e, &e.body())?;
        }
    }
    Ok(())
}

/// A lesson resumed from an older file, or known only from another device's events, may lack
/// its state row: create it.
fn ensure_state(
    tx: &Transaction<'_>,
    learner: &str,
    lesson: &str,
    steps_total: Option<i64>,
    at: i64,
) -> Result<(), StoreError> {
    run(
        tx,
        "INSERT INTO lesson_state (learner, lesson, next_step, steps_total, started_at, updated_at)
         VALUES (?1, ?2, 0, ?3, ?4, ?4) ON CONFLICT (learner, lesson) DO NOTHING",
        params![learner, lesson, steps_total.unwrap_or(0), at],
    )?;
    if let Some(total) = steps_total {
        run(
            tx,
            "UPDATE lesson_state SET steps_total = ?3 WHERE learner = ?1 AND lesson = ?2",
            params![learner, lesson, total],
        )?;
    }
    Ok(())
}

fn stats_row(
    tx: &Transaction<'_>,
    learner: &str,
    lesson: &str,
    step: Option<i64>,
) -> Result<(), StoreError> {
    run(
        tx,
        "INSERT INTO step_stats (learner, lesson, step) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
        params![learner, lesson, step],
    )?;
    Ok(())
}

fn bump(
    tx: &Transaction<'_>,
    column: &str,
    learner: &str,
    lesson: &str,
    step: Option<i64>,
) -> Result<(), StoreError> {
    if step.is_none() {
        return Ok(()); // a malformed event from elsewhere: kept in the log, counted nowhere
    }
    stats_row(tx, learner, lesson, step)?;
    // `column` is one of our own constant names, never input.
    run(
        tx,
        &format!(
            "UPDATE step_stats SET {column} = {column} + 1 WHERE learner = ?1 AND lesson = ?2 AND step = ?3"
        ),
        params![learner, lesson, step],
    )?;
    Ok(())
}

/// Runs a statement through the connection's statement cache: replaying a million events
/// re-uses a handful of prepared statements instead of parsing SQL each time.
pub(super) fn to_i64(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn run(tx: &Transaction<'_>, sql: &str, params: impl rusqlite::Params) -> rusqlite::Result<usize> {
    tx.prepare_cached(sql)?.execute(params)
}
