//! Importing a checked export file into the database in one transaction (see the merge rules
//! in the module above).

use super::read::read;
use super::{
    ImportError, ImportSummary, LearnerRecord, Line, NewLaptop, NoteRecord, SessionRecord,
    open_file, sign,
};
use crate::store::event::{Event, kind};
use crate::store::mentor::{
    AssignmentRecord, Session, insert_attendee, insert_session, put_assignment_record,
};
use crate::store::{Store, StoreError, derive, join, now_ms};
use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};
use std::collections::BTreeSet;
use std::io::BufRead;

impl Store {
    /// Merges the export file at `path` (see [`Store::import`]).
    pub fn import_file(&mut self, path: &std::path::Path) -> Result<ImportSummary, ImportError> {
        // The first opening checks what the file is; the second reads the same file again.
        open_file(path)?;
        self.import(|| {
            open_file(path).map_err(|e| match e {
                ImportError::Read(e) => e,
                other => std::io::Error::other(other.to_string()),
            })
        })
    }

    /// Merges an export file. `open` is called twice: once to check the whole file (nothing
    /// is written if that fails), once to merge it in one transaction.
    pub fn import<R: BufRead>(
        &mut self,
        mut open: impl FnMut() -> std::io::Result<R>,
    ) -> Result<ImportSummary, ImportError> {
        let now = now_ms();
        let checked = read(&mut open()?, now, |_| Ok(()))?;
        let signer = checked.signer;
        let new_laptop = Self::known_signer(&self.conn, &self.device, &signer)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(StoreError::from)?;
        let mut merge = Merge {
            tx: &tx,
            summary: ImportSummary {
                learners_in_file: checked.learners,
                events_in_file: checked.events,
                ..ImportSummary::default()
            },
            touched: BTreeSet::new(),
            known: BTreeSet::new(),
            joins: BTreeSet::new(),
            added: BTreeSet::new(),
        };
        // On an error, dropping the transaction rolls it back: nothing was written.
        let second = read(&mut open()?, now, |line| merge.line(line))?;
        if second.signer != signer {
            // The file changed between the two readings.
            return Err(ImportError::Tampered(1));
        }
        let Merge {
            mut summary,
            mut touched,
            joins,
            added,
            ..
        } = merge;
        let (joined, removed) = join::apply(&tx, joins.iter().map(String::as_str))?;
        for r in &removed {
            touched.remove(r);
            if added.contains(r) {
                // Back only to be folded into the learner they were joined with.
                summary.learners_added -= 1;
            }
        }
        touched.extend(joined);
        derive::rebuild(&tx, touched.iter().map(String::as_str))?;
        if new_laptop {
            sign::remember(&tx, &signer)?;
            summary.new_laptop = Some(NewLaptop {
                fingerprint: signer.fingerprint(),
                name: signer.name.clone(),
            });
        }
        if !new_laptop
            && summary.learners_added
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

/// The second reading of an import: each line merged inside the one transaction.
struct Merge<'a> {
    tx: &'a Transaction<'a>,
    summary: ImportSummary,
    /// Learners whose derived tables must be replayed.
    touched: BTreeSet<String>,
    /// Learners the file carries (read so far).
    known: BTreeSet<String>,
    /// Learners new here and joins new here: either may fold one learner into another.
    joins: BTreeSet<String>,
    added: BTreeSet<String>,
}

impl Merge<'_> {
    fn line(&mut self, line: Line) -> Result<(), ImportError> {
        match line {
            Line::Learner(l) => self.learner(l)?,
            Line::Event(e) => self.event(e)?,
            Line::Note(n) => self.note(&n)?,
            Line::Coaching(c) => self.coaching(c)?,
            Line::Assignment(a) => self.assignment(&a)?,
            Line::End(_) => {}
        }
        Ok(())
    }

    /// The learner is in the file or already here.
    fn known(&self, learner: &str) -> Result<bool, StoreError> {
        Ok(self.known.contains(learner) || learner_exists(self.tx, learner)?)
    }

    fn learner(&mut self, l: LearnerRecord) -> Result<(), ImportError> {
        let existed = learner_exists(self.tx, &l.uuid)?;
        let changed = self
            .tx
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
            self.summary.learners_added += 1;
            self.joins.insert(l.uuid.clone());
            self.added.insert(l.uuid.clone());
        } else if changed > 0 {
            self.summary.learners_updated += 1;
        }
        self.known.insert(l.uuid);
        Ok(())
    }

    fn event(&mut self, e: Event) -> Result<(), ImportError> {
        if !self.known(&e.learner)? {
            // Checksummed but inconsistent: refuse rather than guess.
            return Err(ImportError::Inconsistent(0));
        }
        if e.insert(self.tx)? {
            self.summary.events_added += 1;
            // Only a join is read here; `rebuild` reads the rest once, at the end.
            if e.kind == kind::LEARNERS_JOINED
                && let Some(from) = join::noted(self.tx, &e.learner, &e.body())?
            {
                self.joins.insert(from);
            }
            self.touched.insert(e.learner);
        }
        Ok(())
    }

    fn note(&mut self, n: &NoteRecord) -> Result<(), ImportError> {
        if !self.known(&n.learner)? {
            return Err(ImportError::Foreign);
        }
        let added = self
            .tx
            .execute(
                "INSERT INTO notes (uuid, learner, mentor, created_at, text)
                 VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (uuid) DO NOTHING",
                params![n.uuid, n.learner, n.mentor, n.created_at, n.text],
            )
            .map_err(StoreError::from)?;
        self.summary.notes_added += u64::try_from(added).unwrap_or(0);
        Ok(())
    }

    fn coaching(&mut self, c: SessionRecord) -> Result<(), ImportError> {
        let held_on = c.held_on.parse().map_err(|_| ImportError::Foreign)?;
        let session = Session {
            id: c.uuid,
            held_on,
            topic: c.topic,
            plan: c.plan,
            created_at: c.created_at,
            attendees: Vec::new(),
        };
        let mut changed = insert_session(self.tx, &session)?;
        for a in &c.attendees {
            if !self.known(a)? {
                return Err(ImportError::Foreign);
            }
            changed |= insert_attendee(self.tx, &session.id, a)?;
        }
        self.summary.sessions_changed += u64::from(changed);
        Ok(())
    }

    fn assignment(&mut self, a: &AssignmentRecord) -> Result<(), ImportError> {
        if !self.known(&a.learner)? {
            return Err(ImportError::Foreign);
        }
        self.summary.assignments_changed += u64::from(put_assignment_record(self.tx, a)?);
        Ok(())
    }
}

fn learner_exists(tx: &Transaction<'_>, uuid: &str) -> Result<bool, StoreError> {
    Ok(tx
        .query_row("SELECT 1 FROM learners WHERE uuid = ?1", [uuid], |_| Ok(()))
        .optional()?
        .is_some())
}
