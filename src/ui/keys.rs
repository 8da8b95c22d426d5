//! Typing into something that is not a text box: the pretend word processor's page takes
//! every key press that no control took (a focused button takes Enter, a text box takes
//! letters, the focus scope takes Tab) and turns it into a message.
//!
//! A widget rather than a subscription, so that typing works the same in the window and in
//! `iced_test` (whose simulator runs no subscriptions).

use iced::advanced::layout::{self, Layout};
use iced::advanced::renderer;
use iced::advanced::widget::{Operation, Tree, Widget};
use iced::advanced::{Clipboard, Shell, mouse, overlay};
use iced::keyboard::{self, Modifiers};
use iced::{Element, Event, Length, Rectangle, Size, Vector};

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
    fn children(&self) -> Vec<Tree> {
        vec![Tree::new(&self.content)]
    }

    fn diff(&self, tree: &mut Tree) {
        tree.diff_children(std::slice::from_ref(&self.content));
    }

    fn size(&self) -> Size<Length> {
        self.content.as_widget().size()
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &iced::Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        self.content
            .as_widget_mut()
            .layout(&mut tree.children[0], renderer, limits)
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &iced::Renderer,
        operation: &mut dyn Operation,
    ) {
        self.content
            .as_widget_mut()
            .operate(&mut tree.children[0], layout, renderer, operation);
    }

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

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &iced::Renderer,
    ) -> mouse::Interaction {
        self.content.as_widget().mouse_interaction(
            &tree.children[0],
            layout,
            cursor,
            viewport,
            renderer,
        )
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut iced::Renderer,
        theme: &iced::Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        self.content.as_widget().draw(
            &tree.children[0],
            renderer,
            theme,
            style,
            layout,
            cursor,
            viewport,
        );
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &iced::Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, Message, iced::Theme, iced::Renderer>> {
        self.content.as_widget_mut().overlay(
            &mut tree.children[0],
            layout,
            renderer,
            viewport,
            translation,
        )
    }
}

impl<'a, Message: 'a> From<Keys<'a, Message>> for Element<'a, Message> {
    fn from(k: Keys<'a, Message>) -> Self {
        Element::new(k)
    }
}
