//! The real views, driven headless with iced_test: click, type, then check state and store.

use iced_test::{Simulator, selector};
use tuntun::course::Step;
use tuntun::i18n::Lang;
use tuntun::sim::Value;
use tuntun::store::FILE_NAME;
use tuntun::ui::app::{Message, Screen, State};
use tuntun::ui::{self, Options};

/// A running Tuntun on a fresh data folder.
pub struct Harness {
    pub state: State,
    pub dir: tempfile::TempDir,
}

impl Harness {
    pub fn new() -> Self {
        // Same pixels on every machine: see NOTES (wgpu on a software adapter differs).
        // SAFETY: set before any renderer exists; every test sets the same value.
        unsafe { std::env::set_var("ICED_TEST_BACKEND", "tiny-skia") };
        let dir = tempfile::tempdir().expect("temp dir");
        let options = Options {
            data_dir: dir.path().to_owned(),
            lang: Some(Lang::Id),
            content: None,
        };
        let state = match ui::app::load(&options) {
            Ok(state) => state,
            Err(f) => panic!("start-up failed: {}", f.error),
        };
        Self { state, dir }
    }

    pub fn sim(&self) -> Simulator<'_, Message> {
        Simulator::with_size(ui::settings(), (1366.0, 768.0), self.state.view())
    }

    /// Runs `act` on a simulator of the current view, then feeds its messages to `update`.
    pub fn act(&mut self, act: impl FnOnce(&mut Simulator<'_, Message>)) {
        let messages: Vec<Message> = {
            let mut ui = self.sim();
            act(&mut ui);
            ui.into_messages().collect()
        };
        for m in messages {
            let _ = self.state.update(m);
        }
    }

    pub fn click(&mut self, id: &'static str) {
        self.act(|ui| {
            if let Err(e) = ui.click(selector::id(id)) {
                panic!("cannot click #{id}: {e:?}");
            }
        });
    }

    pub fn click_id(&mut self, id: String) {
        self.act(|ui| {
            if let Err(e) = ui.click(selector::id(id.clone())) {
                panic!("cannot click #{id}: {e:?}");
            }
        });
    }

    pub fn click_text(&mut self, text: &str) {
        self.act(|ui| {
            if let Err(e) = ui.click(text) {
                panic!("cannot click {text:?}: {e:?}");
            }
        });
    }

    pub fn shows(&self, text: &str) -> bool {
        self.sim().find(text).is_ok()
    }

    pub fn tr(&self, id: &str) -> String {
        self.state.tr.tr(id)
    }

    /// Adds a learner through the form and signs in.
    pub fn add_learner(&mut self, name: &str, nip: &str) {
        self.act(|ui| {
            ui.click(selector::id("name")).expect("name box");
            ui.typewrite(name);
            ui.click(selector::id("nip")).expect("nip box");
            ui.typewrite(nip);
            ui.click(selector::id("save-learner")).expect("save");
        });
    }
}

fn lesson_player(h: &Harness) -> &tuntun::ui::screen::lesson::State {
    match &h.state.screen {
        Screen::Lesson(l) => l,
        _ => panic!("not in a lesson"),
    }
}

#[test]
fn a_new_learner_does_the_first_dasar_lesson_and_home_and_disk_say_it_is_done() {
    let mut h = Harness::new();
    assert!(h.shows(&h.tr("learners-title")));
    // A wrong NIP is explained in one sentence and nothing is saved.
    h.add_learner("Siti Rahmawati", "12345");
    assert!(
        h.shows(&h.tr("learners-error-nip")),
        "the NIP problem is explained"
    );
    assert!(matches!(h.state.screen, Screen::Learners(_)));
    h.act(|ui| {
        // Put things right the way a learner would: Backspace, then the right number.
        ui.click(selector::id("nip")).expect("nip box");
        for _ in 0..5 {
            ui.tap_key(iced::keyboard::key::Named::Backspace);
        }
        ui.typewrite("198003152005011002");
    });
    h.click("save-learner");
    let Screen::Home(home) = &h.state.screen else {
        panic!("home after adding")
    };
    let learner = home.learner.clone();
    assert_eq!(learner.name, "Siti Rahmawati");
    assert_eq!(learner.nip.as_deref(), Some("198003152005011002"));
    assert!(h.shows(&h.tr("home-continue")));

    // "Lanjutkan" opens the first lesson of the course.
    h.click("continue");
    let lesson = lesson_player(&h).player.lesson.clone();
    assert_eq!(lesson.id, "dasar.klik");
    let total = lesson.steps.len();
    assert!(h.shows(&h.state.tr.tr_args(
        "lesson-step-of",
        &[("n", 1.into()), ("total", total.into())]
    )));

    let mut saw_wrong_answer = false;
    let mut saw_hints = false;
    let mut saw_mistake = false;
    for (i, step) in lesson.steps.iter().enumerate() {
        assert_eq!(lesson_player(&h).player.index, i);
        match step {
            Step::Read { text } => assert!(h.shows(&h.tr(text))),
            Step::Quiz { options, .. } => {
                if let Some(wrong) = options.iter().find(|o| !o.correct) {
                    h.click_text(&h.tr(&wrong.text));
                    assert!(
                        h.shows(&h.tr(&wrong.feedback)),
                        "wrong answers get their feedback"
                    );
                    assert!(h.shows(&h.tr("lesson-feedback-try")));
                    assert!(
                        !lesson_player(&h).player.is_done(),
                        "a wrong answer does not finish the step"
                    );
                    saw_wrong_answer = true;
                }
                let right = options.iter().find(|o| o.correct).expect("a right answer");
                h.click_text(&h.tr(&right.text));
                assert!(h.shows(&h.tr(&right.feedback)));
            }
            Step::Do {
                goal,
                hints,
                mistakes,
                highlight,
                ..
            } => {
                if !saw_hints && !hints.is_empty() {
                    for _ in hints {
                        h.click("hint");
                    }
                    for hint in hints {
                        assert!(lesson_player(&h).player.hints().contains(hint));
                    }
                    assert_eq!(lesson_player(&h).player.highlight(), highlight.as_deref());
                    saw_hints = true;
                }
                if !saw_mistake && mistakes.iter().any(|m| m.matcher.event == "dasar.missed") {
                    // Click the empty board beside the targets.
                    h.act(|ui| {
                        let board = ui.find(selector::id("board")).expect("board").bounds();
                        ui.point_at(iced::Point::new(board.x + 30.0, board.y + 30.0));
                        ui.simulate(iced_test::simulator::click());
                    });
                    assert!(
                        h.shows(&h.tr("lesson-feedback-try")),
                        "a miss gets gentle feedback"
                    );
                    saw_mistake = true;
                }
                assert_eq!(
                    goal.event, "dasar.clicked",
                    "this test knows how to click targets"
                );
                let Some(Value::Text(target)) = goal.fields.get("target") else {
                    panic!("goal without target")
                };
                h.click_id(format!("target-{target}"));
                assert!(
                    lesson_player(&h).player.is_done(),
                    "step {i}: the goal was met"
                );
            }
        }
        h.click("next");
    }
    assert!(
        saw_wrong_answer && saw_hints && saw_mistake,
        "the lesson exercised every kind of help"
    );

    // Finished screen, then home shows the lesson done.
    assert!(h.shows(&h.tr("finished-title")));
    h.click("home");
    assert!(matches!(h.state.screen, Screen::Home(_)));
    assert!(h.shows(&h.tr("home-lesson-done")));
    let Screen::Home(home) = &h.state.screen else {
        unreachable!()
    };
    assert_eq!(
        home.next.as_deref(),
        Some("dasar.klik-ganda"),
        "Lanjutkan now goes to lesson 2"
    );

    // The SQLite file on disk says so too.
    let conn = rusqlite::Connection::open(h.dir.path().join(FILE_NAME)).expect("open the file");
    let completed: Option<i64> = conn
        .query_row(
            "SELECT completed_at FROM lesson_state WHERE learner = ?1 AND lesson = 'dasar.klik'",
            [&learner.id],
            |r| r.get(0),
        )
        .expect("row");
    assert!(completed.is_some());
    let steps: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM events WHERE learner = ?1 AND kind = 'step_completed'",
            [&learner.id],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(usize::try_from(steps).expect("count"), total);
    let wrong: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM events WHERE kind = 'quiz_answered' AND payload LIKE '%false%'",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert!(wrong >= 1, "the wrong answer is in the log");
}

#[test]
fn leaving_mid_lesson_and_continuing_resumes_at_the_same_step() {
    let mut h = Harness::new();
    h.add_learner("Budi Santoso", "");
    h.click("continue");
    h.click("next"); // the first step is a read step
    assert_eq!(lesson_player(&h).player.index, 1);
    h.click("leave");
    assert!(h.shows(&h.state.tr.tr_args(
        "home-resume-at",
        &[("n", 2.into()), ("total", lesson_total(&h).into())]
    )));
    h.click("continue");
    assert_eq!(
        lesson_player(&h).player.index,
        1,
        "back where the learner stopped"
    );
}

fn lesson_total(h: &Harness) -> usize {
    h.state
        .course
        .lesson("dasar.klik")
        .and_then(|e| e.lesson.as_ref())
        .map_or(0, |l| l.steps.len())
}

#[test]
fn the_language_can_be_switched_to_english_and_is_remembered() {
    let mut h = Harness::new();
    h.click("settings");
    h.click_text("English");
    assert!(h.shows("Who is learning today?") || h.shows("Settings"));
    h.click("close-settings");
    assert!(h.shows("Who is learning today?"));
    let store = tuntun::store::Store::open(h.dir.path());
    // The app holds the store open; a second handle still reads the saved value.
    assert_eq!(
        store
            .ok()
            .and_then(|s| s.setting("lang").ok().flatten())
            .as_deref(),
        Some("en")
    );
}
