//! Reading and checking the scenario of a `srikandi` lesson: what serde cannot check (dates,
//! unique ids, the letters and people a disposisi or draft names, a passphrase for a memo to
//! sign, file names).

use super::model::Scenario;
use super::parse::FileCheck;
use crate::sim::srikandi::{self, Certificate, Kotak};
use std::collections::BTreeSet;

pub(super) fn parse(check: &mut FileCheck<'_>, rest: toml::Table) -> Option<Scenario> {
    let parsed: Result<srikandi::Scenario, _> =
        serde_path_to_error::deserialize(toml::Value::Table(rest));
    match parsed {
        Ok(s) => {
            check_scenario(check, &s);
            Some(Scenario::Srikandi(Box::new(s)))
        }
        Err(e) => {
            let path = format!("scenario.{}", e.path());
            check.at(&path, e.inner().message().trim().to_owned());
            None
        }
    }
}

fn is_date(s: &str) -> bool {
    jiff::civil::Date::strptime("%Y-%m-%d", s).is_ok()
}

fn check_scenario(check: &mut FileCheck<'_>, s: &srikandi::Scenario) {
    for (key, value) in [
        ("username", &s.username),
        ("password", &s.password),
        ("name", &s.name),
        ("jabatan", &s.jabatan),
    ] {
        if value.trim().is_empty() {
            check.at(
                &format!("scenario.{key}"),
                format!("`{key}` must not be empty"),
            );
        }
    }
    if !is_date(&s.today) {
        check.at("scenario.today", "`today` must look like 2025-07-08");
    }
    let people: BTreeSet<&str> = s.people.iter().map(|p| p.id.as_str()).collect();
    if people.len() != s.people.len() {
        check.at("scenario.people", "every person needs a different `id`");
    }
    let mut ids = BTreeSet::new();
    for (i, n) in s.naskah.iter().enumerate() {
        let p = format!("scenario.naskah[{i}]");
        if !ids.insert(n.id.as_str()) {
            check.at(
                &format!("{p}.id"),
                format!("duplicate naskah id `{}`", n.id),
            );
        }
        if !is_date(&n.tanggal) {
            check.at(
                &format!("{p}.tanggal"),
                "`tanggal` must look like 2025-07-08",
            );
        }
        for (key, value, known) in [
            ("sifat", &n.sifat, &srikandi::SIFAT[..]),
            ("urgensi", &n.urgensi, &srikandi::URGENSI[..]),
            ("jenis", &n.jenis, &srikandi::JENIS[..]),
        ] {
            if !known.contains(&value.as_str()) {
                check.at(
                    &format!("{p}.{key}"),
                    format!("`{key}` must be one of: {}", known.join(", ")),
                );
            }
        }
        if crate::sim::files::check_name(&n.file).is_err() {
            check.at(
                &format!("{p}.file"),
                format!("`{}` is not a usable file name", n.file),
            );
        }
        for (j, h) in n.history.iter().enumerate() {
            if !is_date(&h.date) {
                check.at(
                    &format!("{p}.history[{j}].date"),
                    "`date` must look like 2025-07-08",
                );
            }
        }
    }
    let signs = s.naskah.iter().any(|n| n.kotak == Kotak::TandaTangan);
    if signs && s.certificate == Certificate::Aktif && s.passphrase.is_empty() {
        check.at(
            "scenario.passphrase",
            "a memo to sign needs `passphrase` (what the signing dialog accepts)",
        );
    }
    let mut seen = BTreeSet::new();
    for (i, d) in s.disposisi.iter().enumerate() {
        let p = format!("scenario.disposisi[{i}]");
        if !seen.insert(d.id.as_str()) {
            check.at(
                &format!("{p}.id"),
                format!("duplicate disposisi id `{}`", d.id),
            );
        }
        if !ids.contains(d.naskah.as_str()) {
            check.at(
                &format!("{p}.naskah"),
                format!("`{}` is not a naskah of the scenario", d.naskah),
            );
        }
        if !is_date(&d.deadline) {
            check.at(
                &format!("{p}.deadline"),
                "`deadline` must look like 2025-07-08",
            );
        }
        for who in &d.expect_to {
            if !people.contains(who.as_str()) {
                check.at(
                    &format!("{p}.expect_to"),
                    format!("`{who}` is not in `people`"),
                );
            }
        }
    }
    let mut drafts = BTreeSet::new();
    for (i, d) in s.drafts.iter().enumerate() {
        let p = format!("scenario.drafts[{i}]");
        if !drafts.insert(d.id.as_str()) {
            check.at(&format!("{p}.id"), format!("duplicate draft id `{}`", d.id));
        }
        let named = d.tujuan.iter().chain(&d.tembusan).chain(
            [&d.verifikator, &d.penandatangan]
                .into_iter()
                .filter(|v| !v.is_empty()),
        );
        for who in named {
            if !people.contains(who.as_str()) {
                check.at(&p, format!("`{who}` is not in `people`"));
            }
        }
        if !d.fix.is_empty() && !srikandi::is_field(&d.fix) {
            check.at(
                &format!("{p}.fix"),
                format!("unknown draft field `{}`", d.fix),
            );
        }
    }
    for (i, f) in s.files.iter().enumerate() {
        if crate::sim::files::check_name(&f.name).is_err() {
            check.at(
                &format!("scenario.files[{i}].name"),
                format!("`{}` is not a usable file name", f.name),
            );
        }
    }
}
