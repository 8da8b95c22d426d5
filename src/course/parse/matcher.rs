//! A goal or mistake table of a `do` step, checked against the event contract.

use super::FileCheck;
use crate::course::model::Matcher;
use crate::sim::{Value, contract};
use std::collections::BTreeMap;

/// Checks a goal or mistake table against the event contract.
pub(super) fn matcher(
    check: &mut FileCheck<'_>,
    path: &str,
    table: &toml::Table,
    sim: Option<&str>,
) -> Option<Matcher> {
    let Some(toml::Value::String(event)) = table.get("event") else {
        check.at(path, "needs `event` (the name of a simulator event)");
        return None;
    };
    let Some(spec) = contract::event(event) else {
        check.at(&format!("{path}.event"), format!("unknown event `{event}`"));
        return None;
    };
    if sim.is_some_and(|s| !spec.comes_from(s)) {
        check.at(
            &format!("{path}.event"),
            format!("event `{event}` does not come from this lesson's simulator"),
        );
    }
    let mut fields = BTreeMap::new();
    let mut ok = true;
    for (key, value) in table.iter().filter(|(k, _)| *k != "event") {
        let fp = format!("{path}.{key}");
        let Some(ty) = spec.field(key) else {
            check.at(&fp, format!("event `{event}` has no field `{key}`"));
            ok = false;
            continue;
        };
        let v = match (ty, value) {
            (contract::FieldType::Text | contract::FieldType::List, toml::Value::String(s)) => {
                Value::Text(s.clone())
            }
            (contract::FieldType::Int, toml::Value::Integer(i)) => Value::Int(*i),
            (contract::FieldType::Bool, toml::Value::Boolean(b)) => Value::Bool(*b),
            (ty, _) => {
                check.at(
                    &fp,
                    format!("field `{key}` of `{event}` must be {}", type_name(ty)),
                );
                ok = false;
                continue;
            }
        };
        fields.insert(key.clone(), v);
    }
    ok.then(|| Matcher {
        event: event.clone(),
        fields,
    })
}

fn type_name(ty: contract::FieldType) -> &'static str {
    match ty {
        contract::FieldType::Text => "a string",
        contract::FieldType::Int => "an integer",
        contract::FieldType::Bool => "true or false",
        contract::FieldType::List => "a string (matched against each item)",
    }
}
