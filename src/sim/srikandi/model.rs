//! What the pretend SRIKANDI holds: the scenario a lesson starts it with, the letters
//! (naskah), the disposisi sent to the learner, the learner's outgoing drafts, and the
//! people of the office.
//!
//! The letters' own words (nomor, asal, hal, isi, a disposisi's instruction) are written in
//! the scenario as they stand on the letter, in Indonesian, like the letter text of the
//! document tool: they are documents, not the app's words, and the arsip search reads them.

use crate::sim::files::DiskFile;
use serde::{Deserialize, Serialize};

/// The kinds of naskah dinas the pretend app offers (keys; the view names them).
pub const JENIS: [&str; 4] = ["surat_dinas", "nota_dinas", "undangan", "surat_edaran"];
/// Sifat of a naskah: who may read it.
pub const SIFAT: [&str; 3] = ["biasa", "terbatas", "rahasia"];
/// Urgensi of a naskah: how soon it must be handled.
pub const URGENSI: [&str; 3] = ["biasa", "segera", "amat_segera"];
/// The instructions a disposisi passed on may carry, in the order the form lists them.
pub const INSTRUCTIONS: [&str; 6] = [
    "tindak_lanjuti",
    "siapkan_bahan",
    "hadiri",
    "koordinasikan",
    "untuk_diketahui",
    "arsipkan",
];
/// The fields of an outgoing draft, in the order the form shows them.
pub const FIELDS: [&str; 8] = [
    "jenis",
    "sifat",
    "urgensi",
    "klasifikasi",
    "hal",
    "tujuan",
    "verifikator",
    "penandatangan",
];

/// Which list a naskah lives in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kotak {
    /// Naskah Masuk: addressed to the learner's unit.
    #[default]
    Masuk,
    /// A copy (Tembusan) for the learner's information.
    Tembusan,
    /// A colleague's draft waiting for the learner's check (the learner as verifikator).
    Verifikasi,
    /// An internal memo waiting for the learner's electronic signature.
    TandaTangan,
    /// Finished letters kept in the arsip.
    Arsip,
}

impl Kotak {
    pub fn key(self) -> &'static str {
        match self {
            Kotak::Masuk => "masuk",
            Kotak::Tembusan => "tembusan",
            Kotak::Verifikasi => "verifikasi",
            Kotak::TandaTangan => "tanda_tangan",
            Kotak::Arsip => "arsip",
        }
    }
}

/// One step of a letter's disposisi history ("Camat → Kasi Pemerintahan: Hadiri").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HistoryStep {
    pub from: String,
    pub to: String,
    pub instruction: String,
    pub date: String,
}

/// A letter the learner can open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Naskah {
    pub id: String,
    #[serde(default)]
    pub kotak: Kotak,
    pub nomor: String,
    /// ISO date of the letter.
    pub tanggal: String,
    pub asal: String,
    pub hal: String,
    #[serde(default = "biasa")]
    pub sifat: String,
    #[serde(default = "biasa")]
    pub urgensi: String,
    #[serde(default = "surat_dinas")]
    pub jenis: String,
    /// The scanned PDF attached to it.
    pub file: String,
    #[serde(default = "default_size")]
    pub size_kb: u32,
    /// The text the scan shows, paragraphs split by `\n`.
    #[serde(default)]
    pub isi: String,
    #[serde(default)]
    pub read: bool,
    #[serde(default)]
    pub history: Vec<HistoryStep>,
    /// For a memo to sign: signed, and whether the PDF shown was refreshed since.
    #[serde(default)]
    pub signed: bool,
    #[serde(default)]
    pub pdf_fresh: bool,
}

/// Where a disposisi sent to the learner stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DispStatus {
    #[default]
    Baru,
    Dibalas,
    Diteruskan,
    Selesai,
}

impl DispStatus {
    pub fn key(self) -> &'static str {
        match self {
            DispStatus::Baru => "baru",
            DispStatus::Dibalas => "dibalas",
            DispStatus::Diteruskan => "diteruskan",
            DispStatus::Selesai => "selesai",
        }
    }
}

/// A disposisi sent to the learner (by the Camat, on a naskah masuk).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Disposisi {
    pub id: String,
    pub naskah: String,
    pub from: String,
    pub instruction: String,
    /// ISO date by which it must be done.
    pub deadline: String,
    #[serde(default)]
    pub read: bool,
    #[serde(default)]
    pub status: DispStatus,
    /// The people (ids) the instruction names, when it says who should do the work: passing
    /// it to anyone else is the "wrong person" mistake.
    #[serde(default)]
    pub expect_to: Vec<String>,
}

/// Someone in the office the learner can send to or choose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: String,
    pub name: String,
    pub jabatan: String,
}

/// A klasifikasi arsip code with its name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Klasifikasi {
    pub code: String,
    pub name: String,
}

/// Where an outgoing draft stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DraftStatus {
    #[default]
    Draf,
    /// Sent; waiting for the verifikator.
    Verifikasi,
    /// Sent back by the verifikator with a note.
    PerluPerbaikan,
}

impl DraftStatus {
    pub fn key(self) -> &'static str {
        match self {
            DraftStatus::Draf => "draf",
            DraftStatus::Verifikasi => "verifikasi",
            DraftStatus::PerluPerbaikan => "perlu_perbaikan",
        }
    }
}

/// An outgoing naskah the learner writes (Naskah Keluar).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    pub id: String,
    /// `template` or `upload`.
    #[serde(default = "template")]
    pub source: String,
    /// The uploaded file (for `upload`).
    #[serde(default)]
    pub file: String,
    #[serde(default)]
    pub jenis: String,
    #[serde(default)]
    pub sifat: String,
    #[serde(default)]
    pub urgensi: String,
    #[serde(default)]
    pub klasifikasi: String,
    #[serde(default)]
    pub hal: String,
    #[serde(default)]
    pub isi: String,
    #[serde(default)]
    pub tujuan: Vec<String>,
    #[serde(default)]
    pub tembusan: Vec<String>,
    #[serde(default)]
    pub verifikator: String,
    #[serde(default)]
    pub penandatangan: String,
    #[serde(default)]
    pub nomor: String,
    #[serde(default)]
    pub status: DraftStatus,
    /// The verifikator's note when it came back.
    #[serde(default)]
    pub note: String,
    /// The field the note asks to change.
    #[serde(default)]
    pub fix: String,
    /// Fields changed since it came back.
    #[serde(default)]
    pub changed: Vec<String>,
    /// How many times it was sent.
    #[serde(default)]
    pub sent: u32,
}

impl Draft {
    /// The value of a one-choice field.
    pub fn choice(&self, field: &str) -> &str {
        match field {
            "jenis" => &self.jenis,
            "sifat" => &self.sifat,
            "urgensi" => &self.urgensi,
            "klasifikasi" => &self.klasifikasi,
            "verifikator" => &self.verifikator,
            "penandatangan" => &self.penandatangan,
            "hal" => &self.hal,
            _ => "",
        }
    }

    /// The registration fields still empty, in form order (tembusan may stay empty;
    /// verifikator and penandatangan only when `for_sending`).
    pub fn missing(&self, for_sending: bool) -> Vec<String> {
        FIELDS
            .iter()
            .filter(|f| for_sending || !matches!(**f, "verifikator" | "penandatangan"))
            .filter(|f| match **f {
                "tujuan" => self.tujuan.is_empty(),
                "hal" => self.hal.trim().is_empty(),
                other => self.choice(other).is_empty(),
            })
            .map(|f| (*f).to_owned())
            .collect()
    }
}

/// How the learner's electronic certificate (BSrE) stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Certificate {
    #[default]
    Aktif,
    /// Never registered: the signing server answers "Pengguna tidak terdaftar".
    TidakTerdaftar,
    /// Registered once but expired: the same answer in many versions.
    Kedaluwarsa,
}

/// Where the pretend SRIKANDI starts (the `[scenario]` of a `srikandi` lesson).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// The learner's name and position as the app shows them.
    pub name: String,
    pub jabatan: String,
    pub username: String,
    pub password: String,
    #[serde(default)]
    pub signed_in: bool,
    /// ISO date of the lesson's day.
    pub today: String,
    #[serde(default)]
    pub naskah: Vec<Naskah>,
    #[serde(default)]
    pub disposisi: Vec<Disposisi>,
    #[serde(default)]
    pub drafts: Vec<Draft>,
    #[serde(default)]
    pub people: Vec<Person>,
    #[serde(default = "default_klasifikasi")]
    pub klasifikasi: Vec<Klasifikasi>,
    /// The number the next "Ambil Nomor" gives, and what follows it in the nomor.
    #[serde(default = "default_next_number")]
    pub next_number: u32,
    #[serde(default = "default_number_suffix")]
    pub number_suffix: String,
    #[serde(default)]
    pub passphrase: String,
    #[serde(default)]
    pub certificate: Certificate,
    #[serde(default)]
    pub secretary_asks: bool,
    /// The shared pretend disk (the word processor's letters to upload).
    #[serde(default)]
    pub files: Vec<DiskFile>,
}

fn biasa() -> String {
    "biasa".into()
}

fn surat_dinas() -> String {
    "surat_dinas".into()
}

fn template() -> String {
    "template".into()
}

fn default_size() -> u32 {
    180
}

fn default_next_number() -> u32 {
    131
}

fn default_number_suffix() -> String {
    "Kec.Skj/2025".into()
}

/// The codes of the klasifikasi arsip most letters of a kantor camat use.
pub fn default_klasifikasi() -> Vec<Klasifikasi> {
    [
        ("005", "Undangan"),
        ("027", "Pengadaan"),
        ("100", "Pemerintahan"),
        ("400", "Kesejahteraan Rakyat"),
        ("800", "Kepegawaian"),
    ]
    .into_iter()
    .map(|(code, name)| Klasifikasi {
        code: code.into(),
        name: name.into(),
    })
    .collect()
}
