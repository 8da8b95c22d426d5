//! The office work on a finished page: Periksa Surat, Cetak with the paper check, the
//! disposisi sheet, and the electronic signature (TTE) with the colleague who asks for the
//! passphrase.

use super::dialog::{Dialog, SignError};
use super::{Dokumen, INSTRUCTIONS, Mode, Notice, letter};
use crate::sim::{SimEvent, Value};

impl Dokumen {
    /// Periksa Surat: which fields are still missing (in page order).
    /// The parts found in the letter's body (the `isi` box).
    pub fn body_parts(&self) -> letter::BodyParts {
        letter::body_parts(self.letter.get("isi").map_or("", String::as_str))
    }

    pub(super) fn check_letter(&mut self) -> Option<SimEvent> {
        if self.mode != Mode::Letter {
            return None;
        }
        let missing = letter::missing(&self.letter);
        let complete = missing.is_empty();
        self.letter_check = Some(missing.clone());
        let parts = self.body_parts();
        Some(
            SimEvent::new("dokumen.letter_checked")
                .with("complete", complete)
                .with("missing", Value::List(missing))
                .with("opening", parts.opening)
                .with("content", parts.content)
                .with("closing", parts.closing),
        )
    }

    /// "Cetak" in the print dialog.
    pub(super) fn print(&mut self) -> Option<SimEvent> {
        let Some(Dialog::Print { paper, copies }) = self.dialog else {
            return None;
        };
        self.dialog = None;
        self.notice = Some(Notice::Printed { paper, copies });
        Some(
            SimEvent::new("dokumen.printed")
                .with("paper", paper.key())
                .with("copies", i64::from(copies))
                .with("page", self.page.key())
                .with(
                    "paper_ok",
                    paper == self.paper_wanted && self.page == self.paper_wanted,
                ),
        )
    }

    /// Ticks or unticks a position on the disposisi sheet.
    pub(super) fn toggle_position(&mut self, position: &str) {
        if self.mode != Mode::Disposisi
            || self.disposition.sent
            || !self.positions.iter().any(|p| p == position)
        {
            return;
        }
        let d = &mut self.disposition;
        if d.to.iter().any(|p| p == position) {
            d.to.retain(|p| p != position);
        } else {
            d.to.push(position.to_owned());
            let order = &self.positions;
            d.to.sort_by_key(|p| order.iter().position(|q| q == p));
        }
        d.refused = None;
    }

    /// Ticks or unticks an instruction on the disposisi sheet.
    pub(super) fn toggle_instruction(&mut self, key: &str) {
        if self.mode != Mode::Disposisi || self.disposition.sent || !INSTRUCTIONS.contains(&key) {
            return;
        }
        let d = &mut self.disposition;
        if d.instructions.iter().any(|k| k == key) {
            d.instructions.retain(|k| k != key);
        } else {
            d.instructions.push(key.to_owned());
            d.instructions
                .sort_by_key(|k| INSTRUCTIONS.iter().position(|i| i == k));
        }
        d.refused = None;
    }

    /// "Kirim Disposisi": needs someone to send it to and an instruction.
    pub(super) fn send_disposition(&mut self) -> Option<SimEvent> {
        if self.mode != Mode::Disposisi || self.disposition.sent {
            return None;
        }
        let d = &mut self.disposition;
        let refusal = if d.to.is_empty() {
            Some("no_recipient")
        } else if d.instructions.is_empty() {
            Some("no_instruction")
        } else {
            None
        };
        if let Some(reason) = refusal {
            d.refused = Some(reason.to_owned());
            return Some(SimEvent::new("dokumen.disposition_refused").with("reason", reason));
        }
        d.sent = true;
        d.refused = None;
        let event = SimEvent::new("dokumen.disposition_sent")
            .with("to", Value::List(d.to.clone()))
            .with("instruction", Value::List(d.instructions.clone()))
            .with("has_note", !d.note.trim().is_empty());
        self.notice = Some(Notice::DispositionSent);
        Some(event)
    }

    /// Tanda Tangani: the passphrase dialog.
    pub(super) fn start_sign(&mut self) -> Option<SimEvent> {
        if self.mode != Mode::Tte || self.signed {
            return None;
        }
        self.dialog = Some(Dialog::Sign {
            passphrase: String::new(),
            error: None,
        });
        Some(SimEvent::new("dokumen.sign_started"))
    }

    /// "Tanda Tangani" in the dialog: an empty box, an unregistered signer ("Pengguna
    /// tidak terdaftar", whatever the passphrase), or a wrong passphrase are refused.
    pub(super) fn confirm_sign(&mut self) -> Option<SimEvent> {
        let Some(Dialog::Sign { passphrase, error }) = &mut self.dialog else {
            return None;
        };
        let refusal = if passphrase.is_empty() {
            Some(SignError::Empty)
        } else if !self.tte_registered {
            Some(SignError::NotRegistered)
        } else if *passphrase != self.passphrase {
            Some(SignError::Passphrase)
        } else {
            None
        };
        if let Some(e) = refusal {
            *error = Some(e);
            passphrase.clear();
            return Some(SimEvent::new("dokumen.sign_failed").with("reason", e.key()));
        }
        self.dialog = None;
        self.signed = true;
        self.notice = Some(Notice::Signed);
        Some(SimEvent::new("dokumen.signed"))
    }

    /// "Berikan" (`true`, the mistake) or "Tolak" on the colleague's message.
    pub(super) fn answer_secretary(&mut self, gave: bool) -> Option<SimEvent> {
        if !self.secretary_asks || self.secretary_answer.is_some() {
            return None;
        }
        self.secretary_answer = Some(gave);
        Some(SimEvent::new("dokumen.secretary_answered").with("shared", gave))
    }
}
