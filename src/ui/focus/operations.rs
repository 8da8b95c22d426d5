//! The operations the focus widgets run over a screen: find the first control of a place,
//! find the focused one, count the stops, scroll the focused control into sight.

use iced::advanced::layout::Layout;
use iced::advanced::widget::Tree;
use iced::advanced::widget::operation::{self, Operation, Outcome};
use iced::{Element, Rectangle, Vector};

/// What a [`Focus`] reports before its focus state: the stop that follows is a button.
pub(super) struct ButtonMark;

/// Counts the controls to the first one inside the container `target` (or with that id):
/// its first text box if it has one (typing goes there, and a Space never presses a
/// button by surprise), else its first button.
#[derive(Default)]
pub(super) struct FindFirstIn {
    pub(super) target: Option<iced::widget::Id>,
    pub(super) skip: Vec<iced::widget::Id>,
    pub(super) entering: bool,
    /// The container just met is one to pass over.
    pub(super) entering_skip: bool,
    pub(super) skipping: usize,
    pub(super) inside: usize,
    pub(super) seen: usize,
    pub(super) button_next: bool,
    pub(super) first: Option<usize>,
    pub(super) first_text: Option<usize>,
}

impl FindFirstIn {
    pub(super) fn found(&self) -> Option<usize> {
        self.first_text.or(self.first)
    }
}

impl Operation for FindFirstIn {
    fn container(&mut self, id: Option<&iced::widget::Id>, _bounds: Rectangle) {
        self.entering = id.is_some() && id == self.target.as_ref();
        self.entering_skip = id.is_some_and(|id| self.skip.contains(id));
    }

    fn custom(
        &mut self,
        _id: Option<&iced::widget::Id>,
        _bounds: Rectangle,
        state: &mut dyn std::any::Any,
    ) {
        if state.is::<ButtonMark>() {
            self.button_next = true;
        }
    }

    fn focusable(
        &mut self,
        id: Option<&iced::widget::Id>,
        _bounds: Rectangle,
        _state: &mut dyn operation::Focusable,
    ) {
        let button = std::mem::take(&mut self.button_next);
        if self.skipping == 0 && (self.inside > 0 || (id.is_some() && id == self.target.as_ref())) {
            self.first.get_or_insert(self.seen);
            if !button {
                self.first_text.get_or_insert(self.seen);
            }
        }
        self.seen += 1;
    }

    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        let entered = std::mem::take(&mut self.entering);
        let skipped = std::mem::take(&mut self.entering_skip);
        self.inside += usize::from(entered);
        self.skipping += usize::from(skipped);
        operate(self);
        self.inside -= usize::from(entered);
        self.skipping -= usize::from(skipped);
    }
}

/// Focuses control number `index` and no other.
pub(super) struct FocusIndex {
    pub(super) index: usize,
    pub(super) seen: usize,
}

impl Operation for FocusIndex {
    fn focusable(
        &mut self,
        _id: Option<&iced::widget::Id>,
        _bounds: Rectangle,
        state: &mut dyn operation::Focusable,
    ) {
        if self.seen == self.index {
            state.focus();
        } else {
            state.unfocus();
        }
        self.seen += 1;
    }

    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        operate(self);
    }
}

/// Finds the focused control and the innermost scrollable it sits in (scrollables are
/// counted in the order the tree is walked).
#[derive(Default)]
pub(super) struct FindFocused {
    pub(super) scrollables: usize,
    /// The scrollable whose content is walked next.
    pub(super) entering: Option<usize>,
    pub(super) inside: Vec<usize>,
    pub(super) found: Option<(Option<usize>, Rectangle)>,
}

impl Operation for FindFocused {
    fn scrollable(
        &mut self,
        _id: Option<&iced::widget::Id>,
        _bounds: Rectangle,
        _content_bounds: Rectangle,
        _translation: Vector,
        _state: &mut dyn operation::Scrollable,
    ) {
        self.entering = Some(self.scrollables);
        self.scrollables += 1;
    }

    fn focusable(
        &mut self,
        _id: Option<&iced::widget::Id>,
        bounds: Rectangle,
        state: &mut dyn operation::Focusable,
    ) {
        if state.is_focused() && self.found.is_none() {
            self.found = Some((self.inside.last().copied(), bounds));
        }
    }

    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        let entered = self.entering.take();
        if let Some(k) = entered {
            self.inside.push(k);
        }
        operate(self);
        if entered.is_some() {
            self.inside.pop();
        }
    }
}

/// Scrolls scrollable number `target` just enough to show `focused` (in its content's
/// coordinates), with a margin so the ring shows too.
pub(super) struct ScrollIntoView {
    pub(super) target: usize,
    pub(super) seen: usize,
    pub(super) focused: Rectangle,
}

impl Operation for ScrollIntoView {
    fn scrollable(
        &mut self,
        _id: Option<&iced::widget::Id>,
        bounds: Rectangle,
        _content_bounds: Rectangle,
        translation: Vector,
        state: &mut dyn operation::Scrollable,
    ) {
        if self.seen == self.target {
            const MARGIN: f32 = 24.0;
            let top = bounds.y + translation.y;
            let f = self.focused;
            let y = if f.y < top {
                Some(f.y - bounds.y - MARGIN)
            } else if f.y + f.height > top + bounds.height {
                Some(f.y + f.height - bounds.y - bounds.height + MARGIN)
            } else {
                None
            };
            if let Some(y) = y {
                state.scroll_to(operation::scrollable::AbsoluteOffset {
                    x: None,
                    y: Some(y.max(0.0)),
                });
            }
        }
        self.seen += 1;
    }

    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        operate(self);
    }
}

/// Runs an operation over `content` to the end, following its chained steps, as iced's
/// runtime does for a `widget::operation` task.
pub(super) fn run<Message>(
    content: &mut Element<'_, Message>,
    tree: &mut Tree,
    layout: Layout<'_>,
    renderer: &iced::Renderer,
    operation: impl Operation + 'static,
) {
    let mut current: Box<dyn Operation> = Box::new(operation);
    // A focus move is two passes (count, then move); the bound only guards against a loop.
    for _ in 0..8 {
        content
            .as_widget_mut()
            .operate(tree, layout, renderer, current.as_mut());
        match current.finish() {
            Outcome::Chain(next) => current = next,
            Outcome::None | Outcome::Some(()) => return,
        }
    }
}
