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
    /// Tata Letak: the document's paper size and margins.
    PageSetup {
        paper: Paper,
        margins: super::page_setup::Margins,
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

/// Whether a name is one the program made up ("Dokumen1", "Document3", "Untitled",
/// "Tanpa Judul 2"…), any case, any number: the learner did not give it a real name.
pub fn is_default_name(stem: &str) -> bool {
    let s = stem.trim().to_lowercase();
    let s = s.trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ' || c == '-' || c == '_');
    matches!(
        s.trim(),
        "dokumen" | "document" | "untitled" | "tanpa judul" | "dokumen tanpa judul"
    )
}

/// A realistic size for a saved file of `chars` characters: .docx 12 KB + 1 KB per 300
/// characters, .pdf 40 KB + 2 KB per 300 characters.
pub fn size_kb(format: Format, chars: usize) -> u32 {
    let per_300 = u32::try_from(chars / 300).unwrap_or(u32::MAX);
    match format {
        Format::Docx => 12u32.saturating_add(per_300),
        Format::Pdf => 40u32.saturating_add(per_300.saturating_mul(2)),
    }
}

/// The name as typed, without a final ".docx"/".pdf" the learner may have added and
/// without trailing dots (Windows drops them too).
pub fn stem_of(name: &str) -> &str {
    let name = name.trim();
    for ext in [".docx", ".pdf"] {
        if name.len() >= ext.len() {
            let cut = name.len() - ext.len();
            if name.is_char_boundary(cut) && name[cut..].eq_ignore_ascii_case(ext) {
                return name[..cut].trim_end().trim_end_matches('.').trim_end();
            }
        }
    }
    name.trim_end_matches('.').trim_end()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_names_in_any_case_with_any_number() {
        for n in [
            "Dokumen",
            "Dokumen1",
            "dokumen 12",
            "Document1",
            "DOCUMENT",
            "Untitled",
            "untitled-2",
            "Tanpa Judul",
            "tanpa judul 3",
        ] {
            assert!(is_default_name(n), "{n}");
        }
        for n in [
            "Surat Undangan Rapat",
            "Dokumen Rapat",
            "Laporan Mei",
            "1",
            "",
        ] {
            assert!(!is_default_name(n), "{n}");
        }
    }

    #[test]
    fn sizes_grow_with_the_text() {
        assert_eq!(size_kb(Format::Docx, 0), 12);
        assert_eq!(size_kb(Format::Docx, 299), 12);
        assert_eq!(size_kb(Format::Docx, 900), 15);
        assert_eq!(size_kb(Format::Pdf, 0), 40);
        assert_eq!(size_kb(Format::Pdf, 650), 44);
        assert_eq!(size_kb(Format::Pdf, usize::MAX), u32::MAX);
    }

    #[test]
    fn a_typed_extension_is_taken_off() {
        assert_eq!(stem_of(" Surat.docx "), "Surat");
        assert_eq!(stem_of("Surat.PDF"), "Surat");
        assert_eq!(stem_of("Surat.doc"), "Surat.doc");
        assert_eq!(stem_of(".pdf"), "");
        assert_eq!(stem_of("Surat. "), "Surat");
        assert_eq!(stem_of("Surat..docx"), "Surat");
        assert_eq!(stem_of("Café é.pdf"), "Café é");
    }
}
