//! The `email.*` part of the event contract: the webmail.
//! The table is in `docs/CONTENT.md`.

use super::EventSpec;
use super::FieldType::{Bool, Int, List, Text};

pub const EVENTS: &[EventSpec] = &[
    EventSpec {
        name: "email.signed_in",
        fields: &[("remember", Bool)],
    },
    EventSpec {
        name: "email.sign_in_failed",
        fields: &[("reason", Text)],
    },
    EventSpec {
        name: "email.folder_opened",
        fields: &[("folder", Text)],
    },
    EventSpec {
        name: "email.opened",
        fields: &[("message", Text), ("scam", Bool)],
    },
    EventSpec {
        name: "email.compose_started",
        fields: &[("kind", Text), ("message", Text)],
    },
    EventSpec {
        name: "email.file_picker_opened",
        fields: &[],
    },
    EventSpec {
        name: "email.attachment_added",
        fields: &[("name", Text), ("format", Text)],
    },
    EventSpec {
        name: "email.attachment_removed",
        fields: &[("name", Text)],
    },
    EventSpec {
        name: "email.field_filled",
        fields: &[
            ("field", Text),
            ("empty", Bool),
            ("complete", Bool),
            ("addresses", List),
            ("words", Int),
            ("has_greeting", Bool),
            ("has_closing", Bool),
            ("all_caps", Bool),
        ],
    },
    EventSpec {
        name: "email.sent",
        fields: &[
            ("kind", Text),
            ("message", Text),
            ("to", List),
            ("cc", List),
            ("bcc", List),
            ("recipients", Int),
            ("subject", Text),
            ("subject_empty", Bool),
            ("attachments", List),
            ("attachment_count", Int),
            ("formats", List),
            ("mentions_attachment", Bool),
            ("has_greeting", Bool),
            ("has_closing", Bool),
            ("all_caps", Bool),
            ("visible_outside", Int),
        ],
    },
    EventSpec {
        name: "email.send_refused",
        fields: &[("reason", Text)],
    },
    EventSpec {
        name: "email.draft_saved",
        fields: &[("subject_empty", Bool)],
    },
    EventSpec {
        name: "email.deleted",
        fields: &[("message", Text), ("scam", Bool)],
    },
    EventSpec {
        name: "email.restored",
        fields: &[("message", Text)],
    },
    EventSpec {
        name: "email.reported_spam",
        fields: &[("message", Text), ("scam", Bool)],
    },
    EventSpec {
        name: "email.unmarked_spam",
        fields: &[("message", Text)],
    },
    EventSpec {
        name: "email.settings_opened",
        fields: &[],
    },
    EventSpec {
        name: "email.link_opened",
        fields: &[("message", Text), ("link", Text), ("scam", Bool)],
    },
    EventSpec {
        name: "email.attachment_opened",
        fields: &[
            ("message", Text),
            ("name", Text),
            ("format", Text),
            ("scam", Bool),
        ],
    },
    EventSpec {
        name: "email.attachment_downloaded",
        fields: &[("message", Text), ("name", Text), ("format", Text)],
    },
    EventSpec {
        name: "email.password_changed",
        fields: &[("length", Int), ("strong", Bool)],
    },
    EventSpec {
        name: "email.password_rejected",
        fields: &[("reason", Text)],
    },
    EventSpec {
        name: "email.signed_out",
        fields: &[],
    },
];
