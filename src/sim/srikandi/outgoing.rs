//! Naskah Keluar: a new draft from a template or by uploading the letter made in the word
//! processor (a .docx or .pdf on the shared pretend disk), the registration fields, Ambil
//! Nomor, verifikator and penandatangan, sending for verification, and the draft that comes
//! back "Perlu perbaikan" to be revised and sent again.

use super::{Draft, DraftStatus, FIELDS, JENIS, Notice, SIFAT, Srikandi, URGENSI, View, ev, int};
use crate::sim::files::format_of;
use crate::sim::{SimEvent, Value};

/// The formats "Unggah Naskah" accepts.
pub const UPLOAD_FORMATS: [&str; 2] = ["docx", "pdf"];

impl Srikandi {
    pub(super) fn new_draft(&mut self, template: bool) -> Option<SimEvent> {
        let n = self.drafts.len() + 1;
        let id = format!("draf-{n}");
        self.drafts.push(Draft {
            id: id.clone(),
            source: if template { "template" } else { "upload" }.into(),
            ..Draft::default()
        });
        self.go(if template {
            View::Draft(id)
        } else {
            View::Picker {
                draft: id,
                folder: "dokumen".into(),
            }
        });
        Some(ev("draft_started").with("source", if template { "template" } else { "upload" }))
    }

    pub(super) fn open_draft(&mut self, id: &str) -> Option<SimEvent> {
        let d = self.draft(id)?;
        let status = d.status;
        self.go(View::Draft(id.to_owned()));
        Some(
            ev("draft_opened")
                .with("draft", id)
                .with("status", status.key()),
        )
    }

    fn current(&mut self) -> Option<&mut Draft> {
        let id = match &self.view {
            View::Draft(id) => id.clone(),
            View::Picker { draft, .. } => draft.clone(),
            _ => return None,
        };
        self.drafts
            .iter_mut()
            .find(|d| d.id == id && d.status != DraftStatus::Verifikasi)
    }

    /// Picks the file to upload from the shared disk: a .docx or .pdf only.
    pub(super) fn pick_file(&mut self, folder: &str, name: &str) -> Option<SimEvent> {
        let View::Picker { draft, .. } = &self.view else {
            return None;
        };
        let draft = draft.clone();
        let file = self.disk.find(folder, name)?;
        let format = file.format();
        if !UPLOAD_FORMATS.contains(&format.as_str()) {
            self.notice = Some(Notice::UploadRefused);
            return Some(
                ev("upload_refused")
                    .with("name", name)
                    .with("format", format),
            );
        }
        let d = self.drafts.iter_mut().find(|d| d.id == draft)?;
        d.file = name.to_owned();
        d.source = "upload".into();
        self.go(View::Draft(draft));
        Some(
            ev("file_uploaded")
                .with("name", name)
                .with("format", format_of(name)),
        )
    }

    /// Records a change to a draft, remembering it when the draft came back for revision.
    pub(super) fn edit_draft(
        &mut self,
        field: &str,
        edit: impl FnOnce(&mut Draft),
    ) -> Option<SimEvent> {
        let d = self.current()?;
        edit(d);
        if d.status == DraftStatus::PerluPerbaikan && !d.changed.iter().any(|c| c == field) {
            d.changed.push(field.to_owned());
        }
        self.notice = None;
        None
    }

    /// A choice for one of the draft's one-choice fields.
    pub(super) fn set_field(&mut self, field: &str, value: &str) -> Option<SimEvent> {
        let known = match field {
            "jenis" => JENIS.contains(&value),
            "sifat" => SIFAT.contains(&value),
            "urgensi" => URGENSI.contains(&value),
            "klasifikasi" => self.klasifikasi.iter().any(|k| k.code == value),
            "verifikator" | "penandatangan" => self.people.iter().any(|p| p.id == value),
            _ => false,
        };
        if !known {
            return None;
        }
        let (field_owned, value_owned) = (field.to_owned(), value.to_owned());
        self.edit_draft(field, move |d| match field_owned.as_str() {
            "jenis" => d.jenis = value_owned,
            "sifat" => d.sifat = value_owned,
            "urgensi" => d.urgensi = value_owned,
            "klasifikasi" => d.klasifikasi = value_owned,
            "verifikator" => d.verifikator = value_owned,
            _ => d.penandatangan = value_owned,
        });
        self.current()?;
        Some(ev("field_set").with("field", field).with("value", value))
    }

    /// Ticks or unticks a person in Tujuan or Tembusan.
    pub(super) fn toggle_person(&mut self, field: &str, person: &str) -> Option<SimEvent> {
        if !self.people.iter().any(|p| p.id == person) {
            return None;
        }
        let mut added = false;
        let person_owned = person.to_owned();
        let tujuan = field == "tujuan";
        self.edit_draft(field, |d| {
            let list = if tujuan {
                &mut d.tujuan
            } else {
                &mut d.tembusan
            };
            if list.contains(&person_owned) {
                list.retain(|p| *p != person_owned);
            } else {
                list.push(person_owned);
                added = true;
            }
        });
        self.current()?;
        Some(
            ev("recipient_set")
                .with("field", field)
                .with("person", person)
                .with("added", added),
        )
    }

    /// "Simpan Draf": keeps it, and says which registration fields are still empty.
    pub(super) fn save_draft(&mut self) -> Option<SimEvent> {
        let d = self.current()?;
        let missing = d.missing(false);
        let event = ev("draft_saved")
            .with("complete", missing.is_empty())
            .with("missing", Value::List(missing))
            .with("source", d.source.as_str())
            .with("file", d.file.as_str());
        self.notice = Some(Notice::DraftSaved);
        Some(event)
    }

    /// "Ambil Nomor": needs the jenis and the klasifikasi code, which make part of it.
    pub(super) fn take_number(&mut self) -> Option<SimEvent> {
        let (next, suffix) = (self.next_number, self.number_suffix.clone());
        let d = self.current()?;
        if !d.nomor.is_empty() {
            return None;
        }
        let reason = if d.jenis.is_empty() {
            Some("no_jenis")
        } else if d.klasifikasi.is_empty() {
            Some("no_klasifikasi")
        } else {
            None
        };
        if let Some(reason) = reason {
            self.notice = Some(Notice::NumberRefused);
            return Some(ev("number_refused").with("reason", reason));
        }
        let nomor = format!("{}/{next}/{suffix}", d.klasifikasi);
        d.nomor = nomor.clone();
        let klasifikasi = d.klasifikasi.clone();
        self.next_number += 1;
        self.notice = Some(Notice::NumberTaken(nomor.clone()));
        Some(
            ev("number_taken")
                .with("nomor", nomor)
                .with("klasifikasi", klasifikasi),
        )
    }

    /// "Kirim ke Verifikator": every registration field, the nomor, a verifikator and a
    /// penandatangan first; a revised draft says whether the note's point was changed.
    pub(super) fn send_draft(&mut self) -> Option<SimEvent> {
        let d = self.current()?;
        let mut missing = d.missing(true);
        if d.nomor.is_empty() {
            missing.push("nomor".into());
        }
        if d.source == "upload" && d.file.is_empty() {
            missing.push("file".into());
        }
        if !missing.is_empty() {
            self.notice = Some(Notice::SendRefused(missing.clone()));
            return Some(ev("send_refused").with("missing", Value::List(missing)));
        }
        let revision = d.status == DraftStatus::PerluPerbaikan;
        let fixed = !revision || d.fix.is_empty() || d.changed.contains(&d.fix);
        d.status = DraftStatus::Verifikasi;
        d.sent += 1;
        let event = ev("sent_for_review")
            .with("draft", d.id.as_str())
            .with("source", d.source.as_str())
            .with("jenis", d.jenis.as_str())
            .with("sifat", d.sifat.as_str())
            .with("urgensi", d.urgensi.as_str())
            .with("klasifikasi", d.klasifikasi.as_str())
            .with("tujuan", Value::List(d.tujuan.clone()))
            .with("tembusan", Value::List(d.tembusan.clone()))
            .with("verifikator", d.verifikator.as_str())
            .with("penandatangan", d.penandatangan.as_str())
            .with("revision", revision)
            .with("fixed", fixed)
            .with("times", int(d.sent as usize));
        self.notice = Some(Notice::Sent);
        Some(event)
    }
}

/// Every field name a draft knows, for the content check of `fix`.
pub fn is_field(name: &str) -> bool {
    FIELDS.contains(&name) || matches!(name, "tembusan" | "isi" | "file")
}
