//! What the practice tools keep beside their pure simulators: the text box of the webmail
//! (and of the letter's body), the word processor's list of font sizes, "Simpan PDF asli",
//! and the clock that tells a double-click. The lesson screen hands every message of the
//! practice area here; what the learner did comes back as the simulator's action to record.

use super::pointer::Pointer;
use super::{dasar, dokumen, email, kinerja, presensi, srikandi};
use crate::i18n::Translator;
use crate::sim::{self, SimAction, SimState};
use iced::widget::space;
use iced::{Element, Task};
use std::time::Instant;

/// A message of the practice area.
#[derive(Debug, Clone)]
pub enum Msg {
    Dasar(sim::dasar::Action),
    Email(email::Msg),
    Presensi(sim::presensi::Action),
    Dokumen(dokumen::Msg),
    Kinerja(sim::kinerja::Action),
    Srikandi(sim::srikandi::Action),
}

/// What a message of the practice area comes to.
pub enum Reply {
    /// Something the learner did in the tool: the simulator takes it, the step checks it.
    Act(SimAction),
    /// Only the tool's own look changed (a list opened, the caret moved).
    Quiet,
    /// Work off the window's thread (a real PDF being written).
    Work(Task<Msg>),
}

pub struct Tools {
    /// The webmail's message box; in the document tool, also the letter's body box.
    editor: email::Editor,
    /// Saving the word processor's document as a real PDF.
    pub real_pdf: dokumen::RealPdf,
    /// The word processor's list of font sizes is open.
    pub size_menu: bool,
    /// For double-click timing in the Dasar board.
    clock: Instant,
}

impl Default for Tools {
    fn default() -> Self {
        Self {
            editor: email::Editor::default(),
            real_pdf: dokumen::RealPdf::default(),
            size_menu: false,
            clock: Instant::now(),
        }
    }
}

impl Tools {
    pub fn update(&mut self, msg: Msg, sim: &SimState) -> Reply {
        use sim::dokumen::Action as Doc;
        use sim::email::Action as Mail;
        let act = |a| Reply::Act(a);
        match msg {
            Msg::Dasar(mut action) => {
                let now = u64::try_from(self.clock.elapsed().as_millis()).unwrap_or(u64::MAX);
                if let sim::dasar::Action::ClickFolder { at_ms, .. }
                | sim::dasar::Action::ClickIcon { at_ms, .. } = &mut action
                {
                    *at_ms = now;
                }
                act(SimAction::Dasar(action))
            }
            Msg::Email(email::Msg::Sim(a)) => act(SimAction::Email(a)),
            Msg::Email(email::Msg::Body(edit)) => match self.editor.perform(edit) {
                Some(text) => act(SimAction::Email(Mail::EditBody(text))),
                None => Reply::Quiet, // only the caret moved
            },
            Msg::Presensi(a) => act(SimAction::Presensi(a)),
            Msg::Kinerja(a) => act(SimAction::Kinerja(a)),
            Msg::Srikandi(a) => act(SimAction::Srikandi(a)),
            Msg::Dokumen(dokumen::Msg::RealPdfOpen) => {
                self.real_pdf.open();
                Reply::Quiet
            }
            Msg::Dokumen(dokumen::Msg::RealPdfClose) => {
                self.real_pdf.choosing = None;
                Reply::Quiet
            }
            Msg::Dokumen(dokumen::Msg::RealPdfSave(i)) => match sim {
                SimState::Dokumen(d) => Reply::Work(self.real_pdf.save(d, i).map(Msg::Dokumen)),
                _ => Reply::Quiet,
            },
            Msg::Dokumen(dokumen::Msg::RealPdfSaved(file)) => {
                self.real_pdf.saved(file);
                Reply::Quiet
            }
            Msg::Dokumen(dokumen::Msg::SizeMenu) => {
                self.size_menu = !self.size_menu;
                Reply::Quiet
            }
            Msg::Dokumen(dokumen::Msg::Sim(action)) => {
                if matches!(action, Doc::SetSize(_)) {
                    self.size_menu = false;
                }
                act(SimAction::Dokumen(action))
            }
            Msg::Dokumen(dokumen::Msg::Email(email::Msg::Sim(a))) => {
                act(SimAction::Dokumen(Doc::Email(a)))
            }
            Msg::Dokumen(dokumen::Msg::Email(email::Msg::Body(edit))) => {
                match self.editor.perform(edit) {
                    Some(text) => act(SimAction::Dokumen(Doc::Email(Mail::EditBody(text)))),
                    None => Reply::Quiet,
                }
            }
            Msg::Dokumen(dokumen::Msg::LetterBody(edit)) => match self.editor.perform(edit) {
                Some(text) => act(SimAction::Dokumen(Doc::LetterField("isi".into(), text))),
                None => Reply::Quiet,
            },
        }
    }

    /// A new step: lists the learner opened close.
    pub fn new_step(&mut self) {
        self.size_menu = false;
    }

    /// Keeps the text box in step with the simulator (a new message, an opened draft, an
    /// undo, a step begun again).
    pub fn follow(&mut self, sim: &SimState) {
        match sim {
            SimState::Email(e) => self.editor.follow(e),
            // The webmail inside the document lesson that crosses tools.
            SimState::Dokumen(d) => {
                if let Some(e) = &d.email {
                    self.editor.follow(e);
                } else if d.mode == sim::dokumen::Mode::Letter {
                    // The letter's body is written in the same kind of box.
                    self.editor
                        .follow_text(d.letter.get("isi").map_or("", String::as_str));
                }
            }
            _ => {}
        }
    }

    /// A dialog of the tool's own is open over it (where to save the real PDF).
    pub fn dialog_open(&self) -> bool {
        self.real_pdf.choosing.is_some()
    }

    /// The practice tool, with the orange frame where `pointer` says. `highlight` is the
    /// step's own id, for the tools whose view points at one control.
    pub fn view<'a, 'p>(
        &'a self,
        sim: &'a SimState,
        tr: &Translator,
        pointer: Pointer<'p>,
        highlight: Option<&'p str>,
    ) -> Element<'a, Msg> {
        match sim {
            SimState::Dasar(d) => dasar::view(d, tr, pointer).map(Msg::Dasar),
            SimState::Email(e) => email::view(e, &self.editor, tr, pointer).map(Msg::Email),
            SimState::Presensi(s) => presensi::view(s, tr, pointer).map(Msg::Presensi),
            // The document tool points at one control (its view takes one id).
            SimState::Dokumen(d) => dokumen::view(
                d,
                &self.editor,
                &self.real_pdf,
                self.size_menu,
                tr,
                pointer.one_or(highlight),
            )
            .map(Msg::Dokumen),
            // Kinerja and SRIKANDI point at one control too.
            SimState::Kinerja(k) => {
                kinerja::view(k, tr, pointer.one_or(highlight)).map(Msg::Kinerja)
            }
            SimState::Srikandi(s) => {
                srikandi::view(s, tr, pointer.one_or(highlight)).map(Msg::Srikandi)
            }
            SimState::None => space::horizontal().into(),
        }
    }
}
