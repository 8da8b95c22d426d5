//! The shared kiosk laptop: a class of learners on one sign-in screen.

use crate::gui::Harness;
use iced_test::selector;
use tuntun::store::{NewLearner, Store};

/// Thirty learners with realistic names and units, added straight to the store.
pub fn class_of_30() -> (tempfile::TempDir, Vec<tuntun::store::Learner>) {
    const FIRST: [&str; 10] = [
        "Siti", "Ahmad", "Budi", "Dewi", "Eko", "Fitri", "Hendra", "Indah", "Joko", "Kartini",
    ];
    const LAST: [&str; 3] = ["Rahmawati", "Sitompul", "Wibowo"];
    const UNITS: [&str; 3] = [
        "Seksi Pemerintahan",
        "Seksi Kesejahteraan Sosial",
        "Sekretariat",
    ];
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path()).expect("store");
    let mut learners = Vec::new();
    for (i, first) in FIRST.iter().enumerate() {
        for (j, last) in LAST.iter().enumerate() {
            let l = store
                .add_learner(&NewLearner {
                    name: format!("{first} {last}"),
                    nip: String::new(),
                    unit: UNITS[(i + j) % 3].into(),
                })
                .expect("add");
            learners.push(l);
        }
    }
    drop(store);
    (dir, learners)
}

#[test]
fn thirty_learners_fit_and_the_search_finds_a_name_from_its_first_letters() {
    let (dir, learners) = class_of_30();
    let mut h = Harness::in_dir(dir);
    h.picture("learners-30");
    for l in &learners[..9] {
        assert!(
            h.sim()
                .find(selector::id(format!("learner-{}", l.id)))
                .is_ok(),
            "{} has a tile",
            l.name
        );
    }
    h.act(|ui| {
        ui.click(selector::id("search")).expect("search box");
        ui.typewrite("sit");
    });
    h.picture("learners-search");
    for l in &learners {
        let shown = h
            .sim()
            .find(selector::id(format!("learner-{}", l.id)))
            .is_ok();
        let expected = l.name.starts_with("Siti") || l.name.ends_with("Sitompul");
        assert_eq!(shown, expected, "{} shown: {shown}", l.name);
    }
    // A tile signs that learner in.
    let siti = learners
        .iter()
        .find(|l| l.name == "Siti Wibowo")
        .expect("Siti Wibowo");
    h.click_id(format!("learner-{}", siti.id));
    let tuntun::ui::app::Screen::Home(home) = &h.state.screen else {
        panic!("home after the tile")
    };
    assert_eq!(home.learner.id, siti.id);
}

#[test]
fn an_idle_learner_is_asked_then_signed_out_with_the_progress_saved() {
    use std::time::{Duration, Instant};
    use tuntun::ui::app::{Message, Screen};
    let mut h = Harness::new();
    h.add_learner("Siti Rahmawati", "");
    let Screen::Home(home) = &h.state.screen else {
        panic!("home")
    };
    let learner = home.learner.id.clone();
    h.click("continue");
    h.click("next"); // the first step is read: "Lanjut" records it
    let lesson = crate::gui::lesson_player(&h).player.lesson.id.clone();
    let start = Instant::now();
    let _ = h.state.update(Message::Activity);
    let _ = h
        .state
        .update(Message::IdleTick(start + Duration::from_secs(9 * 60 + 30)));
    assert!(h.shows(&h.tr("idle-title")), "Masih di sana? shows");
    h.picture("idle-question");
    h.click("still-here");
    assert!(!h.shows(&h.tr("idle-title")), "one click answers it");
    assert!(
        matches!(h.state.screen, Screen::Lesson(_)),
        "still in the lesson"
    );
    let _ = h.state.update(Message::IdleTick(
        Instant::now() + Duration::from_secs(10 * 60 + 1),
    ));
    assert!(matches!(h.state.screen, Screen::Learners(_)), "signed out");
    assert!(h.shows(&h.tr("notice-idle-signed-out")));
    let states = Store::open(h.dir.path())
        .expect("store")
        .lesson_states(&learner)
        .expect("states");
    assert_eq!(
        states.get(&lesson).map(|s| s.next_step),
        Some(1),
        "the learner comes back to the step they were on"
    );
}
