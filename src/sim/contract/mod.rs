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

use FieldType::{Bool, Int, List, Text};

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

/// The simulators a lesson scenario may name.
pub const SIMS: &[&str] = &[
    "dasar", "email", "presensi", "dokumen", "kinerja", "srikandi",
];

/// Simulators that work on the shared pretend disk, so `files.*` events come from them.
pub const WITH_DISK: &[&str] = &["email", "presensi", "dokumen", "kinerja"];

/// Every event of the contract: [`EVENTS`] and the simulators that keep their part beside
/// their code (`srikandi`).
pub fn all() -> impl Iterator<Item = &'static EventSpec> {
    EVENTS.iter().chain(super::srikandi::events::EVENTS)
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

    const DOCS: &str = include_str!("../../docs/CONTENT.md");

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
