//! The files Tuntun writes for people to keep, print or send: the class report (xlsx and
//! CSV), a learner's summary and module certificates as PDFs, and their names. The command
//! line and the GUI both come here, so a file looks and is named the same whichever made it;
//! the store only answers questions and the GUI only shows where the file went.
//!
//! Every file is written beside its place first and renamed into it ([`write_atomically`]),
//! so a full disk or a pulled USB stick never leaves half a report under the real name.

pub mod class_report;
pub mod export;
pub mod letter;
pub mod reports;

use std::io::Write;
use std::path::{Path, PathBuf};

/// A file that could not be written, and why.
#[derive(Debug, thiserror::Error)]
#[error("cannot write {}: {source}", path.display())]
pub struct WriteError {
    pub path: PathBuf,
    #[source]
    pub source: std::io::Error,
}

/// Writes `file` beside it first (`FILE.part`, synced, readable by this account only since
/// reports hold names and NIPs) and then renames it, so a half-written file never replaces a
/// good one.
pub fn write_atomically(
    file: &Path,
    write: impl FnOnce(&mut std::io::BufWriter<std::fs::File>) -> std::io::Result<()>,
) -> Result<(), WriteError> {
    let mut tmp = file.as_os_str().to_owned();
    tmp.push(".part");
    let tmp = PathBuf::from(tmp);
    let written = crate::private::create_file(&tmp).and_then(|f| {
        let mut w = std::io::BufWriter::new(f);
        write(&mut w)?;
        w.into_inner().map_err(|e| e.into_error())?.sync_all()
    });
    if let Err(source) = written.and_then(|()| std::fs::rename(&tmp, file)) {
        let _ = std::fs::remove_file(&tmp);
        return Err(WriteError {
            path: file.to_owned(),
            source,
        });
    }
    Ok(())
}

/// Writes `bytes` to `file` atomically.
pub fn write_bytes(file: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    write_atomically(file, |w| w.write_all(bytes))
}

/// The file name of a learner's summary: `ringkasan-<name>.pdf`.
pub fn summary_file_name(learner_name: &str) -> String {
    format!("ringkasan-{}.pdf", slug(learner_name))
}

/// The file name of a certificate: `sertifikat-<module>-<name>.pdf`.
pub fn certificate_file_name(module: &str, learner_name: &str) -> String {
    format!("sertifikat-{}-{}.pdf", slug(module), slug(learner_name))
}

/// `Siti Rahmawati, S.Pd` → `siti-rahmawati-s-pd`: safe in a file name on every system.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        "peserta".to_owned()
    } else {
        out.to_owned()
    }
}

/// Where the mentor's files go: the folder given in the options, else the user's Documents
/// folder (when it exists), else the data folder.
pub fn export_dir(option: Option<&Path>, data_dir: &Path) -> PathBuf {
    if let Some(dir) = option {
        return dir.to_owned();
    }
    documents_dir().unwrap_or_else(|| data_dir.to_owned())
}

/// The user's Documents folder, when it exists.
pub fn documents_dir() -> Option<PathBuf> {
    directories::UserDirs::new()
        .and_then(|u| u.document_dir().map(Path::to_path_buf))
        .filter(|d| d.is_dir())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_safe_and_never_empty() {
        assert_eq!(
            summary_file_name("Siti Rahmawati, S.Pd"),
            "ringkasan-siti-rahmawati-s-pd.pdf"
        );
        assert_eq!(
            certificate_file_name("email", "  "),
            "sertifikat-email-peserta.pdf"
        );
        assert_eq!(slug("../../etc/passwd"), "etc-passwd");
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_part() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("laporan.csv");
        write_bytes(&file, b"old").unwrap();
        let err = write_atomically(&file, |w| {
            w.write_all(b"half")?;
            Err(std::io::Error::other("disk full"))
        })
        .unwrap_err();
        assert_eq!(err.path, file);
        assert_eq!(std::fs::read(&file).unwrap(), b"old");
        assert!(!dir.path().join("laporan.csv.part").exists());
    }
}
