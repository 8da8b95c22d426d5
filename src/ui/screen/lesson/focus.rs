//! Where the keyboard focus starts on the lesson screen.

use super::State;
use crate::course::Step;
use crate::sim::{SimState, dasar, dokumen, email};
use crate::ui::focus::Start;

impl State {
    /// Where the learner is in the lesson (step, and the practice tool's screen or dialog),
    /// and the control that has the focus on arriving there: the answers of a quiz, the
    /// practice tool on a practice step, otherwise "Lanjut" — never "Ke Beranda".
    pub fn focus_start(&self) -> Option<Start> {
        use std::hash::{DefaultHasher, Hash, Hasher};
        use std::mem::discriminant;
        let p = &self.player;
        let mut h = DefaultHasher::new();
        (&p.lesson.id, p.index).hash(&mut h);
        let control = match p.step() {
            Some(Step::Quiz { .. }) if !p.is_done() => "answer-0".to_owned(),
            Some(Step::Do { .. }) => {
                match &p.sim {
                    SimState::Email(e) => (e.signed_in, discriminant(&e.view)).hash(&mut h),
                    SimState::Presensi(s) => (s.signed_in, discriminant(&s.view)).hash(&mut h),
                    SimState::Dokumen(d) => {
                        let dialog = d.dialog.as_ref().map(discriminant);
                        let mail = d
                            .email
                            .as_ref()
                            .map(|e| (e.signed_in, discriminant(&e.view)));
                        (dialog, mail).hash(&mut h);
                    }
                    SimState::Kinerja(k) => (
                        discriminant(&k.tab),
                        discriminant(&k.page),
                        discriminant(&k.phone),
                    )
                        .hash(&mut h),
                    SimState::Srikandi(s) => {
                        (s.signed_in, discriminant(&s.view), s.dialog.is_some()).hash(&mut h)
                    }
                    SimState::Dasar(_) | SimState::None => {}
                }
                let reply = |e: &email::Email| match &e.view {
                    email::View::Compose(d) => matches!(
                        d.kind,
                        Some(email::ComposeKind::Reply | email::ComposeKind::ReplyAll)
                    ),
                    _ => false,
                };
                match &p.sim {
                    // The word processor's page takes the keys no control takes: a focused
                    // button there would catch the spaces typed on the page.
                    SimState::Dokumen(d)
                        if d.app == dokumen::App::Writer
                            && d.dialog.is_none()
                            && !self.tools.dialog_open() =>
                    {
                        return None;
                    }
                    // A reply starts in the message box, as in a real webmail: the address
                    // is already there.
                    SimState::Email(e) if reply(e) => "compose-body-input".to_owned(),
                    // SRIKANDI's pages scroll: the focus starts in its top bar, not on a text
                    // box far down the page that would keep the page scrolled to it.
                    SimState::Srikandi(s) if s.signed_in && s.dialog.is_none() => {
                        "srikandi-bar".to_owned()
                    }
                    SimState::Dokumen(d) if d.email.as_deref().is_some_and(reply) => {
                        "compose-body-input".to_owned()
                    }
                    // Typing: the caret stays in the box the learner last wrote in, so
                    // "Tekan Tab untuk pindah ke kotak NIP" moves on from the name box.
                    SimState::Dasar(d) if d.board == dasar::Board::Typing => {
                        let fields = &d.scenario.fields;
                        let last = fields.iter().rev().find(|f| d.value(&f.id) != f.initial);
                        match last.or(fields.first()) {
                            Some(f) => format!("field-{}", f.id),
                            None => "practice".to_owned(),
                        }
                    }
                    _ => "practice".to_owned(),
                }
            }
            _ => {
                p.is_done().hash(&mut h);
                "next".to_owned()
            }
        };
        // A board that only the mouse can use (the clicking practice): "Petunjuk".
        // The tool's own "Kembali" is passed over: it leaves the tool's screen; so is its
        // "Keluar" (the way out of a web page, the first control of SRIKANDI's bar when
        // its grey "Beranda" cannot be pressed).
        Some(
            Start::new(h.finish(), control)
                .skip("back")
                .skip("sign-out")
                .or("hint")
                .or("next"),
        )
    }
}
