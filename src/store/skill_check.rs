//! A module's skill check ("Uji Kemampuan"), read from the event log: every attempt with its
//! score, and whether the learner has passed.
//!
//! Decisions, for the mentor who wonders where a number comes from:
//! - An *attempt* runs from a `lesson_started` of the skill check to its `lesson_completed`.
//!   Leaving and coming back ("Lanjutkan") continues the same attempt; opening a finished
//!   check again starts a new one. Every attempt stays in the log; an attempt left unfinished
//!   has no score.
//! - The *score* of an attempt is the share of its graded steps (practice and quiz steps)
//!   done on the first try in that attempt: without a mistake, a wrong answer, a hint or a call
//!   to the mentor before the step was done. Rounded half up.
//! - The module's score is that of the **latest complete attempt**, so a retake can raise it
//!   (and a weaker retake lowers it: the score says what the learner shows now). The learner
//!   has *passed* when that score reaches the module's `pass_mark` (85 % unless the module
//!   says otherwise). Only then are the module's standards "dikuasai" and a certificate given.

use super::event::Body;
use super::{Store, StoreError};
use crate::course::{Lesson, Module, Step};
use rusqlite::params;
use std::collections::HashSet;
use std::sync::Arc;

/// One finished attempt at a skill check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt {
    pub started_at: i64,
    pub finished_at: i64,
    /// Graded steps done on the first try, and all graded steps.
    pub first_try: usize,
    pub graded: usize,
    /// Percent, rounded half up.
    pub score: u32,
    /// The graded steps (indexes) not done on the first try, in order.
    pub missed: Vec<usize>,
}

/// A learner's skill check of one module.
#[derive(Debug, Clone, PartialEq)]
pub struct SkillCheck {
    pub module: String,
    pub lesson: Arc<Lesson>,
    pub pass_mark: u32,
    /// Finished attempts, oldest first.
    pub attempts: Vec<Attempt>,
}

impl SkillCheck {
    /// The latest finished attempt: the one that counts.
    pub fn latest(&self) -> Option<&Attempt> {
        self.attempts.last()
    }

    /// The module's score: the latest finished attempt's.
    pub fn score(&self) -> Option<u32> {
        self.latest().map(|a| a.score)
    }

    pub fn passed(&self) -> bool {
        self.latest().is_some_and(|a| a.score >= self.pass_mark)
    }

    /// When the passing attempt was finished (`None` unless passed).
    pub fn passed_at(&self) -> Option<i64> {
        self.latest()
            .filter(|a| a.score >= self.pass_mark)
            .map(|a| a.finished_at)
    }

    /// The lessons to practise after the latest attempt: those that teach its missed steps,
    /// in the order of the steps, without repeats.
    pub fn to_practise(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for step in self.latest().map(|a| a.missed.as_slice()).unwrap_or(&[]) {
            if let Some(lesson) = self.lesson.practice.get(step)
                && !out.contains(lesson)
            {
                out.push(lesson.clone());
            }
        }
        out
    }
}

/// One event of the skill check, as scoring needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckEvent {
    pub body: Body,
    pub step: Option<usize>,
    pub at: i64,
}

/// The finished attempts in these events (in replay order) of a check whose graded steps
/// are `graded`.
pub fn attempts(events: &[CheckEvent], graded: &[usize]) -> Vec<Attempt> {
    let mut out = Vec::new();
    // (started at, steps done, steps with trouble before they were done)
    let mut current: Option<(i64, HashSet<usize>, HashSet<usize>)> = None;
    for e in events {
        if let Body::LessonStarted(_) = e.body {
            current = Some((e.at, HashSet::new(), HashSet::new()));
            continue;
        }
        // Events with no start before them (an old or partial log) open an attempt.
        let (started, done, trouble) =
            current.get_or_insert_with(|| (e.at, HashSet::new(), HashSet::new()));
        match (&e.body, e.step) {
            (Body::StepCompleted(_), Some(s)) => {
                done.insert(s);
            }
            (Body::Mistake(_) | Body::HintShown(_) | Body::HelpRequested, Some(s))
                if !done.contains(&s) =>
            {
                trouble.insert(s);
            }
            (Body::QuizAnswered(q), Some(s)) if !q.correct && !done.contains(&s) => {
                trouble.insert(s);
            }
            (Body::LessonCompleted(_), _) => {
                let missed: Vec<usize> = graded
                    .iter()
                    .copied()
                    .filter(|s| !done.contains(s) || trouble.contains(s))
                    .collect();
                let first_try = graded.len() - missed.len();
                out.push(Attempt {
                    started_at: *started,
                    finished_at: e.at,
                    first_try,
                    graded: graded.len(),
                    score: percent(first_try, graded.len()),
                    missed,
                });
                current = None;
            }
            _ => {}
        }
    }
    out
}

/// The graded steps of a lesson: its practice and quiz steps.
pub fn graded_steps(lesson: &Lesson) -> Vec<usize> {
    lesson
        .steps
        .iter()
        .enumerate()
        .filter(|(_, s)| !matches!(s, Step::Read { .. }))
        .map(|(i, _)| i)
        .collect()
}

/// `part / whole` in percent, rounded half up; 0 of nothing is 0.
fn percent(part: usize, whole: usize) -> u32 {
    if whole == 0 {
        return 0;
    }
    u32::try_from((part * 200 + whole) / (2 * whole)).unwrap_or(100)
}

impl Store {
    /// The learner's skill check of `module`; `None` when the module has none (or it cannot
    /// be played).
    pub fn skill_check(
        &self,
        learner: &str,
        module: &Module,
    ) -> Result<Option<SkillCheck>, StoreError> {
        let Some(lesson) = module.skill_check().and_then(|e| e.lesson.clone()) else {
            return Ok(None);
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT kind, step, payload, at FROM events WHERE learner = ?1 AND lesson = ?2
             ORDER BY at, device, seq",
        )?;
        let rows = stmt.query_map(params![learner, lesson.id], |r| {
            let kind: String = r.get(0)?;
            let payload: String = r.get(2)?;
            Ok(CheckEvent {
                body: Body::read(&kind, &payload),
                step: r
                    .get::<_, Option<i64>>(1)?
                    .and_then(|s| usize::try_from(s).ok()),
                at: r.get(3)?,
            })
        })?;
        let events = rows.collect::<Result<Vec<_>, _>>()?;
        let attempts = attempts(&events, &graded_steps(&lesson));
        Ok(Some(SkillCheck {
            module: module.id.clone(),
            lesson,
            pass_mark: module.pass_mark,
            attempts,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::event::QuizAnswered;

    /// An event of this kind with a payload as the Store writes it.
    fn ev(kind: &str, step: Option<usize>, at: i64) -> CheckEvent {
        let payload = match kind {
            "lesson_started" => r#"{"steps_total":5}"#,
            "mistake" => r#"{"event":{"fields":{},"name":"dasar.missed"},"feedback":""}"#,
            "hint_shown" => r#"{"number":1}"#,
            _ => "{}",
        };
        let body = Body::parse(kind, payload).unwrap();
        assert_eq!(body.kind(), kind);
        CheckEvent { body, step, at }
    }

    fn answer(step: usize, correct: bool, at: i64) -> CheckEvent {
        CheckEvent {
            body: Body::QuizAnswered(QuizAnswered { option: 0, correct }),
            ..ev("help_requested", Some(step), at)
        }
    }

    #[test]
    fn each_attempt_is_scored_on_its_own_first_tries() {
        let graded = [1, 2, 3, 4];
        let events = vec![
            ev("lesson_started", None, 1),
            ev("step_completed", Some(0), 2),
            ev("mistake", Some(1), 3),
            ev("step_completed", Some(1), 4),
            ev("hint_shown", Some(2), 5),
            ev("step_completed", Some(2), 6),
            answer(3, false, 7),
            answer(3, true, 8),
            ev("step_completed", Some(3), 8),
            ev("step_completed", Some(4), 9),
            ev("lesson_completed", None, 9),
            // The retake: everything right; a wrong answer after a step is done (the
            // learner went back to look) does not count against it.
            ev("lesson_started", None, 20),
            ev("step_completed", Some(0), 21),
            ev("step_completed", Some(1), 22),
            ev("step_completed", Some(2), 23),
            ev("step_completed", Some(3), 24),
            answer(3, false, 25),
            ev("step_completed", Some(4), 26),
            ev("lesson_completed", None, 26),
            // A third attempt left half-way: no score.
            ev("lesson_started", None, 40),
            ev("mistake", Some(1), 41),
        ];
        let a = attempts(&events, &graded);
        assert_eq!(a.len(), 2);
        assert_eq!((a[0].first_try, a[0].graded, a[0].score), (1, 4, 25));
        assert_eq!(a[0].missed, vec![1, 2, 3]);
        assert_eq!((a[0].started_at, a[0].finished_at), (1, 9));
        assert_eq!((a[1].score, a[1].missed.clone()), (100, vec![]));
    }

    #[test]
    fn a_call_for_the_mentor_counts_as_help_and_an_undone_step_as_missed() {
        let events = vec![
            ev("lesson_started", None, 1),
            ev("help_requested", Some(1), 2),
            ev("step_completed", Some(1), 3),
            ev("lesson_completed", None, 4),
        ];
        let a = attempts(&events, &[1, 2]);
        assert_eq!(a[0].missed, vec![1, 2]);
        assert_eq!(a[0].score, 0);
        assert_eq!(percent(17, 20), 85);
        assert_eq!(percent(2, 3), 67);
    }
}
