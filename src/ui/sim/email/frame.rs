//! Around every page of the webmail: the top bar, the folders on the left, the notice of what just happened.

use super::{Msg, act};
use crate::i18n::Translator;
use crate::sim::email::{Action, Email, Folder, Notice, View};
use crate::sim::files::{self};
use crate::ui::sim::parts::{ctl, folder_button, mail_button, mail_primary, target_label};
use crate::ui::theme;
use iced::widget::{button, column, container, row, rule, scrollable, text};
use iced::{Alignment, Element, Length};

pub(super) fn top_bar<'a>(
    e: &'a Email,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    container(
        row![
            // The address under the name: one long word that cannot wrap, so beside the
            // name it would push Keluar out at a large text size.
            column![
                text(tr.tr("webmail-name"))
                    .size(theme::TEXT)
                    .font(theme::BOLD)
                    .style(theme::on_dark),
                text(&e.address).size(theme::SMALL).style(theme::on_dark),
            ]
            .width(Length::Fill),
            ctl(
                "settings".into(),
                lit,
                mail_button(tr.tr("webmail-settings"), Some(act(Action::OpenSettings)))
            ),
            ctl(
                "sign-out".into(),
                lit,
                mail_button(tr.tr("webmail-sign-out"), Some(act(Action::SignOut)))
            ),
        ]
        .spacing(12)
        .align_y(Alignment::Center),
    )
    .padding([4, 12])
    .style(theme::webmail_bar)
    .into()
}

pub(super) fn folder_label(tr: &Translator, f: Folder) -> String {
    tr.tr(&format!("webmail-folder-{}", f.key()))
}

/// A pretend-disk folder's name: the standard ones translated, others as written.
pub fn disk_folder_label(tr: &Translator, folder: &str) -> String {
    if files::STANDARD_FOLDERS.contains(&folder) {
        tr.tr(&format!("disk-folder-{folder}"))
    } else {
        folder.to_owned()
    }
}

pub(super) fn sidebar<'a>(
    e: &'a Email,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    let current = e.current_folder();
    let mut col = column![ctl(
        "compose".into(),
        lit,
        mail_primary(tr.tr("webmail-compose"), Some(act(Action::Compose))).padding([0, 20])
    )]
    .spacing(2);
    for f in Folder::ALL {
        let unread = e.unread(f);
        let name = if f == Folder::Inbox && unread > 0 {
            tr.tr_args(
                "webmail-folder-unread",
                &[
                    ("name", folder_label(tr, f).into()),
                    ("count", unread.into()),
                ],
            )
        } else {
            folder_label(tr, f)
        };
        let chosen = current == Some(f);
        col = col.push(ctl(
            format!("folder-{}", f.key()),
            lit,
            button(target_label(name, theme::SMALL))
                .width(Length::Fill)
                .height(theme::MIN_TARGET)
                .padding([0, 10])
                .style(move |t, s| theme::side_item(chosen)(t, s))
                .on_press(act(Action::OpenFolder(f))),
        ));
    }
    col = col.push(rule::horizontal(1)).push(
        text(tr.tr("webmail-disk"))
            .size(theme::SMALL)
            .style(theme::muted),
    );
    let open_disk = match &e.view {
        View::Disk(d) => Some(d.as_str()),
        _ => None,
    };
    for folder in e.disk.folders() {
        let chosen = open_disk == Some(folder);
        col = col.push(ctl(
            format!("disk-{folder}"),
            lit,
            folder_button(
                disk_folder_label(tr, folder),
                chosen,
                act(Action::OpenDisk(folder.to_owned())),
            ),
        ));
    }
    container(scrollable(col.padding(iced::Padding::ZERO.right(10))))
        .width(Length::Fixed(215.0))
        .height(Length::Fill)
        .padding([theme::SPACE, 8.0])
        .style(theme::webmail_side)
        .into()
}

pub(super) fn notice<'a>(e: &Email, tr: &Translator) -> Option<Element<'a, Msg>> {
    let s = match e.notice.as_ref()? {
        Notice::Sent => tr.tr("webmail-notice-sent"),
        Notice::DraftSaved => tr.tr("webmail-notice-draft"),
        Notice::Deleted => tr.tr("webmail-notice-deleted"),
        Notice::Restored => tr.tr("webmail-notice-restored"),
        Notice::ReportedSpam => tr.tr("webmail-notice-spam"),
        Notice::NotSpam => tr.tr("webmail-notice-not-spam"),
        Notice::Downloaded(name) => tr.tr_args(
            "webmail-notice-downloaded",
            &[("name", name.clone().into())],
        ),
        Notice::PasswordChanged => tr.tr("webmail-notice-password"),
        Notice::LinkOpened => tr.tr("webmail-notice-link"),
    };
    Some(
        container(text(s).size(theme::SMALL))
            .padding(10)
            .width(Length::Fill)
            .style(theme::feedback_success)
            .into(),
    )
}
