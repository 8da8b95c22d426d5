//! Presensi Masuk and Pulang: the home page, the location permission, the map, the camera, confirming, done.

use super::{big, dmy, plain, t, w};
use crate::i18n::Translator;
use crate::sim::presensi::{Action, AttemptKind, Face, Mode, Presensi};
use crate::ui::sim::parts::ctl;
use crate::ui::theme::{self, Dot};
use iced::widget::{column, container, row, space, stack, text};
use iced::{Alignment, Element, Length, Padding};

pub(super) fn home<'a>(
    s: &'a Presensi,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    let colleague = s.colleague_asks.then(|| {
        container(
            column![
                text(w(tr, "colleague-from"))
                    .size(theme::SMALL)
                    .font(theme::BOLD),
                t(tr, "colleague-message"),
                row![
                    plain(
                        "colleague-give",
                        w(tr, "colleague-give"),
                        Some(Action::AnswerColleague(true)),
                        lit
                    ),
                    plain(
                        "colleague-refuse",
                        w(tr, "colleague-refuse"),
                        Some(Action::AnswerColleague(false)),
                        lit
                    ),
                ]
                .spacing(8),
            ]
            .spacing(8),
        )
        .padding(10)
        .style(theme::feedback_try_again)
    });
    let modes = (s.day_mode == Mode::Wfh && s.checked_in_at.is_none()).then(|| {
        let choice = |m: Mode, id: &str, label: &str| {
            let chosen = s.mode == m;
            ctl(
                id.to_owned(),
                lit,
                crate::ui::sim::parts::choice_button(w(tr, label), chosen, Action::ChooseMode(m))
                    .width(Length::Fill),
            )
        };
        column![
            t(tr, "mode-question"),
            row![
                choice(Mode::Wfo, "mode-wfo", "mode-wfo"),
                choice(Mode::Wfh, "mode-wfh", "mode-wfh"),
            ]
            .spacing(8),
        ]
        .spacing(6)
    });
    let today = match (s.checked_in_at.is_some(), s.checked_out_at.is_some()) {
        (_, true) => "today-both",
        (true, false) => "today-in",
        (false, false) => "today-none",
    };
    column![
        text(s.name.as_str()).size(theme::TEXT).font(theme::BOLD),
        text(s.office.as_str())
            .size(theme::SMALL)
            .style(theme::muted),
        text(tr.tr_args(
            "presensi-app-today",
            &[
                ("date", dmy(&s.date).into()),
                ("time", s.phone_clock().into())
            ]
        ))
        .size(theme::SMALL),
        t(tr, today),
    ]
    .push(colleague)
    .push(modes)
    .push(big(
        "check-in",
        w(tr, "check-in"),
        Some(Action::StartCheckIn),
        lit,
    ))
    .push(big(
        "check-out",
        w(tr, "check-out"),
        Some(Action::StartCheckOut),
        lit,
    ))
    .push(
        s.report_due()
            .then(|| plain("report", w(tr, "report"), Some(Action::OpenReport), lit)),
    )
    .push(plain(
        "history",
        w(tr, "history"),
        Some(Action::OpenHistory),
        lit,
    ))
    .push(plain(
        "requests",
        w(tr, "requests"),
        Some(Action::OpenRequests),
        lit,
    ))
    .push(plain(
        "sign-out",
        w(tr, "sign-out"),
        Some(Action::SignOut),
        lit,
    ))
    .spacing(10)
    .into()
}

pub(super) fn permission<'a>(tr: &Translator, lit: &dyn Fn(&str) -> bool) -> Element<'a, Action> {
    container(
        column![
            text(w(tr, "permission-title"))
                .size(theme::TEXT)
                .font(theme::BOLD),
            t(tr, "permission-text"),
            big(
                "allow-location",
                w(tr, "allow-location"),
                Some(Action::AllowLocation),
                lit
            ),
            plain(
                "deny-location",
                w(tr, "deny-location"),
                Some(Action::DenyLocation),
                lit
            ),
        ]
        .spacing(12),
    )
    .padding(12)
    .style(theme::card)
    .into()
}

/// The map: the office's circle and the learner's dot, to scale.
pub(super) fn map<'a>(
    s: &'a Presensi,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    const W: f32 = 330.0;
    const H: f32 = 170.0;
    let radius = s.radius_m.max(1) as f32;
    let distance = s.distance_m.max(0) as f32;
    // Half the map's width covers a little more than the farther of the two.
    let metres = distance.max(radius) * 1.25 + 10.0;
    // To scale, with the whole circle inside the map's height too.
    let px = ((W / 2.0 - 16.0) / metres).min((H / 2.0 - 8.0) / radius);
    let zone = (radius * px).max(8.0);
    let zone_mark = container(space::horizontal())
        .width(zone * 2.0)
        .height(zone * 2.0)
        .style(theme::office_zone(zone));
    let office = container(space::horizontal())
        .width(16)
        .height(16)
        .style(theme::dot(Dot::Office));
    let you_x = W / 2.0 + distance * px - 14.0;
    let you = container(
        container(space::horizontal())
            .width(28)
            .height(28)
            .style(theme::dot(Dot::You)),
    )
    .padding(Padding::ZERO.left(you_x.max(0.0)).top(H / 2.0 - 14.0));
    let ground = container(stack![
        container(zone_mark).center(Length::Fill),
        container(office).center(Length::Fill),
        you,
    ])
    .width(W)
    .height(H)
    .clip(true)
    .style(theme::map_ground);
    let where_ = if s.mode == Mode::Wfh {
        w(tr, "map-wfh")
    } else if s.inside() {
        tr.tr_args(
            "presensi-app-map-inside",
            &[
                ("distance", s.distance_m.into()),
                ("radius", s.radius_m.into()),
            ],
        )
    } else {
        tr.tr_args(
            "presensi-app-map-outside",
            &[
                ("distance", s.distance_m.into()),
                ("radius", s.radius_m.into()),
            ],
        )
    };
    column![
        ground,
        row![
            legend(Dot::You, w(tr, "map-you")),
            legend(Dot::Office, w(tr, "map-office"))
        ]
        .spacing(16),
        text(where_).size(theme::SMALL).font(theme::BOLD),
        big("map-next", w(tr, "map-next"), Some(Action::MapNext), lit),
    ]
    .spacing(10)
    .into()
}

pub(super) fn legend<'a>(kind: Dot, label: String) -> Element<'a, Action> {
    row![
        container(space::horizontal())
            .width(16)
            .height(16)
            .style(theme::dot(kind)),
        text(label).size(theme::SMALL),
    ]
    .spacing(6)
    .align_y(Alignment::Center)
    .into()
}

/// A drawn face as the front camera sees it: in the dark, with a mask, with glare on the
/// glasses, or clear.
pub(super) fn face_picture<'a>(face: Face) -> Element<'a, Action> {
    let blob = |kind: Dot, width: f32, height: f32, left: f32, top: f32| -> Element<'a, Action> {
        container(
            container(space::horizontal())
                .width(width)
                .height(height)
                .style(theme::dot(kind)),
        )
        .padding(Padding::ZERO.left(left).top(top))
        .into()
    };
    let mut layers = vec![
        blob(Dot::Hair, 150.0, 150.0, 65.0, 12.0),
        blob(Dot::Skin, 130.0, 160.0, 75.0, 40.0),
        blob(Dot::Eye, 16.0, 16.0, 106.0, 95.0),
        blob(Dot::Eye, 16.0, 16.0, 158.0, 95.0),
    ];
    match face {
        Face::Mask => layers.push(blob(Dot::Mask, 120.0, 70.0, 80.0, 125.0)),
        Face::Glare => {
            layers.push(blob(Dot::Glare, 44.0, 30.0, 92.0, 88.0));
            layers.push(blob(Dot::Glare, 44.0, 30.0, 144.0, 88.0));
        }
        Face::Dark => layers.push(blob(Dot::Dark, 280.0, 220.0, 0.0, 0.0)),
        Face::Ok | Face::Unregistered => {}
    }
    container(stack(layers))
        .width(280)
        .height(220)
        .clip(true)
        .style(theme::map_ground)
        .into()
}

pub(super) fn camera<'a>(
    s: &'a Presensi,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    column![
        container(face_picture(s.face)).center_x(Length::Fill),
        t(tr, &format!("camera-{}", s.face.key())),
        big(
            "take-photo",
            w(tr, "take-photo"),
            Some(Action::TakePhoto),
            lit
        ),
    ]
    .push((s.photo == Some(Face::Unregistered)).then(|| {
        plain(
            "ask-admin",
            w(tr, "ask-admin"),
            Some(Action::RequestFaceRegistration),
            lit,
        )
    }))
    .spacing(10)
    .into()
}

/// The message "Hubungi admin" writes: to the admin kepegawaian, with the name, NIP, date,
/// time and the problem, so the admin can act without phoning back. The learner reads it
/// and sends it.
pub(super) fn admin_message<'a>(
    s: &'a Presensi,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    let body = tr.tr_args(
        "presensi-app-admin-body",
        &[
            ("name", s.name.clone().into()),
            ("nip", s.nip.clone().into()),
            ("date", dmy(&s.date).into()),
            ("time", s.phone_clock().into()),
        ],
    );
    column![
        t(tr, "admin-help"),
        line(w(tr, "admin-to-label"), w(tr, "admin-to")),
        container(text(body).size(theme::SMALL))
            .padding(10)
            .width(Length::Fill)
            .style(theme::card),
        big(
            "send-admin",
            w(tr, "send-admin"),
            Some(Action::SendAdminMessage),
            lit
        ),
    ]
    .spacing(10)
    .into()
}

pub(super) fn line<'a>(label: String, value: String) -> Element<'a, Action> {
    row![
        text(label).size(theme::SMALL).width(Length::FillPortion(2)),
        text(value)
            .size(theme::SMALL)
            .font(theme::BOLD)
            .width(Length::FillPortion(3)),
    ]
    .spacing(8)
    .into()
}

pub(super) fn kind_label(tr: &Translator, kind: AttemptKind) -> String {
    w(tr, &format!("attempt-{}", kind.key()))
}

pub(super) fn confirm<'a>(
    s: &'a Presensi,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    let kind = s.attempt.map_or(AttemptKind::Masuk, |a| a.kind);
    let place = if s.mode == Mode::Wfh {
        w(tr, "place-wfh")
    } else {
        tr.tr_args(
            "presensi-app-place-metres",
            &[("distance", s.distance_m.into())],
        )
    };
    column![
        line(w(tr, "confirm-kind"), kind_label(tr, kind)),
        line(w(tr, "confirm-date"), dmy(&s.date)),
        line(w(tr, "confirm-time"), s.phone_clock()),
        line(w(tr, "confirm-place"), place),
        line(w(tr, "confirm-photo"), w(tr, "confirm-photo-ok")),
        big(
            "send-attendance",
            w(tr, "send-attendance"),
            Some(Action::SendAttendance),
            lit
        ),
    ]
    .spacing(10)
    .into()
}

pub(super) fn done<'a>(
    s: &'a Presensi,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    let Some(sent) = &s.sent else {
        return column![t(tr, "done-nothing")].into();
    };
    let status = match (sent.kind, sent.minutes) {
        (_, 0) => w(tr, "done-on-time"),
        (AttemptKind::Masuk, m) => tr.tr_args(
            "presensi-app-done-late",
            &[("minutes", m.into()), ("band", sent.band.into())],
        ),
        (AttemptKind::Pulang, m) => tr.tr_args(
            "presensi-app-done-early",
            &[("minutes", m.into()), ("band", sent.band.into())],
        ),
    };
    let banner = container(
        column![
            text(w(tr, "done-title"))
                .size(theme::TEXT)
                .font(theme::BOLD),
            text(tr.tr_args(
                "presensi-app-done-recorded",
                &[
                    ("kind", kind_label(tr, sent.kind).into()),
                    ("time", sent.time.clone().into())
                ]
            ))
            .size(theme::SMALL),
            text(status).size(theme::SMALL).font(theme::BOLD),
        ]
        .spacing(6),
    )
    .padding(12)
    .width(Length::Fill)
    .style(if sent.minutes == 0 {
        theme::feedback_success
    } else {
        theme::feedback_try_again
    });
    column![banner]
        .push(
            s.report_due()
                .then(|| big("report", w(tr, "report"), Some(Action::OpenReport), lit)),
        )
        .push(plain(
            "history",
            w(tr, "history"),
            Some(Action::OpenHistory),
            lit,
        ))
        .push(plain("home", w(tr, "to-home"), Some(Action::Back), lit))
        .spacing(10)
        .into()
}
