//! Matching goals and mistakes against simulator events.

use crate::course::Matcher;
use crate::sim::{SimEvent, Value};

impl Matcher {
    /// True when the event has this name and every field given here has the same value
    /// (for a list field, the value is one of its items). Fields not given match anything.
    pub fn matches(&self, event: &SimEvent) -> bool {
        event.name == self.event
            && self
                .fields
                .iter()
                .all(|(key, want)| match (event.fields.get(key), want) {
                    (Some(Value::List(items)), Value::Text(t)) => items.contains(t),
                    (Some(have), want) => have == want,
                    (None, _) => false,
                })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn matcher(event: &str, fields: &[(&str, Value)]) -> Matcher {
        Matcher {
            event: event.into(),
            fields: fields
                .iter()
                .map(|(k, v)| ((*k).to_owned(), v.clone()))
                .collect::<BTreeMap<_, _>>(),
        }
    }

    #[test]
    fn name_and_given_fields_must_match() {
        let e = SimEvent::new("dasar.clicked").with("target", "besar");
        assert!(matcher("dasar.clicked", &[]).matches(&e));
        assert!(matcher("dasar.clicked", &[("target", "besar".into())]).matches(&e));
        assert!(!matcher("dasar.clicked", &[("target", "kecil".into())]).matches(&e));
        assert!(!matcher("dasar.missed", &[]).matches(&e));
        assert!(!matcher("dasar.clicked", &[("other", "x".into())]).matches(&e));
    }

    #[test]
    fn typed_values_and_lists() {
        let e = SimEvent::new("x.sent")
            .with("length", 18)
            .with("ok", true)
            .with(
                "to",
                Value::List(vec!["a@b.go.id".into(), "c@d.go.id".into()]),
            );
        assert!(
            matcher(
                "x.sent",
                &[("length", Value::Int(18)), ("ok", Value::Bool(true))]
            )
            .matches(&e)
        );
        assert!(!matcher("x.sent", &[("length", Value::Int(17))]).matches(&e));
        assert!(
            !matcher("x.sent", &[("length", "18".into())]).matches(&e),
            "types differ"
        );
        assert!(matcher("x.sent", &[("to", "c@d.go.id".into())]).matches(&e));
        assert!(!matcher("x.sent", &[("to", "z@d.go.id".into())]).matches(&e));
    }
}
