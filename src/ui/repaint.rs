//! A whole-window repaint when the page changes.
//!
//! The software renderer repaints only the parts of the window that changed since the last
//! frame. The soft (anti-aliased) edges of a shape that went away can reach a pixel outside
//! the part it repaints, so a screen or a step that replaced another kept thin leftovers: a
//! stub of the home screen's scroll bar, a line of a feedback box, dots beside a hint
//! (`reviews/newcomer.md`). The renderer repaints everything when the window's background
//! colour changes, so a new page gets one of two colours that look the same (the page
//! covers the background anyway): one whole repaint per page, none per key or pointer move.

use super::app::{App, Screen, State};
use iced::Theme;
use std::hash::{Hash, Hasher};

/// Which page is shown, and which of the two background colours it is painted on.
#[derive(Debug, Default)]
pub struct Repaint {
    page: u64,
    odd: bool,
}

impl Repaint {
    /// After each update: a page other than the last one is painted on the other colour.
    pub fn note(&mut self, page: u64) {
        if page != self.page {
            self.page = page;
            self.odd = !self.odd;
        }
    }

    pub fn odd(&self) -> bool {
        self.odd
    }
}

/// What makes one page differ from another: the screen, what is over it, the sentence
/// above it, the place the focus follows (a tool's screen or dialog), the Tampilan panel,
/// and in a lesson the step with its feedback, hints and chosen answer.
pub fn page(state: &State) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    std::mem::discriminant(&state.screen).hash(&mut h);
    state
        .overlay
        .as_ref()
        .map(std::mem::discriminant)
        .hash(&mut h);
    state.notice.hash(&mut h);
    state.incident.is_some().hash(&mut h);
    state.comfort.hash(&mut h);
    // The place the keyboard focus follows: the screen, the step, a tool's screen or its
    // open dialog (a message written and sent, a phone's next screen).
    state.focus_start().map(|s| s.place).hash(&mut h);
    match &state.screen {
        Screen::Home(s) => s.display_open.hash(&mut h),
        Screen::Learners(s) => (s.form.is_some(), s.error).hash(&mut h),
        _ => {}
    }
    if let Screen::Lesson(s) = &state.screen {
        let p = &s.player;
        p.lesson.id.hash(&mut h);
        p.index.hash(&mut h);
        p.feedback.is_some().hash(&mut h);
        p.hints_shown.hash(&mut h);
        p.chosen.hash(&mut h);
        p.finished.hash(&mut h);
        s.offer_hint.hash(&mut h);
    }
    h.finish()
}

impl App {
    /// The window's background: the theme's page colour, or one a shade away from it on
    /// every other page (see the module's note).
    pub fn style(&self, theme: &Theme) -> iced::theme::Style {
        let mut background_color = theme.palette().background;
        if self.state().is_some_and(|s| s.repaint.odd()) {
            background_color.b = if background_color.b > 0.5 {
                background_color.b - 1.0 / 255.0
            } else {
                background_color.b + 1.0 / 255.0
            };
        }
        iced::theme::Style {
            background_color,
            text_color: theme.palette().text,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_page_changes_the_colour_and_the_same_page_does_not() {
        let mut r = Repaint::default();
        r.note(7);
        assert!(r.odd(), "a new page");
        r.note(7);
        assert!(r.odd(), "the same page: no whole repaint");
        r.note(8);
        assert!(!r.odd(), "the next page");
    }
}
