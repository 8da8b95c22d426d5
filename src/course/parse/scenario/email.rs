//! The `email` scenario of a lesson (also the webmail beside the document tool): addresses,
//! dates and unique message ids.

use crate::course::parse::{FileCheck, Ids};
use crate::sim::email;

/// The Fluent ids in an email scenario table (at `path`): subjects, bodies and link texts.
pub(super) fn fluent_ids<'a>(table: &'a toml::Table, path: &str, ids: &mut Ids<'a>) {
    let Some(toml::Value::Array(messages)) = table.get("messages") else {
        return;
    };
    for (i, m) in messages.iter().enumerate() {
        for key in ["subject", "body"] {
            if let Some(toml::Value::String(id)) = m.get(key) {
                ids.push((format!("{path}.messages[{i}].{key}"), id));
            }
        }
        if let Some(toml::Value::Array(links)) = m.get("links") {
            for (j, l) in links.iter().enumerate() {
                if let Some(toml::Value::String(id)) = l.get("text") {
                    ids.push((format!("{path}.messages[{i}].links[{j}].text"), id));
                }
            }
        }
    }
}

/// What serde cannot check in an email scenario (at `path`): addresses, dates, unique ids.
pub(super) fn check_scenario(check: &mut FileCheck<'_>, path: &str, s: &email::Scenario) {
    if !email::is_address(&s.address.trim().to_lowercase()) {
        check.at(
            &format!("{path}.address"),
            "`address` must be an email address",
        );
    }
    if s.password.is_empty() {
        check.at(&format!("{path}.password"), "`password` must not be empty");
    }
    let mut seen = std::collections::BTreeSet::new();
    for (i, m) in s.messages.iter().enumerate() {
        let p = format!("{path}.messages[{i}]");
        if !seen.insert(m.id.as_str()) {
            check.at(
                &format!("{p}.id"),
                format!("duplicate message id `{}`", m.id),
            );
        }
        for a in std::iter::once(&m.from).chain(&m.to).chain(&m.cc) {
            if !email::is_address(&a.trim().to_lowercase()) {
                check.at(&p, format!("`{a}` is not an email address"));
            }
        }
        if jiff::civil::DateTime::strptime("%Y-%m-%dT%H:%M", &m.received).is_err() {
            check.at(
                &format!("{p}.received"),
                "`received` must look like 2025-05-20T08:15",
            );
        }
    }
}
