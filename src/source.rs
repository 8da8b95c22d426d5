//! Content files (embedded or from an overlay directory) and the problems found in them.

use include_dir::{Dir, include_dir};
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

static LESSONS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/assets/lessons");
static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// One text file of content, with the name used in messages about it.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Shown in problems: `assets/lessons/dasar/01-klik.toml` or the overlay's real path.
    pub origin: String,
    /// File name without folders (`01-klik.toml`), for ordering.
    pub name: String,
    pub text: String,
    /// From an overlay directory (may replace embedded content) rather than embedded.
    pub overlay: bool,
}

/// A problem in the content, located in its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.message
        )
    }
}

impl Problem {
    /// A problem about a whole file (line 1, column 1).
    pub fn file(file: &str, message: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            line: 1,
            column: 1,
            message: message.into(),
        }
    }

    /// A problem at a byte offset of `text`.
    pub fn at(file: &str, text: &str, offset: usize, message: impl Into<String>) -> Self {
        Self::at_line(file, line_column(text, offset), message)
    }

    /// A problem at a (line, column), e.g. from a [`LineIndex`].
    pub fn at_line(file: &str, (line, column): (usize, usize), message: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            line,
            column,
            message: message.into(),
        }
    }
}

/// The largest content file read from a `--content` folder, in bytes (the whole embedded
/// course is far smaller).
pub const MAX_CONTENT_FILE: u64 = 16 * 1024 * 1024;

/// Where the lines of a text start, so that many problems in one file (a Fluent file with
/// thousands of missing messages) cost a binary search each instead of a scan from the top.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self { starts }
    }

    /// 1-based line and column (in characters) of a byte offset of `text` (the text this
    /// index was made from).
    pub fn line_column(&self, text: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts.get(line - 1).copied().unwrap_or(0).min(offset);
        (line, text[start..offset].chars().count() + 1)
    }
}

/// Reads a content file from an overlay folder: only a regular file (not a link, a device or
/// a pipe: a pipe would never end, `/dev/zero` would fill the memory) of at most
/// [`MAX_CONTENT_FILE`] bytes.
fn read_content_file(path: &Path) -> Result<String, String> {
    use std::io::Read;
    let meta = std::fs::symlink_metadata(path).map_err(|e| e.to_string())?;
    if !meta.file_type().is_file() {
        return Err("not a regular file (a link, a device or a pipe); it was skipped".to_owned());
    }
    let too_large = || {
        format!(
            "larger than {} MB; it was skipped",
            MAX_CONTENT_FILE / (1024 * 1024)
        )
    };
    if meta.len() > MAX_CONTENT_FILE {
        return Err(too_large());
    }
    let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
    let mut bytes = Vec::new();
    file.take(MAX_CONTENT_FILE + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if bytes.len() as u64 > MAX_CONTENT_FILE {
        return Err(too_large());
    }
    String::from_utf8(bytes).map_err(|_| "stream did not contain valid UTF-8".to_owned())
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// All content files: module files, lesson files, and Fluent files per locale.
#[derive(Debug, Clone, Default)]
pub struct ContentFiles {
    /// Per module folder: its `module.toml` files (embedded first, then overlay).
    pub modules: BTreeMap<String, Vec<SourceFile>>,
    /// Per module folder: its lesson files (embedded first, then overlay).
    pub lessons: BTreeMap<String, Vec<SourceFile>>,
    /// Per locale (`id`, `en`): its Fluent files (embedded first, then overlay).
    pub locales: BTreeMap<String, Vec<SourceFile>>,
}

impl ContentFiles {
    /// The content compiled into the binary.
    pub fn embedded() -> Self {
        let mut files = Self::default();
        for module in LESSONS.dirs() {
            let name = dir_name(module.path());
            for file in module.files() {
                let Some(text) = file.contents_utf8() else {
                    continue;
                };
                let origin = format!("assets/lessons/{}", file.path().display());
                files.add_lesson_file(
                    &name,
                    origin,
                    file_name(file.path()),
                    text.to_owned(),
                    false,
                );
            }
        }
        for locale in LOCALES.dirs() {
            let lang = dir_name(locale.path());
            for file in locale.files() {
                if file.path().extension().is_some_and(|e| e == "ftl")
                    && let Some(text) = file.contents_utf8()
                {
                    files
                        .locales
                        .entry(lang.clone())
                        .or_default()
                        .push(SourceFile {
                            origin: format!("locales/{}", file.path().display()),
                            name: file_name(file.path()),
                            text: text.to_owned(),
                            overlay: false,
                        });
                }
            }
        }
        files.sort();
        files
    }

    /// Adds the files of an overlay directory (`DIR/lessons/<module>/*.toml`,
    /// `DIR/locales/<lang>/*.ftl`). Unreadable files become problems.
    pub fn overlay(&mut self, dir: &Path, problems: &mut Vec<Problem>) {
        let origin = dir.display().to_string();
        if !dir.is_dir() {
            problems.push(Problem::file(&origin, "the content folder does not exist"));
            return;
        }
        let mut extra = Self::default();
        for (module, path) in list(&dir.join("lessons"), "toml", problems) {
            match read_content_file(&path) {
                Ok(text) => extra.add_lesson_file(
                    &module,
                    path.display().to_string(),
                    file_name(&path),
                    text,
                    true,
                ),
                Err(e) => problems.push(Problem::file(&path.display().to_string(), e)),
            }
        }
        for (lang, path) in list(&dir.join("locales"), "ftl", problems) {
            match read_content_file(&path) {
                Ok(text) => extra.locales.entry(lang).or_default().push(SourceFile {
                    origin: path.display().to_string(),
                    name: file_name(&path),
                    text,
                    overlay: true,
                }),
                Err(e) => problems.push(Problem::file(&path.display().to_string(), e)),
            }
        }
        extra.sort();
        for (k, v) in extra.modules {
            self.modules.entry(k).or_default().extend(v);
        }
        for (k, v) in extra.lessons {
            self.lessons.entry(k).or_default().extend(v);
        }
        for (k, v) in extra.locales {
            self.locales.entry(k).or_default().extend(v);
        }
    }

    fn add_lesson_file(
        &mut self,
        module: &str,
        origin: String,
        name: String,
        text: String,
        overlay: bool,
    ) {
        let file = SourceFile {
            origin,
            name,
            text,
            overlay,
        };
        if file.name == "module.toml" {
            self.modules
                .entry(module.to_owned())
                .or_default()
                .push(file);
        } else if file.name.ends_with(".toml") {
            self.lessons
                .entry(module.to_owned())
                .or_default()
                .push(file);
        }
    }

    fn sort(&mut self) {
        for files in self.lessons.values_mut().chain(self.locales.values_mut()) {
            files.sort_by(|a, b| a.name.cmp(&b.name));
        }
    }
}

/// `(folder name, file path)` of every `*.ext` file one folder below `root`.
fn list(root: &Path, ext: &str, problems: &mut Vec<Problem>) -> Vec<(String, std::path::PathBuf)> {
    let mut out = Vec::new();
    let Ok(dirs) = std::fs::read_dir(root) else {
        return out;
    };
    for dir in dirs.flatten() {
        let path = dir.path();
        if !path.is_dir() {
            continue;
        }
        let name = dir_name(&path);
        match std::fs::read_dir(&path) {
            Ok(files) => {
                for f in files.flatten() {
                    let p = f.path();
                    if p.extension().is_some_and(|e| e == ext) {
                        out.push((name.clone(), p));
                    }
                }
            }
            Err(e) => problems.push(Problem::file(&path.display().to_string(), e.to_string())),
        }
    }
    out.sort();
    out
}

fn dir_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn file_name(path: &Path) -> String {
    dir_name(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_index_agrees_with_line_column() {
        let text = "a\nbé\n\nxyz\n";
        let index = LineIndex::new(text);
        for offset in 0..=text.len() + 2 {
            assert_eq!(
                index.line_column(text, offset),
                line_column(text, offset),
                "{offset}"
            );
        }
    }

    #[cfg(unix)]
    #[test]
    fn overlay_reads_only_regular_files_of_a_sane_size() {
        let dir = tempfile::tempdir().expect("temp");
        let lessons = dir.path().join("lessons/x");
        std::fs::create_dir_all(&lessons).expect("dirs");
        std::os::unix::fs::symlink("/dev/zero", lessons.join("zero.toml")).expect("link");
        let fifo = lessons.join("fifo.toml");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        let big = lessons.join("big.toml");
        let f = std::fs::File::create(&big).expect("big");
        f.set_len(MAX_CONTENT_FILE + 1).expect("len");
        let mut files = ContentFiles::default();
        let mut problems = Vec::new();
        files.overlay(dir.path(), &mut problems);
        let said = |name: &str| {
            problems
                .iter()
                .find(|p| p.file.ends_with(name))
                .map(|p| p.message.clone())
                .unwrap_or_default()
        };
        assert!(
            said("zero.toml").contains("not a regular file"),
            "{problems:?}"
        );
        assert!(
            said("big.toml").contains("larger than 16 MB"),
            "{problems:?}"
        );
        if made.is_ok_and(|s| s.success()) {
            assert!(
                said("fifo.toml").contains("not a regular file"),
                "{problems:?}"
            );
        }
        assert!(files.lessons.is_empty());
    }

    #[test]
    fn line_column_counts_from_one() {
        let text = "a = 1\nbé = 2\n";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 6), (2, 1));
        assert_eq!(line_column(text, 10), (2, 4), "é is one column");
    }
}
