//! The office as it is (issue 18): what a learner must be able to do after these lessons,
//! done through the real views, not only read about.

use crate::gui::{Harness, lesson_player, open};
use tuntun::course::{Matcher, Scenario, Step};
use tuntun::i18n::Lang;
use tuntun::sim::SimState;
use tuntun::sim::presensi::Presensi;

fn phone(h: &Harness) -> &Presensi {
    match &lesson_player(h).player.sim {
        SimState::Presensi(p) => p,
        _ => panic!("not on the pretend phone"),
    }
}

/// Clicks a control of the phone, turning the wheel over the phone first when it is out
/// of sight (as a learner does on a long phone screen).
fn tap(h: &mut Harness, id: &'static str) {
    h.act(|ui| crate::gui::reveal_click(ui, id, "phone"));
}

/// Opens `lesson` and plays it up to (not including) the step whose text is `text`.
pub fn walk_to(h: &mut Harness, lesson: &str, text: &str, solve: fn(&mut Harness, &Matcher)) {
    open(h, lesson);
    let steps = lesson_player(h).player.lesson.steps.clone();
    for step in &steps {
        if step.text() == text {
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

/// The lesson that refuses a scan over 300 KB teaches making it smaller: there is no
/// ready-made small copy; "Kecilkan" in the picker makes one, which the app then takes.
#[test]
fn a_scan_too_big_for_the_app_is_made_smaller_and_then_attached() {
    let mut h = Harness::new();
    h.add_learner("Budi Santoso", "");
    let lesson = h
        .state
        .course
        .lesson("presensi.dinas-luar")
        .and_then(|e| e.lesson.clone())
        .expect("lesson");
    let Scenario::Presensi(s) = &lesson.scenario else {
        panic!("a presensi lesson")
    };
    assert!(
        !s.files
            .iter()
            .any(|f| f.format() == "pdf" && f.size_kb <= 300 && f.name.contains("Surat-Tugas")),
        "no ready-made small letter of assignment"
    );
    walk_to(
        &mut h,
        "presensi.dinas-luar",
        "presensi-dinas-luar-shrink",
        crate::presensi::solve,
    );
    h.click_id("shrink-Surat-Tugas-Monev-Posyandu-scan.pdf".into());
    assert!(lesson_player(&h).player.is_done(), "Kecilkan is the step");
    let small = phone(&h)
        .disk
        .find("dokumen", "Surat-Tugas-Monev-Posyandu-scan-kecil.pdf")
        .cloned()
        .expect("the smaller copy beside the scan");
    assert!(small.size_kb <= 300, "{} KB", small.size_kb);
    assert!(
        phone(&h)
            .disk
            .find("dokumen", "Surat-Tugas-Monev-Posyandu-scan.pdf")
            .is_some(),
        "the scan itself stays"
    );
    h.click("next");
    h.click_id("pick-Surat-Tugas-Monev-Posyandu-scan-kecil.pdf".into());
    assert!(lesson_player(&h).player.is_done(), "the app takes the copy");
    assert_eq!(
        phone(&h).form.attachment.as_ref().map(|a| a.name.as_str()),
        Some("Surat-Tugas-Monev-Posyandu-scan-kecil.pdf")
    );
}

/// The presensi skill check tests troubleshooting: its words do not tell the learner that
/// the phone's clock or the distance is the problem (the app's refusal says so, if read).
#[test]
fn the_presensi_skill_check_does_not_give_the_diagnosis_away() {
    let content = tuntun::course::load(None);
    let lesson = content
        .course
        .lesson("presensi.uji-kemampuan")
        .and_then(|e| e.lesson.clone())
        .expect("lesson");
    let tr = |lang: Lang, id: &str| content.catalog.translator(lang).tr(id);
    // The words before the problems are solved: the intro, the summary and the two
    // check-in steps.
    let mut ids = vec![lesson.summary.clone()];
    ids.extend(lesson.steps.iter().take(3).map(|s| s.text().to_owned()));
    for id in &ids {
        let id_text = tr(Lang::Id, id).to_lowercase();
        let en_text = tr(Lang::En, id).to_lowercase();
        for cue in ["jam hp", "dengan tangan", "jarak"] {
            assert!(!id_text.contains(cue), "{id} gives away '{cue}': {id_text}");
        }
        for cue in ["clock", "by hand", "distance"] {
            assert!(!en_text.contains(cue), "{id} gives away '{cue}': {en_text}");
        }
    }
}

/// The pointer shapes are seen, not only asked about: the lesson switches to the board of
/// three places, and a step is done only when the mouse came over the right one (the view
/// gives each place its real `mouse::Interaction`).
#[test]
fn the_learner_moves_the_mouse_over_a_link_and_sees_the_hand() {
    let mut h = Harness::new();
    h.add_learner("Siti Rahmawati", "");
    walk_to(
        &mut h,
        "dasar.klik",
        "dasar-klik-pointer-hand",
        crate::gui::solve,
    );
    let SimState::Dasar(d) = &lesson_player(&h).player.sim else {
        panic!("the Dasar board")
    };
    assert_eq!(d.board, tuntun::sim::dasar::Board::Pointers);
    h.hover("pointer-text");
    assert!(
        !lesson_player(&h).player.is_done(),
        "the I-beam is not the hand"
    );
    h.hover("pointer-hand");
    assert!(lesson_player(&h).player.is_done(), "the hand was seen");
    for shape in ["text", "busy"] {
        // The quiz about the shape just seen, then the next place.
        h.click("next");
        let step = lesson_player(&h).player.step().cloned().expect("a step");
        if let Step::Quiz { options, .. } = step {
            let right = options.iter().position(|o| o.correct).expect("right");
            h.click_id(format!("answer-{right}"));
            h.click("next");
        }
        assert_eq!(
            lesson_player(&h).player.step().map(Step::text),
            Some(format!("dasar-klik-pointer-{shape}").as_str())
        );
        h.hover(&format!("pointer-{shape}"));
        assert!(lesson_player(&h).player.is_done(), "{shape} was seen");
    }
}

/// "Hubungi admin" is practised, not only read about: after an unregistered face the
/// learner opens the app's message to the admin, which carries the name, NIP, date and
/// time, and sends it; then the face is registered and the lesson goes on.
#[test]
fn an_unregistered_face_is_reported_to_the_admin_with_the_right_details() {
    let mut h = Harness::new();
    h.add_learner("Budi Santoso", "");
    walk_to(
        &mut h,
        "presensi.wajah",
        "presensi-wajah-ask",
        crate::presensi::solve,
    );
    assert_eq!(
        phone(&h).photo,
        Some(tuntun::sim::presensi::Face::Unregistered)
    );
    tap(&mut h, "ask-admin");
    assert!(lesson_player(&h).player.is_done());
    let p = phone(&h);
    let body = h.state.tr.tr_args(
        "presensi-app-admin-body",
        &[
            ("name", p.name.clone().into()),
            ("nip", p.nip.clone().into()),
            ("date", "13-06-2025".into()),
            ("time", p.phone_clock().into()),
        ],
    );
    assert!(body.contains(&p.nip) && body.contains(&p.name));
    assert!(
        h.shows(&body),
        "the message with the details is on the phone"
    );
    assert!(!p.face_registration_requested, "nothing sent yet");
    h.click("next");
    tap(&mut h, "send-admin");
    assert!(lesson_player(&h).player.is_done());
    assert!(phone(&h).face_registration_requested);
}

/// After a forgotten Presensi Pulang the learner asks the atasan for a correction in the
/// app, from the day itself: the date is filled in, an explanation is required, and the
/// request is sent (not only read about).
#[test]
fn a_forgotten_presensi_pulang_is_explained_to_the_atasan_in_the_app() {
    let mut h = Harness::new();
    h.add_learner("Budi Santoso", "");
    walk_to(
        &mut h,
        "presensi.presensi-pulang",
        "presensi-presensi-pulang-koreksi",
        crate::presensi::solve,
    );
    tap(&mut h, "request-correction");
    assert!(lesson_player(&h).player.is_done());
    assert_eq!(phone(&h).form.from, "2025-06-03", "the forgotten day");
    h.click("next");
    // Without an explanation the app refuses, and the lesson says what to write.
    tap(&mut h, "send-request");
    assert!(!lesson_player(&h).player.is_done());
    assert!(lesson_player(&h).player.feedback.is_some());
    h.act(|ui| {
        crate::gui::reveal_click(ui, "request-reason", "phone");
        ui.typewrite("Lupa Presensi Pulang, pulang pukul 16.05 sesudah rapat");
    });
    tap(&mut h, "send-request");
    assert!(lesson_player(&h).player.is_done());
    let sent = phone(&h)
        .requests
        .iter()
        .find(|r| r.kind == tuntun::sim::presensi::RequestKind::Koreksi)
        .expect("the Koreksi is in Pengajuan");
    assert_eq!(sent.from, "2025-06-03");
    assert_eq!(sent.status, tuntun::sim::presensi::RequestStatus::Dikirim);
}
