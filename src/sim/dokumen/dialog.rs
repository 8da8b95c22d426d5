//! The dialogs over the main window, the formats and papers, and the file rules of the
//! word processor: default names and realistic sizes.

use serde::{Deserialize, Serialize};

/// The format a document is saved in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    #[default]
    Docx,
    Pdf,
}

impl Format {
    /// The key used in events and highlight ids, also the file extension.
    pub fn key(self) -> &'static str {
        match self {
            Format::Docx => "docx",
            Format::Pdf => "pdf",
        }
    }
}

/// A paper size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Paper {
    #[default]
    A4,
    F4,
}

impl Paper {
    pub fn key(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::F4 => "f4",
        }
    }
}

/// Why a name typed in Simpan Sebagai was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum NameRefusal {
    Empty,
    Character(char),
}

/// A dialog over the main window.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Dialog {
    SaveAs {
        folder: String,
        /// Without the extension.
        name: String,
        format: Format,
        problem: Option<NameRefusal>,
    },
    /// "Sudah ada file dengan nama ini. Ganti?"
    Overwrite {
        folder: String,
        name: String,
        format: Format,
    },
    Open {
        folder: String,
        query: String,
    },
    Print {
        paper: Paper,
        copies: u8,
    },
    Sign {
        passphrase: String,
        error: Option<SignError>,
    },
}

/// Why signing failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SignError {
    Empty,
    Passphrase,
    NotRegistered,
}

impl SignError {
    pub fn key(self) -> &'static str {
        match self {
            SignError::Empty => "empty",
            SignError::Passphrase => "passphrase",
            SignError::NotRegistered => "not_registered",
        }
    }
}
