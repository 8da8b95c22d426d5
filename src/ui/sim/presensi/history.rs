//! Riwayat: the days, with late arrival and early leave and the cut they bring.

use super::{cut, dmy, line, plain, rupiah, t, w};
use crate::i18n::Translator;
use crate::sim::presensi::{Action, DayRow, Presensi};
use crate::ui::sim::parts::ctl;
use crate::ui::theme::{self};
use iced::widget::{column, container, text};
use iced::{Element, Length};

pub(super) fn status_label(tr: &Translator, r: &DayRow) -> String {
    w(tr, &format!("status-{}", r.status.key()))
}

pub(super) fn history<'a>(
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

pub(super) fn history_day<'a>(
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
