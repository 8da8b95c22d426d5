//! The pretend webmail: sign in, folders, reading, Balas / Balas ke Semua / Teruskan,
//! writing with attachments from the pretend disk, spam, Tempat Sampah, links, downloads,
//! password change and Keluar. Nothing ever leaves the app.
//!
//! Every action gives at most one event of the contract (`email.*` and `files.*`, see
//! `docs/CONTENT.md`), with the fields the lessons check: who a message went to, whether
//! the subject was empty, which files were attached, whether a scam link was opened.
//! Scenario messages keep their subject and body as Fluent ids (the view translates them);
//! what the learner writes is kept as typed. A reply whose subject the learner did not
//! touch keeps "Re: " + the original's id, so it shows in the learner's language.

mod field;
mod letter;
#[cfg(test)]
mod tests;

use field::Field;
pub use letter::{is_address, password_strong, split_addresses};

use super::SimEvent;
use super::Value;
use super::files::{Disk, DiskFile, format_of};
use serde::{Deserialize, Serialize};

/// A mail folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Folder {
    #[default]
    Inbox,
    Sent,
    Drafts,
    Spam,
    Trash,
}

impl Folder {
    pub const ALL: [Folder; 5] = [
        Folder::Inbox,
        Folder::Sent,
        Folder::Drafts,
        Folder::Spam,
        Folder::Trash,
    ];

    /// The name used in events, highlight ids and Fluent ids.
    pub fn key(self) -> &'static str {
        match self {
            Folder::Inbox => "inbox",
            Folder::Sent => "sent",
            Folder::Drafts => "drafts",
            Folder::Spam => "spam",
            Folder::Trash => "trash",
        }
    }
}

/// Where the webmail starts (the `[scenario]` of an `email` lesson).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub address: String,
    pub password: String,
    #[serde(default = "yes")]
    pub signed_in: bool,
    /// "Tetap masuk" starts ticked (as a browser that remembers it would show it), so a
    /// lesson can practise unticking it on a shared computer.
    #[serde(default)]
    pub remember: bool,
    #[serde(default)]
    pub messages: Vec<MessageSpec>,
    #[serde(default)]
    pub files: Vec<DiskFile>,
}

fn yes() -> bool {
    true
}

/// A message of the scenario. `subject`, `body` and link texts are Fluent ids.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MessageSpec {
    pub id: String,
    pub from: String,
    pub name: String,
    #[serde(default)]
    pub to: Vec<String>,
    #[serde(default)]
    pub cc: Vec<String>,
    pub subject: String,
    pub body: String,
    pub received: String,
    #[serde(default)]
    pub folder: Folder,
    #[serde(default)]
    pub read: bool,
    #[serde(default)]
    pub scam: bool,
    #[serde(default)]
    pub attachments: Vec<Attachment>,
    #[serde(default)]
    pub links: Vec<Link>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attachment {
    pub name: String,
    pub size_kb: u32,
    #[serde(default)]
    pub scam: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub id: String,
    pub text: String,
    pub url: String,
    #[serde(default)]
    pub scam: bool,
}

/// A subject or body: a Fluent id from the scenario, or what the learner typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Text {
    Fluent(String),
    Typed(String),
    /// "Re: " or "Fwd: " before a scenario message's subject.
    Prefixed(String, String),
}

impl Text {
    /// The text as the checks see it: typed text as typed, otherwise the id.
    fn raw(&self) -> String {
        match self {
            Text::Fluent(id) => id.clone(),
            Text::Typed(s) => s.clone(),
            Text::Prefixed(p, id) => format!("{p}{id}"),
        }
    }

    fn is_blank(&self) -> bool {
        matches!(self, Text::Typed(s) if s.trim().is_empty())
    }
}

/// A message in one of the folders.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Message {
    pub id: String,
    pub from: String,
    pub name: String,
    pub to: Vec<String>,
    pub cc: Vec<String>,
    pub bcc: Vec<String>,
    pub subject: Text,
    pub body: Text,
    /// `2025-05-20T08:15` for scenario messages; `""` for what the learner wrote here.
    pub received: String,
    /// Order of what the learner wrote (0 for scenario messages): newest first.
    pub seq: u32,
    pub folder: Folder,
    /// Where "Pulihkan" puts a message back.
    pub came_from: Option<Folder>,
    pub read: bool,
    pub scam: bool,
    pub attachments: Vec<Attachment>,
    pub links: Vec<Link>,
    /// For a draft: how its writing began and which message it answers.
    pub draft_of: Option<(ComposeKind, String)>,
}

/// How the writing of a message began.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ComposeKind {
    New,
    Reply,
    ReplyAll,
    Forward,
}

impl ComposeKind {
    fn key(self) -> &'static str {
        match self {
            ComposeKind::New => "new",
            ComposeKind::Reply => "reply",
            ComposeKind::ReplyAll => "reply_all",
            ComposeKind::Forward => "forward",
        }
    }
}

/// The message being written.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub kind: Option<ComposeKind>,
    pub from_draft: bool,
    /// The message answered or forwarded (`""` for a new one).
    pub original: String,
    pub to: String,
    pub cc: String,
    pub bcc: String,
    /// `None` while a reply's subject is still the one the app filled in.
    pub subject: Option<String>,
    pub subject_prefill: Option<(String, String)>,
    pub body: String,
    pub attachments: Vec<Attachment>,
    /// The "Lampirkan File" dialog, when open: the folder shown and the file chosen.
    pub picker: Option<Picker>,
    pub error: Option<SendError>,
}

impl Draft {
    fn is_empty(&self) -> bool {
        self.to.trim().is_empty()
            && self.cc.trim().is_empty()
            && self.bcc.trim().is_empty()
            && self.subject.as_deref().unwrap_or("").trim().is_empty()
            && self.body.trim().is_empty()
            && self.attachments.is_empty()
    }

    fn subject_text(&self) -> Text {
        match (&self.subject, &self.subject_prefill) {
            (Some(s), _) => Text::Typed(s.clone()),
            (None, Some((p, id))) => Text::Prefixed(p.clone(), id.clone()),
            (None, None) => Text::Typed(String::new()),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Picker {
    pub folder: String,
    pub chosen: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum SendError {
    NoRecipient,
    BadAddress(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SignInError {
    Empty,
    Address,
    Password,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PasswordError {
    WrongOld,
    Mismatch,
    Weak,
    Same,
}

impl PasswordError {
    fn key(self) -> &'static str {
        match self {
            PasswordError::WrongOld => "wrong_old",
            PasswordError::Mismatch => "mismatch",
            PasswordError::Weak => "weak",
            PasswordError::Same => "same",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SignInForm {
    pub address: String,
    pub password: String,
    pub remember: bool,
    pub error: Option<SignInError>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PasswordForm {
    pub old: String,
    pub new: String,
    pub repeat: String,
    pub error: Option<PasswordError>,
}

/// A short confirmation shown above the list after an action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Notice {
    Sent,
    DraftSaved,
    Deleted,
    Restored,
    ReportedSpam,
    NotSpam,
    Downloaded(String),
    PasswordChanged,
    LinkOpened,
}

/// What the right-hand side shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum View {
    List(Folder),
    Reading(String),
    Compose(Box<Draft>),
    Settings(PasswordForm),
    Disk(String),
    /// A file opened from the pretend disk or an attachment ("Lihat").
    File {
        name: String,
        back: Box<View>,
    },
    /// The red page after a scam link or a dangerous attachment.
    Warning {
        back: Box<View>,
    },
}

/// The webmail's whole state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Email {
    pub address: String,
    password: String,
    pub signed_in: bool,
    pub sign_in: SignInForm,
    pub messages: Vec<Message>,
    pub disk: Disk,
    pub view: View,
    pub notice: Option<Notice>,
    sent_count: u32,
    remember_at_start: bool,
}

/// A learner's action in the webmail.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    SignInAddress(String),
    SignInPassword(String),
    ToggleRemember,
    SignIn,
    OpenFolder(Folder),
    OpenMessage(String),
    Back,
    Compose,
    Reply,
    ReplyAll,
    Forward,
    EditTo(String),
    EditCc(String),
    EditBcc(String),
    EditSubject(String),
    EditBody(String),
    OpenPicker,
    PickerFolder(String),
    PickFile(String),
    AttachChosen,
    ClosePicker,
    RemoveAttachment(usize),
    Send,
    Cancel,
    Delete,
    Restore,
    ReportSpam,
    /// "Bukan Spam" in the Spam folder: back where it came from.
    NotSpam,
    OpenLink(String),
    ViewAttachment(usize),
    DownloadAttachment(usize),
    CloseWarning,
    OpenDisk(String),
    OpenFile(String),
    OpenSettings,
    PasswordOld(String),
    PasswordNew(String),
    PasswordRepeat(String),
    SavePassword,
    SignOut,
}

impl Email {
    pub fn new(s: Scenario) -> Self {
        let address = s.address.trim().to_lowercase();
        let messages = s
            .messages
            .into_iter()
            .map(|m| Message {
                to: if m.to.is_empty() {
                    vec![address.clone()]
                } else {
                    m.to.iter().map(|a| a.trim().to_lowercase()).collect()
                },
                cc: m.cc.iter().map(|a| a.trim().to_lowercase()).collect(),
                bcc: Vec::new(),
                id: m.id,
                from: m.from.trim().to_lowercase(),
                name: m.name,
                subject: Text::Fluent(m.subject),
                body: Text::Fluent(m.body),
                received: m.received,
                seq: 0,
                folder: m.folder,
                came_from: None,
                read: m.read || m.folder != Folder::Inbox,
                scam: m.scam,
                attachments: m.attachments,
                links: m.links,
                draft_of: None,
            })
            .collect();
        Self {
            address,
            password: s.password,
            signed_in: s.signed_in,
            sign_in: SignInForm {
                remember: s.remember,
                ..SignInForm::default()
            },
            messages,
            disk: Disk::new(s.files),
            view: View::List(Folder::Inbox),
            notice: None,
            sent_count: 0,
            remember_at_start: s.remember,
        }
    }

    /// The messages of a folder, newest first.
    pub fn folder(&self, folder: Folder) -> Vec<&Message> {
        let mut list: Vec<&Message> = self
            .messages
            .iter()
            .filter(|m| m.folder == folder)
            .collect();
        list.sort_by(|a, b| b.seq.cmp(&a.seq).then(b.received.cmp(&a.received)));
        list
    }

    pub fn unread(&self, folder: Folder) -> usize {
        self.messages
            .iter()
            .filter(|m| m.folder == folder && !m.read)
            .count()
    }

    pub fn message(&self, id: &str) -> Option<&Message> {
        self.messages.iter().find(|m| m.id == id)
    }

    /// The folder the list shows, or the one an open message is in.
    pub fn current_folder(&self) -> Option<Folder> {
        match &self.view {
            View::List(f) => Some(*f),
            View::Reading(id) => self.message(id).map(|m| m.folder),
            _ => None,
        }
    }

    pub fn update(&mut self, action: Action) -> Option<SimEvent> {
        if !self.signed_in {
            return self.signed_out(action);
        }
        // A confirmation stays until the next thing the learner does.
        if !matches!(
            action,
            Action::EditTo(_)
                | Action::EditCc(_)
                | Action::EditBcc(_)
                | Action::EditSubject(_)
                | Action::EditBody(_)
        ) {
            self.notice = None;
        }
        match action {
            Action::SignInAddress(_)
            | Action::SignInPassword(_)
            | Action::ToggleRemember
            | Action::SignIn => None,
            Action::OpenFolder(f) => {
                self.view = View::List(f);
                Some(SimEvent::new("email.folder_opened").with("folder", f.key()))
            }
            Action::OpenMessage(id) => self.open_message(&id),
            Action::Back => self.back(),
            Action::Compose => self.start(ComposeKind::New, None),
            Action::Reply => self.start_from_open(ComposeKind::Reply),
            Action::ReplyAll => self.start_from_open(ComposeKind::ReplyAll),
            Action::Forward => self.start_from_open(ComposeKind::Forward),
            Action::EditTo(s) => self.edit(Field::To, |d| d.to = s),
            Action::EditCc(s) => self.edit(Field::Cc, |d| d.cc = s),
            Action::EditBcc(s) => self.edit(Field::Bcc, |d| d.bcc = s),
            Action::EditSubject(s) => self.edit(Field::Subject, |d| d.subject = Some(s)),
            Action::EditBody(s) => self.edit(Field::Body, |d| d.body = s),
            Action::OpenPicker => {
                let draft = self.draft_mut()?;
                draft.picker = Some(Picker {
                    folder: "dokumen".into(),
                    chosen: None,
                });
                Some(SimEvent::new("email.file_picker_opened"))
            }
            Action::PickerFolder(folder) => {
                let picker = self.draft_mut()?.picker.as_mut()?;
                picker.folder = folder;
                picker.chosen = None;
                None
            }
            Action::PickFile(name) => {
                let picker = self.draft_mut()?.picker.as_mut()?;
                picker.chosen = Some(name);
                None
            }
            Action::AttachChosen => self.attach_chosen(),
            Action::ClosePicker => {
                self.draft_mut()?.picker = None;
                None
            }
            Action::RemoveAttachment(i) => {
                let draft = self.draft_mut()?;
                if i >= draft.attachments.len() {
                    return None;
                }
                let removed = draft.attachments.remove(i);
                Some(SimEvent::new("email.attachment_removed").with("name", removed.name))
            }
            Action::Send => self.send(),
            Action::Cancel => self.cancel(),
            Action::Delete => self.delete(),
            Action::Restore => self.restore(),
            Action::ReportSpam => self.report_spam(),
            Action::NotSpam => self.not_spam(),
            Action::OpenLink(link) => self.open_link(&link),
            Action::ViewAttachment(i) => self.view_attachment(i),
            Action::DownloadAttachment(i) => self.download(i),
            Action::CloseWarning => {
                if let View::Warning { back } = &self.view {
                    self.view = (**back).clone();
                }
                None
            }
            Action::OpenDisk(folder) => {
                self.view = View::Disk(folder.clone());
                Some(SimEvent::new("files.folder_opened").with("folder", folder))
            }
            Action::OpenFile(name) => {
                let View::Disk(folder) = &self.view else {
                    return None;
                };
                let folder = folder.clone();
                self.disk.find(&folder, &name)?;
                let format = format_of(&name);
                self.view = View::File {
                    name: name.clone(),
                    back: Box::new(self.view.clone()),
                };
                Some(
                    SimEvent::new("files.opened")
                        .with("folder", folder)
                        .with("name", name)
                        .with("format", format),
                )
            }
            Action::OpenSettings => {
                self.view = View::Settings(PasswordForm::default());
                Some(SimEvent::new("email.settings_opened"))
            }
            Action::PasswordOld(s) => self.password_form(|f| f.old = s),
            Action::PasswordNew(s) => self.password_form(|f| f.new = s),
            Action::PasswordRepeat(s) => self.password_form(|f| f.repeat = s),
            Action::SavePassword => self.save_password(),
            Action::SignOut => {
                self.signed_in = false;
                self.sign_in = SignInForm {
                    remember: self.remember_at_start,
                    ..SignInForm::default()
                };
                self.view = View::List(Folder::Inbox);
                Some(SimEvent::new("email.signed_out"))
            }
        }
    }

    /// On the sign-in page only the sign-in form works.
    fn signed_out(&mut self, action: Action) -> Option<SimEvent> {
        let form = &mut self.sign_in;
        match action {
            Action::SignInAddress(s) => form.address = s,
            Action::SignInPassword(s) => form.password = s,
            Action::ToggleRemember => form.remember = !form.remember,
            Action::SignIn => {
                let typed = form.address.trim().to_lowercase();
                let local = self.address.split('@').next().unwrap_or_default();
                let error = if typed.is_empty() || form.password.is_empty() {
                    Some(SignInError::Empty)
                } else if typed != self.address && typed != local {
                    Some(SignInError::Address)
                } else if form.password != self.password {
                    Some(SignInError::Password)
                } else {
                    None
                };
                form.error = error;
                let Some(error) = error else {
                    let remember = form.remember;
                    form.password.clear();
                    self.signed_in = true;
                    self.view = View::List(Folder::Inbox);
                    return Some(SimEvent::new("email.signed_in").with("remember", remember));
                };
                let reason = match error {
                    SignInError::Empty => "empty",
                    SignInError::Address => "address",
                    SignInError::Password => "password",
                };
                return Some(SimEvent::new("email.sign_in_failed").with("reason", reason));
            }
            _ => {}
        }
        None
    }

    fn open_message(&mut self, id: &str) -> Option<SimEvent> {
        let m = self.messages.iter_mut().find(|m| m.id == id)?;
        if m.folder == Folder::Drafts {
            return self.open_draft(id);
        }
        m.read = true;
        let scam = m.scam;
        self.view = View::Reading(id.to_owned());
        Some(
            SimEvent::new("email.opened")
                .with("message", id)
                .with("scam", scam),
        )
    }

    fn back(&mut self) -> Option<SimEvent> {
        let folder = match &self.view {
            View::Reading(id) => self.message(id).map_or(Folder::Inbox, |m| m.folder),
            View::File { back, .. } => {
                self.view = (**back).clone();
                return None;
            }
            _ => return None,
        };
        self.view = View::List(folder);
        Some(SimEvent::new("email.folder_opened").with("folder", folder.key()))
    }

    fn open_message_id(&self) -> Option<String> {
        match &self.view {
            View::Reading(id) => Some(id.clone()),
            _ => None,
        }
    }

    fn start_from_open(&mut self, kind: ComposeKind) -> Option<SimEvent> {
        let id = self.open_message_id()?;
        self.start(kind, Some(id))
    }

    fn start(&mut self, kind: ComposeKind, original: Option<String>) -> Option<SimEvent> {
        let mut draft = Draft {
            kind: Some(kind),
            original: original.clone().unwrap_or_default(),
            ..Draft::default()
        };
        if let Some(m) = original.as_deref().and_then(|id| self.message(id)) {
            let prefix = if kind == ComposeKind::Forward {
                "Fwd: "
            } else {
                "Re: "
            };
            match &m.subject {
                Text::Fluent(id) | Text::Prefixed(_, id) => {
                    draft.subject_prefill = Some((prefix.into(), id.clone()));
                }
                Text::Typed(s) => draft.subject = Some(format!("{prefix}{s}")),
            }
            match kind {
                ComposeKind::Reply => draft.to = m.from.clone(),
                ComposeKind::ReplyAll => {
                    let mut to = vec![m.from.clone()];
                    to.extend(m.to.iter().filter(|a| **a != self.address).cloned());
                    draft.to = to.join(", ");
                    draft.cc =
                        m.cc.iter()
                            .filter(|a| **a != self.address)
                            .cloned()
                            .collect::<Vec<_>>()
                            .join(", ");
                }
                ComposeKind::Forward => draft.attachments = m.attachments.clone(),
                ComposeKind::New => {}
            }
        }
        self.view = View::Compose(Box::new(draft));
        Some(
            SimEvent::new("email.compose_started")
                .with("kind", kind.key())
                .with("message", original.unwrap_or_default()),
        )
    }

    fn open_draft(&mut self, id: &str) -> Option<SimEvent> {
        let i = self.messages.iter().position(|m| m.id == id)?;
        let m = self.messages.remove(i);
        let (kind, original) = m
            .draft_of
            .clone()
            .unwrap_or((ComposeKind::New, String::new()));
        let (subject, subject_prefill) = match &m.subject {
            Text::Typed(s) => (Some(s.clone()), None),
            Text::Fluent(id) => (None, Some((String::new(), id.clone()))),
            Text::Prefixed(p, id) => (None, Some((p.clone(), id.clone()))),
        };
        let body = match &m.body {
            Text::Typed(s) => s.clone(),
            _ => String::new(),
        };
        self.view = View::Compose(Box::new(Draft {
            kind: Some(kind),
            from_draft: true,
            original,
            to: m.to.join(", "),
            cc: m.cc.join(", "),
            bcc: m.bcc.join(", "),
            subject,
            subject_prefill,
            body,
            attachments: m.attachments,
            picker: None,
            error: None,
        }));
        Some(
            SimEvent::new("email.compose_started")
                .with("kind", "draft")
                .with("message", id),
        )
    }

    fn draft_mut(&mut self) -> Option<&mut Draft> {
        match &mut self.view {
            View::Compose(d) => Some(d),
            _ => None,
        }
    }

    /// A box of the form changed: `email.field_filled` says what it holds now, so a lesson
    /// can take Ke, Subjek and the text one step each (see [`field::filled`]).
    fn edit(&mut self, which: Field, f: impl FnOnce(&mut Draft)) -> Option<SimEvent> {
        let draft = self.draft_mut()?;
        f(draft);
        draft.error = None;
        Some(field::filled(draft, which))
    }

    fn attach_chosen(&mut self) -> Option<SimEvent> {
        let draft = match &mut self.view {
            View::Compose(d) => d,
            _ => return None,
        };
        let picker = draft.picker.as_ref()?;
        let name = picker.chosen.clone()?;
        let file = self.disk.find(&picker.folder, &name)?.clone();
        draft.picker = None;
        let format = file.format();
        draft.attachments.push(Attachment {
            name: file.name.clone(),
            size_kb: file.size_kb,
            scam: false,
        });
        Some(
            SimEvent::new("email.attachment_added")
                .with("name", file.name)
                .with("format", format),
        )
    }

    fn send(&mut self) -> Option<SimEvent> {
        let own_domain = letter::domain(&self.address).to_owned();
        let draft = self.draft_mut()?;
        let to = split_addresses(&draft.to);
        let cc = split_addresses(&draft.cc);
        let bcc = split_addresses(&draft.bcc);
        let all: Vec<&String> = to.iter().chain(&cc).chain(&bcc).collect();
        let refusal = if all.is_empty() {
            Some(SendError::NoRecipient)
        } else {
            all.iter()
                .find(|a| !is_address(a))
                .map(|a| SendError::BadAddress((*a).clone()))
        };
        if let Some(error) = refusal {
            let reason = match error {
                SendError::NoRecipient => "no_recipient",
                SendError::BadAddress(_) => "bad_address",
            };
            draft.error = Some(error);
            return Some(SimEvent::new("email.send_refused").with("reason", reason));
        }
        let subject = draft.subject_text();
        let body = draft.body.clone();
        let subject_raw = subject.raw();
        let visible_outside = to
            .iter()
            .chain(&cc)
            .filter(|a| letter::domain(a) != own_domain)
            .count();
        let kind = draft.kind.unwrap_or(ComposeKind::New);
        let kind_key = if draft.from_draft {
            "draft"
        } else {
            kind.key()
        };
        let names: Vec<String> = draft.attachments.iter().map(|a| a.name.clone()).collect();
        let formats: Vec<String> = names.iter().map(|n| format_of(n)).collect();
        let event = SimEvent::new("email.sent")
            .with("kind", kind_key)
            .with("message", draft.original.clone())
            .with("to", Value::List(to.clone()))
            .with("cc", Value::List(cc.clone()))
            .with("bcc", Value::List(bcc.clone()))
            .with("recipients", count(all.len()))
            .with("subject", subject_raw.clone())
            .with("subject_empty", subject.is_blank())
            .with("attachments", Value::List(names.clone()))
            .with("attachment_count", count(names.len()))
            .with("formats", Value::List(formats))
            .with(
                "mentions_attachment",
                letter::mentions_attachment(&subject_raw, &body),
            )
            .with("has_greeting", letter::has_greeting(&body))
            .with("has_closing", letter::has_closing(&body))
            .with("all_caps", letter::all_caps(&body))
            .with("visible_outside", count(visible_outside));
        let attachments = draft.attachments.clone();
        self.sent_count += 1;
        let sent = Message {
            id: format!("sent-{}", self.sent_count),
            from: self.address.clone(),
            name: String::new(),
            to,
            cc,
            bcc,
            subject,
            body: Text::Typed(body),
            received: String::new(),
            seq: self.sent_count,
            folder: Folder::Sent,
            came_from: None,
            read: true,
            scam: false,
            attachments,
            links: Vec::new(),
            draft_of: None,
        };
        self.messages.push(sent);
        self.view = View::List(Folder::Inbox);
        self.notice = Some(Notice::Sent);
        Some(event)
    }

    fn cancel(&mut self) -> Option<SimEvent> {
        let View::Compose(draft) = &self.view else {
            return None;
        };
        if draft.picker.is_some() {
            return self.update(Action::ClosePicker);
        }
        let back = if draft.original.is_empty() {
            View::List(Folder::Inbox)
        } else {
            View::Reading(draft.original.clone())
        };
        if draft.is_empty() {
            self.view = back;
            return None;
        }
        let subject = draft.subject_text();
        let subject_empty = subject.is_blank();
        self.sent_count += 1;
        let message = Message {
            id: format!("draft-{}", self.sent_count),
            from: self.address.clone(),
            name: String::new(),
            to: split_addresses(&draft.to),
            cc: split_addresses(&draft.cc),
            bcc: split_addresses(&draft.bcc),
            subject,
            body: Text::Typed(draft.body.clone()),
            received: String::new(),
            seq: self.sent_count,
            folder: Folder::Drafts,
            came_from: None,
            read: true,
            scam: false,
            attachments: draft.attachments.clone(),
            links: Vec::new(),
            draft_of: Some((
                draft.kind.unwrap_or(ComposeKind::New),
                draft.original.clone(),
            )),
        };
        self.messages.push(message);
        self.view = back;
        self.notice = Some(Notice::DraftSaved);
        Some(SimEvent::new("email.draft_saved").with("subject_empty", subject_empty))
    }

    fn open_mut(&mut self) -> Option<&mut Message> {
        let id = self.open_message_id()?;
        self.messages.iter_mut().find(|m| m.id == id)
    }

    fn delete(&mut self) -> Option<SimEvent> {
        let m = self.open_mut()?;
        if m.folder == Folder::Trash {
            return None;
        }
        m.came_from = Some(m.folder);
        let folder = m.folder;
        m.folder = Folder::Trash;
        let (id, scam) = (m.id.clone(), m.scam);
        self.view = View::List(folder);
        self.notice = Some(Notice::Deleted);
        Some(
            SimEvent::new("email.deleted")
                .with("message", id)
                .with("scam", scam),
        )
    }

    fn restore(&mut self) -> Option<SimEvent> {
        let m = self.open_mut()?;
        if m.folder != Folder::Trash {
            return None;
        }
        m.folder = m.came_from.take().unwrap_or(Folder::Inbox);
        let id = m.id.clone();
        self.view = View::List(Folder::Trash);
        self.notice = Some(Notice::Restored);
        Some(SimEvent::new("email.restored").with("message", id))
    }

    fn report_spam(&mut self) -> Option<SimEvent> {
        let m = self.open_mut()?;
        if m.folder == Folder::Spam {
            return None;
        }
        let folder = m.folder;
        m.came_from = Some(folder);
        m.folder = Folder::Spam;
        let (id, scam) = (m.id.clone(), m.scam);
        self.view = View::List(folder);
        self.notice = Some(Notice::ReportedSpam);
        Some(
            SimEvent::new("email.reported_spam")
                .with("message", id)
                .with("scam", scam),
        )
    }

    fn not_spam(&mut self) -> Option<SimEvent> {
        let m = self.open_mut()?;
        if m.folder != Folder::Spam {
            return None;
        }
        m.folder = match m.came_from.take() {
            Some(Folder::Spam) | None => Folder::Inbox,
            Some(f) => f,
        };
        let id = m.id.clone();
        self.view = View::List(Folder::Spam);
        self.notice = Some(Notice::NotSpam);
        Some(SimEvent::new("email.unmarked_spam").with("message", id))
    }

    fn open_link(&mut self, link: &str) -> Option<SimEvent> {
        let m = self.message(&self.open_message_id()?)?;
        let l = m.links.iter().find(|l| l.id == link)?;
        let scam = l.scam;
        let event = SimEvent::new("email.link_opened")
            .with("message", m.id.clone())
            .with("link", link)
            .with("scam", scam);
        if scam {
            self.view = View::Warning {
                back: Box::new(self.view.clone()),
            };
        } else {
            self.notice = Some(Notice::LinkOpened);
        }
        Some(event)
    }

    fn view_attachment(&mut self, i: usize) -> Option<SimEvent> {
        let m = self.message(&self.open_message_id()?)?;
        let a = m.attachments.get(i)?;
        let event = SimEvent::new("email.attachment_opened")
            .with("message", m.id.clone())
            .with("name", a.name.clone())
            .with("format", format_of(&a.name))
            .with("scam", a.scam);
        let back = Box::new(self.view.clone());
        self.view = if a.scam {
            View::Warning { back }
        } else {
            View::File {
                name: a.name.clone(),
                back,
            }
        };
        Some(event)
    }

    fn download(&mut self, i: usize) -> Option<SimEvent> {
        let m = self.message(&self.open_message_id()?)?;
        let a = m.attachments.get(i)?.clone();
        let id = m.id.clone();
        let saved = self.disk.download(&a.name, a.size_kb);
        self.notice = Some(Notice::Downloaded(saved));
        Some(
            SimEvent::new("email.attachment_downloaded")
                .with("message", id)
                .with("format", format_of(&a.name))
                .with("name", a.name),
        )
    }

    fn password_form(&mut self, f: impl FnOnce(&mut PasswordForm)) -> Option<SimEvent> {
        if let View::Settings(form) = &mut self.view {
            f(form);
            form.error = None;
        }
        None
    }

    fn save_password(&mut self) -> Option<SimEvent> {
        let View::Settings(form) = &mut self.view else {
            return None;
        };
        let error = if form.old != self.password {
            Some(PasswordError::WrongOld)
        } else if form.new != form.repeat {
            Some(PasswordError::Mismatch)
        } else if form.new == self.password {
            Some(PasswordError::Same)
        } else if !letter::password_acceptable(&form.new) {
            Some(PasswordError::Weak)
        } else {
            None
        };
        if let Some(e) = error {
            form.error = Some(e);
            return Some(SimEvent::new("email.password_rejected").with("reason", e.key()));
        }
        let new = std::mem::take(&mut form.new);
        let event = SimEvent::new("email.password_changed")
            .with("length", count(new.chars().count()))
            .with("strong", password_strong(&new));
        self.password = new;
        self.view = View::List(Folder::Inbox);
        self.notice = Some(Notice::PasswordChanged);
        Some(event)
    }
}

fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}
