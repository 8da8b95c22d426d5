//! The event contract: every event a simulator may emit, with its fields and their types.
//!
//! Goals and mistakes in lesson files may only name events and fields listed here;
//! `check-content` enforces it. The contract is versioned: add events and fields freely,
//! but renaming or removing one is a new [`VERSION`] and needs the lessons updated.
//! The human-readable table lives in `docs/CONTENT.md`; a test keeps the two in step.

/// Version of the event contract.
pub const VERSION: u32 = 1;

/// The type of an event field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    Text,
    Int,
    Bool,
    /// Several texts (e.g. the addresses in Ke). A goal gives one text: it matches when
    /// that text is among them.
    List,
}

/// One event of the contract.
#[derive(Debug)]
pub struct EventSpec {
    pub name: &'static str,
    pub fields: &'static [(&'static str, FieldType)],
}

mod dasar;
mod dokumen;
mod email;
mod files;
mod kinerja;
mod presensi;

/// The simulators a lesson scenario may name.
pub const SIMS: &[&str] = &[
    "dasar", "email", "presensi", "dokumen", "kinerja", "srikandi",
];

/// Simulators that work on the shared pretend disk, so `files.*` events come from them.
pub const WITH_DISK: &[&str] = &["email", "presensi", "dokumen", "kinerja"];

/// Every event of the contract, one table a simulator: those in this folder and those of
/// the simulators that keep their part beside their code (`srikandi`).
pub fn all() -> impl Iterator<Item = &'static EventSpec> {
    [
        dasar::EVENTS,
        email::EVENTS,
        presensi::EVENTS,
        dokumen::EVENTS,
        kinerja::EVENTS,
        files::EVENTS,
        super::srikandi::events::EVENTS,
    ]
    .into_iter()
    .flatten()
}

/// Looks an event up by name.
pub fn event(name: &str) -> Option<&'static EventSpec> {
    all().find(|e| e.name == name)
}

impl EventSpec {
    pub fn field(&self, name: &str) -> Option<FieldType> {
        self.fields
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, t)| *t)
    }

    /// The simulator this event belongs to (`dasar` for `dasar.clicked`).
    pub fn sim(&self) -> &'static str {
        self.name.split('.').next().unwrap_or(self.name)
    }

    /// Whether a lesson using simulator `sim` can see this event: its own events, the
    /// pretend disk's (`files.*`) when it has one, and the webmail's in a document lesson
    /// (its laptop may have the webmail beside the word processor).
    pub fn comes_from(&self, sim: &str) -> bool {
        self.sim() == sim
            || (self.sim() == "files" && WITH_DISK.contains(&sim))
            || (self.sim() == "email" && sim == "dokumen")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOCS: &str = include_str!("../../../docs/CONTENT.md");

    /// The rows of the event tables: (event name, the rest of the row).
    fn documented() -> Vec<(&'static str, &'static str)> {
        DOCS.lines()
            .filter_map(|l| l.strip_prefix("| `"))
            .filter_map(|l| l.split_once("` |"))
            .filter(|(name, _)| {
                name.split_once('.')
                    .is_some_and(|(sim, _)| SIMS.contains(&sim) || sim == "files")
            })
            .collect()
    }

    #[test]
    fn every_event_and_field_is_documented() {
        let rows = documented();
        for e in all() {
            let row = rows.iter().filter(|(n, _)| *n == e.name).map(|(_, r)| *r);
            let rows: Vec<&str> = row.collect();
            assert!(!rows.is_empty(), "{} is not in docs/CONTENT.md", e.name);
            for (field, _) in e.fields {
                let named = format!("`{field}`");
                assert!(
                    rows.iter()
                        .any(|r| r.contains(&named) || r.contains("see below")),
                    "{}: field {field} is not in docs/CONTENT.md",
                    e.name
                );
            }
        }
    }

    #[test]
    fn every_documented_event_is_in_the_contract() {
        for (name, _) in documented() {
            assert!(
                event(name).is_some(),
                "{name} is documented but not in EVENTS"
            );
        }
    }

    #[test]
    fn a_document_lesson_sees_its_own_the_disk_and_the_webmail_events() {
        let from = |name: &str, sim: &str| event(name).is_some_and(|e| e.comes_from(sim));
        assert!(from("dokumen.saved", "dokumen"));
        assert!(from("files.folder_opened", "dokumen"));
        assert!(from("email.sent", "dokumen"));
        assert!(!from("dasar.clicked", "dokumen"));
        assert!(!from("dokumen.saved", "email"));
        assert!(!from("files.opened", "dasar"));
    }
}
