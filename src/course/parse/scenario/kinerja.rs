//! The `kinerja` scenario of a lesson: its Fluent ids, and what serde cannot check.

use crate::course::parse::{FileCheck, Ids};
use crate::sim::kinerja::{self, rules};
use std::collections::BTreeSet;

/// The Fluent ids: titles and units of the SKP, activities and notes of the entries, the
/// atasan's notes.
pub(super) fn fluent_ids<'a>(table: &'a toml::Table, ids: &mut Ids<'a>) {
    let mut push = |path: String, v: Option<&'a toml::Value>| {
        if let Some(toml::Value::String(id)) = v
            && !id.is_empty()
        {
            ids.push((path, id));
        }
    };
    for key in ["answer_note", "rating_note"] {
        push(format!("scenario.{key}"), table.get(key));
    }
    if let Some(toml::Value::Array(rhk)) = table.get("rhk") {
        for (i, r) in rhk.iter().enumerate() {
            push(format!("scenario.rhk[{i}].title"), r.get("title"));
            if let Some(toml::Value::Array(aksi)) = r.get("aksi") {
                for (j, a) in aksi.iter().enumerate() {
                    for key in ["title", "unit"] {
                        push(format!("scenario.rhk[{i}].aksi[{j}].{key}"), a.get(key));
                    }
                }
            }
        }
    }
    if let Some(toml::Value::Array(entries)) = table.get("entries") {
        for (i, e) in entries.iter().enumerate() {
            for key in ["activity", "note"] {
                push(format!("scenario.entries[{i}].{key}"), e.get(key));
            }
        }
    }
}

pub(super) fn check_scenario(check: &mut FileCheck<'_>, s: &kinerja::Scenario) {
    if let Err(e) = crate::sim::presensi::rules::check_nip(&s.nip) {
        check.at(
            "scenario.nip",
            format!("`nip` is not a valid 18-digit NIP ({})", e.key()),
        );
    }
    if s.password.is_empty() {
        check.at("scenario.password", "`password` must not be empty");
    }
    let today = rules::parse_date(&s.date);
    match today {
        None => check.at("scenario.date", "`date` must look like 2025-06-10"),
        Some(d) if !rules::working_day(d) => {
            check.at("scenario.date", "`date` must be a working day")
        }
        Some(_) => {}
    }
    if rules::parse_time(&s.time).is_none() {
        check.at("scenario.time", "`time` must look like 08:00 or 08:00:15");
    }
    if !kinerja::RATINGS.contains(&s.rating.as_str()) {
        check.at(
            "scenario.rating",
            format!("`rating` must be one of: {}", kinerja::RATINGS.join(", ")),
        );
    }
    if s.evidence_limit_kb == 0 {
        check.at(
            "scenario.evidence_limit_kb",
            "`evidence_limit_kb` must be more than 0",
        );
    }
    for (i, c) in s.backup_codes.iter().enumerate() {
        if rules::normalise_backup(c).len() < 6 {
            check.at(
                &format!("scenario.backup_codes[{i}]"),
                "a recovery code needs at least 6 letters or digits",
            );
        }
    }
    let mut rhk_ids = BTreeSet::new();
    let mut aksi_ids = BTreeSet::new();
    for (i, r) in s.rhk.iter().enumerate() {
        if !rhk_ids.insert(r.id.as_str()) {
            check.at(
                &format!("scenario.rhk[{i}].id"),
                format!("duplicate RHK id `{}`", r.id),
            );
        }
        if r.aksi.is_empty() {
            check.at(
                &format!("scenario.rhk[{i}].aksi"),
                "an RHK needs at least one Rencana Aksi",
            );
        }
        for (j, a) in r.aksi.iter().enumerate() {
            if !aksi_ids.insert(a.id.as_str()) {
                check.at(
                    &format!("scenario.rhk[{i}].aksi[{j}].id"),
                    format!("duplicate Rencana Aksi id `{}`", a.id),
                );
            }
        }
    }
    let mut entry_ids = BTreeSet::new();
    for (i, e) in s.entries.iter().enumerate() {
        let p = format!("scenario.entries[{i}]");
        if !entry_ids.insert(e.id.as_str()) {
            check.at(&format!("{p}.id"), format!("duplicate entry id `{}`", e.id));
        }
        match rules::parse_date(&e.date) {
            None => check.at(&format!("{p}.date"), "`date` must look like 2025-06-10"),
            Some(d) if today.is_some_and(|t| d > t) => {
                check.at(&format!("{p}.date"), "an entry cannot come after `date`")
            }
            Some(_) => {}
        }
        if !aksi_ids.contains(e.aksi.as_str()) {
            check.at(
                &format!("{p}.aksi"),
                format!("`{}` is not a Rencana Aksi of the scenario", e.aksi),
            );
        }
    }
}
