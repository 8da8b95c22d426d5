//! The `srikandi.*` part of the event contract (`sim::contract` lists it with the rest; the
//! table is in `docs/CONTENT.md`).

use crate::sim::contract::EventSpec;
use crate::sim::contract::FieldType::{Bool, Int, List, Text};

pub const EVENTS: &[EventSpec] = &[
    EventSpec {
        name: "srikandi.signed_in",
        fields: &[],
    },
    EventSpec {
        name: "srikandi.sign_in_failed",
        fields: &[("reason", Text)],
    },
    EventSpec {
        name: "srikandi.signed_out",
        fields: &[],
    },
    EventSpec {
        name: "srikandi.list_opened",
        fields: &[("list", Text)],
    },
    EventSpec {
        name: "srikandi.opened",
        fields: &[("naskah", Text), ("list", Text), ("from_search", Bool)],
    },
    EventSpec {
        name: "srikandi.pdf_viewed",
        fields: &[("naskah", Text)],
    },
    EventSpec {
        name: "srikandi.history_viewed",
        fields: &[("naskah", Text), ("steps", Int)],
    },
    EventSpec {
        name: "srikandi.downloaded",
        fields: &[("naskah", Text), ("name", Text)],
    },
    EventSpec {
        name: "srikandi.disposition_opened",
        fields: &[("disposisi", Text), ("naskah", Text), ("days_left", Int)],
    },
    EventSpec {
        name: "srikandi.follow_started",
        fields: &[("disposisi", Text), ("action", Text)],
    },
    EventSpec {
        name: "srikandi.follow_filled",
        fields: &[("field", Text), ("value", Text), ("on", Bool)],
    },
    EventSpec {
        name: "srikandi.disposition_replied",
        fields: &[("disposisi", Text), ("words", Int)],
    },
    EventSpec {
        name: "srikandi.disposition_forwarded",
        fields: &[
            ("disposisi", Text),
            ("to", List),
            ("instruction", Text),
            ("as_instructed", Bool),
            ("has_note", Bool),
        ],
    },
    EventSpec {
        name: "srikandi.disposition_done",
        fields: &[("disposisi", Text), ("report_words", Int), ("late", Bool)],
    },
    EventSpec {
        name: "srikandi.disposition_refused",
        fields: &[("disposisi", Text), ("reason", Text)],
    },
    EventSpec {
        name: "srikandi.draft_started",
        fields: &[("source", Text)],
    },
    EventSpec {
        name: "srikandi.draft_opened",
        fields: &[("draft", Text), ("status", Text)],
    },
    EventSpec {
        name: "srikandi.file_uploaded",
        fields: &[("name", Text), ("format", Text)],
    },
    EventSpec {
        name: "srikandi.upload_refused",
        fields: &[("name", Text), ("format", Text)],
    },
    EventSpec {
        name: "srikandi.field_set",
        fields: &[("field", Text), ("value", Text)],
    },
    EventSpec {
        name: "srikandi.recipient_set",
        fields: &[("field", Text), ("person", Text), ("added", Bool)],
    },
    EventSpec {
        name: "srikandi.draft_saved",
        fields: &[
            ("complete", Bool),
            ("missing", List),
            ("source", Text),
            ("file", Text),
        ],
    },
    EventSpec {
        name: "srikandi.number_taken",
        fields: &[("nomor", Text), ("klasifikasi", Text)],
    },
    EventSpec {
        name: "srikandi.number_refused",
        fields: &[("reason", Text)],
    },
    EventSpec {
        name: "srikandi.sent_for_review",
        fields: &[
            ("draft", Text),
            ("source", Text),
            ("jenis", Text),
            ("sifat", Text),
            ("urgensi", Text),
            ("klasifikasi", Text),
            ("tujuan", List),
            ("tembusan", List),
            ("verifikator", Text),
            ("penandatangan", Text),
            ("revision", Bool),
            ("fixed", Bool),
            ("times", Int),
        ],
    },
    EventSpec {
        name: "srikandi.send_refused",
        fields: &[("missing", List)],
    },
    EventSpec {
        name: "srikandi.sign_started",
        fields: &[("naskah", Text)],
    },
    EventSpec {
        name: "srikandi.signed",
        fields: &[("naskah", Text)],
    },
    EventSpec {
        name: "srikandi.sign_failed",
        fields: &[("naskah", Text), ("reason", Text)],
    },
    EventSpec {
        name: "srikandi.pdf_refreshed",
        fields: &[("naskah", Text), ("signed", Bool)],
    },
    EventSpec {
        name: "srikandi.secretary_answered",
        fields: &[("shared", Bool)],
    },
    EventSpec {
        name: "srikandi.searched",
        fields: &[("query", Text), ("found", Int), ("results", List)],
    },
];
