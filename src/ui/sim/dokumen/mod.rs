//! The pretend word processor: a toolbar of big labelled buttons, a page that takes the
//! keyboard and shows the caret, the Save As / Open / Print / Sign dialogs over the
//! shared pretend disk, the surat dinas template, the disposisi sheet, and — in the lesson
//! that crosses tools — a taskbar to switch to the webmail. Words come from
//! `sim-dokumen.ftl`; highlight ids are those of `docs/CONTENT.md`.

mod berkas;
mod dialogs;
mod letter;
mod page_setup;
mod signing;
mod writer;

use dialogs::*;
use letter::*;
use signing::*;
use writer::*;

use super::parts::{ctl, mail_button, mail_primary, target_label};
use crate::i18n::Translator;
use crate::sim::dokumen::{Action, App, Dokumen, Mode};
use crate::ui::theme;
use iced::widget::{button, column, container, row, stack, text};
use iced::{Color, Element, Length};

/// The view's messages: the simulator's actions, the webmail's (lesson 8), and saving the
/// learner's document as a real PDF on this laptop.
#[derive(Debug, Clone)]
pub enum Msg {
    Sim(Action),
    Email(super::email::Msg),
    RealPdfOpen,
    RealPdfSave(usize),
    RealPdfClose,
    /// The real PDF was written (its file), or could not be.
    RealPdfSaved(Option<std::path::PathBuf>),
    /// Open or close the list of font sizes under "Ukuran huruf".
    SizeMenu,
    /// An edit in the letter's body box (several lines, like the email's message box).
    LetterBody(iced::widget::text_editor::Action),
}

/// "Simpan PDF asli": the learner's finished document as a real PDF file in a real folder
/// they choose (Dokumen, Unduhan, a USB stick), for a mentor to print. Kept beside the
/// simulator: it touches the real disk, which the simulator never does; the file itself is
/// made and written by [`crate::output::letter`], off the window's thread.
#[derive(Debug, Default)]
pub struct RealPdf {
    /// The folders offered, while the learner chooses.
    pub choosing: Option<Vec<crate::places::Place>>,
    /// The PDF is being written.
    pub saving: bool,
    /// The file written, or why it could not be.
    pub result: Option<Result<std::path::PathBuf, ()>>,
}

impl RealPdf {
    pub fn open(&mut self) {
        self.choosing = Some(crate::places::discover());
        self.result = None;
    }

    /// Starts writing the document into the chosen folder.
    pub fn save(&mut self, d: &Dokumen, choice: usize) -> iced::Task<Msg> {
        let Some(place) = self.choosing.take().and_then(|p| p.into_iter().nth(choice)) else {
            return iced::Task::none();
        };
        self.saving = true;
        let d = d.clone();
        crate::ui::background::run(
            move || {
                crate::output::letter::save(&d, &place.path)
                    .map_err(|e| tracing::error!("cannot save the real PDF: {e}"))
                    .ok()
            },
            |file| Msg::RealPdfSaved(file.flatten()),
        )
    }

    /// The PDF was written (or not).
    pub fn saved(&mut self, file: Option<std::path::PathBuf>) {
        self.saving = false;
        self.result = Some(file.ok_or(()));
    }
}

fn act(a: Action) -> Msg {
    Msg::Sim(a)
}

fn w(tr: &Translator, id: &str) -> String {
    tr.tr(&format!("dokumen-app-{id}"))
}

fn small<'a>(s: String) -> iced::widget::Text<'a> {
    text(s).size(theme::SMALL)
}

/// The caret and the selection are drawn in these, whatever the theme (the page is white).
const CARET: Color = Color::from_rgb(0.04, 0.31, 0.54);
const SELECTION: Color = Color::from_rgb(0.72, 0.83, 0.98);

/// Points on the page are shown this many pixels each, so 12 pt reads like body text.
const PX_PER_PT: f32 = 1.7;

pub fn view<'a>(
    d: &'a Dokumen,
    editor: &'a super::email::Editor,
    real: &'a RealPdf,
    size_menu: bool,
    tr: &Translator,
    highlight: Option<&str>,
) -> Element<'a, Msg> {
    let lit = |id: &str| highlight == Some(id);
    let front: Element<'a, Msg> = match (&d.app, &d.email) {
        (App::Email, Some(mail)) => super::email::view(mail, editor, tr, highlight).map(Msg::Email),
        _ => writer(d, editor, real, size_menu, tr, &lit),
    };
    let over: Option<Element<'a, Msg>> = match (&d.dialog, &real.choosing) {
        _ if d.app != App::Writer => None,
        (Some(dialog), _) => Some(dialog_view(d, dialog, tr, &lit)),
        (None, Some(places)) => Some(real_pdf_chooser(places, tr, &lit)),
        (None, None) => None,
    };
    let front = match over {
        Some(over) => stack![
            front,
            container(over).center(Length::Fill).style(theme::scrim)
        ]
        .into(),
        None => front,
    };
    match d.email {
        Some(_) => column![container(front).height(Length::Fill), taskbar(d, tr, &lit)]
            .spacing(6)
            .into(),
        None => front,
    }
}

fn taskbar<'a>(d: &'a Dokumen, tr: &Translator, lit: &dyn Fn(&str) -> bool) -> Element<'a, Msg> {
    let app = |a: App, id: &str, label: &str| {
        let on = d.app == a;
        ctl(
            id.to_owned(),
            lit,
            button(target_label(w(tr, label), theme::SMALL))
                .height(theme::MIN_TARGET)
                .padding([0, 16])
                .style(move |t, s| {
                    if on {
                        theme::primary(t, s)
                    } else {
                        theme::secondary(t, s)
                    }
                })
                .on_press(act(Action::SwitchApp(a))),
        )
    };
    container(
        row![
            app(
                App::Writer,
                "app-writer",
                if d.mode == Mode::Berkas {
                    "app-berkas"
                } else {
                    "app-writer"
                }
            ),
            app(App::Email, "app-email", "app-email"),
        ]
        .spacing(8),
    )
    .padding(4)
    .width(Length::Fill)
    .style(theme::taskbar)
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::dokumen::{Align, Format, Move, Paper};
    use iced::keyboard::{Key, Modifiers, key::Named};

    /// The ids built from keys (fields, instructions, refusals, alignments, papers) all
    /// exist in both languages.
    #[test]
    fn every_word_the_tool_can_show_is_in_both_languages() {
        use crate::sim::dokumen::{INSTRUCTIONS, SignError};
        let content = crate::course::load(None);
        let mut ids: Vec<String> = crate::sim::dokumen::letter::FIELDS
            .iter()
            .flat_map(|k| [format!("field-{k}"), format!("field-{k}-hint")])
            .collect();
        ids.extend(INSTRUCTIONS.map(|k| format!("instr-{k}")));
        ids.extend(Align::ALL.map(|a| format!("align-{}", a.key())));
        ids.extend([Paper::A4, Paper::F4].map(|p| format!("paper-{}", p.key())));
        ids.extend([Format::Docx, Format::Pdf].map(|f| format!("format-{}", f.key())));
        ids.extend(
            [
                SignError::Empty,
                SignError::Passphrase,
                SignError::NotRegistered,
            ]
            .map(|e| format!("sign-error-{}", e.key())),
        );
        ids.extend(["no_recipient", "no_instruction"].map(|r| format!("disposisi-refused-{r}")));
        let missing: Vec<String> = ids
            .iter()
            .map(|id| format!("dokumen-app-{id}"))
            .filter(|id| !content.catalog.missing_in(id).is_empty())
            .collect();
        assert!(missing.is_empty(), "missing words: {missing:?}");
    }

    #[test]
    fn keys_on_the_page_become_editing_actions() {
        let none = Modifiers::empty();
        let m = |key: Key, mods, t: Option<&str>| match page_key(&key, mods, t) {
            Some(Msg::Sim(a)) => Some(a),
            _ => None,
        };
        assert_eq!(m(Key::Named(Named::Enter), none, None), Some(Action::Enter));
        assert_eq!(
            m(Key::Character("a".into()), none, Some("a")),
            Some(Action::Type("a".into()))
        );
        assert_eq!(
            m(Key::Character("z".into()), Modifiers::CTRL, Some("z")),
            Some(Action::Undo)
        );
        assert_eq!(
            m(Key::Named(Named::ArrowLeft), Modifiers::SHIFT, None),
            Some(Action::Move(Move::Left, true))
        );
        assert_eq!(
            m(Key::Named(Named::Tab), none, Some("\t")),
            None,
            "Tab moves the focus"
        );
        assert_eq!(m(Key::Named(Named::Escape), none, None), None);
    }
}
