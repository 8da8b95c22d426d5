//! The skill check through the real views: a failing attempt shows the lessons to practise
//! and gives no certificate; a retake that passes raises the score and earns it; every
//! attempt stays in the SQLite file.

use crate::gui::{Harness, lesson_player, open};
use tuntun::course::Step;
use tuntun::ui::app::Screen;

const CHECK: &str = "email.uji-kemampuan";

/// Plays the skill check through the views: reads, practice steps with the email solver;
/// with `stumble`, the sign-in is tried once with empty boxes and each quiz is answered
/// wrongly first (two steps missed).
fn take_check(h: &mut Harness, stumble: bool) {
    let mut wrong_quizzes = usize::from(stumble);
    open(h, CHECK);
    let lesson = lesson_player(h).player.lesson.clone();
    assert!(
        lesson_player(h).player.furthest == 0,
        "a finished check opens as a new attempt"
    );
    for (i, step) in lesson.steps.iter().enumerate() {
        match step {
            Step::Read { .. } => {}
            Step::Quiz { options, .. } => {
                if wrong_quizzes > 0 {
                    let wrong = options
                        .iter()
                        .position(|o| !o.correct)
                        .expect("a wrong one");
                    h.click_id(format!("answer-{wrong}"));
                    assert!(!lesson_player(h).player.is_done());
                    wrong_quizzes -= 1;
                }
                let right = options.iter().position(|o| o.correct).expect("a right one");
                h.click_id(format!("answer-{right}"));
            }
            Step::Do { goal, .. } => {
                if stumble && goal.event == "email.signed_in" {
                    h.click("email-signin");
                    assert!(!lesson_player(h).player.is_done(), "refused: empty boxes");
                }
                crate::email::solve(h, goal);
            }
        }
        assert!(
            lesson_player(h).player.is_done() || matches!(step, Step::Read { .. }),
            "step {i} not done"
        );
        h.click("next");
    }
    assert!(matches!(h.state.screen, Screen::Finished(_)));
}

#[test]
fn a_failed_skill_check_shows_what_to_practise_and_a_retake_earns_the_certificate() {
    let mut h = Harness::new();
    h.add_learner("Budi Santoso", "196805121990031004");
    let module = h
        .state
        .course
        .modules
        .iter()
        .find(|m| m.id == "email")
        .expect("email")
        .clone();
    assert_eq!(module.pass_mark, 85);
    let learner = match &h.state.screen {
        Screen::Home(home) => home.learner.id.clone(),
        _ => panic!("home"),
    };

    // First attempt: a sign-in refused and a quiz answered wrongly first.
    take_check(&mut h, true);
    let store = tuntun::store::Store::open(h.dir.path()).expect("store");
    let check = store
        .skill_check(&learner, &module)
        .expect("read")
        .expect("a check");
    let first = check.latest().expect("one attempt").clone();
    assert_eq!(first.missed.len(), 2);
    assert!(first.score < 85, "{first:?}");
    assert!(!check.passed());
    let practise = check.to_practise();
    assert!(!practise.is_empty());
    assert_eq!(
        store
            .module_figures(&learner, &h.state.course, "email")
            .unwrap(),
        None,
        "no certificate before a pass"
    );
    assert!(
        store
            .learner_detail(&learner, &h.state.course)
            .unwrap()
            .standards
            .is_empty(),
        "no standard is mastered before a pass"
    );
    drop(store);
    let score_line = h.state.tr.tr_args(
        "finished-check-score",
        &[("score", first.score.into()), ("pass", 85.into())],
    );
    assert!(h.shows(&score_line), "{score_line}");
    assert!(h.shows(&h.tr("finished-check-not-yet-title")));
    h.picture("skill-check-not-yet");

    // Each lesson to practise is one click away and opens that lesson.
    h.click_id(format!("practise-{}", practise[0]));
    assert_eq!(lesson_player(&h).player.lesson.id, practise[0]);
    let _ = h.state.update(tuntun::ui::app::Message::Lesson(
        tuntun::ui::screen::lesson::Message::Leave,
    ));

    // The retake: everything right on the first try.
    take_check(&mut h, false);
    assert!(h.shows(&h.tr("finished-check-passed-title")));
    let store = tuntun::store::Store::open(h.dir.path()).expect("store");
    let check = store.skill_check(&learner, &module).unwrap().unwrap();
    assert_eq!(check.attempts.len(), 2, "every attempt is kept");
    assert_eq!(check.attempts[0], first);
    assert_eq!(check.score(), Some(100), "the latest attempt counts");
    assert!(check.passed());
    let figures = store
        .module_figures(&learner, &h.state.course, "email")
        .unwrap()
        .expect("a certificate after the pass");
    assert_eq!(figures.score, 100);
    assert!(figures.standards.iter().any(|s| s == "northstar-email-11"));
    assert_eq!(
        store.event_count(&learner, Some("lesson_started")).unwrap(),
        3,
        "two attempts and the lesson practised"
    );
}
