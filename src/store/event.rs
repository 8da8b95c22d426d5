//! One event of the log: the row as stored and exported ([`Event`]), and what it says
//! ([`Body`]: one arm per kind, with a typed payload).
//!
//! A row keeps its kind and payload as text, byte for byte, in the database and in every
//! export line (an export's signature covers those bytes). In the program an event is a
//! `Body`: the writer builds one and stores [`Body::kind`] and [`Body::payload`]; the
//! derived tables take the `Body` itself (no re-reading inside the same transaction); every
//! reader of old rows calls [`Event::body`] or [`Body::read`] once and matches on the arm.
//!
//! The kind names are written once, in [`kind`]. An event of a kind this version does not
//! know (a newer Tuntun) is [`Body::Unknown`]: kept in the log, counted nowhere. A payload
//! of a known kind that does not read is logged (`warn`) and treated the same way, never
//! filled with defaults.
//!
//! The payload text is built through `serde_json::Value`, whose objects are sorted by key
//! (serde_json without `preserve_order`), so it is the same text earlier versions wrote
//! with `json!` (the tests below hold that, kind by kind).

use super::StoreError;
use crate::progress::review::Item;
use crate::sim::{self, SimEvent};
use rusqlite::{Transaction, params};
use serde::{Deserialize, Deserializer, Serialize};
use std::collections::BTreeMap;

/// The event kinds, as stored in the `kind` column and in exports.
pub mod kind {
    /// A lesson was begun (or begun again) at its first step.
    pub const LESSON_STARTED: &str = "lesson_started";
    pub const STEP_COMPLETED: &str = "step_completed";
    pub const HINT_SHOWN: &str = "hint_shown";
    pub const MISTAKE: &str = "mistake";
    pub const QUIZ_ANSWERED: &str = "quiz_answered";
    /// "Panggil pendamping".
    pub const HELP_REQUESTED: &str = "help_requested";
    pub const LESSON_COMPLETED: &str = "lesson_completed";
    // Reviews ("Ulangan singkat"): events of no lesson; every name starts with `review_`
    // (the review reader selects them with `LIKE 'review\_%'`).
    pub const REVIEW_STARTED: &str = "review_started";
    pub const REVIEW_TROUBLE: &str = "review_trouble";
    pub const REVIEW_STEP_DONE: &str = "review_step_done";
    pub const REVIEW_FINISHED: &str = "review_finished";
    pub const REVIEW_POSTPONED: &str = "review_postponed";
    /// Two learners joined into one ("Gabungkan"), see `store::join`.
    pub const LEARNERS_JOINED: &str = "learners_joined";
}

/// One row of the event log, as stored and as carried in an export file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub uuid: String,
    pub device: String,
    pub seq: i64,
    pub learner: String,
    pub lesson: Option<String>,
    pub step: Option<i64>,
    pub kind: String,
    /// JSON object, as text.
    pub payload: String,
    pub at: i64,
}

pub(super) const EVENT_COLUMNS: &str =
    "uuid, device, seq, learner, lesson, step, kind, payload, at";

impl Event {
    pub(super) fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(Self {
            uuid: r.get(0)?,
            device: r.get(1)?,
            seq: r.get(2)?,
            learner: r.get(3)?,
            lesson: r.get(4)?,
            step: r.get(5)?,
            kind: r.get(6)?,
            payload: r.get(7)?,
            at: r.get(8)?,
        })
    }

    /// What the event says; an unreadable payload is logged and read as [`Body::Unknown`].
    pub fn body(&self) -> Body {
        Body::parse(&self.kind, &self.payload).unwrap_or_else(|err| {
            tracing::warn!(
                "event {}#{} ({}) has an unreadable payload; it is kept and changes nothing: {err}",
                self.device,
                self.seq,
                self.kind
            );
            Body::unknown(&self.kind, &self.payload)
        })
    }

    /// Inserts the event unless one with its UUID is already there; true when inserted.
    pub(super) fn insert(&self, tx: &Transaction<'_>) -> Result<bool, StoreError> {
        let n = tx
            .prepare_cached(
                "INSERT INTO events (uuid, device, seq, learner, lesson, step, kind, payload, at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (uuid) DO NOTHING",
            )?
            .execute(params![
                self.uuid,
                self.device,
                self.seq,
                self.learner,
                self.lesson,
                self.step,
                self.kind,
                self.payload,
                self.at
            ])?;
        Ok(n == 1)
    }
}

/// What an event says: its kind with its payload.
#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    LessonStarted(LessonStarted),
    StepCompleted(StepCompleted),
    HintShown(HintShown),
    Mistake(Mistake),
    QuizAnswered(QuizAnswered),
    /// Payload `{}`.
    HelpRequested,
    LessonCompleted(LessonCompleted),
    ReviewStarted(ReviewStarted),
    ReviewTrouble(ReviewTrouble),
    ReviewStepDone(ReviewStepDone),
    ReviewFinished(ReviewFinished),
    ReviewPostponed(ReviewPostponed),
    LearnersJoined(LearnersJoined),
    /// A kind this version does not know (from a newer Tuntun), or a payload that does not
    /// read: kept in the log as it came, counted nowhere.
    Unknown {
        kind: String,
        payload: String,
    },
}

/// `lesson_started`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonStarted {
    pub steps_total: usize,
}

/// `step_completed`. The first versions wrote `{}`, so both fields may be missing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepCompleted {
    /// The simulator's state after the step (JSON as text), to resume exactly there.
    pub snapshot: Option<String>,
    pub steps_total: Option<usize>,
}

/// `hint_shown`: the hint's number on its step (1 is the first).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HintShown {
    pub number: usize,
}

/// `mistake`: what the learner did instead, and the feedback's Fluent id (may be empty).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mistake {
    #[serde(deserialize_with = "sim_event")]
    pub event: SimEvent,
    pub feedback: String,
}

/// `quiz_answered`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizAnswered {
    pub option: usize,
    pub correct: bool,
}

/// `lesson_completed`. The first versions wrote `{}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonCompleted {
    pub steps_total: Option<usize>,
}

/// `review_started`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewStarted {
    pub review: String,
    pub module: String,
    pub items: Vec<Item>,
}

/// `review_trouble`: trouble on item `item` of a review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewTrouble {
    pub review: String,
    pub item: usize,
    pub what: Trouble,
}

/// What went wrong on a review item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Trouble {
    Hint,
    Mistake,
    WrongAnswer,
    Help,
    /// A word of a newer Tuntun: still trouble.
    #[serde(other)]
    Other,
}

/// `review_step_done`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewStepDone {
    pub review: String,
    pub item: usize,
}

/// `review_finished`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewFinished {
    pub review: String,
    pub module: String,
}

/// `review_postponed` ("Nanti saja").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewPostponed {
    pub module: String,
}

/// `learners_joined`: the learner `from` was joined into the event's learner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LearnersJoined {
    pub from: String,
}

/// A payload without fields: `{}` (a newer Tuntun may add some).
type Empty = serde_json::Map<String, serde_json::Value>;

impl Body {
    /// The event's kind, as stored.
    pub fn kind(&self) -> &str {
        match self {
            Body::LessonStarted(_) => kind::LESSON_STARTED,
            Body::StepCompleted(_) => kind::STEP_COMPLETED,
            Body::HintShown(_) => kind::HINT_SHOWN,
            Body::Mistake(_) => kind::MISTAKE,
            Body::QuizAnswered(_) => kind::QUIZ_ANSWERED,
            Body::HelpRequested => kind::HELP_REQUESTED,
            Body::LessonCompleted(_) => kind::LESSON_COMPLETED,
            Body::ReviewStarted(_) => kind::REVIEW_STARTED,
            Body::ReviewTrouble(_) => kind::REVIEW_TROUBLE,
            Body::ReviewStepDone(_) => kind::REVIEW_STEP_DONE,
            Body::ReviewFinished(_) => kind::REVIEW_FINISHED,
            Body::ReviewPostponed(_) => kind::REVIEW_POSTPONED,
            Body::LearnersJoined(_) => kind::LEARNERS_JOINED,
            Body::Unknown { kind, .. } => kind,
        }
    }

    /// The payload as stored: a JSON object with its keys in order.
    pub fn payload(&self) -> serde_json::Result<String> {
        fn json(v: &impl Serialize) -> serde_json::Result<String> {
            // Through `Value`: its objects are sorted by key, as `json!` wrote them.
            serde_json::to_value(v).map(|v| v.to_string())
        }
        match self {
            Body::LessonStarted(p) => json(p),
            Body::StepCompleted(p) => json(p),
            Body::HintShown(p) => json(p),
            Body::Mistake(p) => json(p),
            Body::QuizAnswered(p) => json(p),
            Body::HelpRequested => json(&Empty::new()),
            Body::LessonCompleted(p) => json(p),
            Body::ReviewStarted(p) => json(p),
            Body::ReviewTrouble(p) => json(p),
            Body::ReviewStepDone(p) => json(p),
            Body::ReviewFinished(p) => json(p),
            Body::ReviewPostponed(p) => json(p),
            Body::LearnersJoined(p) => json(p),
            Body::Unknown { payload, .. } => Ok(payload.clone()),
        }
    }

    /// Reads a stored kind and payload. An unknown kind is `Ok(Unknown)`; a known kind whose
    /// payload does not read is an error (see [`Body::read`] for the logged fallback).
    pub fn parse(kind: &str, payload: &str) -> serde_json::Result<Self> {
        fn p<T: for<'de> Deserialize<'de>>(payload: &str) -> serde_json::Result<T> {
            serde_json::from_str(payload)
        }
        Ok(match kind {
            kind::LESSON_STARTED => Body::LessonStarted(p(payload)?),
            kind::STEP_COMPLETED => Body::StepCompleted(p(payload)?),
            kind::HINT_SHOWN => Body::HintShown(p(payload)?),
            kind::MISTAKE => Body::Mistake(p(payload)?),
            kind::QUIZ_ANSWERED => Body::QuizAnswered(p(payload)?),
            kind::HELP_REQUESTED => p::<Empty>(payload).map(|_| Body::HelpRequested)?,
            kind::LESSON_COMPLETED => Body::LessonCompleted(p(payload)?),
            kind::REVIEW_STARTED => Body::ReviewStarted(p(payload)?),
            kind::REVIEW_TROUBLE => Body::ReviewTrouble(p(payload)?),
            kind::REVIEW_STEP_DONE => Body::ReviewStepDone(p(payload)?),
            kind::REVIEW_FINISHED => Body::ReviewFinished(p(payload)?),
            kind::REVIEW_POSTPONED => Body::ReviewPostponed(p(payload)?),
            kind::LEARNERS_JOINED => Body::LearnersJoined(p(payload)?),
            _ => Body::unknown(kind, payload),
        })
    }

    /// Like [`Body::parse`], for readers that hold only the kind and payload of a row: a
    /// payload that does not read is logged and read as [`Body::Unknown`].
    pub fn read(kind: &str, payload: &str) -> Self {
        Body::parse(kind, payload).unwrap_or_else(|err| {
            tracing::warn!(
                "a {kind} event has an unreadable payload; it is kept and changes nothing: {err}"
            );
            Body::unknown(kind, payload)
        })
    }

    fn unknown(kind: &str, payload: &str) -> Self {
        Body::Unknown {
            kind: kind.to_owned(),
            payload: payload.to_owned(),
        }
    }
}

/// A simulator event in a `mistake` payload; `fields` may be missing (none).
fn sim_event<'de, D: Deserializer<'de>>(d: D) -> Result<SimEvent, D::Error> {
    #[derive(Deserialize)]
    struct Stored {
        name: String,
        #[serde(default)]
        fields: BTreeMap<String, sim::Value>,
    }
    let s = Stored::deserialize(d)?;
    Ok(SimEvent {
        name: s.name,
        fields: s.fields,
    })
}

#[cfg(test)]
mod tests;
