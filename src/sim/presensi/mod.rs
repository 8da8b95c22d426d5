//! The pretend e-Presensi phone app: sign in with NIP, Presensi Masuk / Pulang (location
//! permission, map with the office radius, swafoto, confirm and send), Riwayat with the
//! cut of each day, Pengajuan (Dinas Luar, Tugas Luar, Izin, Sakit, Cuti, WFH) with
//! attachments from the pretend disk, the WFH daily report, and the phone's own settings
//! (automatic time, location, the app's permission, a fake-GPS app). Nothing leaves the app.
//!
//! Every action gives at most one event of the contract (`presensi.*` and `files.*`, see
//! `docs/CONTENT.md` and `specs/presensi.md`).

pub mod rules;
mod scenario;

pub use scenario::{
    Band, DayKind, Face, HistorySpec, Mode, Outcome, RequestKind, RequestSpec, RequestStatus,
    Scenario,
};

use super::SimEvent;
use super::files::Disk;
use serde::{Deserialize, Serialize};

/// The screen the phone shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum View {
    SignIn,
    ChangePassword,
    Home,
    Permission,
    Map,
    Camera,
    Confirm,
    Done,
    History,
    HistoryDay(String),
    Requests,
    RequestForm,
    RequestDetail(String),
    Picker,
    Report,
    PhoneSettings,
}

/// A learner's action in the pretend app (and on the controls beside the phone).
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    NipChanged(String),
    PasswordChanged(String),
    SignIn,
    NewPassword(String),
    RepeatPassword(String),
    SavePassword,
    StartCheckIn,
    StartCheckOut,
    ChooseMode(Mode),
    AllowLocation,
    DenyLocation,
    WalkCloser,
    MapNext,
    FixLight,
    RemoveMask,
    TiltGlasses,
    TakePhoto,
    RequestFaceRegistration,
    SendAttendance,
    OpenHistory,
    OpenHistoryDay(String),
    OpenRequests,
    NewRequest,
    RequestKind(RequestKind),
    RequestFrom(String),
    RequestTo(String),
    RequestReason(String),
    OpenPicker,
    PickerFolder(String),
    PickFile(String),
    ClosePicker,
    RemoveAttachment,
    SaveDraft,
    SendRequest,
    OpenRequest(String),
    Refresh,
    OpenReport,
    ReportText(String),
    SendReport,
    OpenPhoneSettings,
    ToggleAutoTime,
    ToggleLocation,
    ToggleLocationPermission,
    RemoveFakeGps,
    AnswerColleague(bool),
    Back,
    SignOut,
}

/// The pretend app's whole state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Presensi {
    pub view: View,
    pub disk: Disk,
}

impl Presensi {
    pub fn new(s: Scenario) -> Self {
        Self {
            view: if s.signed_in {
                View::Home
            } else {
                View::SignIn
            },
            disk: Disk::new(s.files),
        }
    }

    pub fn update(&mut self, _action: Action) -> Option<SimEvent> {
        None
    }
}
