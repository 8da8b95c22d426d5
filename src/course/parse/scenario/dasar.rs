//! The `dasar` scenario of a lesson: the practice area's targets, folders and windows.

use crate::course::parse::{FileCheck, Ids};
use crate::sim::dasar;

/// Targets the learner can hit: 48–300 px.
pub(super) fn check_scenario(check: &mut FileCheck<'_>, s: &dasar::Scenario) {
    for t in &s.targets {
        if !(48..=300).contains(&t.size) {
            check.at(
                "scenario.targets",
                format!("target `{}`: size must be 48–300 px", t.id),
            );
        }
    }
}

/// The Fluent ids in a dasar scenario table, with their paths.
pub(super) fn fluent_ids<'a>(table: &'a toml::Table, ids: &mut Ids<'a>) {
    const LISTS: &[(&str, &[&str])] = &[
        ("targets", &["label"]),
        ("folders", &["label"]),
        ("items", &["label"]),
        ("drop_targets", &["label"]),
        ("fields", &["label"]),
        ("windows", &["title", "body"]),
    ];
    for (list, keys) in LISTS {
        let Some(toml::Value::Array(entries)) = table.get(*list) else {
            continue;
        };
        for (i, entry) in entries.iter().enumerate() {
            for key in *keys {
                if let Some(toml::Value::String(id)) = entry.get(key) {
                    ids.push((format!("scenario.{list}[{i}].{key}"), id));
                }
            }
            if let Some(toml::Value::Array(files)) = entry.get("files") {
                for (j, f) in files.iter().enumerate() {
                    if let toml::Value::String(id) = f {
                        ids.push((format!("scenario.{list}[{i}].files[{j}]"), id));
                    }
                }
            }
        }
    }
    if let Some(toml::Value::Array(page)) = table.get("page") {
        for (i, p) in page.iter().enumerate() {
            if let toml::Value::String(id) = p {
                ids.push((format!("scenario.page[{i}]"), id));
            }
        }
    }
}
