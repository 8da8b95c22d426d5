use super::rules::{self, CodeError, EvidenceError, ProgressError};
use super::*;
use crate::sim::Value;
use crate::sim::files::DiskFile;
use std::collections::BTreeSet;

const NIP: &str = "198507142010012015";
const PASSWORD: &str = "Kinerja#2025";

fn scenario() -> Scenario {
    Scenario {
        date: "2025-06-10".into(),
        time: "08:00:05".into(),
        rhk: vec![RhkSpec {
            id: "rhk1".into(),
            title: "t-rhk1".into(),
            aksi: vec![
                AksiSpec {
                    id: "ra1".into(),
                    title: "t-ra1".into(),
                    target: 20,
                    unit: "t-unit".into(),
                },
                AksiSpec {
                    id: "ra2".into(),
                    title: "t-ra2".into(),
                    target: 4,
                    unit: "t-unit".into(),
                },
            ],
        }],
        files: vec![
            DiskFile {
                folder: "dokumen".into(),
                name: "Daftar-Hadir.pdf".into(),
                size_kb: 240,
            },
            DiskFile {
                folder: "dokumen".into(),
                name: "Foto-Kegiatan-asli.jpg".into(),
                size_kb: 4800,
            },
            DiskFile {
                folder: "dokumen".into(),
                name: "Catatan.docx".into(),
                size_kb: 30,
            },
        ],
        ..Scenario::with_account(NIP, PASSWORD)
    }
}

fn app(f: impl FnOnce(&mut Scenario)) -> Kinerja {
    let mut s = scenario();
    f(&mut s);
    Kinerja::new(s)
}

fn name(e: &Option<SimEvent>) -> &str {
    e.as_ref().map_or("", |e| e.name.as_str())
}

fn field<'a>(e: &'a Option<SimEvent>, key: &str) -> Option<&'a Value> {
    e.as_ref().and_then(|e| e.fields.get(key))
}

fn text(v: &str) -> Option<&'static Value> {
    Some(Box::leak(Box::new(Value::Text(v.into()))))
}

fn flag(v: bool) -> Option<&'static Value> {
    Some(Box::leak(Box::new(Value::Bool(v))))
}

fn int(v: i64) -> Option<&'static Value> {
    Some(Box::leak(Box::new(Value::Int(v))))
}

fn password_ok(k: &mut Kinerja) -> Option<SimEvent> {
    k.update(Action::NipChanged(NIP.into()));
    k.update(Action::PasswordChanged(PASSWORD.into()));
    k.update(Action::SignIn)
}

fn type_code(k: &mut Kinerja, code: &str) -> Option<SimEvent> {
    k.update(Action::CodeChanged(code.into()));
    k.update(Action::Verify)
}

fn signed_in() -> Kinerja {
    app(|s| s.signed_in = true)
}

/// Fills the form so it can be sent.
fn fill(k: &mut Kinerja) {
    k.update(Action::Activity(
        "Mengetik daftar hadir rapat minggon".into(),
    ));
    k.update(Action::ChooseAksi("ra1".into()));
    k.update(Action::Minutes("90".into()));
    k.update(Action::Volume("2".into()));
    k.update(Action::OpenPicker);
    k.update(Action::PickFile("Daftar-Hadir.pdf".into()));
}

// ---------------------------------------------------------------- the code

#[test]
fn codes_have_six_digits_change_every_window_and_are_the_same_for_the_same_moment() {
    let s = rules::secret(NIP);
    let mut seen = BTreeSet::new();
    for w in 1000..1200 {
        let c = rules::code(s, w);
        assert_eq!(c.len(), 6);
        assert!(c.chars().all(|ch| ch.is_ascii_digit()));
        assert_ne!(c, rules::code(s, w + 1), "window {w}");
        assert_eq!(c, rules::code(s, w));
        seen.insert(c);
    }
    assert!(seen.len() > 190, "codes vary: {}", seen.len());
    assert_ne!(
        rules::code(s, 5),
        rules::code(rules::secret("198507142010012016"), 5)
    );
    assert_eq!(rules::window(59), 1);
    assert_eq!(rules::seconds_left(60), 30);
    assert_eq!(rules::seconds_left(89), 1);
}

#[test]
fn a_code_is_right_now_expired_a_window_later_and_wrong_otherwise() {
    let s = rules::secret(NIP);
    let now = 40_000 * 30 + 7;
    let w = rules::window(now);
    assert_eq!(rules::check_code(&rules::code(s, w), s, now), Ok(()));
    let spaced = format!("{} {}", &rules::code(s, w)[..3], &rules::code(s, w)[3..]);
    assert_eq!(rules::check_code(&spaced, s, now), Ok(()));
    assert_eq!(
        rules::check_code(&rules::code(s, w), s, now + 30),
        Err(CodeError::Expired)
    );
    assert_eq!(
        rules::check_code(&rules::code(s, w + 3), s, now),
        Err(CodeError::Wrong)
    );
    assert_eq!(rules::check_code("  ", s, now), Err(CodeError::Empty));
}

#[test]
fn the_phone_code_follows_the_clock_and_changes_after_the_countdown() {
    let mut k = app(|_| {});
    let first = k.current_phone_code().expect("an account");
    assert_eq!(k.seconds_left(), 25);
    k.update(Action::Tick(24));
    assert_eq!(k.current_phone_code().as_deref(), Some(first.as_str()));
    assert_eq!(k.seconds_left(), 1);
    k.update(Action::Tick(1));
    assert_ne!(k.current_phone_code().as_deref(), Some(first.as_str()));
    assert_eq!(k.seconds_left(), 30);
    let e = k.update(Action::WaitForNewCode);
    assert_eq!(name(&e), "kinerja.waited");
    assert_eq!(field(&e, "seconds"), int(30));
}

// ---------------------------------------------------------------- sign-in

#[test]
fn sign_in_refuses_empty_boxes_another_nip_and_a_wrong_password() {
    let mut k = app(|_| {});
    assert_eq!(field(&k.update(Action::SignIn), "reason"), text("empty"));
    k.update(Action::NipChanged("198507142010012016".into()));
    k.update(Action::PasswordChanged(PASSWORD.into()));
    assert_eq!(field(&k.update(Action::SignIn), "reason"), text("nip"));
    k.update(Action::NipChanged("19850714 2010012015".into()));
    k.update(Action::PasswordChanged("kinerja#2025".into()));
    let e = k.update(Action::SignIn);
    assert_eq!(field(&e, "reason"), text("password"));
    assert_eq!(
        k.notice,
        Some(Notice::SignInFailed(SignInFailure::Password))
    );
    assert_eq!(k.page, Page::SignIn);
}

#[test]
fn the_phone_code_signs_in_and_an_expired_one_is_refused_with_the_reason() {
    let mut k = app(|_| {});
    let e = password_ok(&mut k);
    assert_eq!(name(&e), "kinerja.password_accepted");
    assert_eq!(field(&e, "enrolled"), flag(true));
    assert_eq!(k.page, Page::Code);
    let old = k.current_phone_code().expect("code");
    k.update(Action::WaitForNewCode);
    let e = type_code(&mut k, &old);
    assert_eq!(name(&e), "kinerja.code_refused");
    assert_eq!(field(&e, "reason"), text("expired"));
    assert_eq!(field(&e, "clock_wrong"), flag(false));
    assert_eq!(k.notice, Some(Notice::CodeRefused(CodeError::Expired)));
    assert!(!k.signed_in);
    let e = type_code(&mut k, "123456");
    assert_eq!(field(&e, "reason"), text("wrong"));
    let now = k.current_phone_code().expect("code");
    let e = type_code(&mut k, &now);
    assert_eq!(name(&e), "kinerja.signed_in");
    assert_eq!(field(&e, "via"), text("code"));
    assert!(k.signed_in);
    assert_eq!(k.page, Page::Portal);
}

#[test]
fn a_phone_clock_set_by_hand_gives_codes_that_fail_until_automatic_time_is_on() {
    let mut k = app(|s| {
        s.auto_time = false;
        s.clock_offset_min = -4;
    });
    assert!(k.clock_wrong());
    assert_ne!(k.phone_clock(), k.now());
    password_ok(&mut k);
    let shown = k.current_phone_code().expect("code");
    let e = type_code(&mut k, &shown);
    assert_eq!(field(&e, "reason"), text("wrong"));
    assert_eq!(field(&e, "clock_wrong"), flag(true));
    assert_eq!(k.notice, Some(Notice::CodeClock));
    // The setting is on the phone, not in MyASN.
    assert_eq!(k.update(Action::ToggleAutoTime), None);
    assert_eq!(
        name(&k.update(Action::PhoneSettings)),
        "kinerja.phone_settings_opened"
    );
    let e = k.update(Action::ToggleAutoTime);
    assert_eq!(field(&e, "on"), flag(true));
    assert!(!k.clock_wrong());
    assert_eq!(k.phone_clock(), k.now());
    let right = k.current_phone_code().expect("code");
    assert_eq!(name(&type_code(&mut k, &right)), "kinerja.signed_in");
}

#[test]
fn turning_automatic_time_off_is_an_event_too() {
    let mut k = app(|_| {});
    k.update(Action::PhoneSettings);
    let e = k.update(Action::ToggleAutoTime);
    assert_eq!(field(&e, "on"), flag(false));
    assert!(k.clock_wrong());
}

#[test]
fn the_first_sign_in_sets_up_the_authenticator_by_scanning_the_laptops_qr() {
    let mut k = app(|s| s.enrolled = false);
    assert!(k.accounts.is_empty());
    assert_eq!(k.current_phone_code(), None);
    // Scanning before the laptop shows the QR finds nothing.
    k.update(Action::PhoneAdd);
    assert_eq!(k.phone, PhoneView::Scan);
    let e = k.update(Action::PhoneScan);
    assert_eq!(field(&e, "added"), flag(false));
    assert_eq!(k.phone_notice, Some(PhoneNotice::NoQr));
    let e = password_ok(&mut k);
    assert_eq!(field(&e, "enrolled"), flag(false));
    assert_eq!(k.page, Page::Setup);
    assert!(k.shows_qr());
    // Another tab in front hides the QR.
    k.update(Action::OpenTab(Tab::Email));
    assert!(!k.shows_qr());
    k.update(Action::OpenTab(Tab::MyAsn));
    let e = k.update(Action::PhoneScan);
    assert_eq!(field(&e, "added"), flag(true));
    assert_eq!(k.accounts.len(), 1);
    assert_eq!(k.phone, PhoneView::Accounts);
    let code = k.current_phone_code().expect("code");
    let e = type_code(&mut k, &code);
    assert_eq!(name(&e), "kinerja.two_factor_enabled");
    assert!(k.enrolled);
    assert_eq!(k.page, Page::BackupCodes);
    assert_eq!(k.new_backup_codes.len(), 8);
    // Sharing the codes is refused by the page's words, not by the app: it is the mistake.
    let e = k.update(Action::KeepBackupCodes { private: false });
    assert_eq!(field(&e, "private"), flag(false));
    assert_eq!(k.notice, Some(Notice::BackupShared));
    assert!(!k.signed_in);
    let e = k.update(Action::KeepBackupCodes { private: true });
    assert_eq!(field(&e, "private"), flag(true));
    assert!(k.signed_in);
    // A second scan does not add the account twice.
    k.update(Action::PhoneAdd);
    assert_eq!(
        k.update(Action::PhoneScan).map(|e| e.name),
        Some("kinerja.qr_scanned".into())
    );
    assert_eq!(k.accounts.len(), 1);
}

#[test]
fn a_recovery_code_signs_in_once_and_a_wrong_one_is_refused() {
    let mut k = app(|s| {
        s.phone_lost = true;
        s.backup_codes = vec!["4817-2290".into(), "5532-0871".into()];
    });
    assert_eq!(
        k.update(Action::PhoneAdd),
        None,
        "a lost phone does nothing"
    );
    password_ok(&mut k);
    k.update(Action::OpenLostPhone);
    assert_eq!(k.page, Page::LostPhone);
    k.update(Action::ToggleBackup);
    assert_eq!(k.page, Page::Code);
    assert!(k.sign_in.backup);
    let e = type_code(&mut k, "1111-2222");
    assert_eq!(field(&e, "reason"), text("backup_wrong"));
    assert_eq!(k.notice, Some(Notice::BackupWrong));
    let e = type_code(&mut k, "4817 2290");
    assert_eq!(field(&e, "via"), text("backup"));
    k.update(Action::SignOut);
    password_ok(&mut k);
    k.update(Action::ToggleBackup);
    let e = type_code(&mut k, "4817-2290");
    assert_eq!(field(&e, "reason"), text("backup_wrong"), "used up");
}

#[test]
fn a_lost_phone_is_reported_to_the_admin_once() {
    let mut k = app(|s| s.phone_lost = true);
    password_ok(&mut k);
    k.update(Action::OpenLostPhone);
    let e = k.update(Action::RequestAdminReset);
    assert_eq!(name(&e), "kinerja.admin_reset_requested");
    assert!(k.admin_requested);
    assert_eq!(k.notice, Some(Notice::AdminRequested));
    k.update(Action::LaptopBack);
    assert_eq!(k.page, Page::Code);
}

#[test]
fn a_forgotten_password_is_reset_through_the_link_in_the_dinas_email() {
    let mut k = app(|_| {});
    k.update(Action::OpenForgot);
    assert_eq!(k.page, Page::Forgot);
    k.update(Action::ResetNipChanged("198507142010012016".into()));
    assert_eq!(field(&k.update(Action::SendReset), "reason"), text("nip"));
    assert!(!k.reset_mail);
    k.update(Action::ResetNipChanged(NIP.into()));
    assert_eq!(
        name(&k.update(Action::SendReset)),
        "kinerja.reset_requested"
    );
    // The mail is in the other tab.
    assert_eq!(k.update(Action::OpenResetMail), None);
    k.update(Action::OpenTab(Tab::Email));
    assert_eq!(
        k.update(Action::OpenResetLink),
        None,
        "the mail is not open"
    );
    assert_eq!(
        name(&k.update(Action::OpenResetMail)),
        "kinerja.reset_mail_opened"
    );
    k.update(Action::OpenResetLink);
    assert_eq!((k.tab, &k.page), (Tab::MyAsn, &Page::ResetPassword));
    k.update(Action::NewPassword("pendek1".into()));
    k.update(Action::RepeatPassword("pendek1".into()));
    let e = k.update(Action::SavePassword);
    assert_eq!(field(&e, "reason"), text("too_short"));
    k.update(Action::NewPassword("Sukamaju2025Baru".into()));
    k.update(Action::RepeatPassword("Sukamaju2025baru".into()));
    assert_eq!(
        field(&k.update(Action::SavePassword), "reason"),
        text("mismatch")
    );
    k.update(Action::RepeatPassword("Sukamaju2025Baru".into()));
    let e = k.update(Action::SavePassword);
    assert_eq!(name(&e), "kinerja.password_reset");
    assert_eq!(field(&e, "strong"), flag(true));
    assert_eq!(field(&e, "length"), int(16));
    assert_eq!(k.page, Page::SignIn);
    assert_eq!(
        field(&password_ok(&mut k), "reason"),
        text("password"),
        "the old one is gone"
    );
    k.update(Action::PasswordChanged("Sukamaju2025Baru".into()));
    assert_eq!(name(&k.update(Action::SignIn)), "kinerja.password_accepted");
}

// ---------------------------------------------------------------- e-Kinerja

#[test]
fn the_skp_shows_a_plans_actions_and_what_is_done() {
    let mut k = signed_in();
    let e = k.update(Action::Menu(Section::Skp));
    assert_eq!(field(&e, "page"), text("skp"));
    assert_eq!(k.update(Action::OpenRhk("nope".into())), None);
    let e = k.update(Action::OpenRhk("rhk1".into()));
    assert_eq!(field(&e, "aksi"), int(2));
    assert_eq!(k.rhk_open.as_deref(), Some("rhk1"));
    assert_eq!(k.realised("ra1"), 0);
}

#[test]
fn a_progress_is_refused_for_each_missing_part_in_turn() {
    let mut k = signed_in();
    k.update(Action::OpenEkinerja);
    assert_eq!(k.page, Page::Day);
    let e = k.update(Action::AddProgress);
    assert_eq!(field(&e, "date"), text("2025-06-10"));
    let send = |k: &mut Kinerja| field(&k.update(Action::SendProgress), "reason").cloned();
    assert_eq!(send(&mut k).as_ref(), text("empty"));
    k.update(Action::Activity("Rapat".into()));
    assert_eq!(send(&mut k).as_ref(), text("activity_short"));
    k.update(Action::Activity("Menyusun notulen rapat minggon".into()));
    assert_eq!(send(&mut k).as_ref(), text("no_aksi"));
    k.update(Action::ChooseAksi("unknown".into()));
    assert_eq!(k.form.aksi, None);
    k.update(Action::ChooseAksi("ra2".into()));
    assert_eq!(send(&mut k).as_ref(), text("minutes"));
    k.update(Action::Minutes("satu jam".into()));
    assert_eq!(send(&mut k).as_ref(), text("minutes"));
    k.update(Action::Minutes("600".into()));
    assert_eq!(send(&mut k).as_ref(), text("minutes"));
    k.update(Action::Minutes("60".into()));
    assert_eq!(send(&mut k).as_ref(), text("volume"));
    k.update(Action::Volume("0".into()));
    assert_eq!(send(&mut k).as_ref(), text("volume"));
    k.update(Action::Volume("1".into()));
    assert_eq!(send(&mut k).as_ref(), text("no_evidence"));
    assert_eq!(
        k.notice,
        Some(Notice::ProgressRefused(ProgressError::NoEvidence))
    );
    assert_eq!(k.page, Page::Form, "the form stays as it was");
    // Without the rule, the same progress goes.
    k.evidence_required = false;
    let e = k.update(Action::SendProgress);
    assert_eq!(field(&e, "evidence"), flag(false));
    assert_eq!(field(&e, "format"), text(""));
}

#[test]
fn the_bukti_dukung_must_be_a_photo_or_pdf_under_the_limit() {
    let mut k = signed_in();
    k.update(Action::OpenEkinerja);
    k.update(Action::AddProgress);
    k.update(Action::OpenPicker);
    assert_eq!(k.page, Page::Picker);
    let e = k.update(Action::PickerFolder("dokumen".into()));
    assert_eq!(name(&e), "files.folder_opened");
    let e = k.update(Action::PickFile("Foto-Kegiatan-asli.jpg".into()));
    assert_eq!(name(&e), "kinerja.evidence_refused");
    assert_eq!(field(&e, "reason"), text("too_big"));
    assert_eq!(field(&e, "size_kb"), int(4800));
    assert_eq!(
        k.notice,
        Some(Notice::EvidenceRefused(EvidenceError::TooBig))
    );
    let e = k.update(Action::PickFile("Catatan.docx".into()));
    assert_eq!(field(&e, "reason"), text("format"));
    assert_eq!(k.update(Action::PickFile("Tidak-ada.pdf".into())), None);
    let e = k.update(Action::PickFile("Daftar-Hadir.pdf".into()));
    assert_eq!(name(&e), "kinerja.evidence_added");
    assert_eq!(field(&e, "format"), text("pdf"));
    assert_eq!(k.page, Page::Form);
    k.update(Action::RemoveEvidence);
    assert_eq!(k.form.evidence, None);
}

#[test]
fn a_draft_does_not_count_until_it_is_edited_and_sent() {
    let mut k = signed_in();
    k.update(Action::OpenEkinerja);
    k.update(Action::AddProgress);
    assert_eq!(field(&k.update(Action::SaveDraft), "reason"), text("empty"));
    k.update(Action::Activity("Mengetik daftar hadir".into()));
    let e = k.update(Action::SaveDraft);
    assert_eq!(name(&e), "kinerja.progress_saved");
    assert_eq!(field(&e, "aksi"), text(""));
    assert_eq!(k.day_status("2025-06-10"), DayStatus::Draf);
    assert_eq!(k.summary().filled, 0);
    let id = k.entries[0].id.clone();
    let e = k.update(Action::OpenEntry(id.clone()));
    assert_eq!(field(&e, "status"), text("draf"));
    let e = k.update(Action::EditEntry);
    assert_eq!(field(&e, "status"), text("draf"));
    assert_eq!(k.form.activity, "Mengetik daftar hadir");
    fill(&mut k);
    let e = k.update(Action::SendProgress);
    assert_eq!(name(&e), "kinerja.progress_sent");
    assert_eq!(field(&e, "revised"), flag(false));
    assert_eq!(k.entries.len(), 1, "the draft itself was sent");
    assert_eq!(k.entries[0].status, EntryStatus::Dikirim);
    assert_eq!(k.day_status("2025-06-10"), DayStatus::Dikirim);
    // A sent progress cannot be changed any more.
    k.update(Action::OpenEntry(id));
    assert_eq!(k.update(Action::EditEntry), None);
}

#[test]
fn perlu_perbaikan_comes_with_a_note_and_a_revision_is_approved() {
    let mut k = app(|s| {
        s.signed_in = true;
        s.answer = Answer::PerluPerbaikan;
        s.answer_note = "t-note".into();
    });
    k.update(Action::OpenEkinerja);
    let e = k.update(Action::Refresh);
    assert_eq!(field(&e, "status"), text("none"));
    assert_eq!(k.notice, Some(Notice::NothingNew));
    k.update(Action::AddProgress);
    fill(&mut k);
    k.update(Action::SendProgress);
    let e = k.update(Action::Refresh);
    assert_eq!(field(&e, "status"), text("perlu_perbaikan"));
    assert_eq!(field(&e, "note"), flag(true));
    assert_eq!(k.day_status("2025-06-10"), DayStatus::PerluPerbaikan);
    let id = k.entries[0].id.clone();
    k.update(Action::OpenEntry(id));
    let e = k.update(Action::EditEntry);
    assert_eq!(field(&e, "status"), text("perlu_perbaikan"));
    k.update(Action::Volume("3".into()));
    let e = k.update(Action::SendProgress);
    assert_eq!(field(&e, "revised"), flag(true));
    assert_eq!(field(&e, "volume"), int(3));
    let e = k.update(Action::Refresh);
    assert_eq!(field(&e, "status"), text("disetujui"));
    assert_eq!(k.summary().approved, 1);
    assert_eq!(k.realised("ra1"), 3);
}

#[test]
fn the_calendar_knows_holidays_missed_days_and_how_far_back_a_day_can_be_filled() {
    let mut k = app(|s| {
        s.signed_in = true;
        s.entries = vec![EntrySpec {
            id: "e1".into(),
            date: "2025-06-02".into(),
            activity: "t-a".into(),
            aksi: "ra1".into(),
            minutes: 60,
            volume: 1,
            evidence: String::new(),
            status: EntryStatus::Disetujui,
            note: String::new(),
        }];
    });
    assert_eq!(k.day_status("2025-06-02"), DayStatus::Disetujui);
    assert_eq!(k.day_status("2025-06-03"), DayStatus::Terlewat);
    assert_eq!(k.day_status("2025-06-06"), DayStatus::Libur, "Idul Adha");
    assert_eq!(k.day_status("2025-06-07"), DayStatus::Libur, "Saturday");
    assert_eq!(k.day_status("2025-06-10"), DayStatus::Kosong);
    assert_eq!(k.day_status("2025-06-11"), DayStatus::Kosong);
    assert_eq!(k.month_days().len(), 30);
    // Two working days back (6 and 9 June are holidays): the 4th is open, the 3rd closed.
    assert!(k.can_fill("2025-06-05") && k.can_fill("2025-06-04"));
    assert!(!k.can_fill("2025-06-03"));
    assert!(!k.can_fill("2025-06-11"), "not the future");
    assert!(!k.can_fill("2025-06-07"), "not a Saturday");
    k.update(Action::Menu(Section::Calendar));
    let e = k.update(Action::OpenDay("2025-06-03".into()));
    assert_eq!(field(&e, "status"), text("terlewat"));
    let e = k.update(Action::AddProgress);
    assert_eq!(field(&e, "reason"), text("closed"));
    k.update(Action::OpenDay("2025-06-04".into()));
    assert_eq!(
        name(&k.update(Action::AddProgress)),
        "kinerja.progress_started"
    );
    fill(&mut k);
    let e = k.update(Action::SendProgress);
    assert_eq!(field(&e, "date"), text("2025-06-04"));
    // Summary: the 2nd and 4th filled; the 3rd and 5th missed; today not counted yet.
    let e = k.update(Action::Menu(Section::Summary));
    assert_eq!(field(&e, "working_days"), int(4));
    assert_eq!(field(&e, "filled"), int(2));
    assert_eq!(field(&e, "missed"), int(2));
    assert_eq!(field(&e, "percent"), int(50));
}

#[test]
fn the_realisasi_needs_every_rhk_and_opens_the_assessment() {
    let mut k = app(|s| {
        s.signed_in = true;
        s.rating = "baik".into();
    });
    let e = k.update(Action::Menu(Section::Assessment));
    assert_eq!(field(&e, "ready"), flag(false));
    assert_eq!(field(&e, "rating"), text(""));
    k.update(Action::Menu(Section::Realisasi));
    let e = k.update(Action::SendRealisasi);
    assert_eq!(name(&e), "kinerja.realisasi_refused");
    k.update(Action::RealisasiText("rhk1".into(), "  ".into()));
    assert_eq!(
        name(&k.update(Action::SendRealisasi)),
        "kinerja.realisasi_refused"
    );
    k.update(Action::RealisasiText(
        "rhk1".into(),
        "Notulen 18 rapat selesai".into(),
    ));
    let e = k.update(Action::SendRealisasi);
    assert_eq!(field(&e, "rhk"), int(1));
    let e = k.update(Action::Menu(Section::Assessment));
    assert_eq!(field(&e, "ready"), flag(true));
    assert_eq!(field(&e, "rating"), text("baik"));
}

#[test]
fn signing_out_needs_the_code_again() {
    let mut k = signed_in();
    assert_eq!(name(&k.update(Action::SignOut)), "kinerja.signed_out");
    assert!(!k.signed_in);
    password_ok(&mut k);
    assert_eq!(k.page, Page::Code);
}

#[test]
fn times_and_dates_parse_strictly() {
    assert_eq!(rules::parse_time("07:30"), Some(27_000));
    assert_eq!(rules::parse_time("07:30:15"), Some(27_015));
    assert_eq!(rules::parse_time("7:30"), None);
    assert_eq!(rules::parse_time("24:00"), None);
    assert_eq!(rules::hhmmss(27_015), "07:30:15");
    assert!(rules::parse_date("2025-06-10").is_some());
    assert!(rules::parse_date("10-06-2025").is_none());
    assert_eq!(rules::normalise_backup("4817-22 90"), "48172290");
    assert_eq!(rules::backup_codes(1), rules::backup_codes(1));
    assert_eq!(rules::backup_codes(1).len(), 8);
}

/// Every `kinerja.*` event of the contract comes out of some action.
#[test]
fn a_tour_produces_every_event() {
    let mut seen = BTreeSet::new();
    let mut note = |e: Option<SimEvent>| {
        if let Some(e) = e {
            seen.insert(e.name);
        }
    };
    // Set-up with the QR, the codes, the clock.
    let mut k = app(|s| s.enrolled = false);
    note(k.update(Action::SignIn));
    note(password_ok(&mut k));
    k.update(Action::PhoneAdd);
    note(k.update(Action::PhoneScan));
    note(k.update(Action::PhoneSettings));
    note(k.update(Action::ToggleAutoTime));
    note(k.update(Action::ToggleAutoTime));
    note(k.update(Action::WaitForNewCode));
    note(type_code(&mut k, "000000"));
    let c = k.current_phone_code().expect("code");
    note(type_code(&mut k, &c));
    note(k.update(Action::KeepBackupCodes { private: true }));
    // e-Kinerja.
    k.rhk = scenario().rhk;
    k.answer = Answer::PerluPerbaikan;
    note(k.update(Action::Menu(Section::Skp)));
    note(k.update(Action::OpenRhk("rhk1".into())));
    note(k.update(Action::OpenDay("2025-06-10".into())));
    note(k.update(Action::AddProgress));
    note(k.update(Action::SendProgress));
    k.update(Action::Activity("Mengetik daftar hadir rapat".into()));
    note(k.update(Action::SaveDraft));
    let id = k.entries[0].id.clone();
    note(k.update(Action::OpenEntry(id)));
    note(k.update(Action::EditEntry));
    k.update(Action::OpenPicker);
    note(k.update(Action::PickFile("Catatan.docx".into())));
    note(k.update(Action::PickFile("Daftar-Hadir.pdf".into())));
    fill(&mut k);
    note(k.update(Action::SendProgress));
    note(k.update(Action::Refresh));
    note(k.update(Action::Menu(Section::Summary)));
    note(k.update(Action::Menu(Section::Realisasi)));
    note(k.update(Action::SendRealisasi));
    k.update(Action::RealisasiText("rhk1".into(), "Selesai".into()));
    note(k.update(Action::SendRealisasi));
    note(k.update(Action::Menu(Section::Assessment)));
    note(k.update(Action::SignOut));
    // Recovery, lost phone, reset.
    let mut k = app(|s| s.backup_codes = vec!["1234-5678".into()]);
    note(password_ok(&mut k));
    k.update(Action::OpenLostPhone);
    note(k.update(Action::RequestAdminReset));
    k.update(Action::ToggleBackup);
    note(type_code(&mut k, "1234-5678"));
    k.update(Action::SignOut);
    k.update(Action::OpenForgot);
    k.update(Action::ResetNipChanged(NIP.into()));
    note(k.update(Action::SendReset));
    k.update(Action::OpenTab(Tab::Email));
    note(k.update(Action::OpenResetMail));
    k.update(Action::OpenResetLink);
    note(k.update(Action::SavePassword));
    k.update(Action::NewPassword("Baru12345".into()));
    k.update(Action::RepeatPassword("Baru12345".into()));
    note(k.update(Action::SavePassword));
    let wanted: BTreeSet<String> = crate::sim::contract::all()
        .filter(|e| e.sim() == "kinerja")
        .map(|e| e.name.to_owned())
        .collect();
    let missing: Vec<_> = wanted.difference(&seen).collect();
    assert!(missing.is_empty(), "never produced: {missing:?}");
    // And every event produced is in the contract with its fields.
    let unknown: Vec<_> = seen
        .iter()
        .filter(|n| n.starts_with("kinerja.") && !wanted.contains(*n))
        .collect();
    assert!(unknown.is_empty(), "not in the contract: {unknown:?}");
}

/// Every field of every event produced has the contract's type.
#[test]
fn events_carry_exactly_the_contracts_fields() {
    use crate::sim::contract::{FieldType, event};
    let mut k = app(|s| s.signed_in = true);
    let mut events = vec![
        k.update(Action::Menu(Section::Summary)),
        k.update(Action::Menu(Section::Assessment)),
        k.update(Action::OpenEkinerja),
        k.update(Action::AddProgress),
    ];
    fill(&mut k);
    events.push(k.update(Action::SendProgress));
    events.push(k.update(Action::Refresh));
    for e in events.into_iter().flatten() {
        let spec = event(&e.name).unwrap_or_else(|| panic!("{} in the contract", e.name));
        assert_eq!(spec.fields.len(), e.fields.len(), "{}", e.name);
        for (f, v) in &e.fields {
            let ok = matches!(
                (spec.field(f), v),
                (Some(FieldType::Text), Value::Text(_))
                    | (Some(FieldType::Int), Value::Int(_))
                    | (Some(FieldType::Bool), Value::Bool(_))
                    | (Some(FieldType::List), Value::List(_))
            );
            assert!(ok, "{}.{f}", e.name);
        }
    }
}
