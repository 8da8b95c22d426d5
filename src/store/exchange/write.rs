//! Writing an export file: the header, the learners, their events and the mentor's work,
//! then the `end` line with counts, checksum and signature.

use super::{
    End, FORMAT, Header, KeyError, LearnerRecord, Line, NoteRecord, Selection, SessionRecord,
    VERSION, hex, sign,
};
use crate::store::event::{EVENT_COLUMNS, Event};
use crate::store::{Store, StoreError, now_ms};
use rusqlite::params;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::io::Write;

/// Writes one line and feeds it to the checksum.
fn put(out: &mut impl Write, hasher: &mut Sha256, value: &impl Serialize) -> std::io::Result<()> {
    let mut line = serde_json::to_vec(value).map_err(std::io::Error::other)?;
    line.push(b'\n');
    hasher.update(&line);
    out.write_all(&line)
}

/// What an export wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    pub learners: u64,
    pub events: u64,
    /// As [`Checked::body`].
    pub body: [u8; 32],
}

/// Writes everything to `out` and feeds the body lines (not the first and the `end` line) to
/// a second checksum.
struct Tee<'a, W: Write> {
    out: &'a mut W,
    body: Sha256,
}

impl<W: Write> Write for Tee<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.out.write(buf)?;
        self.body.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

impl Store {
    /// Writes the chosen learners and all their events; returns (learners, events) written.
    pub fn export(
        &self,
        selection: &Selection,
        out: &mut impl Write,
    ) -> Result<(u64, u64), ExportError> {
        let filter = match selection {
            Selection::All => None,
            Selection::Learner(id) => {
                if self.learner(id)?.is_none() {
                    return Err(ExportError::NoSuchLearner(id.clone()));
                }
                Some(id.as_str())
            }
        };
        let w = self.export_events(filter, &|_| true, out)?;
        Ok((w.learners, w.events))
    }

    /// Writes every learner, the mentor's work, and the events made by a device for which
    /// `device` is true (the sync folder's file: see `crate::sync`).
    pub fn export_some_events(
        &self,
        device: &dyn Fn(&str) -> bool,
        out: &mut impl Write,
    ) -> Result<Written, ExportError> {
        self.export_events(None, device, out)
    }

    fn export_events(
        &self,
        filter: Option<&str>,
        device: &dyn Fn(&str) -> bool,
        out: &mut impl Write,
    ) -> Result<Written, ExportError> {
        let key = self.signing_key()?;
        let mut hasher = Sha256::new();
        put(
            out,
            &mut hasher,
            &Header {
                format: FORMAT.to_owned(),
                version: VERSION,
                created_at: now_ms(),
                device: self.device.clone(),
                device_name: Some(self.laptop_name()),
                key: Some(hex(&key.verifying_key().to_bytes())),
            },
        )?;
        let mut tee = Tee {
            out,
            body: Sha256::new(),
        };
        let mut learners = 0u64;
        let mut stmt = self.conn.prepare(
            "SELECT uuid, name, nip, unit, created_at, updated_at FROM learners
             WHERE ?1 IS NULL OR uuid = ?1 ORDER BY uuid",
        )?;
        let rows = stmt.query_map([filter], |r| {
            Ok(LearnerRecord {
                uuid: r.get(0)?,
                name: r.get(1)?,
                nip: r.get(2)?,
                unit: r.get(3)?,
                created_at: r.get(4)?,
                updated_at: r.get(5)?,
            })
        })?;
        for row in rows {
            put(&mut tee, &mut hasher, &Line::Learner(row?))?;
            learners += 1;
        }
        let mut events = 0u64;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {EVENT_COLUMNS} FROM events WHERE ?1 IS NULL OR learner = ?1
             ORDER BY learner, at, device, seq"
        ))?;
        let rows = stmt.query_map([filter], Event::from_row)?;
        for row in rows {
            let row = row?;
            if device(&row.device) {
                put(&mut tee, &mut hasher, &Line::Event(row))?;
                events += 1;
            }
        }
        let (notes, sessions, assignments) =
            self.export_mentor_work(filter, &mut tee, &mut hasher)?;
        let body = tee.body.finalize().into();
        let digest = hasher.finalize();
        let end = Line::End(End {
            learners,
            events,
            notes,
            sessions,
            assignments,
            sha256: hex(&digest),
            signature: Some(sign::sign(&key, &digest)),
        });
        let mut line = serde_json::to_vec(&end).map_err(std::io::Error::other)?;
        line.push(b'\n');
        out.write_all(&line)?;
        out.flush()?;
        Ok(Written {
            learners,
            events,
            body,
        })
    }

    /// Writes the notes, sessions and assignments of the exported learners; returns how many
    /// of each.
    fn export_mentor_work(
        &self,
        filter: Option<&str>,
        out: &mut impl Write,
        hasher: &mut Sha256,
    ) -> Result<(u64, u64, u64), ExportError> {
        let mut notes = 0u64;
        let mut stmt = self.conn.prepare(
            "SELECT uuid, learner, mentor, created_at, text FROM notes
             WHERE ?1 IS NULL OR learner = ?1 ORDER BY learner, created_at, uuid",
        )?;
        let rows = stmt.query_map([filter], |r| {
            Ok(NoteRecord {
                uuid: r.get(0)?,
                learner: r.get(1)?,
                mentor: r.get(2)?,
                created_at: r.get(3)?,
                text: r.get(4)?,
            })
        })?;
        for row in rows {
            put(out, hasher, &Line::Note(row?))?;
            notes += 1;
        }
        let mut sessions = 0u64;
        let mut stmt = self.conn.prepare(
            "SELECT uuid, held_on, topic, plan, created_at FROM coaching_sessions s
             WHERE ?1 IS NULL
                OR EXISTS (SELECT 1 FROM coaching_attendees a WHERE a.session = s.uuid AND a.learner = ?1)
             ORDER BY created_at, uuid",
        )?;
        let mut attendees = self.conn.prepare(
            "SELECT learner FROM coaching_attendees WHERE session = ?1 AND (?2 IS NULL OR learner = ?2)
             ORDER BY learner",
        )?;
        let rows = stmt.query_map([filter], |r| {
            Ok(SessionRecord {
                uuid: r.get(0)?,
                held_on: r.get(1)?,
                topic: r.get(2)?,
                plan: r.get(3)?,
                created_at: r.get(4)?,
                attendees: Vec::new(),
            })
        })?;
        for row in rows {
            let mut record = row?;
            record.attendees = attendees
                .query_map(params![record.uuid, filter], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            put(out, hasher, &Line::Coaching(record))?;
            sessions += 1;
        }
        let mut assignments = 0u64;
        let mut stmt = self.conn.prepare(
            "SELECT uuid, learner, label, lessons, created_at FROM assignments
             WHERE ?1 IS NULL OR learner = ?1 ORDER BY learner",
        )?;
        let rows = stmt.query_map([filter], crate::store::mentor::assignment_from_row)?;
        for row in rows {
            put(out, hasher, &Line::Assignment(row?))?;
            assignments += 1;
        }
        Ok((notes, sessions, assignments))
    }
}

/// Why an export could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("there is no learner with the id {0}")]
    NoSuchLearner(String),
    #[error("the file cannot be written: {0}")]
    Write(#[from] std::io::Error),
    #[error("the file cannot be signed: {0}")]
    Key(#[from] KeyError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for ExportError {
    fn from(e: rusqlite::Error) -> Self {
        Self::Store(StoreError::from(e))
    }
}
