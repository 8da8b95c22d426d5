use super::rules::{self, AttachmentError, NipError, NipFlaw, PasswordError, RequestError};
use super::*;
use crate::sim::Value;

const NIP: &str = "197001012003121001";
const PASSWORD: &str = "Sukamaju2025";

fn scenario() -> Scenario {
    Scenario {
        location_allowed: true,
        ..Scenario::with_account(NIP, PASSWORD)
    }
}

fn app(f: impl FnOnce(&mut Scenario)) -> Presensi {
    let mut s = scenario();
    f(&mut s);
    Presensi::new(s)
}

fn name(e: &Option<SimEvent>) -> &str {
    e.as_ref().map_or("", |e| e.name.as_str())
}

fn field<'a>(e: &'a Option<SimEvent>, key: &str) -> Option<&'a Value> {
    e.as_ref().and_then(|e| e.fields.get(key))
}

fn text(v: &str) -> Option<Value> {
    Some(Value::Text(v.into()))
}

fn reason(e: &Option<SimEvent>) -> Option<Value> {
    field(e, "reason").cloned()
}

/// Runs actions and gives the names of the events.
fn run(p: &mut Presensi, actions: Vec<Action>) -> Vec<String> {
    actions
        .into_iter()
        .filter_map(|a| p.update(a).map(|e| e.name))
        .collect()
}

fn to_confirm(p: &mut Presensi) {
    run(
        p,
        vec![Action::StartCheckIn, Action::MapNext, Action::TakePhoto],
    );
    assert_eq!(p.view, View::Confirm);
}

// ---------------------------------------------------------------- rules

#[test]
fn radius_edge_is_inside_and_one_metre_beyond_is_outside() {
    assert!(rules::inside(100, 100));
    assert!(!rules::inside(101, 100));
    let mut p = app(|s| s.distance_m = 100);
    run(&mut p, vec![Action::StartCheckIn]);
    assert_eq!(name(&p.update(Action::MapNext)), "presensi.map_passed");
    let mut p = app(|s| s.distance_m = 101);
    run(&mut p, vec![Action::StartCheckIn]);
    let e = p.update(Action::MapNext);
    assert_eq!(name(&e), "presensi.refused");
    assert_eq!(reason(&e), text("outside_radius"));
    assert_eq!(field(&e, "distance_m"), Some(&Value::Int(101)));
    assert_eq!(p.view, View::Map);
}

#[test]
fn walking_closer_never_goes_below_five_metres() {
    let mut p = app(|s| {
        s.distance_m = 160;
        s.walk_step_m = 50;
    });
    let e = p.update(Action::WalkCloser);
    assert_eq!(field(&e, "distance_m"), Some(&Value::Int(110)));
    assert_eq!(field(&e, "inside"), Some(&Value::Bool(false)));
    let e = p.update(Action::WalkCloser);
    assert_eq!(field(&e, "inside"), Some(&Value::Bool(true)));
    run(&mut p, vec![Action::WalkCloser, Action::WalkCloser]);
    assert_eq!(p.distance_m, 5);
    assert_eq!(p.update(Action::WalkCloser), None);
}

#[test]
fn late_bands() {
    let bands = scenario::default_bands();
    let cases = [
        (0, 0, 0),
        (1, 1, 5),
        (30, 1, 5),
        (31, 2, 10),
        (60, 2, 10),
        (61, 3, 12),
        (90, 3, 12),
        (91, 4, 15),
        (20_000, 4, 15),
    ];
    for (minutes, band, cut) in cases {
        assert_eq!(rules::band(minutes, &bands), band, "{minutes} min");
        assert_eq!(rules::cut_tenths(band, &bands), cut, "{minutes} min");
    }
    assert_eq!(rules::cut_rupiah(2_000_000, 15), 30_000);
}

#[test]
fn late_check_in_reports_minutes_and_band() {
    for (time, late, band) in [
        ("07:30", 0, 0),
        ("07:31", 1, 1),
        ("08:01", 31, 2),
        ("09:01", 91, 4),
    ] {
        let mut p = app(|s| s.time = time.into());
        to_confirm(&mut p);
        let e = p.update(Action::SendAttendance);
        assert_eq!(name(&e), "presensi.checked_in");
        assert_eq!(field(&e, "late_minutes"), Some(&Value::Int(late)), "{time}");
        assert_eq!(field(&e, "late"), Some(&Value::Bool(late > 0)));
        assert_eq!(field(&e, "band"), Some(&Value::Int(band)));
        assert_eq!(field(&e, "time"), text(time).as_ref());
    }
}

#[test]
fn riwayat_statuses_and_cuts() {
    let day = |date: &str, i: &str, o: &str, kind: DayKind| HistorySpec {
        date: date.into(),
        check_in: i.into(),
        check_out: o.into(),
        kind,
    };
    let p = app(|s| {
        s.allowance = 2_000_000;
        s.history = vec![
            day("2025-05-26", "07:20", "16:05", DayKind::Ordinary),
            day("2025-05-27", "08:10", "16:05", DayKind::Ordinary),
            day("2025-05-28", "07:20", "14:59", DayKind::Ordinary),
            day("2025-05-29", "07:20", "", DayKind::Ordinary),
            day("2025-05-30", "", "", DayKind::Ordinary),
            day("2025-05-23", "", "", DayKind::DinasLuar),
            day("2025-05-22", "07:00", "16:00", DayKind::Wfh),
        ];
    });
    let rows = p.riwayat();
    assert_eq!(rows.first().map(|r| r.date.as_str()), Some("2025-05-30"));
    let get = |d: &str| p.day(d).map(|r| (r.status, r.cut_tenths, r.cut_rupiah));
    assert_eq!(get("2025-05-26"), Some((DayStatus::TepatWaktu, 0, Some(0))));
    assert_eq!(
        get("2025-05-27"),
        Some((DayStatus::Terlambat, 10, Some(20_000)))
    );
    assert_eq!(get("2025-05-28"), Some((DayStatus::Psw, 12, Some(24_000))));
    // No Presensi Pulang: the last PSW band.
    assert_eq!(
        get("2025-05-29"),
        Some((DayStatus::TidakPulang, 15, Some(30_000)))
    );
    assert_eq!(
        get("2025-05-30"),
        Some((DayStatus::TidakMasuk, 30, Some(60_000)))
    );
    assert_eq!(get("2025-05-23"), Some((DayStatus::DinasLuar, 0, Some(0))));
    assert_eq!(get("2025-05-22"), Some((DayStatus::Wfh, 0, Some(0))));
    let mut p = p;
    let e = p.update(Action::OpenHistoryDay("2025-05-29".into()));
    assert_eq!(name(&e), "presensi.history_day_opened");
    assert_eq!(field(&e, "status"), text("tidak_pulang").as_ref());
    assert_eq!(p.view, View::HistoryDay("2025-05-29".into()));
    assert_eq!(p.update(Action::OpenHistoryDay("1999-01-01".into())), None);
}

#[test]
fn today_without_pulang_is_not_yet_counted() {
    let mut p = app(|s| s.time = "07:45".into());
    to_confirm(&mut p);
    p.update(Action::SendAttendance);
    let today = p.day("2025-06-02").expect("today is in the Riwayat");
    assert!(today.today);
    assert_eq!(today.status, DayStatus::Terlambat);
    assert_eq!(today.cut_tenths, 5);
}

#[test]
fn nip_rules() {
    let bad = |nip: &str| rules::check_nip(nip).err();
    assert_eq!(bad(NIP), None);
    assert_eq!(bad("19700101 200312 1 001"), None);
    assert_eq!(bad("1970010120031210"), Some(NipError::Length));
    assert_eq!(bad("1970010120031210011"), Some(NipError::Length));
    assert_eq!(bad(""), Some(NipError::Length));
    assert_eq!(bad("19700101200312100A"), Some(NipError::Digits));
    let flaw = |f| Some(NipError::Invalid(f));
    assert_eq!(bad("197002302003121001"), flaw(NipFlaw::BirthDate));
    assert_eq!(bad("193001012003121001"), flaw(NipFlaw::BirthDate));
    assert_eq!(bad("197001012003131001"), flaw(NipFlaw::TmtMonth));
    assert_eq!(bad("197001012003001001"), flaw(NipFlaw::TmtMonth));
    assert_eq!(bad("197001011985011001"), flaw(NipFlaw::TooYoung));
    assert_eq!(bad("197001012003123001"), flaw(NipFlaw::Sex));
    assert_eq!(bad("197001012003121000"), flaw(NipFlaw::Sequence));
    // 29 February exists only in leap years.
    assert_eq!(bad("197202292003121001"), None);
    assert_eq!(bad("197102292003121001"), flaw(NipFlaw::BirthDate));
}

#[test]
fn sign_in_refusals_and_success() {
    let mut p = app(|s| s.signed_in = false);
    assert_eq!(p.view, View::SignIn);
    let mut attempt = |nip: &str, password: &str| {
        p.update(Action::NipChanged(nip.into()));
        p.update(Action::PasswordChanged(password.into()));
        p.update(Action::SignIn)
    };
    assert_eq!(reason(&attempt("12345", PASSWORD)), text("nip_length"));
    assert_eq!(
        reason(&attempt("19700101200312100x", PASSWORD)),
        text("nip_digits")
    );
    assert_eq!(
        reason(&attempt("197001012003121000", PASSWORD)),
        text("nip_invalid")
    );
    assert_eq!(
        reason(&attempt("198005152005012002", PASSWORD)),
        text("nip_unknown")
    );
    assert_eq!(reason(&attempt(NIP, "salah")), text("password"));
    assert_eq!(
        name(&attempt("19700101 200312 1 001", PASSWORD)),
        "presensi.signed_in"
    );
    assert_eq!(p.view, View::Home);
    assert_eq!(name(&p.update(Action::SignOut)), "presensi.signed_out");
    assert_eq!(p.view, View::SignIn);
    assert_eq!(p.update(Action::StartCheckIn), None);
}

#[test]
fn password_rules() {
    let check = |new: &str, repeat: &str| rules::check_new_password(new, repeat, PASSWORD).err();
    assert_eq!(check("abc1", "abc1"), Some(PasswordError::TooShort));
    assert_eq!(check("12345678", "12345678"), Some(PasswordError::NoLetter));
    assert_eq!(check("abcdefgh", "abcdefgh"), Some(PasswordError::NoDigit));
    assert_eq!(check(PASSWORD, PASSWORD), Some(PasswordError::SameAsOld));
    assert_eq!(
        check("Kantor2025", "Kantor2026"),
        Some(PasswordError::Mismatch)
    );
    assert_eq!(check("Kantor2025", "Kantor2025"), None);
}

#[test]
fn forced_password_change_comes_before_anything_else() {
    let mut p = app(|s| {
        s.signed_in = false;
        s.must_change_password = true;
    });
    p.update(Action::NipChanged(NIP.into()));
    p.update(Action::PasswordChanged(PASSWORD.into()));
    p.update(Action::SignIn);
    assert_eq!(p.view, View::ChangePassword);
    assert_eq!(p.update(Action::StartCheckIn), None);
    p.update(Action::NewPassword("kantor12".into()));
    p.update(Action::RepeatPassword("kantor13".into()));
    assert_eq!(reason(&p.update(Action::SavePassword)), text("mismatch"));
    p.update(Action::RepeatPassword("kantor12".into()));
    let e = p.update(Action::SavePassword);
    assert_eq!(name(&e), "presensi.password_changed");
    assert_eq!(field(&e, "length"), Some(&Value::Int(8)));
    assert_eq!(field(&e, "strong"), Some(&Value::Bool(false)));
    assert_eq!(p.view, View::Home);
    assert_eq!(p.notice, Some(Notice::PasswordChanged));
    // The new password is the one that works now.
    p.update(Action::SignOut);
    p.update(Action::NipChanged(NIP.into()));
    p.update(Action::PasswordChanged("kantor12".into()));
    assert_eq!(name(&p.update(Action::SignIn)), "presensi.signed_in");
}

#[test]
fn attachment_limit_and_formats() {
    let file = |name: &str, size_kb| crate::sim::files::DiskFile {
        folder: "dokumen".into(),
        name: name.into(),
        size_kb,
    };
    assert_eq!(rules::check_attachment(&file("a.pdf", 300)), Ok(()));
    assert_eq!(rules::check_attachment(&file("a.JPG", 300)), Ok(()));
    assert_eq!(rules::check_attachment(&file("a.png", 10)), Ok(()));
    assert_eq!(
        rules::check_attachment(&file("a.pdf", 301)),
        Err(AttachmentError::TooBig)
    );
    assert_eq!(
        rules::check_attachment(&file("a.docx", 20)),
        Err(AttachmentError::Format)
    );
}

// ---------------------------------------------------------------- the phone

#[test]
fn wrong_clock_blocks_until_auto_time_is_on() {
    for (auto, offset) in [(false, 0), (false, -12)] {
        let mut p = app(|s| {
            s.auto_time = auto;
            s.clock_offset_min = offset;
        });
        assert_eq!(p.phone_clock(), rules::hhmm(7 * 60 + 20 + offset));
        assert_eq!(reason(&p.update(Action::StartCheckIn)), text("wrong_clock"));
        assert_eq!(p.view, View::Home);
        assert_eq!(
            name(&p.update(Action::OpenPhoneSettings)),
            "presensi.settings_opened"
        );
        let e = p.update(Action::ToggleAutoTime);
        assert_eq!(field(&e, "on"), Some(&Value::Bool(true)));
        assert_eq!(p.phone_clock(), "07:20");
        p.update(Action::Back);
        assert_eq!(p.view, View::Home);
        assert_eq!(name(&p.update(Action::StartCheckIn)), "presensi.started");
    }
}

#[test]
fn location_off_blocks_until_switched_on() {
    let mut p = app(|s| s.location_on = false);
    assert_eq!(
        reason(&p.update(Action::StartCheckIn)),
        text("location_off")
    );
    p.update(Action::OpenPhoneSettings);
    let e = p.update(Action::ToggleLocation);
    assert_eq!(name(&e), "presensi.location_changed");
    assert_eq!(field(&e, "on"), Some(&Value::Bool(true)));
    p.update(Action::Back);
    assert_eq!(name(&p.update(Action::StartCheckIn)), "presensi.started");
}

#[test]
fn permission_is_asked_once() {
    let mut p = app(|s| s.location_allowed = false);
    p.update(Action::StartCheckIn);
    assert_eq!(p.view, View::Permission);
    let e = p.update(Action::DenyLocation);
    assert_eq!(field(&e, "allowed"), Some(&Value::Bool(false)));
    assert_eq!(p.view, View::Home);
    // Not asked again: refused until switched on in the phone's settings.
    assert_eq!(
        reason(&p.update(Action::StartCheckIn)),
        text("no_permission")
    );
    p.update(Action::OpenPhoneSettings);
    let e = p.update(Action::ToggleLocationPermission);
    assert_eq!(field(&e, "allowed"), Some(&Value::Bool(true)));
    p.update(Action::Back);
    p.update(Action::StartCheckIn);
    assert_eq!(p.view, View::Map);

    let mut p = app(|s| s.location_allowed = false);
    p.update(Action::StartCheckIn);
    let e = p.update(Action::AllowLocation);
    assert_eq!(field(&e, "allowed"), Some(&Value::Bool(true)));
    assert_eq!(p.view, View::Map);
    p.update(Action::Back);
    p.update(Action::StartCheckIn);
    assert_eq!(p.view, View::Map, "asked only once");
}

#[test]
fn fake_gps_blocks_until_removed() {
    let mut p = app(|s| s.fake_gps = true);
    assert_eq!(reason(&p.update(Action::StartCheckIn)), text("fake_gps"));
    assert_eq!(reason(&p.update(Action::StartCheckIn)), text("fake_gps"));
    p.update(Action::OpenPhoneSettings);
    assert_eq!(
        name(&p.update(Action::RemoveFakeGps)),
        "presensi.fake_gps_removed"
    );
    assert_eq!(p.update(Action::RemoveFakeGps), None);
    p.update(Action::Back);
    assert_eq!(name(&p.update(Action::StartCheckIn)), "presensi.started");
}

#[test]
fn each_face_problem_and_its_fix() {
    for (face, fix, key) in [
        (Face::Dark, Action::FixLight, "light"),
        (Face::Mask, Action::RemoveMask, "mask"),
        (Face::Glare, Action::TiltGlasses, "glasses"),
    ] {
        let mut p = app(|s| s.face = face);
        run(&mut p, vec![Action::StartCheckIn, Action::MapNext]);
        let e = p.update(Action::TakePhoto);
        assert_eq!(field(&e, "face"), text(face.key()).as_ref());
        assert_eq!(field(&e, "recognised"), Some(&Value::Bool(false)));
        assert_eq!(p.view, View::Camera);
        assert_eq!(p.notice, Some(Notice::FaceProblem(face)));
        // The wrong fix does not help.
        let wrong = if face == Face::Dark {
            Action::RemoveMask
        } else {
            Action::FixLight
        };
        assert_eq!(field(&p.update(wrong), "helped"), Some(&Value::Bool(false)));
        let e = p.update(fix);
        assert_eq!(field(&e, "fix"), text(key).as_ref());
        assert_eq!(field(&e, "helped"), Some(&Value::Bool(true)));
        let e = p.update(Action::TakePhoto);
        assert_eq!(field(&e, "recognised"), Some(&Value::Bool(true)));
        assert_eq!(p.view, View::Confirm);
    }
}

#[test]
fn unregistered_face_leads_to_a_registration_request() {
    let mut p = app(|s| s.face = Face::Unregistered);
    assert_eq!(
        p.update(Action::StartCheckIn).map(|e| e.name).as_deref(),
        Some("presensi.started")
    );
    p.update(Action::MapNext);
    assert_eq!(
        p.update(Action::RequestFaceRegistration),
        None,
        "only after a photo… "
    );
    p.update(Action::TakePhoto);
    assert_eq!(p.notice, Some(Notice::FaceProblem(Face::Unregistered)));
    for fix in [Action::FixLight, Action::RemoveMask, Action::TiltGlasses] {
        assert_eq!(field(&p.update(fix), "helped"), Some(&Value::Bool(false)));
    }
    // "Hubungi admin" opens the app's message to the admin; nothing is sent yet.
    assert_eq!(
        name(&p.update(Action::RequestFaceRegistration)),
        "presensi.admin_message_opened"
    );
    assert_eq!(p.view, View::AdminMessage);
    assert!(!p.face_registration_requested);
    p.update(Action::Back);
    assert_eq!(p.view, View::Camera, "Kembali goes back to the camera");
    p.update(Action::RequestFaceRegistration);
    assert_eq!(
        name(&p.update(Action::SendAdminMessage)),
        "presensi.face_registration_requested"
    );
    assert!(p.face_registration_requested);
    assert_eq!(p.view, View::Home);
    assert_eq!(p.notice, Some(Notice::RegistrationRequested));
    // The admin registered the face: the next Presensi sees it.
    p.update(Action::StartCheckIn);
    p.update(Action::MapNext);
    assert_eq!(
        field(&p.update(Action::TakePhoto), "recognised"),
        Some(&Value::Bool(true))
    );
    assert_eq!(
        p.update(Action::SendAdminMessage),
        None,
        "only from the message"
    );
}

#[test]
fn server_busy_n_times_then_success() {
    let mut p = app(|s| s.server_busy = 2);
    to_confirm(&mut p);
    for _ in 0..2 {
        let e = p.update(Action::SendAttendance);
        assert_eq!(reason(&e), text("server_busy"));
        assert_eq!(field(&e, "kind"), text("masuk").as_ref());
        assert_eq!(p.view, View::Confirm);
    }
    assert_eq!(
        name(&p.update(Action::SendAttendance)),
        "presensi.checked_in"
    );
    assert_eq!(p.view, View::Done);
}

#[test]
fn already_checked_in_and_check_out_without_check_in() {
    let mut p = app(|s| s.checked_in_at = "07:10".into());
    let e = p.update(Action::StartCheckIn);
    assert_eq!(reason(&e), text("already_done"));
    assert_eq!(field(&e, "kind"), text("masuk").as_ref());

    let mut p = app(|_| {});
    let e = p.update(Action::StartCheckOut);
    assert_eq!(reason(&e), text("no_check_in"));
    assert_eq!(field(&e, "kind"), text("pulang").as_ref());
}

#[test]
fn check_out_reports_early_leave() {
    let mut p = app(|s| {
        s.checked_in_at = "07:10".into();
        s.time = "15:20".into();
    });
    let names = run(
        &mut p,
        vec![Action::StartCheckOut, Action::MapNext, Action::TakePhoto],
    );
    assert_eq!(
        names,
        [
            "presensi.started",
            "presensi.map_passed",
            "presensi.photo_taken"
        ]
    );
    let e = p.update(Action::SendAttendance);
    assert_eq!(name(&e), "presensi.checked_out");
    assert_eq!(field(&e, "early_minutes"), Some(&Value::Int(40)));
    assert_eq!(field(&e, "early"), Some(&Value::Bool(true)));
    assert_eq!(field(&e, "band"), Some(&Value::Int(2)));
    assert_eq!(
        reason(&{
            p.update(Action::Back);
            p.update(Action::StartCheckOut)
        }),
        text("already_done")
    );
    assert_eq!(p.day("2025-06-02").map(|r| r.status), Some(DayStatus::Psw));
}

#[test]
fn a_whole_check_in_emits_exactly_the_spec_events() {
    let mut p = app(|s| {
        s.location_allowed = false;
        s.distance_m = 180;
    });
    let names = run(
        &mut p,
        vec![
            Action::StartCheckIn,
            Action::AllowLocation,
            Action::MapNext,
            Action::WalkCloser,
            Action::WalkCloser,
            Action::MapNext,
            Action::TakePhoto,
            Action::SendAttendance,
        ],
    );
    assert_eq!(
        names,
        [
            "presensi.started",
            "presensi.location_answered",
            "presensi.refused",
            "presensi.moved",
            "presensi.moved",
            "presensi.map_passed",
            "presensi.photo_taken",
            "presensi.checked_in",
        ]
    );
    assert_eq!(p.view, View::Done);
    assert_eq!(p.checked_in_at, Some(7 * 60 + 20));
    // Every event is in the contract with the fields it lists.
    let mut q = app(|s| s.location_allowed = false);
    for a in [
        Action::StartCheckIn,
        Action::AllowLocation,
        Action::MapNext,
        Action::TakePhoto,
        Action::SendAttendance,
    ] {
        let e = q.update(a).expect("an event");
        let spec = crate::sim::contract::event(&e.name).expect("in the contract");
        let mut fields: Vec<&str> = spec.fields.iter().map(|(n, _)| *n).collect();
        fields.sort_unstable();
        let got: Vec<&str> = e.fields.keys().map(String::as_str).collect();
        assert_eq!(got, fields, "{}", e.name);
    }
}

// ---------------------------------------------------------------- requests

fn request_app() -> Presensi {
    let file = |name: &str, size_kb| crate::sim::files::DiskFile {
        folder: "dokumen".into(),
        name: name.into(),
        size_kb,
    };
    let mut p = app(|s| {
        s.files = vec![
            file("Surat-Tugas.pdf", 240),
            file("Surat-Tugas-Besar.pdf", 301),
            file("Surat-Dokter.jpg", 120),
            file("Catatan.docx", 20),
        ];
        s.requests = vec![RequestSpec {
            id: "r1".into(),
            kind: RequestKind::Cuti,
            status: RequestStatus::Diterima,
            reason: "presensi-x".into(),
            from: "2025-05-01".into(),
            to: "2025-05-02".into(),
        }];
        s.reject_reason = "presensi-rejected".into();
    });
    assert_eq!(
        name(&p.update(Action::OpenRequests)),
        "presensi.requests_opened"
    );
    p
}

fn new_request(p: &mut Presensi, kind: RequestKind, from: &str, to: &str) {
    p.update(Action::NewRequest);
    assert_eq!(p.view, View::RequestForm);
    let e = p.update(Action::RequestKind(kind));
    assert_eq!(field(&e, "kind"), text(kind.key()).as_ref());
    p.update(Action::RequestFrom(from.into()));
    p.update(Action::RequestTo(to.into()));
}

fn attach(p: &mut Presensi, file: &str) -> Option<SimEvent> {
    p.update(Action::OpenPicker);
    let e = p.update(Action::PickerFolder("dokumen".into()));
    assert_eq!(name(&e), "files.folder_opened");
    p.update(Action::PickFile(file.into()))
}

#[test]
fn dinas_luar_needs_a_pdf_within_the_limit() {
    let mut p = request_app();
    new_request(&mut p, RequestKind::DinasLuar, "2025-06-03", "2025-06-04");
    assert_eq!(
        reason(&p.update(Action::SendRequest)),
        text("no_attachment")
    );
    let e = attach(&mut p, "Surat-Tugas-Besar.pdf");
    assert_eq!(name(&e), "presensi.attachment_refused");
    assert_eq!(reason(&e), text("too_big"));
    assert_eq!(p.view, View::Picker);
    assert_eq!(
        reason(&p.update(Action::PickFile("Catatan.docx".into()))),
        text("format")
    );
    let e = p.update(Action::PickFile("Surat-Dokter.jpg".into()));
    assert_eq!(name(&e), "presensi.attachment_added");
    assert_eq!(p.view, View::RequestForm);
    assert_eq!(
        reason(&p.update(Action::SendRequest)),
        text("attachment_format")
    );
    p.update(Action::RemoveAttachment);
    let e = attach(&mut p, "Surat-Tugas.pdf");
    assert_eq!(field(&e, "size_kb"), Some(&Value::Int(240)));
    let e = p.update(Action::SendRequest);
    assert_eq!(name(&e), "presensi.request_sent");
    assert_eq!(field(&e, "days"), Some(&Value::Int(2)));
    assert_eq!(field(&e, "format"), text("pdf").as_ref());
    assert_eq!(field(&e, "attachment"), Some(&Value::Bool(true)));
    // "r1" is the scenario's: the learner's first request is r2.
    assert_eq!(
        p.request("r2").map(|r| r.status),
        Some(RequestStatus::Dikirim)
    );
    assert_eq!(p.view, View::Requests);
}

#[test]
fn request_rules() {
    let check = |kind, from, to, reason, attachment| {
        rules::check_request(kind, from, to, reason, attachment).err()
    };
    use RequestKind::*;
    assert_eq!(
        check(TugasLuar, "2025-06-03", "", "", None),
        Some(RequestError::NoAttachment)
    );
    assert_eq!(check(TugasLuar, "2025-06-03", "", "", Some("a.pdf")), None);
    assert_eq!(check(Sakit, "2025-06-03", "2025-06-03", "", None), None);
    assert_eq!(
        check(Sakit, "2025-06-03", "2025-06-04", "", None),
        Some(RequestError::NoAttachment)
    );
    assert_eq!(
        check(Sakit, "2025-06-03", "2025-06-04", "", Some("dokter.jpg")),
        None
    );
    assert_eq!(
        check(Izin, "2025-06-03", "", " ", None),
        Some(RequestError::NoReason)
    );
    assert_eq!(check(Izin, "2025-06-03", "", "Anak sakit", None), None);
    assert_eq!(
        check(Cuti, "2025-06-03", "2025-06-05", "", None),
        Some(RequestError::NoReason)
    );
    assert_eq!(check(Wfh, "2025-06-03", "", "", None), None);
    assert_eq!(
        check(Cuti, "2025-06-05", "2025-06-03", "Pulang kampung", None),
        Some(RequestError::Dates)
    );
    assert_eq!(
        check(Wfh, "kemarin", "", "", None),
        Some(RequestError::Dates)
    );
    assert_eq!(
        check(Wfh, "2025-02-30", "", "", None),
        Some(RequestError::Dates)
    );
    assert_eq!(
        rules::check_request(Cuti, "30-05-2025", "2/6/2025", "Keluarga", None),
        Ok(4)
    );
}

#[test]
fn draft_then_sent_then_accepted_or_rejected_on_refresh() {
    for (outcome, status) in [
        (Outcome::Diterima, "diterima"),
        (Outcome::Ditolak, "ditolak"),
    ] {
        let mut p = request_app();
        p.outcome = outcome;
        new_request(&mut p, RequestKind::Izin, "2025-06-03", "");
        assert_eq!(name(&p.update(Action::SaveDraft)), "presensi.request_saved");
        assert_eq!(p.request("r2").map(|r| r.status), Some(RequestStatus::Draf));
        let e = p.update(Action::OpenRequest("r2".into()));
        assert_eq!(field(&e, "status"), text("draf").as_ref());
        // Sending the draft without a reason opens the form to fix it.
        assert_eq!(reason(&p.update(Action::SendRequest)), text("no_reason"));
        assert_eq!(p.view, View::RequestForm);
        p.update(Action::RequestReason(
            "Mengantar anak ke rumah sakit".into(),
        ));
        assert_eq!(
            name(&p.update(Action::SendRequest)),
            "presensi.request_sent"
        );
        assert_eq!(p.requests.iter().filter(|r| r.by_learner).count(), 1);
        let e = p.update(Action::OpenRequest("r2".into()));
        assert_eq!(field(&e, "status"), text("dikirim").as_ref());
        let e = p.update(Action::Refresh);
        assert_eq!(field(&e, "status"), text(status).as_ref());
        let r = p.request("r2").expect("the request");
        assert_eq!(r.status.key(), status);
        assert_eq!(r.reject_reason.is_empty(), outcome == Outcome::Diterima);
        // The scenario's own request does not change.
        assert_eq!(
            p.request("r1").map(|r| r.status),
            Some(RequestStatus::Diterima)
        );
    }
}

#[test]
fn a_request_needs_a_kind() {
    let mut p = request_app();
    p.update(Action::NewRequest);
    let e = p.update(Action::SendRequest);
    assert_eq!(reason(&e), text("no_kind"));
    assert_eq!(field(&e, "kind"), text("").as_ref());
}

// ---------------------------------------------------------------- WFH, colleague

#[test]
fn wfh_day_has_no_radius_and_needs_a_report() {
    let mut p = app(|s| {
        s.mode = Mode::Wfh;
        s.distance_m = 12_000;
        s.time = "07:25".into();
    });
    p.update(Action::ChooseMode(Mode::Wfh));
    let e = p.update(Action::StartCheckIn);
    assert_eq!(field(&e, "mode"), text("wfh").as_ref());
    let e = p.update(Action::MapNext);
    assert_eq!(name(&e), "presensi.map_passed");
    assert_eq!(field(&e, "inside"), Some(&Value::Bool(false)));
    p.update(Action::TakePhoto);
    let e = p.update(Action::SendAttendance);
    assert_eq!(field(&e, "mode"), text("wfh").as_ref());
    assert!(p.report_due());
    p.update(Action::Back);
    assert_eq!(reason(&p.update(Action::StartCheckOut)), text("no_report"));
    p.update(Action::OpenReport);
    assert_eq!(p.view, View::Report);
    p.update(Action::ReportText("Menyusun laporan.".into()));
    let e = p.update(Action::SendReport);
    assert_eq!(field(&e, "words"), Some(&Value::Int(2)));
    assert_eq!(field(&e, "enough"), Some(&Value::Bool(false)));
    assert_eq!(p.view, View::Report);
    p.update(Action::ReportText(
        "Menyusun laporan bulanan Mei, membalas tiga surat dinas, dan rapat daring jam sepuluh."
            .into(),
    ));
    let e = p.update(Action::SendReport);
    assert_eq!(field(&e, "enough"), Some(&Value::Bool(true)));
    assert!(!p.report_due());
    assert_eq!(p.view, View::Home);
    assert_eq!(p.day("2025-06-02").map(|r| r.status), Some(DayStatus::Wfh));
}

#[test]
fn a_wfh_day_can_still_be_worked_at_the_office() {
    let mut p = app(|s| {
        s.mode = Mode::Wfh;
        s.distance_m = 12_000;
    });
    p.update(Action::ChooseMode(Mode::Wfo));
    let e = p.update(Action::StartCheckIn);
    assert_eq!(field(&e, "mode"), text("wfo").as_ref());
    assert_eq!(reason(&p.update(Action::MapNext)), text("outside_radius"));
    // An office day has no choice.
    let mut p = app(|_| {});
    p.update(Action::ChooseMode(Mode::Wfh));
    assert_eq!(p.mode, Mode::Wfo);
}

#[test]
fn colleague_question() {
    for shared in [true, false] {
        let mut p = app(|s| s.colleague_asks = true);
        let e = p.update(Action::AnswerColleague(shared));
        assert_eq!(name(&e), "presensi.colleague_answered");
        assert_eq!(field(&e, "shared"), Some(&Value::Bool(shared)));
        assert_eq!(p.notice.map(Notice::is_problem), Some(shared));
        if shared {
            // The colleague asks again: the learner can still refuse, and then it stops.
            assert!(p.colleague_asks);
            let e = p.update(Action::AnswerColleague(false));
            assert_eq!(field(&e, "shared"), Some(&Value::Bool(false)));
        }
        assert!(!p.colleague_asks);
        assert_eq!(p.update(Action::AnswerColleague(false)), None);
    }
}

#[test]
fn notice_stays_until_the_next_action() {
    let mut p = app(|s| s.fake_gps = true);
    p.update(Action::StartCheckIn);
    assert_eq!(p.notice, Some(Notice::Refused(Refusal::FakeGps)));
    assert_eq!(
        p.notice.map(Notice::key).as_deref(),
        Some("refused-fake_gps")
    );
    p.update(Action::OpenHistory);
    assert_eq!(p.notice, None);
}

#[test]
fn back_leaves_settings_to_where_the_learner_was() {
    let mut p = app(|_| {});
    p.update(Action::StartCheckIn);
    assert_eq!(p.view, View::Map);
    p.update(Action::OpenPhoneSettings);
    assert_eq!(p.update(Action::StartCheckIn), None);
    p.update(Action::Back);
    assert_eq!(p.view, View::Map);
    assert_eq!(name(&p.update(Action::MapNext)), "presensi.map_passed");
    p.update(Action::Back);
    p.update(Action::Back);
    assert_eq!(p.view, View::Home);
    assert_eq!(p.attempt, None);
    assert_eq!(p.update(Action::Back), None);
}

#[test]
fn state_survives_a_json_round_trip() {
    let mut p = request_app();
    new_request(&mut p, RequestKind::Wfh, "2025-06-03", "");
    let json = serde_json::to_string(&p).expect("serialises");
    let back: Presensi = serde_json::from_str(&json).expect("deserialises");
    assert_eq!(back, p);
}

#[test]
fn waiting_for_the_evening_moves_the_clock_once_and_pulang_is_then_on_time() {
    let mut p = app(|s| {
        s.time = "07:20".into();
        s.evening = "16:05".into();
    });
    assert!(p.can_wait_for_evening());
    to_confirm(&mut p);
    // Not in the middle of a Presensi.
    assert!(!p.can_wait_for_evening());
    assert_eq!(p.update(Action::WaitForEvening), None);
    assert_eq!(
        name(&p.update(Action::SendAttendance)),
        "presensi.checked_in"
    );
    p.update(Action::Back);
    let e = p.update(Action::WaitForEvening);
    assert_eq!(name(&e), "presensi.time_passed");
    assert_eq!(field(&e, "time"), text("16:05").as_ref());
    assert_eq!(p.now(), "16:05");
    assert!(!p.can_wait_for_evening(), "once");
    assert_eq!(p.update(Action::WaitForEvening), None);
    run(
        &mut p,
        vec![Action::StartCheckOut, Action::MapNext, Action::TakePhoto],
    );
    let e = p.update(Action::SendAttendance);
    assert_eq!(name(&e), "presensi.checked_out");
    assert_eq!(field(&e, "early"), Some(&Value::Bool(false)));
    // Without `evening` the control is never offered.
    assert!(!app(|_| {}).can_wait_for_evening());
}
