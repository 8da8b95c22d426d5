//! Keyboard use without a mouse: Tab / Shift+Tab move a visible focus over the buttons and
//! text boxes of the screen, Enter or Space presses the focused button.
//!
//! iced 0.14 cannot focus buttons, and Tab does nothing by itself. Two small widgets fill
//! the gap:
//! - [`Focus`] wraps one control. It takes part in iced's focus operations (the same ones
//!   that move between text boxes), draws a thick ring when it has the focus, and on Enter
//!   or Space gives its content a click at its centre, so the control does exactly what a
//!   mouse click does, with no second copy of what that is.
//! - [`Scope`] wraps a whole screen. A Tab that no control took moves the focus to the next
//!   control in reading order (Shift+Tab: the previous one). Because it is a widget, Tab
//!   works the same in the window and in `iced_test`.
//!
//! A mouse click anywhere takes the ring away: it is for people who use the keyboard.
//!
//! Something always has the focus where a learner arrives: the [`Scope`] is told the
//! screen's place (screen, step, open dialog) and its first control (the first text box or
//! the main action, never "Ke Beranda"). When the place changes, that control gets the focus,
//! so Tab and Enter start from there. While the keyboard is in use, a focused control that
//! disappears (a sign-in form that closes) hands the focus back to the place's first control.
//! Tab after the last control comes round to the first: no stop without a ring.

use super::theme;
use iced::advanced::layout::Layout;
use iced::advanced::renderer::{self, Quad, Renderer as _};
use iced::advanced::widget::operation::{self, Operation};
use iced::advanced::widget::{Tree, Widget, tree};
use iced::advanced::{Clipboard, Shell, mouse};
use iced::keyboard::{self, key::Named};
use iced::{Border, Element, Event, Rectangle};

mod operations;

use operations::*;

/// The state a [`Focus`] keeps between frames.
#[derive(Debug, Default)]
struct State {
    focused: bool,
}

impl operation::Focusable for State {
    fn is_focused(&self) -> bool {
        self.focused
    }

    fn focus(&mut self) {
        self.focused = true;
    }

    fn unfocus(&mut self) {
        self.focused = false;
    }
}

/// A control that the keyboard can reach (see the module documentation).
pub struct Focus<'a, Message> {
    content: Element<'a, Message>,
}

/// Makes `content` (a button, a tile) reachable with Tab and pressable with Enter.
pub fn focus<'a, Message: 'a>(content: impl Into<Element<'a, Message>>) -> Focus<'a, Message> {
    Focus {
        content: content.into(),
    }
}

/// How far the ring stands out around the control, and how thick it is.
const RING_GAP: f32 = 3.0;
const RING_WIDTH: f32 = 5.0;

fn is_press_key(key: &keyboard::Key) -> bool {
    matches!(key, keyboard::Key::Named(Named::Enter | Named::Space))
}

impl<Message: Clone> Widget<Message, iced::Theme, iced::Renderer> for Focus<'_, Message> {
    super::wrap::pass_to_content!();

    fn tag(&self) -> tree::Tag {
        tree::Tag::of::<State>()
    }

    fn state(&self) -> tree::State {
        tree::State::new(State::default())
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &iced::Renderer,
        operation: &mut dyn Operation,
    ) {
        // Tells a [`Scope`] looking for the first text box that this stop is a button.
        operation.custom(None, layout.bounds(), &mut ButtonMark);
        let state = tree.state.downcast_mut::<State>();
        operation.focusable(None, layout.bounds(), state);
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
        let focused = tree.state.downcast_ref::<State>().focused;
        match event {
            Event::Keyboard(keyboard::Event::KeyPressed { key, .. })
                if focused && is_press_key(key) =>
            {
                // The same press and release a mouse gives, at the control's centre. Each
                // gets a shell of its own: a control stops at an event already captured,
                // and the press captures.
                let centre = mouse::Cursor::Available(layout.bounds().center());
                for click in [
                    mouse::Event::ButtonPressed(mouse::Button::Left),
                    mouse::Event::ButtonReleased(mouse::Button::Left),
                ] {
                    let mut messages = Vec::new();
                    let mut inner = Shell::new(&mut messages);
                    self.content.as_widget_mut().update(
                        &mut tree.children[0],
                        &Event::Mouse(click),
                        layout,
                        centre,
                        renderer,
                        clipboard,
                        &mut inner,
                        viewport,
                    );
                    shell.merge(inner, |m| m);
                }
                shell.capture_event();
                shell.request_redraw();
                return;
            }
            Event::Mouse(mouse::Event::ButtonPressed(_)) if focused => {
                tree.state.downcast_mut::<State>().focused = false;
                shell.request_redraw();
            }
            _ => {}
        }
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
        if tree.state.downcast_ref::<State>().focused {
            // A thick ring with a thin white one inside it, so it shows on light pages
            // and on the webmail's dark bar alike.
            let outer = layout.bounds().expand(RING_GAP + RING_WIDTH);
            let inner = layout.bounds().expand(RING_GAP);
            renderer.with_layer(outer.expand(1.0), |renderer| {
                for (bounds, color, width) in [
                    (outer, theme::focus_ring(theme), RING_WIDTH),
                    (inner, iced::Color::WHITE, 3.0),
                ] {
                    renderer.fill_quad(
                        Quad {
                            bounds,
                            border: Border {
                                color,
                                width,
                                radius: 10.0.into(),
                            },
                            ..Quad::default()
                        },
                        iced::Color::TRANSPARENT,
                    );
                }
            });
        }
    }
}

impl<'a, Message: Clone + 'a> From<Focus<'a, Message>> for Element<'a, Message> {
    fn from(f: Focus<'a, Message>) -> Self {
        Element::new(f)
    }
}

/// A screen in which Tab moves the focus (see the module documentation).
pub struct Scope<'a, Message> {
    content: Element<'a, Message>,
    start: Option<Start>,
}

/// Where the learner is, and the control (a widget or container id) that has the focus on
/// arriving there: a text box itself, or the first control inside a container.
#[derive(Debug, Clone, PartialEq)]
pub struct Start {
    pub place: u64,
    /// The first of these that holds a control that Tab can reach.
    pub controls: Vec<iced::widget::Id>,
    pub skip: Vec<iced::widget::Id>,
}

impl Start {
    /// `place` is any value that differs between screens, steps and dialogs.
    pub fn new(place: impl std::hash::Hash, control: impl Into<iced::widget::Id>) -> Self {
        use std::hash::{DefaultHasher, Hasher};
        let mut h = DefaultHasher::new();
        place.hash(&mut h);
        Self {
            place: h.finish(),
            controls: vec![control.into()],
            skip: Vec::new(),
        }
    }

    /// Controls passed over when looking for the first one (a tool's own "Kembali" at the
    /// top of its screen is no place to start).
    pub fn skip(mut self, control: impl Into<iced::widget::Id>) -> Self {
        self.skip.push(control.into());
        self
    }

    /// Where the focus goes when the control before has nothing Tab can reach.
    pub fn or(mut self, control: impl Into<iced::widget::Id>) -> Self {
        self.controls.push(control.into());
        self
    }
}

pub fn scope<'a, Message: 'a>(content: impl Into<Element<'a, Message>>) -> Scope<'a, Message> {
    Scope {
        content: content.into(),
        start: None,
    }
}

impl<Message> Scope<'_, Message> {
    /// The place and its first control (see the module documentation).
    pub fn start(mut self, start: Option<Start>) -> Self {
        self.start = start;
        self
    }
}

/// What a [`Scope`] keeps between frames.
#[derive(Debug, Default)]
struct ScopeState {
    /// The place whose first control was last given the focus.
    arrived: Option<u64>,
    /// The keyboard was used last (a mouse press ends it).
    keyboard: bool,
}

impl<Message> Scope<'_, Message> {
    /// Which control has the focus, if any: (its scrollable, its bounds).
    fn focused(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &iced::Renderer,
    ) -> Option<(Option<usize>, Rectangle)> {
        let mut find = FindFocused::default();
        self.content
            .as_widget_mut()
            .operate(tree, layout, renderer, &mut find);
        find.found
    }

    /// Gives the focus to the place's first control; false when there is none.
    fn arrive(&mut self, tree: &mut Tree, layout: Layout<'_>, renderer: &iced::Renderer) -> bool {
        let Some(start) = &self.start else {
            return false;
        };
        let found = start.controls.iter().find_map(|target| {
            let mut find = FindFirstIn {
                target: Some(target.clone()),
                skip: start.skip.clone(),
                ..FindFirstIn::default()
            };
            self.content
                .as_widget_mut()
                .operate(tree, layout, renderer, &mut find);
            find.found()
        });
        let Some(index) = found else {
            return false;
        };
        self.content.as_widget_mut().operate(
            tree,
            layout,
            renderer,
            &mut FocusIndex { index, seen: 0 },
        );
        self.scroll_to_focus(tree, layout, renderer);
        true
    }

    /// A control below the fold is scrolled into sight, as browsers do.
    fn scroll_to_focus(&mut self, tree: &mut Tree, layout: Layout<'_>, renderer: &iced::Renderer) {
        if let Some((Some(target), focused)) = self.focused(tree, layout, renderer) {
            let mut scroll = ScrollIntoView {
                target,
                seen: 0,
                focused,
            };
            self.content
                .as_widget_mut()
                .operate(tree, layout, renderer, &mut scroll);
        }
    }
}

impl<Message> Widget<Message, iced::Theme, iced::Renderer> for Scope<'_, Message> {
    super::wrap::pass_to_content!();

    super::wrap::pass_operate_and_draw!();

    fn tag(&self) -> tree::Tag {
        tree::Tag::of::<ScopeState>()
    }

    fn state(&self) -> tree::State {
        tree::State::new(ScopeState::default())
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
        let place = self.start.as_ref().map(|s| s.place);
        let arrived = tree.state.downcast_ref::<ScopeState>().arrived;
        if place.is_some() && place != arrived {
            match event {
                // A pointer that acts first has chosen for itself (and moving the focus,
                // which may scroll, would move what it points at).
                Event::Mouse(mouse::Event::ButtonPressed(_)) => {
                    tree.state.downcast_mut::<ScopeState>().arrived = place;
                }
                Event::Mouse(_) | Event::Touch(_) => {}
                // A new screen, step or dialog: its first control takes the focus at the
                // first frame (or key), so a Tab or Enter starts from there.
                _ => {
                    if self.arrive(&mut tree.children[0], layout, renderer) {
                        tree.state.downcast_mut::<ScopeState>().arrived = place;
                        shell.request_redraw();
                    }
                }
            }
        }
        match event {
            Event::Keyboard(keyboard::Event::KeyPressed { .. }) => {
                tree.state.downcast_mut::<ScopeState>().keyboard = true;
            }
            Event::Mouse(mouse::Event::ButtonPressed(_)) => {
                tree.state.downcast_mut::<ScopeState>().keyboard = false;
            }
            Event::Window(iced::window::Event::RedrawRequested(_))
                if tree.state.downcast_ref::<ScopeState>().keyboard =>
            {
                // The focused control went away (a form closed): the focus comes back to
                // the place's first control instead of vanishing.
                let child = &mut tree.children[0];
                if self.focused(child, layout, renderer).is_none()
                    && self.arrive(child, layout, renderer)
                {
                    shell.request_redraw();
                }
            }
            _ => {}
        }
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
        if let Event::Keyboard(keyboard::Event::KeyPressed {
            key: keyboard::Key::Named(Named::Tab),
            modifiers,
            ..
        }) = event
        {
            let child = &mut tree.children[0];
            // iced's moves leave nothing focused past the last control; a second move
            // comes round to the first, so every Tab stop shows a ring.
            for _ in 0..2 {
                if modifiers.shift() {
                    run(
                        &mut self.content,
                        child,
                        layout,
                        renderer,
                        operation::focusable::focus_previous::<()>(),
                    );
                } else {
                    run(
                        &mut self.content,
                        child,
                        layout,
                        renderer,
                        operation::focusable::focus_next::<()>(),
                    );
                }
                if self.focused(child, layout, renderer).is_some() {
                    break;
                }
            }
            self.scroll_to_focus(child, layout, renderer);
            shell.capture_event();
            shell.request_redraw();
        }
    }
}

impl<'a, Message: 'a> From<Scope<'a, Message>> for Element<'a, Message> {
    fn from(s: Scope<'a, Message>) -> Self {
        Element::new(s)
    }
}
