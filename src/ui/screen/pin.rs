//! The number pad for PINs: big keys for unsteady hands, dots for the digits typed, and the
//! keyboard's digits, Backspace and Enter work too.
//!
//! The pad only collects digits; a [`Gate`] checks them against the store and says what
//! the PIN opened (a learner's home, Settings, Kelas, leaving the kiosk), which the root
//! then shows.

use crate::i18n::Translator;
use crate::store::{Learner, PinCheck, Store};
use crate::ui::focus::focus;
use crate::ui::{theme, widget};
use iced::widget::{button, column, container, row, space, text};
use iced::{Alignment, Element, Length};

/// The longest PIN (learners 4–6 digits, mentors 6).
pub const MAX_DIGITS: usize = 6;

#[derive(Debug, Clone)]
pub enum Message {
    Digit(char),
    Backspace,
    Submit,
    Cancel,
}

/// What the pad asks the caller to do.
pub enum Event {
    Submit(String),
    Cancel,
}

#[derive(Debug, Default)]
pub struct Pad {
    pub digits: String,
    /// A sentence under the dots (wrong PIN, locked), already in the learner's language.
    pub error: Option<String>,
}

impl Pad {
    pub fn update(&mut self, message: Message) -> Option<Event> {
        match message {
            Message::Digit(d) if d.is_ascii_digit() && self.digits.len() < MAX_DIGITS => {
                self.digits.push(d);
                self.error = None;
            }
            Message::Digit(_) => {}
            Message::Backspace => {
                self.digits.pop();
            }
            Message::Submit if !self.digits.is_empty() => {
                return Some(Event::Submit(std::mem::take(&mut self.digits)));
            }
            Message::Submit => {}
            Message::Cancel => return Some(Event::Cancel),
        }
        None
    }

    /// A key press from the keyboard, as a pad message.
    pub fn key(key: &iced::keyboard::Key) -> Option<Message> {
        use iced::keyboard::{Key, key::Named};
        match key {
            Key::Character(c) => c
                .chars()
                .next()
                .filter(char::is_ascii_digit)
                .map(Message::Digit),
            Key::Named(Named::Backspace) => Some(Message::Backspace),
            Key::Named(Named::Enter) => Some(Message::Submit),
            Key::Named(Named::Escape) => Some(Message::Cancel),
            _ => None,
        }
    }

    /// The room kept for "PIN salah": two lines at any text size.
    const ERROR_ROOM: f32 = 96.0;

    /// The pad under a title (whose PIN it asks for) and a line of help.
    pub fn view<'a>(
        &'a self,
        tr: &Translator,
        title: String,
        help: String,
    ) -> Element<'a, Message> {
        // Only the digits typed: empty circles would suggest that six are needed.
        let dots = vec!["●"; self.digits.len()].join(" ");
        let key = |label: String, id: String, message: Message| -> Element<'a, Message> {
            container(focus(
                button(text(label).size(theme::TITLE).font(theme::BOLD).center())
                    .width(Length::Fixed(104.0))
                    .height(Length::Fixed(72.0))
                    .style(theme::tile)
                    .on_press(message),
            ))
            .id(id)
            .into()
        };
        let digit = |d: char| key(d.to_string(), format!("pin-{d}"), Message::Digit(d));
        let keys = column![
            row![digit('1'), digit('2'), digit('3')].spacing(12),
            row![digit('4'), digit('5'), digit('6')].spacing(12),
            row![digit('7'), digit('8'), digit('9')].spacing(12),
            row![
                key("⌫".into(), "pin-back".into(), Message::Backspace),
                digit('0'),
                key("OK".into(), "pin-ok".into(), Message::Submit),
            ]
            .spacing(12),
        ]
        .spacing(12);
        // The message has its place kept beside the keys: appearing, it moves no key, and
        // "Batal" stays where it was.
        let error: Element<'a, Message> = match &self.error {
            Some(e) => container(widget::body(e.clone()))
                .padding(12)
                .width(Length::Fill)
                .style(theme::feedback_try_again)
                .into(),
            None => space::horizontal().into(),
        };
        container(
            widget::card(
                row![
                    column![
                        widget::title(title),
                        widget::body(help),
                        container(text(dots).size(theme::TITLE))
                            .center_x(Length::Fixed(280.0))
                            .height(Length::Fixed(60.0))
                            .style(theme::pin_box),
                        container(error).height(Length::Fixed(Self::ERROR_ROOM)),
                        widget::secondary("pin-cancel", tr.tr("pin-cancel"), Some(Message::Cancel)),
                    ]
                    .spacing(theme::SPACE)
                    .width(Length::Fill),
                    keys,
                ]
                .spacing(theme::PAD)
                .align_y(Alignment::Center),
            )
            .max_width(860),
        )
        .center(Length::Fill)
        .padding(theme::PAD)
        .into()
    }
}

/// What a PIN opens.
#[derive(Debug, Clone)]
pub enum Purpose {
    Learner(Learner),
    Settings,
    Exit,
    Mentor,
}

/// The PIN pad shown over everything until the right PIN (or "Batal").
#[derive(Debug)]
pub struct Gate {
    pub purpose: Purpose,
    pub pad: Pad,
}

/// What the gate tells the root.
pub enum GateEvent {
    Cancel,
    /// The right PIN: open what it guards. `mentor` is the mentor whose PIN it was (empty
    /// for a learner's PIN).
    Opened {
        purpose: Purpose,
        mentor: String,
    },
}

impl Gate {
    pub fn new(purpose: Purpose) -> Self {
        Self {
            purpose,
            pad: Pad::default(),
        }
    }

    /// A digit, Backspace, OK or Batal; on OK the PIN is checked (and tries counted) in the
    /// store. A wrong or locked PIN, or one that cannot be checked, keeps the gate shut with
    /// a sentence under the dots.
    pub fn update(
        &mut self,
        message: Message,
        store: &Store,
        tr: &Translator,
    ) -> super::Update<Message, GateEvent> {
        super::only(self.check(message, store, tr))
    }

    fn check(&mut self, message: Message, store: &Store, tr: &Translator) -> Option<GateEvent> {
        let pin = match self.pad.update(message)? {
            Event::Cancel => return Some(GateEvent::Cancel),
            Event::Submit(pin) => pin,
        };
        let now = crate::store::now_ms();
        let mut mentor = String::new();
        let checked = match &self.purpose {
            Purpose::Learner(l) => store.check_learner_pin(&l.id, &pin, now),
            Purpose::Settings | Purpose::Exit | Purpose::Mentor => {
                store.check_mentor_pin(&pin, now).map(|(check, who)| {
                    mentor = who.map(|m| m.name).unwrap_or_default();
                    check
                })
            }
        };
        self.pad.error = Some(match checked {
            Ok(PinCheck::Ok) => {
                return Some(GateEvent::Opened {
                    purpose: self.purpose.clone(),
                    mentor,
                });
            }
            Ok(PinCheck::Wrong { tries_left }) => {
                tr.tr_args("pin-wrong", &[("tries", tries_left.into())])
            }
            Ok(PinCheck::LockedOut { until_ms }) => {
                let seconds = ((until_ms - now).max(1000) + 999) / 1000;
                tr.tr_args("pin-locked", &[("seconds", seconds.into())])
            }
            Err(e) => {
                tracing::error!("cannot check a PIN: {e}");
                tr.tr("pin-error")
            }
        });
        None
    }

    /// The pad, titled with whose PIN it asks for.
    pub fn view(&self, tr: &Translator) -> Element<'_, Message> {
        let (title, help) = match &self.purpose {
            Purpose::Learner(l) => (
                tr.tr_args("pin-learner-title", &[("name", l.name.clone().into())]),
                tr.tr("pin-learner-help"),
            ),
            Purpose::Settings | Purpose::Exit | Purpose::Mentor => {
                (tr.tr("pin-mentor-title"), tr.tr("pin-mentor-help"))
            }
        };
        self.pad.view(tr, title, help)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collects_up_to_six_digits_and_submits_once() {
        let mut pad = Pad::default();
        for d in "1234567".chars() {
            pad.update(Message::Digit(d));
        }
        assert_eq!(pad.digits, "123456");
        pad.update(Message::Digit('x'));
        pad.update(Message::Backspace);
        assert_eq!(pad.digits, "12345");
        assert!(matches!(pad.update(Message::Submit), Some(Event::Submit(p)) if p == "12345"));
        assert!(pad.digits.is_empty(), "the digits are not kept");
        assert!(pad.update(Message::Submit).is_none(), "nothing to submit");
    }
}
