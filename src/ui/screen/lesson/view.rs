//! What the lesson screen shows: the top bar with the step count, the step (a text, a
//! question, or the practice tool beside the instruction and hints), the bottom bar.

use super::{Message, State};
use crate::course::Step;
use crate::i18n::Translator;
use crate::progress::FeedbackKind;
use crate::sim::SimState;
use crate::ui::focus::focus;
use crate::ui::sim::pointer::{self, Pointer};
use crate::ui::{theme, widget};
use iced::widget::{button, column, container, progress_bar, row, scrollable, space, text};
use iced::{Alignment, Element, Length};

impl State {
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
    pub(super) fn practice_area(&self, tr: &Translator) -> Element<'_, Message> {
        let p = &self.player;
        let target = p.highlight().and_then(|_| self.current_target(tr));
        self.sim_view(tr, Pointer::One(target.as_deref()))
    }

    pub(super) fn sim_view<'p>(
        &self,
        tr: &Translator,
        pointer: Pointer<'p>,
    ) -> Element<'_, Message> {
        let p = &self.player;
        self.tools
            .view(&p.sim, tr, pointer, p.highlight())
            .map(Message::Tool)
    }

    /// `can_speak`: a voice is there, so "Bacakan" is offered.
    pub fn view(&self, tr: &Translator, can_speak: bool) -> Element<'_, Message> {
        let Some(step) = self.player.step() else {
            return widget::body(tr.tr("lesson-empty")).into();
        };
        column![
            self.top_bar(tr),
            container(self.step_body(step, tr)).height(Length::Fill),
            self.bottom_bar(step, tr, can_speak)
        ]
        .into()
    }

    /// The lesson's title, "Langkah 3 dari 8" with the progress bar, and the way out.
    pub(super) fn top_bar(&self, tr: &Translator) -> Element<'_, Message> {
        let p = &self.player;
        let total = p.total();
        container(
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
        .style(theme::top_bar)
        .into()
    }

    /// The step itself: a text to read, a question, or the practice tool with the
    /// instruction, the hints and what the last action did beside it.
    pub(super) fn step_body<'a>(&'a self, step: &'a Step, tr: &Translator) -> Element<'a, Message> {
        let p = &self.player;
        match step {
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
        }
    }

    /// Langkah sebelumnya, Petunjuk, Bacakan, and Lanjut (or Selesai).
    pub(super) fn bottom_bar(
        &self,
        step: &Step,
        tr: &Translator,
        can_speak: bool,
    ) -> Element<'_, Message> {
        let p = &self.player;
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
        container(
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
        .style(theme::top_bar)
        .into()
    }

    /// After repeated mistakes: call the mentor (once), or say they were called.
    pub(super) fn mentor_box(&self, tr: &Translator) -> Option<Element<'_, Message>> {
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

    pub(super) fn feedback(&self, tr: &Translator) -> Option<Element<'_, Message>> {
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
pub(super) fn text_block<'a>(s: String) -> iced::widget::Text<'a> {
    text(s)
        .size(theme::SUBTITLE)
        .line_height(TEXT_LINE_HEIGHT)
        .wrapping(TEXT_WRAPPING)
}
