//! Where "Lanjutkan" takes a learner, and how far each module is.

use crate::course::Course;
use std::collections::HashMap;

/// Where a learner is in one lesson.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonState {
    pub lesson: String,
    /// The first step not yet done (equals `steps_total` when every step is done).
    pub next_step: usize,
    pub steps_total: usize,
    pub updated_at: i64,
    pub completed: bool,
    /// The simulator's state after the last done step (JSON).
    pub snapshot: Option<String>,
}

/// The lesson to continue: the most recently used unfinished lesson, else the first
/// playable lesson not yet done (in course order). `None` when everything is done.
pub fn next_lesson(course: &Course, states: &HashMap<String, LessonState>) -> Option<String> {
    let playable = |id: &str| course.lesson(id).is_some_and(|e| e.lesson.is_some());
    let in_progress = states
        .values()
        .filter(|s| !s.completed && playable(&s.lesson))
        .max_by_key(|s| s.updated_at);
    if let Some(s) = in_progress {
        return Some(s.lesson.clone());
    }
    course
        .entries()
        .filter(|e| e.lesson.is_some())
        .find(|e| !states.get(&e.id).is_some_and(|s| s.completed))
        .map(|e| e.id.clone())
}

/// Lessons done and lessons playable in one module.
pub fn module_progress(
    course: &Course,
    module: &str,
    states: &HashMap<String, LessonState>,
) -> (usize, usize) {
    let Some(m) = course.modules.iter().find(|m| m.id == module) else {
        return (0, 0);
    };
    let playable: Vec<_> = m.lessons.iter().filter(|e| e.lesson.is_some()).collect();
    let done = playable
        .iter()
        .filter(|e| states.get(&e.id).is_some_and(|s| s.completed))
        .count();
    (done, playable.len())
}
