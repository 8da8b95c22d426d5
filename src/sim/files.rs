//! The pretend disk the simulators share: folders with files (name, size), seeded from the
//! lesson scenario, never the learner's real disk.
//!
//! A letter saved in the document tool can be attached in the webmail and uploaded in the
//! presensi app because all of them work on this one [`Disk`]. Folder names are data:
//! the well-known ones (`dokumen`, `unduhan`, `desktop`) are shown translated by the view,
//! any other is shown as written ("Surat Keluar 2025").

use serde::{Deserialize, Serialize};

/// The folders every pretend laptop has, in the order they are listed.
pub const STANDARD_FOLDERS: [&str; 3] = ["dokumen", "unduhan", "desktop"];

/// Where downloads land.
pub const DOWNLOADS: &str = "unduhan";

/// One file on the pretend disk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiskFile {
    pub folder: String,
    pub name: String,
    pub size_kb: u32,
}

impl DiskFile {
    /// The format from the name's extension, lowercased: `pdf` for `Surat.PDF`.
    pub fn format(&self) -> String {
        format_of(&self.name)
    }
}

/// The format of a file name: its extension, lowercased (`""` when it has none).
pub fn format_of(name: &str) -> String {
    match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => ext.to_ascii_lowercase(),
        _ => String::new(),
    }
}

/// Why a file name cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameProblem {
    Empty,
    /// `/`, `\` and the other characters Windows refuses: `: * ? " < > |`.
    ForbiddenCharacter(char),
}

/// Checks a file name the learner typed.
pub fn check_name(name: &str) -> Result<(), NameProblem> {
    let name = name.trim();
    if name.is_empty() || name.chars().all(|c| c == '.') {
        return Err(NameProblem::Empty);
    }
    match name
        .chars()
        .find(|c| matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|'))
    {
        Some(c) => Err(NameProblem::ForbiddenCharacter(c)),
        None => Ok(()),
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Disk {
    files: Vec<DiskFile>,
    /// Folders that exist even when empty ("Surat Keluar 2025" before the first letter).
    #[serde(default)]
    empty_folders: Vec<String>,
}

impl Disk {
    pub fn new(files: Vec<DiskFile>) -> Self {
        Self {
            files,
            empty_folders: Vec::new(),
        }
    }

    /// A disk with these files and these folders, even if some of them are empty.
    pub fn with_folders(files: Vec<DiskFile>, folders: Vec<String>) -> Self {
        let mut disk = Self::new(files);
        for f in folders {
            disk.add_folder(&f);
        }
        disk
    }

    /// Makes a folder (nothing happens when it exists).
    pub fn add_folder(&mut self, folder: &str) {
        let folder = folder.trim();
        if !folder.is_empty() && !self.has_folder(folder) {
            self.empty_folders.push(folder.to_owned());
        }
    }

    pub fn has_folder(&self, folder: &str) -> bool {
        self.folders().contains(&folder)
    }

    /// Every file, in the order they were made.
    pub fn files(&self) -> &[DiskFile] {
        &self.files
    }

    /// The standard folders, then any other folder (with files or made empty), by name.
    pub fn folders(&self) -> Vec<&str> {
        let mut other: Vec<&str> = self
            .files
            .iter()
            .map(|f| f.folder.as_str())
            .chain(self.empty_folders.iter().map(String::as_str))
            .filter(|f| !STANDARD_FOLDERS.contains(f))
            .collect();
        other.sort_unstable();
        other.dedup();
        STANDARD_FOLDERS.iter().copied().chain(other).collect()
    }

    /// The files of one folder, by name.
    pub fn in_folder<'a>(&'a self, folder: &str) -> Vec<&'a DiskFile> {
        let mut files: Vec<&DiskFile> = self.files.iter().filter(|f| f.folder == folder).collect();
        files.sort_by_key(|f| f.name.to_lowercase());
        files
    }

    pub fn find(&self, folder: &str, name: &str) -> Option<&DiskFile> {
        self.files
            .iter()
            .find(|f| f.folder == folder && f.name == name)
    }

    /// Files whose name contains `query`, ignoring case, in any folder.
    pub fn search(&self, query: &str) -> Vec<&DiskFile> {
        let q = query.trim().to_lowercase();
        if q.is_empty() {
            return Vec::new();
        }
        self.files
            .iter()
            .filter(|f| f.name.to_lowercase().contains(&q))
            .collect()
    }

    /// Saves a file, replacing one of the same name in the same folder.
    pub fn save(&mut self, file: DiskFile) {
        match self
            .files
            .iter_mut()
            .find(|f| f.folder == file.folder && f.name == file.name)
        {
            Some(existing) => *existing = file,
            None => self.files.push(file),
        }
    }

    /// Renames a file in its folder. False when it is not there or the new name is taken.
    pub fn rename(&mut self, folder: &str, old: &str, new: &str) -> bool {
        if old != new && self.find(folder, new).is_some() {
            return false;
        }
        match self
            .files
            .iter_mut()
            .find(|f| f.folder == folder && f.name == old)
        {
            Some(f) => {
                f.name = new.to_owned();
                true
            }
            None => false,
        }
    }

    /// Saves a download into Unduhan the way browsers do: a name already there gets
    /// " (1)", " (2)"… before the extension. Returns the name it was saved under.
    pub fn download(&mut self, name: &str, size_kb: u32) -> String {
        let (stem, ext) = match name.rsplit_once('.') {
            Some((s, e)) if !s.is_empty() => (s, format!(".{e}")),
            _ => (name, String::new()),
        };
        let mut candidate = name.to_owned();
        let mut n = 1;
        while self.find(DOWNLOADS, &candidate).is_some() {
            candidate = format!("{stem} ({n}){ext}");
            n += 1;
        }
        self.files.push(DiskFile {
            folder: DOWNLOADS.into(),
            name: candidate.clone(),
            size_kb,
        });
        candidate
    }
}

/// How much of its size a file keeps when "Kecilkan" compresses it, in percent: a scan's
/// images are stored again at a lower quality, as a scanner app's "ukuran kecil" or a
/// "kompres PDF" tool does (a 1,240 KB scan becomes 186 KB).
pub const SHRINK_PERCENT: u32 = 15;

/// The formats "Kecilkan" can compress: documents made of pictures.
pub const SHRINKABLE: [&str; 4] = ["pdf", "jpg", "jpeg", "png"];

/// The name of the smaller copy: `Surat-scan.pdf` → `Surat-scan-kecil.pdf`.
pub fn shrunk_name(name: &str) -> String {
    match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => format!("{stem}-kecil.{ext}"),
        _ => format!("{name}-kecil"),
    }
}

impl Disk {
    /// "Kecilkan": saves a smaller copy of a PDF or photo beside it (the original stays, as
    /// with the real tools) and returns it; `None` for a file that is not there or cannot be
    /// compressed (a .docx).
    pub fn shrink(&mut self, folder: &str, name: &str) -> Option<DiskFile> {
        let file = self.find(folder, name)?;
        if !SHRINKABLE.contains(&file.format().as_str()) {
            return None;
        }
        let small = DiskFile {
            folder: file.folder.clone(),
            name: shrunk_name(&file.name),
            size_kb: (file.size_kb.saturating_mul(SHRINK_PERCENT) / 100).max(1),
        };
        self.save(small.clone());
        Some(small)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_renamed_in_its_folder_unless_the_name_is_taken() {
        let mut disk = Disk::new(vec![file("unduhan", "a.pdf"), file("unduhan", "b.pdf")]);
        assert!(!disk.rename("unduhan", "a.pdf", "b.pdf"), "taken");
        assert!(
            !disk.rename("dokumen", "a.pdf", "c.pdf"),
            "not in that folder"
        );
        assert!(disk.rename("unduhan", "a.pdf", "c.pdf"));
        assert!(disk.find("unduhan", "c.pdf").is_some());
        assert!(disk.find("unduhan", "a.pdf").is_none());
    }

    /// A scan too big for the 300 KB limit becomes a copy under it, beside the original;
    /// a Word file is not a picture and is not compressed.
    #[test]
    fn kecilkan_makes_a_smaller_copy_beside_the_original() {
        let mut disk = Disk::new(vec![
            DiskFile {
                folder: "dokumen".into(),
                name: "Surat-Tugas-scan.pdf".into(),
                size_kb: 1240,
            },
            file("dokumen", "Surat-Tugas.docx"),
        ]);
        let small = disk
            .shrink("dokumen", "Surat-Tugas-scan.pdf")
            .expect("shrunk");
        assert_eq!(small.name, "Surat-Tugas-scan-kecil.pdf");
        assert_eq!(small.size_kb, 186);
        assert!(small.size_kb <= 300);
        assert!(
            disk.find("dokumen", "Surat-Tugas-scan.pdf").is_some(),
            "original kept"
        );
        assert_eq!(disk.find("dokumen", &small.name), Some(&small));
        assert_eq!(disk.shrink("dokumen", "Surat-Tugas.docx"), None);
        assert_eq!(disk.shrink("dokumen", "missing.pdf"), None);
        // Twice: the copy is made again, not a second one.
        disk.shrink("dokumen", "Surat-Tugas-scan.pdf");
        assert_eq!(disk.in_folder("dokumen").len(), 3);
    }

    fn file(folder: &str, name: &str) -> DiskFile {
        DiskFile {
            folder: folder.into(),
            name: name.into(),
            size_kb: 10,
        }
    }

    #[test]
    fn formats_come_from_the_extension() {
        assert_eq!(format_of("Laporan Mei.PDF"), "pdf");
        assert_eq!(format_of("undangan.pdf.apk"), "apk");
        assert_eq!(format_of("README"), "");
        assert_eq!(format_of(".bashrc"), "");
    }

    #[test]
    fn name_rules() {
        assert_eq!(check_name("  "), Err(NameProblem::Empty));
        assert_eq!(check_name(".."), Err(NameProblem::Empty));
        assert_eq!(
            check_name("Surat 12/2025"),
            Err(NameProblem::ForbiddenCharacter('/'))
        );
        assert_eq!(
            check_name("Apa?"),
            Err(NameProblem::ForbiddenCharacter('?'))
        );
        assert_eq!(check_name("Surat Undangan Rapat 2025"), Ok(()));
    }

    #[test]
    fn folders_list_the_standard_ones_first() {
        let disk = Disk::new(vec![
            file("Surat Keluar 2025", "a.pdf"),
            file("dokumen", "b"),
        ]);
        assert_eq!(
            disk.folders(),
            vec!["dokumen", "unduhan", "desktop", "Surat Keluar 2025"]
        );
    }

    #[test]
    fn empty_folders_are_listed_once() {
        let mut disk = Disk::with_folders(
            vec![file("Arsip", "a.pdf")],
            vec!["Surat Keluar 2025".into(), "Arsip".into(), "dokumen".into()],
        );
        disk.add_folder("Surat Keluar 2025");
        disk.add_folder("  ");
        assert_eq!(
            disk.folders(),
            vec![
                "dokumen",
                "unduhan",
                "desktop",
                "Arsip",
                "Surat Keluar 2025"
            ]
        );
        assert!(disk.has_folder("Surat Keluar 2025"));
        assert!(disk.in_folder("Surat Keluar 2025").is_empty());
        assert!(!disk.has_folder("Lain"));
    }

    #[test]
    fn downloads_never_overwrite() {
        let mut disk = Disk::default();
        assert_eq!(disk.download("Undangan.pdf", 200), "Undangan.pdf");
        assert_eq!(disk.download("Undangan.pdf", 200), "Undangan (1).pdf");
        assert_eq!(disk.download("Undangan.pdf", 200), "Undangan (2).pdf");
        assert_eq!(disk.in_folder("unduhan").len(), 3);
    }

    #[test]
    fn save_replaces_and_search_ignores_case() {
        let mut disk = Disk::new(vec![file("dokumen", "Surat.docx")]);
        disk.save(DiskFile {
            size_kb: 99,
            ..file("dokumen", "Surat.docx")
        });
        assert_eq!(disk.in_folder("dokumen").len(), 1);
        assert_eq!(
            disk.find("dokumen", "Surat.docx").map(|f| f.size_kb),
            Some(99)
        );
        assert_eq!(disk.search("surat").len(), 1);
        assert!(disk.search("  ").is_empty());
    }
}
