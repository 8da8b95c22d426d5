//! The lesson player: one step at a time, "Langkah 3 dari 8", Kembali / Petunjuk / Lanjut,
//! hints one by one, friendly feedback, and the practice area for `do` steps.

use crate::course::{Lesson, Step};
use crate::i18n::Translator;
use crate::progress::{FeedbackKind, Input, Player, Record};
use crate::sim::{SimState, dasar, dokumen, email, kinerja};
use crate::store::{Learner, Store, StoreError};
use crate::ui::focus::{Start, focus};
use crate::ui::sim::pointer::{self, Pointer};
use crate::ui::sim::tools::{self, Reply, Tools};
use crate::ui::{theme, widget};
use iced::widget::{button, column, container, progress_bar, row, scrollable, space, text};
use iced::{Alignment, Element, Length};
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

    /// Where the learner is in the lesson (step, and the practice tool's screen or dialog),
    /// and the control that has the focus on arriving there: the answers of a quiz, the
    /// practice tool on a practice step, otherwise "Lanjut" — never "Ke Beranda".
    pub fn focus_start(&self) -> Option<Start> {
        use std::hash::{DefaultHasher, Hash, Hasher};
        use std::mem::discriminant;
        let p = &self.player;
        let mut h = DefaultHasher::new();
        (&p.lesson.id, p.index).hash(&mut h);
        let control = match p.step() {
            Some(Step::Quiz { .. }) if !p.is_done() => "answer-0".to_owned(),
            Some(Step::Do { .. }) => {
                match &p.sim {
                    SimState::Email(e) => (e.signed_in, discriminant(&e.view)).hash(&mut h),
                    SimState::Presensi(s) => (s.signed_in, discriminant(&s.view)).hash(&mut h),
                    SimState::Dokumen(d) => {
                        let dialog = d.dialog.as_ref().map(discriminant);
                        let mail = d
                            .email
                            .as_ref()
                            .map(|e| (e.signed_in, discriminant(&e.view)));
                        (dialog, mail).hash(&mut h);
                    }
                    SimState::Kinerja(k) => (
                        discriminant(&k.tab),
                        discriminant(&k.page),
                        discriminant(&k.phone),
                    )
                        .hash(&mut h),
                    SimState::Srikandi(s) => {
                        (s.signed_in, discriminant(&s.view), s.dialog.is_some()).hash(&mut h)
                    }
                    SimState::Dasar(_) | SimState::None => {}
                }
                let reply = |e: &email::Email| match &e.view {
                    email::View::Compose(d) => matches!(
                        d.kind,
                        Some(email::ComposeKind::Reply | email::ComposeKind::ReplyAll)
                    ),
                    _ => false,
                };
                match &p.sim {
                    // The word processor's page takes the keys no control takes: a focused
                    // button there would catch the spaces typed on the page.
                    SimState::Dokumen(d)
                        if d.app == dokumen::App::Writer
                            && d.dialog.is_none()
                            && !self.tools.dialog_open() =>
                    {
                        return None;
                    }
                    // A reply starts in the message box, as in a real webmail: the address
                    // is already there.
                    SimState::Email(e) if reply(e) => "compose-body-input".to_owned(),
                    // SRIKANDI's pages scroll: the focus starts in its top bar, not on a text
                    // box far down the page that would keep the page scrolled to it.
                    SimState::Srikandi(s) if s.signed_in && s.dialog.is_none() => {
                        "srikandi-bar".to_owned()
                    }
                    SimState::Dokumen(d) if d.email.as_deref().is_some_and(reply) => {
                        "compose-body-input".to_owned()
                    }
                    // Typing: the caret stays in the box the learner last wrote in, so
                    // "Tekan Tab untuk pindah ke kotak NIP" moves on from the name box.
                    SimState::Dasar(d) if d.board == dasar::Board::Typing => {
                        let fields = &d.scenario.fields;
                        let last = fields.iter().rev().find(|f| d.value(&f.id) != f.initial);
                        match last.or(fields.first()) {
                            Some(f) => format!("field-{}", f.id),
                            None => "practice".to_owned(),
                        }
                    }
                    _ => "practice".to_owned(),
                }
            }
            _ => {
                p.is_done().hash(&mut h);
                "next".to_owned()
            }
        };
        // A board that only the mouse can use (the clicking practice): "Petunjuk".
        // The tool's own "Kembali" is passed over: it leaves the tool's screen.
        Some(
            Start::new(h.finish(), control)
                .skip("back")
                .or("hint")
                .or("next"),
        )
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

    /// `can_speak`: espeak-ng is installed, so "Bacakan" is offered.
    /// The control the current step points at now: the last control of its path that the
    /// practice tool shows (see `ui::sim::pointer`), whether or not the frame is shown yet.
    pub fn current_target(&self, tr: &Translator) -> Option<String> {
        let path = self.player.pointer_path();
        pointer::resolve(&path, |probe| {
            let _ = self.sim_view(tr, probe);
        })
        .map(str::to_owned)
    }

    /// The practice tool, with the orange frame where the step points now.
    fn practice_area(&self, tr: &Translator) -> Element<'_, Message> {
        let p = &self.player;
        let target = p.highlight().and_then(|_| self.current_target(tr));
        self.sim_view(tr, Pointer::One(target.as_deref()))
    }

    fn sim_view<'p>(&self, tr: &Translator, pointer: Pointer<'p>) -> Element<'_, Message> {
        let p = &self.player;
        self.tools
            .view(&p.sim, tr, pointer, p.highlight())
            .map(Message::Tool)
    }

    pub fn view(&self, tr: &Translator, can_speak: bool) -> Element<'_, Message> {
        let p = &self.player;
        let Some(step) = p.step() else {
            return widget::body(tr.tr("lesson-empty")).into();
        };
        let total = p.total();
        let top = container(
            row![
                column![
                    widget::subtitle(match &self.review {
                        Some(_) => tr.tr_args(
                            "review-lesson-title",
                            &[("lesson", tr.tr(&p.lesson.title).into())]
                        ),
                        None => tr.tr(&p.lesson.title),
                    }),
                    row![
                        widget::body(match &self.review {
                            Some(run) => tr.tr_args(
                                "review-step-of",
                                &[
                                    ("n", (run.index + 1).into()),
                                    ("total", run.items.len().into())
                                ]
                            ),
                            None => tr.tr_args(
                                "lesson-step-of",
                                &[("n", (p.index + 1).into()), ("total", total.into())]
                            ),
                        }),
                        progress_bar(0.0..=total as f32, p.furthest as f32)
                            .girth(14)
                            .length(Length::Fixed(280.0))
                            .style(theme::progress),
                    ]
                    .spacing(theme::SPACE)
                    .align_y(Alignment::Center)
                    .push(
                        self.preview_for
                            .is_some()
                            .then(|| widget::small(tr.tr("lesson-preview-note"))),
                    ),
                ]
                .spacing(4)
                .width(Length::Fill),
                widget::secondary(
                    "leave",
                    tr.tr(if self.preview_for.is_some() {
                        "lesson-preview-close"
                    } else {
                        "lesson-leave"
                    }),
                    Some(Message::Leave)
                ),
            ]
            .align_y(Alignment::Center),
        )
        .padding([12.0, theme::PAD])
        .style(theme::top_bar);

        let body: Element<'_, Message> = match step {
            // A long text scrolls (at a large text size it is taller than the window);
            // a short one stays in the middle.
            Step::Read { text } => container(scrollable(
                container(widget::card(text_block(tr.tr(text))).max_width(960))
                    .center_x(Length::Fill)
                    .padding(theme::PAD),
            ))
            .center_y(Length::Fill)
            .into(),
            Step::Quiz { text, options } => {
                let answers = options.iter().enumerate().map(|(i, o)| {
                    let chosen = p.chosen == Some(i);
                    let right = o.correct;
                    let style = move |t: &iced::Theme, s| {
                        if chosen {
                            theme::tile_chosen(right)(t, s)
                        } else {
                            theme::tile(t, s)
                        }
                    };
                    container(focus(
                        button(widget::body(tr.tr(&o.text)).width(Length::Fill))
                            .padding([14, 20])
                            .width(Length::Fill)
                            .style(style)
                            .on_press(Message::Answer(i)),
                    ))
                    .id(format!("answer-{i}"))
                    .into()
                });
                scrollable(
                    container(
                        column![text_block(tr.tr(text)), column(answers).spacing(12)]
                            .push(self.feedback(tr))
                            .spacing(theme::SPACE)
                            .max_width(960),
                    )
                    .center_x(Length::Fill)
                    .padding(theme::PAD),
                )
                .height(Length::Fill)
                .into()
            }
            Step::Do { text, .. } => {
                let hints = p.hints().iter().enumerate().map(|(i, h)| {
                    container(
                        widget::body(tr.tr_args(
                            "lesson-hint-n",
                            &[("n", (i + 1).into()), ("text", tr.tr(h).into())],
                        ))
                        .wrapping(TEXT_WRAPPING),
                    )
                    .padding(12)
                    .width(Length::Fill)
                    .style(theme::hint)
                    .into()
                });
                // What the learner's last action did comes first: a long instruction must
                // not push "Belum tepat…" out of sight.
                // The hints come next, above the instruction: added under it they landed
                // below the fold, before scrolling is even taught.
                let panel = scrollable(
                    column![]
                        .push(self.feedback(tr))
                        .push(column(hints).spacing(8))
                        .push(self.offer_hint.then(|| {
                            container(widget::body(tr.tr("lesson-offer-hint")))
                                .padding(12)
                                .width(Length::Fill)
                                .style(theme::hint)
                        }))
                        .push(text_block(tr.tr(text)))
                        .push(self.mentor_box(tr))
                        .spacing(theme::SPACE)
                        .padding(iced::Padding::ZERO.right(12)),
                )
                // The webmail needs the room more than the instructions do. With a larger
                // text size the panel keeps its width on the screen (fewer words a line),
                // so the practice tool keeps the room it needs.
                .width(Length::Fixed(
                    match p.sim {
                        SimState::Email(_)
                        | SimState::Dokumen(_)
                        | SimState::Kinerja(_)
                        | SimState::Srikandi(_) => 380.0,
                        _ => 440.0,
                    } / self.text_scale.max(1.0),
                ))
                .height(Length::Fill);
                let area = self.practice_area(tr);
                row![panel, container(area).id("practice")]
                    .spacing(theme::PAD)
                    .padding(theme::PAD)
                    .height(Length::Fill)
                    .into()
            }
        };

        let more_to_review = self.review.as_ref().is_some_and(|r| !r.last);
        let next_label = if p.is_last() && p.is_done() && !more_to_review {
            "lesson-finish"
        } else {
            "lesson-next"
        };
        let can_next = p.is_done() || matches!(step, Step::Read { .. });
        let hint = p.more_hints().then(|| {
            widget::highlight(
                widget::secondary("hint", tr.tr("lesson-hint"), Some(Message::Hint)),
                self.offer_hint,
            )
        });
        let bottom = container(
            row![widget::secondary(
                "back",
                tr.tr("lesson-back"),
                (p.index > 0).then_some(Message::Back)
            )]
            .push(hint)
            .push(can_speak.then(|| {
                widget::secondary(
                    "read-aloud",
                    tr.tr("lesson-read-aloud"),
                    Some(Message::ReadAloud),
                )
            }))
            .push(space::horizontal())
            .push(widget::primary(
                "next",
                tr.tr(next_label),
                can_next.then_some(Message::Next),
            ))
            .spacing(theme::SPACE)
            .align_y(Alignment::Center),
        )
        .padding([12.0, theme::PAD])
        .style(theme::top_bar);

        column![top, container(body).height(Length::Fill), bottom].into()
    }

    /// After repeated mistakes: call the mentor (once), or say they were called.
    fn mentor_box(&self, tr: &Translator) -> Option<Element<'_, Message>> {
        let p = &self.player;
        if !p.offers_mentor() {
            return None;
        }
        let content: Element<'_, Message> = if p.help_called {
            widget::body(tr.tr("lesson-mentor-called")).into()
        } else {
            column![
                widget::body(tr.tr(p.mentor_text())),
                widget::secondary(
                    "call-mentor",
                    tr.tr("lesson-call-mentor"),
                    Some(Message::CallMentor)
                ),
            ]
            .spacing(8)
            .into()
        };
        Some(
            container(content)
                .padding(12)
                .width(Length::Fill)
                .style(theme::hint)
                .into(),
        )
    }

    fn feedback(&self, tr: &Translator) -> Option<Element<'_, Message>> {
        let f = self.player.feedback.as_ref()?;
        let style = match f.kind {
            FeedbackKind::Success => theme::feedback_success,
            FeedbackKind::TryAgain => theme::feedback_try_again,
        };
        let lead = match f.kind {
            FeedbackKind::Success => tr.tr("lesson-feedback-good"),
            FeedbackKind::TryAgain => tr.tr("lesson-feedback-try"),
        };
        let mut words = column![
            widget::body(lead).font(theme::BOLD),
            // A long file name breaks inside the box rather than run past it.
            widget::body(tr.tr(&f.text)).wrapping(TEXT_WRAPPING)
        ]
        .spacing(6);
        if self.player.offers_restart() {
            words = words.push(widget::secondary(
                "restart-step",
                tr.tr("lesson-restart-step"),
                Some(Message::RestartStep),
            ));
        }
        Some(
            container(words)
                .padding(16)
                .width(Length::Fill)
                .style(style)
                .into(),
        )
    }
}

/// How a step's text wraps: at words, and inside a word too long for the line (an email
/// address must not run out of the panel: the learner types what she sees).
pub const TEXT_WRAPPING: text::Wrapping = text::Wrapping::WordOrGlyph;
/// The step text's line height.
pub const TEXT_LINE_HEIGHT: f32 = 1.4;

/// The step's text, a little larger than body text.
fn text_block<'a>(s: String) -> iced::widget::Text<'a> {
    text(s)
        .size(theme::SUBTITLE)
        .line_height(TEXT_LINE_HEIGHT)
        .wrapping(TEXT_WRAPPING)
}
