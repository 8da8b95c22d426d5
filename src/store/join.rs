//! Joining two learners ("Gabungkan"): the same person was added separately on two laptops
//! (the same NIP, two ids). The mentor joins them; every event, note, session and assignment
//! of both is kept, under one id.
//!
//! Which one stays does not depend on who clicks: the learner added first (the smaller
//! `(created_at, uuid)`), so two mentors joining the same pair on two laptops agree.
//!
//! The join travels as an event of the learner who stays (`learners_joined`, payload
//! `{"from": "<the other id>"}`), so exports and the sync folder carry it like any progress.
//! Wherever it arrives (now, or in any later import), the other learner's rows are moved to
//! the one who stays and the other learner is removed; an import that brings the other
//! learner back (a laptop that has not heard of the join yet) is folded in the same way. So
//! every laptop ends with one learner, whatever the order. The map `joined:<from>` in the
//! settings keeps this cheap to check; a learner still signed in under the old id writes
//! under the new one (see [`resolve`]).
//!
//! Not handled: the same learner joined into two *different* learners on two laptops (three
//! learners with one NIP, joined pairwise differently): the first join to arrive wins there.

use super::derive;
use super::event::{Body, Event, LearnersJoined};
use super::{Learner, Store, StoreError, now_ms};
use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};
use std::collections::BTreeSet;

const MAP: &str = "joined:";

/// Why two learners cannot be joined.
#[derive(Debug, thiserror::Error)]
pub enum JoinError {
    #[error("there is no learner with the id {0}")]
    NoSuchLearner(String),
    #[error("a learner cannot be joined with themself")]
    Same,
    #[error("only learners with the same NIP can be joined ({0} and {1} differ)")]
    NotSameNip(String, String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for JoinError {
    fn from(e: rusqlite::Error) -> Self {
        Self::Store(StoreError::from(e))
    }
}

impl Store {
    /// Learners who share a NIP, in groups of two or more (oldest first in each).
    pub fn same_nip(&self) -> Result<Vec<Vec<Learner>>, StoreError> {
        let mut all: Vec<Learner> = self
            .learners()?
            .into_iter()
            .filter(|l| l.nip.is_some())
            .collect();
        all.sort_by(|a, b| (&a.nip, a.created_at, &a.id).cmp(&(&b.nip, b.created_at, &b.id)));
        let mut groups: Vec<Vec<Learner>> = Vec::new();
        for l in all {
            match groups.last_mut() {
                Some(g) if g[0].nip == l.nip => g.push(l),
                _ => groups.push(vec![l]),
            }
        }
        groups.retain(|g| g.len() > 1);
        Ok(groups)
    }

    /// Joins two learners with the same NIP; returns the id that stays.
    pub fn join_learners(&self, a: &str, b: &str) -> Result<String, JoinError> {
        if a == b {
            return Err(JoinError::Same);
        }
        let la = self
            .learner(a)?
            .ok_or_else(|| JoinError::NoSuchLearner(a.to_owned()))?;
        let lb = self
            .learner(b)?
            .ok_or_else(|| JoinError::NoSuchLearner(b.to_owned()))?;
        if la.nip.is_none() || la.nip != lb.nip {
            return Err(JoinError::NotSameNip(
                la.nip.unwrap_or_default(),
                lb.nip.unwrap_or_default(),
            ));
        }
        let (keep, gone) = if (la.created_at, &la.id) <= (lb.created_at, &lb.id) {
            (la.id, lb.id)
        } else {
            (lb.id, la.id)
        };
        let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
        let seq: i64 = tx.query_row(
            "UPDATE device SET next_seq = next_seq + 1 WHERE id = 1 RETURNING next_seq - 1",
            [],
            |r| r.get(0),
        )?;
        let body = Body::LearnersJoined(LearnersJoined { from: gone.clone() });
        let event = Event {
            uuid: uuid::Uuid::now_v7().to_string(),
            device: self.device.clone(),
            seq,
            learner: keep.clone(),
            lesson: None,
            step: None,
            kind: body.kind().to_owned(),
            payload: body.payload().map_err(|e| {
                StoreError::from(rusqlite::Error::ToSqlConversionFailure(Box::new(e)))
            })?,
            at: now_ms(),
        };
        event.insert(&tx)?;
        noted(&tx, &event.learner, &body)?;
        let (touched, _) = apply(&tx, [gone.as_str()])?;
        derive::rebuild(&tx, touched.iter().map(String::as_str))?;
        tx.commit()?;
        Ok(keep)
    }

    /// The id a learner is kept under now (itself, unless joined into another).
    pub fn resolve(&self, learner: &str) -> Result<String, StoreError> {
        let mut id = learner.to_owned();
        for _ in 0..16 {
            let into: Option<String> = self
                .conn
                .query_row(
                    "SELECT value FROM settings WHERE key = ?1",
                    [format!("{MAP}{id}")],
                    |r| r.get(0),
                )
                .optional()?;
            match into {
                Some(next) if next != id => id = next,
                _ => break,
            }
        }
        Ok(id)
    }
}

/// Keeps a join event's `from → learner` in the map; the `from` id if it is a join.
pub(super) fn noted(
    tx: &Transaction<'_>,
    learner: &str,
    body: &Body,
) -> Result<Option<String>, StoreError> {
    let Body::LearnersJoined(LearnersJoined { from }) = body else {
        return Ok(None);
    };
    if from == learner {
        return Ok(None);
    }
    // Of two joins of one learner, the smaller target wins on every laptop.
    tx.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE excluded.value < settings.value",
        params![format!("{MAP}{from}"), learner],
    )?;
    Ok(Some(from.clone()))
}

fn target(tx: &Transaction<'_>, learner: &str) -> Result<Option<String>, StoreError> {
    let mut id = learner.to_owned();
    let mut moved = false;
    for _ in 0..16 {
        let into: Option<String> = tx
            .query_row(
                "SELECT value FROM settings WHERE key = ?1",
                [format!("{MAP}{id}")],
                |r| r.get(0),
            )
            .optional()?;
        match into {
            Some(next) if next != id && next != learner => {
                id = next;
                moved = true;
            }
            _ => break,
        }
    }
    Ok(moved.then_some(id))
}

/// Folds every learner of `candidates` that was joined into another into that one (which
/// must exist here). Returns (the learners who received rows, the learners removed).
pub(super) fn apply<'a>(
    tx: &Transaction<'_>,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Result<(BTreeSet<String>, BTreeSet<String>), StoreError> {
    let mut touched = BTreeSet::new();
    let mut removed = BTreeSet::new();
    for gone in candidates {
        let Some(keep) = target(tx, gone)? else {
            continue;
        };
        let both: i64 = tx.query_row(
            "SELECT COUNT(*) FROM learners WHERE uuid IN (?1, ?2)",
            params![gone, keep],
            |r| r.get(0),
        )?;
        if both != 2 {
            continue;
        }
        move_rows(tx, gone, &keep)?;
        touched.insert(keep);
        removed.insert(gone.to_owned());
    }
    Ok((touched, removed))
}

fn move_rows(tx: &Transaction<'_>, gone: &str, keep: &str) -> Result<(), StoreError> {
    for sql in [
        "UPDATE events SET learner = ?2 WHERE learner = ?1",
        "UPDATE notes SET learner = ?2 WHERE learner = ?1",
        "INSERT INTO coaching_attendees (session, learner)
             SELECT session, ?2 FROM coaching_attendees WHERE learner = ?1
             ON CONFLICT DO NOTHING",
        "DELETE FROM coaching_attendees WHERE learner = ?1",
        // Of the two assignments the newer stays, as when two laptops' assignments merge.
        "INSERT INTO assignments (learner, uuid, label, lessons, created_at)
             SELECT ?2, uuid, label, lessons, created_at FROM assignments WHERE learner = ?1
             ON CONFLICT (learner) DO UPDATE SET
                uuid = excluded.uuid, label = excluded.label, lessons = excluded.lessons,
                created_at = excluded.created_at
             WHERE (excluded.created_at, excluded.uuid) > (assignments.created_at, assignments.uuid)",
        "DELETE FROM assignments WHERE learner = ?1",
        // A PIN stays on its laptop; the one who stays keeps theirs, or takes the other's.
        "UPDATE learners SET pin_hash = (SELECT pin_hash FROM learners WHERE uuid = ?1)
             WHERE uuid = ?2 AND pin_hash IS NULL",
        "DELETE FROM lesson_state WHERE learner = ?1",
        "DELETE FROM step_stats WHERE learner = ?1",
        "DELETE FROM learners WHERE uuid = ?1",
    ] {
        if sql.contains("?2") {
            tx.execute(sql, params![gone, keep])?;
        } else {
            tx.execute(sql, [gone])?;
        }
    }
    tx.execute(
        "DELETE FROM pin_guard WHERE subject = ?1",
        [format!("learner:{gone}")],
    )?;
    Ok(())
}
