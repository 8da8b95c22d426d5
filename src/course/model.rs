//! The checked lesson model the rest of the app works with.

use crate::sim::{Value, dasar, dokumen, email};
use std::collections::BTreeMap;
use std::sync::Arc;

/// A module ("Dasar", "Email dinas"…) with its lessons in order.
#[derive(Debug, Clone)]
pub struct Module {
    pub id: String,
    pub order: u32,
    /// Fluent ids.
    pub title: String,
    pub summary: String,
    pub lessons: Vec<LessonEntry>,
}

/// A lesson as listed: playable when `lesson` is `Some`, unavailable when its file has problems.
#[derive(Debug, Clone)]
pub struct LessonEntry {
    pub id: String,
    pub module: String,
    pub file: String,
    pub lesson: Option<Arc<Lesson>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Lesson {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub minutes: u32,
    pub skills: Vec<String>,
    pub scenario: Scenario,
    pub steps: Vec<Step>,
}

/// Where the lesson's practice tool starts.
#[derive(Debug, Clone, PartialEq)]
pub enum Scenario {
    /// A lesson of only reading and quiz steps.
    None,
    Dasar(dasar::Scenario),
    Email(email::Scenario),
    Dokumen(Box<dokumen::Scenario>),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Read {
        text: String,
    },
    Quiz {
        text: String,
        options: Vec<QuizOption>,
    },
    Do {
        text: String,
        goal: Matcher,
        hints: Vec<String>,
        highlight: Option<String>,
        mistakes: Vec<Mistake>,
        success: Option<String>,
        board: Option<dasar::Board>,
    },
}

impl Step {
    pub fn text(&self) -> &str {
        match self {
            Step::Read { text } | Step::Quiz { text, .. } | Step::Do { text, .. } => text,
        }
    }

    pub fn kind(&self) -> &'static str {
        match self {
            Step::Read { .. } => "read",
            Step::Quiz { .. } => "quiz",
            Step::Do { .. } => "do",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct QuizOption {
    pub text: String,
    pub correct: bool,
    pub feedback: String,
}

/// A pattern over one simulator event: the event name and the field values it must have.
#[derive(Debug, Clone, PartialEq)]
pub struct Matcher {
    pub event: String,
    pub fields: BTreeMap<String, Value>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mistake {
    pub matcher: Matcher,
    pub feedback: String,
}
