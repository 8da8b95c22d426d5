//! The pretend e-Presensi app on a pretend phone, and beside it what happens around the
//! learner: walking towards the office, turning to the light, taking off the mask, the
//! phone's own settings. Every word comes from `sim-presensi.ftl`; highlight ids are those
//! of the spec (`docs/CONTENT.md`).

use super::parts::{ctl, ctl_input, error_box, mail_button, mail_primary};
use super::pointer::Pointer;
use crate::i18n::Translator;
use crate::sim::presensi::{
    Action, AttemptKind, DayRow, Face, Mode, Notice, Presensi, Request, RequestKind, View,
};
use crate::ui::theme::{self, Dot};
use iced::widget::{column, container, row, scrollable, space, stack, text, text_input};
use iced::{Alignment, Element, Length, Padding};

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

// ------------------------------------------------------------------ the phone

fn phone<'a>(s: &'a Presensi, tr: &Translator, lit: &dyn Fn(&str) -> bool) -> Element<'a, Action> {
    let status_bar = row![
        text(s.phone_clock()).size(theme::SMALL).font(theme::BOLD),
        space::horizontal(),
        text(if s.location_on {
            w(tr, "status-gps-on")
        } else {
            w(tr, "status-gps-off")
        })
        .size(theme::SMALL),
    ]
    .padding([2, 16]);
    let title = match &s.view {
        View::SignIn | View::ChangePassword => "screen-sign-in",
        View::Home => "screen-home",
        View::Permission | View::Map => "screen-map",
        View::Camera => "screen-camera",
        View::Confirm => "screen-confirm",
        View::Done => "screen-done",
        View::History | View::HistoryDay(_) => "screen-history",
        View::Requests | View::RequestForm | View::RequestDetail(_) | View::Picker => {
            "screen-requests"
        }
        View::Report => "screen-report",
        View::PhoneSettings => "screen-phone-settings",
        View::AdminMessage => "screen-admin",
    };
    let can_go_back = !matches!(
        s.view,
        View::SignIn | View::ChangePassword | View::Home | View::Done
    );
    let app_bar = container(
        row![
            text(w(tr, title))
                .size(theme::TEXT)
                .font(theme::BOLD)
                .style(theme::on_dark)
                .width(Length::Fill),
        ]
        .push(can_go_back.then(|| {
            ctl(
                "back".into(),
                lit,
                mail_button(w(tr, "back"), Some(Action::Back)),
            )
        }))
        .spacing(8)
        .align_y(Alignment::Center),
    )
    .padding([6, 12])
    .width(Length::Fill)
    .style(theme::webmail_bar);
    let notice = s.notice.map(|n| notice_box(tr, n));
    let content = match &s.view {
        View::SignIn => sign_in(s, tr, lit),
        View::ChangePassword => change_password(s, tr, lit),
        View::Home => home(s, tr, lit),
        View::Permission => permission(tr, lit),
        View::Map => map(s, tr, lit),
        View::Camera => camera(s, tr, lit),
        View::Confirm => confirm(s, tr, lit),
        View::Done => done(s, tr, lit),
        View::History => history(s, tr, lit),
        View::HistoryDay(date) => history_day(s, tr, date, lit),
        View::Requests => requests(s, tr, lit),
        View::RequestForm => request_form(s, tr, lit),
        View::RequestDetail(id) => request_detail(s, tr, id, lit),
        View::Picker => picker(s, tr, lit),
        View::Report => report(s, tr, lit),
        View::PhoneSettings => phone_settings(s, tr, lit),
        View::AdminMessage => admin_message(s, tr, lit),
    };
    let screen = container(
        // The phone's message comes at the bottom, as a phone's short messages do: shown
        // above the screen it pushed every button down, under a hesitant pointer.
        column![app_bar]
            .push(
                scrollable(container(content).padding(14).width(Length::Fill)).height(Length::Fill),
            )
            .push(notice.map(|n| container(n).padding([8, 12]))),
    )
    .width(Length::Fill)
    .height(Length::Fill)
    .clip(true)
    .style(theme::phone_screen);
    container(column![status_bar, screen].spacing(4))
        .id("phone")
        .padding(Padding::new(10.0).bottom(22.0))
        .width(PHONE_WIDTH)
        .height(Length::Fill)
        .style(theme::phone_body)
        .into()
}

fn notice_box<'a>(tr: &Translator, n: Notice) -> Element<'a, Action> {
    let words = tr.tr(&format!("presensi-app-notice-{}", n.key()));
    if n.is_problem() {
        error_box(words).into()
    } else {
        container(text(words).size(theme::SMALL))
            .padding(10)
            .width(Length::Fill)
            .style(theme::feedback_success)
            .into()
    }
}

fn input<'a>(
    id: &str,
    lit: &dyn Fn(&str) -> bool,
    value: &str,
    on_input: fn(String) -> Action,
    secure: bool,
) -> Element<'a, Action> {
    ctl_input(
        id.to_owned(),
        lit,
        text_input("", value)
            .id(format!("{id}-input"))
            .on_input(on_input)
            .secure(secure)
            .size(theme::SMALL)
            .padding(10)
            .style(theme::input),
    )
}

fn field<'a>(label: String, control: Element<'a, Action>) -> Element<'a, Action> {
    column![text(label).size(theme::SMALL).font(theme::BOLD), control]
        .spacing(4)
        .into()
}

fn big<'a>(
    id: &str,
    label: String,
    on: Option<Action>,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    ctl(
        id.to_owned(),
        lit,
        mail_primary(label, on).width(Length::Fill),
    )
}

fn plain<'a>(
    id: &str,
    label: String,
    on: Option<Action>,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    ctl(
        id.to_owned(),
        lit,
        mail_button(label, on).width(Length::Fill),
    )
}

fn sign_in<'a>(
    s: &'a Presensi,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    column![
        text(w(tr, "app-name"))
            .size(theme::SUBTITLE)
            .font(theme::BOLD),
        t(tr, "sign-in-help"),
        field(
            w(tr, "nip"),
            input(
                "sign-in-nip",
                lit,
                &s.sign_in.nip,
                Action::NipChanged,
                false
            )
        ),
        field(
            w(tr, "password"),
            input(
                "sign-in-password",
                lit,
                &s.sign_in.password,
                Action::PasswordChanged,
                true
            )
        ),
        big("sign-in", w(tr, "sign-in"), Some(Action::SignIn), lit),
    ]
    .spacing(12)
    .into()
}

fn change_password<'a>(
    s: &'a Presensi,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    column![
        text(w(tr, "new-password-title"))
            .size(theme::TEXT)
            .font(theme::BOLD),
        t(tr, "new-password-help"),
        field(
            w(tr, "new-password"),
            input(
                "new-password",
                lit,
                &s.password_form.new,
                Action::NewPassword,
                true
            )
        ),
        field(
            w(tr, "repeat-password"),
            input(
                "repeat-password",
                lit,
                &s.password_form.repeat,
                Action::RepeatPassword,
                true
            )
        ),
        big(
            "save-password",
            w(tr, "save-password"),
            Some(Action::SavePassword),
            lit
        ),
    ]
    .spacing(12)
    .into()
}

fn home<'a>(s: &'a Presensi, tr: &Translator, lit: &dyn Fn(&str) -> bool) -> Element<'a, Action> {
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
                super::parts::choice_button(w(tr, label), chosen, Action::ChooseMode(m))
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

fn permission<'a>(tr: &Translator, lit: &dyn Fn(&str) -> bool) -> Element<'a, Action> {
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
fn map<'a>(s: &'a Presensi, tr: &Translator, lit: &dyn Fn(&str) -> bool) -> Element<'a, Action> {
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

fn legend<'a>(kind: Dot, label: String) -> Element<'a, Action> {
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
fn face_picture<'a>(face: Face) -> Element<'a, Action> {
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

fn camera<'a>(s: &'a Presensi, tr: &Translator, lit: &dyn Fn(&str) -> bool) -> Element<'a, Action> {
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
fn admin_message<'a>(
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

fn line<'a>(label: String, value: String) -> Element<'a, Action> {
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

fn kind_label(tr: &Translator, kind: AttemptKind) -> String {
    w(tr, &format!("attempt-{}", kind.key()))
}

fn confirm<'a>(
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

fn done<'a>(s: &'a Presensi, tr: &Translator, lit: &dyn Fn(&str) -> bool) -> Element<'a, Action> {
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

fn status_label(tr: &Translator, r: &DayRow) -> String {
    w(tr, &format!("status-{}", r.status.key()))
}

fn history<'a>(
    s: &'a Presensi,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    let rows = s.riwayat().into_iter().map(|r| {
        let times = tr.tr_args(
            "presensi-app-history-times",
            &[
                ("in", r.check_in.clone().into()),
                ("out", r.check_out.clone().into()),
            ],
        );
        let label = column![
            text(dmy(&r.date)).size(theme::SMALL).font(theme::BOLD),
            text(times).size(theme::SMALL),
            text(status_label(tr, &r)).size(theme::SMALL),
        ]
        .spacing(2);
        ctl(
            format!("history-{}", r.date),
            lit,
            iced::widget::button(label)
                .padding([8, 10])
                .width(Length::Fill)
                .style(move |th, st| theme::mail_row(r.cut_tenths > 0)(th, st))
                .on_press(Action::OpenHistoryDay(r.date.clone())),
        )
    });
    column![t(tr, "history-help")]
        .extend(rows)
        .spacing(8)
        .into()
}

fn history_day<'a>(
    s: &'a Presensi,
    tr: &Translator,
    date: &str,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    let Some(r) = s.day(date) else {
        return column![t(tr, "history-none")].into();
    };
    let dash = |v: &str| {
        if v.is_empty() {
            "—".to_owned()
        } else {
            v.to_owned()
        }
    };
    let mut col = column![
        text(dmy(&r.date)).size(theme::TEXT).font(theme::BOLD),
        line(w(tr, "day-in"), dash(&r.check_in)),
        line(w(tr, "day-out"), dash(&r.check_out)),
        line(w(tr, "day-status"), status_label(tr, &r)),
    ]
    .spacing(8);
    // A missing Presensi is said by the status; its band shows only in the cut.
    if r.late_band > 0 && !r.check_in.is_empty() {
        col = col.push(line(
            w(tr, "day-late"),
            tr.tr_args(
                "presensi-app-day-band-late",
                &[
                    ("minutes", r.late_minutes.into()),
                    ("band", r.late_band.into()),
                ],
            ),
        ));
    }
    if r.early_band > 0 && !r.check_out.is_empty() {
        col = col.push(line(
            w(tr, "day-early"),
            tr.tr_args(
                "presensi-app-day-band-early",
                &[
                    ("minutes", r.early_minutes.into()),
                    ("band", r.early_band.into()),
                ],
            ),
        ));
    }
    let cost = match r.cut_rupiah {
        Some(rp) if r.cut_tenths > 0 => format!("{} ({})", cut(tr, r.cut_tenths), rupiah(rp)),
        _ => cut(tr, r.cut_tenths),
    };
    col.push(
        container(line(w(tr, "day-cut"), cost))
            .padding(10)
            .style(if r.cut_tenths > 0 {
                theme::feedback_try_again
            } else {
                theme::feedback_success
            }),
    )
    .push((r.cut_tenths > 0).then(|| t(tr, "day-cut-explained")))
    // A forgotten Presensi is explained to the atasan from the day itself, the same day or
    // the next, as the regional apps do ("ajukan koreksi / keterangan").
    .push(r.status.correctable().then(|| {
        column![
            t(tr, "correction-help"),
            plain(
                "request-correction",
                w(tr, "request-correction"),
                Some(Action::CorrectDay),
                lit
            ),
        ]
        .spacing(8)
    }))
    .into()
}

fn request_status(tr: &Translator, r: &Request) -> String {
    w(tr, &format!("request-status-{}", r.status.key()))
}

fn request_kind(tr: &Translator, k: RequestKind) -> String {
    w(tr, &format!("kind-{}", k.key()))
}

fn requests<'a>(
    s: &'a Presensi,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    let rows = s.requests.iter().map(|r| {
        let label = column![
            text(request_kind(tr, r.kind))
                .size(theme::SMALL)
                .font(theme::BOLD),
            text(tr.tr_args(
                "presensi-app-request-dates",
                &[("from", r.from.clone().into()), ("to", r.to.clone().into())]
            ))
            .size(theme::SMALL),
            text(request_status(tr, r)).size(theme::SMALL),
        ]
        .spacing(2);
        ctl(
            format!("request-{}", r.id),
            lit,
            iced::widget::button(label)
                .padding([8, 10])
                .width(Length::Fill)
                .style(|th, st| theme::mail_row(false)(th, st))
                .on_press(Action::OpenRequest(r.id.clone())),
        )
    });
    column![
        big(
            "new-request",
            w(tr, "new-request"),
            Some(Action::NewRequest),
            lit
        ),
        plain("refresh", w(tr, "refresh"), Some(Action::Refresh), lit),
    ]
    .push(s.requests.is_empty().then(|| t(tr, "requests-none")))
    .extend(rows)
    .spacing(8)
    .into()
}

fn request_form<'a>(
    s: &'a Presensi,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    let f = &s.form;
    let kinds = RequestKind::ALL.map(|k| {
        let chosen = f.kind == Some(k);
        ctl(
            format!("kind-{}", k.key()),
            lit,
            super::parts::choice_button(request_kind(tr, k), chosen, Action::RequestKind(k)),
        )
    });
    let attachment: Element<'a, Action> = match &f.attachment {
        Some(a) => row![
            text(tr.tr_args(
                "presensi-app-attachment",
                &[("name", a.name.clone().into()), ("kb", a.size_kb.into())]
            ))
            .size(theme::SMALL)
            .width(Length::Fill),
            ctl(
                "remove-attachment".into(),
                lit,
                mail_button(w(tr, "remove-attachment"), Some(Action::RemoveAttachment))
            ),
        ]
        .spacing(6)
        .align_y(Alignment::Center)
        .into(),
        None => plain("attach", w(tr, "attach"), Some(Action::OpenPicker), lit),
    };
    // A Koreksi (begun from a day of the Riwayat) is one day, for the atasan, without a
    // file: its form keeps only the date and the explanation, so both fit on the phone.
    let correction = f.kind == Some(RequestKind::Koreksi);
    let kind_choice: Element<'a, Action> = if correction {
        column![
            line(
                w(tr, "request-kind"),
                request_kind(tr, RequestKind::Koreksi)
            ),
            t(tr, "correction-to"),
        ]
        .spacing(6)
        .into()
    } else {
        column![
            text(w(tr, "request-kind"))
                .size(theme::SMALL)
                .font(theme::BOLD),
            row(kinds).spacing(6).wrap(),
        ]
        .spacing(10)
        .into()
    };
    column![
        kind_choice,
        field(
            w(tr, "request-from"),
            input("request-from", lit, &f.from, Action::RequestFrom, false)
        ),
    ]
    .push((!correction).then(|| {
        field(
            w(tr, "request-to"),
            input("request-to", lit, &f.to, Action::RequestTo, false),
        )
    }))
    .push(field(
        w(tr, "request-reason"),
        input(
            "request-reason",
            lit,
            &f.reason,
            Action::RequestReason,
            false,
        ),
    ))
    .push((!correction).then(|| field(w(tr, "request-attachment"), attachment)))
    .push((!correction).then(|| t(tr, "request-attachment-help")))
    .push(
        column![
            big(
                "send-request",
                w(tr, "send-request"),
                Some(Action::SendRequest),
                lit
            ),
            plain(
                "save-draft",
                w(tr, "save-draft"),
                Some(Action::SaveDraft),
                lit
            ),
        ]
        .spacing(10),
    )
    .spacing(10)
    .into()
}

fn request_detail<'a>(
    s: &'a Presensi,
    tr: &Translator,
    id: &str,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    let Some(r) = s.request(id) else {
        return column![t(tr, "requests-none")].into();
    };
    let attachment = r.attachment.as_ref().map_or_else(
        || "—".to_owned(),
        |a| {
            tr.tr_args(
                "presensi-app-attachment",
                &[("name", a.name.clone().into()), ("kb", a.size_kb.into())],
            )
        },
    );
    let reason = if r.reason.is_empty() {
        "—".to_owned()
    } else if r.by_learner {
        r.reason.clone()
    } else {
        tr.tr(&r.reason)
    };
    column![
        text(request_kind(tr, r.kind))
            .size(theme::TEXT)
            .font(theme::BOLD),
        line(
            w(tr, "request-dates-label"),
            tr.tr_args(
                "presensi-app-request-dates",
                &[("from", r.from.clone().into()), ("to", r.to.clone().into())]
            )
        ),
        line(w(tr, "request-reason"), reason),
        line(w(tr, "request-attachment"), attachment),
        line(w(tr, "request-status"), request_status(tr, r)),
    ]
    .push((!r.reject_reason.is_empty()).then(|| {
        container(text(tr.tr(&r.reject_reason)).size(theme::SMALL))
            .padding(10)
            .style(theme::feedback_try_again)
    }))
    .push(
        (r.status == crate::sim::presensi::RequestStatus::Draf).then(|| {
            big(
                "send-request",
                w(tr, "send-request"),
                Some(Action::SendRequest),
                lit,
            )
        }),
    )
    .push(plain(
        "refresh",
        w(tr, "refresh"),
        Some(Action::Refresh),
        lit,
    ))
    .spacing(10)
    .into()
}

fn picker<'a>(s: &'a Presensi, tr: &Translator, lit: &dyn Fn(&str) -> bool) -> Element<'a, Action> {
    let folders = s.disk.folders().into_iter().map(|f| {
        let chosen = f == s.picker_folder;
        ctl(
            format!("picker-folder-{f}"),
            lit,
            super::parts::folder_button(
                super::email::disk_folder_label(tr, f),
                chosen,
                Action::PickerFolder(f.to_owned()),
            ),
        )
    });
    let files = s.picker_files();
    let empty = files.is_empty();
    let files = files.into_iter().map(|f| {
        let pick = ctl(
            format!("pick-{}", f.name),
            lit,
            iced::widget::button(
                text(tr.tr_args(
                    "presensi-app-attachment",
                    &[("name", f.name.clone().into()), ("kb", f.size_kb.into())],
                ))
                .size(theme::SMALL),
            )
            .padding([11, 10])
            .width(Length::Fill)
            .style(|th, st| theme::mail_row(false)(th, st))
            .on_press(Action::PickFile(f.name.clone())),
        );
        // A PDF or photo over the limit can be made smaller here, as a phone's "kompres PDF"
        // tool would; the copy appears in the same list.
        let too_big = crate::sim::presensi::rules::check_attachment(f)
            == Err(crate::sim::presensi::rules::AttachmentError::TooBig);
        let shrink = too_big.then(|| {
            ctl(
                format!("shrink-{}", f.name),
                lit,
                mail_button(w(tr, "shrink"), Some(Action::ShrinkFile(f.name.clone()))),
            )
        });
        row![pick]
            .push(shrink)
            .spacing(6)
            .align_y(Alignment::Center)
            .into()
    });
    let files: Vec<Element<'a, Action>> = files.collect();
    column![t(tr, "picker-help"), row(folders).spacing(6).wrap(),]
        .push(empty.then(|| t(tr, "picker-empty")))
        .extend(files)
        .push(plain(
            "picker-cancel",
            w(tr, "picker-cancel"),
            Some(Action::ClosePicker),
            lit,
        ))
        .spacing(8)
        .into()
}

fn report<'a>(s: &'a Presensi, tr: &Translator, lit: &dyn Fn(&str) -> bool) -> Element<'a, Action> {
    let words = s.report.split_whitespace().count();
    column![
        t(tr, "report-help"),
        input("report-text", lit, &s.report, Action::ReportText, false),
        text(tr.tr_args("presensi-app-report-words", &[("count", words.into())]))
            .size(theme::SMALL)
            .style(theme::muted),
        big(
            "send-report",
            w(tr, "send-report"),
            Some(Action::SendReport),
            lit
        ),
    ]
    .spacing(10)
    .into()
}

fn phone_settings<'a>(
    s: &'a Presensi,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    let toggle = |id: &str, label: &str, on: bool, action: Action| -> Element<'a, Action> {
        row![
            text(w(tr, label)).size(theme::SMALL).width(Length::Fill),
            ctl(
                id.to_owned(),
                lit,
                mail_button(
                    w(tr, if on { "switch-on" } else { "switch-off" }),
                    Some(action)
                )
                .style(move |th, st| theme::side_item(on)(th, st)),
            ),
        ]
        .spacing(8)
        .align_y(Alignment::Center)
        .into()
    };
    column![
        toggle(
            "auto-time",
            "setting-auto-time",
            s.auto_time,
            Action::ToggleAutoTime
        ),
        toggle(
            "location",
            "setting-location",
            s.location_on,
            Action::ToggleLocation
        ),
        toggle(
            "location-permission",
            "setting-permission",
            s.location_allowed,
            Action::ToggleLocationPermission
        ),
        text(w(tr, "setting-apps"))
            .size(theme::SMALL)
            .font(theme::BOLD),
        line(w(tr, "app-name"), w(tr, "app-installed")),
    ]
    .push(s.fake_gps.then(|| {
        row![
            text(w(tr, "fake-gps-app"))
                .size(theme::SMALL)
                .width(Length::Fill),
            ctl(
                "remove-fake-gps".into(),
                lit,
                mail_button(w(tr, "remove-app"), Some(Action::RemoveFakeGps))
            ),
        ]
        .spacing(8)
        .align_y(Alignment::Center)
    }))
    .spacing(12)
    .into()
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
