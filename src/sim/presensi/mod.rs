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
#[cfg(test)]
mod tests;

pub use scenario::{
    Band, DayKind, Face, HistorySpec, Mode, Outcome, RequestKind, RequestSpec, RequestStatus,
    Scenario,
};

use super::SimEvent;
use super::files::{Disk, DiskFile};
use rules::{AttachmentError, NipError, PasswordError, RequestError};
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
    /// The message to the admin about an unregistered face, filled in by the app.
    AdminMessage,
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
    /// "Hubungi admin" after an unregistered face: the message to the admin opens.
    RequestFaceRegistration,
    /// "Kirim ke admin" on that message.
    SendAdminMessage,
    SendAttendance,
    OpenHistory,
    OpenHistoryDay(String),
    OpenRequests,
    NewRequest,
    /// "Ajukan koreksi" on a day of the Riwayat without a Presensi: a Koreksi for that day.
    CorrectDay,
    RequestKind(RequestKind),
    RequestFrom(String),
    RequestTo(String),
    RequestReason(String),
    OpenPicker,
    PickerFolder(String),
    PickFile(String),
    /// "Kecilkan" beside a file in the picker: a smaller copy of it (see `Disk::shrink`).
    ShrinkFile(String),
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
    /// "Tunggu sampai sore" beside the phone.
    WaitForEvening,
    Back,
    SignOut,
}

/// Presensi Masuk or Presensi Pulang.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AttemptKind {
    Masuk,
    Pulang,
}

impl AttemptKind {
    pub fn key(self) -> &'static str {
        match self {
            AttemptKind::Masuk => "masuk",
            AttemptKind::Pulang => "pulang",
        }
    }
}

/// Why the app refused a step of the Presensi.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Refusal {
    OutsideRadius,
    WrongClock,
    LocationOff,
    /// The location permission was refused once; only the phone's settings can give it.
    NoPermission,
    FakeGps,
    ServerBusy,
    AlreadyDone,
    NoCheckIn,
    /// A WFH day's Presensi Pulang before the daily report was sent.
    NoReport,
}

impl Refusal {
    pub fn key(self) -> &'static str {
        match self {
            Refusal::OutsideRadius => "outside_radius",
            Refusal::WrongClock => "wrong_clock",
            Refusal::LocationOff => "location_off",
            Refusal::NoPermission => "no_permission",
            Refusal::FakeGps => "fake_gps",
            Refusal::ServerBusy => "server_busy",
            Refusal::AlreadyDone => "already_done",
            Refusal::NoCheckIn => "no_check_in",
            Refusal::NoReport => "no_report",
        }
    }
}

/// The message at the top of the current screen, kept until the next action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Notice {
    SignInFailed(SignInFailure),
    PasswordRejected(PasswordError),
    PasswordChanged,
    Refused(Refusal),
    LocationDenied,
    /// The camera does not recognise the face (dark, mask, glare, unregistered).
    FaceProblem(Face),
    RegistrationRequested,
    AttachmentRefused(AttachmentError),
    /// "Kecilkan" made a smaller copy.
    Shrunk,
    RequestRefused(RequestError),
    RequestSent,
    DraftSaved,
    /// "Perbarui" changed a request's status.
    StatusUpdated(RequestStatus),
    ReportSent,
    ReportTooShort,
    /// The learner gave the NIP and password to a colleague (the mistake).
    ColleagueShared,
    ColleagueRefused,
}

impl Notice {
    /// A stable key for the view's Fluent id: `presensi-app-notice-<key>`.
    pub fn key(self) -> String {
        match self {
            Notice::SignInFailed(f) => format!("sign-in-{}", f.key()),
            Notice::PasswordRejected(e) => format!("password-{}", e.key()),
            Notice::PasswordChanged => "password-changed".into(),
            Notice::Refused(r) => format!("refused-{}", r.key()),
            Notice::LocationDenied => "location-denied".into(),
            Notice::FaceProblem(f) => format!("face-{}", f.key()),
            Notice::RegistrationRequested => "registration-requested".into(),
            Notice::AttachmentRefused(e) => format!("attachment-{}", e.key()),
            Notice::Shrunk => "shrunk".into(),
            Notice::RequestRefused(e) => format!("request-{}", e.key()),
            Notice::RequestSent => "request-sent".into(),
            Notice::DraftSaved => "draft-saved".into(),
            Notice::StatusUpdated(s) => format!("status-{}", s.key()),
            Notice::ReportSent => "report-sent".into(),
            Notice::ReportTooShort => "report-too-short".into(),
            Notice::ColleagueShared => "colleague-shared".into(),
            Notice::ColleagueRefused => "colleague-refused".into(),
        }
    }

    /// Whether it is a refusal or warning (red) rather than a confirmation.
    pub fn is_problem(self) -> bool {
        !matches!(
            self,
            Notice::PasswordChanged
                | Notice::RegistrationRequested
                | Notice::Shrunk
                | Notice::RequestSent
                | Notice::DraftSaved
                | Notice::StatusUpdated(_)
                | Notice::ReportSent
                | Notice::ColleagueRefused
        )
    }
}

/// Why sign-in was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SignInFailure {
    Nip(NipError),
    /// A valid NIP, but not this account's.
    NipUnknown,
    Password,
}

impl SignInFailure {
    /// The reason in `presensi.sign_in_failed`.
    pub fn key(self) -> &'static str {
        match self {
            SignInFailure::Nip(e) => e.key(),
            SignInFailure::NipUnknown => "nip_unknown",
            SignInFailure::Password => "password",
        }
    }
}

/// The status of a day in the Riwayat.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DayStatus {
    TepatWaktu,
    Terlambat,
    Psw,
    TidakPulang,
    TidakMasuk,
    DinasLuar,
    TugasLuar,
    Izin,
    Sakit,
    Cuti,
    Wfh,
}

impl DayStatus {
    /// A day with a Presensi missing, which a Koreksi to the atasan can explain.
    pub fn correctable(self) -> bool {
        matches!(self, DayStatus::TidakPulang | DayStatus::TidakMasuk)
    }

    pub fn key(self) -> &'static str {
        match self {
            DayStatus::TepatWaktu => "tepat_waktu",
            DayStatus::Terlambat => "terlambat",
            DayStatus::Psw => "psw",
            DayStatus::TidakPulang => "tidak_pulang",
            DayStatus::TidakMasuk => "tidak_masuk",
            DayStatus::DinasLuar => "dl",
            DayStatus::TugasLuar => "tl",
            DayStatus::Izin => "izin",
            DayStatus::Sakit => "sakit",
            DayStatus::Cuti => "cuti",
            DayStatus::Wfh => "wfh",
        }
    }
}

/// One day of the Riwayat with what it costs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayRow {
    pub date: String,
    /// "HH:MM" or "" (no Presensi Masuk).
    pub check_in: String,
    /// "HH:MM" or "" (no Presensi Pulang).
    pub check_out: String,
    pub status: DayStatus,
    pub late_minutes: u32,
    /// TL band: 0 none, 1..n.
    pub late_band: usize,
    pub early_minutes: u32,
    /// PSW band: 0 none, 1..n.
    pub early_band: usize,
    /// TL cut + PSW cut, in tenths of a percent (15 = 1.5 %).
    pub cut_tenths: u32,
    /// The cut in rupiah when the scenario gives an allowance.
    pub cut_rupiah: Option<i64>,
    /// Today (still going on: no Presensi Pulang yet is not counted).
    pub today: bool,
}

/// An attachment of a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    pub name: String,
    pub size_kb: u32,
}

/// A Pengajuan in the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    pub id: String,
    pub kind: RequestKind,
    pub status: RequestStatus,
    /// A Fluent id for the scenario's requests; as typed for the learner's.
    pub reason: String,
    pub from: String,
    pub to: String,
    pub attachment: Option<Attachment>,
    /// Made by the learner in this lesson (its reason is typed text).
    pub by_learner: bool,
    /// Fluent id of why it was rejected ("" when none).
    pub reject_reason: String,
}

/// The "Buat Pengajuan" form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestForm {
    pub kind: Option<RequestKind>,
    pub from: String,
    pub to: String,
    pub reason: String,
    pub attachment: Option<Attachment>,
    /// The draft being edited, if any.
    pub draft: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInForm {
    pub nip: String,
    pub password: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordForm {
    pub new: String,
    pub repeat: String,
}

/// The Presensi under way (from Home's button to "Kirim Presensi").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attempt {
    pub kind: AttemptKind,
    pub mode: Mode,
}

/// The Presensi just sent (shown on `Done`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sent {
    pub kind: AttemptKind,
    pub mode: Mode,
    pub time: String,
    /// Minutes late (Masuk) or early (Pulang).
    pub minutes: u32,
    pub band: usize,
}

/// The pretend app's whole state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Presensi {
    /// The account's NIP (without spaces).
    pub nip: String,
    password: String,
    pub name: String,
    pub office: String,
    pub signed_in: bool,
    pub must_change_password: bool,
    pub view: View,
    pub notice: Option<Notice>,
    pub sign_in: SignInForm,
    pub password_form: PasswordForm,
    pub radius_m: i64,
    pub distance_m: i64,
    walk_step_m: i64,
    /// Today, "YYYY-MM-DD".
    pub date: String,
    /// The true time, minutes since midnight.
    time: u32,
    pub clock_offset_min: i64,
    pub auto_time: bool,
    pub location_on: bool,
    pub location_allowed: bool,
    /// The app has asked for the location once (it does not ask again).
    pub permission_asked: bool,
    pub fake_gps: bool,
    pub face: Face,
    /// What the last photo of the current Presensi showed (the camera writes it under the
    /// face; "Hubungi admin" appears after an unregistered one).
    pub photo: Option<Face>,
    pub face_registration_requested: bool,
    /// The face the camera sees once the admin registered it again.
    registered_face: Face,
    /// Sends still refused as "server busy".
    pub server_busy: u32,
    /// The kind of day the scenario gives (a WFH day lets the learner choose).
    pub day_mode: Mode,
    /// The mode chosen for today.
    pub mode: Mode,
    work_start: u32,
    work_end: u32,
    pub late_bands: Vec<Band>,
    pub allowance: i64,
    pub checked_in_at: Option<u32>,
    pub checked_out_at: Option<u32>,
    /// "Tunggu sampai sore": the time it moves to (minutes since midnight), if the scenario
    /// has one.
    #[serde(default)]
    evening: Option<u32>,
    history: Vec<HistorySpec>,
    pub requests: Vec<Request>,
    outcome: Outcome,
    reject_reason: String,
    /// The colleague's message is still waiting for an answer.
    pub colleague_asks: bool,
    pub form: RequestForm,
    /// The folder the attachment picker shows.
    pub picker_folder: String,
    pub disk: Disk,
    pub attempt: Option<Attempt>,
    pub sent: Option<Sent>,
    pub report: String,
    pub report_sent: bool,
    /// Where "back" leaves the phone's settings to.
    settings_back: Option<Box<View>>,
}

fn ev(name: &str) -> SimEvent {
    SimEvent::new(&format!("presensi.{name}"))
}

fn int(n: impl TryInto<i64>) -> i64 {
    n.try_into().unwrap_or(i64::MAX)
}

impl Presensi {
    pub fn new(s: Scenario) -> Self {
        let time = |t: &str, fallback: u32| rules::parse_hhmm(t).unwrap_or(fallback);
        Self {
            nip: rules::normalise_nip(&s.nip),
            password: s.password,
            name: s.name,
            office: s.office,
            signed_in: s.signed_in,
            must_change_password: s.must_change_password,
            view: match (s.signed_in, s.must_change_password) {
                (false, _) => View::SignIn,
                (true, true) => View::ChangePassword,
                (true, false) => View::Home,
            },
            notice: None,
            sign_in: SignInForm::default(),
            password_form: PasswordForm::default(),
            radius_m: s.radius_m,
            distance_m: s.distance_m,
            walk_step_m: s.walk_step_m,
            date: s.date,
            time: time(&s.time, 7 * 60 + 20),
            clock_offset_min: if s.auto_time { 0 } else { s.clock_offset_min },
            auto_time: s.auto_time,
            location_on: s.location_on,
            location_allowed: s.location_allowed,
            permission_asked: s.location_allowed,
            fake_gps: s.fake_gps,
            face: s.face,
            photo: None,
            face_registration_requested: false,
            registered_face: s.registered_face,
            server_busy: s.server_busy,
            day_mode: s.mode,
            mode: s.mode,
            work_start: time(&s.work_start, 7 * 60 + 30),
            work_end: time(&s.work_end, 16 * 60),
            late_bands: if s.late_bands.is_empty() {
                scenario::default_bands()
            } else {
                s.late_bands
            },
            allowance: s.allowance,
            checked_in_at: rules::parse_hhmm(&s.checked_in_at),
            checked_out_at: None,
            evening: rules::parse_hhmm(&s.evening),
            history: s.history,
            requests: s
                .requests
                .into_iter()
                .map(|r| Request {
                    reject_reason: if r.status == RequestStatus::Ditolak {
                        s.reject_reason.clone()
                    } else {
                        String::new()
                    },
                    id: r.id,
                    kind: r.kind,
                    status: r.status,
                    reason: r.reason,
                    from: r.from,
                    to: r.to,
                    attachment: None,
                    by_learner: false,
                })
                .collect(),
            outcome: s.outcome,
            reject_reason: s.reject_reason,
            colleague_asks: s.colleague_asks,
            form: RequestForm::default(),
            picker_folder: "dokumen".into(),
            disk: Disk::new(s.files),
            attempt: None,
            sent: None,
            report: String::new(),
            report_sent: false,
            settings_back: None,
        }
    }

    // ------------------------------------------------------------ what the view reads

    /// The true time now, "HH:MM".
    pub fn now(&self) -> String {
        rules::hhmm(i64::from(self.time))
    }

    /// What the phone's clock shows (the true time plus a hand-set offset).
    pub fn phone_clock(&self) -> String {
        rules::hhmm(i64::from(self.time) + self.clock_offset_min)
    }

    /// The phone's time is not to be trusted: automatic time off, or set by hand.
    pub fn clock_wrong(&self) -> bool {
        !self.auto_time || self.clock_offset_min != 0
    }

    pub fn inside(&self) -> bool {
        rules::inside(self.distance_m, self.radius_m)
    }

    pub fn work_start(&self) -> String {
        rules::hhmm(i64::from(self.work_start))
    }

    pub fn work_end(&self) -> String {
        rules::hhmm(i64::from(self.work_end))
    }

    /// A WFH day whose daily report is still to be sent.
    pub fn report_due(&self) -> bool {
        self.mode == Mode::Wfh && self.checked_in_at.is_some() && !self.report_sent
    }

    /// Minutes late and the TL band if the Presensi Masuk were sent now.
    pub fn late_now(&self) -> (u32, usize) {
        let late = rules::late_minutes(self.time, self.work_start);
        (late, rules::band(late, &self.late_bands))
    }

    /// Minutes early and the PSW band if the Presensi Pulang were sent now.
    pub fn early_now(&self) -> (u32, usize) {
        let early = rules::early_minutes(self.time, self.work_end);
        (early, rules::band(early, &self.late_bands))
    }

    /// The Riwayat: today (once there is a Presensi) and the earlier days, newest first.
    pub fn riwayat(&self) -> Vec<DayRow> {
        let mut rows: Vec<DayRow> = self
            .history
            .iter()
            .map(|h| {
                self.row(
                    &h.date,
                    rules::parse_hhmm(&h.check_in),
                    rules::parse_hhmm(&h.check_out),
                    h.kind,
                    false,
                )
            })
            .collect();
        if self.checked_in_at.is_some() || self.checked_out_at.is_some() {
            let kind = if self.mode == Mode::Wfh {
                DayKind::Wfh
            } else {
                DayKind::Ordinary
            };
            rows.push(self.row(
                &self.date,
                self.checked_in_at,
                self.checked_out_at,
                kind,
                true,
            ));
        }
        rows.sort_by(|a, b| b.date.cmp(&a.date));
        rows
    }

    /// One day of the Riwayat.
    pub fn day(&self, date: &str) -> Option<DayRow> {
        self.riwayat().into_iter().find(|r| r.date == date)
    }

    fn row(
        &self,
        date: &str,
        check_in: Option<u32>,
        check_out: Option<u32>,
        kind: DayKind,
        today: bool,
    ) -> DayRow {
        let bands = &self.late_bands;
        let last = rules::last_band(bands);
        let late_minutes = check_in.map_or(0, |t| rules::late_minutes(t, self.work_start));
        let early_minutes = check_out.map_or(0, |t| rules::early_minutes(t, self.work_end));
        let covered = match kind {
            DayKind::DinasLuar => Some(DayStatus::DinasLuar),
            DayKind::TugasLuar => Some(DayStatus::TugasLuar),
            DayKind::Izin => Some(DayStatus::Izin),
            DayKind::Sakit => Some(DayStatus::Sakit),
            DayKind::Cuti => Some(DayStatus::Cuti),
            DayKind::Ordinary | DayKind::Wfh => None,
        };
        let (status, late_band, early_band) = match covered {
            Some(status) => (status, 0, 0),
            None => {
                let late_band = check_in.map_or(last, |_| rules::band(late_minutes, bands));
                let early_band = match check_out {
                    Some(_) => rules::band(early_minutes, bands),
                    None if today => 0,
                    None => last,
                };
                let status = if kind == DayKind::Wfh {
                    DayStatus::Wfh
                } else if check_in.is_none() {
                    DayStatus::TidakMasuk
                } else if check_out.is_none() && !today {
                    DayStatus::TidakPulang
                } else if late_band > 0 {
                    DayStatus::Terlambat
                } else if early_band > 0 {
                    DayStatus::Psw
                } else {
                    DayStatus::TepatWaktu
                };
                (status, late_band, early_band)
            }
        };
        let cut_tenths = rules::cut_tenths(late_band, bands) + rules::cut_tenths(early_band, bands);
        DayRow {
            date: date.to_owned(),
            check_in: check_in
                .map(|t| rules::hhmm(i64::from(t)))
                .unwrap_or_default(),
            check_out: check_out
                .map(|t| rules::hhmm(i64::from(t)))
                .unwrap_or_default(),
            status,
            late_minutes,
            late_band,
            early_minutes,
            early_band,
            cut_tenths,
            cut_rupiah: (self.allowance > 0).then(|| rules::cut_rupiah(self.allowance, cut_tenths)),
            today,
        }
    }

    pub fn request(&self, id: &str) -> Option<&Request> {
        self.requests.iter().find(|r| r.id == id)
    }

    /// The files of the picker's folder.
    pub fn picker_files(&self) -> Vec<&DiskFile> {
        self.disk.in_folder(&self.picker_folder)
    }

    // ------------------------------------------------------------ actions

    pub fn update(&mut self, action: Action) -> Option<SimEvent> {
        self.notice = None;
        // Outside the app: the phone's settings and the world beside the phone.
        match action {
            Action::OpenPhoneSettings => return self.open_settings(),
            Action::WalkCloser => return self.walk(),
            Action::Back => return self.back(),
            _ => {}
        }
        if self.view == View::PhoneSettings {
            return self.settings(action);
        }
        if !self.signed_in {
            return self.signed_out(action);
        }
        if self.must_change_password {
            return self.change_password(action);
        }
        match action {
            Action::StartCheckIn => self.start(AttemptKind::Masuk),
            Action::StartCheckOut => self.start(AttemptKind::Pulang),
            Action::ChooseMode(m) => {
                if self.view == View::Home
                    && self.day_mode == Mode::Wfh
                    && self.checked_in_at.is_none()
                {
                    self.mode = m;
                }
                None
            }
            Action::AllowLocation => self.answer_location(true),
            Action::DenyLocation => self.answer_location(false),
            Action::MapNext => self.map_next(),
            Action::FixLight => self.fix("light", Face::Dark),
            Action::RemoveMask => self.fix("mask", Face::Mask),
            Action::TiltGlasses => self.fix("glasses", Face::Glare),
            Action::TakePhoto => self.take_photo(),
            Action::RequestFaceRegistration => self.ask_admin(),
            Action::SendAdminMessage => self.send_admin_message(),
            Action::SendAttendance => self.send_attendance(),
            Action::WaitForEvening => self.wait_for_evening(),
            Action::OpenHistory => {
                self.leave_attempt();
                self.view = View::History;
                Some(ev("history_opened"))
            }
            Action::OpenHistoryDay(date) => {
                let row = self.day(&date)?;
                self.view = View::HistoryDay(date.clone());
                Some(
                    ev("history_day_opened")
                        .with("date", date)
                        .with("status", row.status.key()),
                )
            }
            Action::OpenRequests => {
                self.leave_attempt();
                self.view = View::Requests;
                Some(ev("requests_opened"))
            }
            Action::NewRequest => {
                if self.view == View::Requests {
                    self.form = RequestForm::default();
                    self.view = View::RequestForm;
                }
                None
            }
            Action::CorrectDay => {
                let View::HistoryDay(date) = &self.view else {
                    return None;
                };
                let date = date.clone();
                if !self.day(&date).is_some_and(|d| d.status.correctable()) {
                    return None;
                }
                self.form = RequestForm {
                    kind: Some(RequestKind::Koreksi),
                    from: date,
                    ..RequestForm::default()
                };
                self.view = View::RequestForm;
                Some(ev("request_started").with("kind", RequestKind::Koreksi.key()))
            }
            Action::RequestKind(kind) => {
                if self.view != View::RequestForm {
                    return None;
                }
                self.form.kind = Some(kind);
                Some(ev("request_started").with("kind", kind.key()))
            }
            Action::RequestFrom(s) => self.edit_form(|f| f.from = s),
            Action::RequestTo(s) => self.edit_form(|f| f.to = s),
            Action::RequestReason(s) => self.edit_form(|f| f.reason = s),
            Action::RemoveAttachment => self.edit_form(|f| f.attachment = None),
            Action::OpenPicker => {
                if self.view == View::RequestForm {
                    self.view = View::Picker;
                }
                None
            }
            Action::PickerFolder(folder) => {
                if self.view != View::Picker {
                    return None;
                }
                self.picker_folder = folder.clone();
                Some(SimEvent::new("files.folder_opened").with("folder", folder))
            }
            Action::PickFile(name) => self.pick(&name),
            Action::ShrinkFile(name) => {
                if self.view != View::Picker {
                    return None;
                }
                let small = self.disk.shrink(&self.picker_folder, &name)?;
                self.notice = Some(Notice::Shrunk);
                Some(
                    SimEvent::new("files.shrunk")
                        .with("folder", small.folder)
                        .with("original", name)
                        .with("name", small.name)
                        .with("size_kb", i64::from(small.size_kb)),
                )
            }
            Action::ClosePicker => {
                if self.view == View::Picker {
                    self.view = View::RequestForm;
                }
                None
            }
            Action::SaveDraft => self.save_draft(),
            Action::SendRequest => self.send_request(),
            Action::OpenRequest(id) => {
                let r = self.request(&id)?;
                let event = ev("status_checked")
                    .with("kind", r.kind.key())
                    .with("status", r.status.key());
                self.view = View::RequestDetail(id);
                Some(event)
            }
            Action::Refresh => self.refresh(),
            Action::OpenReport => {
                if self.mode == Mode::Wfh && self.checked_in_at.is_some() {
                    self.view = View::Report;
                }
                None
            }
            Action::ReportText(s) => {
                if self.view == View::Report {
                    self.report = s;
                }
                None
            }
            Action::SendReport => self.send_report(),
            Action::AnswerColleague(shared) => {
                if !self.colleague_asks {
                    return None;
                }
                // Giving the password away is the mistake a lesson catches; the colleague
                // asks again, so the learner can still answer as they should.
                self.colleague_asks = shared;
                self.notice = Some(if shared {
                    Notice::ColleagueShared
                } else {
                    Notice::ColleagueRefused
                });
                Some(ev("colleague_answered").with("shared", shared))
            }
            Action::SignOut => self.sign_out(),
            Action::NipChanged(_)
            | Action::PasswordChanged(_)
            | Action::SignIn
            | Action::NewPassword(_)
            | Action::RepeatPassword(_)
            | Action::SavePassword
            | Action::OpenPhoneSettings
            | Action::ToggleAutoTime
            | Action::ToggleLocation
            | Action::ToggleLocationPermission
            | Action::RemoveFakeGps
            | Action::WalkCloser
            | Action::Back => None,
        }
    }

    fn signed_out(&mut self, action: Action) -> Option<SimEvent> {
        match action {
            Action::NipChanged(s) => self.sign_in.nip = s,
            Action::PasswordChanged(s) => self.sign_in.password = s,
            Action::SignIn => return self.try_sign_in(),
            _ => {}
        }
        None
    }

    fn try_sign_in(&mut self) -> Option<SimEvent> {
        let failure = match rules::check_nip(&self.sign_in.nip) {
            Err(e) => Some(SignInFailure::Nip(e)),
            Ok(()) if rules::normalise_nip(&self.sign_in.nip) != self.nip => {
                Some(SignInFailure::NipUnknown)
            }
            Ok(()) if self.sign_in.password != self.password => Some(SignInFailure::Password),
            Ok(()) => None,
        };
        if let Some(f) = failure {
            self.notice = Some(Notice::SignInFailed(f));
            return Some(ev("sign_in_failed").with("reason", f.key()));
        }
        self.signed_in = true;
        self.sign_in.password.clear();
        self.view = if self.must_change_password {
            View::ChangePassword
        } else {
            View::Home
        };
        Some(ev("signed_in"))
    }

    fn change_password(&mut self, action: Action) -> Option<SimEvent> {
        match action {
            Action::NewPassword(s) => self.password_form.new = s,
            Action::RepeatPassword(s) => self.password_form.repeat = s,
            Action::SavePassword => {
                let form = &self.password_form;
                if let Err(e) = rules::check_new_password(&form.new, &form.repeat, &self.password) {
                    self.notice = Some(Notice::PasswordRejected(e));
                    return Some(ev("password_rejected").with("reason", e.key()));
                }
                let new = std::mem::take(&mut self.password_form).new;
                let event = ev("password_changed")
                    .with("length", int(new.chars().count()))
                    .with("strong", crate::sim::email::password_strong(&new));
                self.password = new;
                self.must_change_password = false;
                self.view = View::Home;
                self.notice = Some(Notice::PasswordChanged);
                return Some(event);
            }
            Action::SignOut => return self.sign_out(),
            _ => {}
        }
        None
    }

    fn sign_out(&mut self) -> Option<SimEvent> {
        self.signed_in = false;
        self.sign_in = SignInForm::default();
        self.password_form = PasswordForm::default();
        self.attempt = None;
        self.view = View::SignIn;
        Some(ev("signed_out"))
    }

    fn open_settings(&mut self) -> Option<SimEvent> {
        if self.view != View::PhoneSettings {
            let back = std::mem::replace(&mut self.view, View::PhoneSettings);
            self.settings_back = Some(Box::new(back));
        }
        Some(ev("settings_opened"))
    }

    fn settings(&mut self, action: Action) -> Option<SimEvent> {
        match action {
            Action::ToggleAutoTime => {
                self.auto_time = !self.auto_time;
                if self.auto_time {
                    self.clock_offset_min = 0;
                }
                Some(ev("auto_time_changed").with("on", self.auto_time))
            }
            Action::ToggleLocation => {
                self.location_on = !self.location_on;
                Some(ev("location_changed").with("on", self.location_on))
            }
            Action::ToggleLocationPermission => {
                self.location_allowed = !self.location_allowed;
                self.permission_asked = true;
                Some(ev("permission_changed").with("allowed", self.location_allowed))
            }
            Action::RemoveFakeGps => {
                if !self.fake_gps {
                    return None;
                }
                self.fake_gps = false;
                Some(ev("fake_gps_removed"))
            }
            _ => None,
        }
    }

    fn walk(&mut self) -> Option<SimEvent> {
        let closer = rules::walk(self.distance_m, self.walk_step_m);
        if closer == self.distance_m {
            return None;
        }
        self.distance_m = closer;
        Some(
            ev("moved")
                .with("distance_m", self.distance_m)
                .with("inside", self.inside()),
        )
    }

    fn back(&mut self) -> Option<SimEvent> {
        self.view = match &self.view {
            View::PhoneSettings => match self.settings_back.take() {
                Some(v) => *v,
                None if self.signed_in => View::Home,
                None => View::SignIn,
            },
            View::SignIn | View::ChangePassword | View::Home => return None,
            View::Permission | View::Map => {
                self.attempt = None;
                View::Home
            }
            View::Camera => View::Map,
            View::AdminMessage => View::Camera,
            View::Confirm => View::Camera,
            View::Done | View::History | View::Requests | View::Report => View::Home,
            View::HistoryDay(_) => View::History,
            View::RequestForm | View::RequestDetail(_) => View::Requests,
            View::Picker => View::RequestForm,
        };
        None
    }

    /// Going elsewhere from the middle of a Presensi ends it.
    fn leave_attempt(&mut self) {
        if matches!(
            self.view,
            View::Permission | View::Map | View::Camera | View::Confirm
        ) {
            self.attempt = None;
        }
    }

    fn refuse(&mut self, kind: AttemptKind, reason: Refusal) -> Option<SimEvent> {
        self.notice = Some(Notice::Refused(reason));
        Some(
            ev("refused")
                .with("kind", kind.key())
                .with("reason", reason.key())
                .with("distance_m", self.distance_m),
        )
    }

    fn start(&mut self, kind: AttemptKind) -> Option<SimEvent> {
        if self.view != View::Home {
            return None;
        }
        let refusal = match kind {
            AttemptKind::Masuk if self.checked_in_at.is_some() => Some(Refusal::AlreadyDone),
            AttemptKind::Pulang if self.checked_in_at.is_none() => Some(Refusal::NoCheckIn),
            AttemptKind::Pulang if self.checked_out_at.is_some() => Some(Refusal::AlreadyDone),
            AttemptKind::Pulang if self.report_due() => Some(Refusal::NoReport),
            _ if !self.location_on => Some(Refusal::LocationOff),
            _ if self.permission_asked && !self.location_allowed => Some(Refusal::NoPermission),
            _ if self.fake_gps => Some(Refusal::FakeGps),
            _ if self.clock_wrong() => Some(Refusal::WrongClock),
            _ => None,
        };
        if let Some(r) = refusal {
            return self.refuse(kind, r);
        }
        self.photo = None;
        self.attempt = Some(Attempt {
            kind,
            mode: self.mode,
        });
        self.view = if self.location_allowed {
            View::Map
        } else {
            View::Permission
        };
        Some(
            ev("started")
                .with("kind", kind.key())
                .with("mode", self.mode.key()),
        )
    }

    fn answer_location(&mut self, allowed: bool) -> Option<SimEvent> {
        if self.view != View::Permission {
            return None;
        }
        self.permission_asked = true;
        self.location_allowed = allowed;
        if allowed {
            self.view = View::Map;
        } else {
            self.attempt = None;
            self.view = View::Home;
            self.notice = Some(Notice::LocationDenied);
        }
        Some(ev("location_answered").with("allowed", allowed))
    }

    fn map_next(&mut self) -> Option<SimEvent> {
        let attempt = self.attempt.filter(|_| self.view == View::Map)?;
        if attempt.mode == Mode::Wfo && !self.inside() {
            return self.refuse(attempt.kind, Refusal::OutsideRadius);
        }
        self.view = View::Camera;
        Some(
            ev("map_passed")
                .with("distance_m", self.distance_m)
                .with("inside", self.inside()),
        )
    }

    fn fix(&mut self, fix: &str, problem: Face) -> Option<SimEvent> {
        if self.view != View::Camera {
            return None;
        }
        let helped = self.face == problem;
        if helped {
            self.face = Face::Ok;
        }
        Some(ev("face_fixed").with("fix", fix).with("helped", helped))
    }

    fn take_photo(&mut self) -> Option<SimEvent> {
        if self.view != View::Camera {
            return None;
        }
        let recognised = self.face == Face::Ok;
        self.photo = Some(self.face);
        if recognised {
            self.view = View::Confirm;
        } else {
            self.notice = Some(Notice::FaceProblem(self.face));
        }
        Some(
            ev("photo_taken")
                .with("face", self.face.key())
                .with("recognised", recognised),
        )
    }

    /// "Hubungi admin": the app writes the message with what the admin needs (name, NIP,
    /// date and time, the problem); the learner reads it and sends it.
    fn ask_admin(&mut self) -> Option<SimEvent> {
        if self.view != View::Camera || self.photo != Some(Face::Unregistered) {
            return None;
        }
        self.view = View::AdminMessage;
        Some(ev("admin_message_opened"))
    }

    /// "Kirim ke admin": the admin registers the face again (at once in this practice; in an
    /// office it can take hours), so the next Presensi sees `registered_face`.
    fn send_admin_message(&mut self) -> Option<SimEvent> {
        if self.view != View::AdminMessage {
            return None;
        }
        self.face_registration_requested = true;
        self.face = self.registered_face;
        self.photo = None;
        self.attempt = None;
        self.view = View::Home;
        self.notice = Some(Notice::RegistrationRequested);
        Some(ev("face_registration_requested"))
    }

    /// "Tunggu sampai sore" is offered: the scenario has a later time, it is not yet that
    /// time, and no Presensi is under way.
    pub fn can_wait_for_evening(&self) -> bool {
        self.evening.is_some_and(|t| t > self.time) && self.attempt.is_none()
    }

    fn wait_for_evening(&mut self) -> Option<SimEvent> {
        if !self.can_wait_for_evening() {
            return None;
        }
        self.time = self.evening?;
        Some(ev("time_passed").with("time", self.now()))
    }

    fn send_attendance(&mut self) -> Option<SimEvent> {
        let attempt = self.attempt.filter(|_| self.view == View::Confirm)?;
        if self.server_busy > 0 {
            self.server_busy -= 1;
            return self.refuse(attempt.kind, Refusal::ServerBusy);
        }
        let time = self.now();
        let event = match attempt.kind {
            AttemptKind::Masuk => {
                let (late, band) = self.late_now();
                self.checked_in_at = Some(self.time);
                self.sent = Some(Sent {
                    kind: attempt.kind,
                    mode: attempt.mode,
                    time: time.clone(),
                    minutes: late,
                    band,
                });
                ev("checked_in")
                    .with("mode", attempt.mode.key())
                    .with("distance_m", self.distance_m)
                    .with("inside", self.inside())
                    .with("late_minutes", int(late))
                    .with("late", late > 0)
                    .with("band", int(band))
                    .with("time", time)
            }
            AttemptKind::Pulang => {
                let (early, band) = self.early_now();
                self.checked_out_at = Some(self.time);
                self.sent = Some(Sent {
                    kind: attempt.kind,
                    mode: attempt.mode,
                    time: time.clone(),
                    minutes: early,
                    band,
                });
                ev("checked_out")
                    .with("mode", attempt.mode.key())
                    .with("distance_m", self.distance_m)
                    .with("early_minutes", int(early))
                    .with("early", early > 0)
                    .with("band", int(band))
                    .with("time", time)
            }
        };
        self.attempt = None;
        self.view = View::Done;
        Some(event)
    }

    fn edit_form(&mut self, f: impl FnOnce(&mut RequestForm)) -> Option<SimEvent> {
        if self.view == View::RequestForm {
            f(&mut self.form);
        }
        None
    }

    fn pick(&mut self, name: &str) -> Option<SimEvent> {
        if self.view != View::Picker {
            return None;
        }
        let file = self.disk.find(&self.picker_folder, name)?.clone();
        if let Err(e) = rules::check_attachment(&file) {
            self.notice = Some(Notice::AttachmentRefused(e));
            return Some(
                ev("attachment_refused")
                    .with("name", file.name)
                    .with("reason", e.key())
                    .with("size_kb", i64::from(file.size_kb)),
            );
        }
        let event = ev("attachment_added")
            .with("name", file.name.clone())
            .with("format", file.format())
            .with("size_kb", i64::from(file.size_kb));
        self.form.attachment = Some(Attachment {
            name: file.name,
            size_kb: file.size_kb,
        });
        self.view = View::RequestForm;
        Some(event)
    }

    /// "r1", "r2"… the first one no request has.
    fn new_request_id(&self) -> String {
        (1..)
            .map(|n| format!("r{n}"))
            .find(|id| self.request(id).is_none())
            .unwrap_or_default()
    }

    /// Puts the form into the list with a status (replacing the draft it came from).
    fn store_form(&mut self, kind: RequestKind, status: RequestStatus) {
        let id = match self.form.draft.take() {
            Some(id) => {
                self.requests.retain(|r| r.id != id);
                id
            }
            None => self.new_request_id(),
        };
        let form = std::mem::take(&mut self.form);
        self.requests.push(Request {
            id,
            kind,
            status,
            reason: form.reason,
            from: form.from,
            to: form.to,
            attachment: form.attachment,
            by_learner: true,
            reject_reason: String::new(),
        });
        self.view = View::Requests;
    }

    fn save_draft(&mut self) -> Option<SimEvent> {
        if self.view != View::RequestForm {
            return None;
        }
        let Some(kind) = self.form.kind else {
            return self.refuse_request("", RequestError::NoKind);
        };
        self.store_form(kind, RequestStatus::Draf);
        self.notice = Some(Notice::DraftSaved);
        Some(ev("request_saved").with("kind", kind.key()))
    }

    fn refuse_request(&mut self, kind: &str, e: RequestError) -> Option<SimEvent> {
        self.notice = Some(Notice::RequestRefused(e));
        Some(
            ev("request_refused")
                .with("kind", kind)
                .with("reason", e.key()),
        )
    }

    fn send_request(&mut self) -> Option<SimEvent> {
        match &self.view {
            View::RequestForm => {}
            // A draft is sent from its page; when it is refused, the form opens to fix it.
            View::RequestDetail(id) => {
                let r = self
                    .request(id)
                    .filter(|r| r.status == RequestStatus::Draf)?;
                self.form = RequestForm {
                    kind: Some(r.kind),
                    from: r.from.clone(),
                    to: r.to.clone(),
                    reason: r.reason.clone(),
                    attachment: r.attachment.clone(),
                    draft: Some(r.id.clone()),
                };
                self.view = View::RequestForm;
            }
            _ => return None,
        }
        let Some(kind) = self.form.kind else {
            return self.refuse_request("", RequestError::NoKind);
        };
        let form = &self.form;
        let attachment = form.attachment.as_ref().map(|a| a.name.as_str());
        match rules::check_request(kind, &form.from, &form.to, &form.reason, attachment) {
            Err(e) => self.refuse_request(kind.key(), e),
            Ok(days) => {
                let format = attachment
                    .map(crate::sim::files::format_of)
                    .unwrap_or_default();
                let event = ev("request_sent")
                    .with("kind", kind.key())
                    .with("attachment", attachment.is_some())
                    .with("format", format)
                    .with("days", days);
                self.store_form(kind, RequestStatus::Dikirim);
                self.notice = Some(Notice::RequestSent);
                Some(event)
            }
        }
    }

    fn refresh(&mut self) -> Option<SimEvent> {
        if !matches!(self.view, View::Requests | View::RequestDetail(_)) {
            return None;
        }
        let status = match self.outcome {
            Outcome::Diterima => RequestStatus::Diterima,
            Outcome::Ditolak => RequestStatus::Ditolak,
        };
        let mut changed = None;
        for r in &mut self.requests {
            if r.by_learner && r.status == RequestStatus::Dikirim {
                r.status = status;
                if status == RequestStatus::Ditolak {
                    r.reject_reason = self.reject_reason.clone();
                }
                changed = Some(r.id.clone());
            }
        }
        if changed.is_some() {
            self.notice = Some(Notice::StatusUpdated(status));
        }
        let shown = match &self.view {
            View::RequestDetail(id) => Some(id.clone()),
            _ => changed,
        }?;
        let r = self.request(&shown)?;
        Some(
            ev("status_checked")
                .with("kind", r.kind.key())
                .with("status", r.status.key()),
        )
    }

    fn send_report(&mut self) -> Option<SimEvent> {
        if self.view != View::Report {
            return None;
        }
        let words = rules::word_count(&self.report);
        let enough = words >= rules::REPORT_MIN_WORDS;
        if enough {
            self.report_sent = true;
            self.view = View::Home;
            self.notice = Some(Notice::ReportSent);
        } else {
            self.notice = Some(Notice::ReportTooShort);
        }
        Some(
            ev("report_sent")
                .with("words", int(words))
                .with("enough", enough),
        )
    }
}
