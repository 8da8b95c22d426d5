//! `tuntun check-content`.

use std::io::Write;

/// Runs `check-content`: prints each problem and a summary; returns whether all is well.
pub fn check_content(
    content: Option<&std::path::Path>,
    out: &mut impl Write,
) -> std::io::Result<bool> {
    let loaded = crate::course::load(content);
    for p in &loaded.problems {
        writeln!(out, "{p}")?;
    }
    let lessons = loaded.course.entries().count();
    let playable = loaded
        .course
        .entries()
        .filter(|e| e.lesson.is_some())
        .count();
    if loaded.problems.is_empty() {
        writeln!(
            out,
            "ok: {} modules, {lessons} lessons",
            loaded.course.modules.len()
        )?;
    } else {
        writeln!(
            out,
            "{} problem(s); {playable} of {lessons} lessons can be played",
            loaded.problems.len()
        )?;
    }
    Ok(loaded.problems.is_empty())
}
