//! The daily report of a WFH day, and the phone's own settings.

use super::{big, input, line, t, w};
use crate::i18n::Translator;
use crate::sim::presensi::{Action, Presensi};
use crate::ui::sim::parts::{ctl, mail_button};
use crate::ui::theme::{self};
use iced::widget::{column, row, text};
use iced::{Alignment, Element, Length};

pub(super) fn report<'a>(
    s: &'a Presensi,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
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

pub(super) fn phone_settings<'a>(
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
