//! The SRIKANDI module through the real views: every lesson finished by clicking and typing
//! in the pretend SRIKANDI as a learner would, the keyboard alone through a disposisi, and
//! the controls of each page inside the window at every text size.

use crate::gui::{Harness, lesson_player, reveal_click};
use tuntun::course::{Matcher, Scenario, Step};
use tuntun::sim::srikandi::{DispStatus, DraftStatus, Kotak, List, Srikandi, View};
use tuntun::sim::{SimState, Value};

fn app(h: &Harness) -> &Srikandi {
    match &lesson_player(h).player.sim {
        SimState::Srikandi(s) => s,
        _ => panic!("not in SRIKANDI"),
    }
}

fn scenario(h: &Harness) -> tuntun::sim::srikandi::Scenario {
    match &lesson_player(h).player.lesson.scenario {
        Scenario::Srikandi(s) => s.as_ref().clone(),
        _ => panic!("a srikandi lesson"),
    }
}

fn text(goal: &Matcher, k: &str) -> Option<String> {
    match goal.fields.get(k) {
        Some(Value::Text(t)) => Some(t.clone()),
        _ => None,
    }
}

fn flag(goal: &Matcher, k: &str) -> Option<bool> {
    match goal.fields.get(k) {
        Some(Value::Bool(b)) => Some(*b),
        _ => None,
    }
}

/// Clicks a control of SRIKANDI, turning the wheel over the page when it is out of sight.
fn tap(h: &mut Harness, id: &str) {
    let id = id.to_owned();
    h.act(move |ui| reveal_click(ui, &id, "page"));
}

/// Replaces what a text box holds, as a learner would: click, clear, type.
fn type_into(h: &mut Harness, input: &str, words: &str) {
    let (input, words) = (input.to_owned(), words.to_owned());
    h.act(move |ui| {
        reveal_click(ui, &input, "page");
        ui.tap_key(iced::keyboard::key::Named::End);
        for _ in 0..60 {
            ui.tap_key(iced::keyboard::key::Named::Backspace);
        }
        ui.typewrite(&words);
    });
}

fn home(h: &mut Harness) {
    if app(h).view != View::Home {
        tap(h, "home");
    }
    assert_eq!(app(h).view, View::Home, "back on Beranda");
}

fn open_list(h: &mut Harness, list: List) {
    if app(h).view != View::List(list) {
        home(h);
        tap(h, &format!("tile-{}", list.key()));
    }
}

fn list_of(kotak: Kotak) -> List {
    match kotak {
        Kotak::Masuk => List::Masuk,
        Kotak::Tembusan => List::Tembusan,
        Kotak::Verifikasi => List::Verifikasi,
        Kotak::TandaTangan => List::TandaTangan,
        Kotak::Arsip => List::Arsip,
    }
}

/// Opens a naskah from its list (or, on its disposisi, with "Lihat Naskah").
fn open_naskah(h: &mut Harness, id: &str) {
    let on_it = match &app(h).view {
        View::Naskah { id: shown, .. } | View::Sign(shown) => shown == id,
        _ => false,
    };
    if on_it {
        return;
    }
    if let View::Disposisi(d) = &app(h).view
        && app(h).disposisi(d).is_some_and(|d| d.naskah == id)
    {
        tap(h, "open-naskah");
        return;
    }
    let kotak = app(h).naskah(id).expect("the naskah").kotak;
    if kotak == Kotak::Arsip {
        search_for(h, id);
    } else {
        open_list(h, list_of(kotak));
    }
    tap(h, &format!("naskah-{id}"));
}

/// In Arsip, searches with the first two words of the naskah's hal.
fn search_for(h: &mut Harness, id: &str) {
    let hal = app(h).naskah(id).expect("the naskah").hal.to_lowercase();
    let query: Vec<&str> = hal.split_whitespace().take(2).collect();
    open_list(h, List::Arsip);
    type_into(h, "search-input-box", &query.join(" "));
    tap(h, "search");
}

/// The disposisi a goal is about: the one it names, else the one whose instruction names
/// someone (to pass on), else the first still open.
fn disposisi_for(h: &Harness, goal: &Matcher) -> String {
    if let Some(id) = text(goal, "disposisi") {
        return id;
    }
    let s = app(h);
    let open = s.open_disposisi();
    let wants_person =
        goal.event.ends_with("forwarded") || text(goal, "action").as_deref() == Some("teruskan");
    open.iter()
        .find(|d| !wants_person || !d.expect_to.is_empty())
        .or(open.first())
        .map(|d| d.id.clone())
        .expect("an open disposisi")
}

fn open_disposisi(h: &mut Harness, id: &str) {
    if app(h).view == View::Disposisi(id.to_owned()) {
        return;
    }
    open_list(h, List::Disposisi);
    tap(h, &format!("disposisi-{id}"));
}

fn follow(h: &mut Harness, id: &str, kind: &str) {
    open_disposisi(h, id);
    let chosen = app(h).follow.as_ref().map(|f| f.kind.key());
    if chosen != Some(kind) {
        tap(h, &format!("follow-{kind}"));
    }
}

/// The draft a goal is about: the one it names, else the first the learner can still edit.
fn open_draft(h: &mut Harness, goal: &Matcher) {
    let id = text(goal, "draft").unwrap_or_else(|| {
        app(h)
            .drafts
            .iter()
            .find(|d| d.status != DraftStatus::Verifikasi)
            .map(|d| d.id.clone())
            .expect("a draft to work on")
    });
    if app(h).view != View::Draft(id.clone()) {
        open_list(h, List::Keluar);
        tap(h, &format!("draft-{id}"));
    }
}

fn current_draft(h: &Harness) -> tuntun::sim::srikandi::Draft {
    match &app(h).view {
        View::Draft(id) => app(h).draft(id).cloned().expect("the draft"),
        other => panic!("not on a draft: {other:?}"),
    }
}

fn memo(h: &mut Harness) {
    if matches!(app(h).view, View::Sign(_)) {
        return;
    }
    open_list(h, List::TandaTangan);
    let id = app(h).in_kotak(Kotak::TandaTangan)[0].id.clone();
    tap(h, &format!("naskah-{id}"));
}

fn sign_with(h: &mut Harness, passphrase: &str) {
    memo(h);
    if app(h).dialog.is_none() {
        tap(h, "sign");
    }
    if !passphrase.is_empty() {
        type_into(h, "passphrase-input", passphrase);
    }
    tap(h, "sign-confirm");
}

/// Does a practice step of a SRIKANDI lesson through the views.
pub fn solve(h: &mut Harness, goal: &Matcher) {
    let event = goal
        .event
        .strip_prefix("srikandi.")
        .expect("a srikandi goal");
    match event {
        "signed_in" => {
            let s = scenario(h);
            type_into(h, "username-input", &s.username);
            type_into(h, "password-input", &s.password);
            tap(h, "sign-in");
        }
        "signed_out" => tap(h, "sign-out"),
        "list_opened" => {
            let key = text(goal, "list").expect("a list");
            let list = List::ALL
                .into_iter()
                .find(|l| l.key() == key)
                .expect("a known list");
            home(h);
            tap(h, &format!("tile-{}", list.key()));
        }
        "opened" => {
            let id = text(goal, "naskah").expect("a naskah");
            if flag(goal, "from_search") == Some(true) {
                search_for(h, &id);
                tap(h, &format!("naskah-{id}"));
            } else {
                open_naskah(h, &id);
            }
        }
        "pdf_viewed" | "history_viewed" | "downloaded" => {
            open_naskah(h, &text(goal, "naskah").expect("a naskah"));
            tap(
                h,
                match event {
                    "pdf_viewed" => "tab-pdf",
                    "history_viewed" => "tab-riwayat",
                    _ => "download",
                },
            );
        }
        "searched" => {
            let id = text(goal, "results").expect("the letter to find");
            search_for(h, &id);
        }
        "disposition_opened" => {
            let id = disposisi_for(h, goal);
            open_list(h, List::TindakLanjut);
            tap(h, &format!("disposisi-{id}"));
        }
        "follow_started" => {
            let id = disposisi_for(h, goal);
            follow(h, &id, &text(goal, "action").expect("an action"));
        }
        "follow_filled" => {
            let value = text(goal, "value").expect("a value");
            let prefix = if text(goal, "field").as_deref() == Some("to") {
                "to"
            } else {
                "instruction"
            };
            tap(h, &format!("{prefix}-{value}"));
        }
        "disposition_forwarded" => {
            let id = disposisi_for(h, goal);
            follow(h, &id, "teruskan");
            let expected = app(h).disposisi(&id).expect("it").expect_to.clone();
            let form = app(h).follow.clone().expect("the form");
            for person in &expected {
                if !form.to.contains(person) {
                    tap(h, &format!("to-{person}"));
                }
            }
            if form.instruction.is_empty() {
                tap(h, "instruction-siapkan_bahan");
            }
            tap(h, "follow-send");
        }
        "disposition_done" | "disposition_replied" => {
            let id = disposisi_for(h, goal);
            let kind = if event == "disposition_done" {
                "selesai"
            } else {
                "balas"
            };
            follow(h, &id, kind);
            type_into(
                h,
                "follow-text-input",
                "Sudah hadir. Posyandu aktif 12. Notulen menyusul.",
            );
            tap(h, "follow-send");
            assert_ne!(
                app(h).disposisi(&id).map(|d| d.status),
                Some(DispStatus::Baru)
            );
        }
        "draft_started" => {
            open_list(h, List::Keluar);
            let source = text(goal, "source").unwrap_or_default();
            tap(
                h,
                if source == "template" {
                    "new-template"
                } else {
                    "new-upload"
                },
            );
        }
        "file_uploaded" => {
            let name = text(goal, "name").expect("a file");
            let folder = app(h)
                .disk
                .files()
                .iter()
                .find(|f| f.name == name)
                .map(|f| f.folder.clone())
                .expect("the file on the disk");
            tap(h, &format!("picker-folder-{folder}"));
            tap(h, &format!("picker-file-{name}"));
        }
        "field_set" => {
            open_draft(h, goal);
            let (field, value) = (
                text(goal, "field").expect("f"),
                text(goal, "value").expect("v"),
            );
            tap(h, &format!("field-{field}-{value}"));
        }
        "recipient_set" => {
            open_draft(h, goal);
            let (field, person) = (
                text(goal, "field").expect("f"),
                text(goal, "person").expect("p"),
            );
            tap(h, &format!("{field}-{person}"));
        }
        "draft_saved" => {
            if current_draft(h).hal.trim().is_empty() {
                type_into(h, "hal-input", "Undangan Rapat Persiapan Posyandu");
            }
            tap(h, "save-draft");
        }
        "draft_opened" => open_draft(h, goal),
        "number_taken" => {
            open_draft(h, goal);
            tap(h, "take-number");
        }
        "sent_for_review" => {
            open_draft(h, goal);
            if current_draft(h).nomor.is_empty() {
                tap(h, "take-number");
            }
            for field in ["verifikator", "penandatangan"] {
                if let Some(who) = text(goal, field)
                    && current_draft(h).choice(field) != who
                {
                    tap(h, &format!("field-{field}-{who}"));
                }
            }
            tap(h, "send-draft");
        }
        "secretary_answered" => {
            memo(h);
            let gave = flag(goal, "shared") == Some(true);
            tap(
                h,
                if gave {
                    "secretary-give"
                } else {
                    "secretary-refuse"
                },
            );
        }
        "sign_started" => {
            memo(h);
            tap(h, "sign");
        }
        "signed" | "sign_failed" => {
            let passphrase = if text(goal, "reason").as_deref() == Some("empty") {
                String::new()
            } else {
                scenario(h).passphrase
            };
            sign_with(h, &passphrase);
        }
        "pdf_refreshed" => {
            memo(h);
            tap(h, "refresh-pdf");
        }
        other => panic!("the solver does not know srikandi.{other}"),
    }
    assert!(
        lesson_player(h).player.is_done(),
        "{} not reached; SRIKANDI at {:?}, notice {:?}, feedback {:?}",
        goal.event,
        app(h).view,
        app(h).notice,
        lesson_player(h).player.feedback
    );
}

#[test]
fn every_srikandi_lesson_can_be_finished_through_the_real_views() {
    crate::gui::finish_module("srikandi", solve);
}

/// Opens a lesson and goes to its first practice step.
fn to_first_practice(h: &mut Harness, lesson: &str) {
    crate::gui::open(h, lesson);
    while !matches!(lesson_player(h).player.step(), Some(Step::Do { .. })) {
        if let Some(Step::Quiz { options, .. }) = lesson_player(h).player.step() {
            let right = options.iter().position(|o| o.correct).expect("an answer");
            h.click_id(format!("answer-{right}"));
        }
        h.click("next");
    }
}

/// Without a mouse: sign in, open the disposisi and pass it on to Dedi with Tab, Enter and
/// typing only; every step of the way is recorded as done.
#[test]
fn the_keyboard_alone_signs_in_and_passes_a_disposisi_on() {
    let mut h = Harness::new();
    h.add_learner("Siti Rahmawati", "");
    to_first_practice(&mut h, "srikandi.masuk");
    h.key_type("username-input", "199005122015032001");
    h.key_type("password-input", "Srikandi#2025");
    h.key_press("sign-in");
    assert!(app(&h).signed_in, "signed in with the keyboard");
    assert!(lesson_player(&h).player.is_done());
    h.click("leave");

    to_first_practice(&mut h, "srikandi.tindak-lanjut");
    for id in [
        "tile-tindak_lanjut",
        "disposisi-data-penduduk",
        "follow-teruskan",
        "to-dedi",
        "instruction-siapkan_bahan",
    ] {
        h.key_press(id);
        assert!(lesson_player(&h).player.is_done(), "{id} by keyboard");
        h.key_press("next");
    }
    h.key_type("follow-text-input", "Mohon datanya");
    h.key_press("follow-send");
    let d = app(&h).disposisi("data-penduduk").expect("it").status;
    assert_eq!(d, DispStatus::Diteruskan);
    assert!(lesson_player(&h).player.is_done());
}

/// At every text size, the controls of each SRIKANDI page a lesson uses are inside the
/// window (after turning the wheel over the page when it is long).
#[test]
fn every_srikandi_page_keeps_its_controls_in_the_window() {
    use tuntun::ui::comfort::TextSize;
    for size in TextSize::ALL {
        let mut h = Harness::new();
        h.add_learner("Nurhayati", "");
        crate::newcomer::set_size(&mut h, size);
        to_first_practice(&mut h, "srikandi.masuk");
        h.assert_on_screen(&["username", "password", "sign-in"]);
        h.click("leave");
        to_first_practice(&mut h, "srikandi.tindak-lanjut");
        h.assert_on_screen(&["home", "sign-out", "tile-masuk", "tile-tindak_lanjut"]);
        // Long pages scroll: the wheel over the page brings each control wholly into sight.
        let check = |h: &mut Harness, ids: &[&str]| {
            crate::newcomer::assert_reachable(h, ids, "page", size);
        };
        tap(&mut h, "tile-tindak_lanjut");
        tap(&mut h, "disposisi-data-penduduk");
        tap(&mut h, "follow-teruskan");
        check(
            &mut h,
            &[
                "follow-balas",
                "to-dedi",
                "instruction-arsipkan",
                "follow-text",
                "follow-send",
            ],
        );
        h.click("leave");
        to_first_practice(&mut h, "srikandi.ambil-nomor");
        tap(&mut h, "tile-keluar");
        tap(&mut h, "draft-undangan-posyandu");
        check(
            &mut h,
            &[
                "field-jenis-surat_edaran",
                "field-klasifikasi-800",
                "hal",
                "tembusan-camat",
                "field-penandatangan-camat",
                "save-draft",
                "take-number",
                "send-draft",
            ],
        );
        h.click("leave");
        to_first_practice(&mut h, "srikandi.tte");
        tap(&mut h, "tile-tanda_tangan");
        tap(&mut h, "naskah-nd-atk");
        check(
            &mut h,
            &[
                "secretary-refuse",
                "secretary-give",
                "sign",
                "refresh-pdf",
                "qr",
            ],
        );
        tap(&mut h, "sign");
        h.assert_on_screen(&["passphrase-input", "sign-confirm", "sign-cancel"]);
        h.click("leave");
    }
}

/// The mentor's side: a learner stuck at SRIKANDI's sign-in shows in Kelas's hardest steps,
/// whose preview opens SRIKANDI as the learner saw it; after the Uji Kemampuan the class
/// report names the module, and the certificate for it is written.
#[test]
fn srikandi_shows_in_kelas_hardest_steps_the_report_and_the_certificate() {
    use tuntun::ui::app::Screen;
    use tuntun::ui::screen::mentor::Page;
    let mut h = Harness::new();
    h.add_learner("Budi Santoso", "");
    to_first_practice(&mut h, "srikandi.masuk");
    for _ in 0..3 {
        type_into(&mut h, "username-input", "199005122015032001");
        type_into(&mut h, "password-input", "salah");
        tap(&mut h, "sign-in");
    }
    assert!(!lesson_player(&h).player.is_done());
    h.click("leave");
    crate::gui::open(&mut h, "srikandi.uji-kemampuan");
    let check = lesson_player(&h).player.lesson.clone();
    crate::gui::play(&mut h, &check, solve);
    h.click("sign-out");

    h.click("mentor-view");
    assert!(
        h.shows(&h.tr("srikandi-module-title")),
        "the module in Kelas"
    );
    h.click("open-hardest");
    let Screen::Mentor(m) = &h.state.screen else {
        panic!("Kelas")
    };
    let Page::Hardest(hard) = &m.page else {
        panic!("hardest steps")
    };
    let first = hard.steps.first().expect("a hard step").clone();
    assert_eq!(first.lesson, "srikandi.masuk");
    assert_eq!(first.mistakes, 3);
    h.click("preview-0");
    let l = lesson_player(&h);
    assert!(l.preview_for.is_some(), "a preview");
    assert!(
        !app(&h).signed_in,
        "SRIKANDI's sign-in, as the learner saw it"
    );
    assert!(h.shows(&h.tr("srikandi-app-sign-in-title")));
    h.click("leave");

    let data = h.dir.path().to_owned();
    let run = |args: &[&std::ffi::OsStr]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_tuntun"))
            .arg("--data-dir")
            .arg(&data)
            .args(args)
            .output()
            .expect("run")
    };
    let report = run(&["report".as_ref(), "--format".as_ref(), "csv".as_ref()]);
    assert!(report.status.success());
    let csv = String::from_utf8_lossy(&report.stdout);
    assert!(
        csv.contains("SRIKANDI"),
        "the report names the module: {csv}"
    );
    let cert = data.join("sertifikat.pdf");
    let out = run(&[
        "certificate".as_ref(),
        "--learner".as_ref(),
        "Budi Santoso".as_ref(),
        "--module".as_ref(),
        "srikandi".as_ref(),
        "--out".as_ref(),
        cert.as_os_str(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&cert).expect("the certificate");
    assert!(bytes.starts_with(b"%PDF"));
}
