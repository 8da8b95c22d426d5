//! Writing progress events and reading the derived lesson state.

use super::derive::{self, to_i64};
use super::event::{
    Body, Event, HintShown, LessonCompleted, LessonStarted, Mistake, QuizAnswered, StepCompleted,
};
use super::{Store, StoreError, now_ms};
use crate::progress::{LessonState, Record};
use rusqlite::{OptionalExtension, TransactionBehavior, params};
use std::collections::HashMap;

impl Store {
    /// Starts (or starts again) a lesson at its first step. The lesson stays completed
    /// if it was; only the position goes back to the start.
    pub fn start_lesson(
        &mut self,
        learner: &str,
        lesson: &str,
        steps_total: usize,
    ) -> Result<(), StoreError> {
        let body = Body::LessonStarted(LessonStarted { steps_total });
        self.write(learner, lesson, &[(None, body)]).map(|_| ())
    }

    /// Appends what the lesson player asked to record, updating the derived tables in the
    /// same transaction. When this returns `Ok`, the record is on disk.
    pub fn record(
        &mut self,
        learner: &str,
        lesson: &str,
        steps_total: usize,
        records: &[Record],
    ) -> Result<Vec<String>, StoreError> {
        let events: Vec<_> = records.iter().map(|r| describe(r, steps_total)).collect();
        self.write(learner, lesson, &events)
    }

    fn write(
        &mut self,
        learner: &str,
        lesson: &str,
        events: &[(Option<usize>, Body)],
    ) -> Result<Vec<String>, StoreError> {
        self.write_events(learner, Some(lesson), events)
    }

    /// Writes events of this device in one `IMMEDIATE` transaction; returns their UUIDs
    /// once they are on disk. Events of no lesson (reviews) change no lesson table. The
    /// derived tables take each `Body` as built here: nothing is read back from its text.
    pub(super) fn write_events(
        &mut self,
        learner: &str,
        lesson: Option<&str>,
        events: &[(Option<usize>, Body)],
    ) -> Result<Vec<String>, StoreError> {
        let mut written = Vec::with_capacity(events.len());
        if events.is_empty() {
            return Ok(written);
        }
        // Joined into another learner meanwhile (a sync): write under the id that stays.
        let learner = &self.resolve(learner)?;
        let at = now_ms();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        for (step, body) in events {
            let seq: i64 = tx.query_row(
                "UPDATE device SET next_seq = next_seq + 1 WHERE id = 1 RETURNING next_seq - 1",
                [],
                |r| r.get(0),
            )?;
            let event = Event {
                uuid: uuid::Uuid::now_v7().to_string(),
                device: self.device.clone(),
                seq,
                learner: learner.to_owned(),
                lesson: lesson.map(str::to_owned),
                step: step.map(to_i64),
                kind: body.kind().to_owned(),
                payload: body
                    .payload()
                    .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?,
                at,
            };
            event.insert(&tx)?;
            derive::apply(&tx, &event, body)?;
            written.push(event.uuid);
        }
        tx.commit()?;
        Ok(written)
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

/// The event of a record of the lesson player, and its step.
fn describe(record: &Record, steps_total: usize) -> (Option<usize>, Body) {
    match record {
        Record::StepCompleted { step, snapshot } => (
            Some(*step),
            Body::StepCompleted(StepCompleted {
                snapshot: snapshot.clone(),
                steps_total: Some(steps_total),
            }),
        ),
        Record::HintShown { step, number } => {
            (Some(*step), Body::HintShown(HintShown { number: *number }))
        }
        Record::Mistake {
            step,
            event,
            feedback,
        } => (
            Some(*step),
            Body::Mistake(Mistake {
                event: event.clone(),
                feedback: feedback.clone(),
            }),
        ),
        Record::QuizAnswered {
            step,
            option,
            correct,
        } => (
            Some(*step),
            Body::QuizAnswered(QuizAnswered {
                option: *option,
                correct: *correct,
            }),
        ),
        Record::HelpRequested { step } => (Some(*step), Body::HelpRequested),
        Record::LessonCompleted => (
            None,
            Body::LessonCompleted(LessonCompleted {
                steps_total: Some(steps_total),
            }),
        ),
    }
}

fn to_usize(n: i64) -> usize {
    usize::try_from(n).unwrap_or(0)
}
