//! The first walk of an older learner (issue 17, `reviews/newcomer.md`): no dead ends,
//! nothing cut off, nothing moving under the pointer, and the keyboard always somewhere.

use crate::gui::{Harness, lesson_player};
use iced::Rectangle;
use iced_test::Simulator;
use iced_test::selector::{self, Candidate};
use std::sync::Arc;
use tuntun::course::{Lesson, Step};
use tuntun::ui::app::{Message, Screen};
use tuntun::ui::comfort::{Comfort, TextSize};
use tuntun::ui::screen::{home, lesson};

/// A first frame, as the window draws it when a screen opens.
fn first_frame(ui: &mut Simulator<'_, Message>) {
    ui.simulate([iced::Event::Window(iced::window::Event::RedrawRequested(
        std::time::Instant::now(),
    ))]);
}

/// The bounds of what has the keyboard focus right after the screen opens.
fn focused_on_arrival(h: &Harness) -> Option<Rectangle> {
    let mut ui = h.sim();
    first_frame(&mut ui);
    ui.find(selector::is_focused()).ok().map(|t| t.bounds())
}

fn bounds_of(h: &Harness, id: &str) -> Rectangle {
    h.sim()
        .find(selector::id(id.to_owned()))
        .unwrap_or_else(|e| panic!("#{id}: {e:?}"))
        .bounds()
}

pub fn set_size(h: &mut Harness, size: TextSize) {
    let _ = h
        .state
        .update(Message::Home(home::Message::Comfort(Comfort {
            text_size: size,
            high_contrast: false,
        })));
}

fn open(h: &mut Harness, lesson: &str) {
    let _ = h
        .state
        .update(Message::Home(home::Message::Open(lesson.into())));
}

fn lesson_by_id(h: &Harness, id: &str) -> Arc<Lesson> {
    h.state
        .course
        .entries()
        .find_map(|e| e.lesson.clone().filter(|l| l.id == id))
        .unwrap_or_else(|| panic!("lesson {id}"))
}

/// Shows step `step` of `lesson` as it starts (the mentor's preview: nothing recorded).
fn show_step(h: &mut Harness, lesson: Arc<Lesson>, step: usize) {
    let mut state = lesson::State::preview(lesson, step, "Pendamping".into());
    state.text_scale = h.state.comfort.text_size.factor();
    h.state.screen = Screen::Lesson(Box::new(state));
}

/// Dasar 4, step 5 says "Tekan Tab untuk pindah ke kotak NIP … Lalu tekan Enter". Doing
/// exactly that, with the keyboard alone, fills the NIP and stays in the lesson.
#[test]
fn dasar_typing_tab_then_enter_fills_the_nip_and_stays_in_the_lesson() {
    let mut h = Harness::new();
    h.add_learner("Nurhayati", "");
    open(&mut h, "dasar.mengetik");
    h.click("next");
    for (field, text) in [
        ("latihan", "Kantor Camat Sukamaju"),
        ("perbaiki", ""),
        ("hapus", ""),
        ("nama", "Nurhayati"),
    ] {
        h.act(|ui| {
            ui.click(selector::id(format!("field-{field}")))
                .expect("box");
            if field == "perbaiki" {
                // "Kantor Cammat": between the two m's, then Backspace.
                ui.tap_key(iced::keyboard::key::Named::End);
                ui.tap_key(iced::keyboard::key::Named::ArrowLeft);
                ui.tap_key(iced::keyboard::key::Named::ArrowLeft);
                ui.tap_key(iced::keyboard::key::Named::Backspace);
            } else if field == "hapus" {
                // "DDesa Mekarsari": at the start, then Delete.
                ui.tap_key(iced::keyboard::key::Named::Home);
                ui.tap_key(iced::keyboard::key::Named::Delete);
            } else {
                ui.typewrite(text);
            }
            ui.tap_key(iced::keyboard::key::Named::Enter);
        });
        assert!(lesson_player(&h).player.is_done(), "{field} done");
        h.click("next");
    }
    assert_eq!(lesson_player(&h).player.index, 5, "the NIP step");
    // The learner's hand is on the keyboard: Tab, the 18 digits, Enter.
    h.act(|ui| {
        first_frame(ui);
        ui.tap_key(iced::keyboard::key::Named::Tab);
        ui.typewrite("196604121990032004");
        ui.tap_key(iced::keyboard::key::Named::Enter);
    });
    assert!(
        matches!(h.state.screen, Screen::Lesson(_)),
        "still in the lesson, not thrown out to the home screen"
    );
    assert!(lesson_player(&h).player.is_done(), "the NIP step is done");
}

/// Every screen opens with the focus on its first text box or main action — never on the
/// way out — and Tab never lands on a stop without a ring, nor on a disabled button.
#[test]
fn every_screen_opens_with_the_focus_on_its_first_control() {
    let mut h = Harness::new();
    let name = focused_on_arrival(&h).expect("the learner form has the focus");
    assert!(
        bounds_of(&h, "name").contains(name.center()),
        "in the name box"
    );
    h.add_learner("Nurhayati", "");
    let at = focused_on_arrival(&h).expect("home has the focus");
    assert!(
        bounds_of(&h, "continue").contains(at.center()),
        "on Lanjutkan"
    );
    h.click("continue");
    // A reading step: "Langkah berikutnya"; step 1's disabled "Langkah sebelumnya" is no
    // Tab stop, and every Tab shows a ring.
    let at = focused_on_arrival(&h).expect("a reading step has the focus");
    assert!(bounds_of(&h, "next").contains(at.center()), "on Lanjut");
    let back = bounds_of(&h, "back");
    let leave = bounds_of(&h, "leave");
    h.act(|ui| {
        first_frame(ui);
        for i in 0..8 {
            ui.tap_key(iced::keyboard::key::Named::Tab);
            let focused = ui
                .find(selector::is_focused())
                .unwrap_or_else(|_| panic!("Tab {i} left nothing focused"));
            assert!(
                !back.contains(focused.bounds().center()),
                "the disabled button took the focus"
            );
        }
    });
    // Practice steps: the practice tool, not "Ke Beranda".
    h.click("next");
    let at = focused_on_arrival(&h).expect("a practice step has the focus");
    assert!(!leave.contains(at.center()), "not on the way out");
    assert!(
        bounds_of(&h, "hint").contains(at.center()),
        "on Petunjuk: the clicking board is for the mouse"
    );
    // The webmail: the address box; after signing in, the focus does not vanish.
    h.click("leave");
    open(&mut h, "email.masuk");
    while !matches!(lesson_player(&h).player.step(), Some(Step::Do { .. })) {
        if let Some(Step::Quiz { options, .. }) = lesson_player(&h).player.step() {
            let right = options.iter().position(|o| o.correct).expect("an answer");
            h.click_id(format!("answer-{right}"));
        }
        h.click("next");
    }
    let at = focused_on_arrival(&h).expect("the sign-in form has the focus");
    assert!(
        bounds_of(&h, "email-address-input").contains(at.center()),
        "in the address box"
    );
    h.act(|ui| {
        first_frame(ui);
        ui.typewrite("budi.santoso@sukamajukab.go.id");
        ui.tap_key(iced::keyboard::key::Named::Tab);
    });
    h.key_type("email-password-input", "Sukamaju#2025");
    h.act(|ui| {
        crate::gui::tab_to(ui, "email-password-input");
        ui.tap_key(iced::keyboard::key::Named::Enter);
    });
    match &lesson_player(&h).player.sim {
        tuntun::sim::SimState::Email(e) => assert!(e.signed_in, "signed in"),
        _ => panic!("webmail"),
    }
    assert!(
        focused_on_arrival(&h).is_some(),
        "after signing in, something still has the focus"
    );
}

/// The labels of the controls on screen (texts inside a Tab stop), with where they are.
fn control_labels(ui: &mut Simulator<'_, Message>) -> Vec<(String, Rectangle)> {
    let mut stops = Vec::new();
    let mut texts = Vec::new();
    let _ = ui.find(|c: Candidate<'_>| -> Option<()> {
        match c {
            Candidate::Focusable { bounds, state, .. } => {
                let _ = state;
                stops.push(bounds);
            }
            Candidate::Text {
                content,
                visible_bounds: Some(v),
                ..
            } if !content.trim().is_empty() => texts.push((content.to_owned(), v)),
            _ => {}
        }
        None
    });
    texts
        .into_iter()
        .filter_map(|(t, b)| {
            stops
                .iter()
                .find(|s| s.contains(b.center()))
                .map(|s| (t, *s))
        })
        .collect()
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Every step of every lesson, as it starts: every control on screen has a name of its
/// own, and the lesson's navigation shares no word with the practice tool's buttons
/// (a feedback "Klik Kembali" must not send a learner to the lesson's own button).
#[test]
fn every_control_has_its_own_name_and_the_lesson_never_shares_one_with_the_tool() {
    let mut h = Harness::new();
    h.add_learner("Nurhayati", "");
    let nav: Vec<String> = [
        "lesson-leave",
        "lesson-back",
        "lesson-next",
        "lesson-finish",
        "lesson-hint",
        "lesson-read-aloud",
    ]
    .iter()
    .flat_map(|id| words(&h.tr(id)))
    .collect();
    let lessons: Vec<Arc<Lesson>> = h
        .state
        .course
        .entries()
        .filter_map(|e| e.lesson.clone())
        .collect();
    let mut checked = 0;
    for lesson in lessons {
        for step in 0..lesson.steps.len() {
            if !matches!(lesson.steps[step], Step::Do { .. }) {
                continue;
            }
            show_step(&mut h, lesson.clone(), step);
            let mut ui = h.sim();
            let practice = ui
                .find(selector::id("practice"))
                .expect("practice area")
                .bounds();
            let labels = control_labels(&mut ui);
            let mut seen: Vec<(&str, Rectangle)> = Vec::new();
            for (label, at) in &labels {
                if let Some((_, other)) = seen.iter().find(|(l, b)| l == label && b != at) {
                    panic!(
                        "{} step {step}: two controls named {label:?} ({other:?}, {at:?})",
                        lesson.id
                    );
                }
                seen.push((label, *at));
                if practice.contains(at.center()) {
                    for w in words(label) {
                        assert!(
                            !nav.contains(&w),
                            "{} step {step}: the tool's {label:?} shares {w:?} with the \
                             lesson's navigation",
                            lesson.id
                        );
                    }
                }
            }
            checked += 1;
        }
    }
    assert!(checked > 50, "practice steps walked: {checked}");
}

/// Dasar 4: each of the four boxes is a whole box (the 18 digits fit and show) at every
/// text size; the board scrolls instead of squashing them.
#[test]
fn the_typing_boards_boxes_are_never_squashed() {
    for size in TextSize::ALL {
        let mut h = Harness::new();
        h.add_learner("Nurhayati", "");
        set_size(&mut h, size);
        let lesson = lesson_by_id(&h, "dasar.mengetik");
        show_step(&mut h, lesson, 4);
        for field in ["latihan", "perbaiki", "nama", "nip"] {
            let b = bounds_of(&h, &format!("field-{field}"));
            assert!(
                b.height >= 44.0 && b.width >= 300.0,
                "box {field} is {b:?} at {size:?}"
            );
        }
        // Tab from the name box brings the NIP box into sight.
        h.act(|ui| {
            first_frame(ui);
            crate::gui::tab_to(ui, "field-nip");
        });
    }
}

/// Dasar 3: a file dropped on the wrong folder can be picked up again from that folder,
/// and the folders stay where they are while a file is held.
#[test]
fn a_file_in_the_wrong_folder_can_be_dragged_again_and_folders_stay_still() {
    use iced::mouse::{Button, Event as MouseEvent};
    let mut h = Harness::new();
    h.add_learner("Nurhayati", "");
    open(&mut h, "dasar.seret-gulir");
    h.click("next");
    let folders = |h: &Harness| (bounds_of(h, "drop-arsip"), bounds_of(h, "drop-laporan"));
    let before = folders(&h);
    let press_on = |h: &mut Harness, id: String| {
        h.act(|ui| {
            let at = ui.find(selector::id(id)).expect("there").bounds().center();
            ui.point_at(at);
            ui.simulate([iced::Event::Mouse(MouseEvent::ButtonPressed(Button::Left))]);
        });
    };
    let release_on = |h: &mut Harness, id: &str| {
        let at = bounds_of(h, id).center();
        h.act(|ui| {
            ui.point_at(at);
            ui.simulate([iced::Event::Mouse(MouseEvent::ButtonReleased(Button::Left))]);
        });
    };
    press_on(&mut h, "item-undangan".into());
    assert!(h.shows(&h.state.tr.tr_args(
        "dasar-ui-holding",
        &[("item", h.tr("dasar-file-undangan").into())]
    )));
    assert_eq!(
        folders(&h),
        before,
        "the folders did not move during the drag"
    );
    release_on(&mut h, "drop-laporan");
    assert!(
        h.shows(&h.tr("dasar-seret-wrong-folder")),
        "wrong folder explained"
    );
    assert!(!lesson_player(&h).player.is_done());
    // "Seret lagi": the file is picked up from the folder it landed in.
    press_on(&mut h, "placed-undangan".into());
    release_on(&mut h, "drop-arsip");
    assert!(lesson_player(&h).player.is_done(), "the file reached Arsip");
}

/// A wrong PIN: the keys stay where they were and "Batal" stays in the window, at every
/// text size.
#[test]
fn a_wrong_pin_moves_no_key_and_keeps_batal() {
    for size in TextSize::ALL {
        let mut h = Harness::new();
        h.add_learner("Nurhayati", "");
        set_size(&mut h, size);
        // A second learner with a PIN; back on the list, his tile asks for it.
        h.click("sign-out");
        let budi = crate::kiosk::add(&mut h, "Budi", "2580");
        h.click_id(format!("learner-{budi}"));
        assert!(h.state.gate().is_some(), "the PIN pad");
        // The pad as a signed-in learner's mentor PIN pad shows it: at her text size.
        h.state.comfort.text_size = size;
        let ids = ["pin-1", "pin-5", "pin-0", "pin-ok", "pin-cancel"];
        h.assert_on_screen(&ids);
        let keys = ids.map(|id| bounds_of(&h, id));
        // Five wrong PINs: "PIN salah", then the lock-out message.
        for attempt in 0..5 {
            for d in ["pin-1", "pin-1", "pin-1", "pin-1", "pin-ok"] {
                h.click(d);
            }
            assert!(
                h.state.gate().is_some_and(|g| g.pad.error.is_some()),
                "the wrong PIN is said (attempt {attempt})"
            );
            let after = ids.map(|id| bounds_of(&h, id));
            assert_eq!(keys, after, "no key moved at {size:?}, attempt {attempt}");
            h.assert_on_screen(&ids);
        }
    }
}

/// Simpan Sebagai at every text size: the name box, the file types, Simpan and Batal are
/// in the window; a refused name moves and squashes neither button.
#[test]
fn save_as_is_whole_at_every_size_and_a_bad_name_moves_nothing() {
    for size in TextSize::ALL {
        for contrast in [false, true] {
            let mut h = Harness::new();
            h.add_learner("Nurhayati", "");
            let _ = h
                .state
                .update(Message::Home(home::Message::Comfort(Comfort {
                    text_size: size,
                    high_contrast: contrast,
                })));
            let lesson = lesson_by_id(&h, "dokumen.simpan");
            let step = lesson
                .steps
                .iter()
                .position(|s| matches!(s, Step::Do { .. }))
                .expect("a practice step");
            show_step(&mut h, lesson, step);
            h.click("save-as");
            let ids = [
                "dialog-name-input",
                "format-docx",
                "format-pdf",
                "dialog-save",
                "dialog-cancel",
            ];
            h.assert_on_screen(&ids);
            let before = ids.map(|id| bounds_of(&h, id));
            h.act(|ui| {
                ui.click(selector::id("dialog-name-input")).expect("name");
                ui.typewrite("surat/undangan");
                ui.click(selector::id("dialog-save")).expect("save");
            });
            assert!(
                h.shows(
                    &h.state
                        .tr
                        .tr_args("dokumen-app-name-character", &[("character", "/".into())])
                )
            );
            h.picture(&format!("save-as-bad-name-{}-{contrast}", size.key()));
            let after = ids.map(|id| bounds_of(&h, id));
            assert_eq!(before, after, "nothing moved at {size:?}");
        }
    }
}

/// The size a step's text needs in `width`, laid out as the lesson lays it out.
fn needed(content: &str, width: f32) -> iced::Size {
    use iced::advanced::text::{self, Paragraph as _};
    type Paragraph = <iced::Renderer as text::Renderer>::Paragraph;
    Paragraph::with_text(text::Text {
        content,
        bounds: iced::Size::new(width, f32::INFINITY),
        size: tuntun::ui::theme::SUBTITLE.into(),
        line_height: text::LineHeight::Relative(lesson::TEXT_LINE_HEIGHT),
        font: tuntun::ui::theme::FONT,
        align_x: text::Alignment::Default,
        align_y: iced::alignment::Vertical::Top,
        shaping: text::Shaping::default(),
        wrapping: lesson::TEXT_WRAPPING,
    })
    .min_bounds()
}

/// Every step of every lesson at every text size: the step's text has the room it needs
/// (measured: no word runs out of its line, no line is cut at the bottom) and is in the
/// window or in a part that scrolls to it; and every control on the screen as the step
/// begins (of the lesson, of every simulator and its open dialog) is wholly in the window
/// or can be scrolled wholly into it.
#[test]
fn every_step_text_is_whole_at_every_size() {
    let mut cut = Vec::new();
    for size in TextSize::ALL {
        let mut h = Harness::new();
        h.add_learner("Nurhayati", "");
        set_size(&mut h, size);
        let f = size.factor();
        let window = Rectangle::new(iced::Point::ORIGIN, iced::Size::new(1366.0 / f, 768.0 / f));
        let lessons: Vec<Arc<Lesson>> = h
            .state
            .course
            .entries()
            .filter_map(|e| e.lesson.clone())
            .collect();
        for lesson in lessons {
            for step in 0..lesson.steps.len() {
                show_step(&mut h, lesson.clone(), step);
                let wanted = h.tr(lesson.steps[step].text());
                let mut ui = h.sim();
                let mut scrolls = Vec::new();
                let mut found = None;
                let mut controls = Vec::new();
                let _ = ui.find(|c: Candidate<'_>| -> Option<()> {
                    match c {
                        Candidate::Scrollable {
                            bounds,
                            content_bounds,
                            ..
                        } => scrolls.push((bounds, content_bounds)),
                        Candidate::Focusable {
                            bounds,
                            visible_bounds,
                            ..
                        }
                        | Candidate::TextInput {
                            bounds,
                            visible_bounds,
                            ..
                        } if bounds.width > 0.0 && bounds.height > 0.0 => {
                            controls.push((bounds, visible_bounds));
                        }
                        Candidate::Text {
                            content,
                            bounds,
                            visible_bounds,
                            ..
                        } if content == wanted && found.is_none() => {
                            found = Some((bounds, visible_bounds));
                        }
                        _ => {}
                    }
                    None
                });
                let (bounds, visible) = found.unwrap_or_else(|| {
                    panic!(
                        "{} step {step}: its text is not shown at {size:?}",
                        lesson.id
                    )
                });
                let need = needed(&wanted, bounds.width);
                // A line's width counts the space at its end: a few pixels are no cut.
                assert!(
                    need.width <= bounds.width + 10.0 && need.height <= bounds.height + 1.0,
                    "{} step {step} at {size:?}: the text needs {need:?}, has {bounds:?}",
                    lesson.id
                );
                let in_window = visible.is_some_and(|v| {
                    window.contains(v.position())
                        && v.width >= bounds.width - 1.0
                        && v.height >= bounds.height - 1.0
                });
                let scrolls_to = scrolls
                    .iter()
                    .any(|(_, content)| content.contains(bounds.center()));
                assert!(
                    in_window || scrolls_to,
                    "{} step {step} at {size:?}: the text at {bounds:?} is cut ({visible:?})",
                    lesson.id
                );
                // Every control the step shows (the lesson's, the tool's, an open dialog's,
                // the phone's) is wholly in the window, or in a part that scrolls and is
                // large enough to bring it wholly into sight.
                for (b, v) in &controls {
                    let whole = v.is_some_and(|v| {
                        (v.width - b.width).abs() < 1.0
                            && (v.height - b.height).abs() < 1.0
                            && window.contains(v.position())
                            && window.contains(iced::Point::new(
                                v.x + v.width - 0.5,
                                v.y + v.height - 0.5,
                            ))
                    });
                    // In a part that scrolls and can show it whole, which is itself in
                    // the window or in an outer part that scrolls and can show it whole.
                    let fits = |inner: &Rectangle, area: &Rectangle| {
                        inner.width <= area.width + 1.0 && inner.height <= area.height + 1.0
                    };
                    let reachable = scrolls.iter().any(|(area, content)| {
                        content.contains(b.center())
                            && fits(b, area)
                            && (window.contains(area.position())
                                || scrolls.iter().any(|(outer, outer_content)| {
                                    outer != area
                                        && outer_content.contains(area.center())
                                        && fits(area, outer)
                                        && window.contains(outer.position())
                                }))
                    });
                    if !(whole || reachable) {
                        cut.push(format!(
                            "{} step {step} at {size:?}: a control at {b:?} cannot be \
                             brought wholly into the window ({v:?})",
                            lesson.id
                        ));
                    }
                }
            }
        }
    }
    assert!(cut.is_empty(), "{} cut:\n{}", cut.len(), cut.join("\n"));
}

/// A reply half typed when the window is closed comes back with "Lanjutkan".
#[test]
fn a_half_typed_reply_comes_back_after_a_restart() {
    let mut h = Harness::new();
    h.add_learner("Nurhayati", "");
    open(&mut h, "email.balas");
    h.click("next");
    h.click("message-m1");
    h.click("next");
    h.click("reply");
    h.click("next");
    h.act(|ui| {
        ui.click(selector::id("compose-body-input"))
            .expect("the message box");
        ui.typewrite("Selamat pagi, Pak.");
    });
    let _ = h
        .state
        .update(Message::CloseRequested(iced::window::Id::unique()));
    let crate::gui::Harness { state, dir } = h;
    drop(state);
    let mut h = Harness::in_dir(dir);
    let learner = h.state.store.learners().expect("learners")[0].id.clone();
    h.click_id(format!("learner-{learner}"));
    h.click("continue");
    let body = match &lesson_player(&h).player.sim {
        tuntun::sim::SimState::Email(e) => match &e.view {
            tuntun::sim::email::View::Compose(d) => d.body.clone(),
            other => panic!("writing again: {other:?}"),
        },
        _ => panic!("webmail"),
    };
    assert_eq!(body, "Selamat pagi, Pak.", "the draft is back");
}

/// Every control named is wholly in sight in the window, at once or after turning the
/// wheel over `over` (a phone's screen scrolls, as a phone does).
pub fn assert_reachable(h: &Harness, ids: &[&str], over: &str, size: TextSize) {
    use iced::mouse::{Event as MouseEvent, ScrollDelta};
    let f = size.factor();
    let window = Rectangle::new(iced::Point::ORIGIN, iced::Size::new(1366.0 / f, 768.0 / f));
    for id in ids {
        let mut ui = h.sim();
        let area = ui
            .find(selector::id(over.to_owned()))
            .expect("the scrolling part")
            .bounds();
        ui.point_at(area.center());
        let whole = |ui: &mut Simulator<'_, Message>| {
            let t = ui.find(selector::id((*id).to_owned())).expect("there");
            t.visible_bounds().is_some_and(|v| {
                (v.height - t.bounds().height).abs() < 1.0
                    && (v.width - t.bounds().width).abs() < 1.0
                    && window.contains(v.position())
                    && window.contains(iced::Point::new(v.x + v.width - 0.5, v.y + v.height - 0.5))
            })
        };
        let mut seen = whole(&mut ui);
        for _ in 0..40 {
            if seen {
                break;
            }
            ui.simulate([iced::Event::Mouse(MouseEvent::WheelScrolled {
                delta: ScrollDelta::Lines { x: 0.0, y: -1.0 },
            })]);
            seen = whole(&mut ui);
        }
        assert!(
            seen,
            "#{id} cannot be brought wholly into sight at {size:?}"
        );
    }
}

/// Shows the first practice step of `lesson`, as it starts.
pub fn first_practice(h: &mut Harness, lesson: &str) {
    let lesson = lesson_by_id(h, lesson);
    let step = lesson
        .steps
        .iter()
        .position(|s| matches!(s, Step::Do { .. }))
        .expect("a practice step");
    show_step(h, lesson, step);
}

/// Every dialog of the word processor (Buka, Cetak), SRIKANDI's passphrase dialog, and every
/// screen of the pretend phone on the way to a Presensi Masuk, at every text size: their
/// controls are wholly in the window.
#[test]
fn every_dialog_and_phone_screen_keeps_its_controls_in_the_window() {
    for size in TextSize::ALL {
        let mut h = Harness::new();
        h.add_learner("Nurhayati", "");
        set_size(&mut h, size);
        first_practice(&mut h, "dokumen.cari");
        h.click("open");
        h.assert_on_screen(&["open-search-input", "dialog-cancel"]);
        h.click("dialog-cancel");
        first_practice(&mut h, "dokumen.cetak");
        h.click("print");
        h.assert_on_screen(&[
            "paper-a4",
            "paper-f4",
            "copies-more",
            "do-print",
            "dialog-cancel",
        ]);
        // SRIKANDI's passphrase dialog, over the memo to sign.
        first_practice(&mut h, "srikandi.tte");
        for id in ["tile-tanda_tangan", "naskah-nd-atk", "sign"] {
            h.act(|ui| crate::gui::reveal_click(ui, id, "page"));
        }
        h.assert_on_screen(&["passphrase-input", "sign-confirm", "sign-cancel"]);
        first_practice(&mut h, "presensi.presensi-masuk");
        for (screen, ids, then) in [
            (
                "home",
                &["check-in", "check-out", "history", "requests"][..],
                "check-in",
            ),
            ("permission", &["allow-location"][..], "allow-location"),
            ("map", &["map-next"][..], "map-next"),
            ("camera", &["take-photo"][..], "take-photo"),
            ("confirm", &["send-attendance"][..], "send-attendance"),
        ] {
            h.picture(&format!("phone-{screen}-{}", size.key()));
            assert_reachable(&h, ids, "phone", size);
            // The phone's screen scrolls, as a phone does: the wheel over it brings a
            // button below its edge into sight.
            h.act(|ui| crate::gui::reveal_click(ui, then, "phone"));
        }
        h.assert_on_screen(&["phone", "phone-settings"]);
    }
}

/// Dasar 1: "Petunjuk" shows its hint where the learner looks, at every text size — not
/// below the fold before scrolling is taught.
#[test]
fn a_hint_shows_in_sight_at_every_size() {
    for size in TextSize::ALL {
        let mut h = Harness::new();
        h.add_learner("Nurhayati", "");
        set_size(&mut h, size);
        open(&mut h, "dasar.klik");
        h.click("next");
        let hints = match lesson_player(&h).player.step() {
            Some(Step::Do { hints, .. }) => hints.clone(),
            _ => panic!("a practice step"),
        };
        let f = size.factor();
        let window = Rectangle::new(iced::Point::ORIGIN, iced::Size::new(1366.0 / f, 768.0 / f));
        for (i, hint) in hints.iter().enumerate() {
            h.click("hint");
            let shown = h.state.tr.tr_args(
                "lesson-hint-n",
                &[("n", (i + 1).into()), ("text", h.tr(hint).into())],
            );
            let found = h.sim().find(shown.as_str()).expect("the hint is there");
            let seen = found.visible_bounds();
            assert!(
                seen.is_some_and(|v| (v.height - found.bounds().height).abs() < 1.0
                    && window.contains(iced::Point::new(v.x, v.y + v.height - 0.5))),
                "hint {i} at {:?} is not wholly in sight ({seen:?}) at {size:?}",
                found.bounds()
            );
        }
    }
}

/// The phone's message after a wrong button does not push the buttons under the pointer.
#[test]
fn a_phone_message_moves_no_button() {
    let mut h = Harness::new();
    h.add_learner("Nurhayati", "");
    first_practice(&mut h, "presensi.presensi-masuk");
    let before = ["check-in", "check-out", "history"].map(|id| bounds_of(&h, id));
    h.click("check-out");
    match &lesson_player(&h).player.sim {
        tuntun::sim::SimState::Presensi(p) => assert!(p.notice.is_some(), "the phone says why"),
        _ => panic!("the phone"),
    }
    let after = ["check-in", "check-out", "history"].map(|id| bounds_of(&h, id));
    assert_eq!(before, after, "no button moved");
}

/// Kelas opens with the focus on its first action (not on "Tutup"), and so does a
/// learner's page.
#[test]
fn kelas_opens_with_the_focus_on_its_first_action() {
    let mut h = Harness::new();
    h.add_learner("Nurhayati", "");
    h.click("sign-out");
    h.click("mentor-view");
    assert!(matches!(h.state.screen, Screen::Mentor(_)), "Kelas");
    let at = focused_on_arrival(&h).expect("Kelas has the focus");
    assert!(
        bounds_of(&h, "open-hardest").contains(at.center()),
        "on Langkah tersulit, not on the way out"
    );
    let learner = h.state.store.learners().expect("learners")[0].id.clone();
    h.click_id(format!("row-{learner}"));
    let at = focused_on_arrival(&h).expect("a learner's page has the focus");
    assert!(
        bounds_of(&h, "summary-pdf").contains(at.center()),
        "on the summary, not on Kembali"
    );
}

/// The PIN pad's two keys that are no digit say what they do, in Indonesian.
#[test]
fn the_pin_pads_keys_say_what_they_do() {
    let mut h = Harness::new();
    h.add_learner("Nurhayati", "");
    h.click("sign-out");
    let budi = crate::kiosk::add(&mut h, "Budi", "2580");
    h.click_id(format!("learner-{budi}"));
    assert!(h.state.gate().is_some(), "the PIN pad");
    assert!(h.shows(&h.tr("pin-key-ok")), "Masuk");
    assert!(h.shows(&h.tr("pin-key-back")), "Hapus under ⌫");
    assert!(!h.shows("OK"), "no English OK");
    assert!(
        h.shows(&h.tr("pin-learner-help"))
            && h.tr("pin-learner-help").contains(&h.tr("pin-key-ok")),
        "the help names the key as it is written"
    );
    crate::kiosk::pad(&mut h, "2580");
    assert!(matches!(h.state.screen, Screen::Home(_)), "signed in");
}

/// "5 menit" in Settings: the sentence under it says what it means, and the app does
/// exactly that — the question at 5:00 of quiet, the sign-out at 6:00 (README says the
/// same).
#[test]
fn the_idle_setting_says_what_it_means_and_does_it() {
    use std::time::{Duration, Instant};
    let mut h = Harness::new();
    h.add_learner("Nurhayati", "");
    h.click("sign-out");
    h.click("settings");
    assert!(h.state.settings_open(), "Settings");
    assert!(
        h.shows(&h.tr("settings-idle-help")),
        "what the minutes mean"
    );
    h.scroll_and_click("idle-5".into());
    assert_eq!(h.state.idle.minutes, 5);
    h.click("close-settings");
    let learner = h.state.store.learners().expect("learners")[0].id.clone();
    h.click_id(format!("learner-{learner}"));
    h.click("continue");
    let start = Instant::now();
    h.update(Message::Activity);
    h.update(Message::IdleTick(start + Duration::from_secs(4 * 60 + 58)));
    assert!(!h.shows(&h.tr("idle-title")), "no question before 5:00");
    h.update(Message::IdleTick(start + Duration::from_secs(5 * 60 + 1)));
    assert!(h.shows(&h.tr("idle-title")), "the question at 5:00");
    assert!(matches!(h.state.screen, Screen::Lesson(_)), "still in");
    h.update(Message::IdleTick(start + Duration::from_secs(5 * 60 + 58)));
    assert!(
        matches!(h.state.screen, Screen::Lesson(_)),
        "still in at 5:58"
    );
    h.update(Message::IdleTick(start + Duration::from_secs(6 * 60 + 1)));
    assert!(
        matches!(h.state.screen, Screen::Learners(_)),
        "signed out at 6:00"
    );
    let readme = include_str!("../../README.md");
    assert!(
        readme.contains("the question at 5:00 of quiet, the sign-out at 6:00"),
        "README says the same"
    );
}

/// A page half written in the word processor comes back with "Lanjutkan".
#[test]
fn a_half_written_page_comes_back_after_a_restart() {
    let mut h = Harness::new();
    h.add_learner("Nurhayati", "");
    open(&mut h, "dokumen.mengetik");
    while !matches!(lesson_player(&h).player.step(), Some(Step::Do { .. })) {
        if let Some(Step::Quiz { options, .. }) = lesson_player(&h).player.step() {
            let right = options.iter().position(|o| o.correct).expect("an answer");
            h.click_id(format!("answer-{right}"));
        }
        h.click("next");
    }
    let page = |h: &Harness| match &lesson_player(h).player.sim {
        tuntun::sim::SimState::Dokumen(d) => d.doc.plain_text(),
        _ => panic!("the word processor"),
    };
    let before = page(&h);
    h.act(|ui| {
        ui.typewrite("Kepada Yth. Bap");
    });
    let written = page(&h);
    assert_ne!(written, before, "typed on the page");
    assert!(!lesson_player(&h).player.is_done(), "half written");
    let _ = h
        .state
        .update(Message::CloseRequested(iced::window::Id::unique()));
    let crate::gui::Harness { state, dir } = h;
    drop(state);
    let mut h = Harness::in_dir(dir);
    let learner = h.state.store.learners().expect("learners")[0].id.clone();
    h.click_id(format!("learner-{learner}"));
    h.click("continue");
    assert_eq!(page(&h), written, "the page is back");
}

/// A new page (another screen, step, feedback or dialog) is painted whole: the window's
/// background colour changes a shade, which makes the software renderer repaint
/// everything, so nothing of the last page is left (the home screen's scroll bar stub, a
/// feedback box's line). Typing and moving on the same page does not.
#[test]
fn a_new_page_is_painted_whole() {
    use tuntun::ui::App;
    let mut h = Harness::new();
    h.add_learner("Nurhayati", "");
    let crate::gui::Harness { state, dir: _dir } = h;
    let mut app = App::Ready(Box::new(state));
    // As the window's runtime does: the messages of the Tasks an update returns are
    // updates too (opening a lesson now goes through one).
    trait Run {
        fn update(&mut self, m: Message) -> iced::Task<Message>;
    }
    impl Run for App {
        fn update(&mut self, m: Message) -> iced::Task<Message> {
            use iced::futures::StreamExt;
            let mut queue = std::collections::VecDeque::from([m]);
            while let Some(m) = queue.pop_front() {
                let task = App::update(self, m);
                if let Some(stream) = iced_runtime::task::into_stream(task) {
                    queue.extend(iced::futures::executor::block_on(
                        stream
                            .filter_map(|a| async move {
                                match a {
                                    iced_runtime::Action::Output(m) => Some(m),
                                    _ => None,
                                }
                            })
                            .collect::<Vec<_>>(),
                    ));
                }
            }
            iced::Task::none()
        }
    }
    let background = |app: &App| app.style(&app.theme()).background_color;
    let _ = Run::update(&mut app, Message::Activity);
    let home = background(&app);
    let _ = Run::update(&mut app, Message::Home(home::Message::Display));
    let panel = background(&app);
    assert_ne!(home, panel, "Tampilan opened: painted whole");
    let _ = Run::update(&mut app, Message::Home(home::Message::Display));
    let closed = background(&app);
    assert_ne!(closed, panel, "Tampilan closed: painted whole");
    let _ = Run::update(
        &mut app,
        Message::Home(home::Message::Open("dasar.klik".into())),
    );
    let step1 = background(&app);
    assert_ne!(closed, step1, "the lesson is painted whole");
    let _ = Run::update(&mut app, Message::Activity);
    assert_eq!(background(&app), step1, "the same page: no whole repaint");
    let _ = Run::update(&mut app, Message::Lesson(lesson::Message::Next));
    let step2 = background(&app);
    assert_ne!(step2, step1, "the next step is painted whole");
    let _ = Run::update(&mut app, Message::Lesson(lesson::Message::Hint));
    assert_ne!(background(&app), step2, "a hint shown: painted whole");
    for c in [home, step1, step2] {
        let page = tuntun::ui::theme::theme().palette().background;
        assert!(
            (c.r - page.r).abs() < 0.01
                && (c.g - page.g).abs() < 0.01
                && (c.b - page.b).abs() < 0.01,
            "the colour looks the same"
        );
    }
}

/// MyASN's sign-in: Enter in the password box signs in and Enter in the code box checks the
/// code, as on the real pages (the "Masuk" button is below the fold at "Sangat Besar").
#[test]
fn enter_signs_in_to_myasn_and_checks_the_code() {
    use tuntun::sim::kinerja::Page;
    let kinerja = |h: &Harness| match &lesson_player(h).player.sim {
        tuntun::sim::SimState::Kinerja(k) => (k.page.clone(), k.signed_in, k.current_phone_code()),
        _ => panic!("MyASN"),
    };
    let mut h = Harness::new();
    h.add_learner("Nurhayati", "");
    set_size(&mut h, TextSize::Largest);
    crate::gui::open(&mut h, "kinerja.kode");
    h.click("next");
    h.act(|ui| {
        first_frame(ui);
        ui.typewrite("197608172005011007");
        ui.tap_key(iced::keyboard::key::Named::Tab);
        ui.typewrite("Kinerja#2025");
        ui.tap_key(iced::keyboard::key::Named::Enter);
    });
    assert_eq!(kinerja(&h).0, Page::Code, "Enter signed in");
    h.click("next");
    h.act(|ui| crate::gui::reveal_click(ui, "wait-code", "world"));
    h.click("next");
    let code = kinerja(&h).2.expect("the code");
    h.act(|ui| {
        crate::gui::reveal_click(ui, "code-input", "laptop-page");
        ui.typewrite(&code);
        ui.tap_key(iced::keyboard::key::Named::Enter);
    });
    assert!(kinerja(&h).1, "Enter checked the code");
}

/// SRIKANDI's home page opens with the focus neither on its grey "Beranda" (it cannot be
/// pressed there) nor on "Keluar", and Tab never stops on the grey button.
#[test]
fn srikandi_opens_with_the_focus_on_no_grey_button_and_not_on_keluar() {
    let mut h = Harness::new();
    h.add_learner("Nurhayati", "");
    first_practice(&mut h, "srikandi.naskah-masuk");
    let home = bounds_of(&h, "home");
    let out = bounds_of(&h, "sign-out");
    let at = focused_on_arrival(&h).expect("SRIKANDI has the focus");
    assert!(
        !home.contains(at.center()) && !out.contains(at.center()),
        "the focus is at {at:?}: on the grey Beranda or on Keluar"
    );
    h.act(|ui| {
        first_frame(ui);
        for _ in 0..12 {
            ui.tap_key(iced::keyboard::key::Named::Tab);
            let f = ui.find(selector::is_focused()).expect("a stop");
            assert!(
                !home.contains(f.bounds().center()),
                "Tab stopped on the grey Beranda"
            );
        }
    });
}
