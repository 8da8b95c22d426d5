//! The sync folder: progress follows the learner between laptops without a server. An
//! existing engine carries one folder (Syncthing, a Windows/Samba share, a USB stick passed
//! around); Tuntun only reads and writes files in it.
//!
//! One round ([`round`]):
//! 1. Every other laptop's file, `tuntun-<device id>.progress`, is verified like an import
//!    (a regular file of bounded size, complete, unaltered, signed by the key that laptop
//!    always used, every value held to the forms' rules) and merged in one transaction — or
//!    not at all. One bad file is reported and the others are still taken. A file whose
//!    progress was already taken here (same content as last time) is only read once.
//! 2. Then this laptop's own file is written: a signed export of every learner (name, NIP,
//!    unit), the mentor's notes, coaching sessions and assignments, and the events *made on
//!    this laptop* — plus those of laptops that have no file in the folder (taken here from a
//!    USB export), so they travel on. It is written under a temporary name, synced and renamed,
//!    so an engine never carries half a file; when its content equals the file already there,
//!    nothing is written (a quiet round leaves the folder and the progress file untouched).
//!
//! Skipped, never read: Syncthing's files in transfer (`.syncthing.*.tmp`, `~syncthing~*`),
//! conflict copies (`*.sync-conflict-*`, which appear only when two laptops wrote the same
//! file, i.e. share a device id), our own temporary files, and anything else.
//!
//! The merge is the import's (idempotent and commutative: events, notes and sessions are keyed
//! by UUID, a learner by their UUID everywhere), so rounds in any order on any laptop reach the
//! same progress. PIN hashes, mentors and lock-outs never travel (see `store::exchange`).
//!
//! For Kelas, each laptop's name and the time its file was last written are kept
//! ([`laptops`]), written only when they change.

pub mod laptops;

use crate::store::exchange::{self, ImportError, ImportSummary};
use crate::store::{Store, StoreError};
use std::collections::BTreeSet;
use std::io::{Seek, SeekFrom};
use std::path::{Path, PathBuf};

pub use laptops::Laptop;

/// The setting that holds the sync folder's path.
pub const FOLDER_SETTING: &str = "sync_folder";

const PREFIX: &str = "tuntun-";
const SUFFIX: &str = ".progress";

/// The name of a laptop's file in the folder.
pub fn file_name(device: &str) -> String {
    format!("{PREFIX}{device}{SUFFIX}")
}

/// What a name in the folder is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// A laptop's file (the device id its name gives).
    Laptop(String),
    /// Being carried by Syncthing or written by Tuntun: read next time.
    InTransfer,
    /// A Syncthing conflict copy.
    ConflictCopy,
    /// Not Tuntun's (Syncthing's `.stfolder`, a note someone left…).
    Other,
}

/// Sorts a file name into what a round does with it.
pub fn classify(name: &str) -> Kind {
    if name.contains(".sync-conflict-") {
        return Kind::ConflictCopy;
    }
    if (name.starts_with(".syncthing.") && name.ends_with(".tmp"))
        || name.starts_with("~syncthing~")
        || (name.starts_with(&format!(".{PREFIX}")) && name.ends_with(".tmp"))
    {
        return Kind::InTransfer;
    }
    match name
        .strip_prefix(PREFIX)
        .and_then(|rest| rest.strip_suffix(SUFFIX))
    {
        Some(id) if is_id(id) => Kind::Laptop(id.to_owned()),
        _ => Kind::Other,
    }
}

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// What a round did with one file of the folder.
#[derive(Debug)]
pub enum Outcome {
    /// Verified and merged; something was new.
    Merged {
        laptop: String,
        summary: ImportSummary,
    },
    /// Verified; nothing in it was new here.
    UpToDate {
        laptop: String,
    },
    /// Not read this round (see [`Kind`]).
    InTransfer,
    ConflictCopy,
    /// Verified, but signed by another laptop than its name says: not taken.
    Misnamed {
        signed_by: String,
    },
    /// Refused (truncated, altered, forged, not ours…); nothing of it was taken.
    Refused(ImportError),
}

/// One line of a round's report.
#[derive(Debug)]
pub struct FileReport {
    pub name: String,
    pub outcome: Outcome,
}

/// What happened to this laptop's own file.
#[derive(Debug)]
pub enum Own {
    /// Written (new progress): learners and events in it.
    Written { learners: u64, events: u64 },
    /// Its content was already there: nothing written.
    Unchanged,
    /// Could not be written (a full or read-only stick); the rest of the round went on.
    Failed(String),
}

/// A round's report.
#[derive(Debug)]
pub struct Round {
    pub files: Vec<FileReport>,
    pub own: Own,
}

impl Round {
    /// Whether progress came in from another laptop.
    pub fn took_something(&self) -> bool {
        self.files
            .iter()
            .any(|f| matches!(f.outcome, Outcome::Merged { .. }))
    }
}

impl std::fmt::Display for FileReport {
    /// One line for `tuntun sync`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let name = &self.name;
        match &self.outcome {
            Outcome::Merged { laptop, summary: s } => write!(
                f,
                "{name}: taken from \"{laptop}\": new here {} learner(s), {} event(s), {} note(s); updated {} learner(s), {} session(s), {} assignment(s){}",
                s.learners_added,
                s.events_added,
                s.notes_added,
                s.learners_updated,
                s.sessions_changed,
                s.assignments_changed,
                match &s.new_laptop {
                    Some(l) => format!(
                        "; first file from this laptop (fingerprint {})",
                        l.fingerprint
                    ),
                    None => String::new(),
                }
            ),
            Outcome::UpToDate { laptop } => write!(f, "{name}: from \"{laptop}\", nothing new"),
            Outcome::InTransfer => write!(f, "{name}: skipped, still being copied"),
            Outcome::ConflictCopy => write!(f, "{name}: skipped, a conflict copy"),
            Outcome::Misnamed { signed_by } => write!(
                f,
                "{name}: not taken, it is signed by another laptop (\"{signed_by}\") than its name says"
            ),
            Outcome::Refused(e) => write!(f, "{name}: not taken, {e}"),
        }
    }
}

impl std::fmt::Display for Own {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Own::Written { learners, events } => write!(
                f,
                "this laptop's file written: {learners} learner(s), {events} event(s)"
            ),
            Own::Unchanged => write!(f, "this laptop's file is up to date (not written)"),
            Own::Failed(e) => write!(f, "this laptop's file could not be written: {e}"),
        }
    }
}

/// Why no round could be done at all.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// The folder is not there (a USB stick not plugged in, a share not reachable).
    #[error("the sync folder {0} is not there (is the USB stick plugged in, the share reachable?)")]
    Missing(PathBuf),
    #[error("the sync folder {path} cannot be read: {source}")]
    Unreadable {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Makes the sync folder the mentor chose (a new folder on a USB stick, an office share);
/// a folder that cannot be made shows as missing in the next round.
pub fn make_folder(folder: &Path) {
    if let Err(e) = std::fs::create_dir_all(folder) {
        tracing::warn!("cannot make the sync folder {}: {e}", folder.display());
    }
}

/// One round in `folder` (see the module's description).
pub fn round(store: &mut Store, folder: &Path) -> Result<Round, SyncError> {
    if !folder.is_dir() {
        return Err(SyncError::Missing(folder.to_owned()));
    }
    let own_name = file_name(store.device());
    let mut names = list(folder)?;
    names.sort();
    let mut files = Vec::new();
    // Devices that keep their own file here: their events travel in it, not in ours.
    let mut with_files: BTreeSet<String> = BTreeSet::new();
    for name in names {
        if name == own_name {
            continue;
        }
        let outcome = match classify(&name) {
            Kind::Other => continue,
            Kind::InTransfer => Outcome::InTransfer,
            Kind::ConflictCopy => Outcome::ConflictCopy,
            Kind::Laptop(device) => {
                with_files.insert(device.clone());
                take(store, &folder.join(&name), &device)
            }
        };
        files.push(FileReport { name, outcome });
    }
    let own = match write_own(store, folder, &own_name, &with_files) {
        Ok(own) => own,
        Err(e) => {
            tracing::warn!("cannot write {own_name}: {e}");
            Own::Failed(e.to_string())
        }
    };
    Ok(Round { files, own })
}

fn list(folder: &Path) -> Result<Vec<String>, SyncError> {
    let unreadable = |source| SyncError::Unreadable {
        path: folder.to_owned(),
        source,
    };
    let mut names = Vec::new();
    for entry in std::fs::read_dir(folder).map_err(unreadable)? {
        let entry = entry.map_err(unreadable)?;
        if let Ok(name) = entry.file_name().into_string() {
            names.push(name);
        }
    }
    Ok(names)
}

/// Verifies and merges one laptop's file; never panics, never half-merges.
fn take(store: &mut Store, path: &Path, device: &str) -> Outcome {
    match try_take(store, path, device) {
        Ok(outcome) => outcome,
        Err(e) => {
            tracing::warn!("sync: {} refused: {e}", path.display());
            Outcome::Refused(e)
        }
    }
}

fn try_take(store: &mut Store, path: &Path, device: &str) -> Result<Outcome, ImportError> {
    // One handle for every reading, so a laptop replacing its file meanwhile (a rename)
    // cannot mix two versions: this one is read to the end each time.
    let file = exchange::open_file(path)?.into_inner();
    let reader = || -> std::io::Result<std::io::BufReader<std::fs::File>> {
        let mut f = file.try_clone()?;
        f.seek(SeekFrom::Start(0))?;
        Ok(std::io::BufReader::new(f))
    };
    let checked = exchange::check(&mut reader()?)?;
    if checked.signer.device != device {
        return Ok(Outcome::Misnamed {
            signed_by: checked.signer.name,
        });
    }
    let laptop = checked.signer.name.clone();
    let known = laptops::get(store, device)?;
    if known.as_ref().is_some_and(|k| k.body == checked.body) {
        return Ok(Outcome::UpToDate { laptop });
    }
    let summary = store.import(reader)?;
    laptops::put(
        store,
        &Laptop {
            device: device.to_owned(),
            name: laptop.clone(),
            made_at: checked.made_at,
            body: checked.body,
        },
    )?;
    let new = summary.new_laptop.is_some()
        || summary.learners_added
            + summary.learners_updated
            + summary.events_added
            + summary.notes_added
            + summary.sessions_changed
            + summary.assignments_changed
            > 0;
    Ok(if new {
        Outcome::Merged { laptop, summary }
    } else {
        Outcome::UpToDate { laptop }
    })
}

/// Writes this laptop's file unless the folder already holds the same content.
fn write_own(
    store: &mut Store,
    folder: &Path,
    own_name: &str,
    with_files: &BTreeSet<String>,
) -> Result<Own, exchange::ExportError> {
    let own = store.device().to_owned();
    let carried = |device: &str| device == own || !with_files.contains(device);
    // First only the checksum of what would be written.
    let wanted = store.export_some_events(&carried, &mut std::io::sink())?;
    let path = folder.join(own_name);
    let signer = store.signer()?;
    let there = exchange::check_file(&path).ok();
    if there.is_some_and(|c| {
        c.body == wanted.body && c.signer.key == signer.key && c.signer.name == signer.name
    }) {
        return Ok(Own::Unchanged);
    }
    let part = folder.join(format!(".{PREFIX}{own}.tmp"));
    let result = (|| {
        let f = crate::private::create_file(&part)?;
        let mut w = std::io::BufWriter::new(f);
        let written = store.export_some_events(&carried, &mut w)?;
        let f = w.into_inner().map_err(|e| e.into_error())?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&part, &path)?;
        sync_dir(folder);
        Ok(written)
    })();
    let written = match result {
        Ok(w) => w,
        Err(e) => {
            let _ = std::fs::remove_file(&part);
            return Err(e);
        }
    };
    laptops::put(
        store,
        &Laptop {
            device: own.clone(),
            name: signer.name,
            made_at: crate::store::now_ms(),
            body: written.body,
        },
    )?;
    Ok(Own::Written {
        learners: written.learners,
        events: written.events,
    })
}

/// Makes a rename in `dir` durable (a no-op where folders cannot be synced).
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Err(e) = std::fs::File::open(dir).and_then(|d| d.sync_all()) {
        tracing::warn!("cannot sync {}: {e}", dir.display());
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_sorted_into_what_a_round_does() {
        let id = "0b6c8a52-5a4e-4f0e-9a55-1c2d3e4f5a6b";
        assert_eq!(classify(&file_name(id)), Kind::Laptop(id.to_owned()));
        for name in [
            ".syncthing.tuntun-abc.progress.tmp",
            "~syncthing~tuntun-abc.progress.tmp",
            ".tuntun-abc.tmp",
        ] {
            assert_eq!(classify(name), Kind::InTransfer, "{name}");
        }
        assert_eq!(
            classify("tuntun-abc.sync-conflict-20261203-101500-ABCDEFG.progress"),
            Kind::ConflictCopy
        );
        for name in [
            ".stfolder",
            "tuntun-.progress",
            "tuntun-a b.progress",
            "tuntun-abc.progress.bak",
            "catatan.txt",
            "tuntun-ab/c.progress",
        ] {
            assert_eq!(classify(name), Kind::Other, "{name}");
        }
    }
}
