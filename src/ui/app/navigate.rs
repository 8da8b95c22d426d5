//! Going from screen to screen: each `show_…` builds the screen from the store, and what
//! must be written before leaving one (a draft, pending records) is written first.

use super::{Notice, Screen, State};
use crate::store::Learner;
use crate::ui::comfort::Comfort;
use crate::ui::screen::{finished, home, learners, lesson, mentor, review, setup};

impl State {
    /// Nobody touched the laptop for too long: write what is pending, then back to the
    /// sign-in screen, so the next person cannot use (or see) this learner's progress.
    pub(super) fn sign_out_idle(&mut self) {
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
    pub(super) fn show_mentor(&mut self, name: String) {
        let mut kelas = mentor::State::load(&self.store, &self.course, name);
        kelas.overview.laptops.status = self.sync.status.clone();
        self.screen = Screen::Mentor(kelas);
    }

    /// The sign-in screen; in kiosk mode without a mentor, the mentor's setup comes first
    /// and cannot be skipped (else anyone could close the kiosk or open Settings).
    pub(super) fn show_learners(&mut self) {
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

    pub(super) fn show_home(&mut self, learner: Learner) {
        if self.notice == Some(Notice::IdleSignedOut) {
            self.notice = None;
        }
        self.comfort = Comfort::load(&self.store, &learner.id);
        self.screen = Screen::Home(home::State::load(learner, &self.store, &self.course));
    }

    pub(super) fn show_finished(&mut self, learner: Learner, lesson: String) {
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
    pub(super) fn read_aloud(&mut self, text: &str) {
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

    pub(super) fn save_setting(&mut self, key: &str, value: &str) {
        if let Err(e) = self.store.set_setting(key, value) {
            tracing::error!("cannot save setting {key}: {e}");
            self.notice = Some(Notice::NotSaved);
        }
    }

    /// Writes what a lesson still holds before the window closes.
    pub(super) fn before_exit(&mut self) {
        if let Screen::Lesson(s) = &mut self.screen {
            s.keep_draft(&mut self.store);
            if !s.flush(&mut self.store) {
                tracing::error!("closing with progress that could not be written");
            }
        }
    }

    /// Begins or continues the short review on the lesson screen.
    pub(super) fn start_review(&mut self, learner: Learner, due: &crate::store::review::DueReview) {
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

    pub(super) fn open_lesson(&mut self, learner: Learner, id: &str) {
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
}
