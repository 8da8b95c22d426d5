//! "Ulangan singkat" in the event log: what the home screen offers and what the learner did.
//!
//! Reviews are events of the learner with no lesson (so the lesson tables, the mentor's step
//! figures and the skill check's attempts never see them), carried by export and import like
//! every event:
//! - `review_started` `{review, module, items: [{lesson, step}]}`
//! - `review_trouble` `{review, item, what}`: a mistake, hint, wrong answer or call for help
//! - `review_step_done` `{review, item}`
//! - `review_finished` `{review, module}`
//! - `review_postponed` `{module}`: "Nanti saja"
//!
//! Days are the laptop's calendar days. The schedule itself is `progress::review` (pure).

use super::event::{
    Body, ReviewFinished, ReviewPostponed, ReviewStarted, ReviewStepDone, ReviewTrouble, Trouble,
    kind,
};
use super::{Store, StoreError};
use crate::course::{Lesson, Module, Step, is_skill_check};
use crate::progress::Record;
use crate::progress::review::{self, Candidate, Item, Plan, ReviewEvent};
use jiff::civil::Date;
use rusqlite::{OptionalExtension, params};
use std::collections::{HashMap, HashSet};

/// The review due for a module today, ready to play.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueReview {
    pub module: String,
    pub stage: usize,
    /// The review to continue (its id and items), or `None`: start a new one.
    pub open: Option<review::Open>,
}

/// The day (in the laptop's time zone) of a time in milliseconds.
pub fn day_of(at_ms: i64) -> Date {
    jiff::Timestamp::from_millisecond(at_ms)
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
        .to_zoned(jiff::tz::TimeZone::system())
        .date()
}

impl Store {
    /// The learner's review events, in replay order.
    pub fn review_events(&self, learner: &str) -> Result<Vec<ReviewEvent>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT kind, payload, at FROM events
             WHERE learner = ?1 AND lesson IS NULL AND kind LIKE 'review\\_%' ESCAPE '\\'
             ORDER BY at, device, seq",
        )?;
        let rows = stmt.query_map([learner], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (kind, payload, at) = row?;
            // A malformed event from elsewhere is kept in the log, logged and ignored here.
            if let Some(e) = parse(&Body::read(&kind, &payload), day_of(at)) {
                out.push(e);
            }
        }
        Ok(out)
    }

    /// The day the module's last ordinary lesson was finished; `None` while one is not.
    pub fn lessons_done_on(
        &self,
        learner: &str,
        module: &Module,
    ) -> Result<Option<Date>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT completed_at FROM lesson_state WHERE learner = ?1 AND lesson = ?2",
        )?;
        let mut last = None;
        let mut any = false;
        for e in module.lessons.iter().filter(|e| !is_skill_check(&e.id)) {
            any = true;
            let at: Option<i64> = stmt
                .query_row(params![learner, e.id], |r| r.get(0))
                .optional()?
                .flatten();
            let Some(at) = at else {
                return Ok(None);
            };
            last = last.max(Some(at));
        }
        Ok(last.filter(|_| any).map(day_of))
    }

    /// The first module (in course order) with a review due `today`, if any.
    pub fn due_review(
        &self,
        learner: &str,
        modules: &[Module],
        today: Date,
    ) -> Result<Option<DueReview>, StoreError> {
        let events = self.review_events(learner)?;
        for m in modules {
            let history = review::history(&events, &m.id);
            let done = self.lessons_done_on(learner, m)?;
            if let Plan::Due { stage, open } = review::plan(done, &history, today) {
                let open = open.filter(|o| o.next_item().is_some());
                if open.is_some() || !self.candidates(learner, m)?.is_empty() {
                    return Ok(Some(DueReview {
                        module: m.id.clone(),
                        stage,
                        open,
                    }));
                }
            }
        }
        Ok(None)
    }

    /// The steps of the module's finished lessons that a review can replay: the graded steps
    /// whose starting point is known (the first step of a lesson, a quiz, or a practice step
    /// after a step the learner finished, whose saved practice tool it starts from).
    pub fn candidates(&self, learner: &str, module: &Module) -> Result<Vec<Candidate>, StoreError> {
        let mut trouble: HashMap<(String, usize), u32> = HashMap::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT lesson, step, hints + mistakes + wrong_answers FROM step_stats WHERE learner = ?1",
        )?;
        for row in stmt.query_map([learner], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })? {
            let (lesson, step, n) = row?;
            if let Ok(step) = usize::try_from(step) {
                trouble.insert((lesson, step), u32::try_from(n).unwrap_or(0));
            }
        }
        let done: HashSet<String> = {
            let mut stmt = self.conn.prepare_cached(
                "SELECT lesson FROM lesson_state WHERE learner = ?1 AND completed_at IS NOT NULL",
            )?;
            stmt.query_map([learner], |r| r.get(0))?
                .collect::<Result<_, _>>()?
        };
        let mut out = Vec::new();
        for e in module.lessons.iter().filter(|e| !is_skill_check(&e.id)) {
            let (Some(lesson), true) = (&e.lesson, done.contains(&e.id)) else {
                continue;
            };
            for (step, s) in lesson.steps.iter().enumerate() {
                let practice = match s {
                    Step::Read { .. } => continue,
                    Step::Quiz { .. } => false,
                    Step::Do { .. } => true,
                };
                if practice && step > 0 && self.start_of(learner, &lesson.id, step)?.is_none() {
                    continue;
                }
                out.push(Candidate {
                    item: Item {
                        lesson: lesson.id.clone(),
                        step,
                    },
                    practice,
                    trouble: trouble
                        .get(&(lesson.id.clone(), step))
                        .copied()
                        .unwrap_or(0),
                });
            }
        }
        Ok(out)
    }

    /// The practice tool as it was when `step` of `lesson` began for this learner: the
    /// state saved when the step before it was last finished (JSON).
    pub fn start_of(
        &self,
        learner: &str,
        lesson: &str,
        step: usize,
    ) -> Result<Option<String>, StoreError> {
        let Some(before) = step.checked_sub(1) else {
            return Ok(None);
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT payload FROM events WHERE learner = ?1 AND lesson = ?2 AND step = ?3
             AND kind = ?4 ORDER BY at DESC, device DESC, seq DESC LIMIT 1",
        )?;
        let payload: Option<String> = stmt
            .query_row(
                params![
                    learner,
                    lesson,
                    i64::try_from(before).unwrap_or(i64::MAX),
                    kind::STEP_COMPLETED
                ],
                |r| r.get(0),
            )
            .optional()?;
        Ok(
            match payload.map(|p| Body::read(kind::STEP_COMPLETED, &p)) {
                Some(Body::StepCompleted(done)) => done.snapshot,
                _ => None,
            },
        )
    }

    /// The steps of a new review of `module` at `stage`, from the learner's history.
    pub fn review_items(
        &self,
        learner: &str,
        module: &Module,
        stage: usize,
    ) -> Result<Vec<Item>, StoreError> {
        let history = review::history(&self.review_events(learner)?, &module.id);
        Ok(review::choose(
            &self.candidates(learner, module)?,
            &history,
            stage,
        ))
    }

    /// Begins a review of these steps; its id.
    pub fn start_review(
        &mut self,
        learner: &str,
        module: &str,
        items: &[Item],
    ) -> Result<String, StoreError> {
        let id = uuid::Uuid::now_v7().to_string();
        let body = Body::ReviewStarted(ReviewStarted {
            review: id.clone(),
            module: module.to_owned(),
            items: items.to_vec(),
        });
        self.write_events(learner, None, &[(None, body)])?;
        Ok(id)
    }

    /// Writes what the player recorded on item `item` of a review; `last`: it is the
    /// review's last item, so a finished step finishes the review.
    pub fn record_review(
        &mut self,
        learner: &str,
        module: &str,
        review: &str,
        item: usize,
        last: bool,
        records: &[Record],
    ) -> Result<(), StoreError> {
        let mut events = Vec::new();
        for r in records {
            let what = match r {
                Record::StepCompleted { .. } => {
                    events.push((
                        None,
                        Body::ReviewStepDone(ReviewStepDone {
                            review: review.to_owned(),
                            item,
                        }),
                    ));
                    if last {
                        events.push((
                            None,
                            Body::ReviewFinished(ReviewFinished {
                                review: review.to_owned(),
                                module: module.to_owned(),
                            }),
                        ));
                    }
                    continue;
                }
                Record::LessonCompleted => continue,
                Record::HintShown { .. } => Trouble::Hint,
                Record::Mistake { .. } => Trouble::Mistake,
                Record::QuizAnswered { correct: true, .. } => continue,
                Record::QuizAnswered { .. } => Trouble::WrongAnswer,
                Record::HelpRequested { .. } => Trouble::Help,
            };
            events.push((
                None,
                Body::ReviewTrouble(ReviewTrouble {
                    review: review.to_owned(),
                    item,
                    what,
                }),
            ));
        }
        self.write_events(learner, None, &events).map(|_| ())
    }

    /// "Nanti saja": the module's review is not offered again today.
    pub fn postpone_review(&mut self, learner: &str, module: &str) -> Result<(), StoreError> {
        let body = Body::ReviewPostponed(ReviewPostponed {
            module: module.to_owned(),
        });
        self.write_events(learner, None, &[(None, body)])
            .map(|_| ())
    }
}

/// One step of a lesson as a lesson of its own, to play in a review: the same words, goal
/// and practice tool, starting on the board the step had in its lesson.
pub fn item_lesson(lesson: &Lesson, step: usize) -> Option<Lesson> {
    let mut s = lesson.steps.get(step)?.clone();
    if let Step::Do { board, .. } = &mut s
        && board.is_none()
    {
        *board = lesson.steps[..step].iter().rev().find_map(|p| match p {
            Step::Do { board: Some(b), .. } => Some(*b),
            _ => None,
        });
    }
    Some(Lesson {
        steps: vec![s],
        practice: Default::default(),
        ..lesson.clone()
    })
}

/// The review event a body is, if it is one.
fn parse(body: &Body, day: Date) -> Option<ReviewEvent> {
    Some(match body {
        Body::ReviewStarted(p) => ReviewEvent::Started {
            id: p.review.clone(),
            module: p.module.clone(),
            items: p.items.clone(),
            day,
        },
        Body::ReviewTrouble(p) => ReviewEvent::Trouble {
            id: p.review.clone(),
            item: p.item,
        },
        Body::ReviewStepDone(p) => ReviewEvent::StepDone {
            id: p.review.clone(),
            item: p.item,
        },
        Body::ReviewFinished(p) => ReviewEvent::Finished {
            id: p.review.clone(),
            day,
        },
        Body::ReviewPostponed(p) => ReviewEvent::Postponed {
            module: p.module.clone(),
            day,
        },
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A review step keeps the board its lesson had switched to: the "Sampai di sini" step
    /// of Dasar 3 names no board itself but follows the scrolling step that does.
    #[test]
    fn a_step_played_alone_starts_on_the_board_its_lesson_had() {
        let course = crate::course::load(None).course;
        let lesson = course
            .lesson("dasar.seret-gulir")
            .and_then(|e| e.lesson.clone())
            .expect("lesson");
        let end = lesson
            .steps
            .iter()
            .position(|s| matches!(s, Step::Do { goal, .. } if goal.fields.get("target").is_some_and(|t| *t == "akhir-halaman".into())))
            .expect("the end step");
        assert!(matches!(lesson.steps[end], Step::Do { board: None, .. }));
        let one = item_lesson(&lesson, end).expect("a step");
        assert_eq!(one.steps.len(), 1);
        assert!(matches!(
            one.steps[0],
            Step::Do {
                board: Some(crate::sim::dasar::Board::Scroll),
                ..
            }
        ));
        assert_eq!(one.id, lesson.id);
        assert!(item_lesson(&lesson, lesson.steps.len()).is_none());
    }

    #[test]
    fn review_events_are_read_back_and_a_malformed_one_is_skipped() {
        let day = jiff::civil::date(2025, 6, 3);
        let parse = |kind: &str, payload: &str, day| parse(&Body::read(kind, payload), day);
        let started = parse(
            "review_started",
            r#"{"review":"r1","module":"email","items":[{"lesson":"email.balas","step":3}]}"#,
            day,
        );
        assert_eq!(
            started,
            Some(ReviewEvent::Started {
                id: "r1".into(),
                module: "email".into(),
                items: vec![Item {
                    lesson: "email.balas".into(),
                    step: 3
                }],
                day
            })
        );
        assert_eq!(parse("review_started", r#"{"review":"r1"}"#, day), None);
        assert_eq!(parse("review_trouble", "not json", day), None);
        assert_eq!(parse("review_from_the_future", "{}", day), None);
    }
}
