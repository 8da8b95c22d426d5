//! The `presensi` scenario of a lesson: the NIP, dates and times, distances, late bands and
//! unique request ids.

use crate::course::parse::{FileCheck, Ids};
use crate::sim::presensi;

/// The Fluent ids in a presensi scenario table: request reasons and the reject reason.
pub(super) fn fluent_ids<'a>(table: &'a toml::Table, ids: &mut Ids<'a>) {
    if let Some(toml::Value::String(id)) = table.get("reject_reason")
        && !id.is_empty()
    {
        ids.push(("scenario.reject_reason".into(), id));
    }
    let Some(toml::Value::Array(requests)) = table.get("requests") else {
        return;
    };
    for (i, r) in requests.iter().enumerate() {
        if let Some(toml::Value::String(id)) = r.get("reason")
            && !id.is_empty()
        {
            ids.push((format!("scenario.requests[{i}].reason"), id));
        }
    }
}

/// What serde cannot check in a presensi scenario: the NIP, dates and times, distances,
/// bands, unique ids.
pub(super) fn check_scenario(check: &mut FileCheck<'_>, s: &presensi::Scenario) {
    use presensi::rules;
    if let Err(e) = rules::check_nip(&s.nip) {
        check.at(
            "scenario.nip",
            format!("`nip` is not a valid 18-digit NIP ({})", e.key()),
        );
    }
    if s.password.is_empty() {
        check.at("scenario.password", "`password` must not be empty");
    }
    if s.radius_m <= 0 {
        check.at("scenario.radius_m", "`radius_m` must be more than 0");
    }
    if s.distance_m < 0 {
        check.at("scenario.distance_m", "`distance_m` must not be negative");
    }
    if s.walk_step_m <= 0 {
        check.at("scenario.walk_step_m", "`walk_step_m` must be more than 0");
    }
    if s.allowance < 0 {
        check.at("scenario.allowance", "`allowance` must not be negative");
    }
    let today = rules::parse_iso_date(&s.date);
    if today.is_none() {
        check.at("scenario.date", "`date` must look like 2025-06-02");
    }
    for (key, value, may_be_empty) in [
        ("time", &s.time, false),
        ("work_start", &s.work_start, false),
        ("work_end", &s.work_end, false),
        ("checked_in_at", &s.checked_in_at, true),
        ("evening", &s.evening, true),
    ] {
        if !(may_be_empty && value.is_empty()) && rules::parse_hhmm(value).is_none() {
            check.at(
                &format!("scenario.{key}"),
                format!("`{key}` must look like 07:30"),
            );
        }
    }
    if let (Some(start), Some(end)) = (
        rules::parse_hhmm(&s.work_start),
        rules::parse_hhmm(&s.work_end),
    ) && start >= end
    {
        check.at(
            "scenario.work_end",
            "`work_end` must come after `work_start`",
        );
    }
    if s.late_bands.is_empty() {
        check.at(
            "scenario.late_bands",
            "`late_bands` needs at least one band",
        );
    }
    if s.late_bands
        .windows(2)
        .any(|w| w[0].up_to_min >= w[1].up_to_min)
        || s.late_bands.first().is_some_and(|b| b.up_to_min == 0)
    {
        check.at(
            "scenario.late_bands",
            "`up_to_min` of the bands must be more than 0 and grow from band to band",
        );
    }
    check_history(check, s, today);
    check_requests(check, s);
}

/// The days before today: dates before `date`, each once, times that look like 07:30.
fn check_history(
    check: &mut FileCheck<'_>,
    s: &presensi::Scenario,
    today: Option<presensi::rules::Day>,
) {
    use presensi::rules;
    let mut dates = std::collections::BTreeSet::new();
    for (i, h) in s.history.iter().enumerate() {
        let p = format!("scenario.history[{i}]");
        match rules::parse_iso_date(&h.date) {
            None => check.at(&format!("{p}.date"), "`date` must look like 2025-06-02"),
            Some(d) if today.is_some_and(|t| d >= t) => {
                check.at(&format!("{p}.date"), "history days must come before `date`")
            }
            Some(_) => {}
        }
        if !dates.insert(h.date.as_str()) {
            check.at(&format!("{p}.date"), format!("duplicate day `{}`", h.date));
        }
        for (key, value) in [("in", &h.check_in), ("out", &h.check_out)] {
            if !value.is_empty() && rules::parse_hhmm(value).is_none() {
                check.at(
                    &format!("{p}.{key}"),
                    format!("`{key}` must look like 07:30 or be empty"),
                );
            }
        }
    }
}

/// The leave requests: unique ids, `from` not after `to`.
fn check_requests(check: &mut FileCheck<'_>, s: &presensi::Scenario) {
    use presensi::rules;
    let mut seen = std::collections::BTreeSet::new();
    for (i, r) in s.requests.iter().enumerate() {
        let p = format!("scenario.requests[{i}]");
        if !seen.insert(r.id.as_str()) {
            check.at(
                &format!("{p}.id"),
                format!("duplicate request id `{}`", r.id),
            );
        }
        match (rules::parse_iso_date(&r.from), rules::parse_iso_date(&r.to)) {
            (Some(from), Some(to)) if from <= to => {}
            (Some(_), Some(_)) => check.at(&format!("{p}.to"), "`to` must not be before `from`"),
            _ => check.at(&p, "`from` and `to` must look like 2025-06-02"),
        }
    }
}
