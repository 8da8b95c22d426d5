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
