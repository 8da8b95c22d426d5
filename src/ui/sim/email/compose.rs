//! Writing a message: Ke, Cc, Bcc, Subjek, the text, and the dialog that attaches a file.

use super::{Editor, Msg, act, disk_folder_label};
use crate::i18n::Translator;
use crate::sim::email::{Action, ComposeKind, Draft, SendError};
use crate::sim::files::Disk;
use crate::ui::sim::parts::{ctl, ctl_input, error_box, folder_button, mail_button, mail_primary};
use crate::ui::theme;
use iced::widget::{
    button, column, container, row, rule, scrollable, space, text, text_editor, text_input,
};
use iced::{Alignment, Element, Length};

pub(super) fn field<'a>(
    id: &str,
    name: String,
    value: &str,
    on_input: fn(String) -> Action,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    row![
        text(name).size(theme::SMALL).width(Length::Fixed(90.0)),
        ctl_input(
            id.to_owned(),
            lit,
            text_input("", value)
                .id(format!("{id}-input"))
                .on_input(move |s| act(on_input(s)))
                .size(theme::SMALL)
                .padding(6)
                .style(theme::input)
        ),
    ]
    .align_y(Alignment::Center)
    .into()
}

pub(super) fn compose<'a>(
    d: &'a Draft,
    editor: &'a Editor,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    let title = match d.kind {
        Some(ComposeKind::Reply | ComposeKind::ReplyAll) => "webmail-compose-reply",
        Some(ComposeKind::Forward) => "webmail-compose-forward",
        _ => "webmail-compose-new",
    };
    let subject_value = match (&d.subject, &d.subject_prefill) {
        (Some(s), _) => s.clone(),
        (None, Some((p, id))) => format!("{p}{}", tr.tr(id)),
        (None, None) => String::new(),
    };
    // The title heads the form (beside the buttons it ran out of the frame at a large text
    // size) and wraps at words.
    let mut form = column![
        text(tr.tr(title))
            .size(theme::TEXT)
            .font(theme::BOLD)
            .width(Length::Fill),
        field(
            "compose-to",
            tr.tr("webmail-field-to"),
            &d.to,
            Action::EditTo,
            lit
        ),
        field(
            "compose-cc",
            tr.tr("webmail-field-cc"),
            &d.cc,
            Action::EditCc,
            lit
        ),
        field(
            "compose-bcc",
            tr.tr("webmail-field-bcc"),
            &d.bcc,
            Action::EditBcc,
            lit
        ),
        row![
            text(tr.tr("webmail-field-subject"))
                .size(theme::SMALL)
                .width(Length::Fixed(90.0)),
            ctl_input(
                "compose-subject".into(),
                lit,
                text_input("", &subject_value)
                    .id("compose-subject-input")
                    .on_input(|s| act(Action::EditSubject(s)))
                    .size(theme::SMALL)
                    .padding(6)
                    .style(theme::input)
            ),
        ]
        .align_y(Alignment::Center),
    ]
    .spacing(6);
    form = form.extend(
        d.attachments
            .iter()
            .enumerate()
            .map(|(i, a)| attachment_line(i, a, tr, lit)),
    );
    form = form.push(ctl_input(
        "compose-body".into(),
        lit,
        text_editor(&editor.content)
            .id("compose-body-input")
            .placeholder(tr.tr("webmail-body-placeholder"))
            .on_action(Msg::Body)
            .size(theme::SMALL)
            .height(Length::Shrink)
            .min_height(BODY_MIN_HEIGHT)
            .max_height(BODY_MAX_HEIGHT)
            .padding(8)
            .style(theme::editor),
    ));
    // The buttons stay at the top, as in Zimbra: "Kirim" is never scrolled out of sight.
    let buttons = buttons(tr, lit);
    let error = d.error.as_ref().map(|err| {
        let s = match err {
            SendError::NoRecipient => tr.tr("webmail-error-no-recipient"),
            SendError::BadAddress(a) => tr.tr_args(
                "webmail-error-bad-address",
                &[("address", a.clone().into())],
            ),
        };
        error_box(s)
    });
    // With a larger text size the fields no longer fit above a tall message box: the form
    // scrolls (the buttons above it never do), and the box keeps a height to write in.
    column![buttons]
        .push(error)
        .push(
            scrollable(form.padding(iced::Padding::ZERO.right(16)))
                .id("compose-form")
                .direction(scrollable::Direction::Vertical(
                    scrollable::Scrollbar::new().width(12).scroller_width(12),
                ))
                .height(Length::Fill),
        )
        .spacing(8)
        .into()
}

/// The message box: four lines when empty, growing with the text up to about ten.
pub(super) const BODY_MIN_HEIGHT: f32 = 120.0;
pub(super) const BODY_MAX_HEIGHT: f32 = 300.0;

pub(super) fn picker<'a>(
    disk: &'a Disk,
    folder: &'a str,
    chosen: Option<&'a str>,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    let folders = column(disk.folders().into_iter().map(|f| {
        let on = f == folder;
        ctl(
            format!("picker-folder-{f}"),
            lit,
            folder_button(
                disk_folder_label(tr, f),
                on,
                act(Action::PickerFolder(f.to_owned())),
            ),
        )
    }))
    .spacing(2)
    .width(Length::Fixed(150.0));
    let in_folder = disk.in_folder(folder);
    let mut list = column![].spacing(4).width(Length::Fill);
    if in_folder.is_empty() {
        list = list.push(text(tr.tr("webmail-folder-empty")).size(theme::SMALL));
    }
    for f in in_folder {
        let on = chosen == Some(f.name.as_str());
        list = list.push(ctl(
            format!("pick-{}", f.name),
            lit,
            button(
                text(tr.tr_args(
                    "webmail-file-size",
                    &[("name", f.name.clone().into()), ("kb", f.size_kb.into())],
                ))
                .size(theme::SMALL),
            )
            .width(Length::Fill)
            .padding([11, 10])
            // Framed like the message rows, so each file looks like something to click.
            .style(move |t, s| {
                if on {
                    theme::side_item(true)(t, s)
                } else {
                    theme::mail_row(false)(t, s)
                }
            })
            .on_press(act(Action::PickFile(f.name.clone()))),
        ));
    }
    container(
        column![
            text(tr.tr("webmail-picker-title"))
                .size(theme::SUBTITLE)
                .font(theme::BOLD),
            row![
                folders,
                rule::vertical(1),
                scrollable(list).height(Length::Fill)
            ]
            .spacing(10)
            .height(Length::Fill),
            row![
                space::horizontal(),
                ctl(
                    "picker-cancel".into(),
                    lit,
                    mail_button(tr.tr("webmail-cancel"), Some(act(Action::ClosePicker)))
                ),
                ctl(
                    "attach-chosen".into(),
                    lit,
                    mail_primary(
                        tr.tr("webmail-attach-chosen"),
                        chosen.map(|_| act(Action::AttachChosen))
                    )
                    .padding([6, 24])
                ),
            ]
            .spacing(8)
            .align_y(Alignment::Center),
        ]
        .spacing(10),
    )
    .padding(12)
    .style(theme::card)
    .into()
}

/// An attached file under the fields, with "Hapus lampiran".
fn attachment_line<'a>(
    i: usize,
    a: &'a crate::sim::email::Attachment,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    container(
        row![
            text(tr.tr_args(
                "webmail-file-size",
                &[("name", a.name.clone().into()), ("kb", a.size_kb.into())]
            ))
            .size(theme::SMALL)
            .width(Length::Fill),
            ctl(
                format!("remove-{i}"),
                lit,
                mail_button(
                    tr.tr("webmail-remove-attachment"),
                    Some(act(Action::RemoveAttachment(i)))
                )
            ),
        ]
        .spacing(6)
        .align_y(Alignment::Center),
    )
    .padding(6)
    .style(theme::chip)
    .into()
}

/// Kirim, Lampirkan File, Batal.
fn buttons<'a>(tr: &Translator, lit: &dyn Fn(&str) -> bool) -> iced::widget::Row<'a, Msg> {
    row![
        ctl(
            "send".into(),
            lit,
            mail_primary(tr.tr("webmail-send"), Some(act(Action::Send)))
        ),
        ctl(
            "attach".into(),
            lit,
            mail_button(tr.tr("webmail-attach"), Some(act(Action::OpenPicker)))
        ),
        ctl(
            "cancel".into(),
            lit,
            mail_button(tr.tr("webmail-cancel"), Some(act(Action::Cancel)))
        ),
    ]
    .spacing(8)
    .align_y(Alignment::Center)
}
