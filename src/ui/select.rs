//! Selecting text on the word processor's page with the mouse, as in Word or Writer:
//! press and drag across the text, double-click a word, triple-click a line, Shift+click
//! to extend. The page draws each paragraph as a `rich_text` of one-character spans (so it
//! can show bold, sizes and alignment, which a `text_editor` cannot); this wrapper lays out
//! the same spans again to find which character is under the pointer and reports presses,
//! drags and releases as messages. The I-beam pointer shows over the text.
//!
//! Whether a drag is going on is the simulator's (the page has several paragraphs, each
//! wrapped on its own, and a drag crosses them), so the view passes it in.

use iced::advanced::text::{self as atext, Paragraph as _};
use iced::advanced::widget::{Tree, Widget, tree};
use iced::advanced::{Clipboard, Layout, Shell, mouse};
use iced::widget::text::{LineHeight, Shaping, Span, Wrapping};
use iced::{Element, Event, Font, Point, Rectangle, Size, keyboard};

/// How many clicks in a row a press is (1, 2 or 3).
pub type Clicks = u8;

pub struct Selectable<'a, Link, Message> {
    content: Element<'a, Message>,
    spans: Vec<Span<'a, Link, Font>>,
    /// Where a press after the last character goes.
    end: Link,
    font: Font,
    align_x: iced::widget::text::Alignment,
    dragging: bool,
    on_press: Box<dyn Fn(Link, Clicks, bool) -> Message + 'a>,
    on_drag: Box<dyn Fn(Link) -> Message + 'a>,
    on_release: Message,
}

/// Wraps a paragraph drawn from `spans` (each one character, its link the place before
/// it): `on_press(place, clicks, shift)`, `on_drag(place)` while `dragging`, and
/// `on_release` when the button goes up during a drag.
#[allow(clippy::too_many_arguments)]
pub fn selectable<'a, Link: Clone + 'a, Message: Clone + 'a>(
    content: impl Into<Element<'a, Message>>,
    spans: Vec<Span<'a, Link, Font>>,
    end: Link,
    font: Font,
    align_x: iced::widget::text::Alignment,
    dragging: bool,
    on_press: impl Fn(Link, Clicks, bool) -> Message + 'a,
    on_drag: impl Fn(Link) -> Message + 'a,
    on_release: Message,
) -> Selectable<'a, Link, Message> {
    Selectable {
        content: content.into(),
        spans,
        end,
        font,
        align_x,
        dragging,
        on_press: Box::new(on_press),
        on_drag: Box::new(on_drag),
        on_release,
    }
}

#[derive(Default)]
struct State {
    last_click: Option<mouse::Click>,
    shift: bool,
}

impl<Link: Clone, Message: Clone> Selectable<'_, Link, Message> {
    /// The place before the character nearest to `point` (relative to the paragraph).
    fn place_at(&self, renderer: &iced::Renderer, width: f32, point: Point) -> Link {
        let paragraph = <iced::Renderer as atext::Renderer>::Paragraph::with_spans(atext::Text {
            content: self.spans.as_slice(),
            bounds: Size::new(width, f32::INFINITY),
            size: atext::Renderer::default_size(renderer),
            line_height: LineHeight::default(),
            font: self.font,
            align_x: self.align_x,
            align_y: iced::alignment::Vertical::Top,
            shaping: Shaping::Advanced,
            wrapping: Wrapping::default(),
        });
        let Some(atext::Hit::CharOffset(byte)) = paragraph.hit_test(point) else {
            return self.end.clone();
        };
        // The spans are laid out as one line of text; find the span that starts at `byte`.
        let mut at = 0;
        for span in &self.spans {
            if at >= byte {
                return span.link.clone().unwrap_or_else(|| self.end.clone());
            }
            at += span.text.len();
        }
        self.end.clone()
    }
}

impl<Link: Clone, Message: Clone> Widget<Message, iced::Theme, iced::Renderer>
    for Selectable<'_, Link, Message>
{
    super::wrap::pass_operate_and_draw!();

    fn tag(&self) -> tree::Tag {
        tree::Tag::of::<State>()
    }

    fn state(&self) -> tree::State {
        tree::State::new(State::default())
    }

    fn children(&self) -> Vec<Tree> {
        vec![Tree::new(&self.content)]
    }

    fn diff(&self, tree: &mut Tree) {
        tree.diff_children(std::slice::from_ref(&self.content));
    }

    fn size(&self) -> Size<iced::Length> {
        self.content.as_widget().size()
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &iced::Renderer,
        limits: &iced::advanced::layout::Limits,
    ) -> iced::advanced::layout::Node {
        self.content
            .as_widget_mut()
            .layout(&mut tree.children[0], renderer, limits)
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &iced::Renderer,
        _clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, Message>,
        _viewport: &Rectangle,
    ) {
        let bounds = layout.bounds();
        let state = tree.state.downcast_mut::<State>();
        match event {
            Event::Keyboard(keyboard::Event::ModifiersChanged(m)) => state.shift = m.shift(),
            Event::Mouse(mouse::Event::ButtonPressed(mouse::Button::Left)) => {
                let Some(point) = cursor.position_in(bounds) else {
                    return;
                };
                let click = mouse::Click::new(point, mouse::Button::Left, state.last_click);
                state.last_click = Some(click);
                let clicks = match click.kind() {
                    mouse::click::Kind::Single => 1,
                    mouse::click::Kind::Double => 2,
                    mouse::click::Kind::Triple => 3,
                };
                let place = self.place_at(renderer, bounds.width, point);
                shell.publish((self.on_press)(place, clicks, state.shift));
                shell.capture_event();
            }
            Event::Mouse(mouse::Event::CursorMoved { .. }) if self.dragging => {
                if let Some(point) = cursor.position_in(bounds) {
                    let place = self.place_at(renderer, bounds.width, point);
                    shell.publish((self.on_drag)(place));
                }
            }
            Event::Mouse(mouse::Event::ButtonReleased(mouse::Button::Left)) if self.dragging => {
                shell.publish(self.on_release.clone());
            }
            _ => {}
        }
    }

    fn mouse_interaction(
        &self,
        _tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        _viewport: &Rectangle,
        _renderer: &iced::Renderer,
    ) -> mouse::Interaction {
        if cursor.is_over(layout.bounds()) {
            mouse::Interaction::Text
        } else {
            mouse::Interaction::None
        }
    }
}

impl<'a, Link: Clone + 'a, Message: Clone + 'a> From<Selectable<'a, Link, Message>>
    for Element<'a, Message>
{
    fn from(s: Selectable<'a, Link, Message>) -> Self {
        Element::new(s)
    }
}
