//! Reading and checking the scenario of a `srikandi` lesson: what serde cannot check (dates,
//! unique ids, the letters and people a disposisi or draft names, a passphrase for a memo to
//! sign, file names).

use crate::course::parse::FileCheck;
use crate::sim::srikandi::{self, Certificate, Kotak};
use std::collections::BTreeSet;

fn is_date(s: &str) -> bool {
    jiff::civil::Date::strptime("%Y-%m-%d", s).is_ok()
}

pub(super) fn check_scenario(check: &mut FileCheck<'_>, s: &srikandi::Scenario) {
    let people = check_account(check, s);
    let ids = check_naskah(check, s);
    let signs = s.naskah.iter().any(|n| n.kotak == Kotak::TandaTangan);
    if signs && s.certificate == Certificate::Aktif && s.passphrase.is_empty() {
        check.at(
            "scenario.passphrase",
            "a memo to sign needs `passphrase` (what the signing dialog accepts)",
        );
    }
    check_disposisi(check, s, &ids, &people);
    check_drafts(check, s, &people);
    for (i, f) in s.files.iter().enumerate() {
        if crate::sim::files::check_name(&f.name).is_err() {
            check.at(
                &format!("scenario.files[{i}].name"),
                format!("`{}` is not a usable file name", f.name),
            );
        }
    }
}

/// The learner's account, today's date and the people (with different ids); their ids.
fn check_account<'a>(check: &mut FileCheck<'_>, s: &'a srikandi::Scenario) -> BTreeSet<&'a str> {
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
    people
}

/// The naskah: unique ids, dates, the known sifat, urgensi and jenis, file names; their ids.
fn check_naskah<'a>(check: &mut FileCheck<'_>, s: &'a srikandi::Scenario) -> BTreeSet<&'a str> {
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
    ids
}

/// The disposisi: unique ids, a naskah of the scenario, a deadline, people who exist.
fn check_disposisi(
    check: &mut FileCheck<'_>,
    s: &srikandi::Scenario,
    ids: &BTreeSet<&str>,
    people: &BTreeSet<&str>,
) {
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
}

/// The drafts: unique ids, people who exist, a known field to fix.
fn check_drafts(check: &mut FileCheck<'_>, s: &srikandi::Scenario, people: &BTreeSet<&str>) {
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
}
