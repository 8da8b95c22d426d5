//! The pretend SRIKANDI (the national application for naskah dinas and the dynamic
//! archive): sign-in, the home tiles, Naskah Masuk with its scanned PDF and disposisi
//! history, the disposisi sent to the learner and its Tindak Lanjut (reply, pass on,
//! Penyelesaian Disposisi), Naskah Keluar (from a template or the word processor's letter
//! on the shared pretend disk, Ambil Nomor, verifikator and penandatangan, "Perlu
//! perbaikan"), the electronic signature of a memo (passphrase, "Pengguna tidak terdaftar",
//! the QR that is refreshed with "Perbarui PDF", the secretary who asks for the
//! passphrase), Tembusan and the arsip search.
//!
//! The learner is a member of staff (a kasi), not the Camat. The real screens differ from
//! version to version; this one keeps only what every version has.
//!
//! Every action gives at most one event of the contract (`srikandi.*`, see `docs/CONTENT.md`).

pub mod events;
mod follow;
pub mod model;
mod outgoing;
mod reading;
mod sign;
#[cfg(test)]
mod tests;

pub use model::{
    Certificate, DispStatus, Disposisi, Draft, DraftStatus, FIELDS, HistoryStep, INSTRUCTIONS,
    JENIS, Klasifikasi, Kotak, Naskah, Person, SIFAT, Scenario, URGENSI,
};

pub use outgoing::{UPLOAD_FORMATS, is_field};

use super::SimEvent;
use super::files::Disk;
use serde::{Deserialize, Serialize};

/// The lists the home tiles and the side menu open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum List {
    Masuk,
    Disposisi,
    TindakLanjut,
    Verifikasi,
    TandaTangan,
    Tembusan,
    Keluar,
    Arsip,
}

impl List {
    pub const ALL: [List; 8] = [
        List::Masuk,
        List::Disposisi,
        List::TindakLanjut,
        List::Verifikasi,
        List::TandaTangan,
        List::Tembusan,
        List::Keluar,
        List::Arsip,
    ];

    pub fn key(self) -> &'static str {
        match self {
            List::Masuk => "masuk",
            List::Disposisi => "disposisi",
            List::TindakLanjut => "tindak_lanjut",
            List::Verifikasi => "verifikasi",
            List::TandaTangan => "tanda_tangan",
            List::Tembusan => "tembusan",
            List::Keluar => "keluar",
            List::Arsip => "arsip",
        }
    }
}

/// The tabs of an opened naskah.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tab {
    /// Nomor, tanggal, asal, hal, sifat, urgensi.
    #[default]
    Info,
    /// The scanned PDF.
    Pdf,
    /// The disposisi history.
    Riwayat,
}

/// What the screen shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum View {
    SignIn,
    Home,
    List(List),
    Naskah {
        id: String,
        tab: Tab,
    },
    Disposisi(String),
    Draft(String),
    /// The file picker of "Unggah Naskah" for a draft, showing one folder.
    Picker {
        draft: String,
        folder: String,
    },
    /// A memo to sign (its PDF with the QR, and "Tanda Tangani").
    Sign(String),
}

/// Tindak Lanjut on a disposisi: what the learner chose to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FollowKind {
    /// Answer the sender (Balas).
    Balas,
    /// Pass it on to a colleague with an instruction (Disposisikan).
    Teruskan,
    /// Penyelesaian Disposisi with a short report.
    Selesai,
}

impl FollowKind {
    pub fn key(self) -> &'static str {
        match self {
            FollowKind::Balas => "balas",
            FollowKind::Teruskan => "teruskan",
            FollowKind::Selesai => "selesai",
        }
    }
}

/// Why a Tindak Lanjut was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FollowRefusal {
    NoRecipient,
    NoInstruction,
    NoReport,
    NoReply,
}

impl FollowRefusal {
    pub fn key(self) -> &'static str {
        match self {
            FollowRefusal::NoRecipient => "no_recipient",
            FollowRefusal::NoInstruction => "no_instruction",
            FollowRefusal::NoReport => "no_report",
            FollowRefusal::NoReply => "no_reply",
        }
    }
}

/// The Tindak Lanjut form open on a disposisi.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowForm {
    pub kind: FollowKind,
    pub to: Vec<String>,
    pub instruction: String,
    /// The reply, the report, or the note with the instruction.
    pub text: String,
    pub refused: Option<FollowRefusal>,
}

/// Why signing failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignError {
    Empty,
    Passphrase,
    NotRegistered,
    Expired,
}

impl SignError {
    pub fn key(self) -> &'static str {
        match self {
            SignError::Empty => "empty",
            SignError::Passphrase => "passphrase",
            SignError::NotRegistered => "not_registered",
            SignError::Expired => "expired",
        }
    }
}

/// The passphrase dialog of TTE.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignDialog {
    pub passphrase: String,
    pub error: Option<SignError>,
}

/// A one-line message after an action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Notice {
    Downloaded(String),
    Replied,
    Forwarded,
    Finished,
    NumberTaken(String),
    Sent,
    SendRefused(Vec<String>),
    NumberRefused,
    UploadRefused,
    Signed,
    PdfRefreshed,
    DraftSaved,
}

/// A learner's action in SRIKANDI.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Username(String),
    Password(String),
    SignIn,
    SignOut,
    Home,
    OpenList(List),
    /// Opens a naskah (from any list or the search).
    Open(String),
    ShowTab(Tab),
    Download,
    OpenDisposisi(String),
    Follow(FollowKind),
    ToggleTo(String),
    Instruction(String),
    FollowText(String),
    SubmitFollow,
    CancelFollow,
    /// Naskah Keluar: a new draft from a template (`true`) or by uploading a file.
    NewDraft {
        template: bool,
    },
    OpenDraft(String),
    PickerFolder(String),
    PickFile {
        folder: String,
        name: String,
    },
    ClosePicker,
    /// A one-choice field of the draft (jenis, sifat, urgensi, klasifikasi, verifikator,
    /// penandatangan) and its value.
    SetField {
        field: String,
        value: String,
    },
    Hal(String),
    Isi(String),
    ToggleTujuan(String),
    ToggleTembusan(String),
    SaveDraft,
    TakeNumber,
    SendDraft,
    StartSign,
    Passphrase(String),
    ConfirmSign,
    CancelSign,
    RefreshPdf,
    AnswerSecretary(bool),
    Query(String),
    Search,
}

/// The pretend SRIKANDI.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Srikandi {
    pub name: String,
    pub jabatan: String,
    username: String,
    password: String,
    pub signed_in: bool,
    pub today: String,
    pub view: View,
    pub username_input: String,
    pub password_input: String,
    /// Why the last sign-in failed (`empty` or `wrong`).
    pub sign_in_error: Option<String>,
    pub naskah: Vec<Naskah>,
    pub disposisi: Vec<Disposisi>,
    pub drafts: Vec<Draft>,
    pub people: Vec<Person>,
    pub klasifikasi: Vec<Klasifikasi>,
    next_number: u32,
    number_suffix: String,
    passphrase: String,
    pub certificate: Certificate,
    pub secretary_asks: bool,
    pub secretary_answer: Option<bool>,
    pub disk: Disk,
    pub follow: Option<FollowForm>,
    pub dialog: Option<SignDialog>,
    pub notice: Option<Notice>,
    pub query: String,
    /// The ids the last search found (`None` before any search).
    pub results: Option<Vec<String>>,
}

fn ev(name: &str) -> SimEvent {
    SimEvent::new(&format!("srikandi.{name}"))
}

fn int(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

impl Srikandi {
    pub fn new(s: Scenario) -> Self {
        Self {
            name: s.name,
            jabatan: s.jabatan,
            username: s.username,
            password: s.password,
            signed_in: s.signed_in,
            today: s.today,
            view: if s.signed_in {
                View::Home
            } else {
                View::SignIn
            },
            username_input: String::new(),
            password_input: String::new(),
            sign_in_error: None,
            naskah: s.naskah,
            disposisi: s.disposisi,
            drafts: s.drafts,
            people: s.people,
            klasifikasi: s.klasifikasi,
            next_number: s.next_number,
            number_suffix: s.number_suffix,
            passphrase: s.passphrase,
            certificate: s.certificate,
            secretary_asks: s.secretary_asks,
            secretary_answer: None,
            disk: Disk::new(s.files),
            follow: None,
            dialog: None,
            notice: None,
            query: String::new(),
            results: None,
        }
    }

    // ------------------------------------------------------------ what the view reads

    /// The naskah of one list, newest first.
    pub fn in_kotak(&self, kotak: Kotak) -> Vec<&Naskah> {
        let mut list: Vec<&Naskah> = self.naskah.iter().filter(|n| n.kotak == kotak).collect();
        list.sort_by(|a, b| b.tanggal.cmp(&a.tanggal));
        list
    }

    pub fn naskah(&self, id: &str) -> Option<&Naskah> {
        self.naskah.iter().find(|n| n.id == id)
    }

    pub fn disposisi(&self, id: &str) -> Option<&Disposisi> {
        self.disposisi.iter().find(|d| d.id == id)
    }

    pub fn draft(&self, id: &str) -> Option<&Draft> {
        self.drafts.iter().find(|d| d.id == id)
    }

    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    /// The disposisi still to be followed up (Perlu Tindak Lanjut).
    pub fn open_disposisi(&self) -> Vec<&Disposisi> {
        self.disposisi
            .iter()
            .filter(|d| d.status == DispStatus::Baru)
            .collect()
    }

    /// The count on each home tile, in tile order.
    pub fn tiles(&self) -> [(List, usize); 6] {
        let unread = |k: Kotak| {
            self.naskah
                .iter()
                .filter(|n| n.kotak == k && !n.read)
                .count()
        };
        [
            (List::Masuk, unread(Kotak::Masuk)),
            (
                List::Disposisi,
                self.disposisi.iter().filter(|d| !d.read).count(),
            ),
            (List::TindakLanjut, self.open_disposisi().len()),
            (List::Verifikasi, self.in_kotak(Kotak::Verifikasi).len()),
            (
                List::TandaTangan,
                self.naskah
                    .iter()
                    .filter(|n| n.kotak == Kotak::TandaTangan && !n.signed)
                    .count(),
            ),
            (List::Tembusan, unread(Kotak::Tembusan)),
        ]
    }

    /// Days from today to `date` (negative when it is past); `None` when either is unreadable.
    pub fn days_until(&self, date: &str) -> Option<i64> {
        let parse = |s: &str| jiff::civil::Date::strptime("%Y-%m-%d", s).ok();
        let span = parse(&self.today)?.until(parse(date)?).ok()?;
        Some(i64::from(span.get_days()))
    }

    // ------------------------------------------------------------ actions

    pub fn update(&mut self, action: Action) -> Option<SimEvent> {
        if !self.signed_in {
            return self.signing_in(action);
        }
        if self.dialog.is_some() {
            // The passphrase dialog is modal: only its own actions reach it.
            return match action {
                Action::Passphrase(p) => {
                    if let Some(d) = &mut self.dialog {
                        d.passphrase = p;
                    }
                    None
                }
                Action::ConfirmSign => self.confirm_sign(),
                Action::CancelSign => {
                    self.dialog = None;
                    None
                }
                _ => None,
            };
        }
        match action {
            Action::Username(_) | Action::Password(_) | Action::SignIn => None,
            Action::SignOut => {
                self.signed_in = false;
                self.view = View::SignIn;
                self.username_input.clear();
                self.password_input.clear();
                self.follow = None;
                self.notice = None;
                Some(ev("signed_out"))
            }
            Action::Home => {
                self.go(View::Home);
                None
            }
            Action::OpenList(list) => {
                self.go(View::List(list));
                Some(ev("list_opened").with("list", list.key()))
            }
            Action::Open(id) => self.open(&id),
            Action::ShowTab(tab) => self.show_tab(tab),
            Action::Download => self.download(),
            Action::OpenDisposisi(id) => self.open_disposisi_view(&id),
            Action::Follow(kind) => self.start_follow(kind),
            Action::ToggleTo(id) => self.toggle_to(&id),
            Action::Instruction(key) => self.set_instruction(&key),
            Action::FollowText(text) => {
                if let Some(f) = &mut self.follow {
                    f.text = text;
                    f.refused = None;
                }
                None
            }
            Action::SubmitFollow => self.submit_follow(),
            Action::CancelFollow => {
                self.follow = None;
                None
            }
            Action::NewDraft { template } => self.new_draft(template),
            Action::OpenDraft(id) => self.open_draft(&id),
            Action::PickerFolder(folder) => {
                if let View::Picker { folder: f, .. } = &mut self.view
                    && self.disk.has_folder(&folder)
                {
                    *f = folder;
                }
                None
            }
            Action::PickFile { folder, name } => self.pick_file(&folder, &name),
            Action::ClosePicker => {
                if let View::Picker { draft, .. } = &self.view {
                    self.view = View::Draft(draft.clone());
                }
                None
            }
            Action::SetField { field, value } => self.set_field(&field, &value),
            Action::Hal(text) => self.edit_draft("hal", |d| d.hal = text),
            Action::Isi(text) => self.edit_draft("isi", |d| d.isi = text),
            Action::ToggleTujuan(id) => self.toggle_person("tujuan", &id),
            Action::ToggleTembusan(id) => self.toggle_person("tembusan", &id),
            Action::SaveDraft => self.save_draft(),
            Action::TakeNumber => self.take_number(),
            Action::SendDraft => self.send_draft(),
            Action::StartSign => self.start_sign(),
            Action::Passphrase(_) | Action::ConfirmSign | Action::CancelSign => None,
            Action::RefreshPdf => self.refresh_pdf(),
            Action::AnswerSecretary(gave) => self.answer_secretary(gave),
            Action::Query(q) => {
                self.query = q;
                None
            }
            Action::Search => self.search(),
        }
    }

    /// Moves to another screen: the notice and any open form stay behind.
    fn go(&mut self, view: View) {
        self.view = view;
        self.notice = None;
        self.follow = None;
    }
}
