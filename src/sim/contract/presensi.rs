//! The `presensi.*` part of the event contract: the e-presensi phone app and its web page.
//! The table is in `docs/CONTENT.md`.

use super::EventSpec;
use super::FieldType::{Bool, Int, Text};

pub const EVENTS: &[EventSpec] = &[
    EventSpec {
        name: "presensi.signed_in",
        fields: &[],
    },
    EventSpec {
        name: "presensi.sign_in_failed",
        fields: &[("reason", Text)],
    },
    EventSpec {
        name: "presensi.password_changed",
        fields: &[("length", Int), ("strong", Bool)],
    },
    EventSpec {
        name: "presensi.password_rejected",
        fields: &[("reason", Text)],
    },
    EventSpec {
        name: "presensi.started",
        fields: &[("kind", Text), ("mode", Text)],
    },
    EventSpec {
        name: "presensi.location_answered",
        fields: &[("allowed", Bool)],
    },
    EventSpec {
        name: "presensi.moved",
        fields: &[("distance_m", Int), ("inside", Bool)],
    },
    EventSpec {
        name: "presensi.map_passed",
        fields: &[("distance_m", Int), ("inside", Bool)],
    },
    EventSpec {
        name: "presensi.face_fixed",
        fields: &[("fix", Text), ("helped", Bool)],
    },
    EventSpec {
        name: "presensi.photo_taken",
        fields: &[("face", Text), ("recognised", Bool)],
    },
    EventSpec {
        name: "presensi.admin_message_opened",
        fields: &[],
    },
    EventSpec {
        name: "presensi.face_registration_requested",
        fields: &[],
    },
    EventSpec {
        name: "presensi.refused",
        fields: &[("kind", Text), ("reason", Text), ("distance_m", Int)],
    },
    EventSpec {
        name: "presensi.checked_in",
        fields: &[
            ("mode", Text),
            ("distance_m", Int),
            ("inside", Bool),
            ("late_minutes", Int),
            ("late", Bool),
            ("band", Int),
            ("time", Text),
        ],
    },
    EventSpec {
        name: "presensi.checked_out",
        fields: &[
            ("mode", Text),
            ("distance_m", Int),
            ("early_minutes", Int),
            ("early", Bool),
            ("band", Int),
            ("time", Text),
        ],
    },
    EventSpec {
        name: "presensi.history_opened",
        fields: &[],
    },
    EventSpec {
        name: "presensi.history_day_opened",
        fields: &[("date", Text), ("status", Text)],
    },
    EventSpec {
        name: "presensi.settings_opened",
        fields: &[],
    },
    EventSpec {
        name: "presensi.auto_time_changed",
        fields: &[("on", Bool)],
    },
    EventSpec {
        name: "presensi.location_changed",
        fields: &[("on", Bool)],
    },
    EventSpec {
        name: "presensi.permission_changed",
        fields: &[("allowed", Bool)],
    },
    EventSpec {
        name: "presensi.fake_gps_removed",
        fields: &[],
    },
    EventSpec {
        name: "presensi.requests_opened",
        fields: &[],
    },
    EventSpec {
        name: "presensi.request_started",
        fields: &[("kind", Text)],
    },
    EventSpec {
        name: "presensi.attachment_added",
        fields: &[("name", Text), ("format", Text), ("size_kb", Int)],
    },
    EventSpec {
        name: "presensi.attachment_refused",
        fields: &[("name", Text), ("reason", Text), ("size_kb", Int)],
    },
    EventSpec {
        name: "presensi.request_saved",
        fields: &[("kind", Text)],
    },
    EventSpec {
        name: "presensi.request_refused",
        fields: &[("kind", Text), ("reason", Text)],
    },
    EventSpec {
        name: "presensi.request_sent",
        fields: &[
            ("kind", Text),
            ("attachment", Bool),
            ("format", Text),
            ("days", Int),
        ],
    },
    EventSpec {
        name: "presensi.status_checked",
        fields: &[("kind", Text), ("status", Text)],
    },
    EventSpec {
        name: "presensi.report_sent",
        fields: &[("words", Int), ("enough", Bool)],
    },
    EventSpec {
        name: "presensi.colleague_answered",
        fields: &[("shared", Bool)],
    },
    EventSpec {
        name: "presensi.signed_out",
        fields: &[],
    },
    EventSpec {
        name: "presensi.time_passed",
        fields: &[("time", Text)],
    },
];
