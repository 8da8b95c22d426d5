//! The document tool fed action by action: each action's state and event, and the
//! mistakes the lessons catch.

use super::*;
use crate::sim::Value;

fn file(folder: &str, name: &str, size_kb: u32) -> DiskFile {
    DiskFile {
        folder: folder.into(),
        name: name.into(),
        size_kb,
    }
}

fn writer() -> Dokumen {
    Dokumen::new(Scenario {
        files: vec![
            file("dokumen", "Laporan Mei.docx", 20),
            file("Surat Keluar 2025", "Surat Undangan Rapat.docx", 18),
            file("unduhan", "foto.jpg", 900),
        ],
        folders: vec!["Surat Keluar 2025".into(), "Arsip".into()],
        recent: vec!["Surat Keluar 2025/Surat Undangan Rapat.docx".into()],
        ..Scenario::default()
    })
}

fn name(e: &Option<SimEvent>) -> &str {
    e.as_ref().map_or("", |e| e.name.as_str())
}

fn field<'a>(e: &'a Option<SimEvent>, f: &str) -> &'a Value {
    match e.as_ref().and_then(|e| e.fields.get(f)) {
        Some(v) => v,
        None => panic!("no field {f} in {e:?}"),
    }
}

fn text(s: &str) -> Value {
    Value::Text(s.into())
}

fn list(items: &[&str]) -> Value {
    Value::List(items.iter().map(|s| (*s).to_owned()).collect())
}

/// Types into the Save As dialog and presses Simpan.
fn save_as(d: &mut Dokumen, folder: &str, stem: &str) -> Option<SimEvent> {
    d.update(Action::DialogFolder(folder.into()));
    d.update(Action::DialogName(stem.into()));
    d.update(Action::DialogConfirm)
}

#[test]
fn the_whole_type_save_as_walk_emits_the_contract_events() {
    let mut d = writer();
    let mut events = Vec::new();
    for w in ["Rapat ", "dinas"] {
        events.push(d.update(Action::Type(w.into())));
    }
    events.push(d.update(Action::SaveAs));
    events.push(d.update(Action::DialogName("Undangan Rapat".into())));
    events.push(d.update(Action::DialogFolder("Surat Keluar 2025".into())));
    events.push(d.update(Action::DialogConfirm));
    let names: Vec<&str> = events.iter().map(name).collect();
    assert_eq!(
        names,
        vec![
            "dokumen.text_changed",
            "dokumen.text_changed",
            "dokumen.save_dialog_opened",
            "",
            "files.folder_opened",
            "dokumen.saved",
        ]
    );
    let saved = events.last().cloned().flatten();
    let expected = SimEvent::new("dokumen.saved")
        .with("folder", "Surat Keluar 2025")
        .with("name", "Undangan Rapat.docx")
        .with("format", "docx")
        .with("default_name", false)
        .with("overwrote", false)
        .with("letter_complete", true);
    assert_eq!(saved, Some(expected));
    assert_eq!(
        d.disk
            .find("Surat Keluar 2025", "Undangan Rapat.docx")
            .map(|f| f.size_kb),
        Some(12)
    );
    assert_eq!(d.title(), "Undangan Rapat.docx");
    assert_eq!(d.dialog, None);
    assert_eq!(d.notice, Some(Notice::Saved("Undangan Rapat.docx".into())));
    for e in events.iter().flatten() {
        let spec = crate::sim::contract::event(&e.name).expect("in the contract");
        for k in e.fields.keys() {
            assert!(spec.field(k).is_some(), "{} has no field {k}", e.name);
        }
        assert_eq!(e.fields.len(), spec.fields.len(), "{}", e.name);
    }
}

#[test]
fn text_changed_counts_words_target_and_capitals() {
    let mut d = Dokumen::new(Scenario {
        target: "Rapat dimulai  pukul 09.00.".into(),
        min_words: 3,
        ..Scenario::default()
    });
    let e = d.update(Action::Type("rapat".into()));
    assert_eq!(field(&e, "op"), &text("type"));
    assert_eq!(field(&e, "words"), &Value::Int(1));
    assert_eq!(field(&e, "enough"), &Value::Bool(false));
    assert_eq!(field(&e, "capital_start"), &Value::Bool(false));
    d.update(Action::SelectAll);
    d.update(Action::Type("  Rapat dimulai   pukul 09.00. ".into()));
    let e = d.update(Action::Enter);
    assert_eq!(field(&e, "op"), &text("enter"));
    assert_eq!(field(&e, "paragraphs"), &Value::Int(2));
    assert_eq!(field(&e, "enough"), &Value::Bool(true));
    assert_eq!(field(&e, "matches_target"), &Value::Bool(true));
    assert_eq!(field(&e, "capital_start"), &Value::Bool(true));
    let e = d.update(Action::Type("terima kasih".into()));
    assert_eq!(field(&e, "matches_target"), &Value::Bool(false));
    assert_eq!(field(&e, "capital_start"), &Value::Bool(false));
    let e = d.update(Action::Backspace);
    assert_eq!(field(&e, "op"), &text("backspace"));
    d.update(Action::Move(Move::DocStart, false));
    let e = d.update(Action::Delete);
    assert_eq!(field(&e, "op"), &text("delete"));
    assert_eq!(d.update(Action::Type(String::new())), None);
}

#[test]
fn matching_is_case_sensitive_and_needs_a_target() {
    let mut d = Dokumen::new(Scenario {
        target: "Rapat Dinas".into(),
        ..Scenario::default()
    });
    let e = d.update(Action::Type("rapat dinas".into()));
    assert_eq!(field(&e, "matches_target"), &Value::Bool(false));
    let mut d = writer();
    let e = d.update(Action::Type(" ".into()));
    assert_eq!(field(&e, "matches_target"), &Value::Bool(false));
}

#[test]
fn selecting_and_formatting_report_what_and_where() {
    let mut d = Dokumen::new(Scenario {
        text: "UNDANGAN\nRapat dinas hari Senin".into(),
        ..Scenario::default()
    });
    let e = d.update(Action::Press {
        at: Pos { para: 0, offset: 3 },
        clicks: 3,
        shift: false,
    });
    assert_eq!(field(&e, "text"), &text("UNDANGAN"));
    assert_eq!(field(&e, "whole_paragraph"), &Value::Bool(true));
    assert_eq!(field(&e, "all"), &Value::Bool(false));
    let e = d.update(Action::ToggleBold);
    assert_eq!(name(&e), "dokumen.formatted");
    assert_eq!(field(&e, "what"), &text("bold"));
    assert_eq!(field(&e, "value"), &text("on"));
    assert_eq!(field(&e, "target"), &text("UNDANGAN"));
    assert_eq!(field(&e, "paragraph"), &Value::Int(1));
    let e = d.update(Action::SetSize(16));
    assert_eq!(field(&e, "value"), &text("16"));
    assert_eq!(d.update(Action::SetSize(15)), None);
    // Align without a selection: the caret's paragraph.
    d.update(Action::ClickAt(Pos { para: 1, offset: 2 }, false));
    let e = d.update(Action::SetAlign(Align::Justify));
    assert_eq!(field(&e, "value"), &text("justify"));
    assert_eq!(field(&e, "target"), &text("Rapat dinas hari Senin"));
    assert_eq!(field(&e, "whole_paragraph"), &Value::Bool(true));
    assert_eq!(field(&e, "paragraph"), &Value::Int(2));
    // Shift-selection reports the selected text; a plain click selects nothing.
    assert_eq!(
        d.update(Action::ClickAt(Pos { para: 1, offset: 0 }, false)),
        None
    );
    let e = d.update(Action::ClickAt(Pos { para: 1, offset: 5 }, true));
    assert_eq!(field(&e, "text"), &text("Rapat"));
    assert_eq!(field(&e, "whole_paragraph"), &Value::Bool(false));
    let e = d.update(Action::ToggleBold);
    assert_eq!(field(&e, "target"), &text("Rapat"));
    assert_eq!(field(&e, "whole_paragraph"), &Value::Bool(false));
    assert_eq!(field(&e, "paragraph"), &Value::Int(2));
    let e = d.update(Action::Move(Move::End, true));
    assert_eq!(field(&e, "text"), &text("Rapat dinas hari Senin"));
    let e = d.update(Action::SelectAll);
    assert_eq!(field(&e, "all"), &Value::Bool(true));
    assert_eq!(
        d.update(Action::Move(Move::Left, false)),
        None,
        "no selection, no event"
    );
}

#[test]
fn undo_and_redo_report_only_when_something_happened() {
    let mut d = writer();
    assert_eq!(d.update(Action::Undo), None);
    d.update(Action::Type("Halo".into()));
    assert_eq!(name(&d.update(Action::Undo)), "dokumen.undone");
    assert_eq!(d.doc.plain_text(), "");
    assert_eq!(name(&d.update(Action::Redo)), "dokumen.redone");
    assert_eq!(d.doc.plain_text(), "Halo");
    assert_eq!(d.update(Action::Redo), None);
}

#[test]
fn names_are_refused_when_empty_or_with_forbidden_characters() {
    let mut d = writer();
    d.update(Action::Type("Isi".into()));
    d.update(Action::SaveAs);
    for (typed, reason, refusal) in [
        ("   ", "empty", NameRefusal::Empty),
        (".docx", "empty", NameRefusal::Empty),
        ("Surat 12/2025", "character", NameRefusal::Character('/')),
        ("Surat\\A", "character", NameRefusal::Character('\\')),
        ("Rapat: Mei", "character", NameRefusal::Character(':')),
        ("Apa?", "character", NameRefusal::Character('?')),
        ("A*B", "character", NameRefusal::Character('*')),
        ("\"A\"", "character", NameRefusal::Character('"')),
        ("<A>", "character", NameRefusal::Character('<')),
        ("A|B", "character", NameRefusal::Character('|')),
    ] {
        d.update(Action::DialogName(typed.into()));
        let e = d.update(Action::DialogConfirm);
        assert_eq!(name(&e), "dokumen.save_refused", "{typed}");
        assert_eq!(field(&e, "reason"), &text(reason), "{typed}");
        assert!(
            matches!(&d.dialog, Some(Dialog::SaveAs { problem: Some(p), .. }) if *p == refusal),
            "{typed}"
        );
    }
    // Typing again clears the problem.
    d.update(Action::DialogName("Surat 12-2025".into()));
    assert!(matches!(
        &d.dialog,
        Some(Dialog::SaveAs { problem: None, .. })
    ));
    assert_eq!(name(&d.update(Action::DialogConfirm)), "dokumen.saved");
    assert!(d.disk.find("dokumen", "Surat 12-2025.docx").is_some());
}

#[test]
fn default_names_are_reported() {
    let mut d = writer();
    let e = d.update(Action::Save);
    assert_eq!(name(&e), "dokumen.save_dialog_opened");
    assert_eq!(field(&e, "format"), &text("docx"));
    assert!(
        matches!(&d.dialog, Some(Dialog::SaveAs { name, folder, format: Format::Docx, .. }) if name == "Dokumen1" && folder == "dokumen")
    );
    let e = d.update(Action::DialogConfirm);
    assert_eq!(field(&e, "default_name"), &Value::Bool(true));
    assert_eq!(field(&e, "name"), &text("Dokumen1.docx"));
    d.update(Action::SaveAs);
    let e = save_as(&mut d, "dokumen", "tanpa judul 2.docx");
    assert_eq!(field(&e, "name"), &text("tanpa judul 2.docx"));
    assert_eq!(field(&e, "default_name"), &Value::Bool(true));
}

#[test]
fn a_taken_name_asks_before_overwriting() {
    let mut d = writer();
    d.update(Action::Type("Laporan baru yang panjang".into()));
    d.update(Action::SaveAs);
    let e = save_as(&mut d, "dokumen", "Laporan Mei");
    assert_eq!(name(&e), "dokumen.overwrite_asked");
    assert_eq!(field(&e, "name"), &text("Laporan Mei.docx"));
    assert!(matches!(&d.dialog, Some(Dialog::Overwrite { .. })));
    // No: back to the name, nothing written.
    let e = d.update(Action::OverwriteAnswer(false));
    assert_eq!(
        e,
        Some(SimEvent::new("dokumen.overwrite_answered").with("replace", false))
    );
    assert!(matches!(&d.dialog, Some(Dialog::SaveAs { name, .. }) if name == "Laporan Mei"));
    assert_eq!(
        d.disk
            .find("dokumen", "Laporan Mei.docx")
            .map(|f| f.size_kb),
        Some(20)
    );
    // Yes: saved over it.
    d.update(Action::DialogConfirm);
    let e = d.update(Action::OverwriteAnswer(true));
    assert_eq!(name(&e), "dokumen.saved");
    assert_eq!(field(&e, "overwrote"), &Value::Bool(true));
    assert_eq!(
        d.disk
            .find("dokumen", "Laporan Mei.docx")
            .map(|f| f.size_kb),
        Some(12)
    );
    assert_eq!(d.disk.in_folder("dokumen").len(), 1);
    assert_eq!(d.update(Action::OverwriteAnswer(true)), None);
}

#[test]
fn cancel_on_the_overwrite_question_goes_back_to_the_name() {
    let mut d = writer();
    d.update(Action::SaveAs);
    save_as(&mut d, "dokumen", "Laporan Mei");
    assert_eq!(d.update(Action::DialogCancel), None);
    assert!(matches!(&d.dialog, Some(Dialog::SaveAs { .. })));
    d.update(Action::DialogCancel);
    assert_eq!(d.dialog, None);
}

#[test]
fn after_the_first_save_simpan_saves_in_place() {
    let mut d = writer();
    d.update(Action::Save);
    save_as(&mut d, "Arsip", "Notulen Rapat");
    d.update(Action::Type("x".repeat(700)));
    let e = d.update(Action::Save);
    assert_eq!(
        e,
        Some(
            SimEvent::new("dokumen.saved")
                .with("folder", "Arsip")
                .with("name", "Notulen Rapat.docx")
                .with("format", "docx")
                .with("default_name", false)
                .with("overwrote", false)
                .with("letter_complete", true)
        )
    );
    assert_eq!(d.dialog, None);
    assert_eq!(
        d.disk
            .find("Arsip", "Notulen Rapat.docx")
            .map(|f| f.size_kb),
        Some(14)
    );
    // Save As starts from there.
    d.update(Action::SaveAs);
    assert!(
        matches!(&d.dialog, Some(Dialog::SaveAs { folder, name, .. }) if folder == "Arsip" && name == "Notulen Rapat")
    );
}

#[test]
fn a_scenario_document_already_saved_saves_in_place() {
    let mut d = Dokumen::new(Scenario {
        text: "Isi".into(),
        saved_as: Some(SavedAs {
            folder: "dokumen".into(),
            name: "Undangan.docx".into(),
        }),
        ..Scenario::default()
    });
    assert_eq!(d.title(), "Undangan.docx");
    assert!(d.disk.find("dokumen", "Undangan.docx").is_some());
    assert_eq!(name(&d.update(Action::Save)), "dokumen.saved");
}

#[test]
fn export_pdf_keeps_the_document_and_makes_a_bigger_file() {
    let mut d = writer();
    d.update(Action::Type("a".repeat(600)));
    let e = d.update(Action::ExportPdf);
    assert_eq!(field(&e, "format"), &text("pdf"));
    let e = save_as(&mut d, "Surat Keluar 2025", "Surat Undangan Rapat");
    assert_eq!(
        e,
        Some(
            SimEvent::new("dokumen.exported_pdf")
                .with("folder", "Surat Keluar 2025")
                .with("name", "Surat Undangan Rapat.pdf")
                .with("size_kb", 44)
                .with("letter_complete", true)
        )
    );
    assert_eq!(d.saved_as, None, "a PDF is a copy");
    assert_eq!(d.title(), "Dokumen1");
    // Save As with PDF chosen is an export too.
    d.update(Action::SaveAs);
    d.update(Action::DialogFormat(Format::Pdf));
    let e = save_as(&mut d, "dokumen", "Salinan");
    assert_eq!(name(&e), "dokumen.exported_pdf");
    assert_eq!(field(&e, "name"), &text("Salinan.pdf"));
}

#[test]
fn folders_in_dialogs_must_exist() {
    let mut d = writer();
    assert_eq!(d.update(Action::DialogFolder("dokumen".into())), None);
    d.update(Action::SaveAs);
    assert_eq!(d.update(Action::DialogFolder("Tidak Ada".into())), None);
    let e = d.update(Action::DialogFolder("Arsip".into()));
    assert_eq!(
        e,
        Some(SimEvent::new("files.folder_opened").with("folder", "Arsip"))
    );
}

#[test]
fn search_finds_in_any_folder_ignoring_case() {
    let mut d = writer();
    assert_eq!(d.update(Action::OpenQuery("x".into())), None);
    assert_eq!(name(&d.update(Action::Open)), "dokumen.open_dialog_opened");
    let e = d.update(Action::OpenQuery("UNDANGAN".into()));
    assert_eq!(
        e,
        Some(
            SimEvent::new("dokumen.searched")
                .with("query", "UNDANGAN")
                .with("found", 1)
                .with("any", true)
        )
    );
    assert_eq!(d.search_results()[0].folder, "Surat Keluar 2025");
    let e = d.update(Action::OpenQuery("foto".into()));
    assert_eq!(
        field(&e, "found"),
        &Value::Int(0),
        "pictures are not listed"
    );
    let e = d.update(Action::OpenQuery("kwitansi".into()));
    assert_eq!(field(&e, "any"), &Value::Bool(false));
    assert_eq!(d.update(Action::OpenQuery("  ".into())), None);
}

#[test]
fn opening_reports_how_the_file_was_found() {
    let open = |d: &mut Dokumen, folder: &str, file: &str| {
        d.update(Action::OpenFile {
            folder: folder.into(),
            name: file.into(),
        })
    };
    let mut d = writer();
    // Dokumen Terakhir.
    d.update(Action::Open);
    assert_eq!(d.recent_files().len(), 1);
    let e = open(&mut d, "Surat Keluar 2025", "Surat Undangan Rapat.docx");
    assert_eq!(
        e,
        Some(
            SimEvent::new("dokumen.opened")
                .with("folder", "Surat Keluar 2025")
                .with("name", "Surat Undangan Rapat.docx")
                .with("format", "docx")
                .with("via", "recent")
        )
    );
    assert_eq!(d.title(), "Surat Undangan Rapat.docx");
    assert_eq!(d.dialog, None);
    // A folder the learner opened.
    d.update(Action::Open);
    d.update(Action::DialogFolder("dokumen".into()));
    let e = open(&mut d, "dokumen", "Laporan Mei.docx");
    assert_eq!(field(&e, "via"), &text("folder"));
    assert_eq!(d.recent[0], ("dokumen".into(), "Laporan Mei.docx".into()));
    assert_eq!(d.recent.len(), 2);
    // The search.
    d.update(Action::Open);
    d.update(Action::OpenQuery("undangan".into()));
    let e = open(&mut d, "Surat Keluar 2025", "Surat Undangan Rapat.docx");
    assert_eq!(field(&e, "via"), &text("search"));
    // Not there, or not a document.
    d.update(Action::Open);
    assert_eq!(open(&mut d, "dokumen", "Hilang.docx"), None);
    assert_eq!(open(&mut d, "unduhan", "foto.jpg"), None);
    assert!(d.documents_in("unduhan").is_empty());
    assert_eq!(d.documents_in("dokumen").len(), 1);
}

#[test]
fn a_file_saved_here_opens_with_its_text_and_saving_puts_it_first_in_recent() {
    let mut d = writer();
    d.update(Action::Type("Notulen rapat".into()));
    d.update(Action::SaveAs);
    save_as(&mut d, "dokumen", "Notulen");
    assert_eq!(d.recent[0], ("dokumen".into(), "Notulen.docx".into()));
    d.update(Action::Open);
    d.update(Action::OpenFile {
        folder: "Surat Keluar 2025".into(),
        name: "Surat Undangan Rapat.docx".into(),
    });
    assert_eq!(d.doc.plain_text(), "Surat Undangan Rapat");
    d.update(Action::Open);
    d.update(Action::OpenFile {
        folder: "dokumen".into(),
        name: "Notulen.docx".into(),
    });
    assert_eq!(d.doc.plain_text(), "Notulen rapat");
}

fn letter_dokumen() -> Dokumen {
    let mut fields = BTreeMap::new();
    for k in letter::FIELDS {
        fields.insert(k.to_owned(), "-".to_owned());
    }
    fields.insert("nip".into(), "198503122010011004".into());
    Dokumen::new(Scenario {
        mode: Mode::Letter,
        letter: fields,
        paper: Paper::F4,
        ..Scenario::default()
    })
}

#[test]
fn the_letter_check_names_each_missing_field() {
    for key in letter::FIELDS {
        let mut d = letter_dokumen();
        d.update(Action::LetterField(key.into(), " ".into()));
        let e = d.update(Action::CheckLetter);
        assert_eq!(
            e,
            Some(
                SimEvent::new("dokumen.letter_checked")
                    .with("complete", false)
                    .with("missing", list(&[key]))
                    .with("opening", false)
                    .with("content", false)
                    .with("closing", false)
            ),
            "{key}"
        );
        assert_eq!(d.letter_check, Some(vec![key.to_owned()]));
        // Saving tells whether the letter was complete.
        d.update(Action::Save);
        let e = d.update(Action::DialogConfirm);
        assert_eq!(field(&e, "letter_complete"), &Value::Bool(false), "{key}");
    }
    let mut d = letter_dokumen();
    let e = d.update(Action::CheckLetter);
    assert_eq!(field(&e, "complete"), &Value::Bool(true));
    d.update(Action::LetterField("nip".into(), "19850312".into()));
    assert_eq!(d.letter_check, None, "a change clears the old result");
    let e = d.update(Action::CheckLetter);
    assert_eq!(field(&e, "missing"), &list(&["nip"]));
    d.update(Action::LetterField("bukan".into(), "x".into()));
    assert!(!d.letter.contains_key("bukan"));
    assert_eq!(d.letter_fields().len(), 11);
    assert_eq!(d.letter_fields()[9], ("nip", "19850312"));
    assert_eq!(writer().update(Action::CheckLetter), None);
}

/// "Isi surat kosong … Klik Urungkan": Urungkan brings back a letter box emptied by
/// mistake, one run of typing in one box at a time.
#[test]
fn urungkan_brings_back_an_emptied_letter_box() {
    let mut d = letter_dokumen();
    d.update(Action::LetterField(
        "isi".into(),
        "Dengan hormat, kami".into(),
    ));
    d.update(Action::LetterField("hal".into(), "Undangan".into()));
    // The learner selects the whole body and deletes it, letter by letter or at once.
    d.update(Action::LetterField("isi".into(), "Dengan".into()));
    d.update(Action::LetterField("isi".into(), String::new()));
    assert_eq!(d.letter["isi"], "");
    assert_eq!(
        d.update(Action::Undo),
        Some(SimEvent::new("dokumen.undone"))
    );
    assert_eq!(d.letter["isi"], "Dengan hormat, kami");
    assert_eq!(
        d.update(Action::Undo),
        Some(SimEvent::new("dokumen.undone"))
    );
    assert_eq!(d.letter["hal"], "-");
    d.update(Action::Undo);
    assert_eq!(d.letter["isi"], "-", "back to the template's text");
    assert_eq!(d.update(Action::Undo), None, "nothing more to undo");
}

#[test]
fn a_letter_pdf_is_sized_from_its_fields() {
    let mut d = letter_dokumen();
    d.update(Action::LetterField("isi".into(), "x".repeat(1000)));
    d.update(Action::ExportPdf);
    let e = d.update(Action::DialogConfirm);
    assert_eq!(field(&e, "letter_complete"), &Value::Bool(true));
    // 1000 + nine "-" + 18 NIP digits + the kop's 75 characters = 1102.
    assert_eq!(field(&e, "size_kb"), &Value::Int(40 + 2 * 3));
}

#[test]
fn printing_checks_the_paper_and_keeps_copies_in_1_to_99() {
    let mut d = letter_dokumen();
    assert_eq!(d.update(Action::Print), None);
    assert_eq!(name(&d.update(Action::OpenPrint)), "dokumen.print_opened");
    d.update(Action::CopiesLess);
    assert!(matches!(d.dialog, Some(Dialog::Print { copies: 1, .. })));
    for _ in 0..120 {
        d.update(Action::CopiesMore);
    }
    assert!(matches!(d.dialog, Some(Dialog::Print { copies: 99, .. })));
    for _ in 0..97 {
        d.update(Action::CopiesLess);
    }
    let e = d.update(Action::Print);
    assert_eq!(
        e,
        Some(
            SimEvent::new("dokumen.printed")
                .with("paper", "a4")
                .with("copies", 2)
                .with("page", "a4")
                .with("paper_ok", false)
        )
    );
    assert_eq!(d.dialog, None);
    // The page laid out on F4 (Tata Letak), then printed on F4.
    d.update(Action::OpenPageSetup);
    d.update(Action::SetupPaper(Paper::F4));
    d.update(Action::DialogConfirm);
    d.update(Action::OpenPrint);
    let e = d.update(Action::SetPaper(Paper::F4));
    assert_eq!(
        e,
        Some(
            SimEvent::new("dokumen.paper_changed")
                .with("paper", "f4")
                .with("dialog", "print")
        )
    );
    let e = d.update(Action::DialogConfirm);
    assert_eq!(field(&e, "paper_ok"), &Value::Bool(true));
    assert_eq!(field(&e, "copies"), &Value::Int(1));
    assert_eq!(
        d.notice,
        Some(Notice::Printed {
            paper: Paper::F4,
            copies: 1
        })
    );
}

fn disposisi() -> Dokumen {
    Dokumen::new(Scenario {
        mode: Mode::Disposisi,
        incoming: Some(Incoming {
            from: "f".into(),
            number: "n".into(),
            date: "d".into(),
            subject: "s".into(),
            body: "b".into(),
        }),
        ..Scenario::default()
    })
}

#[test]
fn a_disposisi_needs_someone_and_an_instruction() {
    let mut d = disposisi();
    let e = d.update(Action::SendDisposition);
    assert_eq!(field(&e, "reason"), &text("no_recipient"));
    assert_eq!(d.disposition.refused.as_deref(), Some("no_recipient"));
    d.update(Action::DispositionTo("Kasi Pemerintahan".into()));
    d.update(Action::DispositionTo("Bupati".into()));
    assert_eq!(d.disposition.to, vec!["Kasi Pemerintahan".to_owned()]);
    assert_eq!(d.disposition.refused, None);
    let e = d.update(Action::SendDisposition);
    assert_eq!(field(&e, "reason"), &text("no_instruction"));
    d.update(Action::DispositionInstruction("hadiri".into()));
    d.update(Action::DispositionInstruction("tindak_lanjuti".into()));
    d.update(Action::DispositionInstruction("arsipkan".into()));
    d.update(Action::DispositionInstruction("arsipkan".into()));
    d.update(Action::DispositionInstruction("terbang".into()));
    d.update(Action::DispositionTo("Sekretaris Camat".into()));
    d.update(Action::DispositionNote("  ".into()));
    let e = d.update(Action::SendDisposition);
    assert_eq!(
        e,
        Some(
            SimEvent::new("dokumen.disposition_sent")
                .with("to", list(&["Sekretaris Camat", "Kasi Pemerintahan"]))
                .with("instruction", list(&["tindak_lanjuti", "hadiri"]))
                .with("has_note", false)
        )
    );
    assert!(d.disposition.sent);
    assert_eq!(d.update(Action::SendDisposition), None, "sent once");
}

#[test]
fn a_disposisi_note_is_reported() {
    let mut d = disposisi();
    d.update(Action::DispositionTo("Kasi Pelayanan Umum".into()));
    d.update(Action::DispositionInstruction("untuk_diketahui".into()));
    d.update(Action::DispositionNote("Mohon hadir".into()));
    let e = d.update(Action::SendDisposition);
    assert_eq!(field(&e, "has_note"), &Value::Bool(true));
    assert_eq!(writer().update(Action::SendDisposition), None);
}

fn tte(registered: bool) -> Dokumen {
    Dokumen::new(Scenario {
        mode: Mode::Tte,
        passphrase: "Rahasia#2025".into(),
        letter: [("hal".to_owned(), "Undangan".to_owned())].into(),
        tte_registered: registered,
        secretary_asks: true,
        ..Scenario::default()
    })
}

#[test]
fn signing_refuses_empty_wrong_and_unregistered() {
    let mut d = tte(true);
    assert_eq!(d.update(Action::ConfirmSign), None);
    assert_eq!(name(&d.update(Action::StartSign)), "dokumen.sign_started");
    let e = d.update(Action::ConfirmSign);
    assert_eq!(field(&e, "reason"), &text("empty"));
    d.update(Action::Passphrase("rahasia#2025".into()));
    let e = d.update(Action::ConfirmSign);
    assert_eq!(field(&e, "reason"), &text("passphrase"));
    assert!(matches!(
        &d.dialog,
        Some(Dialog::Sign { passphrase, error: Some(SignError::Passphrase) }) if passphrase.is_empty()
    ));
    d.update(Action::Passphrase("Rahasia#2025".into()));
    assert!(matches!(&d.dialog, Some(Dialog::Sign { error: None, .. })));
    assert_eq!(
        d.update(Action::ConfirmSign),
        Some(SimEvent::new("dokumen.signed"))
    );
    assert!(d.signed);
    assert_eq!(d.dialog, None);
    assert_eq!(d.update(Action::StartSign), None, "signed once");

    let mut d = tte(false);
    d.update(Action::StartSign);
    d.update(Action::Passphrase("Rahasia#2025".into()));
    let e = d.update(Action::ConfirmSign);
    assert_eq!(field(&e, "reason"), &text("not_registered"));
    assert!(!d.signed);
    assert_eq!(writer().update(Action::StartSign), None);
}

#[test]
fn the_secretary_is_answered_once() {
    let mut d = tte(true);
    assert!(d.secretary_asks);
    assert_eq!(
        d.letter_fields()[4],
        ("hal", "Undangan"),
        "the letter to sign"
    );
    d.update(Action::LetterField("hal".into(), "Lain".into()));
    assert_eq!(d.letter_fields()[4], ("hal", "Undangan"), "not editable");
    let e = d.update(Action::AnswerSecretary(true));
    assert_eq!(
        e,
        Some(SimEvent::new("dokumen.secretary_answered").with("shared", true))
    );
    assert_eq!(d.secretary_answer, Some(true));
    assert_eq!(d.update(Action::AnswerSecretary(false)), None);
    let mut d = tte(true);
    let e = d.update(Action::AnswerSecretary(false));
    assert_eq!(field(&e, "shared"), &Value::Bool(false));
    assert_eq!(writer().update(Action::AnswerSecretary(false)), None);
}

fn with_email() -> Dokumen {
    Dokumen::new(Scenario {
        email: Some(email::Scenario {
            address: "budi.santoso@sukamajukab.go.id".into(),
            password: "Sukamaju#2025".into(),
            signed_in: true,
            remember: false,
            messages: Vec::new(),
            files: vec![file("unduhan", "Undangan.pdf", 200)],
        }),
        ..Scenario::default()
    })
}

#[test]
fn a_pdf_saved_in_the_writer_can_be_attached_in_the_webmail() {
    let mut d = with_email();
    assert!(d.disk.find("unduhan", "Undangan.pdf").is_some());
    d.update(Action::Type("Laporan kegiatan".into()));
    d.update(Action::ExportPdf);
    save_as(&mut d, "dokumen", "Laporan Kegiatan");
    // Mail actions do nothing while the writer is in front.
    assert_eq!(d.update(Action::Email(email::Action::Compose)), None);
    let e = d.update(Action::SwitchApp(App::Email));
    assert_eq!(
        e,
        Some(SimEvent::new("dokumen.app_switched").with("app", "email"))
    );
    assert_eq!(d.update(Action::SwitchApp(App::Email)), None);
    // Writer actions do nothing while the webmail is in front.
    assert_eq!(d.update(Action::Type("x".into())), None);
    assert_eq!(
        name(&d.update(Action::Email(email::Action::Compose))),
        "email.compose_started"
    );
    d.update(Action::Email(email::Action::OpenPicker));
    d.update(Action::Email(email::Action::PickFile(
        "Laporan Kegiatan.pdf".into(),
    )));
    let e = d.update(Action::Email(email::Action::AttachChosen));
    assert_eq!(
        e,
        Some(
            SimEvent::new("email.attachment_added")
                .with("name", "Laporan Kegiatan.pdf")
                .with("format", "pdf")
        )
    );
    // A download in the webmail is on the writer's disk once it is back in front.
    let mail = d.email.as_mut().expect("webmail");
    mail.disk.download("Balasan.pdf", 50);
    assert_eq!(
        name(&d.update(Action::SwitchApp(App::Writer))),
        "dokumen.app_switched"
    );
    assert!(d.disk.find("unduhan", "Balasan.pdf").is_some());
}

#[test]
fn without_the_webmail_there_is_nothing_to_switch_to() {
    let mut d = writer();
    assert_eq!(d.update(Action::SwitchApp(App::Email)), None);
    assert_eq!(d.app, App::Writer);
}

#[test]
fn the_page_is_still_while_a_dialog_is_open() {
    let mut d = writer();
    d.update(Action::SaveAs);
    assert_eq!(d.update(Action::Type("x".into())), None);
    assert_eq!(d.doc.plain_text(), "");
}

#[test]
fn the_state_survives_a_snapshot() {
    let mut d = with_email();
    d.update(Action::Type("Halo".into()));
    d.update(Action::SwitchApp(App::Email));
    let json = serde_json::to_string(&d).expect("serialises");
    let back: Dokumen = serde_json::from_str(&json).expect("deserialises");
    assert_eq!(back.doc.plain_text(), "Halo");
    assert_eq!(back.app, App::Email);
    assert_eq!(back.email, d.email);
    assert_eq!(back.disk, d.disk);
}

/// Every event of a tour through all the tool's actions is in the contract, with exactly
/// the contract's fields and types.
#[test]
fn every_event_keeps_to_the_contract() {
    use crate::sim::contract::{self, FieldType};
    let mut seen = std::collections::BTreeSet::new();
    let mut check = |e: Option<SimEvent>| {
        let Some(e) = e else { return };
        let spec = contract::event(&e.name).unwrap_or_else(|| panic!("{} unknown", e.name));
        assert!(spec.comes_from("dokumen"), "{}", e.name);
        assert_eq!(e.fields.len(), spec.fields.len(), "{}", e.name);
        for (k, v) in &e.fields {
            let ok = matches!(
                (spec.field(k), v),
                (Some(FieldType::Text), Value::Text(_))
                    | (Some(FieldType::Int), Value::Int(_))
                    | (Some(FieldType::Bool), Value::Bool(_))
                    | (Some(FieldType::List), Value::List(_))
            );
            assert!(ok, "{}.{k} = {v:?}", e.name);
        }
        seen.insert(e.name);
    };
    let writing = [
        Action::Type("Rapat".into()),
        Action::Enter,
        Action::Backspace,
        Action::Delete,
        Action::Move(Move::Home, true),
        Action::ClickAt(Pos::default(), true),
        Action::SelectAll,
        Action::Press {
            at: Pos::default(),
            clicks: 3,
            shift: false,
        },
        Action::ToggleBold,
        Action::SetSize(14),
        Action::SetAlign(Align::Center),
        Action::Undo,
        Action::Redo,
        Action::Save,
        Action::DialogName("Laporan Mei".into()),
        Action::DialogConfirm,
        Action::OverwriteAnswer(false),
        Action::DialogName("A/B".into()),
        Action::DialogConfirm,
        Action::DialogFolder("Arsip".into()),
        Action::DialogName("Baru".into()),
        Action::DialogConfirm,
        Action::ExportPdf,
        Action::DialogConfirm,
        Action::Open,
        Action::OpenQuery("laporan".into()),
        Action::OpenFile {
            folder: "dokumen".into(),
            name: "Laporan Mei.docx".into(),
        },
        Action::OpenPageSetup,
        Action::SetupPaper(Paper::F4),
        Action::ConfirmPageSetup,
        Action::OpenPrint,
        Action::SetPaper(Paper::F4),
        Action::CopiesMore,
        Action::Print,
    ];
    let mut d = writer();
    for a in writing {
        check(d.update(a));
    }
    let mut d = letter_dokumen();
    check(d.update(Action::CheckLetter));
    check(d.update(Action::LetterField("isi".into(), "Dengan hormat,".into())));
    let mut d = disposisi();
    check(d.update(Action::SendDisposition));
    d.update(Action::DispositionTo("Kasi Pemerintahan".into()));
    d.update(Action::DispositionInstruction("hadiri".into()));
    check(d.update(Action::SendDisposition));
    let mut d = tte(true);
    check(d.update(Action::AnswerSecretary(false)));
    check(d.update(Action::StartSign));
    check(d.update(Action::ConfirmSign));
    d.update(Action::Passphrase("Rahasia#2025".into()));
    check(d.update(Action::ConfirmSign));
    let mut d = berkas_dokumen();
    check(d.update(Action::SendToLaptop(0)));
    check(d.update(Action::ShowExtensions(true)));
    check(d.update(Action::Combine));
    check(d.update(Action::ToggleFile("IMG-1.jpg".into())));
    check(d.update(Action::Combine));
    check(d.update(Action::ToggleFile("Gabungan.pdf".into())));
    check(d.update(Action::Compress));
    check(d.update(Action::ToggleFile("Gabungan.pdf".into())));
    check(d.update(Action::Compress));
    check(d.update(Action::StartRename));
    d.update(Action::RenameText("2025-05-20_Surat".into()));
    check(d.update(Action::ConfirmRename));
    let mut d = with_email();
    check(d.update(Action::SwitchApp(App::Email)));
    check(d.update(Action::Email(email::Action::Compose)));
    let dokumen_events = contract::all()
        .filter(|e| e.sim() == "dokumen")
        .map(|e| e.name.to_owned());
    for name in dokumen_events {
        assert!(seen.contains(&name), "the tour never emitted {name}");
    }
}

#[test]
fn a_drag_selects_from_the_press_to_the_release_and_reports_once() {
    let mut d = Dokumen::new(Scenario {
        text: "PENGUMUMAN\nRapat staf hari Selasa".into(),
        ..Scenario::default()
    });
    let at = |para, offset| Pos { para, offset };
    // The press only puts the caret there; the moves shade without an event each.
    let press = Action::Press {
        at: at(0, 0),
        clicks: 1,
        shift: false,
    };
    assert_eq!(d.update(press), None);
    assert_eq!(d.update(Action::DragTo(at(1, 3))), None);
    assert_eq!(d.update(Action::DragTo(at(0, 10))), None);
    let e = d.update(Action::Release);
    assert_eq!(name(&e), "dokumen.selected");
    assert_eq!(field(&e, "text"), &text("PENGUMUMAN"));
    assert_eq!(field(&e, "whole_paragraph"), &Value::Bool(true));
    assert_eq!(d.doc.selection(), Some((at(0, 0), at(0, 10))));
    // After the release, moving the pointer selects nothing more; a second release is nothing.
    assert_eq!(d.update(Action::DragTo(at(1, 5))), None);
    assert_eq!(d.update(Action::Release), None);
    assert_eq!(d.doc.selected_text(), "PENGUMUMAN");
    // Bold acts on what the drag selected.
    let e = d.update(Action::ToggleBold);
    assert_eq!(field(&e, "target"), &text("PENGUMUMAN"));
    assert_eq!(d.doc.style_at(at(0, 3)), (true, 12));
    assert!(!d.doc.style_at(at(1, 3)).0);
    // A click without moving selects nothing and reports nothing.
    d.update(Action::Press {
        at: at(1, 2),
        clicks: 1,
        shift: false,
    });
    assert_eq!(d.update(Action::Release), None);
    assert_eq!(d.doc.selection(), None);
    // Shift+click selects up to the click at once; a double click a word.
    let e = d.update(Action::Press {
        at: at(1, 10),
        clicks: 1,
        shift: true,
    });
    assert_eq!(field(&e, "text"), &text("pat staf"));
    let e = d.update(Action::Press {
        at: at(1, 17),
        clicks: 2,
        shift: false,
    });
    assert_eq!(field(&e, "text"), &text("Selasa"));
    assert_eq!(field(&e, "whole_paragraph"), &Value::Bool(false));
}

#[test]
fn typing_the_body_reports_its_parts_and_the_check_too() {
    let mut d = letter_dokumen();
    let e = d.update(Action::LetterField("isi".into(), "Dengan hormat,".into()));
    assert_eq!(name(&e), "dokumen.letter_edited");
    assert_eq!(field(&e, "field"), &text("isi"));
    assert_eq!(field(&e, "opening"), &Value::Bool(true));
    assert_eq!(field(&e, "content"), &Value::Bool(false));
    let body = "Dengan hormat, kami mengundang Saudara hadir dalam rapat koordinasi posyandu \
        hari Selasa, 27 Mei 2025. Demikian, terima kasih.";
    let e = d.update(Action::LetterField("isi".into(), body.into()));
    assert_eq!(field(&e, "content"), &Value::Bool(true));
    assert_eq!(field(&e, "closing"), &Value::Bool(true));
    let e = d.update(Action::CheckLetter);
    assert_eq!(field(&e, "complete"), &Value::Bool(true));
    assert_eq!(field(&e, "opening"), &Value::Bool(true));
    assert_eq!(field(&e, "content"), &Value::Bool(true));
    assert_eq!(field(&e, "closing"), &Value::Bool(true));
}

#[test]
fn f4_is_chosen_in_tata_letak_and_the_print_dialog_follows_the_document() {
    let mut d = letter_dokumen(); // the office wants F4
    assert_eq!(d.page, Paper::A4, "a new document is A4");
    let e = d.update(Action::OpenPageSetup);
    assert_eq!(name(&e), "dokumen.page_setup_opened");
    let e = d.update(Action::SetupPaper(Paper::F4));
    assert_eq!(name(&e), "dokumen.paper_changed");
    assert_eq!(field(&e, "dialog"), &text("page_setup"));
    d.update(Action::SetupMargins(page_setup::Margins::Naskah));
    // Batal keeps the document as it was.
    d.update(Action::DialogCancel);
    assert_eq!(d.page, Paper::A4);
    d.update(Action::OpenPageSetup);
    d.update(Action::SetupPaper(Paper::F4));
    let e = d.update(Action::ConfirmPageSetup);
    assert_eq!(name(&e), "dokumen.page_set_up");
    assert_eq!(field(&e, "paper"), &text("f4"));
    assert_eq!(field(&e, "margins"), &text("normal"));
    assert_eq!(field(&e, "paper_ok"), &Value::Bool(true));
    assert_eq!(d.page, Paper::F4);
    // The print dialog starts on the document's paper; + counts the copies.
    d.update(Action::OpenPrint);
    assert_eq!(
        d.dialog,
        Some(Dialog::Print {
            paper: Paper::F4,
            copies: 1
        })
    );
    let e = d.update(Action::CopiesMore);
    assert_eq!(name(&e), "dokumen.copies_changed");
    assert_eq!(field(&e, "copies"), &Value::Int(2));
    let e = d.update(Action::Print);
    assert_eq!(field(&e, "page"), &text("f4"));
    assert_eq!(field(&e, "paper_ok"), &Value::Bool(true));
    // F4 picked only in the print dialog, the page still A4: not what the office wants.
    let mut d = letter_dokumen();
    d.update(Action::OpenPrint);
    d.update(Action::SetPaper(Paper::F4));
    let e = d.update(Action::Print);
    assert_eq!(field(&e, "paper"), &text("f4"));
    assert_eq!(field(&e, "page"), &text("a4"));
    assert_eq!(field(&e, "paper_ok"), &Value::Bool(false));
}

fn berkas_dokumen() -> Dokumen {
    Dokumen::new(Scenario {
        mode: Mode::Berkas,
        phone: vec![
            berkas::PhoneFile {
                name: "IMG-1.jpg".into(),
                size_kb: 2400,
                from: "Bu Sari".into(),
            },
            berkas::PhoneFile {
                name: "IMG-2.jpg".into(),
                size_kb: 2300,
                from: "Bu Sari".into(),
            },
        ],
        files: vec![
            DiskFile {
                folder: "unduhan".into(),
                name: "surat.pdf".into(),
                size_kb: 180,
            },
            DiskFile {
                folder: "unduhan".into(),
                name: "surat.docx".into(),
                size_kb: 25,
            },
        ],
        ..Scenario::default()
    })
}

#[test]
fn photos_from_the_phone_become_one_small_well_named_pdf() {
    let mut d = berkas_dokumen();
    // Kirim ke laptop: into Unduhan, the phone's name kept.
    let e = d.update(Action::SendToLaptop(0));
    assert_eq!(name(&e), "dokumen.file_received");
    assert_eq!(field(&e, "name"), &text("IMG-1.jpg"));
    assert_eq!(field(&e, "format"), &text("jpg"));
    d.update(Action::SendToLaptop(1));
    assert_eq!(
        d.disk.find("unduhan", "IMG-2.jpg").map(|f| f.size_kb),
        Some(2300)
    );
    assert!(d.berkas.phone.iter().all(|(_, sent)| *sent));
    assert_eq!(d.update(Action::SendToLaptop(7)), None);
    // Hidden extensions: both "surat" files look the same until they are shown.
    assert_eq!(berkas::shown_name("surat.pdf", false), "surat");
    assert_eq!(berkas::shown_name("surat.docx", false), "surat");
    assert_eq!(berkas::shown_name("surat.pdf", true), "surat.pdf");
    let e = d.update(Action::ShowExtensions(true));
    assert_eq!(field(&e, "on"), &Value::Bool(true));
    // Two photos ticked, one PDF as big as both.
    let e = d.update(Action::ToggleFile("IMG-1.jpg".into()));
    assert_eq!(field(&e, "count"), &Value::Int(1));
    d.update(Action::ToggleFile("IMG-2.jpg".into()));
    let e = d.update(Action::Combine);
    assert_eq!(name(&e), "dokumen.files_combined");
    assert_eq!(field(&e, "count"), &Value::Int(2));
    assert_eq!(field(&e, "size_kb"), &Value::Int(4700));
    assert_eq!(field(&e, "under_limit"), &Value::Bool(false));
    assert_eq!(d.berkas.selected, vec![berkas::COMBINED_NAME.to_owned()]);
    // Kecilkan ukuran: under 300 KB, once.
    let e = d.update(Action::Compress);
    assert_eq!(field(&e, "size_kb"), &Value::Int(235));
    assert_eq!(field(&e, "under_limit"), &Value::Bool(true));
    let e = d.update(Action::Compress);
    assert_eq!(field(&e, "size_kb"), &Value::Int(235), "not smaller again");
    // Ganti nama keeps .pdf; typing it too does not double it; a made-up name is flagged.
    let e = d.update(Action::StartRename);
    assert_eq!(field(&e, "name"), &text("Gabungan.pdf"));
    assert_eq!(d.berkas.renaming, Some(("Gabungan".into(), None)));
    d.update(Action::RenameText("a/b".into()));
    assert_eq!(d.update(Action::ConfirmRename), None);
    assert_eq!(
        d.berkas.renaming.as_ref().and_then(|(_, p)| *p),
        Some(NameRefusal::Character('/'))
    );
    d.update(Action::RenameText(
        "2025-05-20_Surat_Tugas_Posyandu.pdf".into(),
    ));
    let e = d.update(Action::ConfirmRename);
    assert_eq!(
        field(&e, "name"),
        &text("2025-05-20_Surat_Tugas_Posyandu.pdf")
    );
    assert_eq!(field(&e, "made_up_name"), &Value::Bool(false));
    assert_eq!(field(&e, "has_date"), &Value::Bool(true));
    assert_eq!(field(&e, "under_limit"), &Value::Bool(true));
    assert!(d.disk.find("unduhan", "Gabungan.pdf").is_none());
    assert_eq!(
        d.disk
            .find("unduhan", "2025-05-20_Surat_Tugas_Posyandu.pdf")
            .map(|f| f.size_kb),
        Some(235)
    );
    // The renamed file is still known as made smaller.
    let e = d.update(Action::Compress);
    assert_eq!(field(&e, "size_kb"), &Value::Int(235));
    d.update(Action::StartRename);
    d.update(Action::RenameText("IMG-20250520".into()));
    let e = d.update(Action::ConfirmRename);
    assert_eq!(field(&e, "made_up_name"), &Value::Bool(true));
}

#[test]
fn only_pictures_and_pdfs_are_combined_and_only_one_pdf_is_made_smaller() {
    let mut d = berkas_dokumen();
    let e = d.update(Action::Combine);
    assert_eq!(field(&e, "reason"), &text("none_selected"));
    d.update(Action::ToggleFile("surat.docx".into()));
    let e = d.update(Action::Combine);
    assert_eq!(field(&e, "reason"), &text("not_a_picture"));
    let e = d.update(Action::Compress);
    assert_eq!(field(&e, "reason"), &text("not_pdf"));
    d.update(Action::ToggleFile("surat.pdf".into()));
    let e = d.update(Action::Compress);
    assert_eq!(field(&e, "reason"), &text("select_one"));
    // A file that is not in the folder cannot be ticked.
    assert_eq!(d.update(Action::ToggleFile("nothing.pdf".into())), None);
}
