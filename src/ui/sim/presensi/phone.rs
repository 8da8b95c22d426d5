//! The phone's frame, its notices, and the fields and buttons every page of the app uses.

use super::{
    PHONE_WIDTH, admin_message, camera, change_password, confirm, done, history, history_day, home,
    map, permission, phone_settings, picker, report, request_detail, request_form, requests,
    sign_in, w,
};
use crate::i18n::Translator;
use crate::sim::presensi::{Action, Notice, Presensi, View};
use crate::ui::sim::parts::{ctl, ctl_input, error_box, mail_button, mail_primary};
use crate::ui::theme::{self};
use iced::widget::{column, container, row, scrollable, space, text, text_input};
use iced::{Alignment, Element, Length, Padding};

pub(super) fn phone<'a>(
    s: &'a Presensi,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
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

pub(super) fn notice_box<'a>(tr: &Translator, n: Notice) -> Element<'a, Action> {
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

pub(super) fn input<'a>(
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

pub(super) fn field<'a>(label: String, control: Element<'a, Action>) -> Element<'a, Action> {
    column![text(label).size(theme::SMALL).font(theme::BOLD), control]
        .spacing(4)
        .into()
}

pub(super) fn big<'a>(
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

pub(super) fn plain<'a>(
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
