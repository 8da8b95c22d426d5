//! Content files for the parser's tests: one module folder, its lessons, and the same words
//! in both locales.

use super::super::Course;
use super::super::source::{ContentFiles, SourceFile};
use crate::i18n::Catalog;

fn source(origin: &str, text: &str) -> SourceFile {
    SourceFile {
        origin: origin.into(),
        name: origin.rsplit('/').next().unwrap_or(origin).into(),
        text: text.into(),
        overlay: false,
    }
}

/// Parses `module` (its `module.toml` text) with its `lessons` (file name, text), with `ftl`
/// as the words of both locales: the course and the problems' messages.
pub(super) fn parse(
    folder: &str,
    module: &str,
    lessons: &[(&str, &str)],
    ftl: &str,
) -> (Course, Vec<String>) {
    let mut files = ContentFiles::default();
    files.modules.insert(
        folder.into(),
        vec![source(&format!("{folder}/module.toml"), module)],
    );
    files.lessons.insert(
        folder.into(),
        lessons
            .iter()
            .map(|(name, text)| source(&format!("{folder}/{name}"), text))
            .collect(),
    );
    for lang in ["id", "en"] {
        files
            .locales
            .insert(lang.into(), vec![source(&format!("{lang}/d.ftl"), ftl)]);
    }
    let mut problems = Vec::new();
    let catalog = Catalog::from_files(&files.locales, &mut problems);
    let course = super::course(&files, &catalog, &mut problems);
    (course, problems.iter().map(|p| p.message.clone()).collect())
}
