//! What shows over the screen: the PIN pad (and what it guards) and Settings.

use super::{Message, Notice, Overlay, Screen, State};
use crate::ui::screen::pin::{self, Gate, GateEvent, Purpose};
use crate::ui::screen::{idle, settings, setup};
use iced::Task;

impl State {
    /// Whether a mentor PIN guards Settings, Kelas and closing the kiosk. Fails closed: when
    /// the store cannot say, a mentor is assumed, so the PIN pad shows (and says the PIN cannot
    /// be checked) rather than opening what the PIN guards.
    pub(super) fn has_mentor(&self) -> bool {
        match self.store.mentors() {
            Ok(m) => !m.is_empty(),
            Err(e) => {
                tracing::error!("cannot read the mentors: {e}");
                true
            }
        }
    }

    /// Whether the learner's PIN is asked; fails closed like [`State::has_mentor`].
    pub(super) fn learner_needs_pin(&self, id: &str) -> bool {
        self.store.learner_has_pin(id).unwrap_or_else(|e| {
            tracing::error!("cannot read a learner's PIN: {e}");
            true
        })
    }

    /// The PIN pad, when it is shown.
    pub fn gate(&self) -> Option<&Gate> {
        match &self.overlay {
            Some(Overlay::Pin(g)) => Some(g),
            _ => None,
        }
    }

    /// Settings, when it is open.
    pub fn settings(&self) -> Option<&settings::State> {
        match &self.overlay {
            Some(Overlay::Settings(s)) => Some(s),
            _ => None,
        }
    }

    /// Settings, when it is open (tests put a pretend USB stick in it).
    pub fn settings_mut(&mut self) -> Option<&mut settings::State> {
        match &mut self.overlay {
            Some(Overlay::Settings(s)) => Some(s),
            _ => None,
        }
    }

    pub fn settings_open(&self) -> bool {
        self.settings().is_some()
    }

    /// Asks for a PIN before `purpose`.
    pub(super) fn ask_pin(&mut self, purpose: Purpose) {
        self.overlay = Some(Overlay::Pin(Gate::new(purpose)));
    }

    /// A digit, Backspace, OK or Batal on the PIN pad.
    pub(super) fn pin(&mut self, message: pin::Message) -> Task<Message> {
        let Some(Overlay::Pin(gate)) = &mut self.overlay else {
            return Task::none();
        };
        let (task, event) = gate.update(message, &self.store, &self.tr);
        let task = task.map(Message::Pin);
        match event {
            None => {}
            Some(GateEvent::Cancel) => self.overlay = None,
            Some(GateEvent::Opened { purpose, mentor }) => {
                self.overlay = None;
                match purpose {
                    Purpose::Learner(l) => self.show_home(l),
                    Purpose::Settings => self.open_settings_unguarded(),
                    Purpose::Mentor => self.show_mentor(mentor),
                    Purpose::Exit => {
                        self.before_exit();
                        return iced::exit();
                    }
                }
            }
        }
        task
    }

    /// What Settings reports: the parts that change the rest of Tuntun.
    pub(super) fn settings_message(&mut self, message: settings::Message) -> Task<Message> {
        let Some(Overlay::Settings(s)) = &mut self.overlay else {
            return Task::none();
        };
        let (task, event) = s.update(message, &mut self.store, &self.tr);
        let task = task.map(Message::Settings);
        match event {
            Some(settings::Event::Language(lang)) => {
                self.tr = self.catalog.translator(lang);
                if self.store.set_setting("lang", lang.code()).is_err() {
                    self.notice = Some(Notice::NotSaved);
                }
            }
            Some(settings::Event::Close) => {
                self.overlay = None;
                if self.notice == Some(Notice::KioskNeedsMentor) {
                    self.notice = None;
                }
            }
            Some(settings::Event::Idle(m)) => {
                self.idle.minutes = m;
                self.save_setting(idle::SETTING, &m.to_string());
            }
            Some(settings::Event::Kiosk(true)) if !self.has_mentor() => {
                // Without a mentor PIN anyone could close the kiosk: ask for one first.
                self.notice = Some(Notice::KioskNeedsMentor);
            }
            Some(settings::Event::Kiosk(on)) => {
                self.kiosk = on;
                if let Some(s) = self.settings_mut() {
                    s.admin.kiosk = on;
                }
                self.save_setting("kiosk", if on { "1" } else { "0" });
                return Task::batch([task, self.window_mode()]);
            }
            Some(settings::Event::AddMentor) => {
                self.overlay = None;
                self.screen = Screen::Setup(setup::State::default());
            }
            Some(settings::Event::ProgressTaken) => match &self.screen {
                Screen::Home(h) => {
                    let learner = h.learner.clone();
                    self.show_home(learner);
                }
                Screen::Learners(_) => self.show_learners(),
                _ => {}
            },
            Some(settings::Event::LearnerRemoved) => {
                if matches!(self.screen, Screen::Learners(_)) {
                    self.show_learners();
                }
            }
            Some(settings::Event::NotSaved) => self.notice = Some(Notice::NotSaved),
            Some(settings::Event::Sync(m)) => return Task::batch([task, self.sync_settings(m)]),
            None => {}
        }
        task
    }

    /// Settings, behind the mentor PIN once a mentor exists.
    pub fn open_settings(&mut self) {
        if self.has_mentor() {
            self.ask_pin(Purpose::Settings);
        } else {
            self.open_settings_unguarded();
        }
    }

    pub(super) fn open_settings_unguarded(&mut self) {
        let s = settings::State::open(&self.store, self.idle.minutes, self.kiosk);
        self.overlay = Some(Overlay::Settings(s));
        self.refresh_sync_panel();
    }
}
