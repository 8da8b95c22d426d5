//! The orange frame follows a step that crosses screens: after "Kembali" it moves on to the
//! control the step needs next instead of vanishing with the button that was pressed.

use crate::gui::{Harness, assert_ready, lesson_player, open};
use tuntun::course::{Matcher, Step};

fn target(h: &Harness) -> Option<String> {
    lesson_player(h).current_target(&h.state.tr)
}

/// Opens `lesson` and plays it up to the step whose text is `text`; shows every hint, so
/// the frame is on.
fn walk_to(h: &mut Harness, lesson: &str, text: &str, solve: fn(&mut Harness, &Matcher)) {
    open(h, lesson);
    let steps = lesson_player(h).player.lesson.steps.clone();
    for step in &steps {
        if step.text() == text {
            while lesson_player(h).player.more_hints() {
                h.click("hint");
            }
            assert!(
                lesson_player(h).player.highlight().is_some(),
                "the frame is on"
            );
            return;
        }
        match step {
            Step::Read { .. } => {}
            Step::Quiz { options, .. } => {
                let right = options.iter().position(|o| o.correct).expect("right");
                h.click_id(format!("answer-{right}"));
            }
            Step::Do { goal, .. } => solve(h, goal),
        }
        h.click("next");
    }
    panic!("{lesson} has no step {text}");
}

/// Follows the frame: at each control it is on screen and takes a click, and after the
/// click the frame is on the next control of the step.
fn follow(h: &mut Harness, path: &[&str]) {
    for (i, id) in path.iter().enumerate() {
        assert_eq!(
            target(h).as_deref(),
            Some(*id),
            "the frame before click {i}"
        );
        assert_ready(h, id, &format!("control {i} of the path"));
        h.click_id((*id).to_owned());
    }
}

#[test]
fn after_kembali_the_frame_moves_on_through_the_presensi_masuk() {
    let mut h = Harness::new();
    h.add_learner("Budi Santoso", "");
    walk_to(
        &mut h,
        "presensi.jam-otomatis",
        "presensi-jam-otomatis-again",
        crate::presensi::solve,
    );
    follow(
        &mut h,
        &[
            "back",
            "check-in",
            "map-next",
            "take-photo",
            "send-attendance",
        ],
    );
    assert!(lesson_player(&h).player.is_done(), "the step is done");
    assert_eq!(
        lesson_player(&h).player.highlight(),
        None,
        "no frame on a done step"
    );
}

#[test]
fn after_kembali_the_frame_moves_on_to_the_next_message() {
    let mut h = Harness::new();
    h.add_learner("Budi Santoso", "");
    walk_to(
        &mut h,
        "email.penipuan",
        "email-penipuan-open-penuh",
        crate::email::solve,
    );
    follow(&mut h, &["back", "message-m2"]);
    assert!(lesson_player(&h).player.is_done());
}
