//! The mentor's pages ("Kelas") through the real views: the overview with its charts, a
//! learner's detail (notes, assignment, PDF), coaching sessions, the hardest steps, the CSV
//! report; what the mentor saves is read back from disk, and the learner sees the assignment.

use crate::gui::Harness;
use crate::kiosk::{add, pad, set_up_mentor};
use iced_test::selector;
use tuntun::store::{NewLearner, Store};
use tuntun::ui::app::{Message, Screen};
use tuntun::ui::screen::mentor::{self, Page};

/// With the keyboard, as a mentor without a mouse would (Tab brings a control below the
/// fold into sight): Tab to `id`, then Enter.
fn scroll_click(h: &mut Harness, id: &str) {
    h.key_press(id);
}

/// Tab to the text box `id`, then type.
fn scroll_type(h: &mut Harness, id: &str, text: &str) {
    h.key_type(id, text);
}

fn page(h: &Harness) -> &Page {
    match &h.state.screen {
        Screen::Mentor(m) => &m.page,
        _ => panic!("not in the mentor's pages"),
    }
}

#[test]
fn mentor_notes_assigns_records_a_session_and_prints_and_the_learner_sees_the_assignment() {
    let mut h = Harness::first_start();
    set_up_mentor(&mut h);
    let siti = add(&mut h, "Siti Rahmawati", "");
    let budi = add(&mut h, "Budi Santoso", "");
    let _dewi = add(&mut h, "Dewi Lestari", "");
    // Siti misses the box three times on the first practice step: flagged as stuck.
    h.click_id(format!("learner-{siti}"));
    h.click("continue");
    h.click("next");
    for _ in 0..3 {
        h.miss_board();
    }
    h.click("leave");
    h.click("sign-out");

    h.click("mentor-view");
    pad(&mut h, "246810");
    assert!(matches!(page(&h), Page::Overview));
    assert!(h.shows(&h.tr("mentor-chart-modules")), "the module chart");
    assert!(h.shows(&h.tr("mentor-chart-days")), "the activity chart");

    // The hardest steps: Siti's step is the first, with its instruction.
    h.click("open-hardest");
    let Page::Hardest(hard) = page(&h) else {
        panic!("hardest steps")
    };
    let first = hard.steps.first().expect("one hard step").clone();
    assert_eq!(first.mistakes, 3);
    h.picture("mentor-hardest");
    let lesson = h.state.course.lesson(&first.lesson).expect("lesson");
    let instruction = lesson.lesson.as_ref().expect("playable").steps[first.step].text();
    assert!(
        h.shows(&h.tr(instruction)),
        "the step's instruction is shown"
    );
    // "Lihat langkah ini": the step opens as the learners see it, and nothing is recorded.
    let db_path = h_db(&h);
    let events = || -> i64 {
        let db = rusqlite::Connection::open(&db_path).expect("db");
        db.query_row("SELECT COUNT(*) FROM events", [], |r| r.get(0))
            .expect("count")
    };
    let before = events();
    h.click("preview-0");
    match &h.state.screen {
        tuntun::ui::app::Screen::Lesson(l) => {
            assert!(l.preview_for.is_some(), "a preview");
            assert_eq!(l.player.lesson.id, first.lesson);
            assert_eq!(l.player.index, first.step);
        }
        _ => panic!("the step's preview"),
    }
    assert!(h.shows(&h.tr("lesson-preview-note")));
    h.picture("mentor-preview");
    h.miss_board();
    h.click("leave");
    assert!(matches!(page(&h), Page::Overview), "back in Kelas");
    assert_eq!(events(), before, "the preview recorded nothing");
    h.click("open-hardest");
    h.click("hardest-back");

    // Siti's detail: the mistakes are the feedback sentences she was shown.
    h.click_id(format!("row-{siti}"));
    let Page::Detail(d) = page(&h) else {
        panic!("the learner detail")
    };
    assert_eq!(d.detail.learner.id, siti);
    let mistake = d
        .detail
        .steps
        .iter()
        .flat_map(|s| s.mistakes.iter())
        .next()
        .expect("a mistake")
        .clone();
    assert!(h.state.tr.has(&mistake), "{mistake} is a feedback id");
    h.picture("mentor-detail");

    // An empty note is refused in one sentence; a real one is saved.
    h.click("note-save");
    assert!(h.shows(&h.tr("mentor-note-empty")));
    scroll_type(&mut h, "note-text", "Perlu latihan klik ganda.");
    h.click("note-save");
    assert!(!h.shows(&h.tr("mentor-note-empty")));
    assert!(h.shows("Perlu latihan klik ganda."));

    // An assignment: two lessons of Dasar (ticked out of order), with a label.
    let dasar: Vec<String> = h.state.course.modules[0]
        .lessons
        .iter()
        .map(|e| e.id.clone())
        .collect();
    scroll_click(&mut h, &format!("assign-{}", dasar[2]));
    scroll_click(&mut h, &format!("assign-{}", dasar[1]));
    scroll_type(&mut h, "assign-label", "Untuk Kamis");
    scroll_click(&mut h, "assign-save");
    assert!(h.shows(&h.tr("mentor-assign-saved")));

    // The summary PDF goes to the export folder (the test's temp dir).
    h.click("summary-pdf");
    let pdf = h.dir.path().join("ringkasan-siti-rahmawati.pdf");
    let bytes = std::fs::read(&pdf).expect("the summary was written");
    assert!(bytes.starts_with(b"%PDF"), "a PDF");
    let folder = h
        .dir
        .path()
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    let said = h.state.tr.tr_args(
        "mentor-file-written",
        &[(
            "path",
            format!("{folder} › ringkasan-siti-rahmawati.pdf").into(),
        )],
    );
    assert!(h.shows(&said), "the place is told in words: {said}");
    h.click("detail-back");

    // A coaching session with Siti and Budi: a bad date, then no topic, are one sentence each.
    h.click("open-sessions");
    h.act(|ui| {
        ui.click(selector::id("session-date")).expect("date");
        ui.typewrite("x");
    });
    h.click("session-save");
    assert!(h.shows(&h.tr("mentor-session-bad-date")));
    h.act(|ui| {
        ui.click(selector::id("session-date")).expect("date");
        ui.tap_key(iced::keyboard::key::Named::Backspace);
    });
    h.click("session-save");
    assert!(h.shows(&h.tr("mentor-session-no-topic")));
    h.act(|ui| {
        ui.click(selector::id("session-topic")).expect("topic");
        ui.typewrite("Klik dan klik ganda");
    });
    h.click_id(format!("attend-{siti}"));
    h.click_id(format!("attend-{budi}"));
    scroll_type(&mut h, "session-plan", "Mengetik surat");
    scroll_click(&mut h, "session-save");
    assert!(h.shows(&h.tr("mentor-session-saved")));
    h.picture("mentor-sessions");
    h.click("sessions-back");

    // The class report, as `tuntun report --format xlsx` writes it, and a sentence that
    // names the place in words, never a raw path.
    h.click("report-xlsx");
    let xlsx = std::fs::read_dir(h.dir.path())
        .expect("dir")
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "xlsx"))
        .expect("an xlsx report");
    let name = xlsx.file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with("laporan-kelas-"), "{name}");
    let folder = h
        .dir
        .path()
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    let said = h.state.tr.tr_args(
        "mentor-file-written",
        &[("path", format!("{folder} › {name}").into())],
    );
    assert!(h.shows(&said), "{said}");
    assert!(!h.shows(&h.dir.path().display().to_string()));
    {
        use calamine::{Data, Reader, Xlsx};
        let mut book = Xlsx::new(std::io::Cursor::new(std::fs::read(&xlsx).unwrap())).unwrap();
        let range = book.worksheet_range(&h.tr("report-sheet-title")).unwrap();
        assert_eq!(range.get((0, 0)), Some(&Data::String("Nama".into())));
        let names: Vec<String> = (1..range.height())
            .filter_map(|r| match range.get((r, 0)) {
                Some(Data::String(s)) => Some(s.clone()),
                _ => None,
            })
            .collect();
        assert!(names.iter().any(|n| n == "Siti Rahmawati"), "{names:?}");
    }
    h.click("close-mentor");
    assert!(matches!(h.state.screen, Screen::Learners(_)));

    // All of it is on disk.
    let store = Store::open(h.dir.path()).expect("store");
    let notes = store.notes(&siti).expect("notes");
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].text, "Perlu latihan klik ganda.");
    assert_eq!(notes[0].mentor, "Rina Pendamping");
    let sessions = store.sessions().expect("sessions");
    assert_eq!(sessions.len(), 1);
    assert_eq!(sessions[0].topic, "Klik dan klik ganda");
    assert_eq!(sessions[0].plan, "Mengetik surat");
    let mut present = sessions[0].attendees.clone();
    present.sort();
    let mut expected = vec![siti.clone(), budi.clone()];
    expected.sort();
    assert_eq!(present, expected);
    assert_eq!(sessions[0].held_on, jiff::Zoned::now().date());
    let a = store
        .assignment(&siti, &h.state.course)
        .expect("read")
        .expect("an assignment");
    assert_eq!(a.label, "Untuk Kamis");
    assert_eq!(
        a.lessons,
        vec![(dasar[1].clone(), false), (dasar[2].clone(), false)],
        "in course order"
    );
    drop(store);

    // Siti sees the assignment first; its first lesson has the big button.
    h.click_id(format!("learner-{siti}"));
    let Screen::Home(home) = &h.state.screen else {
        panic!("home")
    };
    assert!(home.assignment.is_some());
    let title = h.state.tr.tr_args(
        "home-assignment-title-label",
        &[("label", "Untuk Kamis".into())],
    );
    assert!(h.shows(&title));
    h.picture("home-assignment");
    h.assert_on_screen(&["assignment-start", "continue"]);
    let above = |h: &Harness, a: &str, b: &str| {
        let mut ui = h.sim();
        let ya = ui.find(selector::id(a.to_owned())).expect(a).bounds().y;
        let yb = ui.find(selector::id(b.to_owned())).expect(b).bounds().y;
        ya < yb
    };
    assert!(
        above(&h, "assignment-start", "continue"),
        "the assignment comes first"
    );
    h.click("assignment-start");
    let Screen::Lesson(lesson) = &h.state.screen else {
        panic!("the assigned lesson opens")
    };
    assert_eq!(lesson.player.lesson.id, dasar[1]);
}

#[test]
fn mentor_overview_of_24_learners_reads_at_1366x768_at_the_default_size() {
    use tuntun::progress::Record;
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(dir.path()).expect("store");
    store
        .set_setting(tuntun::ui::screen::setup::SKIPPED, "1")
        .expect("skip");
    let course = tuntun::course::load(None).course;
    const FIRST: [&str; 8] = [
        "Siti", "Ahmad", "Budi", "Dewi", "Eko", "Fitri", "Hendra", "Indah",
    ];
    const LAST: [&str; 3] = ["Rahmawati", "Sitompul", "Wibowo"];
    const UNITS: [&str; 3] = ["Seksi Pemerintahan", "Seksi Kesos", "Sekretariat"];
    let dasar = &course.modules[0];
    let mut ids = Vec::new();
    for (i, first) in FIRST.iter().enumerate() {
        for (j, last) in LAST.iter().enumerate() {
            let l = store
                .add_learner(&NewLearner {
                    name: format!("{first} {last}"),
                    nip: String::new(),
                    unit: UNITS[(i + j) % 3].into(),
                })
                .expect("add");
            // Some finish a lesson or more of Dasar, some have begun, some have not.
            let n = (i * 3 + j) % 4;
            for entry in dasar.lessons.iter().take(n) {
                let lesson = entry.lesson.as_ref().expect("playable");
                let steps = lesson.steps.len();
                store.start_lesson(&l.id, &lesson.id, steps).expect("start");
                let mut records: Vec<Record> = (0..steps)
                    .map(|step| Record::StepCompleted {
                        step,
                        snapshot: None,
                    })
                    .collect();
                records.push(Record::LessonCompleted);
                store
                    .record(&l.id, &lesson.id, steps, &records)
                    .expect("record");
            }
            ids.push(l.id);
        }
    }
    drop(store);
    let mut h = Harness::in_dir(dir);
    // A learner who chose the largest text signs in and out: the mentor view stays normal.
    h.act(|ui| {
        ui.click(selector::id("search")).expect("search box");
        ui.typewrite("ahmad r");
    });
    h.click_id(format!("learner-{}", ids[3])); // Ahmad Rahmawati
    h.click("display");
    h.click("text-size-largest");
    assert!(h.state.scale_factor() > 1.2);
    h.click("display-done");
    h.click("sign-out");
    h.click("mentor-view");
    let Screen::Mentor(m) = &h.state.screen else {
        panic!("no mentor account: Kelas opens without a PIN")
    };
    assert_eq!(m.overview.rows.len(), 24);
    assert_eq!(
        h.state.scale_factor(),
        1.0,
        "the mentor view is not enlarged"
    );
    h.picture("mentor-overview-24");
    h.assert_on_screen(&[
        "close-mentor",
        "open-hardest",
        "open-sessions",
        "report-xlsx",
        "flagged-only",
        "charts",
    ]);
    let activity = &m.overview.activity;
    assert_eq!(activity.len(), 14);
    assert!(
        activity.last().is_some_and(|d| d.learners > 0),
        "today's bar counts the learners who practised"
    );
    // A unit filter narrows the charts too.
    h.click("unit-0");
    let Screen::Mentor(m) = &h.state.screen else {
        unreachable!()
    };
    let today = m.overview.activity.last().map_or(0, |d| d.learners);
    assert!(today > 0 && today < 24, "{today} learners of one unit");
    let _ = h.state.update(Message::Mentor(mentor::Message::Escape));
    assert!(
        matches!(h.state.screen, Screen::Learners(_)),
        "Esc closes Kelas"
    );
}

/// The progress database of a harness.
fn h_db(h: &Harness) -> std::path::PathBuf {
    h.dir.path().join(tuntun::store::FILE_NAME)
}
