//! Parsing and checking module and lesson files into the [`Course`].
//!
//! By concern: this file reads the module files, gathers the lessons of each module and
//! locates problems; [`lesson`] reads one lesson file and its steps; [`matcher`] checks a
//! goal or mistake against the event contract; [`scenario`] reads a lesson's `[scenario]`,
//! one file a simulator.

use super::Course;
use super::locate;
use super::model::*;
use super::source::{ContentFiles, Problem, SourceFile};
use crate::i18n::Catalog;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

mod lesson;
mod matcher;
mod scenario;

/// The Fluent ids a file refers to, with their paths in it.
type Ids<'a> = Vec<(String, &'a str)>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawModule {
    id: String,
    order: u32,
    title: String,
    summary: String,
    pass_mark: Option<u32>,
}

/// Problems of one file, located by path inside it.
pub(super) struct FileCheck<'a> {
    file: &'a SourceFile,
    problems: Vec<Problem>,
}

impl FileCheck<'_> {
    pub(super) fn at(&mut self, path: &str, message: impl Into<String>) {
        let offset = locate::offset(&self.file.text, path).unwrap_or(0);
        let message = message.into();
        let message = if path.is_empty() {
            message
        } else {
            format!("{path}: {message}")
        };
        self.problems.push(Problem::at(
            &self.file.origin,
            &self.file.text,
            offset,
            message,
        ));
    }
}

/// Deserializes a TOML text, locating any error by toml's span or by the serde path.
fn from_toml<T: for<'de> Deserialize<'de>>(check: &mut FileCheck<'_>) -> Option<T> {
    let text = &check.file.text;
    let de = match toml::de::Deserializer::parse(text) {
        Ok(de) => de,
        Err(e) => {
            let offset = e.span().map_or(0, |s| s.start);
            let message = format!("invalid TOML: {}", e.message().trim());
            check
                .problems
                .push(Problem::at(&check.file.origin, text, offset, message));
            return None;
        }
    };
    match serde_path_to_error::deserialize(de) {
        Ok(v) => Some(v),
        Err(e) => {
            let path = e.path().to_string();
            let path = if path == "." { String::new() } else { path };
            let message = e.inner().message().trim().to_owned();
            match e.inner().span() {
                Some(span) => {
                    let m = if path.is_empty() {
                        message
                    } else {
                        format!("{path}: {message}")
                    };
                    check
                        .problems
                        .push(Problem::at(&check.file.origin, text, span.start, m));
                }
                None => check.at(&path, message),
            }
            None
        }
    }
}

/// Reads the module files and the lessons of each module; a lesson with a problem is kept
/// as unavailable.
pub(super) fn course(
    files: &ContentFiles,
    catalog: &Catalog,
    problems: &mut Vec<Problem>,
) -> Course {
    let mut modules = modules(files, catalog, problems);
    lessons(files, catalog, &mut modules, problems);
    for module in modules.values() {
        check_practice(module, problems);
    }
    let mut modules: Vec<Module> = modules.into_values().collect();
    modules.sort_by(|a, b| a.order.cmp(&b.order).then(a.id.cmp(&b.id)));
    Course { modules }
}

/// The modules by folder, from their `module.toml` (an overlay one replaces the embedded
/// one), still without lessons of their own.
fn modules(
    files: &ContentFiles,
    catalog: &Catalog,
    problems: &mut Vec<Problem>,
) -> BTreeMap<String, Module> {
    let mut modules: BTreeMap<String, Module> = BTreeMap::new();
    for (folder, sources) in &files.modules {
        for file in sources {
            let mut check = FileCheck {
                file,
                problems: Vec::new(),
            };
            if let Some(raw) = from_toml::<RawModule>(&mut check) {
                if raw.id != *folder {
                    check.at(
                        "id",
                        format!("the module id must be its folder name `{folder}`"),
                    );
                }
                check_ids(
                    &mut check,
                    catalog,
                    &[("title", &raw.title), ("summary", &raw.summary)],
                );
                let pass_mark = raw.pass_mark.unwrap_or(DEFAULT_PASS_MARK);
                if !(1..=100).contains(&pass_mark) {
                    check.at(
                        "pass_mark",
                        "`pass_mark` must be a percentage from 1 to 100",
                    );
                }
                // An overlay module file replaces the embedded one; its lessons stay.
                let lessons = modules
                    .remove(folder)
                    .map(|m| m.lessons)
                    .unwrap_or_default();
                modules.insert(
                    folder.clone(),
                    Module {
                        id: folder.clone(),
                        order: raw.order,
                        title: raw.title,
                        summary: raw.summary,
                        pass_mark: pass_mark.clamp(1, 100),
                        lessons,
                    },
                );
            }
            problems.extend(check.problems);
        }
    }
    modules
}

/// Reads every lesson file into its module's list; an overlay lesson with the same id
/// replaces the embedded one, a duplicate id is a problem.
fn lessons(
    files: &ContentFiles,
    catalog: &Catalog,
    modules: &mut BTreeMap<String, Module>,
    problems: &mut Vec<Problem>,
) {
    let mut seen: HashMap<String, (String, bool)> = HashMap::new();
    for (folder, sources) in &files.lessons {
        let Some(module) = modules.get_mut(folder) else {
            for file in sources {
                problems.push(Problem::file(
                    &file.origin,
                    format!("module `{folder}` has no module.toml"),
                ));
            }
            continue;
        };
        for file in sources {
            let mut check = FileCheck {
                file,
                problems: Vec::new(),
            };
            let lesson = lesson::lesson(&mut check, folder, catalog);
            let id = lesson
                .as_ref()
                .map(|l| l.id.clone())
                .unwrap_or_else(|| fallback_id(folder, &file.name));
            let is_overlay = file.overlay;
            if let Some((previous, previous_overlay)) = seen.get(&id)
                && is_overlay == *previous_overlay
            {
                check.at(
                    "id",
                    format!("duplicate lesson id `{id}` (also in {previous})"),
                );
            }
            seen.insert(id.clone(), (file.origin.clone(), is_overlay));
            let playable = check.problems.is_empty();
            problems.extend(check.problems);
            let entry = LessonEntry {
                id: id.clone(),
                module: folder.clone(),
                file: file.origin.clone(),
                lesson: lesson.filter(|_| playable).map(Arc::new),
            };
            match module.lessons.iter_mut().find(|e| e.id == id) {
                Some(existing) if is_overlay => *existing = entry,
                Some(_) => {} // a duplicate: the first one stays
                None => module.lessons.push(entry),
            }
        }
    }
}

/// Every lesson a skill check sends the learner back to must be a lesson of its module.
fn check_practice(module: &Module, problems: &mut Vec<Problem>) {
    for entry in &module.lessons {
        let Some(lesson) = &entry.lesson else {
            continue;
        };
        for (step, target) in &lesson.practice {
            let found = module
                .lessons
                .iter()
                .any(|e| e.id == *target && !is_skill_check(&e.id));
            if !found {
                problems.push(Problem::file(
                    &entry.file,
                    format!(
                        "steps[{step}].practice: `{target}` is not a lesson of the module `{}`",
                        module.id
                    ),
                ));
            }
        }
    }
}

/// `dasar.klik` for `dasar/01-klik.toml`: the id of a lesson whose file cannot be read.
fn fallback_id(module: &str, file_name: &str) -> String {
    let stem = file_name.trim_end_matches(".toml");
    let slug = stem.split_once('-').map_or(stem, |(n, rest)| {
        if n.chars().all(|c| c.is_ascii_digit()) {
            rest
        } else {
            stem
        }
    });
    format!("{module}.{slug}")
}

/// Every referenced Fluent id must exist in every locale.
fn check_ids(check: &mut FileCheck<'_>, catalog: &Catalog, refs: &[(&str, &str)]) {
    for (path, id) in refs {
        for lang in catalog.missing_in(id) {
            check.at(
                path,
                format!("Fluent message `{id}` is missing in locale `{lang}`"),
            );
        }
    }
}

#[cfg(test)]
mod dokumen_tests;
#[cfg(test)]
mod skill_check_tests;
#[cfg(test)]
mod test_files;

#[cfg(test)]
mod tests {
    use super::fallback_id;

    #[test]
    fn fallback_id_strips_the_number() {
        assert_eq!(fallback_id("dasar", "01-klik.toml"), "dasar.klik");
        assert_eq!(fallback_id("dasar", "klik-ganda.toml"), "dasar.klik-ganda");
    }
}
