//! The number pad for PINs: big keys for unsteady hands, dots for the digits typed, and the
//! keyboard's digits, Backspace and Enter work too.
//!
//! The pad only collects digits; what a PIN opens (a learner, Settings, leaving the kiosk)
//! and how many tries are left is decided by the caller with the store.

use crate::i18n::Translator;
use crate::ui::focus::focus;
use crate::ui::{theme, widget};
use iced::widget::{button, column, container, row, text};
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
        // The error (wrong PIN, wait) takes the place of the help, so the pad never grows
        // and "Batal" keeps its full size on a 768-pixel-high screen.
        let help: Element<'_, Message> = match &self.error {
            Some(e) => container(widget::body(e.clone()))
                .padding(12)
                .width(Length::Fill)
                .style(theme::feedback_try_again)
                .into(),
            None => widget::body(help).into(),
        };
        container(
            widget::card(
                column![
                    widget::title(title),
                    help,
                    container(text(dots).size(theme::TITLE))
                        .center_x(Length::Fixed(280.0))
                        .height(Length::Fixed(60.0))
                        .style(theme::pin_box),
                ]
                .push(keys)
                .push(widget::secondary(
                    "pin-cancel",
                    tr.tr("pin-cancel"),
                    Some(Message::Cancel),
                ))
                .spacing(theme::SPACE)
                .align_x(Alignment::Center),
            )
            .max_width(560),
        )
        .center(Length::Fill)
        .padding(theme::PAD)
        .into()
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
