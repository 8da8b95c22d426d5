//! The sync folder in the window: a round at start, every few minutes and at sign-out, on its
//! own thread with its own connection (see `store::second`), so a lesson never waits for it.
//! A learner never sees its outcome; the mentor sees it in Settings and in Kelas. The round
//! itself is `crate::sync`.

use super::app::State;
use super::screen::settings::sync as panel;
use super::screen::{learners, mentor};
use crate::store::Store;
use iced::Task;
use std::path::PathBuf;

/// How often a round runs while Tuntun is open (when a folder is chosen).
pub const EVERY: std::time::Duration = std::time::Duration::from_secs(5 * 60);

/// The outcome of the last round, as the mentor is told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Done at this time; files taken, files not taken.
    Done {
        at: i64,
        taken: usize,
        refused: usize,
        own_failed: bool,
    },
    /// The folder is not there (the USB stick is not plugged in).
    Missing,
    /// Something else went wrong (logged).
    Failed,
}

/// What the window knows about syncing.
#[derive(Debug, Default)]
pub struct Syncer {
    pub folder: Option<PathBuf>,
    pub running: bool,
    /// A round was asked for while one was running: run again when it ends.
    again: bool,
    /// Make the folder if it is not there (once, after the mentor chose it).
    create: bool,
    pub status: Option<Status>,
}

pub enum Message {
    Tick,
    Done(Status, bool),
}

impl std::fmt::Debug for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Message::Tick => write!(f, "Tick"),
            Message::Done(s, _) => write!(f, "Done({s:?})"),
        }
    }
}

impl Syncer {
    pub fn load(store: &Store) -> Self {
        let folder = store
            .setting(crate::sync::FOLDER_SETTING)
            .ok()
            .flatten()
            .filter(|f| !f.trim().is_empty())
            .map(PathBuf::from);
        Self {
            folder,
            ..Self::default()
        }
    }
}

/// One round, as the background thread runs it; (status, whether progress came in).
pub fn run(open: crate::store::second::Reopen, folder: PathBuf, create: bool) -> (Status, bool) {
    if create {
        crate::sync::make_folder(&folder);
    }
    let mut store = match open.open() {
        Ok(s) => s,
        Err(e) => {
            tracing::error!("sync: cannot open the progress file: {e}");
            return (Status::Failed, false);
        }
    };
    match crate::sync::round(&mut store, &folder) {
        Ok(round) => {
            for f in &round.files {
                tracing::info!("sync: {f}");
            }
            tracing::info!("sync: {}", round.own);
            let refused = round
                .files
                .iter()
                .filter(|f| {
                    matches!(
                        f.outcome,
                        crate::sync::Outcome::Refused(_) | crate::sync::Outcome::Misnamed { .. }
                    )
                })
                .count();
            let taken = round
                .files
                .iter()
                .filter(|f| matches!(f.outcome, crate::sync::Outcome::Merged { .. }))
                .count();
            let status = Status::Done {
                at: crate::store::now_ms(),
                taken,
                refused,
                own_failed: matches!(round.own, crate::sync::Own::Failed(_)),
            };
            (status, round.took_something())
        }
        Err(crate::sync::SyncError::Missing(_)) => (Status::Missing, false),
        Err(e) => {
            tracing::warn!("sync: {e}");
            (Status::Failed, false)
        }
    }
}

impl State {
    /// Starts a round in the background, unless none is wanted or one is running.
    pub fn start_sync(&mut self) -> Task<super::app::Message> {
        let Some(folder) = self.sync.folder.clone() else {
            return Task::none();
        };
        if self.sync.running {
            self.sync.again = true;
            return Task::none();
        }
        self.sync.running = true;
        if let Some(s) = self.settings_mut() {
            s.admin.sync.running = true;
        }
        let create = std::mem::take(&mut self.sync.create);
        let open = self.store.reopen();
        super::background::run(
            move || run(open, folder, create),
            |round| {
                let (status, took) = round.unwrap_or((Status::Failed, false));
                super::app::Message::Sync(Message::Done(status, took))
            },
        )
    }

    pub fn sync_message(&mut self, message: Message) -> Task<super::app::Message> {
        match message {
            Message::Tick => self.start_sync(),
            Message::Done(status, took) => {
                self.sync.running = false;
                if let Some(s) = self.settings_mut() {
                    s.admin.sync.running = false;
                    s.admin.sync.status = Some(status.clone());
                }
                if let super::app::Screen::Mentor(m) = &mut self.screen {
                    m.overview.laptops.status = Some(status.clone());
                }
                self.sync.status = Some(status);
                if took {
                    self.after_sync();
                }
                if std::mem::take(&mut self.sync.again) {
                    return self.start_sync();
                }
                Task::none()
            }
        }
    }

    /// New progress came in: the sign-in list and Kelas show it; a learner in a lesson or
    /// at home is left alone (their own screen reads the store when they move on).
    fn after_sync(&mut self) {
        match &mut self.screen {
            // Not while someone types: a search, or a new learner's form they began.
            super::app::Screen::Learners(s) if s.query.is_empty() && untouched(s) => {
                *s = learners::State::load(&self.store);
            }
            super::app::Screen::Mentor(m) if matches!(m.page, mentor::Page::Overview) => {
                let status = m.overview.laptops.status.clone();
                m.overview = mentor::overview::State::load(&self.store, &self.course);
                m.overview.laptops.status = status;
            }
            _ => {}
        }
    }
}

/// No form open, or only the empty one a laptop without learners starts with.
fn untouched(s: &learners::State) -> bool {
    match &s.form {
        None => true,
        Some(form) => {
            s.learners.is_empty()
                && s.pin.is_empty()
                && *form == crate::store::NewLearner::default()
        }
    }
}

impl State {
    /// What the mentor did in Settings → "Folder sinkron".
    pub fn sync_settings(&mut self, message: panel::Message) -> Task<super::app::Message> {
        let Some(settings) = self.settings_mut() else {
            return Task::none();
        };
        match settings.admin.sync.update(message) {
            Some(panel::Event::Save(folder)) => {
                let value = folder
                    .as_ref()
                    .map(|f| f.display().to_string())
                    .unwrap_or_default();
                if self
                    .store
                    .set_setting(crate::sync::FOLDER_SETTING, &value)
                    .is_err()
                {
                    self.notice = Some(super::app::Notice::NotSaved);
                    return Task::none();
                }
                self.sync.folder = folder;
                self.sync.status = None;
                if let Some(s) = self.settings_mut() {
                    s.admin.sync.status = None;
                }
                self.sync.create = true;
                self.start_sync()
            }
            Some(panel::Event::Now) => self.start_sync(),
            None => Task::none(),
        }
    }

    /// Settings opens: the panel shows the chosen folder and the USB sticks plugged in.
    pub fn refresh_sync_panel(&mut self) {
        let (folder, status, running) = (
            self.sync.folder.clone(),
            self.sync.status.clone(),
            self.sync.running,
        );
        let Some(settings) = self.settings_mut() else {
            return;
        };
        let usb = settings
            .transfer
            .places
            .iter()
            .filter_map(|p| match &p.kind {
                crate::places::PlaceKind::Usb(label) => {
                    Some((label.clone(), p.path.join(panel::USB_FOLDER)))
                }
                _ => None,
            })
            .collect();
        settings.admin.sync.refresh(folder.as_deref(), usb);
        settings.admin.sync.status = status;
        settings.admin.sync.running = running;
    }
}
