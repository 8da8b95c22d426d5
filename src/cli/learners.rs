//! The class list: `learners` and `demo-class`.

use super::{CommandError, open_for_writing};
use crate::store::Store;
use std::io::Write;
use std::path::Path;

/// Runs `learners`: one line per learner, tab-separated: id, name, NIP, unit.
pub fn learners(data_dir: &Path, out: &mut impl Write) -> Result<(), CommandError> {
    let store = Store::open_read_only(data_dir)?;
    // A name stored by an older Tuntun may hold a tab or a newline: shown as a space, so
    // every learner stays one line of four columns.
    let plain = |text: &str| -> String {
        text.chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect()
    };
    for l in store.learners()? {
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}",
            plain(&l.id),
            plain(&l.name),
            plain(&l.nip.unwrap_or_default()),
            plain(&l.unit.unwrap_or_default())
        );
    }
    Ok(())
}

/// Runs `demo-class`: 30 made-up learners in three work units, added through the same rules
/// as the sign-in form (an export file would have to be signed by a laptop).
pub fn demo_class(data_dir: &Path, out: &mut impl Write) -> Result<(), CommandError> {
    const FIRST: [&str; 10] = [
        "Siti", "Ahmad", "Budi", "Dewi", "Eko", "Fitri", "Hendra", "Indah", "Joko", "Kartini",
    ];
    const LAST: [&str; 3] = ["Rahmawati", "Sitompul", "Wibowo"];
    const UNITS: [&str; 3] = [
        "Seksi Pemerintahan",
        "Seksi Kesejahteraan Sosial",
        "Sekretariat Kecamatan",
    ];
    let (_lock, store) = open_for_writing(data_dir, "demo-class")?;
    let known: std::collections::HashSet<String> =
        store.learners()?.into_iter().map(|l| l.name).collect();
    let mut added = 0;
    for (i, first) in FIRST.iter().enumerate() {
        for (j, last) in LAST.iter().enumerate() {
            let name = format!("{first} {last}");
            if known.contains(&name) {
                continue;
            }
            store.add_learner(&crate::store::NewLearner {
                name,
                unit: UNITS[(i + j) % 3].to_owned(),
                ..Default::default()
            })?;
            added += 1;
        }
    }
    let _ = writeln!(out, "added {added} learner(s)");
    Ok(())
}
