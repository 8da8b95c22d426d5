//! Pengajuan: the list, the form, a request's detail, and the file picker for attachments.

use super::{big, field, input, line, plain, t, w};
use crate::i18n::Translator;
use crate::sim::presensi::{Action, Presensi, Request, RequestKind};
use crate::ui::sim::parts::{ctl, mail_button};
use crate::ui::theme::{self};
use iced::widget::{column, container, row, text};
use iced::{Alignment, Element, Length};

pub(super) fn request_status(tr: &Translator, r: &Request) -> String {
    w(tr, &format!("request-status-{}", r.status.key()))
}

pub(super) fn request_kind(tr: &Translator, k: RequestKind) -> String {
    w(tr, &format!("kind-{}", k.key()))
}

pub(super) fn requests<'a>(
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

pub(super) fn request_form<'a>(
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
            crate::ui::sim::parts::choice_button(
                request_kind(tr, k),
                chosen,
                Action::RequestKind(k),
            ),
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

pub(super) fn request_detail<'a>(
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

pub(super) fn picker<'a>(
    s: &'a Presensi,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    let folders = s.disk.folders().into_iter().map(|f| {
        let chosen = f == s.picker_folder;
        ctl(
            format!("picker-folder-{f}"),
            lit,
            crate::ui::sim::parts::folder_button(
                crate::ui::sim::email::disk_folder_label(tr, f),
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
