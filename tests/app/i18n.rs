//! Every word in Fluent, in both languages; no prose literals in the views.

use regex::Regex;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use tuntun::course;
use tuntun::i18n::Lang;

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

#[test]
fn both_locales_have_the_same_messages() {
    let content = course::load(None);
    let id = content.catalog.ids(Lang::Id);
    let en = content.catalog.ids(Lang::En);
    assert!(id.len() > 50, "{} messages", id.len());
    let only_id: Vec<_> = id.difference(&en).collect();
    let only_en: Vec<_> = en.difference(&id).collect();
    assert!(
        only_id.is_empty() && only_en.is_empty(),
        "only in id: {only_id:?}\nonly in en: {only_en:?}"
    );
}

/// The Fluent ids the code names literally: the first argument of every `tr(…)` and
/// `tr_args(…)` call (also across lines), the ids chosen in `match` arms (`=> "…"`) whose
/// first word is a message group, and in the mentor's pages every `"mentor-…"` literal (they
/// pass ids around in lists and options; no widget there is named so). Ids built with
/// `format!` are checked by the simulators' own tests, which list their keys.
fn literal_ids(content: &course::Content) -> BTreeSet<String> {
    let call = Regex::new(r#"\btr(?:_args)?\(\s*&?"([a-z][a-z0-9-]*)""#).expect("regex");
    let arm = Regex::new(r#"=>\s*"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)""#).expect("regex");
    let mentor = Regex::new(r#""(mentor-[a-z0-9-]+)""#).expect("regex");
    let groups: BTreeSet<String> = content
        .catalog
        .ids(Lang::Id)
        .iter()
        .filter_map(|id| id.split('-').next().map(str::to_owned))
        .collect();
    let mut used = BTreeSet::new();
    for file in rust_files(&super::root().join("src")) {
        let text = std::fs::read_to_string(&file).expect("read");
        // Unit tests may name ids that do not exist, on purpose.
        let text = text.split("#[cfg(test)]").next().unwrap_or_default();
        used.extend(call.captures_iter(text).map(|c| c[1].to_owned()));
        if file.starts_with(super::root().join("src/ui/screen/mentor")) {
            used.extend(mentor.captures_iter(text).map(|c| c[1].to_owned()));
        }
        used.extend(
            arm.captures_iter(text)
                .map(|c| c[1].to_owned())
                .filter(|id| id.split('-').next().is_some_and(|g| groups.contains(g))),
        );
    }
    used
}

#[test]
fn every_message_id_used_by_the_code_exists_in_both_locales() {
    let content = course::load(None);
    let used = literal_ids(&content);
    // Every group of messages is seen, not only a few prefixes.
    for group in [
        "error", "notice", "settings", "transfer", "pin", "setup", "report", "mentor", "webmail",
        "place",
    ] {
        assert!(
            used.iter().any(|id| id.starts_with(&format!("{group}-"))),
            "no {group}-… id found: the scan is broken"
        );
    }
    let mentor_ids = used.iter().filter(|id| id.starts_with("mentor-")).count();
    assert!(
        mentor_ids > 40,
        "found only {mentor_ids} mentor ids: the scan is broken"
    );
    assert!(
        used.len() > 300,
        "found only {} ids: the scan is broken",
        used.len()
    );
    let missing: Vec<_> = used
        .iter()
        .filter(|id| !content.catalog.missing_in(id).is_empty())
        .collect();
    assert!(
        missing.is_empty(),
        "used in code but missing in a locale: {missing:?}"
    );
}

#[test]
fn the_id_scan_sees_calls_across_lines_and_match_arms() {
    let call = Regex::new(r#"\btr(?:_args)?\(\s*&?"([a-z][a-z0-9-]*)""#).expect("regex");
    let text = "tr.tr_args(\n    \"transfer-taken\",\n &args)";
    assert_eq!(&call.captures(text).expect("found")[1], "transfer-taken");
}

#[test]
fn views_have_no_indonesian_or_english_literals() {
    let literal = Regex::new(r#""((?:[^"\\]|\\.)*)""#).expect("regex");
    let prose = Regex::new(r"[A-Za-z]{2,}[ ,.!?]+[A-Za-z]{2,}").expect("regex");
    let mut found = Vec::new();
    for file in rust_files(&super::root().join("src/ui")) {
        let text = std::fs::read_to_string(&file).expect("read");
        // Unit tests at the end of a file are not views: their names and messages may talk.
        let text = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (n, line) in text.lines().enumerate() {
            let code = line.trim_start();
            // Logs are for developers; the font's name and file are names.
            if code.starts_with("//")
                || code.contains("tracing::")
                || code.contains("FONT_NAME")
                || code.contains("include_bytes!")
            {
                continue;
            }
            for cap in literal.captures_iter(line) {
                if prose.is_match(&cap[1]) {
                    found.push(format!("{}:{}: {}", file.display(), n + 1, &cap[1]));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "prose literals in views:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_literal_scan_would_catch_a_literal() {
    let prose = Regex::new(r"[A-Za-z]{2,}[ ,.!?]+[A-Za-z]{2,}").expect("regex");
    assert!(prose.is_match("Simpan dan mulai"));
    assert!(!prose.is_match("target-besar"));
}
