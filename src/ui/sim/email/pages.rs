//! Pengaturan (the password), the pretend disk's folders, a file opened, the warning of a dangerous file.

use super::{Msg, act, disk_folder_label, label};
use crate::i18n::Translator;
use crate::sim::email::{Action, PasswordError, PasswordForm};
use crate::sim::files::Disk;
use crate::ui::sim::parts::{ctl, ctl_input, error_box, mail_button, mail_primary};
use crate::ui::theme;
use iced::widget::{button, column, container, scrollable, text, text_input};
use iced::{Element, Length};

pub(super) fn settings<'a>(
    form: &'a PasswordForm,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    let input = |id: &str, value: &'a str, on: fn(String) -> Action| {
        ctl_input(
            id.to_owned(),
            lit,
            text_input("", value)
                .id(format!("{id}-input"))
                .secure(true)
                .on_input(move |s| act(on(s)))
                .on_submit(act(Action::SavePassword))
                .size(theme::SMALL)
                .padding(8)
                .style(theme::input),
        )
    };
    let error = form.error.map(|e| {
        let id = match e {
            PasswordError::WrongOld => "webmail-password-error-old",
            PasswordError::Mismatch => "webmail-password-error-mismatch",
            PasswordError::Weak => "webmail-password-error-weak",
            PasswordError::Same => "webmail-password-error-same",
        };
        error_box(tr.tr(id))
    });
    scrollable(
        column![
            text(tr.tr("webmail-password-title"))
                .size(theme::SUBTITLE)
                .font(theme::BOLD),
            text(tr.tr("webmail-password-rule")).size(theme::SMALL),
            label(tr.tr("webmail-password-old")),
            input("password-old", &form.old, Action::PasswordOld),
            label(tr.tr("webmail-password-new")),
            input("password-new", &form.new, Action::PasswordNew),
            label(tr.tr("webmail-password-repeat")),
            input("password-repeat", &form.repeat, Action::PasswordRepeat),
        ]
        .push(error)
        .push(ctl(
            "password-save".into(),
            lit,
            mail_primary(
                tr.tr("webmail-password-save"),
                Some(act(Action::SavePassword)),
            ),
        ))
        .spacing(6)
        .max_width(520)
        .padding(iced::Padding::ZERO.right(12)),
    )
    .into()
}

pub(super) fn disk<'a>(
    disk: &'a Disk,
    folder: &'a str,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    let files = disk.in_folder(folder);
    let mut list = column![].spacing(4);
    if files.is_empty() {
        list = list.push(text(tr.tr("webmail-folder-empty")).size(theme::SMALL));
    }
    for f in files {
        list = list.push(ctl(
            format!("file-{}", f.name),
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
            .style(|t, s| theme::mail_row(false)(t, s))
            .on_press(act(Action::OpenFile(f.name.clone()))),
        ));
    }
    column![
        text(tr.tr_args(
            "webmail-disk-title",
            &[("folder", disk_folder_label(tr, folder).into())]
        ))
        .size(theme::SUBTITLE)
        .font(theme::BOLD),
        scrollable(list.padding(iced::Padding::ZERO.right(12))).height(Length::Fill),
    ]
    .spacing(8)
    .into()
}

pub(super) fn file<'a>(
    name: &str,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    column![
        ctl(
            "back".into(),
            lit,
            mail_button(tr.tr("webmail-back"), Some(act(Action::Back)))
        ),
        container(
            column![
                text(name.to_owned()).size(theme::TEXT).font(theme::BOLD),
                text(tr.tr("webmail-file-preview")).size(theme::SMALL),
            ]
            .spacing(10)
        )
        .padding(theme::PAD)
        .width(Length::Fill)
        .height(Length::Fill)
        .style(theme::card),
    ]
    .spacing(8)
    .into()
}

pub(super) fn warning<'a>(tr: &Translator, lit: &dyn Fn(&str) -> bool) -> Element<'a, Msg> {
    container(
        column![
            text(tr.tr("webmail-warning-title"))
                .size(theme::SUBTITLE)
                .font(theme::BOLD),
            text(tr.tr("webmail-warning-text"))
                .size(theme::SMALL)
                .line_height(1.4),
            ctl(
                "close-warning".into(),
                lit,
                mail_primary(
                    tr.tr("webmail-warning-close"),
                    Some(act(Action::CloseWarning))
                )
            ),
        ]
        .spacing(12),
    )
    .padding(theme::PAD)
    .width(Length::Fill)
    .style(theme::error)
    .into()
}
