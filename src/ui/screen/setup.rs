//! The mentor ("pendamping") account: asked for on the first start of a fresh Tuntun, and
//! from Settings to add another mentor. A mentor's 6-digit PIN guards Settings, leaving the
//! kiosk, removing learners and resetting their PINs.
//!
//! On a home laptop nobody needs to guard anything: the first start can be skipped
//! ("Lewati"), and a mentor can still be added later in Settings. A kiosk is the opposite:
//! without a mentor anyone could close it or open Settings, so in kiosk mode this screen is
//! `required` (no "Lewati", no "Batal") until a mentor exists.

use crate::i18n::Translator;
use crate::store::{PinError, Store, StoreError, now_ms};
use crate::ui::{theme, widget};
use iced::widget::{column, container, row, space, text_input};
use iced::{Element, Length};

/// The device setting that remembers a skipped first start.
pub const SKIPPED: &str = "mentor_setup_skipped";

#[derive(Debug, Default)]
pub struct State {
    /// The first start (offers "Lewati") rather than a mentor added from Settings ("Batal").
    pub first_run: bool,
    /// Kiosk mode without a mentor: the screen cannot be skipped.
    pub required: bool,
    pub name: String,
    pub pin: String,
    pub repeat: String,
    /// Fluent id of the sentence saying what is not right yet.
    pub error: Option<&'static str>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Name(String),
    Pin(String),
    Repeat(String),
    Save,
    Skip,
}

pub enum Event {
    Done,
    Skipped,
}

impl State {
    pub fn update(&mut self, message: Message, store: &Store) -> super::Update<Message, Event> {
        super::only(self.decide(message, store))
    }

    fn decide(&mut self, message: Message, store: &Store) -> Option<Event> {
        match message {
            Message::Name(v) => self.name = v,
            Message::Pin(v) => self.pin = v,
            Message::Repeat(v) => self.repeat = v,
            Message::Skip if self.required => {}
            Message::Skip => return Some(Event::Skipped),
            Message::Save => {
                if self.pin != self.repeat {
                    self.error = Some("setup-error-repeat");
                    return None;
                }
                match store.add_mentor(&self.name, &self.pin, now_ms()) {
                    Ok(_) => return Some(Event::Done),
                    Err(StoreError::Invalid(crate::store::Invalid::Pin(PinError::EmptyName))) => {
                        self.error = Some("setup-error-name");
                    }
                    Err(StoreError::Invalid(crate::store::Invalid::Pin(_))) => {
                        self.error = Some("setup-error-pin")
                    }
                    Err(e) => {
                        tracing::error!("cannot add a mentor: {e}");
                        self.error = Some("setup-error-save");
                    }
                }
            }
        }
        None
    }

    pub fn view(&self, tr: &Translator) -> Element<'_, Message> {
        let field = |label: String,
                     id: &'static str,
                     value: &str,
                     secure: bool,
                     on: fn(String) -> Message| {
            column![
                widget::body(label).font(theme::BOLD),
                text_input("", value)
                    .id(id)
                    .secure(secure)
                    .on_input(on)
                    .on_submit(Message::Save)
                    .size(theme::TEXT)
                    .padding(12)
                    .style(theme::input),
            ]
            .spacing(6)
        };
        let error = self.error.map(|id| {
            container(widget::body(tr.tr(id)))
                .padding(12)
                .width(Length::Fill)
                .style(theme::feedback_try_again)
        });
        let other = if self.required {
            None
        } else if self.first_run {
            Some(widget::secondary(
                "skip-setup",
                tr.tr("setup-skip"),
                Some(Message::Skip),
            ))
        } else {
            Some(widget::secondary(
                "cancel-setup",
                tr.tr("setup-cancel"),
                Some(Message::Skip),
            ))
        };
        container(
            widget::card(
                column![
                    widget::title(tr.tr(if self.first_run {
                        "setup-title"
                    } else {
                        "setup-title-more"
                    })),
                    widget::body(tr.tr("setup-intro")),
                    field(
                        tr.tr("setup-name"),
                        "mentor-name",
                        &self.name,
                        false,
                        Message::Name
                    ),
                    field(
                        tr.tr("setup-pin"),
                        "mentor-pin",
                        &self.pin,
                        true,
                        Message::Pin
                    ),
                    field(
                        tr.tr("setup-repeat"),
                        "mentor-repeat",
                        &self.repeat,
                        true,
                        Message::Repeat
                    ),
                ]
                .push(error)
                .push(
                    row![
                        widget::primary("save-mentor", tr.tr("setup-save"), Some(Message::Save)),
                        space::horizontal(),
                    ]
                    .push(other)
                    .spacing(theme::SPACE),
                )
                .push(
                    (self.first_run && !self.required)
                        .then(|| widget::small(tr.tr("setup-skip-help"))),
                )
                .spacing(theme::SPACE),
            )
            .max_width(900),
        )
        .center_x(Length::Fill)
        .padding(theme::PAD)
        .into()
    }
}
