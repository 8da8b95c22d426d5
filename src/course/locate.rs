//! Finds where a path such as `steps[2].goal.event` sits in a TOML text.

use toml::de::{DeTable, DeValue};

/// Byte offset of the value at `path`, or of the deepest part of it that exists.
pub fn offset(text: &str, path: &str) -> Option<usize> {
    let root = DeTable::parse(text).ok()?;
    let mut span = root.span();
    let mut table = Some(root.get_ref());
    let mut value: Option<&DeValue> = None;
    for segment in segments(path) {
        let next = match segment {
            Segment::Key(key) => {
                let t = match (table, value) {
                    (Some(t), None) => t,
                    (_, Some(DeValue::Table(t))) => t,
                    _ => break,
                };
                t.iter().find(|(k, _)| k.get_ref() == key).map(|(_, v)| v)
            }
            Segment::Index(i) => match value {
                Some(DeValue::Array(a)) => a.get(i),
                _ => None,
            },
        };
        let Some(next) = next else { break };
        span = next.span();
        table = None;
        value = Some(next.get_ref());
    }
    Some(span.start)
}

enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

fn segments(path: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let mut pieces = part.split('[');
        if let Some(key) = pieces.next().filter(|k| !k.is_empty()) {
            out.push(Segment::Key(key));
        }
        for index in pieces {
            if let Ok(i) = index.trim_end_matches(']').parse() {
                out.push(Segment::Index(i));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_values() {
        let text = "id = \"a\"\n[[steps]]\nkind = \"read\"\n[[steps]]\nkind = \"do\"\ngoal = { event = \"x\" }\n";
        let at = offset(text, "steps[1].goal.event").expect("found");
        assert_eq!(&text[at..at + 3], "\"x\"");
        let at = offset(text, "steps[1].kind").expect("found");
        assert_eq!(&text[at..at + 4], "\"do\"");
        // A missing tail falls back to the deepest part found: the step's table header.
        let at = offset(text, "steps[1].nothing").expect("found");
        assert!(
            text[at..].starts_with("[[steps]]\nkind = \"do\""),
            "{}",
            &text[at..]
        );
    }
}
