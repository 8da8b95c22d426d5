//! The view of the pretend webmail: sign-in page, top bar, folders on the left, and the
//! list, message, compose form, file dialog, password form or pretend disk on the right.
//!
//! It looks like the webmail of a Diskominfo (Zimbra, Roundcube) and Gmail enough for the
//! habits to carry over, with bigger text and buttons that say what they do. Every control
//! a lesson may point at has its highlight id as container id (see `docs/CONTENT.md`).
//! The message text box is an iced `text_editor`, whose content lives in the lesson
//! screen ([`Editor`]); every edit is passed on to the simulator as the whole text.

use super::pointer::Pointer;
use crate::i18n::Translator;
use crate::sim::email::{Action, Email, Folder, View};
use crate::ui::theme;
use iced::widget::{column, container, row, text, text_editor};
use iced::{Element, Length};

mod account;
mod compose;
mod frame;
mod inbox;
mod pages;

use account::*;
use compose::*;
pub use frame::disk_folder_label;
use frame::*;
use inbox::*;
use pages::*;

/// What the webmail view sends: an action for the simulator, or an edit of the text box.
#[derive(Debug, Clone)]
pub enum Msg {
    Sim(Action),
    Body(text_editor::Action),
}

/// The message text box's content, kept beside the simulator.
#[derive(Default)]
pub struct Editor {
    pub content: text_editor::Content,
}

impl Editor {
    /// Applies an edit; returns the whole new text when the text changed.
    pub fn perform(&mut self, action: text_editor::Action) -> Option<String> {
        let edit = action.is_edit();
        self.content.perform(action);
        edit.then(|| self.text())
    }

    /// Makes the box show the draft's text after the simulator changed it (a new compose,
    /// an opened draft); edits made here are already the same and change nothing.
    pub fn follow(&mut self, email: &Email) {
        let wanted = match &email.view {
            View::Compose(d) => d.body.as_str(),
            _ => "",
        };
        if self.text() != wanted {
            self.content = text_editor::Content::with_text(wanted);
        }
    }

    /// Makes the box show `wanted` (the letter's body in the document tool) when the
    /// simulator changed it (an undo, a reset of the step).
    pub fn follow_text(&mut self, wanted: &str) {
        if self.text() != wanted {
            self.content = text_editor::Content::with_text(wanted);
        }
    }

    fn text(&self) -> String {
        self.content.text()
    }
}

fn label<'a>(s: String) -> iced::widget::Text<'a> {
    text(s).size(theme::SMALL)
}

fn act(a: Action) -> Msg {
    Msg::Sim(a)
}

/// The webmail as the current step shows it.
pub fn view<'a, 'p>(
    e: &'a Email,
    editor: &'a Editor,
    tr: &Translator,
    highlight: impl Into<Pointer<'p>>,
) -> Element<'a, Msg> {
    let pointer = highlight.into();
    let lit = |id: &str| pointer.lit(id);
    let content: Element<'a, Msg> = if e.signed_in {
        column![
            top_bar(e, tr, &lit),
            row![
                sidebar(e, tr, &lit),
                container(main(e, editor, tr, &lit))
                    .width(Length::Fill)
                    .height(Length::Fill)
                    .padding(theme::SPACE)
            ]
            .height(Length::Fill)
        ]
        .into()
    } else {
        sign_in(e, tr, &lit)
    };
    container(content)
        .id("webmail")
        .width(Length::Fill)
        .height(Length::Fill)
        .style(theme::webmail)
        .into()
}

fn main<'a>(
    e: &'a Email,
    editor: &'a Editor,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    let body: Element<'a, Msg> = match &e.view {
        View::List(f) => list(e, *f, tr, lit),
        View::Reading(id) => match e.message(id) {
            Some(m) => reading(m, tr, lit),
            None => list(e, Folder::Inbox, tr, lit),
        },
        View::Compose(d) => match &d.picker {
            Some(p) => picker(&e.disk, &p.folder, p.chosen.as_deref(), tr, lit),
            None => compose(d, editor, tr, lit),
        },
        View::Settings(form) => settings(form, tr, lit),
        View::Disk(folder) => disk(&e.disk, folder, tr, lit),
        View::File { name, .. } => file(name, tr, lit),
        View::Warning { .. } => warning(tr, lit),
    };
    column![].push(notice(e, tr)).push(body).spacing(10).into()
}
