//! The lesson player: which step is shown, hints, feedback, and what to record.

use crate::course::{Lesson, Scenario, Step};
use crate::sim::{SimAction, SimEvent, SimState, dasar, dokumen, email, kinerja, presensi};
use std::sync::Arc;

/// What the learner did in the lesson player.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    Next,
    Back,
    Hint,
    Answer(usize),
    Sim(SimAction),
    /// "Panggil pendamping": the learner asks the mentor to come.
    CallMentor,
    /// "Ulangi langkah ini": after a mistake, the practice tool goes back to how it was when
    /// the step began, so recovering never takes a long chain of actions.
    RestartStep,
}

/// After this many mistakes on one step the control is pointed at and "Panggil pendamping"
/// is offered.
pub const CALL_MENTOR_AFTER: usize = 3;

/// What must be stored, in order, before the learner sees the result.
#[derive(Debug, Clone, PartialEq)]
pub enum Record {
    StepCompleted {
        step: usize,
        /// The simulator's state after the step (JSON), to resume exactly there.
        snapshot: Option<String>,
    },
    HintShown {
        step: usize,
        number: usize,
    },
    Mistake {
        step: usize,
        event: SimEvent,
        feedback: String,
    },
    QuizAnswered {
        step: usize,
        option: usize,
        correct: bool,
    },
    /// The learner pressed "Panggil pendamping" (the mentor view lists these).
    HelpRequested {
        step: usize,
    },
    LessonCompleted,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedbackKind {
    /// The step is done.
    Success,
    /// Not yet right; the step stays open.
    TryAgain,
}

/// A friendly message under the step: its Fluent id and tone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback {
    pub kind: FeedbackKind,
    pub text: String,
}

/// A learner's way through one lesson.
#[derive(Debug, Clone)]
pub struct Player {
    pub lesson: Arc<Lesson>,
    /// The step shown.
    pub index: usize,
    /// Steps completed so far: every step before this one is done.
    pub furthest: usize,
    pub sim: SimState,
    /// Hints shown on the current step.
    pub hints_shown: usize,
    pub feedback: Option<Feedback>,
    /// The quiz option last chosen on this step.
    pub chosen: Option<usize>,
    /// Mistakes made on the current step.
    pub mistakes_here: usize,
    /// "Panggil pendamping" was pressed on the current step.
    pub help_called: bool,
    /// The learner went past the last step.
    pub finished: bool,
    /// The practice tool as it was when this step began (for [`Input::RestartStep`]).
    step_start: Option<SimState>,
}

/// Fluent id of the praise shown when a step without its own `success` is done.
pub const DEFAULT_SUCCESS: &str = "player-step-done";

impl Player {
    /// Starts a lesson at its first step.
    pub fn start(lesson: Arc<Lesson>) -> Self {
        Self::resume(lesson, 0, None)
    }

    /// Resumes a lesson at step `next` with the simulator state saved then, if any.
    pub fn resume(lesson: Arc<Lesson>, next: usize, snapshot: Option<&str>) -> Self {
        // A snapshot an older Tuntun wrote in another shape cannot be read: the step starts
        // from the lesson's own scenario instead, and the log says so.
        let sim = snapshot
            .and_then(|s| {
                serde_json::from_str(s)
                    .map_err(|e| {
                        tracing::warn!(
                            "the saved practice of {} step {next} cannot be read, starting it fresh: {e}",
                            lesson.id
                        );
                    })
                    .ok()
            })
            .unwrap_or_else(|| fresh_sim(&lesson.scenario));
        let last = lesson.steps.len().saturating_sub(1);
        let mut player = Self {
            index: next.min(last),
            furthest: next.min(lesson.steps.len()),
            lesson,
            sim,
            hints_shown: 0,
            feedback: None,
            chosen: None,
            mistakes_here: 0,
            help_called: false,
            finished: false,
            step_start: None,
        };
        player.enter_step();
        player
    }

    pub fn step(&self) -> Option<&Step> {
        self.lesson.steps.get(self.index)
    }

    pub fn total(&self) -> usize {
        self.lesson.steps.len()
    }

    /// The current step is done (now or earlier); "Lanjut" is allowed.
    pub fn is_done(&self) -> bool {
        self.index < self.furthest
    }

    pub fn is_last(&self) -> bool {
        self.index + 1 >= self.total()
    }

    /// The control to point at: after every hint has been shown, or after repeated mistakes.
    pub fn highlight(&self) -> Option<&str> {
        match self.step()? {
            Step::Do {
                hints, highlight, ..
            } if (self.hints_shown >= hints.len() || self.mistakes_here >= CALL_MENTOR_AFTER)
                && !self.is_done() =>
            {
                highlight.as_deref()
            }
            _ => None,
        }
    }

    /// Every control the step points at, in order (one per screen the step crosses), whether
    /// or not the frame is shown yet; the view puts the frame on the last of them it draws.
    pub fn pointer_path(&self) -> Vec<&str> {
        match self.step() {
            Some(Step::Do {
                highlight: Some(first),
                highlight_next,
                ..
            }) => std::iter::once(first.as_str())
                .chain(highlight_next.iter().map(String::as_str))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// "Panggil pendamping" is offered: repeated mistakes on a practice step not yet done.
    pub fn offers_mentor(&self) -> bool {
        matches!(self.step(), Some(Step::Do { .. }))
            && !self.is_done()
            && self.mistakes_here >= CALL_MENTOR_AFTER
    }

    /// The words of the box that offers the mentor: the orange box is promised only where
    /// the step has one to show (a skill check points at nothing).
    pub fn mentor_text(&self) -> &'static str {
        if self.highlight().is_some() {
            "lesson-call-mentor-text"
        } else {
            "lesson-call-mentor-text-no-box"
        }
    }

    /// "Ulangi langkah ini" is offered: a practice step not yet done, after a mistake.
    pub fn offers_restart(&self) -> bool {
        matches!(self.step(), Some(Step::Do { .. }))
            && !self.is_done()
            && self.step_start.is_some()
            && self
                .feedback
                .as_ref()
                .is_some_and(|f| f.kind == FeedbackKind::TryAgain)
    }

    /// The hints shown so far on this step (Fluent ids).
    pub fn hints(&self) -> &[String] {
        match self.step() {
            Some(Step::Do { hints, .. }) => &hints[..self.hints_shown.min(hints.len())],
            _ => &[],
        }
    }

    pub fn more_hints(&self) -> bool {
        matches!(self.step(), Some(Step::Do { hints, .. }) if self.hints_shown < hints.len() && !self.is_done())
    }

    /// Applies the learner's input; returns what must be recorded.
    pub fn update(&mut self, input: Input) -> Vec<Record> {
        let mut records = Vec::new();
        let Some(step) = self.step().cloned() else {
            return records;
        };
        match input {
            Input::Next => {
                if let Step::Read { .. } = step
                    && !self.is_done()
                {
                    self.complete(&mut records);
                }
                if self.is_done() {
                    if self.is_last() {
                        self.finished = true;
                    } else {
                        self.index += 1;
                        self.enter_step();
                    }
                }
            }
            Input::Back => {
                if self.index > 0 {
                    self.index -= 1;
                    self.enter_step();
                }
            }
            Input::CallMentor => {
                if self.offers_mentor() && !self.help_called {
                    self.help_called = true;
                    records.push(Record::HelpRequested { step: self.index });
                }
            }
            Input::RestartStep => {
                if self.offers_restart()
                    && let Some(start) = &self.step_start
                {
                    self.sim = start.clone();
                    self.feedback = None;
                }
            }
            Input::Hint => {
                if self.more_hints() {
                    self.hints_shown += 1;
                    records.push(Record::HintShown {
                        step: self.index,
                        number: self.hints_shown,
                    });
                }
            }
            Input::Answer(option) => self.answer(&step, option, &mut records),
            Input::Sim(action) => self.act(&step, action, &mut records),
        }
        records
    }

    /// A quiz answer: recorded, praised when right, a gentle word when not.
    fn answer(&mut self, step: &Step, option: usize, records: &mut Vec<Record>) {
        let Step::Quiz { options, .. } = step else {
            return;
        };
        let Some(chosen) = options.get(option) else {
            return;
        };
        if self.is_done()
            && self
                .chosen
                .is_some_and(|c| options.get(c).is_some_and(|o| o.correct))
        {
            return; // already answered right; keep the praise
        }
        self.chosen = Some(option);
        records.push(Record::QuizAnswered {
            step: self.index,
            option,
            correct: chosen.correct,
        });
        if chosen.correct {
            if !self.is_done() {
                self.complete(records);
            }
            self.feedback = Some(Feedback {
                kind: FeedbackKind::Success,
                text: chosen.feedback.clone(),
            });
        } else {
            self.feedback = Some(Feedback {
                kind: FeedbackKind::TryAgain,
                text: chosen.feedback.clone(),
            });
        }
    }

    /// An action in the simulator: its event completes the step, is a known mistake, or
    /// (after the step is done) may already be the next step's action.
    fn act(&mut self, step: &Step, action: SimAction, records: &mut Vec<Record>) {
        let Some(event) = self.sim.apply(action) else {
            return;
        };
        let Step::Do {
            goal,
            mistakes,
            success,
            ..
        } = step
        else {
            return;
        };
        if self.is_done() {
            self.run_ahead(&event, records);
            return;
        }
        if goal.matches(&event) {
            self.complete(records);
            self.feedback = Some(Feedback {
                kind: FeedbackKind::Success,
                text: success
                    .clone()
                    .unwrap_or_else(|| DEFAULT_SUCCESS.to_owned()),
            });
        } else if let Some(m) = mistakes.iter().find(|m| m.matcher.matches(&event)) {
            self.mistakes_here += 1;
            records.push(Record::Mistake {
                step: self.index,
                event,
                feedback: m.feedback.clone(),
            });
            self.feedback = Some(Feedback {
                kind: FeedbackKind::TryAgain,
                text: m.feedback.clone(),
            });
        }
    }

    /// The learner did the next step's action before pressing "Lanjut": the practice tool
    /// has already changed, so waiting for the action again could leave them stuck (the
    /// message is already in Spam). Being ahead of the instructions is fine: the next `do`
    /// step is taken as done.
    fn run_ahead(&mut self, event: &SimEvent, records: &mut Vec<Record>) {
        let Some(Step::Do { goal, success, .. }) = self.lesson.steps.get(self.index + 1) else {
            return;
        };
        if !goal.matches(event) || self.index + 1 < self.furthest {
            return;
        }
        let success = success.clone();
        self.index += 1;
        self.enter_step();
        self.complete(records);
        self.feedback = Some(Feedback {
            kind: FeedbackKind::Success,
            text: success.unwrap_or_else(|| DEFAULT_SUCCESS.to_owned()),
        });
    }

    fn complete(&mut self, records: &mut Vec<Record>) {
        let snapshot = match self.sim {
            SimState::None => None,
            _ => serde_json::to_string(&self.sim).ok(),
        };
        records.push(Record::StepCompleted {
            step: self.index,
            snapshot,
        });
        let was_complete = self.furthest >= self.total();
        self.furthest = self.furthest.max(self.index + 1);
        if !was_complete && self.furthest >= self.total() {
            records.push(Record::LessonCompleted);
        }
    }

    /// Resets per-step state and shows the board this step works on.
    fn enter_step(&mut self) {
        self.hints_shown = 0;
        self.mistakes_here = 0;
        self.help_called = false;
        self.feedback = None;
        self.chosen = None;
        self.step_start = None;
        if let SimState::Dasar(d) = &mut self.sim {
            let board = self.lesson.steps
                [..=self.index.min(self.lesson.steps.len().saturating_sub(1))]
                .iter()
                .rev()
                .find_map(|s| match s {
                    Step::Do { board: Some(b), .. } => Some(*b),
                    _ => None,
                })
                .unwrap_or(d.scenario.board);
            if d.board != board {
                d.update(dasar::Action::ShowBoard(board));
            }
        }
        if matches!(self.step(), Some(Step::Do { .. })) && !self.is_done() {
            self.step_start = Some(self.sim.clone());
        }
    }
}

fn fresh_sim(scenario: &Scenario) -> SimState {
    match scenario {
        Scenario::None => SimState::None,
        Scenario::Dasar(s) => SimState::Dasar(Box::new(dasar::Dasar::new(s.clone()))),
        Scenario::Email(s) => SimState::Email(Box::new(email::Email::new(s.clone()))),
        Scenario::Presensi(s) => {
            SimState::Presensi(Box::new(presensi::Presensi::new(s.as_ref().clone())))
        }
        Scenario::Dokumen(s) => SimState::Dokumen(Box::new(dokumen::Dokumen::new((**s).clone()))),
        Scenario::Kinerja(s) => SimState::Kinerja(Box::new(kinerja::Kinerja::new((**s).clone()))),
        Scenario::Srikandi(s) => {
            SimState::Srikandi(Box::new(crate::sim::srikandi::Srikandi::new((**s).clone())))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::{Matcher, Mistake, QuizOption};
    use crate::sim::dasar::{Action, Scenario as DasarScenario};

    fn lesson() -> Arc<Lesson> {
        Arc::new(Lesson {
            id: "dasar.t".into(),
            title: "t".into(),
            summary: "s".into(),
            minutes: 1,
            skills: vec![],
            scenario: Scenario::Dasar(DasarScenario::default()),
            steps: vec![
                Step::Read {
                    text: "intro".into(),
                },
                Step::Quiz {
                    text: "q".into(),
                    options: vec![
                        QuizOption {
                            text: "a".into(),
                            correct: false,
                            feedback: "a-fb".into(),
                        },
                        QuizOption {
                            text: "b".into(),
                            correct: true,
                            feedback: "b-fb".into(),
                        },
                    ],
                },
                Step::Do {
                    text: "do".into(),
                    goal: Matcher {
                        event: "dasar.clicked".into(),
                        fields: [("target".to_owned(), "besar".into())].into(),
                    },
                    hints: vec!["h1".into(), "h2".into()],
                    highlight: Some("target-besar".into()),
                    highlight_next: Vec::new(),
                    mistakes: vec![Mistake {
                        matcher: Matcher {
                            event: "dasar.missed".into(),
                            fields: Default::default(),
                        },
                        feedback: "missed".into(),
                    }],
                    success: None,
                    board: Some(dasar::Board::Targets),
                },
            ],
            practice: Default::default(),
        })
    }

    fn click(target: &str) -> Input {
        Input::Sim(SimAction::Dasar(Action::ClickTarget(target.into())))
    }

    /// Two `do` steps in a row: click "besar", then "kecil".
    fn two_clicks() -> Arc<Lesson> {
        let step = |target: &str| Step::Do {
            text: target.into(),
            goal: Matcher {
                event: "dasar.clicked".into(),
                fields: [("target".to_owned(), target.into())].into(),
            },
            hints: vec![],
            highlight: None,
            highlight_next: Vec::new(),
            mistakes: vec![],
            success: None,
            board: None,
        };
        let mut l = (*lesson()).clone();
        l.steps = vec![step("besar"), step("kecil")];
        Arc::new(l)
    }

    #[test]
    fn doing_the_next_step_before_lanjut_counts_for_it() {
        let mut p = Player::start(two_clicks());
        p.update(click("besar"));
        assert!(p.is_done());
        // Ahead of the instructions: the next step's action is accepted, not lost.
        let r = p.update(click("kecil"));
        assert_eq!(p.index, 1);
        assert!(p.is_done());
        assert!(matches!(
            r[..],
            [
                Record::StepCompleted { step: 1, .. },
                Record::LessonCompleted
            ]
        ));
        // Back on the first step, acting again changes nothing that is already done.
        p.update(Input::Back);
        assert_eq!(p.index, 0);
        assert!(p.update(click("kecil")).is_empty());
        assert_eq!(p.index, 0);
    }

    #[test]
    fn after_three_mistakes_the_control_is_pointed_at_and_the_mentor_can_be_called_once() {
        let mut p = Player::start(lesson());
        p.update(Input::Next);
        p.update(Input::Answer(1));
        p.update(Input::Next);
        assert_eq!(p.highlight(), None, "no hint shown yet");
        let miss = || Input::Sim(SimAction::Dasar(Action::ClickBoard));
        p.update(miss());
        p.update(miss());
        assert!(!p.offers_mentor());
        assert!(p.update(Input::CallMentor).is_empty(), "not offered yet");
        p.update(miss());
        assert!(p.offers_mentor());
        assert_eq!(p.highlight(), Some("target-besar"));
        assert_eq!(
            p.update(Input::CallMentor),
            vec![Record::HelpRequested { step: 2 }]
        );
        assert!(p.update(Input::CallMentor).is_empty(), "once per step");
    }

    #[test]
    fn a_step_without_a_highlight_does_not_promise_the_orange_box() {
        let mut l = (*lesson()).clone();
        if let Step::Do { highlight, .. } = &mut l.steps[2] {
            *highlight = None;
        }
        let mut p = Player::start(Arc::new(l));
        p.update(Input::Next);
        p.update(Input::Answer(1));
        p.update(Input::Next);
        let miss = || Input::Sim(SimAction::Dasar(Action::ClickBoard));
        for _ in 0..3 {
            p.update(miss());
        }
        assert!(p.offers_mentor());
        assert_eq!(p.highlight(), None);
        assert_eq!(p.mentor_text(), "lesson-call-mentor-text-no-box");
        // With a highlight the box is shown, and the words say so.
        let mut p = Player::start(lesson());
        p.update(Input::Next);
        p.update(Input::Answer(1));
        p.update(Input::Next);
        for _ in 0..3 {
            p.update(miss());
        }
        assert_eq!(p.highlight(), Some("target-besar"));
        assert_eq!(p.mentor_text(), "lesson-call-mentor-text");
    }

    #[test]
    fn ulangi_langkah_ini_puts_the_tool_back_as_the_step_began() {
        use crate::sim::email::{Action as E, Scenario as Mail};
        let sent = Matcher {
            event: "email.sent".into(),
            fields: [("subject_empty".to_owned(), false.into())].into(),
        };
        let lesson = Arc::new(Lesson {
            id: "email.t".into(),
            title: "t".into(),
            summary: "s".into(),
            minutes: 1,
            skills: vec![],
            scenario: Scenario::Email(Mail {
                address: "budi@sukamajukab.go.id".into(),
                password: "x".into(),
                signed_in: true,
                remember: false,
                messages: vec![],
                files: vec![],
            }),
            steps: vec![Step::Do {
                text: "send".into(),
                goal: sent,
                hints: vec![],
                highlight: None,
                highlight_next: Vec::new(),
                mistakes: vec![Mistake {
                    matcher: Matcher {
                        event: "email.sent".into(),
                        fields: [("subject_empty".to_owned(), true.into())].into(),
                    },
                    feedback: "no-subject".into(),
                }],
                success: None,
                board: None,
            }],
            practice: Default::default(),
        });
        let mut p = Player::start(lesson);
        let fresh = serde_json::to_string(&p.sim).expect("json");
        assert!(!p.offers_restart(), "nothing to undo yet");
        let mail = |a: E| Input::Sim(SimAction::Email(a));
        p.update(mail(E::Compose));
        p.update(mail(E::EditTo("sekcam@sukamajukab.go.id".into())));
        p.update(mail(E::Send));
        assert_eq!(
            p.feedback.as_ref().map(|f| f.text.as_str()),
            Some("no-subject")
        );
        assert_ne!(serde_json::to_string(&p.sim).expect("json"), fresh);
        assert!(p.offers_restart());
        assert!(p.update(Input::RestartStep).is_empty(), "nothing is stored");
        assert_eq!(serde_json::to_string(&p.sim).expect("json"), fresh);
        assert_eq!(p.feedback, None);
        assert!(!p.offers_restart());
        assert!(!p.is_done());
    }

    #[test]
    fn something_else_after_the_goal_is_only_played() {
        let mut p = Player::start(two_clicks());
        p.update(click("besar"));
        assert!(p.update(click("besar")).is_empty());
        assert_eq!(p.index, 0, "no run-ahead for another action");
    }

    #[test]
    fn walks_a_lesson_with_a_wrong_answer_hints_and_a_mistake() {
        let mut p = Player::start(lesson());
        assert!(matches!(
            p.update(Input::Next)[..],
            [Record::StepCompleted { step: 0, .. }]
        ));
        assert_eq!(p.index, 1);
        // Lanjut does nothing until the quiz is answered right.
        assert!(p.update(Input::Next).is_empty());
        assert_eq!(p.index, 1);
        let r = p.update(Input::Answer(0));
        assert_eq!(
            r,
            vec![Record::QuizAnswered {
                step: 1,
                option: 0,
                correct: false
            }]
        );
        assert_eq!(
            p.feedback.as_ref().map(|f| f.kind),
            Some(FeedbackKind::TryAgain)
        );
        let r = p.update(Input::Answer(1));
        assert!(matches!(r[1], Record::StepCompleted { step: 1, .. }));
        assert_eq!(p.feedback.as_ref().map(|f| f.text.as_str()), Some("b-fb"));
        p.update(Input::Next);
        assert_eq!(p.index, 2);
        assert_eq!(p.highlight(), None, "no pointing before the hints");
        assert_eq!(
            p.update(Input::Hint),
            vec![Record::HintShown { step: 2, number: 1 }]
        );
        p.update(Input::Hint);
        assert!(p.update(Input::Hint).is_empty(), "only two hints");
        assert_eq!(p.hints(), ["h1", "h2"]);
        assert_eq!(p.highlight(), Some("target-besar"));
        let r = p.update(Input::Sim(SimAction::Dasar(Action::ClickBoard)));
        assert!(matches!(&r[..], [Record::Mistake { feedback, .. }] if feedback == "missed"));
        assert!(
            p.update(click("kecil")).is_empty(),
            "another target is neither goal nor mistake"
        );
        let r = p.update(click("besar"));
        assert!(matches!(
            r[..],
            [
                Record::StepCompleted {
                    step: 2,
                    snapshot: Some(_)
                },
                Record::LessonCompleted
            ]
        ));
        assert_eq!(
            p.feedback.as_ref().map(|f| f.text.as_str()),
            Some(DEFAULT_SUCCESS)
        );
        assert!(!p.finished);
        p.update(Input::Next);
        assert!(p.finished);
    }

    #[test]
    fn back_shows_done_steps_and_does_not_record_again() {
        let mut p = Player::start(lesson());
        p.update(Input::Next);
        p.update(Input::Back);
        assert_eq!(p.index, 0);
        assert!(p.is_done());
        assert!(
            p.update(Input::Next).is_empty(),
            "a done read step is not recorded twice"
        );
        assert_eq!(p.index, 1);
    }

    #[test]
    fn resumes_at_the_saved_step_with_the_saved_simulator() {
        let mut p = Player::start(lesson());
        p.update(Input::Next);
        p.update(Input::Answer(1));
        p.update(Input::Next);
        let records = p.update(click("besar"));
        let Some(Record::StepCompleted { snapshot, .. }) = records.first() else {
            panic!("no step record: {records:?}");
        };
        let again = Player::resume(lesson(), 2, snapshot.as_deref());
        assert_eq!(again.index, 2);
        assert_eq!(again.sim, p.sim);
        let fresh = Player::resume(lesson(), 1, Some("not json"));
        assert_eq!(fresh.index, 1);
        assert!(!fresh.is_done());
    }

    #[test]
    fn a_dokumen_lesson_plays_on_the_document_tool_and_sees_webmail_events() {
        use crate::sim::dokumen::{self, Action as D};
        let goal = |event: &str| Step::Do {
            text: "do".into(),
            goal: Matcher {
                event: event.into(),
                fields: Default::default(),
            },
            hints: vec![],
            highlight: None,
            highlight_next: Vec::new(),
            mistakes: vec![],
            success: None,
            board: None,
        };
        let mail = crate::sim::email::Scenario {
            address: "budi@sukamajukab.go.id".into(),
            password: "x".into(),
            signed_in: true,
            remember: false,
            messages: vec![],
            files: vec![],
        };
        let lesson = Arc::new(Lesson {
            id: "dokumen.t".into(),
            title: "t".into(),
            summary: "s".into(),
            minutes: 1,
            skills: vec![],
            scenario: Scenario::Dokumen(Box::new(dokumen::Scenario {
                email: Some(mail),
                ..dokumen::Scenario::default()
            })),
            steps: vec![goal("dokumen.text_changed"), goal("email.compose_started")],
            practice: Default::default(),
        });
        let mut p = Player::start(lesson.clone());
        assert!(matches!(p.sim, SimState::Dokumen(_)));
        let sim = |a: D| Input::Sim(SimAction::Dokumen(a));
        p.update(sim(D::Type("Halo".into())));
        assert!(p.is_done());
        p.update(Input::Next);
        assert_eq!(p.index, 1);
        p.update(sim(D::SwitchApp(dokumen::App::Email)));
        let records = p.update(sim(D::Email(crate::sim::email::Action::Compose)));
        assert!(records.contains(&Record::LessonCompleted), "{records:?}");
    }
}
