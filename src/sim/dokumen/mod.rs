//! The pretend document tool ("Pengolah Kata"): writing and formatting, Simpan / Simpan
//! Sebagai / Buka / Ekspor PDF over the shared pretend disk, the surat dinas template,
//! printing, the disposisi sheet, the electronic signature (TTE), and — for lesson 8 — the
//! webmail beside it on the same laptop.
//!
//! Every action gives at most one event of the contract (`dokumen.*`, `files.*`, and the
//! webmail's `email.*` when it is forwarded there; see `docs/CONTENT.md`).

mod dialog;
pub mod doc;
pub mod letter;

pub use dialog::{Dialog, Format, NameRefusal, Paper, SignError};
pub use doc::{Align, Doc, Move, Paragraph, Pos, Run, SIZES};

use super::SimEvent;
use super::email;
use super::files::{Disk, DiskFile};
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

/// Where the document tool starts (the `[scenario]` of a `dokumen` lesson).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    #[serde(default)]
    pub mode: Mode,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub target: String,
    #[serde(default = "default_min_words")]
    pub min_words: u32,
    #[serde(default = "default_document_name")]
    pub document_name: String,
    #[serde(default)]
    pub saved_as: Option<SavedAs>,
    #[serde(default)]
    pub files: Vec<DiskFile>,
    #[serde(default)]
    pub folders: Vec<String>,
    /// "folder/name", newest first.
    #[serde(default)]
    pub recent: Vec<String>,
    #[serde(default)]
    pub paper: Paper,
    #[serde(default)]
    pub letter: BTreeMap<String, String>,
    #[serde(default = "letter::default_kop")]
    pub kop: Vec<String>,
    #[serde(default)]
    pub incoming: Option<Incoming>,
    #[serde(default = "default_positions")]
    pub positions: Vec<String>,
    #[serde(default)]
    pub passphrase: String,
    #[serde(default = "yes")]
    pub tte_registered: bool,
    #[serde(default)]
    pub secretary_asks: bool,
    #[serde(default)]
    pub email: Option<email::Scenario>,
}

fn default_min_words() -> u32 {
    10
}

fn default_document_name() -> String {
    "Dokumen1".into()
}

fn default_positions() -> Vec<String> {
    vec![
        "Sekretaris Camat".into(),
        "Kasubbag Umum dan Kepegawaian".into(),
        "Kasi Pemerintahan".into(),
        "Kasi Pelayanan Umum".into(),
    ]
}

fn yes() -> bool {
    true
}

impl Default for Scenario {
    fn default() -> Self {
        Self {
            mode: Mode::Writer,
            text: String::new(),
            target: String::new(),
            min_words: default_min_words(),
            document_name: default_document_name(),
            saved_as: None,
            files: Vec::new(),
            folders: Vec::new(),
            recent: Vec::new(),
            paper: Paper::A4,
            letter: BTreeMap::new(),
            kop: letter::default_kop(),
            incoming: None,
            positions: default_positions(),
            passphrase: String::new(),
            tte_registered: true,
            secretary_asks: false,
            email: None,
        }
    }
}

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
    SelectAll,
    SelectParagraph,
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
}

/// The document tool's whole state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dokumen {
    pub scenario: Scenario,
    pub doc: Doc,
    pub disk: Disk,
    pub dialog: Option<Dialog>,
}

impl Dokumen {
    pub fn new(scenario: Scenario) -> Self {
        Self {
            doc: Doc::new(&scenario.text),
            disk: Disk::new(scenario.files.clone()),
            dialog: None,
            scenario,
        }
    }

    pub fn update(&mut self, _action: Action) -> Option<SimEvent> {
        None
    }
}
