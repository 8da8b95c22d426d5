//! The Kinerja module through the real views: every lesson finished by clicking and typing
//! on the pretend laptop (MyASN, e-Kinerja, the dinas email) and phone (the authenticator),
//! as a learner would, with the codes read off the phone.

use crate::gui::{Harness, lesson_player};
use Page as Page2;
use tuntun::course::{Matcher, Scenario};
use tuntun::sim::kinerja::{Kinerja, Page, PhoneView, Tab};
use tuntun::sim::{SimState, Value};

/// The new password the lesson on "Lupa kata sandi" makes.
const NEW_PASSWORD: &str = "Sukamaju#Juni25";

fn k(h: &Harness) -> &Kinerja {
    match &lesson_player(h).player.sim {
        SimState::Kinerja(k) => k,
        _ => panic!("not on the pretend laptop"),
    }
}

fn scenario(h: &Harness) -> tuntun::sim::kinerja::Scenario {
    match &lesson_player(h).player.lesson.scenario {
        Scenario::Kinerja(s) => s.as_ref().clone(),
        _ => panic!("a kinerja lesson"),
    }
}

fn text(goal: &Matcher, key: &str) -> Option<String> {
    match goal.fields.get(key) {
        Some(Value::Text(t)) => Some(t.clone()),
        _ => None,
    }
}

fn flag(goal: &Matcher, key: &str) -> Option<bool> {
    match goal.fields.get(key) {
        Some(Value::Bool(b)) => Some(*b),
        _ => None,
    }
}

fn number(goal: &Matcher, key: &str) -> Option<i64> {
    match goal.fields.get(key) {
        Some(Value::Int(n)) => Some(*n),
        _ => None,
    }
}

/// The scrolling part a control lives in: the phone, or the laptop's page.
fn area(id: &str) -> &'static str {
    if id.starts_with("phone-") || id == "auto-time" || id == "wait-code" {
        "phone"
    } else {
        "laptop-page"
    }
}

/// Clicks `id`, turning the wheel over its part of the screen a few lines at a time (a
/// long list such as the calendar needs more than one turn) until it is in sight.
fn reveal_click(ui: &mut iced_test::Simulator<'_, tuntun::ui::app::Message>, id: &str, over: &str) {
    use iced::mouse::{Event as MouseEvent, ScrollDelta};
    use iced_test::selector;
    for i in 0..60 {
        let target = ui
            .find(selector::id(id.to_owned()))
            .unwrap_or_else(|e| panic!("#{id} is not there: {e:?}"));
        if target
            .visible_bounds()
            .is_some_and(|b| b.height > 0.0 && b.height >= target.bounds().height.min(40.0) - 0.5)
        {
            ui.click(selector::id(id.to_owned()))
                .unwrap_or_else(|e| panic!("#{id}: {e:?}"));
            return;
        }
        let area = ui
            .find(selector::id(over.to_owned()))
            .unwrap_or_else(|e| panic!("#{over}: {e:?}"))
            .bounds();
        ui.point_at(area.center());
        // Down first, then from the bottom back up.
        let y = if i < 30 { -2.0 } else { 2.0 };
        ui.simulate([iced::Event::Mouse(MouseEvent::WheelScrolled {
            delta: ScrollDelta::Lines { x: 0.0, y },
        })]);
    }
    panic!("#{id} cannot be scrolled into sight");
}

fn tap(h: &mut Harness, id: &str) {
    let id = id.to_owned();
    h.act(move |ui| reveal_click(ui, &id, area(&id)));
}

/// Replaces what a text box holds, as a learner would: click, go to the end, erase, type.
fn type_into(h: &mut Harness, id: &str, value: &str) {
    let (id, value) = (id.to_owned(), value.to_owned());
    h.act(move |ui| {
        reveal_click(ui, &format!("{id}-input"), "laptop-page");
        ui.tap_key(iced::keyboard::key::Named::End);
        for _ in 0..60 {
            ui.tap_key(iced::keyboard::key::Named::Backspace);
        }
        ui.typewrite(&value);
    });
}

fn done(h: &Harness) -> bool {
    lesson_player(h).player.is_done()
}

/// Puts the phone's clock right (the settings, automatic time, back to the codes).
fn fix_clock(h: &mut Harness) {
    if k(h).clock_wrong() {
        if k(h).phone != PhoneView::Settings {
            tap(h, "phone-settings");
        }
        tap(h, "auto-time");
    }
    if k(h).phone != PhoneView::Accounts {
        tap(h, "phone-back");
    }
}

/// Types the NIP and password on MyASN's sign-in page and presses "Masuk".
fn sign_in_password(h: &mut Harness) {
    if k(h).tab != Tab::MyAsn {
        tap(h, "tab-myasn");
    }
    if k(h).page != Page::SignIn {
        tap(h, "laptop-back");
    }
    let s = scenario(h);
    type_into(h, "myasn-nip", &s.nip);
    type_into(h, "myasn-password", &s.password);
    tap(h, "myasn-sign-in");
    if k(h).page == Page::SignIn {
        // The lesson made a new password.
        type_into(h, "myasn-password", NEW_PASSWORD);
        tap(h, "myasn-sign-in");
    }
}

/// Types the phone's code (or a recovery code) and presses "Verifikasi".
fn type_code(h: &mut Harness, code: &str) {
    type_into(h, "code", code);
    tap(h, "verify");
}

/// Into e-Kinerja (from the portal).
fn ekinerja(h: &mut Harness) {
    if k(h).page == Page::Portal {
        tap(h, "open-ekinerja");
    }
}

fn menu(h: &mut Harness, section: &str) {
    ekinerja(h);
    tap(h, &format!("menu-{section}"));
}

/// The day's page of `date` (through the calendar when it is not today).
fn day_page(h: &mut Harness, date: &str) {
    if matches!(k(h).page, Page::Day) && k(h).day == date {
        return;
    }
    if date == k(h).date {
        menu(h, "progress");
    } else {
        menu(h, "calendar");
        tap(h, &format!("day-{date}"));
    }
}

/// A file the app takes as Bukti Dukung, and the folder it is in.
fn good_file(h: &Harness) -> (String, String) {
    let k = k(h);
    let f = k
        .disk
        .files()
        .iter()
        .find(|f| tuntun::sim::kinerja::rules::check_evidence(f, k.evidence_limit_kb).is_ok())
        .expect("a file the app takes");
    (f.folder.clone(), f.name.clone())
}

fn pick(h: &mut Harness, folder: &str, name: &str) {
    if k(h).page == Page::Form {
        if k(h).form.evidence.is_some() {
            tap(h, "remove-evidence");
        }
        tap(h, "attach");
    }
    tap(h, &format!("picker-folder-{folder}"));
    tap(h, &format!("pick-{name}"));
}

/// Fills the open form; `evidence` attaches a file the app takes.
fn fill(h: &mut Harness, goal: &Matcher, evidence: bool) {
    type_into(h, "activity", "Menyiapkan daftar hadir dan notulen rapat");
    let aksi = text(goal, "aksi").unwrap_or_else(|| {
        k(h).rhk
            .last()
            .and_then(|r| r.aksi.first())
            .map(|a| a.id.clone())
            .expect("a Rencana Aksi")
    });
    tap(h, &format!("aksi-{aksi}"));
    type_into(h, "minutes", "60");
    let volume = number(goal, "volume").unwrap_or(2);
    type_into(h, "volume", &volume.to_string());
    if evidence && k(h).form.evidence.is_none() {
        let (folder, name) = good_file(h);
        pick(h, &folder, &name);
    }
}

/// One small move towards `goal` from wherever the laptop and phone are.
fn step(h: &mut Harness, goal: &Matcher) {
    let event = goal.event.trim_start_matches("kinerja.");
    match event {
        "password_accepted" => sign_in_password(h),
        "qr_scanned" => {
            if k(h).phone != PhoneView::Scan {
                tap(h, "phone-add");
            }
            tap(h, "phone-scan");
        }
        "two_factor_enabled" => {
            let code = k(h).current_phone_code().expect("the account on the phone");
            type_code(h, &code);
        }
        "backup_codes_kept" => tap(h, "backup-kept"),
        "waited" => tap(h, "wait-code"),
        "code_refused" => {
            let code = k(h).current_phone_code().expect("a code");
            type_code(h, &code);
        }
        "phone_settings_opened" => tap(h, "phone-settings"),
        "auto_time_changed" => {
            if k(h).phone != PhoneView::Settings {
                tap(h, "phone-settings");
            }
            tap(h, "auto-time");
        }
        "signed_in" => match (&k(h).page, text(goal, "via").as_deref()) {
            (Page::SignIn, _) => sign_in_password(h),
            (Page::LostPhone, _) => tap(h, "use-backup"),
            (Page::Code, Some("backup")) => {
                if !k(h).sign_in.backup {
                    tap(h, "use-backup");
                }
                let code = k(h).paper_codes.first().cloned().expect("a recovery code");
                type_code(h, &code);
            }
            (Page::Code, _) => {
                fix_clock(h);
                let code = k(h).current_phone_code().expect("a code");
                type_code(h, &code);
            }
            (other, _) => panic!("signing in from {other:?}"),
        },
        "reset_requested" => {
            if k(h).page != Page::Forgot {
                tap(h, "forgot");
            }
            type_into(h, "reset-nip", &scenario(h).nip);
            tap(h, "reset-send");
        }
        "reset_mail_opened" => {
            tap(h, "tab-email");
            tap(h, "mail-reset");
        }
        "password_reset" => {
            if k(h).tab == Tab::Email {
                tap(h, "reset-link");
            }
            type_into(h, "new-password", NEW_PASSWORD);
            type_into(h, "repeat-password", NEW_PASSWORD);
            tap(h, "save-password");
        }
        "admin_reset_requested" => {
            if k(h).page != Page::LostPhone {
                tap(h, "lost-phone");
            }
            tap(h, "request-admin-reset");
        }
        "signed_out" => tap(h, "sign-out"),
        "page_opened" => {
            let page = text(goal, "page").expect("a page");
            if page == "progress" && k(h).page == Page::Portal {
                tap(h, "open-ekinerja");
            } else {
                menu(h, &page);
            }
        }
        "summary_opened" => menu(h, "summary"),
        "assessment_opened" => menu(h, "assessment"),
        "rhk_opened" => {
            if k(h).page != Page::Skp {
                menu(h, "skp");
            }
            tap(h, &format!("rhk-{}", text(goal, "rhk").expect("an rhk")));
        }
        "realisasi_sent" => {
            if k(h).page != Page::Realisasi {
                menu(h, "realisasi");
            }
            let ids: Vec<String> = k(h).rhk.iter().map(|r| r.id.clone()).collect();
            for id in ids {
                type_into(
                    h,
                    &format!("realisasi-{id}"),
                    "Semua target tercapai sesuai rencana",
                );
            }
            tap(h, "send-realisasi");
        }
        "day_opened" => {
            menu(h, "calendar");
            tap(h, &format!("day-{}", text(goal, "date").expect("a date")));
        }
        "progress_started" => {
            let date = text(goal, "date").unwrap_or_else(|| k(h).date.clone());
            day_page(h, &date);
            tap(h, "add-progress");
        }
        "progress_saved" => {
            if k(h).page != Page::Form {
                let date = k(h).date.clone();
                day_page(h, &date);
                tap(h, "add-progress");
            }
            type_into(h, "activity", "Mencatat surat masuk di buku agenda");
            tap(h, "save-draft");
        }
        "entry_opened" | "edit_started" => {
            let status = text(goal, "status").expect("a status");
            let (id, date) = k(h)
                .entries
                .iter()
                .find(|e| e.status.key() == status)
                .map(|e| (e.id.clone(), e.date.clone()))
                .expect("an entry with that status");
            if k(h).page != Page::Entry(id.clone()) {
                day_page(h, &date);
                tap(h, &format!("entry-{id}"));
            } else {
                tap(h, "edit-entry");
            }
        }
        "feedback_checked" => {
            if !matches!(k(h).page, Page::Day | Page::Entry(_)) {
                let date = k(h).date.clone();
                day_page(h, &date);
            }
            tap(h, "refresh");
        }
        "evidence_refused" => {
            let limit = k(h).evidence_limit_kb;
            let (folder, name) = k(h)
                .disk
                .files()
                .iter()
                .find(|f| f.size_kb > limit)
                .map(|f| (f.folder.clone(), f.name.clone()))
                .expect("a file too big");
            pick(h, &folder, &name);
        }
        "evidence_added" => {
            let (folder, name) = match text(goal, "name") {
                Some(name) => {
                    let f = k(h)
                        .disk
                        .files()
                        .iter()
                        .find(|f| f.name == name)
                        .expect("the file")
                        .folder
                        .clone();
                    (f, name)
                }
                None => good_file(h),
            };
            pick(h, &folder, &name);
        }
        "progress_refused" => match text(goal, "reason").as_deref() {
            Some("closed") => tap(h, "add-progress"),
            Some("no_evidence") => {
                fill(h, goal, false);
                tap(h, "send-progress");
            }
            other => panic!("the solver does not make {other:?}"),
        },
        "progress_sent" => {
            let revise = flag(goal, "revised") == Some(true);
            let editing_revision = k(h)
                .form
                .editing
                .as_deref()
                .and_then(|id| k(h).entry(id))
                .is_some_and(|e| e.status.key() == "perlu_perbaikan");
            if k(h).page == Page::Picker {
                tap(h, "picker-close");
            } else if revise && !(k(h).page == Page::Form && editing_revision) {
                let (id, date) = k(h)
                    .entries
                    .iter()
                    .find(|e| e.status.key() == "perlu_perbaikan")
                    .map(|e| (e.id.clone(), e.date.clone()))
                    .expect("a progress to revise");
                if k(h).page != Page::Entry(id.clone()) {
                    day_page(h, &date);
                    tap(h, &format!("entry-{id}"));
                }
                tap(h, "edit-entry");
            } else if k(h).page != Page::Form {
                let date = text(goal, "date").unwrap_or_else(|| k(h).date.clone());
                day_page(h, &date);
                tap(h, "add-progress");
            } else {
                let evidence = k(h).evidence_required || flag(goal, "evidence") == Some(true);
                fill(h, goal, evidence);
                tap(h, "send-progress");
            }
        }
        other => panic!("the solver does not know {other}"),
    }
}

fn solve(h: &mut Harness, goal: &Matcher) {
    for _ in 0..12 {
        if done(h) {
            return;
        }
        step(h, goal);
    }
    assert!(
        done(h),
        "{} not reached; laptop at {:?} ({:?}), phone {:?}, notice {:?}",
        goal.event,
        k(h).page,
        k(h).tab,
        k(h).phone,
        k(h).notice
    );
}

/// A new learner plays the 10 lessons and the Uji Kemampuan through the real views; every
/// lesson is completed in the SQLite file; the mentor's report has the module with the
/// skill check passed and its standards, and its certificate is written.
#[test]
fn every_kinerja_lesson_can_be_finished_on_the_pretend_laptop_and_phone() {
    let mut h = Harness::new();
    h.add_learner("Budi Santoso", "");
    let lessons = h
        .state
        .course
        .modules
        .iter()
        .find(|m| m.id == "kinerja")
        .expect("the kinerja module")
        .lessons
        .clone();
    assert_eq!(lessons.len(), 11, "10 lessons and the Uji Kemampuan");
    for entry in &lessons {
        let lesson = entry.lesson.clone().expect("playable");
        crate::gui::open(&mut h, &lesson.id);
        crate::gui::play(&mut h, &lesson, solve);
    }
    let store = tuntun::store::Store::open(h.dir.path()).expect("store");
    let rows = store
        .report_rows(&h.state.course, None)
        .expect("report rows");
    let row = rows
        .iter()
        .find(|r| r.module == "kinerja")
        .expect("the module in the mentor's report");
    assert_eq!((row.done, row.total), (11, 11));
    assert_eq!(
        row.score,
        Some(100),
        "every graded step right the first time"
    );
    assert!(row.passed_at.is_some());
    assert!(row.standards.iter().any(|s| s == "asn-kinerja-harian"));
    drop(store);
    let file = h.dir.path().join("sertifikat-kinerja.pdf");
    let mut out = Vec::new();
    tuntun::cli::certificate(
        h.dir.path(),
        "Budi Santoso",
        "kinerja",
        &tuntun::cli::PdfOptions {
            content: None,
            lang: Some("id"),
            paper: tuntun::cli::PaperArg::A4,
        },
        Some(&file),
        &mut out,
    )
    .expect("the certificate");
    let pdf = std::fs::read(&file).expect("the certificate file");
    assert!(pdf.starts_with(b"%PDF"), "a PDF");
}

/// The mentor sees a Kinerja step among the hardest and opens it as the learners see it:
/// the pretend laptop with MyASN's sign-in.
#[test]
fn a_hard_kinerja_step_shows_in_kelas_and_opens_as_a_preview() {
    use crate::kiosk::{add, pad, set_up_mentor};
    use tuntun::ui::app::Screen;
    use tuntun::ui::screen::mentor::Page;
    let mut h = Harness::first_start();
    set_up_mentor(&mut h);
    let budi = add(&mut h, "Budi Santoso", "");
    h.click_id(format!("learner-{budi}"));
    crate::gui::open(&mut h, "kinerja.kode");
    h.click("next");
    // Three wrong passwords on MyASN: mistakes on that step.
    type_into(&mut h, "myasn-nip", "197608172005011007");
    for _ in 0..3 {
        type_into(&mut h, "myasn-password", "kinerja2025");
        tap(&mut h, "myasn-sign-in");
    }
    assert_eq!(
        lesson_player(&h)
            .player
            .feedback
            .as_ref()
            .map(|f| f.text.as_str()),
        Some("kinerja-kode-password-wrong")
    );
    h.click("leave");
    h.click("sign-out");
    h.click("mentor-view");
    pad(&mut h, "246810");
    h.click("open-hardest");
    let Screen::Mentor(m) = &h.state.screen else {
        panic!("Kelas")
    };
    let Page::Hardest(hard) = &m.page else {
        panic!("the hardest steps")
    };
    let first = hard.steps.first().expect("a hard step").clone();
    assert_eq!(
        (first.lesson.as_str(), first.step, first.mistakes),
        ("kinerja.kode", 1, 3)
    );
    assert!(
        h.shows(&h.tr("kinerja-kode-password")),
        "its instruction is shown"
    );
    h.click("preview-0");
    assert_eq!(k(&h).page, Page2::SignIn);
    h.assert_on_screen(&["laptop", "phone", "myasn-nip"]);
}

/// Without a mouse: MyASN's sign-in and the phone's code, with Tab, Enter and typing only.
#[test]
fn the_keyboard_alone_signs_in_to_myasn_with_the_phones_code() {
    let mut h = Harness::new();
    h.add_learner("Budi Santoso", "");
    crate::gui::open(&mut h, "kinerja.kode");
    h.key_press("next");
    h.key_type("myasn-nip", "197608172005011007");
    h.key_type("myasn-password", "Kinerja#2025");
    h.key_press("myasn-sign-in");
    assert!(
        lesson_player(&h).player.is_done(),
        "the password was accepted"
    );
    assert_eq!(k(&h).page, Page2::Code);
    h.key_press("next");
    h.key_press("wait-code");
    assert!(
        lesson_player(&h).player.is_done(),
        "waited for the next code"
    );
    h.key_press("next");
    let code = k(&h).current_phone_code().expect("the code");
    h.key_type("code", &code);
    h.key_press("verify");
    assert!(k(&h).signed_in, "signed in with the keyboard alone");
    assert!(lesson_player(&h).player.is_done());
}

/// At every text size the controls of MyASN's sign-in, the phone, the e-Kinerja form and
/// the calendar can be brought wholly into the window.
#[test]
fn every_kinerja_control_is_in_the_window_at_every_text_size() {
    use crate::newcomer::{assert_reachable, first_practice, set_size};
    use tuntun::ui::comfort::TextSize;
    for size in TextSize::ALL {
        let mut h = Harness::new();
        h.add_learner("Nurhayati", "");
        set_size(&mut h, size);
        first_practice(&mut h, "kinerja.kode");
        h.picture(&format!("kinerja-size-{}-sign-in", size.key()));
        h.assert_on_screen(&["laptop", "phone", "tab-myasn", "tab-email"]);
        assert_reachable(
            &h,
            &["myasn-nip", "myasn-password", "myasn-sign-in", "forgot"],
            "laptop-page",
            size,
        );
        assert_reachable(
            &h,
            &["phone-code", "phone-add", "phone-settings"],
            "phone",
            size,
        );
        assert_reachable(&h, &["wait-code"], "world", size);
        first_practice(&mut h, "kinerja.progres-harian");
        tap(&mut h, "open-ekinerja");
        assert_reachable(
            &h,
            &[
                "menu-skp",
                "menu-assessment",
                "add-progress",
                "refresh",
                "sign-out",
            ],
            "laptop-page",
            size,
        );
        tap(&mut h, "add-progress");
        // The form is long at a large text size: each control comes wholly into sight under
        // the wheel.
        for id in [
            "activity",
            "aksi-ra1",
            "aksi-ra3",
            "minutes",
            "volume",
            "attach",
            "save-draft",
            "send-progress",
            "laptop-back",
        ] {
            assert_scrolls_into_sight(&h, id, size);
        }
        tap(&mut h, "menu-calendar");
        assert_reachable(&h, &["day-2025-06-02"], "laptop-page", size);
        // The month is a long list: the wheel brings its later days wholly into sight too.
        for id in ["day-2025-06-11", "day-2025-06-30"] {
            assert_scrolls_into_sight(&h, id, size);
        }
    }
}

fn assert_scrolls_into_sight(h: &Harness, id: &str, size: tuntun::ui::comfort::TextSize) {
    use iced::mouse::{Event as MouseEvent, ScrollDelta};
    use iced_test::selector;
    let f = size.factor();
    let window = iced::Rectangle::new(iced::Point::ORIGIN, iced::Size::new(1366.0 / f, 768.0 / f));
    let mut ui = h.sim();
    let area = ui
        .find(selector::id("laptop-page"))
        .expect("the page")
        .bounds();
    ui.point_at(area.center());
    let whole = |ui: &mut iced_test::Simulator<'_, tuntun::ui::app::Message>| {
        let t = ui.find(selector::id(id.to_owned())).expect("the day");
        t.visible_bounds().is_some_and(|v| {
            (v.height - t.bounds().height).abs() < 1.0
                && window.contains(v.position())
                && window.contains(iced::Point::new(v.x + v.width - 0.5, v.y + v.height - 0.5))
        })
    };
    let mut seen = whole(&mut ui);
    for _ in 0..80 {
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
