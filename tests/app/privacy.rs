//! Learners' data stays private on a shared laptop: the mentor's screens lock again when
//! nobody is there, the PIN gates fail closed, and a kiosk needs a mentor (issue 20).

use crate::gui::Harness;
use crate::kiosk::{pad, set_up_mentor};
use iced_test::selector;
use std::time::{Duration, Instant};
use tuntun::ui::app::{Message, Screen};

/// Past the idle time and its one-minute question.
fn long_idle(h: &mut Harness) {
    let _ = h.state.update(Message::Activity);
    let _ = h.state.update(Message::IdleTick(
        Instant::now() + Duration::from_secs(11 * 60 + 1),
    ));
}

#[test]
fn kelas_and_settings_close_after_the_idle_time_like_a_learners_screen() {
    let mut h = Harness::first_start();
    set_up_mentor(&mut h);
    h.add_learner("Siti Rahmawati", "198003152005011002");
    h.click("sign-out");

    h.click("mentor-view");
    pad(&mut h, "246810");
    assert!(matches!(h.state.screen, Screen::Mentor(_)), "Kelas is open");
    // The window's clock runs over Kelas (before, it ran only for a learner's screens, so the
    // ticks below never came in the real window and Kelas stayed open).
    assert!(
        h.state.needs_clock(),
        "the idle clock runs while Kelas is open"
    );
    let _ = h.state.update(Message::Activity);
    let _ = h.state.update(Message::IdleTick(
        Instant::now() + Duration::from_secs(10 * 60 + 30),
    ));
    assert!(
        h.shows(&h.tr("idle-title")),
        "Masih di sana? shows over Kelas"
    );
    long_idle(&mut h);
    assert!(
        matches!(h.state.screen, Screen::Learners(_)),
        "Kelas closed"
    );
    assert!(!h.shows("198003152005011002"), "no NIP left on the screen");

    h.click("settings");
    pad(&mut h, "246810");
    assert!(h.state.settings_open(), "Settings is open");
    assert!(
        h.state.needs_clock(),
        "the idle clock runs while Settings is open"
    );
    long_idle(&mut h);
    assert!(!h.state.settings_open(), "Settings closed");
    assert!(matches!(h.state.screen, Screen::Learners(_)));
    // Opening them again asks for the PIN again.
    h.click("settings");
    assert!(h.state.gate().is_some(), "the PIN pad shows again");
}

/// A store that cannot say whether there is a mentor keeps Settings and Kelas shut.
#[test]
fn the_mentor_pin_gate_fails_closed_when_the_store_cannot_answer() {
    let mut h = Harness::first_start();
    set_up_mentor(&mut h);
    let conn =
        rusqlite::Connection::open(h.dir.path().join(tuntun::store::FILE_NAME)).expect("open");
    conn.execute_batch("ALTER TABLE mentors RENAME TO mentors_hidden")
        .expect("hide the mentors");
    h.click("settings");
    assert!(!h.state.settings_open(), "Settings did not open");
    assert!(h.state.gate().is_some(), "the PIN pad shows");
    h.click("pin-cancel");
    h.click("mentor-view");
    assert!(
        !matches!(h.state.screen, Screen::Mentor(_)),
        "Kelas did not open"
    );
    assert!(h.state.gate().is_some(), "the PIN pad shows");
}

#[test]
fn a_kiosk_without_a_mentor_asks_for_one_and_cannot_be_skipped_or_closed() {
    let h = Harness::new();
    let dir = h.dir;
    tuntun::store::Store::open(dir.path())
        .and_then(|s| s.set_setting("kiosk", "1"))
        .expect("kiosk on");
    let mut h = Harness::in_dir(dir);
    assert!(h.state.kiosk);
    assert!(matches!(h.state.screen, Screen::Setup(_)), "mentor first");
    assert!(
        h.sim().find(selector::id("skip-setup")).is_err(),
        "no Lewati in a kiosk"
    );
    let _ = h
        .state
        .update(Message::CloseRequested(iced::window::Id::unique()));
    assert!(
        matches!(h.state.screen, Screen::Setup(_)),
        "closing is not free: the mentor set-up stays"
    );
    set_up_mentor(&mut h);
    assert!(matches!(h.state.screen, Screen::Learners(_)));
    let _ = h
        .state
        .update(Message::CloseRequested(iced::window::Id::unique()));
    assert!(h.state.gate().is_some(), "now closing asks for the PIN");
}

/// With the pad locked after wrong PINs (the error box shows), "Batal" is still on the
/// 1366×768 screen: a learner who opened the pad by mistake can always go back.
#[test]
fn batal_stays_on_the_screen_when_the_pad_says_wait() {
    let mut h = Harness::first_start();
    set_up_mentor(&mut h);
    h.click("settings");
    for _ in 0..5 {
        pad(&mut h, "111111");
    }
    assert!(h.state.gate().is_some());
    assert!(
        h.state.gate().is_some_and(|g| g.pad.error.is_some()),
        "the pad says why"
    );
    let mut ui = h.sim();
    let cancel = ui.find(selector::id("pin-cancel")).expect("Batal").bounds();
    let ok = ui.find(selector::id("pin-ok")).expect("OK").bounds();
    assert!(
        cancel.y >= 0.0 && cancel.y + cancel.height <= 768.0,
        "Batal at {cancel:?}"
    );
    assert!(
        cancel.height >= 40.0 && cancel.intersection(&ok).is_none(),
        "Batal is a whole button, clear of the keys: {cancel:?} / OK {ok:?}"
    );
    drop(ui);
    h.picture("pin-locked");
}

/// A store that cannot say whether a learner has a PIN asks for it: the learner's tile opens
/// the PIN pad, never the learner's home with their progress.
#[test]
fn a_learners_pin_gate_fails_closed_when_the_store_cannot_answer() {
    let mut h = Harness::first_start();
    set_up_mentor(&mut h);
    let siti = crate::kiosk::add(&mut h, "Siti Rahmawati", "1357");
    let conn =
        rusqlite::Connection::open(h.dir.path().join(tuntun::store::FILE_NAME)).expect("open");
    conn.execute_batch("ALTER TABLE learners RENAME COLUMN pin_hash TO pin_hidden")
        .expect("hide the PIN column");
    h.click_id(format!("learner-{siti}"));
    assert!(
        !matches!(h.state.screen, Screen::Home(_)),
        "the learner's home did not open"
    );
    assert!(h.state.gate().is_some(), "the PIN pad shows");
    // The PIN cannot be checked either: the pad says so and stays shut.
    pad(&mut h, "1357");
    assert!(!matches!(h.state.screen, Screen::Home(_)));
    assert!(h.shows(&h.tr("pin-error")), "the pad says why");
}

/// `--kiosk` on the command line (not only the setting) makes the mentor's set-up come
/// first, without "Lewati", and closing is not free until a mentor exists.
#[test]
fn kiosk_from_the_command_line_needs_a_mentor_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    // SAFETY: as in Harness::in_dir; every test sets the same value.
    unsafe { std::env::set_var("ICED_TEST_BACKEND", "tiny-skia") };
    let options = tuntun::ui::Options {
        data_dir: dir.path().to_owned(),
        lang: Some(tuntun::i18n::Lang::Id),
        content: None,
        kiosk: true,
        export_dir: Some(dir.path().to_owned()),
    };
    let state = match tuntun::ui::app::load(&options) {
        Ok(state) => state,
        Err(f) => panic!("start-up failed: {}", f.error),
    };
    let mut h = Harness { state, dir };
    assert!(h.state.kiosk);
    assert!(matches!(h.state.screen, Screen::Setup(_)), "mentor first");
    assert!(
        h.sim().find(selector::id("skip-setup")).is_err(),
        "no Lewati with --kiosk"
    );
    let _ = h
        .state
        .update(Message::CloseRequested(iced::window::Id::unique()));
    assert!(
        matches!(h.state.screen, Screen::Setup(_)),
        "closing is not free"
    );
    set_up_mentor(&mut h);
    let _ = h
        .state
        .update(Message::CloseRequested(iced::window::Id::unique()));
    assert!(h.state.gate().is_some(), "closing asks for the mentor PIN");
}
