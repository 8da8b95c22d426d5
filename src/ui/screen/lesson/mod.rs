//! The lesson player: one step at a time, "Langkah 3 dari 8", Kembali / Petunjuk / Lanjut,
//! hints one by one, friendly feedback, and the practice area for `do` steps.

mod focus;
mod view;

pub use view::{TEXT_LINE_HEIGHT, TEXT_WRAPPING};

use crate::course::{Lesson, Step};
use crate::i18n::Translator;
use crate::progress::{Input, Player, Record};
use crate::sim::{SimState, kinerja};
use crate::store::{Learner, Store, StoreError};
use crate::ui::sim::tools::{self, Reply, Tools};
use std::sync::Arc;
use std::time::Instant;

pub struct State {
    pub learner: Learner,
    pub player: Player,
    /// What could not be written yet (a full disk): kept in memory and written with the
    /// next record that succeeds, so the learner can go on and nothing is dropped.
    unsaved: Vec<Record>,
    /// What the practice tool keeps beside its simulator (text boxes, open lists, the real
    /// PDF): see `ui::sim::tools`.
    pub tools: Tools,
    /// When the learner last did something in this lesson.
    last_input: Instant,
    /// Nothing happened on a practice step for [`OFFER_HINT_AFTER`]: "Petunjuk" is pointed at.
    pub offer_hint: bool,
    /// The learner's text size (iced's scale factor): the panel is made narrower by it.
    pub text_scale: f32,
    /// A mentor's look at a step from "Langkah tersulit" (the mentor's name): nothing is
    /// recorded, and leaving goes back to Kelas.
    pub preview_for: Option<String>,
    /// The practice tool changed on this step since the draft was last kept (a half-typed
    /// message, a page of the word processor).
    draft_dirty: bool,
    /// An "Ulangan singkat" under way: its steps are recorded as review events, and the
    /// root plays its next step when this one is finished.
    pub review: Option<super::review::Run>,
}

/// The setting that keeps a learner's unfinished work on a step of a lesson.
fn draft_key(learner: &str, lesson: &str) -> String {
    format!("draft:{learner}:{lesson}")
}

/// A learner who has not acted on a practice step for this long is offered the first hint.
pub const OFFER_HINT_AFTER: std::time::Duration = std::time::Duration::from_secs(30);

#[derive(Debug, Clone)]
pub enum Message {
    Next,
    Back,
    Hint,
    Answer(usize),
    /// Something in the practice area.
    Tool(tools::Msg),
    Leave,
    ReadAloud,
    CallMentor,
    RestartStep,
}

pub enum Event {
    Finished,
    Leave,
    /// Speak this text (the instruction, what the last action did, the hints shown).
    ReadAloud(String),
}

impl State {
    /// Opens a lesson where the learner left it, or from the start (recording the start).
    pub fn open(
        learner: Learner,
        lesson: Arc<Lesson>,
        store: &mut Store,
    ) -> Result<Self, StoreError> {
        let states = store.lesson_states(&learner.id)?;
        let player = match states.get(&lesson.id) {
            Some(s) if !s.completed => {
                // Work left half done on this very step comes back; otherwise the tool as
                // it was when the last step was done.
                let draft = store
                    .setting(&draft_key(&learner.id, &lesson.id))
                    .ok()
                    .flatten()
                    .and_then(|d| {
                        let (step, sim) = d.split_once('\n')?;
                        (step.parse::<usize>().ok()? == s.next_step).then(|| sim.to_owned())
                    });
                let snapshot = draft.as_deref().or(s.snapshot.as_deref());
                Player::resume(lesson, s.next_step, snapshot)
            }
            _ => {
                store.start_lesson(&learner.id, &lesson.id, lesson.steps.len())?;
                Player::start(lesson)
            }
        };
        let mut state = Self {
            learner,
            player,
            unsaved: Vec::new(),
            tools: Tools::default(),
            last_input: Instant::now(),
            offer_hint: false,
            text_scale: 1.0,
            preview_for: None,
            draft_dirty: false,
            review: None,
        };
        state.follow_sim();
        Ok(state)
    }

    /// A step of an "Ulangan singkat", played with this player (see `review::Run`).
    pub fn review(learner: Learner, run: super::review::Run, player: Player) -> Self {
        let mut state = Self::preview(player.lesson.clone(), 0, String::new());
        state.learner = learner;
        state.preview_for = None;
        state.player = player;
        state.review = Some(run);
        state.follow_sim();
        state
    }

    /// The next step of the review under way.
    pub fn next_review_step(&mut self, player: Player) {
        if !self.unsaved.is_empty() {
            // Written with the step they belong to or not at all: the root already warned.
            tracing::error!(lost = self.unsaved.len(), "review records not saved");
            self.unsaved.clear();
        }
        self.player = player;
        self.fresh_step();
    }

    fn fresh_step(&mut self) {
        self.offer_hint = false;
        self.tools.new_step();
        self.last_input = Instant::now();
        self.follow_sim();
    }

    /// The mentor's preview of one step of a lesson, as the tool starts in that lesson.
    pub fn preview(lesson: Arc<Lesson>, step: usize, mentor: String) -> Self {
        let learner = Learner {
            id: String::new(),
            name: mentor.clone(),
            nip: None,
            unit: None,
            created_at: 0,
            last_active: None,
        };
        let mut state = Self {
            learner,
            player: Player::resume(lesson, step, None),
            unsaved: Vec::new(),
            tools: Tools::default(),
            last_input: Instant::now(),
            offer_hint: false,
            text_scale: 1.0,
            preview_for: Some(mentor),
            draft_dirty: false,
            review: None,
        };
        state.follow_sim();
        state
    }

    /// Keeps what lives beside the simulator in step with it.
    fn follow_sim(&mut self) {
        self.tools.follow(&self.player.sim);
    }

    /// Applies a message; what must be recorded is written before this returns (when
    /// writing fails the learner may go on: see [`State::has_unsaved`]; the root warns).
    pub fn update(
        &mut self,
        message: Message,
        store: &mut Store,
        tr: &Translator,
    ) -> super::Update<Message, Event> {
        self.last_input = Instant::now();
        self.offer_hint = false;
        let input = match message {
            Message::Leave => return super::only(Some(Event::Leave)),
            Message::ReadAloud => {
                return super::only(Some(Event::ReadAloud(self.spoken_text(tr))));
            }
            Message::Next => Input::Next,
            Message::Back => Input::Back,
            Message::Hint => Input::Hint,
            Message::Answer(i) => Input::Answer(i),
            Message::CallMentor => Input::CallMentor,
            Message::RestartStep => Input::RestartStep,
            Message::Tool(m) => match self.tools.update(m, &self.player.sim) {
                Reply::Act(action) => Input::Sim(action),
                Reply::Quiet => return super::only(None),
                Reply::Work(task) => return (task.map(Message::Tool), None),
            },
        };
        let is_sim = matches!(input, Input::Sim(_));
        let (step, was_done) = (self.player.index, self.player.is_done());
        let records = self.player.update(input);
        if self.player.index != step || (self.player.is_done() && !was_done) {
            // The step is done or left: its half-done work is no draft any more.
            self.draft_dirty = false;
            self.drop_draft(store);
        } else if is_sim && !self.player.is_done() {
            self.draft_dirty = true;
        }
        self.follow_sim();
        self.unsaved.extend(records);
        self.flush(store);
        super::only(self.player.finished.then_some(Event::Finished))
    }

    /// The clock: after [`OFFER_HINT_AFTER`] without any action on a practice step that has
    /// hints nobody asked for yet, "Petunjuk" is pointed at with a line of encouragement.
    pub fn tick(&mut self, now: Instant) {
        let p = &self.player;
        let waiting = matches!(p.step(), Some(Step::Do { .. }))
            && !p.is_done()
            && p.hints().is_empty()
            && p.more_hints();
        self.offer_hint =
            waiting && now.saturating_duration_since(self.last_input) >= OFFER_HINT_AFTER;
        // The authenticator's codes run on the practice tool's own clock.
        if let SimState::Kinerja(k) = &mut self.player.sim {
            k.update(kinerja::Action::Tick(1));
        }
    }

    /// What "Bacakan" reads: what the last action did, the instruction, the hints shown, or
    /// a quiz's question and answers.
    fn spoken_text(&self, tr: &Translator) -> String {
        let p = &self.player;
        let mut parts = Vec::new();
        if let Some(f) = &p.feedback {
            parts.push(tr.tr(&f.text));
        }
        if let Some(step) = p.step() {
            parts.push(tr.tr(step.text()));
            if let Step::Quiz { options, .. } = step {
                parts.extend(options.iter().map(|o| tr.tr(&o.text)));
            }
        }
        parts.extend(p.hints().iter().map(|h| tr.tr(h)));
        parts.join("\n")
    }

    /// Keeps the practice tool's unfinished work on this step (a half-typed message, the
    /// page being written), so "Lanjutkan" brings it back after a restart. Called now and
    /// then by the clock, on leaving and on closing: not at every key.
    pub fn keep_draft(&mut self, store: &mut Store) {
        if !self.draft_dirty || self.preview_for.is_some() || self.review.is_some() {
            return;
        }
        let Ok(sim) = serde_json::to_string(&self.player.sim) else {
            return;
        };
        let key = draft_key(&self.learner.id, &self.player.lesson.id);
        match store.set_setting(&key, &format!("{}\n{sim}", self.player.index)) {
            Ok(()) => self.draft_dirty = false,
            Err(e) => tracing::error!("cannot keep the draft: {e}"),
        }
    }

    fn drop_draft(&mut self, store: &mut Store) {
        if self.preview_for.is_some() || self.review.is_some() {
            return;
        }
        let key = draft_key(&self.learner.id, &self.player.lesson.id);
        if let Err(e) = store.set_setting(&key, "") {
            tracing::error!("cannot drop the draft: {e}");
        }
    }

    /// Something the learner did could not be written yet (a full disk): it is kept in
    /// memory and written with the next record that succeeds.
    pub fn has_unsaved(&self) -> bool {
        !self.unsaved.is_empty()
    }

    /// Writes whatever could not be written yet; false when it still cannot be.
    pub fn flush(&mut self, store: &mut Store) -> bool {
        if self.preview_for.is_some() {
            self.unsaved.clear(); // a mentor's preview records nothing
            return true;
        }
        if self.unsaved.is_empty() {
            return true;
        }
        let lesson = &self.player.lesson;
        let written = match &self.review {
            Some(run) => store.record_review(
                &self.learner.id,
                &run.module,
                &run.id,
                run.index,
                run.last,
                &self.unsaved,
            ),
            None => store
                .record(
                    &self.learner.id,
                    &lesson.id,
                    lesson.steps.len(),
                    &self.unsaved,
                )
                .map(|_| ()),
        };
        match written {
            Ok(_) => {
                self.unsaved.clear();
                true
            }
            Err(e) => {
                let kept = self.unsaved.len();
                tracing::error!(kept, "progress not saved: {e}");
                false
            }
        }
    }
}
