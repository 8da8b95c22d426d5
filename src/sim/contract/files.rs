//! The `files.*` part of the event contract: the pretend disk shared by the simulators
//! in [`WITH_DISK`](super::WITH_DISK).
//! The table is in `docs/CONTENT.md`.

use super::EventSpec;
use super::FieldType::{Int, Text};

pub const EVENTS: &[EventSpec] = &[
    EventSpec {
        name: "files.folder_opened",
        fields: &[("folder", Text)],
    },
    EventSpec {
        name: "files.shrunk",
        fields: &[
            ("folder", Text),
            ("original", Text),
            ("name", Text),
            ("size_kb", Int),
        ],
    },
    EventSpec {
        name: "files.opened",
        fields: &[("folder", Text), ("name", Text), ("format", Text)],
    },
];
