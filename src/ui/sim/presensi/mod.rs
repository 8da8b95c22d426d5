//! The pretend e-Presensi app on a pretend phone, and beside it what happens around the
//! learner: walking towards the office, turning to the light, taking off the mask, the
//! phone's own settings. Every word comes from `sim-presensi.ftl`; highlight ids are those
//! of the spec (`docs/CONTENT.md`).

use super::pointer::Pointer;
use crate::i18n::Translator;
use crate::sim::presensi::{Action, Presensi, View};
use crate::ui::theme::{self};
use iced::widget::{column, container, row, scrollable, text};
use iced::{Element, Length, Padding};

mod account;
mod attendance;
mod history;
mod phone;
mod requests;
mod settings;

use account::*;
use attendance::*;
use history::*;
use phone::*;
use requests::*;
use settings::*;

/// The phone's width: a common 6-inch phone, at a size an older eye can read.
const PHONE_WIDTH: f32 = 390.0;

pub fn view<'a, 'p>(
    s: &'a Presensi,
    tr: &Translator,
    highlight: impl Into<Pointer<'p>>,
) -> Element<'a, Action> {
    let pointer = highlight.into();
    let lit = |id: &str| pointer.lit(id);
    row![phone(s, tr, &lit), world(s, tr, &lit)]
        .spacing(theme::PAD)
        .height(Length::Fill)
        .into()
}

fn t<'a>(tr: &Translator, id: &str) -> iced::widget::Text<'a> {
    text(tr.tr(&format!("presensi-app-{id}"))).size(theme::SMALL)
}

fn w(tr: &Translator, id: &str) -> String {
    tr.tr(&format!("presensi-app-{id}"))
}

/// "2025-06-02" as the app shows it: "02-06-2025".
fn dmy(date: &str) -> String {
    let parts: Vec<&str> = date.split('-').collect();
    match parts.as_slice() {
        [y, m, d] => format!("{d}-{m}-{y}"),
        _ => date.to_owned(),
    }
}

/// A cut in tenths of a percent, as "1,5 %" (the words decide the decimal mark).
fn cut(tr: &Translator, tenths: u32) -> String {
    tr.tr_args(
        "presensi-app-cut-percent",
        &[
            ("whole", (tenths / 10).into()),
            ("tenth", (tenths % 10).into()),
        ],
    )
}

/// Rupiah with dots between thousands, as written in Indonesia.
fn rupiah(amount: i64) -> String {
    let digits = amount.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(ch);
    }
    format!("Rp{out}")
}

// ------------------------------------------------------------------ around the learner

/// What is outside the phone: where the learner stands, what they can change about
/// themselves for the camera, and the phone's settings.
fn world<'a>(s: &'a Presensi, tr: &Translator, lit: &dyn Fn(&str) -> bool) -> Element<'a, Action> {
    let distance = if s.inside() {
        tr.tr_args(
            "presensi-app-world-inside",
            &[("distance", s.distance_m.into())],
        )
    } else {
        tr.tr_args(
            "presensi-app-world-outside",
            &[("distance", s.distance_m.into())],
        )
    };
    let mut col = column![
        text(w(tr, "world-title"))
            .size(theme::TEXT)
            .font(theme::BOLD),
        text(distance).size(theme::SMALL),
    ]
    .spacing(12);
    // Once inside the radius the button stays, greyed: gone, it let the next button slide
    // up under the pointer.
    col = col.push(plain(
        "walk-closer",
        w(tr, "walk-closer"),
        (!s.inside()).then_some(Action::WalkCloser),
        lit,
    ));
    if s.view == View::Camera {
        col = col.push(
            text(w(tr, "world-camera"))
                .size(theme::SMALL)
                .font(theme::BOLD),
        );
        col = col.push(plain(
            "fix-light",
            w(tr, "fix-light"),
            Some(Action::FixLight),
            lit,
        ));
        col = col.push(plain(
            "remove-mask",
            w(tr, "remove-mask"),
            Some(Action::RemoveMask),
            lit,
        ));
        col = col.push(plain(
            "tilt-glasses",
            w(tr, "tilt-glasses"),
            Some(Action::TiltGlasses),
            lit,
        ));
    }
    if s.can_wait_for_evening() {
        col = col.push(plain(
            "wait-evening",
            w(tr, "wait-evening"),
            Some(Action::WaitForEvening),
            lit,
        ));
    }
    col = col.push(
        text(w(tr, "world-phone"))
            .size(theme::SMALL)
            .font(theme::BOLD),
    );
    col = col.push(plain(
        "phone-settings",
        w(tr, "phone-settings"),
        Some(Action::OpenPhoneSettings),
        lit,
    ));
    container(scrollable(col.padding(Padding::ZERO.right(12))))
        .padding(theme::SPACE)
        .width(Length::Fill)
        .height(Length::Fill)
        .style(theme::card)
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::presensi::{AttemptKind, Face, Notice, RequestKind};

    #[test]
    fn rupiah_has_dots_between_thousands() {
        assert_eq!(rupiah(37_500), "Rp37.500");
        assert_eq!(rupiah(2_500_000), "Rp2.500.000");
        assert_eq!(rupiah(500), "Rp500");
    }

    /// The ids the view builds from keys (notices, statuses, kinds, faces) all exist in
    /// both languages: a missing one would show its id to the learner.
    #[test]
    fn every_word_the_phone_can_show_is_in_both_languages() {
        use crate::sim::presensi::rules::{AttachmentError, NipError, PasswordError, RequestError};
        use crate::sim::presensi::{DayStatus, Refusal, RequestStatus, SignInFailure};
        let content = crate::course::load(None);
        let faces = [
            Face::Ok,
            Face::Dark,
            Face::Mask,
            Face::Glare,
            Face::Unregistered,
        ];
        let statuses = [
            RequestStatus::Draf,
            RequestStatus::Dikirim,
            RequestStatus::Diterima,
            RequestStatus::Ditolak,
        ];
        let mut notices = vec![
            Notice::SignInFailed(SignInFailure::Nip(NipError::Length)),
            Notice::SignInFailed(SignInFailure::Nip(NipError::Digits)),
            Notice::SignInFailed(SignInFailure::NipUnknown),
            Notice::SignInFailed(SignInFailure::Password),
            Notice::PasswordChanged,
            Notice::LocationDenied,
            Notice::RegistrationRequested,
            Notice::RequestSent,
            Notice::DraftSaved,
            Notice::ReportSent,
            Notice::ReportTooShort,
            Notice::ColleagueShared,
            Notice::ColleagueRefused,
        ];
        notices.extend(
            [
                PasswordError::TooShort,
                PasswordError::NoLetter,
                PasswordError::NoDigit,
                PasswordError::SameAsOld,
                PasswordError::Mismatch,
            ]
            .map(Notice::PasswordRejected),
        );
        notices.extend(
            [
                Refusal::OutsideRadius,
                Refusal::WrongClock,
                Refusal::LocationOff,
                Refusal::NoPermission,
                Refusal::FakeGps,
                Refusal::ServerBusy,
                Refusal::AlreadyDone,
                Refusal::NoCheckIn,
                Refusal::NoReport,
            ]
            .map(Notice::Refused),
        );
        notices.extend(faces.map(Notice::FaceProblem));
        notices.extend(
            [AttachmentError::Format, AttachmentError::TooBig].map(Notice::AttachmentRefused),
        );
        notices.extend(
            [
                RequestError::NoKind,
                RequestError::Dates,
                RequestError::NoAttachment,
                RequestError::AttachmentFormat,
                RequestError::NoReason,
            ]
            .map(Notice::RequestRefused),
        );
        notices.extend(statuses.map(Notice::StatusUpdated));
        let mut ids: Vec<String> = notices
            .iter()
            .map(|n| format!("notice-{}", n.key()))
            .collect();
        ids.extend(faces.map(|f| format!("camera-{}", f.key())));
        ids.extend(statuses.map(|s| format!("request-status-{}", s.key())));
        ids.extend(RequestKind::ALL.map(|k| format!("kind-{}", k.key())));
        ids.extend(
            [
                DayStatus::TepatWaktu,
                DayStatus::Terlambat,
                DayStatus::Psw,
                DayStatus::TidakPulang,
                DayStatus::TidakMasuk,
                DayStatus::DinasLuar,
                DayStatus::TugasLuar,
                DayStatus::Izin,
                DayStatus::Sakit,
                DayStatus::Cuti,
                DayStatus::Wfh,
            ]
            .map(|s| format!("status-{}", s.key())),
        );
        ids.extend(
            [AttemptKind::Masuk, AttemptKind::Pulang].map(|k| format!("attempt-{}", k.key())),
        );
        let missing: Vec<String> = ids
            .iter()
            .map(|id| format!("presensi-app-{id}"))
            .filter(|id| !content.catalog.missing_in(id).is_empty())
            .collect();
        assert!(missing.is_empty(), "missing words: {missing:?}");
    }

    #[test]
    fn dates_show_day_first() {
        assert_eq!(dmy("2025-06-02"), "02-06-2025");
        assert_eq!(dmy("kemarin"), "kemarin");
    }
}
