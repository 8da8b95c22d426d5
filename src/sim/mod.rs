//! The practice tools ("simulators") as pure state machines.
//!
//! A simulator takes the learner's actions and answers with typed [`SimEvent`]s: what the
//! learner actually did, in the vocabulary of the event contract ([`contract`]). Lesson
//! goals and mistakes are matchers over those events (see `progress::matcher`).
//! Nothing here draws anything: the views live in `ui::sim`.

pub mod contract;
pub mod dasar;
pub mod dokumen;
pub mod email;
mod event;
pub mod files;
pub mod kinerja;
pub mod presensi;
pub mod srikandi;

pub use event::{SimEvent, Value};

use serde::{Deserialize, Serialize};

/// The state of whichever simulator a lesson uses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum SimState {
    None,
    Dasar(Box<dasar::Dasar>),
    Email(Box<email::Email>),
    Presensi(Box<presensi::Presensi>),
    Dokumen(Box<dokumen::Dokumen>),
    Kinerja(Box<kinerja::Kinerja>),
    Srikandi(Box<srikandi::Srikandi>),
}

/// An action for whichever simulator a lesson uses.
#[derive(Debug, Clone, PartialEq)]
pub enum SimAction {
    Dasar(dasar::Action),
    Email(email::Action),
    Presensi(presensi::Action),
    Dokumen(dokumen::Action),
    Kinerja(kinerja::Action),
    Srikandi(srikandi::Action),
}

impl SimState {
    /// Applies an action meant for this simulator; actions for another one are ignored.
    pub fn apply(&mut self, action: SimAction) -> Option<SimEvent> {
        match (self, action) {
            (SimState::Dasar(d), SimAction::Dasar(a)) => d.update(a),
            (SimState::Email(e), SimAction::Email(a)) => e.update(a),
            (SimState::Presensi(p), SimAction::Presensi(a)) => p.update(a),
            (SimState::Dokumen(d), SimAction::Dokumen(a)) => d.update(a),
            (SimState::Kinerja(k), SimAction::Kinerja(a)) => k.update(a),
            (SimState::Srikandi(s), SimAction::Srikandi(a)) => s.update(a),
            _ => None,
        }
    }
}
