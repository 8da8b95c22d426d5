//! Moving progress between laptops and keeping it safe: `backup`, `export`, `import`,
//! `sync` and `join`.

use super::{CommandError, open_for_writing, open_for_writing_with};
use crate::store::exchange::Selection;
use std::io::Write;
use std::path::Path;

/// Runs `backup`.
pub fn backup(data_dir: &Path, out: &mut impl Write) -> Result<(), CommandError> {
    // One backup, made here: no start-up copy a moment before it.
    let (_lock, store) =
        open_for_writing_with(data_dir, "backup", crate::store::StartUp::NoBackup)?;
    let path = store.backup()?;
    let _ = writeln!(out, "backup written: {}", path.display());
    Ok(())
}

/// Runs `export` (written atomically: see [`crate::output::export::write`]).
pub fn export(
    data_dir: &Path,
    selection: &Selection,
    file: &Path,
    out: &mut impl Write,
) -> Result<(), CommandError> {
    let (_lock, store) = open_for_writing(data_dir, "export")?;
    let (learners, events) = crate::output::export::write(&store, selection, file)?;
    let signer = store
        .signer()
        .map_err(crate::store::exchange::ExportError::from)?;
    let _ = writeln!(
        out,
        "exported {learners} learner(s) and {events} event(s) to {}\n\
         signed by this laptop, \"{}\" (fingerprint {})\n\
         the file holds names and NIPs: keep the USB stick safe and delete the file once it is taken",
        file.display(),
        signer.name,
        signer.fingerprint()
    );
    Ok(())
}

/// Runs `import`: the file is checked completely before the progress file is even opened.
pub fn import(data_dir: &Path, file: &Path, out: &mut impl Write) -> Result<(), CommandError> {
    let ierr = |source| CommandError::Import {
        path: file.to_owned(),
        source,
    };
    crate::store::exchange::check_file(file).map_err(ierr)?;
    let (_lock, mut store) = open_for_writing(data_dir, "import")?;
    let s = store.import_file(file).map_err(ierr)?;
    if let Some(laptop) = &s.new_laptop {
        let _ = writeln!(
            out,
            "first file from the laptop \"{}\" (fingerprint {}); if you do not know this laptop, ask who made the file",
            laptop.name, laptop.fingerprint
        );
    }
    let _ = writeln!(
        out,
        "{}: {} learner(s), {} event(s); new here: {} learner(s), {} event(s), {} note(s); updated: {} learner(s), {} coaching session(s), {} assignment(s)",
        file.display(),
        s.learners_in_file,
        s.events_in_file,
        s.learners_added,
        s.events_added,
        s.notes_added,
        s.learners_updated,
        s.sessions_changed,
        s.assignments_changed
    );
    Ok(())
}

/// Runs `sync`: one round in `folder`, one line per file, then one about this laptop's file.
pub fn sync(data_dir: &Path, folder: &Path, out: &mut impl Write) -> Result<(), CommandError> {
    let (_lock, mut store) = open_for_writing(data_dir, "sync")?;
    let round = crate::sync::round(&mut store, folder)?;
    for file in &round.files {
        let _ = writeln!(out, "{file}");
    }
    let _ = writeln!(out, "{}", round.own);
    Ok(())
}

/// Runs `join`: the two learners become one; prints who stays.
pub fn join(data_dir: &Path, a: &str, b: &str, out: &mut impl Write) -> Result<(), CommandError> {
    let (_lock, store) = open_for_writing(data_dir, "join")?;
    let keep = store.join_learners(a, b)?;
    let name = store.learner(&keep)?.map(|l| l.name).unwrap_or_default();
    let _ = writeln!(out, "joined into {name} ({keep})");
    Ok(())
}
