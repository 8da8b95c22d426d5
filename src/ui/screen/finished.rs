//! "Pelajaran selesai": praise, then the next lesson or home. After a skill check: the score
//! against the pass mark; when it is not reached yet, the lessons to practise (each opens
//! with one click) and "Ulangi Uji Kemampuan", which the learner may press at any time.

use crate::course::Course;
use crate::i18n::Translator;
use crate::store::Learner;
use crate::ui::{theme, widget};
use iced::widget::{column, container, row};
use iced::{Element, Length};

#[derive(Debug)]
pub struct State {
    pub learner: Learner,
    pub lesson: String,
    /// The lesson "Lanjut" opens; `None` when everything is done.
    pub next: Option<String>,
    /// The lesson was a skill check: its result.
    pub check: Option<CheckOutcome>,
}

/// The latest attempt at a skill check, as the learner is told it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckOutcome {
    pub score: u32,
    pub pass_mark: u32,
    pub passed: bool,
    /// The lessons that teach the steps missed, in step order.
    pub practise: Vec<String>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Next,
    Home,
    /// Open this lesson (a lesson to practise, or the skill check again).
    Open(String),
}

pub enum Event {
    Next,
    Home,
    Open(String),
}

pub fn update(message: Message) -> super::Update<Message, Event> {
    super::only(Some(match message {
        Message::Next => Event::Next,
        Message::Home => Event::Home,
        Message::Open(id) => Event::Open(id),
    }))
}

impl State {
    pub fn view<'a>(&'a self, tr: &Translator, course: &'a Course) -> Element<'a, Message> {
        let title = |id: &str| {
            course
                .lesson(id)
                .and_then(|e| e.lesson.as_ref())
                .map(|l| tr.tr(&l.title))
                .unwrap_or_default()
        };
        if let Some(check) = &self.check {
            return self.check_view(check, tr, &title);
        }
        let next = self
            .next
            .as_deref()
            .map(|id| widget::body(tr.tr_args("finished-next-is", &[("title", title(id).into())])));
        frame(
            column![
                widget::title(tr.tr("finished-title")),
                widget::subtitle(title(&self.lesson)),
                widget::body(tr.tr("finished-saved")),
            ]
            .push(next)
            .push(self.next_or_home(tr))
            .spacing(theme::SPACE),
        )
    }

    /// One main action: the next lesson, or home when there is none (the focus starts here).
    fn next_or_home(&self, tr: &Translator) -> Element<'_, Message> {
        let actions = match self.next {
            Some(_) => row![
                widget::primary("next", tr.tr("finished-next"), Some(Message::Next)),
                widget::secondary("home", tr.tr("finished-home"), Some(Message::Home)),
            ],
            None => row![widget::primary(
                "home",
                tr.tr("finished-home"),
                Some(Message::Home)
            )],
        };
        container(actions.spacing(theme::SPACE))
            .id("first-action")
            .into()
    }

    fn check_view<'a>(
        &'a self,
        check: &CheckOutcome,
        tr: &Translator,
        title: &dyn Fn(&str) -> String,
    ) -> Element<'a, Message> {
        let args = [
            ("score", check.score.into()),
            ("pass", check.pass_mark.into()),
        ];
        let mut page = column![
            widget::title(tr.tr(if check.passed {
                "finished-check-passed-title"
            } else {
                "finished-check-not-yet-title"
            })),
            widget::subtitle(title(&self.lesson)),
            widget::body(tr.tr_args("finished-check-score", &args)),
        ]
        .spacing(theme::SPACE);
        if check.passed {
            page = page.push(widget::body(tr.tr("finished-check-passed")));
            return frame(page.push(self.next_or_home(tr)));
        }
        page = page.push(widget::body(tr.tr("finished-check-practise")));
        for lesson in &check.practise {
            page = page.push(widget::secondary(
                format!("practise-{lesson}"),
                title(lesson),
                Some(Message::Open(lesson.clone())),
            ));
        }
        page = page.push(
            container(
                row![
                    widget::primary(
                        "retake",
                        tr.tr("finished-check-retake"),
                        Some(Message::Open(self.lesson.clone()))
                    ),
                    widget::secondary("home", tr.tr("finished-home"), Some(Message::Home)),
                ]
                .spacing(theme::SPACE),
            )
            .id("first-action"),
        );
        frame(page)
    }
}

fn frame<'a>(content: iced::widget::Column<'a, Message>) -> Element<'a, Message> {
    container(widget::card(content).max_width(900))
        .center(Length::Fill)
        .padding(theme::PAD)
        .into()
}
