//! Mode `berkas`: the daily path of a document in a kantor camat. A colleague sends photos
//! of a letter by WhatsApp to the pretend phone; "Kirim ke laptop" puts them in Unduhan
//! (the shared pretend disk); the laptop's file window shows names with the extension
//! hidden, as Windows does, until "Tampilkan ekstensi" is ticked; the photos become one PDF
//! ("Jadikan satu PDF"), which is made small enough for an upload limit of 300 KB
//! ("Kecilkan ukuran") and given a good name ("Ganti nama"); then, with `email`, it is
//! attached in the webmail on the same disk.

use super::NameRefusal;
use super::{Action, Dokumen, count};
use crate::sim::SimEvent;
use crate::sim::files::{self, DOWNLOADS, DiskFile, NameProblem};
use serde::{Deserialize, Serialize};

/// The size limit the lessons name (e-presensi, many upload forms).
pub const LIMIT_KB: u32 = 300;

/// The name "Jadikan satu PDF" gives, before the learner names it.
pub const COMBINED_NAME: &str = "Gabungan.pdf";

/// A file in the phone's WhatsApp chat (scenario; `from` is a literal name).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhoneFile {
    pub name: String,
    pub size_kb: u32,
    pub from: String,
}

/// The file window's state.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Berkas {
    /// The files in the phone's chat, and whether each was sent to the laptop.
    pub phone: Vec<(PhoneFile, bool)>,
    /// The folder the window shows.
    pub folder: String,
    /// Ticked files (names) in that folder.
    pub selected: Vec<String>,
    /// "Tampilkan ekstensi": names shown with `.pdf`, `.jpg`.
    pub show_extensions: bool,
    /// Renaming: the new name typed so far (without the extension), and what was wrong.
    pub renaming: Option<(String, Option<NameRefusal>)>,
    /// Files already made smaller (folder, name).
    pub compressed: Vec<(String, String)>,
}

impl Berkas {
    pub fn new(phone: Vec<PhoneFile>) -> Self {
        Self {
            phone: phone.into_iter().map(|f| (f, false)).collect(),
            folder: DOWNLOADS.into(),
            ..Self::default()
        }
    }
}

/// A name the phone or the tool made up, not the learner: `IMG-20250520-WA0003`,
/// `Gabungan`, `Scan`, `Dokumen…`.
pub fn is_made_up_name(stem: &str) -> bool {
    let s = stem.trim().to_lowercase();
    s.starts_with("img")
        || s.starts_with("gabungan")
        || s.starts_with("scan")
        || s.starts_with("whatsapp")
        || super::is_default_name(&s)
}

/// The name as the window shows it: with the extension hidden unless asked for.
pub fn shown_name(name: &str, show_extensions: bool) -> &str {
    if show_extensions {
        return name;
    }
    match name.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem,
        _ => name,
    }
}

impl Dokumen {
    /// The file window's actions; `None` for any other.
    pub(super) fn berkas(&mut self, action: Action) -> Option<SimEvent> {
        match action {
            Action::SendToLaptop(i) => {
                let (file, sent) = self.berkas.phone.get_mut(i)?;
                *sent = true;
                let (name, size) = (file.name.clone(), file.size_kb);
                let saved = self.disk.download(&name, size);
                Some(
                    SimEvent::new("dokumen.file_received")
                        .with("format", files::format_of(&saved))
                        .with("name", saved),
                )
            }
            Action::ShowExtensions(on) => {
                self.berkas.show_extensions = on;
                Some(SimEvent::new("dokumen.extensions_shown").with("on", on))
            }
            Action::BerkasFolder(folder) => {
                if !self.disk.has_folder(&folder) {
                    return None;
                }
                self.berkas.folder = folder.clone();
                self.berkas.selected.clear();
                self.berkas.renaming = None;
                Some(SimEvent::new("files.folder_opened").with("folder", folder))
            }
            Action::ToggleFile(name) => {
                self.disk.find(&self.berkas.folder, &name)?;
                let selected = &mut self.berkas.selected;
                let on = match selected.iter().position(|n| *n == name) {
                    Some(i) => {
                        selected.remove(i);
                        false
                    }
                    None => {
                        selected.push(name.clone());
                        true
                    }
                };
                let ticked = count(selected.len());
                self.berkas.renaming = None;
                Some(
                    SimEvent::new("dokumen.file_ticked")
                        .with("name", name)
                        .with("on", on)
                        .with("count", ticked),
                )
            }
            Action::Combine => self.combine(),
            Action::Compress => self.compress(),
            Action::StartRename => {
                let [one] = self.berkas.selected.as_slice() else {
                    return None;
                };
                let stem = super::stem_of(one).to_owned();
                self.berkas.renaming = Some((stem, None));
                Some(SimEvent::new("dokumen.rename_started").with("name", one.clone()))
            }
            Action::RenameText(text) => {
                if let Some((name, problem)) = &mut self.berkas.renaming {
                    *name = text;
                    *problem = None;
                }
                None
            }
            Action::ConfirmRename => self.confirm_rename(),
            _ => None,
        }
    }

    /// The ticked files that can go into a PDF (photos and PDFs), in the window's order.
    fn ticked(&self) -> Vec<DiskFile> {
        self.disk
            .in_folder(&self.berkas.folder)
            .into_iter()
            .filter(|f| self.berkas.selected.contains(&f.name))
            .cloned()
            .collect()
    }

    /// "Jadikan satu PDF": the ticked photos and PDFs, in the window's order, become one
    /// PDF beside them (as big as they are together).
    fn combine(&mut self) -> Option<SimEvent> {
        let parts = self.ticked();
        let usable = parts
            .iter()
            .all(|f| matches!(f.format().as_str(), "jpg" | "jpeg" | "png" | "pdf"));
        if parts.is_empty() || !usable {
            return Some(SimEvent::new("dokumen.combine_refused").with(
                "reason",
                if parts.is_empty() {
                    "none_selected"
                } else {
                    "not_a_picture"
                },
            ));
        }
        let size_kb = parts.iter().map(|f| f.size_kb).sum::<u32>();
        let folder = self.berkas.folder.clone();
        let mut name = COMBINED_NAME.to_owned();
        let mut n = 1;
        while self.disk.find(&folder, &name).is_some() {
            name = format!("Gabungan ({n}).pdf");
            n += 1;
        }
        self.disk.save(DiskFile {
            folder,
            name: name.clone(),
            size_kb,
        });
        // The new PDF is the one ticked now, ready for the next step.
        self.berkas.selected = vec![name.clone()];
        Some(
            SimEvent::new("dokumen.files_combined")
                .with("count", count(parts.len()))
                .with("name", name)
                .with("size_kb", i64::from(size_kb))
                .with("under_limit", size_kb <= LIMIT_KB),
        )
    }

    /// "Kecilkan ukuran" on one ticked PDF: a twentieth of its size (pictures at a lower
    /// resolution), at least 60 KB; once only.
    fn compress(&mut self) -> Option<SimEvent> {
        let [one] = self.berkas.selected.as_slice() else {
            return Some(SimEvent::new("dokumen.compress_refused").with("reason", "select_one"));
        };
        let folder = self.berkas.folder.clone();
        let file = self.disk.find(&folder, one)?.clone();
        if file.format() != "pdf" {
            return Some(SimEvent::new("dokumen.compress_refused").with("reason", "not_pdf"));
        }
        let key = (folder.clone(), file.name.clone());
        let size_kb = if self.berkas.compressed.contains(&key) {
            file.size_kb
        } else {
            (file.size_kb / 20).max(60)
        };
        self.disk.save(DiskFile {
            size_kb,
            ..file.clone()
        });
        if !self.berkas.compressed.contains(&key) {
            self.berkas.compressed.push(key);
        }
        Some(
            SimEvent::new("dokumen.file_compressed")
                .with("name", file.name)
                .with("size_kb", i64::from(size_kb))
                .with("under_limit", size_kb <= LIMIT_KB),
        )
    }

    /// "Ganti nama": the new name keeps the file's extension, as Windows does when the
    /// extension is hidden.
    fn confirm_rename(&mut self) -> Option<SimEvent> {
        let (typed, _) = self.berkas.renaming.clone()?;
        let [old] = self.berkas.selected.as_slice() else {
            return None;
        };
        let old = old.clone();
        let ext = files::format_of(&old);
        // A learner who typed the extension too does not get "surat.pdf.pdf".
        let typed = typed.trim();
        let stem = typed
            .strip_suffix(&format!(".{ext}"))
            .filter(|_| !ext.is_empty())
            .unwrap_or(typed);
        if let Err(problem) = files::check_name(stem) {
            let refusal = match problem {
                NameProblem::Empty => NameRefusal::Empty,
                NameProblem::ForbiddenCharacter(c) => NameRefusal::Character(c),
            };
            self.berkas.renaming = Some((typed.to_owned(), Some(refusal)));
            return None;
        }
        let new = if ext.is_empty() {
            stem.to_owned()
        } else {
            format!("{stem}.{ext}")
        };
        let folder = self.berkas.folder.clone();
        if !self.disk.rename(&folder, &old, &new) {
            return None;
        }
        let was_compressed = (folder.clone(), old.clone());
        for c in &mut self.berkas.compressed {
            if *c == was_compressed {
                c.1 = new.clone();
            }
        }
        self.berkas.renaming = None;
        self.berkas.selected = vec![new.clone()];
        let size_kb = self.disk.find(&folder, &new).map_or(0, |f| f.size_kb);
        Some(
            SimEvent::new("dokumen.file_renamed")
                .with("made_up_name", is_made_up_name(stem))
                .with("has_date", has_year(stem))
                .with("format", ext)
                .with("size_kb", i64::from(size_kb))
                .with("under_limit", size_kb <= LIMIT_KB)
                .with("name", new),
        )
    }
}

/// Whether a name carries a date's year (2020–2039), as in `2025-05-20_Surat_Tugas`.
fn has_year(stem: &str) -> bool {
    let digits: Vec<char> = stem.chars().collect();
    digits
        .windows(4)
        .any(|w| w[0] == '2' && w[1] == '0' && matches!(w[2], '2' | '3') && w[3].is_ascii_digit())
}
