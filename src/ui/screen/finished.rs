//! "Pelajaran selesai": praise, then the next lesson or home.

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
}

#[derive(Debug, Clone)]
pub enum Message {
    Next,
    Home,
}

pub enum Event {
    Next,
    Home,
}

pub fn update(message: Message) -> Event {
    match message {
        Message::Next => Event::Next,
        Message::Home => Event::Home,
    }
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
        let next = self
            .next
            .as_deref()
            .map(|id| widget::body(tr.tr_args("finished-next-is", &[("title", title(id).into())])));
        // One main action: the next lesson, or home when there is none.
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
        container(
            widget::card(
                column![
                    widget::title(tr.tr("finished-title")),
                    widget::subtitle(title(&self.lesson)),
                    widget::body(tr.tr("finished-saved")),
                ]
                .push(next)
                .push(container(actions.spacing(theme::SPACE)).id("first-action"))
                .spacing(theme::SPACE),
            )
            .max_width(900),
        )
        .center(Length::Fill)
        .padding(theme::PAD)
        .into()
    }
}
