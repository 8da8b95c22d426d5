//! The electronic signature (TTE) of a memo the learner signs as penandatangan: the
//! passphrase dialog, a wrong passphrase, a certificate not registered or expired ("Pengguna
//! tidak terdaftar"), the QR that stays red on the page shown until "Perbarui PDF", and the
//! secretary who asks for the passphrase (it is personal: the answer is no).

use super::{Certificate, Kotak, Notice, SignDialog, SignError, Srikandi, View, ev};
use crate::sim::SimEvent;

impl Srikandi {
    /// The memo on screen, when it is one to sign.
    fn memo(&self) -> Option<String> {
        match &self.view {
            View::Sign(id) => self
                .naskah(id)
                .filter(|n| n.kotak == Kotak::TandaTangan)
                .map(|n| n.id.clone()),
            _ => None,
        }
    }

    /// "Tanda Tangani": the passphrase dialog.
    pub(super) fn start_sign(&mut self) -> Option<SimEvent> {
        let id = self.memo()?;
        if self.naskah(&id).is_some_and(|n| n.signed) {
            return None;
        }
        self.dialog = Some(SignDialog {
            passphrase: String::new(),
            error: None,
        });
        self.notice = None;
        Some(ev("sign_started").with("naskah", id))
    }

    /// "Tanda Tangani" in the dialog. An empty box and a certificate that is not registered
    /// or has expired are refused whatever is typed; then a wrong passphrase.
    pub(super) fn confirm_sign(&mut self) -> Option<SimEvent> {
        let id = self.memo()?;
        let certificate = self.certificate;
        let right = self.passphrase.clone();
        let dialog = self.dialog.as_mut()?;
        let refusal = if dialog.passphrase.is_empty() {
            Some(SignError::Empty)
        } else if certificate == Certificate::TidakTerdaftar {
            Some(SignError::NotRegistered)
        } else if certificate == Certificate::Kedaluwarsa {
            Some(SignError::Expired)
        } else if dialog.passphrase != right {
            Some(SignError::Passphrase)
        } else {
            None
        };
        if let Some(e) = refusal {
            dialog.error = Some(e);
            dialog.passphrase.clear();
            return Some(ev("sign_failed").with("naskah", id).with("reason", e.key()));
        }
        self.dialog = None;
        let n = self.naskah.iter_mut().find(|n| n.id == id)?;
        n.signed = true;
        // The page on screen is still the one before signing: its QR is red until the
        // learner refreshes it.
        n.pdf_fresh = false;
        self.notice = Some(Notice::Signed);
        Some(ev("signed").with("naskah", id))
    }

    /// "Perbarui PDF": shows the page as it now is; the QR is green once it is signed.
    pub(super) fn refresh_pdf(&mut self) -> Option<SimEvent> {
        let id = self.memo()?;
        let n = self.naskah.iter_mut().find(|n| n.id == id)?;
        n.pdf_fresh = n.signed;
        let signed = n.signed;
        self.notice = Some(Notice::PdfRefreshed);
        Some(
            ev("pdf_refreshed")
                .with("naskah", id)
                .with("signed", signed),
        )
    }

    /// "Berikan" (`true`, the mistake) or "Tolak" on the secretary's message.
    pub(super) fn answer_secretary(&mut self, gave: bool) -> Option<SimEvent> {
        if !self.secretary_asks || self.secretary_answer.is_some() {
            return None;
        }
        self.secretary_answer = Some(gave);
        Some(ev("secretary_answered").with("shared", gave))
    }
}
