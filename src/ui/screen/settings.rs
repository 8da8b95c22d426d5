//! Settings ("Pengaturan"): the language of the app, moving progress to another laptop
//! (save to a USB stick or the Documents folder; take a file found there), and for the
//! mentor on a shared laptop: automatic sign-out, kiosk mode, learners' PINs, removing a
//! learner, adding a mentor. Behind the mentor PIN once a mentor exists.
//!
//! Settings is an overlay with its own state: what it can do with the store itself (PINs,
//! removing a learner, saving and taking progress files) it does here; what changes the
//! rest of Tuntun (the language, kiosk mode, automatic sign-out, adding a mentor) it reports
//! to the root as an [`Event`].

use crate::i18n::{Lang, Translator};
use crate::places::Place;
use crate::store::Store;
use crate::store::exchange::{ImportError, ImportSummary};
use crate::ui::focus::focus;
use crate::ui::widget::Outcome;
use crate::ui::{theme, widget};
use iced::Task;
use iced::widget::{button, column, container, row, scrollable};
use iced::{Element, Length};
use std::path::PathBuf;

pub mod sync;

#[derive(Debug, Clone)]
pub enum Message {
    Language(Lang),
    Close,
    SaveTo(usize),
    Take(usize),
    Idle(u32),
    Kiosk(bool),
    ClearPin(String),
    Delete(String),
    AddMentor,
    Sync(sync::Message),
    /// A save or a take that ran off the window's thread has ended.
    Transferred(Done),
}

/// How a save or a take ended.
#[derive(Debug, Clone)]
pub enum Done {
    /// Progress written to `file` (with how many learners), or not.
    Saved {
        file: PathBuf,
        learners: Option<u64>,
    },
    Taken(Result<crate::store::exchange::ImportSummary, Refusal>),
}

/// Why a progress file was not taken: the sentence's id, and the laptop a forged file
/// claims to come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub id: &'static str,
    pub laptop: Option<String>,
}

/// A message with the place or file it names looked up.
enum Request {
    Language(Lang),
    Close,
    SaveTo(PathBuf),
    Take(PathBuf),
    Idle(u32),
    Kiosk(bool),
    ClearPin(String),
    /// Asked twice: the first click only arms it ([`Admin::confirm_delete`]).
    Delete(String),
    AddMentor,
    Sync(sync::Message),
    Transferred(Done),
}

/// What Settings tells the root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    Language(Lang),
    Close,
    Idle(u32),
    Kiosk(bool),
    AddMentor,
    /// Learners were added or changed by a progress file: the screen behind shows them.
    ProgressTaken,
    /// A learner was removed: the sign-in screen behind shows one fewer.
    LearnerRemoved,
    /// Something could not be written (the root shows its warning).
    NotSaved,
    /// "Folder sinkron" (the root runs the rounds: see `ui::sync`).
    Sync(sync::Message),
}

/// Settings while it is open.
#[derive(Debug, Default)]
pub struct State {
    pub transfer: Transfer,
    pub admin: Admin,
}

impl State {
    /// Settings as it opens: the learners and mentors read again, and USB sticks and
    /// progress files looked for again.
    pub fn open(store: &Store, idle_minutes: u32, kiosk: bool) -> Self {
        let mut s = Self::default();
        s.admin.idle_minutes = idle_minutes;
        s.admin.kiosk = kiosk;
        s.admin.refresh(store);
        s.transfer.refresh(crate::places::discover());
        s
    }

    pub fn update(
        &mut self,
        message: Message,
        store: &mut Store,
        tr: &Translator,
    ) -> super::Update<Message, Event> {
        let Some(request) = self.transfer.update(message) else {
            return super::only(None);
        };
        match request {
            Request::SaveTo(dir) => (self.transfer.save_to(&dir, store), None),
            Request::Take(file) => (self.transfer.take(file, store), None),
            request => super::only(self.decide(request, store, tr)),
        }
    }

    fn decide(&mut self, request: Request, store: &mut Store, tr: &Translator) -> Option<Event> {
        match request {
            Request::Language(lang) => return Some(Event::Language(lang)),
            Request::Close => return Some(Event::Close),
            Request::Idle(m) => {
                self.admin.idle_minutes = m;
                return Some(Event::Idle(m));
            }
            Request::Kiosk(on) => return Some(Event::Kiosk(on)),
            Request::AddMentor => return Some(Event::AddMentor),
            Request::Sync(m) => return Some(Event::Sync(m)),
            Request::ClearPin(id) => {
                let failed = store.set_learner_pin(&id, None).is_err();
                self.admin.refresh(store);
                if failed {
                    tracing::error!("cannot remove the PIN of {id}");
                    return Some(Event::NotSaved);
                }
            }
            Request::Delete(id) => {
                if self.admin.confirm_delete.as_deref() != Some(id.as_str()) {
                    self.admin.confirm_delete = Some(id);
                    return None;
                }
                self.admin.confirm_delete = None;
                let result = store.delete_learner(&id);
                self.admin.refresh(store);
                if let Err(e) = result {
                    tracing::error!("cannot remove a learner: {e}");
                    return Some(Event::NotSaved);
                }
                return Some(Event::LearnerRemoved);
            }
            // Started by `update`; they end here.
            Request::SaveTo(_) | Request::Take(_) => {}
            Request::Transferred(Done::Saved { file, learners }) => {
                self.transfer.saved(&file, learners, tr);
            }
            Request::Transferred(Done::Taken(result)) => {
                self.transfer.taken(result, tr);
                self.admin.refresh(store);
                return Some(Event::ProgressTaken);
            }
        }
        None
    }

    pub fn view(&self, tr: &Translator) -> Element<'_, Message> {
        view(tr, &self.transfer, &self.admin)
    }
}

impl Admin {
    /// Reads the learners (with whether each has a PIN) and the mentors again.
    fn refresh(&mut self, store: &Store) {
        let learners = store.learners().unwrap_or_else(|e| {
            tracing::error!("cannot read the learners: {e}");
            Vec::new()
        });
        self.learners = learners
            .into_iter()
            .map(|l| {
                let has_pin = store.learner_has_pin(&l.id).unwrap_or(false);
                (l, has_pin)
            })
            .collect();
        self.mentors = store
            .mentors()
            .unwrap_or_else(|e| {
                tracing::error!("cannot read the mentors: {e}");
                Vec::new()
            })
            .into_iter()
            .map(|m| m.name)
            .collect();
    }
}

/// What the mentor part of Settings shows.
#[derive(Debug, Default)]
pub struct Admin {
    pub idle_minutes: u32,
    pub kiosk: bool,
    /// Every learner, and whether they have a PIN.
    pub learners: Vec<(crate::store::Learner, bool)>,
    pub mentors: Vec<String>,
    /// The learner whose "Hapus" was clicked once.
    pub confirm_delete: Option<String>,
    /// "Folder sinkron".
    pub sync: sync::Panel,
}

/// Where progress can be saved and which progress files were found, with the last result.
#[derive(Debug, Default)]
pub struct Transfer {
    pub places: Vec<Place>,
    pub files: Vec<PathBuf>,
    /// The last save or take, in the learner's language.
    pub result: Option<Outcome>,
    /// A save or a take is under way ("Sedang…"): the buttons wait for it.
    pub working: bool,
}

impl Transfer {
    /// Looks again for drives, folders and files (when Settings opens, after a save).
    pub fn refresh(&mut self, places: Vec<Place>) {
        self.files = crate::places::find_exports(&places);
        self.places = places;
    }

    fn update(&self, message: Message) -> Option<Request> {
        Some(match message {
            Message::Language(l) => Request::Language(l),
            Message::Close => Request::Close,
            Message::SaveTo(i) => Request::SaveTo(self.places.get(i)?.path.clone()),
            Message::Take(i) => Request::Take(self.files.get(i)?.clone()),
            Message::Idle(m) => Request::Idle(m),
            Message::Kiosk(on) => Request::Kiosk(on),
            Message::ClearPin(id) => Request::ClearPin(id),
            Message::Delete(id) => Request::Delete(id),
            Message::AddMentor => Request::AddMentor,
            Message::Sync(m) => Request::Sync(m),
            Message::Transferred(done) => Request::Transferred(done),
        })
    }

    /// Saves every learner's progress to a new file in `dir` (a USB stick, Documents), on a
    /// second connection off the window's thread.
    fn save_to(&mut self, dir: &std::path::Path, store: &Store) -> Task<Message> {
        if self.working {
            return Task::none();
        }
        self.working = true;
        self.result = None;
        let file = crate::places::new_export_path(dir, &store.laptop_name(), store.device());
        let open = store.reopen();
        let written = file.clone();
        crate::ui::background::run(
            move || {
                let store = open.open().map_err(|e| e.to_string())?;
                crate::output::export::write(
                    &store,
                    &crate::store::exchange::Selection::All,
                    &written,
                )
                .map(|(learners, _)| learners)
                .map_err(|e| e.to_string())
            },
            move |result| {
                let learners = match result {
                    Some(Ok(learners)) => Some(learners),
                    Some(Err(e)) => {
                        tracing::error!("export to {} failed: {e}", file.display());
                        None
                    }
                    None => None,
                };
                Message::Transferred(Done::Saved { file, learners })
            },
        )
    }

    fn saved(&mut self, file: &std::path::Path, learners: Option<u64>, tr: &Translator) {
        self.working = false;
        self.result = Some(match learners {
            Some(learners) => {
                let name = file.display().to_string();
                let args = [("file", name.into()), ("learners", learners.into())];
                let saved = tr.tr_args("transfer-saved", &args);
                Outcome::done(format!("{saved} {}", tr.tr("transfer-saved-private")))
            }
            None => Outcome::failed(tr.tr("transfer-error-save")),
        });
        let places = std::mem::take(&mut self.places);
        self.refresh(places);
    }

    /// Merges a progress file, on a second connection off the window's thread.
    fn take(&mut self, file: PathBuf, store: &Store) -> Task<Message> {
        if self.working {
            return Task::none();
        }
        self.working = true;
        self.result = None;
        let open = store.reopen();
        crate::ui::background::run(
            move || {
                let mut store = open.open().map_err(|e| {
                    tracing::error!("cannot open the progress file again: {e}");
                    refusal(&ImportError::Store(e))
                })?;
                store.import_file(&file).map_err(|e| {
                    tracing::error!("import of {} failed: {e}", file.display());
                    refusal(&e)
                })
            },
            |result| {
                Message::Transferred(Done::Taken(result.unwrap_or(Err(Refusal {
                    id: "transfer-error-read",
                    laptop: None,
                }))))
            },
        )
    }

    fn taken(&mut self, result: Result<ImportSummary, Refusal>, tr: &Translator) {
        self.working = false;
        self.result = Some(match result {
            Ok(s) => {
                let args = [
                    ("learners", s.learners_added.into()),
                    ("events", s.events_added.into()),
                ];
                let taken = tr.tr_args("transfer-taken", &args);
                match &s.new_laptop {
                    Some(l) => {
                        let args = [
                            ("name", l.name.clone().into()),
                            ("fingerprint", l.fingerprint.clone().into()),
                        ];
                        let first = tr.tr_args("transfer-new-laptop", &args);
                        Outcome::done(format!("{taken} {first}"))
                    }
                    None => Outcome::done(taken),
                }
            }
            Err(Refusal { id, laptop: None }) => Outcome::failed(tr.tr(id)),
            Err(Refusal {
                id,
                laptop: Some(name),
            }) => Outcome::failed(tr.tr_args(id, &[("name", name.into())])),
        });
    }
}

/// The sentence that says why a file was refused.
fn refusal(e: &ImportError) -> Refusal {
    let id = match e {
        ImportError::Foreign | ImportError::LongLine(_) | ImportError::TooLarge => {
            "transfer-error-foreign"
        }
        ImportError::FutureVersion(_) => "transfer-error-future",
        ImportError::Truncated => "transfer-error-truncated",
        ImportError::Tampered(_) => "transfer-error-tampered",
        ImportError::Unsigned(_) => "transfer-error-unsigned",
        ImportError::WrongKey(_) => "transfer-error-wrong-key",
        ImportError::NotAFile => "transfer-error-not-file",
        ImportError::Invalid { .. } | ImportError::Inconsistent(_) => "transfer-error-invalid",
        ImportError::Read(_) | ImportError::Store(_) => "transfer-error-read",
    };
    let laptop = match e {
        ImportError::WrongKey(name) => Some(name.clone()),
        _ => None,
    };
    Refusal { id, laptop }
}

fn transfer_view<'a>(tr: &Translator, t: &'a Transfer) -> Element<'a, Message> {
    let saves = t.places.iter().enumerate().map(|(i, p)| {
        widget::secondary(
            format!("save-to-{i}"),
            tr.tr_args(
                "transfer-save-to",
                &[("place", widget::place_name(tr, p).into())],
            ),
            (!t.working).then_some(Message::SaveTo(i)),
        )
        .into()
    });
    let takes: Vec<Element<'a, Message>> = t
        .files
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let name = f
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            widget::secondary(
                format!("take-{i}"),
                tr.tr_args("transfer-take", &[("file", name.into())]),
                (!t.working).then_some(Message::Take(i)),
            )
            .into()
        })
        .collect();
    let found: Element<'a, Message> = if takes.is_empty() {
        widget::body(tr.tr("transfer-none-found")).into()
    } else {
        column(takes).spacing(8).into()
    };
    let result = t.result.as_ref().map(widget::result_banner);
    let working = t.working.then(|| widget::body(tr.tr("transfer-working")));
    column![
        widget::subtitle(tr.tr("settings-transfer")),
        widget::body(tr.tr("settings-transfer-help")),
        row(saves).spacing(theme::SPACE).wrap(),
        found,
    ]
    .push(working)
    .push(result)
    .spacing(theme::SPACE)
    .into()
}

/// A choice among a few, the chosen one marked (green frame and "dipilih").
fn option<'a>(
    tr: &Translator,
    label: String,
    chosen: bool,
    id: String,
    message: Message,
) -> Element<'a, Message> {
    let mark = if chosen {
        tr.tr("settings-chosen")
    } else {
        String::new()
    };
    container(focus(
        button(
            row![widget::body(label).width(Length::Fill), widget::small(mark)]
                .spacing(8)
                .align_y(iced::Alignment::Center),
        )
        .padding([10, 16])
        .width(Length::Fill)
        .style(move |t: &iced::Theme, s| {
            if chosen {
                theme::tile_chosen(true)(t, s)
            } else {
                theme::tile(t, s)
            }
        })
        .on_press(message),
    ))
    .id(id)
    .width(Length::Fill)
    .into()
}

fn admin_view<'a>(tr: &Translator, admin: &'a Admin) -> Element<'a, Message> {
    let idle = crate::ui::screen::idle::CHOICES.iter().map(|&m| {
        let label = if m == 0 {
            tr.tr("settings-idle-never")
        } else {
            tr.tr_args("settings-idle-minutes", &[("minutes", m.into())])
        };
        option(
            tr,
            label,
            admin.idle_minutes == m,
            format!("idle-{m}"),
            Message::Idle(m),
        )
    });
    let kiosk = row![
        option(
            tr,
            tr.tr("settings-kiosk-on"),
            admin.kiosk,
            "kiosk-on".into(),
            Message::Kiosk(true)
        ),
        option(
            tr,
            tr.tr("settings-kiosk-off"),
            !admin.kiosk,
            "kiosk-off".into(),
            Message::Kiosk(false)
        ),
    ]
    .spacing(12);
    let learners = admin.learners.iter().map(|(l, has_pin)| {
        let clear = has_pin.then(|| {
            widget::secondary(
                format!("clear-pin-{}", l.id),
                tr.tr("settings-clear-pin"),
                Some(Message::ClearPin(l.id.clone())),
            )
        });
        let armed = admin.confirm_delete.as_deref() == Some(l.id.as_str());
        let delete = widget::secondary(
            format!("delete-{}", l.id),
            tr.tr(if armed {
                "settings-delete-confirm"
            } else {
                "settings-delete"
            }),
            Some(Message::Delete(l.id.clone())),
        );
        row![widget::body(l.name.as_str()).width(Length::Fill)]
            .push(clear)
            .push(delete)
            .spacing(12)
            .align_y(iced::Alignment::Center)
            .into()
    });
    let mentors = if admin.mentors.is_empty() {
        tr.tr("settings-mentors-none")
    } else {
        tr.tr_args(
            "settings-mentors",
            &[("names", admin.mentors.join(", ").into())],
        )
    };
    column![
        sync::view(tr, &admin.sync).map(Message::Sync),
        widget::subtitle(tr.tr("settings-idle")),
        widget::small(tr.tr("settings-idle-help")),
        row(idle).spacing(12),
        widget::subtitle(tr.tr("settings-kiosk")),
        widget::small(tr.tr("settings-kiosk-help")),
        kiosk,
        widget::subtitle(tr.tr("settings-learners")),
        column(learners).spacing(8),
        widget::subtitle(tr.tr("settings-mentor-title")),
        widget::body(mentors),
        widget::secondary(
            "add-mentor",
            tr.tr("settings-add-mentor"),
            Some(Message::AddMentor)
        ),
    ]
    .spacing(theme::SPACE)
    .into()
}

fn view<'a>(tr: &Translator, transfer: &'a Transfer, admin: &'a Admin) -> Element<'a, Message> {
    let choice = |lang: Lang, label: &str| {
        option(
            tr,
            tr.tr(label),
            tr.lang() == lang,
            format!("lang-{}", lang.code()),
            Message::Language(lang),
        )
    };
    scrollable(
        container(
            widget::card(
                column![
                    // "Tutup" at the top: Settings has grown longer than one screen.
                    row![
                        widget::title(tr.tr("settings-title")).width(Length::Fill),
                        widget::primary(
                            "close-settings",
                            tr.tr("settings-close"),
                            Some(Message::Close)
                        ),
                    ]
                    .align_y(iced::Alignment::Center),
                    widget::body(tr.tr("settings-language")),
                    choice(Lang::Id, "settings-lang-id"),
                    choice(Lang::En, "settings-lang-en"),
                    transfer_view(tr, transfer),
                    admin_view(tr, admin),
                ]
                .spacing(theme::SPACE),
            )
            .max_width(900),
        )
        .center_x(Length::Fill)
        .padding(theme::PAD),
    )
    .into()
}
