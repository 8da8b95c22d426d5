//! The course: modules and lessons, loaded from content files and checked.
//!
//! Content is the embedded `assets/lessons` and `locales` (compiled into the binary, so the
//! app needs nothing beside itself) with an optional overlay directory of the same shape
//! laid over it (`--content DIR`): an overlay lesson with the same id replaces the embedded
//! one, overlay Fluent messages replace embedded ones.
//!
//! Loading never fails as a whole: every problem is collected as a [`Problem`] with file,
//! line and column, and a lesson with a problem is kept as *unavailable* (listed, not
//! playable) so one broken file never stops the app. `tuntun check-content` prints the
//! same problems the app finds at start-up, and the checks that keep the words true to the
//! screen ([`wording`]) and to the office calendar ([`calendar`]).

pub mod calendar;
mod locate;
pub mod model;
mod parse;
/// Content files and problems live below both `course` and `i18n` (no cycle); re-exported
/// here because the course's own files read them.
pub use crate::source;
pub mod wording;

pub use model::{
    DEFAULT_PASS_MARK, Lesson, LessonEntry, Matcher, Mistake, Module, QuizOption, SKILL_CHECK_SLUG,
    Scenario, Step, is_skill_check, standard_message, standard_name,
};
pub use source::{ContentFiles, Problem};

use crate::i18n::Catalog;
use std::path::Path;

/// Everything loaded from content: the course, its words and the problems found.
pub struct Content {
    pub course: Course,
    pub catalog: Catalog,
    pub problems: Vec<Problem>,
}

/// The modules in order, each with its lessons in order.
#[derive(Debug, Clone, Default)]
pub struct Course {
    pub modules: Vec<Module>,
}

impl Course {
    pub fn lesson(&self, id: &str) -> Option<&LessonEntry> {
        self.entries().find(|e| e.id == id)
    }

    /// Every lesson entry in course order.
    pub fn entries(&self) -> impl Iterator<Item = &LessonEntry> {
        self.modules.iter().flat_map(|m| m.lessons.iter())
    }
}

/// Loads the embedded content, with `overlay` laid over it.
pub fn load(overlay: Option<&Path>) -> Content {
    let mut files = ContentFiles::embedded();
    let mut problems = Vec::new();
    if let Some(dir) = overlay {
        files.overlay(dir, &mut problems);
    }
    load_files(files, problems)
}

/// Loads content from files already gathered (tests use this with fixtures).
pub fn load_files(files: ContentFiles, mut problems: Vec<Problem>) -> Content {
    let catalog = Catalog::from_files(&files.locales, &mut problems);
    let course = parse::course(&files, &catalog, &mut problems);
    problems.extend(wording::check(&course, &catalog));
    problems.extend(calendar::check(files.lessons.values().flatten(), &catalog));
    Content {
        course,
        catalog,
        problems,
    }
}

#[cfg(test)]
mod tests {
    /// The embedded lessons and words load without a single problem. Runs without the GUI
    /// (`cargo test --lib --no-default-features shipped_content`), so content writers can
    /// check their files quickly; every problem is printed with its file, line and column.
    #[test]
    fn shipped_content_has_no_problems() {
        let content = super::load(None);
        for p in &content.problems {
            println!("{p}");
        }
        assert!(
            content.problems.is_empty(),
            "{} problems",
            content.problems.len()
        );
    }
}
