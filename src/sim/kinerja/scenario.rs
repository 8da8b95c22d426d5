//! Where the pretend MyASN / e-Kinerja laptop and the phone's authenticator start: the
//! `[scenario]` of a `kinerja` lesson.

use crate::sim::files::DiskFile;
use serde::{Deserialize, Serialize};

/// Where a Progres Harian stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryStatus {
    /// Saved, not sent: the atasan does not see it and the day still counts as empty.
    Draf,
    Dikirim,
    Disetujui,
    PerluPerbaikan,
}

impl EntryStatus {
    pub fn key(self) -> &'static str {
        match self {
            EntryStatus::Draf => "draf",
            EntryStatus::Dikirim => "dikirim",
            EntryStatus::Disetujui => "disetujui",
            EntryStatus::PerluPerbaikan => "perlu_perbaikan",
        }
    }

    /// Sent to the atasan (whatever the answer): the day counts as filled.
    pub fn sent(self) -> bool {
        self != EntryStatus::Draf
    }
}

/// What the atasan answers to a progress sent for the first time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    #[default]
    Disetujui,
    PerluPerbaikan,
}

/// A Rencana Aksi of a Rencana Hasil Kerja: what will be done, with its target volume.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AksiSpec {
    pub id: String,
    /// Fluent id.
    pub title: String,
    pub target: u32,
    /// Fluent id of the unit ("dokumen", "laporan").
    pub unit: String,
}

/// A Rencana Hasil Kerja of the SKP with its Rencana Aksi.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RhkSpec {
    pub id: String,
    /// Fluent id.
    pub title: String,
    pub aksi: Vec<AksiSpec>,
}

/// A Progres Harian already there when the lesson starts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntrySpec {
    pub id: String,
    pub date: String,
    /// Fluent id of the activity.
    pub activity: String,
    pub aksi: String,
    pub minutes: u32,
    pub volume: u32,
    #[serde(default)]
    pub evidence: String,
    pub status: EntryStatus,
    /// Fluent id of the atasan's note ("" when none).
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub nip: String,
    pub password: String,
    #[serde(default = "default_name")]
    pub name: String,
    #[serde(default = "default_office")]
    pub office: String,
    /// The atasan langsung (plain text).
    #[serde(default = "default_atasan")]
    pub atasan: String,
    /// Signed in to MyASN already (the lesson starts in the portal).
    #[serde(default)]
    pub signed_in: bool,
    /// The authenticator is set up: MyASN asks for the code and the phone has the account.
    #[serde(default = "yes")]
    pub enrolled: bool,
    /// The phone is lost: only a recovery code or the admin can help.
    #[serde(default)]
    pub phone_lost: bool,
    /// The recovery codes the learner wrote down (on the paper beside the laptop).
    #[serde(default)]
    pub backup_codes: Vec<String>,
    #[serde(default = "default_date")]
    pub date: String,
    /// The true time now, "HH:MM" or "HH:MM:SS".
    #[serde(default = "default_time")]
    pub time: String,
    /// The phone shows time + offset (a clock set by hand).
    #[serde(default)]
    pub clock_offset_min: i64,
    #[serde(default = "yes")]
    pub auto_time: bool,
    /// How many working days back a missed day may still be filled (0: only today).
    #[serde(default = "default_backfill")]
    pub backfill_days: u32,
    /// The biggest Bukti Dukung the app takes.
    #[serde(default = "default_limit")]
    pub evidence_limit_kb: u32,
    /// A progress is sent only with a Bukti Dukung.
    #[serde(default = "yes")]
    pub evidence_required: bool,
    #[serde(default)]
    pub rhk: Vec<RhkSpec>,
    #[serde(default)]
    pub entries: Vec<EntrySpec>,
    /// What the atasan answers to a progress sent the first time ("Perbarui").
    #[serde(default)]
    pub answer: Answer,
    /// Fluent id of the atasan's note with "perlu_perbaikan".
    #[serde(default)]
    pub answer_note: String,
    /// The atasan's predikat at the end of the period, shown once the Realisasi is sent:
    /// sangat_baik | baik | butuh_perbaikan | kurang | sangat_kurang.
    #[serde(default = "default_rating")]
    pub rating: String,
    /// Fluent id of the atasan's words with the predikat.
    #[serde(default)]
    pub rating_note: String,
    /// The Realisasi was sent already (the Penilaian can be read).
    #[serde(default)]
    pub realisasi_sent: bool,
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

fn default_atasan() -> String {
    "Drs. Hendra Wijaya".into()
}

fn default_date() -> String {
    "2025-06-10".into()
}

fn default_time() -> String {
    "08:00".into()
}

fn default_backfill() -> u32 {
    2
}

fn default_limit() -> u32 {
    1024
}

fn default_rating() -> String {
    "baik".into()
}

/// The predikat an atasan may give.
pub const RATINGS: [&str; 5] = [
    "sangat_baik",
    "baik",
    "butuh_perbaikan",
    "kurang",
    "sangat_kurang",
];

impl Scenario {
    /// A scenario with every default and the given account (for tests and tools).
    pub fn with_account(nip: &str, password: &str) -> Self {
        Self {
            nip: nip.into(),
            password: password.into(),
            name: default_name(),
            office: default_office(),
            atasan: default_atasan(),
            signed_in: false,
            enrolled: true,
            phone_lost: false,
            backup_codes: Vec::new(),
            date: default_date(),
            time: default_time(),
            clock_offset_min: 0,
            auto_time: true,
            backfill_days: default_backfill(),
            evidence_limit_kb: default_limit(),
            evidence_required: true,
            rhk: Vec::new(),
            entries: Vec::new(),
            answer: Answer::Disetujui,
            answer_note: String::new(),
            rating: default_rating(),
            rating_note: String::new(),
            realisasi_sent: false,
            files: Vec::new(),
        }
    }
}
