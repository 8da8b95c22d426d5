//! The `dasar.*` part of the event contract: the practice area (click, drag, scroll, type).
//! The table is in `docs/CONTENT.md`.

use super::EventSpec;
use super::FieldType::{Bool, Int, Text};

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
        name: "dasar.pointer_seen",
        fields: &[("shape", Text)],
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
