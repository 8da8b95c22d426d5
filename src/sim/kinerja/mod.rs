//! The pretend MyASN sign-in and e-Kinerja on a laptop's browser, beside a pretend phone
//! with an authenticator app.
//!
//! The laptop: MyASN's sign-in (NIP, password, then the 6-digit code from the phone, or a
//! recovery code; "Lupa kata sandi" with a reset link sent to the dinas email, read in a
//! second browser tab; "Ponsel hilang?" with a request to the admin), the first set-up of
//! the authenticator (a QR to scan, then the recovery codes to keep), and e-Kinerja: the
//! SKP (Rencana Hasil Kerja with their Rencana Aksi), the Progres Harian of a day (write,
//! save as Draf, send; Bukti Dukung from the shared pretend disk), the atasan's answer
//! (Disetujui / Perlu perbaikan with a note) and revising, the month's calendar, the
//! summary, the Realisasi and the atasan's Penilaian. The phone: the authenticator's
//! accounts with their codes and 30-second countdown, adding an account by scanning the
//! laptop's QR, and the phone's date-and-time setting. Beside them: waiting for the code to
//! change. The clock is the simulator's own ([`Action::Tick`] moves it), so a lesson and a
//! test see the same codes at the same moment.
//!
//! Every action gives at most one event of the contract (`kinerja.*` and `files.*`, see
//! `docs/CONTENT.md`).

mod auth;
pub mod rules;
mod scenario;
#[cfg(test)]
mod tests;
pub mod work;

pub use scenario::{AksiSpec, Answer, EntrySpec, EntryStatus, RATINGS, RhkSpec, Scenario};
pub use work::{DayStatus, Summary};

use super::SimEvent;
use super::files::{Disk, DiskFile};
use rules::{CodeError, EvidenceError, PasswordError, ProgressError};
use serde::{Deserialize, Serialize};

/// The browser tab in front on the laptop.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Tab {
    MyAsn,
    /// The dinas email, where the reset link arrives.
    Email,
}

/// The page the MyASN tab shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Page {
    SignIn,
    /// Password accepted: the 6-digit code (or a recovery code).
    Code,
    /// First sign-in: scan the QR with the phone, then type its code.
    Setup,
    /// The recovery codes, shown once after the set-up.
    BackupCodes,
    Forgot,
    ResetPassword,
    LostPhone,
    Portal,
    Skp,
    /// The Progres Harian of one day ([`Kinerja::day`]).
    Day,
    Form,
    Entry(String),
    Picker,
    Calendar,
    Summary,
    Realisasi,
    Assessment,
}

/// A part of e-Kinerja in its menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Section {
    Skp,
    Progress,
    Calendar,
    Summary,
    Realisasi,
    Assessment,
}

impl Section {
    pub const ALL: [Section; 6] = [
        Section::Skp,
        Section::Progress,
        Section::Calendar,
        Section::Summary,
        Section::Realisasi,
        Section::Assessment,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Section::Skp => "skp",
            Section::Progress => "progress",
            Section::Calendar => "calendar",
            Section::Summary => "summary",
            Section::Realisasi => "realisasi",
            Section::Assessment => "assessment",
        }
    }
}

/// What the phone shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PhoneView {
    /// The authenticator's list of accounts with their codes.
    Accounts,
    /// The camera, to scan a QR.
    Scan,
    /// The phone's date and time settings.
    Settings,
}

/// Why MyASN refused the NIP and password.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SignInFailure {
    Empty,
    Nip,
    Password,
}

impl SignInFailure {
    pub fn key(self) -> &'static str {
        match self {
            SignInFailure::Empty => "empty",
            SignInFailure::Nip => "nip",
            SignInFailure::Password => "password",
        }
    }
}

/// The message on the laptop's page, kept until the next action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Notice {
    SignInFailed(SignInFailure),
    CodeRefused(CodeError),
    /// The code was wrong and the phone's clock is wrong too (the words say where to look).
    CodeClock,
    BackupWrong,
    ResetSent,
    PasswordRejected(PasswordError),
    PasswordReset,
    AdminRequested,
    BackupShared,
    EvidenceRefused(EvidenceError),
    ProgressRefused(ProgressError),
    DraftSaved,
    ProgressSent,
    NothingNew,
    FeedbackArrived,
    RealisasiEmpty,
    RealisasiSent,
}

impl Notice {
    /// A stable key for the view's Fluent id: `kinerja-app-notice-<key>`.
    pub fn key(self) -> String {
        match self {
            Notice::SignInFailed(f) => format!("sign-in-{}", f.key()),
            Notice::CodeRefused(e) => format!("code-{}", e.key()),
            Notice::CodeClock => "code-clock".into(),
            Notice::BackupWrong => "backup-wrong".into(),
            Notice::ResetSent => "reset-sent".into(),
            Notice::PasswordRejected(e) => format!("password-{}", e.key().replace('_', "-")),
            Notice::PasswordReset => "password-reset".into(),
            Notice::AdminRequested => "admin-requested".into(),
            Notice::BackupShared => "backup-shared".into(),
            Notice::EvidenceRefused(e) => format!("evidence-{}", e.key().replace('_', "-")),
            Notice::ProgressRefused(e) => format!("progress-{}", e.key().replace('_', "-")),
            Notice::DraftSaved => "draft-saved".into(),
            Notice::ProgressSent => "progress-sent".into(),
            Notice::NothingNew => "nothing-new".into(),
            Notice::FeedbackArrived => "feedback-arrived".into(),
            Notice::RealisasiEmpty => "realisasi-empty".into(),
            Notice::RealisasiSent => "realisasi-sent".into(),
        }
    }

    /// A refusal or warning (red) rather than a confirmation.
    pub fn is_problem(self) -> bool {
        !matches!(
            self,
            Notice::ResetSent
                | Notice::PasswordReset
                | Notice::AdminRequested
                | Notice::DraftSaved
                | Notice::ProgressSent
                | Notice::NothingNew
                | Notice::FeedbackArrived
                | Notice::RealisasiSent
        )
    }
}

/// The phone's message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PhoneNotice {
    AccountAdded,
    /// The camera saw no QR: the laptop does not show one.
    NoQr,
    AlreadyAdded,
}

impl PhoneNotice {
    pub fn key(self) -> &'static str {
        match self {
            PhoneNotice::AccountAdded => "account-added",
            PhoneNotice::NoQr => "no-qr",
            PhoneNotice::AlreadyAdded => "already-added",
        }
    }
}

/// A Bukti Dukung attached to a progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub name: String,
    pub size_kb: u32,
}

/// One Progres Harian.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub id: String,
    pub date: String,
    /// Typed by the learner, or a Fluent id for the scenario's ([`Entry::by_learner`]).
    pub activity: String,
    pub aksi: String,
    pub minutes: u32,
    pub volume: u32,
    pub evidence: Option<Evidence>,
    pub status: EntryStatus,
    /// Fluent id of the atasan's note ("" when none).
    pub note: String,
    /// Sent again after "Perlu perbaikan".
    pub revised: bool,
    pub by_learner: bool,
}

/// The Progres Harian form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Form {
    pub date: String,
    pub activity: String,
    pub aksi: Option<String>,
    pub minutes: String,
    pub volume: String,
    pub evidence: Option<Evidence>,
    /// The entry being changed (a draft, or one to revise).
    pub editing: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInForm {
    pub nip: String,
    pub password: String,
    pub code: String,
    /// Typing a recovery code instead of the phone's code.
    pub backup: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResetForm {
    pub nip: String,
    pub new: String,
    pub repeat: String,
}

/// A learner's action on the laptop, on the phone, or on the world beside them.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    OpenTab(Tab),
    NipChanged(String),
    PasswordChanged(String),
    SignIn,
    CodeChanged(String),
    Verify,
    ToggleBackup,
    OpenForgot,
    ResetNipChanged(String),
    SendReset,
    OpenResetMail,
    OpenResetLink,
    NewPassword(String),
    RepeatPassword(String),
    SavePassword,
    OpenLostPhone,
    RequestAdminReset,
    KeepBackupCodes {
        private: bool,
    },
    LaptopBack,
    OpenEkinerja,
    Menu(Section),
    OpenRhk(String),
    AddProgress,
    Activity(String),
    ChooseAksi(String),
    Minutes(String),
    Volume(String),
    OpenPicker,
    PickerFolder(String),
    PickFile(String),
    ClosePicker,
    RemoveEvidence,
    SaveDraft,
    SendProgress,
    OpenEntry(String),
    EditEntry,
    Refresh,
    OpenDay(String),
    RealisasiText(String, String),
    SendRealisasi,
    SignOut,
    PhoneAdd,
    PhoneScan,
    PhoneBack,
    PhoneSettings,
    ToggleAutoTime,
    /// The clock moves on by this many seconds (the lesson screen's 1-second tick).
    Tick(u32),
    /// "Tunggu kode berikutnya": the clock moves to the next code.
    WaitForNewCode,
}

/// An account in the authenticator app.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    /// "MyASN" and the NIP, as the app lists it.
    pub label: String,
    secret: u64,
}

/// The whole pretend world of the lesson.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Kinerja {
    pub nip: String,
    password: String,
    pub name: String,
    pub office: String,
    pub atasan: String,
    secret: u64,
    pub signed_in: bool,
    /// MyASN asks for the authenticator's code.
    pub enrolled: bool,
    pub phone_lost: bool,
    /// The recovery codes still unused (normalised).
    backup_codes: Vec<String>,
    /// The recovery codes as the learner wrote them (the paper beside the laptop).
    pub paper_codes: Vec<String>,
    /// The codes shown once after the set-up (written as shown).
    pub new_backup_codes: Vec<String>,
    pub tab: Tab,
    pub page: Page,
    pub notice: Option<Notice>,
    pub sign_in: SignInForm,
    pub reset: ResetForm,
    /// The reset link is in the dinas email.
    pub reset_mail: bool,
    /// The reset mail is open in the email tab.
    pub reset_mail_open: bool,
    pub admin_requested: bool,
    pub phone: PhoneView,
    pub phone_notice: Option<PhoneNotice>,
    pub accounts: Vec<Account>,
    /// Today, "YYYY-MM-DD".
    pub date: String,
    /// The true time: seconds since midnight.
    pub now_s: i64,
    pub clock_offset_min: i64,
    pub auto_time: bool,
    pub backfill_days: u32,
    pub evidence_limit_kb: u32,
    pub evidence_required: bool,
    pub rhk: Vec<RhkSpec>,
    /// The RHK whose Rencana Aksi are shown.
    pub rhk_open: Option<String>,
    pub entries: Vec<Entry>,
    /// The day the Progres Harian page shows.
    pub day: String,
    pub form: Form,
    pub picker_folder: String,
    pub disk: Disk,
    answer: Answer,
    answer_note: String,
    pub rating: String,
    pub rating_note: String,
    pub realisasi: std::collections::BTreeMap<String, String>,
    pub realisasi_sent: bool,
    next_id: u32,
}

fn ev(name: &str) -> SimEvent {
    SimEvent::new(&format!("kinerja.{name}"))
}

fn int(n: impl TryInto<i64>) -> i64 {
    n.try_into().unwrap_or(i64::MAX)
}

/// A day's number since the year 0 (enough to keep windows of different days apart).
fn day_number(date: &str) -> i64 {
    rules::parse_date(date).map_or(0, |d| {
        i64::from(d.year()) * 372 + i64::from(d.month()) * 31 + i64::from(d.day())
    })
}

impl Kinerja {
    pub fn new(s: Scenario) -> Self {
        let nip = rules::normalise_nip(&s.nip);
        let secret = rules::secret(&nip);
        let account = Account {
            label: format!("MyASN ({nip})"),
            secret,
        };
        let entries = s
            .entries
            .into_iter()
            .map(|e| Entry {
                id: e.id,
                date: e.date,
                activity: e.activity,
                aksi: e.aksi,
                minutes: e.minutes,
                volume: e.volume,
                evidence: (!e.evidence.is_empty()).then_some(Evidence {
                    name: e.evidence,
                    size_kb: 0,
                }),
                status: e.status,
                note: e.note,
                revised: false,
                by_learner: false,
            })
            .collect();
        Self {
            name: s.name,
            office: s.office,
            atasan: s.atasan,
            secret,
            signed_in: s.signed_in,
            enrolled: s.enrolled,
            phone_lost: s.phone_lost,
            backup_codes: s
                .backup_codes
                .iter()
                .map(|c| rules::normalise_backup(c))
                .collect(),
            paper_codes: s.backup_codes,
            new_backup_codes: Vec::new(),
            tab: Tab::MyAsn,
            page: if s.signed_in {
                Page::Portal
            } else {
                Page::SignIn
            },
            notice: None,
            sign_in: SignInForm::default(),
            reset: ResetForm::default(),
            reset_mail: false,
            reset_mail_open: false,
            admin_requested: false,
            phone: PhoneView::Accounts,
            phone_notice: None,
            accounts: if s.enrolled {
                vec![account]
            } else {
                Vec::new()
            },
            day: s.date.clone(),
            date: s.date,
            now_s: rules::parse_time(&s.time).unwrap_or(8 * 3600),
            clock_offset_min: if s.auto_time { 0 } else { s.clock_offset_min },
            auto_time: s.auto_time,
            backfill_days: s.backfill_days,
            evidence_limit_kb: s.evidence_limit_kb,
            evidence_required: s.evidence_required,
            rhk: s.rhk,
            rhk_open: None,
            entries,
            form: Form::default(),
            picker_folder: "dokumen".into(),
            disk: Disk::new(s.files),
            answer: s.answer,
            answer_note: s.answer_note,
            rating: s.rating,
            rating_note: s.rating_note,
            realisasi: Default::default(),
            realisasi_sent: s.realisasi_sent,
            next_id: 1,
            password: s.password,
            nip,
        }
    }

    // ------------------------------------------------------------ what the view reads

    /// The server's moment: seconds on a running count that goes across days.
    fn server_s(&self) -> i64 {
        day_number(&self.date) * 86_400 + self.now_s
    }

    /// The phone's moment (its clock may be set by hand).
    fn phone_s(&self) -> i64 {
        self.server_s() + self.clock_offset_min * 60
    }

    /// The true time now, "HH:MM:SS".
    pub fn now(&self) -> String {
        rules::hhmmss(self.now_s)
    }

    /// What the phone's clock shows, "HH:MM:SS".
    pub fn phone_clock(&self) -> String {
        rules::hhmmss(self.now_s + self.clock_offset_min * 60)
    }

    pub fn clock_wrong(&self) -> bool {
        !self.auto_time || self.clock_offset_min != 0
    }

    /// The code an account shows on the phone now.
    pub fn phone_code(&self, account: &Account) -> String {
        rules::code(account.secret, rules::window(self.phone_s()))
    }

    /// The code of the MyASN account on the phone now, if it is there.
    pub fn current_phone_code(&self) -> Option<String> {
        self.accounts.first().map(|a| self.phone_code(a))
    }

    /// Seconds before the phone's code changes.
    pub fn seconds_left(&self) -> i64 {
        rules::seconds_left(self.phone_s())
    }

    /// The laptop shows a QR to scan.
    pub fn shows_qr(&self) -> bool {
        self.tab == Tab::MyAsn && self.page == Page::Setup
    }

    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// The entries of a day, in the order they were written.
    pub fn entries_of(&self, date: &str) -> Vec<&Entry> {
        self.entries.iter().filter(|e| e.date == date).collect()
    }

    pub fn aksi(&self, id: &str) -> Option<&AksiSpec> {
        self.rhk.iter().flat_map(|r| &r.aksi).find(|a| a.id == id)
    }

    /// The files of the picker's folder.
    pub fn picker_files(&self) -> Vec<&DiskFile> {
        self.disk.in_folder(&self.picker_folder)
    }

    // ------------------------------------------------------------ actions

    pub fn update(&mut self, action: Action) -> Option<SimEvent> {
        if let Action::Tick(s) = action {
            self.now_s += i64::from(s);
            return None;
        }
        self.notice = None;
        self.phone_notice = None;
        match action {
            Action::WaitForNewCode => {
                let wait = rules::seconds_left(self.phone_s());
                self.now_s += wait;
                Some(ev("waited").with("seconds", wait))
            }
            Action::PhoneAdd
            | Action::PhoneScan
            | Action::PhoneBack
            | Action::PhoneSettings
            | Action::ToggleAutoTime => self.phone_action(action),
            Action::OpenTab(tab) => {
                self.tab = tab;
                None
            }
            Action::OpenResetMail => self.open_reset_mail(),
            Action::OpenResetLink => self.open_reset_link(),
            _ if self.tab == Tab::Email => None,
            _ if !self.signed_in => self.signed_out(action),
            _ => self.work(action),
        }
    }
}
