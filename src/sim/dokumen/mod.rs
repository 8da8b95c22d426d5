//! The pretend document tool ("Pengolah Kata"): writing and formatting, Simpan / Simpan
//! Sebagai / Buka / Ekspor PDF over the shared pretend disk, the surat dinas template,
//! printing, the disposisi sheet, the electronic signature (TTE), and — for lesson 8 — the
//! webmail beside it on the same laptop.
//!
//! Every action gives at most one event of the contract (`dokumen.*`, `files.*`, and the
//! webmail's `email.*` when it is forwarded there; see `docs/CONTENT.md`).

pub mod berkas;
mod dialog;
pub mod doc;
pub mod letter;
mod office;
pub mod page_setup;
mod saving;
mod scenario;
#[cfg(test)]
mod tests;
mod writing;

pub use dialog::{
    Dialog, Format, NameRefusal, Paper, SignError, is_default_name, size_kb, stem_of,
};
pub use doc::{Align, Doc, Move, Paragraph, Pos, Run, SIZES};
pub use scenario::Scenario;

use super::SimEvent;
use super::email;
use super::files::{self, Disk, DiskFile};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What the page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// A blank page or the scenario's text.
    #[default]
    Writer,
    /// The surat dinas template with a box per field.
    Letter,
    /// An incoming letter with the disposisi sheet beside it.
    Disposisi,
    /// A finished letter to sign electronically.
    Tte,
    /// The laptop's file window beside a phone with WhatsApp (see [`berkas`]).
    Berkas,
}

/// Which app of the laptop is in front (lesson 8 has both).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum App {
    #[default]
    Writer,
    Email,
}

impl App {
    pub fn key(self) -> &'static str {
        match self {
            App::Writer => "writer",
            App::Email => "email",
        }
    }
}

/// Where the document is already saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedAs {
    pub folder: String,
    /// With the extension (`Surat Undangan.docx`).
    pub name: String,
}

/// The incoming letter of mode disposisi. All values are Fluent ids.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Incoming {
    pub from: String,
    pub number: String,
    pub date: String,
    pub subject: String,
    pub body: String,
}

impl Incoming {
    /// The Fluent ids with their keys, for the content check.
    pub fn ids(&self) -> [(&'static str, &str); 5] {
        [
            ("from", &self.from),
            ("number", &self.number),
            ("date", &self.date),
            ("subject", &self.subject),
            ("body", &self.body),
        ]
    }
}

/// The disposisi instructions, in the order the sheet lists them.
pub const INSTRUCTIONS: [&str; 6] = [
    "tindak_lanjuti",
    "proses_lebih_lanjut",
    "untuk_diketahui",
    "hadiri",
    "siapkan_bahan",
    "arsipkan",
];

/// A learner's action in the document tool.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Type(String),
    Enter,
    Backspace,
    Delete,
    /// A caret movement; `true` extends the selection (Shift).
    Move(Move, bool),
    ClickAt(Pos, bool),
    /// The mouse button went down on the page: one click puts the caret there (Shift:
    /// selects up to there) and starts a drag; two select the word, three the paragraph.
    Press {
        at: Pos,
        clicks: u8,
        shift: bool,
    },
    /// The pointer moved over the page during a drag: the selection runs to here.
    DragTo(Pos),
    /// The mouse button went up: a drag ends (reporting what it selected).
    Release,
    SelectAll,
    ToggleBold,
    SetSize(u8),
    SetAlign(Align),
    Undo,
    Redo,
    Save,
    SaveAs,
    ExportPdf,
    DialogFolder(String),
    DialogName(String),
    DialogFormat(Format),
    DialogConfirm,
    DialogCancel,
    OverwriteAnswer(bool),
    Open,
    OpenQuery(String),
    OpenFile {
        folder: String,
        name: String,
    },
    LetterField(String, String),
    CheckLetter,
    OpenPrint,
    /// Tata Letak: open, choose a paper, margins, OK (Batal is `DialogCancel`).
    OpenPageSetup,
    SetupPaper(Paper),
    SetupMargins(page_setup::Margins),
    ConfirmPageSetup,
    SetPaper(Paper),
    CopiesMore,
    CopiesLess,
    Print,
    DispositionTo(String),
    DispositionInstruction(String),
    DispositionNote(String),
    SendDisposition,
    StartSign,
    Passphrase(String),
    ConfirmSign,
    /// `true` = gave the passphrase away (the mistake).
    AnswerSecretary(bool),
    SwitchApp(App),
    Email(email::Action),
    /// Mode berkas: "Kirim ke laptop" on the phone's file n (from 0).
    SendToLaptop(usize),
    /// "Tampilkan ekstensi" ticked or not.
    ShowExtensions(bool),
    BerkasFolder(String),
    /// Tick or untick a file in the window.
    ToggleFile(String),
    /// "Jadikan satu PDF" from the ticked files.
    Combine,
    /// "Kecilkan ukuran" on the one ticked PDF.
    Compress,
    /// "Ganti nama" on the one ticked file, the name typed, OK.
    StartRename,
    RenameText(String),
    ConfirmRename,
}

/// A short confirmation shown after an action, until the next one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Notice {
    /// Saved as .docx under this name.
    Saved(String),
    /// Saved as .pdf under this name.
    Exported(String),
    Printed {
        paper: Paper,
        copies: u8,
    },
    DispositionSent,
    Signed,
}

/// The disposisi sheet as filled so far.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Disposition {
    /// Positions ticked, in the scenario's order.
    pub to: Vec<String>,
    /// Instruction keys ticked, in the sheet's order.
    pub instructions: Vec<String>,
    pub note: String,
    pub sent: bool,
    /// Why the last "Kirim Disposisi" was refused: `no_recipient`, `no_instruction`.
    pub refused: Option<String>,
}

/// The document tool's whole state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dokumen {
    pub mode: Mode,
    pub doc: Doc,
    /// The unsaved document's name (the title bar shows [`Dokumen::title`]).
    pub document_name: String,
    /// Where the document is saved (folder, name with extension), once it is.
    pub saved_as: Option<(String, String)>,
    /// The pretend disk. While the webmail is in front it has the disk (see [`App`]).
    pub disk: Disk,
    /// Dokumen Terakhir: (folder, name), newest first.
    pub recent: Vec<(String, String)>,
    pub dialog: Option<Dialog>,
    pub notice: Option<Notice>,
    /// The letter's fields (mode letter), by key.
    pub letter: BTreeMap<String, String>,
    pub kop: Vec<String>,
    /// The fields the last "Periksa Surat" found missing; `None` before the first check
    /// or after a change.
    pub letter_check: Option<Vec<String>>,
    /// The paper the office wants.
    pub paper_wanted: Paper,
    /// The document's page size and margins (Tata Letak).
    pub page: Paper,
    pub margins: page_setup::Margins,
    pub incoming: Option<Incoming>,
    pub positions: Vec<String>,
    pub disposition: Disposition,
    pub signed: bool,
    /// A colleague's message asks for the passphrase ("Berikan" / "Tolak").
    pub secretary_asks: bool,
    /// The answer, once given: `true` = gave it away.
    pub secretary_answer: Option<bool>,
    pub app: App,
    pub email: Option<Box<email::Email>>,
    /// Mode berkas: the phone and the file window.
    pub berkas: berkas::Berkas,
    target: String,
    min_words: u32,
    passphrase: String,
    tte_registered: bool,
    /// What was saved in this session, to show again when opened (folder, name, doc).
    contents: Vec<(String, String, Doc)>,
    /// The learner chose a folder in the open dialog (so opening from it is `via = "folder"`).
    open_browsed: bool,
    /// Mode letter: what each run of typing in one field replaced (key, old value), newest
    /// last, so "Urungkan" can bring back a box emptied by mistake. Not kept in snapshots.
    #[serde(skip)]
    letter_undo: Vec<(String, String)>,
    /// The mouse button is held down on the page (a drag is selecting).
    #[serde(skip)]
    pub dragging: bool,
}

impl Dokumen {
    pub fn new(s: Scenario) -> Self {
        let mut files = s.files;
        if let Some(mail) = &s.email {
            for f in &mail.files {
                if !files
                    .iter()
                    .any(|g| g.folder == f.folder && g.name == f.name)
                {
                    files.push(f.clone());
                }
            }
        }
        let mut disk = Disk::with_folders(files, s.folders);
        let doc = Doc::new(&s.text);
        let saved_as = s.saved_as.map(|a| (a.folder, a.name));
        if let Some((folder, name)) = &saved_as
            && disk.find(folder, name).is_none()
        {
            let format = if files::format_of(name) == "pdf" {
                Format::Pdf
            } else {
                Format::Docx
            };
            disk.save(DiskFile {
                folder: folder.clone(),
                name: name.clone(),
                size_kb: size_kb(format, doc.plain_text().chars().count()),
            });
        }
        let recent = s
            .recent
            .iter()
            .filter_map(|r| r.rsplit_once('/'))
            .map(|(f, n)| (f.to_owned(), n.to_owned()))
            .collect();
        let letter = s
            .letter
            .into_iter()
            .filter(|(k, _)| letter::FIELDS.contains(&k.as_str()))
            .collect();
        Self {
            mode: s.mode,
            doc,
            document_name: s.document_name,
            saved_as,
            disk,
            recent,
            dialog: None,
            notice: None,
            letter,
            kop: s.kop,
            letter_check: None,
            paper_wanted: s.paper,
            page: s.page,
            margins: page_setup::Margins::default(),
            incoming: s.incoming,
            positions: s.positions,
            disposition: Disposition::default(),
            signed: false,
            secretary_asks: s.secretary_asks,
            secretary_answer: None,
            app: App::Writer,
            email: s.email.map(|e| Box::new(email::Email::new(e))),
            berkas: berkas::Berkas::new(s.phone),
            target: s.target,
            min_words: s.min_words,
            passphrase: s.passphrase,
            tte_registered: s.tte_registered,
            contents: Vec::new(),
            open_browsed: false,
            letter_undo: Vec::new(),
            dragging: false,
        }
    }

    /// The name in the title bar: the saved file's, or the unsaved document's.
    pub fn title(&self) -> &str {
        self.saved_as
            .as_ref()
            .map_or(self.document_name.as_str(), |(_, n)| n.as_str())
    }

    /// The letter's fields in page order (key, value; `""` when empty), for the page and
    /// for a PDF writer. The letterhead is [`Dokumen::kop`].
    pub fn letter_fields(&self) -> Vec<(&'static str, &str)> {
        letter::FIELDS
            .iter()
            .map(|k| (*k, self.letter.get(*k).map_or("", String::as_str)))
            .collect()
    }

    /// Whether the letter has every field (always true outside mode letter).
    pub fn letter_complete(&self) -> bool {
        self.mode != Mode::Letter || letter::missing(&self.letter).is_empty()
    }

    pub fn update(&mut self, action: Action) -> Option<SimEvent> {
        // While the webmail is in front it has the disk: only it and the taskbar work.
        if self.app == App::Email {
            return match action {
                Action::Email(a) => self.email.as_mut()?.update(a),
                Action::SwitchApp(app) => self.switch_app(app),
                _ => None,
            };
        }
        // A confirmation stays until the next thing the learner does.
        self.notice = None;
        match action {
            Action::Type(_)
            | Action::Enter
            | Action::Backspace
            | Action::Delete
            | Action::Move(..)
            | Action::ClickAt(..)
            | Action::Press { .. }
            | Action::DragTo(_)
            | Action::Release
            | Action::SelectAll
            | Action::ToggleBold
            | Action::SetSize(_)
            | Action::SetAlign(_)
            | Action::Undo
            | Action::Redo => {
                if self.dialog.is_some() {
                    return None;
                }
                if action == Action::Undo
                    && self.mode == Mode::Letter
                    && let Some((key, old)) = self.letter_undo.pop()
                {
                    self.letter.insert(key, old);
                    self.letter_check = None;
                    return Some(SimEvent::new("dokumen.undone"));
                }
                self.write(action)
            }
            Action::Save => self.save(),
            Action::SaveAs => self.open_save_as(Format::Docx),
            Action::ExportPdf => self.open_save_as(Format::Pdf),
            Action::DialogFolder(f) => self.dialog_folder(f),
            Action::DialogName(n) => {
                if let Some(Dialog::SaveAs { name, problem, .. }) = &mut self.dialog {
                    *name = n;
                    *problem = None;
                }
                None
            }
            Action::DialogFormat(f) => {
                if let Some(Dialog::SaveAs { format, .. }) = &mut self.dialog {
                    *format = f;
                }
                None
            }
            Action::DialogConfirm => self.dialog_confirm(),
            Action::DialogCancel => {
                self.dialog = match self.dialog.take() {
                    // "Batal" on the overwrite question goes back to the name.
                    Some(Dialog::Overwrite {
                        folder,
                        name,
                        format,
                    }) => Some(Dialog::SaveAs {
                        folder,
                        name: stem_of(&name).to_owned(),
                        format,
                        problem: None,
                    }),
                    _ => None,
                };
                None
            }
            Action::OverwriteAnswer(yes) => self.overwrite_answer(yes),
            Action::Open => {
                self.dialog = Some(Dialog::Open {
                    folder: self.default_folder(),
                    query: String::new(),
                });
                self.open_browsed = false;
                Some(SimEvent::new("dokumen.open_dialog_opened"))
            }
            Action::OpenQuery(q) => self.search(q),
            Action::OpenFile { folder, name } => self.open_file(&folder, &name),
            Action::LetterField(key, value) => {
                if self.mode == Mode::Letter && letter::FIELDS.contains(&key.as_str()) {
                    let old = self.letter.insert(key.clone(), value).unwrap_or_default();
                    // One undo step per run of typing in one box, like a word on the page.
                    if self.letter_undo.last().is_none_or(|(k, _)| *k != key) {
                        self.letter_undo.push((key.clone(), old));
                        if self.letter_undo.len() > 100 {
                            self.letter_undo.remove(0);
                        }
                    }
                    self.letter_check = None;
                    let parts = self.body_parts();
                    return Some(
                        SimEvent::new("dokumen.letter_edited")
                            .with("field", key)
                            .with("opening", parts.opening)
                            .with("content", parts.content)
                            .with("closing", parts.closing),
                    );
                }
                None
            }
            Action::CheckLetter => self.check_letter(),
            Action::OpenPrint => {
                // The printer is set to the document's own paper, as in Word.
                self.dialog = Some(Dialog::Print {
                    paper: self.page,
                    copies: 1,
                });
                Some(SimEvent::new("dokumen.print_opened"))
            }
            Action::OpenPageSetup
            | Action::SetupPaper(_)
            | Action::SetupMargins(_)
            | Action::ConfirmPageSetup => self.page_setup(action),
            Action::SetPaper(p) => {
                let Some(Dialog::Print { paper, .. }) = &mut self.dialog else {
                    return None;
                };
                *paper = p;
                Some(
                    SimEvent::new("dokumen.paper_changed")
                        .with("paper", p.key())
                        .with("dialog", "print"),
                )
            }
            Action::CopiesMore | Action::CopiesLess => {
                let Some(Dialog::Print { copies, .. }) = &mut self.dialog else {
                    return None;
                };
                *copies = if action == Action::CopiesMore {
                    copies.saturating_add(1).min(99)
                } else {
                    copies.saturating_sub(1).max(1)
                };
                Some(SimEvent::new("dokumen.copies_changed").with("copies", i64::from(*copies)))
            }
            Action::Print => self.print(),
            Action::DispositionTo(p) => {
                self.toggle_position(&p);
                None
            }
            Action::DispositionInstruction(k) => {
                self.toggle_instruction(&k);
                None
            }
            Action::DispositionNote(n) => {
                if self.mode == Mode::Disposisi && !self.disposition.sent {
                    self.disposition.note = n;
                }
                None
            }
            Action::SendDisposition => self.send_disposition(),
            Action::StartSign => self.start_sign(),
            Action::Passphrase(p) => {
                if let Some(Dialog::Sign { passphrase, error }) = &mut self.dialog {
                    *passphrase = p;
                    *error = None;
                }
                None
            }
            Action::ConfirmSign => self.confirm_sign(),
            Action::AnswerSecretary(gave) => self.answer_secretary(gave),
            Action::SwitchApp(app) => self.switch_app(app),
            Action::Email(_) => None,
            Action::SendToLaptop(_)
            | Action::ShowExtensions(_)
            | Action::BerkasFolder(_)
            | Action::ToggleFile(_)
            | Action::Combine
            | Action::Compress
            | Action::StartRename
            | Action::RenameText(_)
            | Action::ConfirmRename => self.berkas(action),
        }
    }

    /// The taskbar: the webmail gets a copy of the disk when it comes to the front and
    /// gives it back when the word processor does, so a PDF saved here can be attached
    /// there and a download there can be opened here.
    fn switch_app(&mut self, app: App) -> Option<SimEvent> {
        if app == self.app {
            return None;
        }
        let mail = self.email.as_mut()?;
        match app {
            App::Email => mail.disk = self.disk.clone(),
            App::Writer => self.disk = mail.disk.clone(),
        }
        self.app = app;
        Some(SimEvent::new("dokumen.app_switched").with("app", app.key()))
    }

    /// Where file dialogs start: the saved document's folder, else Dokumen.
    fn default_folder(&self) -> String {
        self.saved_as
            .as_ref()
            .map_or_else(|| "dokumen".to_owned(), |(f, _)| f.clone())
    }
}

fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}
