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
        .update(Message::IdleTick(start + Duration::from_secs(10 * 60 + 30)));
    assert!(h.shows(&h.tr("idle-title")), "Masih di sana? shows");
    h.picture("idle-question");
    h.click("still-here");
    assert!(!h.shows(&h.tr("idle-title")), "one click answers it");
    assert!(
        matches!(h.state.screen, Screen::Lesson(_)),
        "still in the lesson"
    );
    let _ = h.state.update(Message::IdleTick(
        Instant::now() + Duration::from_secs(11 * 60 + 1),
    ));
    assert!(matches!(h.state.screen, Screen::Learners(_)), "signed out");
    assert!(h.shows(&h.tr("notice-idle-signed-out")));
    h.picture("idle-signed-out");
    let states = Store::open(h.dir.path())
        .expect("store")
        .lesson_states(&learner)
        .expect("states");
    assert_eq!(
        states.get(&lesson).map(|s| s.next_step),
        Some(1),
        "the learner comes back to the step they were on"
    );
    // The note is for the next person; their first click ends it, and it does not follow
    // them to the next screens.
    h.click("add-learner");
    assert!(
        !h.shows(&h.tr("notice-idle-signed-out")),
        "the note is gone"
    );
}

/// Types a PIN on the pad, key by key, then OK.
pub fn pad(h: &mut Harness, pin: &str) {
    for d in pin.chars() {
        h.click_id(format!("pin-{d}"));
    }
    h.click("pin-ok");
}

fn home_learner(h: &Harness) -> &tuntun::store::Learner {
    match &h.state.screen {
        tuntun::ui::app::Screen::Home(home) => &home.learner,
        _ => panic!("not on the home screen"),
    }
}

/// Adds a learner through the form (with an optional PIN), then signs out again.
pub fn add(h: &mut Harness, name: &str, pin: &str) -> String {
    if !h.shows(&h.tr("learners-new-title")) {
        h.click("add-learner");
    }
    let (name, pin) = (name.to_owned(), pin.to_owned());
    h.act(move |ui| {
        ui.click(selector::id("name")).expect("name box");
        ui.typewrite(&name);
        if !pin.is_empty() {
            ui.click(selector::id("learner-pin")).expect("PIN box");
            ui.typewrite(&pin);
        }
    });
    h.click("save-learner");
    let id = home_learner(h).id.clone();
    h.click("sign-out");
    id
}

#[test]
fn a_mentor_sets_up_three_learners_who_each_sign_in_with_the_pad_and_see_only_their_own() {
    use tuntun::ui::app::Screen;
    let mut h = Harness::first_start();
    // The first start asks for the mentor account.
    assert!(h.shows(&h.tr("setup-title")));
    h.picture("setup");
    set_up_mentor(&mut h);
    assert!(matches!(h.state.screen, Screen::Learners(_)));

    let siti = add(&mut h, "Siti Rahmawati", "1357");
    let budi = add(&mut h, "Budi Santoso", "2468");
    let dewi = add(&mut h, "Dewi Lestari", "");

    // Siti signs in with her PIN and does the first step of a lesson.
    h.click_id(format!("learner-{siti}"));
    assert!(
        h.shows(
            &h.state
                .tr
                .tr_args("pin-learner-title", &[("name", "Siti Rahmawati".into())])
        )
    );
    h.picture("pin-pad");
    pad(&mut h, "1357");
    assert_eq!(home_learner(&h).id, siti);
    h.click("continue");
    h.click("next");
    h.click("leave");
    h.click("sign-out");

    // Budi mistypes once, is told how many tries are left, then gets in: no progress of Siti's.
    h.click_id(format!("learner-{budi}"));
    pad(&mut h, "1111");
    assert!(h.shows(&h.state.tr.tr_args("pin-wrong", &[("tries", 4.into())])));
    assert!(!matches!(h.state.screen, Screen::Home(_)));
    pad(&mut h, "2468");
    assert_eq!(home_learner(&h).id, budi);
    let Screen::Home(home) = &h.state.screen else {
        unreachable!()
    };
    assert!(
        home.states.is_empty(),
        "Budi sees nothing of Siti's progress"
    );
    h.click("sign-out");

    // Siti's progress is hers.
    h.click_id(format!("learner-{siti}"));
    pad(&mut h, "1357");
    let Screen::Home(home) = &h.state.screen else {
        panic!("home")
    };
    assert_eq!(home.states.len(), 1, "Siti's started lesson");
    h.click("sign-out");

    // Dewi has no PIN: her tile opens her home at once.
    h.click_id(format!("learner-{dewi}"));
    assert_eq!(home_learner(&h).id, dewi);
    h.click("sign-out");

    // Settings need the mentor PIN; there the mentor can take Budi's PIN away.
    h.click("settings");
    assert!(h.shows(&h.tr("pin-mentor-title")));
    pad(&mut h, "135791");
    assert!(!h.state.settings_open());
    pad(&mut h, "246810");
    assert!(h.state.settings_open());
    // The learners are further down the Settings page: scroll, then click.
    h.scroll_and_click(format!("clear-pin-{budi}"));
    let store = Store::open(h.dir.path()).expect("store");
    assert!(!store.learner_has_pin(&budi).expect("read"));
    assert!(store.learner_has_pin(&siti).expect("read"));
}

#[test]
fn in_kiosk_mode_closing_asks_for_the_mentor_pin() {
    use tuntun::ui::app::Message;
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path()).expect("store");
    store
        .add_mentor("Rina", "246810", tuntun::store::now_ms())
        .expect("mentor");
    store.set_setting("kiosk", "1").expect("setting");
    drop(store);
    let mut h = Harness::in_dir(dir);
    assert!(h.state.kiosk, "the setting turns kiosk mode on");
    let _ = h
        .state
        .update(Message::CloseRequested(iced::window::Id::unique()));
    assert!(
        h.shows(&h.tr("pin-mentor-title")),
        "closing asks for the PIN"
    );
    h.click("pin-cancel");
    assert!(
        h.state.gate().is_none(),
        "Batal goes back; Tuntun stays open"
    );
}

#[test]
fn kiosk_mode_cannot_be_switched_on_without_a_mentor() {
    let mut h = Harness::new();
    h.click("settings");
    assert!(
        h.state.settings_open(),
        "no mentor: Settings open without a PIN"
    );
    h.scroll_and_click("kiosk-on".into());
    assert!(!h.state.kiosk);
    assert!(h.shows(&h.tr("settings-kiosk-needs-mentor")));
}

#[test]
fn the_mentor_sees_who_is_stuck_and_can_show_only_them() {
    use tuntun::ui::app::Screen;
    let mut h = Harness::first_start();
    set_up_mentor(&mut h);
    let siti = add(&mut h, "Siti Rahmawati", "");
    let budi = add(&mut h, "Budi Santoso", "");
    let dewi = add(&mut h, "Dewi Lestari", "");
    // Siti misses the box three times on the first practice step, then leaves.
    h.click_id(format!("learner-{siti}"));
    h.click("continue");
    h.click("next");
    for _ in 0..3 {
        h.miss_board();
    }
    h.click("leave");
    h.click("sign-out");
    // Budi gets stuck too, and asks for the mentor.
    h.click_id(format!("learner-{budi}"));
    h.click("continue");
    h.click("next");
    for _ in 0..3 {
        h.miss_board();
    }
    h.click("call-mentor");
    h.click("leave");
    h.click("sign-out");

    // "Kelas" needs the mentor PIN.
    h.click("mentor-view");
    assert!(h.shows(&h.tr("pin-mentor-title")));
    pad(&mut h, "246810");
    let Screen::Mentor(view) = &h.state.screen else {
        panic!("the class overview")
    };
    assert_eq!(view.overview.rows.len(), 3);
    h.picture("mentor-overview");
    let stuck = h.state.tr.tr_args(
        "mentor-stuck",
        &[
            ("lesson", h.tr("dasar-klik-title").into()),
            ("step", 2.into()),
            ("mistakes", 3.into()),
            ("hints", 0.into()),
        ],
    );
    assert!(h.shows(&stuck), "Siti is flagged with the step: {stuck}");
    let Screen::Mentor(view) = &h.state.screen else {
        unreachable!()
    };
    let budi_row = view
        .overview
        .rows
        .iter()
        .find(|r| r.id == budi)
        .expect("Budi");
    assert!(
        matches!(
            budi_row.needs_help,
            Some(tuntun::store::HelpReason::Called { step: 1, .. })
        ),
        "Budi's own call is what the mentor sees: {:?}",
        budi_row.needs_help
    );
    h.click("flagged-only");
    let shown = |h: &Harness, id: &str| h.sim().find(selector::id(format!("row-{id}"))).is_ok();
    assert!(shown(&h, &siti));
    assert!(shown(&h, &budi));
    assert!(!shown(&h, &dewi), "Dewi needs no help");
    h.click("close-mentor");
    assert!(matches!(h.state.screen, Screen::Learners(_)));
}

/// The first start's mentor account: Rina Pendamping, PIN 246810.
pub fn set_up_mentor(h: &mut Harness) {
    h.act(|ui| {
        ui.click(selector::id("mentor-name")).expect("name");
        ui.typewrite("Rina Pendamping");
        ui.click(selector::id("mentor-pin")).expect("pin");
        ui.typewrite("246810");
        ui.click(selector::id("mentor-repeat")).expect("repeat");
        ui.typewrite("246810");
    });
    h.click("save-mentor");
}
