//! The `[scenario]` of a lesson: which simulator it runs in, and one file a simulator for
//! reading its table, gathering its Fluent ids and checking what serde cannot.

use super::{FileCheck, Ids};
use crate::course::model::Scenario;
use crate::sim::contract;
use serde::de::DeserializeOwned;

mod dasar;
mod dokumen;
mod email;
mod kinerja;
mod presensi;
mod srikandi;

/// Reads the scenario table by its `sim`; `None` (with the problem recorded) when it cannot
/// be read.
pub(super) fn scenario<'a>(
    check: &mut FileCheck<'_>,
    table: &'a toml::Table,
    ids: &mut Ids<'a>,
) -> Option<Scenario> {
    let mut rest = table.clone();
    let kind = match rest.remove("sim") {
        Some(toml::Value::String(s)) => s,
        _ => {
            check.at(
                "scenario",
                format!(
                    "the scenario needs `sim` (one of: {})",
                    contract::SIMS.join(", ")
                ),
            );
            return None;
        }
    };
    // The ids are gathered before the table is read: when it cannot be read, the lesson
    // is not made and they are not looked at.
    match kind.as_str() {
        "dasar" => {
            dasar::fluent_ids(table, ids);
            read(check, rest, dasar::check_scenario, Scenario::Dasar)
        }
        "email" => {
            email::fluent_ids(table, "scenario", ids);
            let check_email =
                |c: &mut FileCheck<'_>, s: &_| email::check_scenario(c, "scenario", s);
            read(check, rest, check_email, Scenario::Email)
        }
        "presensi" => {
            presensi::fluent_ids(table, ids);
            read(check, rest, presensi::check_scenario, |s| {
                Scenario::Presensi(Box::new(s))
            })
        }
        "dokumen" => {
            dokumen::fluent_ids(table, ids);
            read(check, rest, dokumen::check_scenario, |s| {
                Scenario::Dokumen(Box::new(s))
            })
        }
        "kinerja" => {
            kinerja::fluent_ids(table, ids);
            read(check, rest, kinerja::check_scenario, |s| {
                Scenario::Kinerja(Box::new(s))
            })
        }
        "srikandi" => read(check, rest, srikandi::check_scenario, |s| {
            Scenario::Srikandi(Box::new(s))
        }),
        other => {
            check.at(
                "scenario.sim",
                format!(
                    "unknown simulator `{other}` (known: {})",
                    contract::SIMS.join(", ")
                ),
            );
            None
        }
    }
}

/// Reads a scenario table (without its `sim`) into `T`, then checks what serde cannot.
fn read<T: DeserializeOwned>(
    check: &mut FileCheck<'_>,
    rest: toml::Table,
    check_scenario: impl FnOnce(&mut FileCheck<'_>, &T),
    make: impl FnOnce(T) -> Scenario,
) -> Option<Scenario> {
    let s = deserialize(check, rest)?;
    check_scenario(check, &s);
    Some(make(s))
}

/// Deserializes a scenario table (without its `sim`), locating a problem by the serde path.
fn deserialize<T: DeserializeOwned>(check: &mut FileCheck<'_>, rest: toml::Table) -> Option<T> {
    match serde_path_to_error::deserialize(toml::Value::Table(rest)) {
        Ok(s) => Some(s),
        Err(e) => {
            let path = format!("scenario.{}", e.path());
            check.at(&path, e.inner().message().trim().to_owned());
            None
        }
    }
}
