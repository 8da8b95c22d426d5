//! The Presensi module through the real views: every lesson finished by clicking and typing
//! on the pretend phone as a learner would, and three lessons checked step by step against
//! the stored progress.

use crate::gui::{Harness, lesson_player};
use tuntun::course::{Matcher, Scenario};
use tuntun::sim::presensi::{Face, Presensi, View};
use tuntun::sim::{SimState, Value};

fn phone(h: &Harness) -> &Presensi {
    match &lesson_player(h).player.sim {
        SimState::Presensi(p) => p,
        _ => panic!("not on the pretend phone"),
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

fn scenario(h: &Harness) -> tuntun::sim::presensi::Scenario {
    match &lesson_player(h).player.lesson.scenario {
        Scenario::Presensi(s) => s.as_ref().clone(),
        _ => panic!("a presensi lesson"),
    }
}

/// Replaces what a text box holds, as a learner would: click, select to the start, type.
fn type_into(h: &mut Harness, id: &str, text: &str) {
    let (id, text) = (id.to_owned(), text.to_owned());
    h.act(move |ui| {
        crate::gui::reveal_click(ui, &format!("{id}-input"), "phone");
        ui.tap_key(iced::keyboard::key::Named::End);
        for _ in 0..80 {
            ui.tap_key(iced::keyboard::key::Named::Backspace);
        }
        ui.typewrite(&text);
    });
}

fn tap(h: &mut Harness, id: &str) {
    let id = id.to_owned();
    h.act(move |ui| crate::gui::reveal_click(ui, &id, "phone"));
}

fn done(h: &Harness) -> bool {
    lesson_player(h).player.is_done()
}

/// Back to the app's home screen (through the phone's back arrow).
fn home(h: &mut Harness) {
    for _ in 0..6 {
        match phone(h).view {
            View::Home | View::SignIn | View::ChangePassword => return,
            View::Done => {
                tap(h, "home");
            }
            _ => tap(h, "back"),
        }
    }
}

/// Puts right what the phone's settings can: automatic time, location, the app's
/// permission, the fake-GPS app; then back.
fn fix_phone(h: &mut Harness) {
    let p = phone(h);
    // A permission never asked for is given when the app asks (as the lesson says), not
    // beforehand in the settings.
    let refused = p.permission_asked && !p.location_allowed;
    let needs = p.clock_wrong() || !p.location_on || refused || p.fake_gps;
    if !needs {
        if p.view == View::PhoneSettings {
            tap(h, "back");
        }
        return;
    }
    if phone(h).view != View::PhoneSettings {
        tap(h, "phone-settings");
    }
    if phone(h).clock_wrong() {
        tap(h, "auto-time");
    }
    if !phone(h).location_on {
        tap(h, "location");
    }
    if phone(h).permission_asked && !phone(h).location_allowed {
        tap(h, "location-permission");
    }
    if phone(h).fake_gps {
        tap(h, "remove-fake-gps");
    }
    tap(h, "back");
}

/// One click further along a Presensi Masuk / Pulang, from wherever the phone is.
fn attendance_step(h: &mut Harness, pulang: bool, wfh: bool) {
    match phone(h).view.clone() {
        View::Home => {
            if wfh && phone(h).mode.key() != "wfh" {
                tap(h, "mode-wfh");
            }
            fix_phone(h);
            // A day that goes on to the afternoon: wait for it before Presensi Pulang.
            if pulang && phone(h).can_wait_for_evening() {
                tap(h, "wait-evening");
            }
            tap(h, if pulang { "check-out" } else { "check-in" });
        }
        View::Permission => tap(h, "allow-location"),
        View::Map => {
            if phone(h).inside() || wfh {
                tap(h, "map-next");
            } else {
                tap(h, "walk-closer");
            }
        }
        View::Camera => match phone(h).face {
            Face::Dark => tap(h, "fix-light"),
            Face::Mask => tap(h, "remove-mask"),
            Face::Glare => tap(h, "tilt-glasses"),
            Face::Ok | Face::Unregistered => tap(h, "take-photo"),
        },
        View::Confirm => tap(h, "send-attendance"),
        View::PhoneSettings => fix_phone(h),
        View::Report => {
            type_into(
                h,
                "report-text",
                "Menyusun laporan kegiatan posyandu bulan Mei dan membalas surat dari kecamatan",
            );
            tap(h, "send-report");
        }
        _ => home(h),
    }
}

fn kind_of(goal: &Matcher) -> bool {
    text(goal, "kind").as_deref() == Some("pulang")
}

/// Gets to the Pengajuan form with the kind chosen.
fn request_form(h: &mut Harness, kind: &str) {
    if phone(h).view == View::RequestForm && phone(h).form.kind.map(|k| k.key()) == Some(kind) {
        return;
    }
    home(h);
    tap(h, "requests");
    tap(h, "new-request");
    tap(h, &format!("kind-{kind}"));
}

/// Attaches `name` from wherever it is on the pretend disk.
fn attach(h: &mut Harness, name: &str) {
    if phone(h).view != View::Picker {
        if phone(h).form.attachment.is_some() {
            tap(h, "remove-attachment");
        }
        tap(h, "attach");
    }
    let folder = phone(h)
        .disk
        .folders()
        .into_iter()
        .find(|f| phone(h).disk.find(f, name).is_some())
        .map(str::to_owned)
        .unwrap_or_else(|| panic!("{name} on the pretend disk"));
    tap(h, &format!("picker-folder-{folder}"));
    tap(h, &format!("pick-{name}"));
}

/// The lesson's attachment that the app accepts for this kind: the first pdf (or any file
/// for Sakit) no larger than 300 KB.
fn good_file(h: &Harness, pdf_only: bool) -> String {
    let s = scenario(h);
    s.files
        .iter()
        .find(|f| f.size_kb <= 300 && (!pdf_only || f.format() == "pdf"))
        .map(|f| f.name.clone())
        .expect("a file the app accepts")
}

pub fn solve(h: &mut Harness, goal: &Matcher) {
    for _ in 0..40 {
        if done(h) {
            return;
        }
        let event = goal.event.trim_start_matches("presensi.");
        match event {
            "signed_in" => {
                let s = scenario(h);
                type_into(h, "sign-in-nip", &s.nip);
                type_into(h, "sign-in-password", &s.password);
                tap(h, "sign-in");
            }
            "password_changed" => {
                type_into(h, "new-password", "Sukamaju2025baru");
                type_into(h, "repeat-password", "Sukamaju2025baru");
                tap(h, "save-password");
            }
            "started" | "map_passed" | "photo_taken" | "checked_in" | "checked_out" | "moved" => {
                let wfh =
                    text(goal, "mode").as_deref() == Some("wfh") || phone(h).mode.key() == "wfh";
                let pulang = kind_of(goal) || event == "checked_out";
                let failed = flag(goal, "recognised") == Some(false)
                    || text(goal, "face").is_some_and(|f| f != "ok");
                if event == "photo_taken" && failed {
                    // The lesson wants the failed photo first: take it as the face is.
                    if phone(h).view == View::Camera {
                        tap(h, "take-photo");
                        continue;
                    }
                }
                attendance_step(h, pulang, wfh);
            }
            "admin_message_opened" => {
                if phone(h).view != View::Camera {
                    attendance_step(h, false, false);
                }
                if phone(h).photo.is_none() {
                    tap(h, "take-photo");
                }
                tap(h, "ask-admin");
            }
            "face_registration_requested" => {
                if phone(h).view != View::AdminMessage {
                    tap(h, "ask-admin");
                }
                tap(h, "send-admin");
            }
            "face_fixed" => {
                if phone(h).view == View::Camera {
                    tap(
                        h,
                        match text(goal, "fix").as_deref() {
                            Some("light") => "fix-light",
                            Some("mask") => "remove-mask",
                            _ => "tilt-glasses",
                        },
                    );
                } else {
                    attendance_step(h, false, false);
                }
            }
            "refused" => {
                home(h);
                tap(h, "check-in");
            }
            "settings_opened" => tap(h, "phone-settings"),
            "auto_time_changed" => {
                if phone(h).view != View::PhoneSettings {
                    tap(h, "phone-settings");
                }
                tap(h, "auto-time");
            }
            "fake_gps_removed" => {
                if phone(h).view != View::PhoneSettings {
                    tap(h, "phone-settings");
                }
                tap(h, "remove-fake-gps");
            }
            "history_opened" => {
                home(h);
                tap(h, "history");
            }
            "history_day_opened" => {
                let date = text(goal, "date").expect("a date");
                if phone(h).view != View::History {
                    home(h);
                    tap(h, "history");
                }
                tap(h, &format!("history-{date}"));
            }
            "requests_opened" => {
                home(h);
                tap(h, "requests");
            }
            "request_started" if text(goal, "kind").as_deref() == Some("koreksi") => {
                // A Koreksi starts from the day in the Riwayat that lacks a Presensi.
                if !matches!(phone(h).view, View::HistoryDay(_)) {
                    home(h);
                    tap(h, "history");
                    let day = phone(h)
                        .riwayat()
                        .into_iter()
                        .find(|d| d.status.correctable())
                        .expect("a day to correct");
                    tap(h, &format!("history-{}", day.date));
                }
                tap(h, "request-correction");
            }
            "request_started" => {
                let kind = text(goal, "kind").expect("a kind");
                home(h);
                tap(h, "requests");
                tap(h, "new-request");
                tap(h, &format!("kind-{kind}"));
            }
            "attachment_refused" => {
                // The too-big file of the lesson.
                let big = scenario(h)
                    .files
                    .iter()
                    .find(|f| f.size_kb > 300)
                    .map(|f| f.name.clone())
                    .expect("a big file");
                attach(h, &big);
            }
            "attachment_added" => {
                let name = text(goal, "name").expect("a name");
                attach(h, &name);
            }
            "files.shrunk" => {
                let original = text(goal, "original").expect("which file");
                if phone(h).view != View::Picker {
                    tap(h, "attach");
                }
                let folder = phone(h)
                    .disk
                    .folders()
                    .into_iter()
                    .find(|f| phone(h).disk.find(f, &original).is_some())
                    .map(str::to_owned)
                    .expect("the file on the pretend disk");
                tap(h, &format!("picker-folder-{folder}"));
                tap(h, &format!("shrink-{original}"));
            }
            "request_saved" | "request_sent" => {
                let kind = text(goal, "kind").expect("a kind");
                if phone(h).view != View::RequestForm {
                    request_form(h, &kind);
                }
                let days = match goal.fields.get("days") {
                    Some(Value::Int(n)) => *n,
                    _ => 1,
                };
                let date = phone(h).date.clone();
                let (y, m, d) = (&date[0..4], &date[5..7], &date[8..10]);
                let first: i64 = d.parse().expect("day");
                // A Koreksi comes with its day filled in and has no end date.
                if kind != "koreksi" {
                    type_into(h, "request-from", &format!("{d}-{m}-{y}"));
                    type_into(h, "request-to", &format!("{:02}-{m}-{y}", first + days - 1));
                }
                type_into(h, "request-reason", "Keperluan dinas sesuai surat tugas");
                if phone(h).form.attachment.is_none() && kind != "koreksi" {
                    let pdf = matches!(kind.as_str(), "dl" | "tl");
                    let name = good_file(h, pdf);
                    attach(h, &name);
                }
                tap(
                    h,
                    if event == "request_saved" {
                        "save-draft"
                    } else {
                        "send-request"
                    },
                );
            }
            "status_checked" => {
                let kind = text(goal, "kind").expect("a kind");
                // The newest such request that is not a draft.
                let id = phone(h)
                    .requests
                    .iter()
                    .rev()
                    .find(|r| r.kind.key() == kind && r.status.key() != "draf")
                    .map(|r| r.id.clone());
                let on_it =
                    matches!(&phone(h).view, View::RequestDetail(r) if Some(r) == id.as_ref());
                match (on_it, id) {
                    (true, _) => tap(h, "refresh"),
                    (false, Some(id)) => {
                        if phone(h).view != View::Requests {
                            home(h);
                            tap(h, "requests");
                        }
                        tap(h, &format!("request-{id}"));
                    }
                    (false, None) => panic!("no {kind} request"),
                }
            }
            "report_sent" => {
                if phone(h).view != View::Report {
                    home(h);
                    tap(h, "report");
                }
                attendance_step(h, false, true);
            }
            "colleague_answered" => {
                home(h);
                tap(
                    h,
                    if flag(goal, "shared") == Some(true) {
                        "colleague-give"
                    } else {
                        "colleague-refuse"
                    },
                );
            }
            "location_answered" => {
                if phone(h).view != View::Permission {
                    attendance_step(h, false, false);
                }
                tap(
                    h,
                    if flag(goal, "allowed") == Some(false) {
                        "deny-location"
                    } else {
                        "allow-location"
                    },
                );
            }
            "signed_out" => {
                home(h);
                tap(h, "sign-out");
            }
            other => panic!("the solver does not know {other}"),
        }
    }
    assert!(
        done(h),
        "{} not reached; phone at {:?}, notice {:?}, requests {:?}",
        goal.event,
        phone(h).view,
        phone(h).notice,
        phone(h).requests
    );
}

#[test]
fn every_presensi_lesson_can_be_finished_on_the_pretend_phone() {
    crate::gui::finish_module("presensi", solve);
}
