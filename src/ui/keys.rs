//! Typing into something that is not a text box: the pretend word processor's page takes
//! every key press that no control took (a focused button takes Enter, a text box takes
//! letters, the focus scope takes Tab) and turns it into a message.
//!
//! A widget rather than a subscription, so that typing works the same in the window and in
//! `iced_test` (whose simulator runs no subscriptions).

use iced::advanced::Layout;
use iced::advanced::widget::{Tree, Widget};
use iced::advanced::{Clipboard, Shell, mouse};
use iced::keyboard::{self, Modifiers};
use iced::{Element, Event, Rectangle};

/// What a key press means to the page, or `None` to leave it to others.
pub type Map<'a, Message> =
    Box<dyn Fn(&keyboard::Key, Modifiers, Option<&str>) -> Option<Message> + 'a>;

pub struct Keys<'a, Message> {
    content: Element<'a, Message>,
    map: Option<Map<'a, Message>>,
}

/// Wraps `content`; while `map` is given, key presses nobody took go through it.
pub fn keys<'a, Message: 'a>(
    content: impl Into<Element<'a, Message>>,
    map: Option<Map<'a, Message>>,
) -> Keys<'a, Message> {
    Keys {
        content: content.into(),
        map,
    }
}

impl<Message> Widget<Message, iced::Theme, iced::Renderer> for Keys<'_, Message> {
    super::wrap::pass_to_content!();

    super::wrap::pass_operate_and_draw!();

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &iced::Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, Message>,
        viewport: &Rectangle,
    ) {
        self.content.as_widget_mut().update(
            &mut tree.children[0],
            event,
            layout,
            cursor,
            renderer,
            clipboard,
            shell,
            viewport,
        );
        if shell.is_event_captured() {
            return;
        }
        if let (
            Some(map),
            Event::Keyboard(keyboard::Event::KeyPressed {
                key,
                modifiers,
                text,
                ..
            }),
        ) = (&self.map, event)
            && let Some(message) = map(key, *modifiers, text.as_deref())
        {
            shell.publish(message);
            shell.capture_event();
        }
    }
}

impl<'a, Message: 'a> From<Keys<'a, Message>> for Element<'a, Message> {
    fn from(k: Keys<'a, Message>) -> Self {
        Element::new(k)
    }
}
