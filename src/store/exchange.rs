//! Export and import of progress between laptops (the USB stick).
//!
//! The file is UTF-8 JSON Lines:
//!
//! ```text
//! {"format":"tuntun-progress","version":1,"created_at":…,"device":"…"}
//! {"learner":{"uuid":…,"name":…,"nip":…,"unit":…,"created_at":…,"updated_at":…}}
//! {"event":{"uuid":…,"device":…,"seq":…,"learner":…,"lesson":…,"step":…,"kind":…,"payload":…,"at":…}}
//! {"note":{"uuid":…,"learner":…,"mentor":…,"created_at":…,"text":…}}
//! {"coaching":{"uuid":…,"held_on":"YYYY-MM-DD","topic":…,"plan":…,"created_at":…,"attendees":[…]}}
//! {"assignment":{"uuid":…,"learner":…,"label":…,"lessons":[…],"created_at":…}}
//! {"end":{"learners":N,"events":M,"notes":…,"sessions":…,"assignments":…,"sha256":"<hex of every byte before this line>"}}
//! ```
//!
//! Learners' name, NIP and unit, their events, and the mentor's work about them (notes,
//! coaching sessions they attended, their assignment) travel, so a mentor who changes laptops
//! keeps it. PIN hashes, mentors and lock-outs stay on the laptop (see `store::access`), so a
//! lost USB stick gives nobody a hash to attack. An export of one learner carries the sessions
//! they attended with only them as attendee. Format 2 added the mentor's lines; format 1 files
//! (events only) still import.
//!
//! Self-checking: a file without its `end` line was cut off; a wrong count or checksum means
//! it was changed. The whole file is checked *before* the database is touched, so a refused
//! file leaves the database byte-for-byte as it was.
//!
//! Merging: events are keyed by UUID (`ON CONFLICT DO NOTHING`); a learner known on both
//! sides (same UUID) is one learner, and of two versions of their name/NIP/unit the one with
//! the greatest `(updated_at, name, nip, unit, created_at)` wins on every laptop. Derived
//! tables are then replayed from the log. Notes and sessions are keyed by UUID like events
//! (a session's attendees are the union of both sides); of two assignments of a learner the
//! one with the greatest `(created_at, uuid)` wins. So importing the same file twice changes
//! nothing, and importing A then B gives the same database as B then A.

use super::derive::{self, EVENT_COLUMNS, Event};
use super::mentor::{
    AssignmentRecord, Session, insert_attendee, insert_session, put_assignment_record,
};
use super::{Store, StoreError, now_ms};
use rusqlite::{TransactionBehavior, params};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;
use std::io::{BufRead, Write};

/// The format name in the first line.
pub const FORMAT: &str = "tuntun-progress";
/// The newest format version this build reads and the one it writes.
pub const VERSION: u32 = 2;

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Header {
    format: String,
    version: u32,
    created_at: i64,
    device: String,
}

/// A learner as carried in an export file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LearnerRecord {
    pub uuid: String,
    pub name: String,
    pub nip: Option<String>,
    pub unit: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

/// A mentor's note as carried in an export file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoteRecord {
    pub uuid: String,
    pub learner: String,
    pub mentor: String,
    pub created_at: i64,
    pub text: String,
}

/// A coaching session as carried in an export file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionRecord {
    pub uuid: String,
    /// `YYYY-MM-DD`.
    pub held_on: String,
    pub topic: String,
    pub plan: String,
    pub created_at: i64,
    pub attendees: Vec<String>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct End {
    learners: u64,
    events: u64,
    #[serde(default)]
    notes: u64,
    #[serde(default)]
    sessions: u64,
    #[serde(default)]
    assignments: u64,
    sha256: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
enum Line {
    Learner(LearnerRecord),
    Event(Event),
    Note(NoteRecord),
    Coaching(SessionRecord),
    Assignment(AssignmentRecord),
    End(End),
}

/// Which learners to export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    All,
    Learner(String),
}

/// Why a file cannot be imported; each is one sentence for the person at the laptop.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the file cannot be read: {0}")]
    Read(#[from] std::io::Error),
    #[error("this is not a Tuntun progress file")]
    Foreign,
    #[error(
        "this file was made by a newer Tuntun (format {0}); update Tuntun on this laptop first"
    )]
    FutureVersion(u32),
    #[error("this file is incomplete (it was cut off, perhaps while copying); copy it again")]
    Truncated,
    #[error("this file was changed after it was made (line {0} does not match); copy it again")]
    Tampered(usize),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What an import changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub learners_in_file: u64,
    pub events_in_file: u64,
    pub learners_added: u64,
    pub learners_updated: u64,
    pub events_added: u64,
    pub notes_added: u64,
    /// New sessions, and sessions known here that gained an attendee.
    pub sessions_changed: u64,
    pub assignments_changed: u64,
}

/// The result of reading an export file end to end without touching any database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Checked {
    pub learners: u64,
    pub events: u64,
    pub notes: u64,
    pub sessions: u64,
    pub assignments: u64,
}

/// Reads the whole file, checking its header, every line, the counts and the checksum;
/// calls `each` for every learner and event line in order. Any problem stops the reading.
fn read(
    input: &mut impl BufRead,
    mut each: impl FnMut(Line) -> Result<(), ImportError>,
) -> Result<Checked, ImportError> {
    let mut hasher = Sha256::new();
    let mut buf = Vec::new();
    let mut number = 0usize;
    let mut counts = Checked {
        learners: 0,
        events: 0,
        notes: 0,
        sessions: 0,
        assignments: 0,
    };
    loop {
        buf.clear();
        let n = input.read_until(b'\n', &mut buf)?;
        number += 1;
        if n == 0 {
            return Err(if number == 1 {
                ImportError::Foreign
            } else {
                ImportError::Truncated
            });
        }
        if buf.last() != Some(&b'\n') {
            // The last line of a complete file ends with a newline.
            return Err(if number == 1 {
                ImportError::Foreign
            } else {
                ImportError::Truncated
            });
        }
        if number == 1 {
            let header: Header = serde_json::from_slice(&buf).map_err(|_| ImportError::Foreign)?;
            if header.format != FORMAT {
                return Err(ImportError::Foreign);
            }
            if header.version > VERSION {
                return Err(ImportError::FutureVersion(header.version));
            }
            hasher.update(&buf);
            continue;
        }
        let line: Line = serde_json::from_slice(&buf).map_err(|_| ImportError::Tampered(number))?;
        match line {
            Line::End(end) => {
                let digest = hex(&hasher.finalize_reset());
                if end.sha256 != digest
                    || end.learners != counts.learners
                    || end.events != counts.events
                    || end.notes != counts.notes
                    || end.sessions != counts.sessions
                    || end.assignments != counts.assignments
                {
                    return Err(ImportError::Tampered(number));
                }
                buf.clear();
                if input.read_until(b'\n', &mut buf)? != 0 {
                    return Err(ImportError::Tampered(number + 1));
                }
                return Ok(counts);
            }
            Line::Learner(_) => counts.learners += 1,
            Line::Event(_) => counts.events += 1,
            Line::Note(_) => counts.notes += 1,
            Line::Coaching(_) => counts.sessions += 1,
            Line::Assignment(_) => counts.assignments += 1,
        }
        hasher.update(&buf);
        each(line)?;
    }
}

/// Checks a file completely without touching any database.
pub fn check(input: &mut impl BufRead) -> Result<Checked, ImportError> {
    read(input, |_| Ok(()))
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

/// Writes one line and feeds it to the checksum.
fn put(out: &mut impl Write, hasher: &mut Sha256, value: &impl Serialize) -> std::io::Result<()> {
    let mut line = serde_json::to_vec(value).map_err(std::io::Error::other)?;
    line.push(b'\n');
    hasher.update(&line);
    out.write_all(&line)
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
        let mut hasher = Sha256::new();
        put(
            out,
            &mut hasher,
            &Header {
                format: FORMAT.to_owned(),
                version: VERSION,
                created_at: now_ms(),
                device: self.device.clone(),
            },
        )?;
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
            put(out, &mut hasher, &Line::Learner(row?))?;
            learners += 1;
        }
        let mut events = 0u64;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {EVENT_COLUMNS} FROM events WHERE ?1 IS NULL OR learner = ?1
             ORDER BY learner, at, device, seq"
        ))?;
        let rows = stmt.query_map([filter], Event::from_row)?;
        for row in rows {
            put(out, &mut hasher, &Line::Event(row?))?;
            events += 1;
        }
        let (notes, sessions, assignments) = self.export_mentor_work(filter, out, &mut hasher)?;
        let end = Line::End(End {
            learners,
            events,
            notes,
            sessions,
            assignments,
            sha256: hex(&hasher.finalize()),
        });
        let mut line = serde_json::to_vec(&end).map_err(std::io::Error::other)?;
        line.push(b'\n');
        out.write_all(&line)?;
        out.flush()?;
        Ok((learners, events))
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
        let rows = stmt.query_map([filter], super::mentor::assignment_from_row)?;
        for row in rows {
            put(out, hasher, &Line::Assignment(row?))?;
            assignments += 1;
        }
        Ok((notes, sessions, assignments))
    }

    /// Writes an export to `file`: first to `FILE.part`, synced, then renamed, so a
    /// half-written file never carries the real name.
    pub fn export_to_file(
        &self,
        selection: &Selection,
        file: &std::path::Path,
    ) -> Result<(u64, u64), ExportError> {
        let part = file.with_extension("part");
        let result = (|| {
            let f = std::fs::File::create(&part)?;
            let mut w = std::io::BufWriter::new(f);
            let counts = self.export(selection, &mut w)?;
            let f = w.into_inner().map_err(|e| e.into_error())?;
            f.sync_all()?;
            std::fs::rename(&part, file)?;
            Ok(counts)
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(&part);
        }
        result
    }

    /// Merges the export file at `path` (see [`Store::import`]).
    pub fn import_file(&mut self, path: &std::path::Path) -> Result<ImportSummary, ImportError> {
        self.import(|| {
            std::fs::File::open(path).map(|f| std::io::BufReader::with_capacity(1 << 20, f))
        })
    }

    /// Merges an export file. `open` is called twice: once to check the whole file (nothing
    /// is written if that fails), once to merge it in one transaction.
    pub fn import<R: BufRead>(
        &mut self,
        mut open: impl FnMut() -> std::io::Result<R>,
    ) -> Result<ImportSummary, ImportError> {
        let checked = check(&mut open()?)?;
        let mut summary = ImportSummary {
            learners_in_file: checked.learners,
            events_in_file: checked.events,
            ..ImportSummary::default()
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(StoreError::from)?;
        let mut touched = BTreeSet::new();
        let mut known = BTreeSet::new();
        let second = read(&mut open()?, |line| {
            match line {
                Line::Learner(l) => {
                    let existed = learner_exists(&tx, &l.uuid)?;
                    let changed = tx
                        .execute(
                            "INSERT INTO learners (uuid, name, nip, unit, created_at, updated_at)
                             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                             ON CONFLICT (uuid) DO UPDATE SET
                                name = excluded.name, nip = excluded.nip, unit = excluded.unit,
                                created_at = excluded.created_at, updated_at = excluded.updated_at
                             WHERE (excluded.updated_at, excluded.name, COALESCE(excluded.nip, ''),
                                    COALESCE(excluded.unit, ''), excluded.created_at)
                                 > (learners.updated_at, learners.name, COALESCE(learners.nip, ''),
                                    COALESCE(learners.unit, ''), learners.created_at)",
                            params![l.uuid, l.name, l.nip, l.unit, l.created_at, l.updated_at],
                        )
                        .map_err(StoreError::from)?;
                    if !existed {
                        summary.learners_added += 1;
                    } else if changed > 0 {
                        summary.learners_updated += 1;
                    }
                    known.insert(l.uuid);
                }
                Line::Event(e) => {
                    if !known.contains(&e.learner) && !learner_exists(&tx, &e.learner)? {
                        // Checksummed but inconsistent: refuse rather than guess.
                        return Err(ImportError::Foreign);
                    }
                    if e.insert(&tx)? {
                        summary.events_added += 1;
                        touched.insert(e.learner);
                    }
                }
                Line::Note(n) => {
                    if !known.contains(&n.learner) && !learner_exists(&tx, &n.learner)? {
                        return Err(ImportError::Foreign);
                    }
                    let added = tx
                        .execute(
                            "INSERT INTO notes (uuid, learner, mentor, created_at, text)
                             VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (uuid) DO NOTHING",
                            params![n.uuid, n.learner, n.mentor, n.created_at, n.text],
                        )
                        .map_err(StoreError::from)?;
                    summary.notes_added += u64::try_from(added).unwrap_or(0);
                }
                Line::Coaching(c) => {
                    let held_on = c.held_on.parse().map_err(|_| ImportError::Foreign)?;
                    let session = Session {
                        id: c.uuid,
                        held_on,
                        topic: c.topic,
                        plan: c.plan,
                        created_at: c.created_at,
                        attendees: Vec::new(),
                    };
                    let mut changed = insert_session(&tx, &session)?;
                    for a in &c.attendees {
                        if !known.contains(a) && !learner_exists(&tx, a)? {
                            return Err(ImportError::Foreign);
                        }
                        changed |= insert_attendee(&tx, &session.id, a)?;
                    }
                    summary.sessions_changed += u64::from(changed);
                }
                Line::Assignment(a) => {
                    if !known.contains(&a.learner) && !learner_exists(&tx, &a.learner)? {
                        return Err(ImportError::Foreign);
                    }
                    summary.assignments_changed += u64::from(put_assignment_record(&tx, &a)?);
                }
                Line::End(_) => {}
            }
            Ok(())
        });
        // On an error, dropping the transaction rolls it back: nothing was written.
        second?;
        derive::rebuild(&tx, touched.iter().map(String::as_str))?;
        if summary.learners_added
            + summary.learners_updated
            + summary.events_added
            + summary.notes_added
            + summary.sessions_changed
            + summary.assignments_changed
            == 0
        {
            // Nothing new: end without a commit, so the file on disk stays as it was.
            return Ok(summary);
        }
        tx.commit().map_err(StoreError::from)?;
        Ok(summary)
    }
}

fn learner_exists(tx: &rusqlite::Transaction<'_>, uuid: &str) -> Result<bool, StoreError> {
    use rusqlite::OptionalExtension;
    Ok(tx
        .query_row("SELECT 1 FROM learners WHERE uuid = ?1", [uuid], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Why an export could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("there is no learner with the id {0}")]
    NoSuchLearner(String),
    #[error("the file cannot be written: {0}")]
    Write(#[from] std::io::Error),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for ExportError {
    fn from(e: rusqlite::Error) -> Self {
        Self::Store(StoreError::from(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(lines: &[&str]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut hasher = Sha256::new();
        for l in lines {
            let line = format!("{l}\n");
            hasher.update(line.as_bytes());
            out.extend_from_slice(line.as_bytes());
        }
        let n_learners = lines
            .iter()
            .filter(|l| l.starts_with("{\"learner\""))
            .count();
        let n_events = lines.iter().filter(|l| l.starts_with("{\"event\"")).count();
        out.extend_from_slice(
            format!(
                "{{\"end\":{{\"learners\":{n_learners},\"events\":{n_events},\"sha256\":\"{}\"}}}}\n",
                hex(&hasher.finalize())
            )
            .as_bytes(),
        );
        out
    }

    const HEADER: &str = r#"{"format":"tuntun-progress","version":1,"created_at":1,"device":"d"}"#;
    const LEARNER: &str = r#"{"learner":{"uuid":"a","name":"Siti","nip":null,"unit":null,"created_at":1,"updated_at":1}}"#;

    #[test]
    fn a_well_formed_file_checks() {
        let f = file(&[HEADER, LEARNER]);
        let got = check(&mut &f[..]).expect("valid");
        assert_eq!(
            got,
            Checked {
                learners: 1,
                events: 0,
                notes: 0,
                sessions: 0,
                assignments: 0,
            }
        );
    }

    #[test]
    fn every_kind_of_bad_file_is_named() {
        let good = file(&[HEADER, LEARNER]);
        // Cut off anywhere before the end line's newline.
        for cut in [good.len() - 1, good.len() - 20, HEADER.len() + 1] {
            let err = check(&mut &good[..cut]).expect_err("cut");
            assert!(matches!(err, ImportError::Truncated), "{cut}: {err}");
        }
        // One changed letter.
        let tampered = String::from_utf8(good.clone())
            .expect("utf8")
            .replace("Siti", "Sita");
        assert!(matches!(
            check(&mut tampered.as_bytes()),
            Err(ImportError::Tampered(3))
        ));
        // Not ours at all.
        assert!(matches!(
            check(&mut &b"PK\x03\x04 zip"[..]),
            Err(ImportError::Foreign)
        ));
        assert!(matches!(check(&mut &b""[..]), Err(ImportError::Foreign)));
        // From the future.
        let future = file(&[&HEADER.replace("\"version\":1", "\"version\":3"), LEARNER]);
        assert!(matches!(
            check(&mut &future[..]),
            Err(ImportError::FutureVersion(3))
        ));
        // Something after the end line.
        let mut extra = good.clone();
        extra.extend_from_slice(b"{}\n");
        assert!(matches!(
            check(&mut &extra[..]),
            Err(ImportError::Tampered(4))
        ));
    }
}
