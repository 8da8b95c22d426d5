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
    let sim = match rest.remove("sim") {
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
    match sim.as_str() {
        "dasar" => dasar::scenario(check, table, rest, ids),
        "email" => email::scenario(check, table, rest, ids),
        "presensi" => presensi::scenario(check, table, rest, ids),
        "dokumen" => dokumen::scenario(check, table, rest, ids),
        "kinerja" => kinerja::scenario(check, table, rest, ids),
        "srikandi" => srikandi::scenario(check, rest),
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
