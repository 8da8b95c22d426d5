//! Simpan, Simpan Sebagai, Ekspor PDF and Buka over the pretend disk: names and their
//! rules, the overwrite question, sizes, search and Dokumen Terakhir.

use super::dialog::{Dialog, Format, NameRefusal, is_default_name, size_kb, stem_of};
use super::doc::Doc;
use super::{Dokumen, Mode, Notice, count};
use crate::sim::SimEvent;
use crate::sim::files::{DiskFile, NameProblem, check_name, format_of};

/// How many files Dokumen Terakhir keeps.
const RECENT: usize = 10;

impl Dokumen {
    /// Simpan Sebagai (`Docx`) or Ekspor PDF (`Pdf`): the dialog with a suggested name.
    pub(super) fn open_save_as(&mut self, format: Format) -> Option<SimEvent> {
        self.dialog = Some(Dialog::SaveAs {
            folder: self.default_folder(),
            name: stem_of(self.title()).to_owned(),
            format,
            problem: None,
        });
        Some(SimEvent::new("dokumen.save_dialog_opened").with("format", format.key()))
    }

    /// Simpan: in place once the document has a file, else the Simpan Sebagai dialog.
    pub(super) fn save(&mut self) -> Option<SimEvent> {
        match self.saved_as.clone() {
            Some((folder, name)) => {
                let format = if format_of(&name) == "pdf" {
                    Format::Pdf
                } else {
                    Format::Docx
                };
                Some(self.write_file(&folder, &name, format, false))
            }
            None => self.open_save_as(Format::Docx),
        }
    }

    /// A folder chosen in the Save As or Open dialog.
    pub(super) fn dialog_folder(&mut self, chosen: String) -> Option<SimEvent> {
        if !self.disk.has_folder(&chosen) {
            return None;
        }
        match &mut self.dialog {
            Some(Dialog::SaveAs { folder, .. }) => *folder = chosen.clone(),
            Some(Dialog::Open { folder, query }) => {
                *folder = chosen.clone();
                query.clear();
                self.open_browsed = true;
            }
            _ => return None,
        }
        Some(SimEvent::new("files.folder_opened").with("folder", chosen))
    }

    /// "Simpan" in the Save As dialog (and the main button of the print and sign dialogs).
    pub(super) fn dialog_confirm(&mut self) -> Option<SimEvent> {
        match self.dialog.as_ref()? {
            Dialog::SaveAs { .. } => self.confirm_save_as(),
            Dialog::Print { .. } => self.print(),
            Dialog::Sign { .. } => self.confirm_sign(),
            Dialog::PageSetup { .. } => self.page_setup(super::Action::ConfirmPageSetup),
            Dialog::Overwrite { .. } | Dialog::Open { .. } => None,
        }
    }

    fn confirm_save_as(&mut self) -> Option<SimEvent> {
        let Some(Dialog::SaveAs {
            folder,
            name,
            format,
            problem,
        }) = &mut self.dialog
        else {
            return None;
        };
        let stem = stem_of(name).to_owned();
        if let Err(p) = check_name(&stem) {
            let (refusal, reason) = match p {
                NameProblem::Empty => (NameRefusal::Empty, "empty"),
                NameProblem::ForbiddenCharacter(c) => (NameRefusal::Character(c), "character"),
            };
            *problem = Some(refusal);
            return Some(SimEvent::new("dokumen.save_refused").with("reason", reason));
        }
        let (folder, format) = (folder.clone(), *format);
        let file = format!("{stem}.{}", format.key());
        if self.disk.find(&folder, &file).is_some() {
            self.dialog = Some(Dialog::Overwrite {
                folder,
                name: file.clone(),
                format,
            });
            return Some(SimEvent::new("dokumen.overwrite_asked").with("name", file));
        }
        Some(self.write_file(&folder, &file, format, false))
    }

    /// "Ya, ganti" saves over the old file; "Tidak" goes back to the name.
    pub(super) fn overwrite_answer(&mut self, replace: bool) -> Option<SimEvent> {
        let Some(Dialog::Overwrite {
            folder,
            name,
            format,
        }) = self.dialog.clone()
        else {
            return None;
        };
        if replace {
            return Some(self.write_file(&folder, &name, format, true));
        }
        self.dialog = Some(Dialog::SaveAs {
            folder,
            name: stem_of(&name).to_owned(),
            format,
            problem: None,
        });
        Some(SimEvent::new("dokumen.overwrite_answered").with("replace", false))
    }

    /// How many characters the saved file holds (the page's text, or the letter's).
    fn content_chars(&self) -> usize {
        match self.mode {
            Mode::Letter => {
                self.kop.iter().map(|l| l.chars().count()).sum::<usize>()
                    + self
                        .letter
                        .values()
                        .map(|v| v.chars().count())
                        .sum::<usize>()
            }
            _ => self.doc.plain_text().chars().count(),
        }
    }

    /// Writes the document to the disk and reports it. A .docx becomes the document's
    /// file (the title shows it); a .pdf is a copy, the document stays as it was.
    fn write_file(
        &mut self,
        folder: &str,
        name: &str,
        format: Format,
        overwrote: bool,
    ) -> SimEvent {
        let size = size_kb(format, self.content_chars());
        self.disk.save(DiskFile {
            folder: folder.to_owned(),
            name: name.to_owned(),
            size_kb: size,
        });
        self.contents
            .retain(|(f, n, _)| !(f == folder && n == name));
        self.contents
            .push((folder.to_owned(), name.to_owned(), self.doc.clone()));
        self.remember(folder, name);
        self.dialog = None;
        let complete = self.letter_complete();
        match format {
            Format::Docx => {
                self.saved_as = Some((folder.to_owned(), name.to_owned()));
                self.notice = Some(Notice::Saved(name.to_owned()));
                SimEvent::new("dokumen.saved")
                    .with("folder", folder)
                    .with("name", name)
                    .with("format", format.key())
                    .with("default_name", is_default_name(stem_of(name)))
                    .with("overwrote", overwrote)
                    .with("letter_complete", complete)
            }
            Format::Pdf => {
                self.notice = Some(Notice::Exported(name.to_owned()));
                SimEvent::new("dokumen.exported_pdf")
                    .with("folder", folder)
                    .with("name", name)
                    .with("size_kb", i64::from(size))
                    .with("letter_complete", complete)
            }
        }
    }

    /// Puts a file first in Dokumen Terakhir.
    fn remember(&mut self, folder: &str, name: &str) {
        self.recent.retain(|(f, n)| !(f == folder && n == name));
        self.recent.insert(0, (folder.to_owned(), name.to_owned()));
        self.recent.truncate(RECENT);
    }

    /// The search box of the Open dialog: any folder, ignoring case.
    pub(super) fn search(&mut self, q: String) -> Option<SimEvent> {
        let Some(Dialog::Open { query, .. }) = &mut self.dialog else {
            return None;
        };
        *query = q.clone();
        if q.trim().is_empty() {
            return None;
        }
        let found = self.search_results().len();
        Some(
            SimEvent::new("dokumen.searched")
                .with("query", q.trim().to_owned())
                .with("found", count(found))
                .with("any", found > 0),
        )
    }

    /// The learner chose a folder in the Open dialog (its files then come first).
    pub fn open_browsed(&self) -> bool {
        self.open_browsed
    }

    /// The files the Open dialog's search finds (the view lists them).
    pub fn search_results(&self) -> Vec<&DiskFile> {
        match &self.dialog {
            Some(Dialog::Open { query, .. }) => self
                .disk
                .search(query)
                .into_iter()
                .filter(|f| openable(&f.name))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The documents of a folder as the Open dialog lists them (no pictures or programs).
    pub fn documents_in(&self, folder: &str) -> Vec<&DiskFile> {
        self.disk
            .in_folder(folder)
            .into_iter()
            .filter(|f| openable(&f.name))
            .collect()
    }

    /// Dokumen Terakhir as the Open dialog lists it: files still on the disk.
    pub fn recent_files(&self) -> Vec<&DiskFile> {
        self.recent
            .iter()
            .filter_map(|(f, n)| self.disk.find(f, n))
            .collect()
    }

    /// A file clicked in the Open dialog: in the search results, in the folder the
    /// learner chose, or in Dokumen Terakhir.
    pub(super) fn open_file(&mut self, folder: &str, name: &str) -> Option<SimEvent> {
        let Some(Dialog::Open {
            folder: shown,
            query,
        }) = &self.dialog
        else {
            return None;
        };
        let file = self.disk.find(folder, name)?.clone();
        if !openable(&file.name) {
            return None;
        }
        let in_results = self
            .search_results()
            .iter()
            .any(|f| f.folder == folder && f.name == name);
        let in_recent = self.recent.iter().any(|(f, n)| f == folder && n == name);
        let via = if !query.trim().is_empty() && in_results {
            "search"
        } else if self.open_browsed && shown == folder {
            "folder"
        } else if in_recent {
            "recent"
        } else {
            "folder"
        };
        let format = file.format();
        self.doc = self
            .contents
            .iter()
            .find(|(f, n, _)| f == folder && n == name)
            .map_or_else(|| Doc::new(stem_of(name)), |(_, _, d)| d.clone());
        if format == "docx" {
            self.saved_as = Some((folder.to_owned(), name.to_owned()));
        } else {
            self.saved_as = None;
            self.document_name = name.to_owned();
        }
        self.remember(folder, name);
        self.dialog = None;
        Some(
            SimEvent::new("dokumen.opened")
                .with("folder", folder)
                .with("name", name)
                .with("format", format)
                .with("via", via),
        )
    }
}

/// The word processor opens documents: .docx, .doc, .odt, .pdf, .txt.
fn openable(name: &str) -> bool {
    matches!(
        format_of(name).as_str(),
        "docx" | "doc" | "odt" | "pdf" | "txt" | "rtf"
    )
}
