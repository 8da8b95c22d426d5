//! Notes on a learner, dated and signed by the mentor who wrote them.

use super::text::{MAX_LINE_CHARS, MAX_TEXT_CHARS, TextError, capped, one_line};
use crate::store::{Store, StoreError, now_ms};
use rusqlite::params;

/// One note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub id: String,
    pub learner: String,
    /// The mentor's name as it was when the note was written.
    pub mentor: String,
    pub created_at: i64,
    pub text: String,
}

impl Store {
    /// Adds a note; the text is trimmed and capped at [`MAX_TEXT_CHARS`](super::MAX_TEXT_CHARS).
    pub fn add_note(
        &self,
        learner: &str,
        mentor_name: &str,
        text: &str,
    ) -> Result<Note, StoreError> {
        let text = capped(text, MAX_TEXT_CHARS);
        if text.is_empty() {
            return Err(TextError::EmptyNote.into());
        }
        self.require_learner(learner)?;
        let note = Note {
            id: uuid::Uuid::now_v7().to_string(),
            learner: learner.to_owned(),
            mentor: one_line(mentor_name, MAX_LINE_CHARS),
            created_at: now_ms(),
            text,
        };
        // One statement: committed (and on disk, synchronous=FULL) when it returns.
        self.conn.execute(
            "INSERT INTO notes (uuid, learner, mentor, created_at, text) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![note.id, note.learner, note.mentor, note.created_at, note.text],
        )?;
        Ok(note)
    }

    /// The learner's notes, newest first.
    pub fn notes(&self, learner: &str) -> Result<Vec<Note>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT uuid, learner, mentor, created_at, text FROM notes WHERE learner = ?1
             ORDER BY created_at DESC, uuid DESC",
        )?;
        let rows = stmt.query_map([learner], |r| {
            Ok(Note {
                id: r.get(0)?,
                learner: r.get(1)?,
                mentor: r.get(2)?,
                created_at: r.get(3)?,
                text: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// `Err(NoSuchLearner)` unless the learner is on this laptop.
    pub(super) fn require_learner(&self, learner: &str) -> Result<(), StoreError> {
        if self.learner(learner)?.is_none() {
            return Err(StoreError::Invalid(crate::store::Invalid::NoSuchLearner(
                learner.to_owned(),
            )));
        }
        Ok(())
    }
}
