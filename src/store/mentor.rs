//! What the mentor ("pendamping") reads: the class at a glance, one learner's steps, the
//! hardest steps of the class, and the per-module report for BKPSDM (rows and CSV). In the
//! submodules, one job each: `detail` (a learner's sessions, steps, scores, standards, and a
//! module's certificate figures), `activity` (minutes and learners per day); and what the mentor writes: `notes`, `sessions`
//! (coaching sessions), `assign` (assignments), with `text` checking what was typed.
//!
//! This file only reads. The figures come from the derived tables (`lesson_state`,
//! `step_stats`, `learners.last_active`) where those hold them, and from the event log where
//! they do not (time spent, the mistakes' simulator events, time on a step). Which lessons
//! exist and which module they belong to comes from the [`Course`] the caller passes, so a
//! lesson that is no longer in the content is not counted in any module.
//!
//! Decisions, for the mentor who wonders where a number comes from:
//! - *Time spent this week* is the sum of the gaps between consecutive events of the learner
//!   in the last 7 days, each gap capped at [`GAP_CAP_MS`] (5 minutes): a learner who leaves
//!   the laptop open over lunch is not counted for an hour. So each new sitting counts 5
//!   minutes for the gap before its first event, which stands in for the reading before it
//!   that the log cannot see.
//! - *Perlu bantuan* ([`HelpReason`]): `Stuck` wins over `Idle`. Stuck is a step not yet done
//!   of an unfinished lesson with at least [`STUCK_MISTAKES_HINTS`] mistakes + hints. Idle is
//!   a learner with a started, unfinished lesson and no event at all for [`IDLE_DAYS`] days:
//!   a learner who skipped a lesson but practises every day elsewhere is not one to call.
//! - *Skill-check score*: the module's `<module>.uji-kemampuan`, scored by its latest finished
//!   attempt (see [`crate::store::skill_check`]); empty until the learner has finished one.
//!   The module's standards count as reached only once that score reaches the pass mark.

mod activity;
mod assign;
mod detail;
mod notes;
mod sessions;
mod text;

pub use activity::DayActivity;
pub use assign::{Assignment, AssignmentRecord};
pub(crate) use assign::{
    put_record as put_assignment_record, record_from_row as assignment_from_row,
};
pub use detail::{
    CheckResult, JP_MINUTES, LearnerDetail, ModuleFigures, SESSION_GAP_MS, StepDetail,
    TimelineItem, module_standards,
};
pub use notes::Note;
pub use sessions::{NewSession, Session};
pub(crate) use sessions::{insert_attendee, insert_session};
pub use text::{MAX_LINE_CHARS, MAX_TEXT_CHARS, TextError};
pub(crate) use text::{capped, one_line};

use super::event::{Body, kind};
use super::{Store, StoreError};
use crate::course::Course;
use crate::sim::{SimEvent, Value};
use rusqlite::{OptionalExtension, params};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Each gap between two events counts at most this much towards time spent.
pub const GAP_CAP_MS: i64 = 5 * 60 * 1000;
/// "This week": the last 7 days up to now.
pub const WEEK_MS: i64 = 7 * DAY_MS;
/// A not-done step with this many mistakes + hints flags the learner as stuck.
pub const STUCK_MISTAKES_HINTS: u32 = 3;
/// Days without any event, with a lesson left unfinished, that flag a learner as idle.
pub const IDLE_DAYS: i64 = 7;
/// A help request older than this is no longer "today's".
pub const CALL_FRESH_MS: i64 = 12 * 60 * 60 * 1000;

/// The setting that holds the office (kantor) printed on certificates.
pub const KANTOR_SETTING: &str = "kantor";

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// One module's progress of one learner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleProgress {
    pub module: String,
    pub done: usize,
    pub total: usize,
}

/// Why the mentor should go to a learner today ("perlu bantuan").
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpReason {
    /// The learner pressed "Panggil pendamping" in the last [`CALL_FRESH_MS`] (whether or not
    /// the step was done afterwards): shown first, it is the learner's own request.
    Called {
        lesson: String,
        step: usize,
        at: i64,
    },
    /// Many mistakes and hints on a step still not done.
    Stuck {
        lesson: String,
        step: usize,
        mistakes: u32,
        hints: u32,
    },
    /// A lesson left unfinished and no practice for `days` days.
    Idle { lesson: String, days: u32 },
}

/// One learner in the class overview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LearnerRow {
    pub id: String,
    pub name: String,
    pub nip: Option<String>,
    pub unit: Option<String>,
    /// In course order.
    pub modules: Vec<ModuleProgress>,
    pub last_active: Option<i64>,
    /// Milliseconds (see the module docs for how they are counted).
    pub week_ms: i64,
    pub needs_help: Option<HelpReason>,
}

/// One step of one learner, for the learner detail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepRow {
    pub lesson: String,
    pub step: usize,
    /// Events on the step (hints, mistakes, answers, completions).
    pub tries: u32,
    pub mistakes: u32,
    pub hints: u32,
    pub wrong_answers: u32,
    /// The first time the step was done.
    pub completed_at: Option<i64>,
    /// From the step's first event to its last, in milliseconds.
    pub time_ms: i64,
    /// The simulator events that were mistakes, as `name field=value…`, with how often,
    /// most frequent first.
    pub mistake_events: Vec<(String, u32)>,
}

/// A step the class finds hard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HardStep {
    pub lesson: String,
    pub step: usize,
    /// Learners with at least one mistake or hint on the step.
    pub learners: u32,
    pub mistakes: u32,
    pub hints: u32,
}

/// One row of the report: one learner, one module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportRow {
    pub name: String,
    pub nip: Option<String>,
    pub unit: Option<String>,
    pub module: String,
    pub done: usize,
    pub total: usize,
    /// Percent of the latest finished skill-check attempt; `None` when the module has no
    /// skill check or the learner has not finished it.
    pub score: Option<u32>,
    /// The latest attempt reached the pass mark: when it was finished.
    pub passed_at: Option<i64>,
    pub last_active: Option<i64>,
    /// The module's standards when the skill check is passed (else none), in course order.
    pub standards: Vec<String>,
}

/// A step being summed up: its row, the time of its first event, its mistakes' events.
type Tally = (StepRow, i64, HashMap<String, u32>);

struct LearnerBasics {
    id: String,
    name: String,
    nip: Option<String>,
    unit: Option<String>,
    last_active: Option<i64>,
}

impl Store {
    /// Every learner (of `unit` when given), by name, with what the class overview shows.
    pub fn class_overview(
        &self,
        course: &Course,
        unit: Option<&str>,
        now_ms: i64,
    ) -> Result<Vec<LearnerRow>, StoreError> {
        let learners = self.learner_basics(unit, "name COLLATE NOCASE, uuid")?;
        let mut week = self.conn.prepare_cached(
            "SELECT at FROM events WHERE learner = ?1 AND at >= ?2 AND at <= ?3 ORDER BY at",
        )?;
        let mut stuck = self.conn.prepare_cached(
            "SELECT s.lesson, s.step, s.mistakes, s.hints FROM step_stats s
             LEFT JOIN lesson_state l ON l.learner = s.learner AND l.lesson = s.lesson
             WHERE s.learner = ?1 AND s.completed_at IS NULL AND l.completed_at IS NULL
               AND s.mistakes + s.hints >= ?2
             ORDER BY s.mistakes + s.hints DESC, s.lesson, s.step LIMIT 1",
        )?;
        // A call counts even when the learner got past the step afterwards: they asked, so
        // the mentor should go and see how it went (the review saw "0 perlu bantuan" right
        // after a call).
        let mut called = self.conn.prepare_cached(
            "SELECT e.lesson, e.step, e.at FROM events e
             WHERE e.learner = ?1 AND e.kind = ?3 AND e.at >= ?2
             ORDER BY e.at DESC LIMIT 1",
        )?;
        let mut unfinished = self.conn.prepare_cached(
            "SELECT lesson FROM lesson_state WHERE learner = ?1 AND completed_at IS NULL
             ORDER BY updated_at DESC, lesson LIMIT 1",
        )?;
        let mut rows = Vec::with_capacity(learners.len());
        for l in learners {
            let done = self.completed_lessons(&l.id)?;
            let modules = module_progress(course, &done);
            let times = week
                .query_map(params![l.id, now_ms.saturating_sub(WEEK_MS), now_ms], |r| {
                    r.get(0)
                })?
                .collect::<Result<Vec<i64>, _>>()?;
            let call = called
                .query_row(
                    params![
                        l.id,
                        now_ms.saturating_sub(CALL_FRESH_MS),
                        kind::HELP_REQUESTED
                    ],
                    |r| {
                        Ok(HelpReason::Called {
                            lesson: r.get::<_, Option<String>>(0)?.unwrap_or_default(),
                            step: to_usize(r.get::<_, Option<i64>>(1)?.unwrap_or(0)),
                            at: r.get(2)?,
                        })
                    },
                )
                .optional()?;
            let needs_help = match call {
                Some(c) => Some(c),
                None => match stuck
                    .query_row(params![l.id, STUCK_MISTAKES_HINTS], |r| {
                        Ok(HelpReason::Stuck {
                            lesson: r.get(0)?,
                            step: to_usize(r.get(1)?),
                            mistakes: to_u32(r.get(2)?),
                            hints: to_u32(r.get(3)?),
                        })
                    })
                    .optional()?
                {
                    Some(s) => Some(s),
                    None => match l.last_active {
                        Some(last) if now_ms.saturating_sub(last) >= IDLE_DAYS * DAY_MS => {
                            unfinished
                                .query_row([&l.id], |r| r.get::<_, String>(0))
                                .optional()?
                                .map(|lesson| HelpReason::Idle {
                                    lesson,
                                    days: to_u32(now_ms.saturating_sub(last) / DAY_MS),
                                })
                        }
                        _ => None,
                    },
                },
            };
            rows.push(LearnerRow {
                id: l.id,
                name: l.name,
                nip: l.nip,
                unit: l.unit,
                modules,
                last_active: l.last_active,
                week_ms: time_spent(&times),
                needs_help,
            });
        }
        Ok(rows)
    }

    /// Every step the learner has touched, lesson by lesson in the order they were begun.
    pub fn learner_steps(&self, learner: &str) -> Result<Vec<StepRow>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT lesson, step, kind, payload, at FROM events
             WHERE learner = ?1 AND lesson IS NOT NULL AND step IS NOT NULL
             ORDER BY at, device, seq",
        )?;
        let mut rows = stmt.query(params![learner])?;
        let mut steps: BTreeMap<(String, usize), Tally> = BTreeMap::new();
        let mut lesson_first: HashMap<String, i64> = HashMap::new();
        while let Some(r) = rows.next()? {
            let lesson: String = r.get(0)?;
            let step = to_usize(r.get(1)?);
            let kind: String = r.get(2)?;
            let payload: String = r.get(3)?;
            let at: i64 = r.get(4)?;
            lesson_first.entry(lesson.clone()).or_insert(at);
            let (row, first, events) = steps.entry((lesson.clone(), step)).or_insert_with(|| {
                (
                    StepRow {
                        lesson,
                        step,
                        tries: 0,
                        mistakes: 0,
                        hints: 0,
                        wrong_answers: 0,
                        completed_at: None,
                        time_ms: 0,
                        mistake_events: Vec::new(),
                    },
                    at,
                    HashMap::new(),
                )
            });
            row.tries += 1;
            row.time_ms = at - *first;
            // A payload that does not parse (from a newer Tuntun, say) is logged and still
            // counts as a try.
            match Body::read(&kind, &payload) {
                Body::StepCompleted(_) => {
                    row.completed_at.get_or_insert(at);
                }
                Body::HintShown(_) => row.hints += 1,
                Body::Mistake(m) => {
                    row.mistakes += 1;
                    *events.entry(describe_sim_event(&m.event)).or_insert(0) += 1;
                }
                Body::QuizAnswered(q) if !q.correct => row.wrong_answers += 1,
                _ => {}
            }
        }
        let mut out: Vec<StepRow> = steps
            .into_values()
            .map(|(mut row, _, events)| {
                let mut events: Vec<_> = events.into_iter().collect();
                events.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
                row.mistake_events = events;
                row
            })
            .collect();
        out.sort_by(|a, b| {
            let fa = lesson_first.get(&a.lesson);
            let fb = lesson_first.get(&b.lesson);
            fa.cmp(&fb)
                .then_with(|| a.lesson.cmp(&b.lesson))
                .then_with(|| a.step.cmp(&b.step))
        });
        Ok(out)
    }

    /// The `limit` steps with the most mistakes + hints over all learners; ties go to the step
    /// that more learners found hard, then course id order.
    pub fn hardest_steps(&self, limit: usize) -> Result<Vec<HardStep>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT lesson, step, SUM(mistakes + hints > 0), SUM(mistakes), SUM(hints)
             FROM step_stats GROUP BY lesson, step HAVING SUM(mistakes + hints) > 0
             ORDER BY SUM(mistakes + hints) DESC, SUM(mistakes + hints > 0) DESC, lesson, step
             LIMIT ?1",
        )?;
        let rows = stmt.query_map([i64::try_from(limit).unwrap_or(i64::MAX)], |r| {
            Ok(HardStep {
                lesson: r.get(0)?,
                step: to_usize(r.get(1)?),
                learners: to_u32(r.get(2)?),
                mistakes: to_u32(r.get(3)?),
                hints: to_u32(r.get(4)?),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// One row per learner (of `unit` when given) per module, learners by unit then name.
    pub fn report_rows(
        &self,
        course: &Course,
        unit: Option<&str>,
    ) -> Result<Vec<ReportRow>, StoreError> {
        let learners =
            self.learner_basics(unit, "unit COLLATE NOCASE, name COLLATE NOCASE, uuid")?;
        let mut rows = Vec::with_capacity(learners.len() * course.modules.len());
        for l in learners {
            let done = self.completed_lessons(&l.id)?;
            for module in &course.modules {
                let count = module
                    .lessons
                    .iter()
                    .filter(|e| done.contains(e.id.as_str()))
                    .count();
                let check = self.skill_check(&l.id, module)?;
                let score = check.as_ref().and_then(|c| c.score());
                let passed_at = check.as_ref().and_then(|c| c.passed_at());
                let standards = if passed_at.is_some() {
                    module_standards(module)
                } else {
                    Vec::new()
                };
                rows.push(ReportRow {
                    name: l.name.clone(),
                    nip: l.nip.clone(),
                    unit: l.unit.clone(),
                    module: module.id.clone(),
                    done: count,
                    total: module.lessons.len(),
                    score,
                    passed_at,
                    last_active: l.last_active,
                    standards,
                });
            }
        }
        Ok(rows)
    }

    fn learner_basics(
        &self,
        unit: Option<&str>,
        order: &str,
    ) -> Result<Vec<LearnerBasics>, StoreError> {
        // `order` is one of this module's constant clauses, never input.
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT uuid, name, nip, unit, last_active FROM learners
             WHERE ?1 IS NULL OR unit = ?1 ORDER BY {order}"
        ))?;
        let rows = stmt.query_map([unit], |r| {
            Ok(LearnerBasics {
                id: r.get(0)?,
                name: r.get(1)?,
                nip: r.get::<_, Option<String>>(2)?.filter(|s| !s.is_empty()),
                unit: r.get::<_, Option<String>>(3)?.filter(|s| !s.is_empty()),
                last_active: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn completed_lessons(&self, learner: &str) -> Result<HashSet<String>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT lesson FROM lesson_state WHERE learner = ?1 AND completed_at IS NOT NULL",
        )?;
        let rows = stmt.query_map([learner], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

fn module_progress(course: &Course, done: &HashSet<String>) -> Vec<ModuleProgress> {
    course
        .modules
        .iter()
        .map(|m| ModuleProgress {
            module: m.id.clone(),
            done: m
                .lessons
                .iter()
                .filter(|e| done.contains(e.id.as_str()))
                .count(),
            total: m.lessons.len(),
        })
        .collect()
}

/// The sum of the gaps between consecutive times (sorted), each capped at [`GAP_CAP_MS`].
pub fn time_spent(sorted_times: &[i64]) -> i64 {
    sorted_times
        .windows(2)
        .map(|w| (w[1] - w[0]).clamp(0, GAP_CAP_MS))
        .sum()
}

/// `email.compose_started kind=reply_all`: the event's name and its fields in name order.
fn describe_sim_event(event: &SimEvent) -> String {
    let mut out = event.name.clone();
    for (k, v) in &event.fields {
        let v = match v {
            Value::Text(s) => s.clone(),
            Value::List(items) => items.join(","),
            Value::Bool(b) => b.to_string(),
            Value::Int(n) => n.to_string(),
        };
        out.push_str(&format!(" {k}={v}"));
    }
    out
}

fn to_usize(n: i64) -> usize {
    usize::try_from(n).unwrap_or(0)
}

fn to_u32(n: i64) -> u32 {
    u32::try_from(n).unwrap_or(if n < 0 { 0 } else { u32::MAX })
}

#[cfg(test)]
mod tests;
