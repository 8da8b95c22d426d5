//! Writing progress events and reading the derived lesson state.

use super::{Store, StoreError, now_ms};
use crate::progress::Record;
use rusqlite::{OptionalExtension, TransactionBehavior, params};
use serde_json::json;
use std::collections::HashMap;

/// Where a learner is in one lesson.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonState {
    pub lesson: String,
    /// The first step not yet done (equals `steps_total` when every step is done).
    pub next_step: usize,
    pub steps_total: usize,
    pub updated_at: i64,
    pub completed: bool,
    /// The simulator's state after the last done step (JSON).
    pub snapshot: Option<String>,
}

impl Store {
    /// Starts (or starts again) a lesson at its first step. The lesson stays completed
    /// if it was; only the position goes back to the start.
    pub fn start_lesson(
        &mut self,
        learner: &str,
        lesson: &str,
        steps_total: usize,
    ) -> Result<(), StoreError> {
        let at = now_ms();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        insert_event(
            &tx,
            &self.device,
            learner,
            lesson,
            None,
            "lesson_started",
            &json!({ "steps_total": steps_total }),
            at,
        )?;
        tx.execute(
            "INSERT INTO lesson_state (learner, lesson, next_step, steps_total, started_at, updated_at)
             VALUES (?1, ?2, 0, ?3, ?4, ?4)
             ON CONFLICT (learner, lesson) DO UPDATE SET
                next_step = 0, steps_total = excluded.steps_total, snapshot = NULL, updated_at = excluded.updated_at",
            params![learner, lesson, to_i64(steps_total), at],
        )?;
        touch(&tx, learner, at)?;
        tx.commit()?;
        Ok(())
    }

    /// Appends what the lesson player asked to record, updating the derived tables in the
    /// same transaction. When this returns `Ok`, the record is on disk.
    pub fn record(
        &mut self,
        learner: &str,
        lesson: &str,
        steps_total: usize,
        records: &[Record],
    ) -> Result<(), StoreError> {
        if records.is_empty() {
            return Ok(());
        }
        let at = now_ms();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        // A lesson resumed from an older file may lack its state row: create it first.
        tx.execute(
            "INSERT INTO lesson_state (learner, lesson, next_step, steps_total, started_at, updated_at)
             VALUES (?1, ?2, 0, ?3, ?4, ?4) ON CONFLICT (learner, lesson) DO NOTHING",
            params![learner, lesson, to_i64(steps_total), at],
        )?;
        for record in records {
            let (step, kind, payload) = describe(record);
            insert_event(&tx, &self.device, learner, lesson, step, kind, &payload, at)?;
            let step = step.map(to_i64);
            match record {
                Record::StepCompleted { snapshot, .. } => {
                    stats_row(&tx, learner, lesson, step)?;
                    tx.execute(
                        "UPDATE step_stats SET completed_at = COALESCE(completed_at, ?4)
                         WHERE learner = ?1 AND lesson = ?2 AND step = ?3",
                        params![learner, lesson, step, at],
                    )?;
                    tx.execute(
                        "UPDATE lesson_state SET next_step = MAX(next_step, ?3 + 1), snapshot = ?4, updated_at = ?5
                         WHERE learner = ?1 AND lesson = ?2",
                        params![learner, lesson, step, snapshot, at],
                    )?;
                }
                Record::HintShown { .. } => {
                    stats_row(&tx, learner, lesson, step)?;
                    bump(&tx, "hints", learner, lesson, step)?;
                }
                Record::Mistake { .. } => {
                    stats_row(&tx, learner, lesson, step)?;
                    bump(&tx, "mistakes", learner, lesson, step)?;
                }
                Record::QuizAnswered { correct, .. } => {
                    if !correct {
                        stats_row(&tx, learner, lesson, step)?;
                        bump(&tx, "wrong_answers", learner, lesson, step)?;
                    }
                }
                Record::LessonCompleted => {
                    tx.execute(
                        "UPDATE lesson_state SET completed_at = COALESCE(completed_at, ?3), updated_at = ?3
                         WHERE learner = ?1 AND lesson = ?2",
                        params![learner, lesson, at],
                    )?;
                }
            }
        }
        touch(&tx, learner, at)?;
        tx.commit()?;
        Ok(())
    }

    /// The state of every lesson the learner has started.
    pub fn lesson_states(&self, learner: &str) -> Result<HashMap<String, LessonState>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT lesson, next_step, steps_total, updated_at, completed_at IS NOT NULL, snapshot
             FROM lesson_state WHERE learner = ?1",
        )?;
        let rows = stmt.query_map([learner], |r| {
            Ok(LessonState {
                lesson: r.get(0)?,
                next_step: to_usize(r.get(1)?),
                steps_total: to_usize(r.get(2)?),
                updated_at: r.get(3)?,
                completed: r.get(4)?,
                snapshot: r.get(5)?,
            })
        })?;
        let mut out = HashMap::new();
        for row in rows {
            let s = row?;
            out.insert(s.lesson.clone(), s);
        }
        Ok(out)
    }

    /// How many events the learner has (for tests and the mentor view).
    pub fn event_count(&self, learner: &str, kind: Option<&str>) -> Result<usize, StoreError> {
        let n: i64 = self
            .conn
            .query_row(
                "SELECT COUNT(*) FROM events WHERE learner = ?1 AND (?2 IS NULL OR kind = ?2)",
                params![learner, kind],
                |r| r.get(0),
            )
            .optional()?
            .unwrap_or(0);
        Ok(to_usize(n))
    }
}

fn describe(record: &Record) -> (Option<usize>, &'static str, serde_json::Value) {
    match record {
        Record::StepCompleted { step, .. } => (Some(*step), "step_completed", json!({})),
        Record::HintShown { step, number } => {
            (Some(*step), "hint_shown", json!({ "number": number }))
        }
        Record::Mistake {
            step,
            event,
            feedback,
        } => (
            Some(*step),
            "mistake",
            json!({ "event": event, "feedback": feedback }),
        ),
        Record::QuizAnswered {
            step,
            option,
            correct,
        } => (
            Some(*step),
            "quiz_answered",
            json!({ "option": option, "correct": correct }),
        ),
        Record::LessonCompleted => (None, "lesson_completed", json!({})),
    }
}

#[allow(clippy::too_many_arguments)]
fn insert_event(
    tx: &rusqlite::Transaction<'_>,
    device: &str,
    learner: &str,
    lesson: &str,
    step: Option<usize>,
    kind: &str,
    payload: &serde_json::Value,
    at: i64,
) -> Result<(), StoreError> {
    let seq: i64 = tx.query_row(
        "UPDATE device SET next_seq = next_seq + 1 WHERE id = 1 RETURNING next_seq - 1",
        [],
        |r| r.get(0),
    )?;
    tx.execute(
        "INSERT INTO events (uuid, device, seq, learner, lesson, step, kind, payload, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            uuid::Uuid::now_v7().to_string(),
            device,
            seq,
            learner,
            lesson,
            step.map(to_i64),
            kind,
            payload.to_string(),
            at
        ],
    )?;
    Ok(())
}

fn stats_row(
    tx: &rusqlite::Transaction<'_>,
    learner: &str,
    lesson: &str,
    step: Option<i64>,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO step_stats (learner, lesson, step) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
        params![learner, lesson, step],
    )?;
    Ok(())
}

fn bump(
    tx: &rusqlite::Transaction<'_>,
    column: &str,
    learner: &str,
    lesson: &str,
    step: Option<i64>,
) -> Result<(), StoreError> {
    // `column` is one of our own constant names, never input.
    tx.execute(
        &format!("UPDATE step_stats SET {column} = {column} + 1 WHERE learner = ?1 AND lesson = ?2 AND step = ?3"),
        params![learner, lesson, step],
    )?;
    Ok(())
}

fn touch(tx: &rusqlite::Transaction<'_>, learner: &str, at: i64) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE learners SET last_active = ?2 WHERE uuid = ?1",
        params![learner, at],
    )?;
    Ok(())
}

fn to_i64(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn to_usize(n: i64) -> usize {
    usize::try_from(n).unwrap_or(0)
}
