//! Comfort for older eyes and ears: "Bacakan" reads the step aloud when espeak-ng is there.

use crate::gui::Harness;
use iced_test::selector;

#[test]
fn bacakan_is_offered_only_with_a_voice_and_reads_without_blocking() {
    let mut h = Harness::new();
    h.add_learner("Siti Rahmawati", "");
    h.click("continue");
    // Without espeak-ng there is no button at all.
    let voice = h.state.voice.take();
    assert!(h.sim().find(selector::id("read-aloud")).is_err());
    let Some(voice) = voice else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install espeak-ng (see .ci/run)"
        );
        return;
    };
    h.state.voice = Some(voice);
    assert!(h.sim().find(selector::id("read-aloud")).is_ok());
    h.click("read-aloud");
    assert!(h.state.speaking.is_some(), "espeak-ng was started");
    // Leaving the lesson stops it.
    h.click("leave");
    assert!(h.state.speaking.is_none());
}

#[test]
fn after_half_a_minute_without_action_the_hint_is_offered() {
    use std::time::{Duration, Instant};
    use tuntun::ui::app::Message;
    let mut h = Harness::new();
    h.add_learner("Siti Rahmawati", "");
    h.click("continue");
    let later = |s: u64| Message::IdleTick(Instant::now() + Duration::from_secs(s));
    // A reading step offers nothing.
    let _ = h.state.update(later(45));
    assert!(!h.shows(&h.tr("lesson-offer-hint")));
    h.click("next");
    let _ = h.state.update(later(10));
    assert!(!h.shows(&h.tr("lesson-offer-hint")), "not after 10 s");
    let _ = h.state.update(later(31));
    assert!(
        h.shows(&h.tr("lesson-offer-hint")),
        "after 30 s on a practice step"
    );
    h.picture("offer-hint");
    h.click("hint");
    assert!(
        !h.shows(&h.tr("lesson-offer-hint")),
        "one hint shown: no more offer"
    );
    let _ = h.state.update(later(60));
    assert!(
        !h.shows(&h.tr("lesson-offer-hint")),
        "a learner who already asked is not pushed"
    );
}

#[test]
fn after_three_misses_the_box_is_pointed_at_and_the_mentor_can_be_called() {
    let mut h = Harness::new();
    h.add_learner("Siti Rahmawati", "");
    let tuntun::ui::app::Screen::Home(home) = &h.state.screen else {
        panic!("home")
    };
    let learner = home.learner.id.clone();
    h.click("continue");
    h.click("next");
    for _ in 0..3 {
        h.miss_board();
    }
    assert!(h.shows(&h.tr("lesson-call-mentor-text")));
    assert_eq!(
        crate::gui::lesson_player(&h).player.highlight(),
        Some("target-besar"),
        "the box is pointed at"
    );
    h.picture("call-mentor");
    h.click("call-mentor");
    assert!(h.shows(&h.tr("lesson-mentor-called")));
    let store = tuntun::store::Store::open(h.dir.path()).expect("store");
    assert_eq!(
        store
            .event_count(&learner, Some("help_requested"))
            .expect("count"),
        1,
        "the request is stored for the mentor view"
    );
}

#[test]
fn high_contrast_is_each_learners_own_choice_and_is_remembered() {
    use tuntun::ui::app::Screen;
    let mut h = Harness::new();
    h.add_learner("Siti Rahmawati", "");
    h.click("contrast");
    assert!(h.state.high_contrast);
    h.picture("home-high-contrast");
    let siti = match &h.state.screen {
        Screen::Home(home) => home.learner.id.clone(),
        _ => panic!("home"),
    };
    h.click("sign-out");
    assert!(
        !h.state.high_contrast,
        "the sign-in screen has the default look"
    );
    h.click("add-learner");
    h.add_learner("Budi Santoso", "");
    assert!(!h.state.high_contrast, "Budi did not choose it");
    h.click("sign-out");
    h.click_id(format!("learner-{siti}"));
    assert!(h.state.high_contrast, "Siti's choice is back");
    let store = tuntun::store::Store::open(h.dir.path()).expect("store");
    assert_eq!(
        store
            .setting(&format!("contrast:{siti}"))
            .expect("read")
            .as_deref(),
        Some("high")
    );
}
