//! "Ulangan singkat" through the real views: two days after the Dasar lessons the review is
//! on Beranda before new work; "Nanti saja" puts it off until tomorrow; doing it plays the
//! steps the learner found hard, in their practice tools, and writes review events that
//! survive a restart and travel in an export.

use crate::gui::{Harness, lesson_player};
use std::path::Path;
use tuntun::course::Step;
use tuntun::progress::review::{self, Plan};
use tuntun::progress::{Player, Record};
use tuntun::store::{NewLearner, Store};
use tuntun::ui::app::Screen;

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// Steps with trouble, so the review takes them (the first step of each, all practice).
const HARD: [(&str, usize); 4] = [
    ("dasar.klik", 1),
    ("dasar.klik", 2),
    ("dasar.seret-gulir", 1),
    ("dasar.jendela", 1),
];

/// A data folder where Siti finished the five Dasar lessons two days ago, with mistakes on
/// the `HARD` steps. Written through the same Store calls the lesson screen makes.
fn finished_dasar_two_days_ago() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let course = tuntun::course::load(None).course;
    let mut store = Store::open(dir.path()).expect("store");
    store
        .set_setting(tuntun::ui::screen::setup::SKIPPED, "1")
        .expect("skip set-up");
    let siti = store
        .add_learner(&NewLearner {
            name: "Siti Aminah".into(),
            nip: String::new(),
            unit: String::new(),
        })
        .expect("learner")
        .id;
    for entry in &course.modules[0].lessons {
        if tuntun::course::is_skill_check(&entry.id) {
            continue;
        }
        let lesson = entry.lesson.clone().expect("playable");
        let total = lesson.steps.len();
        store.start_lesson(&siti, &lesson.id, total).expect("start");
        let sim = serde_json::to_string(&Player::start(lesson.clone()).sim).expect("json");
        for step in 0..total {
            let mut records = Vec::new();
            if HARD.contains(&(lesson.id.as_str(), step)) {
                records.push(Record::HintShown { step, number: 1 });
            }
            records.push(Record::StepCompleted {
                step,
                snapshot: Some(sim.clone()),
            });
            if step + 1 == total {
                records.push(Record::LessonCompleted);
            }
            store
                .record(&siti, &lesson.id, total, &records)
                .expect("record");
        }
    }
    drop(store);
    let conn = rusqlite::Connection::open(dir.path().join(tuntun::store::FILE_NAME)).expect("db");
    conn.execute_batch(&format!(
        "UPDATE events SET at = at - {d}; UPDATE lesson_state SET completed_at = completed_at - {d},
         updated_at = updated_at - {d}, started_at = started_at - {d};",
        d = 2 * DAY_MS
    ))
    .expect("two days ago");
    (dir, siti)
}

fn sign_in(h: &mut Harness, learner: &str) {
    h.click_id(format!("learner-{learner}"));
    assert!(matches!(h.state.screen, Screen::Home(_)), "Beranda");
}

fn today() -> jiff::civil::Date {
    jiff::Zoned::now().date()
}

fn module_history(dir: &Path, learner: &str) -> review::History {
    let store = Store::open_read_only(dir).expect("store");
    review::history(&store.review_events(learner).expect("events"), "dasar")
}

/// Plays the review's steps on the lesson screen until Beranda is back; returns how many.
fn do_review_steps(h: &mut Harness, at_most: usize) -> usize {
    let mut n = 0;
    while n < at_most {
        let Screen::Lesson(s) = &h.state.screen else {
            break;
        };
        assert!(s.review.is_some(), "a review step, not a lesson");
        let step = s.player.step().cloned().expect("one step");
        let Step::Do { goal, .. } = step else {
            panic!("the review plays practice steps first: {step:?}")
        };
        crate::gui::solve(h, &goal);
        assert!(lesson_player(h).player.is_done(), "{goal:?}");
        h.click("next");
        n += 1;
    }
    n
}

#[test]
fn the_review_comes_first_on_beranda_and_nanti_saja_puts_it_off_until_tomorrow() {
    let (dir, siti) = finished_dasar_two_days_ago();
    let mut h = Harness::in_dir(dir);
    sign_in(&mut h, &siti);
    assert!(h.shows(&h.tr("home-review-title")));
    // Before new work: above "Lanjutkan" (which would open the skill check).
    let y = |h: &Harness, id: &'static str| {
        h.sim()
            .find(iced_test::selector::id(id))
            .expect(id)
            .bounds()
            .y
    };
    assert!(y(&h, "review-start") < y(&h, "continue"));
    let Screen::Home(home) = &h.state.screen else {
        panic!("home")
    };
    assert_eq!(home.next.as_deref(), Some("dasar.uji-kemampuan"));
    h.click("review-later");
    assert!(!h.shows(&h.tr("home-review-title")), "put off");
    assert_eq!(
        module_history(h.dir.path(), &siti).postponed,
        Some(today()),
        "recorded as an event"
    );
    // Signing out and in again the same day: still put off; nothing blocks new work.
    h.click("sign-out");
    sign_in(&mut h, &siti);
    assert!(!h.shows(&h.tr("home-review-title")));
    h.click("continue");
    assert_eq!(
        lesson_player(&h).player.lesson.id,
        "dasar.uji-kemampuan",
        "the skill check opens without the review"
    );
    // Tomorrow it is offered again.
    let store = Store::open_read_only(h.dir.path()).expect("store");
    let tomorrow = today().tomorrow().expect("a date");
    let due = store
        .due_review(&siti, &h.state.course.modules, tomorrow)
        .expect("read");
    assert_eq!(due.map(|d| d.module), Some("dasar".to_owned()));
}

#[test]
fn doing_the_review_plays_the_hard_steps_and_survives_a_restart_and_an_export() {
    let (dir, siti) = finished_dasar_two_days_ago();
    let mut h = Harness::in_dir(dir);
    let course = h.state.course.clone();
    sign_in(&mut h, &siti);
    h.click("review-start");
    let items: Vec<(String, usize)> = match &h.state.screen {
        Screen::Lesson(s) => {
            let run = s.review.as_ref().expect("a review");
            run.items
                .iter()
                .map(|i| (i.lesson.clone(), i.step))
                .collect()
        }
        _ => panic!("the review opens on the lesson screen"),
    };
    let hard: Vec<(String, usize)> = HARD.iter().map(|(l, s)| ((*l).to_owned(), *s)).collect();
    let mut sorted = items.clone();
    sorted.sort();
    let mut want = hard.clone();
    want.sort();
    assert_eq!(sorted, want, "the steps the learner found hard");
    assert!(
        h.shows(
            &h.state
                .tr
                .tr_args("review-step-of", &[("n", 1.into()), ("total", 4.into())])
        )
    );
    // Two steps, then the laptop is switched off (the state is dropped, nothing saved on exit).
    assert_eq!(do_review_steps(&mut h, 2), 2);
    let dir = h.dir;
    let mut h = Harness::in_dir(dir);
    sign_in(&mut h, &siti);
    assert!(
        h.shows(&h.tr("home-review-continue")),
        "continued, not lost"
    );
    h.click("review-start");
    assert!(
        h.shows(
            &h.state
                .tr
                .tr_args("review-step-of", &[("n", 3.into()), ("total", 4.into())])
        )
    );
    assert_eq!(do_review_steps(&mut h, 10), 2);
    assert!(matches!(h.state.screen, Screen::Home(_)), "back on Beranda");
    assert!(h.shows(&h.tr("notice-review-done")));
    assert!(!h.shows(&h.tr("home-review-title")), "done for today");
    h.click("display");
    assert!(
        !h.shows(&h.tr("notice-review-done")),
        "gone at the next click"
    );
    h.click("display");
    // The log: one review, finished, nothing missed; the next one in 3 days.
    let history = module_history(h.dir.path(), &siti);
    assert_eq!(history.done.len(), 1);
    assert_eq!(history.done[0].missed, vec![]);
    assert_eq!(history.done[0].day, today());
    let store = Store::open_read_only(h.dir.path()).expect("store");
    let done_on = store
        .lessons_done_on(&siti, &course.modules[0])
        .expect("read");
    assert_eq!(
        review::plan(done_on, &history, today()),
        Plan::Waiting {
            due: today().checked_add(jiff::ToSpan::days(3)).expect("date"),
            stage: 1
        }
    );
    // The lessons' own progress is untouched by the review.
    assert_eq!(
        store
            .event_count(&siti, Some("step_completed"))
            .expect("count"),
        course.modules[0]
            .lessons
            .iter()
            .filter(|e| !tuntun::course::is_skill_check(&e.id))
            .map(|e| e.lesson.as_ref().map_or(0, |l| l.steps.len()))
            .sum::<usize>()
    );
    // An export carries the review to another laptop.
    let mut file = Vec::new();
    h.state
        .store
        .export(&tuntun::store::exchange::Selection::All, &mut file)
        .expect("export");
    let other = tempfile::tempdir().expect("temp dir");
    let mut there = Store::open(other.path()).expect("store");
    there
        .import(|| Ok(std::io::Cursor::new(file.clone())))
        .expect("import");
    assert_eq!(
        there.review_events(&siti).expect("events"),
        store.review_events(&siti).expect("events")
    );
}
