//! Home ("Beranda"): an "Ulangan singkat" when one is due (before any new work, with "Nanti
//! saja" beside it), the mentor's assignment (when it has lessons not yet done), one big
//! "Lanjutkan" button, then every module with its progress.

use crate::course::Course;
use crate::i18n::Translator;
use crate::progress::resume;
use crate::store::review::DueReview;
use crate::store::{Assignment, Learner, LessonState, Store};
use crate::ui::comfort::{Comfort, TextSize};
use crate::ui::focus::focus;
use crate::ui::{theme, widget};
use iced::widget::{button, column, container, progress_bar, row, scrollable, space, text};
use iced::{Alignment, Element, Length};
use std::collections::HashMap;

#[derive(Debug)]
pub struct State {
    pub learner: Learner,
    pub states: HashMap<String, LessonState>,
    /// Where "Lanjutkan" goes.
    pub next: Option<String>,
    /// The "Tampilan" panel (text size, colours) is open instead of the lessons.
    pub display_open: bool,
    /// What the mentor set, while some of its lessons are not done.
    pub assignment: Option<Assignment>,
    /// The short review due today, shown first.
    pub review: Option<DueReview>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Continue,
    Open(String),
    SignOut,
    Settings,
    /// Open or close the "Tampilan" panel.
    Display,
    /// A new text size or colour choice, applied at once.
    Comfort(Comfort),
    /// "Mulai ulangan" / "Lanjutkan ulangan".
    StartReview,
    /// "Nanti saja".
    LaterReview,
}

pub enum Event {
    Open(String),
    SignOut,
    OpenSettings,
    /// The learner chose another text size or colours: apply and keep them.
    Comfort(Comfort),
    StartReview(DueReview),
    /// "Nanti saja" on the review of this module.
    PostponeReview(String),
}

impl State {
    pub fn load(learner: Learner, store: &Store, course: &Course) -> Self {
        let states = store.lesson_states(&learner.id).unwrap_or_else(|e| {
            tracing::error!("cannot read progress: {e}");
            HashMap::new()
        });
        let next = resume::next_lesson(course, &states);
        let assignment = store
            .assignment(&learner.id, course)
            .unwrap_or_else(|e| {
                tracing::error!("cannot read the assignment: {e}");
                None
            })
            .filter(|a| !a.all_done());
        let today = jiff::Zoned::now().date();
        let review = store
            .due_review(&learner.id, &course.modules, today)
            .unwrap_or_else(|e| {
                tracing::error!("cannot read the reviews: {e}");
                None
            });
        Self {
            learner,
            states,
            next,
            display_open: false,
            assignment,
            review,
        }
    }

    pub fn update(&mut self, message: Message) -> super::Update<Message, Event> {
        super::only(self.decide(message))
    }

    fn decide(&mut self, message: Message) -> Option<Event> {
        match message {
            Message::Continue => self.next.clone().map(Event::Open),
            Message::Open(id) => Some(Event::Open(id)),
            Message::SignOut => Some(Event::SignOut),
            Message::Display => {
                self.display_open = !self.display_open;
                None
            }
            Message::Comfort(c) => Some(Event::Comfort(c)),
            Message::Settings => Some(Event::OpenSettings),
            Message::StartReview => self.review.clone().map(Event::StartReview),
            Message::LaterReview => self.review.take().map(|r| Event::PostponeReview(r.module)),
        }
    }

    /// `comfort`: the text size and colours the learner's screens have now.
    pub fn view<'a>(
        &'a self,
        tr: &Translator,
        course: &'a Course,
        comfort: Comfort,
    ) -> Element<'a, Message> {
        let header = row![
            column![
                widget::title(tr.tr_args(
                    "home-greeting",
                    &[("name", self.learner.name.clone().into())]
                )),
                widget::small(self.learner.unit.clone().unwrap_or_default()),
            ]
            .width(Length::Fill),
            widget::secondary("display", tr.tr("display-open"), Some(Message::Display)),
            widget::secondary("settings", tr.tr("settings-open"), Some(Message::Settings)),
            widget::secondary("sign-out", tr.tr("home-sign-out"), Some(Message::SignOut)),
        ]
        .spacing(theme::SPACE)
        .align_y(Alignment::Center);

        if self.display_open {
            return column![header, display_panel(tr, comfort)]
                .spacing(theme::SPACE)
                .padding(theme::PAD)
                .max_width(1200)
                .into();
        }

        let resume = self.resume_card(tr, course);
        let modules = course
            .modules
            .iter()
            .map(|m| self.module_card(m, tr, course));
        column![header]
            .push(self.review.as_ref().map(|r| review_card(r, tr, course)))
            .push(
                self.assignment
                    .as_ref()
                    .map(|a| assignment_card(a, tr, course)),
            )
            .push(resume)
            .push(
                scrollable(
                    column(modules)
                        .spacing(theme::SPACE)
                        .padding(iced::Padding::ZERO.right(16)),
                )
                .height(Length::Fill),
            )
            .push(space::vertical().height(0))
            .spacing(theme::SPACE)
            .padding(theme::PAD)
            .max_width(1200)
            .into()
    }

    /// "Lanjutkan": the lesson to go on with, and where in it.
    fn resume_card<'a>(&self, tr: &Translator, course: &'a Course) -> Element<'a, Message> {
        let next = self
            .next
            .as_deref()
            .and_then(|id| course.lesson(id))
            .and_then(|e| e.lesson.as_ref());

        match next {
            Some(lesson) => {
                let where_ = match self.states.get(&lesson.id) {
                    Some(s) if !s.completed && s.next_step > 0 => tr.tr_args(
                        "home-resume-at",
                        &[
                            ("n", (s.next_step + 1).into()),
                            ("total", lesson.steps.len().into()),
                        ],
                    ),
                    _ => tr.tr("home-resume-new"),
                };
                widget::card(
                    row![
                        column![widget::subtitle(tr.tr(&lesson.title)), widget::body(where_)]
                            .spacing(4)
                            .width(Length::Fill),
                        if self.assignment.is_some() || self.review.is_some() {
                            // The assignment has the big button; this one steps back.
                            widget::secondary(
                                "continue",
                                tr.tr("home-continue"),
                                Some(Message::Continue),
                            )
                        } else {
                            widget::primary(
                                "continue",
                                tr.tr("home-continue"),
                                Some(Message::Continue),
                            )
                        },
                    ]
                    .spacing(theme::SPACE)
                    .align_y(Alignment::Center),
                )
                .into()
            }
            None if course.entries().any(|e| e.lesson.is_some()) => {
                widget::card(widget::subtitle(tr.tr("home-all-done"))).into()
            }
            None => widget::card(widget::subtitle(tr.tr("home-no-lessons"))).into(),
        }
    }

    /// A module: its progress and its lessons, each one click away.
    fn module_card<'a>(
        &self,
        m: &'a crate::course::Module,
        tr: &Translator,
        course: &'a Course,
    ) -> Element<'a, Message> {
        let (done, total) = resume::module_progress(course, &m.id, &self.states);
        let lessons = m.lessons.iter().enumerate().map(|(i, e)| {
            let (title, status, playable) = match &e.lesson {
                Some(l) => {
                    let status = match self.states.get(&e.id) {
                        Some(s) if s.completed => tr.tr("home-lesson-done"),
                        Some(s) if s.next_step > 0 => tr.tr_args(
                            "home-lesson-at",
                            &[
                                ("n", (s.next_step + 1).into()),
                                ("total", l.steps.len().into()),
                            ],
                        ),
                        _ => tr.tr("home-lesson-new"),
                    };
                    (tr.tr(&l.title), status, true)
                }
                None => (e.id.clone(), tr.tr("home-lesson-unavailable"), false),
            };
            let tile = button(
                row![
                    text(format!("{}.", i + 1)).size(theme::TEXT).width(40),
                    widget::body(title).width(Length::Fill),
                    widget::small(status),
                ]
                .spacing(12)
                .align_y(Alignment::Center),
            )
            .padding([10, 16])
            .width(Length::Fill)
            .style(theme::tile)
            .on_press_maybe(playable.then(|| Message::Open(e.id.clone())));
            container(focus(tile)).id(format!("lesson-{}", e.id)).into()
        });
        widget::card(
            column![
                row![
                    widget::subtitle(tr.tr(&m.title)).width(Length::Fill),
                    widget::body(tr.tr_args(
                        "home-module-count",
                        &[("done", done.into()), ("total", total.into())]
                    )),
                ]
                .align_y(Alignment::Center),
                widget::small(tr.tr(&m.summary)),
                progress_bar(0.0..=(total.max(1) as f32), done as f32)
                    .girth(16)
                    .style(theme::progress),
                column(lessons).spacing(8),
            ]
            .spacing(12),
        )
        .into()
    }
}

/// The review due today: which module, how long, and the two choices.
fn review_card<'a>(r: &DueReview, tr: &Translator, course: &Course) -> Element<'a, Message> {
    let module = course
        .modules
        .iter()
        .find(|m| m.id == r.module)
        .map_or_else(|| r.module.clone(), |m| tr.tr(&m.title));
    let (body, start) = match &r.open {
        Some(_) => ("home-review-body-open", "home-review-continue"),
        None => ("home-review-body", "home-review-start"),
    };
    widget::card(
        row![
            column![
                widget::subtitle(tr.tr("home-review-title")),
                widget::body(tr.tr_args(body, &[("module", module.into())])),
            ]
            .spacing(4)
            .width(Length::Fill),
            widget::secondary(
                "review-later",
                tr.tr("home-review-later"),
                Some(Message::LaterReview)
            ),
            widget::primary("review-start", tr.tr(start), Some(Message::StartReview)),
        ]
        .spacing(theme::SPACE)
        .align_y(Alignment::Center),
    )
    .into()
}

/// The mentor's assignment: its label, its lessons with done marks, and the big button on
/// the first lesson not done yet.
fn assignment_card<'a>(
    a: &'a Assignment,
    tr: &Translator,
    course: &Course,
) -> Element<'a, Message> {
    let title = |id: &str| {
        course
            .lesson(id)
            .and_then(|e| e.lesson.as_ref())
            .map_or_else(|| id.to_owned(), |l| tr.tr(&l.title))
    };
    let first = a.lessons.iter().find(|(_, done)| !done).map(|(id, _)| id);
    let lessons = a.lessons.iter().map(|(id, done)| {
        let mark = if *done {
            tr.tr("home-lesson-done")
        } else {
            tr.tr("home-assignment-todo")
        };
        let line = row![
            widget::body(title(id)).width(Length::Fill),
            widget::small(mark),
        ]
        .spacing(12)
        .align_y(Alignment::Center);
        if Some(id) == first {
            row![
                container(line).width(Length::Fill),
                widget::primary(
                    "assignment-start",
                    tr.tr("home-assignment-start"),
                    Some(Message::Open(id.clone())),
                ),
            ]
            .spacing(theme::SPACE)
            .align_y(Alignment::Center)
            .into()
        } else {
            line.into()
        }
    });
    let heading = if a.label.is_empty() {
        tr.tr("home-assignment-title")
    } else {
        tr.tr_args(
            "home-assignment-title-label",
            &[("label", a.label.clone().into())],
        )
    };
    container(column![widget::subtitle(heading), column(lessons).spacing(8)].spacing(10))
        .padding(theme::PAD)
        .width(Length::Fill)
        .style(theme::hint)
        .into()
}

/// "Tampilan": three text sizes and two colour looks, each shown as it would look, applied
/// at once so the learner sees the result before closing the panel.
fn display_panel<'a>(tr: &Translator, comfort: Comfort) -> Element<'a, Message> {
    let sizes = TextSize::ALL.into_iter().map(|size| {
        let sample = column![
            text("Aa")
                .size(theme::TEXT * size.factor())
                .font(theme::BOLD),
            widget::body(tr.tr(size.label())),
        ]
        .spacing(4)
        .align_x(Alignment::Center);
        choice(
            format!("text-size-{}", size.key()),
            sample,
            comfort.text_size == size,
            Message::Comfort(Comfort {
                text_size: size,
                ..comfort
            }),
        )
    });
    let colours = [
        (false, "display-colours-normal"),
        (true, "display-colours-high"),
    ]
    .map(|(high, label)| {
        choice(
            if high {
                "colours-high"
            } else {
                "colours-normal"
            },
            widget::body(tr.tr(label)),
            comfort.high_contrast == high,
            Message::Comfort(Comfort {
                high_contrast: high,
                ..comfort
            }),
        )
    });
    widget::card(
        column![
            widget::subtitle(tr.tr("display-size")),
            row(sizes).spacing(theme::SPACE),
            widget::subtitle(tr.tr("display-colours")),
            row(colours).spacing(theme::SPACE),
            row![
                space::horizontal(),
                widget::primary(
                    "display-done",
                    tr.tr("display-done"),
                    Some(Message::Display)
                ),
            ],
        ]
        .spacing(theme::SPACE),
    )
    .into()
}

/// One option of the panel: a big tile, outlined when it is the current choice.
fn choice<'a>(
    id: impl Into<iced::widget::Id>,
    content: impl Into<Element<'a, Message>>,
    chosen: bool,
    on_press: Message,
) -> Element<'a, Message> {
    container(focus(
        button(container(content).center_x(Length::Fill))
            .padding([12, 16])
            .width(Length::Fill)
            .style(if chosen {
                theme::option_chosen
            } else {
                theme::tile
            })
            .on_press(on_press),
    ))
    .id(id)
    .width(Length::FillPortion(1))
    .into()
}
