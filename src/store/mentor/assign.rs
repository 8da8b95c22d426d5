//! Assignments: the lessons the mentor set for a learner next ("untuk Kamis: Email 3–5").
//!
//! A learner has at most one; a new one replaces it. Clearing stores an assignment with no
//! lessons, so that a clearing is newer than what it cleared when laptops merge (the newest
//! assignment, by `(created_at, uuid)`, wins everywhere).

use super::text::{MAX_LINE_CHARS, TextError, one_line};
use crate::course::Course;
use crate::store::{Store, StoreError, now_ms};
use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};

/// What the learner's home screen shows first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    pub label: String,
    /// In the mentor's order, each with whether the learner has finished it. Lessons no longer
    /// in the content are left out.
    pub lessons: Vec<(String, bool)>,
    pub created_at: i64,
}

impl Assignment {
    /// Every lesson of the assignment is finished.
    pub fn all_done(&self) -> bool {
        self.lessons.iter().all(|(_, done)| *done)
    }
}

/// An assignment as stored and as carried in an export file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssignmentRecord {
    pub uuid: String,
    pub learner: String,
    pub label: String,
    /// Empty: the assignment was cleared.
    pub lessons: Vec<String>,
    pub created_at: i64,
}

impl Store {
    /// Sets the learner's assignment (replacing any): a label (may be empty; one line, capped)
    /// and the lessons in order (repeats dropped; at least one).
    pub fn assign(&self, learner: &str, label: &str, lessons: &[String]) -> Result<(), StoreError> {
        let mut list: Vec<String> = Vec::new();
        for l in lessons.iter().map(|l| l.trim()) {
            if !l.is_empty() && !list.iter().any(|x| x == l) {
                list.push(l.to_owned());
            }
        }
        if list.is_empty() {
            return Err(TextError::NoLessons.into());
        }
        self.put_assignment(learner, &one_line(label, MAX_LINE_CHARS), list)
    }

    /// Removes the learner's assignment.
    pub fn clear_assignment(&self, learner: &str) -> Result<(), StoreError> {
        self.put_assignment(learner, "", Vec::new())
    }

    fn put_assignment(
        &self,
        learner: &str,
        label: &str,
        lessons: Vec<String>,
    ) -> Result<(), StoreError> {
        self.require_learner(learner)?;
        let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
        // Strictly newer than the one it replaces, even within one millisecond.
        let previous: Option<i64> = tx
            .query_row(
                "SELECT created_at FROM assignments WHERE learner = ?1",
                [learner],
                |r| r.get(0),
            )
            .optional()?;
        let record = AssignmentRecord {
            uuid: uuid::Uuid::now_v7().to_string(),
            learner: learner.to_owned(),
            label: label.to_owned(),
            lessons,
            created_at: now_ms().max(previous.map_or(i64::MIN, |p| p.saturating_add(1))),
        };
        put_record(&tx, &record)?;
        tx.commit()?;
        Ok(())
    }

    /// The learner's current assignment with each lesson's done flag; `None` when there is
    /// none (or it was cleared, or none of its lessons is in the content any more).
    pub fn assignment(
        &self,
        learner: &str,
        course: &Course,
    ) -> Result<Option<Assignment>, StoreError> {
        let Some(record) = self.assignment_record(learner)? else {
            return Ok(None);
        };
        let done = self.completed_lessons(learner)?;
        let lessons: Vec<(String, bool)> = record
            .lessons
            .into_iter()
            .filter(|id| course.entries().any(|e| e.id == *id))
            .map(|id| {
                let finished = done.contains(&id);
                (id, finished)
            })
            .collect();
        if lessons.is_empty() {
            return Ok(None);
        }
        Ok(Some(Assignment {
            label: record.label,
            lessons,
            created_at: record.created_at,
        }))
    }

    pub(crate) fn assignment_record(
        &self,
        learner: &str,
    ) -> Result<Option<AssignmentRecord>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT uuid, learner, label, lessons, created_at FROM assignments WHERE learner = ?1",
                [learner],
                record_from_row,
            )
            .optional()?)
    }
}

pub(crate) fn record_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<AssignmentRecord> {
    let lessons: String = r.get(3)?;
    Ok(AssignmentRecord {
        uuid: r.get(0)?,
        learner: r.get(1)?,
        label: r.get(2)?,
        // Written by us as a JSON array; anything else reads as a cleared assignment.
        lessons: serde_json::from_str(&lessons).unwrap_or_default(),
        created_at: r.get(4)?,
    })
}

/// Stores `record` unless the learner's current one is newer by `(created_at, uuid)`; true
/// when stored. The same rule for the mentor's own change and for an import.
pub(crate) fn put_record(
    conn: &rusqlite::Connection,
    record: &AssignmentRecord,
) -> Result<bool, StoreError> {
    let lessons = serde_json::to_string(&record.lessons).unwrap_or_else(|_| "[]".to_owned());
    let n = conn.execute(
        "INSERT INTO assignments (learner, uuid, label, lessons, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (learner) DO UPDATE SET
            uuid = excluded.uuid, label = excluded.label, lessons = excluded.lessons,
            created_at = excluded.created_at
         WHERE (excluded.created_at, excluded.uuid) > (assignments.created_at, assignments.uuid)",
        params![
            record.learner,
            record.uuid,
            record.label,
            lessons,
            record.created_at
        ],
    )?;
    Ok(n == 1)
}
