//! The application root: start-up, the shared things (store, course, words) and the
//! screen the learner is on. Screens report what crosses screens as `Event`s.

mod navigate;
mod overlay;
mod route;
mod view;

use super::comfort::Comfort;
use super::focus::Start;
use super::screen::pin::Gate;
use super::screen::{finished, home, idle, learners, lesson, mentor, pin, settings, setup};
use super::{Options, theme, widget};
use crate::course::{self, Course};
use crate::i18n::{Catalog, Lang, Translator};
use crate::store::{Incident, Store, StoreError};
use iced::widget::{container, operation};
use iced::{Element, Length, Subscription, Task, keyboard};

/// Tuntun from start-up on.
pub enum App {
    Loading,
    Ready(Box<State>),
    Failed(Box<Failure>),
}

/// Why Tuntun could not start, with the words to say so.
pub struct Failure {
    pub tr: Translator,
    pub error: StoreError,
}

/// Everything a running Tuntun holds.
pub struct State {
    pub store: Store,
    pub course: Course,
    pub catalog: Catalog,
    pub tr: Translator,
    pub screen: Screen,
    /// The PIN pad or Settings, shown over the screen.
    pub overlay: Option<Overlay>,
    /// A sentence shown above every screen, e.g. progress not saved.
    pub notice: Option<Notice>,
    /// A repaired progress file the mentor has not acknowledged yet.
    pub incident: Option<Incident>,
    /// Signing a learner out after a while without input (see [`idle`]).
    pub idle: idle::Idle,
    /// Full screen, and closing needs the mentor PIN (`--kiosk` or the setting).
    pub kiosk: bool,
    /// espeak-ng, when installed: "Bacakan" is shown only then.
    pub voice: Option<crate::speech::Voice>,
    /// What is being read aloud now (a new text, or leaving the lesson, stops it).
    pub speaking: Option<crate::speech::Speaking>,
    /// The signed-in learner's text size and colours (kept per learner).
    pub comfort: Comfort,
    /// Where the mentor's reports and certificates are written.
    pub export_dir: std::path::PathBuf,
    /// The sync folder's rounds (see `ui::sync`).
    pub sync: super::sync::Syncer,
    /// One whole repaint of the window per new page (see `ui::repaint`).
    pub repaint: super::repaint::Repaint,
}

/// What is shown over the screen. Only one at a time: the PIN pad asked for while Settings
/// is open (closing a kiosk) takes Settings' place.
pub enum Overlay {
    /// A PIN asked for before going on (a learner's, or the mentor's).
    Pin(Gate),
    Settings(settings::State),
}

/// The sentence above every screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Notice {
    /// Something could not be written (the disk is full or gone).
    NotSaved,
    /// The last learner was signed out after a pause (not an error: shown as a hint).
    IdleSignedOut,
    /// Kiosk mode was asked for before any mentor exists.
    KioskNeedsMentor,
    /// Windows has no Indonesian voice for "Bacakan".
    VoiceMissing,
    /// An "Ulangan singkat" was just finished (good news, shown as a hint).
    ReviewDone,
}

impl Notice {
    pub fn id(self) -> &'static str {
        match self {
            Notice::NotSaved => "notice-not-saved",
            Notice::IdleSignedOut => "notice-idle-signed-out",
            Notice::KioskNeedsMentor => "settings-kiosk-needs-mentor",
            Notice::VoiceMissing => "notice-voice-missing",
            Notice::ReviewDone => "notice-review-done",
        }
    }
}

/// How often a backup is made while Tuntun is open.
pub const BACKUP_EVERY: std::time::Duration = std::time::Duration::from_secs(30 * 60);

pub enum Screen {
    Learners(learners::State),
    Home(home::State),
    Lesson(Box<lesson::State>),
    Finished(finished::State),
    Setup(setup::State),
    Mentor(mentor::State),
}

pub enum Message {
    Loaded(Box<Result<State, Box<Failure>>>),
    Learners(learners::Message),
    Home(home::Message),
    Lesson(lesson::Message),
    Finished(finished::Message),
    Settings(settings::Message),
    Key(keyboard::Event),
    BackupTick,
    /// A backup ended (its file, or why not; `None`: its thread stopped).
    BackupDone(Option<Result<std::path::PathBuf, String>>),
    IncidentSeen,
    /// A click, a key or the wheel: the learner is there.
    Activity,
    Setup(setup::Message),
    Pin(pin::Message),
    Mentor(mentor::Message),
    /// The window's close button or Alt+F4.
    CloseRequested(iced::window::Id),
    /// The clock, every second while a learner is signed in.
    IdleTick(std::time::Instant),
    Sync(super::sync::Message),
}

impl App {
    pub fn boot(options: Options) -> (Self, Task<Message>) {
        (
            App::Loading,
            Task::perform(async move { load(&options) }, |r| {
                Message::Loaded(Box::new(r))
            }),
        )
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match (self, message) {
            (app, Message::Loaded(result)) => {
                *app = match *result {
                    Ok(state) => App::Ready(Box::new(state)),
                    Err(failure) => App::Failed(failure),
                };
                // Some window managers ignore "maximised" at creation; ask again now that
                // the window exists.
                let maximise =
                    iced::window::latest().and_then(|id| iced::window::maximize(id, true));
                match app {
                    App::Ready(state) => {
                        let kiosk = state.window_mode();
                        let sync = state.start_sync();
                        Task::batch([maximise, kiosk, state.autofocus(), sync])
                    }
                    _ => maximise,
                }
            }
            (App::Ready(state), message) => {
                let task = state.update(message);
                state.repaint.note(super::repaint::page(state));
                task
            }
            // While loading and on the "cannot open" screen there is nothing to write first
            // and no PIN to ask: the close button and Alt+F4 simply close.
            (App::Loading | App::Failed(_), Message::CloseRequested(id)) => iced::window::close(id),
            _ => Task::none(),
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        match self {
            App::Loading => container(widget::body("…"))
                .center(Length::Fill)
                .style(theme::page)
                .into(),
            App::Ready(state) => state.view(),
            App::Failed(failure) => failure.view(),
        }
    }

    pub fn subscription(&self) -> Subscription<Message> {
        // The clock runs while a learner is signed in: for idle sign-out and for offering a
        // hint to someone who has not moved on for a while.
        let watch_idle = self.state().is_some_and(State::needs_clock);
        Subscription::batch([
            keyboard::listen().map(Message::Key),
            iced::time::every(BACKUP_EVERY).map(|_| Message::BackupTick),
            iced::window::close_requests().map(Message::CloseRequested),
            // Clicks, keys and the wheel, not pointer moves: a message per move would
            // redraw the screen for nothing.
            iced::event::listen_with(|event, _, _| match event {
                iced::Event::Mouse(
                    iced::mouse::Event::ButtonPressed(_) | iced::mouse::Event::WheelScrolled { .. },
                )
                | iced::Event::Keyboard(keyboard::Event::KeyPressed { .. })
                | iced::Event::Touch(iced::touch::Event::FingerPressed { .. }) => {
                    Some(Message::Activity)
                }
                _ => None,
            }),
            if self.state().is_some_and(|s| s.sync.folder.is_some()) {
                iced::time::every(super::sync::EVERY)
                    .map(|_| Message::Sync(super::sync::Message::Tick))
            } else {
                Subscription::none()
            },
            if watch_idle {
                iced::time::every(std::time::Duration::from_secs(1)).map(Message::IdleTick)
            } else {
                Subscription::none()
            },
        ])
    }

    /// The look: the signed-in learner's choice, the default otherwise.
    pub fn theme(&self) -> iced::Theme {
        theme::themed(self.state().is_some_and(|s| s.comfort.high_contrast))
    }

    /// How much everything is enlarged: the signed-in learner's text size.
    pub fn scale_factor(&self) -> f32 {
        self.state().map_or(1.0, State::scale_factor)
    }

    /// The running state, if start-up succeeded.
    pub fn state(&self) -> Option<&State> {
        match self {
            App::Ready(s) => Some(s),
            _ => None,
        }
    }
}

/// Loads content and opens the store; never panics.
pub fn load(options: &Options) -> Result<State, Box<Failure>> {
    let content = course::load(options.content.as_deref());
    for p in &content.problems {
        tracing::warn!("content problem: {p}");
    }
    let store = Store::open(&options.data_dir);
    let saved_lang = store
        .as_ref()
        .ok()
        .and_then(|s| s.setting("lang").ok().flatten())
        .and_then(|l| Lang::negotiate(&l));
    let lang = options.lang.or(saved_lang).unwrap_or_default();
    let tr = content.catalog.translator(lang);
    match store {
        Ok(store) => {
            let mut state = State::new(store, content.course, content.catalog, lang);
            state.kiosk = options.kiosk || state.kiosk;
            if state.kiosk && matches!(state.screen, Screen::Learners(_) | Screen::Setup(_)) {
                // In kiosk mode without a mentor, that comes first, without "Lewati" (also
                // on a first start, whose set-up was made before --kiosk was known).
                state.show_learners();
            }
            state.export_dir =
                mentor::export::export_dir(options.export_dir.as_deref(), &options.data_dir);
            Ok(state)
        }
        Err(error) => {
            tracing::error!("cannot open the store: {error}");
            Err(Box::new(Failure { tr, error }))
        }
    }
}

impl State {
    pub fn new(store: Store, course: Course, catalog: Catalog, lang: Lang) -> Self {
        let tr = catalog.translator(lang);
        let mut state = Self {
            store,
            course,
            catalog,
            tr,
            screen: Screen::Learners(learners::State::default()),
            overlay: None,
            notice: None,
            incident: None,
            idle: idle::Idle::default(),
            kiosk: false,
            voice: crate::speech::Voice::find(),
            speaking: None,
            comfort: Comfort::default(),
            export_dir: std::path::PathBuf::new(),
            sync: super::sync::Syncer::default(),
            repaint: Default::default(),
        };
        state.sync = super::sync::Syncer::load(&state.store);
        state.kiosk = state.store.setting("kiosk").ok().flatten().as_deref() == Some("1");
        state.idle.minutes = state
            .store
            .setting(idle::SETTING)
            .ok()
            .flatten()
            .and_then(|m| m.parse().ok())
            .unwrap_or(idle::DEFAULT_MINUTES);
        state.incident = match state.store.incidents() {
            Ok(list) => list.into_iter().find(|i| !i.seen),
            Err(e) => {
                tracing::error!("cannot read incidents: {e}");
                None
            }
        };
        let fresh = state.store.learners().is_ok_and(|l| l.is_empty())
            && state.store.mentors().is_ok_and(|m| m.is_empty())
            && state.store.setting(setup::SKIPPED).ok().flatten().is_none();
        if fresh {
            state.screen = Screen::Setup(setup::State {
                first_run: true,
                ..setup::State::default()
            });
        } else {
            state.show_learners();
        }
        state
    }

    /// Full screen in kiosk mode, a normal (maximised) window otherwise.
    pub fn window_mode(&self) -> Task<Message> {
        let mode = if self.kiosk {
            iced::window::Mode::Fullscreen
        } else {
            iced::window::Mode::Windowed
        };
        iced::window::latest().and_then(move |id| iced::window::set_mode(id, mode))
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        // The note about the last learner's sign-out is for the next person who comes;
        // their first click on anything ends it, so it does not follow them everywhere.
        if self.notice == Some(Notice::IdleSignedOut)
            && matches!(
                message,
                Message::Learners(_)
                    | Message::Pin(_)
                    | Message::Settings(_)
                    | Message::Mentor(_)
                    | Message::Setup(_)
            )
        {
            self.notice = None;
        }
        // "Ulangan singkat selesai" greets the learner back on Beranda until the next click;
        // how to add a voice stays until the next click too (it comes back with "Bacakan").
        if matches!(self.notice, Some(Notice::ReviewDone | Notice::VoiceMissing))
            && matches!(message, Message::Home(_) | Message::Lesson(_))
        {
            self.notice = None;
        }
        let before = self.focus_target();
        let task = self.apply(message);
        let after = self.focus_target();
        if after.is_some() && after != before {
            return Task::batch([task, self.autofocus()]);
        }
        task
    }

    /// The text box a learner should be able to type into at once, if any.
    fn focus_target(&self) -> Option<&'static str> {
        match &self.screen {
            _ if self.overlay.is_some() => None,
            Screen::Learners(s) if s.form.is_some() => Some("name"),
            // A class: typing the first letters of a name finds it at once.
            Screen::Learners(s) if s.learners.len() > learners::SEARCH_FROM => Some("search"),
            Screen::Setup(_) => Some("mentor-name"),
            _ => None,
        }
    }

    /// Where the learner is, and the control that has the focus on arriving: the first text
    /// box or the main action (see `ui::focus`), never the way out.
    pub fn focus_start(&self) -> Option<Start> {
        if self.idle.warning_seconds().is_some() && self.watches_idle() {
            return Some(Start::new("idle", "still-here"));
        }
        match self.overlay {
            Some(Overlay::Pin(_)) => return Some(Start::new("pin", "pin-1")),
            Some(Overlay::Settings(_)) => return Some(Start::new("settings", "lang-id")),
            None => {}
        }
        match &self.screen {
            Screen::Learners(s) if s.form.is_some() => Some(Start::new("learner-form", "name")),
            Screen::Learners(s) if s.learners.len() > learners::SEARCH_FROM => {
                Some(Start::new("learners", "search"))
            }
            Screen::Learners(_) => Some(Start::new("learners", "learner-tiles")),
            Screen::Setup(_) => Some(Start::new("setup", "mentor-name")),
            Screen::Home(h) => Some(Start::new(("home", &h.learner.id), "continue")),
            Screen::Finished(f) => Some(Start::new(("finished", &f.lesson), "first-action")),
            Screen::Lesson(l) => l.focus_start(),
            Screen::Mentor(m) => Some(m.focus_start()),
        }
    }

    /// Puts the keyboard in the screen's first text box, so typing just works.
    pub fn autofocus(&self) -> Task<Message> {
        match self.focus_target() {
            Some(id) => operation::focus(id),
            None => Task::none(),
        }
    }

    /// Whether the one-second clock (`IdleTick`) runs: while a learner is signed in (idle
    /// sign-out, and a hint for someone who has not moved on for a while) and while Kelas or
    /// Settings is open (they lock again after the idle time too).
    pub fn needs_clock(&self) -> bool {
        matches!(
            self.screen,
            Screen::Home(_) | Screen::Lesson(_) | Screen::Finished(_)
        ) || self.watches_idle()
    }

    /// Idle sign-out is on, and a learner is signed in or the mentor's screens (Kelas,
    /// Settings: every name, NIP and note) are open: both close after the idle time.
    pub fn watches_idle(&self) -> bool {
        self.idle.minutes > 0
            && self.gate().is_none()
            && (self.settings_open()
                || matches!(
                    self.screen,
                    Screen::Home(_) | Screen::Lesson(_) | Screen::Finished(_) | Screen::Mentor(_)
                ))
    }

    /// How much everything is enlarged: the signed-in learner's text size.
    pub fn scale_factor(&self) -> f32 {
        self.comfort.text_size.factor()
    }
}
