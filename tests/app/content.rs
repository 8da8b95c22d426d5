//! Content checks: the shipped lessons are clean; each broken fixture gives its message.

use tuntun::course;
use tuntun::i18n::Lang;

#[test]
fn every_shipped_lesson_passes_the_checks() {
    let content = course::load(None);
    let problems: Vec<String> = content.problems.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{problems:#?}");
    let dasar = content
        .course
        .modules
        .iter()
        .find(|m| m.id == "dasar")
        .expect("module dasar");
    assert_eq!(
        dasar.lessons.len(),
        6,
        "the Dasar module has its five lessons and its skill check"
    );
    assert!(dasar.lessons.iter().all(|e| e.lesson.is_some()));
}

/// Every module of `assets/lessons` (those written later too) ends with its skill check: the
/// last lesson is `<module>.uji-kemampuan` in `NN-uji-kemampuan.toml`, it loads, and it is a
/// skill check in kind: graded steps that each name the lesson to practise, no hints and no
/// highlight. A module without one could never give a certificate.
#[test]
fn every_module_ends_with_its_skill_check() {
    use tuntun::course::{SKILL_CHECK_SLUG, Step};
    let content = course::load(None);
    let dirs: Vec<String> = std::fs::read_dir(super::root().join("assets/lessons"))
        .expect("assets/lessons")
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(dirs.len() >= 4, "modules on disk: {dirs:?}");
    for dir in dirs {
        let module = content
            .course
            .modules
            .iter()
            .find(|m| m.id == dir)
            .unwrap_or_else(|| panic!("assets/lessons/{dir} is loaded as a module"));
        let last = module.lessons.last().expect("a module has lessons");
        let id = format!("{dir}.{SKILL_CHECK_SLUG}");
        assert_eq!(last.id, id, "the last lesson of {dir} is its skill check");
        assert!(
            last.file.ends_with(&format!("-{SKILL_CHECK_SLUG}.toml")),
            "{dir}: {}",
            last.file
        );
        assert_eq!(
            module.skill_check().map(|e| e.id.as_str()),
            Some(id.as_str())
        );
        let lesson = last
            .lesson
            .as_ref()
            .unwrap_or_else(|| panic!("{id} loads without problems"));
        let graded: Vec<usize> = lesson
            .steps
            .iter()
            .enumerate()
            .filter(|(_, s)| !matches!(s, Step::Read { .. }))
            .map(|(i, _)| i)
            .collect();
        assert!(graded.len() >= 5, "{id} checks several skills: {graded:?}");
        for i in &graded {
            assert!(
                lesson.practice.contains_key(i),
                "{id} step {i} names the lesson to practise"
            );
        }
        let practice = lesson
            .steps
            .iter()
            .filter(|s| matches!(s, Step::Do { .. }))
            .count();
        assert!(
            practice * 2 > graded.len(),
            "{id}: mostly practice, quizzes only where no action exists"
        );
        for s in &lesson.steps {
            if let Step::Do {
                hints, highlight, ..
            } = s
            {
                assert!(hints.is_empty() && highlight.is_none(), "{id}: no help");
            }
        }
        assert!(!lesson.skills.is_empty(), "{id} names its standards");
    }
}

#[test]
fn each_broken_fixture_gives_the_expected_file_line_column_message() {
    let broken = super::root().join("tests/fixtures/broken");
    let mut cases: Vec<_> = std::fs::read_dir(&broken)
        .expect("fixtures")
        .flatten()
        .map(|e| e.path())
        .collect();
    cases.sort();
    assert!(cases.len() >= 7, "fixture cases: {cases:?}");
    for case in cases {
        let expected = std::fs::read_to_string(case.join("expected.txt")).expect("expected.txt");
        let expected: Vec<&str> = expected.lines().filter(|l| !l.trim().is_empty()).collect();
        let content = course::load(Some(&case));
        let got: Vec<String> = content.problems.iter().map(ToString::to_string).collect();
        for want in &expected {
            assert!(
                got.iter().any(|g| g.contains(want)),
                "{}: expected a problem containing\n  {want}\ngot\n  {}",
                case.display(),
                got.join("\n  ")
            );
        }
        assert_eq!(
            got.len(),
            expected.len(),
            "{}: exactly the expected problems: {got:#?}",
            case.display()
        );
        // A broken lesson never stops the rest: the embedded lessons stay playable.
        let playable = content
            .course
            .entries()
            .filter(|e| e.lesson.is_some())
            .count();
        assert!(
            playable >= 5,
            "{}: {playable} playable lessons",
            case.display()
        );
    }
}

#[test]
fn a_broken_lesson_is_listed_as_unavailable() {
    let case = super::root().join("tests/fixtures/broken/unknown-event");
    let content = course::load(Some(&case));
    let entry = content.course.lesson("dasar.event").expect("listed");
    assert!(entry.lesson.is_none(), "not playable");
    assert!(entry.file.ends_with("90-event.toml"));
}

#[test]
fn an_overlay_lesson_replaces_the_embedded_one_with_the_same_id() {
    let dir = super::root().join("tests/fixtures/overlay");
    let content = course::load(Some(&dir));
    assert!(content.problems.is_empty(), "{:#?}", content.problems);
    let lesson = content
        .course
        .lesson("dasar.klik")
        .and_then(|e| e.lesson.clone())
        .expect("playable");
    assert_eq!(lesson.steps.len(), 1);
    let tr = content.catalog.translator(Lang::Id);
    assert_eq!(tr.tr(&lesson.title), "Pelajaran dari Diskominfo");
    let dasar = content
        .course
        .modules
        .iter()
        .find(|m| m.id == "dasar")
        .expect("module");
    assert_eq!(dasar.lessons.len(), 6, "replaced, not added");
    assert_eq!(dasar.lessons[0].id, "dasar.klik", "keeps its place");
}

mod never_panics {
    use proptest::prelude::*;
    use tuntun::course::{ContentFiles, load_files};

    /// Pieces that make a mutated lesson file interesting to the parser and the checks.
    const TOKENS: &[&str] = &[
        "\n[[steps]]\n",
        "kind = \"do\"\n",
        "kind = \"quiz\"\n",
        "goal = { event = \"dasar.clicked\", target = \"besar\" }\n",
        "goal = { event = \"x.y\" }\n",
        "hints = [\"\"]\n",
        "\"",
        "[",
        "]",
        "{",
        "=",
        "é",
        "\u{0}",
        "18446744073709551616",
        "-1",
        "text = \"dasar-klik-intro\"\n",
    ];

    fn mutate(text: &str, cuts: &[(usize, usize, usize)]) -> String {
        let mut s = text.to_owned();
        for &(at, len, token) in cuts {
            let mut at = at % (s.len() + 1);
            while !s.is_char_boundary(at) {
                at -= 1;
            }
            let mut end = (at + len).min(s.len());
            while !s.is_char_boundary(end) {
                end -= 1;
            }
            s.replace_range(at..end, TOKENS[token % TOKENS.len()]);
        }
        s
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(96))]

        /// Any edit of a lesson file gives a course and problems, never a panic; the other
        /// lessons stay playable.
        #[test]
        fn a_mangled_lesson_file_never_panics_the_loader(
            which in 0usize..5,
            cuts in prop::collection::vec((0usize..4000, 0usize..60, 0usize..64), 1..6),
        ) {
            let mut files = ContentFiles::embedded();
            let lessons = files.lessons.get_mut("dasar").expect("dasar");
            let n = lessons.len();
            let file = &mut lessons[which % n];
            file.text = mutate(&file.text, &cuts);
            let content = load_files(files, Vec::new());
            let playable = content.course.entries().filter(|e| e.lesson.is_some()).count();
            prop_assert!(playable >= 4, "one broken file costs at most its own lesson");
        }

        #[test]
        fn arbitrary_text_as_a_lesson_file_never_panics_the_loader(text in "\\PC{0,400}") {
            let mut files = ContentFiles::embedded();
            let lessons = files.lessons.get_mut("dasar").expect("dasar");
            lessons[0].text = text;
            let _ = load_files(files, Vec::new());
        }
    }
}

#[test]
fn the_email_module_proves_all_13_northstar_email_standards() {
    let content = course::load(None);
    let email = content
        .course
        .modules
        .iter()
        .find(|m| m.id == "email")
        .expect("module email");
    assert_eq!(email.lessons.len(), 11, "10 lessons and the Uji Kemampuan");
    let proven: std::collections::BTreeSet<String> = email
        .lessons
        .iter()
        .filter_map(|e| e.lesson.as_ref())
        .flat_map(|l| l.skills.iter().cloned())
        .collect();
    for n in 1..=13 {
        let id = format!("northstar-email-{n}");
        assert!(proven.contains(&id), "{id} is not proven by any lesson");
    }
    for e in &email.lessons {
        let lesson = e.lesson.as_ref().expect("playable");
        assert!(
            !lesson.skills.is_empty(),
            "{} names its standards",
            lesson.id
        );
    }
}
