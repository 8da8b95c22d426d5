//! The `kinerja.*` part of the event contract: the e-Kinerja web app.
//! The table is in `docs/CONTENT.md`.

use super::EventSpec;
use super::FieldType::{Bool, Int, Text};

pub const EVENTS: &[EventSpec] = &[
    EventSpec {
        name: "kinerja.sign_in_failed",
        fields: &[("reason", Text)],
    },
    EventSpec {
        name: "kinerja.password_accepted",
        fields: &[("enrolled", Bool)],
    },
    EventSpec {
        name: "kinerja.code_refused",
        fields: &[("reason", Text), ("clock_wrong", Bool)],
    },
    EventSpec {
        name: "kinerja.signed_in",
        fields: &[("via", Text)],
    },
    EventSpec {
        name: "kinerja.qr_scanned",
        fields: &[("added", Bool)],
    },
    EventSpec {
        name: "kinerja.two_factor_enabled",
        fields: &[],
    },
    EventSpec {
        name: "kinerja.backup_codes_kept",
        fields: &[("private", Bool)],
    },
    EventSpec {
        name: "kinerja.reset_requested",
        fields: &[],
    },
    EventSpec {
        name: "kinerja.reset_mail_opened",
        fields: &[],
    },
    EventSpec {
        name: "kinerja.password_reset",
        fields: &[("length", Int), ("strong", Bool)],
    },
    EventSpec {
        name: "kinerja.password_rejected",
        fields: &[("reason", Text)],
    },
    EventSpec {
        name: "kinerja.admin_reset_requested",
        fields: &[],
    },
    EventSpec {
        name: "kinerja.phone_settings_opened",
        fields: &[],
    },
    EventSpec {
        name: "kinerja.auto_time_changed",
        fields: &[("on", Bool)],
    },
    EventSpec {
        name: "kinerja.waited",
        fields: &[("seconds", Int)],
    },
    EventSpec {
        name: "kinerja.page_opened",
        fields: &[("page", Text)],
    },
    EventSpec {
        name: "kinerja.rhk_opened",
        fields: &[("rhk", Text), ("aksi", Int)],
    },
    EventSpec {
        name: "kinerja.day_opened",
        fields: &[("date", Text), ("status", Text)],
    },
    EventSpec {
        name: "kinerja.progress_started",
        fields: &[("date", Text)],
    },
    EventSpec {
        name: "kinerja.evidence_added",
        fields: &[("name", Text), ("format", Text), ("size_kb", Int)],
    },
    EventSpec {
        name: "kinerja.evidence_refused",
        fields: &[("name", Text), ("reason", Text), ("size_kb", Int)],
    },
    EventSpec {
        name: "kinerja.progress_saved",
        fields: &[("date", Text), ("aksi", Text)],
    },
    EventSpec {
        name: "kinerja.progress_refused",
        fields: &[("reason", Text), ("date", Text)],
    },
    EventSpec {
        name: "kinerja.progress_sent",
        fields: &[
            ("date", Text),
            ("aksi", Text),
            ("minutes", Int),
            ("volume", Int),
            ("evidence", Bool),
            ("format", Text),
            ("revised", Bool),
        ],
    },
    EventSpec {
        name: "kinerja.entry_opened",
        fields: &[("date", Text), ("status", Text)],
    },
    EventSpec {
        name: "kinerja.edit_started",
        fields: &[("status", Text)],
    },
    EventSpec {
        name: "kinerja.feedback_checked",
        fields: &[("status", Text), ("note", Bool)],
    },
    EventSpec {
        name: "kinerja.summary_opened",
        fields: &[
            ("working_days", Int),
            ("filled", Int),
            ("missed", Int),
            ("percent", Int),
        ],
    },
    EventSpec {
        name: "kinerja.realisasi_refused",
        fields: &[("reason", Text)],
    },
    EventSpec {
        name: "kinerja.realisasi_sent",
        fields: &[("rhk", Int)],
    },
    EventSpec {
        name: "kinerja.assessment_opened",
        fields: &[("ready", Bool), ("rating", Text)],
    },
    EventSpec {
        name: "kinerja.signed_out",
        fields: &[],
    },
];
