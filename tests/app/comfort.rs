//! Comfort for older eyes and ears: "Bacakan" reads the step aloud when espeak-ng is there.

use crate::gui::Harness;
use iced_test::selector;
use tuntun::ui::app::Message;

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
fn after_a_mistake_ulangi_langkah_ini_starts_the_step_again() {
    let mut h = Harness::new();
    h.add_learner("Siti Rahmawati", "");
    h.click("continue");
    h.click("next");
    assert!(!h.shows(&h.tr("lesson-restart-step")), "no mistake yet");
    h.miss_board();
    assert!(h.shows(&h.tr("lesson-feedback-try")));
    assert!(
        h.shows(&h.tr("lesson-restart-step")),
        "offered after a mistake"
    );
    h.click("restart-step");
    let player = &crate::gui::lesson_player(&h).player;
    assert_eq!(player.feedback, None, "the step starts again");
    assert!(!player.is_done());
    assert!(!h.shows(&h.tr("lesson-restart-step")));
}

#[test]
fn text_size_and_contrast_are_each_learners_own_choice_and_are_remembered() {
    use tuntun::ui::app::Screen;
    use tuntun::ui::comfort::TextSize;
    let mut h = Harness::new();
    h.add_learner("Siti Rahmawati", "");
    h.click("display");
    h.click("colours-high");
    h.click("text-size-largest");
    assert!(h.state.comfort.high_contrast);
    assert_eq!(h.state.comfort.text_size, TextSize::Largest);
    assert!((h.state.scale_factor() - 1.3).abs() < 1e-6);
    h.picture("home-display-panel");
    h.click("display-done");
    assert!(h.shows(&h.tr("home-continue")), "the lessons are back");
    h.picture("home-high-contrast-largest");
    let siti = match &h.state.screen {
        Screen::Home(home) => home.learner.id.clone(),
        _ => panic!("home"),
    };
    h.click("sign-out");
    assert!(
        !h.state.comfort.high_contrast && h.state.scale_factor() == 1.0,
        "the sign-in screen has the default look and size"
    );
    h.click("add-learner");
    h.add_learner("Budi Santoso", "");
    assert!(!h.state.comfort.high_contrast, "Budi did not choose it");
    assert_eq!(h.state.comfort.text_size, TextSize::Normal);
    h.click("sign-out");
    h.click_id(format!("learner-{siti}"));
    assert!(h.state.comfort.high_contrast, "Siti's choice is back");
    assert_eq!(h.state.comfort.text_size, TextSize::Largest);
    let store = tuntun::store::Store::open(h.dir.path()).expect("store");
    assert_eq!(
        store
            .setting(&format!("contrast:{siti}"))
            .expect("read")
            .as_deref(),
        Some("high")
    );
    assert_eq!(
        store
            .setting(&format!("text-size:{siti}"))
            .expect("read")
            .as_deref(),
        Some("largest")
    );
}

/// The controls a learner needs are inside the window at every text size, on a 1366×768
/// laptop: the lesson's buttons, and the webmail's main buttons while writing a message.
#[test]
fn every_text_size_keeps_the_lesson_and_webmail_controls_on_the_screen() {
    use tuntun::ui::comfort::{Comfort, TextSize};
    use tuntun::ui::screen::home;
    for size in TextSize::ALL {
        let mut h = Harness::new();
        h.add_learner("Siti Rahmawati", "");
        let _ = h
            .state
            .update(Message::Home(home::Message::Comfort(Comfort {
                text_size: size,
                high_contrast: false,
            })));
        assert_eq!(h.state.comfort.text_size, size);
        // A Dasar practice step (the read step first, then the board).
        let _ = h
            .state
            .update(Message::Home(home::Message::Open("dasar.klik".into())));
        h.picture(&format!("size-{}-dasar-read", size.key()));
        h.assert_on_screen(&["next", "back", "leave"]);
        h.click("next");
        h.picture(&format!("size-{}-dasar-practice", size.key()));
        h.assert_on_screen(&[
            "next",
            "back",
            "hint",
            "board",
            "target-besar",
            "target-sedang",
            "target-kecil",
            "target-mini",
        ]);
        {
            let mut ui = h.sim();
            let board = ui.find(selector::id("board")).expect("board").bounds();
            for t in ["besar", "sedang", "kecil", "mini"] {
                let b = ui
                    .find(selector::id(format!("target-{t}")))
                    .expect("target")
                    .bounds();
                assert!(
                    board.contains(b.position())
                        && b.y + b.height <= board.y + board.height
                        && b.x + b.width <= board.x + board.width,
                    "box {t} at {b:?} is outside the board {board:?} at {size:?}"
                );
            }
        }
        // The webmail, writing a reply with an attachment.
        h.click("leave");
        let _ = h
            .state
            .update(Message::Home(home::Message::Open("email.lampiran".into())));
        h.click("next");
        h.click("message-m1");
        h.click("reply");
        h.click("attach");
        h.picture(&format!("size-{}-email-picker", size.key()));
        // At the largest size the third file is below the list's edge: scrolled to, as a
        // learner would (the list shows its scroll bar).
        h.scroll_at_and_click(
            Some("pick-Laporan-Bulanan-April-2025.pdf"),
            "pick-Laporan-Bulanan-Mei-2025.pdf".into(),
        );
        h.click("attach-chosen");
        h.picture(&format!("size-{}-email-compose", size.key()));
        h.assert_on_screen(&[
            "next",
            "leave",
            "send",
            "attach",
            "cancel",
            "compose-subject-input",
        ]);
        // The message box may be below the fields: the form scrolls to it, and it takes text.
        h.act(|ui| {
            use iced::mouse::{Event as MouseEvent, ScrollDelta};
            let form = ui
                .find(selector::id("compose-form"))
                .expect("the form")
                .visible_bounds()
                .expect("the form in sight");
            ui.point_at(form.center());
            ui.simulate([iced::Event::Mouse(MouseEvent::WheelScrolled {
                delta: ScrollDelta::Lines { x: 0.0, y: -10.0 },
            })]);
            ui.click(selector::id("compose-body-input"))
                .expect("the message box can be reached");
            ui.typewrite("Selamat siang");
        });
        h.picture(&format!("size-{}-email-body", size.key()));
        match &crate::gui::lesson_player(&h).player.sim {
            tuntun::sim::SimState::Email(e) => match &e.view {
                tuntun::sim::email::View::Compose(d) => assert_eq!(d.body, "Selamat siang"),
                other => panic!("still writing: {other:?}"),
            },
            _ => panic!("webmail"),
        }
        // The pretend phone and the word processor, at their first practice step.
        for (lesson, ids) in [
            (
                "presensi.presensi-masuk",
                &["phone", "check-in", "history", "phone-settings"][..],
            ),
            (
                "dokumen.simpan",
                &["save-as", "save", "open", "print", "size"][..],
            ),
        ] {
            h.click("leave");
            let _ = h
                .state
                .update(Message::Home(home::Message::Open(lesson.into())));
            while !matches!(
                crate::gui::lesson_player(&h).player.step(),
                Some(tuntun::course::Step::Do { .. })
            ) {
                if let Some(tuntun::course::Step::Quiz { options, .. }) =
                    crate::gui::lesson_player(&h).player.step()
                {
                    let right = options.iter().position(|o| o.correct).expect("an answer");
                    h.click_id(format!("answer-{right}"));
                }
                h.click("next");
            }
            h.picture(&format!("size-{}-{lesson}", size.key()));
            h.assert_on_screen(ids);
            if lesson.starts_with("dokumen") {
                // At a larger size the page starts in sight under the toolbar; the toolbar
                // and the page scroll together to show the rest.
                let mut ui = h.sim();
                let page = ui.find(selector::id("page")).expect("the page").bounds();
                let f = h.state.comfort.text_size.factor();
                assert!(
                    page.y + 60.0 < 768.0 / f,
                    "the page's top is in sight: {page:?}"
                );
            }
        }
    }
}

/// Without a mouse: a new learner is added, signs in, opens the first email lesson and
/// finishes it — reading, answering the quizzes, signing in to the webmail, unticking
/// "Tetap masuk", signing out and in again — with Tab, Enter and typing only.
#[test]
fn the_keyboard_alone_goes_through_a_whole_email_lesson() {
    use tuntun::course::Step;
    let mut h = Harness::new();
    h.key_type("name", "Siti Rahmawati");
    if let Some(dir) = std::env::var_os("TUNTUN_PICTURES") {
        // What a keyboard user sees: the ring on the focused button.
        let mut ui = h.sim();
        crate::gui::tab_to(&mut ui, "save-learner");
        let path = std::path::Path::new(&dir).join("keyboard-focus-ring");
        let _ = std::fs::remove_file(path.with_file_name("keyboard-focus-ring-tiny-skia.png"));
        let saved = ui
            .snapshot(&tuntun::ui::theme::themed(false))
            .and_then(|s| s.matches_image(&path));
        assert!(matches!(saved, Ok(true)), "{saved:?}");
    }
    h.key_press("save-learner");
    assert!(
        matches!(h.state.screen, tuntun::ui::app::Screen::Home(_)),
        "signed in"
    );
    h.key_press("lesson-email.masuk");
    let lesson = crate::gui::lesson_player(&h).player.lesson.clone();
    assert_eq!(lesson.id, "email.masuk");
    let (address, password) = ("budi.santoso@sukamajukab.go.id", "Sukamaju#2025");
    for (i, step) in lesson.steps.iter().enumerate() {
        assert_eq!(crate::gui::lesson_player(&h).player.index, i);
        match step {
            Step::Read { .. } => {}
            Step::Quiz { options, .. } => {
                let right = options.iter().position(|o| o.correct).expect("an answer");
                h.key_press(&format!("answer-{right}"));
            }
            Step::Do { goal, .. } if goal.event == "email.signed_out" => {
                h.key_press("sign-out");
            }
            Step::Do { .. } => {
                // The webmail may remember the address; write it afresh either way.
                h.act(|ui| {
                    crate::gui::tab_to(ui, "email-address-input");
                    ui.tap_key(iced::keyboard::key::Named::End);
                    for _ in 0..60 {
                        ui.tap_key(iced::keyboard::key::Named::Backspace);
                    }
                    ui.typewrite(address);
                });
                let remembered = match &crate::gui::lesson_player(&h).player.sim {
                    tuntun::sim::SimState::Email(e) => e.sign_in.remember,
                    _ => panic!("webmail"),
                };
                if remembered {
                    h.key_press("email-remember"); // Enter on the ticked box unticks it
                }
                // Enter in the password box signs in, as in a browser.
                h.key_type("email-password-input", password);
                h.act(|ui| {
                    crate::gui::tab_to(ui, "email-password-input");
                    ui.tap_key(iced::keyboard::key::Named::Enter);
                });
            }
        }
        assert!(
            crate::gui::lesson_player(&h).player.is_done() || matches!(step, Step::Read { .. }),
            "step {i} done with the keyboard"
        );
        h.picture(&format!("keyboard-step-{i}"));
        h.key_press("next");
    }
    assert!(
        matches!(h.state.screen, tuntun::ui::app::Screen::Finished(_)),
        "the lesson is finished"
    );
    let store = tuntun::store::Store::open(h.dir.path()).expect("store");
    let learner = store.learners().expect("learners")[0].id.clone();
    let states = store.lesson_states(&learner).expect("states");
    assert!(states["email.masuk"].completed, "stored as done");
}

/// Windows without the Indonesian speech pack: once Tuntun knows which voices Windows has,
/// "Bacakan" starts nothing and says in one sentence how a mentor adds "Microsoft Andika".
#[test]
fn bacakan_on_windows_without_an_indonesian_voice_says_how_to_add_one() {
    let mut h = Harness::new();
    h.add_learner("Siti Rahmawati", "");
    h.click("continue");
    let notice = h.tr("notice-voice-missing");
    assert!(notice.contains("Windows"), "{notice}");
    h.state.voice = Some(tuntun::speech::Voice::windows_with_languages(
        "powershell.exe".into(),
        vec!["en-US".to_owned()],
    ));
    assert!(!h.shows(&notice));
    h.click("read-aloud");
    assert!(h.state.speaking.is_none(), "nothing is started");
    assert!(h.shows(&notice), "the way to add the voice is shown");
    // Until the next click, like any hint.
    h.click("next");
    assert!(!h.shows(&notice), "gone with the next click");
    h.click("read-aloud");
    assert!(h.shows(&notice), "and shown again by Bacakan");
    // With "Microsoft Andika" added the button reads instead of explaining (here no
    // PowerShell can be started, which is logged and shows nothing).
    h.click("next");
    h.state.voice = Some(tuntun::speech::Voice::windows_with_languages(
        "/no/such/powershell.exe".into(),
        vec!["en-US".to_owned(), "id-ID".to_owned()],
    ));
    h.click("read-aloud");
    assert!(!h.shows(&notice));
}
