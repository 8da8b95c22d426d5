//! The application root: start-up, the shared things (store, course, words) and the
//! screen the learner is on. Screens report what crosses screens as `Event`s.

use super::comfort::Comfort;
use super::focus::Start;
use super::screen::pin::{Gate, GateEvent, Purpose};
use super::screen::{finished, home, idle, learners, lesson, mentor, pin, review, settings, setup};
use super::{Options, theme, widget};
use crate::course::{self, Course};
use crate::i18n::{Catalog, Lang, Translator};
use crate::store::{Incident, Learner, Store, StoreError};
use iced::widget::{column, container, operation, row};
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
}

/// What is shown over the screen. Only one at a time: the PIN pad asked for while Settings
/// is open (closing a kiosk) takes Settings' place.
pub enum Overlay {
    /// A PIN asked for before going on (a learner's, or the mentor's).
    Pin(Gate),
    Settings(settings::State),
}

/// The sentence above every screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
            (App::Ready(state), message) => state.update(message),
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
        let watch_idle = self.state().is_some_and(|s| {
            matches!(
                s.screen,
                Screen::Home(_) | Screen::Lesson(_) | Screen::Finished(_)
            )
        });
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
            if matches!(state.screen, Screen::Learners(_)) {
                // In kiosk mode without a mentor, that comes first.
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

    /// Whether a mentor PIN guards Settings, Kelas and closing the kiosk. Fails closed: when
    /// the store cannot say, a mentor is assumed, so the PIN pad shows (and says the PIN cannot
    /// be checked) rather than opening what the PIN guards.
    fn has_mentor(&self) -> bool {
        match self.store.mentors() {
            Ok(m) => !m.is_empty(),
            Err(e) => {
                tracing::error!("cannot read the mentors: {e}");
                true
            }
        }
    }

    /// Whether the learner's PIN is asked; fails closed like [`State::has_mentor`].
    fn learner_needs_pin(&self, id: &str) -> bool {
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
    fn ask_pin(&mut self, purpose: Purpose) {
        self.overlay = Some(Overlay::Pin(Gate::new(purpose)));
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
            Screen::Mentor(_) => None,
        }
    }

    /// Puts the keyboard in the screen's first text box, so typing just works.
    pub fn autofocus(&self) -> Task<Message> {
        match self.focus_target() {
            Some(id) => operation::focus(id),
            None => Task::none(),
        }
    }

    fn apply(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Loaded(_) => {}
            Message::Key(event) => return self.key(event),
            Message::Sync(m) => return self.sync_message(m),
            Message::BackupTick => match self.store.backup() {
                Ok(path) => tracing::info!("backup made: {}", path.display()),
                Err(e) => tracing::error!("backup failed: {e}"),
            },
            Message::Activity => self.idle.activity(std::time::Instant::now()),
            Message::Setup(m) => {
                let Screen::Setup(s) = &mut self.screen else {
                    return Task::none();
                };
                let first_run = s.first_run;
                match s.update(m, &self.store) {
                    Some(setup::Event::Done) if !first_run => {
                        self.show_learners();
                        self.open_settings_unguarded();
                    }
                    Some(setup::Event::Done) => self.show_learners(),
                    Some(setup::Event::Skipped) => {
                        if first_run && self.store.set_setting(setup::SKIPPED, "1").is_err() {
                            self.notice = Some(Notice::NotSaved);
                        }
                        self.show_learners();
                        if !first_run {
                            self.open_settings_unguarded();
                        }
                    }
                    None => {}
                }
            }
            Message::Pin(m) => return self.pin(m),
            Message::Mentor(m) => {
                let Screen::Mentor(s) = &mut self.screen else {
                    return Task::none();
                };
                let ctx = mentor::Ctx {
                    store: &self.store,
                    course: &self.course,
                    tr: &self.tr,
                    export_dir: &self.export_dir,
                    mentor: &s.mentor.clone(),
                };
                let (task, event) = s.update(m, &ctx);
                let task = task.map(Message::Mentor);
                match event {
                    Some(mentor::Event::Close) => self.show_learners(),
                    Some(mentor::Event::Preview(id, step)) => {
                        let mentor = s.mentor.clone();
                        match self.course.lesson(&id).and_then(|e| e.lesson.clone()) {
                            Some(lesson) if step < lesson.steps.len() => {
                                self.screen = Screen::Lesson(Box::new(lesson::State::preview(
                                    lesson, step, mentor,
                                )));
                            }
                            _ => tracing::error!("no step {step} in lesson {id} to preview"),
                        }
                    }
                    None => {}
                }
                return task;
            }
            Message::CloseRequested(id) => {
                if self.kiosk && self.has_mentor() {
                    self.ask_pin(Purpose::Exit);
                } else if self.kiosk {
                    // No mentor yet: closing is not free; make the mentor first.
                    self.show_learners();
                } else {
                    self.before_exit();
                    return iced::window::close(id);
                }
            }
            Message::IdleTick(now) => {
                if let Screen::Lesson(s) = &mut self.screen
                    && self.overlay.is_none()
                {
                    s.tick(now);
                    s.keep_draft(&mut self.store);
                }
                if self.watches_idle() && self.idle.tick(now) == idle::Verdict::SignOut {
                    self.sign_out_idle();
                    return self.start_sync();
                }
            }
            Message::IncidentSeen => {
                if let Err(e) = self.store.acknowledge_incidents() {
                    tracing::error!("cannot mark the incident seen: {e}");
                }
                self.incident = None;
            }
            Message::Settings(m) => return self.settings_message(m),
            Message::Learners(m) => {
                let Screen::Learners(s) = &mut self.screen else {
                    return Task::none();
                };
                match s.update(m, &self.store) {
                    Some(learners::Event::SignedIn(learner)) => self.show_home(learner),
                    Some(learners::Event::Picked(learner)) => {
                        if self.learner_needs_pin(&learner.id) {
                            self.ask_pin(Purpose::Learner(learner));
                        } else {
                            self.show_home(learner);
                        }
                    }
                    Some(learners::Event::OpenSettings) => self.open_settings(),
                    Some(learners::Event::OpenMentor) => {
                        if self.has_mentor() {
                            self.ask_pin(Purpose::Mentor);
                        } else {
                            self.show_mentor(String::new());
                        }
                    }
                    None => {}
                }
            }
            Message::Home(m) => {
                let Screen::Home(s) = &mut self.screen else {
                    return Task::none();
                };
                match s.update(m) {
                    Some(home::Event::Open(id)) => {
                        let learner = s.learner.clone();
                        self.open_lesson(learner, &id);
                    }
                    Some(home::Event::SignOut) => {
                        self.show_learners();
                        return self.start_sync();
                    }
                    Some(home::Event::Comfort(comfort)) => {
                        self.comfort = comfort;
                        if let Err(e) = comfort.save(&self.store, &s.learner.id) {
                            tracing::error!("cannot save the display choice: {e}");
                            self.notice = Some(Notice::NotSaved);
                        }
                    }
                    Some(home::Event::OpenSettings) => self.open_settings(),
                    Some(home::Event::StartReview(due)) => {
                        let learner = s.learner.clone();
                        self.start_review(learner, &due);
                    }
                    Some(home::Event::PostponeReview(module)) => {
                        if let Err(e) = self.store.postpone_review(&s.learner.id, &module) {
                            tracing::error!("cannot put the review off: {e}");
                            self.notice = Some(Notice::NotSaved);
                        }
                    }
                    None => {}
                }
            }
            Message::Lesson(m) => {
                let Screen::Lesson(s) = &mut self.screen else {
                    return Task::none();
                };
                let (event, saved) = s.update(m, &mut self.store, &self.tr);
                if !saved {
                    self.notice = Some(Notice::NotSaved);
                } else if self.notice == Some(Notice::NotSaved) {
                    self.notice = None; // the disk has room again and everything was written
                }
                match event {
                    Some(lesson::Event::ReadAloud(text)) => self.read_aloud(&text),
                    Some(lesson::Event::Leave | lesson::Event::Finished)
                        if s.preview_for.is_some() =>
                    {
                        self.speaking = None;
                        let mentor = s.preview_for.clone().unwrap_or_default();
                        self.show_mentor(mentor);
                    }
                    Some(lesson::Event::Finished) if s.review.is_some() => {
                        let learner = s.learner.clone();
                        let next = s
                            .review
                            .as_mut()
                            .and_then(|run| run.advance(&self.store, &self.course, &learner.id));
                        match next {
                            Some(player) => s.next_review_step(player),
                            None => {
                                self.speaking = None;
                                self.show_home(learner);
                                self.notice = Some(Notice::ReviewDone);
                            }
                        }
                    }
                    Some(lesson::Event::Leave) => {
                        self.speaking = None;
                        s.keep_draft(&mut self.store);
                        let learner = s.learner.clone();
                        self.show_home(learner);
                    }
                    Some(lesson::Event::Finished) => {
                        let learner = s.learner.clone();
                        let id = s.player.lesson.id.clone();
                        self.show_finished(learner, id);
                    }
                    None => {}
                }
            }
            Message::Finished(m) => {
                let Screen::Finished(s) = &mut self.screen else {
                    return Task::none();
                };
                match finished::update(m) {
                    finished::Event::Next => match s.next.clone() {
                        Some(next) => {
                            let learner = s.learner.clone();
                            self.open_lesson(learner, &next);
                        }
                        None => {
                            let learner = s.learner.clone();
                            self.show_home(learner);
                        }
                    },
                    finished::Event::Home => {
                        let learner = s.learner.clone();
                        self.show_home(learner);
                    }
                    finished::Event::Open(id) => {
                        let learner = s.learner.clone();
                        self.open_lesson(learner, &id);
                    }
                }
            }
        }
        Task::none()
    }

    fn key(&mut self, event: keyboard::Event) -> Task<Message> {
        use keyboard::key::Named;
        if self.gate().is_some() {
            if let keyboard::Event::KeyPressed { key, .. } = &event
                && let Some(m) = pin::Pad::key(key)
            {
                return self.pin(m);
            }
            return Task::none();
        }
        // Tab is the focus scope's (see `ui::focus`). Esc closes what can be closed
        // without losing anything: Settings, the Tampilan panel, the class view. In a
        // lesson it does nothing: a stray Esc must not take a beginner out of a practice.
        if let keyboard::Event::KeyPressed {
            key: keyboard::Key::Named(Named::Escape),
            ..
        } = event
        {
            if self.settings_open() {
                return self.update(Message::Settings(settings::Message::Close));
            }
            match &self.screen {
                Screen::Home(h) if h.display_open => {
                    return self.update(Message::Home(home::Message::Display));
                }
                Screen::Mentor(_) => {
                    return self.update(Message::Mentor(mentor::Message::Escape));
                }
                _ => {}
            }
        }
        Task::none()
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

    /// Nobody touched the laptop for too long: write what is pending, then back to the
    /// sign-in screen, so the next person cannot use (or see) this learner's progress.
    fn sign_out_idle(&mut self) {
        if let Screen::Lesson(s) = &mut self.screen {
            s.keep_draft(&mut self.store);
        }
        if let Screen::Lesson(s) = &mut self.screen
            && !s.flush(&mut self.store)
        {
            // Still unwritable: stay, rather than drop what the learner did.
            self.notice = Some(Notice::NotSaved);
            return;
        }
        tracing::info!("signed out after {} idle minutes", self.idle.minutes);
        self.overlay = None;
        self.show_learners();
        self.notice = Some(Notice::IdleSignedOut);
    }

    /// "Kelas", for the mentor `name` (empty without a mentor account).
    fn show_mentor(&mut self, name: String) {
        let mut kelas = mentor::State::load(&self.store, &self.course, name);
        kelas.overview.laptops.status = self.sync.status.clone();
        self.screen = Screen::Mentor(kelas);
    }

    /// The sign-in screen; in kiosk mode without a mentor, the mentor's setup comes first
    /// and cannot be skipped (else anyone could close the kiosk or open Settings).
    fn show_learners(&mut self) {
        self.comfort = Comfort::default();
        if self.kiosk && !self.has_mentor() {
            self.overlay = None;
            self.screen = Screen::Setup(setup::State {
                first_run: true,
                required: true,
                ..setup::State::default()
            });
            return;
        }
        self.screen = Screen::Learners(learners::State::load(&self.store));
    }

    fn show_home(&mut self, learner: Learner) {
        if self.notice == Some(Notice::IdleSignedOut) {
            self.notice = None;
        }
        self.comfort = Comfort::load(&self.store, &learner.id);
        self.screen = Screen::Home(home::State::load(learner, &self.store, &self.course));
    }

    fn show_finished(&mut self, learner: Learner, lesson: String) {
        let states = self.store.lesson_states(&learner.id).unwrap_or_else(|e| {
            tracing::error!("cannot read the lesson states: {e}");
            Default::default()
        });
        let next = crate::progress::resume::next_lesson(&self.course, &states);
        let check = self
            .course
            .modules
            .iter()
            .find(|m| m.skill_check().is_some_and(|e| e.id == lesson))
            .and_then(|m| match self.store.skill_check(&learner.id, m) {
                Ok(c) => c,
                Err(e) => {
                    tracing::error!("cannot read the skill check of {}: {e}", m.id);
                    None
                }
            })
            .and_then(|c| {
                let score = c.score()?;
                Some(finished::CheckOutcome {
                    score,
                    pass_mark: c.pass_mark,
                    passed: c.passed(),
                    practise: c.to_practise(),
                })
            });
        self.screen = Screen::Finished(finished::State {
            learner,
            lesson,
            next,
            check,
        });
    }

    /// Reads a text aloud, stopping what was still being read.
    fn read_aloud(&mut self, text: &str) {
        self.speaking = None;
        let Some(voice) = &self.voice else {
            return;
        };
        if voice.lacks(self.tr.lang()) {
            // Windows without an Indonesian voice: say how to add one.
            self.notice = Some(Notice::VoiceMissing);
            return;
        }
        match voice.speak(text, self.tr.lang()) {
            Ok(s) => self.speaking = Some(s),
            Err(e) => tracing::error!("cannot read aloud: {e}"),
        }
    }

    fn save_setting(&mut self, key: &str, value: &str) {
        if let Err(e) = self.store.set_setting(key, value) {
            tracing::error!("cannot save setting {key}: {e}");
            self.notice = Some(Notice::NotSaved);
        }
    }

    /// A digit, Backspace, OK or Batal on the PIN pad.
    fn pin(&mut self, message: pin::Message) -> Task<Message> {
        let Some(Overlay::Pin(gate)) = &mut self.overlay else {
            return Task::none();
        };
        match gate.update(message, &self.store, &self.tr) {
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
        Task::none()
    }

    /// What Settings reports: the parts that change the rest of Tuntun.
    fn settings_message(&mut self, message: settings::Message) -> Task<Message> {
        let Some(Overlay::Settings(s)) = &mut self.overlay else {
            return Task::none();
        };
        let event = s.update(message, &mut self.store, &self.tr);
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
                return self.window_mode();
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
            Some(settings::Event::Sync(m)) => return self.sync_settings(m),
            None => {}
        }
        Task::none()
    }

    /// Writes what a lesson still holds before the window closes.
    fn before_exit(&mut self) {
        if let Screen::Lesson(s) = &mut self.screen {
            s.keep_draft(&mut self.store);
            if !s.flush(&mut self.store) {
                tracing::error!("closing with progress that could not be written");
            }
        }
    }

    /// Settings, behind the mentor PIN once a mentor exists.
    pub fn open_settings(&mut self) {
        if self.has_mentor() {
            self.ask_pin(Purpose::Settings);
        } else {
            self.open_settings_unguarded();
        }
    }

    fn open_settings_unguarded(&mut self) {
        let s = settings::State::open(&self.store, self.idle.minutes, self.kiosk);
        self.overlay = Some(Overlay::Settings(s));
        self.refresh_sync_panel();
    }

    /// Begins or continues the short review on the lesson screen.
    fn start_review(&mut self, learner: Learner, due: &crate::store::review::DueReview) {
        match review::Run::begin(&mut self.store, &self.course, &learner.id, due) {
            Ok(Some((run, player))) => {
                let mut s = lesson::State::review(learner, run, player);
                s.text_scale = self.comfort.text_size.factor();
                self.screen = Screen::Lesson(Box::new(s));
            }
            Ok(None) => self.show_home(learner),
            Err(e) => {
                tracing::error!("cannot start the review: {e}");
                self.notice = Some(Notice::NotSaved);
                self.show_home(learner);
            }
        }
    }

    fn open_lesson(&mut self, learner: Learner, id: &str) {
        let Some(lesson) = self.course.lesson(id).and_then(|e| e.lesson.clone()) else {
            return;
        };
        match lesson::State::open(learner.clone(), lesson, &mut self.store) {
            Ok(mut s) => {
                s.text_scale = self.comfort.text_size.factor();
                self.screen = Screen::Lesson(Box::new(s));
            }
            Err(e) => {
                tracing::error!("cannot start lesson {id}: {e}");
                self.notice = Some(Notice::NotSaved);
                self.show_home(learner);
            }
        }
    }

    /// How much everything is enlarged: the signed-in learner's text size.
    pub fn scale_factor(&self) -> f32 {
        self.comfort.text_size.factor()
    }

    pub fn view(&self) -> Element<'_, Message> {
        let tr = &self.tr;
        let screen: Element<'_, Message> = if let Some(overlay) = &self.overlay {
            match overlay {
                Overlay::Pin(gate) => gate.view(tr).map(Message::Pin),
                Overlay::Settings(s) => s.view(tr).map(Message::Settings),
            }
        } else {
            match &self.screen {
                Screen::Learners(s) => s.view(tr).map(Message::Learners),
                Screen::Home(s) => s.view(tr, &self.course, self.comfort).map(Message::Home),
                Screen::Lesson(s) => s.view(tr, self.voice.is_some()).map(Message::Lesson),
                Screen::Finished(s) => s.view(tr, &self.course).map(Message::Finished),
                Screen::Setup(s) => s.view(tr).map(Message::Setup),
                Screen::Mentor(s) => s.view(tr, &self.course).map(Message::Mentor),
            }
        };
        let screen = container(screen).center_x(Length::Fill);
        let notice = self.notice.map(|notice| {
            container(widget::body(tr.tr(notice.id())))
                .padding(12)
                .width(Length::Fill)
                // Being signed out after a pause, a review done, or a voice Windows lacks is no
                // error: not in red.
                .style(
                    if matches!(
                        notice,
                        Notice::IdleSignedOut | Notice::ReviewDone | Notice::VoiceMissing
                    ) {
                        theme::hint
                    } else {
                        theme::error
                    },
                )
        });
        let page = column![]
            .push(self.incident.as_ref().map(|i| incident_banner(i, tr)))
            .push(notice)
            .push(screen);
        let page: Element<'_, Message> = container(page)
            .width(Length::Fill)
            .height(Length::Fill)
            .style(theme::page)
            .into();
        let page = match self.idle.warning_seconds() {
            Some(left) if self.watches_idle() => {
                let question = idle::still_there(tr, left).map(|()| Message::Activity);
                iced::widget::stack![page, question].into()
            }
            _ => page,
        };
        // Tab / Shift+Tab move the keyboard focus over the whole window, starting from the
        // first control of wherever the learner arrives.
        super::focus::scope(page).start(self.focus_start()).into()
    }
}

/// What the mentor must know about a repaired progress file, with one button to say "seen".
fn incident_banner<'a>(incident: &Incident, tr: &Translator) -> Element<'a, Message> {
    let seen: Element<'a, ()> =
        widget::secondary("incident-ok", tr.tr("notice-restored-ok"), Some(())).into();
    let path = incident.field("moved_to").unwrap_or_default();
    let missing = incident.field("moved_to").is_none() && incident.flag("missing");
    let text = match incident.field("backup_made") {
        Some(date) if missing => tr.tr_args("notice-missing-restored", &[("date", date.into())]),
        Some(date) => tr.tr_args(
            "notice-restored",
            &[("date", date.into()), ("path", path.into())],
        ),
        None => tr.tr_args("notice-restored-empty", &[("path", path.into())]),
    };
    container(
        row![
            widget::body(text).width(Length::Fill),
            seen.map(|()| Message::IncidentSeen),
        ]
        .spacing(theme::SPACE)
        .align_y(iced::Alignment::Center),
    )
    .padding(12)
    .width(Length::Fill)
    .style(theme::error)
    .into()
}

impl Failure {
    fn view(&self) -> Element<'_, Message> {
        let tr = &self.tr;
        let (id, path) = match &self.error {
            StoreError::DataDir { path, .. } => ("error-data-dir", path),
            StoreError::TooNew { path, .. } => ("error-too-new", path),
            StoreError::Corrupt { path, .. } => ("error-corrupt", path),
            StoreError::Open { path, .. } | StoreError::Unreadable { path, .. } => {
                ("error-open", path)
            }
            StoreError::NeedsRepair { path, .. } => ("error-corrupt", path),
            StoreError::NoProgress(path) => ("error-open", path),
            StoreError::Sql(_)
            | StoreError::Migration(_)
            | StoreError::PinHash(_)
            | StoreError::Invalid(_) => ("error-database", &std::path::PathBuf::new()),
        };
        let path = path.display().to_string();
        container(
            widget::card(
                column![
                    widget::title(tr.tr("error-title")),
                    widget::body(tr.tr_args(id, &[("path", path.into())])),
                    widget::body(tr.tr("error-call-mentor")),
                    widget::small(self.error.to_string()),
                ]
                .spacing(theme::SPACE),
            )
            .max_width(900),
        )
        .center(Length::Fill)
        .padding(theme::PAD)
        .style(theme::page)
        .into()
    }
}
