//! Where the pretend e-Presensi app starts: the `[scenario]` of a `presensi` lesson.

use crate::sim::files::DiskFile;
use serde::{Deserialize, Serialize};

/// Office (WFO) or home (WFH) work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    #[default]
    Wfo,
    Wfh,
}

impl Mode {
    /// The name used in events and highlight ids.
    pub fn key(self) -> &'static str {
        match self {
            Mode::Wfo => "wfo",
            Mode::Wfh => "wfh",
        }
    }
}

/// The swafoto as the camera sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Face {
    #[default]
    Ok,
    /// Too dark: turn towards the light.
    Dark,
    /// A mask hides the face.
    Mask,
    /// Glasses reflect the light.
    Glare,
    /// The face was never registered: only the admin can help.
    Unregistered,
}

impl Face {
    pub fn key(self) -> &'static str {
        match self {
            Face::Ok => "ok",
            Face::Dark => "dark",
            Face::Mask => "mask",
            Face::Glare => "glare",
            Face::Unregistered => "unregistered",
        }
    }
}

/// The kinds of Pengajuan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RequestKind {
    #[serde(rename = "dl")]
    DinasLuar,
    #[serde(rename = "tl")]
    TugasLuar,
    #[serde(rename = "izin")]
    Izin,
    #[serde(rename = "sakit")]
    Sakit,
    #[serde(rename = "cuti")]
    Cuti,
    #[serde(rename = "wfh")]
    Wfh,
    /// A forgotten Presensi (Pulang or Masuk) explained to the atasan, who may approve a
    /// correction; started from the day in the Riwayat.
    #[serde(rename = "koreksi")]
    Koreksi,
}

impl RequestKind {
    /// The kinds offered by "Pengajuan Baru" (a Koreksi starts from a day of the Riwayat).
    pub const ALL: [RequestKind; 6] = [
        RequestKind::DinasLuar,
        RequestKind::TugasLuar,
        RequestKind::Izin,
        RequestKind::Sakit,
        RequestKind::Cuti,
        RequestKind::Wfh,
    ];

    /// The name used in events, highlight ids (`kind-<key>`) and Fluent ids.
    pub fn key(self) -> &'static str {
        match self {
            RequestKind::DinasLuar => "dl",
            RequestKind::TugasLuar => "tl",
            RequestKind::Izin => "izin",
            RequestKind::Sakit => "sakit",
            RequestKind::Cuti => "cuti",
            RequestKind::Wfh => "wfh",
            RequestKind::Koreksi => "koreksi",
        }
    }
}

/// Where a Pengajuan stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestStatus {
    Draf,
    Dikirim,
    Diterima,
    Ditolak,
}

impl RequestStatus {
    pub fn key(self) -> &'static str {
        match self {
            RequestStatus::Draf => "draf",
            RequestStatus::Dikirim => "dikirim",
            RequestStatus::Diterima => "diterima",
            RequestStatus::Ditolak => "ditolak",
        }
    }
}

/// What a sent request becomes when the learner presses "Perbarui".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    #[default]
    Diterima,
    Ditolak,
}

/// What kind of day a Riwayat row is: an ordinary one, or covered by a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum DayKind {
    #[default]
    #[serde(rename = "")]
    Ordinary,
    #[serde(rename = "dl")]
    DinasLuar,
    #[serde(rename = "tl")]
    TugasLuar,
    #[serde(rename = "izin")]
    Izin,
    #[serde(rename = "sakit")]
    Sakit,
    #[serde(rename = "cuti")]
    Cuti,
    #[serde(rename = "wfh")]
    Wfh,
}

/// One band of lateness (TL) or early leave (PSW): up to `up_to_min` minutes costs
/// `cut_tenths` tenths of a percent of the allowance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub up_to_min: u32,
    pub cut_tenths: u32,
}

/// An earlier day of the Riwayat.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HistorySpec {
    pub date: String,
    /// "HH:MM" or "" (no Presensi Masuk).
    #[serde(rename = "in", default)]
    pub check_in: String,
    /// "HH:MM" or "" (no Presensi Pulang).
    #[serde(rename = "out", default)]
    pub check_out: String,
    #[serde(default)]
    pub kind: DayKind,
}

/// An earlier Pengajuan. `reason` is a Fluent id (or "").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequestSpec {
    pub id: String,
    pub kind: RequestKind,
    pub status: RequestStatus,
    #[serde(default)]
    pub reason: String,
    pub from: String,
    pub to: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub nip: String,
    pub password: String,
    #[serde(default = "yes")]
    pub signed_in: bool,
    #[serde(default)]
    pub must_change_password: bool,
    #[serde(default = "default_name")]
    pub name: String,
    #[serde(default = "default_office")]
    pub office: String,
    #[serde(default = "default_radius")]
    pub radius_m: i64,
    #[serde(default = "default_distance")]
    pub distance_m: i64,
    #[serde(default = "default_walk_step")]
    pub walk_step_m: i64,
    #[serde(default = "default_date")]
    pub date: String,
    #[serde(default = "default_time")]
    pub time: String,
    #[serde(default)]
    pub clock_offset_min: i64,
    #[serde(default = "yes")]
    pub auto_time: bool,
    #[serde(default = "yes")]
    pub location_on: bool,
    #[serde(default)]
    pub location_allowed: bool,
    #[serde(default)]
    pub fake_gps: bool,
    #[serde(default)]
    pub face: Face,
    /// After "Hubungi admin" → "Kirim ke admin" on an unregistered face, the admin registers
    /// it again and the camera sees this (default `ok`; e.g. `glare` for the next lesson part).
    #[serde(default)]
    pub registered_face: Face,
    #[serde(default)]
    pub server_busy: u32,
    #[serde(default)]
    pub mode: Mode,
    #[serde(default = "default_work_start")]
    pub work_start: String,
    #[serde(default = "default_work_end")]
    pub work_end: String,
    #[serde(default = "default_bands")]
    pub late_bands: Vec<Band>,
    #[serde(default)]
    pub allowance: i64,
    #[serde(default)]
    pub checked_in_at: String,
    /// Optional "HH:MM" later the same day: beside the phone, "Tunggu sampai sore" moves the
    /// true time there (a skill check's Presensi Pulang after its Presensi Masuk).
    #[serde(default)]
    pub evening: String,
    #[serde(default)]
    pub history: Vec<HistorySpec>,
    #[serde(default)]
    pub requests: Vec<RequestSpec>,
    #[serde(default)]
    pub outcome: Outcome,
    #[serde(default)]
    pub reject_reason: String,
    #[serde(default)]
    pub colleague_asks: bool,
    #[serde(default)]
    pub files: Vec<DiskFile>,
}

fn yes() -> bool {
    true
}

fn default_name() -> String {
    "Budi Santoso".into()
}

fn default_office() -> String {
    "Kantor Kecamatan Sukamaju".into()
}

fn default_radius() -> i64 {
    100
}

fn default_distance() -> i64 {
    40
}

fn default_walk_step() -> i64 {
    50
}

fn default_date() -> String {
    "2025-06-02".into()
}

fn default_time() -> String {
    "07:20".into()
}

fn default_work_start() -> String {
    "07:30".into()
}

fn default_work_end() -> String {
    "16:00".into()
}

/// TL1..TL4 / PSW1..PSW4: 0.5 %, 1 %, 1.25 %, 1.5 %.
pub fn default_bands() -> Vec<Band> {
    [(30, 5), (60, 10), (90, 12), (9999, 15)]
        .into_iter()
        .map(|(up_to_min, cut_tenths)| Band {
            up_to_min,
            cut_tenths,
        })
        .collect()
}

impl Scenario {
    /// A scenario with every default and the given account (for tests and tools).
    pub fn with_account(nip: &str, password: &str) -> Self {
        Self {
            nip: nip.into(),
            password: password.into(),
            signed_in: true,
            must_change_password: false,
            name: default_name(),
            office: default_office(),
            radius_m: default_radius(),
            distance_m: default_distance(),
            walk_step_m: default_walk_step(),
            date: default_date(),
            time: default_time(),
            clock_offset_min: 0,
            auto_time: true,
            location_on: true,
            location_allowed: false,
            fake_gps: false,
            face: Face::Ok,
            registered_face: Face::Ok,
            server_busy: 0,
            mode: Mode::Wfo,
            work_start: default_work_start(),
            work_end: default_work_end(),
            late_bands: default_bands(),
            allowance: 0,
            checked_in_at: String::new(),
            evening: String::new(),
            history: Vec::new(),
            requests: Vec::new(),
            outcome: Outcome::Diterima,
            reject_reason: String::new(),
            colleague_asks: false,
            files: Vec::new(),
        }
    }
}
