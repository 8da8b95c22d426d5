//! One learner for the mentor: who they are, their time (and JP), skill-check scores and
//! standards, the assignment (tick the lessons, a label), notes, the timeline of sessions
//! and finished lessons, and every step they touched with its tries, mistakes (the feedback
//! sentences they were shown), hints and time. The summary and certificates are written as
//! PDF into the export folder.

use super::{Ctx, export, fmt};
use crate::course::Course;
use crate::i18n::Translator;
use crate::store::StoreError;
use crate::store::mentor::{Assignment, LearnerDetail, Note, StepDetail, TextError, TimelineItem};
use crate::ui::focus::focus;
use crate::ui::{theme, widget};
use iced::widget::{checkbox, column, container, row, scrollable, text, text_input};
use iced::{Alignment, Element, Length};

#[derive(Debug)]
pub struct State {
    pub detail: LearnerDetail,
    pub notes: Vec<Note>,
    pub note_text: String,
    /// Why the note was not saved (one sentence).
    pub note_error: Option<String>,
    pub assignment: Option<Assignment>,
    pub label: String,
    /// The lessons ticked for the assignment.
    pub picked: Vec<String>,
    /// What became of "Simpan tugas" / "Hapus tugas".
    pub assign_result: Option<widget::Outcome>,
    /// Modules whose skill check the learner has passed: each gets a certificate button.
    pub finished_modules: Vec<String>,
    /// The office printed on certificates (kept as the `kantor` setting).
    pub kantor: String,
    /// The last file written (or why not).
    pub result: Option<widget::Outcome>,
}

#[derive(Debug, Clone)]
pub enum Message {
    NoteText(String),
    SaveNote,
    Label(String),
    Pick(String, bool),
    SaveAssignment,
    ClearAssignment,
    SummaryPdf,
    Certificate(String),
    Kantor(String),
    Back,
}

pub enum Event {
    Back,
}

impl State {
    /// The learner's page; `None` when the learner cannot be read.
    pub fn load(learner: &str, ctx: &Ctx<'_>) -> Option<Self> {
        let detail = match ctx.store.learner_detail(learner, ctx.course) {
            Ok(d) => d,
            Err(e) => {
                tracing::error!("cannot read learner {learner}: {e}");
                return None;
            }
        };
        let mut state = Self {
            detail,
            notes: Vec::new(),
            note_text: String::new(),
            note_error: None,
            assignment: None,
            label: String::new(),
            picked: Vec::new(),
            assign_result: None,
            finished_modules: Vec::new(),
            kantor: ctx
                .store
                .setting(crate::store::mentor::KANTOR_SETTING)
                .unwrap_or_else(|e| {
                    tracing::error!("cannot read the kantor setting: {e}");
                    None
                })
                .unwrap_or_default(),
            result: None,
        };
        state.reload(ctx);
        if let Some(a) = &state.assignment {
            state.label = a.label.clone();
            state.picked = a.lessons.iter().map(|(id, _)| id.clone()).collect();
        }
        Some(state)
    }

    fn id(&self) -> &str {
        &self.detail.learner.id
    }

    /// Notes, assignment and finished modules, read again after a change.
    fn reload(&mut self, ctx: &Ctx<'_>) {
        let id = self.detail.learner.id.clone();
        self.notes = ctx.store.notes(&id).unwrap_or_else(|e| {
            tracing::error!("cannot read notes: {e}");
            Vec::new()
        });
        self.assignment = ctx.store.assignment(&id, ctx.course).unwrap_or_else(|e| {
            tracing::error!("cannot read the assignment: {e}");
            None
        });
        self.finished_modules = ctx
            .course
            .modules
            .iter()
            .filter(|m| {
                matches!(
                    ctx.store.module_figures(&id, ctx.course, &m.id),
                    Ok(Some(_))
                )
            })
            .map(|m| m.id.clone())
            .collect();
    }

    pub fn update(&mut self, message: Message, ctx: &Ctx<'_>) -> Option<Event> {
        let tr = ctx.tr;
        match message {
            Message::NoteText(t) => {
                self.note_text = t;
                self.note_error = None;
            }
            Message::SaveNote => match ctx.store.add_note(self.id(), ctx.mentor, &self.note_text) {
                Ok(_) => {
                    self.note_text.clear();
                    self.note_error = None;
                    self.reload(ctx);
                }
                Err(StoreError::Text(TextError::EmptyNote)) => {
                    self.note_error = Some(tr.tr("mentor-note-empty"));
                }
                Err(e) => {
                    tracing::error!("cannot save a note: {e}");
                    self.note_error = Some(tr.tr("mentor-error-save"));
                }
            },
            Message::Label(l) => self.label = l,
            Message::Pick(id, on) => {
                self.picked.retain(|p| *p != id);
                if on {
                    self.picked.push(id);
                }
            }
            Message::SaveAssignment => {
                // In course order, whatever order they were ticked in.
                let lessons: Vec<String> = ctx
                    .course
                    .entries()
                    .filter(|e| self.picked.contains(&e.id))
                    .map(|e| e.id.clone())
                    .collect();
                let id = self.id().to_owned();
                self.assign_result = Some(match ctx.store.assign(&id, &self.label, &lessons) {
                    Ok(()) => widget::Outcome::done(tr.tr("mentor-assign-saved")),
                    Err(StoreError::Text(TextError::NoLessons)) => {
                        widget::Outcome::failed(tr.tr("mentor-assign-none"))
                    }
                    Err(e) => {
                        tracing::error!("cannot save an assignment: {e}");
                        widget::Outcome::failed(tr.tr("mentor-error-save"))
                    }
                });
                self.reload(ctx);
            }
            Message::ClearAssignment => {
                let id = self.id().to_owned();
                self.assign_result = Some(match ctx.store.clear_assignment(&id) {
                    Ok(()) => {
                        self.picked.clear();
                        self.label.clear();
                        widget::Outcome::done(tr.tr("mentor-assign-cleared"))
                    }
                    Err(e) => {
                        tracing::error!("cannot clear an assignment: {e}");
                        widget::Outcome::failed(tr.tr("mentor-error-save"))
                    }
                });
                self.reload(ctx);
            }
            Message::SummaryPdf => {
                self.result = Some(export::summary(ctx, &self.detail.learner));
            }
            Message::Certificate(module) => {
                if let Err(e) = ctx
                    .store
                    .set_setting(crate::store::mentor::KANTOR_SETTING, self.kantor.trim())
                {
                    tracing::error!("cannot keep the kantor setting: {e}");
                }
                self.result = Some(export::certificate(
                    ctx,
                    &self.detail.learner,
                    &module,
                    &self.kantor,
                ));
            }
            Message::Kantor(k) => self.kantor = k,
            Message::Back => return Some(Event::Back),
        }
        None
    }

    pub fn view<'a>(&'a self, tr: &Translator, course: &'a Course) -> Element<'a, Message> {
        let l = &self.detail.learner;
        let who = [
            l.nip
                .as_deref()
                .filter(|s| !s.is_empty())
                .map(|n| tr.tr_args("mentor-nip", &[("nip", n.to_owned().into())])),
            l.unit.clone().filter(|s| !s.is_empty()),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
        let header = row![
            widget::avatar(&l.name, &l.id),
            column![widget::title(l.name.as_str()), widget::small(who)]
                .spacing(2)
                .width(Length::Fill),
            widget::primary("detail-back", tr.tr("mentor-back"), Some(Message::Back)),
        ]
        .spacing(theme::SPACE)
        .align_y(Alignment::Center);

        let mut files = row![widget::secondary(
            "summary-pdf",
            tr.tr("mentor-summary-pdf"),
            Some(Message::SummaryPdf)
        )]
        .spacing(theme::SPACE);
        for m in &self.finished_modules {
            files = files.push(widget::secondary(
                format!("certificate-{m}"),
                tr.tr_args(
                    "mentor-certificate-pdf",
                    &[("module", fmt::module_title(tr, course, m).into())],
                ),
                Some(Message::Certificate(m.clone())),
            ));
        }

        let page = column![
            self.figures(tr, course),
            self.notes_card(tr),
            self.assignment_card(tr, course),
            self.timeline_card(tr, course),
            self.steps_card(tr, course),
        ]
        .spacing(theme::SPACE)
        .padding(iced::Padding::ZERO.right(16));
        let kantor = (!self.finished_modules.is_empty()).then(|| {
            row![
                widget::body(tr.tr("mentor-kantor")),
                text_input(&tr.tr("mentor-kantor-example"), &self.kantor)
                    .id("kantor")
                    .on_input(Message::Kantor)
                    .size(theme::TEXT)
                    .padding(10)
                    .style(theme::input),
            ]
            .spacing(12)
            .align_y(Alignment::Center)
        });
        column![header, files.wrap()]
            .push(kantor)
            .push(self.result.as_ref().map(banner))
            .push(scrollable(page).height(Length::Fill))
            .spacing(12)
            .padding(theme::PAD)
            .max_width(1300)
            .into()
    }

    fn figures<'a>(&self, tr: &Translator, course: &Course) -> Element<'a, Message> {
        let d = &self.detail;
        let mut lines = column![widget::body(tr.tr_args(
            "mentor-time-total",
            &[("time", fmt::minutes_jp(tr, d.minutes_total).into())]
        ))]
        .spacing(6);
        for c in &d.skill_checks {
            lines = lines.push(widget::body(tr.tr_args(
                if c.passed {
                    "mentor-skill-check-passed"
                } else {
                    "mentor-skill-check-not-passed"
                },
                &[
                    ("module", fmt::module_title(tr, course, &c.module).into()),
                    ("score", c.score.into()),
                    ("pass", c.pass_mark.into()),
                    ("attempts", c.attempts.into()),
                ],
            )));
        }
        let standards = if d.standards.is_empty() {
            tr.tr("mentor-standards-none")
        } else {
            let names: Vec<String> = d
                .standards
                .iter()
                .map(|s| crate::course::standard_name(tr, s))
                .collect();
            tr.tr_args("mentor-standards", &[("list", names.join("; ").into())])
        };
        widget::card(lines.push(widget::body(standards))).into()
    }

    fn assignment_card<'a>(&'a self, tr: &Translator, course: &'a Course) -> Element<'a, Message> {
        let current = match &self.assignment {
            Some(a) => {
                let done = a.lessons.iter().filter(|(_, d)| *d).count();
                tr.tr_args(
                    "mentor-assign-current",
                    &[
                        ("label", a.label.clone().into()),
                        ("done", done.into()),
                        ("total", a.lessons.len().into()),
                    ],
                )
            }
            None => tr.tr("mentor-assign-nothing"),
        };
        let modules = course.modules.iter().map(|m| {
            let boxes = m.lessons.iter().filter(|e| e.lesson.is_some()).map(|e| {
                let id = e.id.clone();
                let ticked = self.picked.contains(&e.id);
                let title = fmt::lesson_title(tr, course, &e.id);
                container(focus(
                    checkbox(ticked)
                        .label(title)
                        .size(24)
                        .text_size(theme::SMALL)
                        .on_toggle(move |on| Message::Pick(id.clone(), on)),
                ))
                .id(format!("assign-{}", e.id))
                .width(Length::Fixed(380.0))
                .into()
            });
            column![
                text(tr.tr(&m.title)).size(theme::SMALL).font(theme::BOLD),
                row(boxes).spacing(12).wrap().vertical_spacing(8),
            ]
            .spacing(6)
            .into()
        });
        widget::card(
            column![
                widget::subtitle(tr.tr("mentor-assign-title")),
                widget::body(current),
                row![
                    widget::body(tr.tr("mentor-assign-label")),
                    text_input(&tr.tr("mentor-assign-label-example"), &self.label)
                        .id("assign-label")
                        .on_input(Message::Label)
                        .size(theme::TEXT)
                        .padding(10)
                        .style(theme::input),
                ]
                .spacing(12)
                .align_y(Alignment::Center),
                column(modules).spacing(12),
                row![
                    widget::primary(
                        "assign-save",
                        tr.tr("mentor-assign-save"),
                        Some(Message::SaveAssignment)
                    ),
                    widget::secondary(
                        "assign-clear",
                        tr.tr("mentor-assign-clear"),
                        self.assignment.as_ref().map(|_| Message::ClearAssignment)
                    ),
                ]
                .spacing(theme::SPACE)
                .align_y(Alignment::Center),
            ]
            .push(self.assign_result.as_ref().map(banner))
            .spacing(12),
        )
        .into()
    }

    fn notes_card<'a>(&'a self, tr: &Translator) -> Element<'a, Message> {
        let list = self.notes.iter().map(|n| {
            let by = if n.mentor.is_empty() {
                fmt::day(tr, Some(n.created_at))
            } else {
                tr.tr_args(
                    "mentor-note-by",
                    &[
                        ("date", fmt::day(tr, Some(n.created_at)).into()),
                        ("mentor", n.mentor.clone().into()),
                    ],
                )
            };
            column![widget::small(by), widget::body(n.text.as_str())]
                .spacing(2)
                .into()
        });
        let empty = self
            .notes
            .is_empty()
            .then(|| widget::small(tr.tr("mentor-notes-none")));
        widget::card(
            column![
                widget::subtitle(tr.tr("mentor-notes-title")),
                row![
                    text_input(&tr.tr("mentor-note-placeholder"), &self.note_text)
                        .id("note-text")
                        .on_input(Message::NoteText)
                        .on_submit(Message::SaveNote)
                        .size(theme::TEXT)
                        .padding(10)
                        .style(theme::input),
                    widget::primary(
                        "note-save",
                        tr.tr("mentor-note-save"),
                        Some(Message::SaveNote)
                    ),
                ]
                .spacing(12)
                .align_y(Alignment::Center),
            ]
            .push(self.note_error.as_ref().map(|e| banner_text(false, e)))
            .push(empty)
            .push(column(list).spacing(10))
            .spacing(12),
        )
        .into()
    }

    fn timeline_card<'a>(&self, tr: &Translator, course: &Course) -> Element<'a, Message> {
        // Newest first: what happened lately matters most to the mentor.
        let items = self.detail.timeline.iter().rev().map(|t| {
            let line = match t {
                TimelineItem::Session {
                    start,
                    end,
                    minutes,
                } => tr.tr_args(
                    "mentor-timeline-session",
                    &[
                        ("date", fmt::day(tr, Some(*start)).into()),
                        ("from", fmt::clock(*start).into()),
                        ("to", fmt::clock(*end).into()),
                        ("minutes", (*minutes).into()),
                    ],
                ),
                TimelineItem::Finished { lesson, at } => tr.tr_args(
                    "mentor-timeline-finished",
                    &[
                        ("date", fmt::day(tr, Some(*at)).into()),
                        ("time", fmt::clock(*at).into()),
                        ("lesson", fmt::lesson_title(tr, course, lesson).into()),
                    ],
                ),
            };
            let finished = matches!(t, TimelineItem::Finished { .. });
            let line = text(line).size(theme::SMALL);
            let line: Element<'a, Message> = if finished {
                line.font(theme::BOLD).into()
            } else {
                line.into()
            };
            line
        });
        let empty = self
            .detail
            .timeline
            .is_empty()
            .then(|| widget::small(tr.tr("mentor-timeline-none")));
        widget::card(
            column![widget::subtitle(tr.tr("mentor-timeline-title"))]
                .push(empty)
                .push(column(items).spacing(4))
                .spacing(10),
        )
        .into()
    }

    fn steps_card<'a>(&self, tr: &Translator, course: &Course) -> Element<'a, Message> {
        let steps = self.detail.steps.iter().map(|s| step_line(s, tr, course));
        let empty = self
            .detail
            .steps
            .is_empty()
            .then(|| widget::small(tr.tr("mentor-steps-none")));
        widget::card(
            column![widget::subtitle(tr.tr("mentor-steps-title"))]
                .push(empty)
                .push(column(steps).spacing(12))
                .spacing(10),
        )
        .into()
    }
}

/// One step: where, the instruction, the figures, and the mistakes' sentences with counts.
fn step_line<'a>(s: &StepDetail, tr: &Translator, course: &Course) -> Element<'a, Message> {
    let title = tr.tr_args(
        "mentor-step-where",
        &[
            ("lesson", fmt::lesson_title(tr, course, &s.lesson).into()),
            ("step", (s.step + 1).into()),
        ],
    );
    let figures = tr.tr_args(
        "mentor-step-figures",
        &[
            ("tries", s.tries.into()),
            ("mistakes", s.mistakes.len().into()),
            ("hints", s.hints.into()),
            ("minutes", (s.time_ms / 60_000).into()),
            ("seconds", (s.time_ms / 1000 % 60).into()),
            ("done", if s.done { "yes" } else { "no" }.into()),
        ],
    );
    // The same mistake many times is one line with its count.
    let mut counted: Vec<(String, u32)> = Vec::new();
    for m in &s.mistakes {
        match counted.iter_mut().find(|(id, _)| id == m) {
            Some((_, n)) => *n += 1,
            None => counted.push((m.clone(), 1)),
        }
    }
    let mistakes = counted.into_iter().map(|(id, n)| {
        let sentence = if tr.has(&id) { tr.tr(&id) } else { id };
        text(tr.tr_args(
            "mentor-step-mistake",
            &[("count", n.into()), ("text", sentence.into())],
        ))
        .size(theme::SMALL)
        .into()
    });
    column![
        text(title).size(theme::SMALL).font(theme::BOLD),
        widget::small(fmt::step_text(tr, course, &s.lesson, s.step)),
        text(figures).size(theme::SMALL),
        column(mistakes)
            .spacing(2)
            .padding(iced::Padding::ZERO.left(16)),
    ]
    .spacing(2)
    .into()
}

/// A sentence in green (done) or red (not done).
fn banner<'a>(r: &widget::Outcome) -> Element<'a, Message> {
    widget::result_banner(r).padding(10).into()
}

fn banner_text<'a>(ok: bool, s: &str) -> Element<'a, Message> {
    container(widget::body(s.to_owned()))
        .padding(10)
        .width(Length::Fill)
        .style(if ok {
            theme::feedback_success
        } else {
            theme::error
        })
        .into()
}
