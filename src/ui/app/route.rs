//! Routing: each message goes to its screen (or overlay), and what the screen reports back
//! as an `Event` is acted on here: another screen, a setting, a notice. Every screen's
//! `update` has one shape, `(Task, Option<Event>)` (see `ui::screen::Update`).

use super::{Message, Notice, Screen, State};
use crate::ui::screen::pin;
use crate::ui::screen::pin::Purpose;
use crate::ui::screen::{finished, home, idle, learners, lesson, mentor, settings, setup};
use iced::{Task, keyboard};

impl State {
    pub(super) fn apply(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Loaded(_) => Task::none(),
            Message::Key(event) => self.key(event),
            Message::Sync(m) => self.sync_message(m),
            Message::BackupTick => self.backup(),
            Message::BackupDone(made) => {
                match made {
                    Some(Ok(path)) => tracing::info!("backup made: {}", path.display()),
                    Some(Err(e)) => tracing::error!("backup failed: {e}"),
                    None => tracing::error!("backup failed: its thread stopped"),
                }
                Task::none()
            }
            Message::Activity => {
                self.idle.activity(std::time::Instant::now());
                Task::none()
            }
            Message::Setup(m) => self.setup_message(m),
            Message::Pin(m) => self.pin(m),
            Message::Mentor(m) => self.mentor_message(m),
            Message::CloseRequested(id) => self.close_requested(id),
            Message::IdleTick(now) => self.idle_tick(now),
            Message::IncidentSeen => {
                if let Err(e) = self.store.acknowledge_incidents() {
                    tracing::error!("cannot mark the incident seen: {e}");
                }
                self.incident = None;
                Task::none()
            }
            Message::Settings(m) => self.settings_message(m),
            Message::Learners(m) => self.learners_message(m),
            Message::Home(m) => self.home_message(m),
            Message::Lesson(m) => self.lesson_message(m),
            Message::Finished(m) => self.finished_message(m),
        }
    }

    /// A backup of the progress file, on a second connection off the window's thread.
    fn backup(&self) -> Task<Message> {
        let open = self.store.reopen();
        crate::ui::background::run(
            move || {
                open.open()
                    .and_then(|store| store.backup())
                    .map_err(|e| e.to_string())
            },
            Message::BackupDone,
        )
    }

    fn setup_message(&mut self, m: setup::Message) -> Task<Message> {
        let Screen::Setup(s) = &mut self.screen else {
            return Task::none();
        };
        let first_run = s.first_run;
        let (task, event) = s.update(m, &self.store);
        match event {
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
        task.map(Message::Setup)
    }

    fn mentor_message(&mut self, m: mentor::Message) -> Task<Message> {
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
        match event {
            Some(mentor::Event::Close) => self.show_learners(),
            Some(mentor::Event::Preview(id, step)) => {
                let mentor = s.mentor.clone();
                match self.course.lesson(&id).and_then(|e| e.lesson.clone()) {
                    Some(lesson) if step < lesson.steps.len() => {
                        self.screen =
                            Screen::Lesson(Box::new(lesson::State::preview(lesson, step, mentor)));
                    }
                    _ => tracing::error!("no step {step} in lesson {id} to preview"),
                }
            }
            None => {}
        }
        task.map(Message::Mentor)
    }

    fn close_requested(&mut self, id: iced::window::Id) -> Task<Message> {
        if self.kiosk && self.has_mentor() {
            self.ask_pin(Purpose::Exit);
        } else if self.kiosk {
            // No mentor yet: closing is not free; make the mentor first.
            self.show_learners();
        } else {
            self.before_exit();
            return iced::window::close(id);
        }
        Task::none()
    }

    fn idle_tick(&mut self, now: std::time::Instant) -> Task<Message> {
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
        Task::none()
    }

    fn learners_message(&mut self, m: learners::Message) -> Task<Message> {
        let Screen::Learners(s) = &mut self.screen else {
            return Task::none();
        };
        let (task, event) = s.update(m, &self.store);
        match event {
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
        task.map(Message::Learners)
    }

    fn home_message(&mut self, m: home::Message) -> Task<Message> {
        let Screen::Home(s) = &mut self.screen else {
            return Task::none();
        };
        let (task, event) = s.update(m);
        let task = task.map(Message::Home);
        match event {
            Some(home::Event::Open(id)) => {
                let learner = s.learner.clone();
                self.open_lesson(learner, &id);
            }
            Some(home::Event::SignOut) => {
                self.show_learners();
                return Task::batch([task, self.start_sync()]);
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
        task
    }

    fn lesson_message(&mut self, m: lesson::Message) -> Task<Message> {
        let Screen::Lesson(s) = &mut self.screen else {
            return Task::none();
        };
        let (task, event) = s.update(m, &mut self.store, &self.tr);
        let task = task.map(Message::Lesson);
        if s.has_unsaved() {
            self.notice = Some(Notice::NotSaved);
        } else if self.notice == Some(Notice::NotSaved) {
            self.notice = None; // the disk has room again and everything was written
        }
        match event {
            Some(lesson::Event::ReadAloud(text)) => self.read_aloud(&text),
            Some(lesson::Event::Leave | lesson::Event::Finished) if s.preview_for.is_some() => {
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
        task
    }

    fn finished_message(&mut self, m: finished::Message) -> Task<Message> {
        let Screen::Finished(s) = &mut self.screen else {
            return Task::none();
        };
        let (task, event) = finished::update(m);
        let learner = s.learner.clone();
        match event {
            Some(finished::Event::Next) => match s.next.clone() {
                Some(next) => self.open_lesson(learner, &next),
                None => self.show_home(learner),
            },
            Some(finished::Event::Home) => self.show_home(learner),
            Some(finished::Event::Open(id)) => self.open_lesson(learner, &id),
            None => {}
        }
        task.map(Message::Finished)
    }

    pub(super) fn key(&mut self, event: keyboard::Event) -> Task<Message> {
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
}
