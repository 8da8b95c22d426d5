//! Lesson words that must match the screen.
//!
//! A lesson that names a button, box, tab, folder or menu of its practice tool names it
//! through a Fluent reference to the very message the tool shows (`Klik { webmail-send }.`),
//! never as a copy of its words: a copy silently goes wrong when the label changes, and in
//! English it named the Indonesian button. Two checks keep it so, for every lesson text
//! (instruction, hints, praise, mistake feedback, quiz text, options and their feedback):
//!
//! - *no quoted label*: the literal text of the message (outside `{ … }`) must not contain
//!   a label of the lesson's tool as a control name, that is, as a whole word with the same
//!   capitals, either between double quotes or right after a word that names a control
//!   ("klik", "tombol", "kotak", "click", "button", "the … button"…);
//! - *same controls in every language*: the labels a message references are the same, the
//!   same number of times, in Indonesian and English (a translation names the same button).
//!
//! - *short recovery*: feedback after a mistake asks for at most two actions (counted by
//!   the verbs of [`ACTION_VERBS`]), or sends the learner to "Ulangi langkah ini"
//!   (`{ lesson-restart-step }`), which puts the tool back as the step began.
//!
//! A *label* of a tool is a message of the tool's view (ids `webmail-*` and `disk-folder-*`
//! for the webmail, `presensi-app-*` for the phone, `dokumen-app-*` for the word processor,
//! `dasar-ui-*` for the practice board, `lesson-*` for the lesson screen around it) whose
//! value is one short plain text: no placeable, one line, at most five words, no full stop.

use super::{Course, Problem, Scenario, Step};
use crate::i18n::{Catalog, Lang};
use std::collections::{BTreeMap, BTreeSet};

/// The id prefixes of the labels a lesson with this scenario can name.
pub fn label_prefixes(scenario: &Scenario) -> &'static [&'static str] {
    match scenario {
        Scenario::None => &["lesson-"],
        Scenario::Dasar(_) => &["dasar-ui-", "lesson-"],
        Scenario::Email(_) => &["webmail-", "disk-folder-", "lesson-"],
        Scenario::Presensi(_) => &["presensi-app-", "disk-folder-", "lesson-"],
        Scenario::Dokumen(_) => &["dokumen-app-", "webmail-", "disk-folder-", "lesson-"],
        Scenario::Kinerja(_) => &["kinerja-app-", "disk-folder-", "lesson-"],
        Scenario::Srikandi(_) => &["srikandi-app-", "disk-folder-", "lesson-"],
    }
}

/// Messages of the views that are not names of controls: examples shown inside empty
/// boxes, names of pretend apps and people, words that are only ever part of a sentence.
const NOT_LABELS: &[&str] = &[
    "presensi-app-map-you",
    "presensi-app-world-title",
    "presensi-app-app-installed",
    "presensi-app-app-name",
    "presensi-app-screen-sign-in",
    "presensi-app-fake-gps-app",
    "webmail-name",
    "dokumen-app-field-tempat_tanggal-hint",
    "dokumen-app-field-nomor-hint",
    "dokumen-app-field-sifat-hint",
    "dokumen-app-field-lampiran-hint",
    "dokumen-app-field-hal-hint",
    "dokumen-app-field-yth-hint",
    "dokumen-app-field-jabatan-hint",
    "dokumen-app-field-tembusan-hint",
    "srikandi-app-name",
    "lesson-empty",
    // Kinerja: captions, names and weekdays shown inside rows, never names of controls.
    "kinerja-app-myasn-name",
    "kinerja-app-auth-name",
    "kinerja-app-rhk",
    "kinerja-app-aksi",
    "kinerja-app-weekday-1",
    "kinerja-app-weekday-2",
    "kinerja-app-weekday-3",
    "kinerja-app-weekday-4",
    "kinerja-app-weekday-5",
    "kinerja-app-weekday-6",
    "kinerja-app-weekday-7",
];

/// Words after which a capitalised label is the name of a control.
const CONTROL_WORDS: &[&str] = &[
    "klik",
    "Klik",
    "tombol",
    "Tombol",
    "kotak",
    "Kotak",
    "menu",
    "tab",
    "tekan",
    "Tekan",
    "pilih",
    "Pilih",
    "folder",
    "bertuliskan",
    "pada",
    "buka",
    "Buka",
    "Click",
    "click",
    "button",
    "box",
    "field",
    "press",
    "Press",
    "choose",
    "Choose",
    "on",
    "open",
    "Open",
];

/// Nouns that make "the X …" a control name in English ("the Send button").
const CONTROL_NOUNS: &[&str] = &[
    "button", "box", "field", "tab", "menu", "folder", "window", "link", "list",
];

/// Indonesian verbs that ask the learner to do something (lowercase; compared per word).
pub const ACTION_VERBS: &[&str] = &[
    "klik",
    "ketik",
    "pilih",
    "buka",
    "tekan",
    "tulis",
    "isi",
    "seret",
    "hapus",
    "lampirkan",
    "kirim",
    "ganti",
    "centang",
    "ambil",
    "nyalakan",
    "matikan",
    "buang",
    "jawab",
    "mulai",
    "masukkan",
];

/// How many actions an Indonesian text asks for.
pub fn actions_asked(text: &str) -> usize {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| ACTION_VERBS.contains(&w.to_lowercase().as_str()))
        .count()
}

/// A label: its text in one language and its message id.
#[derive(Debug, Clone)]
pub struct Label {
    pub text: String,
    pub id: String,
}

/// Every label of the tools with these prefixes, in both languages, longest text first.
pub fn labels(catalog: &Catalog, prefixes: &[&str]) -> Vec<Label> {
    let mut out = Vec::new();
    for lang in Lang::ALL {
        for id in catalog.ids(lang) {
            if !prefixes.iter().any(|p| id.starts_with(p)) || NOT_LABELS.contains(&id.as_str()) {
                continue;
            }
            let Some(source) = catalog.source(lang, &id) else {
                continue;
            };
            let text = source.text.trim();
            if source.plain
                && !text.is_empty()
                && !text.contains('\n')
                && text.chars().count() <= 34
                && text.split_whitespace().count() <= 5
                && !text.ends_with('.')
                && text.chars().next().is_some_and(char::is_uppercase)
            {
                out.push(Label {
                    text: text.to_owned(),
                    id,
                });
            }
        }
    }
    out.sort_by(|a, b| {
        b.text
            .chars()
            .count()
            .cmp(&a.text.chars().count())
            .then(a.text.cmp(&b.text))
    });
    out.dedup_by(|a, b| a.text == b.text && a.id == b.id);
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '_'
}

/// The labels that `text` (a message's literal text) names as controls, with their byte
/// offsets. A longer label is found first, and a shorter one inside it is not found again
/// ("Simpan" inside "Simpan Sebagai").
pub fn quoted_labels<'a>(text: &str, labels: &'a [Label]) -> Vec<(usize, &'a Label)> {
    let mut taken = vec![false; text.len()];
    let mut found = Vec::new();
    for label in labels {
        let mut from = 0;
        while let Some(pos) = text[from..].find(label.text.as_str()) {
            let start = from + pos;
            let end = start + label.text.len();
            from = start + label.text.len().max(1);
            let before = &text[..start];
            let after = &text[end..];
            if before.chars().next_back().is_some_and(is_word_char)
                || after.chars().next().is_some_and(is_word_char)
                || taken[start..end].iter().any(|t| *t)
            {
                continue;
            }
            taken[start..end].iter_mut().for_each(|t| *t = true);
            if names_control(before, after) {
                found.push((start, label));
            }
        }
    }
    found.sort_by_key(|(at, _)| *at);
    found
}

fn names_control(before: &str, after: &str) -> bool {
    if before.ends_with('"') && after.starts_with('"') {
        return true;
    }
    let trimmed = before.trim_end_matches('"');
    if !trimmed.ends_with(' ') {
        return false;
    }
    let word: String = {
        let w: Vec<char> = trimmed
            .trim_end_matches(' ')
            .chars()
            .rev()
            .take_while(|c| c.is_alphanumeric())
            .collect();
        w.into_iter().rev().collect()
    };
    if CONTROL_WORDS.contains(&word.as_str()) {
        return true;
    }
    if word == "the" || word == "The" {
        let next: String = after
            .trim_start_matches('"')
            .trim_start_matches(' ')
            .chars()
            .take_while(|c| c.is_alphanumeric())
            .collect();
        return CONTROL_NOUNS.contains(&next.as_str());
    }
    false
}

/// Every lesson message of a step that a learner reads (not the scenario's).
pub fn step_messages(step: &Step) -> Vec<&str> {
    match step {
        Step::Read { text } => vec![text],
        Step::Quiz { text, options } => {
            let mut v = vec![text.as_str()];
            for o in options {
                v.push(&o.text);
                v.push(&o.feedback);
            }
            v
        }
        Step::Do {
            text,
            hints,
            mistakes,
            success,
            ..
        } => {
            let mut v = vec![text.as_str()];
            v.extend(hints.iter().map(String::as_str));
            v.extend(success.as_deref());
            v.extend(mistakes.iter().map(|m| m.feedback.as_str()));
            v
        }
    }
}

/// The two checks of this module over every playable lesson.
pub fn check(course: &Course, catalog: &Catalog) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut cache: BTreeMap<&'static [&'static str], Vec<Label>> = BTreeMap::new();
    for entry in course.entries() {
        let Some(lesson) = &entry.lesson else {
            continue;
        };
        let prefixes = label_prefixes(&lesson.scenario);
        let labels = cache
            .entry(prefixes)
            .or_insert_with(|| labels(catalog, prefixes));
        let label_ids: BTreeSet<&str> = labels.iter().map(|l| l.id.as_str()).collect();
        let mut seen = BTreeSet::new();
        for (i, step) in lesson.steps.iter().enumerate() {
            if let Step::Do { mistakes, .. } = step {
                for m in mistakes {
                    let Some(source) = catalog.source(Lang::Id, &m.feedback) else {
                        continue;
                    };
                    let n = actions_asked(&source.text);
                    if n > 2 && !source.references.iter().any(|r| r == "lesson-restart-step") {
                        problems.push(Problem::file(
                            &entry.file,
                            format!(
                                "steps[{i}]: the feedback `{}` asks for {n} actions to recover; ask for two at most, or offer {{ lesson-restart-step }}",
                                m.feedback
                            ),
                        ));
                    }
                }
            }
            for id in step_messages(step) {
                if !seen.insert(id) {
                    continue;
                }
                let mut named: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
                for lang in Lang::ALL {
                    let Some(source) = catalog.source(lang, id) else {
                        continue;
                    };
                    for (_, label) in quoted_labels(&source.text, labels) {
                        problems.push(Problem::file(
                            &entry.file,
                            format!(
                                "steps[{i}]: `{id}` ({lang}) copies the label \"{}\" of the screen; write {{ {} }} instead",
                                label.text, label.id
                            ),
                        ));
                    }
                    let mut refs: Vec<&str> = Vec::new();
                    for r in &source.references {
                        if let Some(l) = label_ids.get(r.as_str()) {
                            refs.push(l);
                        }
                    }
                    refs.sort_unstable();
                    named.insert(lang.code(), refs);
                }
                if let (Some(a), Some(b)) = (named.get("id"), named.get("en"))
                    && a != b
                {
                    problems.push(Problem::file(
                        &entry.file,
                        format!(
                            "steps[{i}]: `{id}` names other controls in Indonesian ({}) than in English ({})",
                            a.join(", "),
                            b.join(", ")
                        ),
                    ));
                }
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(text: &str, id: &str) -> Label {
        Label {
            text: text.into(),
            id: id.into(),
        }
    }

    #[test]
    fn a_label_after_a_control_word_or_in_quotes_is_a_copy() {
        let labels = vec![
            label("Simpan Sebagai", "save-as"),
            label("Simpan", "save"),
            label("Send", "send"),
            label("Kirim", "kirim"),
        ];
        let found = |t: &str| -> Vec<String> {
            quoted_labels(t, &labels)
                .into_iter()
                .map(|(_, l)| l.id.clone())
                .collect()
        };
        assert_eq!(found("Klik tombol Simpan Sebagai."), ["save-as"]);
        assert_eq!(found("Lalu klik \"Simpan\"."), ["save"]);
        assert_eq!(found("Click the Send button."), ["send"]);
        // Ordinary words, other capitals, part of a longer word, a reference: not copies.
        assert!(found("Pesan sudah dikirim. Kirim pesannya nanti.").is_empty());
        assert!(found("Klik \0. Simpan Sebagai itu penting.").is_empty());
        assert!(found("klik Kiriman itu").is_empty());
        assert!(found("the Send key").is_empty());
    }

    /// "TL" has one meaning in Tuntun, as in the Riwayat of real e-Presensi apps: Terlambat.
    /// Tugas Luar is always written out.
    #[test]
    fn tl_means_terlambat_and_nothing_else() {
        let content = super::super::load(None);
        let mut seen = 0;
        for lang in Lang::ALL {
            for id in content.catalog.ids(lang) {
                let Some(source) = content.catalog.source(lang, &id) else {
                    continue;
                };
                let text = &source.text;
                let has_tl = text.match_indices("TL").any(|(at, _)| {
                    !text[..at]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric)
                        && !text[at + 2..]
                            .chars()
                            .next()
                            .is_some_and(char::is_alphabetic)
                });
                let lower = text.to_lowercase();
                let says_late = lower.contains("terlambat") || lower.contains("late");
                assert!(!text.contains("Tugas Luar (TL)"), "{lang} `{id}`: {text}");
                if has_tl {
                    seen += 1;
                    assert!(says_late, "{lang} `{id}` uses TL without Terlambat: {text}");
                    assert!(!text.contains("Tugas Luar"), "{lang} `{id}`: {text}");
                }
            }
        }
        assert!(seen >= 6, "TL is used in the app and the lesson ({seen})");
    }

    #[test]
    fn actions_are_counted_by_their_verbs() {
        assert_eq!(actions_asked("Klik \0, lalu klik \0."), 2);
        assert_eq!(
            actions_asked("Buka lagi pesannya, klik \0, lampirkan filenya, lalu kirim."),
            4
        );
        assert_eq!(
            actions_asked("Pesan sudah terkirim. Klikan bukan kata kerja."),
            0
        );
    }

    #[test]
    fn the_shipped_lessons_name_every_control_by_reference() {
        let content = super::super::load(None);
        let problems = check(&content.course, &content.catalog);
        for p in &problems {
            println!("{p}");
        }
        assert!(problems.is_empty(), "{} problems", problems.len());
    }

    #[test]
    fn a_copied_label_and_a_different_control_in_english_are_found() {
        use super::super::source::{ContentFiles, SourceFile};
        let file = |origin: &str, text: &str| SourceFile {
            origin: origin.into(),
            name: origin.rsplit('/').next().unwrap_or(origin).into(),
            text: text.into(),
            overlay: true,
        };
        let mut files = ContentFiles::embedded();
        files.lessons.entry("email".into()).or_default().push(file(
            "x/lessons/email/99-x.toml",
            "id = \"email.x\"\ntitle = \"x-t\"\nsummary = \"x-t\"\nminutes = 1\n\
                 [scenario]\nsim = \"email\"\naddress = \"a@b.go.id\"\npassword = \"x\"\n\
                 [[steps]]\nkind = \"read\"\ntext = \"x-copy\"\n\
                 [[steps]]\nkind = \"read\"\ntext = \"x-other\"\n",
        ));
        files.locales.entry("id".into()).or_default().push(file(
            "x/locales/id/x.ftl",
            "x-t = X\nx-copy = Klik tombol Kirim.\nx-other = Klik { webmail-send }.\n",
        ));
        files.locales.entry("en".into()).or_default().push(file(
            "x/locales/en/x.ftl",
            "x-t = X\nx-copy = Click { webmail-send }.\nx-other = Click { webmail-reply }.\n",
        ));
        let content = super::super::load_files(files, Vec::new());
        let problems: Vec<String> = check(&content.course, &content.catalog)
            .into_iter()
            .map(|p| p.message)
            .collect();
        assert!(
            problems
                .iter()
                .any(|m| m.contains("`x-copy` (id) copies the label \"Kirim\"")),
            "{problems:?}"
        );
        assert!(
            problems
                .iter()
                .any(|m| m.contains("`x-other` names other controls")),
            "{problems:?}"
        );
    }
}
