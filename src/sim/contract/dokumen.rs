//! The `dokumen.*` part of the event contract: the word processor, the PDF tools and TTE.
//! The table is in `docs/CONTENT.md`.

use super::EventSpec;
use super::FieldType::{Bool, Int, List, Text};

pub const EVENTS: &[EventSpec] = &[
    EventSpec {
        name: "dokumen.text_changed",
        fields: &[
            ("op", Text),
            ("words", Int),
            ("paragraphs", Int),
            ("enough", Bool),
            ("matches_target", Bool),
            ("capital_start", Bool),
        ],
    },
    EventSpec {
        name: "dokumen.selected",
        fields: &[("text", Text), ("whole_paragraph", Bool), ("all", Bool)],
    },
    EventSpec {
        name: "dokumen.formatted",
        fields: &[
            ("what", Text),
            ("value", Text),
            ("target", Text),
            ("whole_paragraph", Bool),
            ("paragraph", Int),
        ],
    },
    EventSpec {
        name: "dokumen.undone",
        fields: &[],
    },
    EventSpec {
        name: "dokumen.redone",
        fields: &[],
    },
    EventSpec {
        name: "dokumen.save_dialog_opened",
        fields: &[("format", Text)],
    },
    EventSpec {
        name: "dokumen.saved",
        fields: &[
            ("folder", Text),
            ("name", Text),
            ("format", Text),
            ("default_name", Bool),
            ("overwrote", Bool),
            ("letter_complete", Bool),
        ],
    },
    EventSpec {
        name: "dokumen.save_refused",
        fields: &[("reason", Text)],
    },
    EventSpec {
        name: "dokumen.overwrite_asked",
        fields: &[("name", Text)],
    },
    EventSpec {
        name: "dokumen.overwrite_answered",
        fields: &[("replace", Bool)],
    },
    EventSpec {
        name: "dokumen.exported_pdf",
        fields: &[
            ("folder", Text),
            ("name", Text),
            ("size_kb", Int),
            ("letter_complete", Bool),
        ],
    },
    EventSpec {
        name: "dokumen.open_dialog_opened",
        fields: &[],
    },
    EventSpec {
        name: "dokumen.searched",
        fields: &[("query", Text), ("found", Int), ("any", Bool)],
    },
    EventSpec {
        name: "dokumen.opened",
        fields: &[
            ("folder", Text),
            ("name", Text),
            ("format", Text),
            ("via", Text),
        ],
    },
    EventSpec {
        name: "dokumen.letter_checked",
        fields: &[
            ("complete", Bool),
            ("missing", List),
            ("opening", Bool),
            ("content", Bool),
            ("closing", Bool),
        ],
    },
    EventSpec {
        name: "dokumen.letter_edited",
        fields: &[
            ("field", Text),
            ("opening", Bool),
            ("content", Bool),
            ("closing", Bool),
        ],
    },
    EventSpec {
        name: "dokumen.print_opened",
        fields: &[],
    },
    EventSpec {
        name: "dokumen.paper_changed",
        fields: &[("paper", Text), ("dialog", Text)],
    },
    EventSpec {
        name: "dokumen.file_received",
        fields: &[("name", Text), ("format", Text)],
    },
    EventSpec {
        name: "dokumen.file_ticked",
        fields: &[("name", Text), ("on", Bool), ("count", Int)],
    },
    EventSpec {
        name: "dokumen.rename_started",
        fields: &[("name", Text)],
    },
    EventSpec {
        name: "dokumen.extensions_shown",
        fields: &[("on", Bool)],
    },
    EventSpec {
        name: "dokumen.files_combined",
        fields: &[
            ("count", Int),
            ("name", Text),
            ("size_kb", Int),
            ("under_limit", Bool),
        ],
    },
    EventSpec {
        name: "dokumen.combine_refused",
        fields: &[("reason", Text)],
    },
    EventSpec {
        name: "dokumen.file_compressed",
        fields: &[("name", Text), ("size_kb", Int), ("under_limit", Bool)],
    },
    EventSpec {
        name: "dokumen.compress_refused",
        fields: &[("reason", Text)],
    },
    EventSpec {
        name: "dokumen.file_renamed",
        fields: &[
            ("name", Text),
            ("format", Text),
            ("made_up_name", Bool),
            ("has_date", Bool),
            ("size_kb", Int),
            ("under_limit", Bool),
        ],
    },
    EventSpec {
        name: "dokumen.copies_changed",
        fields: &[("copies", Int)],
    },
    EventSpec {
        name: "dokumen.page_setup_opened",
        fields: &[],
    },
    EventSpec {
        name: "dokumen.page_set_up",
        fields: &[("paper", Text), ("margins", Text), ("paper_ok", Bool)],
    },
    EventSpec {
        name: "dokumen.printed",
        fields: &[
            ("paper", Text),
            ("copies", Int),
            ("page", Text),
            ("paper_ok", Bool),
        ],
    },
    EventSpec {
        name: "dokumen.disposition_sent",
        fields: &[("to", List), ("instruction", List), ("has_note", Bool)],
    },
    EventSpec {
        name: "dokumen.disposition_refused",
        fields: &[("reason", Text)],
    },
    EventSpec {
        name: "dokumen.sign_started",
        fields: &[],
    },
    EventSpec {
        name: "dokumen.signed",
        fields: &[],
    },
    EventSpec {
        name: "dokumen.sign_failed",
        fields: &[("reason", Text)],
    },
    EventSpec {
        name: "dokumen.secretary_answered",
        fields: &[("shared", Bool)],
    },
    EventSpec {
        name: "dokumen.app_switched",
        fields: &[("app", Text)],
    },
];
