//! Where the document tool starts: the `[scenario]` of a `dokumen` lesson and its defaults.

use super::{Incoming, Mode, Paper, SavedAs, berkas, letter};
use crate::sim::email;
use crate::sim::files::DiskFile;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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
    /// The document's own page size at the start (Tata Letak); the print dialog starts on it.
    #[serde(default)]
    pub page: Paper,
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
    /// Mode berkas: the files in the phone's WhatsApp chat.
    #[serde(default)]
    pub phone: Vec<berkas::PhoneFile>,
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
            page: Paper::A4,
            letter: BTreeMap::new(),
            kop: letter::default_kop(),
            incoming: None,
            positions: default_positions(),
            passphrase: String::new(),
            tte_registered: true,
            secretary_asks: false,
            email: None,
            phone: Vec::new(),
        }
    }
}
