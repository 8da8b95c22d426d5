use super::*;
use crate::sim::files::DiskFile;
use crate::sim::{SimEvent, Value, contract};

fn person(id: &str, name: &str, jabatan: &str) -> Person {
    Person {
        id: id.into(),
        name: name.into(),
        jabatan: jabatan.into(),
    }
}

fn letter(id: &str, kotak: Kotak, hal: &str) -> Naskah {
    Naskah {
        id: id.into(),
        kotak,
        nomor: format!("005/2{}/Dinkes/2025", id.len()),
        tanggal: "2025-07-07".into(),
        asal: "Dinas Kesehatan Kabupaten Sukamaju".into(),
        hal: hal.into(),
        sifat: "biasa".into(),
        urgensi: "segera".into(),
        jenis: "undangan".into(),
        file: format!("{id}.pdf"),
        size_kb: 180,
        isi: "Dengan hormat".into(),
        read: false,
        history: vec![HistoryStep {
            from: "Sekretaris Camat".into(),
            to: "Camat".into(),
            instruction: "Mohon arahan".into(),
            date: "2025-07-07".into(),
        }],
        signed: false,
        pdf_fresh: false,
    }
}

fn scenario() -> Scenario {
    Scenario {
        name: "Rina Marlina".into(),
        jabatan: "Kasi Pemerintahan".into(),
        username: "199005122015032001".into(),
        password: "Srikandi#2025".into(),
        signed_in: false,
        today: "2025-07-08".into(),
        naskah: vec![
            letter("undangan", Kotak::Masuk, "Undangan Rapat Posyandu"),
            letter("copy", Kotak::Tembusan, "Jadwal Vaksinasi"),
            letter("memo", Kotak::TandaTangan, "Permintaan ATK"),
            letter("old", Kotak::Arsip, "Laporan Bulan Mei Posyandu"),
            letter("check", Kotak::Verifikasi, "Data Penduduk"),
        ],
        disposisi: vec![
            Disposisi {
                id: "d1".into(),
                naskah: "undangan".into(),
                from: "Camat Sukamaju".into(),
                instruction: "Teruskan ke staf untuk disiapkan".into(),
                deadline: "2025-07-10".into(),
                read: false,
                status: DispStatus::Baru,
                expect_to: vec!["dedi".into()],
            },
            Disposisi {
                id: "late".into(),
                naskah: "undangan".into(),
                from: "Camat Sukamaju".into(),
                instruction: "Laporkan".into(),
                deadline: "2025-07-07".into(),
                read: false,
                status: DispStatus::Baru,
                expect_to: vec![],
            },
        ],
        drafts: vec![Draft {
            id: "nd".into(),
            jenis: "nota_dinas".into(),
            sifat: "biasa".into(),
            urgensi: "biasa".into(),
            klasifikasi: "027".into(),
            hal: "Permintaan ATK".into(),
            tujuan: vec!["sekcam".into()],
            verifikator: "sekcam".into(),
            penandatangan: "camat".into(),
            nomor: "027/120/Kec.Skj/2025".into(),
            status: DraftStatus::PerluPerbaikan,
            note: "Tembusan belum ada".into(),
            fix: "tembusan".into(),
            ..Draft::default()
        }],
        people: vec![
            person("dedi", "Dedi Kurniawan", "Pengadministrasi Pemerintahan"),
            person("ani", "Ani Lestari", "Pengadministrasi Umum"),
            person("sekcam", "Hendra Wijaya", "Sekretaris Camat"),
            person("camat", "Ahmad Fauzi", "Camat Sukamaju"),
        ],
        klasifikasi: model::default_klasifikasi(),
        next_number: 131,
        number_suffix: "Kec.Skj/2025".into(),
        passphrase: "Melati2025".into(),
        certificate: Certificate::Aktif,
        secretary_asks: true,
        files: vec![
            DiskFile {
                folder: "Surat Keluar 2025".into(),
                name: "Nota_Dinas.docx".into(),
                size_kb: 14,
            },
            DiskFile {
                folder: "Surat Keluar 2025".into(),
                name: "Foto.jpg".into(),
                size_kb: 900,
            },
        ],
    }
}

fn signed_in() -> Srikandi {
    let mut s = Srikandi::new(Scenario {
        signed_in: true,
        ..scenario()
    });
    s.notice = None;
    s
}

fn name(e: Option<SimEvent>) -> String {
    e.map(|e| e.name).unwrap_or_default()
}

fn field(e: &Option<SimEvent>, f: &str) -> Value {
    e.as_ref()
        .and_then(|e| e.fields.get(f).cloned())
        .unwrap_or_else(|| panic!("no {f} in {e:?}"))
}

#[test]
fn sign_in_needs_both_boxes_and_the_right_password() {
    let mut s = Srikandi::new(scenario());
    assert_eq!(s.view, View::SignIn);
    let e = s.update(Action::SignIn);
    assert_eq!(field(&e, "reason"), Value::from("empty"));
    s.update(Action::Username("199005122015032001".into()));
    s.update(Action::Password("salah".into()));
    let e = s.update(Action::SignIn);
    assert_eq!(field(&e, "reason"), Value::from("wrong"));
    assert!(s.password_input.is_empty(), "a wrong password is cleared");
    // Nothing else works before signing in.
    assert_eq!(s.update(Action::OpenList(List::Masuk)), None);
    s.update(Action::Password("Srikandi#2025".into()));
    assert_eq!(name(s.update(Action::SignIn)), "srikandi.signed_in");
    assert_eq!(s.view, View::Home);
    assert_eq!(name(s.update(Action::SignOut)), "srikandi.signed_out");
    assert_eq!(s.view, View::SignIn);
}

#[test]
fn the_home_tiles_count_what_waits_and_go_down_as_it_is_read() {
    let mut s = signed_in();
    let count = |s: &Srikandi, l: List| s.tiles().iter().find(|(t, _)| *t == l).map(|t| t.1);
    assert_eq!(count(&s, List::Masuk), Some(1));
    assert_eq!(count(&s, List::Disposisi), Some(2));
    assert_eq!(count(&s, List::TindakLanjut), Some(2));
    assert_eq!(count(&s, List::Verifikasi), Some(1));
    assert_eq!(count(&s, List::TandaTangan), Some(1));
    assert_eq!(count(&s, List::Tembusan), Some(1));
    let e = s.update(Action::OpenList(List::Masuk));
    assert_eq!(field(&e, "list"), Value::from("masuk"));
    s.update(Action::Open("undangan".into()));
    assert_eq!(count(&s, List::Masuk), Some(0));
    s.update(Action::OpenDisposisi("d1".into()));
    assert_eq!(count(&s, List::Disposisi), Some(1));
    assert_eq!(count(&s, List::TindakLanjut), Some(2), "read is not done");
}

#[test]
fn a_naskah_shows_its_pdf_its_history_and_downloads_to_the_shared_disk() {
    let mut s = signed_in();
    let e = s.update(Action::Open("undangan".into()));
    assert_eq!(field(&e, "list"), Value::from("masuk"));
    assert_eq!(field(&e, "from_search"), Value::Bool(false));
    assert_eq!(
        name(s.update(Action::ShowTab(Tab::Pdf))),
        "srikandi.pdf_viewed"
    );
    assert_eq!(s.update(Action::ShowTab(Tab::Pdf)), None, "already shown");
    let e = s.update(Action::ShowTab(Tab::Riwayat));
    assert_eq!(field(&e, "steps"), Value::Int(1));
    let e = s.update(Action::Download);
    assert_eq!(field(&e, "name"), Value::from("undangan.pdf"));
    assert!(s.disk.find("unduhan", "undangan.pdf").is_some());
    let e = s.update(Action::Download);
    assert_eq!(field(&e, "name"), Value::from("undangan (1).pdf"));
}

#[test]
fn a_disposisi_shows_its_deadline_in_days() {
    let mut s = signed_in();
    let e = s.update(Action::OpenDisposisi("d1".into()));
    assert_eq!(field(&e, "days_left"), Value::Int(2));
    let e = s.update(Action::OpenDisposisi("late".into()));
    assert_eq!(field(&e, "days_left"), Value::Int(-1));
    assert_eq!(s.update(Action::OpenDisposisi("none".into())), None);
}

#[test]
fn passing_a_disposisi_on_needs_a_person_and_an_instruction_and_catches_the_wrong_person() {
    let mut s = signed_in();
    s.update(Action::OpenDisposisi("d1".into()));
    assert_eq!(s.update(Action::SubmitFollow), None, "no form open yet");
    let e = s.update(Action::Follow(FollowKind::Teruskan));
    assert_eq!(field(&e, "action"), Value::from("teruskan"));
    let e = s.update(Action::SubmitFollow);
    assert_eq!(field(&e, "reason"), Value::from("no_recipient"));
    s.update(Action::ToggleTo("ani".into()));
    let e = s.update(Action::SubmitFollow);
    assert_eq!(field(&e, "reason"), Value::from("no_instruction"));
    s.update(Action::Instruction("siapkan_bahan".into()));
    s.update(Action::Instruction("not-a-key".into()));
    let e = s.update(Action::SubmitFollow);
    assert_eq!(name(e.clone()), "srikandi.disposition_forwarded");
    assert_eq!(
        field(&e, "as_instructed"),
        Value::Bool(false),
        "Ani is not named"
    );
    assert_eq!(field(&e, "instruction"), Value::from("siapkan_bahan"));
    assert_eq!(
        s.disposisi("d1").map(|d| d.status),
        Some(DispStatus::Diteruskan)
    );
    // It cannot be passed on twice.
    assert_eq!(s.update(Action::Follow(FollowKind::Teruskan)), None);

    let mut s = signed_in();
    s.update(Action::OpenDisposisi("d1".into()));
    s.update(Action::Follow(FollowKind::Teruskan));
    s.update(Action::ToggleTo("dedi".into()));
    s.update(Action::ToggleTo("ani".into()));
    s.update(Action::ToggleTo("ani".into()));
    s.update(Action::ToggleTo("stranger".into()));
    s.update(Action::Instruction("siapkan_bahan".into()));
    s.update(Action::FollowText("Mohon data Posyandu".into()));
    let e = s.update(Action::SubmitFollow);
    assert_eq!(field(&e, "to"), Value::List(vec!["dedi".into()]));
    assert_eq!(field(&e, "as_instructed"), Value::Bool(true));
    assert_eq!(field(&e, "has_note"), Value::Bool(true));
    let history = &s.naskah("undangan").expect("letter").history;
    assert_eq!(history.len(), 2, "the step is added to the history");
    assert_eq!(history[1].to, "Pengadministrasi Pemerintahan");
}

#[test]
fn finishing_a_disposisi_needs_a_report_and_says_when_it_is_late() {
    let mut s = signed_in();
    s.update(Action::OpenDisposisi("late".into()));
    s.update(Action::Follow(FollowKind::Selesai));
    s.update(Action::FollowText("   ".into()));
    let e = s.update(Action::SubmitFollow);
    assert_eq!(field(&e, "reason"), Value::from("no_report"));
    assert_eq!(
        s.disposisi("late").map(|d| d.status),
        Some(DispStatus::Baru)
    );
    s.update(Action::FollowText("Sudah hadir, notulen terlampir".into()));
    let e = s.update(Action::SubmitFollow);
    assert_eq!(field(&e, "report_words"), Value::Int(4));
    assert_eq!(field(&e, "late"), Value::Bool(true));
    assert_eq!(
        s.disposisi("late").map(|d| d.status),
        Some(DispStatus::Selesai)
    );
    assert!(s.follow.is_none());
}

#[test]
fn a_reply_needs_words() {
    let mut s = signed_in();
    s.update(Action::OpenDisposisi("d1".into()));
    s.update(Action::Follow(FollowKind::Balas));
    let e = s.update(Action::SubmitFollow);
    assert_eq!(field(&e, "reason"), Value::from("no_reply"));
    s.update(Action::FollowText("Siap, Pak".into()));
    let e = s.update(Action::SubmitFollow);
    assert_eq!(field(&e, "words"), Value::Int(2));
    assert_eq!(
        s.disposisi("d1").map(|d| d.status),
        Some(DispStatus::Dibalas)
    );
}

#[test]
fn an_upload_takes_a_docx_or_pdf_from_the_shared_disk_only() {
    let mut s = signed_in();
    let e = s.update(Action::NewDraft { template: false });
    assert_eq!(field(&e, "source"), Value::from("upload"));
    assert!(matches!(s.view, View::Picker { .. }));
    s.update(Action::PickerFolder("Surat Keluar 2025".into()));
    s.update(Action::PickerFolder("Tidak Ada".into()));
    assert!(matches!(&s.view, View::Picker { folder, .. } if folder == "Surat Keluar 2025"));
    let e = s.update(Action::PickFile {
        folder: "Surat Keluar 2025".into(),
        name: "Foto.jpg".into(),
    });
    assert_eq!(field(&e, "format"), Value::from("jpg"));
    assert_eq!(name(e), "srikandi.upload_refused");
    let e = s.update(Action::PickFile {
        folder: "Surat Keluar 2025".into(),
        name: "Nota_Dinas.docx".into(),
    });
    assert_eq!(name(e), "srikandi.file_uploaded");
    assert!(matches!(&s.view, View::Draft(_)));
    assert_eq!(
        s.drafts.last().map(|d| d.file.as_str()),
        Some("Nota_Dinas.docx")
    );
}

#[test]
fn a_template_draft_is_filled_numbered_and_sent_only_when_complete() {
    let mut s = signed_in();
    s.update(Action::NewDraft { template: true });
    let e = s.update(Action::SaveDraft);
    assert_eq!(field(&e, "complete"), Value::Bool(false));
    let e = s.update(Action::TakeNumber);
    assert_eq!(field(&e, "reason"), Value::from("no_jenis"));
    let set = |s: &mut Srikandi, f: &str, v: &str| {
        s.update(Action::SetField {
            field: f.into(),
            value: v.into(),
        })
    };
    assert_eq!(set(&mut s, "jenis", "memo_pribadi"), None, "unknown value");
    let e = set(&mut s, "jenis", "surat_dinas");
    assert_eq!(field(&e, "value"), Value::from("surat_dinas"));
    let e = s.update(Action::TakeNumber);
    assert_eq!(field(&e, "reason"), Value::from("no_klasifikasi"));
    set(&mut s, "klasifikasi", "005");
    let e = s.update(Action::TakeNumber);
    assert_eq!(field(&e, "nomor"), Value::from("005/131/Kec.Skj/2025"));
    assert_eq!(s.update(Action::TakeNumber), None, "one number per naskah");
    let e = s.update(Action::SendDraft);
    assert_eq!(
        field(&e, "missing"),
        Value::List(vec![
            "sifat".into(),
            "urgensi".into(),
            "hal".into(),
            "tujuan".into(),
            "verifikator".into(),
            "penandatangan".into()
        ])
    );
    set(&mut s, "sifat", "biasa");
    set(&mut s, "urgensi", "segera");
    s.update(Action::Hal("Undangan Rapat Koordinasi".into()));
    let e = s.update(Action::ToggleTujuan("dedi".into()));
    assert_eq!(field(&e, "added"), Value::Bool(true));
    s.update(Action::ToggleTembusan("sekcam".into()));
    let e = s.update(Action::SaveDraft);
    assert_eq!(field(&e, "complete"), Value::Bool(true));
    set(&mut s, "verifikator", "sekcam");
    set(&mut s, "penandatangan", "camat");
    let e = s.update(Action::SendDraft);
    assert_eq!(name(e.clone()), "srikandi.sent_for_review");
    assert_eq!(field(&e, "tembusan"), Value::List(vec!["sekcam".into()]));
    assert_eq!(field(&e, "revision"), Value::Bool(false));
    assert_eq!(field(&e, "fixed"), Value::Bool(true));
    // Sent: it waits for the verifikator and cannot be changed meanwhile.
    assert_eq!(set(&mut s, "sifat", "rahasia"), None);
    assert_eq!(
        s.drafts.last().map(|d| d.status),
        Some(DraftStatus::Verifikasi)
    );
}

#[test]
fn a_draft_sent_back_says_whether_the_note_was_followed() {
    let mut s = signed_in();
    let e = s.update(Action::OpenDraft("nd".into()));
    assert_eq!(field(&e, "status"), Value::from("perlu_perbaikan"));
    s.update(Action::Hal("Permintaan Alat Tulis Kantor".into()));
    let e = s.update(Action::SendDraft);
    assert_eq!(field(&e, "revision"), Value::Bool(true));
    assert_eq!(
        field(&e, "fixed"),
        Value::Bool(false),
        "the note asked for tembusan"
    );

    let mut s = signed_in();
    s.update(Action::OpenDraft("nd".into()));
    s.update(Action::ToggleTembusan("ani".into()));
    let e = s.update(Action::SendDraft);
    assert_eq!(field(&e, "fixed"), Value::Bool(true));
    assert_eq!(field(&e, "times"), Value::Int(1));
}

#[test]
fn signing_refuses_an_empty_box_a_wrong_passphrase_and_an_unregistered_or_expired_certificate() {
    let mut s = signed_in();
    assert_eq!(s.update(Action::StartSign), None, "no memo on screen");
    s.update(Action::Open("memo".into()));
    assert_eq!(s.view, View::Sign("memo".into()));
    assert_eq!(name(s.update(Action::StartSign)), "srikandi.sign_started");
    // The dialog is modal.
    assert_eq!(s.update(Action::OpenList(List::Masuk)), None);
    let e = s.update(Action::ConfirmSign);
    assert_eq!(field(&e, "reason"), Value::from("empty"));
    s.update(Action::Passphrase("melati2025".into()));
    let e = s.update(Action::ConfirmSign);
    assert_eq!(field(&e, "reason"), Value::from("passphrase"));
    assert!(s.dialog.as_ref().is_some_and(|d| d.passphrase.is_empty()));
    s.update(Action::Passphrase("Melati2025".into()));
    assert_eq!(name(s.update(Action::ConfirmSign)), "srikandi.signed");
    let memo = s.naskah("memo").expect("memo");
    assert!(memo.signed && !memo.pdf_fresh, "the QR stays red");
    let e = s.update(Action::RefreshPdf);
    assert_eq!(field(&e, "signed"), Value::Bool(true));
    assert!(s.naskah("memo").is_some_and(|n| n.pdf_fresh));
    assert_eq!(s.update(Action::StartSign), None, "signed once");

    for (certificate, reason) in [
        (Certificate::TidakTerdaftar, "not_registered"),
        (Certificate::Kedaluwarsa, "expired"),
    ] {
        let mut s = signed_in();
        s.certificate = certificate;
        s.update(Action::Open("memo".into()));
        let e = s.update(Action::RefreshPdf);
        assert_eq!(
            field(&e, "signed"),
            Value::Bool(false),
            "nothing to refresh yet"
        );
        s.update(Action::StartSign);
        s.update(Action::Passphrase("Melati2025".into()));
        let e = s.update(Action::ConfirmSign);
        assert_eq!(field(&e, "reason"), Value::from(reason));
        s.update(Action::CancelSign);
        assert!(s.dialog.is_none());
    }
}

#[test]
fn the_secretary_is_answered_once() {
    let mut s = signed_in();
    let e = s.update(Action::AnswerSecretary(false));
    assert_eq!(field(&e, "shared"), Value::Bool(false));
    assert_eq!(s.update(Action::AnswerSecretary(true)), None);
    let mut s = signed_in();
    s.secretary_asks = false;
    assert_eq!(s.update(Action::AnswerSecretary(true)), None);
}

#[test]
fn the_arsip_search_needs_every_word_and_opens_from_the_results() {
    let mut s = signed_in();
    s.update(Action::OpenList(List::Arsip));
    s.update(Action::Query("posyandu MEI".into()));
    let e = s.update(Action::Search);
    assert_eq!(field(&e, "found"), Value::Int(1));
    assert_eq!(field(&e, "results"), Value::List(vec!["old".into()]));
    s.update(Action::Query("posyandu".into()));
    let e = s.update(Action::Search);
    assert_eq!(field(&e, "found"), Value::Int(2));
    s.update(Action::Query("  ".into()));
    let e = s.update(Action::Search);
    assert_eq!(field(&e, "found"), Value::Int(0));
    s.update(Action::Query("laporan".into()));
    s.update(Action::Search);
    let e = s.update(Action::Open("old".into()));
    assert_eq!(field(&e, "from_search"), Value::Bool(true));
    assert_eq!(field(&e, "list"), Value::from("arsip"));
}

#[test]
fn the_state_survives_a_round_trip_through_json() {
    let mut s = signed_in();
    s.update(Action::OpenDisposisi("d1".into()));
    s.update(Action::Follow(FollowKind::Teruskan));
    let json = serde_json::to_string(&s).expect("json");
    let back: Srikandi = serde_json::from_str(&json).expect("back");
    assert_eq!(back, s);
}

/// A tour that emits every `srikandi.*` event of the contract at least once.
#[test]
fn a_tour_emits_every_event_of_the_contract() {
    let mut seen = std::collections::BTreeSet::new();
    let mut check = |e: Option<SimEvent>| {
        if let Some(e) = e {
            let spec =
                contract::event(&e.name).unwrap_or_else(|| panic!("{} not in contract", e.name));
            for f in e.fields.keys() {
                assert!(spec.field(f).is_some(), "{}.{f} not in contract", e.name);
            }
            seen.insert(e.name);
        }
    };
    let mut s = Srikandi::new(scenario());
    check(s.update(Action::SignIn));
    s.update(Action::Username("199005122015032001".into()));
    s.update(Action::Password("Srikandi#2025".into()));
    let tour = [
        Action::SignIn,
        Action::OpenList(List::Masuk),
        Action::Open("undangan".into()),
        Action::ShowTab(Tab::Pdf),
        Action::ShowTab(Tab::Riwayat),
        Action::Download,
        Action::OpenDisposisi("d1".into()),
        Action::Follow(FollowKind::Teruskan),
        Action::SubmitFollow,
        Action::ToggleTo("dedi".into()),
        Action::Instruction("hadiri".into()),
        Action::SubmitFollow,
        Action::OpenDisposisi("late".into()),
        Action::Follow(FollowKind::Selesai),
        Action::FollowText("Sudah".into()),
        Action::SubmitFollow,
        Action::NewDraft { template: false },
        Action::PickerFolder("Surat Keluar 2025".into()),
        Action::PickFile {
            folder: "Surat Keluar 2025".into(),
            name: "Foto.jpg".into(),
        },
        Action::PickFile {
            folder: "Surat Keluar 2025".into(),
            name: "Nota_Dinas.docx".into(),
        },
        Action::TakeNumber,
        Action::SetField {
            field: "jenis".into(),
            value: "nota_dinas".into(),
        },
        Action::SetField {
            field: "klasifikasi".into(),
            value: "027".into(),
        },
        Action::TakeNumber,
        Action::ToggleTujuan("sekcam".into()),
        Action::SaveDraft,
        Action::SendDraft,
        Action::OpenDraft("nd".into()),
        Action::ToggleTembusan("dedi".into()),
        Action::SendDraft,
        Action::Open("memo".into()),
        Action::AnswerSecretary(false),
        Action::StartSign,
        Action::ConfirmSign,
        Action::Passphrase("Melati2025".into()),
        Action::ConfirmSign,
        Action::RefreshPdf,
        Action::OpenList(List::Arsip),
        Action::Query("posyandu".into()),
        Action::Search,
        Action::SignOut,
    ];
    for a in tour {
        check(s.update(a));
    }
    let mut s = signed_in();
    s.update(Action::OpenDisposisi("d1".into()));
    s.update(Action::Follow(FollowKind::Balas));
    s.update(Action::FollowText("Siap".into()));
    check(s.update(Action::SubmitFollow));
    for e in contract::all().filter(|e| e.sim() == "srikandi") {
        assert!(seen.contains(e.name), "the tour never emitted {}", e.name);
    }
}
