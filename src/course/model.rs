//! The checked lesson model the rest of the app works with.

use crate::sim::{Value, dasar, dokumen, email, kinerja, presensi};
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
    /// The skill check's pass mark in percent (`pass_mark` in module.toml, 85 by default).
    pub pass_mark: u32,
    pub lessons: Vec<LessonEntry>,
}

/// The slug of every module's skill check: `<module>.uji-kemampuan`.
pub const SKILL_CHECK_SLUG: &str = "uji-kemampuan";

/// The pass mark of a module whose module.toml names none.
pub const DEFAULT_PASS_MARK: u32 = 85;

/// The Fluent id of a standard's name in words: `standard-<skill id>`.
pub fn standard_message(skill: &str) -> String {
    format!("standard-{skill}")
}

/// A standard's name in words, in the translator's language (the loader makes sure every
/// standard a lesson names has one; an unknown id is shown as it is rather than lost).
pub fn standard_name(tr: &crate::i18n::Translator, skill: &str) -> String {
    let id = standard_message(skill);
    if tr.has(&id) {
        tr.tr(&id)
    } else {
        skill.to_owned()
    }
}

/// Whether `lesson` is a skill check (its id is `<module>.uji-kemampuan`).
pub fn is_skill_check(lesson: &str) -> bool {
    lesson
        .split_once('.')
        .is_some_and(|(_, slug)| slug == SKILL_CHECK_SLUG)
}

impl Module {
    /// The module's skill check, `<module>.uji-kemampuan`, when it has one.
    pub fn skill_check(&self) -> Option<&LessonEntry> {
        self.lessons.iter().find(|e| {
            e.id.strip_prefix(self.id.as_str())
                .and_then(|rest| rest.strip_prefix('.'))
                == Some(SKILL_CHECK_SLUG)
        })
    }
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
    /// For a skill check: the lesson that teaches each graded step (by step index), offered
    /// again when the step was missed.
    pub practice: BTreeMap<usize, String>,
}

/// Where the lesson's practice tool starts.
#[derive(Debug, Clone, PartialEq)]
pub enum Scenario {
    /// A lesson of only reading and quiz steps.
    None,
    Dasar(dasar::Scenario),
    Email(email::Scenario),
    /// Boxed: the biggest scenario by far.
    Presensi(Box<presensi::Scenario>),
    Dokumen(Box<dokumen::Scenario>),
    Kinerja(Box<kinerja::Scenario>),
    Srikandi(Box<crate::sim::srikandi::Scenario>),
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
        /// Where the orange frame goes once the learner has pressed `highlight` and it is no
        /// longer on screen: one control per screen, in the order the step reaches them
        /// (`highlight = ["back", "check-in", "map-next"]` in the lesson file). The frame is
        /// on the last control of the whole path that is on screen.
        highlight_next: Vec<String>,
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
