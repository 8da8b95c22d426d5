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
}

/// One event of the contract.
#[derive(Debug)]
pub struct EventSpec {
    pub name: &'static str,
    pub fields: &'static [(&'static str, FieldType)],
}

use FieldType::{Bool, Int, Text};

/// Every event of every simulator.
pub const EVENTS: &[EventSpec] = &[
    EventSpec {
        name: "dasar.clicked",
        fields: &[("target", Text)],
    },
    EventSpec {
        name: "dasar.missed",
        fields: &[],
    },
    EventSpec {
        name: "dasar.menu_opened",
        fields: &[("target", Text)],
    },
    EventSpec {
        name: "dasar.folder_opened",
        fields: &[("folder", Text), ("via", Text)],
    },
    EventSpec {
        name: "dasar.folder_closed",
        fields: &[("folder", Text)],
    },
    EventSpec {
        name: "dasar.dropped",
        fields: &[("item", Text), ("target", Text)],
    },
    EventSpec {
        name: "dasar.drop_missed",
        fields: &[("item", Text)],
    },
    EventSpec {
        name: "dasar.reached_end",
        fields: &[],
    },
    EventSpec {
        name: "dasar.text_submitted",
        fields: &[
            ("field", Text),
            ("text", Text),
            ("length", Int),
            ("digits_only", Bool),
            ("has_capital", Bool),
        ],
    },
    EventSpec {
        name: "dasar.window_opened",
        fields: &[("window", Text)],
    },
    EventSpec {
        name: "dasar.window_minimised",
        fields: &[("window", Text)],
    },
    EventSpec {
        name: "dasar.window_maximised",
        fields: &[("window", Text)],
    },
    EventSpec {
        name: "dasar.window_restored",
        fields: &[("window", Text)],
    },
    EventSpec {
        name: "dasar.window_closed",
        fields: &[("window", Text)],
    },
    EventSpec {
        name: "dasar.window_focused",
        fields: &[("window", Text)],
    },
];

/// The simulators a lesson scenario may name.
pub const SIMS: &[&str] = &["dasar"];

/// Looks an event up by name.
pub fn event(name: &str) -> Option<&'static EventSpec> {
    EVENTS.iter().find(|e| e.name == name)
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
}
