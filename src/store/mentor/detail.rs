//! One learner in detail: when they practised (sessions), what they finished, and per step
//! the tries, the mistakes by name, the hints and the time; skill-check scores and the
//! standards proven. Also the figures of a certificate for one finished module.
//!
//! Time: the events of a learner, in order, form *sessions*; a gap of more than
//! [`SESSION_GAP_MS`] (30 minutes) starts a new one. Learning time is the sum of the gaps
//! inside sessions; each gap counts for the event that ends it (its step, its lesson, its
//! day), so a step's time includes the reading before its first action. The time before a
//! session's first event cannot be seen and is not counted: the figures lean low, never high.

use super::{describe_sim_event, to_usize};
use crate::course::{Course, Module, Step};
use crate::store::event::{Body, kind};
use crate::store::{Learner, Store, StoreError};
use std::collections::{BTreeMap, HashMap, HashSet};

/// A gap between two events longer than this starts a new session.
pub const SESSION_GAP_MS: i64 = 30 * 60 * 1000;
/// One JP ("jam pelajaran") is 45 minutes of learning time.
pub const JP_MINUTES: u32 = 45;

/// One entry of a learner's timeline, oldest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimelineItem {
    /// A run of activity; `minutes` rounded down.
    Session { start: i64, end: i64, minutes: u32 },
    /// A lesson finished for the first time.
    Finished { lesson: String, at: i64 },
}

/// One step of one learner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepDetail {
    pub lesson: String,
    pub step: usize,
    /// Attempts: each mistake, each quiz answer, and each completion that was not a quiz
    /// answer (a correct answer and the completion it causes are one try).
    pub tries: u32,
    /// Oldest first, one per mistake: the feedback id the learner was shown (for a wrong quiz
    /// answer, the option's feedback), or the simulator event when there was none.
    pub mistakes: Vec<String>,
    pub hints: u32,
    /// Learning time on the step (see the module docs).
    pub time_ms: i64,
    pub done: bool,
}

/// Everything the mentor's learner page and the printed summary show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LearnerDetail {
    pub learner: Learner,
    pub timeline: Vec<TimelineItem>,
    /// In course order (lessons no longer in the content last, by id).
    pub steps: Vec<StepDetail>,
    /// Every module whose skill check the learner has finished at least once, in course order.
    pub skill_checks: Vec<CheckResult>,
    /// The standards of the modules whose skill check the learner has passed (see
    /// [`module_standards`]), in course order, without repeats.
    pub standards: Vec<String>,
    /// Learning time over all sessions, in minutes rounded down.
    pub minutes_total: u32,
}

/// A module's skill check as the mentor sees it: the latest finished attempt counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckResult {
    pub module: String,
    /// Percent, of the latest finished attempt.
    pub score: u32,
    pub pass_mark: u32,
    pub passed: bool,
    /// Finished attempts.
    pub attempts: usize,
}

/// What a certificate of one module states: given only after a passed skill check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleFigures {
    pub module: String,
    /// The score of the passing attempt (percent) and when it was finished.
    pub score: u32,
    pub passed_at: i64,
    /// Learning time in the module's lessons, in minutes rounded down.
    pub minutes: u32,
    /// `minutes / 45`, rounded down.
    pub jp: u32,
    /// The first and last event in the module's lessons.
    pub first: i64,
    pub last: i64,
    /// The `skills` of the module's lessons, in course order, without repeats.
    pub standards: Vec<String>,
}

/// The `skills` of every lesson of a module, in course order, without repeats: what a passed
/// skill check of the module shows the learner can do.
pub fn module_standards(module: &Module) -> Vec<String> {
    let mut standards: Vec<String> = Vec::new();
    for skill in module
        .lessons
        .iter()
        .flat_map(|e| e.lesson.iter().flat_map(|l| l.skills.iter()))
    {
        if !standards.contains(skill) {
            standards.push(skill.clone());
        }
    }
    standards
}

/// One event, as the detail needs it.
pub(super) struct Ev {
    pub lesson: Option<String>,
    pub step: Option<usize>,
    pub body: Body,
    pub at: i64,
}

impl Store {
    /// The learner's detail; `NoSuchLearner` when the id is unknown.
    pub fn learner_detail(
        &self,
        learner: &str,
        course: &Course,
    ) -> Result<LearnerDetail, StoreError> {
        let Some(who) = self.learner(learner)? else {
            return Err(StoreError::Invalid(crate::store::Invalid::NoSuchLearner(
                learner.to_owned(),
            )));
        };
        let events = self.events_of(learner)?;
        let mut timeline = sessions(&events);
        let mut finished = self.conn.prepare_cached(
            "SELECT lesson, completed_at FROM lesson_state
             WHERE learner = ?1 AND completed_at IS NOT NULL",
        )?;
        let rows = finished.query_map([learner], |r| {
            Ok(TimelineItem::Finished {
                lesson: r.get(0)?,
                at: r.get(1)?,
            })
        })?;
        for row in rows {
            timeline.push(row?);
        }
        timeline.sort_by_key(|item| match item {
            TimelineItem::Session { start, .. } => (*start, 0, String::new()),
            TimelineItem::Finished { lesson, at } => (*at, 1, lesson.clone()),
        });
        let minutes_total = to_minutes(
            timeline
                .iter()
                .map(|t| match t {
                    TimelineItem::Session { start, end, .. } => end - start,
                    TimelineItem::Finished { .. } => 0,
                })
                .sum(),
        );

        let mut skill_checks = Vec::new();
        let mut standards = Vec::new();
        for module in &course.modules {
            let Some(check) = self.skill_check(learner, module)? else {
                continue;
            };
            let Some(score) = check.score() else {
                continue;
            };
            skill_checks.push(CheckResult {
                module: module.id.clone(),
                score,
                pass_mark: check.pass_mark,
                passed: check.passed(),
                attempts: check.attempts.len(),
            });
            if check.passed() {
                for skill in module_standards(module) {
                    if !standards.contains(&skill) {
                        standards.push(skill);
                    }
                }
            }
        }
        Ok(LearnerDetail {
            learner: who,
            timeline,
            steps: step_details(&events, course),
            skill_checks,
            standards,
            minutes_total,
        })
    }

    /// The figures of a certificate for `module`; `None` until the learner has passed the
    /// module's skill check (a module without one has no certificate).
    /// `NoSuchModule` when the course has no such module.
    pub fn module_figures(
        &self,
        learner: &str,
        course: &Course,
        module: &str,
    ) -> Result<Option<ModuleFigures>, StoreError> {
        let Some(m) = course.modules.iter().find(|m| m.id == module) else {
            return Err(StoreError::Invalid(crate::store::Invalid::NoSuchModule(
                module.to_owned(),
            )));
        };
        self.require_learner(learner)?;
        let Some(check) = self.skill_check(learner, m)? else {
            return Ok(None);
        };
        let (Some(score), Some(passed_at)) = (check.score(), check.passed_at()) else {
            return Ok(None);
        };
        let ids: HashSet<&str> = m.lessons.iter().map(|e| e.id.as_str()).collect();
        let events = self.events_of(learner)?;
        let mut ms = 0;
        let (mut first, mut last) = (None, None);
        let mut prev: Option<i64> = None;
        for e in &events {
            let in_module = e.lesson.as_deref().is_some_and(|l| ids.contains(l));
            if in_module {
                if let Some(p) = prev
                    && e.at - p <= SESSION_GAP_MS
                {
                    ms += (e.at - p).max(0);
                }
                first.get_or_insert(e.at);
                last = Some(e.at);
            }
            prev = Some(e.at);
        }
        let minutes = to_minutes(ms);
        Ok(Some(ModuleFigures {
            module: m.id.clone(),
            score,
            passed_at,
            minutes,
            jp: minutes / JP_MINUTES,
            first: first.unwrap_or_default(),
            last: last.unwrap_or_default(),
            standards: module_standards(m),
        }))
    }

    /// Every event of the learner in replay order.
    pub(super) fn events_of(&self, learner: &str) -> Result<Vec<Ev>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT lesson, step, kind, payload, at FROM events WHERE learner = ?1
             ORDER BY at, device, seq",
        )?;
        let rows = stmt.query_map([learner], |r| {
            let kind: String = r.get(2)?;
            let payload: String = r.get(3)?;
            Ok(Ev {
                lesson: r.get(0)?,
                step: r.get::<_, Option<i64>>(1)?.map(to_usize),
                // A payload that does not parse (from a newer Tuntun) is logged and still
                // counts as an event.
                body: Body::read(&kind, &payload),
                at: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// The sessions of events in time order.
pub(super) fn sessions(events: &[Ev]) -> Vec<TimelineItem> {
    let mut out = Vec::new();
    let mut current: Option<(i64, i64)> = None;
    for e in events {
        current = match current {
            Some((start, end)) if e.at - end <= SESSION_GAP_MS => Some((start, e.at.max(end))),
            Some((start, end)) => {
                out.push(session(start, end));
                Some((e.at, e.at))
            }
            None => Some((e.at, e.at)),
        };
    }
    if let Some((start, end)) = current {
        out.push(session(start, end));
    }
    out
}

fn session(start: i64, end: i64) -> TimelineItem {
    TimelineItem::Session {
        start,
        end,
        minutes: to_minutes(end - start),
    }
}

pub(super) fn to_minutes(ms: i64) -> u32 {
    u32::try_from(ms.max(0) / 60_000).unwrap_or(u32::MAX)
}

fn step_details(events: &[Ev], course: &Course) -> Vec<StepDetail> {
    let mut steps: BTreeMap<(String, usize), StepDetail> = BTreeMap::new();
    // Steps whose latest event was a correct answer: the completion it causes is no new try.
    let mut answered: HashSet<(String, usize)> = HashSet::new();
    let mut prev: Option<i64> = None;
    for e in events {
        let gap = prev.map_or(0, |p| e.at - p);
        prev = Some(e.at);
        let (Some(lesson), Some(step)) = (e.lesson.as_ref(), e.step) else {
            continue;
        };
        let key = (lesson.clone(), step);
        let row = steps.entry(key.clone()).or_insert_with(|| StepDetail {
            lesson: lesson.clone(),
            step,
            tries: 0,
            mistakes: Vec::new(),
            hints: 0,
            time_ms: 0,
            done: false,
        });
        if gap <= SESSION_GAP_MS {
            row.time_ms += gap.max(0);
        }
        let just_answered = answered.remove(&key);
        match &e.body {
            Body::StepCompleted(_) => {
                row.done = true;
                if !just_answered {
                    row.tries += 1;
                }
            }
            Body::HintShown(_) => row.hints += 1,
            Body::Mistake(m) => {
                row.tries += 1;
                row.mistakes.push(if m.feedback.is_empty() {
                    describe_sim_event(&m.event)
                } else {
                    m.feedback.clone()
                });
            }
            Body::QuizAnswered(q) => {
                row.tries += 1;
                if q.correct {
                    answered.insert(key);
                } else {
                    row.mistakes
                        .push(quiz_feedback(course, lesson, step, q.option));
                }
            }
            _ => {}
        }
    }
    let order: HashMap<&str, usize> = course
        .entries()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    let mut out: Vec<StepDetail> = steps.into_values().collect();
    out.sort_by(|a, b| {
        let oa = order.get(a.lesson.as_str()).copied().unwrap_or(usize::MAX);
        let ob = order.get(b.lesson.as_str()).copied().unwrap_or(usize::MAX);
        oa.cmp(&ob)
            .then_with(|| a.lesson.cmp(&b.lesson))
            .then_with(|| a.step.cmp(&b.step))
    });
    out
}

/// The feedback id of a wrong quiz option, or `quiz_answered option=N` when the lesson or the
/// option is no longer in the content.
fn quiz_feedback(course: &Course, lesson: &str, step: usize, option: usize) -> String {
    let found = course
        .entries()
        .find(|e| e.id == lesson)
        .and_then(|e| e.lesson.as_ref())
        .and_then(|l| l.steps.get(step))
        .and_then(|s| match s {
            Step::Quiz { options, .. } => options.get(option).map(|o| o.feedback.clone()),
            _ => None,
        })
        .filter(|f| !f.is_empty());
    found.unwrap_or_else(|| format!("{} option={option}", kind::QUIZ_ANSWERED))
}
