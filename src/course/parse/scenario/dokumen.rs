//! The `dokumen` scenario of a lesson: the letter, the files, what each mode needs and the
//! webmail beside the document tool.

use super::email;
use crate::course::parse::{FileCheck, Ids};
use crate::sim::dokumen;

/// The Fluent ids in a dokumen scenario table: the incoming letter's texts and those of
/// the webmail beside it.
pub(super) fn fluent_ids<'a>(table: &'a toml::Table, ids: &mut Ids<'a>) {
    if let Some(toml::Value::Table(incoming)) = table.get("incoming") {
        for (key, value) in incoming {
            if let toml::Value::String(id) = value {
                ids.push((format!("scenario.incoming.{key}"), id));
            }
        }
    }
    if let Some(toml::Value::Table(mail)) = table.get("email") {
        email::fluent_ids(mail, "scenario.email", ids);
    }
}

/// What serde cannot check in a dokumen scenario: letter keys, the NIP, the files the
/// scenario refers to, what each mode needs, and the webmail beside it.
pub(super) fn check_scenario(check: &mut FileCheck<'_>, s: &dokumen::Scenario) {
    use dokumen::{Mode, letter};
    for (key, value) in &s.letter {
        if !letter::FIELDS.contains(&key.as_str()) {
            check.at(
                &format!("scenario.letter.{key}"),
                format!(
                    "unknown letter field `{key}` (known: {})",
                    letter::FIELDS.join(", ")
                ),
            );
        } else if key == "nip" && !value.trim().is_empty() && !letter::nip_ok(value) {
            check.at("scenario.letter.nip", "`nip` must be 18 digits");
        }
    }
    if !s.letter.is_empty() && !matches!(s.mode, Mode::Letter | Mode::Tte) {
        check.at(
            "scenario.letter",
            "`letter` belongs to mode \"letter\" (to fill in) or \"tte\" (to sign)",
        );
    }
    if s.mode == Mode::Disposisi && s.incoming.is_none() {
        check.at(
            "scenario",
            "mode \"disposisi\" needs `incoming` (the letter to dispose)",
        );
    }
    if s.mode == Mode::Disposisi && s.positions.is_empty() {
        check.at("scenario.positions", "`positions` must not be empty");
    }
    if s.mode == Mode::Tte && s.tte_registered && s.passphrase.is_empty() {
        check.at(
            "scenario.passphrase",
            "mode \"tte\" needs `passphrase` (what the signing dialog accepts)",
        );
    }
    if s.document_name.trim().is_empty() {
        check.at(
            "scenario.document_name",
            "`document_name` must not be empty",
        );
    }
    for (i, f) in s.files.iter().enumerate() {
        if crate::sim::files::check_name(&f.name).is_err() {
            check.at(
                &format!("scenario.files[{i}].name"),
                format!("`{}` is not a usable file name", f.name),
            );
        }
    }
    for (i, r) in s.recent.iter().enumerate() {
        let found = r.rsplit_once('/').is_some_and(|(folder, name)| {
            s.files.iter().any(|f| f.folder == folder && f.name == name)
        });
        if !found {
            check.at(
                &format!("scenario.recent[{i}]"),
                format!("`{r}` must be \"folder/name\" of a file in `files`"),
            );
        }
    }
    if let Some(saved) = &s.saved_as {
        let format = crate::sim::files::format_of(&saved.name);
        if format != "docx" && format != "pdf" {
            check.at(
                "scenario.saved_as.name",
                "`saved_as.name` must end in .docx or .pdf",
            );
        }
    }
    if let Some(mail) = &s.email {
        email::check_scenario(check, "scenario.email", mail);
    }
}
