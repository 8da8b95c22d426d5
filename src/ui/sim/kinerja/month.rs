//! The month: the calendar of days, the summary, the Realisasi at the end of the period
//! and the atasan's Penilaian.

use super::{big, dmy, field, heading, input, line, t, w};
use crate::i18n::Translator;
use crate::sim::kinerja::{Action, DayStatus, Kinerja, rules};
use crate::ui::sim::parts::ctl;
use crate::ui::theme;
use iced::widget::{button, column, container, row, text};
use iced::{Element, Length};

fn status_word(tr: &Translator, s: DayStatus) -> String {
    w(tr, &format!("day-{}", s.key().replace('_', "-")))
}

pub(super) fn calendar<'a>(
    k: &'a Kinerja,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    // One row a day, the working days as buttons: a grid of seven narrow columns would not
    // hold "Perlu perbaikan" at a large text size beside the phone.
    let days = k.month_days().into_iter().map(|date| {
        let status = k.day_status(&date);
        let weekday = rules::parse_date(&date)
            .map(|d| {
                w(
                    tr,
                    &format!("weekday-{}", d.weekday().to_monday_one_offset()),
                )
            })
            .unwrap_or_default();
        let label = row![
            text(format!("{weekday} {}", dmy(&date)))
                .size(theme::SMALL)
                .width(Length::FillPortion(3)),
            text(status_word(tr, status))
                .size(theme::SMALL)
                .font(theme::BOLD)
                .width(Length::FillPortion(2)),
        ]
        .spacing(8);
        if status == DayStatus::Libur {
            return container(label).padding([6, 10]).width(Length::Fill).into();
        }
        let problem = matches!(
            status,
            DayStatus::Terlewat | DayStatus::PerluPerbaikan | DayStatus::Draf
        );
        ctl(
            format!("day-{date}"),
            lit,
            button(label)
                .padding([10, 10])
                .width(Length::Fill)
                .style(move |th, st| theme::mail_row(problem)(th, st))
                .on_press(Action::OpenDay(date.clone())),
        )
    });
    column![heading(tr, "calendar-title"), t(tr, "calendar-help")]
        .extend(days)
        .spacing(6)
        .into()
}

pub(super) fn summary<'a>(k: &'a Kinerja, tr: &Translator) -> Element<'a, Action> {
    let m = k.summary();
    column![
        heading(tr, "summary-title"),
        line(w(tr, "summary-working"), m.working_days.to_string()),
        line(w(tr, "summary-filled"), m.filled.to_string()),
        line(w(tr, "summary-missed"), m.missed.to_string()),
        line(w(tr, "summary-approved"), m.approved.to_string()),
        line(w(tr, "summary-percent"), format!("{} %", m.percent)),
        container(t(tr, "summary-why"))
            .padding(10)
            .width(Length::Fill)
            .style(theme::card),
    ]
    .spacing(10)
    .into()
}

pub(super) fn realisasi<'a>(
    k: &'a Kinerja,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    let items = k.rhk.iter().map(|r| {
        let planned = r.aksi.iter().map(|a| {
            text(tr.tr_args(
                "kinerja-app-aksi-target",
                &[
                    ("done", k.realised(&a.id).into()),
                    ("target", a.target.into()),
                    ("unit", tr.tr(&a.unit).into()),
                ],
            ))
            .size(theme::SMALL)
            .into()
        });
        let id = r.id.clone();
        let value = k.realisasi.get(&r.id).map(String::as_str).unwrap_or("");
        column![text(tr.tr(&r.title)).size(theme::SMALL).font(theme::BOLD)]
            .extend(planned)
            .push(field(
                w(tr, "realisasi-text"),
                input(
                    &format!("realisasi-{}", r.id),
                    lit,
                    value,
                    move |s| Action::RealisasiText(id.clone(), s),
                    false,
                ),
            ))
            .spacing(4)
            .into()
    });
    let done = k.realisasi_sent.then(|| t(tr, "realisasi-done"));
    column![heading(tr, "realisasi-title"), t(tr, "realisasi-help")]
        .extend(items)
        .push(done)
        .push(big(
            "send-realisasi",
            w(tr, "send-realisasi"),
            (!k.realisasi_sent).then_some(Action::SendRealisasi),
            lit,
        ))
        .spacing(12)
        .into()
}

pub(super) fn assessment<'a>(k: &'a Kinerja, tr: &Translator) -> Element<'a, Action> {
    if !k.realisasi_sent {
        return column![heading(tr, "assessment-title"), t(tr, "assessment-waiting")]
            .spacing(10)
            .into();
    }
    let note = (!k.rating_note.is_empty()).then(|| {
        container(text(tr.tr(&k.rating_note)).size(theme::SMALL))
            .padding(10)
            .width(Length::Fill)
            .style(theme::card)
    });
    column![
        heading(tr, "assessment-title"),
        line(w(tr, "assessment-from"), k.atasan.clone()),
        line(
            w(tr, "assessment-rating"),
            w(tr, &format!("rating-{}", k.rating.replace('_', "-")))
        ),
        t(tr, &format!("rating-{}-means", k.rating.replace('_', "-"))),
    ]
    .push(note)
    .spacing(10)
    .into()
}
