//! Coaching sessions ("sesi pendampingan"): a meeting of the mentor with some learners, its
//! topic and the plan for next time.

use super::text::{MAX_LINE_CHARS, MAX_TEXT_CHARS, TextError, capped, one_line};
use crate::store::{Store, StoreError, now_ms};
use jiff::civil::Date;
use rusqlite::{Transaction, TransactionBehavior, params};

/// What the "new coaching session" form gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSession {
    pub held_on: Date,
    pub topic: String,
    pub plan: String,
    /// Learner ids; repeats are ignored.
    pub attendees: Vec<String>,
}

/// One coaching session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub id: String,
    pub held_on: Date,
    pub topic: String,
    pub plan: String,
    pub created_at: i64,
    /// Learner ids, by name.
    pub attendees: Vec<String>,
}

impl Store {
    /// Records a session and who attended, in one transaction. The topic is one line (capped
    /// at [`MAX_LINE_CHARS`](super::MAX_LINE_CHARS)); the plan may be empty.
    pub fn add_session(&self, new: &NewSession) -> Result<Session, StoreError> {
        let topic = one_line(&new.topic, MAX_LINE_CHARS);
        if topic.is_empty() {
            return Err(TextError::EmptyTopic.into());
        }
        let mut attendees: Vec<String> = Vec::new();
        for a in &new.attendees {
            if !attendees.contains(a) {
                attendees.push(a.clone());
            }
        }
        let session = Session {
            id: uuid::Uuid::now_v7().to_string(),
            held_on: new.held_on,
            topic,
            plan: capped(&new.plan, MAX_TEXT_CHARS),
            created_at: now_ms(),
            attendees,
        };
        let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
        insert_session(&tx, &session)?;
        for a in &session.attendees {
            let known: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM learners WHERE uuid = ?1)",
                [a],
                |r| r.get(0),
            )?;
            if !known {
                // Dropping the transaction rolls the session back.
                return Err(StoreError::Invalid(crate::store::Invalid::NoSuchLearner(
                    a.clone(),
                )));
            }
            insert_attendee(&tx, &session.id, a)?;
        }
        tx.commit()?;
        Ok(Session {
            attendees: self.attendees(&session.id)?,
            ..session
        })
    }

    /// Every session, the most recent first.
    pub fn sessions(&self) -> Result<Vec<Session>, StoreError> {
        self.sessions_where(None)
    }

    /// The sessions the learner attended, the most recent first.
    pub fn sessions_of(&self, learner: &str) -> Result<Vec<Session>, StoreError> {
        self.sessions_where(Some(learner))
    }

    fn sessions_where(&self, learner: Option<&str>) -> Result<Vec<Session>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT uuid, held_on, topic, plan, created_at FROM coaching_sessions s
             WHERE ?1 IS NULL
                OR EXISTS (SELECT 1 FROM coaching_attendees a WHERE a.session = s.uuid AND a.learner = ?1)
             ORDER BY held_on DESC, created_at DESC, uuid DESC",
        )?;
        let rows = stmt.query_map([learner], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, i64>(4)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, held_on, topic, plan, created_at) = row?;
            // A date this build cannot read (only possible from a hand-edited file) sorts as
            // the earliest day rather than hiding the session.
            let held_on = held_on.parse().unwrap_or(Date::MIN);
            out.push(Session {
                attendees: self.attendees(&id)?,
                id,
                held_on,
                topic,
                plan,
                created_at,
            });
        }
        Ok(out)
    }

    fn attendees(&self, session: &str) -> Result<Vec<String>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.learner FROM coaching_attendees a JOIN learners l ON l.uuid = a.learner
             WHERE a.session = ?1 ORDER BY l.name COLLATE NOCASE, l.uuid",
        )?;
        let rows = stmt.query_map([session], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// Inserts a session unless one with its id is there; true when inserted.
pub(crate) fn insert_session(tx: &Transaction<'_>, s: &Session) -> Result<bool, StoreError> {
    let n = tx.execute(
        "INSERT INTO coaching_sessions (uuid, held_on, topic, plan, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (uuid) DO NOTHING",
        params![s.id, s.held_on.to_string(), s.topic, s.plan, s.created_at],
    )?;
    Ok(n == 1)
}

/// Adds an attendee unless already there; true when added.
pub(crate) fn insert_attendee(
    tx: &Transaction<'_>,
    session: &str,
    learner: &str,
) -> Result<bool, StoreError> {
    let n = tx.execute(
        "INSERT INTO coaching_attendees (session, learner) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
        params![session, learner],
    )?;
    Ok(n == 1)
}
