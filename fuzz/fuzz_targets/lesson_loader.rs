//! Fuzzes the content loader: lesson TOML and Fluent (FTL) text are untrusted input, since a
//! teacher can lay an overlay folder (`--content DIR`) over the embedded course.
//!
//! Input: `LESSON_TOML [0x00 FTL]`. Everything before the first 0 byte replaces the text of
//! the first embedded lesson file (`assets/lessons/dasar/01-klik.toml`); everything after it,
//! if there is a 0 byte, replaces the text of the Indonesian Fluent file with the lesson
//! messages (`locales/id/dasar.ftl`). Each part must be UTF-8 (files are read with
//! `read_to_string`, so the loader never sees anything else); other inputs are rejected.
//!
//! The whole embedded course is then loaded with `tuntun::course::load_files`, which must
//! never panic: every problem has to come back as a `Problem`.
#![no_main]

use libfuzzer_sys::{Corpus, fuzz_target};
use std::sync::OnceLock;
use tuntun::course::ContentFiles;

/// The module whose first lesson file is replaced.
const MODULE: &str = "dasar";
/// The locale and file name of the Fluent file that is replaced.
const LOCALE: &str = "id";
const FTL_NAME: &str = "dasar.ftl";

/// The embedded content, built once (it is cloned for every run).
fn embedded() -> &'static ContentFiles {
    static FILES: OnceLock<ContentFiles> = OnceLock::new();
    FILES.get_or_init(|| {
        let files = ContentFiles::embedded();
        // Setup checks: fail loudly at start-up rather than silently fuzzing nothing.
        assert!(
            files.lessons.get(MODULE).is_some_and(|l| !l.is_empty()),
            "no embedded lessons in module {MODULE}"
        );
        assert!(
            files
                .locales
                .get(LOCALE)
                .is_some_and(|l| l.iter().any(|f| f.name == FTL_NAME)),
            "no embedded {LOCALE}/{FTL_NAME}"
        );
        files
    })
}

fuzz_target!(|data: &[u8]| -> Corpus {
    let (lesson, ftl) = match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], Some(&data[i + 1..])),
        None => (data, None),
    };
    let Ok(lesson) = std::str::from_utf8(lesson) else {
        return Corpus::Reject;
    };
    let ftl = match ftl.map(std::str::from_utf8) {
        None => None,
        Some(Ok(text)) => Some(text),
        Some(Err(_)) => return Corpus::Reject,
    };

    let mut files = embedded().clone();
    if let Some(first) = files.lessons.get_mut(MODULE).and_then(|l| l.first_mut()) {
        first.text = lesson.to_owned();
    }
    if let Some(text) = ftl
        && let Some(file) = files
            .locales
            .get_mut(LOCALE)
            .and_then(|l| l.iter_mut().find(|f| f.name == FTL_NAME))
    {
        file.text = text.to_owned();
    }

    let content = tuntun::course::load_files(files, Vec::new());
    // Touch the results so nothing is optimised away, and so `Display` of every problem
    // (which maps byte offsets to line/column) is exercised too.
    let mut len = 0;
    for problem in &content.problems {
        len += problem.to_string().len();
    }
    std::hint::black_box((len, content.course.entries().count()));
    Corpus::Keep
});
