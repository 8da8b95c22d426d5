//! The Dokumen module through the real views: every lesson finished by typing on the page,
//! clicking the toolbar and the dialogs as a learner would (and, in the lesson that crosses
//! tools, the webmail beside the word processor); then what is on the pretend disk.

use crate::gui::{Harness, lesson_player, open};
use iced::keyboard::key::Named;
use tuntun::course::{Matcher, Scenario};
use tuntun::sim::dokumen::{Dialog, Dokumen, Paper};
use tuntun::sim::{SimState, Value};
use tuntun::ui::app::Screen;

fn tool(h: &Harness) -> &Dokumen {
    match &lesson_player(h).player.sim {
        SimState::Dokumen(d) => d,
        _ => panic!("not in the word processor"),
    }
}

fn scenario(h: &Harness) -> tuntun::sim::dokumen::Scenario {
    match &lesson_player(h).player.lesson.scenario {
        Scenario::Dokumen(s) => s.as_ref().clone(),
        _ => panic!("a dokumen lesson"),
    }
}

fn text(goal: &Matcher, k: &str) -> Option<String> {
    match goal.fields.get(k) {
        Some(Value::Text(t)) => Some(t.clone()),
        _ => None,
    }
}

fn int(goal: &Matcher, k: &str) -> Option<i64> {
    match goal.fields.get(k) {
        Some(Value::Int(n)) => Some(*n),
        _ => None,
    }
}

fn done(h: &Harness) -> bool {
    lesson_player(h).player.is_done()
}

/// Keys pressed on the page (nothing else has the keyboard).
fn keys(h: &mut Harness, keys: &[Named]) {
    let keys = keys.to_vec();
    h.act(move |ui| {
        for k in keys {
            ui.tap_key(k);
        }
    });
}

fn type_on_page(h: &mut Harness, s: &str) {
    let s = s.to_owned();
    h.act(move |ui| {
        ui.typewrite(&s);
    });
}

/// Clicks a folder in a dialog's list, turning the wheel over the list first when the
/// folder is below its edge (the list is shorter at a large text size).
fn click_folder(h: &mut Harness, folder: &str) {
    let id = format!("dialog-folder-{folder}");
    h.act(move |ui| crate::gui::reveal_click(ui, &id, "dialog-folders"));
}

/// Clicks `id`, turning the wheel first over the letter's left margin when it is out of
/// sight (over the body box the wheel would scroll the box, not the sheet), or over the
/// middle of the window elsewhere.
fn reveal(ui: &mut iced_test::Simulator<'_, tuntun::ui::app::Message>, id: &str) {
    use iced::mouse::{Event as MouseEvent, ScrollDelta};
    use iced_test::selector;
    let Ok(sheet) = ui.find(selector::id("letter-sheet")) else {
        crate::gui::reveal_click(ui, id, "writer");
        return;
    };
    let sheet = sheet.bounds();
    for wheel in [-3.0, -3.0, -3.0, -3.0, 12.0, -3.0, -3.0, -3.0, -3.0] {
        let target = ui
            .find(selector::id(id.to_owned()))
            .unwrap_or_else(|e| panic!("#{id} is not there: {e:?}"));
        if target.visible_bounds().is_some() {
            ui.click(selector::id(id.to_owned()))
                .unwrap_or_else(|e| panic!("#{id}: {e:?}"));
            return;
        }
        ui.point_at(iced::Point::new(sheet.x + 8.0, sheet.center_y()));
        ui.simulate([iced::Event::Mouse(MouseEvent::WheelScrolled {
            delta: ScrollDelta::Lines { x: 0.0, y: wheel },
        })]);
    }
    panic!("#{id} cannot be scrolled into sight");
}

/// Replaces a text box's content: click, End, Backspace all, type.
fn fill(h: &mut Harness, id: &str, value: &str) {
    let (id, value) = (format!("{id}-input"), value.to_owned());
    h.act(move |ui| {
        reveal(ui, &id);
        ui.tap_key(Named::End);
        for _ in 0..80 {
            ui.tap_key(Named::Backspace);
        }
        ui.typewrite(&value);
    });
}

/// Mouse events on the page at `at`: one act, so iced counts presses in a row there as a
/// double or triple click, as the window does.
fn mouse(h: &mut Harness, at: iced::Point, events: Vec<iced::mouse::Event>) {
    h.act(move |ui| {
        ui.point_at(at);
        ui.simulate(events.into_iter().map(iced::Event::Mouse));
    });
}

fn press_at(h: &mut Harness, at: iced::Point, clicks: usize) {
    use iced::mouse::{Button, Event};
    let mut events = Vec::new();
    for _ in 0..clicks {
        events.push(Event::ButtonPressed(Button::Left));
        events.push(Event::ButtonReleased(Button::Left));
    }
    mouse(h, at, events);
}

/// Press at `from`, move to `to` holding the button, let go: three acts, as the window
/// redraws between them.
fn drag(h: &mut Harness, from: iced::Point, to: iced::Point) {
    use iced::mouse::{Button, Event};
    mouse(h, from, vec![Event::ButtonPressed(Button::Left)]);
    let middle = iced::Point::new((from.x + to.x) / 2.0, (from.y + to.y) / 2.0);
    mouse(h, middle, vec![Event::CursorMoved { position: middle }]);
    mouse(
        h,
        to,
        vec![
            Event::CursorMoved { position: to },
            Event::ButtonReleased(Button::Left),
        ],
    );
}

/// The bounds of paragraph `para` on the page.
fn line_bounds(h: &Harness, para: usize) -> iced::Rectangle {
    use iced_test::selector;
    let mut ui = h.sim();
    ui.find(selector::id(format!("page-line-{para}")))
        .unwrap_or_else(|e| panic!("page-line-{para}: {e:?}"))
        .bounds()
}

/// A point on the first row of paragraph `para` where a click puts the caret at `offset`
/// (within a character), found by clicking along the row as an aiming learner would.
fn point_for(h: &mut Harness, para: usize, offset: usize) -> iced::Point {
    let line = line_bounds(h, para);
    let y = line.y + 8.0;
    let (mut lo, mut hi) = (line.x, line.x + line.width);
    for _ in 0..14 {
        let x = (lo + hi) / 2.0;
        press_at(h, iced::Point::new(x, y), 1);
        let caret = tool(h).doc.caret();
        assert_eq!(caret.para, para, "a click on line {para} stays there");
        if caret.offset < offset {
            lo = x;
        } else {
            hi = x;
        }
    }
    iced::Point::new(hi + 0.25, y)
}

/// Selects `target` (in the paragraph that holds it) the way the step teaches: a triple
/// click for a whole line, a double click for one word, else a drag over it.
fn select_on_page(h: &mut Harness, target: &str) {
    let (para, offset) = tool(h)
        .doc
        .paragraphs()
        .iter()
        .enumerate()
        .find_map(|(p, para)| {
            let text = para.text();
            let byte = text.find(target)?;
            Some((p, text[..byte].chars().count()))
        })
        .unwrap_or_else(|| panic!("{target} is not on the page"));
    let whole = tool(h).doc.paragraphs()[para].text() == target;
    let line = line_bounds(h, para);
    if whole && target.contains(' ') {
        press_at(h, iced::Point::new(line.x + 10.0, line.y + 8.0), 3);
    } else if whole {
        // From before the first letter to beyond the last.
        let y = line.y + 8.0;
        drag(
            h,
            iced::Point::new(line.x + 1.0, y),
            iced::Point::new(line.x + line.width - 2.0, y),
        );
    } else {
        let inside = point_for(h, para, offset + target.chars().count() / 2);
        press_at(h, inside, 2);
    }
    assert_eq!(tool(h).doc.selected_text(), target, "selected by the mouse");
}

/// + or − in the print dialog until it shows `copies`.
fn set_copies(h: &mut Harness, copies: i64) {
    for _ in 0..10 {
        let Some(Dialog::Print { copies: now, .. }) = tool(h).dialog else {
            break;
        };
        match i64::from(now).cmp(&copies) {
            std::cmp::Ordering::Less => h.click("copies-more"),
            std::cmp::Ordering::Greater => h.click("copies-less"),
            std::cmp::Ordering::Equal => break,
        }
    }
}

/// Ctrl+Home: the caret to the start of the document.
fn to_start(h: &mut Harness) {
    h.act(|ui| {
        ui.simulate([iced::Event::Keyboard(iced::keyboard::Event::KeyPressed {
            key: iced::keyboard::Key::Named(Named::Home),
            modified_key: iced::keyboard::Key::Named(Named::Home),
            physical_key: iced::keyboard::key::Physical::Code(iced::keyboard::key::Code::Home),
            location: iced::keyboard::Location::Standard,
            modifiers: iced::keyboard::Modifiers::CTRL,
            text: None,
            repeat: false,
        })]);
    });
}

fn close_dialog(h: &mut Harness) {
    if tool(h).dialog.is_some() {
        h.click("dialog-cancel");
    }
}

fn save_as(h: &mut Harness, folder: &str, name: &str, pdf: bool) {
    if !matches!(tool(h).dialog, Some(Dialog::SaveAs { .. })) {
        close_dialog(h);
        h.click(if pdf { "export-pdf" } else { "save-as" });
    }
    click_folder(h, folder);
    h.click(if pdf { "format-pdf" } else { "format-docx" });
    fill(h, "dialog-name", name);
    h.click("dialog-save");
    if matches!(tool(h).dialog, Some(Dialog::Overwrite { .. })) {
        h.click("overwrite-yes");
    }
}

fn open_dialog(h: &mut Harness) {
    if !matches!(tool(h).dialog, Some(Dialog::Open { .. })) {
        close_dialog(h);
        h.click("open");
    }
}

/// The body a learner writes, part by part.
const OPENING: &str = "Dengan hormat,";
const CONTENT: &str = " kami mengundang Saudara hadir dalam rapat koordinasi posyandu pada hari \
    Selasa, 27 Mei 2025, pukul 09.00 WIB di Aula Kantor Kecamatan Sukamaju.";
const CLOSING: &str = "\nDemikian, atas perhatian Saudara kami ucapkan terima kasih.";

/// Writes `value` in the letter's body box (several lines): click in it, Ctrl+A, type.
fn fill_body(h: &mut Harness, value: &str) {
    let value = value.to_owned();
    h.act(move |ui| {
        reveal(ui, "field-isi-input");
        ui.simulate([iced::Event::Keyboard(iced::keyboard::Event::KeyPressed {
            key: iced::keyboard::Key::Character("a".into()),
            modified_key: iced::keyboard::Key::Character("a".into()),
            physical_key: iced::keyboard::key::Physical::Code(iced::keyboard::key::Code::KeyA),
            location: iced::keyboard::Location::Standard,
            modifiers: iced::keyboard::Modifiers::CTRL,
            text: None,
            repeat: false,
        })]);
        ui.typewrite(&value);
    });
}

fn body(h: &Harness) -> String {
    tool(h).letter.get("isi").cloned().unwrap_or_default()
}

/// Fills every empty field of the letter with something sensible.
fn fill_letter(h: &mut Harness) {
    for key in tuntun::sim::dokumen::letter::FIELDS {
        let empty = tool(h).letter.get(key).is_none_or(|v| v.trim().is_empty());
        if empty && key == "isi" {
            fill_body(h, &format!("{OPENING}{CONTENT}{CLOSING}"));
        } else if empty {
            let value = match key {
                "nip" => "197103141998031004",
                "lampiran" | "tembusan" => "-",
                "tempat_tanggal" => "Sukamaju, 20 Mei 2025",
                "yth" => "Kepala Desa Mekarsari",
                _ => "Undangan rapat koordinasi",
            };
            fill(h, &format!("field-{key}"), value);
        }
    }
}

fn solve(h: &mut Harness, goal: &Matcher) {
    if goal.event.starts_with("email.") {
        if tool(h).app != tuntun::sim::dokumen::App::Email {
            h.click("app-email");
        }
        crate::email::solve(h, goal);
        return;
    }
    for _ in 0..12 {
        if done(h) {
            return;
        }
        let event = goal.event.trim_start_matches("dokumen.");
        match event {
            "text_changed" => {
                let target: Vec<String> = scenario(h).target.lines().map(str::to_owned).collect();
                let para = tool(h).doc.caret().para;
                match text(goal, "op").as_deref() {
                    Some("backspace") => keys(h, &[Named::Backspace]),
                    Some("enter") => {
                        let words = int(goal, "words").unwrap_or(0);
                        if words > i64::try_from(tool(h).doc.words()).unwrap_or(0)
                            && let Some(line) = target.get(para)
                        {
                            type_on_page(h, line);
                        }
                        keys(h, &[Named::Enter]);
                    }
                    _ => {
                        let line = target.get(para).cloned().unwrap_or_default();
                        type_on_page(h, &line);
                    }
                }
            }
            "selected" => {
                if goal.fields.get("all") == Some(&Value::Bool(true)) {
                    h.click("select-all");
                } else {
                    let target = text(goal, "text").expect("the text to select");
                    select_on_page(h, &target);
                }
            }
            "formatted" => {
                let value = text(goal, "value").unwrap_or_default();
                match text(goal, "what").as_deref() {
                    Some("align") => {
                        to_start(h);
                        h.click_id(format!("align-{value}"));
                    }
                    Some("size") => {
                        if tool(h).doc.selection().is_none() {
                            let target = text(goal, "target").expect("a target");
                            select_on_page(h, &target);
                        }
                        // "Ukuran huruf: 12" opens the list of sizes.
                        if !lesson_player(h).tools.size_menu {
                            h.click("size");
                        }
                        h.click_id(format!("size-{value}"));
                        assert!(
                            !lesson_player(h).tools.size_menu,
                            "choosing closes the list"
                        );
                    }
                    _ => {
                        if tool(h).doc.selection().is_none() {
                            if let Some(target) = text(goal, "target") {
                                select_on_page(h, &target);
                            } else {
                                h.click("select-all");
                            }
                        }
                        h.click("bold");
                    }
                }
            }
            "undone" => h.click("undo"),
            "save_dialog_opened" => {
                close_dialog(h);
                h.click(if text(goal, "format").as_deref() == Some("pdf") {
                    "export-pdf"
                } else {
                    "save-as"
                });
            }
            "saved" | "exported_pdf" => {
                if goal.fields.get("letter_complete") == Some(&Value::Bool(true))
                    && !tool(h).letter_complete()
                {
                    close_dialog(h);
                    fill_letter(h);
                }
                let name = text(goal, "name").expect("a name");
                let folder = text(goal, "folder").unwrap_or_else(|| "dokumen".into());
                if event == "saved"
                    && tool(h)
                        .saved_as
                        .as_ref()
                        .map(|(f, n)| (f.as_str(), n.as_str()))
                        == Some((folder.as_str(), name.as_str()))
                {
                    h.click("save");
                } else {
                    save_as(h, &folder, &name, event == "exported_pdf");
                }
            }
            "open_dialog_opened" => {
                close_dialog(h);
                h.click("open");
            }
            "opened" => {
                let name = text(goal, "name").expect("a name");
                open_dialog(h);
                match text(goal, "via").as_deref() {
                    Some("recent") => {
                        let i = tool(h)
                            .recent_files()
                            .iter()
                            .position(|f| f.name == name)
                            .expect("in Dokumen Terakhir");
                        h.click_id(format!("recent-{i}"));
                    }
                    Some("search") => {
                        let word = name
                            .split(['_', '.', '-'])
                            .find(|w| w.chars().all(char::is_alphabetic) && w.len() > 4)
                            .expect("a word of the name")
                            .to_owned();
                        fill(h, "open-search", &word);
                        h.click_id(format!("open-file-{name}"));
                    }
                    _ => {
                        let folder = tool(h)
                            .disk
                            .files()
                            .iter()
                            .find(|f| f.name == name)
                            .map(|f| f.folder.clone())
                            .expect("on the disk");
                        click_folder(h, &folder);
                        h.click_id(format!("open-file-{name}"));
                    }
                }
            }
            "file_received" => {
                let name = text(goal, "name").expect("a name");
                let i = tool(h)
                    .berkas
                    .phone
                    .iter()
                    .position(|(f, _)| f.name == name)
                    .expect("on the phone");
                h.click_id(format!("phone-send-{i}"));
            }
            "extensions_shown" => h.click("berkas-extensions"),
            "file_ticked" => {
                let name = text(goal, "name").expect("a name");
                h.click_id(format!("berkas-file-{name}"));
            }
            "files_combined" => h.click("berkas-combine"),
            "file_compressed" => h.click("berkas-compress"),
            "rename_started" => h.click("berkas-rename"),
            "file_renamed" => {
                let name = text(goal, "name").expect("a name");
                let stem = name.trim_end_matches(".pdf").to_owned();
                h.act(move |ui| {
                    ui.click(iced_test::selector::id("berkas-name-input"))
                        .expect("the name box");
                    for _ in 0..40 {
                        ui.tap_key(Named::Backspace);
                    }
                    ui.typewrite(&stem);
                    ui.tap_key(Named::Enter);
                });
            }
            "letter_edited" => {
                let mut text = body(h);
                if goal.fields.get("opening") == Some(&Value::Bool(true)) {
                    text = OPENING.to_owned();
                } else if goal.fields.get("content") == Some(&Value::Bool(true)) {
                    text.push_str(CONTENT);
                } else {
                    text.push_str(CLOSING);
                }
                fill_body(h, &text);
            }
            "letter_checked" => {
                if goal.fields.get("complete") == Some(&Value::Bool(true)) {
                    fill_letter(h);
                }
                h.click("check-letter");
            }
            "print_opened" => {
                close_dialog(h);
                h.click("print");
            }
            "paper_changed" if text(goal, "dialog").as_deref() == Some("page_setup") => {
                if !matches!(tool(h).dialog, Some(Dialog::PageSetup { .. })) {
                    close_dialog(h);
                    h.click("page-setup");
                }
                h.click_id(format!(
                    "setup-paper-{}",
                    text(goal, "paper").expect("paper")
                ));
            }
            "paper_changed" => {
                if !matches!(tool(h).dialog, Some(Dialog::Print { .. })) {
                    h.click("print");
                }
                h.click_id(format!("paper-{}", text(goal, "paper").expect("paper")));
            }
            "page_setup_opened" => {
                close_dialog(h);
                h.click("page-setup");
            }
            "page_set_up" => {
                if !matches!(tool(h).dialog, Some(Dialog::PageSetup { .. })) {
                    close_dialog(h);
                    h.click("page-setup");
                }
                let paper = text(goal, "paper").unwrap_or_else(|| "f4".into());
                h.click_id(format!("setup-paper-{paper}"));
                h.click("setup-ok");
            }
            "copies_changed" => {
                if !matches!(tool(h).dialog, Some(Dialog::Print { .. })) {
                    close_dialog(h);
                    h.click("print");
                }
                let copies = int(goal, "copies").unwrap_or(2);
                set_copies(h, copies);
            }
            "printed" => {
                if !matches!(tool(h).dialog, Some(Dialog::Print { .. })) {
                    close_dialog(h);
                    h.click("print");
                }
                let wanted = tool(h).paper_wanted;
                h.click(if wanted == Paper::F4 {
                    "paper-f4"
                } else {
                    "paper-a4"
                });
                let copies = int(goal, "copies").unwrap_or(1);
                set_copies(h, copies);
                h.click("do-print");
            }
            "disposition_sent" => {
                let to = text(goal, "to").expect("to");
                let i = tool(h)
                    .positions
                    .iter()
                    .position(|p| *p == to)
                    .expect("a position");
                if !tool(h).disposition.to.contains(&to) {
                    h.click_id(format!("disposisi-to-{i}"));
                }
                let instruction = text(goal, "instruction").expect("an instruction");
                if !tool(h).disposition.instructions.contains(&instruction) {
                    h.click_id(format!("instr-{instruction}"));
                }
                h.click("send-disposisi");
            }
            "secretary_answered" => h.click("secretary-refuse"),
            "sign_started" => h.click("sign"),
            "signed" => {
                if !matches!(tool(h).dialog, Some(Dialog::Sign { .. })) {
                    h.click("sign");
                }
                let phrase = scenario(h).passphrase;
                fill(h, "passphrase", &phrase);
                h.click("confirm-sign");
            }
            "app_switched" => h.click_id(format!("app-{}", text(goal, "app").expect("app"))),
            "files.folder_opened" => {
                let folder = text(goal, "folder").expect("a folder");
                if tool(h).dialog.is_none() {
                    h.click("open");
                }
                click_folder(h, &folder);
            }
            other => panic!("the solver does not know {other}"),
        }
    }
    assert!(
        done(h),
        "{} not reached; dialog {:?}, text {:?}",
        goal.event,
        tool(h).dialog,
        tool(h).doc.plain_text()
    );
}

#[test]
fn every_dokumen_lesson_can_be_finished_in_the_word_processor() {
    crate::gui::finish_module("dokumen", solve);
}

/// "Simpan PDF asli": the learner's letter becomes a real PDF file in the real folder they
/// pick, with the letter's words in it.
#[test]
fn the_letter_is_saved_as_a_real_pdf_in_the_folder_the_learner_picks() {
    let mut h = Harness::new();
    h.add_learner("Budi Santoso", "");
    open(&mut h, "dokumen.surat-dinas");
    // Past the reading to the first practice step, where the template shows.
    loop {
        match lesson_player(&h).player.step() {
            Some(tuntun::course::Step::Read { .. }) => h.click("next"),
            Some(tuntun::course::Step::Quiz { options, .. }) => {
                let right = options.iter().position(|o| o.correct).expect("an answer");
                h.click_id(format!("answer-{right}"));
                h.click("next");
            }
            _ => break,
        }
    }
    fill(&mut h, "field-hal", "Undangan Rapat Koordinasi");
    h.click("real-pdf");
    let folder = tempfile::tempdir().expect("a folder");
    match &mut h.state.screen {
        Screen::Lesson(l) => {
            assert!(
                l.tools.real_pdf.choosing.is_some(),
                "the places are offered"
            );
            l.tools.real_pdf.choosing = Some(vec![tuntun::places::Place {
                kind: tuntun::places::PlaceKind::Documents,
                path: folder.path().to_owned(),
            }]);
        }
        _ => panic!("in the lesson"),
    }
    h.picture("dokumen-real-pdf-choose");
    h.click("real-pdf-place-0");
    h.picture("dokumen-real-pdf-saved");
    let written: Vec<_> = std::fs::read_dir(folder.path())
        .expect("listed")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    assert_eq!(written.len(), 1, "one PDF: {written:?}");
    assert_eq!(written[0].extension().and_then(|e| e.to_str()), Some("pdf"));
    let bytes = std::fs::read(&written[0]).expect("read");
    let doc = lopdf::Document::load_mem(&bytes).expect("a valid PDF");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).expect("text");
    assert!(text.contains("Undangan Rapat Koordinasi"), "{text}");
    let sentence = h.state.tr.tr_args(
        "dokumen-app-real-pdf-saved",
        &[("path", written[0].display().to_string().into())],
    );
    assert!(h.shows(&sentence), "the learner is told where: {sentence}");
}

/// Goes past the reading and the quizzes to the first practice step.
fn past_reading(h: &mut Harness) {
    loop {
        match lesson_player(h).player.step() {
            Some(tuntun::course::Step::Read { .. }) => h.click("next"),
            Some(tuntun::course::Step::Quiz { options, .. }) => {
                let right = options.iter().position(|o| o.correct).expect("an answer");
                h.click_id(format!("answer-{right}"));
                h.click("next");
            }
            _ => break,
        }
    }
}

/// Opens the formatting lesson and goes past its reading to the first practice step.
fn at_format_lesson(h: &mut Harness) {
    h.add_learner("Budi Santoso", "");
    open(h, "dokumen.format");
    while matches!(
        lesson_player(h).player.step(),
        Some(tuntun::course::Step::Read { .. })
    ) {
        h.click("next");
    }
}

/// The title is selected with the mouse as in Word (press, drag, let go), then Tebal makes
/// exactly that bold, and the lesson counts both steps done.
#[test]
fn a_mouse_drag_selects_the_title_and_bold_acts_on_it() {
    let mut h = Harness::new();
    at_format_lesson(&mut h);
    let line = line_bounds(&h, 0);
    let y = line.y + 8.0;
    drag(
        &mut h,
        iced::Point::new(line.x + 1.0, y),
        iced::Point::new(line.x + line.width - 2.0, y),
    );
    assert_eq!(tool(&h).doc.selected_text(), "PENGUMUMAN");
    assert!(!tool(&h).dragging, "letting go ends the drag");
    assert!(done(&h), "the selection step is done by the drag");
    h.click("next");
    h.click("bold");
    let doc = &tool(&h).doc;
    let at = |para, offset| tuntun::sim::dokumen::Pos { para, offset };
    assert!(doc.style_at(at(0, 4)).0, "the title is bold");
    assert!(!doc.style_at(at(1, 4)).0, "the next line is not");
    assert!(done(&h), "the bold step is done");
}

/// Shift with the arrow keys selects too; a double click selects one word; a triple click
/// the whole line. Each then takes Tebal.
#[test]
fn shift_arrows_and_double_and_triple_clicks_select_on_the_page() {
    let mut h = Harness::new();
    at_format_lesson(&mut h);
    to_start(&mut h);
    h.act(|ui| {
        for _ in 0..10 {
            ui.simulate([iced_test::simulator::press_key(Named::ArrowRight, None)]);
        }
    });
    // The keys above were pressed without Shift: only the caret moved.
    assert_eq!(tool(&h).doc.selection(), None);
    to_start(&mut h);
    h.act(|ui| {
        for _ in 0..10 {
            ui.simulate([iced::Event::Keyboard(iced::keyboard::Event::KeyPressed {
                key: iced::keyboard::Key::Named(Named::ArrowRight),
                modified_key: iced::keyboard::Key::Named(Named::ArrowRight),
                physical_key: iced::keyboard::key::Physical::Code(
                    iced::keyboard::key::Code::ArrowRight,
                ),
                location: iced::keyboard::Location::Standard,
                modifiers: iced::keyboard::Modifiers::SHIFT,
                text: None,
                repeat: false,
            })]);
        }
    });
    assert_eq!(tool(&h).doc.selected_text(), "PENGUMUMAN");
    assert!(done(&h), "Shift+arrows did the selection step");
    select_on_page(&mut h, "Selasa");
    select_on_page(&mut h, "Sekretaris Kecamatan Sukamaju");
    h.click("bold");
    let doc = &tool(&h).doc;
    let at = |para, offset| tuntun::sim::dokumen::Pos { para, offset };
    assert!(doc.style_at(at(3, 5)).0, "the triple-clicked line is bold");
    assert!(!doc.style_at(at(0, 5)).0, "the title is not");
}

/// The surat dinas: the learner writes the body in their own words, and "Periksa Surat"
/// names what the body still lacks; a body with its three parts makes the letter complete.
#[test]
fn the_learner_writes_the_letters_body_and_the_check_finds_its_parts() {
    let mut h = Harness::new();
    h.add_learner("Budi Santoso", "");
    open(&mut h, "dokumen.surat-dinas");
    past_reading(&mut h);
    assert_eq!(body(&h), "", "the body is the learner's to write");
    // Only an opening and a short middle, typed in the box as a learner would.
    fill_body(&mut h, "dengan hormat kami mengundang saudara rapat");
    assert_eq!(body(&h), "dengan hormat kami mengundang saudara rapat");
    h.click("check-letter");
    assert_eq!(
        tool(&h).letter_check.as_deref(),
        Some(&[][..]),
        "every box filled"
    );
    let parts = tool(&h).body_parts();
    assert!(
        parts.opening && !parts.content && !parts.closing,
        "{parts:?}"
    );
    // Own words, other case, a new line for the closing.
    fill_body(
        &mut h,
        "Sehubungan dengan persiapan posyandu bulan Juni, kami mengundang Saudara ke rapat \
         koordinasi hari Selasa 27 Mei 2025 pukul 09.00 WIB di aula kecamatan.\n\
         Atas perhatian Saudara, terima kasih.",
    );
    let parts = tool(&h).body_parts();
    assert!(parts.opening && parts.content && parts.closing, "{parts:?}");
}

/// F4 is chosen in Tata Letak as in Word; the print dialog then starts on F4. Choosing F4
/// only in the print dialog, with the document still A4, is not what the office wants.
#[test]
fn f4_is_set_in_tata_letak_and_printing_follows_it() {
    let mut h = Harness::new();
    h.add_learner("Budi Santoso", "");
    open(&mut h, "dokumen.cetak");
    h.click("next");
    assert_eq!(tool(&h).page, Paper::A4);
    h.click("page-setup");
    assert!(matches!(
        tool(&h).dialog,
        Some(Dialog::PageSetup {
            paper: Paper::A4,
            ..
        })
    ));
    h.click("setup-paper-f4");
    h.click("setup-margins-naskah");
    h.click("setup-ok");
    assert_eq!(tool(&h).page, Paper::F4);
    assert_eq!(
        tool(&h).margins,
        tuntun::sim::dokumen::page_setup::Margins::Naskah
    );
    h.click("print");
    assert!(matches!(
        tool(&h).dialog,
        Some(Dialog::Print {
            paper: Paper::F4,
            copies: 1
        })
    ));
}
