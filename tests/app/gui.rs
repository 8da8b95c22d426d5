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

/// Runs a Task to its end, as the window's runtime would, and gives the messages it produced.
/// Window and widget actions (focus, full screen, closing) have no window here: dropped.
pub fn outputs(task: iced::Task<Message>) -> Vec<Message> {
    use iced::futures::StreamExt;
    let Some(stream) = iced_runtime::task::into_stream(task) else {
        return Vec::new();
    };
    iced::futures::executor::block_on(
        stream
            .filter_map(|action| async move {
                match action {
                    iced_runtime::Action::Output(m) => Some(m),
                    _ => None,
                }
            })
            .collect(),
    )
}

impl Harness {
    /// A fresh Tuntun on a personal laptop: the mentor account was skipped at first start.
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        tuntun::store::Store::open(dir.path())
            .and_then(|s| s.set_setting(tuntun::ui::screen::setup::SKIPPED, "1"))
            .expect("skip the mentor set-up");
        Self::in_dir(dir)
    }

    /// A Tuntun started for the very first time (it asks for the mentor account).
    pub fn first_start() -> Self {
        Self::in_dir(tempfile::tempdir().expect("temp dir"))
    }

    /// Tuntun started on a data folder prepared by the test.
    pub fn in_dir(dir: tempfile::TempDir) -> Self {
        // Same pixels on every machine: see NOTES (wgpu on a software adapter differs).
        // SAFETY: set before any renderer exists; every test sets the same value.
        unsafe { std::env::set_var("ICED_TEST_BACKEND", "tiny-skia") };
        let options = Options {
            data_dir: dir.path().to_owned(),
            lang: Some(Lang::Id),
            content: None,
            kiosk: false,
            export_dir: Some(dir.path().to_owned()),
        };
        let state = match ui::app::load(&options) {
            Ok(state) => state,
            Err(f) => panic!("start-up failed: {}", f.error),
        };
        Self { state, dir }
    }

    pub fn sim(&self) -> Simulator<'_, Message> {
        // The learner's text size enlarges everything: the same laptop screen then holds
        // fewer logical pixels, exactly as iced's scale factor makes it in the window.
        let f = self.state.comfort.text_size.factor();
        Simulator::with_size(ui::settings(), (1366.0 / f, 768.0 / f), self.state.view())
    }

    /// Runs `act` on a simulator of the current view, then feeds its messages to `update`.
    pub fn act(&mut self, act: impl FnOnce(&mut Simulator<'_, Message>)) {
        let messages: Vec<Message> = {
            let mut ui = self.sim();
            act(&mut ui);
            ui.into_messages().collect()
        };
        for m in messages {
            self.update(m);
        }
    }

    /// Gives `update` a message, then runs the Tasks it returns (as the window's runtime
    /// would) and gives it their messages in turn, until none is left. Window and widget
    /// actions (focus, full screen, closing) have no window here and are dropped.
    pub fn update(&mut self, message: Message) {
        let mut queue = std::collections::VecDeque::from([message]);
        while let Some(m) = queue.pop_front() {
            let task = self.state.update(m);
            queue.extend(outputs(task));
        }
    }

    /// Runs a Task `update` returned (and what its messages start in turn) to the end.
    pub fn finish(&mut self, task: iced::Task<Message>) {
        for m in outputs(task) {
            self.update(m);
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

    /// Moves the mouse onto the control `id` without clicking (a `CursorMoved`, as a hand
    /// on the mouse makes).
    pub fn hover(&mut self, id: &str) {
        let id = id.to_owned();
        self.act(move |ui| {
            let at = ui
                .find(selector::id(id.clone()))
                .unwrap_or_else(|e| panic!("#{id}: {e:?}"))
                .bounds()
                .center();
            ui.point_at(at);
            ui.simulate([iced::Event::Mouse(iced::mouse::Event::CursorMoved {
                position: at,
            })]);
        });
    }

    /// Clicks the empty practice board beside the targets (a `dasar.missed`).
    pub fn miss_board(&mut self) {
        self.act(|ui| {
            let board = ui.find(selector::id("board")).expect("board").bounds();
            ui.point_at(iced::Point::new(board.x + 30.0, board.y + 30.0));
            ui.simulate(iced_test::simulator::click());
        });
    }

    /// Scrolls the page down (as with the mouse wheel over its middle), then clicks `id`:
    /// for controls further down a long page such as Settings.
    pub fn scroll_and_click(&mut self, id: String) {
        self.scroll_at_and_click(None, id);
    }

    /// Scrolls down with the wheel over the control `over` (the page's middle when `None`),
    /// then clicks `id`, which must then be in sight.
    pub fn scroll_at_and_click(&mut self, over: Option<&str>, id: String) {
        let over = over.map(str::to_owned);
        self.act(move |ui| {
            use iced::mouse::{Event as MouseEvent, ScrollDelta};
            let at = match over {
                Some(o) => ui
                    .find(selector::id(o.clone()))
                    .unwrap_or_else(|e| panic!("#{o}: {e:?}"))
                    .bounds()
                    .center(),
                None => iced::Point::new(683.0, 400.0),
            };
            ui.point_at(at);
            ui.simulate([iced::Event::Mouse(MouseEvent::WheelScrolled {
                delta: ScrollDelta::Lines { x: 0.0, y: -40.0 },
            })]);
            if let Err(e) = ui.click(selector::id(id.clone())) {
                panic!("cannot click #{id} after scrolling: {e:?}");
            }
        });
    }

    /// With the keyboard alone: Tab until the control `id` has the focus ring, then Enter.
    pub fn key_press(&mut self, id: &str) {
        let id = id.to_owned();
        self.act(move |ui| {
            tab_to(ui, &id);
            ui.tap_key(iced::keyboard::key::Named::Enter);
        });
    }

    /// With the keyboard alone: Tab until the text box `id` has the focus, then type.
    pub fn key_type(&mut self, id: &str, text: &str) {
        let (id, text) = (id.to_owned(), text.to_owned());
        self.act(move |ui| {
            tab_to(ui, &id);
            ui.typewrite(&text);
        });
    }

    pub fn click_text(&mut self, text: &str) {
        self.act(|ui| {
            if let Err(e) = ui.click(text) {
                panic!("cannot click {text:?}: {e:?}");
            }
        });
    }

    /// Saves what the screen shows as `DIR/<name>-tiny-skia.png` when `TUNTUN_PICTURES=DIR`
    /// is set, so a developer can look at a state a test reaches; otherwise does nothing.
    pub fn picture(&self, name: &str) {
        let Some(dir) = std::env::var_os("TUNTUN_PICTURES") else {
            return;
        };
        let name = name.replace('.', "_");
        let path = std::path::Path::new(&dir).join(&name);
        let _ = std::fs::remove_file(path.with_file_name(format!("{name}-tiny-skia.png")));
        let saved = self
            .sim()
            .snapshot(&ui::theme::themed(self.state.comfort.high_contrast))
            .and_then(|s| s.matches_image(&path));
        assert!(matches!(saved, Ok(true)), "picture {name}: {saved:?}");
    }

    /// Every control named is wholly inside the window (as the learner's text size makes it).
    pub fn assert_on_screen(&self, ids: &[&str]) {
        let f = self.state.comfort.text_size.factor();
        let screen =
            iced::Rectangle::new(iced::Point::ORIGIN, iced::Size::new(1366.0 / f, 768.0 / f));
        let mut ui = self.sim();
        for id in ids {
            let b = match ui.find(selector::id((*id).to_owned())) {
                Ok(found) => found.bounds(),
                Err(e) => panic!("#{id} is not on the screen: {e:?}"),
            };
            assert!(
                b.width > 0.0
                    && screen.contains(b.position())
                    && screen.contains(iced::Point::new(b.x + b.width - 0.5, b.y + b.height - 0.5)),
                "#{id} at {b:?} is not wholly inside {screen:?} (text size ×{f})"
            );
        }
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

/// Presses Tab until the focused control lies within the control `id` (a fresh screen
/// starts with nothing focused, as after every screen change in the window).
pub fn tab_to(ui: &mut Simulator<'_, Message>, id: &str) {
    let target = match ui.find(selector::id(id.to_owned())) {
        Ok(t) => t.bounds(),
        Err(e) => panic!("#{id} is not on the screen: {e:?}"),
    };
    for _ in 0..120 {
        ui.tap_key(iced::keyboard::key::Named::Tab);
        if let Ok(focused) = ui.find(selector::is_focused())
            && target.contains(focused.bounds().center())
        {
            // A keyboard user must see where the focus is: scrolled into sight.
            assert!(
                focused.visible_bounds().is_some(),
                "#{id} has the focus but is out of sight"
            );
            return;
        }
    }
    panic!("Tab never reaches #{id}");
}

pub fn lesson_player(h: &Harness) -> &tuntun::ui::screen::lesson::State {
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
                match (goal.event.as_str(), goal.fields.get("target")) {
                    ("dasar.clicked", Some(Value::Text(target))) => {
                        h.click_id(format!("target-{target}"));
                    }
                    // The pointer shapes: the mouse is moved over the place, no click.
                    ("dasar.pointer_seen", _) => {
                        let Some(Value::Text(shape)) = goal.fields.get("shape") else {
                            panic!("goal without shape")
                        };
                        h.hover(&format!("pointer-{shape}"));
                    }
                    _ => panic!("this test knows how to click targets and hover"),
                }
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

/// Meets a `do` step's goal through the real view, the way a learner would.
pub fn solve(h: &mut Harness, goal: &tuntun::course::Matcher) {
    use iced::mouse::{Button, Event as MouseEvent, ScrollDelta};
    use iced::{Event, Point};
    let text = |k: &str| match goal.fields.get(k) {
        Some(Value::Text(t)) => t.clone(),
        _ => String::new(),
    };
    let center = |ui: &mut Simulator<'_, Message>, id: String| -> Point {
        ui.find(selector::id(id.clone()))
            .unwrap_or_else(|e| panic!("#{id}: {e:?}"))
            .visible_bounds()
            .unwrap_or_else(|| panic!("#{id} is not visible"))
            .center()
    };
    let press = |b| Event::Mouse(MouseEvent::ButtonPressed(b));
    let release = |b| Event::Mouse(MouseEvent::ButtonReleased(b));
    match goal.event.as_str() {
        "dasar.clicked" => {
            let target = text("target");
            let on_board = |h: &Harness, prefix: &str| {
                h.sim()
                    .find(selector::id(format!("{prefix}-{target}")))
                    .is_ok()
            };
            if target == "akhir-halaman" {
                // A fresh simulator starts at the top: scroll and click in one go.
                h.act(|ui| {
                    let at = center(ui, "page".into());
                    ui.point_at(at);
                    ui.simulate([Event::Mouse(MouseEvent::WheelScrolled {
                        delta: ScrollDelta::Lines { x: 0.0, y: -500.0 },
                    })]);
                    ui.click(selector::id("akhir-halaman"))
                        .expect("the button at the end of the page");
                });
            } else if on_board(h, "target") {
                h.click_id(format!("target-{target}"));
            } else {
                h.click_id(format!("folder-{target}"));
            }
        }
        "dasar.missed" => h.miss_board(),
        "dasar.pointer_seen" => h.hover(&format!("pointer-{}", text("shape"))),
        "dasar.menu_opened" => h.act(|ui| {
            let at = center(ui, format!("folder-{}", text("target")));
            ui.point_at(at);
            ui.simulate([press(Button::Right), release(Button::Right)]);
        }),
        "dasar.folder_opened" => {
            let folder = format!("folder-{}", text("folder"));
            if text("via") == "menu" {
                h.act(|ui| {
                    let at = center(ui, folder.clone());
                    ui.point_at(at);
                    ui.simulate([press(Button::Right), release(Button::Right)]);
                });
                h.click("menu-open");
            } else {
                h.act(|ui| {
                    ui.click(selector::id(folder.clone())).expect("folder");
                    ui.click(selector::id(folder.clone())).expect("folder");
                });
            }
        }
        "dasar.folder_closed" => h.click("folder-back"),
        "dasar.dropped" | "dasar.drop_missed" => h.act(|ui| {
            let from = center(ui, format!("item-{}", text("item")));
            let to = if goal.event == "dasar.dropped" {
                center(ui, format!("drop-{}", text("target")))
            } else {
                let board = ui.find(selector::id("board")).expect("board").bounds();
                Point::new(board.center_x(), board.y + board.height - 10.0)
            };
            ui.point_at(from);
            ui.simulate([press(Button::Left)]);
            ui.point_at(to);
            ui.simulate([
                Event::Mouse(MouseEvent::CursorMoved { position: to }),
                release(Button::Left),
            ]);
        }),
        "dasar.reached_end" => h.act(|ui| {
            let at = center(ui, "page".into());
            ui.point_at(at);
            ui.simulate([Event::Mouse(MouseEvent::WheelScrolled {
                delta: ScrollDelta::Lines { x: 0.0, y: -500.0 },
            })]);
        }),
        "dasar.text_submitted" => {
            let field = text("field");
            let value = match goal.fields.get("text") {
                Some(Value::Text(t)) => t.clone(),
                _ if goal.fields.get("digits_only") == Some(&Value::Bool(true)) => {
                    "198003152005011002".into()
                }
                _ => "Siti Rahmawati".into(),
            };
            h.act(|ui| {
                assert!(
                    reveal(ui, &format!("field-{field}")),
                    "the box can be reached"
                );
                ui.click(selector::id(format!("field-{field}")))
                    .expect("field");
                for _ in 0..40 {
                    ui.tap_key(iced::keyboard::key::Named::Backspace);
                }
                ui.typewrite(&value);
                ui.tap_key(iced::keyboard::key::Named::Enter);
            });
        }
        "dasar.window_opened" => {
            let icon = format!("icon-{}", text("window"));
            h.act(|ui| {
                ui.click(selector::id(icon.clone())).expect("icon");
                ui.click(selector::id(icon.clone())).expect("icon");
            });
        }
        "dasar.window_minimised" => h.click_id(format!("minimise-{}", text("window"))),
        "dasar.window_maximised" => h.click_id(format!("maximise-{}", text("window"))),
        "dasar.window_restored" => {
            let w = text("window");
            if h.sim().find(selector::id(format!("maximise-{w}"))).is_ok() {
                h.click_id(format!("maximise-{w}"));
            } else {
                h.click_id(format!("taskbar-{w}"));
            }
        }
        "dasar.window_closed" => h.click_id(format!("close-{}", text("window"))),
        "dasar.window_focused" => h.click_id(format!("taskbar-{}", text("window"))),
        other => panic!("the test does not know how to do {other}"),
    }
}

#[test]
fn every_dasar_lesson_can_be_finished_through_the_real_views() {
    let mut h = Harness::new();
    h.add_learner("Rahmat Hidayat", "");
    let lessons: Vec<_> = h.state.course.modules[0]
        .lessons
        .iter()
        .filter_map(|e| e.lesson.clone())
        .collect();
    assert_eq!(lessons.len(), 6, "five lessons and the skill check");
    for lesson in lessons {
        h.click("continue");
        assert_eq!(
            lesson_player(&h).player.lesson.id,
            lesson.id,
            "Lanjutkan opens the next lesson"
        );
        for (i, step) in lesson.steps.iter().enumerate() {
            match step {
                Step::Read { .. } => {}
                Step::Quiz { options, .. } => {
                    let right = options.iter().find(|o| o.correct).expect("a right answer");
                    h.click_text(&h.tr(&right.text));
                }
                Step::Do { goal, .. } => {
                    // The frame goes where the step points now: the first control of its path,
                    // or a later one already on screen.
                    if let Some(id) = lesson_player(&h).current_target(&h.state.tr) {
                        assert_ready(&h, &id, &format!("{} step {i}", lesson.id));
                    }
                    solve(&mut h, goal)
                }
            }
            assert!(
                lesson_player(&h).player.is_done() || matches!(step, Step::Read { .. }),
                "{} step {i} ({}) was not done by the learner's actions",
                lesson.id,
                step.text()
            );
            h.click("next");
        }
        let title = if tuntun::course::is_skill_check(&lesson.id) {
            "finished-check-passed-title"
        } else {
            "finished-title"
        };
        assert!(h.shows(&h.tr(title)), "{} finished", lesson.id);
        h.click("home");
    }
    let Screen::Home(home) = &h.state.screen else {
        panic!("home")
    };
    assert!(
        home.next
            .as_deref()
            .is_none_or(|n| !n.starts_with("dasar.")),
        "every Dasar lesson is done"
    );
    let dasar = &h.state.course.modules[0];
    let (done, total) =
        tuntun::progress::resume::module_progress(&h.state.course, &dasar.id, &home.states);
    assert_eq!((done, total), (6, 6));
}

#[test]
fn a_full_disk_warns_lets_the_learner_go_on_and_writes_everything_once_there_is_room() {
    let mut h = Harness::new();
    h.add_learner("Siti Rahmawati", "");
    h.click("continue");
    let db = h.dir.path().join(FILE_NAME);
    let count = || -> i64 {
        let conn = rusqlite::Connection::open(&db).expect("open");
        conn.query_row(
            "SELECT COUNT(*) FROM events WHERE kind = 'step_completed'",
            [],
            |r| r.get(0),
        )
        .expect("count")
    };
    assert_eq!(count(), 0);
    assert!(matches!(
        lesson_player(&h).player.lesson.steps[0],
        Step::Read { .. }
    ));

    h.state.store.simulate_unwritable().expect("fill the disk");
    h.click("next");
    assert_eq!(lesson_player(&h).player.index, 1, "the learner goes on");
    assert!(h.shows(&h.tr("notice-not-saved")), "and is told, gently");
    assert_eq!(count(), 0, "nothing could be written");

    h.state.store.simulate_writable().expect("room again");
    h.click("hint");
    assert!(!h.shows(&h.tr("notice-not-saved")), "the warning goes away");
    assert_eq!(
        count(),
        1,
        "the step finished on the full disk is on disk now"
    );
}

#[test]
fn a_damaged_progress_file_is_restored_and_the_mentor_is_told_until_they_acknowledge() {
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let store = tuntun::store::Store::open(dir.path()).expect("open");
        store
            .add_learner(&tuntun::store::NewLearner {
                name: "Budi Santoso".into(),
                ..Default::default()
            })
            .expect("learner");
    }
    // Second start makes the start-up backup; then the file is ruined.
    drop(tuntun::store::Store::open(dir.path()).expect("reopen"));
    std::fs::write(dir.path().join(FILE_NAME), b"garbage garbage garbage").expect("ruin");

    let mut h = Harness::in_dir(dir);
    assert!(h.state.incident.is_some());
    assert!(
        h.shows("Budi Santoso"),
        "the learner is back from the backup"
    );
    let banner = h.sim().find(selector::id("incident-ok")).is_ok();
    assert!(banner, "the mentor sees what happened");
    h.click("incident-ok");
    assert!(h.state.incident.is_none());
    assert!(
        h.state
            .store
            .incidents()
            .expect("incidents")
            .iter()
            .all(|i| i.seen)
    );
}

#[test]
fn progress_goes_to_a_usb_stick_in_settings_and_comes_back_on_another_laptop() {
    use tuntun::places::{Place, PlaceKind};
    let usb = tempfile::tempdir().expect("usb");
    let stick = || {
        vec![Place {
            kind: PlaceKind::Usb("KINGSTON".into()),
            path: usb.path().to_owned(),
        }]
    };

    // Laptop A: a learner finishes the first step, then the progress is saved to the stick.
    let mut a = Harness::new();
    a.add_learner("Siti Rahmawati", "");
    a.click("continue");
    a.click("next");
    let Screen::Lesson(l) = &a.state.screen else {
        panic!("in the lesson")
    };
    let id = l.learner.id.clone();
    a.click("leave");
    a.click("settings");
    assert!(a.state.settings_open());
    a.state
        .settings_mut()
        .expect("Settings open")
        .transfer
        .refresh(stick());
    assert!(
        a.shows(
            &a.state.tr.tr_args(
                "transfer-save-to",
                &[(
                    "place",
                    a.state
                        .tr
                        .tr_args("place-usb", &[("label", "KINGSTON".into())])
                        .into()
                )]
            )
        )
    );
    a.click_id("save-to-0".into());
    assert!(
        matches!(
            a.state
                .settings_mut()
                .expect("Settings open")
                .transfer
                .result,
            Some(tuntun::ui::widget::Outcome { ok: true, .. })
        ),
        "{:?}",
        a.state
            .settings_mut()
            .expect("Settings open")
            .transfer
            .result
    );
    assert_eq!(
        a.state
            .settings_mut()
            .expect("Settings open")
            .transfer
            .files
            .len(),
        1,
        "the new file is listed at once"
    );
    let said = a
        .state
        .settings_mut()
        .expect("Settings open")
        .transfer
        .result
        .clone()
        .map(|r| r.text)
        .unwrap_or_default();
    assert!(
        said.contains(&a.tr("transfer-saved-private")),
        "the mentor is told the file holds names and NIPs: {said}"
    );
    // Saved again within the same second: a second file, the first one kept.
    a.click_id("save-to-0".into());
    assert_eq!(
        a.state
            .settings_mut()
            .expect("Settings open")
            .transfer
            .files
            .len(),
        2,
        "nothing was overwritten"
    );
    std::fs::remove_file(
        &a.state
            .settings_mut()
            .expect("Settings open")
            .transfer
            .files[0],
    )
    .expect("remove the copy");
    a.state
        .settings_mut()
        .expect("Settings open")
        .transfer
        .refresh(stick());

    // Laptop B: a broken copy is refused with one sentence; the good one brings Siti over.
    let mut b = Harness::new();
    let good = a
        .state
        .settings_mut()
        .expect("Settings open")
        .transfer
        .files[0]
        .clone();
    let text = std::fs::read(&good).expect("read");
    std::fs::write(usb.path().join("cut.tuntun"), &text[..text.len() / 2]).expect("cut");
    b.click("settings");
    b.state
        .settings_mut()
        .expect("Settings open")
        .transfer
        .refresh(stick());
    let cut = b
        .state
        .settings_mut()
        .expect("Settings open")
        .transfer
        .files
        .iter()
        .position(|f| f.ends_with("cut.tuntun"))
        .expect("listed");
    b.click_id(format!("take-{cut}"));
    assert!(b.shows(&b.tr("transfer-error-truncated")));
    assert!(
        b.state.store.learners().expect("learners").is_empty(),
        "nothing changed"
    );

    let whole = b
        .state
        .settings_mut()
        .expect("Settings open")
        .transfer
        .files
        .iter()
        .position(|f| *f == good)
        .expect("listed");
    b.click_id(format!("take-{whole}"));
    assert!(matches!(
        b.state
            .settings_mut()
            .expect("Settings open")
            .transfer
            .result,
        Some(tuntun::ui::widget::Outcome { ok: true, .. })
    ));
    // The first file from laptop A: its name and fingerprint are shown.
    let signer = a.state.store.signer().expect("signer");
    let first = b.state.tr.tr_args(
        "transfer-new-laptop",
        &[
            ("name", signer.name.clone().into()),
            ("fingerprint", signer.fingerprint().into()),
        ],
    );
    let said = b
        .state
        .settings_mut()
        .expect("Settings open")
        .transfer
        .result
        .clone()
        .map(|r| r.text)
        .unwrap_or_default();
    assert!(said.contains(&first), "{said}");
    b.click("close-settings");
    assert!(
        b.shows("Siti Rahmawati"),
        "the learner list shows her at once"
    );
    let states = b.state.store.lesson_states(&id).expect("states");
    assert_eq!(
        states["dasar.klik"].next_step, 1,
        "she resumes at step 2 here too"
    );
}

/// Opens a lesson from the home screen's list.
pub fn open(h: &mut Harness, id: &str) {
    assert!(
        matches!(h.state.screen, Screen::Home(_)),
        "on the home screen"
    );
    let _ = h
        .state
        .update(Message::Home(tuntun::ui::screen::home::Message::Open(
            id.to_owned(),
        )));
    assert_eq!(lesson_player(h).player.lesson.id, id);
}

/// Plays a whole lesson as a learner would: reads, answers each quiz rightly, and does each
/// practice step with `solve` (which clicks and types in the real views); then checks every
/// step was done and the lesson finished, and goes home.
pub fn play(
    h: &mut Harness,
    lesson: &tuntun::course::Lesson,
    solve: impl Fn(&mut Harness, &tuntun::course::Matcher),
) {
    use tuntun::course::Step;
    for (i, step) in lesson.steps.iter().enumerate() {
        match step {
            Step::Read { .. } => {}
            Step::Quiz { options, .. } => {
                let right = options
                    .iter()
                    .position(|o| o.correct)
                    .expect("a right answer");
                h.click_id(format!("answer-{right}"));
            }
            Step::Do { goal, .. } => {
                // The frame goes where the step points now: the first control of its path,
                // or a later one already on screen.
                if let Some(id) = lesson_player(h).current_target(&h.state.tr) {
                    assert_ready(h, &id, &format!("{} step {i}", lesson.id));
                }
                solve(h, goal);
                h.picture(&format!("{}-{i:02}", lesson.id));
            }
        }
        assert!(
            lesson_player(h).player.is_done() || matches!(step, Step::Read { .. }),
            "{} step {i} ({}) was not done by the learner's actions; feedback: {:?}",
            lesson.id,
            step.text(),
            lesson_player(h).player.feedback
        );
        h.click("next");
    }
    // A skill check done right throughout ends with the pass.
    let title = if tuntun::course::is_skill_check(&lesson.id) {
        "finished-check-passed-title"
    } else {
        "finished-title"
    };
    assert!(h.shows(&h.tr(title)), "{} finished", lesson.id);
    h.click("home");
}

/// The control a step's highlight points at is there when the step begins, inside the
/// window, and takes the learner's action: a click on it (or, for a text box, typing into
/// it) makes the app react. The reaction is only looked at, never fed to the app.
pub fn assert_ready(h: &Harness, id: &str, what: &str) {
    if let Err(e) = h.sim().find(selector::id(id.to_owned())) {
        panic!("{what}: the highlight #{id} is not on the screen when the step begins ({e:?})");
    }
    // The learner may have to turn the wheel in the panel the control lives in (a long page,
    // the phone's screen); the control must then come into sight.
    let count = |click: bool, typing: bool| {
        let mut ui = h.sim();
        let seen = reveal(&mut ui, id);
        if click && seen {
            let _ = ui.click(selector::id(id.to_owned()));
            if typing {
                ui.typewrite("a");
            }
        }
        (seen, ui.into_messages().count())
    };
    let (seen, scrolling) = count(false, false);
    assert!(
        seen,
        "{what}: the highlight #{id} cannot be brought into sight in the window"
    );
    assert!(
        count(true, false).1 > scrolling || count(true, true).1 > scrolling,
        "{what}: the highlight #{id} is disabled when the step begins"
    );
}

/// Brings the control `id` into sight as a learner would: nothing when it is visible,
/// else the wheel over the panel that scrolls (the practice page, the phone, the page of
/// the word processor, the window). Whether it is visible in the end.
fn reveal(ui: &mut Simulator<'_, Message>, id: &str) -> bool {
    use iced::mouse::{Event as MouseEvent, ScrollDelta};
    let visible = |ui: &mut Simulator<'_, Message>| {
        ui.find(selector::id(id.to_owned()))
            .ok()
            .is_some_and(|t| enough_in_sight(t.bounds(), t.visible_bounds()))
    };
    // In sight from the start (a part of it, as before any wheel): taken as it is.
    let shown = ui
        .find(selector::id(id.to_owned()))
        .ok()
        .and_then(|t| t.visible_bounds())
        .is_some_and(|b| b.width > 0.0 && b.height > 0.0);
    if shown || visible(ui) {
        return true;
    }
    // Once the wheel turns, in sight enough to take a click (see `enough_in_sight`).
    for over in ["phone", "board", "writer", "page", "laptop-page"] {
        let Ok(area) = ui.find(selector::id(over.to_owned())).map(|t| t.bounds()) else {
            continue;
        };
        // A notch or two at a time, as a hand turns the wheel: a big jump could pass a
        // control in the middle of a long page (e-Kinerja's or SRIKANDI's forms) without
        // ever showing it.
        for _ in 0..40 {
            ui.point_at(area.center());
            ui.simulate([iced::Event::Mouse(MouseEvent::WheelScrolled {
                delta: ScrollDelta::Lines { x: 0.0, y: -2.0 },
            })]);
            if visible(ui) {
                return true;
            }
        }
    }
    false
}

/// Whether enough of a control is in sight to take a click: a button wholly, a tall box
/// (a message text area) by 40 px of it. A sliver at the edge of a panel is not enough.
fn enough_in_sight(whole: iced::Rectangle, visible: Option<iced::Rectangle>) -> bool {
    visible.is_some_and(|b| b.width > 0.0 && b.height >= whole.height.min(40.0) - 0.5)
}

/// Clicks `id`, first turning the wheel over the control `over` when `id` is out of sight
/// (up to the top, then down a notch or two at a time): what a learner does with a long form.
pub fn reveal_click(ui: &mut Simulator<'_, Message>, id: &str, over: &str) {
    use iced::mouse::{Event as MouseEvent, ScrollDelta};
    let wheel = std::iter::once(80.0).chain(std::iter::repeat_n(-2.0, 60));
    for wheel in wheel.chain([0.0]) {
        let target = ui
            .find(selector::id(id.to_owned()))
            .unwrap_or_else(|e| panic!("#{id} is not there: {e:?}"));
        if enough_in_sight(target.bounds(), target.visible_bounds()) {
            ui.click(selector::id(id.to_owned()))
                .unwrap_or_else(|e| panic!("#{id}: {e:?}"));
            return;
        }
        let area = ui
            .find(selector::id(over.to_owned()))
            .unwrap_or_else(|e| panic!("#{over}: {e:?}"))
            .bounds();
        ui.point_at(area.center());
        ui.simulate([iced::Event::Mouse(MouseEvent::WheelScrolled {
            delta: ScrollDelta::Lines { x: 0.0, y: wheel },
        })]);
    }
    panic!("#{id} cannot be scrolled into sight");
}

/// A new learner plays every lesson of `module` (10 lessons and the Uji Kemampuan) through
/// the real views with `solve`; then every lesson is completed in the SQLite file, read
/// through a second handle.
pub fn finish_module(module: &str, solve: impl Fn(&mut Harness, &tuntun::course::Matcher) + Copy) {
    let mut h = Harness::new();
    h.add_learner("Budi Santoso", "");
    let lessons = h
        .state
        .course
        .modules
        .iter()
        .find(|m| m.id == module)
        .unwrap_or_else(|| panic!("the {module} module"))
        .lessons
        .clone();
    // Ten lessons or more (Dokumen grows), the Uji Kemampuan last.
    assert!(lessons.len() >= 10, "{module}: {} lessons", lessons.len());
    assert_eq!(
        lessons.last().map(|e| e.id.clone()),
        Some(format!("{module}.uji-kemampuan"))
    );
    for entry in &lessons {
        let lesson = entry.lesson.clone().expect("playable");
        open(&mut h, &lesson.id);
        play(&mut h, &lesson, solve);
    }
    let Screen::Home(home) = &h.state.screen else {
        panic!("home")
    };
    let learner = home.learner.id.clone();
    let store = tuntun::store::Store::open(h.dir.path()).expect("store");
    let states = store.lesson_states(&learner).expect("states");
    for entry in &lessons {
        assert!(
            states.get(&entry.id).is_some_and(|s| s.completed),
            "{} completed on disk",
            entry.id
        );
    }
}
