//! A progress file (`.tuntun`) for another laptop: the store's signed export, written like
//! every file Tuntun makes (beside its place first, private, synced, then renamed), so a
//! pulled USB stick never leaves half a file under the real name.

use crate::store::Store;
use crate::store::exchange::{ExportError, Selection};
use std::path::Path;

/// Writes the export of `selection` to `file`; returns how many learners and events it holds.
pub fn write(store: &Store, selection: &Selection, file: &Path) -> Result<(u64, u64), ExportError> {
    let mut made = None;
    let written = super::write_atomically(file, |w| match store.export(selection, w) {
        Ok(counts) => {
            made = Some(Ok(counts));
            Ok(())
        }
        Err(ExportError::Write(e)) => Err(e),
        Err(e) => {
            let why = std::io::Error::other(e.to_string());
            made = Some(Err(e));
            Err(why)
        }
    });
    match (written, made) {
        (_, Some(Err(e))) => Err(e),
        (Ok(()), Some(Ok(counts))) => Ok(counts),
        (Err(e), _) => Err(ExportError::Write(e.source)),
        (Ok(()), None) => Err(ExportError::Write(std::io::Error::other(
            "the export wrote nothing",
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The file is there with its counts, private, and nothing is left beside it; a learner
    /// who does not exist leaves no file at all.
    #[test]
    fn an_export_is_written_whole_or_not_at_all() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::open(dir.path()).expect("store");
        let learner = store
            .add_learner(&crate::store::NewLearner {
                name: "Siti Rahmawati".into(),
                ..Default::default()
            })
            .expect("learner");
        let out = tempfile::tempdir().expect("out");
        let file = out.path().join("kelas.tuntun");
        let (learners, _) = write(&store, &Selection::All, &file).expect("written");
        assert_eq!(learners, 1);
        let names: Vec<_> = std::fs::read_dir(out.path())
            .expect("listed")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, ["kelas.tuntun"], "no .part left");
        assert!(
            crate::store::exchange::check_file(&file).is_ok(),
            "a sound, signed file"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&file).expect("meta").permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "names and NIPs: the owner's only");
        }

        let none = out.path().join("nobody.tuntun");
        let refused = write(&store, &Selection::Learner("no-such-id".into()), &none);
        assert!(
            matches!(refused, Err(ExportError::NoSuchLearner(_))),
            "{refused:?}"
        );
        assert!(!none.exists());
        assert_eq!(std::fs::read_dir(out.path()).expect("listed").count(), 1);
        let _ = learner;
    }
}
